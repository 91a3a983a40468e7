"""Places the news corpus names: words written right after a place noun ("مدينة",
"بلدة", "قضاء", "مديرية" …, or "العاصمة الإندونيسية") in several articles and in a
good share of all their occurrences. The annotated articles are left out. Writes
`src/rasd/ner/data/corpus_places.tsv` (word, articles after a place noun, share of
occurrences), which `rasd.ner.corpus_places` reads.

    python benchmarks/mine_places.py [--news ../shared/data/news] [--out FILE]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from news_sample import annotated, unannotated_words

from rasd.ner.gazetteer import loose_key

PLACE_NOUNS = frozenset(
    p + w
    for w in "مدينة بلدة قرية مديرية محافظة ولاية ناحية إقليم".split()
    for p in ("", "و", "ب", "ل", "وب")
) | {"عاصمة", "العاصمة"}
# Before a nationality adjective, these nouns still name the place after it
# ("العاصمة الإندونيسية جاكرتا", "مدينة سالزبوري" / "مدينة ميلانو الإيطالية").
ADJECTIVE_BETWEEN = frozenset({"عاصمة", "العاصمة", "مدينة", "بمدينة"})
FUNCTION_WORDS = frozenset("في من على إلى الى عن مع بعد قبل حيث التي الذي و أو".split())
MIN_ARTICLES = 3  # a place named once or twice may be a slip or a common noun
MIN_SHARE = 0.1  # "مدينة الألعاب": a word mostly written elsewhere is no place
MIN_LETTERS = 4  # short keys are too often the first word of a compound (دير، رام)
# "قضاء" (a district) is also "spending" ("قضاء أوقات"): left out of the nouns.
MAX_SAME_NEXT = 0.5  # mostly before one word, it begins a compound ("سولت ليك")
MAX_WITH_ARTICLE = 0.1  # a bare word often written with the article is a common noun


def _places_after_nouns(words: list[str]) -> dict[str, str]:
    """The words after a place noun, each with the word that follows it."""
    found: dict[str, str] = {}
    for i in range(len(words) - 1):
        if words[i] not in PLACE_NOUNS:
            continue
        j = i + 1
        adjective = words[j].startswith("ال") and words[j].endswith("ية")
        if adjective and words[i] in ADJECTIVE_BETWEEN and j + 1 < len(words):
            found[words[j + 1]] = words[j + 2] if j + 2 < len(words) else ""
        found[words[j]] = words[j + 1] if j + 1 < len(words) else ""
    return found


def _may_continue(word: str) -> bool:
    """Whether a word after a place may be the rest of its name: not an adjective or
    other definite word ("سالزبوري الإنجليزية"), nor a preposition."""
    return bool(word) and not word.startswith("ال") and word not in FUNCTION_WORDS


def mine(news: Path) -> tuple[Counter[str], Counter[str], Counter[tuple[str, str]]]:
    """Articles with each word after a place noun; occurrences of each word; articles
    with each (word, next word) after a place noun."""
    known = annotated()
    cued: Counter[str] = Counter()
    total: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for path in sorted(news.glob("*.jsonl.gz")):
        for words in unannotated_words(path, known):
            total.update(words)
            found = _places_after_nouns(words)
            cued.update(found.keys())
            pairs.update((w, nxt) for w, nxt in found.items() if _may_continue(nxt))
    return cued, total, pairs


def kept(word: str, articles: int, share: float, same_next: int, with_article: int) -> bool:
    # A word ending in ة after a place noun is mostly an adjective or an ordinal
    # ("ولاية خامسة", "المدينة المقدسة"); the listed places with ة the gazetteer holds.
    return (
        articles >= MIN_ARTICLES
        and share >= MIN_SHARE
        and len(loose_key(word)) >= MIN_LETTERS
        and not word.endswith("ة")
        and word not in PLACE_NOUNS
        and same_next <= MAX_SAME_NEXT * articles
        and (word.startswith("ال") or with_article <= MAX_WITH_ARTICLE * articles / share)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--out", type=Path, default=Path("src/rasd/ner/data/corpus_places.tsv"))
    args = parser.parse_args()
    cued, total, pairs = mine(args.news)
    same_next: Counter[str] = Counter()
    for (word, _), n in pairs.items():
        same_next[word] = max(same_next[word], n)
    rows = []
    for word, articles in cued.most_common():
        share = articles / total[word]
        if kept(word, articles, share, same_next[word], total["ال" + word]):
            rows.append(f"{word}\t{articles}\t{share:.3f}")
    header = "# word\tarticles after a place noun\tshare of its occurrences (mine_places.py)"
    args.out.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} places written to {args.out}")


if __name__ == "__main__":
    main()
