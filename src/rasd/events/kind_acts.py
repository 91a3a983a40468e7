"""A condemnation or refusal of a kind of act ("تدين بقوة جميع أعمال الإرهاب"، "ترفض كل
أشكال الهجرة"، "نبذ كل أشكال التطرف"، "يندد بكل أشكال العنصرية"، "تدين الإرهاب بكافة
أشكاله") states a standing position against every act of that kind, not one act of a
party: the event is generic, which the gold codes as optional (`../shared/gold/README.md`),
so it is marked background. A quantifier with a kind noun ("كل أشكال"، "جميع صور"، "أي
شكل") in the few words after the trigger, within its clause, says so. A denial is left
alone: it answers an accusation of the story (evlink, issue 13; word lists in
`data/words.tsv` `kind_quantifiers`, `kind_nouns` and `kind_denials`)."""

from __future__ import annotations

import itertools
import re

from rasd.document import Document, Event
from rasd.events.history import trigger_end
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

# A switch for `benchmarks/event_diff.py`.
KIND_ACTS = True
# Acts whose object is what is condemned or refused: the kind stands where a party would.
_TYPES = {"DISAPPROVE", "REJECT"}
_QUANTIFIERS = WORD_LISTS.words("kind_quantifiers")
_KINDS = WORD_LISTS.forms("kind_nouns")
# A denial answers an accusation of the story, whatever its object: "نافيا قيامه بأي نوع
# من التحرش" (dev folds 0-1, the gold codes it).
_DENIALS = WORD_LISTS.forms("kind_denials")
# Words between the trigger and its object: an adverb ("بشدة"، "بشكل قاطع") or the
# condemned noun itself before "بكافة أشكاله".
_REACH = 4
_CLAUSE_END = re.compile(r"[،,.؛;:؟?!\n]")
_PROCLITICS = ("و", "ب", "ل")
_QUOTES = "\"'«»“”()"


def kind_object(doc: Document, ev: Event) -> bool:
    """Whether a condemnation or refusal is aimed at a kind of act ("كل أشكال")."""
    if not KIND_ACTS or ev.type not in _TYPES or _denial(str(ev.attrs.get("trigger", ""))):
        return False
    start = trigger_end(doc, ev)
    if start is None:
        return False
    sentence = doc.sentences[ev.sentence]
    stop = _CLAUSE_END.search(doc.text, start, sentence.end)
    clause = doc.text[start : stop.start() if stop else sentence.end]
    words = [match_key(w.strip(_QUOTES)) for w in clause.split()]
    return any(
        _quantifier(q) and n.removeprefix("ال").startswith(_KINDS)
        for q, n in itertools.pairwise(words[: _REACH + 1])
    )


def _denial(trigger: str) -> bool:
    """ "ونفى"، "تنفي"، "نافيا": a verb or participle of denying."""
    key = match_key(trigger)
    return key.startswith(_DENIALS) or key.removeprefix("و").removeprefix("ف").startswith(_DENIALS)


def _quantifier(word: str) -> bool:
    """ "كل"، "لكل"، "وبجميع"، "بأي": a quantifier, with up to two joined proclitics."""
    for _ in range(3):
        if word in _QUANTIFIERS:
            return True
        if not word.startswith(_PROCLITICS):
            return False
        word = word[1:]
    return False
