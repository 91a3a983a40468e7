"""Name patterns of news Arabic that the statistical tagger under-finds.

Applied to one sentence's BIO tags after tagging:
  1. institutions qualified by a nationality adjective ("وزارة الخارجية التركية",
     "الجيش العراقي", "الحكومة الفرنسية") are organisations, and so is a feminine
     body noun agreeing with one ("الخارجية الروسية", "البحرية الأسترالية"); a
     public body's name goes on through its nationality adjectives ("مجلس الشيوخ
     الفرنسي") and a ministry's through its other portfolios ("وزارة الحج والعمرة");
     a body named as an organisation's own takes it ("الجمعية العامة للأمم المتحدة");
  2. a movement head with a definite noun is a group ("جبهة النصرة", "خلية الصقور");
     a group noun a few words before a place or organisation is left to the tagger:
     as a rule it joined descriptions to names ("مجلس إدارة شركة كاربون القابضة",
     "التحالف بقيادة الولايات المتحدة") more often than it found a name;
  3. a place head before a place is part of it ("قطاع غزة"), not a descriptor
     ("محافظة تعز", "إقليم دارفور"; nor a group noun right before a name, "تنظيم داعش": the gold
     convention); two places side by side are one ("كردستان العراق"), and so are
     compass words and a continent ("جنوب شرق آسيا"); Latin capitals (CNN) are
     organisations, and a hashtag of a listed name is that name ("#دونالد_ترامب");
  4. multi-word names listed only as organisations ("حركة النهضة") are tagged where
     the tagger tagged only part of them or read them as a person; where it left
     them untagged they stay so ("الحزب الحاكم": the lists hold descriptions too);
  5. a nationality adjective standing alone ("السعودي", "الكورية") is no place or
     organisation, though the tagger, trained on 2007 news, often reads it as one;
     nor is a country named like its feminine adjective after a definite noun
     ("البورصة السعودية");
  6. a kinship noun with a possessive pronoun ("أبيه جورج بوش", "شقيقه فادي")
     introduces a person and is not part of the name, a word with the conjunction
     "و" begins a second person ("غريزمان وديغو كوستا"), a kunya ("أبي العلاء المعري")
     begins the name that follows it, and a word with a preposition
     and the article ("بالتشافيزية", "للرئاسة") ends a person's name;
  7. words joined by a hyphen or dot without a space ("جونغ-أون", "أو.إن.جي.سي",
     "بيت.كوم") are one word of a name: the tokenizer splits them and the tagger
     tags a part at most;
  8. a short quoted name after an indefinite group noun is the organisation
     ('منظمة "أطباء بلا حدود"').
Over a whole document (`named_organisations`), a name put after "شركة", "نادي" or
"فريق" is an organisation wherever it occurs ("شركة نايكي" ... "نايكي"), and so is a
club's town beside a match's score (`scored_clubs`: "بالفوز 3-1 على نانت" ... "نانت").
Keys are the loose stem keys of `gazetteer.loose_key` (no clitics, article or ة).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise

from rasd.ner.gazetteer import first_words, loose_key, loose_key_of_match_key
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

RULE_WORDS_RESOURCE = "rule_words.tsv"


def load_rule_words(key: Callable[[str], str] = loose_key) -> dict[str, frozenset[str]]:
    """The rules' word lists of `data/rule_words.tsv`: category -> loose keys (or the
    forms `key` gives)."""
    text = (resources.files("rasd.ner") / "data" / RULE_WORDS_RESOURCE).read_text("utf-8")
    lists: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            category, words = line.split("\t", 1)
            lists[category] = frozenset(key(w) for w in words.split())
    return lists


_RULE_WORDS = load_rule_words()
_COMPETITIONS = _RULE_WORDS["competition"]
_INSTITUTIONS = _RULE_WORDS["institution"]
_DESCRIBED_BODIES = _RULE_WORDS["described_body"]
_NAME_HEADS = _RULE_WORDS["name_head"]
_FEMININE_BODIES = _RULE_WORDS["feminine_body"]
_COMPANY_CUES = _RULE_WORDS["company_cue"]
_MATCH_SIDES = _RULE_WORDS["match_side"]
_OWNED_BODIES = _RULE_WORDS["owned_body"]
_HOME_NATIONS = _RULE_WORDS["home_nation"]
_TOWN_CUES = _RULE_WORDS["town_cue"]
_DESCRIBED_BY_ADJECTIVE = _RULE_WORDS["described_by_adjective"]
FEMININE_COUNTRIES = _RULE_WORDS["feminine_country"]
NATIONALITIES = _RULE_WORDS["nationality"]
_SPORTS_ROLES = _RULE_WORDS["sports_role"]
_PERSON_TITLES = _RULE_WORDS["person_title"]
_PLACE_DESCRIPTORS = _RULE_WORDS["place_descriptor"]
_ADJECTIVE_SPELLED_COUNTRIES = _RULE_WORDS["adjective_spelled_country"]
_COUNTRY_BODIES = _RULE_WORDS["country_body"]
_MIN_LETTERS = 3
_GROUPS = frozenset(
    loose_key(w)
    for w in (
        "مجموعة منظمة مجلس لجنة هيئة جمعية اتحاد رابطة مركز حركة حزب جبهة تنظيم خلية "
        "جماعة تحالف ائتلاف صندوق مؤسسة وكالة بنك"
    ).split()
)
# Heads of place names that include the place after them ("قطاع غزة", "مطار
# السليمانية", "نهر الفرات"); "محافظة", "مدينة" and "ميناء" are descriptors ("تعز" in
# "محافظة تعز"): so the gold articles of the dev folds write them; and so are "إقليم" and
# "ساحل" in the annotated news of 2018 (no name of its 310 dev articles starts with one).
_PLACES = frozenset(
    loose_key(w) for w in "قطاع مطار حقل جزيرة مضيق نهر بحر بحيرة خليج جبل جبال وادي".split()
)
# Heads that name a group by a definite noun alone ("جبهة النصرة", "خلية الصقور").
# "تنظيم" is also the verbal noun "organising" ("تنظيم الإعلام", "تنظيم المونديال"):
# the tagger, trained on annotated news, finds "تنظيم الدولة" without the rule.
_MOVEMENTS = frozenset(loose_key(w) for w in "خلية جماعة جبهة حزب ميليشيا كتائب".split())
# Public bodies named the same way ("وزارة الشؤون الخارجية", "مجلس النواب", "هيئة
# الأركان"): on the gold dev folds this shape is an organisation wherever it occurs.
_BODIES = frozenset(loose_key(w) for w in "وزارة مجلس لجنة محكمة هيئة مفوضية منظمة رابطة".split())
_NAMED_BY_NOUN = _MOVEMENTS | _BODIES
_PREPOSITIONS = frozenset(
    loose_key(w)
    for w in (
        "في من على إلى الى عن مع بين حول منذ نحو ضد عبر لدى داخل خارج قرب أمام تجاه الذي التي الذين"
    ).split()
)
# Compass words that, before a continent, name a region ("شمال أفريقيا", "جنوب شرق
# آسيا"); before a country they describe a part of it and stay outside the name.
_COMPASS = frozenset(loose_key(w) for w in "شمال جنوب شرق غرب وسط".split())
_CONTINENTS = frozenset(loose_key(w) for w in "أفريقيا إفريقيا آسيا أوروبا أوربا".split())
# Descriptors standing in apposition before an organisation's own name ("تنظيم داعش",
# "حزب الليكود", "صحيفة واشنطن بوست"): outside the name, the gold convention.
# Clubs too ("نادي ريال مدريد"), and "منظمة" before a name listed without it ("منظمة
# هيومن رايتس ووتش", "منظمة أطباء بلا حدود"; "منظمة العفو الدولية" keeps it: its rest
# is no listed name); not "مجموعة", which names groups ("مجموعة البنك الدولي").
_DESCRIPTORS = frozenset(
    loose_key(w)
    for w in (
        "تنظيم حركة حزب جماعة ميليشيا ميليشيات صحيفة جريدة مجلة وكالة قناة شبكة موقع نادي منظمة"
    ).split()
)
_MAX_GAP = 3
_MAX_NAME_WORDS = 6
_MINISTERS = frozenset(loose_key(w) for w in "وزير وزراء وزيرة".split())
_POSSESSIVES = ("ه", "ها", "هما", "هم", "هن", "نا", "ك", "كم")


def _kinship_forms() -> frozenset[str]:
    stems = (
        "ابن ابنة بنت زوج زوجة شقيق شقيقة والد والدة عم عمة خال خالة جد جدة حفيد حفيدة "
        "نجل نجلة أم أخت صديق صديقة"
    ).split()
    forms = {
        (stem[:-1] + "ت" if stem.endswith("ة") else stem) + pronoun
        for stem in stems
        for pronoun in (*_POSSESSIVES, "ي")
    }
    # أب and أخ inflect for case (أبوه، أباه، أبيه); "أبي" alone is left out, since it
    # is also the kunya of a name ("أبي تمام").
    forms |= {
        head + vowel + p for head in ("أب", "أخ") for vowel in ("و", "ا", "ي") for p in _POSSESSIVES
    }
    return frozenset(match_key(f) for f in forms)


_KINSHIP = _kinship_forms()

Phrases = Callable[[Sequence[str]], list[tuple[int, int, list[str]]]]


@dataclass(frozen=True)
class NameList:
    """Names as loose keys ("واشنطن بوست"), with the most words of the names that
    start with each first word (`gazetteer.first_words`), for scans."""

    names: frozenset[str]
    longest: dict[str, int]

    @classmethod
    def of(cls, names: Iterable[str]) -> NameList:
        unique = frozenset(names)
        return cls(unique, first_words(n.split(" ") for n in unique))


def apply_rules(
    keys: Sequence[str],
    tags: list[str],
    is_nationality: Callable[[str], bool],
    is_country: Callable[[str], bool],
    phrases: Phrases,
    words: Sequence[str] = (),
    proclitic: Sequence[bool] = (),
    stems: Sequence[str] = (),
    is_nisba: Callable[[str], bool] | None = None,
    is_org: Callable[[str], bool] | None = None,
    news_names: NameList | None = None,
    conjoined: Sequence[bool] = (),
    attached: Sequence[bool] = (),
) -> list[str]:
    """Apply the patterns to one sentence; `words` are the surface words and
    `proclitic` says which of them start with a proclitic (وروسيا); `stems` are
    their stem match keys (with the article); `is_nisba` tells a nationality
    adjective from its stem key, `is_org` a listed organisation from its keys;
    `news_names` are the loose keys of the organisations learnt from the news;
    `conjoined` says which words start with the conjunction "و" (split off by the
    segmenter, or glued to a rare name: "وديغو"); `attached` which of them follow the
    word before without a space."""
    _institutions(keys, tags, stems, is_nationality)
    _feminine_bodies(keys, stems, tags, is_nationality)
    _descriptions(keys, tags, stems)
    _movements(keys, tags, stems, words)
    _ministry_portfolios(keys, tags, stems, words, is_nationality)
    _body_nationality(keys, tags, stems, words, is_nationality)
    _place_heads(keys, tags)
    _adjacent_places(keys, tags, proclitic, is_country)
    _regions(keys, tags)
    _acronyms(words, tags)
    _hashtags(words, tags, phrases)
    if is_nisba is not None:
        _nisba(stems, tags, is_nisba)
    _agreeing_adjective(keys, stems, tags, words, proclitic, is_country)
    _indefinite_adjective(keys, stems, tags, is_country)
    _adjective_spelled_country(keys, stems, words, tags)
    _described_by_adjective(keys, stems, tags, is_nationality)
    _board_of(keys, stems, tags)
    _bare_places(keys, stems, tags)
    _kinship(words, tags)
    _coordinated_people(tags, conjoined)
    _kunya(words, tags)
    _prepositional_tail(words, tags)
    _owned_bodies(keys, words, tags)
    _function_words(keys, tags)
    _blessings(words, tags)
    _pronoun_chunks(words, tags)
    _coined_terms(keys, tags)
    _titled_places(keys, tags)
    _person_titles(keys, stems, tags)
    _listed_organisations(keys, tags, phrases)
    _competitions(keys, tags)
    if is_org is not None:
        _clubs_after_roles(keys, tags, is_country, is_org)
        _descriptors(keys, tags, stems, is_org)
    if news_names is not None:
        _news_names(keys, tags, news_names)
    _joined_words(words, tags, attached)
    _quoted_names(keys, stems, words, tags)
    _bare_group_nouns(keys, tags)
    _foreign_nationality(keys, stems, tags, is_nationality, is_country)
    _government_of(keys, stems, tags, is_country)
    return tags


def _listed_organisations(keys: Sequence[str], tags: list[str], phrases: Phrases) -> None:
    """Names of two words or more listed only as organisations are organisations
    where the tagger tagged part of them or read the whole as a person ("فرانس برس":
    a news agency named like a person). Untagged ones are left alone, as are single
    words: the lists hold descriptions ("الحزب الحاكم") and people ("أردوغان") as
    organisations too, and the CRF, trained on annotated news, tells them apart."""
    for start, end, types in phrases(keys):
        if not (set(types) <= {"ORG", "ACTOR"} and "ORG" in types):
            continue
        if not _is_chunk(tags, start, end) and any(t != "O" for t in tags[start:end]):
            _set(tags, start, end, "ORG")
        elif tags[start] == "B-PER":
            tags[start:end] = ["B-ORG"] + ["I-ORG"] * (end - start - 1)


def _competitions(keys: Sequence[str], tags: list[str]) -> None:
    """A name headed by a competition ("كأس العالم", "الكلاسيكو") is an event (MISC),
    not an organisation: the annotated news never require it."""
    for label, start, end in chunks(tags):
        if label != "MISC" and keys[start] in _COMPETITIONS:
            tags[start:end] = ["B-MISC"] + ["I-MISC"] * (end - start - 1)


def _clubs_after_roles(
    keys: Sequence[str],
    tags: list[str],
    is_country: Callable[[str], bool],
    is_org: Callable[[str], bool],
) -> None:
    """A city listed as an organisation too, right after a player's or coach's role,
    is the club he plays for or trains ("لاعب وسط برشلونة", "مهاجم الفيحاء"): the
    tagger reads the city. A country there is the national team, which the annotated
    news write as the country ("مدرب فرنسا"), and so are places the lists know as
    places only ("لاعب المكسيك", "مدرب إنجلترا")."""
    for label, start, end in chunks(tags):
        name = " ".join(keys[start:end])
        if label != "LOC" or start == 0 or is_country(name) or not is_org(name):
            continue
        role = start - 2 if keys[start - 1] == _MIDFIELD and start > 1 else start - 1
        if keys[role] in _SPORTS_ROLES:
            tags[start:end] = ["B-ORG"] + ["I-ORG"] * (end - start - 1)


_MIDFIELD = loose_key("وسط")


def _descriptors(
    keys: Sequence[str], tags: list[str], stems: Sequence[str], is_org: Callable[[str], bool]
) -> None:
    """An organisation tagged together with the indefinite descriptor before its listed
    name ("تنظيم داعش", "حزب الليكود") is the name alone: "حزب الله" stays whole, its
    rest being no organisation's name."""
    for label, start, end in chunks(tags):
        if (
            label == "ORG"
            and end - start > 1
            and keys[start] in _DESCRIPTORS
            and not (start < len(stems) and stems[start].startswith("ال"))
            and is_org(" ".join(keys[start + 1 : end]))
        ):
            tags[start], tags[start + 1] = "O", "B-ORG"


def _news_names(keys: Sequence[str], tags: list[str], names: NameList) -> None:
    """A name that the news corpus puts after descriptors ("داعش", "واشنطن بوست",
    `rasd.ner.bootstrap`) is an organisation wherever the tagger left it untagged."""
    longest = names.longest
    for i in [i for i, key in enumerate(keys) if key in longest]:
        for end in range(min(len(keys), i + longest[keys[i]]), i, -1):
            if all(t == "O" for t in tags[i:end]) and " ".join(keys[i:end]) in names.names:
                _set(tags, i, end, "ORG")
                break


_GROUP_NOUNS = _NAMED_BY_NOUN | _GROUPS | _INSTITUTIONS | _DESCRIBED_BODIES


def _bare_group_nouns(keys: Sequence[str], tags: list[str]) -> None:
    """A group noun standing alone ("الحزب", "تحالف") is no name: the annotated news
    never require one (held-out folds 1 and 2: 51 spurious, none found), though a
    tagger that has met "الحزب" inside names often tags it by itself."""
    for label, start, end in chunks(tags):
        if label == "ORG" and end - start == 1 and keys[start] in _BARE_NOUNS:
            tags[start] = "O"


# Not institutions ("البرلمان", "الحكومة"): standing alone they are the speaker or the
# side a quotation or an event needs, and the annotated news mark them optional.
# Nor a fund or bank: "الصندوق", "البنك" stand for the one the article names ("وطلب
# منها الصندوق إلغاء الدعم"), the speaker of what follows.
_STANDING_FOR = frozenset(loose_key(w) for w in "صندوق بنك".split())
_BARE_NOUNS = (_GROUP_NOUNS - _INSTITUTIONS - _STANDING_FOR) | _DESCRIPTORS


def _foreign_nationality(
    keys: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    is_nationality: Callable[[str], bool],
    is_country: Callable[[str], bool],
) -> None:
    """A foreign organisation's name followed by its nationality adjective ("لوموند
    الفرنسية", "فوكس نيوز الأميركية", "شياومي الصينية") ends before the adjective:
    the name has no article and no Arabic head noun ("شركة نفط الكويت", "مؤسسة راف
    القطرية" keep theirs), and the adjective is not spelled as its country ("أرامكو
    السعودية" is the company's name)."""
    for label, start, end in chunks(tags):
        last = end - 1
        if label != "ORG" or last == start or last >= len(stems):
            continue
        name = range(start, last)
        if (
            stems[last].startswith("ال")
            and is_nationality(keys[last])
            and not is_country(keys[last])
            and keys[start] not in _BARE_NOUNS | _NAME_HEADS
            and not any(stems[i].startswith("ال") or "ال" in stems[i][:3] for i in name)
        ):
            tags[last] = "O"


def _descriptions(keys: Sequence[str], tags: list[str], stems: Sequence[str]) -> None:
    """An indefinite group noun with an indefinite adjective tagged as a name is a
    description ("منظمة إنسانية", "حزب ديمقراطي")."""
    for label, start, end in chunks(tags):
        if (
            end - start == 2
            and end <= len(stems)
            and label == "ORG"
            and keys[start] in _GROUP_NOUNS
            and not stems[start].startswith("ال")
            and not stems[start + 1].startswith("ال")
            and stems[start + 1].endswith(("ي", "ية"))
        ):
            tags[start:end] = ["O", "O"]


def _free(tags: list[str], start: int, end: int) -> bool:
    """Whether [start, end) can become one entity without cutting another in two."""
    if any(t.startswith(("B-PER", "I-PER")) for t in tags[start:end]):
        return False
    inside_start = tags[start].startswith("I-")
    spills_over = end < len(tags) and tags[end].startswith("I-")
    return not inside_start and not spills_over


def _is_chunk(tags: list[str], start: int, end: int) -> bool:
    """Whether the tagger already found exactly [start, end) as one entity (its label
    is kept then: the sentence decides between a place and an organisation)."""
    if not tags[start].startswith("B-"):
        return False
    inside = all(t == "I-" + tags[start][2:] for t in tags[start + 1 : end])
    return inside and (end == len(tags) or not tags[end].startswith("I-"))


def _set(tags: list[str], start: int, end: int, label: str) -> None:
    if _free(tags, start, end):
        tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)


def _institutions(
    keys: Sequence[str],
    tags: list[str],
    stems: Sequence[str],
    is_nationality: Callable[[str], bool],
) -> None:
    for i, key in enumerate(keys):
        if key not in _INSTITUTIONS or tags[i] != "O":
            continue
        for j in range(i + 1, min(len(keys), i + 1 + _MAX_GAP)):
            # A person's title in between takes the adjective: "حكومة المستشارة الألمانية".
            if keys[j] in _PREPOSITIONS or keys[j] in _PERSON_TITLES:
                break
            if is_nationality(keys[j]) and stems[j].startswith("ال"):
                _set(tags, i, j + 1, "ORG")  # "حكومة جزائرية" describes, "الحكومة الجزائرية" names
                break


def _place_heads(keys: Sequence[str], tags: list[str]) -> None:
    """A place head, some words and a place form one place ("قطاع غزة", "مطار
    السليمانية الدولي")."""
    for i, key in enumerate(keys):
        if key not in _PLACES or tags[i] != "O":
            continue
        for j in range(i + 1, min(len(keys), i + 2 + _MAX_GAP)):
            if tags[j] == "B-LOC":
                end = j + 1
                while end < len(tags) and tags[end] == "I-LOC":
                    end += 1
                _set(tags, i, end, "LOC")
                break
            if tags[j] != "O" or keys[j] in _PREPOSITIONS or not keys[j].isalpha():
                break


def _movements(
    keys: Sequence[str], tags: list[str], stems: Sequence[str], words: Sequence[str]
) -> None:
    """A movement or body head with a definite noun and its nisba adjectives is an
    organisation ("جبهة النصرة", "وزارة الشؤون الخارجية"); the name stops
    at anything else."""
    n = min(len(keys), len(stems))
    for i in range(n - 1):
        if keys[i] not in _NAMED_BY_NOUN or tags[i] != "O" or stems[i].startswith("ال"):
            continue  # "الحزب الحاكم" is a description, "حزب الأمة" a name
        if not stems[i + 1].startswith("ال"):
            continue
        end = i + 2
        while (
            end < n
            and end < i + 6
            and stems[end].startswith("ال")
            and tags[end] == "O"
            and keys[end] not in _PREPOSITIONS  # "الذي", "التي"
        ):
            coordinated = end < len(words) and match_key(words[end]).startswith("وال")
            if not (coordinated or stems[end].endswith(("ي", "ية"))):
                break
            end += 1
        _set(tags, i, end, "ORG")


_MINISTRY = loose_key("وزارة")
# Coordinated nouns that name another body or a person, not a ministry's portfolio
# ("وزارة التربية والحكومة", "وزارة العدل والنائب"), or that start a clause ("والذين").
_NOT_PORTFOLIOS = (
    _INSTITUTIONS
    | _GROUPS
    | _BODIES
    | _PERSON_TITLES
    | _MINISTERS
    | _PREPOSITIONS
    | _RULE_WORDS["not_portfolio"]
)


def _cut_body_names(
    keys: Sequence[str], tags: list[str], stems: Sequence[str], n: int, heads: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Organisations of two words or more headed by an indefinite body word in `heads`
    and definite after it ("وزارة الحج", "مجلس الشيوخ"): the names the body rules may
    carry on. "المجلس الأعلى" is a description, not a name."""
    for label, start, end in chunks(tags):
        if label != "ORG" or end - start < 2 or end > n or keys[start] not in heads:
            continue
        if stems[start].startswith("ال"):
            continue
        if all(stems[k].startswith("ال") for k in range(start + 1, end)):
            yield start, end


def _ministry_portfolios(
    keys: Sequence[str],
    tags: list[str],
    stems: Sequence[str],
    words: Sequence[str],
    is_nationality: Callable[[str], bool],
) -> None:
    """A ministry's name the tagger ended before its other portfolios ("وزارة الحج |
    والعمرة", "وزارة الشؤون الإسلامية | والأوقاف والدعوة والإرشاد", "وزارة الفلاحة |
    والموارد المائية") goes on through the coordinated definite nouns and their nisba
    adjectives: a ministry is named by all it runs. Not past a nationality adjective,
    which ends the name ("وزارة الدفاع الأمريكية والحلفاء")."""
    n = min(len(keys), len(stems), len(words))
    for start, end in _cut_body_names(keys, tags, stems, n, frozenset({_MINISTRY})):
        if is_nationality(keys[end - 1]):
            continue
        tail = end
        while tail < min(n, start + _MAX_NAME_WORDS) and tags[tail] == "O":
            word = match_key(words[tail])
            portfolio = word.startswith("وال")
            adjective = tail > end and word.startswith("ال") and stems[tail].endswith(("ي", "ية"))
            if not (portfolio or adjective) or keys[tail] in _NOT_PORTFOLIOS:
                break
            if is_nationality(keys[tail]):
                break
            tail += 1
        _set(tags, start, tail, "ORG")


def _body_nationality(
    keys: Sequence[str],
    tags: list[str],
    stems: Sequence[str],
    words: Sequence[str],
    is_nationality: Callable[[str], bool],
) -> None:
    """A public body's name that the tagger ended before its nationality adjectives
    ("مجلس الشيوخ | الفرنسي", "وزارة الداخلية | القطرية", "مجلس التنسيق السعودي |
    الإماراتي") goes on through them, as the gold articles write it. Not a
    movement's ("حزب الله اللبناني": the name is "حزب الله"), nor through a
    coordinated noun ("مجلس النواب والحكومة" are two; "والمالية" is no Malian)."""
    for start, end in _cut_body_names(keys, tags, stems, len(stems), _BODIES):
        tail = end
        while tail < min(len(stems), len(words)) and tags[tail] == "O":
            if not (match_key(words[tail]).startswith("ال") and is_nationality(keys[tail])):
                break
            tail += 1
        _set(tags, start, tail, "ORG")


def _adjacent_places(
    keys: Sequence[str],
    tags: list[str],
    proclitic: Sequence[bool],
    is_country: Callable[[str], bool],
) -> None:
    """A region followed by its country is one place ("كردستان العراق"); not when the
    country carries a conjunction or preposition ("الولايات المتحدة وروسيا"), not two
    countries side by side ("الولايات المتحدة إيران", "فرنسا لبنان": a list or a pair
    without "و"), and not two cities ("مطاري أربيل" + ...)."""
    for i in range(1, min(len(tags), len(proclitic))):
        if (
            tags[i] == "B-LOC"
            and tags[i - 1] in ("B-LOC", "I-LOC")
            and not proclitic[i]
            and is_country(keys[i])
            and (i + 1 == len(tags) or tags[i + 1] != "I-LOC")
            and not is_country(" ".join(keys[_chunk_start(tags, i - 1) : i]))
        ):
            tags[i] = "I-LOC"


def _chunk_start(tags: Sequence[str], i: int) -> int:
    """The first word of the name that word `i` is part of."""
    while i > 0 and tags[i].startswith("I-"):
        i -= 1
    return i


def _nisba(stems: Sequence[str], tags: list[str], is_nisba: Callable[[str], bool]) -> None:
    """A one-word place or organisation that is a nationality adjective is untagged."""
    for i, stem in enumerate(stems[: len(tags)]):
        if tags[i] not in ("B-LOC", "B-ORG"):
            continue
        alone = i + 1 == len(tags) or not tags[i + 1].startswith("I-")
        if alone and is_nisba(stem):
            tags[i] = "O"


def _agreeing_adjective(
    keys: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    words: Sequence[str],
    proclitic: Sequence[bool],
    is_country: Callable[[str], bool],
) -> None:
    """A country whose name is also its feminine adjective ("السعودية"), right after a
    definite noun, is the adjective ("البورصة السعودية", "للقنصلية السعودية"); after
    a verb, a preposition or an indefinite noun it is the country ("استنكرته
    السعودية", "مع السعودية", "رد فعل السعودية")."""
    n = min(len(tags), len(stems), len(words), len(proclitic))
    for i in range(1, n):
        alone = i + 1 == len(tags) or not tags[i + 1].startswith("I-")
        if not (tags[i] == "B-LOC" and alone and tags[i - 1] == "O" and not proclitic[i]):
            continue
        if not (match_key(words[i]).startswith("ال") and stems[i].endswith("ية")):
            continue
        before = stems[i - 1]
        if before.startswith("ال") and keys[i - 1] not in _PREPOSITIONS and is_country(keys[i]):
            tags[i] = "O"


def _indefinite_adjective(
    keys: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    is_country: Callable[[str], bool],
) -> None:
    """A country named by its definite feminine adjective ("السعودية") is never written
    without the article: "سعودي", "سعودية" alone are the adjective ("مسؤول سعودي"),
    though they share the country's loose key."""
    for i, stem in enumerate(stems[: len(tags)]):
        alone = i + 1 == len(tags) or not tags[i + 1].startswith("I-")
        if tags[i] != "B-LOC" or not alone or stem.startswith("ال"):
            continue
        if keys[i] in FEMININE_COUNTRIES and is_country(keys[i]):
            tags[i] = "O"


# Prepositions a country follows, separate ("في", also written "فى") or glued (ل، ب).
_BEFORE_COUNTRY = (_PREPOSITIONS - {loose_key(w) for w in "الذي التي الذين".split()}) | {"فى"}
_GLUED_PREPOSITIONS = ("ل", "ب")


def _adjective_spelled_country(
    keys: Sequence[str], stems: Sequence[str], words: Sequence[str], tags: list[str]
) -> None:
    """A country spelled as its indefinite feminine adjective ("سورية") is the country
    after a preposition ("في سورية", "لسورية"), where no adjective can stand: the
    tagger, which reads the nationality adjective's key, leaves it untagged."""
    n = min(len(tags), len(stems), len(words))
    for i in range(n):
        stem = stems[i]
        if tags[i] != "O" or not stem.endswith("ة"):
            continue
        if loose_key_of_match_key(stem) not in _ADJECTIVE_SPELLED_COUNTRIES:
            continue
        word = match_key(words[i])
        if not word.endswith(stem):
            continue  # a suffix or a restored form: "سوريتها"
        glued = word[: -len(stem)]
        if glued.endswith(_GLUED_PREPOSITIONS) or (
            not glued and i and keys[i - 1] in _BEFORE_COUNTRY
        ):
            tags[i] = "B-LOC"


def _described_by_adjective(
    keys: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    is_nationality: Callable[[str], bool],
) -> None:
    """Definite forces, a company or an organisation with a nationality adjective and
    nothing else ("القوات التركية", "الشركة الكندية", "المنظمة البريطانية") is a
    description: the annotated news list it as optional or not at all."""
    for label, start, end in chunks(tags):
        if label != "ORG" or end - start != 2 or end > len(stems):
            continue
        if (
            keys[start] in _DESCRIBED_BY_ADJECTIVE
            and stems[start].startswith("ال")
            and stems[start + 1].startswith("ال")
            and is_nationality(keys[start + 1])
        ):
            tags[start:end] = ["O", "O"]


_BOARD = (loose_key("مجلس"), loose_key("إدارة"))


def _board_of(keys: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """ "مجلس إدارة" (board of directors) before an organisation is the board of it:
    the name is the organisation's ("مجلس إدارة الهيئة العامة للترفيه"), and "مجلس
    الإدارة" names none: what follows it is no genitive ("مجلس الإدارة والشريك")."""
    for label, start, end in chunks(tags):
        if label == "ORG" and tuple(keys[start : start + 2]) == _BOARD:
            tags[start:end] = ["O"] * (end - start)
            definite = start + 1 >= len(stems) or stems[start + 1].startswith("ال")
            if end - start > 2 and not definite:
                tags[start + 2 : end] = ["B-ORG"] + ["I-ORG"] * (end - start - 3)


def _government_of(
    keys: Sequence[str], stems: Sequence[str], tags: list[str], is_country: Callable[[str], bool]
) -> None:
    """ "حكومة السودان", "حكومة الفلبين", "منتخب البرتغال": a country's government or
    national team is a description; the country is the name."""
    for label, start, end in chunks(tags):
        if label != "ORG" or end - start < 2 or end > len(stems):
            continue
        head = keys[start] in _COUNTRY_BODIES and not stems[start].startswith("ال")
        if head and is_country(" ".join(keys[start + 1 : end])):
            tags[start:end] = ["O", "B-LOC"] + ["I-LOC"] * (end - start - 2)


def _bare_places(keys: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """A place noun without the article standing alone ("مدينة", "بلدة") names no
    place."""
    for label, start, end in chunks(tags):
        alone = label == "LOC" and end - start == 1 and start < len(stems)
        if alone and keys[start] in _PLACE_DESCRIPTORS and not stems[start].startswith("ال"):
            tags[start] = "O"


def _regions(keys: Sequence[str], tags: list[str]) -> None:
    """Compass words before a continent join it: "جنوب شرق آسيا" is one place."""
    for i, key in enumerate(keys):
        if key not in _CONTINENTS or tags[i] not in ("B-LOC", "O") or i == 0:
            continue
        start = i
        while start > 0 and keys[start - 1] in _COMPASS and tags[start - 1] == "O":
            start -= 1
        if start < i:
            _set(tags, start, i + 1, "LOC")


def _acronyms(words: Sequence[str], tags: list[str]) -> None:
    """Latin capitals (CNN, BBC) standing alone in Arabic text are organisations: left
    untagged or tagged as a one-word person name (people are not written as acronyms)."""
    for i, word in enumerate(words):
        if not (2 <= len(word) <= 6 and word.isascii() and word.isupper()):
            continue
        alone = i + 1 == len(tags) or not tags[i + 1].startswith("I-")
        if tags[i] == "O" or (tags[i] == "B-PER" and alone):
            tags[i] = "B-ORG"


def _hashtags(words: Sequence[str], tags: list[str], phrases: Phrases) -> None:
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


def _is_kinship(word: str) -> bool:
    key = match_key(word)
    return key in _KINSHIP or (key[:1] == "و" and key[1:] in _KINSHIP)


def _kinship(words: Sequence[str], tags: list[str]) -> None:
    """Kinship words at either end of a person's name leave it."""
    for i, word in enumerate(words):
        if not tags[i].endswith("-PER") or not _is_kinship(word):
            continue
        at_start = tags[i] == "B-PER"
        at_end = i + 1 == len(tags) or tags[i + 1] != "I-PER"
        if at_start and not at_end:
            tags[i + 1] = "B-PER"
        if at_start or at_end:
            tags[i] = "O"


def _coordinated_people(tags: list[str], conjoined: Sequence[bool]) -> None:
    """A word with the conjunction "و" inside a person's name begins a second person
    ("غريزمان وديغو كوستا", "كوستا وإيسكو"): the tagger, seeing rare names, runs two
    coordinated names into one."""
    for i in range(1, min(len(tags), len(conjoined))):
        if tags[i] == "I-PER" and conjoined[i]:
            tags[i] = "B-PER"


_KUNYA = frozenset({"ابو", "ابي", "ابا"})


def _kunya(words: Sequence[str], tags: list[str]) -> None:
    """A kunya right before a person's name begins it ("أبي العلاء المعري"، "أبو بكر
    البغدادي"): the tagger, seeing it rarely, often starts the name after it."""
    for i, word in enumerate(words[:-1]):
        key = match_key(word)
        kunya = key in _KUNYA or (key[:1] in ("و", "ف") and key[1:] in _KUNYA)
        if kunya and tags[i] == "O" and tags[i + 1] == "B-PER":
            tags[i], tags[i + 1] = "B-PER", "I-PER"


# Closed-class words that never continue a person's name ("أبو شهاب هو مشرف").
_NAME_STOPS = _PREPOSITIONS | frozenset(
    loose_key(w) for w in "هو هي هم هما أنا نحن هذا هذه ذلك تلك قد لا لم لن أن إن كان كانت".split()
)


def _function_words(keys: Sequence[str], tags: list[str]) -> None:
    """A person's name ends before a pronoun, particle or preposition."""
    for i, key in enumerate(keys):
        if tags[i] == "I-PER" and key in _NAME_STOPS:
            _end_person(tags, i)


_BLESSINGS = _RULE_WORDS["blessing"]
_BLESSERS = frozenset(loose_key(w) for w in "الله السلام الصلاة".split())


def _blessings(words: Sequence[str], tags: list[str]) -> None:
    """A blessing said after a name ("عمر بن الخطاب رضي الله عنه", "زايد طيب الله ثراه",
    "يوسف عليه السلام") is no part of it, nor a name of its own ("طيب الله"). Surface
    words: the keys drop the pronoun ("رحمه" keys as "رحم", "عليه" as the name "علي")."""
    for i in range(min(len(words), len(tags)) - 1):
        if (
            tags[i] != "O"
            and loose_key(words[i]) in _BLESSINGS
            and loose_key(words[i + 1]) in _BLESSERS
        ):
            tags[i] = "O"
            j = i + 1
            while j < len(tags) and tags[j].startswith("I-"):
                tags[j] = "O"
                j += 1


# A preposition with a pronoun ("أطلق عليها", "ألقت القبض عليه") names nothing.
_PRONOUN_OBJECTS = frozenset(
    loose_key(preposition + pronoun)
    for preposition in "علي إلي لدي عند أمام".split()
    for pronoun in _POSSESSIVES
)


def _pronoun_chunks(words: Sequence[str], tags: list[str]) -> None:
    """A one-word name that is a preposition with a pronoun is none (surface words: the
    key of "عليه" is the name "علي"), after "و" or "ف" too ("وإليهما")."""
    for _, start, end in chunks(tags):
        if end - start == 1 and start < len(words) and _is_pronoun_object(words[start]):
            tags[start] = "O"


def _is_pronoun_object(word: str) -> bool:
    if loose_key(word) in _PRONOUN_OBJECTS:
        return True
    return word[:1] in ("و", "ف") and loose_key(word[1:]) in _PRONOUN_OBJECTS


_COINED_TERMS = _RULE_WORDS["coined_term"]
_PHOBIA = "فوبيا"


def _coined_terms(keys: Sequence[str], tags: list[str]) -> None:
    """A term coined from a name ("بريكست", "أوباماكير", "روسيافوبيا") names no one: it
    leaves the name it was read into ("بريكست ميشال بارنييه", "تيريزا ماي لبريكست")."""
    for i, key in enumerate(keys):
        if tags[i] != "O" and (key in _COINED_TERMS or key.endswith(_PHOBIA)):
            tags[i] = "O"
            if i + 1 < len(tags) and tags[i + 1].startswith("I-"):
                tags[i + 1] = "B-" + tags[i + 1][2:]


_PLACE_TITLES = _RULE_WORDS["place_title"]


def _titled_places(keys: Sequence[str], tags: list[str]) -> None:
    """A place after a title's noun is part of a person's title ("خادم الحرمين
    الشريفين"), not a place the text names."""
    for label, start, end in chunks(tags):
        if (
            label == "LOC"
            and start > 0
            and tags[start - 1] == "O"
            and keys[start - 1] in _PLACE_TITLES
        ):
            tags[start:end] = ["O"] * (end - start)


def _person_titles(keys: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """Titles and ranks with the article before a name are no part of it ("الميجور
    أدريان رانكين-غالواي", "البابا فرانسيس"): the tagger, meeting foreign ranks rarely,
    takes them in. Without the article they are given names ("أمير نبيل", "رائد خوري")."""
    for label, start, end in chunks(tags):
        first = start
        while (
            label == "PER"
            and first < min(end - 1, len(stems))
            and keys[first] in _PERSON_TITLES
            and stems[first].startswith("ال")
        ):
            tags[first] = "O"
            first += 1
        if first > start:
            tags[first] = "B-PER"


def _end_person(tags: list[str], i: int) -> None:
    """Untag the rest of the person's name from word `i` on."""
    while i < len(tags) and tags[i] == "I-PER":
        tags[i] = "O"
        i += 1


_PREPOSITION_ARTICLE = ("بال", "لل", "كال")


def _prepositional_tail(words: Sequence[str], tags: list[str]) -> None:
    """ "مادورو بالتشافيزية": a preposition with the article never continues a name."""
    for i, word in enumerate(words):
        if tags[i] != "I-PER":
            continue
        key = match_key(word)
        if key[:1] in ("و", "ف") and len(key) > 4:
            key = key[1:]
        if key.startswith(_PREPOSITION_ARTICLE):
            _end_person(tags, i)


def _owned_bodies(keys: Sequence[str], words: Sequence[str], tags: list[str]) -> None:
    """A body of `owned_body` with its adjectives, right before an organisation
    with "لل" ("الجمعية العامة للأمم المتحدة"), is one organisation with it: the
    tagger reads two."""
    for (label, start, end), (owner, first, last) in pairwise(chunks(tags)):
        if (
            label == owner == "ORG"
            and end == first
            and end - start > 1
            and keys[start] in _OWNED_BODIES
            and match_key(words[first]).startswith(_OWNER_ARTICLE)
        ):
            tags[first:last] = ["I-ORG"] * (last - first)


_OWNER_ARTICLE = match_key("لل")


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


def _joined_words(words: Sequence[str], tags: list[str], attached: Sequence[bool]) -> None:
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


def _feminine_bodies(
    keys: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    is_nationality: Callable[[str], bool],
) -> None:
    """A feminine body noun agreeing with a feminine nationality adjective names the
    body ("قالت الخارجية الروسية", "البحرية الأسترالية"): not after a minister or a
    ministry, whose name it ends ("وزير الخارجية الأمريكية"), nor after a definite
    noun the adjective may describe ("القوات البحرية الأمريكية", "الشؤون الداخلية
    السعودية")."""
    n = min(len(keys), len(stems))
    for i in range(n - 1):
        body, adjective = stems[i], stems[i + 1]
        if not (tags[i] == tags[i + 1] == "O" and keys[i] in _FEMININE_BODIES):
            continue
        if not (body.startswith("ال") and body.endswith("ية")):
            continue
        if not (adjective.startswith("ال") and adjective.endswith("ية")):
            continue
        if not is_nationality(keys[i + 1]) or (i > 0 and _describes(keys[i - 1], stems[i - 1])):
            continue
        tags[i], tags[i + 1] = "B-ORG", "I-ORG"


def _describes(key: str, stem: str) -> bool:
    """Whether a word before "الخارجية الروسية" takes the pair as its own complement."""
    return stem.startswith("ال") or key in _MINISTERS | _INSTITUTIONS


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
        _news_names(sentence_keys, sentence_tags, names)


def scored_clubs(
    keys: Sequence[Sequence[str]],
    tags: list[list[str]],
    is_country: Callable[[str], bool],
    is_org: Callable[[str], bool],
) -> None:
    """A town listed as an organisation too, beside a match's score ("وتغلب ليل 3-1
    على", "بالفوز 3-1 على نانت"), is the club named after it, and so is that town
    wherever else the document reads it as a place ("وخسر نانت"), unless a word
    of `town_cue` puts the town itself there ("في روما"): the tagger, seeing one
    sentence, reads the town. A country there is the national team, which the
    annotated news write as the country. `keys` and `tags` are per sentence, changed
    in place."""
    clubs: set[tuple[str, ...]] = set()
    for sentence_keys, sentence_tags in zip(keys, tags, strict=True):
        for start, end in _scores(sentence_keys):
            for first, last in _towns(sentence_keys, sentence_tags):
                name = " ".join(sentence_keys[first:last])
                if _beside(sentence_keys, first, last, start, end) and _is_club(
                    name, is_country, is_org
                ):
                    clubs.add(tuple(sentence_keys[first:last]))
    if not clubs:
        return
    for sentence_keys, sentence_tags in zip(keys, tags, strict=True):
        for first, last in _towns(sentence_keys, sentence_tags):
            if tuple(sentence_keys[first:last]) in clubs:
                sentence_tags[first:last] = ["B-ORG"] + ["I-ORG"] * (last - first - 1)


def _towns(keys: Sequence[str], tags: list[str]) -> Iterator[tuple[int, int]]:
    """The places of a sentence that no word of `town_cue` introduces."""
    for label, first, last in chunks(tags):
        if label == "LOC" and (first == 0 or keys[first - 1] not in _TOWN_CUES):
            yield first, last


def _is_club(name: str, is_country: Callable[[str], bool], is_org: Callable[[str], bool]) -> bool:
    return is_org(name) and not is_country(name) and name not in _HOME_NATIONS


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


_QUOTES = frozenset('"«»“”')
_MAX_QUOTED = 4


def _quoted_names(
    keys: Sequence[str], stems: Sequence[str], words: Sequence[str], tags: list[str]
) -> None:
    """A short quoted name right after an indefinite group or organisation noun is that
    organisation ('منظمة "أطباء بلا حدود"', 'شركة «عقال»', 'قناة "المسيرة"'): the
    marks set it apart as a name, which the tagger, meeting ordinary words inside,
    often leaves untagged. An indefinite adjective first is a quoted description."""
    n = min(len(keys), len(stems), len(words))
    for i in range(n - 3):
        if keys[i] not in _QUOTED_HEADS or stems[i].startswith("ال") or words[i + 1] not in _QUOTES:
            continue
        close = next(
            (j for j in range(i + 3, min(n, i + 3 + _MAX_QUOTED)) if words[j] in _QUOTES), None
        )
        if close is None or any(t != "O" for t in tags[i + 1 : close + 1]):
            continue
        first = stems[i + 2]
        if not first.startswith("ال") and first.endswith(("ي", "ية")):
            continue  # a quoted adjective: 'تنظيم "إرهابي"', 'مجلة "نسائية كلياً"'
        tags[i + 2 : close] = ["B-ORG"] + ["I-ORG"] * (close - i - 3)


_QUOTED_HEADS = _GROUPS | _NAME_HEADS | _DESCRIPTORS
