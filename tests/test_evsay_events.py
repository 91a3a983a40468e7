"""The announcer of an act is no target the side ranker may give it while the reported
clause names the act's own subject (evsay, issue 13; `events/announcers.py`), from
unseen articles of seeds 11125 and 11127 (`benchmarks/event_diff.py`); a clause speaking
of the announcer by a pronoun and a passive whose doer is unnamed keep the ranker's
choice."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "event_type", "announcer"),
    [
        (
            "أكد عبد اللطيف المكي رئيس لجنة الأمن والدفاع في تصريح لمراسلة الجوهرة "
            '"اف ام" أن نقابات الأمن بجهة تطاوين ومكونات المجتمع المدني طالبت بتحقيق في '
            "الأحداث التي شهدتها الجهة خلال اعتصام الكامور.",
            "DEMAND",
            "المكي",
        ),
        (
            "وأكد توفيق نصيب أن الطفلين يرفضان الالتحاق بوالدتهما مؤكدا أن تنفيذ الحكم تم "
            "بطريقة غير قانونية.",
            "REJECT",
            "توفيق",
        ),
        (
            "وأضاف المسؤول النقابي أن ولي تلميذ اقتحم نفس المؤسسة الاثنين الفارط، حيث قام "
            "بعد خلاف حول أمر إداري متعلق بابنه التلميذ، بسب قيّم بالمدرسة.",
            "ASSAULT",
            "المسؤول",
        ),
    ],
)
def test_the_announcer_is_no_target_of_the_act_it_tells(nlp, text, event_type, announcer):
    sides = event_sides(nlp, text, event_type)
    assert sides
    assert all(announcer not in target for _, target in sides)


def test_a_passive_s_unnamed_doer_may_be_the_announcer(nlp):
    text = "وتقول الشرطة إن دكتور دينيس فورتادو اعتقل في ريو دي جانيرو بفضل بلاغ من شخص مجهول."
    assert ("دكتور دينيس فورتادو", "الشرطة") in event_sides(nlp, text, "COERCE")


def test_a_clause_that_speaks_of_the_announcer_by_a_pronoun_keeps_it(nlp):
    text = (
        "وأعلن ترامب أنه تغير لكنه أثار موضوع خيانات الرئيس السابق بيل كلينتون وانتقد "
        "منافسته الديمقراطية هيلاري كلينتون بحدة."
    )
    sides = event_sides(nlp, text, "DISAPPROVE")
    assert any("ترامب" in side for pair in sides for side in pair)
