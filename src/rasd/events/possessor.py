"""The sides of a meeting noun carrying a possessive pronoun ("خلال لقائه بوزير الخارجية"،
"عقب اجتماعها مع"، "بعد لقائهما"): the pronoun points back to the subject of the
clause the noun sits in (else of the sentence), who held the meeting, so that actor
is the source; the partner named right after the noun, bare ("لقائه نظيره") or after
ب/مع, is the target. Without this the actor after the noun was read as its genitive,
the possessor, and so as the source. Where no referent is found, or the noun is joined
by و to an earlier one, the general rules of `noun_sides` keep their reading.
"""

from __future__ import annotations

from rasd.events.clauses import Clause
from rasd.events.phrases import COMPLEMENTIZERS, PREPOSITIONS
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word
from rasd.events.side_targets import target_after
from rasd.events.sides import Actor
from rasd.text.normalize import match_key

# The pronouns a noun may carry, longest first ("لقائهما" before "لقائه").
_PRONOUNS = ("هما", "هم", "ها", "ه")
# How far after the noun its partner may be named ("اجتماعه في النيجر مع وزراء").
_PARTNER_REACH = 5
# The CAMEO code of a visit ("زيارته إلى أنقرة"), whose other side may be a place.
_VISIT = "042"
# How far from the sentence's start its subject may stand ("وتابع المتحدث باسم").
_OPENING = 3
# Words of time or setting before the noun ("خلال"، "عقب"، "هامش").
_FRAMES = WORD_LISTS.words("meeting_frames")
# Channels, papers and programs ("قناة"، "برنامج"), on which a talk is an interview.
_MEDIA = WORD_LISTS.words("media")


def possessive(word: Word, lemma: str) -> str | None:
    """The pronoun the noun `lemma` carries in `word` ("لقائه" → "ه", "زيارتها" →
    "ها"), else None. Read off the surface: the Segmenter leaves "لقائه" whole."""
    key = match_key(word.surface)
    for suffix in _PRONOUNS:
        if not key.endswith(suffix):
            continue
        stem = key[: -len(suffix)]
        if stem.endswith(("ئ", "ؤ")):
            stem = stem[:-1] + "ء"  # لقائه، لقاؤه
        elif stem.endswith("ت") and lemma.endswith("ة"):
            stem = stem[:-1] + "ة"  # زيارته
        return suffix if stem.endswith(lemma) and len(stem) - len(lemma) <= 3 else None
    return None


def possessor_sides(c: Clause) -> tuple[Actor | None, Actor | None] | None:
    """Source and target of a meeting noun with a possessive pronoun, or None when the
    trigger is no such noun."""
    if c.trigger.type != "CONSULT" or c.trigger.kind != "noun":
        return None
    pronoun = possessive(c.words[c.pos], c.trigger.lemma)
    if pronoun is None:
        return None
    if _interview(c.words, c.pos):
        return None, None
    if c.words[c.pos].conj:
        # "زيارة ولي العهد إلى الأردن ولقائه بالملك": a noun joined to an earlier one
        # shares its possessor, not the nearest actor (the destination), so the
        # general rules keep it.
        return None
    partner = _partner(c)
    if partner is None and c.trigger.cameo != _VISIT and all(a.is_place for a in c.after):
        # "أقر مجلس الإدارة في اجتماعه الأخير": a body's own session, with no one met,
        # is left to the general rules (a visit's target is the place visited).
        return None
    source = _referent(c, pronoun, partner)
    if source is None:
        return None
    # "بعد لقائه رئيس الدائرة السياسية لمنظمة التحرير": a partner named past a title
    # no actor holds is still the first actor after the noun; one after في is where
    # they met ("خلال لقائهما في البنتاغون"), no party to it.
    after = [a for a in c.after if not _after_fi(c.words, a)]
    return source, partner or target_after(c.words, after, source, c.pos)


def named_partner(c: Clause, target: Actor) -> bool:
    """Whether `target` is the partner a meeting noun with a possessive pronoun names
    ("بعد لقائه الرئيس الفلسطيني محمود عباس"، "لقائه مع مجموعة من رؤساء التحرير"): the
    pronoun holds the meeting, so the actor after the noun is whom it met, though it
    follows neither the source nor مع/ب."""
    if c.trigger.kind != "noun" or possessive(c.words[c.pos], c.trigger.lemma) is None:
        return False
    partner = _partner(c)
    return partner is not None and (partner.first, partner.last) == (target.first, target.last)


def _interview(words: list[Word], pos: int) -> bool:
    """ "خلال لقائه على قناة خاصة"، "في لقائه التلفزيوني": a talk on a channel or a
    program is an interview, no meeting of two parties."""
    for w in words[pos + 1 : pos + 3]:
        key = match_key(w.surface).removeprefix("و")
        for form in (key, key.removeprefix("ب").removeprefix("ل")):
            bare = form.removeprefix("ال")
            if bare in _MEDIA or bare.removesuffix("ي") in _MEDIA:
                return True
    return False


def _partner(c: Clause) -> Actor | None:
    """The actor met: right after the noun ("لقائه نظيره الأمريكي"), or after مع or a
    joined ب within a few words ("اجتماعه في النيجر مع وزراء")."""
    words, pos = c.words, c.pos
    starts = {a.first: a for a in c.after if not a.is_place}
    if pos + 1 in starts and not words[pos + 1].prep:
        return starts[pos + 1]
    for j in range(pos + 1, min(len(words), pos + 1 + _PARTNER_REACH)):
        if words[j].surface in BOUNDARY:
            return None
        if words[j].keys[-1].removeprefix("و") == "مع" or _joined_ba(words[j]):
            # "اجتماعه أمس بقادة القطاعات الأمنية"، "لقائه مع مجموعة من رؤساء تحرير
            # الصحف": the group met may follow the word that counts or leads it.
            return _first_party(words, starts, j)
    return None


def _first_party(words: list[Word], starts: dict[int, Actor], j: int) -> Actor | None:
    """The first actor from word `j` on, within a few words and no boundary."""
    for k in range(j, min(len(words), j + _PARTNER_REACH)):
        if k > j and words[k].surface in BOUNDARY:
            return None
        if k in starts:
            return starts[k]
    return None


def _joined_ba(word: Word) -> bool:
    return word.prep and match_key(word.surface).removeprefix("و")[:1] == "ب"


def _referent(c: Clause, pronoun: str, partner: Actor | None) -> Actor | None:
    """The actor the pronoun points back to: the nearest in the noun's clause, or, for a
    noun in a time frame ("خلال لقائه"), the subject of the sentence or of its last أن
    clause; one that is no place, stands after no preposition and agrees with the
    pronoun ("لقائه": not "المستشارة"; "اجتماعها": not "الرئيس")."""

    def fits(a: Actor) -> bool:
        return (
            a.last <= c.pos
            and a is not partner
            and not a.is_place
            and not _after_preposition(c.words, a)
            and _agrees(c, a, pronoun)
        )

    near = next((a for a in reversed(c.before) if fits(a)), None)
    if near is not None or not _framed(c.words, c.pos):
        return near
    return _sentence_subject(c, [a for a in _before(c) if fits(a)])


def _sentence_subject(c: Clause, pool: list[Actor]) -> Actor | None:
    """Of the actors the pronoun may refer to (`pool`, in order), the sentence's subject,
    else the subject of its last أن clause before the noun."""
    # The sentence's subject follows its opening verb; an actor deep in the sentence
    # ("تفشي المحسوبية … لمصدرين واطارات ديوانة") is no subject of it. It comes first:
    # "وأشار غوتيريس إلى أن المبعوث الأممي … أثناء لقائه" is Guterres's meeting.
    if pool and pool[0].first <= _OPENING:
        return pool[0]
    subject = next((a for a in _before(c) if a.first <= _OPENING and not a.is_place), None)
    if subject is None:
        return None
    # "أعلنت السلطات القطرية والتركية أن أمير قطر … قرر …، وذلك خلال زيارته": a
    # sentence subject that cannot be the pronoun's (another gender, or after a
    # preposition) leaves the subject of the last clause opened by أن before the noun.
    openers = [j for j in range(c.pos - 1, -1, -1) if set(c.words[j].keys) & COMPLEMENTIZERS]
    return next((a for j in openers for a in pool if 0 < a.first - j <= 2), None)


def _framed(words: list[Word], pos: int) -> bool:
    return pos > 0 and words[pos - 1].keys[-1].removeprefix("و") in _FRAMES


def _after_fi(words: list[Word], a: Actor) -> bool:
    return a.first > 0 and words[a.first - 1].keys[-1].removeprefix("و") == "في"


def _before(c: Clause) -> list[Actor]:
    return sorted((a for a in c.actors if a.last <= c.pos), key=lambda a: a.first)


def _after_preposition(words: list[Word], a: Actor) -> bool:
    head = words[a.first]
    if head.prep:
        return True
    return a.first > 0 and words[a.first - 1].keys[-1].removeprefix("و") in PREPOSITIONS


def _agrees(c: Clause, a: Actor, pronoun: str) -> bool:
    """Whether an actor may be what the pronoun refers to, by gender: a head ending in
    ة or ات, or a country, is feminine; a person named by her name ("وداد بوشماوي")
    shows none, and agrees with both."""
    if pronoun not in ("ه", "ها"):
        return True
    feminine = _feminine(c, a)
    if pronoun == "ه":
        return not feminine
    return feminine or c.scope.names.label(a.mention) == "PER"


def _feminine(c: Clause, a: Actor) -> bool:
    head = match_key(c.words[a.first].surface).removeprefix("و")
    if head.endswith(("ة", "ات")):
        return True
    return c.scope.names.label(a.mention) == "LOC"
