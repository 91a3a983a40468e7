"""Can a learned sentence detector find the events the trigger rules miss? (issue 13)

A feasibility measure, not a stage: nothing here changes what Rasd codes. Each sentence
of the development articles (folds 0-2 of each gold folder; the check folds are never
read) is labelled, per PLOVER type, by the required gold events whose evidence lies in
it. A logistic regression per type reads sentence features (light keys of the words and
their bigrams, the trigger lexicon's hits of each type, whether the quotes layer found a
quotation there and its cue, entity counts, position, the types the rules coded there)
and is scored leave-one-fold-out: fitted on two development folds, applied to the third;
C is chosen by the held-out average precision. Two detectors: "all" is trained on every
sentence, "residual" only on sentences without a kept Rasd event of the type, to find
the missed ones.

Rasd's events are those the rules code in each fold (each fold's speech acts typed by a
speech-act model fitted without it, as `rasd train event-filter` does) kept by a
confidence filter fitted without that fold (the shipped C and threshold). Reported per
type:
- recoverable: among sentences where Rasd codes no event of the type, the gold events
  of the type Rasd misses that the detector flags when its threshold is set for held-out
  precision >= 0.5 / 0.6 / 0.7 (swept on the pooled held-out scores, optimistic; nested:
  chosen on the other folds' held-out scores), and the event F1 if each flagged sentence yielded one event, right where it holds a missed
  gold event (an upper bound: a side is needed too), wrong otherwise;
- filter AUC: how well the detector's sentence probability separates Rasd's right from
  spurious events of the type (all coded events, before the filter), against the
  cross-fitted confidence filter's probability, and their rank average; and the held-out
  event F1 of the confidence filter's recipe with the detector's probability as one
  more feature.

    python benchmarks/event_detector_cv.py ../shared/gold benchmarks/news-gold \\
        --cache /tmp/coded-dev.pkl

The first run codes the development articles (several minutes); `--cache` keeps them
(the same pickle as `event_filter_lexical.py`). Needs scikit-learn (the train extra).
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from event_filter_lexical import coded_articles

from rasd.document import Document
from rasd.evaluate.gold import _event_similarity, _pairs, event_labels
from rasd.events.confidence import event_features
from rasd.events.confidence_train import Examples
from rasd.events.confidence_train import fit as fit_filter
from rasd.events.keys import light_key, token_keys
from rasd.events.lexicon import TriggerLexicon
from rasd.text.normalize import match_key

TYPES = ("DISAPPROVE", "ASSAULT", "REJECT", "THREATEN", "DEMAND", "SUPPORT")
C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3)
FILTER_C, FILTER_THRESHOLD = 0.03, 0.2  # the shipped filter's (event_confidence.json)
PRECISIONS = (0.5, 0.6, 0.7)
LEXICON = TriggerLexicon()


@dataclass(slots=True)
class Sentences:
    """Per development sentence: its features, fold, the required gold event types it
    evidences, those Rasd misses, the optional ones, and Rasd's kept event types."""

    rows: list[dict[str, float]] = field(default_factory=list)
    folds: list[int] = field(default_factory=list)
    gold: list[Counter] = field(default_factory=list)
    missed: list[Counter] = field(default_factory=list)
    optional: list[set[str]] = field(default_factory=list)
    rasd: list[set[str]] = field(default_factory=list)


def sentence_of(doc: Document, evidence: str) -> int | None:
    """The sentence the gold evidence starts in: found verbatim, else the sentence
    sharing most of its normalised words (at least half)."""
    at = doc.text.find(evidence.strip())
    if at >= 0:
        return next((i for i, s in enumerate(doc.sentences) if s.start <= at < s.end), None)
    words = {match_key(w) for w in evidence.split()}
    best, share = None, 0.5
    for i, s in enumerate(doc.sentences):
        here = {match_key(w) for w in doc.text[s.start : s.end].split()}
        overlap = len(words & here) / max(1, len(words))
        if overlap >= share:
            best, share = i, overlap + 1e-9
    return best


def sentence_features(doc: Document) -> list[dict[str, float]]:
    """Lexical, lexicon, quotation and entity features of each sentence."""
    n = max(1, len(doc.sentences))
    rows = []
    for i, s in enumerate(doc.sentences):
        keys = [
            light_key(doc.text[t.start : t.end])
            for t in doc.tokens[s.token_start : s.token_end]
            if t.kind == "word"
        ]
        row: dict[str, float] = {f"w={k}": 1.0 for k in keys}
        row |= {f"b={a}_{b}": 1.0 for a, b in itertools.pairwise(keys)}
        for t in doc.tokens[s.token_start : s.token_end]:
            if t.kind == "word":
                for trigger in LEXICON.lookup(token_keys(doc, t)):
                    row[f"lex={trigger.type}"] = row.get(f"lex={trigger.type}", 0.0) + 1.0
        for q in doc.quotes or []:
            if s.start <= q.start < s.end or q.start <= s.start < q.end:
                row["quote"] = 1.0
                row[f"quote={q.kind}"] = 1.0
                if q.cue is not None:
                    row[f"cue={light_key(doc.text[q.cue.start : q.cue.end])}"] = 1.0
        for e in doc.entities or []:
            if s.start <= e.start < s.end:
                row[f"ent={e.label}"] = row.get(f"ent={e.label}", 0.0) + 1.0
        row["position"] = i / n
        row["opening"] = float(i <= 2)
        row["length"] = np.log1p(len(keys))
        rows.append(row)
    return rows


def cross_fitted_filters(articles: list[tuple[dict, Document, int]]) -> dict[int, Any]:
    """Per fold, the confidence filter fitted on the other development folds."""
    folds: dict[int, Examples] = {}
    for gold, doc, fold in articles:
        labels, _ = event_labels(doc, gold)
        group = folds.setdefault(fold, Examples([], []))
        for row, label in zip(event_features(doc, doc.events or []), labels, strict=True):
            if label is not None:
                group.rows.append(row)
                group.labels.append(label)
    return {
        f: fit_filter([e for g, e in folds.items() if g != f], FILTER_C, FILTER_THRESHOLD)
        for f in folds
    }


def build(articles: list[tuple[dict, Document, int]], filters: dict[int, Any]):
    """Sentence table, Rasd's kept-event score (tp, predicted, required), coded events
    with labels and filter probabilities, and how many gold evidences were placed."""
    table = Sentences()
    coded: list[tuple[int, str, int, bool, float]] = []  # (row, type, fold, right, p_filter)
    features: list[dict[str, float]] = []  # the filter's features of each coded event
    required_in: Counter = Counter()
    tp = predicted = required = placed = unplaced = 0
    for gold, doc, fold in articles:
        events = doc.events or []
        probs = filters[fold].probabilities(event_features(doc, events)) if events else []
        labels, _ = event_labels(doc, gold)
        base = len(table.rows)
        rows = event_features(doc, events)
        for ev, p, label, row in zip(events, probs, labels, rows, strict=True):
            if label is not None:
                coded.append((base + ev.sentence, ev.type, fold, label, float(p)))
                features.append(row)
        kept = [ev for ev, p in zip(events, probs, strict=True) if p >= FILTER_THRESHOLD]
        req = [g for g in gold.get("events", []) if not g.get("optional")]
        pairs = _pairs(kept, req, lambda ev, g, d=doc: _event_similarity(d, ev, g))
        matched = {j for _, j in pairs}
        doc.events = kept
        kept_labels, _ = event_labels(doc, gold)
        tp += len(pairs)
        predicted += sum(label is not None for label in kept_labels)
        required += len(req)
        required_in[fold] += len(req)
        n = len(doc.sentences)
        gold_at = [Counter() for _ in range(n)]
        missed_at = [Counter() for _ in range(n)]
        optional_at: list[set[str]] = [set() for _ in range(n)]
        required_index = {id(g): j for j, g in enumerate(req)}
        for g in gold.get("events", []):
            i = sentence_of(doc, g.get("evidence") or "")
            if i is None:
                unplaced += 1
                continue
            placed += 1
            if g.get("optional"):
                optional_at[i].add(g["type"])
                continue
            gold_at[i][g["type"]] += 1
            if required_index[id(g)] not in matched:
                missed_at[i][g["type"]] += 1
        rasd_at: list[set[str]] = [set() for _ in range(n)]
        for ev in kept:
            rasd_at[ev.sentence].add(ev.type)
        rows = sentence_features(doc)
        for ev, p in zip(events, probs, strict=True):
            # The rules' own candidates, kept or dropped by the filter, as features.
            rows[ev.sentence][f"coded={ev.type}"] = 1.0
            if p < FILTER_THRESHOLD:
                rows[ev.sentence][f"dropped={ev.type}"] = 1.0
        table.rows += rows
        table.folds += [fold] * n
        table.gold += gold_at
        table.missed += missed_at
        table.optional += optional_at
        table.rasd += rasd_at
    coded_events = (coded, features, required_in)
    return table, coded_events, (tp, predicted, required), (placed, unplaced)


def fold_matrices(rows: list[dict[str, float]], folds: np.ndarray, min_count: int):
    """Per development fold: the other folds' sentence matrix and its own, over the
    features seen in at least `min_count` training sentences."""
    from sklearn.feature_extraction import DictVectorizer

    out = {}
    for f in np.unique(folds):
        train, test = np.flatnonzero(folds != f), np.flatnonzero(folds == f)
        counts = Counter(k for i in train for k in rows[i])
        keep = {k for k, v in counts.items() if v >= min_count}
        vec = DictVectorizer()
        x = vec.fit_transform([{k: v for k, v in rows[i].items() if k in keep} for i in train])
        out[f] = (train, x, test, vec.transform([rows[i] for i in test]))
    return out


def held_out_probs(mats, y: np.ndarray, c: float, train_on: np.ndarray) -> np.ndarray:
    """Each fold's probabilities from a model fitted on the other folds' sentences
    selected by `train_on`."""
    from sklearn.linear_model import LogisticRegression

    p = np.zeros(len(y))
    for train, x, test, x_test in mats.values():
        use = train_on[train]
        model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        model.fit(x[use], y[train][use])
        p[test] = model.predict_proba(x_test)[:, 1]
    return p


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(labels, scores)) if 0 < labels.sum() < len(labels) else float("nan")


def precision_at(p: np.ndarray, missed: np.ndarray, ks: tuple[int, ...]) -> list[float]:
    """Share of the k best-scored sentences holding a missed gold event."""
    order = np.argsort(-p)
    return [float((missed[order[:k]] > 0).mean()) for k in ks]


def rank(scores: np.ndarray) -> np.ndarray:
    """Ranks from 0 to 1, to average two scores of different scales."""
    return np.argsort(np.argsort(scores)) / max(1, len(scores) - 1)


def recover(p: np.ndarray, hit: np.ndarray, neutral: np.ndarray, target: float):
    """Best (recovered gold events, flagged sentences) over thresholds whose precision
    (flagged sentences holding a missed gold event) is at least `target`."""
    order = np.argsort(-p)
    best = (0, 0, 1.0)
    flagged = right = recovered = 0
    for i in order:
        if neutral[i]:
            continue
        flagged += 1
        right += hit[i] > 0
        recovered += hit[i]
        if right / flagged >= target and recovered > best[0]:
            best = (int(recovered), flagged, float(p[i]))
    return best


def recover_nested(p, missed, neutral, free, folds, target: float) -> tuple[int, int]:
    """Recovered gold events and flagged sentences when each fold's threshold is the
    one reaching `target` on the other folds' held-out scores."""
    rec = flagged = 0
    for f in np.unique(folds):
        other, here = free & (folds != f), free & (folds == f)
        _, count, threshold = recover(p[other], missed[other], neutral[other], target)
        if count == 0:
            continue
        pick = here & ~neutral & (p >= threshold)
        rec += int(missed[pick].sum())
        flagged += int(pick.sum())
    return rec, flagged


def filter_with_detector(coded, features, required_in: Counter, detector) -> None:
    """Held-out event F1 of the confidence filter's recipe (C and threshold chosen by
    leave-one-fold-out, `confidence_train.choose`) without and with the detector's
    sentence probability of the event's type as one more feature. The training folds'
    detector scores are themselves held out, from detectors that saw the scored fold."""
    from rasd.events.confidence_train import choose

    for title, extra in (("shipped features", False), ("+ detector probability", True)):
        folds = {f: Examples([], [], required_in[f]) for f in required_in}
        for (row, etype, fold, right, _), base in zip(coded, features, strict=True):
            added = {"detector": float(detector[etype][row])} if etype in detector else {}
            folds[fold].rows.append(base | added if extra else base)
            folds[fold].labels.append(right)
        c, t, table = choose(folds)
        p, r, f1 = table[(c, t)]
        print(f"filter, {title:24s} C {c:<5} threshold {t:<5} P {p:.3f} R {r:.3f} F1 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold_dirs", type=Path, nargs="+")
    parser.add_argument("--cache", type=Path, help="pickle of the coded dev articles")
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    from sklearn.metrics import average_precision_score

    articles = coded_articles(args.gold_dirs, args.cache)
    filters = cross_fitted_filters(articles)
    table, (coded, features, required_in), (tp, predicted, required), (placed, unplaced) = build(
        articles, filters
    )
    detector: dict[str, np.ndarray] = {}
    folds = np.array(table.folds)
    base_p, base_r = tp / predicted, tp / required
    base_f1 = 2 * base_p * base_r / (base_p + base_r)
    print(
        f"{len(articles)} dev articles, {len(table.rows)} sentences; gold evidence placed "
        f"{placed}, not found {unplaced}"
    )
    print(f"Rasd held out (cross-fitted filter): P {base_p:.3f} R {base_r:.3f} F1 {base_f1:.3f}")
    mats = fold_matrices(table.rows, folds, args.min_count)
    print(
        "variant: all = trained on every sentence, label a required gold event of the type; "
        "residual = trained on sentences without a kept Rasd event of the type, label a "
        "missed one.\nrec/flag = missed gold events recovered / sentences flagged at "
        "held-out precision >= target (threshold swept; in brackets: chosen on the other "
        "folds); F1 = event F1 upper bound"
    )
    print(
        "type        gold missed in-free  variant   C     AP     "
        + "  ".join(f"P>={t}: rec/flag (nested) F1" for t in PRECISIONS)
        + "  filter AUC det / conf / both (n)"
    )
    totals = {(v, t): [0, 0] for v in ("all", "residual") for t in PRECISIONS}
    for etype in TYPES:
        gold = np.array([g[etype] > 0 for g in table.gold])
        missed = np.array([m[etype] for m in table.missed])
        neutral = np.array(
            [etype in o and not g[etype] for o, g in zip(table.optional, table.gold, strict=True)]
        )
        free = np.array([etype not in r for r in table.rasd])
        variants = {
            "all": (gold, np.ones(len(gold), bool)),
            "residual": (missed > 0, free & ~neutral),
        }
        for variant, (y, train_on) in variants.items():
            scored = {}
            for c in C_GRID:
                p = held_out_probs(mats, y, c, train_on)
                scored[c] = (average_precision_score(y[train_on], p[train_on]), p)
            c = max(scored, key=lambda k: scored[k][0])
            p = scored[c][1]
            cells = []
            for target in PRECISIONS:
                rec, flagged, _ = recover(p[free], missed[free], neutral[free], target)
                nested = recover_nested(p, missed, neutral, free, folds, target)
                totals[(variant, target)][0] += rec
                totals[(variant, target)][1] += flagged
                pr, rr = (tp + rec) / (predicted + flagged), (tp + rec) / required
                f1 = 2 * pr * rr / (pr + rr)
                cells.append(f"{rec:3d}/{flagged:<3d} ({nested[0]}/{nested[1]}) {f1:.3f}")
            top = precision_at(p[free & ~neutral], missed[free & ~neutral], (10, 25, 50))
            cells.append("P@10/25/50 " + "/".join(f"{v:.2f}" for v in top))
            filt = ""
            if variant == "all":
                detector[etype] = p
                rows = [(r, ok, q) for r, t, _, ok, q in coded if t == etype]
                right = np.array([ok for _, ok, _ in rows])
                det = np.array([p[r] for r, _, _ in rows])
                conf = np.array([q for _, _, q in rows])
                both = rank(det) + rank(conf)
                filt = (
                    f"{auc(det, right):.3f} / {auc(conf, right):.3f} / {auc(both, right):.3f}"
                    f" ({len(rows)})"
                )
            print(
                f"{etype:11s} {int(gold.sum()):4d} {int(missed.sum()):6d} "
                f"{int(missed[free].sum()):7d}  {variant:9s} {c:<5} {scored[c][0]:.3f}  "
                + "   ".join(cells)
                + "   "
                + filt
            )
    filter_with_detector(coded, features, required_in, detector)
    for (variant, target), (rec, flagged) in totals.items():
        pr, rr = (tp + rec) / (predicted + flagged), (tp + rec) / required
        print(
            f"six types, {variant}, P>={target}: {rec} recovered, {flagged} flagged: "
            f"event P {pr:.3f} R {rr:.3f} F1 {2 * pr * rr / (pr + rr):.3f} (upper bound)"
        )


if __name__ == "__main__":
    main()
