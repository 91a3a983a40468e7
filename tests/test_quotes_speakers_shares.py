"""Survey findings told as speech (issue 12): "قال 18٪ من المجيبين", "قال حوالي ثلاثة
أرباع المجيبين (73,6٪)", "قال 11,3٪ بأن" are the respondents'. The sentences are from a
development article of benchmarks/news-gold (CN-economy-62-20180325)."""

from __future__ import annotations

import pytest

from rasd.evaluate.gold import name_key
from rasd.pipeline import Pipeline

SURVEY = (
    "ووفقاَ للاستبيان، أشار ثلاثة أرباع (74,5٪) الخريجين الجدد بأنهم دائماَ يرفقون رسالة "
    "تعريفية بطلباتهم الوظيفية. وبالنسبة لكتابة هذه الرسالة، قال حوالي ثلاثة أرباع المجيبين "
    "(73,6٪) بأن تنسيق وطول الرسالة هو أكثر جزء يواجهون صعوبة فيه، في حين قال 11,3٪ بأن "
    "تخصيص رسالة لكل شركة يتقدمون للعمل بها هو التحدي الأكبر لهم. من ناحية أخرى، صرّح 9,8٪ "
    "منهم بأن الصعوبة تكمن في اختيار الخبرات والمهارات التي يجب اضافتها إلى هذه الرسالة، "
    "وقال 5,4٪ بأن اللغة والمحتوى هي أكبر تحدٍّ يواجهونه."
)


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_shares_speak_for_their_group(nlp) -> None:
    """Each share is written as the speaker, and named by the group it is of (the
    respondents, also where the share stands alone: "قال 11,3٪ بأن")."""
    doc = nlp.analyze(SURVEY)
    told = {doc.slice(q)[:12]: q.speaker for q in doc.quotes}
    for opening, share in (
        ("بأن تنسيق", "حوالي ثلاثة أرباع المجيبين (73,6٪)"),
        ("بأن تخصيص", "11,3٪"),
        ("بأن الصعوبة", "9,8٪ منهم"),
        ("بأن اللغة", "5,4٪"),
    ):
        speaker = next(s for text, s in told.items() if text.startswith(opening))
        assert doc.slice(speaker) == share
        assert name_key(speaker.canonical) == name_key("المجيبين")


def test_some_of_a_named_body_is_a_noun_phrase(nlp) -> None:
    """ "بعض وسائل الإعلام" is no share of a group: the phrase is read whole."""
    doc = nlp.analyze(
        "ففي حين أشارت بعض وسائل الإعلام إلى أن نيمار حجز جزءا كاملا في أحد طوابق "
        "المستشفى، أفادت تقارير أخرى أنه سيكتفي بغرفة تبلغ مساحتها 288 مترا مربعا."
    )
    assert doc.slice(doc.quotes[0].speaker) == "بعض وسائل الإعلام"
