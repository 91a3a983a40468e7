"""The partner named right after a meeting noun that carries a possessive pronoun
("بعد لقائه الرئيس ترامب"، "عقب لقائه كيم") is whom the pronoun's referent met: it
follows neither the source nor مع/ب, and `arguments._corrected` used to drop it, so a
place or another actor of the sentence took its place (`possessor.named_partner`).
Sentences from unseen articles (design seeds 11160-11161, fresh seed 11162)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "source", "partner", "not_partner"),
    [
        # seed 11161: was Trump → North Korea's capital, named later in the sentence
        (
            "وأعلن ترامب عقب لقائه كيم أن كوريا الشمالية بدأت في تدمير موقع اختبار "
            "للصواريخ الباليستية، كما أمر بتعليق التدريبات العسكرية مع كوريا الجنوبية، "
            "وهو مطلب قديم لبيونغ يانغ.",
            "ترامب",
            "كيم",
            "بيونغ يانغ",
        ),
        # seed 11160: was Pompeo → Saudi Arabia, where his trip had taken him
        (
            "وأطلع بومبيو المراسلين الصحفيين على التفاصيل بعد لقائه الرئيس ترامب لدى "
            "عودته، أمس، من رحلته إلى السعودية وتركيا.",
            "بومبيو",
            "ترامب",
            "السعودية",
        ),
    ],
)
def test_the_partner_after_the_noun_is_kept(
    nlp: Pipeline, text: str, source: str, partner: str, not_partner: str
) -> None:
    sides = event_sides(nlp, text, "CONSULT")
    assert any(source in s and partner in t for s, t in sides), sides
    assert not any(not_partner in t for _, t in sides), sides


def test_a_bare_partner_the_rules_found_stays(nlp: Pipeline) -> None:
    # fresh seed 11162: the partner kept before too (here no other actor took its place)
    text = (
        "وقال جونسون الاثنين قبيل لقائه نظيره الأمريكي مايك بومبيو ثم نائب الرئيس مايك "
        'بنس "من حق الرئيس أن يرى ثغرات في الاتفاق "وأن "ينبه إلى هذا الأمر".'
    )
    sides = event_sides(nlp, text, "CONSULT")
    assert any("جونسون" in s and "بومبيو" in t for s, t in sides), sides
