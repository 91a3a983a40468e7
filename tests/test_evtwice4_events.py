"""An attack told again in a later sentence with its attacker unsaid is one event
(events/retold_attacks.py; evtwice4, session 28, issue 13): the same victims counted
alike, or the same person named. Victims counted otherwise stay two attacks. The
sentences are from unseen news (seeds 11150-11152)."""

from __future__ import annotations

from event_types import event_sides


def test_counted_victims_told_again_are_one_attack(nlp):
    text = (
        "اتهمت باكستان الهند بانتهاك آخر لوقف إطلاق النار في إقليم كشمير، وذكرت ان "
        "اربعة مدنيين قتلوا في قصف للمناطق الباكستانية من الاقليم المضطرب.\n\n"
        "وذكر مسؤولون باكستانيون في وقت سابق ان اربعة مدنيين قتلوا بنيران هندية "
        "الاربعاء والخميس، واحد في كشمير نفسها وثلاثة بالقرب من بلدة سيالكوت القريبة "
        "من الحدود."
    )
    sides = event_sides(nlp, text, "ASSAULT")
    assert len(sides) == 1
    assert sides[0][1] == "اربعة مدنيين"


def test_a_named_victim_told_again_is_one_attack(nlp):
    text = (
        "وسعت الشرطة التركية، التي تحقق في مزاعم مقتل الصحفي السعودي جمال خاشقجي، "
        "بحثها، حسبما قالت تقارير للشرطة.\n\n"
        "ويزعمون أن خاشقجي قُتل على يد فريق من العملاء السعوديين، ونشرت وسائل إعلام "
        "تركية صور 15 شخصا أثناء تواجدهم في مطارات تركية وخروجهم منها."
    )
    # the first telling takes the attackers the second names
    assert event_sides(nlp, text, "ASSAULT") == [
        ("العملاء السعوديين", "الصحفي السعودي جمال خاشقجي")
    ]


def test_victims_counted_otherwise_stay_two_attacks(nlp):
    text = (
        "واصيب عشرة اشخاص بجروح من بينهم ثلاثة شرطيين، بحسب بيان لمكتب المحافظ.\n\n"
        "كما أصيب سبعة أشخاص بجروح بينهم خمسة من رجال الشرطة في هجوم مسلح استهدف مركزا "
        "للأمن في مدينة إسطنبول التركية ."
    )
    targets = [target for _, target in event_sides(nlp, text, "ASSAULT")]
    assert "عشرة اشخاص بجروح من بينهم ثلاثة شرطيين" in targets
    assert "سبعة أشخاص بجروح" in targets
