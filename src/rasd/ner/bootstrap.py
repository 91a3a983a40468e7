"""Organisation names of the period, learnt from the news corpus by their descriptors.

News introduces a group, a newspaper or an agency by a descriptor noun in construct
state: "تنظيم داعش", "حركة حماس", "صحيفة واشنطن بوست", "وكالة رويترز". The words
after such a descriptor that (a) look like a name (the news almost never puts the
article on them) and (b) follow descriptors often, across many articles, are listed
as organisations for the gazetteer. A longer name wins where the corpus nearly always
continues the shorter one ("واشنطن" after "صحيفة" is "واشنطن بوست").
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from rasd.ner.variants import rarely_definite
from rasd.text.normalize import match_key

NEWS_NAMES_RESOURCE = "news_names.tsv.gz"
_DESCRIPTORS = frozenset(
    match_key(w)
    for w in "تنظيم حركة جماعة ميليشيا ميليشيات صحيفة جريدة مجلة وكالة قناة شبكة موقع".split()
)
_FUNCTION_WORDS = frozenset(
    match_key(w)
    for w in (
        "في من على إلى عن مع أن إن التي الذي هذا هذه ذلك تلك بعد قبل كل وقد قد لم لن "
        "ما لا حيث عبر خلال بين منذ حتى كما أو ثم"
    ).split()
)
MIN_COUNT = 20  # times after a descriptor
MIN_SHARE = 0.1  # of all the name's occurrences (single words)
_CONTINUES = 0.7  # share of a name's uses that go on with the same next word
MAX_WORDS = 3
_WORD = re.compile(r"\w+|[^\w\s]")


def _name_like(word: str, lexicon: dict[str, int]) -> bool:
    return (
        word.isalpha()
        and len(word) > 1
        and word not in _FUNCTION_WORDS
        and word not in _DESCRIPTORS
        and not word.startswith("لل")
        and rarely_definite(word, lexicon)
    )


def descriptor_counts(texts: Iterable[str], lexicon: dict[str, int]) -> Counter[tuple[str, ...]]:
    """How often each run of 1-3 name-like words follows a descriptor noun."""
    counts: Counter[tuple[str, ...]] = Counter()
    for text in texts:
        tokens = _WORD.findall(match_key(text))
        for i, token in enumerate(tokens[:-1]):
            if token not in _DESCRIPTORS:
                continue
            run: list[str] = []
            for word in tokens[i + 1 : i + 1 + MAX_WORDS]:
                if not _name_like(word, lexicon):
                    break
                run.append(word)
                counts[tuple(run)] += 1
    return counts


def descriptor_names(counts: Counter[tuple[str, ...]], lexicon: dict[str, int]) -> list[str]:
    """The names the counts establish (space-joined match keys)."""
    names: list[str] = []
    for run, count in counts.items():
        if count < MIN_COUNT:
            continue
        if len(run) == 1 and count < MIN_SHARE * lexicon.get(run[0], 0):
            continue  # a frequent word that only sometimes follows a descriptor
        longer = max((c for r, c in counts.items() if r[:-1] == run), default=0)
        if longer >= _CONTINUES * count:
            continue
        shorter = counts.get(run[:-1], 0) if len(run) > 1 else 0
        if len(run) > 1 and count < _CONTINUES * shorter:
            continue  # "X Y" where X usually stands alone or goes on otherwise
        names.append(" ".join(run))
    return sorted(names)


def write_news_names(names: list[str], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress("".join(f"{n}\n" for n in names).encode("utf-8"), mtime=0))


def load_news_names(path: Path | None = None) -> list[str]:
    """The learnt organisation names, from `path` or the shipped list."""
    if path is None:
        ref = resources.files("rasd.ner") / "data" / NEWS_NAMES_RESOURCE
        if not ref.is_file():
            return []
        raw = ref.read_bytes()
    else:
        raw = path.read_bytes()
    return gzip.decompress(raw).decode("utf-8").split("\n")[:-1]
