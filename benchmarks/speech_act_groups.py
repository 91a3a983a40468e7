"""The speech-act model's held-out acts, right / coded, by group: the cue (a plain verb
of saying or another), whether a target was read (any, or a person or body other than
the speaker), whether the quoted words hold a criticism word of the lexicon, and the
model's probability (SPEECH_ACT_CARD.md, evspeech12).

Each development fold (0-2 of each folder; the check folds are never read) is typed by
a model fitted on the other two, coding the shipped model's types at the lowest
threshold given, with the shipped side ranker and filter; an act is right when the
scorer pairs it with a required gold event (left out when it matches only an optional
one). Only counts are printed, no article's text.

Usage: python benchmarks/speech_act_groups.py [../shared/gold benchmarks/news-gold]
       [--thresholds 0.75,0.85]
"""

from __future__ import annotations

import argparse
import copy
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from rasd.document import Document, Event, Quote
from rasd.evaluate.gold import event_labels
from rasd.events.commands import EVENT_STAGES
from rasd.events.extract import EventExtractor
from rasd.events.keys import light_key
from rasd.events.sentence import WORD_LISTS
from rasd.events.speech import _aimed_elsewhere
from rasd.events.speech_lexicon import SpeechActs
from rasd.events.speech_model import _stems, load_speech_model, quote_features
from rasd.events.speech_train import C, cross_fitted, examples_of
from rasd.pipeline import DEFAULT_STAGES, Pipeline
from rasd.text.normalize import match_key
from rasd.training import analysed_dev_articles

# The cues of plain saying, by light key (words.tsv "saying" and their present and
# participle forms as the quotes layer finds them).
PLAIN = {light_key(match_key(w)) for w in WORD_LISTS.words("saying")} | {
    light_key(match_key(w))
    for w in "يقول تقول قائلا قائلة مضيفا مضيفة موضحا اشار اشارت مشيرا مشيرة تابع تابعت "
    "بين بينت لفت لفتت كتب كتبت نقل نقلت مؤكدا مؤكدة".split()
}
Act = dict[str, object]


def criticism_stems(acts_text: str) -> set[str]:
    """The light stems of the lexicon's DISAPPROVE forms (cues and content phrases)."""
    stems: set[str] = set()
    for line in acts_text.splitlines():
        if line.startswith("DISAPPROVE\t"):
            for form in line.split("\t")[2].split():
                stems |= _stems(form.replace("_", " "))
    return stems - _stems("غير لا على فوق")


def _quote_of(doc: Document, event: Event) -> Quote | None:
    return next((q for q in doc.quotes or [] if q.end == event.end), None)


def held_out_acts(articles: list, lowest: float) -> list[Act]:
    """The model's acts of each development fold, typed by a model fitted without it."""
    acts = SpeechActs.load()
    shipped = load_speech_model()
    coded = shipped.coded if shipped is not None else None
    models = cross_fitted(examples_of(articles, acts), C, lowest, coded)
    crit = criticism_stems(
        Path(__file__)
        .parents[1]
        .joinpath("src/rasd/events/data/speech_acts.tsv")
        .read_text("utf-8")
    )
    out: list[Act] = []
    for fold, model in models.items():
        extractor = EventExtractor(speech_model=model)
        for gold, doc, f in articles:
            if f != fold:
                continue
            doc = extractor(copy.deepcopy(doc))
            labels, _ = event_labels(doc, gold)
            for event, label in zip(doc.events or [], labels, strict=True):
                quote = _quote_of(doc, event)
                if not event.attrs.get("learned") or label is None or quote is None:
                    continue
                row = quote_features(doc, quote, acts)
                cue = next(k[4:] for k in row if k.startswith("cue="))
                out.append(
                    {
                        "right": label,
                        "p": float(model.models[event.type].probabilities([row])[0]),
                        "plain cue": cue in PLAIN,
                        "target": event.target is not None,
                        "aimed at another": _aimed_elsewhere(doc, event),
                        "criticism word": bool(crit & {k[2:] for k in row if k.startswith("w=")}),
                        "negated": bool(row["negated"]),
                        "fold": fold,
                    }
                )
    return out


def table(acts: list[Act], name: str, key: Callable[[Act], object]) -> None:
    groups: dict[object, list[int]] = defaultdict(lambda: [0, 0])
    for act in acts:
        groups[key(act)][0 if act["right"] else 1] += 1
    cells = [
        f"{k}: {r}/{r + w} ({r / (r + w):.2f})" for k, (r, w) in sorted(groups.items(), key=str)
    ]
    print(f"  {name}: " + "; ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="*")
    parser.add_argument("--thresholds", default="0.75,0.85")
    args = parser.parse_args()
    gold_dirs = args.gold or [Path("../shared/gold"), Path("benchmarks/news-gold")]
    thresholds = sorted(float(t) for t in args.thresholds.split(","))
    err = Console(stderr=True)
    nlp = Pipeline([n for n in DEFAULT_STAGES if n in EVENT_STAGES and n != "events"])
    articles = analysed_dev_articles(gold_dirs, nlp, "analysing dev articles", err)
    acts = held_out_acts(articles, thresholds[0])
    for t in thresholds:
        kept = [a for a in acts if a["p"] >= t]
        right = sum(bool(a["right"]) for a in kept)
        print(f"threshold {t}: {right}/{len(kept)} held-out acts right")
        table(kept, "plain cue", lambda a: a["plain cue"])
        table(kept, "plain cue, target read", lambda a: (a["plain cue"], a["target"]))
        table(kept, "aimed at a person or body", lambda a: a["aimed at another"])
        table(kept, "criticism word", lambda a: a["criticism word"])
        table(kept, "negated", lambda a: a["negated"])
        table(kept, "probability 0.95 or more", lambda a: a["p"] >= 0.95)
        table(kept, "fold", lambda a: a["fold"])


if __name__ == "__main__":
    main()
