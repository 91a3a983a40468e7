"""Bad and unusual input: empty documents, unbalanced marks, very long paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.quotes import QuoteExtractor, extract_quotes


@pytest.fixture(scope="module")
def quote_nlp() -> Pipeline:
    return Pipeline(["text", "quotes"])


def _check(doc: Document) -> None:
    assert doc.quotes is not None
    for q in doc.quotes:
        assert 0 <= q.start < q.end <= len(doc.text)
        assert q.kind in ("direct", "indirect")
        for m in (q.cue, q.speaker, q.audience):
            if m is not None:
                assert 0 <= m.start < m.end <= len(doc.text)


def test_empty_document(quote_nlp: Pipeline) -> None:
    doc = quote_nlp(Document(text=""))
    assert doc.quotes == []


def test_document_without_tokens_needs_no_text_stage() -> None:
    assert extract_quotes(Document(text="قال"), QuoteExtractor()) == []


@pytest.mark.parametrize(
    "text",
    [
        'وقال "',
        '"""" قال " إن',
        "وقال الوزير «سنعود» » « إن",
        'قال: "',
        "وأضاف :",
        'وقال إن "',
        "أما فقد قال",
        "، قال إن",
        "قال قال قال إن إن إن",
        # cut right after the comma that opens the speaker's apposed title
        "يا المكورات العنقودية في الفندق الذي كان يقيم به السائحان.\nوأوضحت وزارة السياحة،",
        "ائب الوزارية، بما في ذلك حقيبة الدفاع الحساسة.\nوقال رئيس وزراء إثيوبيا أبي أحمد،",
        "الأسبوع الماضي.\nوطلبت الوزارة من المعينين إحضار الكشف الطبي،",
    ],
)
def test_unbalanced_and_truncated_input(quote_nlp: Pipeline, text: str) -> None:
    _check(quote_nlp.analyze(text))


def test_very_long_paragraph(quote_nlp: Pipeline) -> None:
    sentence = 'وقال المتحدث باسم الوزارة إن الوضع مستقر، وأضاف "لا داعي للقلق" في حديثه. '
    doc = quote_nlp.analyze(sentence * 400)  # one paragraph of ~6,000 tokens
    _check(doc)
    assert doc.quotes is not None and len(doc.quotes) >= 700


_ALPHABET = st.sampled_from(
    [
        "قال",
        "وأضاف",
        "إن",
        "أن",
        "الوزير",
        "كيري",
        '"',
        "«",
        "»",
        "،",
        ".",
        ":",
        "\n",
        "بحسب",
        "مصدر",
        "للصحافيين",
        "على",
        "بأن",
        "وكالة",
        "أما",
        "فقد",
        "التي",
        "مضيفا",
        "'",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_ALPHABET, max_size=40))
def test_any_token_soup_gives_valid_quotes(quote_nlp: Pipeline, words: list[str]) -> None:
    _check(quote_nlp.analyze(" ".join(words)))
