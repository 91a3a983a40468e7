"""The resources the event coder reads once: triggers, actors and places.

- `triggers.tsv`: hand-written verbs and verbal nouns with their PLOVER type
  (see the file's header); inflected forms are generated here.
- `actors.tsv.gz`: actor phrases with country and role codes, compiled by
  `rasd train events` from UniversalPetrarch's Arabic actor and agent dictionaries
  and the countries gazetteer (see `rasd.events.build`).
- `places.tsv.gz`: country and city names with country codes and, for countries,
  coordinates (same command).
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path

from rasd.events.counts import NUM_WORDS
from rasd.events.keys import light_key
from rasd.text.normalize import match_key

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "INVESTIGATE",
    "DEMAND",
    "DISAPPROVE",
    "REJECT",
    "THREATEN",
    "SANCTION",
    "PROTEST",
    "CRIME",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

_PAST_SUFFIXES = ("", "ت", "تا", "ا", "وا", "ن", "نا", "تم")
_PRESENT_PREFIXES = ("ي", "ت", "ن", "ا")
_PRESENT_SUFFIXES = ("", "ان", "ون", "ين", "ن", "وا", "ا")
_NOUN_ENCLITICS = ("ه", "ها", "هم", "هما")


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    kind: str  # "verb" | "passive" | "noun" | "counted" (a noun valid after a
    # quantity) | "agent" (a noun naming the participants)
    lemma: str
    objects: frozenset[str]  # light keys, one of which must follow; empty: none needed
    cameo: str


def _data(name: str) -> bytes:
    return (resources.files("rasd.events") / "data" / name).read_bytes()


def _read_text(name: str, path: Path | None) -> str:
    raw = path.read_bytes() if path else _data(name)
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return raw.decode("utf-8")


@dataclass(frozen=True, slots=True)
class WordLists:
    """Named word lists of the event rules (`data/words.tsv`)."""

    lists: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls, path: Path | None = None) -> WordLists:
        lists = {}
        for line in _read_text("words.tsv", path).splitlines():
            if line.strip() and not line.startswith("#"):
                name, words = line.split("\t")
                if name in lists:
                    # a second row of one name would silently replace the first list
                    raise ValueError(f"words.tsv: list {name!r} twice")
                lists[name] = tuple(words.split())
        return cls(lists)

    def words(self, name: str) -> frozenset[str]:
        """A list to look words up in."""
        return frozenset(self.lists[name])

    def forms(self, name: str) -> tuple[str, ...]:
        """A list of beginnings, for `str.startswith`."""
        return self.lists[name]


def verb_forms(past: str, present: str | None = None) -> set[str]:
    """Unvocalised past and present forms of a verb given as past 3ms (match keys);
    a present of "-" gives the past forms alone."""
    past = match_key(past)
    if present is None:
        present = past[1:] if past[0] in "اأ" and len(past) >= 4 else past
    present = match_key(present)
    forms: set[str] = set()
    if past[-1] in "ىاي":
        base = past[:-1]
        forms |= {past, base + "ت", base + "تا", base + "يا", base + "وا", base + "ي"}
    else:
        forms |= {past + s for s in _PAST_SUFFIXES}
    if present == "-":
        pres_stems: dict[str, tuple[str, ...]] = {}
    elif present[-1] in "ىي":
        pres_stems = {present[:-1] + "ي": ("", "ان", "ن"), present[:-1]: ("ون", "وا")}
    elif present[-1] == "و":
        pres_stems = {present: ("", "ن", "ا"), present[:-1]: ("ون", "وا")}
    else:
        pres_stems = {present: _PRESENT_SUFFIXES}
    for stem, suffixes in pres_stems.items():
        for prefix in _PRESENT_PREFIXES:
            forms |= {prefix + stem + s for s in suffixes}
    # Object pronouns ("قتله"، "يهاجمهم"); a final alef before them is written
    # as-is, a final ى as ا ("دعاه").
    bases = {f[:-1] + "ا" if f.endswith("ى") else f for f in forms if not f.endswith(("ا", "وا"))}
    forms |= {b + e for b in bases for e in _NOUN_ENCLITICS}
    return forms


def _doubled(forms: set[str], stem: str) -> set[str]:
    """The forms of a doubled verb written with two letters ("حث"، "حض"، "شن").

    Its ن-forms are written with both letters ("حضضن"): a generated "حضن" or "يحضن" is
    another verb's ("hugs"), and "أحضان" a noun. The segmenter leaves "و" on a
    three-letter word, so "وحث" and "وشن" are listed whole."""
    kept = set()
    for f in forms:
        at = f.find(stem)
        rest = f[at + len(stem) :]
        if rest.startswith("ن") or (at == 1 and f[0] == "ا" and rest.startswith("ان")):
            continue
        kept.add(f)
    return kept | {"و" + f for f in kept if len(f) == 2}


def noun_forms(noun: str) -> set[str]:
    """A noun with and without the article, in the accusative and with pronouns."""
    noun = match_key(noun)
    forms = {noun, "ال" + noun}
    if noun[-1] not in "ةاى":
        forms |= {noun + "ا"}
    construct = noun[:-1] + "ت" if noun.endswith("ة") else noun
    forms |= {construct + e for e in _NOUN_ENCLITICS}
    if noun.endswith("اء"):
        # Before a pronoun the hamza sits on ي in the genitive and on و in the
        # nominative ("خلال لقائه الرئيس"، "لقاؤهما الأول"); only the accusative
        # keeps it on the line ("لقاءه").
        forms |= {noun[:-1] + seat + e for seat in "ئؤ" for e in _NOUN_ENCLITICS}
    return forms


class TriggerLexicon:
    """Word form → the triggers it may start."""

    def __init__(self, path: Path | None = None) -> None:
        self.by_form: dict[str, list[Trigger]] = {}
        for line in _read_text("triggers.tsv", path).splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            cols = [c.strip() for c in line.split("\t")]
            etype, kind, form = ([*cols, "", ""])[:3]
            rest = [c for c in cols[3:] if c]
            cameo = rest.pop() if rest and rest[-1].isdigit() else ""
            objects = rest[0] if rest else ""
            if etype not in PLOVER_TYPES:
                raise ValueError(f"triggers.tsv: unknown PLOVER type {etype!r}")
            self._add(etype, kind, form, objects, cameo)

    def _add(self, etype: str, kind: str, form: str, objects: str, cameo: str) -> None:
        past, _, present = form.partition("|")
        base = kind.rstrip("p")
        if base == "v":
            forms, role = verb_forms(past, present or None), "verb"
        elif base == "x":
            forms, role = verb_forms(past, present or None), "passive"
        elif base == "n":
            forms, role = noun_forms(past), "noun"
        elif base == "q":
            forms, role = noun_forms(past), "counted"
        elif base == "a":
            forms, role = noun_forms(past), "agent"
        else:
            raise ValueError(f"triggers.tsv: unknown kind {kind!r}")
        # A generated verb form may spell a number ("اثنين" from "أثنى"): never a trigger.
        forms -= NUM_WORDS.keys()
        if role == "verb" and len(match_key(past)) == 2:
            forms = _doubled(forms, match_key(past))
        wanted = frozenset(light_key(o) for o in objects.split())
        trigger = Trigger(etype, role, match_key(past), wanted, cameo)
        for f in forms:
            self.by_form.setdefault(f, []).append(trigger)

    def lookup(self, keys: list[str]) -> list[Trigger]:
        for key in keys:
            found = self.by_form.get(key)
            if found:
                return found
        return []


@dataclass(frozen=True, slots=True)
class ActorEntry:
    country: str | None  # ISO 3166-1 alpha-3, or IGO
    roles: tuple[str, ...]  # GOV, MIL, REB, OPP, …
    canonical: str | None  # a display name (countries, major bodies); None: use the text


class ActorDictionary:
    """Actor phrases under `light_key`, longest match first."""

    def __init__(self, path: Path | None = None) -> None:
        self.entries: dict[tuple[str, ...], ActorEntry] = {}
        self.longest: dict[str, int] = {}  # first word → length of the longest entry
        self.max_len = 1
        for line in _read_text("actors.tsv.gz", path).splitlines():
            phrase, country, roles, canonical = ([*line.split("\t"), "", "", ""])[:4]
            key = tuple(phrase.split())
            if not key:
                continue
            self.entries[key] = ActorEntry(
                country or None, tuple(r for r in roles.split(",") if r), canonical or None
            )
            self.max_len = max(self.max_len, len(key))
            self.longest[key[0]] = max(self.longest.get(key[0], 0), len(key))

    def get(self, key: tuple[str, ...]) -> ActorEntry | None:
        return self.entries.get(key)


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    lat: float | None
    lon: float | None
    kind: str  # "country" | "city"


class Gazetteer:
    """Place names (under `light_key`, space-joined) → country and coordinates."""

    def __init__(self, path: Path | None = None) -> None:
        self.places: dict[tuple[str, ...], Place] = {}
        self.longest: dict[str, int] = {}  # first word → length of the longest entry
        self.max_len = 1
        for line in _read_text("places.tsv.gz", path).splitlines():
            key, name, country, lat, lon, kind = (line.split("\t") + [""] * 6)[:6]
            words = tuple(key.split())
            if not words or words in self.places:
                continue
            self.places[words] = Place(
                name, country, float(lat) if lat else None, float(lon) if lon else None, kind
            )
            self.max_len = max(self.max_len, len(words))
            self.longest[words[0]] = max(self.longest.get(words[0], 0), len(words))

    def get(self, key: tuple[str, ...]) -> Place | None:
        return self.places.get(key)

    @cached_property
    def country_names(self) -> dict[str, str]:
        """Country code → the name of the country ("USA" → "الولايات المتحدة")."""
        names: dict[str, str] = {}
        for place in self.places.values():
            if place.kind == "country":
                names.setdefault(place.country, place.name)
        return names
