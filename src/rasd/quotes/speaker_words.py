"""Token-level readings the speaker rules share: the Phrase record, whether a
word is definite, a title, a verb standing alone, a relative adjective, where
an entity of the entity layer ends, a Latin name's extent.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.quotes.view import VERB_MIN_FREQ, DocView

MIN_WORD_FREQ = 20  # a form this frequent is a word of its own


@dataclass(slots=True)
class Phrase:
    """Tokens `[start, end)` of a speaker phrase and what it is made of."""

    start: int
    end: int
    name: tuple[int, int] | None = None  # the name's tokens, when it has one
    title: bool = False  # it has a title word (وزير، المتحدث، مبعوث)
    anonymous: bool = False  # its head is مسؤول، مصدر، شهود…
    organisation: bool = False  # a noun completed by a name ("شرطة جدة")
    share: bool = False  # a share of a group ("18٪ من المجيبين", "غالبية المجيبين")
    group: tuple[int, int] | None = None  # that group's noun, when the phrase names it
    places: bool = False  # places joined by "و" ("ألمانيا وفرنسا"): the list speaks, no name


def extend_latin(v: DocView, k: int, limit: int) -> int:
    while k < limit and v.tokens[k].kind == "latin":
        k += 1
    return k


def clause_verb(v: DocView, i: int) -> bool:
    """A word of a description that is the verb of a clause describing it ("أطباء
    يعملون داخل الغوطة"، "مدعون يحققون في"): a present plural (a nisba in -يون is an
    adjective: "مسؤولون يمنيون"). The speaker is the noun so described."""
    key = v.keys[i]
    return (
        not v.proclitics[i]
        and len(key) > 4
        and key[0] == "ي"
        and key.endswith("ون")
        and not key.endswith("يون")
    )


def closes_bracket(v: DocView, start: int, i: int) -> bool:
    """Whether token i closes a bracket opened inside the phrase: a speaker's name
    never ends inside an open bracket ("مكتب الإحصاء التابع للاتحاد الأوروبي (يوروستات)")."""
    return i < v.n and v.punct(i, ")") and any(v.punct(j, "(") for j in range(start, i))


CONSTRUCT_PLURAL_MIN = 10  # news count of "منتقدون" and "منتقدين" that shows "منتقدو" is one


def construct_plural(v: DocView, i: int) -> bool:
    """A sound plural in the construct state ("منتقدو قرار المطعم"، "ممثلو سيف
    الإسلام"): a noun whose genitive follows, not a name, when the news writes the
    word with both plural endings ("منتقدون"، "منتقدين"; not "ماكرو" of "ماكرون")."""
    key = v.stems[i]
    if not key.endswith("و") or v.definite[i] or v.entity_label(i) is not None:
        return False
    base = key[:-1]
    return all(v.freq.get(base + end, 0) >= CONSTRUCT_PLURAL_MIN for end in ("ون", "ين"))


def entity_after_adjective(v: DocView, i: int) -> bool:
    """A name after a masculine relative adjective ("غربيون موسكو"); after a noun in
    ية it is a genitive ("وزير خارجية تركيا", "ولاية فلوريدا")."""
    return v.entity_label(i) is not None and v.keys[i - 1].endswith(("ي", "يون", "يين"))


def verb_alone(v: DocView, k: int) -> bool:
    """A bare word that the news also writes with the plural ending of a past verb
    ("استعرضوا", "فقدوا") or with the future prefix ("سيتعلق"): a verb, when nothing
    of a name, title or description goes with it."""
    if v.definite[k] or v.entity_label(k) is not None or v.tokens[k].kind != "word":
        return False
    if v.is_("title", k) or v.is_("anonymous", k) or v.is_("source_head", k):
        return False
    key = v.stems[k]
    plural = key[:-1] + "وا" if key.endswith("ى") else key + "وا"  # "مضى" → "مضوا"
    if v.freq.get(plural, 0) >= VERB_MIN_FREQ:
        return True
    if key.endswith("ت") and v.freq.get(key[:-1] + "وا", 0) >= VERB_MIN_FREQ:
        return True  # a feminine past ("استدعت" beside "استدعوا"), as view's name test reads it
    return v.future_form(key)


def informed_of(v: DocView, i: int) -> bool:
    """ "على" after "مطلع" (words.tsv `informed`) completes the description of a source
    ("مصدر مطلع على الملف"), where elsewhere it opens the verb's complement."""
    return v.keys[i] == "على" and v.is_("informed", i - 1)


def verbal_noun(v: DocView, i: int) -> bool:
    """A definite verbal noun of the تفعيل form ("التأكيد", "التحذير"; not the
    adjective "التركية")."""
    stem = v.stems[i]
    return len(stem) == 7 and stem.startswith("الت") and stem[-2] == "ي" and stem[-1] != "ة"


def entity_ended(v: DocView, i: int) -> bool:
    return (
        v.entity_at is not None
        and v.entity_at.get(i - 1) is not None
        and v.entity_at.get(i) is None
    )


def title_tag(v: DocView, i: int) -> bool:
    """ "#وزير_التجارة_البريطاني": a hashtag headed by a title word is a title, though
    the entity layer often tags it as a person; the name next to it is the speaker's."""
    return "_" in v.keys[i] and v.is_("title", i)


def hashtag_phrase(v: DocView, k: int) -> bool:
    """A hashtag of several words that names no entity: a title or topic tag."""
    return "_" in v.keys[k] and v.entity_at is not None and k not in v.entity_at


def held_tag(v: DocView, i: int) -> bool:
    """ "وزير #قطاع_الأعمال_العام_المصري خالد بدوي"، "رئيس #مجلس_الأعمال_السعودي_الفرنسي":
    a hashtag of several words right after an indefinite title (token i - 1 the title,
    i the "#") is the title's genitive, where the title is held, not its holder's
    name; after a definite title ("الرئيس #سعد_الحريري") a tag is the name apposed."""
    return (
        v.punct(i, "#")
        and i + 1 < v.n
        and v.is_("title", i - 1)
        and not definite(v, i - 1)
        and hashtag_phrase(v, i + 1)
        and not title_tag(v, i + 1)
    )


def apposed_tag(v: DocView, i: int) -> bool:
    """ "الممثلة اللبنانية #باميلا_الكك": a hashtag of several words right after a
    definite title or its adjective (token i the "#") is the holder's name, though the
    entity layer tags such a tag as a body; a body's tag opens with the article
    ("#الخارجية_التركية")."""
    j = i + 1
    return (
        v.punct(i, "#")
        and j < v.n
        and definite(v, i - 1)
        and "_" in v.keys[j]
        and not v.keys[j].startswith("ال")
        and v.entity_label(j) == "ORG"
        and not title_tag(v, j)
    )


# Tanween of the accusative as the news writes it: "عدداً"، "فضلاً" (the mark before or after the alif).
_ACCUSATIVE_ENDINGS = ("اً", "ًا", "ةً", "ىً")


def accusative(v: DocView, k: int) -> bool:
    """A word written with the accusative tanween ("عدداً"، "فضلاً"): an object or an
    adverb, never a subject, so never the first word of a speaker."""
    return v.texts[k].endswith(_ACCUSATIVE_ENDINGS)


def opens_sentence(v: DocView, k: int) -> bool:
    s = v.sent_of[k]
    return s >= 0 and v.sent_bounds[s][0] == k


def noun_after_complementizer(v: DocView, i: int) -> bool:
    """ "أن طالبة جامعية": a participle form right after أن is the clause's subject
    noun (a student), not a cue."""
    hit = v.cue(i)
    return hit is not None and hit.form.participle and v.complementizer(i - 1)


def other_entity(v: DocView, i: int, j: int) -> bool:
    """Tokens i and j lie in two different entities of the entity layer."""
    if v.entity_at is None:
        return False
    first, second = v.entity_at.get(i), v.entity_at.get(j)
    return first is not None and second is not None and first is not second


def entity_end(v: DocView, i: int, limit: int) -> int:
    """One past the last token of the entity over token i (i + 1 without one)."""
    if v.entity_at is None or i not in v.entity_at:
        return i + 1
    e = v.entity_at[i]
    j = i + 1
    # Not over a preposition inside a person's name ("بوتين لعباس" tagged as one name);
    # an organisation's holds its own ("المرصد السوري لحقوق الإنسان").
    while (
        j < limit
        and v.entity_at.get(j) is e
        and (e.label == "ORG" or not _split_preposition(v, j))
        and v.keys[j] not in ("ل", "ب")  # "العريان لـCNN": the preposition written apart
    ):
        j += 1
    return j


def place_conjunct(v: DocView, i: int) -> bool:
    """ "ألمانيا وفرنسا وبريطانيا"، "البصرة والمثنى والنجف وذي قار": "و" joining a
    place to the place before it; a list of countries speaks together (gold names
    the whole list), so the phrase goes on over every one."""
    return (
        v.proclitics[i] == "و"
        and v.entity_label(i) == "LOC"
        and v.entity_label(i - 1) == "LOC"
        and other_entity(v, i - 1, i)
    )


def people_conjunct(v: DocView, k: int, i: int) -> bool:
    """ "مسؤولون وشهود"، "أطباء ومسعفون": "و" joining a plural of people to the plural
    that heads the phrase at k; the two groups speak together."""
    return (
        v.proclitics[i] == "و" and not v.definite[i] and v.is_("people", k) and v.is_("people", i)
    )


def _split_preposition(v: DocView, j: int) -> bool:
    """Whether the ل or ب the tokenizer split from word j is a preposition ("بوتين
    لعباس"): so when the word without it is much the commoner; otherwise the letter
    begins a surname ("كارا بوكر"، "جو بايدن")."""
    if v.proclitics[j][-1:] not in ("ل", "ب"):
        return False
    key = v.keys[j]
    return v.freq.get(key[1:], 0) > 2 * v.freq.get(key, 0)


def unsplit_preposition(v: DocView, i: int) -> bool:
    key = v.keys[i]
    return (
        key[:1] in ("ل", "ب")
        and not v.proclitics[i]
        and v.entity_label(i) != "PER"
        and v.freq.get(key[1:], 0) >= max(MIN_WORD_FREQ, v.freq.get(key, 0))
    )


def attached(v: DocView, i: int) -> bool:
    """ "لعباس": a preposition the segmenter left on a name the entity layer found."""
    e = v.entity_at.get(i) if v.entity_at is not None else None
    return e is not None and e.start > v.tokens[i].start and v.texts[i][:1] in "لبك"


def one_common_word(v: DocView, k: int, i: int) -> bool:
    """One common word between an outlet or body and a quotation ("وكالة أنباء"), not
    its name ("حركة حماس "منظمة إرهابية"") nor "مجلس إدارة"."""
    return (
        i - k == 2
        and v.is_("naming", k)
        and v.entity_label(k + 1) is None
        and not v.name_like(k + 1)
    )


def nisba(v: DocView, i: int) -> bool:
    """An indefinite relative adjective ("ألمانية", "عراقيون")."""
    key = v.keys[i]
    return (
        v.word(i)
        and not definite(v, i)
        and key.endswith(("ي", "ية", "يون", "يين", "يان"))
        and not v.name_like(i)
        and not v.is_("title", i)
        and not v.is_("function", i)
    )


def governed_by_title(v: DocView, i: int) -> bool:
    """A word in -ية right after a masculine title ("وزير خارجية البحرين"، "رئيس جمعية
    الصويا"): an adjective of the title would agree with it, so the word is a noun the
    title governs and the definite word after it completes the chain."""
    return (
        i > 0
        and v.keys[i].endswith("ية")
        and not v.proclitics[i]
        and v.is_("title", i - 1)
        and not definite(v, i - 1)
        and not v.keys[i - 1].endswith(("ة", "ه"))
    )


def pronoun_noun(v: DocView, i: int) -> bool:
    """A noun carrying a third-person pronoun ("قوله"، "كذبه"): not the speaker. Not
    the first word of a person's name of several words in the entity layer: the word
    analysis splits first names in -ه as a noun and its pronoun ("عبده" as عبد + ه in
    "وزير الداخلية اليمني عبده الحذيفي"), which cut the name off its title and read it
    into the quotation. A word alone is not enough: the entity layer also tags
    honorifics ("وأضاف فضيلته")."""
    if not v.third_person[i] or v.entity_label(i) != "PER":
        return v.third_person[i]
    entities = v.entity_at or {}
    return entities.get(i + 1) is not entities.get(i)


def definite(v: DocView, i: int) -> bool:
    """A word with the article ("الوزير"); "إلى" (key "الى") and "الذي" are not."""
    return v.definite[i]


_POSSESSIVES = ("هما", "هم", "ها", "ه", "نا")


def possessed_person(v: DocView, k: int) -> bool:
    """Someone's own people with the possessive pronoun on them ("وقال محاميه"، "إن
    مساعديه أكدوا"، "أن منتقديه شككوا"; words.tsv `possessed_speaker`): they speak,
    where another noun with a pronoun is the object ("كشف كذبه")."""
    if not v.enclitic[k]:
        return False
    key = v.keys[k].removeprefix(v.proclitics[k])
    return any(
        key.endswith(e) and v.lexicon.has("possessed_speaker", key[: -len(e)]) for e in _POSSESSIVES
    )
