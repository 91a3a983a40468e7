"""A speech noun with ب and its pronoun ("بقوله"، "بقولها"، "بالقول") before إن or a
quotation serves as a participle of قال: the speaker is the subject of the clause's verb
("وبدأ النائب فليك الجلسة بقوله إن"). Sentences from development articles (folds 0-1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quote_speakers import quote_texts, speaker_of, speakers
from rasd.evaluate.gold import load_gold
from rasd.pipeline import Pipeline
from rasd.quotes.lexicon import load_lexicon

NEWS_GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "news-gold"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_speech_noun_forms_take_the_gender_of_their_pronoun() -> None:
    cues = load_lexicon().cues
    assert cues["بقوله"].participle and cues["بقوله"].gender == "m"
    assert cues["بقولها"].gender == "f"
    assert cues["بالقول"].gender == "p"  # names no speaker: agrees with any
    assert cues["قائلين"].gender == "p" and cues["قائلة"].gender == "f"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "وقد حاول الرئيس حسن روحاني طمأنة الإيرانيين بعد انزلاق الريال، في منتصف يونيو، "
            "بالقول إن حكومته قادرة على توفير السلع الأساسية للمواطنين، وهو تصريح كان كفيل "
            "بإثارة ردة فعل عكسية.",
            "إن حكومته قادرة",
            "حسن روحاني",
        ),
        (
            "وعندما سئل الشهر الماضي إن كان سيعترف بضم روسيا لشبه جزيرة القرم عام 2014، أجاب "
            'ترامب بالقول "سوف نرى".',
            "سوف نرى",
            "ترامب",
        ),
    ],
)
def test_speech_noun_with_clitic_takes_the_clause_subject(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_speech_noun_with_pronoun_after_the_object(nlp: Pipeline) -> None:
    text = "وبدأ النائب فليك الجلسة بقوله إنه سيدعم القاضي كافانو."
    assert speaker_of(nlp, text, "إنه سيدعم") in ("النائب", "فليك", "النائب فليك")


def test_name_before_the_noun_is_its_object(nlp: Pipeline) -> None:
    """ "كما توجه سليماني بالكلام مباشرة إلى ترامب بالقول": in the article the name
    right before the noun is whom the words were addressed to; the speaker is the
    subject of the clause's verb (dev article BB-middleEast-780)."""
    docs = [doc for gold, doc in load_gold(NEWS_GOLD) if gold["id"] == "BB-middleEast-780-20180726"]
    doc = nlp(docs[0])
    said = dict(zip(quote_texts(doc), speakers(doc), strict=True))
    assert said[
        "أنا ندكم وقوات القدس هي ندكم وليس إيران كدولة، ليس هناك ليلة ننام فيها ولا نفكر بكم"
    ] in (
        "قاسم سليماني",
        "سليماني",
    )
