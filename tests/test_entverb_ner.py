"""A finite verb or an indefinite accusative beside a name is no part of it
(rasd.ner.verb_edges): the imperfect or an accusative closes no name, a verb opens
none, and a verb tagged alone names nothing; names shaped like them stay whole.
Sentences from unseen news articles."""

from __future__ import annotations

import pytest

from rasd.ner.stage import EntityRecognizer
from rasd.ner.verb_edges import verb_edges
from rasd.pipeline import Pipeline


def _kept(ner: EntityRecognizer, sentence: str, tags: str) -> str:
    forms = [ner.tagger.featurizer.form(w) for w in sentence.split()]
    out = tags.split()
    verb_edges(
        [f.word for f in forms],
        [f.stem for f in forms],
        out,
        ner.tagger.featurizer.segmenter.lexicon,
        ner.gazetteer.__contains__,
    )
    return " ".join(out)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (  # a perfect joined to the country after it by adjacent_places
            "وتعادلت اليابان مع السنغال",
            "B-LOC I-LOC O B-LOC",
            "O B-LOC O B-LOC",
        ),
        (  # the future and the dual after a person
            "ستافان دي مستورا سيعقدان محادثات في موسكو",
            "B-PER I-PER I-PER I-PER O O B-LOC",
            "B-PER I-PER I-PER O O O B-LOC",
        ),
        (  # the imperfect after a body, in a headline
            "هيئة الشرقية تضبط شابا يتحرش بفتاة",
            "B-ORG I-ORG I-ORG O O O",
            "B-ORG I-ORG O O O O",
        ),
        (  # the future after a body
            "فإن الاتحاد الإنجليزي سيواصل استخدام استاد ويمبلي",
            "O B-ORG I-ORG I-ORG O O B-LOC",
            "O B-ORG I-ORG O O O B-LOC",
        ),
        (  # a perfect after و opens no person either
            "وحذرت ميركل التي تتعرض لضغوط سياسية",
            "B-PER I-PER O O O O",
            "O B-PER O O O O",
        ),
        (  # a verb tagged alone, with the future and the dual
            "وأعتقد أن المكان والموعد سيعلنان في اليومين المقبلين",
            "O O O O B-PER O O O",
            "O O O O O O O O",
        ),
        (  # a circumstantial noun after a person
            "وعين مارادونا مدربا للفجيرة في مايو 2017",
            "O B-PER I-PER O O O O",
            "O B-PER O O O O O",
        ),
        (  # an adverbial accusative after a person carrying ب
            "على الاتصال بدانيلز هاتفيا لإنهاء الأمر",
            "O O B-PER I-PER O O",
            "O O B-PER O O O",
        ),
    ],
)
def test_verbs_leave_names(ner: EntityRecognizer, sentence: str, tags: str, expected: str) -> None:
    assert _kept(ner, sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # men's names shaped as verbs open a person's name
        ("ويوري تيلمانس", "B-PER I-PER"),
        ("وتامر حسين ونادر حمدي", "B-PER I-PER B-PER I-PER"),
        ("التقى فكرت أوزار", "O B-PER I-PER"),
        # a foreign name shaped as an imperfect has no plural ("توري", "ستوري", "يورو")
        ("الجنرال سيدي الحسن توري إن الحصيلة", "O B-PER I-PER I-PER O O"),
        ("في قاعدة ليتل كريك فورت ستوري", "O O B-LOC I-LOC I-LOC I-LOC"),
        ("مراسل شبكة يورو نيوز", "O O B-ORG I-ORG"),
        # a word shaped as a perfect closes a name ("HALO Trust")
        ("وتسمى هالو تراست ، تقدر أن مساحة", "O B-ORG I-ORG O O O O"),
        # ب takes no verb: "بيكون" is Bacon, not ب + "يكون"
        ("وقال الدكتور مارك بيكون ، من مؤسسة", "O O B-PER I-PER O O O"),
        # listed names shaped as verbs
        ("مدينة تدمر الأثرية", "O B-LOC O"),
        # a name whose enclitic-looking ending leaves a stem in ا ("طالبا" + ني)
        ("الرئيس العراقي الراحل جلال طالباني ، كما", "O O O B-PER I-PER O O"),
    ],
)
def test_names_shaped_like_verbs_stay(ner: EntityRecognizer, sentence: str, tags: str) -> None:
    assert _kept(ner, sentence, tags) == tags


def test_stage_leaves_the_verb_out() -> None:
    doc = Pipeline(["text", "ner"]).analyze("وتعادلت اليابان مع السنغال، بعد أن حقق كل منهما")
    names = {doc.text[e.start : e.end] for e in doc.entities}
    assert "اليابان" in names
    assert not any("تعادلت" in n for n in names)
