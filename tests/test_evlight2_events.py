"""Acts told with a light verb or a noun of consent (evlight2, issue 13): sentences of
unseen news, design seeds 11275-11276 and fresh seeds 11277-11279.

Consent given or declared with its noun ("أعلنت ألمانيا موافقتها على"، "أبدت الإدارة
موافقتها على"، "أعطت موافقتها على") is AGREE, as the verb "وافق" is
(`consent.consent_given`; `benchmarks/event_diff.py rasd.events.consent _CONSENT_NOUNS
"()" "('موافقة',)"`); a permit granted to another party ("منحت الموافقة لـ") and consent
that was not given ("دون موافقتهم") are not. A light verb's subject with a long name
does not put its act out of reach (`triggers._after_light_verb`; `event_diff.py
rasd.events.triggers LIGHT_OVER_NAMES False True`)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _events(nlp: Pipeline, text: str, etype: str) -> list[tuple[str, str]]:
    doc = nlp.analyze(text)
    return [
        tuple(doc.slice(m) if m else "-" for m in (e.source, e.target))
        for e in doc.events or []
        if e.type == etype
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # seeds 11275 and 11277
        (
            "أعلن الرئيس الأمريكي دونالد ترامب موافقته على استقبال مئات اللاجئين التزاما "
            "باتفاق سابق مع أستراليا رغم قراراته الأخيرة بمنع دخول مواطني7 دول إلى الولايات "
            "المتحدة ووقف استقبال لاجئين سوريين.",
            "دونالد ترامب",
        ),
        # seed 11276: a time set off by commas between the verb and its noun
        (
            "أعلنت ألمانيا، الاثنين، موافقتها على تسليم بلجيكا دبلوماسيا إيرانيا على خلفية التجسس.",
            "ألمانيا",
        ),
        # seed 11278: read as a concession before
        (
            "وكانت قيادة طالبان قد أعطت موافقتها الضمنية على مفاوضات السلام التي بدأت مطلع "
            "تموز(يوليو) في باكستان.",
            "طالبان",
        ),
    ],
)
def test_consent_given_is_agree(nlp: Pipeline, text: str, source: str) -> None:
    assert any(source in s for s, _ in _events(nlp, text, "AGREE"))
    assert not _events(nlp, text, "CONCEDE")


@pytest.mark.parametrize(
    "text",
    [
        # seed 11275: a permit granted to another party, not the subject's own consent
        "وأشار إلى أن وزارة النقل منحت الموافقة لوكالة الأسفار التي تملك 30 بالمائة من "
        "السوق الروسية في تونس على العودة لمطار النفيضة.",
        # seed 11276: consent not given
        'وكانت شركة "كامبرديج" الأميركية جمعت بيانات ملايين الأشخاص دون موافقتهم، بغرض '
        "التأثير على الانتخابات.",
    ],
)
def test_consent_not_given_is_no_agree(nlp: Pipeline, text: str) -> None:
    assert not _events(nlp, text, "AGREE")


def test_light_verb_past_a_long_name(nlp: Pipeline) -> None:
    # seed 11276, the clause up to the act's place (the sentence names the visit again
    # further on, which the rules found without the light verb)
    text = "ويقوم ولي العهد السعودي الأمير محمد بن سلمان بزيارة رسمية لفرنسا."
    assert any(t == "فرنسا" for _, t in _events(nlp, text, "CONSULT"))
