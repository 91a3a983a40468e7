"""Where a speaker phrase gives way to what follows it: the verb's object or a
complement after the title, a genitive or an adjective that still belongs to
the speaker, the represented body. A quoted name inside the phrase is
`quoted_names.py`'s; a share of a group ("18٪ من المجيبين") `share_phrases.py`'s.
"""

from __future__ import annotations

from rasd.quotes.circumstances import audience_at
from rasd.quotes.speaker_words import (
    Phrase,
    definite,
    entity_end,
    entity_ended,
    nisba,
    verbal_noun,
)
from rasd.quotes.unnamed_objects import (
    heads_name,
    object_after_genitive,
    object_after_listed_adjective,
)
from rasd.quotes.view import DocView

NAME_AHEAD = 7  # how far a title and name may follow a modifier of the speaker
STRICT_PROPER_SHARE = 0.02  # "ليبيا" almost never takes the article, "مطار" does
PREPOSITIONS = frozenset({"في", "الى", "من", "لدى"})


def disagreeing_after_title(v: DocView, i: int, k: int) -> bool:
    """A definite title in the masculine singular ("الأمير", "الوزير"), with its
    masculine adjectives ("الوزير الأمريكي"), takes no genitive, and its adjective
    agrees with it: a definite plural or feminine word after it is the verb's object."""
    h = i - 1
    while h > k and v.definite[h] and v.keys[h].endswith("ي") and not v.is_("title", h):
        h -= 1  # "الأمريكي": a masculine adjective of the title
    head, key = v.stems[h], v.keys[i]
    return (
        v.definite[h]
        and v.is_("title", h)
        and not head.endswith(("ة", "اء", *_SOUND_PLURAL))
        and v.definite[i]
        and not v.proclitics[i]
        and v.entity_label(i) is None
        and not v.is_("title", i)
        and key.endswith(("ة", *_SOUND_PLURAL))
        and not key.endswith("ية")  # "الأمين العام" … "العامة" never; a nisba may be a name's
    )


def object_noun(v: DocView, i: int, k: int, phrase: Phrase) -> bool:
    """An indefinite title word right after a definite noun that is no title, with no
    name in reach, is the verb's object ("الشرطة مساعدة المواطنين"), not an
    apposed post ("الوزير مساعد" does not occur; "وزير الخارجية" starts with the
    title)."""
    return (
        i > k
        and phrase.name is None
        and not definite(v, i)
        and definite(v, i - 1)
        and not v.is_("title", i - 1)
        and not titled_name_ahead(v, i - 1, min(v.n, i + NAME_AHEAD))
        and not v.name_like(i + 1, loose=True)
    )


def starts_object(v: DocView, i: int, phrase: Phrase) -> bool:
    """A definite word after a definite noun cannot be its genitive: when it is a
    verbal noun of the تفعيل form ("الوزير التأكيد") or starts another entity ("البحث
    الحكومة المكسيكية"), it is the verb's object, not part of the speaker."""
    if phrase.name is not None or not definite(v, i) or not definite(v, i - 1):
        return False
    if v.proclitics[i] or v.is_("title", i):
        return False
    if verbal_noun(v, i) or derived_verbal_noun(v, i):
        return True
    if _disagrees(v.keys[i - 1], v.keys[i]):
        return True
    e = v.entity_at.get(i) if v.entity_at is not None else None
    return (
        e is not None
        and e.start >= v.tokens[i].start
        and v.entity_label(i - 1) is None
        and not v.is_("title", i - 1)
    )


def derived_verbal_noun(v: DocView, i: int) -> bool:
    """A definite verbal noun of the إفعال, افتعال, انفعال or استفعال form ("الإفصاح"،
    "الالتزام"، "الانسحاب"، "الاستمرار"): no adjective has these forms (their
    adjectives are participles in م-), so after a definite noun it is the verb's object
    ("رفض أحد المصادر الأمنية الإفصاح"). After an adjective that heads a genitive
    (words.tsv `genitive_adjective`) it is that genitive ("الصحيفة الواسعة الانتشار")."""
    stem = v.stems[i]
    if not stem.startswith("ال") or v.lexicon.has("genitive_adjective", v.stems[i - 1][2:]):
        return False
    return derived_form(stem[2:], v.texts[i])


def verbal_noun_after_adjective(v: DocView, i: int) -> bool:
    """ "أكدت تقارير صحفية أميركية إبرام صفقة"، "نفى مصدر مطلع إجراء اتصالات": a bare
    verbal noun of a derived form after the bare adjective of an unnamed subject opens
    the verb's object (after a noun it would be its genitive: "لجنة إعادة الإعمار")."""
    if definite(v, i) or v.proclitics[i] or definite(v, i - 1) or v.proclitics[i - 1]:
        return False
    if not (nisba(v, i - 1) or v.is_("informed", i - 1)):
        return False
    if _noun_after_masculine_title(v, i - 1):
        return False  # "عضو تنسيقية اعتصام الكامور": the member of a committee, not its adjective
    in_entity = v.entity_at is not None and i in v.entity_at
    return not in_entity and derived_form(v.stems[i], v.texts[i])


def _noun_after_masculine_title(v: DocView, j: int) -> bool:
    """A word in -ة after a masculine singular title is no adjective of it (it would
    agree): a noun it governs ("عضو تنسيقية"). Not after a source word, often a
    plural that takes a feminine adjective ("مصادر محلية")."""
    head = j - 1
    if not v.keys[j].endswith("ة") or v.keys[head].endswith(("ة", "ات")):
        return False
    return v.is_("title", head) and not v.is_("anonymous", head)


def derived_form(stem: str, written: str) -> bool:
    """A stem without the article of the إفعال, افتعال, انفعال or استفعال form. The
    إفعال form needs its written hamza: bare or with أ it is also the plural أفعال, an
    adjective of people ("المسؤولون الأكراد")."""
    if not stem.startswith("ا") or stem.endswith(("ة", "ي", "ات")):
        return False
    if len(stem) == 5:
        return stem[3] == "ا" and "إ" in written  # إفعال: إفراج
    if len(stem) == 6:
        return stem[4] == "ا" and (stem[1] == "ن" or stem[2] in "تطد")  # افتعال، انفعال
    return len(stem) == 7 and stem.startswith("است") and stem[5] == "ا"  # استفعال


def _disagrees(head: str, word: str) -> bool:
    """A definite word that cannot be the adjective of the definite noun before it: a
    plural in -ين after a nominative in -ون ("اتهم الديمقراطيون الجمهوريين"), or a
    feminine plural in -ات after a noun that is none ("اتهم التقرير السلطات")."""
    if head.endswith("ون") and word.endswith("ين"):
        return True
    return word.endswith("ات") and len(word) > 5 and not head.endswith("ات")


def object_after_adjective(v: DocView, k: int, i: int) -> bool:
    """ "وأكد مصدر عسكري تواصل التقدم"، "مصدر عسكري مقتل العشرات": after an unnamed
    source's bare relative adjective, a bare noun heading a definite genitive, or an
    agency's or paper's head word before its name, starts the verb's object or
    addressee ("أفاد مصدر قضائي وكالة فرانس برس"); an adjective
    heads such a genitive too ("مسؤول سعودي رفيع المستوى", words.tsv
    `genitive_adjective`), and a definite word after it is the object
    (`unnamed_objects.object_after_genitive`)."""
    if i + 1 < v.n and (object_after_genitive(v, k, i) or object_after_listed_adjective(v, k, i)):
        return True
    if i < k + 2 or i + 1 >= v.n or not (nisba(v, i - 1) and v.word(i)):
        return False
    if definite(v, i) or v.proclitics[i] or nisba(v, i) or v.is_("function", i):
        return False
    if any(v.is_(c, i) for c in ("genitive_adjective", "title", "anonymous", "time", "cut")):
        return False
    after = i + 1
    if v.proclitics[after] or v.is_("time", after):
        return False
    return definite(v, after) or heads_name(v, i)


def plural_then_title(v: DocView, k: int, i: int) -> bool:
    """ "وصف المصريون في سياق ساخر الممثل عمرو عبدالجليل بأنه": a definite plural in
    -ون heads no genitive (it would lose its ن) and takes no singular apposition, so a
    singular title before a person's name after it starts the verb's object."""
    head = v.keys[k]
    if not (definite(v, k) and head.endswith("ون")) or v.proclitics[i]:
        return False
    if not (definite(v, i) and v.is_("title", i)) or v.keys[i].endswith(("ون", "ين", "ات")):
        return False
    return i + 1 < v.n and v.entity_label(i + 1) == "PER"


def complement_to(v: DocView, i: int, phrase: Phrase) -> bool:
    """إلى joins to a noun phrase only a post and where it is held ("المندوب الروسي
    إلى الأمم المتحدة"); after any other subject it opens the verb's complement
    ("توصلت الدراسة إلى نتيجة"، "دعت جماعة الإخوان المسلمين إلى إخراج")."""
    return v.keys[i] == "الى" and not phrase.title


def organisation_adjective(v: DocView, i: int, run: list[int]) -> bool:
    """A definite relative adjective right after an organisation's name describes it
    ("شركة صافر النفطية الحكومية"); after a person's name it is more often the
    object ("حذر بوتين الأوروبيين")."""
    return (
        v.entity_label(run[1] - 1) == "ORG"
        and v.entity_label(i) is None
        and definite(v, i)
        and not v.proclitics[i]
        and v.keys[i].endswith(("ية", "ي"))
        and (i + 1 >= v.n or v.punct(i + 1) or not v.name_like(i + 1, loose=True))
    )


def described_place(v: DocView, k: int, i: int) -> bool:
    """Tokens `[k, i)` are a place the entity layer names and a definite word follows
    it: what describes the place ("الكويت العضو غير الدائم"، "مصر الشقيقة"), not more
    of its name."""
    if v.entity_at is None or v.entity_label(k) != "LOC" or not entity_ended(v, i):
        return False
    return v.entity_at.get(k) is v.entity_at.get(i - 1) and definite(v, i) and not v.proclitics[i]


_SOUND_PLURAL = ("ين", "ون", "ات")


def object_starts(v: DocView, i: int, limit: int) -> bool:
    """Where a definite noun after the subject is the verb's object: a place or body
    right after another one ("وحثت الصين الولايات المتحدة"، "الاتحاد الأوروبي إيران")
    unless a person's name follows it (a title: "رئيس إقليم كردستان العراق مسعود
    بارزاني"), or a plural in -ين after a singular ("ودعا الرئيس المواطنين")."""
    if v.proclitics[i] or v.entity_at is None:
        return False
    here, before = v.entity_at.get(i), v.entity_at.get(i - 1)
    if here is not None and before is not None and here is not before:
        after = entity_end(v, i, limit)
        person_next = after < limit and v.entity_label(after) == "PER"
        return here.label in ("LOC", "ORG") and not person_next
    return (
        here is None
        and before is None
        and v.definite[i]
        and v.definite[i - 1]
        and v.stems[i].endswith("ين")
        and not v.stems[i - 1].endswith(_SOUND_PLURAL)
        and not v.is_("title", i)
        and not _plural_adjective_of_partitive(v, i)
    )


def object_after_plural(v: DocView, i: int) -> bool:
    """A sound plural that keeps its ن ("ناشطون"، "مغردون") is in no construct: a bare
    noun after it is no genitive, and it is no adjective of people unless it is a
    relative adjective or a plural too ("ناشطون سوريون"، "مسؤولون أمريكيون"), so it is
    the verb's object ("ناشطون مقطع فيديو"، "كثيرون محاولات")."""
    h = i - 1
    if not (_bare_plural(v, h) and v.word(i)) or v.definite[i] or v.proclitics[i]:
        return False
    if v.entity_label(i) is not None or v.name_like(i):
        return False
    key = v.keys[i]
    if (
        key.endswith(("ون", "ين"))
        or nisba(v, i)
        or v.is_("title", i)
        or v.is_("function", i)
        or v.is_("anonymous", i)
    ):
        return False
    # A broken plural of people may still describe it ("مسؤولون أتراك أنها"); a thing
    # shows itself by a plural in -ات, the accusative ending or a genitive of its own.
    return key.endswith(("ات", "ا")) or _takes_genitive(v, i + 1)


def _takes_genitive(v: DocView, j: int) -> bool:
    """A word at j that may complete the noun before it ("مقطع فيديو")."""
    return (
        j < v.n
        and v.word(j)
        and not v.proclitics[j]
        and not v.is_("function", j)
        and not v.complementizer(j)
        and v.cue(j) is None
        and not nisba(v, j)
        and not v.keys[j].endswith(("ون", "ين"))
    )


def _bare_plural(v: DocView, i: int) -> bool:
    """An indefinite sound plural in -ون with no clitics ("ناشطون"), not a name."""
    key = v.keys[i]
    return (
        v.word(i)
        and len(key) >= 5
        and key.endswith("ون")
        and not v.definite[i]
        and not v.proclitics[i]
        and v.entity_label(i) is None
        and not v.name_like(i, loose=True)
    )


def _plural_adjective_of_partitive(v: DocView, i: int) -> bool:
    """ "عدد من النواب الديمقراطيين"، "مجموعة من الخبراء الدوليين": a relative
    adjective in -يين after the plural that من takes describes it."""
    return i > 1 and v.keys[i - 2] == "من" and v.stems[i].endswith("يين")


def object_after_name(v: DocView, i: int) -> bool:
    """A name takes no genitive: a definite noun right after a whole entity that is
    neither its adjective (-ي/-ية) nor a title is the verb's object ("وتنفي روسيا
    التورط"، "ونفى الكرملين الاتهامات")."""
    return (
        entity_ended(v, i)
        and v.entity_at is not None
        and v.entity_at.get(i) is None
        and v.definite[i]
        and not v.proclitics[i]
        and not _relative_adjective(v, i)
        and not v.is_("title", i)
        and not _person_ahead(v, i)
    )


NISBA_FEMININE_MIN = 20  # news count of "الروسية" that shows "الروسي" is an adjective


def _relative_adjective(v: DocView, i: int) -> bool:
    """A definite relative adjective ("الروسي", "الإيرانية"); a verbal noun in -ي
    ("السعي", "الرمي") has no feminine in ية."""
    key = v.keys[i]
    if key.endswith("ية"):
        return True
    return key.endswith("ي") and v.freq.get(key + "ة", 0) >= NISBA_FEMININE_MIN


def _person_ahead(v: DocView, i: int, reach: int = 3) -> bool:
    """ "نجم ليفربول السابق مايكل أوين": a person's name just ahead makes the words
    before it a description of the speaker, not an object."""
    for j in range(i + 1, min(v.n, i + 1 + reach)):
        if v.punct(j) or v.keys[j] in PREPOSITIONS:
            return False  # "روسيا التورط في تسميم سكربيل": a name inside the object
        if v.entity_label(j) == "PER":
            return True
    return False


def genitive(v: DocView, i: int, in_pp: bool, after_title: bool) -> bool:
    """Whether a name at i completes the bare noun before it (idafa)."""
    # A place or body the entity layer names takes no genitive: "السفير السعودي في
    # لندن محمد بن نواف" is a title and a name, not an organisation.
    prev_bare = (
        not definite(v, i - 1) and not v.is_("title", i - 1) and v.entity_label(i - 1) is None
    )
    return prev_bare and not v.name_like(i - 1, loose=True) and (in_pp or not after_title)


def names_represented(v: DocView, k: int, i: int, limit: int) -> bool:
    """ "ممثل لبورتمان"، "مراسل لوكالة الأنباء": after an indefinite title word that
    opens the phrase, ل names whom it represents, not whom the words were told. A
    medium after any other title is still the audience ("قال متحدث لوكالة رويترز")."""
    if not (
        v.is_("title", k)
        and not definite(v, k)
        and not v.enclitic[k]
        and v.proclitics[i].endswith("ل")
        and v.word(i)
    ):
        return False
    medium = audience_at(v, i, limit) is not None and v.entity_label(i) != "PER"
    return not medium or v.is_("audience", k)


def organisation_of(v: DocView, run: list[int], i: int) -> bool:
    """An organisation's name runs on through ل and another organisation's name
    ("المفوضية السامية للأمم المتحدة"): both read by the entity layer, back to back."""
    return (
        run[1] == i
        and v.proclitics[i].endswith("ل")
        and v.entity_label(run[0]) == "ORG"
        and v.entity_label(i) == "ORG"
        and v.entity_at.get(i) is not v.entity_at.get(i - 1)
    )


def titled_name_ahead(v: DocView, i: int, limit: int) -> bool:
    """ "نوه رئيس المجلس بمجلس الغرف الدكتور محمد بن لادن": the phrase after the
    preposition leads to a title and a name, so it still belongs to the speaker."""
    for j in range(i + 1, min(limit, i + NAME_AHEAD)):
        if v.punct(j) or v.complementizer(j) or v.cue(j) is not None:
            return False
        if v.is_("title", j) and j + 1 < limit and v.name_like(j + 1, loose=True):
            return True
    return False


_RANKS = frozenset({"اول", "ثان", "ثالث"})


def rank_adjective(v: DocView, i: int) -> bool:
    """ "أول" right after an indefinite post is its rank ("شريك أول"، "نائب أول"), which
    goes on describing the speaker; elsewhere it is "first" ("أول من …"). So do "ثان"
    and "ثالث" ("متحدث ثان باسم البنتاغون"): an ordinal, never a name."""
    return (
        v.keys[i] in _RANKS
        and i + 1 < v.n
        and v.keys[i + 1] not in ("من", "ما")
        and not v.proclitics[i]
        and v.word(i - 1)
        and not v.is_("function", i - 1)
        and not definite(v, i - 1)
    )


_NEGATED_ENDINGS = ("ي", "ية", "يين", "يون", "يتين", "يان")
_HELD_BY_PRONOUN = frozenset({"له", "لها", "لهم", "لهما", "به", "بها", "بهم", "عليه", "عليها"})


def negated_adjective(v: DocView, i: int) -> bool:
    """ "غير" and an adjective agreeing with the noun before it ("تقرير لمنظمتين غير
    حكوميتين"، "تقارير غير مؤكدة"، "جهاز الهجرة غير الشرعية"): one more adjective of
    the description, not the end of the phrase."""
    j = i + 1
    if v.keys[i] != "غير" or v.proclitics[i] or j >= v.n or not v.word(j) or i == 0:
        return False
    if v.proclitics[j] not in ("", "ال") or v.name_like(j) or v.is_("function", j):
        return False
    if definite(v, j) != definite(v, i - 1):
        return False
    if j + 1 < v.n and v.keys[j + 1] in _HELD_BY_PRONOUN:
        return False  # "غير مصرح له بالحديث": the adjective's complement follows
    key = v.stems[j][2:] if definite(v, j) else v.keys[j]
    participle = key.startswith("م") and len(key) >= 4
    return key.endswith(_NEGATED_ENDINGS) or participle


def place_in_modifier(v: DocView, i: int, k: int) -> bool:
    """A proper noun right after a preposition ("إلى ليبيا"): unlike "في مطار", it
    takes no genitive, so a definite word after it starts something else; but not one
    the entity layer reads on over the definite word ("مصدر في خفر السواحل")."""
    if i - 1 <= k or v.keys[i - 1] not in PREPOSITIONS or not v.word(i) or definite(v, i):
        return False
    if entity_end(v, i, v.n) > i + 1:
        return False
    key = v.keys[i]
    return v.freq.get("ال" + key, 0) <= STRICT_PROPER_SHARE * max(v.freq.get(key, 0), 1)
