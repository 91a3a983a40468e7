"""Acts named as what someone can do, or as one side of "whether … or not" ("قادر على
تهديد القوات الأمريكية"، "حتى تتمكن حكومة حزب العمال من توقيع اتفاق"، "سواء أبرمت معنا
اتفاقا أم لم تفعل"): the act is a capability or an alternative, not one told as done
(evhypo, issue 13; from evtally's hypothetical class). The perfect "تمكنت من" and the
verbal noun "تمكن" tell an act achieved ("قبل تمكن الأجهزة الأمنية من اعتقالهم"), so only
the adjective, "بإمكان/بوسع" and imperfect verbs are frame words."""

from __future__ import annotations

from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, unjoined

# A switch for `benchmarks/event_diff.py`.
ON = True
_CAPABLE = WORD_LISTS.words("capable")
_ALTERNATIVE = WORD_LISTS.words("alternative")
# "ليس بوسعنا فعل شيء حيال قرار أميركا فرض عقوبات": a topic or adverbial word opens
# another phrase, whose act the frame does not govern.
_OTHER_PHRASE = WORD_LISTS.words("topic_preps") | WORD_LISTS.words("adverbial_nouns")
# "بإمكانهم ردعنا باستخدام لغة التهديد أو فرض عقوبات": the frame word and the act
# within one clause of a few words.
_REACH = 6


def unrealised(words: list[Word], pos: int) -> bool:
    """Whether the trigger at `pos` is what someone can do, or follows "سواء"."""
    if not ON:
        return False
    if pos >= 1 and unjoined(words[pos - 1]) in _ALTERNATIVE:
        return True
    for word in reversed(words[max(0, pos - _REACH) : pos]):
        if word.surface in BOUNDARY or unjoined(word) in _OTHER_PHRASE:
            return False
        if unjoined(word) in _CAPABLE:
            return True
    return False
