"""Acts told as a practice or a possibility, not as one act done (evgeneric, issue 13;
from evaudit9's unseen audit, where generic and habitual acts were the largest false
class): a noun of the act described by a present-tense relative clause of practice
("الاعتقال الإداري الذي تنتهجه إسرائيل"، "الانتهاكات التي تمارسها") or named after a
noun of policy ("سياسة هدم المنازل"), and an act noun qualified as possible ("تهديد
«داعش» المحتمل لـ«طالبان»"). The gold codes such acts as optional at most
(`../shared/gold/README.md`: generic and hypothetical events). The act a present
relative clause tells of a party ("العملية العسكرية التي تشنها تركيا") goes on now and is
left alone: only verbs of practice say the act is a way of doing things."""

from __future__ import annotations

import itertools

from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, unjoined
from rasd.text.normalize import match_key

# A switch for `benchmarks/event_diff.py`.
ON = True
_RELATIVES = WORD_LISTS.words("relatives")
_PRACTICE = WORD_LISTS.forms("practice_verbs")
_POLICY = WORD_LISTS.words("policy_nouns")
_POSSIBLE = WORD_LISTS.words("possible_adjectives")
# "الاعتقال الإداري الذي تنتهجه": the act noun, an adjective or a genitive, the relative.
_RELATIVE_REACH = 3
# "تهديد «داعش» المحتمل": the act noun, its genitive, the adjective.
_ADJECTIVE_REACH = 3


def practised(words: list[Word], pos: int) -> bool:
    """Whether the act noun at `pos` is named as a practice: a relative pronoun within a
    few words after it opens a present verb of practice ("الذي تنتهجه"), or a policy
    noun stands right before it ("سياسة الاغتيالات")."""
    if not ON:
        return False
    if pos >= 1 and _policy(words[pos - 1]):
        return True
    after = _clause_after(words, pos, _RELATIVE_REACH + 1)
    return any(
        unjoined(rel) in _RELATIVES and unjoined(verb).startswith(_PRACTICE)
        for rel, verb in itertools.pairwise(after)
    )


def possible_act(words: list[Word], pos: int) -> bool:
    """Whether an adjective of possibility qualifies the act noun at `pos`, right after
    it or after its genitive ("هجوم محتمل"، "تهديد «داعش» المحتمل")."""
    if not ON:
        return False
    return any(
        unjoined(w).removeprefix("ال") in _POSSIBLE
        for w in _clause_after(words, pos, _ADJECTIVE_REACH)
    )


def _clause_after(words: list[Word], pos: int, reach: int) -> list[Word]:
    """The words after `pos`, `reach` at most, up to the clause's end; a quotation mark
    ("«داعش»") is no word."""
    out: list[Word] = []
    for w in words[pos + 1 :]:
        if w.surface in BOUNDARY or len(out) == reach:
            break
        if w.surface not in "«»\"'“”":
            out.append(w)
    return out


def _policy(word: Word) -> bool:
    """ "سياسة"، "لسياسة"، "بنهج"، "وسيلة": a policy noun, after a joined conjunction or
    preposition; "وسيلة" begins with a و of its own."""
    keys = {match_key(word.surface), unjoined(word)}
    return any(k in _POLICY or (k[:1] in "بل" and k[1:] in _POLICY) for k in keys)
