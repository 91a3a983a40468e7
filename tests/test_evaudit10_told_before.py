"""A noun after a demonstrative names an act told before, no new act, from the audit of
unseen articles (evaudit10, seed 9975, and a scan of unseen articles): "هذا الانتقاد"،
"هذه الاتهامات" (events/triggers.py). The verb that takes it is still coded, and an
attack or protest named again is left to the merging of anaphoric mentions."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Sky News Arabia, 2018 (audit, seed 9975): the UN's urging, criticised
        "ورفضت الجزائر هذا الانتقاد وقالت إنها تواجه تدفقا ضخما من اللاجئين غير الشرعيين "
        "القادمين إليها عبر حدودها الجنوبية مع مالي والنيجر.",
        # Jawhara FM (scan of unseen articles)
        "واكد ان التعايش في جربة وتاريخها يكذب هذه الاتهامات، مضيفا أنه تم رفع هذا الأمر "
        "إلى وزارة التربية لاتخاذ القرار المناسب.",
    ],
)
def test_a_criticism_named_again_is_no_new_one(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_the_verb_taking_it_is_still_coded(nlp):
    # FR24 (dev, news-gold fold 0-1 sentence form)
    text = "بينما نفت كولومبيا هذه الاتهامات قائلة إنها لا أساس لها."
    assert "REJECT" in event_types(nlp, text)


def test_an_attack_named_again_is_still_read(nlp):
    # the rule leaves attacks to the merging of anaphoric mentions
    text = "وأدان الرئيس هذا الهجوم الذي استهدف حاجزا للجيش في سيناء."
    assert {"ASSAULT", "DISAPPROVE"} <= set(event_types(nlp, text))
