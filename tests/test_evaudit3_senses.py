"""Speech-act triggers that are other words, from the audit of unseen news (evaudit3,
`benchmarks/sample_events.py --types DISAPPROVE,DEMAND,REJECT,THREATEN,SUPPORT`, seeds
10500-10503): a blessing or prayer with God after the verb, a student named with a
nationality, a home or kin defended by arms, and an attack named by its perpetrator are
no speech act (events/sense_words.py, events/senses.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # alyaum.com (audit, seed 10501): a blessing of the leadership
        (
            "وأوضح أمين الأحساء أن هذا النظام يأتي تمشياً مع توجهات قيادتنا الرشيدة أيدها "
            "الله نحو تطبيق الحكومة الالكترونية.",
            "SUPPORT",
        ),
        # okaz.com.sa (audit, seed 10500): a prayer, God named after the preacher
        (
            "ودعا إمام وخطيب المسجد النبوي المولى القدير أن يربط على قلوبهم ويثبت أقدامهم.",
            "DEMAND",
        ),
        # alweeam (audit, seed 10500): a Saudi student killed
        ("مصرع طالب سعودي بطلق ناري في حرم جامعة ويتيشيا الأمريكية.", "DEMAND"),
        # okaz.com.sa (audit, seed 10501): men defending their children
        (
            "وأكد بحاح أنه سيبدأ زيارته بتفقد الجرحى الذين تعرضوا لإصابات برصاص المتمردين "
            "وهم يدافعون عن أطفالهم ونسائهم وأعراضهم.",
            "SUPPORT",
        ),
        # AFP (audit, seed 10501): the attacker, not an attack in words
        (
            'وصرح مسؤول تركي قائلا "نؤكد بالاستناد الى تحاليل جينية ان منفذ الهجوم رجل '
            'في العشرين من اديامان".',
            "DISAPPROVE",
        ),
        # Jawhara FM (audit, ant-jawharafm seed 10503): convicted people, no criticism
        (
            "وتتجه بريطانيا إلى منع الأشخاص الذين أدينوا في جرائم جنائية مثل جرائم الإرهاب "
            "أو غسل الأموال من جمع الأموال لصالح الأعمال الخيرية.",
            "DISAPPROVE",
        ),
    ],
)
def test_other_words_are_no_speech_act(nlp, text, kind):
    assert kind not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وأيد حزب الله قرار الحكومة اللبنانية بتشكيل اللجنة.", "SUPPORT"),
        ("ودعا الرئيس المصري عبد الله الحكومة إلى الاستقالة.", "DEMAND"),
        ("وطالب الرئيس الأمريكي الكونغرس بالتصويت على القانون.", "DEMAND"),
        ("وأدانت فرنسا الهجوم على السفارة الأمريكية في بغداد.", "DISAPPROVE"),
        ("ودافع وزير الخارجية الروسي عن الحكومة السورية أمام مجلس الأمن.", "SUPPORT"),
    ],
)
def test_the_acts_stand(nlp, text, kind):
    assert kind in event_types(nlp, text)
