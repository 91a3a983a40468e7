"""Classes of the quotations Rasd misses on development folds 0 and 1.

Runs the text, ner and quotes stages on the development articles of folds 0 and 1 of
../shared/gold and benchmarks/news-gold (fold 2 is kept to confirm rules and is not
read; the check folds never are) and sorts each gold quotation left unmatched by the
scorer (token F1 under 0.5 with every prediction it could pair with):

- boundary, longer: a prediction holds most of its words but runs on past them
  (another clause, a second act of speech, or the outer quotation of a nested one);
- boundary, shorter: a prediction lies mostly inside it;
- boundary, shifted: a prediction overlaps it partly;
- never found: no prediction shares enough of its words.

"nested" marks a missed quotation that lies inside another gold quotation of the same
article (a quotation reported within one, or quoted words of the reported clause);
"taken" a boundary miss whose prediction the scorer paired with another gold quotation.
Nested misses are also counted by their construction (kind, and whether the outer
quotation has the same speaker), and the quoted phrases inside indirect gold quotations
by whether the annotators listed them as quotations of their own: the precision side of
a rule that would produce them.
Usage:

    python benchmarks/quote_misses.py            # counts
    python benchmarks/quote_misses.py --list     # and every miss, with its prediction
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rasd.document import Document, Quote
from rasd.evaluate.gold import QUOTE_MATCH_F1, development_articles, token_f1
from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIRS = (ROOT.parent / "shared" / "gold", ROOT / "benchmarks" / "news-gold")
READ_FOLDS = frozenset({0, 1})  # fold 2 confirms rules chosen on these; never list it
HOLDS = 0.8  # share of the gold words a longer prediction holds
INSIDE = 0.8  # share of a shorter prediction's words inside the gold quotation
_WORD = re.compile(r"\w+")
_MARKED = re.compile(r'"([^"]+)"|«([^»]+)»|“([^”]+)”')
OPENING_CHARS = 6  # a quoted phrase that starts this close to its quotation opens it
LOOSE_HOLDS, LOOSE_INSIDE = 0.3, 0.5  # below both: the prediction is another quotation


@dataclass(frozen=True, slots=True)
class Miss:
    kind: str  # the gold quotation's kind: direct / indirect
    cue: str
    klass: str  # longer / shorter / shifted / never
    nested: bool
    taken: bool
    gold: str
    predicted: str
    nested_as: str = ""  # a nested miss: its kind, and same / other speaker than the outer


def _words(text: str) -> set[str]:
    """The words the scorer compares (rasd.evaluate.gold.token_f1), as a set."""
    return set(_WORD.findall(match_key(text)))


def _pairs(predicted: list[str], gold: list[str]) -> dict[int, int]:
    """The scorer's greedy pairing (rasd.evaluate.gold): gold index → prediction."""
    scored = sorted(
        (-token_f1(p, g), i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)
    )
    used_p: set[int] = set()
    pairs: dict[int, int] = {}
    for negative, i, j in scored:
        if -negative < QUOTE_MATCH_F1 or i in used_p or j in pairs:
            continue
        used_p.add(i)
        pairs[j] = i
    return pairs


def read_articles(nlp: Pipeline) -> Iterator[tuple[dict[str, Any], Document]]:
    """Each development article of the read folds with its gold, analysed by `nlp`."""
    for gold_dir in GOLD_DIRS:
        for gold, doc, fold in development_articles(gold_dir):
            if fold in READ_FOLDS:
                yield gold, nlp(doc)


def judged_quotes(
    nlp: Pipeline,
) -> Iterator[tuple[dict[str, Any], Document, list[Quote], set[int]]]:
    """Each read development article with its predicted quotations and the indexes of
    those that pair with a gold quotation."""
    for gold, doc in read_articles(nlp):
        quotes = doc.quotes or []
        texts = [g["text"] for g in gold.get("quotes", [])]
        yield gold, doc, quotes, set(_pairs([doc.slice(q) for q in quotes], texts).values())


def classify(predicted: list[str], gold: list[dict[str, Any]]) -> list[Miss]:
    """The gold quotations of one article the predictions miss, each with its class."""
    texts = [g["text"] for g in gold]
    pairs = _pairs(predicted, texts)
    taken = set(pairs.values())
    misses = []
    for j, g in enumerate(gold):
        if j in pairs:
            continue
        words = _words(g["text"])
        best: tuple[float, float, float, int] | None = None
        for i, p in enumerate(predicted):
            shared = len(words & _words(p))
            if not shared or not words:
                continue
            holds, inside = shared / len(words), shared / len(_words(p))
            if best is None or holds * inside > best[0]:
                best = (holds * inside, holds, inside, i)
        if best is None or (best[1] < LOOSE_HOLDS and best[2] < LOOSE_INSIDE):
            klass, i = "never", None
        else:
            _, holds, inside, i = best
            klass = "longer" if holds >= HOLDS else "shorter" if inside >= INSIDE else "shifted"
        outer = next((o for o in gold if o["text"] != g["text"] and g["text"] in o["text"]), None)
        nested = outer is not None
        nested_as = ""
        if outer is not None:
            same = outer.get("speaker") == g.get("speaker")
            nested_as = f"{g.get('kind') or '?'}, {'same' if same else 'other'} speaker"
        misses.append(
            Miss(
                kind=g.get("kind") or "?",
                cue=g.get("cue") or "-",
                klass=klass,
                nested=nested,
                taken=i is not None and i in taken,
                gold=g["text"],
                predicted=predicted[i] if i is not None else "",
                nested_as=nested_as,
            )
        )
    return misses


def marked_inside(gold: list[dict[str, Any]]) -> tuple[int, int]:
    """Quoted phrases of two words or more inside an indirect gold quotation (past its
    opening: "قال إن "…"" is the whole clause): how many the annotators listed as a
    quotation of their own, and how many they did not."""
    texts = [g["text"] for g in gold]
    listed = unlisted = 0
    for g in gold:
        if g.get("kind") != "indirect":
            continue
        for m in _MARKED.finditer(g["text"]):
            phrase = next(x for x in m.groups() if x)
            if m.start() < OPENING_CHARS or len(phrase.split()) < 2:
                continue
            own = any(
                t != g["text"] and (t in phrase or phrase in t) and 2 * len(t) > len(phrase)
                for t in texts
            )
            listed, unlisted = listed + own, unlisted + (not own)
    return listed, unlisted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every miss")
    parser.add_argument("--cues", type=int, default=25, help="cues of never-found quotes shown")
    args = parser.parse_args()
    nlp = Pipeline(["text", "ner", "quotes"])
    misses: list[Miss] = []
    gold_count = 0
    marked = [0, 0]
    for gold_dir in GOLD_DIRS:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READ_FOLDS:
                continue
            doc = nlp(doc)
            found = classify([doc.slice(q) for q in doc.quotes or []], gold.get("quotes", []))
            gold_count += len(gold.get("quotes", []))
            listed, unlisted = marked_inside(gold.get("quotes", []))
            marked[0], marked[1] = marked[0] + listed, marked[1] + unlisted
            misses += found
            if args.list:
                for m in found:
                    flags = ",".join(
                        f for f, on in (("nested", m.nested), ("taken", m.taken)) if on
                    )
                    print(f"{gold['id']} | {m.klass} {m.kind} {m.cue} [{flags}] | {m.gold}")
                    print(f"    predicted: {m.predicted[:400]}")
    print(f"{len(misses)} of {gold_count} gold quotations missed (folds {sorted(READ_FOLDS)})")
    classes = Counter((m.klass, m.nested, m.taken, m.kind) for m in misses)
    for (klass, nested, taken, kind), n in sorted(classes.items(), key=lambda x: -x[1]):
        flags = ", ".join(f for f, on in (("nested", nested), ("taken", taken)) if on)
        print(f"{n:5}  {klass:8} {kind:9} {flags}")
    print("nested misses, by construction:")
    for construction, n in Counter(m.nested_as for m in misses if m.nested).most_common():
        print(f"{n:5}  {construction}")
    print(f"quoted phrases inside indirect quotations: {marked[0]} listed, {marked[1]} not")
    print("never found, by cue:")
    cues = Counter((m.kind, m.cue) for m in misses if m.klass == "never")
    for (kind, cue), n in cues.most_common(args.cues):
        print(f"{n:5}  {kind:9} {cue}")


if __name__ == "__main__":
    main()
