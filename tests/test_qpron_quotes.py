"""Quotations, the qpron pass (issue 12: a dropped or pronoun subject resolved to a
nearby word).

A cue whose subject is dropped or a pronoun ("تبتسم وهي تقول إنه"، ", تجلى فيه …
قال") took the bare verb before it for its speaker: the phrase readers know no
verb the news writes in another person too ("يبتسمون"، "يتجلى"). Such a verb is
never a speaker (`verb_speakers.py`); the quotation stays, and its speaker is the
subject of that verb, the earlier speaker, or none. The sentences are from unseen
saudinewsnet articles."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # "وهي تقول": the pronoun is the subject; the verb before it is none.
    (
        "رغم النجاح الذي حققته وقدرتها الفذة على الإبداع، لم تتلق سيندي تشاو أي تدريب في "
        "تصميم الجواهر، على الأقل بالمفهوم التقليدي. كانت الأوقات التي تقضيها معه من أسعد "
        "أوقاتها لأنه كان يشركها في العمل معه، بالسماح لها بتهوية أعماله حتى تجف بسرعة "
        "أحيانا. تبتسم وهي تقول إنه كلما أراد بعض الهدوء، يلهيها بعمل صغير تقوم به، يشعرها "
        "بأهميتها فتركز عليه ناسية ما يجري حولها.",
        "إنه كلما أراد",
        "تبتسم",
    ),
    # A past verb of the form تفعّل between the name and the cue.
    (
        "فأفتتح مقالي هذا بحديث شريف عن الرسول، صلى الله عليه وسلم، تجلى فيه معجزة الوحي "
        "قَالَ عليه الصلاة والسلام: «إِنَّ الْأَمِيرَ إِذَا ابْتَغَى الرِّيبَةَ فِي النَّاسِ "
        "أَفْسَدَهُمْ»",
        "إِنَّ الْأَمِيرَ",
        "تجلى",
    ),
]


@pytest.mark.parametrize(("text", "start", "verb"), CASES)
def test_a_verb_is_no_speaker(nlp: Pipeline, text: str, start: str, verb: str) -> None:
    assert speaker_of(nlp, text, start) != verb
