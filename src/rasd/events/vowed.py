"""Force announced by its speaker: a threat, not an act.

An attack, a coercion or a sanction told in the future tense ("سيطالب"، "سوف يهاجم") is
flagged `future` and left out: it has not happened. Said by someone about their own
side ("وقال أردوغان إن بلاده ستقصف جبال قنديل"، ""سنسقط أي صواريخ تطلق على سوريا"")
it is what PLOVER codes as THREATEN: the speaker announces force against the verb's
target. The speaker threatens only for their own side: a future attack another actor
is said to prepare ("قال المرصد إن النظام سيشن هجوما") is a forecast and stays
`future`. So is a pledge of retaliation ("وتعهدت الصين بالرد"), which the
trigger lexicon reads as an agreement. A sanction the speaker's side announces with no
condition and no warning ("أعلن أردوغان أن بلاده سوف تقاطع المنتجات الإلكترونية
الأمريكية") is decided, and the gold codes it SANCTION.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.document import Document, Event, Mention, Quote
from rasd.events.attributes import conditioned
from rasd.events.lexicon import Trigger
from rasd.events.sentence import WORD_LISTS, Word, bare, unjoined
from rasd.events.sides import same_actor
from rasd.text.normalize import match_key

_FORCEFUL = {"ASSAULT", "COERCE", "SANCTION"}
# "بلاده"، "حكومته"، "قواتنا"; "فإنه": the speaker's own side right before the verb.
_OWN_SIDE = WORD_LISTS.words("speaker_own_side")
_PRONOUNS = WORD_LISTS.words("speaker_pronouns")
_NAMED = {"PER", "ORG", "LOC"}
_CONDITIONAL = WORD_LISTS.words("conditional_after")
_THREAT_CUES = WORD_LISTS.words("threat_cues")
_CONDITION_REACH = 15
_PLEDGES = ("تعهد", "ابدى")
_RETALIATION = WORD_LISTS.words("retaliation")
_PLEDGED_TO = WORD_LISTS.words("pledged_to")


def pledged_force(words: list[Word], i: int, trigger: Trigger) -> Trigger | None:
    """ "وتعهدت الصين بالرد"، "وتعهد بهجوم مضاد"، "أبدت الصين استعدادا للثأر": a pledge
    of retaliation is a threat (PLOVER THREATEN), not an agreement; a reply promised to
    someone ("تعهدت له بالرد عليه") is neither."""
    if trigger.type != "AGREE" or trigger.lemma not in _PLEDGES or i + 1 >= len(words):
        return None
    if unjoined(words[i + 1]) in _PLEDGED_TO:
        return None
    if not any(bare(w) in _RETALIATION for w in words[i + 1 : i + 7]):
        return None
    return replace(trigger, type="THREATEN", cameo="138")


def vowed_force(doc: Document, event: Event, words: list[Word], pos: int) -> bool:
    """Turn a future force event inside a quotation into its speaker's THREATEN
    (the original type kept in attrs["intended"]), or a sanction announced into one
    decided (`attrs["announced"]`); whether it became a THREATEN."""
    if not event.attrs.get("future") or event.type not in _FORCEFUL:
        return False
    at = words[pos].token.start
    quote = _saying(doc, at)
    if quote is None or quote.speaker is None:
        return False
    announced = event.type == "SANCTION" and not _threatening(doc, quote, words, pos)
    speaker = quote.speaker
    speaker_side = Mention(speaker.start, speaker.end, speaker.canonical or doc.slice(speaker))
    subject = event.source
    said_of_self = _own_side(words, pos, _other_named(doc, quote, at, speaker_side)) or (
        subject is not None and (same_actor(subject, speaker_side) or _inside(subject, speaker))
    )
    if not said_of_self:
        return False
    if announced:
        # "أعلن أن بلاده سوف تقاطع المنتجات": a measure announced is decided, not threatened
        del event.attrs["future"]
        event.attrs["announced"] = True
        event.source = speaker_side
        return False
    if event.target is None and subject is not None and subject.start > at:
        event.target = subject  # after "بلاده ستقصف" the name after the verb is its object
    del event.attrs["future"]
    event.attrs["intended"], event.type = event.type, "THREATEN"
    event.source = speaker_side
    if same_actor(event.source, event.target):
        event.target = None
    return True


def _threatening(doc: Document, quote: Quote, words: list[Word], pos: int) -> bool:
    """A measure told under a condition ("إذا لم تطلق أنقرة سراح القس"، "في حال ردت
    الصين"), before or after the verb, or by a cue of warning or threat ("حذر ترامب من
    أنه سيفرض") is threatened, not decided."""
    if conditioned(words, pos):
        return True
    after = {k for w in words[pos + 1 : pos + 1 + _CONDITION_REACH] for k in w.keys}
    if after & _CONDITIONAL:
        return True
    cue = match_key(doc.slice(quote.cue)).split() if quote.cue else []
    return bool(cue) and cue[0].removeprefix("و") in _THREAT_CUES


def _own_side(words: list[Word], pos: int, other_named: bool) -> bool:
    """The verb's subject is the speaker's: an own-side word right before it ("فإن
    بلاده ستقصف"), a pronoun where the quotation names no one else before the verb
    ("إنه سيمحو"; "إن "روسيا تقسم بأنها ستسقط"" is Russia's threat), or it is in the
    first person ("سنسقط")."""
    before = unjoined(words[pos - 1]).removeprefix("ف") if pos > 0 else ""
    if before in _OWN_SIDE or (before in _PRONOUNS and not other_named):
        return True
    return unjoined(words[pos]).removeprefix("ف").startswith("سن")


def _other_named(doc: Document, quote: Quote, at: int, speaker: Mention) -> bool:
    """Whether a named actor other than the speaker stands in the quotation before `at`."""
    return any(
        quote.start <= e.start < at
        and e.label in _NAMED
        and not same_actor(Mention(e.start, e.end, e.canonical or doc.slice(e)), speaker)
        for e in doc.entities or []
    )


def _saying(doc: Document, at: int) -> Quote | None:
    """The innermost quotation holding the offset."""
    holding = [q for q in doc.quotes or [] if q.start <= at < q.end]
    return min(holding, key=lambda q: q.end - q.start, default=None)


def _inside(side: Mention, speaker: Mention) -> bool:
    return speaker.start <= side.start and side.end <= speaker.end
