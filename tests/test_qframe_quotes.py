"""Attribution frames (بحسب، وفق، حسب) inside a sentence whose source a comma and the
writer's next clause follow ("، فيما …"، "، بينما …"، "، وذلك …"): the source vouches
for the clause it stands in, not the writer's clause after it (issue 12, qframe).
Sentences from unseen news articles (not annotated)."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "وتم استدعاء شعبة الجرائم وفق ما قال مصدر قضائي، فيما لا تزال دوافع المعتدي مجهولة.",
            "وتم استدعاء شعبة الجرائم",
            "مصدر قضائي",
        ),
        (
            "شن الجيش الإسرائيلي السبت غارات جوية على أهداف لحركة حماس في قطاع غزة بحسب "
            "مصادر أمنية فلسطينية، وذلك بعد تفجير أسفر عن إصابة أربعة جنود إسرائيليين على "
            "الحدود مع القطاع.",
            "شن الجيش الإسرائيلي السبت غارات جوية على أهداف لحركة حماس في قطاع غزة",
            "مصادر أمنية فلسطينية",
        ),
        (
            'لقي 68 شخصا حتفهم داخل المقر الرئيسي للشرطة في فالنسيا بشمال فنزويلا جراء "حريق" '
            "بحسب ما اعلن النائب العام، بينما قالت منظمة غير حكومية إنهم سقطوا جراء تمرّد "
            "لعشرات المعتقلين.",
            'لقي 68 شخصا حتفهم داخل المقر الرئيسي للشرطة في فالنسيا بشمال فنزويلا جراء "حريق',
            "النائب العام",
        ),
    ],
)
def test_source_closes_its_clause(nlp: Pipeline, sentence: str, quote: str, speaker: str) -> None:
    """The words vouched for end before the source; the writer's clause after its comma
    is nobody's quotation (or another cue's: "بينما قالت منظمة …")."""
    assert quote in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, quote[:8]) == speaker


def test_source_reason_goes_on(nlp: Pipeline) -> None:
    """ "إذ" after the source's comma gives the source's own reason: the quotation
    runs on through it."""
    sentence = (
        "وبالنسبة للفتحة الصغيرة أسفل نوافذ الطائرة، فإن لها فائدة عظيمة بحسب موقع "
        "Travelandleisure، إذ تضمن حصول المسافرين على أفضل وضعية للتنفس، عبر موازنة "
        "الضغط خارج وداخل الطائرة."
    )
    assert any("إذ تضمن حصول المسافرين" in q for q in quote_texts(nlp.analyze(sentence)))
