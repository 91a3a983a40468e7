"""Tunisian towns the Jawhara FM news names after an administrative division ("ولاية
سيدي بوزيد", "معتمدية ملولش", "بلدية حمام سوسة"): the name lists lack many delegations
and the tagger, reading one sentence, cuts a town of two words ("ولاية [سيدي] بوزيد")
or leaves it untagged. A name runs on past a word while the pair is a compound
(`Compounds.goes_on`; not "المهدية صباح"). A name is kept when it follows a division
word in several articles; a single word also when a good share of its uses follow one,
when it is no common noun, no place the name lists hold and no compound's first word.
The annotated articles are left out. Writes `src/rasd/ner/data/division_towns.tsv` (name, articles after a division
word, share of its uses), which `rasd.ner.division_towns` reads.

    python benchmarks/mine_division_towns.py [--news ../shared/data/news/ant-jawharafm.jsonl.gz]
"""

from __future__ import annotations

import argparse
import itertools
from collections import Counter
from pathlib import Path

from news_sample import annotated, unannotated_words

from rasd.ner.gazetteer import COUNTRY, load_gazetteer, loose_key, phrase_key

# "عمادة" (a sector) is also a professional order ("عمادة أطباء الأسنان"): left out.
DIVISIONS = frozenset(
    p + w for w in "ولاية معتمدية بلدية".split() for p in ("", "و", "ب", "ل", "وب")
)
FUNCTION_WORDS = frozenset(
    "في من على إلى الى عن مع بعد قبل حيث التي الذي و أو أن إن منذ خلال عبر".split()
)
MIN_ARTICLES = 3  # a name after a division word once or twice may be a slip
MIN_SHARE = 0.1  # a single word mostly written elsewhere is a common word
COMPOUND_SHARE = 0.5  # a pair written in half the uses of one of its words is one name
MAX_WORDS = 4  # "بئر علي بن خليفة"
MIN_LETTERS = 3
# A definite word whose bare form is this common a share of its own uses is a common
# noun ("عمادة الأطباء": the medical council; "القصر", "السند").
MAX_BARE = 0.2
# A name runs on to the next word when, after a division word, the longer name is
# written in this share of the articles of the shorter ("بئر علي بن خليفة", "حمام
# سوسة"), though the corpus writes its words apart as well; and a word mostly before
# one same word there begins a compound, not a name alone.
MAX_SAME_NEXT = 0.5

Gram = tuple[str, ...]


def _may_continue(word: str) -> bool:
    """Whether a word may go on a name: not a preposition, a division word or an
    adjective ("ولاية أوهايو الأمريكية", "قبلي الجنوبية")."""
    adjective = word.startswith("ال") and word.endswith("ية")
    return word not in FUNCTION_WORDS and word not in DIVISIONS and not adjective


def _grams(words: list[str], i: int) -> list[Gram]:
    """The word at `i` and the longer runs from it that may be a name."""
    end = i + 1
    while end < len(words) and end - i < MAX_WORDS and _may_continue(words[end]):
        end += 1
    return [tuple(words[i:j]) for j in range(i + 1, end + 1)]


class Compounds:
    """Whether a name goes on with its next word: the corpus writes the pair in half
    the uses of one of its words ("سيدي بوزيد", "حمام الأنف"; not "المهدية صباح"), or
    the longer name follows a division word in half the articles of the shorter."""

    def __init__(self, articles: list[list[str]]) -> None:
        self.total: Counter[str] = Counter()  # uses of each word
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.cued: Counter[Gram] = Counter()  # articles with each run after a division
        for words in articles:
            self.total.update(words)
            self.pairs.update(itertools.pairwise(words))
        for words in articles:
            self.cued.update({g for i in _cued(words) for g in _grams(words, i)})

    def goes_on(self, gram: Gram, longer: Gram) -> bool:
        a, b = gram[-1], longer[-1]
        if self.pairs[a, b] >= COMPOUND_SHARE * min(self.total[a], self.total[b]):
            return True
        n = self.cued[longer]
        return n >= MIN_ARTICLES and n >= MAX_SAME_NEXT * self.cued[gram]

    def name(self, words: list[str], i: int) -> Gram:
        """The name that starts at word `i`."""
        grams = _grams(words, i)
        k = 0
        while k + 1 < len(grams) and self.goes_on(grams[k], grams[k + 1]):
            k += 1
        return grams[k]

    def same_next(self, gram: Gram) -> int:
        """The articles of the longer name after a division word most often written."""
        return max((n for g, n in self.cued.items() if g[:-1] == gram), default=0)


def _cued(words: list[str]) -> list[int]:
    """The words right after a division word."""
    return [
        i + 1
        for i in range(len(words) - 1)
        if words[i] in DIVISIONS and words[i + 1] not in FUNCTION_WORDS
    ]


def mine(news: Path) -> tuple[Counter[Gram], Compounds]:
    """Articles with each name after a division word, and the corpus counts."""
    known = annotated()
    articles = list(unannotated_words(news, known))
    compounds = Compounds(articles)
    names: Counter[Gram] = Counter()
    for words in articles:
        names.update({compounds.name(words, i) for i in _cued(words)})
    return names, compounds


def kept(name: str, articles: int, share: float, bare: int, listed: bool, same_next: int) -> bool:
    """A name seen often enough after a division word. One word also mostly there, not
    a common noun with the article (`bare`: uses without it) and not a place the name
    lists hold already (the tagger knows those alone; a town of two words it cuts)."""
    single = " " not in name
    common = name.startswith("ال") and bare >= MAX_BARE * articles / share
    compound = same_next >= MAX_SAME_NEXT * articles
    return (
        articles >= MIN_ARTICLES
        and len(loose_key(name)) >= MIN_LETTERS
        and (not single or (share >= MIN_SHARE and not (common or listed or compound)))
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--news", type=Path, default=Path("../shared/data/news/ant-jawharafm.jsonl.gz")
    )
    parser.add_argument("--out", type=Path, default=Path("src/rasd/ner/data/division_towns.tsv"))
    args = parser.parse_args()
    names, compounds = mine(args.news)
    gazetteer = load_gazetteer()
    rows = []
    for gram, articles in names.most_common():
        name = " ".join(gram)
        share = articles / compounds.total[gram[0]]
        listed = any(
            label in ("LOC", COUNTRY) for label, _ in gazetteer.get(phrase_key(list(gram)), ())
        )
        bare = compounds.total[name[2:]]
        if kept(name, articles, share, bare, listed, compounds.same_next(gram)):
            rows.append(f"{name}\t{articles}\t{share:.3f}")
    header = "# name\tarticles after a division word\tshare of its first word's uses"
    args.out.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} towns written to {args.out}")


if __name__ == "__main__":
    main()
