"""A hashtag of several words is a name of its own (enthash, issue 14 / 12).

The speaker's name is never grown across a hashtag's edge: "المستشار في
#الديوان_الملكي_السعودي سعود القحطاني" is the court, then the adviser, whose name is
"سعود القحطاني", not "الديوان الملكي السعودي سعود القحطاني". A hashtag of one word
inside a name ("دونالد #ترمب") is still part of it. Sentences from unseen news
(ant-multisource, saudinewsnet)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    (
        "أكد المستشار في #الديوان_الملكي_السعودي سعود القحطاني، الجمعة، أن ما أنكرته "
        "#قطر أثبتت المقاطعة صحته.",
        "أن ما أنكرته",
        "سعود القحطاني",
    ),
    (
        "بدورها، رفضت موسكو تصريحات ماي، وقالت المتحدثة باسم #الخارجية_الروسية ماريا "
        'زاخاروفا، في تصريحات نقلتها وكالات الأنباء، إن "هذه مهزلة في البرلمان البريطاني".',
        "هذه مهزلة",
        "ماريا زاخاروفا",
    ),
    # not of the class: a hashtag of one word is the name's last word
    (
        "اعتبر الرئيس الأميركي دونالد #ترمب أن خطة رئيسة الوزراء البريطانية تيريزا ماي "
        'لبريكست "ستقتل على الأرجح" إمكانية إبرام #اتفاقية_تجارة_حرة مع الولايات المتحدة.',
        "أن خطة رئيسة",
        "دونالد ترمب",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_name_stops_at_hashtag(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_hashtag_of_body_noun_is_organisation(nlp: Pipeline) -> None:
    doc = nlp.analyze(CASES[0][0])
    labels = {doc.slice(e): e.label for e in doc.entities}
    assert labels["الديوان_الملكي_السعودي"] == "ORG"
    assert labels["سعود القحطاني"] == "PER"
