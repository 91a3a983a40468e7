"""Speech acts from the audit of unseen articles (evspeech21, ant-multisource seeds
10360-10362): a news outlet or its reporter relaying a report is not the critic of what
it reports (events/relayed.py); an outlet's own act told by its cue stands."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Sky News Arabia (evaudit, seed 10304): the paper reports the bank's concern
        "وقالت الصحيفة إن المركزي الأوروبي، الذي امتنع عن التعقيب على تقريرها، قلق بشكل "
        "رئيسي بشأن وضع بنوك بي.بي.في.إيه وأوني كريديتوبي.",
        # BBC Arabic (evspeech, seed 10361): a panel's findings, told after وفقا
        "وكانت لجنة تقصي للحقائق قد توصلت الشهر الماضي إلى أن المدرسة قد سمحت بازدهار "
        'ثقافة اعتداءات "مروعة" على مدى عقود، وفقا لصحيفة التايمز البريطانية.',
    ],
)
def test_an_outlet_relaying_a_report_is_no_critic(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_an_outlet_criticising_by_its_cue_stands(nlp):
    text = "وانتقدت صحيفة واشنطن بوست الرئيس الأمريكي دونالد ترامب بسبب تصريحاته."
    assert "DISAPPROVE" in event_types(nlp, text)
