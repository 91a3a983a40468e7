"""A country described in words of blame is criticised.

A describing cue ("وصف") is an act only when aimed at a person or body
(`speech._aimed_blame`): describing a city or a meeting is no criticism ("وصفت
الصحيفة المدينة بأنها…"). A country is a party as a body is, and a description that
holds a word of blame (`speech_model.evaluative`) criticises it: "ووصفت الخارجية الروسية
خطوات بريطانيا بـ"الاستفزازية وغير المبررة"". Before, such acts were dropped because the
entity layer tags a country as a place. The country is the cue's object, named before
the description, right before it ("واصفة واشنطن بـ"…""، "خطوات بريطانيا بـ"), not in it ("بأنه "… عداء
تجاه إسرائيل""). A place after a preposition ("… في سوريا"، "ضد سوريا") is no party, nor a city,
unless the actor dictionary reads it as its country's government ("موسكو"، "واشنطن").
"""

from __future__ import annotations

from rasd.document import Document, Event, Quote
from rasd.events.keys import light_key
from rasd.events.lexicon import ActorDictionary, Gazetteer
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

_NOT_AFTER = WORD_LISTS.words("described_not_after")
_OPENERS = WORD_LISTS.words("described_openers")
_MARKS = "\"'«»“”ـ,،"
_REGIONS = frozenset(r.replace("_", " ") for r in WORD_LISTS.words("described_regions"))

# A switch for `benchmarks/event_diff.py` (off: a country is no describing act's target).
BLAME_COUNTRIES = True


def blamed_country(
    doc: Document,
    quote: Quote,
    event: Event,
    actors: ActorDictionary | None,
    gazetteer: Gazetteer | None,
) -> bool:
    """Whether the describing act's target is a country and its words blame; without the
    dictionaries a place stays no describing act's target."""
    target = event.target
    if not BLAME_COUNTRIES or target is None or actors is None or gazetteer is None:
        return False
    if target.start >= quote.start:
        return False  # named in the description ("بأنه عداء … تجاه إسرائيل"), not described
    place = next(
        (
            e
            for e in doc.entities or []
            if e.label == "LOC" and e.start <= target.start and target.end <= e.end
        ),
        None,
    )
    if place is None or _set_in(doc, place.start) or not _described(doc, place.end, quote):
        return False
    words = doc.slice(place).split()
    if match_key(" ".join(words)) in _REGIONS:
        return False
    entry = actors.get(tuple(light_key(w) for w in words))
    if entry is None or not entry.country or entry.country == "IGO":
        return False
    known = gazetteer.get(tuple(match_key(" ".join(words)).split()))
    if known is not None and known.kind == "city" and not entry.roles:
        return False
    # Imported here: the speech-act model reads the speech lexicon of `speech.py`,
    # which asks this module.
    from rasd.events.speech_model import evaluative

    return evaluative(doc.slice(quote))


def _described(doc: Document, end: int, quote: Quote) -> bool:
    """Whether the country stands right before its description, only "بأنه"، "بـ" or
    quotation marks between: the cue's object or its noun's genitive."""
    gap = match_key(doc.text[end : quote.start].strip().strip(_MARKS))
    return not gap or all(w.strip(_MARKS) in _OPENERS for w in gap.split())


def _set_in(doc: Document, start: int) -> bool:
    """A place after a preposition ("في سوريا"، "ضد سوريا"، "بسوريا") is where or against
    whom something was done, not the party described; after a joined و it is one of
    several things described."""
    before = doc.text[max(0, start - 12) : start]
    if before.endswith(("ب", "ل", "و")) and (len(before) < 2 or before[-2].isspace()):
        return True  # "بين بلاده والولايات المتحدة": a second conjunct, not the one described
    words = before.split()
    return bool(words) and match_key(words[-1]).removeprefix("و") in _NOT_AFTER
