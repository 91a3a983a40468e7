"""Speakers, the qaudit11 pass: a hashtag headed by a title word ("#وزير_التجارة_البريطاني"،
"#قائد_الجيش_البورمي") is a title, though the entity layer often tags it as a person.
The name beside it is the speaker's ("#وزير_التجارة_البريطاني، ليام فوكس،" is Liam Fox,
not the title), it is never a name of its own among the candidates, a title tag alone
speaks as its spaced title, and a preposition after it ends the speaker ("#أمير_قطر في
الدورة الـ72").

A thing after a preposition before "التي/الذي" and a cue ("تطرقت إلى الأغنية الخليجية
التي قالت إنها تستهويها") is what the clause's subject spoke of, not who spoke; a person,
body or source there still speaks."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # The audit's sentence (seed 9966): the speaker was the title tag.
    (
        "قال #وزير_التجارة_البريطاني، ليام فوكس، يوم السبت، إن بلاده لن توقع أي "
        "#اتفاق_تجاري مع الولايات المتحدة إن كان لا يصب في مصلحتها.",
        "إن بلاده",
        "ليام فوكس",
    ),
    # Unseen articles of the class.
    (
        "وقال #الرئيس_الفلسطيني #محمود_عباس إن الاضطهاد التاريخي لليهود الأوروبيين نجم عن سلوكهم.",
        "إن الاضطهاد",
        "محمود عباس",
    ),
    (
        "نفى #قائد_الجيش_البورمي أن يكون رجاله قد اغتصبوا مسلمات من الروهينغا.",
        "أن يكون",
        "قائد الجيش البورمي",
    ),
    (
        "وأمام قادة العالم مجدداً، كان تبدّل الخطاب القطري تجاه التحالف بعد عامين، حيث قال "
        '#أمير_قطر في الدورة الـ72 للجمعية العامة للأمم المتحدة: "وفي الشأن اليمني نؤكد '
        'على أهمية المحافظة على اليمن".',
        "وفي الشأن",
        "أمير قطر",
    ),
    (
        "من جهته، قدم #وزير_النقل المهندس نبيل العامودي في كلمة خلال الاجتماع نبذة عن قطاع "
        "النقل في المملكة، مشيرًا إلى أن بعض التغيرات التي حصلت وأنجزت في ظل رؤية 2030 "
        "تسعى بأن تصبح المملكة مركزًا لوجستيًا عالميًا.",
        "إلى أن",
        "نبيل العامودي",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_title_tag_speaker(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_name_tag_after_a_title_is_unchanged(nlp: Pipeline) -> None:
    text = "وقال الرئيس الأميركي #دونالد_ترمب إن بلاده لن توقع أي اتفاق."
    assert speaker_of(nlp, text, "إن بلاده") == "دونالد ترمب"


def test_thing_before_relative_cue_is_not_the_speaker(nlp: Pipeline) -> None:
    # The audit's sentence (seed 9965): the song spoke, and the next quotes followed it.
    # What is guarded is who speaks (the singer, not the song), not her name's extent.
    text = (
        "وكشفت الفنانة السورية رويدا عطية عن جديد أغنياتها. وتطرقت في حديثها إلى الأغنية "
        "الخليجية التي قالت إنها تستهويها جداً وهي تشبه شخصية صوتها."
    )
    words = speaker_of(nlp, text, "إنها تستهويها").split()
    assert words and set(words) <= {"رويدا", "عطية"}


def test_body_after_preposition_before_relative_cue_speaks(nlp: Pipeline) -> None:
    text = "ونقلت الصحيفة عن وزارة الداخلية التي قالت إن الهجوم أسفر عن مقتل ثلاثة أشخاص."
    assert speaker_of(nlp, text, "إن الهجوم") == "وزارة الداخلية"
