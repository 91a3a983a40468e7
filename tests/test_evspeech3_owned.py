"""Verbal nouns a speaker owns ("رفضها"، "تأييده"، "دعمهم") are the speaker's act where
they are the cue's object ("أعلنت رفضها"، "عبرت عن رفضها"); after a clause opener or
with a preposition they mostly report another's act ("أن زيهوفر أبدى تأييده"،
"لرفضهم الترخيص"، "بسبب دعمها للإرهاب") (evspeech3, audits of unseen articles, seeds 10065-10067;
speech_acts.tsv "owned", events/speech.py)."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types


@pytest.mark.parametrize(
    ("text", "event_type", "reporter"),
    [
        # Saudi news (audit, seed 10065): the press reports Seehofer's support
        (
            "وأضافت المصادر الصحافية أن ميركل كانت قد بحثت قبل بضعة أسابيع مع زيهوفر عددا "
            "من القضايا الاستراتيجية المتعلقة بالحملة الانتخابية، مشيرة إلى أن زيهوفر أبدى "
            "تأييده لإنفاق التحالف على حملة يسعى من خلالها للفوز بالأغلبية المطلقة.",
            "SUPPORT",
            "المصادر الصحافية",
        ),
        # Sky News Arabia (audit, seed 10066): the Europeans' refusal, a cause told
        (
            "ورد حينها رئيس تركيا رجب أردوغان بوصف الأوروبيين بأنهم نازيين لرفضهم الترخيص "
            "لأتراك بتنظيم اجتماعات قبل استفتاء أبريل 2017.",
            "REJECT",
            "رئيس تركيا رجب أردوغان",
        ),
        # Sky News Arabia (audit, seed 10066): Iran's support of terror, a cause told
        (
            "وأضاف الجبير أن المباحثات مع بومبيو تناولت تدخلات إيران السلبية في المنطقة، "
            'قائلا: "يجب فرض عقوبات على إيران بسبب دعمها للإرهاب وتدخلها في شؤون الدول '
            'الأخرى".',
            "SUPPORT",
            "الجبير",
        ),
    ],
)
def test_another_s_act_reported_is_not_the_reporter_s(nlp, text, event_type, reporter):
    assert all(source != reporter for source, _ in event_sides(nlp, text, event_type))


@pytest.mark.parametrize(
    "text",
    [
        # Saudi news (audit, seed 10065): the body renews its own rejection
        "وجددت الهيئة رفضها الشديد للتطرف والتعصب والإرهاب في جميع أشكاله ومظاهره.",
        # France 24 (audit, seed 10067)
        "عبرت روسيا الثلاثاء عن رفضها المهلة التي منحتها إياها لندن.",
    ],
)
def test_the_speaker_s_own_rejection_stays(nlp, text):
    assert "REJECT" in event_types(nlp, text)
