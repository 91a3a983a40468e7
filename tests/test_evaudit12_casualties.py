"""Event classes from the audit of unseen articles (evaudit12, seeds 9985 and 9986): the
wounded that a sentence tells beside its dead are victims of the same attack, one
ASSAULT (events/merging.py), not a second one."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types


@pytest.mark.parametrize(
    "text",
    [
        # France 24, dev fold 0-1 (FR-internationalNews-838): "كما جرح المئات"
        "أفادت وكالة الأنباء الفرنسية أن أربعة فلسطينيين بينهم طفل قتلوا برصاص الجيش "
        'الإسرائيلي خلال "مسيرة العودة الكبرى" في قطاع غزة على حدود الدولة العبرية، كما '
        "جرح المئات وفق وزارة الصحة الفلسطينية.",
        # Al Riyadh, 2015 (audit, seed 9985)
        "قتل 43 مدنيا واصيب 120 اخرون في قصف عشوائي للحوثيين وقوات الرئيس المخلوع علي "
        "عبدالله صالح على احياء سكنية في عدن.",
    ],
)
def test_the_wounded_beside_the_dead_are_one_attack(nlp, text):
    doc = nlp.analyze(text)
    wounding = [e for e in doc.events or [] if e.attrs.get("trigger") in ("جرح", "واصيب")]
    assert wounding == []
    assert "ASSAULT" in event_types(nlp, text)


def test_the_dead_keep_their_victims(nlp):
    # Al Riyadh, 2015 (audit, seed 9985): the killing keeps its own victims as target
    text = (
        "قتل 43 مدنيا واصيب 120 اخرون في قصف عشوائي للحوثيين وقوات الرئيس المخلوع علي "
        "عبدالله صالح على احياء سكنية في عدن."
    )
    sides = event_sides(nlp, text, "ASSAULT")
    # the shelling's doers joined to ل are its source (evside5: "بقصف عشوائي للحوثيين")
    assert any(t == "43 مدنيا" and "حوثيين" in s for s, t in sides), sides


def test_the_wounded_alone_are_still_an_attack(nlp):
    # With no dead told, the wounding keeps its own event and victims. (The shell may
    # still give a second ASSAULT whose target, "دمشق", is the side ranker's guess: the
    # same attack told twice, a known error this test does not guard; joining on a
    # guessed target lowered events on dev folds 0-1.)
    text = "وأصيب ثلاثة مدنيين بجروح إثر سقوط قذيفة هاون على حي سكني في دمشق."
    doc = nlp.analyze(text)
    wounding = [e for e in doc.events or [] if e.attrs.get("trigger") == "وأصيب"]
    assert [(e.type, e.target and e.target.canonical) for e in wounding] == [
        ("ASSAULT", "ثلاثة مدنيين")
    ]
