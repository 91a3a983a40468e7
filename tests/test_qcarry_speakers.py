"""Speakers, the qcarry pass: a subject the sentence names before a verb with no
subject after it, where the previous speaker was carried on before.

- "ما زال/لا تزال" (still) opens the clause and its subject stands between it and the
  verb ("وما زالت المعارضة تصر على"); the phrase after the verb is its object;
- "لكن" (but) or "إلا أن" (but that) opens the sentence and its subject follows it
  ("لكن ديفيد سينتيلاس، …، اختلف مع بوزو، وقال"): a later verb shares that subject;
- "ممن" (of those who) after a quantity is a relative pronoun: the verb after the
  relative clause is the main clause's, its subject the quantity ("كثير ممن تحدثنا
  إليهم أعربوا").
"""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # Sentences of unseen news articles (the design seeds of the audit).
    pytest.param(
        "وقالت الحكومة السورية إنها لا ترغب في التفاوض مع المعارضة. وما زالت المعارضة "
        "تصر على ضرورة تنحي الرئيس بشار الأسد.",
        "على ضرورة",
        "المعارضة",
        id="still-then-subject",
    ),
    pytest.param(
        "وقالت المتحدثة باسم وزارة الخارجية الأمريكية هيذر نويرت إن الهجوم كان مدبرا. "
        "ولا تزال الولايات المتحدة تتهم كوريا الشمالية بتدبير الهجوم.",
        "بتدبير",
        "الولايات المتحدة",
        id="still-subject-object",
    ),
    pytest.param(
        'وقالت لورا بوزو، وهي متقاعدة، لفرانس برس: "لا أعرف ما الذي دفعه إلى المجيء هنا". '
        'لكن ديفيد سينتيلاس، وهو موظف في أحد المصارف، اختلف مع بوزو، وقال إن "مكانة فالس '
        'الدولية يمكن أن تساهم في تحسين صورة برشلونة".',
        "مكانة فالس",
        "ديفيد سينتيلاس",
        id="but-then-subject",
    ),
    pytest.param(
        "وتسعى فرنسا للحصول من طهران على تعهدات بشأن الحد من برنامجها البالستي، حيث تتهم "
        'باريس الجمهورية الإسلامية بانتهاج سياسة "هيمنة" في المنطقة.\n'
        "إلا أن السلطات الإيرانية تكرر القول منذ أشهر أنها لن تقبل التفاوض حول هذين "
        "الموضوعين مؤكدة أن لا تراجع في هذا المجال.",
        "أن لا تراجع",
        "السلطات الإيرانية",
        id="but-that-then-subject",
    ),
    # Sentences of development articles (folds 0 and 1).
    pytest.param(
        "وقال ترامب إن القمة كانت ناجحة. لكنّ رئيس الوزراء الكندي جاستن ترودو قوّض محاولات "
        "إظهار الوحدة عندما أكد أنه حذر الرئيس الأميركي بأن كندا ستفرض رسوما جمركية.",
        "أنه حذر",
        "جاستن ترودو",
        id="but-subject-when",
    ),
    pytest.param(
        "وقال الباحثون إن الوضع صعب. كثير ممن تحدثنا إليهم أعربوا عن شعورهم، بأن الأمن "
        "المطلوب لتربية أبنائهم يستحيل وجوده.",
        "عن شعورهم",
        "كثير",
        id="quantity-of-those-who",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_speaker(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_but_with_a_pronoun_carries_the_speaker(nlp: Pipeline) -> None:
    """ "لكنه": "but" with the subject's pronoun names nobody new; the speaker goes on."""
    text = "وقال ترامب إن القمة كانت ناجحة. لكنه أكد أن الخلاف مع كندا لم ينته."
    assert speaker_of(nlp, text, "أن الخلاف") == "ترامب"


def test_still_with_a_verb_after_it_keeps_its_subject(nlp: Pipeline) -> None:
    """ "ما زال ينزف المدير الفني … يقول": "still" with its own verb is no subject."""
    text = "ما زال جرح الهزيمة ينزف. وقال المدير الفني لمنتخب البرازيل إن الجرح عميق."
    assert speaker_of(nlp, text, "إن الجرح") == "المدير الفني لمنتخب البرازيل"
