"""Dump the speech-act events (DEMAND, DISAPPROVE, REJECT, SUPPORT, THREATEN) of random
unseen news articles, one JSON line per article, for counting a rule's changes: run it
before and after the rule with the same seed and compare the files
(`speech_unseen.py --diff BEFORE AFTER`). Articles are drawn as `sample_events.py`
draws them (the annotated ones skipped).

Usage: python benchmarks/speech_unseen.py OUT.jsonl [--seed 10102] [-n 400]
       python benchmarks/speech_unseen.py --diff BEFORE.jsonl AFTER.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from news_sample import analyze_record, unseen_records

from rasd.pipeline import Pipeline

SPEECH_TYPES = {"DEMAND", "DISAPPROVE", "REJECT", "SUPPORT", "THREATEN"}


def _event(doc, ev) -> dict:
    side = [doc.slice(m) if m else "" for m in (ev.source, ev.target)]
    return {
        "type": ev.type,
        "source": side[0],
        "target": side[1],
        "trigger": ev.attrs.get("trigger", ""),
        "speech": bool(ev.attrs.get("speech")),
        "learned": bool(ev.attrs.get("learned")),
        "sentence": doc.slice(doc.sentences[ev.sentence])[:400].replace("\n", " "),
    }


def dump(out: Path, news: Path, seed: int, n: int, every_type: bool = False) -> None:
    nlp = Pipeline()
    with out.open("w", encoding="utf-8") as f:
        for read, record in enumerate(unseen_records(news, seed)):
            if read >= n:
                break
            doc = analyze_record(nlp, record)
            events = [
                _event(doc, e) for e in doc.events or [] if every_type or e.type in SPEECH_TYPES
            ]
            f.write(
                json.dumps(
                    {"id": record.get("id") or record.get("url"), "n": read, "events": events},
                    ensure_ascii=False,
                )
                + "\n"
            )


def _key(e: dict) -> tuple:
    return (e["type"], e["source"], e["target"], e["sentence"][:120])


def diff(before: Path, after: Path) -> None:
    old = {r["n"]: r for r in map(json.loads, before.open(encoding="utf-8"))}
    changed = 0
    for r in map(json.loads, after.open(encoding="utf-8")):
        a = {_key(e): e for e in old[r["n"]]["events"]}
        b = {_key(e): e for e in r["events"]}
        gone, new = [a[k] for k in a if k not in b], [b[k] for k in b if k not in a]
        if not gone and not new:
            continue
        changed += 1
        print(f"## article {r['n']} {r['id']}")
        for tag, events in (("-", gone), ("+", new)):
            for e in events:
                how = "MODEL" if e["learned"] else ("quote" if e["speech"] else "rule")
                print(f"{tag} {e['type']} {how} [{e['trigger']}] {e['source']} → {e['target']}")
                print(f"    {e['sentence'][:300]}")
    print(f"# {changed} articles changed")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?")
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--seed", type=int, default=10102)
    parser.add_argument("-n", type=int, default=400)
    parser.add_argument("--diff", type=Path, nargs=2)
    parser.add_argument("--all-types", action="store_true", help="every PLOVER type")
    args = parser.parse_args()
    if args.diff:
        diff(*args.diff)
    else:
        dump(args.out, args.news, args.seed, args.n, args.all_types)


if __name__ == "__main__":
    main()
