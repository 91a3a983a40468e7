"""A place in a locative phrase is where an attack or a protest happened, not a side the
side ranker adds where the rules found none (evplace2, issue 13;
`side_ranker.SideRanker.choose`, `side_ranker._located`): the thing acted on is an
unnamed phrase, a count or a pronoun no rule offers, and the gold then lists no target
rather than the scene."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Jawhara FM, 2017 (evaudit4, seed 10962): "في جادة X", the object an unnamed phrase
        (
            "قتلت الشرطة سائق السيارة التي صدمت شاحنة للشرطة في جادة الشانزليزيه في "
            "العاصمة الفرنسية، الاثنين،وتم العثور على كمية من الأسلحة داخل سيارته.",
            "الشانزليزيه",
        ),
        # Jawhara FM, 2017 (evaudit4, seed 10962): "بالقرب من X"
        (
            "وأفادت القناة الصهيونية العاشرة بأن منفذ فلسطيني هاجم بشاحنته مجموعة من "
            "الجنود الصهاينة بالقرب من جبل المكبر.",
            "جبل المكبر",
        ),
        # unseen news, seed 11131: an insurgency "في منطقة جنوب شرق تركيا"
        (
            "ويشن حزب العمال الكردستاني تمردا منذ 3 عقود في منطقة جنوب شرق تركيا، التي "
            "تسكنها أغلبية كردية.",
            "تركيا",
        ),
        # unseen news, seed 11134: what was besieged is a polling station, unnamed
        (
            "قالت المفوضية العليا للانتخابات في العراق، الأربعاء، إن مسلحين رافضين لنتائج "
            "الانتخابات يحاصرون مركز اقتراع في كركوك.",
            "كركوك",
        ),
    ],
)
def test_a_place_in_a_locative_phrase_is_no_ranked_target(nlp, text, place):
    sides = event_sides(nlp, text, "ASSAULT")
    assert sides  # the attack stays, with its doer
    assert all(source and place not in target for source, target in sides)
