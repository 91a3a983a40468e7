"""The parties of a meeting or cooperation noun told after a far "بين X و Y"
(`events/parted.py`): past describing adjectives ("الاجتماع الوزاري الثلاثي بين X و
Y") or a relative clause of happening, the first party is the source and the second the
target. Sentences from unseen ant-multisource articles (fresh seeds 11424-11425 of the
evwith helper, not in the gold sets)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


def _sides(nlp: Pipeline, text: str, event_type: str) -> list[tuple[str, str]]:
    doc = nlp.analyze(text)
    return [
        (doc.slice(e.source) if e.source else "-", doc.slice(e.target) if e.target else "-")
        for e in doc.events
        if e.type == event_type
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        # seed 11424: was "الوزاري -> الجزائر"
        (
            "تحتضن العاصمة الجزائرية يومي الاثنين والثلاثاء الاجتماع الوزاري الثلاثي بين "
            "الجزائر وتونس ومصر حول ليبيا.",
            "CONSULT",
            "الجزائر",
            "تونس",
        ),
        # seed 11425: was "الأمة الإيرانية -> إيران"
        (
            'وأضاف حميد أبو طالبي، وهو مستشار لروحاني، على تويتر "احترام حقوق الأمة '
            "الإيرانية وخفض الأعمال العدائية والعودة للاتفاق النووي خطوات يتعين اتخاذها "
            'لتمهيد طريق المحادثات الصعب بين إيران وأميركا".',
            "CONSULT",
            "إيران",
            "أميركا",
        ),
        # seed 11424: was no event (no side)
        (
            "وتناول اللقاء علاقات الأخوّة والتعاون القائمة بين تونس وإيران وسبل مزيد دعمها "
            "وتطويرها في كافة المجالات خدمة لمصلحة البلدين والشعبين الشقيقين.",
            "COOPERATE",
            "تونس",
            "إيران",
        ),
    ],
)
def test_far_between_parties(
    nlp: Pipeline, text: str, event_type: str, source: str, target: str
) -> None:
    assert (source, target) in _sides(nlp, text, event_type)
