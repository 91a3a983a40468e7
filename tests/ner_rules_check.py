"""Shared helper of the name-rule tests: the rules applied to a given tagger output."""

from __future__ import annotations

from rasd.ner.document_rules import scored_clubs
from rasd.ner.rules import apply_rules
from rasd.ner.stage import EntityRecognizer


def after_rules(
    ner: EntityRecognizer,
    sentence: str | list[str],
    tags: str,
    conjoined: list[bool] | None = None,
    attached: list[bool] | None = None,
) -> str:
    """The BIO tags of a sentence (its words, or split on spaces) after the post-tagging rules."""
    featurizer = ner.tagger.featurizer
    words = sentence.split() if isinstance(sentence, str) else sentence
    forms = [featurizer.form(w) for w in words]
    out = apply_rules(
        [f.key for f in forms],
        tags.split(),
        ner._is_nationality,
        ner._is_country,
        featurizer.phrases,
        words,
        [False] * len(words),
        [f.stem for f in forms],
        ner._is_nisba,
        ner._is_org,
        ner.news_names,
        conjoined=conjoined or (),
        attached=attached or (),
    )
    return " ".join(out)


def clubs_after_score(ner: EntityRecognizer, sentences: list[tuple[str, str]]) -> list[str]:
    """The BIO tags of a document's sentences (words and tags split on spaces) after the
    rule that reads towns beside a match score as clubs."""
    featurizer = ner.tagger.featurizer
    keys = [[featurizer.form(w).key for w in s.split()] for s, _ in sentences]
    tags = [t.split() for _, t in sentences]
    scored_clubs(keys, tags, ner._is_country, ner._is_town)
    return [" ".join(t) for t in tags]
