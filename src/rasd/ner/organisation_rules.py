"""The name rules for organisations (patterns 1, 2, 4 and 8 of rules.py): bodies with
their nationality adjectives, portfolios and owners, movements and listed names, the
descriptors and group nouns that are no part of a name, quoted names after a group noun.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise

from rasd.ner.gazetteer import loose_key
from rasd.ner.rule_words import MAX_GAP, PERSON_TITLES, PREPOSITIONS, RULE_WORDS, NameList, Phrases
from rasd.ner.scoring import chunks
from rasd.ner.tag_edits import is_chunk, set_tags
from rasd.text.normalize import match_key

_COMPETITIONS = RULE_WORDS["competition"]
_INSTITUTIONS = RULE_WORDS["institution"]
_DESCRIBED_BODIES = RULE_WORDS["described_body"]
_NAME_HEADS = RULE_WORDS["name_head"]
_FEMININE_BODIES = RULE_WORDS["feminine_body"]
_OWNED_BODIES = RULE_WORDS["owned_body"]
_SPORTS_ROLES = RULE_WORDS["sports_role"]
_COUNTRY_BODIES = RULE_WORDS["country_body"]
_GROUPS = frozenset(
    loose_key(w)
    for w in (
        "مجموعة منظمة مجلس لجنة هيئة جمعية اتحاد رابطة مركز حركة حزب جبهة تنظيم خلية "
        "جماعة تحالف ائتلاف صندوق مؤسسة وكالة بنك"
    ).split()
)


# Heads that name a group by a definite noun alone ("جبهة النصرة", "خلية الصقور").
# "تنظيم" is also the verbal noun "organising" ("تنظيم الإعلام", "تنظيم المونديال"):
# the tagger, trained on annotated news, finds "تنظيم الدولة" without the rule.
_MOVEMENTS = frozenset(loose_key(w) for w in "خلية جماعة جبهة حزب ميليشيا كتائب".split())
# Public bodies named the same way ("وزارة الشؤون الخارجية", "مجلس النواب", "هيئة
# الأركان"): on the gold dev folds this shape is an organisation wherever it occurs.
_BODIES = frozenset(loose_key(w) for w in "وزارة مجلس لجنة محكمة هيئة مفوضية منظمة رابطة".split())
_NAMED_BY_NOUN = _MOVEMENTS | _BODIES


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
_MAX_NAME_WORDS = 6
_MINISTERS = frozenset(loose_key(w) for w in "وزير وزراء وزيرة".split())


def listed_organisations(keys: Sequence[str], tags: list[str], phrases: Phrases) -> None:
    """Names of two words or more listed only as organisations are organisations
    where the tagger tagged part of them or read the whole as a person ("فرانس برس":
    a news agency named like a person). Untagged ones are left alone, as are single
    words: the lists hold descriptions ("الحزب الحاكم") and people ("أردوغان") as
    organisations too, and the CRF, trained on annotated news, tells them apart."""
    for start, end, types in phrases(keys):
        if not (set(types) <= {"ORG", "ACTOR"} and "ORG" in types):
            continue
        if not is_chunk(tags, start, end) and any(t != "O" for t in tags[start:end]):
            set_tags(tags, start, end, "ORG")
        elif tags[start] == "B-PER":
            tags[start:end] = ["B-ORG"] + ["I-ORG"] * (end - start - 1)


def competitions(keys: Sequence[str], tags: list[str]) -> None:
    """A name headed by a competition ("كأس العالم", "الكلاسيكو") is an event (MISC),
    not an organisation: the annotated news never require it."""
    for label, start, end in chunks(tags):
        if label != "MISC" and keys[start] in _COMPETITIONS:
            tags[start:end] = ["B-MISC"] + ["I-MISC"] * (end - start - 1)


def clubs_after_roles(
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


def descriptors(
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


def learnt_names(keys: Sequence[str], tags: list[str], names: NameList) -> None:
    """A name that the news corpus puts after descriptors ("داعش", "واشنطن بوست",
    `rasd.ner.bootstrap`) is an organisation wherever the tagger left it untagged."""
    longest = names.longest
    for i in [i for i, key in enumerate(keys) if key in longest]:
        for end in range(min(len(keys), i + longest[keys[i]]), i, -1):
            if all(t == "O" for t in tags[i:end]) and " ".join(keys[i:end]) in names.names:
                set_tags(tags, i, end, "ORG")
                break


_GROUP_NOUNS = _NAMED_BY_NOUN | _GROUPS | _INSTITUTIONS | _DESCRIBED_BODIES


def bare_group_nouns(keys: Sequence[str], tags: list[str]) -> None:
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


def foreign_nationality(
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


def descriptions(keys: Sequence[str], tags: list[str], stems: Sequence[str]) -> None:
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


def institutions(
    keys: Sequence[str],
    tags: list[str],
    stems: Sequence[str],
    is_nationality: Callable[[str], bool],
) -> None:
    for i, key in enumerate(keys):
        if key not in _INSTITUTIONS or tags[i] != "O":
            continue
        for j in range(i + 1, min(len(keys), i + 1 + MAX_GAP)):
            # A person's title in between takes the adjective: "حكومة المستشارة الألمانية".
            if keys[j] in PREPOSITIONS or keys[j] in PERSON_TITLES:
                break
            if is_nationality(keys[j]) and stems[j].startswith("ال"):
                set_tags(
                    tags, i, j + 1, "ORG"
                )  # "حكومة جزائرية" describes, "الحكومة الجزائرية" names
                break


def movements(
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
            and keys[end] not in PREPOSITIONS  # "الذي", "التي"
        ):
            coordinated = end < len(words) and match_key(words[end]).startswith("وال")
            if not (coordinated or stems[end].endswith(("ي", "ية"))):
                break
            end += 1
        set_tags(tags, i, end, "ORG")


_MINISTRY = loose_key("وزارة")
# Coordinated nouns that name another body or a person, not a ministry's portfolio
# ("وزارة التربية والحكومة", "وزارة العدل والنائب"), or that start a clause ("والذين").
_NOT_PORTFOLIOS = (
    _INSTITUTIONS
    | _GROUPS
    | _BODIES
    | PERSON_TITLES
    | _MINISTERS
    | PREPOSITIONS
    | RULE_WORDS["not_portfolio"]
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


def ministry_portfolios(
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
        set_tags(tags, start, tail, "ORG")


def body_nationality(
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
        set_tags(tags, start, tail, "ORG")


_BOARD = (loose_key("مجلس"), loose_key("إدارة"))


def board_of(keys: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """ "مجلس إدارة" (board of directors) before an organisation is the board of it:
    the name is the organisation's ("مجلس إدارة الهيئة العامة للترفيه"), and "مجلس
    الإدارة" names none: what follows it is no genitive ("مجلس الإدارة والشريك")."""
    for label, start, end in chunks(tags):
        if label == "ORG" and tuple(keys[start : start + 2]) == _BOARD:
            tags[start:end] = ["O"] * (end - start)
            definite = start + 1 >= len(stems) or stems[start + 1].startswith("ال")
            if end - start > 2 and not definite:
                tags[start + 2 : end] = ["B-ORG"] + ["I-ORG"] * (end - start - 3)


def government_of(
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


def owned_bodies(keys: Sequence[str], words: Sequence[str], tags: list[str]) -> None:
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


def feminine_bodies(
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


_QUOTES = frozenset('"«»“”')
_MAX_QUOTED = 4


def quoted_names(
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
