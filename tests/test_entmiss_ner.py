"""Places joined by "و" to a place before them are places of the same list
(rasd.ner.listed_places.listed_places); sentences from unseen news articles."""

from __future__ import annotations

import pytest

from rasd.ner.listed_places import listed_places
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def text_stage() -> Pipeline:
    return Pipeline(["text"])


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer()


def _listed(
    text_stage: Pipeline, recognizer: EntityRecognizer, sentence: str, tagged: dict[str, str]
) -> list[str]:
    """The words tagged as places once the rule has run on `sentence`, whose words in
    `tagged` start with the tag given there (the tagger's tags, "O" elsewhere)."""
    doc = text_stage.analyze(sentence)
    words = [doc.text[t.start : t.end] for t in doc.tokens]
    featurizer = recognizer.tagger.featurizer
    keys = [featurizer.form(w, t).key for w, t in zip(words, doc.tokens, strict=True)]
    conjoined = [recognizer._conjoined(doc.text, t) for t in doc.tokens]
    tags = [tagged.get(w, "O") for w in words]
    listed_places(keys, conjoined, tags, recognizer.gazetteer)
    return [w for w, tag in zip(words, tags, strict=True) if tag.endswith("-LOC")]


@pytest.mark.parametrize(
    ("sentence", "tagged", "places"),
    [
        (  # a list carried on by each place it adds
            "رابط الخبر بصحيفة الوئام: توقعات بهطول امطار رعدية في عسير والباحة ونجران والطائف",
            {"عسير": "B-LOC", "والباحة": "B-LOC", "ونجران": "B-LOC"},
            ["عسير", "والباحة", "ونجران", "والطائف"],
        ),
        (  # a country after two countries, a comma after it
            "حيث استخدمت فرنسا الطائرة من قبل في حروبها في أفغانستان وليبيا ومالي، وتشارك "
            "حاليا في ضربات التحالف الدولي",
            {"فرنسا": "B-LOC", "أفغانستان": "B-LOC", "وليبيا": "B-LOC"},
            ["فرنسا", "أفغانستان", "وليبيا", "ومالي"],
        ),
        (  # a town before the next item of the list
            "في إنشاء وإدارة وتشغيل المدن الصناعية في الجبيل وينبع ورأس الخير سيعجل من "
            "إنجاز المشروع",
            {"الجبيل": "B-LOC"},
            ["الجبيل", "وينبع"],
        ),
        (  # a town before a relative pronoun
            "وقاتل البلجيكي في كوباني شمالي سوريا وفي تكريت ونينوى والرمادي التي أصيب فيها "
            "بقذيفة هاون، وفق ما قال أمام المحكمة.",
            {"كوباني": "B-LOC", "سوريا": "B-LOC", "تكريت": "B-LOC", "ونينوى": "B-LOC"},
            ["كوباني", "سوريا", "تكريت", "ونينوى", "والرمادي"],
        ),
    ],
)
def test_place_in_list(
    text_stage: Pipeline,
    recognizer: EntityRecognizer,
    sentence: str,
    tagged: dict[str, str],
    places: list[str],
):
    assert _listed(text_stage, recognizer, sentence, tagged) == places


@pytest.mark.parametrize(
    ("sentence", "tagged"),
    [
        (  # a demonstrative the segmenter splits from "و" ("لك" is a listed town)
            "بدأوا بتغيير أماكنهم المعتادة وإبعاد أسرهم إلى خارج صنعاء وذلك في ضوء توجيهات "
            "تلقوها من قائد التمرد",
            {"صنعاء": "B-LOC"},
        ),
        (  # a verb joined to a place, going on with its preposition
            "بالهجوم الذي استهدف حفلا موسيقيا في مانشستر وأسفر عن 22 قتيلا وعشرات الإصابات.",
            {"مانشستر": "B-LOC"},
        ),
        (  # a participle joined to a place ("existing since")
            "وصف وزير المخابرات إسرائيل كاتس الإقرار بسيطرة إسرائيل على الجولان والقائمة "
            "منذ 51 عاما باعتباره الاقتراح",
            {"إسرائيل": "B-LOC", "الجولان": "B-LOC"},
        ),
        (  # the participle "located", spelt like a town of Tanzania
            "بعد البحث والتحري عن الموقع الكائن في بريمان والواقع على مساحة تقدر بـ 76",
            {"بريمان": "B-LOC"},
        ),
    ],
)
def test_not_a_listed_place(
    text_stage: Pipeline, recognizer: EntityRecognizer, sentence: str, tagged: dict[str, str]
):
    words = [w for w in sentence.split() if w in tagged]
    assert _listed(text_stage, recognizer, sentence, tagged) == words
