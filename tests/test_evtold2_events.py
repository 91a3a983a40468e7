"""An attack told again in a later sentence that names it by a definite noun (issue 13,
evtold2): the dead and wounded "في الهجوم"، "أسفر القصف عن مقتل" are that attack's, one
event (events/merging.py `_attack_retold`); an attack the sentence tells itself before
the noun stays its own."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    "text",
    [
        # Asharq Al-Awsat, 2015 (unseen): the wounded told "in the attack" named before
        "أسفر هجوم شنه مسلحون على مركز للشرطة، اليوم (الاثنين)، في الهند قرب الحدود مع "
        "باكستان، عن سقوط خمسة قتلى على الاقل، كما اعلنت الشرطة المحلية. وقتل شرطيان "
        "وثلاثة مدنيين في الهجوم الذي لايزال مستمرا في المركز الواقع في غورداسبور.",
        # Al-Jazeera, 2017 (unseen): the dead the attack caused, its noun the subject
        "ودهس المهاجم بسيارته في البداية عددا من المارة على جسر ويستمنستر، من ثم ترجل من "
        "سيارته وطعن شرطيا بسكين أمام مقر البرلمان. وبالإضافة إلى المعتدي، أسفر الهجوم عن "
        "مقتل 3 أشخاص بينهم الشرطي، وفق الشرطة البريطانية.",
        # Sky News Arabia, 2018 (unseen): the toll told again "in the explosion"
        "قتل 11 شخصا على الأقل وأصيب عشرة آخرون بجروح، الأربعاء، في انفجار وقع في سوق "
        "مزدحم في مدينة صغيرة تقع شمال مقديشو، بحسب ما أفاد مصدر أمني وشهود. وقال محمد عبد "
        'الكريم، المسؤول الأمني المحلي "تأكد لدينا مقتل 11 شخصا إضافة إلى سقوط عشرة جرحى '
        'في الانفجار".',
    ],
)
def test_the_dead_of_the_attack_named_again_are_its_own(nlp, text):
    assert len(event_sides(nlp, text, "ASSAULT")) == 1


def test_an_attack_told_before_its_noun_is_a_new_one(nlp):
    # Al Arabiya, 2018 (unseen): "وأسفر القصف" names the sentence's own strike, in
    # another province than the strikes told before.
    text = (
        "وأشار إلى أن طائرات تحالف دعم الشرعية في اليمن شنت عدة غارات على تجمعات "
        "للميليشيات في الجوف. وفي محافظة الحديدة، قصفت طائرات تحالف دعم الشرعية معسكرا "
        "تدريبيا للميليشيات الحوثية، وأسفر القصف عن قتلى وجرحى في صفوف عناصر الميليشيات."
    )
    assert len(event_sides(nlp, text, "ASSAULT")) == 2
