"""The unvoiced passive of a killing verb whose victim no dictionary knows.

"قتل جنديان أميركيان في هجوم شنه مسلحون"، "قتل فلسطينيان وأصيب ثالث جراء انفجار"،
"وقتل مدني واحد وأصيب أربعة آخرون": written without vowels, "قتل" reads as an active
verb with the noun after it as its subject. Two marks make it the passive: the noun
phrase is followed by the wounded of the same incident ("وأصيب"، "وجرح") or by the
attack that killed it ("في هجوم"، "جراء انفجار"). The noun phrase is then the
victim, and the attacker comes from the attack's own event. `arguments._by_attack`
reads the same marks after a known actor; this module reads them after the words a
dictionary does not know (a dual, "جنديان"؛ a bare noun, "عامل"، "مدني").
"""

from __future__ import annotations

from rasd.events.clauses import Clause, fronted_subject, phrase, unknown_subject
from rasd.events.lexicon import TriggerLexicon
from rasd.events.phrases import COMPLEMENTIZERS, TIME_WORDS, has_enclitic, has_pronoun_subject
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word
from rasd.events.sides import Actor
from rasd.text.normalize import match_key

_CAUSE_PREPS = WORD_LISTS.words("cause_preps")
# "وقتل كذلك في تفجير الكانار الإمام": an adverb after the verb, no victim.
_ADVERBS = WORD_LISTS.words("verb_adverbs")
# How many commas and time words may stand between the victim and the mark
# ("قتل فلسطينيان، الأحد، جراء انفجار").
_GAP = 4


def _wounding(lexicon: TriggerLexicon, word: Word) -> bool:
    return any(t.type == "ASSAULT" and t.kind == "passive" for t in lexicon.lookup(word.keys))


def _attack_noun(lexicon: TriggerLexicon, word: Word) -> bool:
    return any(t.type == "ASSAULT" and t.kind == "noun" for t in lexicon.lookup(word.keys))


def _victim_end(c: Clause, victim: Actor) -> int:
    """The victim phrase's end, past a partitive "من" and the actor it names
    ("جنديان من الجيش الوطني الليبي")."""
    end = victim.last
    if end + 1 < c.ce and c.words[end].keys[-1] == "من":
        inner = next((a for a in c.after if a.first == end + 1), None)
        if inner is not None:
            end = inner.last
    return end


def _marked(c: Clause, j: int) -> bool:
    """Whether the wounded ("وأصيب") or the attack ("في هجوم") follows from word `j`,
    past commas and time words."""
    words, lexicon = c.words, c.scope.lexicon
    for k in range(j, min(len(words), j + _GAP + 1)):
        word = words[k]
        if word.conj and _wounding(lexicon, word):
            return True
        if match_key(word.surface) in _CAUSE_PREPS:
            return k + 1 < len(words) and _attack_noun(lexicon, words[k + 1])
        if word.surface not in BOUNDARY and word.keys[-1] not in TIME_WORDS:
            return False
    return False


def _active(c: Clause) -> bool:
    """Whether the verb has a subject of its own before it: "أن مهاجما قتل أحد
    المارة في هجوم"، "أنه قتل أحدهم في غارة", or the subject of the verb before it
    joined by و ("اعتقل عشرات المسلحين وقتل آخرين في اشتباكات")."""
    words, pos = c.words, c.pos
    prev = words[pos - 1] if pos > 0 else None
    if prev is not None and has_enclitic(prev) and set(prev.keys) & COMPLEMENTIZERS:
        return True
    if c.prior and words[pos].conj:
        return True
    return fronted_subject(c.scope, words, pos) is not None


def unvoiced_victim(c: Clause) -> Actor | None:
    """The victim of a killing verb read as its unvoiced passive, when the words right
    after it are no known actor and the wounded or the attack follows them."""
    words, pos = c.words, c.pos
    if has_pronoun_subject(words[pos]) or pos + 1 >= c.ce or words[pos + 1].prep:
        return None
    if match_key(words[pos + 1].surface) in _ADVERBS or _active(c):
        return None
    if any(a.first == pos + 1 for a in c.after):
        return None  # a known actor: `_by_attack` reads it
    victim = unknown_subject(c.scope, words, pos, c.ce, c.obj)
    if victim is None or victim.first != pos + 1:
        return None
    end = _victim_end(c, victim)
    if not _marked(c, end):
        return None
    return victim if end == victim.last else phrase(c.scope.doc, words, victim.first, end, c.actors)
