"""Acts negated or failed at a distance are no events (`events/far_negation`, called
from `attributes.cancelled`): a negator past the light verb that carries the act and
"أي", a verb of failure past its subject to its في/عن/من complement. Sentences from
unseen articles (the evaudit6 audit's seeds 11290 and 11292, design seed 11351)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


def _types(nlp: Pipeline, text: str) -> list[str]:
    return [e.type for e in nlp.analyze(text).events or []]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # seed 11290: the negator three words back, past يوجه and أي
        (
            "قال المتحدث باسم الرئاسة الروسية، ديميتري بيسكوف، الإثنين، إن الرئيس الأمريكي "
            'دونالد ترامب، لم يوجه أي "اتهامات مباشرة" ضد نظيره الروسي، فلاديمير بوتين خلال '
            'المقابلة التي أجراها مع برنامج "60 دقيقة".',
            "DISAPPROVE",
        ),
        # seed 11351 (11292 has the same wire): أخفق and seven words of subject
        (
            "أخفق وزراء تجارة دول حوض المحيط الهادي في التوصل لاتفاق أمس الجمعة لتحرير "
            "التجارة بين 12 دولة بعد نشوب خلاف بشأن تجارة السيارات بين اليابان والولايات "
            "المتحدة.",
            "AGREE",
        ),
        # seed 11292: لم تفلح, a subject of two joined phrases, في أن
        (
            "وعلى مدار أربعة أيام لم تفلح الطبيعة الخلابة لجزر هاوي الأمريكية، والأجواء "
            "الهادئة للمحيط الهادئ في أن يتوصل الوزراء إلى اتفاق تجاري بشأن الشراكة بينهم.",
            "AGREE",
        ),
        # seed 11351: a storming that failed
        (
            "فشل جيش النظام السوري وميليشيا حزب الله اللبناني في اقتحام مدينة الزبداني بعد "
            "أكثر من أسبوع على الحملة العسكرية لدخول المدينة استخدم فيها النظام كل أنواع "
            "السلاح.",
            "ASSAULT",
        ),
        # seed 11351: لا تتمكن … من
        (
            "ويرى الأمين العام للحزب الديموقراطي حشد صلاح الصيادي أن دول الخليج حريصة أن لا "
            "تتمكن إيران من تهديد جيرانها.",
            "THREATEN",
        ),
    ],
)
def test_an_act_negated_or_failed_at_a_distance_is_dropped(
    nlp: Pipeline, text: str, event_type: str
) -> None:
    assert event_type not in _types(nlp, text)


def test_a_failure_does_not_reach_past_its_own_complement(nlp: Pipeline) -> None:
    # seed 11351: لن تتمكن من إنتاج …; the criticism is another verb's (سخر من)
    text = (
        "أعلن الرئيس الأمريكي باراك أوباما اليوم الأربعاء أن إيران لن تتمكن من إنتاج أسلحة "
        "نووية أو تخصيب اليورانيوم خلال 15 عاما وسخر من انتقادات أعضاء بالكونغرس الأمريكي "
        "قائلا إنهم تحولوا إلى علماء ذرة."
    )
    assert "DISAPPROVE" in _types(nlp, text)
