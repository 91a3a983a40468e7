"""Why the events layer made no speech act where the quotes layer found a quotation
(issue 13, evdemand): each required gold DEMAND / DISAPPROVE / REJECT / SUPPORT /
THREATEN event of development folds 0 and 1 that no prediction pairs with, sorted by
what became of the quotations of its evidence sentence.

Classes, per missed event (the first that holds among its sentence's quotations):
"made, sides" (a speech event of the gold type was made from a quotation there, and
lost to its sides or to merging and the filter), "type" (an event of another type was
made), "judging gate" (the speech-act model typed it, but its words hold no word of
blame), "model score" (neither the lexicon nor the model typed it: for the types the
model does not code, a gap of the lexicon), "gate" (a cue, prayer, study or other gate
of `speech.py` dropped it), "no quote" (the quotes layer found none in the sentence),
"no sentence" (the evidence is not found). Development folds 0 and 1 only (fold 2
confirms by its totals, the check folds are never read).

Usage: python benchmarks/speech_miss_why.py [--list] [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
from collections import Counter
from functools import partial

from annotated_sets import add_sets_option
from event_misses import evidence_sentence

from rasd.evaluate.gold import _event_similarity, _pairs, development_articles
from rasd.events import speech
from rasd.events.extract import EventExtractor
from rasd.events.speech_cues import negated_cue, noun_cue, passive_cue
from rasd.events.speech_duty import obliged_party
from rasd.events.speech_model import _attributing, evaluative, quote_features
from rasd.pipeline import Pipeline

SPEECH_TYPES = {"DEMAND", "DISAPPROVE", "REJECT", "SUPPORT", "THREATEN"}
_ORDER = ("made, sides", "type", "judging gate", "model score", "gate")


def _why(doc, quote, spoken, ex: EventExtractor, gold_type: str) -> str:
    """What became of one quotation of the sentence."""
    made = [e for e, _ in spoken if e.end == quote.end]
    if quote.speaker is None:
        return "gate"
    if made:
        return "made, sides" if made[0].type == gold_type else "type"
    acts, model = ex.speech_acts, ex.speech_model
    gated = negated_cue(doc, quote) or noun_cue(doc, quote)
    if gated or passive_cue(doc, quote):
        return "gate"
    if speech._lexicon_type(doc, acts, quote, ex.actors) or obliged_party(doc, quote, acts.obliged):
        return "gate"
    if model is None or not speech._for_model(doc, quote) or _attributing(doc, quote):
        return "gate"
    row = quote_features(doc, quote, acts)
    probs = {t: float(m.probabilities([row])[0]) for t, m in model.models.items()}
    best = max(probs, key=probs.__getitem__)
    if probs[best] >= model.threshold and best in model.coded:
        return "gate" if not model.judging or evaluative(doc.slice(quote)) else "judging gate"
    return "model score"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print each miss")
    add_sets_option(parser)
    args = parser.parse_args()
    nlp = Pipeline()
    ex = next(c for _, c in nlp.components if isinstance(c, EventExtractor))
    counts: Counter[tuple[str, str]] = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in (0, 1):
                continue
            doc = nlp(doc)
            required = [g for g in gold.get("events", []) if not g.get("optional")]
            paired = set(
                dict(_pairs(doc.events or [], required, partial(_event_similarity, doc))).values()
            )
            learned = ex._learned(doc)
            aimed = ex.speech_model is not None and ex.speech_model.aimed
            spoken = speech.speech_events(
                doc, ex.speech_acts, learned, aimed, ex.actors, ex.gazetteer
            )
            for j, g in enumerate(required):
                if j in paired or g["type"] not in SPEECH_TYPES:
                    continue
                at = evidence_sentence(doc, g["evidence"])
                if at is None:
                    why = "no sentence"
                else:
                    sent = doc.sentences[at]
                    quotes = [
                        q for q in doc.quotes or [] if q.start < sent.end and sent.start < q.end
                    ]
                    whys = {_why(doc, q, spoken, ex, g["type"]) for q in quotes}
                    why = next((w for w in _ORDER if w in whys), "no quote")
                counts[(g["type"], why)] += 1
                if args.list:
                    print(f"{why}\t{g['type']}\t{gold['id']}\t{g['evidence'][:160]}")
    for why in (*_ORDER, "no quote", "no sentence"):
        by_type = {t: n for (t, w), n in counts.items() if w == why}
        print(f"{sum(by_type.values()):4d}  {why:12s}  {by_type}")


if __name__ == "__main__":
    main()
