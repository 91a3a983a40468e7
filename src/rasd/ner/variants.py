"""Spelling variants of one name, learnt from the news corpus (ترمب / ترامب).

Arabic news transcribes foreign names with or without long vowels (ترمب, ترامب;
ميونخ, ميونيخ) and with س or ش at the end (غوتيريس, غوتيريش). Two frequent forms
that differ only so are taken as one name when the corpus uses them in the same
company: the words right before and after them have near-identical distributions
("دونالد" before both, "الأمريكي" after both). Common words that differ the same way
("كنت" / "كانت", "سالم" / "سليم") keep different company and are not joined. Each
group of variants is written with its most frequent spelling in canonical names.
"""

from __future__ import annotations

import gzip
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from rasd.text.normalize import match_key

VARIANTS_RESOURCE = "variants.tsv.gz"
MIN_COUNT = 20
# Cosine of the neighbour distributions above which two forms are one name: chosen
# on the ranked pairs of the corpus, where the first false pair ("ولي" / "وولي")
# scores 0.67 and the last true one above it ("هيوستن" / "هيوستون") 0.72.
MIN_SIMILARITY = 0.7
_LONG_VOWELS = "اوي"
_WORD = re.compile(r"\w+")
_NAME_CLUSTER_SHARE = 0.3
_PREFIXES = tuple("وفبلكيتنس")
_SUFFIXES = ("ا", "ه", "ها", "هم", "نا", "ات", "ين", "ون", "ت", "ي")


def rarely_definite(word: str, lexicon: dict[str, int]) -> bool:
    """Whether the news (almost) never puts the article on `word`, as with names."""
    return not word.startswith("ال") and lexicon.get("ال" + word, 0) <= 0.02 * max(
        lexicon.get(word, 0), 1
    )


def _name_like(word: str, lexicon: dict[str, int]) -> bool:
    return lexicon.get(word, 0) >= MIN_COUNT and rarely_definite(word, lexicon)


def name_words(
    gazetteer: dict[str, tuple[tuple[str, str | None], ...]],
    clusters: dict[str, tuple[str, str]],
) -> set[str]:
    """Words of the names in the gazetteer, and the stems of the word clusters that
    are mostly such words (clusters of foreign names)."""
    words = {
        word
        for key, entries in gazetteer.items()
        if any(label in ("PER", "LOC", "ORG") for label, _ in entries)
        for word in key.split()
    }
    members: dict[str, list[str]] = defaultdict(list)
    for stem, (fine, _) in clusters.items():
        members[fine].append(stem)
    for stems in members.values():
        if len(stems) >= 10 and sum(s in words for s in stems) >= _NAME_CLUSTER_SHARE * len(stems):
            words.update(stems)
    return words


def _foreign_shape(word: str) -> bool:
    """Long, with none of the prefixes and suffixes of Arabic verbs and nouns."""
    return len(word) >= 6 and not word.startswith(_PREFIXES) and not word.endswith(_SUFFIXES)


def candidate_pairs(lexicon: dict[str, int], names: set[str]) -> set[tuple[str, str]]:
    """Pairs of name-like forms that differ by one inner long vowel or a final س/ش,
    one of them a known name word or both of a foreign name's shape (verb forms such
    as "حصلا" / "حصلوا" pair up the same way)."""
    pairs: set[tuple[str, str]] = set()
    for word in lexicon:
        if len(word) < 4 or not _name_like(word, lexicon):
            continue
        shorter = {
            word[:i] + word[i + 1 :] for i in range(1, len(word) - 1) if word[i] in _LONG_VOWELS
        }
        if word[-1] == "ش":
            shorter.add(word[:-1] + "س")
        pairs.update(
            (other, word)
            for other in shorter
            if _name_like(other, lexicon)
            and (
                word in names or other in names or (_foreign_shape(word) and _foreign_shape(other))
            )
        )
    return pairs


def neighbours(texts: Iterable[str], words: set[str]) -> dict[str, Counter[str]]:
    """The words right before ("<") and after (">") each of `words` in `texts`."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        tokens = _WORD.findall(match_key(text))
        for i, token in enumerate(tokens):
            if token in words:
                counts = out[token]
                if i:
                    counts["<" + tokens[i - 1]] += 1
                if i + 1 < len(tokens):
                    counts[">" + tokens[i + 1]] += 1
    return out


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    dot = sum(a[k] * b[k] for k in a.keys() & b.keys())
    norm = math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def build_variants(
    texts: Iterable[str], lexicon: dict[str, int], names: set[str]
) -> dict[str, str]:
    """Each variant form -> the most frequent spelling of its group (`names`: see
    `name_words`)."""
    pairs = candidate_pairs(lexicon, names)
    context = neighbours(texts, {w for pair in pairs for w in pair})
    parent: dict[str, str] = {}

    def root(word: str) -> str:
        while parent.get(word, word) != word:
            word = parent[word]
        return word

    for a, b in pairs:
        if _cosine(context.get(a, Counter()), context.get(b, Counter())) >= MIN_SIMILARITY:
            parent[root(a)] = root(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for word in parent:
        groups[root(word)].append(word)
    out: dict[str, str] = {}
    for root_word, members in groups.items():
        group = {root_word, *members}
        best = max(sorted(group), key=lambda w: lexicon.get(w, 0))
        out.update({w: best for w in group if w != best})
    return out


def write_variants(variants: dict[str, str], path: Path) -> None:
    rows = "".join(f"{a}\t{b}\n" for a, b in sorted(variants.items()))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(rows.encode("utf-8"), mtime=0))


def load_variants(path: Path | None = None) -> dict[str, str]:
    """Variant -> preferred spelling (match keys), from `path` or the shipped table."""
    if path is None:
        ref = resources.files("rasd.ner") / "data" / VARIANTS_RESOURCE
        if not ref.is_file():
            return {}
        raw = ref.read_bytes()
    else:
        raw = path.read_bytes()
    rows = (line.split("\t") for line in gzip.decompress(raw).decode("utf-8").splitlines())
    return {a: b for a, b in rows}
