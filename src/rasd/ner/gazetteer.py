"""Name lists for the tagger and for country codes, built from ../shared/data.

Sources: organisation names learnt from the news corpus (`rasd.ner.bootstrap`), ANERgazet (people, places, organisations), the names tagged in AQMAR,
WikiFANE and the Wojood sample, the countries list (Arabic
names, ISO alpha-3 codes), world cities (Arabic city names with their country), and
the UniversalPetrarch Arabic actor dictionary (leaders, organisations, nationality
words, with CAMEO codes whose first three letters are a country). Nationality
adjectives (الروسي → RUS) come from country names (روسيا → روسي, checked against the
word lexicon) and from actor-dictionary entries whose last word is always used
with one country ("وزارة_دفاع_أميركي_" [USAGOV] …).

Names are matched on a loose key per word (no article, no final ة), so the actor
dictionary's lemmatised "مجلس_أمن_دولي" meets the text's "مجلس الأمن الدولي".
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rasd.text.normalize import match_key

GAZETTEER_RESOURCE = "gazetteer.tsv.gz"
TYPES = ("PER", "ORG", "LOC", "NAT", "ACTOR")
# Country names are also listed under this type, which rules use and features do not
# (it was added after the shipped model's features were fixed).
COUNTRY = "COUNTRY"
MAX_WORDS = 6

# First words that make an actor-dictionary entry an organisation.
_ORG_HEADS = frozenset(
    match_key(w)
    for w in (
        "وزارة مجلس حركة منظمة حزب اتحاد جامعة جيش قوة قوات شرطة هيئة لجنة جبهة بنك شركة "
        "وكالة محكمة برلمان حكومة ديوان سفارة جماعة تنظيم مؤسسة صندوق جمعية رابطة نقابة "
        "كتائب كتيبة لواء ائتلاف تحالف الأمم أمة مكتب إدارة دائرة مصرف جهاز الحرس حرس"
    ).split()
)
# Nisba adjectives that qualify institutions of any country (البنك المركزي, الحزب
# الجمهوري): never a nationality, however the actor dictionary happens to code them.
_GENERIC_ADJECTIVES = frozenset("مركزي جمهوري مدني بري دولي وطني قومي عسكري شعبي ملكي".split())
_CODE = re.compile(r"\[([A-Z]{3,})")


def first_words(names: Iterable[Sequence[str]]) -> dict[str, int]:
    """First word of each name (a sequence of word keys) -> the most words of the names
    it starts: a scan for names need only try these positions and lengths."""
    out: dict[str, int] = {}
    for name in names:
        if name:
            out[name[0]] = max(out.get(name[0], 0), len(name))
    return out


# The entity rules key the same words again and again (half a million calls over 400
# articles); the function is pure, so a bounded memo makes most calls one lookup.
@lru_cache(maxsize=1 << 16)
def loose_key(word: str) -> str:
    """A word's key for name lists: match key without the article and final ة."""
    return loose_key_of_match_key(match_key(word))


def loose_key_of_match_key(k: str) -> str:
    """`loose_key` of a word already in its match key (a stem from the segmenter)."""
    if k.startswith("ال") and len(k) > 3:
        k = k[2:]
    if k.endswith("ة") and len(k) > 2:
        k = k[:-1]
    return k


def phrase_key(words: list[str]) -> str:
    return " ".join(loose_key(w) for w in words)


Entry = tuple[str, str | None]  # (type, ISO alpha-3 or None)


def _country_names(root: Path) -> tuple[dict[str, str], set[str]]:
    """Arabic country name -> alpha-3, and the set of alpha-3 codes."""
    data = json.loads((root / "gazetteers/countries/countries.json").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for c in data:
        ara = c.get("translations", {}).get("ara", {})
        for name in {ara.get("common"), ara.get("official")} - {None}:
            names[name] = c["cca3"]
    return names, {c["cca3"] for c in data}


def _cities(root: Path, countries: dict[str, str]) -> Iterator[tuple[str, str | None]]:
    """City names with the country of the most populous city of that name
    ("طرابلس" is Libya's, not Lebanon's or Greece's), and the countries' names."""
    largest: dict[str, tuple[float, str | None]] = {}
    with (root / "gazetteers/world-cities/world-cities.csv").open(encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            country = countries.get(row["CountryNameAr"])
            population = float(row["Population"] or 0)
            if population >= largest.get(row["CityNameAr"], (-1.0, None))[0]:
                largest[row["CityNameAr"]] = (population, country)
            yield row["CountryNameAr"], country
    for city, (_, country) in largest.items():
        yield city, country


def _anergazet(root: Path) -> Iterator[tuple[str, str]]:
    for label, name in (("LOC", "Loc"), ("ORG", "Org"), ("PER", "Pers")):
        path = root / f"gazetteers/anergazet/Aligned{name}Gazetteer.txt"
        for line in path.read_text(encoding="utf-8-sig").splitlines():
            line = line.strip()
            if line and not line.startswith("="):
                yield line, label


def _actors(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """(words, codes) per actor-dictionary entry."""
    words: list[str] | None = None
    codes: list[str] = []
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if raw[0] in " \t" and raw.strip().startswith("["):
            codes.extend(_CODE.findall(raw))
            continue
        if words:
            yield words, codes
        name, _, rest = raw.strip().partition(" ")
        words = [w for w in name.split("_") if w]
        codes = _CODE.findall(rest)
    if words:
        yield words, codes


def _actor_type(words: list[str], codes: list[str], iso: set[str]) -> str:
    if match_key(words[0]) in _ORG_HEADS:
        return "ORG"
    if len(words) == 1 and codes and all(c in iso for c in codes):
        return "NAT" if words[0].endswith("ي") else "LOC"
    if len(words) >= 2 and codes:
        return "PER"
    return "ACTOR"


def _country(codes: list[str], iso: set[str]) -> str | None:
    found = {c[:3] for c in codes if c[:3] in iso}
    return found.pop() if len(found) == 1 else None


def _corpus_names(root: Path) -> Iterator[tuple[list[str], str]]:
    """Names tagged in the NER corpora other than ANERcorp (whose training part the
    tagger learns from directly): their annotation habits differ from ANERcorp's,
    so they help more as name lists than as training sequences."""
    from rasd.ner.corpora import CORPORA, load_corpus
    from rasd.ner.scoring import chunks

    for name in CORPORA:
        if name == "anercorp":
            continue
        for words, tags in load_corpus(root, name):
            for label, i, j in chunks(tags):
                if label in ("PER", "ORG", "LOC"):
                    yield [w.strip("\"'«»()") for w in words[i:j]], label


def _demonyms_from_names(
    countries: dict[str, str], lexicon: dict[str, int], min_count: int
) -> Iterator[tuple[str, str]]:
    for name, code in countries.items():
        if " " in name:
            continue
        base = match_key(name)
        base = base[2:] if base.startswith("ال") else base
        for stem in {base, base[:-1] if base.endswith(("ا", "ة")) else base}:
            adjective = stem + "ي"
            if lexicon.get("ال" + adjective, 0) >= min_count:
                yield adjective, code


def _demonyms_from_actors(
    entries: list[tuple[list[str], list[str]]], iso: set[str], lexicon: dict[str, int]
) -> Iterator[tuple[str, str]]:
    """Last words ending in ي used with one country in at least 3 entries (90%) that
    also have a frequent feminine form (الأميركية), which surnames (الحريري) lack."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    for words, codes in entries:
        country = _country(codes, iso)
        if country and len(words) >= 2 and words[-1].endswith("ي"):
            seen[loose_key(words[-1])][country] += 1
    for word, counts in seen.items():
        country, n = counts.most_common(1)[0]
        if word in _GENERIC_ADJECTIVES:
            continue
        if n >= 3 and n >= 0.9 * sum(counts.values()) and lexicon.get(f"ال{word}ة", 0) >= 100:
            yield word, country


def build_gazetteer(
    root: Path, lexicon: dict[str, int], news_names: Iterable[str] = ()
) -> dict[str, set[Entry]]:
    """phrase key -> {(type, country)} from the data under `root` (../shared/data),
    and the organisation names learnt from the news corpus (`rasd.ner.bootstrap`)."""
    out: dict[str, set[Entry]] = defaultdict(set)

    def add(words: list[str], label: str, country: str | None) -> None:
        if 0 < len(words) <= MAX_WORDS:
            out[phrase_key(words)].add((label, country))

    countries, iso = _country_names(root)
    for name, code in countries.items():
        add(name.split(), "LOC", code)
        add(name.split(), COUNTRY, code)
    entries = list(_actors(root / "events/universalpetrarch-arabic/actor_dict_ar_v4.txt"))
    # The actor dictionary was made for news: where it places a city ("لندن"), a
    # smaller namesake elsewhere in the world list (London, Ontario) does not count.
    placed = set()
    for words, codes in entries:
        label, country = _actor_type(words, codes, iso), _country(codes, iso)
        add(words, label, country)
        if label == "LOC" and country:
            placed.add(phrase_key(words))
    for name, code in _cities(root, countries):
        if phrase_key(name.split()) not in placed:
            add(name.split(), "LOC", code)
    for name, label in _anergazet(root):
        add(name.split(), label, None)
    for words, label in _corpus_names(root / "ner"):
        add(words, label, None)
    for name in news_names:
        add(name.split(), "ORG", None)
    for word, code in _demonyms_from_names(countries, lexicon, min_count=50):
        out[loose_key(word)].add(("NAT", code))
    for word, code in _demonyms_from_actors(entries, iso, lexicon):
        out[word].add(("NAT", code))
    out.pop("", None)
    return out


def write_gazetteer(gazetteer: dict[str, set[Entry]], path: Path) -> None:
    rows = [
        f"{key}\t{label}\t{country or ''}"
        for key in sorted(gazetteer)
        for label, country in sorted(gazetteer[key], key=lambda e: (e[0], e[1] or ""))
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0: the same data give the same bytes.
    path.write_bytes(gzip.compress("\n".join(rows).encode("utf-8"), 9, mtime=0))


def load_gazetteer(path: str | Path | None = None) -> dict[str, tuple[Entry, ...]]:
    """phrase key -> entries, from `path` or the shipped resource."""
    if path is None:
        raw = (resources.files("rasd.ner") / "data" / GAZETTEER_RESOURCE).read_bytes()
    else:
        raw = Path(path).read_bytes()
    out: dict[str, list[Entry]] = defaultdict(list)
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        key, label, country = line.split("\t")
        out[key].append((label, country or None))
    return {k: tuple(v) for k, v in out.items()}
