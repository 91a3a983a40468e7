"""Where a demand's verbal noun or preposition's phrase ends (quotes/demand_ends.py,
qdemand): before a participle of holding someone responsible after a comma, and before
how often it was said. The sentences are from unannotated news, outside both annotated
sets."""

from __future__ import annotations

import pytest

from quote_speakers import cued_quotes
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def test_blame_participle_ends_the_demand(nlp: Pipeline) -> None:
    """ "، محملة السعودية المسؤولية عن أمنه": the speaker's next act, not what was
    demanded."""
    text = (
        "وطالبت الدوحة بإطلاق سراح محسن صالح سعدون الكربي فورا، محملة السعودية المسؤولية "
        "عن أمنه وسلامته، بحسب بيان أصدرته وزارة الشؤون الخارجية القطرية."
    )
    assert ("طالبت", "بإطلاق سراح محسن صالح سعدون الكربي فورا") in cued_quotes(nlp, text)


def test_blame_participle_ends_a_call(nlp: Pipeline) -> None:
    text = (
        "ودعت المشجعين إلى ضرورة التزام اليقظة والحذر ومعرفة كيفية التعامل مع الأخطار، "
        "محملة السلطات الروسية مسؤولية أمن وسلامة المشجعين."
    )
    assert (
        "دعت",
        "إلى ضرورة التزام اليقظة والحذر ومعرفة كيفية التعامل مع الأخطار",
    ) in cued_quotes(nlp, text)


def test_repeat_adverb_closes_the_phrase(nlp: Pipeline) -> None:
    """ "أنكرت هذه الاتهامات مراراً، بل لمّح …": how often it was denied is the
    writer's, not what was denied."""
    text = (
        "لكن روسيا أنكرت هذه الاتهامات مراراً، بل لمّح السفير الروسي إلى بريطانيا، أكساندر "
        "ياكوفينكو الخميس، إلى أن احتمالية توصل السلطات البريطانية بسرعة إلى معرفة نوع السم "
        "المستخدم بالهجوم."
    )
    assert ("أنكرت", "هذه الاتهامات") in cued_quotes(nlp, text)


def test_repeat_adverb_before_the_writers_consequence(nlp: Pipeline) -> None:
    text = (
        "ومنذ ذلك الحين اتهم النظام السوري باستخدام غاز الكلور وغيرها من المواد الكيميائية "
        "مرارا، ما أجبر المخططين على التفكير بالقيام بعمل أوسع."
    )
    assert ("اتهم", "باستخدام غاز الكلور وغيرها من المواد الكيميائية") in cued_quotes(nlp, text)
