"""Where a reported clause ends (issue 12, spans too long): at a second act of speech,
a finite cue that opens a clause and has content of its own (a preposition or a verbal
noun, after its subject or a phrase of time). Sentences from development-part articles
(folds 0 and 1) of benchmarks/news-gold."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        # a finite cue after a closing mark, with its object and its preposition
        (
            'ودعا إلى "وقف فوري للتصعيد العسكري" وحث جميع الأطراف على الالتزام بإيقاف '
            'إطلاق النار ك "أولوية".',
            "وقف فوري للتصعيد العسكري",
            "على الالتزام بإيقاف إطلاق النار",
        ),
        # "، كما أكد" with a bare verbal noun
        (
            'اتهم رئيس السلطة الفلسطينية محمود عباس (أبومازن)، الأربعاء، حركة "حماس" '
            "بأنها ليس لديها النية لإجراء المصالحة الفلسطينية الداخلية، كما أكد رفضه لما "
            'يُوصف إعلاميا بـ"صفقة القرن"',
            "بأنها ليس لديها النية لإجراء المصالحة الفلسطينية الداخلية",
            "رفضه لما يُوصف إعلاميا",
        ),
        # "لكنه أكد" with a phrase of time before its preposition
        (
            "من جانبه، قال وزير المالية اللبناني علي حسن خليل اليوم الجمعة إن مؤتمر باريس "
            "مثل إشارة إيجابية لبلاده، وإن تعهدات المانحين خلال المؤتمر مشجعة، لكنه أكد في "
            "الوقت ذاته على ضرورة التوظيف الجيد لتلك الأموال.",
            "إن مؤتمر باريس مثل إشارة إيجابية لبلاده، وإن تعهدات المانحين خلال المؤتمر مشجعة",
            "على ضرورة التوظيف الجيد لتلك الأموال",
        ),
    ],
)
def test_second_act_of_speech_ends_the_clause(
    nlp: Pipeline, sentence: str, first: str, second: str
) -> None:
    texts = quote_texts(nlp.analyze(sentence))
    assert any(first in t and second not in t for t in texts), texts
    assert any(t.startswith(second) for t in texts), texts
