"""benchmarks/quote_misses.py sorts missed gold quotations into classes, on sentences of
development articles (folds 0-1)."""

from __future__ import annotations

from types import ModuleType

import pytest

from benchmark_scripts import load_benchmark


@pytest.fixture(scope="module")
def misses() -> ModuleType:
    return load_benchmark("quote_misses")


def _quote(text: str, kind: str = "indirect", cue: str = "قال") -> dict[str, str]:
    return {"text": text, "kind": kind, "cue": cue, "speaker": "-"}


def test_a_prediction_running_on_is_longer(misses: ModuleType) -> None:
    gold = [_quote("بتجنيد الأطفال", cue="اتهمتها")]
    predicted = ["بتجنيد الأطفال وسط انتقادات دولية بشأن انتهاكات حقوق الإنسان في إيران"]
    [miss] = misses.classify(predicted, gold)
    assert (miss.klass, miss.nested, miss.taken) == ("longer", False, False)


def test_quoted_words_inside_the_reported_clause_are_nested(misses: ModuleType) -> None:
    outer = 'إنه واثق تماما من أنه "لم يتصرف بشكل غير لائق"'
    gold = [_quote(outer), _quote("لم يتصرف بشكل غير لائق", kind="direct", cue="قائلا")]
    [miss] = misses.classify([outer], gold)
    assert miss.gold == "لم يتصرف بشكل غير لائق"
    assert (miss.klass, miss.nested, miss.taken) == ("longer", True, True)


def test_a_quotation_no_prediction_touches_is_never_found(misses: ModuleType) -> None:
    gold = [_quote("إن الولايات المتحدة لديها اليد العليا في تقرير التعامل مع إيران")]
    predicted = ["أن الوضع المالي للبنوك التجارية المحلية في إيران يصعب من التداول"]
    [miss] = misses.classify(predicted, gold)
    assert miss.klass == "never" and miss.predicted == ""


def test_a_matched_quotation_is_no_miss(misses: ModuleType) -> None:
    text = "أن السلطات حددت هويته"
    assert misses.classify([text], [_quote(text)]) == []
