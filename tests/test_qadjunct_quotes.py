"""Quotations, the qadjunct pass: a complementizer past a long occasion of speaking.

"قال الرئيس في خطاب ألقاه اليوم ونقل مباشرة بمناسبة … إن …": the occasion's own clause
(who delivered it, when, how it was broadcast) stood between the cue and إن, and
nothing was read; and "وأكد الفهد في مؤتمر صحافي بعد الاجتماع، أن …" opened the
quotation on the object of the time word. The quotation now opens on the
complementizer past the occasion (quotes/adjunct_complements.py). The sentences are
from unseen news (seeds 11185-11187, 11256-11259).
"""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


PAST_OCCASION = [
    (
        "قال الرئيس السوري بشار الأسد في خطاب ألقاه اليوم ونقل مباشرة بمناسبة أدائه "
        "اليمين الدستورية إن الشعب السوري أعلن رسميا وفاة المشروع.",
        "إن الشعب السوري أعلن رسميا وفاة المشروع",
        "بشار الأسد",
    ),
    (
        "وأكد الفهد في مؤتمر صحافي بعد الاجتماع، أن الموافقة على طلب الاتحاد الكويتي جاء "
        "بإجماع الدول المشاركة.",
        "أن الموافقة على طلب الاتحاد الكويتي جاء بإجماع الدول المشاركة",
        "الفهد",
    ),
    (
        "أكدّ الناطق الرسمي باسم حكومة الوحدة الوطنية إياد الدهماني في تصريح عقب مجلس "
        "وزاري عُقد مساء اليوم، أن رئيس الحكومة لم يتلق أي طلب استقالة من أيّ عضو من "
        "أعضاء الحكومة.",
        "أن رئيس الحكومة لم يتلق أي طلب استقالة من أيّ عضو من أعضاء الحكومة",
        "إياد الدهماني",
    ),
    (
        "و ذكرت الشرطة في بيان لها أصدرته في 13 من فبراير/شباط 2018، أنها جمعت أدلة "
        "كافية ضد نتنياهو.",
        "أنها جمعت أدلة كافية ضد نتنياهو",
        "الشرطة",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), PAST_OCCASION)
def test_complement_past_occasion(nlp: Pipeline, text: str, quote: str, speaker: str) -> None:
    assert quote in quote_texts(nlp.analyze(text))
    assert speaker in speaker_of(nlp, text, quote[:12])


def test_preposition_of_the_cue_kept(nlp: Pipeline) -> None:
    """ "أشار … في كلمته خلالها إلى أن": إلى opens the clause, as before."""
    text = (
        "وأشارت منظمة الأعراف في بيانها إلى أن مختلف تصريحات ومواقف رئيستها تعكس حرصها "
        "الشديد على الحديث الجدي والمسؤول."
    )
    assert any(q.startswith("إلى أن مختلف") for q in quote_texts(nlp.analyze(text)))


def test_complementizer_of_the_adjunct_not_taken(nlp: Pipeline) -> None:
    """ "في أنه" is the object of the adjunct's own verb (تشتبه في), not what was said."""
    text = (
        "وقال أندري كريشتشينكو قائد شرطة كييف في مؤتمر صحفي نقله التلفزيون ردا على سؤال "
        'حول الدافع الذي تشتبه الشرطة في أنه وراء جريمة القتل "الفرضية الأولى والأكثر '
        'احتمالا هي نشاطه المهني".'
    )
    quotes = quote_texts(nlp.analyze(text))
    assert not any(q.startswith("أنه وراء") for q in quotes)
