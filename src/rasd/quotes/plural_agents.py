"""The plural subject of a plural participle's clause ("ويواصل المحتجون … مطالبهم
…، مؤكدين"، "وشارك آلاف الأردنيين في وقفات …، داعين"): protesters, crowds and
residents are no named speakers, so without this the participle took the last
speaker of an earlier sentence, whatever his number.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.quotes.clues import finite_verb
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.subjects import subject_before
from rasd.quotes.view import DocView
from rasd.quotes.what_called import NOUN_AFTER, verb_gender

PLURAL_AGENT = True  # switch, for counting what the rule changes on unseen news
AGENT_REACH = 40  # tokens back from the participle to the verb of its clause
AGENT_VERBS = 2  # verbs looked at, the nearest first
_GROUP_LISTS = ("people", "speaking_group", "collective")
_SOUND_PLURAL = ("ون", "ين")
_WHERE = NOUN_AFTER - {"من"}


def plural_agent(v: DocView, k: int) -> Phrase | None:
    """The plural subject of the verb before plural participle `k` in its sentence:
    after a verb left singular before its subject (Arabic keeps it so: "ويواصل
    المحتجون"), or before a plural verb ("المتظاهرين يسلمون …، قائلين"). None past
    a cue (its speaker goes on), a ":" or a quotation, or when the nearest verbs
    open a relative clause, whose subject is the noun it describes."""
    s = v.sent_of[k]
    if not PLURAL_AGENT or s < 0:
        return None
    start = v.sent_bounds[s][0]
    verbs = 0
    for j in range(k - 1, max(start, k - AGENT_REACH) - 1, -1):
        if v.punct(j, ":") or j in v.region_at or v.cue(j) is not None:
            return None
        if not finite_verb(v, j):
            continue
        if j > 0 and v.keys[j - 1] in RELATIVES:
            return None
        phrase = _subject(v, j, k)
        if phrase is not None and _people(v, phrase):
            return _bare_head(v, phrase)
        verbs += 1
        if verbs >= AGENT_VERBS:
            return None
    return None


def _subject(v: DocView, j: int, k: int) -> Phrase | None:
    """The subject of verb j: before it when the verb is plural, else right after."""
    if verb_gender(v, j) == "p":
        before = subject_before(v, j)
        return before if before is not None and before.end <= j else None
    after = noun_phrase(v, j + 1, k)
    if after is None or after.start != j + 1:
        return None
    # "وشارك آلاف الأردنيين في وقفات احتجاجية": the crowd ends before where it
    # gathered ("ألوف من تونس" keeps its من).
    end = next((i for i in range(after.start + 1, after.end) if v.keys[i] in _WHERE), after.end)
    return replace(after, end=end)


def _bare_head(v: DocView, phrase: Phrase) -> Phrase:
    """The crowd without the verb's object glued to it. A sound plural that keeps its
    ن ("متظاهرون") has no genitive after it ("ممثلو الشركتين" drops the ن), so a
    definite word after it is its object unless it agrees as an adjective, in the
    article and the plural ("وحرق متظاهرون السيارات"، "ويقاتل المتمردون الحكم الهندي";
    "المتظاهرون الفلسطينيون" agree)."""
    head = phrase.start
    if v.is_("crowd_count", head) and head + 1 < phrase.end:
        head += 1
    nxt = head + 1
    if nxt >= phrase.end or not v.definite[nxt] or not v.stems[head].endswith(_SOUND_PLURAL):
        return phrase
    if not v.definite[head] or not v.stems[nxt].endswith(_SOUND_PLURAL):
        return replace(phrase, end=nxt)
    return phrase


def _people(v: DocView, phrase: Phrase) -> bool:
    """A phrase headed by people in the plural ("المحتجون"، "الطلاب"), or by a count
    of them ("آلاف الأردنيين"); not a place, a name or a day ("البحرين"، "الاثنين")."""
    head = phrase.start
    if v.is_("crowd_count", head) and head + 1 < phrase.end:
        head += 1
    if v.entity_label(head) is not None or v.is_("time", head):
        return False
    # The lists hold the bare plural ("طلاب"): "الطلاب" is looked up without ال.
    bare = v.stems[head].removeprefix("ال")
    if any(v.is_(words, head) or v.lexicon.has(words, bare) for words in _GROUP_LISTS):
        return True
    return v.definite[head] and bare.endswith(_SOUND_PLURAL)
