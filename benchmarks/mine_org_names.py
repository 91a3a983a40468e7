"""Long organisation names the news corpus writes whole: a group noun ("المجموعة",
"وكالة", "مفوضية" …), its modifiers and a prepositional phrase with "ل"
("المجموعة الدولية لدعم سوريا", "مفوضية الأمم المتحدة لشؤون اللاجئين"), written the
same way in many articles. The annotated articles are left out. Writes
`src/rasd/ner/data/corpus_org_names.tsv` (loose keys, articles: a name's words before
its phrase and each longer run), which `rasd.ner.corpus_org_names` reads.

    python benchmarks/mine_org_names.py [--news ../shared/data/news] [--out FILE]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from news_sample import annotated, unannotated_words

from rasd.ner.gazetteer import loose_key
from rasd.ner.rule_words import RULE_WORDS

HEADS = RULE_WORDS["corpus_org_head"]
BREAKS = RULE_WORDS["org_name_break"]
CLITICS = ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "و", "ب", "ل")
FUNCTION_WORDS = frozenset(
    "في من على إلى الى عن مع بعد قبل حيث التي الذي الذين و أو أن إن لا لم لن ما كما "
    "هذا هذه ذلك تلك كان كانت قد وقد خلال حول ضد عبر بين عند لدى منها عليها عليه فيها "
    "لها له به بها جميع كافة عدد بعض".split()
)
MAX_WORDS = 8
# A press release copied by several outlets repeats a run in one context ("ومجلس
# وزراء السياحة العرب للاطلاع"); a name is written after different words.
MIN_CONTEXTS = 4
MIN_ARTICLES = 8  # a name written whole in a handful of articles may be a description
DOMINANT = 0.6  # a continuation taken this often is part of the name
MIN_PREFIX_SHARE = 0.02  # the ل phrase follows the words before it this often at least


def _head(word: str) -> str | None:
    """The group noun a word is, without its proclitics and article."""
    for clitic in ("", *CLITICS):
        if word.startswith(clitic) and loose_key(word[len(clitic) :]) in HEADS:
            return loose_key(word[len(clitic) :])
    return None


def _surface_grams(words: list[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Loose keys → the word before and the surface words (for the ل test) of each gram."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for i, word in enumerate(words):
        head = _head(word)
        if head is None:
            continue
        for j in range(i + 2, min(len(words), i + MAX_WORDS) + 1):
            if words[j - 1] in FUNCTION_WORDS or loose_key(words[j - 1]) in BREAKS:
                break
            gram = (head, *(loose_key(w) for w in words[i + 1 : j]))
            out[gram] = (words[i - 1] if i else "", *words[i:j])
    return out


def mine(
    news: Path,
) -> tuple[
    Counter[tuple[str, ...]], dict[tuple[str, ...], tuple[str, ...]], Counter[tuple[str, ...]]
]:
    """Articles with each gram, its surface words, and how many different words come
    before it (up to MIN_CONTEXTS)."""
    known = annotated()
    counts: Counter[tuple[str, ...]] = Counter()
    surface: dict[tuple[str, ...], tuple[str, ...]] = {}
    before: dict[tuple[str, ...], set[str]] = {}
    for path in sorted(news.glob("*.jsonl.gz")):
        for words in unannotated_words(path, known):
            grams = _surface_grams(words)
            counts.update(grams.keys())
            for g, (prev, *rest) in grams.items():
                surface.setdefault(g, tuple(rest))
                seen = before.setdefault(g, set())
                if len(seen) < MIN_CONTEXTS:
                    seen.add(prev)
        counts = Counter({g: c for g, c in counts.items() if c >= 2})
        before = {g: b for g, b in before.items() if g in counts}
    return counts, surface, Counter({g: len(b) for g, b in before.items()})


def _phrase_word(word: str) -> bool:
    """A word with a glued "ل", as `rasd.ner.corpus_org_names` reads it: not the
    article, nor a word spelt with "لا" ("لاعبي"; "لإغاثة" is written with hamza)."""
    return word.startswith("ل") and not word.startswith(("ال", "لا")) and len(word) > 3


def _definite(word: str) -> bool:
    """With the article, after any proclitics ("والهيئة"; "للهيئة" is "ل" + "الهيئة")."""
    return word.startswith(("لل", "ولل")) or any(
        word.startswith(c) and word[len(c) :].startswith("ال") for c in ("", *CLITICS)
    )


def _name_like(words: tuple[str, ...]) -> bool:
    """Whether the words before the phrase can be a name's: no other preposition glued
    to them ("وكالة تصنيف المقاولين بإعداد"; also "وكالة بلومبرغ", a loss) nor another
    body joined by "و" ("الهيئة والجهات المشاركة"), and after a definite head definite words
    only, its adjectives ("الهيئة العليا المستقلة", not "المجلس خلال الاجتماع")."""
    rest = words[1:]
    if any(w.startswith(("ب", "ل", "وب", "ول", "وال")) and not w.startswith("ال") for w in rest):
        return False  # "لجنة الاحتراف بالاتحاد السعودي": a body inside another
    return not _definite(words[0]) or all(_definite(w) for w in rest)


def names(
    counts: Counter[tuple[str, ...]],
    surface: dict[tuple[str, ...], tuple[str, ...]],
    contexts: Counter[tuple[str, ...]],
) -> dict[tuple[str, ...], int]:
    """The counts the stage needs: each name's words before its ل phrase, and the
    phrase word by word while one continuation is dominant."""
    nexts: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for g in counts:
        nexts.setdefault(g[:-1], []).append(g)
    kept: dict[tuple[str, ...], int] = {}
    for g, c in counts.items():
        if c < MIN_ARTICLES or len(g) < 3 or g not in surface or not _phrase_word(surface[g][-1]):
            continue
        if not _name_like(surface[g][:-1]) or contexts[g] < MIN_CONTEXTS:
            continue
        prefix = counts.get(g[:-1], 0)
        if prefix == 0 or c < MIN_PREFIX_SHARE * prefix:
            continue
        kept[g[:-1]] = prefix
        kept[g] = c
        while True:
            best = max(nexts.get(g, []), key=lambda n: counts[n], default=None)
            if best is None or counts[best] < max(MIN_ARTICLES, DOMINANT * counts[g]):
                break
            g = best
            kept[g] = counts[g]
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--out", type=Path, default=Path("src/rasd/ner/data/corpus_org_names.tsv"))
    args = parser.parse_args()
    counts, surface, contexts = mine(args.news)
    rows = names(counts, surface, contexts)
    args.out.write_text(
        "".join(f"{' '.join(g)}\t{c}\n" for g, c in sorted(rows.items())), encoding="utf-8"
    )
    print(len(rows), "counts")


if __name__ == "__main__":
    main()
