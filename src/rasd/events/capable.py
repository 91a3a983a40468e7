"""Acts named as what someone can do, or as one side of "whether … or not" ("قادر على
تهديد القوات الأمريكية"، "حتى تتمكن حكومة حزب العمال من توقيع اتفاق"، "سواء أبرمت معنا
اتفاقا أم لم تفعل"): the act is a capability or an alternative, not one told as done
(evhypo, issue 13; from evtally's hypothetical class). The perfect "تمكنت من" and the
verbal noun "تمكن" tell an act achieved ("قبل تمكن الأجهزة الأمنية من اعتقالهم"), so only
the adjective, "بإمكان/بوسع" and imperfect verbs are frame words. An act hoped or
wished for is not done either ("ظريف يأمل في إجراء محادثات مع الدول"، "يتمنى ألترمان
تمكن إدارة ترامب من التوصل إلى اتفاق"; evback): the gold codes a hope at most as an
optional AGREE or DEMAND, so the hope words frame the act the same way (evfalse's
hypothetical class)."""

from __future__ import annotations

from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, unjoined

# A switch for `benchmarks/event_diff.py`.
ON = True
HOPED_ON = True
_CAPABLE = WORD_LISTS.words("capable")
_HOPED = WORD_LISTS.words("hoped")
_DASHED = WORD_LISTS.words("hope_dashed")
_HOPED_THAT = WORD_LISTS.words("hoped_that")
_HOPED_PASSIVE = WORD_LISTS.words("hoped_passive")
_ALTERNATIVE = WORD_LISTS.words("alternative")
# "ليس بوسعنا فعل شيء حيال قرار أميركا فرض عقوبات": a topic or adverbial word opens
# another phrase, whose act the frame does not govern.
_OTHER_PHRASE = WORD_LISTS.words("topic_preps") | WORD_LISTS.words("adverbial_nouns")
# "بإمكانهم ردعنا باستخدام لغة التهديد أو فرض عقوبات": the frame word and the act
# within one clause of a few words.
_REACH = 6


def unrealised(words: list[Word], pos: int) -> bool:
    """Whether the trigger at `pos` is what someone can do or hopes for, or follows
    "سواء"."""
    if not ON:
        return False
    if pos >= 1 and unjoined(words[pos - 1]) in _ALTERNATIVE:
        return True
    frame = _frame_word(words, pos)
    if frame is None:
        return False
    return frame in _CAPABLE or not _effect_hoped(words, pos)


def _frame_word(words: list[Word], pos: int) -> str | None:
    """The capability or hope word a few words before the trigger, in its phrase."""
    for i in range(pos - 1, max(0, pos - _REACH) - 1, -1):
        key = unjoined(words[i])
        # ".." closes a sentence as "." does ("ما تطمح اليه.. وشكرًا لوزير التعليم").
        if all(c in BOUNDARY for c in words[i].surface) or key in _OTHER_PHRASE:
            return None
        if key in _CAPABLE or (HOPED_ON and key in _HOPED and not _dashed(words, i)):
            return key
    return None


def _dashed(words: list[Word], i: int) -> bool:
    """ "عبرت المنظمات عن خيبة أملها": a hope let down, a disappointment told."""
    return i >= 1 and unjoined(words[i - 1]) in _DASHED


def _effect_hoped(words: list[Word], pos: int) -> bool:
    """ "أعرب عن أمله في أن تساعد زيارة أوباما على تغيير الصورة": the act is the subject
    of the hoped verb, under way; what is hoped is its effect. "أتمنى أن تتم مطالبة"
    hopes for the act itself."""
    if pos < 2 or unjoined(words[pos - 2]) not in _HOPED_THAT:
        return False
    verb = unjoined(words[pos - 1])
    return verb[:1] in "يت" and verb not in _HOPED_PASSIVE
