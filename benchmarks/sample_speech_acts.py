"""Print the speech-act events of random news articles, marking those the learned model
typed (with its probability, the cue and whether a target was read), for reading by a
person: the unseen-article audit of SPEECH_ACT_CARD.md (evspeech12).

Usage: python benchmarks/sample_speech_acts.py [--news ../shared/data/news] [--seed 9987]
       [-n 25] [--max-articles 400]

The file and the order of its records are drawn as `sample_events.py` draws them;
articles in ../shared/gold or benchmarks/news-gold (by id or url) are skipped, and
articles are analysed until the model has typed more than `n` acts.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from news_sample import analyze_record, unseen_records

from rasd.document import Document, Event
from rasd.events.speech_lexicon import SpeechActs
from rasd.events.speech_model import SpeechActModel, load_speech_model, quote_features
from rasd.pipeline import Pipeline


def probability(
    doc: Document, event: Event, acts: SpeechActs, model: SpeechActModel | None
) -> float | None:
    """The model's probability of the event's type for its quotation (the highest of
    the quotations ending where the event does: two cues may share one content)."""
    quotes = [q for q in doc.quotes or [] if q.end == event.end]
    if model is None or not quotes or event.type not in model.models:
        return None
    rows = [quote_features(doc, q, acts) for q in quotes]
    return float(max(model.models[event.type].probabilities(rows)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--seed", type=int, default=9987)
    parser.add_argument("-n", type=int, default=25)
    parser.add_argument("--max-articles", type=int, default=400)
    args = parser.parse_args()
    nlp = Pipeline()
    acts = SpeechActs.load()
    model = load_speech_model()
    annotated: list[dict] = []
    learned = read = 0
    for record in unseen_records(args.news, args.seed, annotated):
        read += 1
        if read > args.max_articles:
            break
        doc = analyze_record(nlp, record)
        for ev in doc.events or []:
            if not ev.attrs.get("speech"):
                continue
            mark = "lexicon"
            if ev.attrs.get("learned"):
                learned += 1
                mark = f"MODEL p={probability(doc, ev, acts, model) or 0:.3f}"
            side = [doc.slice(m) if m else "—" for m in (ev.source, ev.target)]
            sentence = doc.sentences[ev.sentence]
            print(f"[{record.get('id')}] {ev.type} {mark} [{ev.attrs.get('trigger')}] ", end="")
            print(f"{side[0]} → {side[1]}")
            print(f"    {doc.text[sentence.start : sentence.end][:300]}")
        if learned >= args.n:
            break
    print(
        f"# {read} articles read, {len(annotated)} annotated skipped, {learned} acts of the model"
    )


if __name__ == "__main__":
    main()
