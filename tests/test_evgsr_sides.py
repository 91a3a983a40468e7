"""The side ranker keeps the rules' target after "ضد"/"مطالبين"/"يطالبون" (what the act
is aimed at) over another actor of the sentence; sentences of the train half of
arabic-event-gsr's protest span records (`benchmarks/gsr_sides.py --half train`)."""

from __future__ import annotations

import pytest

from benchmark_scripts import load_benchmark
from event_types import event_sides
from rasd.events.commands import _pipeline
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def coded() -> Pipeline:
    """The layer `rasd eval events` scores sides on (background events kept)."""
    return _pipeline(False, keep_background=True)


def test_target_after_against_stays_over_a_place_after_ala(coded: Pipeline) -> None:
    text = (
        "وكان آلاف الايرانيين قد تظاهروا امس في طهران ضد الغارات الإسرائيلية على قطاع غزة "
        "وتجمع المتظاهرون في ساحة فلسطين."
    )
    targets = [t for _, t in event_sides(coded, text, "PROTEST")]
    assert targets and all("الإسرائيلية" in t for t in targets)


def test_target_of_the_demand_stays_over_the_speaker(coded: Pipeline) -> None:
    text = (
        "وقال مجيد عزت عضو مجلس محافظة كركوك عن التركمان الذي شارك في التظاهرة ان "
        "«المتظاهرين يطالبون بتدخل الامم المتحدة وارسال لجنة تحقيق في اوضاع كركوك»."
    )
    sides = event_sides(coded, text, "PROTEST")
    assert sides and all(t == "الامم المتحدة" for _, t in sides)


def test_gsr_sides_lists_only_the_train_half(monkeypatch) -> None:
    gsr_sides = load_benchmark("gsr_sides")
    monkeypatch.setattr("sys.argv", ["gsr_sides.py", "--half", "held", "--list"])
    with pytest.raises(SystemExit):
        gsr_sides.main()
