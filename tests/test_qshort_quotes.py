"""Short quoted words (two to three in marks) right after the speaker of a cue whose
words are only ever quoted (cues.tsv "-": شجب، ندد، استنكر، تساءل …) are what the
speaker said, whatever word ends the speaker's phrase; sentences from unseen news
(`benchmarks/construction_quotes.py`, not an annotated article)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _direct(nlp: Pipeline, sentence: str) -> list[str]:
    doc = nlp.analyze(sentence)
    return [doc.slice(q) for q in doc.quotes or [] if q.kind == "direct"]


def test_after_a_title_that_is_no_name(nlp) -> None:
    """The speaker's phrase ends on a title, not an entity the tagger names."""
    quoted = _direct(
        nlp,
        'وأضاف موغابي "لا يمكنني أن أصوت للذين أساؤوا معاملتي". '
        'وتساءل الرئيس السابق "من بقي؟ شاميسا"، مثيرا الضحك بين الصحافيين.',
    )
    assert "من بقي؟ شاميسا" in quoted


def test_not_after_a_cue_read_from_a_preposition(nlp) -> None:
    """ "عبر" is "via" here: the marks hold what the soldiers called, not a cue's object."""
    quoted = _direct(
        nlp,
        'ووجه الجنود الإسرائيليون عدة نداءات عبر مكبرات الصوت للمتظاهرين "ليرجعوا إلى الخلف".',
    )
    assert "ليرجعوا إلى الخلف" not in quoted
