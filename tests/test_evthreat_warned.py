"""A warning aimed at a group named by a common noun is a threat against that group
(events/warned.py); a time or manner after the cue is no addressee."""

from __future__ import annotations

import pytest


def _threats(nlp, text: str) -> list:
    doc = nlp.analyze(text)
    return [
        (doc.slice(e.target) if e.target else None)
        for e in doc.events or []
        if e.type == "THREATEN"
    ]


def test_a_warning_aimed_at_a_common_noun_is_a_threat(nlp):
    # BB-internationalNews-1131 (news-gold development fold)
    text = (
        'لكن ماي حذرت الزعماء الأوروبيين من أنها مستعدة للخروج دون صفقة، بدلا من قبول "صفقة سيئة".'
    )
    assert _threats(nlp, text) == ["الزعماء الأوروبيين"]


@pytest.mark.parametrize(
    "text",
    [
        "وحذر الرئيس الخميس من أن الأزمة ستتفاقم.",
        "وحذر الوزير في بيان من أن الأزمة ستتفاقم.",
    ],
)
def test_a_time_or_place_after_a_warning_is_no_addressee(nlp, text):
    assert _threats(nlp, text) == []
