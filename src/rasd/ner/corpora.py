"""Readers for the BIO-tagged NER corpora in ../shared/data/ner, mapped to PER/ORG/LOC/MISC.

Each corpus has its own tag set: ANERcorp writes PERS, AQMAR has MIS0-3 variants,
WikiFANE has 50 fine-grained types and Wojood 21 coarse ones. All are mapped to the
four CoNLL types here; tags outside them become O. NewsFANE is deliberately absent:
it is the text of ANERcorp (test included) with other tags.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

LABELS = ("PER", "ORG", "LOC", "MISC")

Sentence = tuple[list[str], list[str]]  # (words, BIO tags)

_ANERCORP = {"PERS": "PER", "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}
_AQMAR = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}  # MIS* are topic-specific: left out
_WOJOOD = {"PERS": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}
# WikiFANE's fine types grouped by its coarse classes (Alotaibi & Lee 2014): PER, ORG,
# GPE and LOC map directly; facilities, vehicles, weapons and products are left out
# because ANERcorp does not tag them consistently.
_FANE_PER = "Politician Religious_PER Artist Other_PER Scientist Athlete Businessperson Engineer Lawyer Police Group"
_FANE_ORG = "Government Commercial Educational Media Non-Governmental Religious_ORG Sports Entertainment Medical-Science"
_FANE_LOC = "Population-Center Nation State-or-Province County-or-District GPE-Cluster Continent Water-Body Land-Region-Natural"
_WIKIFANE = (
    {t: "PER" for t in _FANE_PER.split()}
    | {t: "ORG" for t in _FANE_ORG.split()}
    | {t: "LOC" for t in _FANE_LOC.split()}
)


class CorpusError(ValueError):
    """A file is not a BIO-tagged corpus (one `word tag` pair a line)."""


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    paths: tuple[str, ...]  # relative to ../shared/data/ner
    mapping: dict[str, str] | None  # None: tags are already PER/ORG/LOC/MISC (or PERS)


CORPORA: dict[str, Corpus] = {
    "anercorp": Corpus("anercorp", ("anercorp/train.txt",), _ANERCORP),
    "aqmar": Corpus("aqmar", ("aqmar/*.txt",), _AQMAR),
    "wikifane": Corpus("wikifane", ("fane/WikiFANE_Gold_2014_500K.txt",), _WIKIFANE),
    "wojood": Corpus("wojood", ("wojood-sample/train.txt", "wojood-sample/val.txt"), _WOJOOD),
}
ANERCORP_TEST = "anercorp/test.txt"
_MAX_WORDS = 150
DEV_SHARE = 0.15  # of ANERcorp train.txt, held out for tuning (see dev_split)


def _map_tag(tag: str, mapping: dict[str, str]) -> str:
    if tag in ("O", ""):
        return "O"
    prefix, sep, kind = tag.partition("-")
    if not sep or prefix not in ("B", "I"):
        return "O"
    label = mapping.get(kind.lstrip("-"))
    return f"{prefix}-{label}" if label else "O"


def _repair(tags: list[str]) -> list[str]:
    """An I- tag with no matching entity before it starts one (the CoNLL reading)."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def read_bio(path: Path, mapping: dict[str, str] | None = None) -> Iterator[Sentence]:
    """Sentences of a BIO file: `word TAG` per line (space or tab), blank lines between
    sentences. Runs longer than `_MAX_WORDS` words are cut after a sentence-final mark,
    so a file without blank lines does not become one huge training sequence."""
    mapping = mapping or _ANERCORP
    words: list[str] = []
    tags: list[str] = []
    seen_tag = False
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CorpusError(f"{path}: not UTF-8 text") from None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip().replace("\u200e", "").replace("\u200f", "")
        if not line:
            if words:
                yield words, _repair(tags)
                words, tags = [], []
            continue
        parts = line.split()
        if len(parts) < 2:
            if parts[0] == "O" or parts[0][:2] in ("B-", "I-"):
                continue  # a tag with an empty word
            raise CorpusError(f"{path}:{number}: expected 'word TAG', got {raw.strip()[:40]!r}")
        tag = parts[-1]
        if tag != "O" and tag[:2] not in ("B-", "I-"):
            if not seen_tag:
                raise CorpusError(f"{path}:{number}: {tag!r} is not a BIO tag (O, B-X, I-X)")
            tag = "O"
        seen_tag = True
        words.append(parts[0])
        tags.append(_map_tag(tag, mapping))
        if len(words) >= _MAX_WORDS and parts[0] in (".", "؟", "!", "?"):
            yield words, _repair(tags)
            words, tags = [], []
    if words:
        yield words, _repair(tags)


def check_bio(path: Path) -> None:
    """Raise `CorpusError` unless `path` is a readable BIO file with at least one tag."""
    if not path.is_file():
        raise CorpusError(f"{path}: no such file")
    n = 0
    for words, _ in read_bio(path):
        n += len(words)
    if n == 0:
        raise CorpusError(f"{path}: no 'word TAG' lines")


def dev_split(
    sentences: list[Sentence], share: float = DEV_SHARE, window: int = 20
) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev) for tuning: the last `share` of a corpus as development set, cut at a
    multiple of `window` sentences (the document windows of `Tagger.tag_corpus`).

    Contiguous, because neighbouring sentences come from the same article: a dev set of
    scattered sentences would share names and phrasing with the training part.
    """
    cut = int(len(sentences) * (1 - share))
    cut -= cut % window
    return sentences[:cut], sentences[cut:]


def load_corpus(root: Path, name: str) -> list[Sentence]:
    """All sentences of one named training corpus under `root` (../shared/data/ner)."""
    corpus = CORPORA[name]
    out: list[Sentence] = []
    for pattern in corpus.paths:
        for path in sorted(root.glob(pattern)):
            out.extend(read_bio(path, corpus.mapping))
    return out


def load_training(root: Path, names: Iterable[str]) -> tuple[list[Sentence], list[str]]:
    """The sentences of the named corpora, and the corpus name of each."""
    out: list[Sentence] = []
    domains: list[str] = []
    for name in names:
        sentences = load_corpus(root, name)
        out.extend(sentences)
        domains.extend([name] * len(sentences))
    return out, domains
