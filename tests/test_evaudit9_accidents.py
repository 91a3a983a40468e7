"""Accidents are no attacks, from the audit of unseen articles (evaudit9, seed 9972):
"في حادث" named by a noun that is no attack tells an accident (events/attributes.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


def test_an_overturned_car_is_no_attack(nlp):
    # Jawhara FM, 2017 (audit, seed 9972)
    text = (
        "أصيب 6 عسكريين في حادث انقلاب سيارة عسكرية ظهر اليوم الجمعة، على مستوى معتمدية "
        "فوسانة من ولاية القصرين."
    )
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة أشخاص في حادث إطلاق نار في مدينة شيكاغو.",
        "أصيب شرطيان في حادث طعن في باريس.",
        "قتل ثلاثة أشخاص في حادث إرهابي في مدينة شيكاغو.",
    ],
)
def test_an_incident_named_by_an_attack_is_still_one(nlp, text):
    assert "ASSAULT" in event_types(nlp, text)
