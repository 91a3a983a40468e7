"""Scoring against the hand-made gold articles (../shared/gold, rules in its README).

- Entities: micro P/R/F1 over (text, label) pairs with counts, texts compared under
  `match_key` with attached proclitics removed; optional entities ignored.
- Quotes: a prediction matches a gold quote when their token-overlap F1 >= 0.5; it is
  attributed when its speaker (text or canonical) equals the gold speaker or an alias.
- Events: a prediction matches when the types are equal and a source or target name
  overlaps a gold one; optional gold events are ignored.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasd.document import Document, Entity, Mention
from rasd.evaluate.folds import DEV_FOLDS, folds_of, part_of
from rasd.text.normalize import match_key
from rasd.text.readers import Failure, read_path

GOLD_LABELS = ("PER", "ORG", "LOC")
QUOTE_MATCH_F1 = 0.5
_WORD = re.compile(r"\w+")
_CLITICS_BEFORE_ARTICLE = re.compile(r"^[وف]?[بك]?(?=ال\w{2})|^[وف](?=لل)")


@dataclass(slots=True)
class Score:
    tp: float = 0
    predicted: float = 0
    gold: float = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass(slots=True)
class ArticleResult:
    id: str
    scores: dict[str, Score]
    errors: list[str] = field(default_factory=list)


# --- normalisation -------------------------------------------------------------------


def name_key(text: str) -> str:
    """A name as the gold rules compare it: `match_key`, single spaces, and clitics
    before the article removed ("للأمم المتحدة" → "الأمم المتحدة", "والولايات" →
    "الولايات"). Other proclitics are already outside Rasd's entity spans, and
    stripping them from strings alone would break names such as "وليد"."""
    key = _CLITICS_BEFORE_ARTICLE.sub("", " ".join(match_key(text).split()))
    if key.startswith("لل") and len(key) > 3:
        key = "ا" + key[1:]
    return key


def entity_text(doc: Document, entity: Entity) -> str:
    """The entity's text with a restored stem form where the surface hides it
    ("لأمم المتحدة" → "الأمم المتحدة")."""
    text = doc.slice(entity)
    for token in doc.tokens:
        if token.start <= entity.start < token.end:
            for seg in token.segments:
                if seg.start == entity.start and seg.form:
                    return seg.form + doc.text[seg.end : entity.end]
            break
    return text


def _tokens(text: str) -> list[str]:
    return _WORD.findall(match_key(text))


def token_f1(a: str, b: str) -> float:
    ta, tb = Counter(_tokens(a)), Counter(_tokens(b))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(ta.values()), common / sum(tb.values())
    return 2 * p * r / (p + r)


# --- per layer -------------------------------------------------------------------------


def score_entities(doc: Document, gold: dict[str, Any], errors: list[str]) -> Score:
    optional = {name_key(e["text"]) for e in gold.get("entities", []) if e.get("optional")}
    expected: Counter[tuple[str, str]] = Counter()
    for e in gold.get("entities", []):
        if not e.get("optional"):
            expected[(name_key(e["text"]), e["label"])] += int(e.get("count", 1))
    found: Counter[tuple[str, str]] = Counter()
    for e in doc.entities or []:
        key = name_key(entity_text(doc, e))
        if e.label in GOLD_LABELS and key not in optional:
            found[(key, e.label)] += 1
    tp = sum((found & expected).values())
    errors += [f"entity missed: {k[0]} {k[1]} x{n}" for k, n in (expected - found).items()]
    errors += [f"entity spurious: {k[0]} {k[1]} x{n}" for k, n in (found - expected).items()]
    return Score(tp, sum(found.values()), sum(expected.values()))


def _speaker_names(m: Mention | None, doc: Document) -> set[str]:
    if m is None:
        return set()
    names = {name_key(doc.slice(m))}
    if m.canonical:
        names.add(name_key(m.canonical))
    return names


def _pairs(
    predicted: list[Any],
    gold: list[dict[str, Any]],
    similarity: Callable[[Any, dict[str, Any]], float],
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best similarity first."""
    # Best similarity first; among equals the earlier prediction and gold item, so a
    # headline or first mention pairs before its repetitions.
    candidates = sorted(
        ((-similarity(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold))
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for negative_sim, i, j in candidates:
        if negative_sim >= 0 or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def score_quotes(doc: Document, gold: dict[str, Any], errors: list[str]) -> tuple[Score, Score]:
    quotes = doc.quotes or []
    expected = gold.get("quotes", [])

    def similarity(q: Any, g: dict[str, Any]) -> float:
        f1 = token_f1(doc.slice(q), g["text"])
        return f1 if f1 >= QUOTE_MATCH_F1 else 0.0

    pairs = _pairs(quotes, expected, similarity)
    attributed = 0
    for i, j in pairs:
        g = expected[j]
        gold_names = {name_key(n) for n in [g["speaker"], *g.get("speaker_aliases", [])]}
        said_by = _speaker_names(quotes[i].speaker, doc)
        if said_by & gold_names:
            attributed += 1
        else:
            errors.append(
                f"quote misattributed: {sorted(said_by)} for {g['speaker']}: {g['text'][:60]}"
            )
    matched_g = {j for _, j in pairs}
    matched_p = {i for i, _ in pairs}
    errors += [
        f"quote missed ({g['speaker']}): {g['text'][:70]}"
        for j, g in enumerate(expected)
        if j not in matched_g
    ]
    errors += [
        f"quote spurious: {doc.slice(q)[:70]}" for i, q in enumerate(quotes) if i not in matched_p
    ]
    spans = Score(len(pairs), len(quotes), len(expected))
    return spans, Score(attributed, len(quotes), len(expected))


def _names_overlap(predicted: set[str], gold: Iterable[str]) -> bool:
    gold_keys = {name_key(n) for n in gold}
    return any(p and g and (p in g or g in p) for p in predicted for g in gold_keys)


def event_labels(doc: Document, gold: dict[str, Any]) -> tuple[list[bool | None], int]:
    """For each predicted event: True when the scorer pairs it with a required gold
    event, None when it only matches an optional one (neither rewarded nor punished),
    False otherwise; and the number of required gold events."""
    events = doc.events or []
    required = [g for g in gold.get("events", []) if not g.get("optional")]
    optional = [g for g in gold.get("events", []) if g.get("optional")]
    pairs = _pairs(events, required, lambda ev, g: _event_similarity(doc, ev, g))
    matched = {i for i, _ in pairs}
    labels: list[bool | None] = []
    for i, ev in enumerate(events):
        if i in matched:
            labels.append(True)
        elif any(_event_similarity(doc, ev, g) for g in optional):
            labels.append(None)
        else:
            labels.append(False)
    return labels, len(required)


def _event_similarity(doc: Document, ev: Any, g: dict[str, Any]) -> float:
    if ev.type != g["type"]:
        return 0.0
    names = _speaker_names(ev.source, doc) | _speaker_names(ev.target, doc)
    return 1.0 if _names_overlap(names, [*g["source"], *g["target"]]) else 0.0


def score_events(doc: Document, gold: dict[str, Any], errors: list[str]) -> Score:
    events = doc.events or []
    required = [g for g in gold.get("events", []) if not g.get("optional")]
    labels, _ = event_labels(doc, gold)
    pairs = _pairs(events, required, lambda ev, g: _event_similarity(doc, ev, g))
    matched_g = {j for _, j in pairs}
    spurious = [ev for ev, label in zip(events, labels, strict=True) if label is False]
    errors += [
        f"event missed: {g['type']} {g['source']}→{g['target']}: {g['evidence'][:60]}"
        for j, g in enumerate(required)
        if j not in matched_g
    ]
    errors += [
        f"event spurious: {ev.type} {sorted(_speaker_names(ev.source, doc))}→"
        f"{sorted(_speaker_names(ev.target, doc))}: {doc.slice(ev)[:60]}"
        for ev in spurious
    ]
    return Score(len(pairs), len(pairs) + len(spurious), len(required))


# --- whole set --------------------------------------------------------------------------


def load_gold(gold_dir: Path) -> list[tuple[dict[str, Any], Document]]:
    """Each gold annotation with its article read and cleaned (not yet analysed)."""
    index = gold_dir / "index.txt"
    names = (
        index.read_text(encoding="utf-8").split()
        if index.is_file()
        else [p.name for p in sorted(gold_dir.glob("*.json"))]
    )
    items = []
    for name in names:
        gold = json.loads((gold_dir / name).read_text(encoding="utf-8"))
        article = (gold_dir / gold["file"]).resolve()
        first = next(read_path(article), None)
        if first is None or isinstance(first, Failure):
            raise ValueError(f"{name}: cannot read {article}: {first}")
        if gold.get("published") and not first.published:
            first.published = gold["published"]
        items.append((gold, first))
    return items


def development_articles(gold_dir: Path) -> list[tuple[dict[str, Any], Document, int]]:
    """The gold articles of the development folds, with their fold (the check folds
    are never read)."""
    items = load_gold(gold_dir)
    folds = folds_of(gold_dir, (g["id"] for g, _ in items))
    return [(g, d, folds[g["id"]]) for g, d in items if folds[g["id"]] in DEV_FOLDS]


LAYERS = ("entities", "quotes_span", "quotes_attributed", "events")


def evaluate_gold(
    gold_dir: Path,
    pipeline: Callable[[Document], Document],
    part: str = "all",
) -> dict[str, Any]:
    """Scores per article, per fold, per part (dev / check, `rasd.evaluate.folds`) and
    in total (micro over the articles evaluated). `part` limits the articles to the
    development or the check part."""
    items = load_gold(gold_dir)
    folds = folds_of(gold_dir, (gold["id"] for gold, _ in items))
    totals = {layer: Score() for layer in LAYERS}
    by_group: dict[str, dict[str, Score]] = {}
    articles: list[tuple[ArticleResult, int]] = []
    for gold, doc in items:
        fold = folds[gold["id"]]
        if part != "all" and part_of(fold) != part:
            continue
        doc = pipeline(doc)
        errors: list[str] = []
        spans, attributed = score_quotes(doc, gold, errors)
        scores = {
            "entities": score_entities(doc, gold, errors),
            "quotes_span": spans,
            "quotes_attributed": attributed,
            "events": score_events(doc, gold, errors),
        }
        for group in (f"fold {fold}", part_of(fold)):
            group_scores = by_group.setdefault(group, {layer: Score() for layer in LAYERS})
            for layer, score in scores.items():
                group_scores[layer].add(score)
        for layer, score in scores.items():
            totals[layer].add(score)
        articles.append((ArticleResult(gold["id"], scores, errors), fold))
    return {
        "total": {layer: s.as_dict() for layer, s in totals.items()},
        "groups": {
            group: {layer: s.as_dict() for layer, s in by_group[group].items()}
            for group in sorted(by_group)
        },
        "articles": {
            a.id: {
                "fold": fold,
                "part": part_of(fold),
                "scores": {k: s.as_dict() for k, s in a.scores.items()},
                "errors": a.errors,
            }
            for a, fold in articles
        },
    }
