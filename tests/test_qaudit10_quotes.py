"""Quotations, the qaudit10 pass (an audit of unseen articles, seeds 9963 and 9964).

A dot glued before a web domain's ending ("العربية.نت"، "ممزورلد.كوم") is part of an
outlet's name, not a sentence end: the quotation after it is found again. A dot glued
to a long word before any other word ("فيه.وابتسم") still ends a sentence.

A relative clause between commas right after the speaker ("وقالت الفنانة، التي عرفت
بتقديم برامج أيضاً، إنها …") describes the speaker; a cue in it with no complementizer
of its own does not take the main verb's content away."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


DOMAIN_CASES = [
    # Dev fold 0 (CN-economy-378): the quote was missed.
    (
        "قالت لينا خليل، الشريك مؤسس في شركة ممزورلد.كوم للتجارة الإلكترونية، إن شركتها "
        '"تطمح لأن تصل بمنتجاتها الموجهة للأم والطفل، لثلث الأمهات في العالم العربي".',
        "تطمح لأن تصل",
        "لينا خليل",
    ),
    # The audit's sentence (seed 9963).
    (
        'كشفت الممثلة اللبنانية، دانييلا رحمة، في حديث لـ"العربية.نت"، أنها تلقت عروضاً '
        'تمثيلية كثيرة بعد مسلسل "تانغو" بالإضافة إلى مشروع برنامج جديد.',
        "أنها تلقت",
        "دانييلا رحمة",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), DOMAIN_CASES)
def test_domain_name_dot_keeps_the_sentence(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_glued_dot_before_a_word_still_ends_a_sentence(nlp: Pipeline) -> None:
    doc = nlp.analyze("وخرج حراً من مستشفى بكوالالمبور كان يتلقى العلاج فيه.وابتسم أنور ولوح.")
    assert len(doc.sentences) == 2
