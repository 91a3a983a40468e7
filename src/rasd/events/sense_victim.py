"""A victim's verb that names neither its victim nor its doer codes no attack (evsense,
issue 13): "أحد مصوري تلفزيون أبو ظبي الإماراتي الذي أصيب بيده اليمنى بالرصاص الحي"،
"وسعد أبو طه الذي استشهد شرق خان يونس"، "الشهيد أحمد بن جعفر، الذي استشهد في منطقة
نجران". The subject of such a verb (`victim_verbs`, kind "x" in `triggers.tsv`) is the
one hurt; told by a relative pronoun or a pronoun, it is one of the dead or wounded of an
attack the article tells elsewhere or long ago, and the name the rules read after the
verb is where or how ("شرق خان يونس"، "بيده اليمنى"), not whom. A victim named after the
verb ("استشهد شاب فلسطيني") or before it ("عن مغنية الذي اغتيل") keeps the attack, and
so does an agent ("الجرحى الذين أصيبوا بنيران المليشيات المسلحة"); so do the verbs of a
weapon ("سيارة مفخخة انفجرت بالقرب من مقر حاكم كابل").
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.events.lexicon import Trigger
from rasd.events.phrases import PREPOSITIONS, content_word
from rasd.events.sentence import WORD_LISTS, Word, unjoined
from rasd.events.side_places import word_at
from rasd.text.normalize import match_key

_LOCATIVE = WORD_LISTS.words("locative")
_VICTIM_VERBS = WORD_LISTS.words("victim_verbs")
# A switch for `benchmarks/event_diff.py`.
UNNAMED_VICTIMS = True


def unnamed_victim(
    words: list[Word], pos: int, trigger: Trigger, source: Mention | None, target: Mention | None
) -> bool:
    """Whether the victim's verb at `pos` has no agent and no victim: a preposition, a
    place word ("شرق"، "في") or a noun carrying ب/ل ("بيده"، "بتسمم") follows it, where
    its subject would stand, and the target, if any, is what those words govern."""
    if not UNNAMED_VICTIMS or trigger.kind != "passive" or source is not None:
        return False
    if trigger.type != "ASSAULT" or match_key(trigger.lemma) not in _VICTIM_VERBS:
        return False  # "سيارة مفخخة انفجرت بالقرب من مقر حاكم كابل": the weapon's verb
    end = pos + 2 if target is None else word_at(words, target.start)
    if end is None or end <= pos + 1 or end > len(words):
        return False  # "عن مغنية الذي اغتيل": the victim told before, whatever governs it
    # "اغتيل القيادي في الجبهة الشعبية …، شكري بلعيد": a subject between, the victim
    return all(_governing(w) for w in words[pos + 1 : end])


def _governing(word: Word) -> bool:
    """A preposition, a place word, or a noun carrying ب/ل ("بيده اليمنى")."""
    return unjoined(word) in _LOCATIVE | PREPOSITIONS or (word.prep and content_word(word))
