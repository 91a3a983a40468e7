"""Which guard drops each "guard" miss of `never_why.py` (dev folds 0-1 only).

A guard miss is a never-found gold quotation whose cue word `DocView.cue` reads as a
cue. This tool runs the quotes layer again on each article with a tracer on
`cue_quotes._one_cue` and `content.cue_content`, and names, for the miss's cue token:

- skipped: `_one_cue` never ran on it (inside quotation marks, or inside the
  quotation an earlier cue made, which the loop jumps past);
- made: a quotation came of it, but with other words than the gold's;
- the `if` of `_one_cue` whose `return None` dropped it (its first call names it:
  `mute_subject`, `what_shows`, `counted_among` …);
- content: `cue_content` found nothing, sub-classed by what stands where the
  content would start: a bare noun after a cue that takes none (`N` not in the cue's
  takes, `F` without a `reported_fact` word), a noun `prepositional` refuses although
  the cue takes `N`, a preposition the cue does not take, a complementizer too far,
  the sentence end …

Usage: python benchmarks/guard_why.py [--list]   (prints dev folds 0-1 only)
"""

from __future__ import annotations

import argparse
import inspect
import re
import sys
from collections import Counter
from pathlib import Path
from types import FrameType

sys.path.insert(0, str(Path(__file__).resolve().parent))
from never_why import _cue_token, why
from quote_misses import GOLD_DIRS, READ_FOLDS, classify

from rasd.evaluate.gold import development_articles
from rasd.pipeline import Pipeline
from rasd.quotes import content as content_module
from rasd.quotes import cue_quotes as cue_module
from rasd.quotes.cue_complements import prepositional
from rasd.quotes.extract import QuoteExtractor
from rasd.quotes.speaker_words import verbal_noun
from rasd.quotes.state import token_at
from rasd.quotes.view import DocView
from rasd.text.normalize import match_key

_ONE_CUE = cue_module._one_cue.__code__
_CONTENT = content_module.cue_content.__code__
_CALL = re.compile(r"([A-Za-z_]\w*)\(")
_SKIP_NAMES = frozenset({"not", "any", "all", "len", "next", "range", "is_", "isinstance"})


def _labels(func) -> dict[int, str]:
    """Line of each `return` in `func` → a name for its guard: the first call of the
    `if` above it, else the `if`'s text."""
    lines, first = inspect.getsourcelines(func)
    out: dict[int, str] = {}
    for n, line in enumerate(lines):
        if not line.strip().startswith("return"):
            continue
        cond = ""
        for back in range(n - 1, -1, -1):
            text = lines[back].strip()
            if text.startswith(("if ", "elif ", "if(")):
                # the whole condition, up to its colon
                block = " ".join(x.strip() for x in lines[back:n])
                cond = block.split(":")[0]
                break
        calls = [c for c in _CALL.findall(cond) if c not in _SKIP_NAMES]
        label = calls[0] if calls else cond[:40]
        comment = line.split("#", 1)[1].strip()[:30] if "#" in line else ""
        out[first + n] = f"{label}" + (f" ({comment})" if comment else "")
    return out


class Tracer:
    """Records, per cue token, how `_one_cue` left it and what `cue_content` saw."""

    def __init__(self) -> None:
        self.calls: dict[int, dict] = {}
        self._stack: list[dict] = []

    def __call__(self, frame: FrameType, event: str, arg):
        if event != "call":
            return None
        code = frame.f_code
        if code is _ONE_CUE:
            rec = {"k": frame.f_locals["k"], "content": None}
            self.calls.setdefault(rec["k"], rec)
            self._stack.append(rec)
            return self._local(rec, "one")
        back = frame.f_back
        if (
            code is _CONTENT
            and self._stack
            and back is not None
            and back.f_code is _ONE_CUE
            and self._stack[-1]["content"] is None
        ):
            rec = self._stack[-1]
            loc = frame.f_locals
            rec["content"] = {"start": loc["start"], "no_subject": loc["no_subject"]}
            return self._local(rec, "content")
        return None

    def _local(self, rec: dict, which: str):
        def local(frame: FrameType, event: str, arg):
            if event == "return":
                if which == "one":
                    rec["line"] = frame.f_lineno
                    rec["value"] = arg
                    rec["quotes"] = None
                    self._stack.pop()
                else:
                    rec["content"]["line"] = frame.f_lineno
                    rec["content"]["value"] = arg
            return local

        return local


def _at_start(v: DocView, hit, start: int, no_subject: bool) -> str:
    """What stands where a cue's content would start, when none was found."""
    if start >= v.n:
        return "end of text"
    takes = hit.form.takes
    word = v.texts[start]
    if v.punct(start):
        return f"punct {word}"
    if v.complementizer(start):
        return "complementizer"
    pro = v.proclitics[start]
    key = v.keys[start]
    if key in ("على", "الى", "من", "في", "عن") or (pro.endswith(("ب", "ل")) and v.word(start)):
        prep = key if key in ("على", "الى", "من", "في", "عن") else pro[-1]
        if prep not in takes:
            return f"preposition {prep} not taken"
        return f"preposition {prep} refused"
    if v.is_("time", start):
        return "time word"
    if prepositional(v, start, takes, no_subject):
        return "bare noun allowed?"
    noun = verbal_noun(v, start)
    if "N" in takes:
        return "bare noun refused (N)" + (" vn" if noun else "")
    if "F" in takes:
        return "bare noun not reported_fact (F)" + (" vn" if noun else "")
    return "bare noun, cue takes none" + (" vn" if noun else "")


def reason(v: DocView, k: int, g0: int, trace: Tracer, labels: dict, content_labels: dict) -> str:
    rec = trace.calls.get(k)
    if rec is None:
        if k in v.region_at:
            return "skipped: in quotation marks"
        return "skipped: inside an earlier quote"
    if rec.get("value") is not None:
        return "made: other words"
    line = rec.get("line")
    label = labels.get(line, f"line {line}")
    c = rec["content"]
    if label.startswith("remember") or (c is not None and c.get("value") is None):
        if c is None:
            return f"guard: {label}"
        hit = v.cue(k)
        where = content_labels.get(c.get("line"), f"line {c.get('line')}")
        start = c["start"]
        if g0 == start or (g0 == start + 1 and v.punct(start)):
            what = _at_start(v, hit, g0, c["no_subject"])
        elif g0 < start:
            what = f"speaker phrase ran over it ({start - g0})"
        else:
            what = f"content starts later ({g0 - start}): {_at_start(v, hit, g0, False)}"
        return f"content: {what} [{where}]"
    return f"guard: {label}"


GOLD_REACH = 30  # tokens after a dropped cue where a missed gold quotation may start


def _dropped(v, doc, trace, found, label_maps, dropped: Counter, show: bool) -> None:
    """Counts each cue `_one_cue` dropped by (reason, cue lemma, whether a missed gold
    quotation starts within GOLD_REACH tokens after it in its sentence)."""
    starts = []
    for m in found:
        if m.klass == "never" or (m.taken and m.klass == "shifted"):
            at = doc.text.find(m.gold[:30])
            if at >= 0:
                starts.append((token_at(v, at), m))
    for k, rec in trace.calls.items():
        if rec.get("value") is not None:
            continue
        c = rec["content"]
        start = c["start"] if c is not None else k + 1
        near = [
            (g0, m)
            for g0, m in starts
            if k < g0 <= k + GOLD_REACH and v.sent_of[g0] == v.sent_of[k]
        ]
        g0 = min(near, key=lambda x: x[0])[0] if near else start
        r = reason(v, k, g0, trace, *label_maps)
        r = r.split("[")[0].strip()
        lemma = v.cue(k).form.lemma
        dropped[(r, lemma, "gold" if near else "none")] += 1
        if show:
            ctx = v.doc.text[v.tokens[max(0, k - 6)].start : v.tokens[min(v.n - 1, k + 14)].end]
            print(f"{'GOLD' if near else 'none'} {r} [{lemma}] :: {ctx}".replace("\n", " / "))


def _print_dropped(dropped: Counter) -> None:
    by_reason: dict[str, Counter] = {}
    for (r, lemma, g), n in dropped.items():
        by_reason.setdefault(r, Counter())[g] += n
        by_reason.setdefault(f"{r} | {lemma}", Counter())[g] += n
    rows = sorted(by_reason.items(), key=lambda x: -x[1]["gold"])
    for r, c in rows:
        if c["gold"]:
            print(f"{c['gold']:4d} gold {c['none']:5d} none  {r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true")
    parser.add_argument(
        "--dropped",
        action="store_true",
        help="every cue that made no quotation, by guard, with whether a missed gold "
        "quotation starts after it in its sentence (what relaxing the guard could gain)",
    )
    args = parser.parse_args()
    nlp = Pipeline(["text", "ner", "quotes"])
    ex = QuoteExtractor()
    labels = _labels(cue_module._one_cue)
    content_labels = _labels(content_module.cue_content)
    counts: Counter = Counter()
    coarse: Counter = Counter()
    dropped: Counter = Counter()
    for gold_dir in GOLD_DIRS:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READ_FOLDS:
                continue
            doc = nlp(doc)
            trace = Tracer()
            sys.settrace(trace)
            try:
                ex(doc)
            finally:
                sys.settrace(None)
            view = DocView(doc, ex.lexicon, ex.frequencies, ex.words)
            golds = gold.get("quotes", [])
            found = classify([doc.slice(q) for q in doc.quotes or []], golds)
            if args.dropped:
                _dropped(view, doc, trace, found, (labels, content_labels), dropped, args.list)
                continue
            for m in found:
                if not (m.klass == "never" or (m.taken and m.klass == "shifted")):
                    continue
                g = next(x for x in golds if x["text"] == m.gold)
                klass, what = why(doc, view, g, m.nested)
                if klass != "guard":
                    continue

                start = doc.text.find(m.gold[:30])
                k = _cue_token(doc, view, g.get("cue") or "", start, start + len(m.gold))
                g0 = token_at(view, start)
                r = reason(view, k, g0, trace, labels, content_labels)
                counts[(r, m.kind)] += 1
                coarse[r.split("[")[0].split("(")[0].strip()] += 1
                if args.list:
                    cue_key = match_key(what)
                    ctx = doc.text[max(0, start - 160) : start].replace("\n", " / ")
                    takes = " ".join(sorted(view.cue(k).form.takes))
                    print(f"{r} | {m.kind} [{g.get('cue')}] <{cue_key}> {{{takes}}} {gold['id']}")
                    print(f"    ...{ctx} [[{m.gold[:160]}]]")
                    if m.predicted:
                        print(f"    predicted: {m.predicted[:200]}")
    if args.dropped:
        _print_dropped(dropped)
        return
    for key, n in counts.most_common():
        print(n, *key)
    print()
    for key, n in coarse.most_common():
        print(n, key)


if __name__ == "__main__":
    main()
