"""One incident told twice and kept as two events, on development folds 0 and 1: a kept
event the scorer leaves unpaired (spurious) while another kept event of its article, of
the same type and with sides that overlap (or one has none), is paired. Each such
duplicate costs precision. They are counted by path, the first that fits:

  headline/body   one of the two is in the title
  same-sentence   both in one sentence
  anaphoric-noun  the duplicate's trigger is a definite or possessed noun ("الاجتماع")
  adjacent        the next or previous sentence
  other-triggers  two different trigger words, farther apart
  same-trigger    one trigger word, farther apart

Development folds 0 and 1 only are read; the check folds never.

Usage: python benchmarks/event_twice.py [--list] [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
from collections import Counter

from annotated_sets import add_sets_option

from rasd.document import Document, Event, Mention
from rasd.evaluate.gold import development_articles, event_labels
from rasd.events.keys import light_key, strip_proclitics
from rasd.events.merging import _name_tokens, _other_verbs
from rasd.pipeline import Pipeline

READABLE = {0, 1}
_POSSESSIVE = ("ه", "ها", "هم", "هما", "هن")


def _side_fits(x: Mention | None, y: Mention | None) -> bool:
    a, b = _name_tokens(x), _name_tokens(y)
    return not a or not b or bool(a & b)


def _twins(a: Event, b: Event) -> bool:
    return a.type == b.type and _side_fits(a.source, b.source) and _side_fits(a.target, b.target)


def _named_again(ev: Event) -> bool:
    """Whether the trigger is a definite or possessed noun (a rough reading of the word)."""
    word = ev.attrs.get("trigger")
    if not word or ev.attrs.get("speech"):
        return False
    stem = light_key(strip_proclitics(word)[-1])
    return stem.startswith("ال") or (len(stem) > 4 and stem.endswith(_POSSESSIVE))


def path(doc: Document, dup: Event, kept: Event) -> str:
    title_end = doc.paragraphs[0].end if doc.title and doc.paragraphs else 0
    if dup.start < title_end or kept.start < title_end:
        return "headline/body"
    if dup.sentence == kept.sentence:
        return "same-sentence"
    if _named_again(dup):
        return "anaphoric-noun"
    if abs(dup.sentence - kept.sentence) == 1:
        return "adjacent"
    return "other-triggers" if _other_verbs(dup, kept) else "same-trigger"


def duplicates(doc: Document, gold: dict) -> list[tuple[Event, Event]]:
    """Each spurious event with the nearest paired event it repeats."""
    events = doc.events or []
    labels, _ = event_labels(doc, gold)
    paired = [e for e, label in zip(events, labels, strict=True) if label]
    out = []
    for ev, label in zip(events, labels, strict=True):
        if label is not False:
            continue
        twins = [p for p in paired if _twins(ev, p)]
        if twins:
            out.append((ev, min(twins, key=lambda p: abs(p.start - ev.start))))
    return out


def _text(doc: Document, sentence: int) -> str:
    s = doc.sentences[sentence]
    return doc.text[s.start : s.end][:110].replace("\n", " ")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    nlp = Pipeline()
    counts: Counter = Counter()
    by_type: Counter = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READABLE:
                continue
            out = nlp(doc)
            for dup, kept in duplicates(out, gold):
                p = path(out, dup, kept)
                counts[p] += 1
                by_type[dup.type] += 1
                if args.list:
                    fields = [p, dup.type, gold["id"], dup.attrs.get("trigger", "-")]
                    fields += [_text(out, dup.sentence), _text(out, kept.sentence)]
                    print("\t".join(str(f) for f in fields))
    print("path", dict(counts.most_common()), "total", sum(counts.values()))
    print("type", dict(by_type.most_common()))


if __name__ == "__main__":
    main()
