"""The speaker of an act said of: in "وأدانت منظمة العفو الدولية الهجوم على المدنيين"
the subject after a speech verb is the one who condemns, and the attack noun its
object, not an act of hers. Such a noun keeps whatever agent its own rules name
("أدانت مصر هجوم التنظيم") and otherwise gets none: the sentence's other actors were
no better a guess (the twenty-second session's lead took "وقوف دولة الكويت" then)."""

from __future__ import annotations

from rasd.events.lexicon import TriggerLexicon
from rasd.events.phrases import objects_follow
from rasd.events.sentence import Word
from rasd.events.sides import Actor

# `benchmarks/event_diff.py rasd.events.spoken_of SPEECH_OBJECT False True`
SPEECH_OBJECT = True
# The noun then gets no agent from the side ranker either: its other candidates
# were no better ("وقوف دولة الكويت"، "أمنها").
NO_FALLBACK = True
# The speech acts whose subject is read as no agent of the noun after it: those of
# condemning. With every speech act (DEMAND, REJECT, SUPPORT too) arabic-event-gsr's
# held-out ASSAULT source match fell 25/44 → 24/44.
SAID_TYPES = frozenset({"DISAPPROVE"})


def withheld(
    lexicon: TriggerLexicon, words: list[Word], before: list[Actor], pos: int, trigger_type: str
) -> bool:
    """Whether a noun the rules gave no agent keeps none whatever the ranker picks."""
    return NO_FALLBACK and speech_subject(lexicon, words, before, pos, trigger_type) is not None


def speech_subject(
    lexicon: TriggerLexicon, words: list[Word], before: list[Actor], pos: int, trigger_type: str
) -> Actor | None:
    """The last actor before the noun at `pos` when it is the subject right after a
    verb of condemning ("دانت الخارجية المصرية التفجير"، "وندد الاتحاد الأوروبي
    بالهجوم"). A verb the lexicon lists with its objects only counts when one of them
    follows before the noun ("أكدت الحكومة استعادة السيطرة" is no speech act)."""
    if not SPEECH_OBJECT or not before:
        return None
    subject = before[-1]
    verb = subject.first - 1
    if verb < 0 or subject.last > pos:
        return None
    for t in lexicon.lookup(words[verb].keys):
        if t.kind != "verb" or t.type == trigger_type or t.type not in SAID_TYPES:
            continue
        if not t.objects or 0 <= objects_follow(words, verb, t.objects, pos - verb + 1) <= pos:
            return subject
    return None
