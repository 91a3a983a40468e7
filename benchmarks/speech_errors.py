"""Dump the events of development folds 0 and 1 with what the scorer says of each, for
reading the speech-act events by class (issue 13, evspeech).

Each predicted event is written with its label (True: paired with a required gold
event, None: an optional one only, False: spurious), whether the quotes layer gave it
(`speech`), the model typed it (`learned`), its cue, the type the cue and the quoted
words give, and its sentence; each required gold event with its sentence and whether
it was paired. Development folds 0 and 1 only (fold 2 confirms by its totals, the
check folds are never read).

Usage: python benchmarks/speech_errors.py OUT.jsonl [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
import json
from functools import partial
from pathlib import Path

from annotated_sets import add_sets_option
from event_misses import evidence_sentence

from rasd.evaluate.gold import _event_similarity, _pairs, development_articles, event_labels
from rasd.events import extract
from rasd.events.speech_lexicon import SpeechActs
from rasd.pipeline import Pipeline

# The trigger's kind and whether it sits in a quotation, kept from the candidates the
# event stage merges (the events themselves do not carry them).
_CODED: dict[int, tuple[str, bool]] = {}
_merge = extract.merge


def _recording_merge(candidates, *args, **kwargs):
    for c in candidates:
        if c.coded is not None:
            _CODED[id(c.event)] = (c.coded.kind, c.coded.in_quote)
    return _merge(candidates, *args, **kwargs)


extract.merge = _recording_merge


def _side(doc, mention) -> str:
    return doc.slice(mention) if mention is not None else ""


def _kind(doc, mention) -> str:
    """What a side is: the label of a named entity it overlaps, "code" for the actor
    dictionary's, "inferred"/"ranked" for a carried or ranked side, else "words"."""
    if mention is None:
        return ""
    labels = [
        e.label for e in doc.entities or [] if e.start < mention.end and mention.start < e.end
    ]
    flags = [k for k in ("code", "inferred", "ranked") if mention.attrs.get(k)]
    return "+".join(sorted(set(labels)) + flags) or "words"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    add_sets_option(parser)
    args = parser.parse_args()
    nlp = Pipeline()
    acts = SpeechActs.load()
    with args.out.open("w", encoding="utf-8") as out:
        for gold_dir in args.sets:
            for gold, doc, fold in development_articles(gold_dir):
                if fold not in (0, 1):
                    continue
                doc = nlp(doc)
                events = doc.events or []
                labels, _ = event_labels(doc, gold)
                required = [g for g in gold.get("events", []) if not g.get("optional")]
                similar = partial(_event_similarity, doc)
                pairs = dict(_pairs(events, required, similar))
                quotes = {q.end: q for q in doc.quotes or []}
                predicted = []
                for i, (ev, label) in enumerate(zip(events, labels, strict=True)):
                    q = quotes.get(ev.end)
                    predicted.append(
                        {
                            "type": ev.type,
                            "label": label,
                            "gold": pairs.get(i),
                            # every required gold event the scorer would pair it with
                            "like": [
                                j for j, g in enumerate(required) if _event_similarity(doc, ev, g)
                            ],
                            "source": _side(doc, ev.source),
                            "target": _side(doc, ev.target),
                            "source_kind": _kind(doc, ev.source),
                            "trigger_kind": _CODED.get(id(ev), ("", False))[0],
                            "in_quote": _CODED.get(id(ev), ("", False))[1],
                            "target_kind": _kind(doc, ev.target),
                            "sentence": ev.sentence,
                            "speech": bool(ev.attrs.get("speech")),
                            "learned": bool(ev.attrs.get("learned")),
                            "trigger": ev.attrs.get("trigger", ""),
                            "cue_type": acts.cue_type(ev.attrs["trigger"])
                            if ev.attrs.get("trigger")
                            else None,
                            "content_type": acts.content_type(doc.slice(q)) if q else None,
                            "quote": doc.slice(q)[:200] if q else "",
                            "text": doc.slice(ev)[:200],
                        }
                    )
                golds = []
                paired = set(pairs.values())
                for g in gold.get("events", []):
                    golds.append(
                        {
                            "type": g["type"],
                            "optional": bool(g.get("optional")),
                            "source": g["source"],
                            "target": g["target"],
                            "sentence": evidence_sentence(doc, g["evidence"]),
                            "evidence": g["evidence"][:200],
                        }
                    )
                for j, g in enumerate(required):
                    g_out = next(
                        x
                        for x in golds
                        if x["evidence"] == g["evidence"][:200] and x["type"] == g["type"]
                    )
                    g_out["paired"] = j in paired
                    g_out["index"] = j
                sentences = {
                    i: doc.slice(s)[:400]
                    for i, s in enumerate(doc.sentences)
                    if i in {p["sentence"] for p in predicted} | {g["sentence"] for g in golds}
                }
                record = {
                    "id": gold["id"],
                    "fold": fold,
                    "events": predicted,
                    "gold": golds,
                    "sentences": sentences,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
