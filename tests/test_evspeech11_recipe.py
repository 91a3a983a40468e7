"""The speech-act model's coded types are judged on their held-out acts pooled over the
thresholds (evspeech11, issue 13): at one threshold a type is judged on a dozen acts."""

from __future__ import annotations

from rasd.events.speech_train import HeldOut, pooled_acts, reliable_types


def _held(acts: dict[str, list[int]]) -> HeldOut:
    return HeldOut(acts=acts)


def test_acts_are_pooled_over_thresholds() -> None:
    # evspeech10's held-out acts: DEMAND is right 9 of 12 times at 0.95 alone
    tables = [
        _held({"DISAPPROVE": [74, 72], "DEMAND": [13, 22]}),
        _held({"DISAPPROVE": [53, 36], "DEMAND": [11, 14]}),
        _held({"DISAPPROVE": [38, 27], "DEMAND": [10, 12]}),
        _held({"DISAPPROVE": [31, 17], "DEMAND": [9, 3]}),
    ]
    pooled = pooled_acts(tables)
    assert pooled == {"DISAPPROVE": [196, 152], "DEMAND": [43, 51]}
    assert reliable_types(pooled) == {"DISAPPROVE"}
    assert reliable_types(tables[-1].acts) == {"DISAPPROVE", "DEMAND"}


def test_pooling_leaves_the_tables_unchanged() -> None:
    table = _held({"REJECT": [3, 4]})
    pooled_acts([table, table])
    assert table.acts == {"REJECT": [3, 4]}
