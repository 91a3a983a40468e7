"""A condemnation or refusal of a kind of act ("تدين بقوة جميع أعمال الإرهاب"، "ترفض كل
أشكال الهجرة"، "نبذ كل أشكال التطرف"، "يندد بكل أشكال العنصرية"، "تدين الإرهاب بكافة
أشكاله") states a standing position against every act of that kind, not one act of a
party: the event is generic, which the gold codes as optional (`../shared/gold/README.md`),
so it is marked background. A quantifier with a kind noun ("كل أشكال"، "جميع صور"، "أي
شكل") in the few words after the trigger, within its clause, says so. A denial is left
alone: it answers an accusation of the story (evlink, issue 13; word lists in
`data/words.tsv` `kind_quantifiers`, `kind_nouns` and `kind_denials`).

So is an act noun of any type right after "أي" ("حفظ أمن منبج ضد أي تهديدات خارجية"،
"رفض أن يوجه أي انتقاد"، "ردا على أي هجوم"): "any" act of the kind, none told; unless
a rejection or denial a few words before answers acts of the story ("رفض المملكة أي
تهديدات", a threat the gold codes; evhypo, issue 13; `any_quantifiers`, `any_answering`)."""

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
    """Whether a condemnation or refusal is aimed at a kind of act ("كل أشكال"), or the
    act is named as any of its kind ("أي تهديدات")."""
    return _kind_condemned(doc, ev) or any_act(doc, ev)


def _kind_condemned(doc: Document, ev: Event) -> bool:
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


# A switch for `benchmarks/event_diff.py`.
ANY_ON = True
_ANY = WORD_LISTS.words("any_quantifiers")
_ANSWERING = WORD_LISTS.forms("any_answering")
# "رفض المملكة أي تهديدات": the rejecting word, its subject and "أي".
_ANSWER_REACH = 3


def any_act(doc: Document, ev: Event) -> bool:
    """Whether the trigger stands right after "أي" ("ضد أي تهديدات"), with no rejection
    or denial in the few words of its clause before it."""
    end = trigger_end(doc, ev)
    if not ANY_ON or end is None:
        return False
    sentence = doc.sentences[ev.sentence]
    start = end - len(str(ev.attrs.get("trigger", "")))
    before = _CLAUSE_END.split(doc.text[sentence.start : start])[-1].split()
    words = [match_key(w.strip(_QUOTES)) for w in before[-_ANSWER_REACH - 1 :]]
    # "أف بي آي"، "سي آي إيه": the letter آي of an acronym is no "أي".
    if not words or not _quantifier(words[-1], _ANY) or "آ" in before[-1]:
        return False
    return not any(w.removeprefix("و").removeprefix("ف").startswith(_ANSWERING) for w in words)


def _denial(trigger: str) -> bool:
    """ "ونفى"، "تنفي"، "نافيا": a verb or participle of denying."""
    key = match_key(trigger)
    return key.startswith(_DENIALS) or key.removeprefix("و").removeprefix("ف").startswith(_DENIALS)


def _quantifier(word: str, quantifiers: frozenset[str] = _QUANTIFIERS) -> bool:
    """ "كل"، "لكل"، "وبجميع"، "بأي": a quantifier, with up to two joined proclitics."""
    for _ in range(3):
        if word in quantifiers:
            return True
        if not word.startswith(_PROCLITICS):
            return False
        word = word[1:]
    return False
