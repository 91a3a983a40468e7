"""Quotations, the qaudit21 pass (an audit of unseen articles, seeds 10024 and 10025).

"وذكر حنين الذي ينتمي إلى حزب "حداش" الشيوعي الإسرائيلي بأنها …": a cue that is also a
common word (ذكر "male", تابع "follower", طالب "student") needs its content close, but a
relative clause on its subject already reads it as a verb, and such a clause may run long
before the complementizer (words.tsv `relative_cue`). The relative agrees with the verb
(or is plural): "وذكر … جملة من الحلول التي …" names what he mentioned, not who spoke.

"وأكد مصدر عسكري تواصل التقدم باتجاه مطار الحديدة": after an unnamed source's bare
relative adjective, a bare noun heading a definite genitive is the verb's object (a bare
verbal noun), not more of the source; "مسؤول سعودي رفيع المستوى" keeps its adjective
(words.tsv `genitive_adjective`).

"في حين تعتبر المعدات والأجهزة الكهربائية من أهم الواردات مستأثرة …": the present of
اعتبر with a ranking after its noun ("من أهم"، "واحدة من أفضل") is the passive "is counted
among", nobody's view (words.tsv `superlative`); the active view keeps its quote."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


RELATIVE_ON_SUBJECT = [
    # The audit's sentence (seed 10025): only the inner quoted phrase was a quote.
    (
        'وكتب النائب في الكنيست دوف حنين مقالا. وذكر حنين الذي ينتمي إلى حزب "حداش" '
        "الشيوعي الإسرائيلي بأنها اشتهرت بعد حرب حزيران/يونيو 1967 برصدها وتوثيقها "
        '"لانتهاكات حقوق الإنسان في الأراضي المحتلة".',
        "بأنها اشتهرت بعد حرب حزيران/يونيو 1967 برصدها وتوثيقها",
        "حنين",
    ),
    # Unseen news.
    (
        "وذكرت كورت التي تشغل منصب وزيرة التعليم في ولاية سكسونيا شرقي ألمانيا أن هناك "
        "بالفعل العديد من المشروعات التعاونية مع الصين.",
        "أن هناك بالفعل العديد من المشروعات التعاونية مع الصين",
        "كورت",
    ),
    (
        "وذكرت أيرباص التي تنافس شركة بوينج الأمريكية في سوق الطائرات أن تحطم الطائرة "
        "أدى إلى تأجيل اختبارات هذه الطائرات.",
        "أن تحطم الطائرة أدى إلى تأجيل اختبارات هذه الطائرات",
        "أيرباص",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), RELATIVE_ON_SUBJECT)
def test_relative_clause_on_subject_reaches_content(
    nlp: Pipeline, text: str, quote: str, speaker: str
) -> None:
    doc = nlp.analyze(text)
    texts = quote_texts(doc)
    assert any(t.startswith(quote) for t in texts), texts
    assert speakers(doc)[[t.startswith(quote) for t in texts].index(True)] == speaker


NOT_THE_SUBJECT = [
    # Unseen news: the relative's gender tells an object ("جملة") from a subject.
    "وذكر جملة من الحلول التي تقلّص المد العنفي لداعش وغيرها من الجماعات، هو أن نطفئ الحريق أولاً.",
    # Unseen news: وجد is no `relative_cue` (found evidence that …).
    "ووجد المحققون الذين راجعوا كمبيوتره والهاتف المحمول الخاص به دليلاً على أن المراهق "
    "كان يخطط لقتل نفسه.",
]


@pytest.mark.parametrize("text", NOT_THE_SUBJECT)
def test_relative_clause_of_object_is_no_speech(nlp: Pipeline, text: str) -> None:
    assert quote_texts(nlp.analyze(text)) == []


OBJECT_AFTER_SOURCE = [
    # The audit's sentence (seed 10025): the speaker ran to the comma.
    (
        "وأكد مصدر عسكري تواصل التقدم باتجاه مطار الحديدة، لافتاً إلى نجاح مدفعية الجيش "
        "وغارات التحالف في دك تحصينات الميليشيات.",
        ["مصدر عسكري", "مصدر عسكري"],
    ),
    # Unseen news.
    (
        "أعلنت مصادر ديبلوماسية وفاة الأمين العام السابق للأمم المتحدة، كوفي عنان.",
        ["مصادر ديبلوماسية"],
    ),
    # An adjective heading a genitive stays in the source.
    ("وقال مسؤول سعودي رفيع المستوى إن المملكة مستعدة.", ["مسؤول سعودي رفيع المستوى"]),
]


@pytest.mark.parametrize(("text", "expected"), OBJECT_AFTER_SOURCE)
def test_object_after_unnamed_source(nlp: Pipeline, text: str, expected: list[str]) -> None:
    doc = nlp.analyze(text)
    assert [doc.slice(q.speaker) for q in doc.quotes or [] if q.speaker] == expected


COUNTED_AMONG = [
    # The audit's sentence (seed 10025).
    "في حين تعتبر المعدات والأجهزة الكهربائية من أهم الواردات مستأثرة بما نسبته 16.1% من "
    "إجمالي واردات البضائع.",
    # Unseen news.
    "وتعتبر تركمانستان من أكثر الدول انغلاقًا في العالم.",
    "وتعتبر البرشاويات واحدة من أفضل زخات الشهب التي ترصد في سماء السعودية.",
]


@pytest.mark.parametrize("text", COUNTED_AMONG)
def test_counted_among_is_no_speech(nlp: Pipeline, text: str) -> None:
    assert quote_texts(nlp.analyze(text)) == []


def test_considered_by_someone_stays(nlp: Pipeline) -> None:
    doc = nlp.analyze("واعتبر الوزير أن القرار من أهم القرارات.")
    assert quote_texts(doc) == ["أن القرار من أهم القرارات"]
