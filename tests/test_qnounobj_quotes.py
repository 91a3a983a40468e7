"""Quotations, the qnounobj pass (issue 12: a common noun taken as the speaker).

A masculine verb of urging or asking whose subject is an earlier clause's (cues.tsv flag
O or M) had the noun of those a call is aimed at after it (words.tsv `addressee`) read as
its speaker ("ودعا الأحزاب إلى"، "وطالب الجميع ببذل"): with the verb's preposition right
after it, that noun is the verb's object, and the zero subject's named speaker speaks
(`noun_objects.py`). A feminine cue with a noun that agrees, people who hold a view, a
document, or an object pronoun on the verb leave the noun as the subject. The sentences
are from unseen saudinewsnet and ant-multisource articles."""

from __future__ import annotations

import pytest

from rasd.document import Mention
from rasd.pipeline import Pipeline
from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.noun_objects import addressee_noun
from rasd.quotes.view import DocView
from rasd.text.tokens import load_lexicon as load_frequencies


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _addressee(nlp: Pipeline, text: str, cue: str, noun: str) -> bool:
    doc = nlp.analyze(text)
    v = DocView(doc, load_lexicon(), load_frequencies(), {})
    k = v.texts.index(cue)
    hit = v.cue(k)
    assert hit is not None
    start = doc.text.index(f"{cue} {noun}") + len(cue) + 1
    return addressee_noun(v, Mention(start, start + len(noun)), hit, k)


COACH = (
    "على صعيد آخر دوّن مدرب الاتحاد بولوني ملاحظاته الفنية على لاعبي الفريق بعد متابعتهم "
    "في اللقاء الودي الأول، وطالب الجميع ببذل المزيد من الجهد خلال الأيام المقبلة."
)


def test_whom_the_demand_is_aimed_at_is_no_speaker(nlp: Pipeline) -> None:
    assert _addressee(nlp, COACH, "وطالب", "الجميع")


SUBJECTS = [
    # A feminine cue and a noun that agrees with it.
    (
        "وكانت الخارجية الكندية قد انتقدت القبض على ناشطات حقوقيات سعوديات. "
        "وتطالب الناشطات بإنهاء نظام وصاية الرجل على المرأة.",
        "وتطالب",
        "الناشطات",
    ),
    # People who hold a view.
    (
        "وفيما احتفل سعوديون بنهاية الحظر على السينما في بلادهم دعا البعض الآخر إلى "
        "تجنب الذهاب إلى دور العرض.",
        "دعا",
        "البعض الآخر",
    ),
    # A document that speaks.
    (
        "ودعا الإعلان الختامي إلى تفعيل المسار السياسي في سوريا، وطالب إيران بوقف "
        '"تدخلاتها" في شؤون الدول العربية.',
        "ودعا",
        "الإعلان الختامي",
    ),
]


@pytest.mark.parametrize(("text", "cue", "noun"), SUBJECTS)
def test_a_noun_that_may_be_the_subject_stays(
    nlp: Pipeline, text: str, cue: str, noun: str
) -> None:
    assert not _addressee(nlp, text, cue, noun)
