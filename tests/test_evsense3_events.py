"""Measures that aim at someone are no attack (evsense3, issue 13): a measure, law or
decision that is the subject of "استهدف" ("العقوبات الجديدة تستهدف الأمين العام"،
"العقوبات التي تستهدف إيران") binds whom it names (events/sense_measures.py), while
strikes and forces that target a place stay attacks. Sentences from unseen news
(the events audit of session 29, seed 11291, and design seed 11372)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # evaudit6, seed 11291: the sanctions' subject before the verb, past an adjective
        "وذكر البيان أن العقوبات الجديدة تستهدف الأمين العام لحزب الله، حسن نصر الله، ونائبه نعيم",
        # design seed 11372: past a relative
        "أعلن مسؤول بوزارة الخارجية التركية، الخميس، أن وفدا أميركيا يضم مسؤولين بوزارتي "
        "الخزانة والخارجية سيلتقي مسؤولين أتراك، الجمعة، في أنقرة لبحث العقوبات التي تستهدف "
        "إيران.",
    ],
)
def test_a_measure_aimed_at_someone_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # design seed 11372: strikes that target places stay attacks
        "الغارت استهدفت مواقع وتجمعات أخرى للميليشيات في منطقة الأَزْقُول في مديرية سحار وسط صعدة.",
        "أما محافظة صعدة الحدودية، فقد لقي عدد من عناصر الميليشيات مصرعهم فجر الخميس بغارة "
        "لطائرات التحالف استهدفت اجتماعاً لهم وسط مدينة ضحيان مسقط راس عبدالملك الحوثي.",
    ],
)
def test_strikes_that_target_stay_attacks(nlp, text):
    assert "ASSAULT" in event_types(nlp, text)
