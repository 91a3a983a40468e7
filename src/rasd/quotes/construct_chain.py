"""Whether a word after a bare noun is its genitive rather than a verb describing it.

"قال حراس أمن مستشفى جزيرة فرسان العام"، "وأوضح أحد ملاك بعض المواقع": the word
after the indefinite head is spelt like a past verb ("أمن"، "ملا" + "ك"), whose plural
the news writes often enough for `verb_alone`, and the speaker was cut at its head.
"""

from __future__ import annotations

from rasd.quotes.view import DocView

# How many times more often the news writes the word with the article than with the
# plural ending of the verb it spells, for the noun to be its reading ("الأمن" 13,009
# against "امنوا" 75; not "نشر", 337 against 73, which a passive "نُشر" follows).
NOUN_OVER_VERB = 50


def genitive_noun(v: DocView, i: int) -> bool:
    """A bare word right after a bare indefinite noun that the news mostly writes as a
    noun: the genitive completing it, so the phrase goes on through the chain."""
    h = i - 1
    if h < 0 or not (v.word(h) and v.word(i)):
        return False
    if v.definite[h] or v.proclitics[h] or v.third_person[h] or v.entity_label(h) is not None:
        return False
    if v.definite[i] or v.proclitics[i]:
        return False
    stem = v.stems[i]
    noun = v.freq.get("ال" + stem, 0)
    return noun >= NOUN_OVER_VERB * max(1, v.freq.get(stem + "وا", 0))
