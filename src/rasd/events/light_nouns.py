"""The verbal noun of the light verb, which heads an act told under another act:
"رحبت البحرين بقيام الولايات المتحدة بتصنيف …"، "نفت ماتردد عن قيام انتحاري سعودي
بتفجير مسجد". Its genitive is the doer, as قام's subject is ("قام X بزيارة"), so the
noun is no head of the actor after it: the side is "انتحاري سعودي", not "قيام انتحاري
سعودي" (`actors.ActorFinder._head_start`)."""

from __future__ import annotations

from rasd.events.sentence import WORD_LISTS, Word, definite

LIGHT_NOUNS = WORD_LISTS.forms("light_nouns")


def light_noun(word: Word) -> bool:
    """قيام with its doer as genitive ("بقيام"، "لقيامها"); "القيامة" and "قيامة" are the
    resurrection."""
    key = word.keys[-1]
    return key.startswith(LIGHT_NOUNS) and not key.endswith("ة") and not definite(word)
