"""Name rules read from a name's written form (patterns 3 and 7 of rules.py): Latin
capitals, hashtags, words joined by a hyphen or dot without a space, ordinals
standing alone, and a foreign organisation's name cut in two.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.gazetteer import loose_key
from rasd.ner.rule_words import PREPOSITIONS, RULE_WORDS, Phrases
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key


def acronyms(words: Sequence[str], tags: list[str]) -> None:
    """Latin capitals (CNN, BBC) standing alone in Arabic text are organisations: left
    untagged or tagged as a one-word person name (people are not written as acronyms)."""
    for i, word in enumerate(words):
        if not (2 <= len(word) <= 6 and word.isascii() and word.isupper()):
            continue
        alone = i + 1 == len(tags) or not tags[i + 1].startswith("I-")
        if tags[i] == "O" or (tags[i] == "B-PER" and alone):
            tags[i] = "B-ORG"


def hashtags(words: Sequence[str], tags: list[str], phrases: Phrases) -> None:
    """A hashtag name ("دونالد_ترامب", "المفوضية_الأوروبية") listed with its words
    spaced is that name."""
    for i, word in enumerate(words):
        if "_" not in word:
            continue
        alone = i + 1 == len(tags) or not tags[i + 1].startswith("I-")
        if not alone or tags[i].startswith("I-"):
            continue
        parts = [loose_key(part) for part in word.strip("_").split("_")]
        for start, end, types in phrases(parts):
            if start > 0 or end < len(parts) or tags[i][2:] in types:
                continue
            label = next((t for t in ("LOC", "ORG", "PER") if t in types), None)
            if label:
                tags[i] = "B-" + label


_HASHTAG_HEADS = RULE_WORDS["hashtag_head"]
_HASHTAG_BREAKS = PREPOSITIONS | RULE_WORDS["hashtag_break"]
_MAX_HASHTAG_PARTS = 5


def headed_hashtags(
    words: Sequence[str], tags: list[str], is_title: Callable[[str], bool] = lambda key: False
) -> None:
    """A hashtag of two to five words that begins with a group or body noun
    (`hashtag_head`: "#الاتحاد_الأوروبي", "#الجيش_اليمني", "#ميليشيات_الحوثي") is an
    organisation's name, kept as written: the tagger, meeting one long token it has
    never seen, leaves it untagged or reads it as a place or person, and `hashtags`
    knows only listed names. A preposition or figure among the words makes it a topic
    ("#مستشفى_الأفلاج_تحت_المجهر"); words joined by "_" without a "#" are a slip
    ("اللجنة_المشرفة على الامتحانات"). Right after an indefinite title (`is_title`, a
    loose key: "رئيس #مجلس_الأعمال_السعودي_الفرنسي") the tag says where the title is
    held, which the quotes layer reads as part of the speaker's title, so it is left
    as the tagger read it. Read by the tagger as the first words of a person's name,
    the hashtag is the body and the person's name begins after it."""
    for i, word in enumerate(words):
        if not is_hashtag(words, i) or tags[i].startswith("I-") or tags[i] == "B-ORG":
            continue
        if after_indefinite_title(words, i, is_title):
            continue
        parts = [part for part in word.strip("#_").split("_") if part]
        if not 2 <= len(parts) <= _MAX_HASHTAG_PARTS or loose_key(parts[0]) not in _HASHTAG_HEADS:
            continue
        if any(loose_key(p) in _HASHTAG_BREAKS or not p.isalpha() for p in parts[1:]):
            continue
        if i + 1 == len(tags) or not tags[i + 1].startswith("I-"):
            tags[i] = "B-ORG"
        elif tags[i] == "B-PER" and tags[i + 1] == "I-PER":
            # "الناطق باسم #حركة_فتح أسامة القواسمي": the tagger ran the body's tag into
            # the spokesman's name; no person's name opens with a body noun.
            tags[i], tags[i + 1] = "B-ORG", "B-PER"


def is_hashtag(words: Sequence[str], i: int) -> bool:
    """Whether word `i` is a hashtag of several words: joined by "_" after a "#" (glued
    or a word of its own); an underscore alone is a slip ("اللجنة_المشرفة على")."""
    word = words[i]
    return "_" in word and (word.startswith("#") or (i > 0 and words[i - 1] == "#"))


def after_indefinite_title(words: Sequence[str], i: int, is_title: Callable[[str], bool]) -> bool:
    j = i - 2 if i > 0 and words[i - 1] == "#" else i - 1
    if j < 0:
        return False
    return not match_key(words[j]).startswith("ال") and is_title(loose_key(words[j]))


# A hyphen or dot with a space on either side is a dash or a full stop ("خاشقجي- الذي").
_JOINERS = frozenset("-–.")
# Last parts of a web address named as a site ("بيت.كوم", "العربية.نت").
_DOMAINS = frozenset(match_key(w) for w in "كوم نت com net org".split())
_MAX_INITIAL = 3


def _compounds(words: Sequence[str], attached: Sequence[bool]) -> list[tuple[int, int]]:
    """Runs [start, end) of words joined by hyphens or dots with no space ("جونغ-أون")."""
    n = min(len(words), len(attached))
    runs: list[tuple[int, int]] = []
    i = 0
    while i < n:
        end = i + 1
        while end + 1 < n and words[i][:1].isalpha() and words[end + 1][:1].isalpha():
            joiner, left, right = words[end], attached[end], attached[end + 1]
            if joiner not in _JOINERS or not (left and right):
                break
            end += 2
        if end > i + 1:
            runs.append((i, end))
        i = end
    return runs


def joined_words(words: Sequence[str], tags: list[str], attached: Sequence[bool]) -> None:
    """A hyphenated or dotted word joins the name one of its parts or the word right
    before it belongs to ("كيم جونغ-أون", "آدريان رانكين-غالواي", "أو.إن.جي.سي
    فيديش"); untagged, a web address ("بيت.كوم") or dotted initials of three letters or
    more ("بي.إف.إم") are an organisation."""
    for start, end in _compounds(words, attached):
        labels = {t[2:] for t in tags[start:end] if t != "O"}
        if not labels and start > 0 and tags[start - 1] != "O":
            labels = {tags[start - 1][2:]}
        if len(labels) > 1 or sum(t.startswith("B-") for t in tags[start:end]) > 1:
            continue  # two names side by side: "قمة ترامب-بوتين"
        if labels:
            first = (
                start - 1 if tags[start] == "O" and start > 0 and tags[start - 1] != "O" else start
            )
            while first > 0 and tags[first].startswith("I-"):
                first -= 1
            last = end
            while last < len(tags) and tags[last].startswith("I-"):
                last += 1
            label = labels.pop()
            tags[first:last] = [f"B-{label}"] + [f"I-{label}"] * (last - first - 1)
        elif _is_site_or_initials(words[start:end]):
            tags[start:end] = ["B-ORG"] + ["I-ORG"] * (end - start - 1)


def _is_site_or_initials(parts: Sequence[str]) -> bool:
    words = parts[::2]
    if any(j != "." for j in parts[1::2]):
        return False
    if match_key(words[-1]) in _DOMAINS:
        return True
    return len(words) >= _MAX_INITIAL and all(len(w) <= _MAX_INITIAL for w in words)


_ORDINALS = RULE_WORDS["ordinal"]


def ordinals_alone(keys: Sequence[str], tags: list[str]) -> None:
    """An ordinal tagged as a name of one word ("الجولة الخامسة", "للمرة الثالثة",
    "تشرين الثاني") names nothing; inside a name it stays ("عبد الله الثاني").
    `keys` are loose keys."""
    for i in [i for i, key in enumerate(keys) if key in _ORDINALS]:
        alone = i + 1 == len(tags) or not tags[i + 1].startswith("I-")
        if tags[i].startswith("B-") and alone:
            tags[i] = "O"


def split_organisations(
    keys: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    glued: Callable[[int, int], bool],
    conjoined: Sequence[bool],
) -> None:
    """Two organisations side by side, no word of either with the article, are one
    foreign name the tagger cut in two ("[بوكو] [حرام]", "[ميل] [أون صنداي]", "[سيلتا]
    [فيغو]", "[فولكس] [فاجن]"): an Arabic name of a body carries the article somewhere,
    and two bodies named one after the other are joined by "و" or a comma. Not where a
    word of either carries "و" ("[دورتموند وباير] [ليفركوزن]") or is a preposition
    ("[يونايتد] [أمام وست]"), nor Latin words (an alias, "غوغل Google", or a product,
    "آيفون XR"), nor a run of three or more (a site's share buttons, "تويتر فيسبوك جوجل
    بلس"), nor where the second name begins after a letter glued to it ("[مؤسسة غالوب]
    [لبي بي سي]": for the BBC). `keys` are loose keys, `stems` the stem match keys with
    the article, `glued(k, end)` whether the name of words k to end begins after a
    proclitic, `conjoined` whether a word carries "و"."""
    found = chunks(tags)
    for n in range(len(found) - 1):
        (first, i, j), (second, k, end) = found[n], found[n + 1]
        if first != "ORG" or second != "ORG" or k != j or _in_run(found, n):
            continue
        if not _foreign(keys[i:end], stems[i:end], conjoined[i:end]) or glued(k, end):
            continue
        tags[k] = "I-ORG"


def _in_run(found: Sequence[tuple[str, int, int]], n: int) -> bool:
    """Whether the pair of chunks n, n + 1 touches a third organisation."""
    before = n > 0 and found[n - 1][0] == "ORG" and found[n - 1][2] == found[n][1]
    after = n + 2 < len(found) and found[n + 2][0] == "ORG" and found[n + 2][1] == found[n + 1][2]
    return before or after


def _foreign(keys: Sequence[str], stems: Sequence[str], conjoined: Sequence[bool]) -> bool:
    return not (
        any(conjoined)
        or any(key in PREPOSITIONS for key in keys)
        or any(stem.startswith("ال") or _latin(stem) for stem in stems)
    )


def _latin(word: str) -> bool:
    return any(c.isascii() and c.isalpha() for c in word)
