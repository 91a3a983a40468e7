"""Entity-level scoring of BIO sequences by the CoNLL rules (as seqeval computes them)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

Chunk = tuple[str, int, int]  # (label, start, end)


def chunks(tags: Sequence[str]) -> list[Chunk]:
    """Entities of a BIO sequence: an I- tag whose type differs from the previous
    tag's starts a new entity, as in conlleval."""
    if tags.count("O") == len(tags):
        return []  # most sentences name nothing
    # The rules call this some fifty times a sentence, mostly on tags no rule has
    # changed since the last call: the parse is memoised on the tags' values.
    return list(_parsed(tuple(tags)))


@lru_cache(maxsize=1024)
def _parsed(tags: tuple[str, ...]) -> tuple[Chunk, ...]:
    """`chunks` of a sentence that names something (bounded memo, as `match_key`'s)."""
    out: list[Chunk] = []
    label: str | None = None
    start = 0
    for i, tag in enumerate(tags):
        # "O", most words, only ends an entity: it skips the parsing below.
        if tag == "O":
            if label is not None:
                out.append((label, start, i))
                label = None
            continue
        prefix, kind = (tag[0], tag[2:]) if len(tag) > 2 else ("O", "")
        if label is not None and (prefix in ("O", "B") or kind != label):
            out.append((label, start, i))
            label = None
        if prefix == "B" or (prefix == "I" and label is None):
            label, start = kind, i
    if label is not None:
        out.append((label, start, len(tags)))
    return tuple(out)


def score(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Any]:
    """Per-type precision/recall/F1, micro and macro averages."""
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, predicted, strict=True):
        gc, pc = set(chunks(g)), set(chunks(p))
        n_gold.update(c[0] for c in gc)
        n_pred.update(c[0] for c in pc)
        tp.update(c[0] for c in gc & pc)
    per_type = {
        label: _prf(tp[label], n_pred[label], n_gold[label])
        for label in sorted(set(n_gold) | set(n_pred))
    }
    micro = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    macro_f1 = sum(t["f1"] for t in per_type.values()) / len(per_type) if per_type else 0.0
    return {
        "micro_f1": micro["f1"],
        "micro_precision": micro["precision"],
        "micro_recall": micro["recall"],
        "macro_f1": macro_f1,
        "per_type": per_type,
    }


def _prf(tp: int, pred: int, gold: int) -> dict[str, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "support": gold}
