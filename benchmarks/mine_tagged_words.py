"""Words the `ner` stage tags alone, with one label, wherever the news writes them
(issue 14): the stage is run over a slice of the news corpus (every STRIDE-th article
of each file, the annotated articles left out), and each bare word (no article, final
ة or enclitic; `bare`) is counted by its stem: its occurrences and articles, and how
often and in how many articles it is tagged as a name of one word, by label. `count`
writes those raw counts (one file per model, each article segmented once); `select`
keeps the words tagged consistently: the word list of a rule that tags such a word
where its article tags it nowhere (tried in the twenty-sixth session, entheld4, and not
shipped). The tagger sees one sentence; the counts see the word's usual reading over
many articles. To score such a rule held out, mine with each fold's model
(`ner_gold_cv.py --model DIR`): the shipped model has learnt the gold articles' names
("واتساب" ORG in 115 of 116 bare occurrences, by fold 1's model in 2).

    nice python benchmarks/mine_tagged_words.py count --stride 6 --out /tmp/counts.tsv
    nice python benchmarks/mine_tagged_words.py count --stride 6 \\
        --model src/rasd/ner/data/ner.crfsuite --out /tmp/counts.tsv \\
        --model /tmp/cvm/fold0/ner.crfsuite --out /tmp/counts0.tsv   # + fold models
    python benchmarks/mine_tagged_words.py select /tmp/counts.tsv --out /tmp/words.tsv
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from news_sample import annotated, record_text, unannotated_records

from rasd.document import Document
from rasd.ner.corpora import LABELS
from rasd.ner.model import Tagger
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key
from rasd.text.tokens import load_lexicon

# The defaults of `select`, chosen on held-out dev folds 0-1 (docs/accuracy.md).
MIN_ARTICLES = 3  # tagged alone in this many articles: one article may be a misreading
MIN_SHARE = 0.5  # of all its occurrences, tagged alone with its label
MIN_LABEL_SHARE = 0.9  # of its tags alone, the one label
_CHARS = 6000  # an article's opening: long texts cost time and add little


def bare(word: str, stem: str) -> bool:
    """Whether a word is its stem with at most proclitics before it: no article, no
    final ة and no enclitic. The corpus writes its own towns and bodies with the
    article or ة ("صعدة", "الحديدة", "الأهلي"), and the bare word is another word
    ("صعد" climbed, "حديد" iron): counted by loose keys, they merge."""
    return not stem.startswith("ال") and not stem.endswith("ة") and match_key(word).endswith(stem)


def _token_labels(doc: Document) -> dict[int, str]:
    """Token index -> the label of the one-word entity on it; "+" for a token inside
    an entity of several words."""
    out: dict[int, str] = {}
    starts = {t.start: i for i, t in enumerate(doc.tokens)}
    ends = {t.end: i for i, t in enumerate(doc.tokens)}
    for e in doc.entities:
        first = next((i for s, i in starts.items() if s <= e.start < doc.tokens[i].end), None)
        last = ends.get(e.end)
        if first is None or last is None or e.label not in LABELS:
            continue
        for i in range(first, last + 1):
            out[i] = e.label if first == last else "+"
    return out


def count(
    news: Path, stride: int, recognizers: list[EntityRecognizer]
) -> list[dict[str, Counter[str]]]:
    """Per recognizer, per bare stem (`bare`): "occ" bare occurrences,
    "docs" articles, "<LABEL>" tagged alone, "docs <LABEL>" articles tagged alone, "+"
    occurrences inside a longer name. Each article is read and segmented once."""
    known = annotated()
    text_stage = Pipeline(["text"])
    counts: list[dict[str, Counter[str]]] = [defaultdict(Counter) for _ in recognizers]
    seen = 0
    for path in sorted(news.glob("*.jsonl.gz")):
        for record in unannotated_records(path, known, stride):
            if not record_text(record):
                continue
            doc = text_stage.analyze(record_text(record)[:_CHARS], title=record.get("title") or "")
            for recognizer, into in zip(recognizers, counts, strict=True):
                doc.entities = []
                _add(recognizer(doc), recognizer, into)
            seen += 1
            if seen % 500 == 0:
                print(seen, "articles", file=sys.stderr, flush=True)
    return counts


def _add(doc: Document, recognizer: EntityRecognizer, counts: dict[str, Counter[str]]) -> None:
    labels = _token_labels(doc)
    featurizer = recognizer.tagger.featurizer
    in_doc: set[tuple[str, str]] = set()
    for i, token in enumerate(doc.tokens):
        form = featurizer.form(doc.text[token.start : token.end], token)
        if not bare(form.word, form.stem):
            continue
        key = form.stem
        counts[key]["occ"] += 1
        label = labels.get(i)
        if label:
            counts[key][label] += 1
            if label != "+" and (key, label) not in in_doc:
                counts[key]["docs " + label] += 1
                in_doc.add((key, label))
        if (key, "") not in in_doc:
            counts[key]["docs"] += 1
            in_doc.add((key, ""))


def _write_counts(counts: dict[str, Counter[str]], out: Path) -> None:
    """Only the words tagged alone somewhere: the others cannot be selected."""
    fields = ["occ", "docs", "+", *LABELS, *(f"docs {label}" for label in LABELS)]
    rows = ["\t".join(["key", *fields])]
    for key, c in sorted(counts.items(), key=lambda kv: -kv[1]["occ"]):
        if any(c[label] for label in LABELS):
            rows.append("\t".join([key, *(str(c[f]) for f in fields)]))
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")


def _read_counts(path: Path) -> dict[str, dict[str, int]]:
    lines = path.read_text("utf-8").splitlines()
    fields = lines[0].split("\t")[1:]
    return {
        parts[0]: dict(zip(fields, map(int, parts[1:]), strict=True))
        for parts in (line.split("\t") for line in lines[1:])
    }


def _plural_construct(key: str, lexicon: dict[str, int]) -> bool:
    """A sound plural before its genitive ("معارضو النظام"): the news writes its
    plural in ون/ين more often than the form in و, which no name shares ("بومبيو")."""
    if not key.endswith("و"):
        return False
    plural = lexicon.get(key + "ن", 0) + lexicon.get(key[:-1] + "ين", 0)
    return plural >= lexicon.get(key, 0)


def selected(
    counts: dict[str, dict[str, int]],
    lexicon: dict[str, int],
    min_articles: int = MIN_ARTICLES,
    min_share: float = MIN_SHARE,
    min_label_share: float = MIN_LABEL_SHARE,
) -> list[tuple[str, str, int, float]]:
    """(key, label, articles tagged, share of occurrences) of the words tagged alone
    with one label in several articles and in a good share of their occurrences; not
    the plural nouns the tagger reads as names (`lexicon`: news word counts)."""
    rows = []
    for key, c in counts.items():
        label = max(LABELS, key=lambda lab: c.get(lab, 0))
        alone = sum(c.get(lab, 0) for lab in LABELS)
        share = c[label] / max(c["occ"], 1)
        if (
            c.get(f"docs {label}", 0) >= min_articles
            and share >= min_share
            and c[label] >= min_label_share * alone
            and not _plural_construct(key, lexicon)
        ):
            rows.append((key, label, c[f"docs {label}"], round(share, 3)))
    return sorted(rows, key=lambda r: (-r[2], r[0]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("count", help="tag a slice of the news and count")
    c.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    c.add_argument("--stride", type=int, default=12, help="every STRIDE-th article")
    c.add_argument(
        "--model",
        type=Path,
        action="append",
        help="a crfsuite model, repeatable (default: the shipped one)",
    )
    c.add_argument("--out", type=Path, action="append", required=True, help="one per model")
    s = sub.add_parser("select", help="keep the consistent words")
    s.add_argument("counts", type=Path)
    s.add_argument("--min-articles", type=int, default=MIN_ARTICLES)
    s.add_argument("--min-share", type=float, default=MIN_SHARE)
    s.add_argument("--min-label-share", type=float, default=MIN_LABEL_SHARE)
    s.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "count":
        taggers = [Tagger(m) for m in args.model] if args.model else [Tagger()]
        recognizers = [EntityRecognizer(t) for t in taggers]
        for counts, out in zip(count(args.news, args.stride, recognizers), args.out, strict=True):
            _write_counts(counts, out)
        return
    rows = selected(
        _read_counts(args.counts),
        load_lexicon(),
        args.min_articles,
        args.min_share,
        args.min_label_share,
    )
    header = "# stem key\tlabel\tarticles tagged alone\tshare of occurrences (mine_tagged_words.py)"
    body = [f"{k}\t{label}\t{n}\t{share}" for k, label, n, share in rows]
    args.out.write_text("\n".join([header, *body]) + "\n", encoding="utf-8")
    print(f"{len(rows)} words written to {args.out}")


if __name__ == "__main__":
    main()
