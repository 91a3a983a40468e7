"""Quotations, the qdouble pass: one cue's words read twice.

"ووصفت ماي محاولة الاغتيال بأنها "هجوم مقزز وشنيع" أودى بحياة امرأة بريئة" was read
both as the quoted words (direct) and as the clause that بأنها opens (indirect, running
on into the journalist's words). After a complementizer carrying the pronoun of the thing
described, the quoted words are what was said and the clause is no second quotation
(quotes/double_readings.py); a clause holding a second quoted piece no quotation reads is
kept. The sentences are from unseen news (seeds 11409-11411).
"""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


PREDICATE_ONLY = [
    (
        'ووصفت ماي محاولة الاغتيال بأنها "هجوم مقزز وشنيع" أودى بحياة امرأة بريئة، كما خلف '
        "ثلاثة أشخاص آخرين في حالة صحية حرجة.",
        "هجوم مقزز وشنيع",
    ),
    (
        'ويصف البعض منتخب مصر بأنه "منتخب صلاح" بعدما سجل نجم ليفربول وهداف الدوري '
        "الإنكليزي الممتاز حاليا معظم أهداف مصر في التصفيات.",
        "منتخب صلاح",
    ),
    (
        'وكانت مصادر في الشرطة قالت، في أول تعليق، إنها "تتعامل مع حادث أمني"، من دون ذكر '
        "مزيد من التفاصيل.",
        "تتعامل مع حادث أمني",
    ),
]


@pytest.mark.parametrize(("text", "said"), PREDICATE_ONLY)
def test_quoted_predicate_is_read_once(nlp: Pipeline, text: str, said: str) -> None:
    doc = nlp(Document(text=text))
    assert quote_texts(doc) == [said]


def test_both_quoted_pieces_read_drop_the_clause(nlp: Pipeline) -> None:
    doc = nlp(
        Document(
            text='ووصف ايفان أسيوما، أمين اتحاد الشرطة المحلي، إنقاذ المرأة بأنه "قصة مجنونة" '
            'و "سيناريو لا يمكن تخيله".'
        )
    )
    assert quote_texts(doc) == ["قصة مجنونة", "سيناريو لا يمكن تخيله"]


def test_clause_with_an_unread_piece_is_kept(nlp: Pipeline) -> None:
    doc = nlp(
        Document(
            text='ووصف برويدي وزير الخارجية الأمريكي بأنه "برج من الهلام" وأنه "ضعيف ويحتاج '
            'إلى صفعة قوية"، وفقا لما جاء في رسالة أخرى من الرسائل المسربة.'
        )
    )
    assert any("ضعيف ويحتاج" in text for text in quote_texts(doc))
