"""Whom a speech act read from a quotation is aimed at: the audience the quotes layer
found, else the first named entity from the cue to the end of the quotation that is
neither the speaker, nor a place a denied claim is set in, nor the speaker's own state.

"وقال وزير الاقتصاد الفرنسي برونو لو مير إن فرنسا "تأسف" لإعلان الرئيس الأمريكي"،
"أعلنت وزيرة التجارة التركية أن تركيا ستردّ"، "قالت موسكو إن التهديد البريطاني
… ضد روسيا": the country the speaker's title or name belongs to (its nisba, name or
capital, one entry of the actor dictionary) speaks through the speaker; the act is aimed
at the next name. On dev folds 0-1, 32 of the 331 wrong or swapped targets of paired
events were the source's own side (evside4, `benchmarks/side_scores.py --list`), most
of them such a state. Only officials and states count: a people, its lawmakers or its
former officials may aim at their government ("نشطاء إسرائيليون"، "الحكومة الإسرائيلية")."""

from __future__ import annotations

from rasd.document import Document, Entity, Event, Mention, Quote
from rasd.events.keys import light_key
from rasd.events.lexicon import ActorDictionary
from rasd.events.sides import named_side, same_actor
from rasd.text.normalize import match_key

# `benchmarks/event_diff.py rasd.events.speech_targets OWN_STATES False True`
OWN_STATES = True
# Bodies that are no one state: a European commissioner and the European Union share it.
_NO_STATE = {"IGO"}
_OBLIGED = {"على", "علي"}


# Roles of the state's own officials and forces: a people, its lawmakers or its opposition
# may well aim an act at their country ("نشطاء إسرائيليون ينتقدون إسرائيل").
_OFFICIAL = {"GOV", "MIL", "COP"}


def _state(actors: ActorDictionary, words: list[str]) -> str | None:
    """The country of a name that is the state itself: a country or its nisba (an entry
    with no role: "فرنسا"، "الفرنسي"، "فيينا"), its capital (one word of the government
    role with a display name: "موسكو"، "طهران"), or a longer country name with no role
    and a display name ("الولايات المتحدة"; not "الحكومة الإسرائيلية" nor "البيت
    الأبيض"). Words the dictionary gives a country's government role with no display
    name are left out ("الأسد"، "الناس")."""
    entry = actors.get(tuple(light_key(w) for w in words))
    if entry is None or not entry.country or entry.country in _NO_STATE:
        return None
    if not entry.roles and (len(words) == 1 or entry.canonical):
        return entry.country
    capital = len(words) == 1 and entry.roles == ("GOV",) and entry.canonical
    return entry.country if capital else None


def _official_countries(actors: ActorDictionary, text: str) -> set[str]:
    """The states a speaker's phrase names ("وزير الاقتصاد الفرنسي"، "موسكو"), when the
    phrase is a state itself or one of its words is an official's title or the state's
    own body ("وزير"، "الحكومة"; an entry of those roles with no country of its own)."""
    words = text.split()
    found = {c for w in words if (c := _state(actors, [w])) is not None}
    titles = (actors.get((light_key(w),)) for w in words)
    official = any(e and not e.country and _OFFICIAL & set(e.roles) for e in titles)
    return found if official or len(words) == 1 else set()


def _speaks_for(actors: ActorDictionary, phrases: list[str]) -> set[str]:
    """The states a source speaks for, by its words and by its display name."""
    return set().union(*(_official_countries(actors, p) for p in phrases if p))


def own_state(actors: ActorDictionary | None, speaker: list[str], name: str) -> bool:
    """Whether the named entity is the state the speaker (its words, its display name)
    belongs to or is."""
    if not OWN_STATES or actors is None:
        return False
    country = _state(actors, name.split())
    return country is not None and country in _speaks_for(actors, speaker)


def _told_of(doc: Document, quote: Quote, e: Entity) -> bool:
    """Whether a name is told of in the quoted words, not addressed: before the words, or
    as the one obliged ("إن على طهران أن تعزز علاقاتها"), the speaker's own state may
    well be whom the act is aimed at."""
    before = doc.text[max(0, e.start - 6) : e.start].split()
    return e.start >= quote.start and not (before and match_key(before[-1]) in _OBLIGED)


def _place_set(doc: Document, e: Entity) -> bool:
    """A place after "في" ("… إحباط تطبيق القانون في الولايات المتحدة"): where a
    claim is set, not whom it is about."""
    before = doc.text[max(0, e.start - 12) : e.start].split()
    return e.label == "LOC" and bool(before) and match_key(before[-1]) == "في"


def speech_target(
    doc: Document,
    quote: Quote,
    entities: list[Entity],
    denied: bool = False,
    quoted_only: bool = False,
    actors: ActorDictionary | None = None,
) -> Mention | None:
    """The audience the quotes layer found, else the first named entity from the cue to
    the end of the quotation that is not the speaker or the speaker's own state. A
    denial's quotation is the claim denied ("نفت أبل أن تكون التغييرات تهدف إلى … في
    الولايات المتحدة"): a place the claim is set in is no target of the denial.
    With `quoted_only` (a plain cue: the act is in the quoted words) the target is read
    in the quoted words alone: the words between a plain cue and its quotation tell who
    the speaker is, where, to whom or through what they spoke ("وقال جيف فيلك وهو سناتور
    من أريزونا، …"، "وقالت بيلوسي على تويتر"، "قال لـ"الوطن""، "في مؤتمر صحافي عقده
    بجاكارتا"), not whom the act is aimed at."""
    if quote.audience is not None and not quoted_only:
        return named_side(doc, quote.audience, entities)
    speaker = quote.speaker
    assert speaker is not None
    said_by = doc.slice(speaker)
    spoken = match_key(speaker.canonical or said_by)
    begin = quote.start if quoted_only or quote.cue is None else min(quote.cue.end, quote.start)
    for e in entities:
        if e.start < begin or (e.start < speaker.end and speaker.start < e.end):
            continue
        if e.end > quote.end:
            break
        if denied and e.start >= quote.start and _place_set(doc, e):
            continue
        name = e.canonical or doc.slice(e)
        if match_key(name) in spoken or spoken in match_key(name):
            continue
        if _told_of(doc, quote, e) and own_state(
            actors, [said_by, speaker.canonical or ""], doc.slice(e)
        ):
            continue
        return Mention(e.start, e.end, name)
    return None


# Acts in words: their target is whom the words are aimed at.
_VOICED = frozenset({"DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "SUPPORT"})
# `benchmarks/event_diff.py rasd.events.speech_targets OWN_STATE_EVENTS False True`
OWN_STATE_EVENTS = True


def own_state_target(doc: Document, event: Event, actors: ActorDictionary | None) -> bool:
    """Whether a verbal act's target, whichever rule or quotation read it, is the state
    its source speaks for ("قالت موسكو إن التهديد البريطاني … ضد روسيا"، "هدد مجلس الأمن
    القومي التركي … تركيا")."""
    if not OWN_STATE_EVENTS or event.type not in _VOICED:
        return False
    source, target = event.source, event.target
    if source is None or target is None:
        return False
    return own_state(actors, [doc.slice(source), source.canonical or ""], doc.slice(target))


def spoken_object(target: Mention | None, speaker: Mention | None) -> bool:
    """Whether the speaker the quotes layer gives a document's act is the act's object,
    which `drafted.py` marked ("مشروع قرار … يدين إيران "لتقاعسها"": no quotation of
    Iran's)."""
    return target is not None and bool(target.attrs.get("drafted")) and same_actor(target, speaker)
