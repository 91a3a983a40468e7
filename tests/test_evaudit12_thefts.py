"""Event classes from the audit of unseen articles (evaudit12, seed 9986): storming or
seizing told of thieves or suspects, or beside a theft, is a crime, which PLOVER does
not code, not an attack (events/senses.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM, 2016-2017 (audit, seed 9986)
        "بدورها أكدت وزارة الداخلية أن المظنون فيه قد عمد منذ مدّة رفقة مجموعة من ذوي "
        "السوابق العدليّة إلى إقتحام مستودع الحجز البلدي بأكودة أين إستولوا على 16 درّاجة "
        "ناريّة.",
        # Jawhara FM (unseen, outside the audit's sample)
        "واستولى المظنون فيهما على خزنة حديديّة تحتوي على كميّة من المصوغ بقيمة 60 ألف "
        "دينار ومبلغ مالي من العملة الصّعبة و4 جوازات سفر أجنبيّة.",
    ],
)
def test_storming_or_seizing_in_a_theft_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a stolen vehicle used in an attack: the attack is still one
        "وقالت المصادر الأمنية إن انتحاريا قاد سيارة القمامة المسروقة بعد أن تم تفخيخها، "
        "واقتحم بها كمين المطافي بمنطقة حي المساعيد بالعريش، ما أسفر عن تدمير الكمين بالكامل.",
        "واقتحم مسلحون مقر وزارة المالية في طرابلس واستولوا على أسلحة.",
    ],
)
def test_storming_by_gunmen_is_still_an_attack(nlp, text):
    assert "ASSAULT" in event_types(nlp, text)
