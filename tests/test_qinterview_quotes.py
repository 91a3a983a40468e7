"""Answers in an interview: a cue with no subject, or with a name or verb inside the
question before it, is the interviewee's (sentences from an unannotated
saudinewsnet interview, outside both annotated sets)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline

INTRO = (
    "وأكد راغب علامة أنه لن يتوانى عن إعادة الكرّة وأداء أغنية لمسلسل آخر، إذا ما "
    "اجتمعت فيه كل العناصر التي وجدها في «24 قيراط».\n"
)


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def test_name_inside_the_question_does_not_answer(nlp: Pipeline) -> None:
    """ "وردا على ما إذا …، والموسم الحالي يشارك فيه الفنان عاصي الحلاني … أجاب:":
    the name is part of the question; the speaker before it answers."""
    text = INTRO + (
        "وردا على ما إذا تراوده فكرة دخول مجال التمثيل، لا سيما أن موسم رمضان شهد في "
        "العام الماضي أعمالا لميريام فارس وهيفاء وهبي، والموسم الحالي يشارك فيه الفنان "
        "عاصي الحلاني من خلال مسلسل «العراب» أجاب: «الموضوع لا يراودني ولكنه صار أقرب "
        "مني اليوم عن الأمس»."
    )
    assert speaker_of(nlp, text, "الموضوع لا يراودني") == "راغب علامة"


def test_verb_inside_the_question_does_not_answer(nlp: Pipeline) -> None:
    """ "فما هي البرامج التي يفضّل أن تنطبع فيها أجاب:": the words before "أجاب" are
    the question, and its verb is no speaker."""
    text = INTRO + (
        "وفيما لو قدّر له أن يدير محطة تلفزيونية معينة فما هي البرامج التي يفضّل أن "
        "تنطبع فيها أجاب: «أحب أن تكون محطة تلفزيونية متخصصة ببرامج المنوعات والمباشر»."
    )
    assert speaker_of(nlp, text, "أحب أن تكون") == "راغب علامة"


def test_named_answer_keeps_its_speaker(nlp: Pipeline) -> None:
    """ "وردا على سؤال …، قال الحذيفى: … وأضاف:": someone named after the question
    answered it; the earlier speaker is not taken for what follows."""
    text = (
        "وسخر اللواء الحذيفي من ادعاءات الحوثي باستهداف مطار عدن الدولي بصاروخ اسكود.\n"
        "وردا على سؤال حول ما يشاع عن اصطفاف القاعدة مع الشرعية وقتالها فى عدن قال "
        "الحذيفى: القاعدة وجماعة الحوثي كلها جماعات ارهابية وأضاف : وجدنا مدينة عدن في "
        "حالة مأساوية."
    )
    assert "الحذيف" in speaker_of(nlp, text, "وجدنا مدينة عدن")
