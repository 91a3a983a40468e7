"""What removes the events Rasd's trigger rules find for the required gold events it
misses with nothing coded in their sentence (issue 13), on development folds 0 and 1.

`event_misses.py` sorts each miss by what the stage keeps; a miss it calls "no
trigger" codes nothing in its sentence even with every filter off. This script follows
such a miss's gold type through the stage's silent removers, the first one that loses
it naming the class:

- no lexicon word: no word of the sentence is a trigger form of the gold type;
- trigger rule <name>: a word is, and a gate of `triggers.find_triggers` turns it
  down (a topic or reference preposition, a sense of `senses.py`, a purpose noun …);
- other type first: the word's trigger of another type was taken instead;
- sentence rule <name>: found, then left out by `EventExtractor._sentence` (no side
  and no place, a game, a disaster);
- merged: coded in the sentence, then lost in `merging.merge`.

Development folds 0 and 1 only are read; the check folds never.

`--kinds 'wrong type;wrong type, filtered'` traces those classes instead: where the
sentence codes another type, whether a trigger of the gold type was there and lost.

Usage: python benchmarks/event_drops.py [--list] [--kinds K] [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from annotated_sets import add_sets_option

from rasd.document import Document, Event
from rasd.evaluate.gold import development_articles
from rasd.events import triggers as T
from rasd.events.attributes import accident, disaster, sports
from rasd.events.extract import _GAME_SENSES, EventExtractor
from rasd.events.lexicon import Trigger
from rasd.events.names import Names
from rasd.events.quiet_sections import quiet_background, section
from rasd.events.sentence import Word, definite, windows
from rasd.pipeline import Pipeline

sys.path.insert(0, str(Path(__file__).parent))
from event_misses import FLAGS, flagged_extractor, loose_extractor, misses
from event_misses import labelled_drops as filter_drops

from rasd.events import attributes as A

READABLE = {0, 1}


def _gate(words: list[Word], i: int, trigger: Trigger, lexicon: Any) -> str | None:
    """The first gate of `find_triggers` that turns a word's trigger down (None: it
    passes). Mirrors its order; kept apart so the stage pays nothing for tracing."""
    w = words[i]
    prev = set(words[i - 1].keys) if i else set()
    light = any(
        k.startswith(T.LIGHT_VERBS) for x in words[max(0, i - 7) : i] for k in x.keys[-1:]
    ) or bool(prev & T.FACING)
    ordered = any(set(x.keys) & T._ORDERING for x in words[max(0, i - T._ORDER_REACH) : i])
    if trigger.objects and T._objects_after(words, i, trigger.objects) < 0:
        return "no required object"
    if prev & T._TOPIC_PREPS:
        return "topic preposition"
    if (
        trigger.kind == "noun"
        and prev & T._REFERENCE_PREPS
        and (T._named_before(w) or trigger.type == "ASSAULT")
    ):
        return "reference preposition"
    if trigger.type == "CONSULT" and T._recounted(words, i):
        return "recounted meeting"
    if (
        trigger.kind == "noun"
        and prev & T._DEMONSTRATIVES
        and definite(w)
        and not w.conj
        and trigger.type not in T.ONE_INCIDENT
    ):
        return "demonstrative"
    if trigger.kind != "noun" and T.has_prep_clitic(w):
        return "prep clitic verb"
    if trigger.kind == "verb" and i > 0 and T.is_count(words, i - 1):
        return "counted noun"
    if T._counted_participle(words, i, trigger):
        return "counted participle"
    went_out = trigger.type == "PROTEST" and T.follows_going_out(words, i)
    if (
        trigger.kind in ("noun", "counted", "agent")
        and T.attached_preposition(w, lexicon)
        and not (light or went_out or ordered)
    ):
        return "purpose preposition"
    if trigger.kind == "agent" and not (T.protesting(words, i) or w.keys[-1].endswith("ون")):
        return "agent"
    if trigger.kind == "counted" and not (
        prev & T.QUANTITIES or T.is_number(words, i - 1) or went_out
    ):
        return "counted"
    if prev & T._COUNTERING:
        return "countering"
    if trigger.type == "PROTEST" and T.cultural(words, i):
        return "cultural"
    if T.other_sense(words, i, trigger):
        return "other sense"
    if T.time_of_day(words, i):
        return "time of day"
    if trigger.type in ("ASSAULT", "PROTEST", "MOBILIZE") and prev & T._STOPPING:
        return "stopping"
    return "called off / other"


def _trigger_stage(
    ex: EventExtractor, doc: Document, words: list[Word], gold_type: str
) -> str | None:
    """Why the trigger rules find no trigger of the gold type in a window (None: they
    find one)."""
    in_name = Names.of(doc).in_name
    found = T.find_triggers(words, ex.triggers, in_name)
    if any(t.type == gold_type for _, t, _ in found):
        return None
    reasons = []
    taken = {p for p, _, _ in found}
    for i, w in enumerate(words):
        if w.token.kind != "word":
            continue
        cands = ex.triggers.lookup(w.keys)
        if not any(t.type == gold_type for t in cands):
            continue
        if in_name(w.token.start):
            reasons.append("in a name")
        elif w.keys[0] in T._OWN_WAW:
            reasons.append("own waw")
        elif i in taken:
            reasons.append("other type first")
        else:
            for t in cands:
                why = _gate(words, i, t, ex.triggers)
                if t.type == gold_type:
                    reasons.append(f"trigger rule: {why} ({t.kind})")
                    break
                if why is None or why == "called off / other":
                    reasons.append("other type first")
                    break
    return reasons[0] if reasons else "no lexicon word"


def _sentence_rule(words: list[Word], gold_type: str, ex: EventExtractor) -> str:
    if gold_type in _GAME_SENSES and sports(words):
        return "sentence rule: game"
    if gold_type == "ASSAULT" and (disaster(words) or accident(words, ex.triggers)):
        return "sentence rule: disaster/accident"
    return "sentence rule: no side"


def remover(ex: EventExtractor, doc: Document, sentence: int, gold_type: str) -> str:
    """The first silent remover that loses the gold type in a sentence."""
    span = doc.sentences[sentence]
    if not ex._reader.has_trigger_form(doc, span):
        return "no lexicon word"
    ex._names = Names.of(doc)
    ex._vocabulary = Counter()
    ex._quoted, ex._direct = [], []
    reasons = []
    for words in windows(ex._reader.words(doc, span)):
        why = _trigger_stage(ex, doc, words, gold_type)
        if why is not None:
            reasons.append(why)
            continue
        found, _ = ex._sentence(doc, sentence, words, cache(lambda: None))
        if any(c.event.type == gold_type for c in found):
            return "merged"
        reasons.append(_sentence_rule(words, gold_type, ex))
    return min(reasons, key=lambda r: r == "no lexicon word")


def background_rule(doc: Document, ev: Event) -> str:
    """Which rule of the article pass (`attributes.flag_background`) flags an event
    background, or "trigger" when a rule of its sentence did (habit, danger …)."""
    if A._designation(doc, ev):
        return "designation"
    if quiet_background(doc, ev):
        return "quiet section"
    if A._festival(doc, ev):
        return "festival"
    if ev.type in A._SPEECH_ACTS and ev.source is None:
        return "speech act, no source"
    counted = any(k in ev.attrs for k in A._COUNTS)
    if not counted and ev.attrs.get("relevance", 1.0) < A._LEAST_RELEVANCE.get(ev.type, 0.0):
        return "low relevance"
    return "trigger"


def remover_name(doc: Document, ev: Event) -> str:
    """The remover of a flagged event, the background flag split by its rule and the
    confidence filter's drops by section."""
    flags = [k for k in FLAGS if ev.attrs.get(k)]
    if flags == ["unlikely"]:
        return f"confidence[{section(doc) or 'none'}]"
    if "background" in flags:
        flags[flags.index("background")] = f"background[{background_rule(doc, ev)}]"
    return "+".join(flags)


def labelled_drops(doc: Document, gold: dict[str, Any], coded: list[Event]) -> list[tuple]:
    """Each event a remover drops, with its remover, type and what the gold says of it
    (`event_misses.labelled_drops`: missed, found, optional or spurious)."""
    return [(remover_name(doc, e), e.type, label, e) for label, e in filter_drops(doc, gold, coded)]


def _print_drops(drops: Counter[tuple[str, str]]) -> None:
    print("remover\tmissed\tfound\toptional\tspurious\tprecision")
    for name in sorted({r for r, _ in drops}):
        n = [drops[(name, x)] for x in ("missed", "found", "optional", "spurious")]
        right = n[1] + n[2] + n[3]
        print(f"{name}\t" + "\t".join(map(str, n)) + f"\t{right / max(1, sum(n)):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each traced miss")
    parser.add_argument(
        "--removers",
        action="store_true",
        help="count each remover's drops by gold label (its precision), by type too",
    )
    add_sets_option(parser)
    parser.add_argument(
        "--kinds",
        default="no trigger",
        help="miss classes of event_misses.py to trace, separated by ';' (e.g. 'wrong type')",
    )
    args = parser.parse_args()
    kinds = {k.strip() for k in args.kinds.split(";")}
    nlp = Pipeline()
    loose = loose_extractor()
    ex = EventExtractor(keep_negated=True, keep_background=True, confidence=False)
    by_remover: Counter[str] = Counter()
    by_type: Counter[tuple[str, str]] = Counter()
    flagged = flagged_extractor() if args.removers else None
    drops: Counter[tuple[str, str]] = Counter()
    typed: Counter[tuple[str, str]] = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READABLE:
                continue
            doc = nlp(doc)
            if flagged is not None:
                coded = flagged(replace(doc, events=None)).events or []
                for name, etype, label, e in labelled_drops(doc, gold, coded):
                    drops[(name, label)] += 1
                    typed[(f"{name} {etype}", label)] += 1
                    if args.list and label == "missed":
                        text = doc.slice(doc.sentences[e.sentence]).replace("\n", " ")[:160]
                        print(f"drop\t{name}\t{etype}\t{gold['id']}\t{text}")
            for kind, _, g, sentence in misses(doc, gold, loose):
                if kind not in kinds or sentence is None:
                    continue
                why = remover(ex, doc, sentence, g["type"])
                by_remover[why] += 1
                by_type[(why, g["type"])] += 1
                if args.list:
                    text = doc.slice(doc.sentences[sentence]).replace("\n", " ")[:160]
                    print(f"{why}\t{g['type']}\t{gold['id']}\t{text}")
    print(f"{', '.join(sorted(kinds))} misses of dev folds 0-1: {sum(by_remover.values())}")
    for why, n in by_remover.most_common():
        types = ", ".join(f"{t} {m}" for (r, t), m in by_type.most_common() if r == why)
        print(f"{why:45} {n:4}   {types}")
    if args.removers:
        _print_drops(drops)
        print("by remover and type:")
        _print_drops(typed)


if __name__ == "__main__":
    main()
