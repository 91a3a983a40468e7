"""Findings told by researchers, scientists and investigations (evspeech2, audits of
unseen articles, seeds 10044-10047): "وأكد الباحثون أن النتائج …"، "وجد العلماء أن …"،
"وأشارت التحقيقات إلى أن المتهمين …" tell findings, as a study or a report does; the
speech-act model read them as DISAPPROVE (words.tsv "studies", events/speech.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (unseen): how an antibiotic works
        "وقال العلماء إن المضاد الحيوي يعمل بهذا الشكل لأنه يوقف بروتينات معينة ويمنعها "
        "من دخول الخلايا العصبية.",
        # Jawhara FM (unseen): a finding on sleep
        "وجد العلماء أن تناول الطعام في الوقت الخطأ يؤثر سلباً على أنماط النوم وأن تناول "
        "الطعام في الأوقات غير المناسبة أدى إلى الإخلال بساعات النوم.",
        # Sky News Arabia (audit, seed 10047): some scientists, a group before the word
        "ويرجح بعض العلماء أن الدوائر تشُكلت جراء الحرارة الشديدة للمياه، مع تفاوت درجات "
        "طبقات الجليد بين السطح وبين المياه.",
        # Sky News Arabia (audits, seeds 10045 and 10047): a prosecution's findings
        "وأشارت التحقيقات إلى أن المتهمين قاموا باستهداف تمركزات للقوات المسلحة والشرطة "
        "بشمال سيناء، من خلال زرع عبوات ناسفة على الطرق وتفجيرها.",
    ],
)
def test_findings_of_researchers_are_no_criticism(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_an_analyst_s_criticism_stays(nlp):
    # CNN Arabic (audit, seed 10045): an analyst is no researcher telling findings
    text = (
        "وقال فالي نصر، المحلل السياسي من كلية الدراسات المتقدمة بجامعة جون هوبكينز، إن "
        "الرئيس الأمريكي، دونالد ترامب أهان الوطنية لدى الإيرانيين."
    )
    assert "DISAPPROVE" in event_types(nlp, text)
