"""`rasd train events`: compile the actor and place resources from ../shared.

Inputs (all read-only, licences in ../shared/data/LICENSES.md):
- UniversalPetrarch Arabic `actor_dict_ar_v4.txt` (actor lemmas with dated
  country+role codes) and `agents.all.ar.txt` (generic agents with a role), MIT;
- `gazetteers/countries/countries.json` (Arabic names, ISO codes, coordinates), ODbL;
- `gazetteers/world-cities/world-cities.csv` (Arabic city names, country), CC BY 4.0;
- Rasd's own built news lexicon (`rasd train lexicon`) and NER gazetteer, to tell a
  common noun of the news from a name.

Outputs, small and gzipped, under `src/rasd/events/data/`: `actors.tsv.gz`
(light-key phrase, country, roles, canonical) and `places.tsv.gz` (light-key
phrase, name, country, lat, lon, kind).
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from pathlib import Path

from rasd.events.keys import light_key, strip_proclitics
from rasd.ner.gazetteer import Entry, load_gazetteer
from rasd.text.normalize import match_key
from rasd.text.tokens import load_lexicon

EVENTS = Path("data/events/universalpetrarch-arabic")
GAZETTEERS = Path("data/gazetteers")
_CODE = re.compile(r"\[([A-Z~]+)(?:\s+(\d{8})-\d{8})?\]")
_PARTICLES = {"ل", "ب", "في", "من", "على", "عن", "إلى", "الى", "و", "هوو", "ال"}

# Capitals and seats of government that stand for their state in news ("موسكو
# رفضت…"): the gazetteers give capitals in English only.
_SEATS = {
    "موسكو": "RUS",
    "واشنطن": "USA",
    "أنقرة": "TUR",
    "بغداد": "IRQ",
    "دمشق": "SYR",
    "طهران": "IRN",
    "باريس": "FRA",
    "لندن": "GBR",
    "برلين": "DEU",
    "بكين": "CHN",
    "القاهرة": "EGY",
    "الرياض": "SAU",
    "بيروت": "LBN",
    "تل أبيب": "ISR",
    "كابل": "AFG",
    "إسلام آباد": "PAK",
    "الدوحة": "QAT",
    "أبوظبي": "ARE",
    "طرابلس": "LBY",
    "الخرطوم": "SDN",
    "صنعاء": "YEM",
    "بروكسل": "BEL",
    "طوكيو": "JPN",
    "سيول": "KOR",
    "بيونغ يانغ": "PRK",
    "كييف": "UKR",
}
# International bodies and armed groups the lemmatised dictionary misses under
# light keys ("أمة_المتحدة" does not meet "الأمم المتحدة").
_ACTORS = {
    "الأمم المتحدة": ("IGO", ""),
    "مجلس الأمن": ("IGO", ""),
    "مجلس الأمن الدولي": ("IGO", ""),
    "الجمعية العامة": ("IGO", ""),
    "الاتحاد الأوروبي": ("IGO", ""),
    "المفوضية الأوروبية": ("IGO", ""),
    "حلف شمال الأطلسي": ("IGO", "MIL"),
    "الناتو": ("IGO", "MIL"),
    "جامعة الدول العربية": ("IGO", ""),
    "الجامعة العربية": ("IGO", ""),
    "الاتحاد الأفريقي": ("IGO", ""),
    "مجلس التعاون الخليجي": ("IGO", ""),
    "منظمة التعاون الإسلامي": ("IGO", ""),
    "الصليب الأحمر": ("NGO", ""),
    "تنظيم الدولة": ("", "REB"),
    "تنظيم الدولة الإسلامية": ("", "REB"),
    "الدولة الإسلامية": ("", "REB"),
    "داعش": ("", "REB"),
    "القاعدة": ("", "REB"),
    "تنظيم القاعدة": ("", "REB"),
    "طالبان": ("AFG", "REB"),
    "حركة طالبان": ("AFG", "REB"),
    "حزب الله": ("LBN", "REB"),
    "حماس": ("PSE", "REB"),
    "حركة حماس": ("PSE", "REB"),
    "الحوثيين": ("YEM", "REB"),
    "الحوثيون": ("YEM", "REB"),
    "جبهة النصرة": ("SYR", "REB"),
    "البشمركة": ("IRQ", "MIL"),
    "المعارضة المسلحة": ("", "REB"),
    "المعارضة السورية": ("SYR", "OPP"),
    "مفجرون انتحاريون": ("", "UAF"),
    "مسلحون": ("", "UAF"),
    "الميليشيات": ("", "UAF"),
    "المليشيات": ("", "UAF"),
    "ميليشيا": ("", "UAF"),
    "مليشيا": ("", "UAF"),
    "مسلحين": ("", "UAF"),
    "متشددين": ("", "REB"),
    "متمردين": ("", "REB"),
    "الجيش": ("", "MIL"),
    "القوات": ("", "MIL"),
    "قوات الأمن": ("", "COP"),
    "الشرطة": ("", "COP"),
    "النظام": ("", "GOV"),
    "الحكومة": ("", "GOV"),
    "السلطات": ("", "GOV"),
    "المتظاهرون": ("", "OPP"),
    "المحتجون": ("", "OPP"),
    "مدنيين": ("", "CVL"),
    "المدنيين": ("", "CVL"),
    "نظيره": ("", "GOV"),
    "الرئيسان": ("", "GOV"),
    "الوزيران": ("", "GOV"),
    "الزعيمان": ("", "GOV"),
    "نظيرها": ("", "GOV"),
    "نظرائه": ("", "GOV"),
}
# Demonyms the name rules below do not derive.
_DEMONYMS = {
    "أميركي": "USA",
    "أمريكي": "USA",
    "أمريكيين": "USA",
    "روس": "RUS",
    "أتراك": "TUR",
    "بريطاني": "GBR",
    "إنجليزي": "GBR",
    "ألماني": "DEU",
    "عربي": "",
    "كردي": "",
    "أوروبي": "IGO",
    "أممي": "IGO",
}


# Roles a bare generic noun may carry as an actor on its own ("الجيش"، "المتظاهرون");
# nouns of other roles (BUS, EDU, AGR…) are mostly things or activities in news.
_ACTOR_ROLES = {
    "MIL",
    "GOV",
    "OPP",
    "LEG",
    "JUD",
    "REB",
    "UAF",
    "SPY",
    "REF",
    "COP",
    "RAD",
    "IMG",
    "CVL",
    "PTY",
    "CRM",
    "MED",
    "IGO",
}
# Single-word agents of those roles that, under light keys, are usually not actors.
_NOT_ACTORS = set(
    "سلاح صاروخ قنبل مدفع دباب ماش بارج بندق ثكن قافل دفاع خدم فريق مقدم رائد عميد عسكر "
    "طائر حي قر اصل تاسيس تبن حشد ضيع رحال زب سيد فتا مجتمع بلد بشر توحيد شور صناع "
    "عمول اتصال اعلام موقع منشور مد فضائ فوغ مجل تشريع غرف ولا معلن قان قانون مدافع "
    "اصلاح حمل جبان صليب فار معرض منف انتفاض انفصال تمرد غانم رجع سياس جمهور حزبان "
    "مشا احتياط سلالاح مظل ملازم مغوار عريف قاد طيار مدين "
    # adjectives of weapons ("عبوة ناسفة"، "سيارة مفخخة")
    "ناسف مفخخ متفجر".split()
)
_ARABIC_PHRASE = re.compile(r"^[\u0621-\u064a ]+$")
# A one-word key the news writes often, and both with and without the article, is a
# common noun ("التهديد"/"تهديد", "القطاع"/"قطاع"); a name is written one way, bare
# ("أردوغان") or definite ("القذافي"، "البنتاغون", over 90% with the article).
_COMMON_MIN_COUNT = 300
_COMMON_DEFINITE_SHARE = (0.3, 0.9)
# A common noun that starts this many organisation names is a body noun ("تحالف"), no
# junk.
_HEAD_MIN_NAMES = 5
# A cut key met fewer times than this is too rare to judge against its name.
_CLASH_MIN_COUNT = 20
_NISBA_ENDINGS = {"ي", "ية", "يه", "يين", "يون"}


def _definite_counts(lexicon: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Light key → (news occurrences with the article, without it)."""
    counts: dict[str, tuple[int, int]] = {}
    for form, n in lexicon.items():
        key = light_key(form)
        definite, bare = counts.get(key, (0, 0))
        if form.startswith("ال") and len(form) > 3:
            counts[key] = (definite + n, bare)
        else:
            counts[key] = (definite, bare + n)
    return counts


def _gazetteer_names(gazetteer: dict[str, tuple[Entry, ...]]) -> set[str]:
    """Light keys of one-word people and organisations the NER gazetteer knows from
    sources other than the actor dictionary (its rows with a country come from it)."""
    return {
        light_key(key)
        for key, entries in gazetteer.items()
        if " " not in key and any(t in ("PER", "ORG") and not c for t, c in entries)
    }


def _organisation_heads(gazetteer: dict[str, tuple[Entry, ...]]) -> set[str]:
    """Light keys of words that start at least `_HEAD_MIN_NAMES` organisation names of
    the NER gazetteer ("منظمة العفو الدولية"، "تحالف دعم الشرعية")."""
    counts: dict[str, int] = {}
    for key, entries in gazetteer.items():
        words = key.split()
        if len(words) >= 2 and any(t == "ORG" for t, _ in entries):
            head = light_key(words[0])
            counts[head] = counts.get(head, 0) + 1
    return {head for head, n in counts.items() if n >= _HEAD_MIN_NAMES}


def common_words(keys: set[str], lexicon: dict[str, int], names: set[str]) -> set[str]:
    """The `keys` that are common nouns of the news rather than names (rule above)."""
    counts = _definite_counts(lexicon)
    low, high = _COMMON_DEFINITE_SHARE
    out = set()
    for key in keys - names:
        definite, bare = counts.get(key, (0, 0))
        total = definite + bare
        if total >= _COMMON_MIN_COUNT and low <= definite / total <= high:
            out.add(key)
    return out


def _bare_counts(lexicon: dict[str, int]) -> dict[str, int]:
    """News occurrences of each word as written without its proclitics and article
    ("والناس"، "للناس" and "ناس" all count for "ناس")."""
    counts: dict[str, int] = {}
    for form, n in lexicon.items():
        word = strip_proclitics(match_key(form))[-1]
        word = word[2:] if word.startswith("ال") and len(word) > 3 else word
        counts[word] = counts.get(word, 0) + n
    return counts


def clashing_keys(written: dict[str, str], lexicon: dict[str, int]) -> set[str]:
    """The one-word keys of `written` (key → the name it was folded from) where the
    light key cut letters of the name itself ("ناسا" → "ناس"، "بابا" → "باب"،
    "السادات" → "ساد"), and the news writes the cut key as a word of its own ("الناس"،
    "الباب"، "فساد") at least as often as the name: such a key meets that word far more
    often than the name. A nisba ending cut off is no clash: the actor dictionary
    lists peoples as nisbas ("المكسيكي" MEX, "التبتي" CHN), whose key is the place's
    name."""
    counts = _bare_counts(lexicon)
    out = set()
    for key, name in written.items():
        word = match_key(name)
        word = word[2:] if word.startswith("ال") and len(word) > 3 else word
        if " " in key or key == word:
            continue
        if word.startswith(key) and word[len(key) :] in _NISBA_ENDINGS:
            continue
        if counts.get(key, 0) >= max(counts.get(word, 0), _CLASH_MIN_COUNT):
            out.add(key)
    return out


def _key(phrase: str) -> str:
    return " ".join(light_key(w) for w in phrase.replace("_", " ").split() if w not in _PARTICLES)


def _split_code(code: str, countries: set[str]) -> tuple[str, list[str]]:
    code = code.lstrip("~")
    country = code[:3] if code[:3] in countries else ""
    rest = code[len(country) :]
    return country, [rest[i : i + 3] for i in range(0, len(rest), 3) if len(rest[i : i + 3]) == 3]


def countries(shared: Path) -> list[dict]:
    return json.loads((shared / GAZETTEERS / "countries/countries.json").read_text("utf-8"))


def _country_names(shared: Path) -> tuple[dict[str, tuple[str, str]], set[str]]:
    """Arabic name → (ISO alpha-3, common Arabic name), and the set of codes."""
    names: dict[str, tuple[str, str]] = {}
    codes = {"IGO", "NGO", "MNC"}
    for c in countries(shared):
        ara = c.get("translations", {}).get("ara") or {}
        common = ara.get("common")
        codes.add(c["cca3"])
        if not common:
            continue
        for name in (common, ara.get("official")):
            if name:
                names[name] = (c["cca3"], common)
    return names, codes


def _demonym_keys(name: str) -> list[str]:
    key = match_key(name)
    bare = key[2:] if key.startswith("ال") else key
    if " " in bare:
        return []
    if bare.endswith("يا"):
        return [bare[:-2]]
    if bare.endswith("ا"):
        return [bare[:-1]]
    return [bare]


def _named_actors(shared: Path, codes: set[str]) -> dict[str, tuple[str, list[str], str]]:
    """Key → (country, roles, lemma as written) of the actor dictionary's entries: the
    most recent dated code of an entry wins, and a later entry replaces an earlier one
    of the same key."""
    out: dict[str, tuple[str, list[str], str]] = {}
    current: str | None = None
    best: tuple[str, str] = ("", "")
    lines = (shared / EVENTS / "actor_dict_ar_v4.txt").read_text("utf-8").splitlines()
    for line in [*lines, "#"]:
        if line.startswith(("\t", " ")) and current is not None:
            for code, since in _CODE.findall(line):
                if since >= best[1]:
                    best = (code, since)
            continue
        if current is not None and best[0]:
            out[_key(current)] = (*_split_code(best[0], codes), current.replace("_", " ").strip())
        current, best = None, ("", "")
        if not line.strip() or line.startswith("#"):
            continue
        current = line.split("[")[0].strip()
        for code, since in _CODE.findall(line):
            best = (code, since or "0")
    return out


def build_actors(shared: Path) -> list[tuple[str, str, str, str]]:
    names, codes = _country_names(shared)
    rows: dict[str, tuple[str, str, str, str]] = {}

    def put(key: str, country: str, roles: list[str], canonical: str, replace: bool) -> None:
        if not key or not _ARABIC_PHRASE.match(key) or (not replace and key in rows):
            return
        if key in _NOT_ACTORS and not replace:
            return
        if " " not in key and not country and (key in _NOT_ACTORS or not set(roles) & _ACTOR_ROLES):
            return
        rows[key] = (key, country, ",".join(roles), canonical)

    # Generic agents first: a role, no country.
    for line in (shared / EVENTS / "agents.all.ar.txt").read_text("utf-8").splitlines():
        m = re.match(r"^\S+\s*(?:\{\})?\s*\[~([A-Z]+)\]\s*([^#]+)", line)
        if m:
            arabic = m.group(2).strip().replace("?", "")
            _, roles = _split_code(m.group(1), codes)
            put(_key(arabic), "", roles, "", replace=False)
    # Named actors. One-word person or body entries (a country and a role) whose key
    # is a common noun ("تهديد" CHN GOV, "تشغيل" CHN EDU) are junk of the dictionary:
    # they are left out, so a generic agent of the same key keeps its role without a
    # country. A common noun that heads organisation names ("التحالف"، "المنظمات") is
    # a real body and stays as coded: without its (wrong) country the side ranker,
    # which learnt the country as a feature, prefers other words to it. Town entries
    # (no role) are not judged so: a town's key is also its nisba's ("الرمادي"،
    # "الرقة"), which the news writes with the article. A person or body entry whose
    # light key cut its name into another word of the news ("ناسا" → "الناس"، "بابا" →
    # "باب"، "عرفات" → "عرف") is left out too (`clashing_keys`): the key meets that word
    # far more often than the name, which the entity layer tags where it is written.
    # Towns are not judged so either: their cut key is also a surname ("صيدا" →
    # "الصيد"، Habib Essid) that the code keeps as a side.
    named = _named_actors(shared, codes)
    one_word = {k for k, (country, roles, _) in named.items() if " " not in k and country and roles}
    gazetteer = load_gazetteer()
    lexicon = load_lexicon()
    junk = common_words(one_word, lexicon, _gazetteer_names(gazetteer))
    junk |= clashing_keys({k: named[k][2] for k in one_word}, lexicon)
    junk -= _organisation_heads(gazetteer)
    for key, (country, roles, _) in named.items():
        if key not in junk:
            # Lemmas ("نظام سوري") make poor display names: the text is used instead.
            put(key, country, roles, "", replace=True)
    # Countries, their demonyms and seats of government.
    for name, (code, common) in names.items():
        put(_key(name), code, [], common, replace=True)
        for demonym in _demonym_keys(name):
            put(light_key(demonym + "ي"), code, [], common, replace=True)
    common_of = {code: common for code, common in names.values()}
    for name, code in {**_DEMONYMS}.items():
        put(_key(name), code, [], common_of.get(code, name), replace=True)
    for name, code in _SEATS.items():
        put(_key(name), code, ["GOV"], name, replace=True)
    for name, (code, role) in _ACTORS.items():
        put(_key(name), code, [role] if role else [], name, replace=True)
    for key in _NOT_ACTORS:
        rows.pop(key, None)
    return sorted(rows.values())


def _place_key(name: str) -> str:
    return " ".join(match_key(w) for w in name.split())


# Place names that are ordinary words in news ("المدينة" is Medina, "الجديدة" a
# Moroccan city).
_NOT_PLACES = {
    "المدينة",
    "الجديدة",
    "النار",
    "الأمل",
    "العين",
    "الحرية",
    "السلام",
    "الوحدة",
    "النصر",
    "الشرق",
}


# The Arab world and its neighbours, whose small towns Arabic news does name.
_NEAR = set(
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM "
    "ISR TUR IRN AFG PAK ESH SSD ETH ERI TCD MLI NER CYP".split()
)


def build_places(shared: Path) -> list[tuple[str, ...]]:
    names, _ = _country_names(shared)
    latlng = {c["cca3"]: c.get("latlng") or [] for c in countries(shared)}
    en_to_code = {c["name"]["common"]: c["cca3"] for c in countries(shared)}
    rows: dict[str, tuple[str, ...]] = {}
    for name, (code, common) in names.items():
        ll = latlng.get(code) or ["", ""]
        key = _place_key(name)
        rows.setdefault(key, (key, common, code, str(ll[0]), str(ll[1]), "country"))
    with (shared / GAZETTEERS / "world-cities/world-cities.csv").open(encoding="utf-8-sig") as f:
        for rec in csv.DictReader(f):
            code = names.get(rec["CountryNameAr"], ("", ""))[0] or en_to_code.get(
                rec["CountryNameEn"], ""
            )
            city = rec["CityNameAr"].strip()
            if not code or not _ARABIC_PHRASE.match(city) or city in _NOT_PLACES:
                continue
            if code not in _NEAR and int(rec.get("Population") or 0) < 100_000:
                continue  # far small towns are mostly false hits ("جان" in Cameroon)
            for alias in {city, re.sub(r"^(ولاية|محافظة|مدينة|إقليم)\s+", "", city)}:
                key = _place_key(alias)
                rows.setdefault(key, (key, city, code, "", "", "city"))
    return sorted(rows.values())


def write_tsv(rows: list[tuple[str, ...]], out: Path) -> None:
    text = "".join("\t".join(r) + "\n" for r in rows)
    out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
