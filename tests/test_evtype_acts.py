"""Events of one type the events layer coded as another or missed in a sentence coding
another (evtype, issue 13): claims called flimsy or fabricated are denials. Sentences
from development articles of benchmarks/news-gold and unseen news."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.events.speech_lexicon import SpeechActs
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.fixture(scope="module")
def acts() -> SpeechActs:
    return SpeechActs.load()


@pytest.mark.parametrize(
    "quoted",
    [
        "الواهية",
        "إن هذه الأخبار الكاذبة والمفبركة التي تسعى إلى تشويه مواقف الأردن",
        "سخيفة ومفبركة",
    ],
)
def test_a_claim_called_flimsy_or_fabricated_is_denied(acts, quoted):
    assert acts.content_type(quoted) == "REJECT"


@pytest.mark.parametrize("quoted", ["كانت مزحة مع كواريزما", "مسرحية هزلية تعزز حكم الفرد"])
def test_a_joke_or_a_farce_is_no_denial(acts, quoted):
    assert acts.content_type(quoted) is None


def test_charges_described_as_flimsy_are_the_speakers_denial(nlp):
    text = (
        "طالبت إيران بالإفراج عن دبلوماسي إيراني محتجز في فرنسا، بتهم وصفها المتحدث باسم "
        'الخارجية الإيرانية، بهرام قاسمي، بـ"الواهية"، وفقا لما ذكرته وكالة الأنباء '
        "الإيرانية (إرنا)، الثلاثاء."
    )
    sources = [source for source, _ in event_sides(nlp, text, "REJECT")]
    assert any("قاسمي" in s for s in sources), sources
