"""Speakers, the qpartsubj pass: a singular participle ("قائلا"، "مشيرة") does not
continue an earlier speaker of its sentence whose cue is plural ("تمنوا"، "قولهم"): a
plural verb's subject is persons, who take a plural participle ("قائلين"). The first sentence is from unseen news
(../shared/data/news, not annotated); the second the common form it must not change."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_singular_participle_skips_a_plural_cue(nlp: Pipeline) -> None:
    text = (
        "وكان جون ماكين، 81 سنة، عضو مجلس الشيوخ الأمريكي عن الحزب الجمهوري الذي يعاني "
        "من سرطان نادر في المخ، من بين من تمنوا الشفاء لرايد في تغريدة على حسابه على "
        'موقع التواصل الاجتماعي تويتر، قائلا: "من عضو مجلس شيوخ صعب المراس إلى عضو '
        'مثله تماما، أدعو لك بالشفاء".'
    )
    assert "ماكين" in speaker_of(nlp, text, "من عضو مجلس")


def test_plural_participle_still_continues_a_plural_cue(nlp: Pipeline) -> None:
    text = "وقال مسؤولون في وزارة الصحة إن عدد المصابين ارتفع إلى 40، مؤكدين أن الوضع تحت السيطرة."
    assert "مسؤولون" in speaker_of(nlp, text, "أن الوضع")
