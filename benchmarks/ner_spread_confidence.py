"""How sure the tagger was of the labels the document spread gives (issue 14).

For held-out development folds 0 and 1 (the models of `ner_gold_cv.py --model DIR`,
each trained without its fold), each article's first-pass tags are read with the
CRF's marginals (python-crfsuite `Tagger.marginal`): for every name the 75% majority
of `rasd.ner.consistency.propagate` would spread, the best marginal of its leading
label, whether the first pass gave the name two labels, and how many of its untagged
occurrences the spread would give a label the gold has for the name (right), another
(wrong) or one the gold does not list (absent). Counts are of candidate occurrences,
before the relabelling's own conditions; `ner_spread_diff.py` measures the effect.
They are also counted by what the words before the name's mentions say of its label
(`rasd.ner.name_context`): for it, against it, both, or nothing.

    nice python benchmarks/ner_spread_confidence.py --model /tmp/cvm21 [--list]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from ner_spread_diff import LISTED_FOLDS, ROOT, SHARED, _by_name, _expected

from rasd.evaluate.gold import development_articles, name_key
from rasd.ner.consistency import _MAJORITY, _MIN_LETTERS
from rasd.ner.features import Form
from rasd.ner.gazetteer import first_words
from rasd.ner.model import MAX_SEQUENCE, MODEL_RESOURCE, Tagger
from rasd.ner.name_context import cue_counts, votes
from rasd.ner.scoring import chunks
from rasd.text.pipe import TextAnalyzer

_BUCKETS = (0.5, 0.7, 0.9)


def _marginal(tagger: Tagger, forms: Sequence[Form], label: str, i: int, j: int) -> float:
    """The lowest marginal of the label's BIO tags over words i..j of a sentence."""
    piece = i - i % MAX_SEQUENCE
    items = tagger.featurizer.items(
        forms[piece : piece + MAX_SEQUENCE], tagger.domain, tagger.mark, tagger.copy
    )
    crf = tagger._tagger
    crf.set(items)
    tags = [f"B-{label}"] + [f"I-{label}"] * (j - i - 1)
    return min(crf.marginal(t, k - piece) for k, t in zip(range(i, j), tags, strict=False))


def _bucket(p: float) -> str:
    low = max([b for b in _BUCKETS if b <= p], default=0.0)
    return f">={low}"


def spread_rows(tagger: Tagger, sentences: list[list[Form]], gold: dict) -> list[dict]:
    """One row per name the majority would spread over untagged occurrences."""
    tags = [tagger._tag(forms) for forms in sentences]
    keys = [[f.key for f in forms] for forms in sentences]
    mentions: dict[tuple[str, ...], list[tuple[str, int, int, int]]] = defaultdict(list)
    for s, sentence_tags in enumerate(tags):
        for label, i, j in chunks(sentence_tags):
            mentions[tuple(keys[s][i:j])].append((label, s, i, j))
            if label == "PER" and j - i >= 2:
                # a surname counts with its whole name's confidence
                mentions[(keys[s][j - 1],)].append((label, s, i, j))
    expected = _by_name(_expected(gold))
    rows = []
    for name, found in mentions.items():
        counts = Counter(m[0] for m in found)
        label, n = counts.most_common(1)[0]
        if sum(len(k) for k in name) < _MIN_LETTERS or n < _MAJORITY * sum(counts.values()):
            continue
        untagged = sum(
            1
            for s in range(len(keys))
            for i in range(len(keys[s]) - len(name) + 1)
            if tuple(keys[s][i : i + len(name)]) == name
            and all(t == "O" for t in tags[s][i : i + len(name)])
        )
        if not untagged:
            continue
        best = max(
            _marginal(tagger, sentences[s], label, i, j) for m, s, i, j in found if m == label
        )
        _, s, i, j = found[0]
        text = name_key(" ".join(f.word for f in sentences[s][j - len(name) : j]))
        in_gold = expected.get(text, Counter())
        verdict = (
            "absent"
            if not in_gold
            else "right"
            if in_gold.most_common(1)[0][0] == label
            else "wrong"
        )
        cues = cue_counts(
            keys,
            {name: label},
            first_words({name: label}),
            [[f.word for f in fs] for fs in sentences],
        )[name]
        rows.append(
            {
                "name": text,
                "context": votes(label, cues),
                "cues": dict(cues),
                "label": label,
                "labels": dict(counts),
                "best": round(best, 2),
                "untagged": untagged,
                "gold": dict(in_gold),
                "verdict": verdict,
            }
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="DIR/fold{k} models")
    parser.add_argument("--list", action="store_true", help="each name (folds 0-1)")
    args = parser.parse_args()
    text = TextAnalyzer()
    table: Counter[tuple[str, str, str]] = Counter()
    by_context: Counter[tuple[str, str]] = Counter()
    for k in LISTED_FOLDS:
        tagger = Tagger(args.model / f"fold{k}" / MODEL_RESOURCE)
        for gold_dir in (SHARED / "gold", ROOT / "benchmarks" / "news-gold"):
            for gold, doc, fold in development_articles(gold_dir):
                if fold != k:
                    continue
                doc = text(doc) if not doc.tokens else doc
                sentences = [
                    [
                        tagger.featurizer.form(doc.text[t.start : t.end], t)
                        for t in doc.tokens[s.token_start : s.token_end]
                    ]
                    for s in doc.sentences
                ]
                for row in spread_rows(tagger, sentences, gold):
                    mixed = "two labels" if len(row["labels"]) > 1 else "one label"
                    table[(_bucket(row["best"]), mixed, row["verdict"])] += row["untagged"]
                    by_context[(row["context"], row["verdict"])] += row["untagged"]
                    if args.list:
                        print(gold["id"], k, json.dumps(row, ensure_ascii=False))
    for (bucket, mixed, verdict), n in sorted(table.items()):
        print(json.dumps({"best": bucket, "first_pass": mixed, "verdict": verdict, "untagged": n}))
    for (context, verdict), n in sorted(by_context.items()):
        print(json.dumps({"context": context, "verdict": verdict, "untagged": n}))


if __name__ == "__main__":
    main()
