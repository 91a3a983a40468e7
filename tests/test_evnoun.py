"""The two sides of a fight noun told after a far "بين X و Y" (`events/parted.py`,
evnoun): past the noun's adjectives, a verb of happening, a time or a place after في,
the first side is the source and the second the target, both kept by the side ranker.
Sentences from unseen saudinewsnet articles (design seeds 11845-11849 of the evnoun
helper, not in the gold sets)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


def _sides(nlp: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = nlp.analyze(text)
    return [
        (doc.slice(e.source) if e.source else "-", doc.slice(e.target) if e.target else "-")
        for e in doc.events
        if e.type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # seed 11845: was "- -> المقاومة الشعبية"
        (
            "في هذه الأثناء، اندلعت اشتباكات عنيفة بين المقاومة الشعبية ومسلحين حوثيين في "
            "الجفينة بالجبهة جنوبي غرب مأرب.",
            "المقاومة الشعبية",
            "مسلحين حوثيين",
        ),
        # seed 11847: was "- -> القوات الحكومية السورية"
        (
            "بدأت مساء الخميس مواجهات عنيفة بين القوات الحكومية السورية وتنظيم داعش في مخيم "
            "اليرموك للاجئين الفلسطينيين جنوبي دمشق، عقب عملية عسكرية أطلقتها لطرد مسلحي "
            "داعش والقاعدة من جنوبي العاصمة السورية.",
            "القوات الحكومية السورية",
            "داعش",
        ),
        # seed 11848: a place after في before بين; was "التحالف -> لبوزة بمحافظة لحج"
        (
            "دارت مواجهات شرسة امس في معسكر لبوزة بمحافظة لحج بين رجال المقاومة الشعبية "
            "والمسلحين الحوثيين وقوات المخلوع علي عبدالله صالح.",
            "المقاومة الشعبية",
            "المسلحين الحوثيين",
        ),
    ],
)
def test_fight_sides_after_far_between(nlp: Pipeline, text: str, source: str, target: str) -> None:
    assert (source, target) in _sides(nlp, text)


def test_generic_battle_is_no_event(nlp: Pipeline) -> None:
    # seed 11845: a battle of ideas names no party a dictionary knows
    text = "وأصبحت كلماته الطلقة التي فجرت تلك المعركة بين السفور والتحجب."
    assert _sides(nlp, text) == []


def test_two_named_before_min_jiha_are_one_side(nlp: Pipeline) -> None:
    # seed 11849: "بين الحوثيين وقوات صالح من جهة و…": the Houthis and Saleh's forces
    # fight on one side, so they are not source and target of each other
    text = (
        "وكانت مواجهات عنيفة دارت بين الحوثيين وقوات صالح من جهة وتشكيلات من الجيش "
        "الوطني والمقاومة الشعبية في منطقة الضباب بغربي مدينة تعز."
    )
    assert all(not (s == "الحوثيين" and t.startswith("قوات")) for s, t in _sides(nlp, text))
