"""Name rules over a whole document: a name put after "شركة", "نادي" or "فريق" is an
organisation wherever it occurs (`named_organisations`; a two-word person there is the
club, `cued_clubs`), and so is a club's town beside a match's score (`scored_clubs`) or
before a masculine nationality (`national_clubs`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from rasd.ner.gazetteer import loose_key
from rasd.ner.organisation_rules import learnt_names
from rasd.ner.rule_words import RULE_WORDS, NameList, load_rule_words
from rasd.ner.scoring import chunks

_COMPANY_CUES = RULE_WORDS["company_cue"]
_MATCH_SIDES = RULE_WORDS["match_side"]
_RAW_WORDS = load_rule_words(key=str)


def _spaced_names(list_name: str) -> frozenset[str]:
    """A list's names (words joined by "_") as the loose keys of their words, spaced."""
    return frozenset(
        " ".join(loose_key(w) for w in name.split("_")) for name in _RAW_WORDS[list_name]
    )


_HOME_NATIONS = RULE_WORDS["home_nation"] | _spaced_names("unlisted_country")
_VENUES = RULE_WORDS["venue"]
_TOWN_CUES = RULE_WORDS["town_cue"]
_PLACE_WORDS = RULE_WORDS["place_descriptor"]
_CONTINENTS = _spaced_names("continent")
_CLUB_COUNTRIES = _spaced_names("club_country")
_NOT_CLUB_BEFORE = _VENUES | _PLACE_WORDS | RULE_WORDS["masculine_head"]
_HOMOGRAPH_NATIONALITIES = RULE_WORDS["homograph_nationality"]
_MIN_LETTERS = 3
# "نادي", "لنادي", "وفريق", not "النادي", "للنادي": the definite noun is the article's
# own club, whose chairman or captain the name after it is ("رئيس النادي محمد القاسم").
_INDEFINITE_CLUB_CUE = re.compile("[وف]?[بلك]?(?:" + "|".join(sorted(_RAW_WORDS["club_cue"])) + ")")


def named_organisations(
    keys: Sequence[Sequence[str]], tags: list[list[str]], is_nationality: Callable[[str], bool]
) -> None:
    """A name that the document puts after "شركة", "نادي" or "فريق" ("شركة نايكي",
    "بنادي برشلونة") is an organisation wherever it was read as a place or a person
    alone or left untagged ("نايكي" tagged as a place, "برشلونة" as the city): the
    tagger sees one sentence at a time. Not a person's given name or surname ("شركة إيفانكا", "فريق
    عون": whose company or team), nor a nationality ("شركة كندية"). `keys` and `tags`
    are per sentence, changed in place."""
    named: set[tuple[str, ...]] = set()
    people: set[str] = set()
    for sentence_keys, sentence_tags in zip(keys, tags, strict=True):
        for label, start, end in chunks(sentence_tags):
            if label == "PER" and end - start > 1:
                people.update(sentence_keys[start:end])
            if start > 0 and sentence_keys[start - 1] in _COMPANY_CUES:
                named.add(tuple(sentence_keys[start:end]))
            elif label == "ORG" and end - start > 1 and sentence_keys[start] in _COMPANY_CUES:
                named.add(tuple(sentence_keys[start + 1 : end]))
    names = NameList.of(
        " ".join(name)
        for name in named
        if not people & set(name)
        and sum(len(k) for k in name) >= _MIN_LETTERS
        and not any(is_nationality(k) for k in name)
    )
    for sentence_keys, sentence_tags in zip(keys, tags, strict=True):
        for label, start, end in chunks(sentence_tags):
            if label in ("LOC", "PER") and " ".join(sentence_keys[start:end]) in names.names:
                sentence_tags[start:end] = ["B-ORG"] + ["I-ORG"] * (end - start - 1)
        learnt_names(sentence_keys, sentence_tags, names)


def cued_clubs(
    keys: Sequence[Sequence[str]],
    words: Sequence[Sequence[str]],
    tags: list[list[str]],
    is_nationality: Callable[[str], bool],
) -> None:
    """A person of two words or more right after an indefinite word of `club_cue`
    ("لاعب نادي [ويكي توريستس النيجيري|PER]", "مغادرة فريق [غازي عنتاب|PER] سبور") or
    starting with one ("[نادي جوفنتوس|PER]") is the club, left out of the person's words
    by which `named_organisations` keeps a person's company or team ("فريق عون"): the
    tagger reads a foreign club's two words as a given name and a surname. The cue
    and a definite nationality adjective at the end ("النيجيري") stay outside the
    club, as the annotated news write it; not a name of which a word is another
    person's in the document. `keys`, `words` per sentence; `tags` changed in place."""
    cued: list[tuple[int, int, int, int, int]] = []
    people: set[str] = set()
    for n, (sentence_keys, sentence_words, sentence_tags) in enumerate(
        zip(keys, words, tags, strict=True)
    ):
        for label, first, last in chunks(sentence_tags):
            if label != "PER" or last - first < 2:
                continue
            start = first + 1 if _club_cue(sentence_words[first]) else first
            if start == first and not (first > 0 and _club_cue(sentence_words[first - 1])):
                people.update(sentence_keys[first:last])
                continue
            end = (
                last - 1
                if _definite_nationality(sentence_words, sentence_keys, last - 1, is_nationality)
                else last
            )
            if end > start:
                cued.append((n, first, start, end, last))
    for n, first, start, end, last in cued:
        if not people & set(keys[n][start:end]):
            tags[n][first:last] = (
                ["O"] * (start - first)
                + ["B-ORG"]
                + ["I-ORG"] * (end - start - 1)
                + ["O"] * (last - end)
            )


def _definite_nationality(
    words: Sequence[str], keys: Sequence[str], i: int, is_nationality: Callable[[str], bool]
) -> bool:
    """Whether words[i] is a nationality adjective with the article ("النيجيري"): a
    club's own last word may read as one without it ("فيسيل كوبي", Cuban)."""
    return words[i].startswith("ال") and is_nationality(keys[i])


def _club_cue(word: str) -> bool:
    return _INDEFINITE_CLUB_CUE.fullmatch(word.replace("ى", "ي")) is not None


def scored_clubs(
    keys: Sequence[Sequence[str]],
    tags: list[list[str]],
    is_country: Callable[[str], bool],
    is_town: Callable[[str], bool] = lambda key: False,
) -> None:
    """A town beside a match's score ("وتغلب ليل 3-1 على", "بالفوز 3-1 على نانت",
    "الفوز 98-87 على دالاس مافريكس") is the club named after it (whether or not the
    lists know the club: most towns' clubs they do not), and so is that town
    wherever else the document reads it as a place ("وخسر نانت"), unless a word
    of `town_cue` puts the town itself there ("في روما"): the tagger, seeing one
    sentence, reads the town. A country there is the national team, which the
    annotated news write as the country, except a state of `club_country` whose club
    plays in another's league ("ليقود موناكو"). The tagger also reads a town as a
    person ("استهل ديجون مشواره", "بخسارة كوتبوس 1-3"): a name that `is_town` (listed
    as a city, not as a person) counts as a town there. `keys` and `tags` are per sentence, changed
    in place."""
    clubs: set[tuple[str, ...]] = set()
    for sentence_keys, sentence_tags in zip(keys, tags, strict=True):
        for start, end in _scores(sentence_keys):
            for first, last in _towns(sentence_keys, sentence_tags, is_town):
                name = " ".join(sentence_keys[first:last])
                if _beside(sentence_keys, first, last, start, end) and _is_club(name, is_country):
                    clubs.add(tuple(sentence_keys[first:last]))
    if not clubs:
        return
    for sentence_keys, sentence_tags in zip(keys, tags, strict=True):
        for first, last in list(_towns(sentence_keys, sentence_tags, is_town)):
            name = " ".join(sentence_keys[first:last])
            if tuple(sentence_keys[first:last]) in clubs or _reported_club(
                sentence_keys, first, name, is_country
            ):
                sentence_tags[first:last] = ["B-ORG"] + ["I-ORG"] * (last - first - 1)


def national_clubs(
    keys: Sequence[Sequence[str]],
    words: Sequence[Sequence[str]],
    tags: list[list[str]],
    is_country: Callable[[str], bool],
    is_nationality: Callable[[str], bool],
    is_town: Callable[[str], bool] = lambda key: False,
) -> None:
    """A town before a masculine nationality adjective ("ميلان الإيطالي", "ليون
    الفرنسي") is the club, which agrees with the masculine "نادي", and so is that
    town wherever else the document reads it as a place or a person, unless a word of
    `town_cue` puts the town itself there: the town agrees with the feminine "مدينة"
    ("ليون الفرنسية"). Not a definite name, which names a masculine region ("الجولان
    السوري"), nor a name after a word of `place_descriptor`, `venue` or
    `masculine_head`, with which the adjective agrees ("ميناء مليلية الإسباني"), or
    that starts with one ("[مطار الشعيرات] السوري"), or after a word of `town_cue`, nor
    a country. `keys` (loose) and `words` are per sentence; `tags`
    changed in place."""
    clubs: set[tuple[str, ...]] = set()
    for sentence_keys, sentence_words, sentence_tags in zip(keys, words, tags, strict=True):
        for first, last in _towns(sentence_keys, sentence_tags, is_town):
            name = " ".join(sentence_keys[first:last])
            if (
                last < len(sentence_words)
                and _masculine_nationality(
                    sentence_words[last], sentence_keys[last], is_nationality
                )
                and not sentence_words[first].startswith("ال")
                and not _NOT_CLUB_BEFORE & set(sentence_keys[max(0, first - 1) : first + 1])
                and _is_club(name, is_country)
            ):
                clubs.add(tuple(sentence_keys[first:last]))
    for sentence_keys, sentence_tags in zip(keys, tags, strict=True):
        for first, last in list(_towns(sentence_keys, sentence_tags, is_town)):
            if tuple(sentence_keys[first:last]) in clubs:
                sentence_tags[first:last] = ["B-ORG"] + ["I-ORG"] * (last - first - 1)


def _masculine_nationality(word: str, key: str, is_nationality: Callable[[str], bool]) -> bool:
    """Whether a word is a nationality adjective with the article, masculine
    ("الإيطالي"; not "الإيطالية", nor "المالي" of `homograph_nationality`)."""
    return (
        word.startswith("ال")
        and word.endswith(("ي", "ى"))
        and key not in _HOMOGRAPH_NATIONALITIES
        and is_nationality(key)
    )


def _reported_club(
    keys: Sequence[str], first: int, name: str, is_country: Callable[[str], bool]
) -> bool:
    """Whether a town of a match report (a document with a club beside a score) is a
    club too ("ليقود موناكو لبداية مظفرة", "ولم ينجح نيس"): the report's towns are
    its teams, unless a word of `venue` or `place_descriptor` before it names the
    place itself ("ملعب سانتياغو برنابيو", "مدينة نيس"), a word of `town_cue` two
    words before puts the town there ("العاصمة السعودية الرياض"), or the name is a
    continent's, which names competitions ("دوري أبطال أوروبا")."""
    before = keys[max(0, first - 2) : first]
    return (
        _is_club(name, is_country)
        and name not in _CONTINENTS
        and not (before and (before[-1] in _VENUES or before[-1] in _PLACE_WORDS))
        and not (len(before) == 2 and before[0] in _TOWN_CUES)
    )


def _towns(
    keys: Sequence[str], tags: list[str], is_town: Callable[[str], bool]
) -> Iterator[tuple[int, int]]:
    """The places of a sentence that no word of `town_cue` introduces, and its persons
    whose whole name `is_town` ("ديجون"; not "سيرجي روبرتو")."""
    for label, first, last in chunks(tags):
        town = label == "LOC" or (label == "PER" and is_town(" ".join(keys[first:last])))
        if town and (first == 0 or keys[first - 1] not in _TOWN_CUES):
            yield first, last


def _is_club(name: str, is_country: Callable[[str], bool]) -> bool:
    return (
        (name in _CLUB_COUNTRIES or not is_country(name))
        and name not in _HOME_NATIONS
        and name.split()[0] not in _VENUES
    )


def _scores(keys: Sequence[str]) -> Iterator[tuple[int, int]]:
    """The spans of a sentence's match scores ("3 - 1", "1 - صفر")."""
    if "-" not in keys:
        return
    for i in range(1, len(keys) - 1):
        if keys[i] == "-" and _is_goals(keys[i - 1]) and _is_goals(keys[i + 1]):
            yield i - 1, i + 2


def _is_goals(key: str) -> bool:
    return (key.isdigit() and len(key) <= 2) or key == _NIL


_NIL = loose_key("صفر")


def _beside(keys: Sequence[str], first: int, last: int, start: int, end: int) -> bool:
    """Whether the name keys[first:last] stands right before or after the score
    keys[start:end], or after it across a word of `match_side` ("3-1 على نانت")."""
    after = end + 1 if end < len(keys) and keys[end] in _MATCH_SIDES else end
    return last == start or first == after
