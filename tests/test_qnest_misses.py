"""benchmarks/quote_misses.py counts nested quotations by construction, and the quoted
phrases inside reported clauses the annotators did or did not list (dev folds 0-1)."""

from __future__ import annotations

from types import ModuleType

import pytest

from benchmark_scripts import load_benchmark


@pytest.fixture(scope="module")
def misses() -> ModuleType:
    return load_benchmark("quote_misses")


def _quote(text: str, speaker: str, kind: str = "indirect") -> dict[str, str]:
    return {"text": text, "kind": kind, "cue": "قال", "speaker": speaker}


# CN-middleEast-1373-20180912 (dev fold 0-1): Pompeo said he told Congress that …
OUTER = "إنه أبلغ الكونغرس بأن المملكة العربية السعودية والإمارات تتخذان التدابير اللازمة"
INNER = "بأن المملكة العربية السعودية والإمارات تتخذان التدابير اللازمة"


def test_a_nested_miss_names_its_construction(misses: ModuleType) -> None:
    gold = [_quote(OUTER, "مايك بومبيو"), _quote(INNER, "مايك بومبيو")]
    [miss] = misses.classify([OUTER], gold)
    assert miss.nested and miss.nested_as == "indirect, same speaker"


def test_a_quotation_reported_inside_has_another_speaker(misses: ModuleType) -> None:
    # BB-internationalNews-973-20180815: "إن واشنطن تحذر تركيا بأنها …"
    outer = "إن واشنطن تحذر تركيا بأنها ستفرض عليها المزيد من الضغوط الاقتصادية"
    inner = "بأنها ستفرض عليها المزيد من الضغوط الاقتصادية"
    gold = [_quote(outer, "مسؤول في البيت الأبيض"), _quote(inner, "واشنطن")]
    [miss] = misses.classify([outer], gold)
    assert miss.nested_as == "indirect, other speaker"


def test_quoted_phrases_inside_a_reported_clause_listed_or_not(misses: ModuleType) -> None:
    # CN-middleEast-1262-20180819: the quoted words are listed as the speaker's own.
    listed = _quote('أن المملكة العربية السعودية "لا تعرف المستحيل"', "خالد الفيصل")
    words = _quote("لا تعرف المستحيل", "خالد الفيصل", kind="direct")
    # FR-internationalNews-1661-20180606: a quoted phrase the annotators left inside.
    unlisted = _quote('إن هاتين الشركتين لم تتأثرا "بشكل كبير"', "-")
    # A quotation that opens with its marks is the whole clause, not a phrase inside.
    opening = _quote('إن "الحروب التجارية أمر جيد"', "-")
    assert misses.marked_inside([listed, words, unlisted, opening]) == (1, 1)
