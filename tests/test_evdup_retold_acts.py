"""An act done once to a party, told again in a later sentence, is one event
(events/retold_acts.py; evdup, session 21, from the duplicates of evaudit's audit of
unseen news): an arrest retold with another word; two arrests of two people stay two,
and statements are left to merging (each criticism is its own act)."""

from __future__ import annotations

from event_types import event_types


def test_an_arrest_retold_is_one_event(nlp):
    # BBC Arabic (audit, seed 10304)
    text = (
        "ألقت الشرطة الهندية القبض على المشتبه به الرئيسي في قضية اغتصاب جماعي مزعوم "
        "لفتاة وحرقها حية.\n\n"
        "كما أوضحت الشرطة أنها قبضت على المتهم الرئيسي بويان في منزل أحد أقاربه حيث "
        "كان مختبئا."
    )
    assert event_types(nlp, text).count("COERCE") == 1


def test_two_arrests_of_two_people_stay_two(nlp):
    text = (
        "اعتقلت الشرطة التركية الصحفي أحمد شيك في إسطنبول.\n\n"
        "واعتقلت الشرطة الألمانية الناشط يوسف علي في برلين."
    )
    assert event_types(nlp, text).count("COERCE") == 2
