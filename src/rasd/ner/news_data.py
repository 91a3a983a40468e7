"""BIO training sentences for today's news, projected from the gold annotations.

A gold file lists each entity string once, with its label and count, written without
attached proclitics. Projecting those strings back onto the article's tokens (longest
match first, a proclitic allowed on the first word) gives tagged sentences in the
register Rasd reads: 2018 news, names of the period, the gold conventions (no MISC,
nisba adjectives untagged, a descriptor outside the name).

Only the folds a model may see are projected (`rasd.evaluate.folds`): the check part
is refused, so a model trained here is always reported on articles it never saw.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.evaluate.folds import CHECK_FOLDS, folds_of
from rasd.evaluate.gold import load_gold, name_key
from rasd.ner.corpora import Sentence, load_corpus
from rasd.ner.features import OWN_COPY
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key
from rasd.text.pipe import TextAnalyzer

_PROCLITICS = "وفبلك"
NEWS_DOMAIN = "news"
# The corpus attribute of ANERcorp sentences (`rasd.ner.model.train`'s marks): the model
# learns ANERcorp's conventions (MISC, nisba adjectives tagged) on it, so that news,
# tagged without it, gets the gold conventions, and ANERcorp data, tagged with it, its own.
ANERCORP_MARK = "anercorp"
# The copy prefix of ANERcorp sentences (`rasd.ner.model.train`'s copies): every attribute
# of an ANERcorp word is repeated as "a:<attribute>" (Daumé 2007), tagging news never.
ANERCORP_COPY = "a"
# The same for a word's own convention-bearing attributes only (`features.OWN_COPY`).
ANERCORP_OWN_COPY = OWN_COPY
# Copies of each gold sentence in the training set: 15K gold words against ANERcorp's
# 125K, whose 2007 habits (MISC, nisba adjectives) the news data must outweigh.
DEFAULT_WEIGHT = 2
# A MISC string of ANERcorp is filled into the news sentences when ANERcorp tags at
# least this share of its occurrences MISC (fixed beforehand: a majority).
MISC_SHARE = 0.5


class FoldError(ValueError):
    """A fold of the check part was asked for as training data."""


def _first_keys(word: str) -> set[str]:
    """Keys the first word of a name may have in the gold list: as written, without
    the clitics before the article ("للأمم" → "الأمم"), and without one or two
    proclitics ("وترمب", "وبكين")."""
    key = match_key(word)
    keys = {key, name_key(word)}
    for n in (1, 2):
        if len(key) > n + 1 and all(ch in _PROCLITICS for ch in key[:n]):
            keys.add(key[n:])
    return keys


def _names(gold: dict[str, Any]) -> dict[tuple[str, ...], str]:
    """Each gold entity's word keys -> its label (the first listing wins)."""
    names: dict[tuple[str, ...], str] = {}
    for entity in gold.get("entities", []):
        words = tuple(name_key(entity["text"]).split())
        if words:
            names.setdefault(words, entity["label"])
    return names


def project(words: Sequence[str], names: dict[tuple[str, ...], str]) -> list[str]:
    """BIO tags of one sentence's words: the longest listed name at each position."""
    longest = max((len(k) for k in names), default=0)
    keys = [match_key(w) for w in words]
    tags = ["O"] * len(words)
    i = 0
    while i < len(words):
        step = 1
        for length in range(min(longest, len(words) - i), 0, -1):
            rest = tuple(keys[i + 1 : i + length])
            label = next(
                (
                    names[(first, *rest)]
                    for first in _first_keys(words[i])
                    if (first, *rest) in names
                ),
                None,
            )
            if label is not None:
                tags[i : i + length] = [f"B-{label}"] + [f"I-{label}"] * (length - 1)
                step = length
                break
        i += step
    return tags


def misc_names(
    anercorp: Sequence[Sentence], share: float = MISC_SHARE
) -> dict[tuple[str, ...], str]:
    """ANERcorp's MISC strings (currencies, religions, prizes, events…) that it tags
    MISC in at least `share` of their occurrences, as word keys -> "MISC"."""
    tagged: Counter[tuple[str, ...]] = Counter()
    for words, tags in anercorp:
        keys = [match_key(w) for w in words]
        tagged.update(tuple(keys[a:b]) for label, a, b in chunks(tags) if label == "MISC")
    lengths = {len(k) for k in tagged}
    seen: Counter[tuple[str, ...]] = Counter()
    for words, _ in anercorp:
        keys = [match_key(w) for w in words]
        for n in lengths:
            seen.update(
                k for i in range(len(keys) - n + 1) if (k := tuple(keys[i : i + n])) in tagged
            )
    # Two-letter names (ين) would match ordinary words once a proclitic is split off
    # (بين → ب + ين), so they are left out.
    return {k: "MISC" for k, n in tagged.items() if n >= share * seen[k] and len("".join(k)) > 2}


def fill_misc(news: Sequence[Sentence], names: dict[tuple[str, ...], str]) -> list[Sentence]:
    """The news sentences with ANERcorp's MISC strings tagged where the gold left them O.

    The gold scheme has no MISC: its O on "دولار" or "الإسلام" means "not PER, ORG or
    LOC", not "not a name". Left as O, those words would teach the CRF to unlearn
    ANERcorp's MISC; tagged MISC they agree with it (MISC is not scored on the gold).
    """
    out: list[Sentence] = []
    for words, tags in news:
        filled = list(tags)
        for _, a, b in chunks(project(words, names)):
            if all(t == "O" for t in tags[a:b]):
                filled[a:b] = ["B-MISC"] + ["I-MISC"] * (b - a - 1)
        out.append((words, filled))
    return out


def article_sentences(gold: dict[str, Any], doc: Document) -> list[Sentence]:
    """The tagged sentences of one analysed article (tokens and sentences filled)."""
    names = _names(gold)
    out: list[Sentence] = []
    for sentence in doc.sentences:
        words = [
            doc.text[t.start : t.end] for t in doc.tokens[sentence.token_start : sentence.token_end]
        ]
        if words:
            out.append((words, project(words, names)))
    return out


def load_news_training(gold_dir: Path, folds: Collection[int]) -> list[Sentence]:
    """Tagged sentences of the gold articles in `folds` (development folds only)."""
    seen = sorted(set(folds) & CHECK_FOLDS)
    if seen:
        raise FoldError(
            f"fold {', '.join(map(str, seen))} is in the check part: it is never trained on"
        )
    items = load_gold(gold_dir)
    fold_of = folds_of(gold_dir, (gold["id"] for gold, _ in items))
    analyse = TextAnalyzer()
    out: list[Sentence] = []
    for gold, doc in items:
        if fold_of[gold["id"]] in folds:
            out.extend(article_sentences(gold, analyse(doc)))
    return out


def training_set(
    data: Path,
    gold_dir: Path,
    folds: Collection[int],
    weight: int = DEFAULT_WEIGHT,
    anercorp: list[Sentence] | None = None,
    misc: bool = True,
) -> tuple[list[Sentence], list[str]]:
    """ANERcorp train.txt (or the `anercorp` sentences given) and `weight` copies of
    the gold sentences of `folds`, ANERcorp's MISC strings filled in (`fill_misc`),
    with the domain of each sentence ("anercorp" or `NEWS_DOMAIN`)."""
    if anercorp is None:
        anercorp = load_corpus(data / "ner", "anercorp")
    news = load_news_training(gold_dir, folds) if folds and weight else []
    if misc:
        news = fill_misc(news, misc_names(anercorp))
    news *= weight
    return anercorp + news, ["anercorp"] * len(anercorp) + [NEWS_DOMAIN] * len(news)
