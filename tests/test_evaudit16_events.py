"""Attacks told twice in one sentence, from the audit of unseen articles (evaudit16,
seeds 10007 and 10008): the verb naming an attack's target ("هجوما … يستهدف"), the
victim read as the attacker of a second trigger ("لقي … مصرعه"), and a weapon noun
whose only target is the side ranker's guess (events/merging.py); and the subject of a
verb of reporting is not the attacker of the attack noun it tells of (events/arguments.py)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    "text",
    [
        # France 24, 2018 (audit, seed 10007)
        "وتشن قوات النظام منذ أسبوعين هجوما واسعا بدعم روسي يستهدف منطقة حوض اليرموك، "
        "تمكنت خلاله من التقدم على حساب الجهاديين.",
        # Sky News Arabia, 2018 (unseen)
        "وشنت مقاتلات التحالف العربي غارات استهدفت مواقع متفرقة تتمركز فيها مليشيا الحوثي "
        "في جبهتي مقبنة والعنين، بمديرية جبل حبشي غربي تعز.",
    ],
)
def test_the_verb_naming_the_target_is_the_same_attack(nlp, text):
    assert len(event_sides(nlp, text, "ASSAULT")) == 1


def test_a_targeting_verb_told_first_keeps_the_target_it_read(nlp):
    # The verb before the attack noun has the attack as its subject: its target stays.
    text = "استهدفت غارات إسرائيلية مواقع لحزب الله قرب دمشق، مما أسفر عن مقتل خمسة عناصر."
    assert any("حزب الله" in target for _, target in event_sides(nlp, text, "ASSAULT"))


def test_the_victim_read_as_attacker_is_the_same_killing(nlp):
    # Jawhara FM, 2017 (audit, seed 10008)
    text = "لقي مهاجر غير شرعي مصرعه بعد أن أطلق مهربون ليبيون النار عليه بسبب قبعة كان يرتديها."
    assert event_sides(nlp, text, "ASSAULT") == [("مهربون ليبيون", "مهاجر")]


def test_the_victim_read_as_attacker_in_an_abstract_told_again(nlp):
    # Jawhara FM, 2017 (audit, seed 10008): the abstract repeats the first sentence
    lead = "لقي مهاجر غير شرعي مصرعه بعد أن أطلق مهربون ليبيون النار عليه بسبب قبعة كان يرتديها."
    rest = "وقال خفر السواحل الإيطالي إن عمال إنقاذ انتشلوا 560 مهاجرا من قوارب متهالكة."
    doc = nlp.analyze(lead + "\n" + rest, abstract=lead)
    assert [e.type for e in doc.events].count("ASSAULT") == 1


def test_a_shell_with_a_guessed_target_is_the_attack_on_the_wounded(nlp):
    # The class left by the audit of session 11 (Damascus, a mortar shell)
    text = "وأصيب ثلاثة مدنيين بجروح إثر سقوط قذيفة هاون على حي سكني في دمشق."
    assert event_sides(nlp, text, "ASSAULT") == [("", "ثلاثة مدنيين")]


@pytest.mark.parametrize(
    "text",
    [
        # Sky News Arabia, 2018 (audit, seed 10007)
        "بث التلفزيون السوري لقطات تظهر غارات جوية استهدفت منطقة تسيطر عليها المعارضة قرب "
        "دمشق، الأحد.",
        # France 24, 2018 (audit, seed 10007)
        'وأفاد مدير المرصد رامي عبد الرحمن عن "معارك عنيفة تترافق مع غارات سورية وروسية '
        'تطال آخر جيب انكفأ إليه مقاتلو التنظيم في حوض اليرموك".',
    ],
)
def test_who_reports_an_attack_is_not_its_attacker(nlp, text):
    sources = [source for source, _ in event_sides(nlp, text, "ASSAULT")]
    assert not any("التلفزيون" in s or "المرصد" in s for s in sources)
