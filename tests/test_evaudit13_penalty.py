"""Event classes from the audit of unseen articles (evaudit13, seeds 9990 and 9991): a
death penalty named with the article and given to someone ("الإعدام شنقا لقاتل زوجته")
is a court's sentence, not an execution, so no ASSAULT (events/senses._penalty)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM, 2017 (audit, seed 9991): two headlines
        "الإعدام شنقا حتى الموت لقاتل زوجته في المنستير",
        "الإعدام شنقا حتى الموت لقاتليْ جارهما في القلعة الصغرى",
        # Sky News Arabia, 2018 (unseen, 400 articles naming the penalty)
        'الإعدام لـ15 تركية "داعشية" في العراق',
    ],
)
def test_a_death_sentence_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_an_execution_done_is_still_an_attack(nlp):
    # Jawhara FM, 2016 (audit, seed 9991): the penalty carried out, in construct state
    text = (
        "أعلنت الخارجية الكويتية اليوم الثلاثاء، استدعاء سفيرها لدى إيران، بسبب "
        "الاحتجاجات الحكومية والشعبية في ايران ضد اعدام السعودية للشيخ نمر باقر النمر."
    )
    assert "ASSAULT" in event_types(nlp, text)
