"""Quotations, the qwritten pass (issue 12: a speaker written after the cue, passed
over). An article's opening byline ("أحمد علي- سبق- القاهرة:") names the reporter who
wrote it, not someone who spoke: the ranker took that first name of the article (the
sentence's opening name, its protagonist) over the subject written after the verb."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline
from rasd.quotes.byline import byline
from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.view import DocView
from rasd.text.tokens import load_lexicon as load_frequencies


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


BYLINE_CASES = [
    # Unseen saudinewsnet articles (Sabq bylines), counting seeds 10370-10372.
    (
        "أحمد علي- سبق- القاهرة: أعلن موقع فيسبوك، أمس الثلاثاء، أن مستخدمي موقع التواصل "
        'الاجتماعي الأشهر في العالم "فيسبوك"، يمكنهم الآن إرسال أموال إلى العائلة والأصدقاء.',
        "أن مستخدمي",
        "أحمد علي",
    ),
    (
        "عبدالله البرقاوي- سبق- الرياض: أعلن طيران ناس عن تكريم قائد طيار يوسف الزير. وقال "
        "المدير التنفيذي إن الطاقم أدى عمله على أكمل وجه.",
        "إن الطاقم",
        "عبدالله البرقاوي",
    ),
]


@pytest.mark.parametrize(("text", "start", "not_speaker"), BYLINE_CASES)
def test_byline_reporter_is_no_speaker(
    nlp: Pipeline, text: str, start: str, not_speaker: str
) -> None:
    assert speaker_of(nlp, text, start) != not_speaker


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("عوض الفهمي- سبق - مكة المكرمة: أعلنت جمعية البر الخيرية تأجيل الزواج.", (0, 8)),
        # After the title's line, as the news readers put it.
        ("تأجيل الزواج الجماعي\nعوض الفهمي- سبق - أضم: أعلنت جمعية البر تأجيل الزواج.", (3, 10)),
        ("محمد علي: إن الاتفاق مهم.", (0, 0)),  # no dash: the name speaks
        ("قال محمد علي - وزير المالية: إن الاتفاق مهم.", (0, 0)),  # a verb opens it
    ],
)
def test_byline(text: str, span: tuple[int, int]) -> None:
    doc = Pipeline(["text", "ner"]).analyze(text)
    assert byline(DocView(doc, load_lexicon(), load_frequencies(), {})) == span


# Unseen saudinewsnet article, seed 10376: the desk slot of the byline ("- متابعة:",
# follow-up) read as the cue تابع, with the whole lead paragraph as its quotation.
DESK_TEXT = (
    "ناطق الحكومة اليمنية: الخائن الذي يستحق المحاكمة من دمّر عدن وتعز\n"
    "عبدالحكيم شار- سبق- متابعة: شدد الناطق باسم الحكومة اليمنية راجح بادي على أن مدينة "
    'عدن أصبحت آمنة وخالية من أي وجود للقوات التابعة للحوثي والمخلوع "صالح"، نافيًا صحة '
    "الانطباع الذي يحاول بعضهم الترويج له."
)


def test_desk_of_the_byline_is_no_cue(nlp: Pipeline) -> None:
    doc = nlp.analyze(DESK_TEXT)
    assert all(q.cue is None or doc.slice(q.cue) != "متابعة" for q in doc.quotes or [])
    assert speaker_of(nlp, DESK_TEXT, "صحة الانطباع") == "راجح بادي"


def test_desk_slot_after_a_verb_stays_a_cue(nlp: Pipeline) -> None:
    # "وقال الوزير - متابعة:": no byline opens with a verb.
    assert speaker_of(nlp, "وقال الوزير - متابعة: إن القرار نهائي.", "إن القرار") == "الوزير"
