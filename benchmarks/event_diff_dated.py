"""`event_diff.py` with each article's publication date set, as `rasd` sets it when it
reads a news file (the rules of `rasd.events.history` read it; `news_sample.analyze_record`
leaves it unset, as the audits do).

Usage: python benchmarks/event_diff_dated.py MODULE NAME OLD NEW [event_diff.py options]
  e.g. python benchmarks/event_diff_dated.py rasd.events.history DATED_ON False True \
       --seeds 10970-10972 -n 100 --contains '(عام|العام) (19|20)[0-9][0-9]'
"""

from __future__ import annotations

import event_diff
from news_sample import analyze_record

from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.text.readers import Fields, normalize_date


def analyze_dated(nlp: Pipeline, record: dict) -> Document:
    doc = analyze_record(nlp, record)
    stamp = next((record[k] for k in Fields().published if record.get(k)), None)
    doc.published = normalize_date(stamp)
    return doc


if __name__ == "__main__":
    event_diff.analyze_record = analyze_dated
    event_diff.main()
