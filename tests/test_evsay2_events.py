"""The announcer is no source of an act the reported clause gives a subject of its own
(evsay2, issue 13; `events/announcers.clause_source`), from unseen articles of seeds
11175-11176 (`benchmarks/announcer_sides.py --seeds`); a clause speaking of the
announcer by a pronoun keeps it."""

from __future__ import annotations

from event_types import event_sides


def test_the_clause_s_own_subject_is_the_source_not_the_announcer(nlp):
    text = (
        "قالت الشرطة الأمريكية إن مسلحا فتح النار داخل صالة سينما مكتظة بالجمهور في "
        "لافايت في ولاية لويزيانا البارحة الأولى، فقتل شخصين."
    )
    sides = event_sides(nlp, text, "ASSAULT")
    assert sides
    assert all(source == "مسلحا" for source, _ in sides)


def test_a_clause_that_speaks_of_the_announcer_by_a_pronoun_keeps_it_as_source(nlp):
    text = (
        "وفي وقت سابق اليوم السبت قالت البحرين إنها استدعت سفيرها في طهران للتشاور بعد "
        "ما وصفته بتكرار التصريحات العدائية من جانب مسؤولين إيرانيين."
    )
    assert any(source == "البحرين" for source, _ in event_sides(nlp, text, "SANCTION"))
