"""Speakers, the qlakin pass: a cue after "لكنه"، "ولكنها"، "لكنهم" or "إلا أنه" has
its subject in the pronoun, which stands for the subject of the main clause before
"لكن": the phrase right after the verb that opens the sentence (or the sentence
before, when "لكنه" opens its own), when the verb agrees with the pronoun. The phrase
after the cue is then its object ("لكنه نفى مزاعم التحرش تلك"), and the ranker does
not go back to another name of the paragraph.
"""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


# Sentences of unseen news articles (seeds 10730-10736 of construction_quotes.py).
CASES = [
    pytest.param(
        "وقالت التقارير إن التلاميذ الذين قدمت لهم الحلوى لم يكونوا يعلمون بمحتوياتها. "
        "ورفضت مدرسة دا فينشي الثانوية التعليق على الحادث، ولكنها قالت إن المتورطين فيه "
        '"يشعرن بالندم".',
        "إن المتورطين",
        "مدرسة دا فينشي",
        id="but-she-after-the-sentence-subject",
    ),
    pytest.param(
        "وقال الخبير الاقتصادي هاني توفيق إن الحكومة لم تحقق أهدافها. واتفق أحد خبراء "
        "الاقتصاد مع الرأي السابق ولكنه طالب بتغيير الحكومة، خاصة المجموعة الاقتصادية.",
        "بتغيير الحكومة",
        "أحد خبراء الاقتصاد",
        id="but-he-not-the-previous-speaker",
    ),
    pytest.param(
        "وكان العضو كريستوفر كولينز قد اتهم الشهر الماضي بالمشاركة في خطة تلاعب في "
        "تعاملات البورصة. ولكنه نفى ارتكاب أي خطأ، قائلا إنه لا يسعى إلى إعادة انتخابه.",
        "إنه لا يسعى",
        "كريستوفر كولينز",
        id="but-he-opens-the-sentence",
    ),
    pytest.param(
        "ووضعت إيران شروطا للإبقاء على الاتفاق تشمل خطوات التجارة معها. لكنها قالت كذلك "
        "إنها قد تستأنف تخصيب اليورانيوم بدرجة نقاء 20 بالمئة.",
        "إنها قد تستأنف",
        "إيران",
        id="but-she-a-country",
    ),
    pytest.param(
        "وقال المالكي في مؤتمر صحفي إن اختلافا في وجهات النظر قد حدث بين الإمارات "
        "والحكومة المحلية في سقطرى، لكنه أشار إلى التوصل لوضع آلية للتنسيق بين الطرفين.",
        "إلى التوصل",
        "المالكي",
        id="but-he-after-what-was-said",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_speaker(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker in speaker_of(nlp, text, start)


def test_phrase_after_the_cue_is_its_object(nlp: Pipeline) -> None:
    """ "لكنه نفى مزاعم التحرش": the pronoun is the subject, the phrase the object."""
    text = "واستقال نائب وزير المالية جونيتشي فوكودا الأربعاء، لكنه نفى مزاعم التحرش تلك."
    doc = nlp.analyze(text)
    speakers = [doc.slice(q.speaker) for q in doc.quotes or [] if q.speaker is not None]
    assert speakers and all("فوكودا" in s for s in speakers)
