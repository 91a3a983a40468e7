"""Quotations, the qrank pass (issue 12: the wrong person chosen as speaker).

"وفي يونيو/حزيران قال إن …": a month right before the cue is when it was said, never
who said it; the cue's speaker is then found as for a verb with no subject (here the
subject of the sentences before).

"وحول طموحاته فيما يتعلق باللعبة، أضاف قائلا إن …": a present verb after "ما"/"فيما"
("what concerns") opens no speaker phrase; the clause's speaker is found as before."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_month_before_cue_is_no_speaker(nlp: Pipeline) -> None:
    # Unseen news (BBC Arabic): the month before "قال" was taken for its subject.
    text = (
        "وظل ترامب خلال الأشهر القليلة الماضية يستهدف واشنطن بوست، التي يملكها مؤسس "
        "موقع أمازون جيف بيزوس. واتهم في مارس/آذار عملاق الإنترنت بسرقة خدمات البريد "
        'في الولايات المتحدة. وفي يونيو/حزيران قال إن واشنطن بوست "أخبارها مزيفة".'
    )
    assert speaker_of(nlp, text, "إن واشنطن بوست") == "ترامب"


def test_named_subject_before_cue_still_speaks(nlp: Pipeline) -> None:
    # The rule reads the word before the verb only for months: a name still speaks.
    text = "وفي يونيو/حزيران الماضي، ترامب قال إن الصحيفة أخبارها مزيفة."
    assert speaker_of(nlp, text, "إن الصحيفة") == "ترامب"


def test_what_concerns_is_no_speaker(nlp: Pipeline) -> None:
    # Unseen news (Egyptian gas): "فيما يتعلق" was read as the subject of "أوضح".
    text = (
        "وقال الرئيس الأسبق للشركة القابضة للغازات إن استيراد الغاز هو الأفضل للشركات. "
        "وحول التحديات التي ستواجه الشركات الخاصة فيما يتعلق باستيراد الغاز أوضح أن "
        "أهم تحد هو قناعة المستهلك نفسه بالفكرة."
    )
    assert speaker_of(nlp, text, "أن أهم تحد") == "الرئيس الأسبق للشركة القابضة للغازات"
