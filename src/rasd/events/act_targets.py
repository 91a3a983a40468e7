"""The act is no target: its party is ("نفى ارتكاب أي خطأ"، "يطالب بوقف الدعم الأمريكي
لوحدات …" → the United States, "استنكر بشدة تصريحات … نوري المالكي" → المالكي).

The actor finder grows a name leftwards over the nouns it is the genitive of, so a
verbal noun of an act comes to open a side, and the side ranker may pick a phrase the
rules left aside. A target that opens with such a noun (`sentence.ACT_NOUNS` and
words.tsv `act_target_nouns`) is replaced by the party the noun governs: the country
of a nisba right after it ("الدعم الأمريكي"، "تصريحات فرنسية"), else the actor after it
(its genitive or لـ complement) when it is a party: a country, an actor with a role
other than people at large, a person or body the entity layer names, never whom
words were told; with none, a listed act's target is dropped (what was denied or
demanded is no side: "طلب الرحيل"، "ايجاد حل") and any other keeps its side
(`_unparted`). `side_choice.ranked_sides` asks it of the final target.
"""

from __future__ import annotations

from rasd.document import Document, Mention
from rasd.events.keys import stem_key, stem_start
from rasd.events.lexicon import Gazetteer
from rasd.events.names import Names
from rasd.events.sentence import ACT_NOUNS, WORD_LISTS, Word, bare
from rasd.events.side_agents import nisba
from rasd.events.side_targets import audience
from rasd.events.sides import Actor

# Switch for `benchmarks/event_diff.py rasd.events.act_targets ACT_PARTY False True`.
ACT_PARTY = True
_LISTED = WORD_LISTS.words("act_target_nouns")
ACT_TARGET_NOUNS = ACT_NOUNS | _LISTED
# "استنكر بشدة تصريحات": a manner adverb glued to the act noun it comes before.
_MANNER = WORD_LISTS.words("act_manner")
# People at large ("مهاجرين"، "مواطن"): whom an act is done to or for, not its party.
_PEOPLE = ("CVL", "REF")


def act_noun(word: Word) -> bool:
    """Whether the word is a verbal noun of an act, with or without its clitics."""
    return bare(word) in ACT_TARGET_NOUNS or any(
        k.removeprefix("ال") in ACT_TARGET_NOUNS for k in word.keys
    )


def opens_with_act(words: list[Word], first: int, end: int) -> int | None:
    """Where the act noun opening the words `first`..`end` stands, past a manner adverb
    ("بشدة تصريحات"); None when they open with no act noun."""
    j = first + 1 if bare(words[first]) in _MANNER and first + 1 < end else first
    return j if act_noun(words[j]) else None


def _span(words: list[Word], m: Mention) -> tuple[int, int] | None:
    """The words a mention covers, first inclusive, last exclusive."""
    inside = [i for i, w in enumerate(words) if w.token.end > m.start and w.token.start < m.end]
    return (inside[0], inside[-1] + 1) if inside else None


def _party(doc: Document, names: Names, m: Mention, country: bool) -> bool:
    """A side that can act, not a hearer: a named person or body, an actor with a role
    ("نائب رئيس الجمهورية العراقي"), or a country (`country`); not people at large
    ("لاستقبال مهاجرين")."""
    role = m.attrs.get("role") not in (None, *_PEOPLE)
    named = country or role or bool(names.labels_in(m) & {"PER", "ORG"})
    return named and not audience(doc, m)


def act_party(
    doc: Document,
    names: Names,
    words: list[Word],
    actors: list[Actor],
    target: Mention | None,
    gazetteer: Gazetteer,
) -> Mention | None:
    """The target, or the party of the act it opens with, or None when it names none."""
    if not ACT_PARTY or target is None or (span := _span(words, target)) is None:
        return target
    first, end = span
    if (j := opens_with_act(words, first, end)) is None:
        return target
    rest = j + 1
    code = target.attrs.get("country")
    if rest < end and code and nisba(words[rest]):
        name = gazetteer.country_names.get(str(code))
        if name:
            return _mention(doc, words, rest, rest + 1, name, {"code": code, "country": code})
    inner = next((a for a in actors if a.first == rest or _lam(words, a, j, end)), None)
    if inner is not None:
        party = inner.mention
        country = inner.place is not None and inner.place.kind == "country"
    elif rest < end:
        # "الاستقبال بالوفد الكويتي": a country's party joined by ب/ل is whom the act is for
        joined = words[rest].prep and bool(code)
        party, country = _mention(doc, words, rest, end, None, dict(target.attrs)), joined
    else:
        return _unparted(words[j], target)
    # "عدم حل"، "ايجاد حل": a second act noun is no party, whatever town it spells
    if _party(doc, names, party, country) and not act_noun(words[rest]):
        return party
    return _unparted(words[j], target)


def _unparted(noun: Word, target: Mention) -> Mention | None:
    """With no party found, a listed act ("طلب الرحيل"، "ايجاد حل") is no side and goes;
    any other verbal noun keeps the side it opens ("علاقات التعاون بين البلدين ورفع نسق
    تبادل الزيارات"): dropped, it lets a topic noun merge with the headline's event."""
    listed = bare(noun) in _LISTED or any(k.removeprefix("ال") in _LISTED for k in noun.keys)
    return None if listed else target


def _lam(words: list[Word], actor: Actor, noun: int, end: int) -> bool:
    """An actor inside the target joined to the act noun's لـ ("التقدير للرئيس")."""
    word = words[actor.first]
    return noun < actor.first < end and word.prep and word.keys[0].removeprefix("و")[:1] == "ل"


def _mention(
    doc: Document, words: list[Word], first: int, end: int, canonical: str | None, attrs: dict
) -> Mention:
    start, stop = stem_start(words[first].token), words[end - 1].token.end
    return Mention(start, stop, canonical or stem_key(doc, words[first].token, stop), attrs)
