"""Speakers of participle cues (issue 12): the participle's subject is the subject of
the clause's main verb, not the subject of a relative clause inside its object ("رفض
جريصاتي الاعتذار الذي قدمه المشنوق قائلا") nor the object of a verb-subject-object
clause ("وشكر الرئيس عبد الفتاح السيسي الملك سلمان قائلا")."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    (
        "من جانبه رفض وزير العدل اللبناني سليم جريصاتي الاعتذار الذي قدمه المشنوق قائلا "
        '"إن المسألة ليست شخصية".',
        "إن",
        "سليم جريصاتي",
    ),
    (
        'وشكر الرئيس عبد الفتاح السيسي الملك سلمان قائلا "نحن ممتنون لهذا الدعم".',
        "نحن",
        "عبد الفتاح السيسي",
    ),
    (
        "واستقبل الملك سلمان بن عبد العزيز الرئيس الأمريكي دونالد ترامب مؤكدا "
        '"أن العلاقات بين البلدين قوية".',
        "أن",
        "سلمان بن عبد العزيز",
    ),
    # One name after the verb is the subject itself.
    ('وأكد الرئيس عبد الفتاح السيسي قائلا "نحن ممتنون لهذا الدعم".', "نحن", "عبد الفتاح السيسي"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_participle_subject_is_the_main_verbs(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


# The subject of a sentence opened by a verb, which a later cue of the sentence shares,
# ends before the verb's "ب" phrase (what the subject did), unless that phrase belongs
# to a title ("القائم بأعمال"). Sentences of unseen news (ant-multisource).
OPENING_SUBJECTS = [
    (
        "وتشعر إسرائيل بالقلق من تنامي وجود إيران في سوريا وترى أنه يمثل تهديدا لأمنها "
        "وقصفت عشرات المواقع الإيرانية أو المدعومة من طهران في سوريا خلال الحرب السورية "
        "المستمرة منذ سبع سنوات.",
        "أنه يمثل",
        "إسرائيل",
    ),
    (
        "وتعهد البيان بتوفير السيولة التي تحتاجها البنوك وأكد أنه سيراقب الأسعار عن كثب "
        "لاتخاذ جميع الإجراءات اللازمة للحفاظ على الاستقرار.",
        "أنه سيراقب",
        "البيان",
    ),
    (
        "ودعا القائم بأعمال وزير الصحة اليمنية، وكافة المنظمات الدولية والإقليمية العاملة "
        "في المجال الإغاثي إلى زيارة عدن والاطلاع على وضعها الإنساني الكارثي وقال: إننا "
        "نعد برنامجا لرعاية أسر الشهداء.",
        "إننا نعد",
        "القائم بأعمال وزير الصحة اليمنية",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), OPENING_SUBJECTS)
def test_opening_subject_ends_before_the_verbs_complement(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker
