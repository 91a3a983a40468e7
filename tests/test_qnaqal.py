"""Relayed news, the qnaqal pass (issue 12; unseen sentences of the news corpus).

"ونقلت وسائل إعلام أن …" with no "عن": the medium that relays is the speaker, as
after "ذكرت"; not a thing carried or conveyed ("نقلت مقراتها بعد أن"، "ونقل صورة أن
العراق غير مستقر"). "نقلا عن X" after a cue's subject, with or without commas
("وذكرت الصحيفة، نقلا عن المصادر، أن …"), and the source after a relaying verb's
"عن" make the words X's (gold README), not the medium's the speaker ranker would
pick; a statement's source is the body that issued it."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


RELAYED_CASES = [
    # no عن: the medium's words
    (
        "نقلت وسائل إعلام فرنسية أن تنظيم داعش الإرهابي أعلن مسؤوليته عن حادثة الطعن "
        "في العاصمة الفرنسية باريس.",
        "أن تنظيم داعش",
        "وسائل إعلام فرنسية",
    ),
    (
        "لقي غواص في استراليا اليوم السبت مصرعه وذلك بعد تعرضه لهجوم من سمكة قرش. "
        "ونقلت صحف محلية أن الرجل كان يصطاد المحار رفقة ابنته قبالة جزيرة ماريا.",
        "أن الرجل كان",
        "صحف محلية",
    ),
    (
        "ونقلت الصحيفة أن التحقيقات أظهرت أن 20 طبيبا أجروا 29 عملية جراحية لنقل وزراعة الكلى.",
        "أن التحقيقات أظهرت",
        "الصحيفة",
    ),
    # "نقلا عن" right after the medium, and between commas
    (
        "وذكرت وكالة أنباء الأناضول نقلا عن مصادر أمنية مطلعة، رفضت الكشف عن هويتها، "
        "أن قوات مكافحة الإرهاب داهمت في عمليات متزامنة عدة أماكن في المدينة.",
        "أن قوات مكافحة",
        "مصادر أمنية مطلعة",
    ),
    (
        "وذكرت الصحيفة، نقلا عن المصادر، أن المحققين البريطانيين يجرون تحقيقاتهم بناء "
        "على فرضية جديدة.",
        "أن المحققين",
        "المصادر",
    ),
    (
        "وقالت الوكالة نقلا عن بيان أصدرته الهيئة إن الاختراق تم من قبل هاكرز أتراك.",
        "إن الاختراق",
        "الهيئة",
    ),
    # a relaying verb with no subject of its own: the source after عن
    (
        'وأشار مراسلو "فرانس برس" في الغوطة الشرقية بعد جولة على عدد من المستشفيات '
        "أمس، إلى أن الأسرة لم تعد تتسع للجرحى. ونقلوا عن أطباء أن غرف العمليات بقيت "
        "ممتلئة طيلة ساعات النهار.",
        "أن غرف العمليات",
        "أطباء",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), RELAYED_CASES)
def test_relayed_words_are_the_sources(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


NOT_SPEECH = [
    # carried, moved, conveyed: no relay that speaks, or no "أن" right after it
    "وكانت عدة سفارات تتخذ من القدس مقرا لها، لكن العديد منها نقلت مقراتها بعد أن "
    "أقرت إسرائيل قانونا في عام 1980 يجعل من القدس عاصمة رسمية لها.",
    "وتعرضت المريضة لاحتشاء في عضلة القلب ثم نقلت إلى قسم الإنعاش قبل أن تموت في "
    "مستشفى في ستراسبورغ.",
    "كما حذر من اندساس عناصر لها مآرب تهدف لإسقاط التجربة العراقية ونقل صورة أن العراق غير مستقر.",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_carried_is_not_relayed(nlp: Pipeline, text: str) -> None:
    doc = nlp.analyze(text)
    assert not [q for q in doc.quotes or [] if q.cue is not None and "نقل" in doc.slice(q.cue)]
    assert "صورة" not in speakers(doc)
