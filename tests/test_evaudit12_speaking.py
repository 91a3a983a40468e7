"""Event classes from the audit of unseen articles (evaudit12, seed 9986): protesters
named as the subject of a saying verb ("وأكد المحتجون أن …") speak for the protest the
article told before, which they name again (merging's anaphoric mention), not a new
one (events/triggers.py)."""

from __future__ import annotations

from event_types import event_types

# Jawhara FM, 2017 (audit, seed 9986)
PROTEST = (
    "تم اليوم الأربعاء غلق الطريق الرابط بين النفيضة سيدي سعيدان ولاية سوسة على اثر تنظيم "
    "وقفة احتجاجية بسبب تردي وضعية الطريق التي أصبحت غير صالحة للاستعمال."
)
SAID = (
    "وأكد المحتجون أن معاناتهم تمتدّ لسنوات وأن السلطات على علم بالأمر إلا أنها لم تتحرك بشكل جدي."
)


def test_protesters_who_speak_name_the_protest_told_before(nlp):
    assert event_types(nlp, f"{PROTEST} {SAID}").count("PROTEST") == 1


def test_protesters_who_speak_are_a_protest_where_none_was_told(nlp):
    assert "PROTEST" in event_types(nlp, SAID)
