"""Names with a word too many at an edge, on the development folds 0 and 1 held out: each
predicted name of two words or more that the gold does not list but that, without its
first or its last word, is a gold name ("تعادلت اليابان" → "اليابان"), tagged by the
CRF of `benchmarks/ner_gold_cv.py` that did not train on the article's fold, with the
dropped word and its context, for reading by a person (fold 2 and the check part are
never read).

    nice python benchmarks/ner_gold_cv.py --no-mark --no-misc --copy-anercorp \\
        --copy-subset --more-gold benchmarks/news-gold --fold 0 --fold 1 --model DIR
    nice python benchmarks/name_edges.py --model DIR > /tmp/edges.tsv
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.document import Document, Entity
from rasd.evaluate.gold import development_articles, entity_text, name_key
from rasd.ner.model import Tagger
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline

FOLDS = (0, 1)
SETS = (Path("../shared/gold"), Path("benchmarks/news-gold"))


def dropped(doc: Document, entity: Entity, gold: set[str]) -> list[tuple[str, str]]:
    """(edge, word) for each edge word whose removal leaves a gold name."""
    words = name_key(entity_text(doc, entity)).split()
    if len(words) < 2 or " ".join(words) in gold:
        return []
    out = []
    if " ".join(words[1:]) in gold:
        out.append(("first", words[0]))
    if " ".join(words[:-1]) in gold:
        out.append(("last", words[-1]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="ner_gold_cv.py --model DIR")
    args = parser.parse_args()
    text = Pipeline(["text"])
    for fold in FOLDS:
        recognizer = EntityRecognizer(Tagger(args.model / f"fold{fold}" / "ner.crfsuite"))
        for folder in SETS:
            for gold, doc, article_fold in development_articles(folder):
                if article_fold != fold:
                    continue
                names = {name_key(e["text"]) for e in gold.get("entities", [])}
                doc = recognizer(text(doc))
                for entity in doc.entities:
                    for edge, word in dropped(doc, entity, names):
                        context = doc.text[max(0, entity.start - 40) : entity.end + 40]
                        print(
                            fold,
                            gold["id"],
                            entity.label,
                            entity_text(doc, entity),
                            edge,
                            word,
                            context.replace("\n", " "),
                            sep="\t",
                        )


if __name__ == "__main__":
    main()
