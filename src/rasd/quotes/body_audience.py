"""A word for the press inside a body's name ("النقابة الوطنية للصحفيين التونسيين"،
"المركز الفلسطيني للإعلام"), which the speaker phrase reads on instead of taking it for
whom the body spoke to ("وقال الوزير للصحفيين").
"""

from __future__ import annotations

from rasd.quotes.circumstances import audience_at
from rasd.quotes.speaker_words import definite
from rasd.quotes.view import DocView

BODY_GAP = 2  # adjectives between the body's head and the press word


def press_name_end(v: DocView, k: int, i: int, limit: int) -> int:
    """One past the press word at i and its adjectives ("للصحفيين التونسيين"،
    "للإعلام المرئي") when it goes on the name of a body begun in the phrase at k; 0
    when it does not.

    A definite body's head with its adjectives ("النقابة الوطنية للصحفيين"، "المجلس
    الأعلى للإعلام") still wants the rest of its name: a definite noun takes no
    genitive, so the words after it describe it. A head without the article has its
    genitive and is whole ("رئيس لجنة الانضباط للصحفيين"، "مجلس النواب للصحافيين": told
    to them), and so is a head alone ("وقالت الهيئة للصحفيين")."""
    if not (v.proclitics[i].endswith("ل") and definite(v, i)):
        return 0
    if not (_after_body(v, k, i) and audience_at(v, i, limit) is not None):
        return 0
    end = i + 1
    while end < limit and _adjective(v, end):
        end += 1
    return end


def _after_body(v: DocView, k: int, i: int) -> bool:
    """A definite body's head then only its adjectives before i."""
    for j in range(max(k, i - 1 - BODY_GAP), i - 1):
        if _body_head(v, j):
            return all(_adjective_word(v, m) for m in range(j + 1, i))
    return False


def _body_head(v: DocView, j: int) -> bool:
    """A body's head noun with the article ("النقابة"، "للمجلس")."""
    stem = v.stems[j]
    return (
        definite(v, j)
        and v.proclitics[j] in ("", "ل", "ب")
        and stem.startswith("ال")
        and v.lexicon.has("audience_body", stem[2:])
    )


def _adjective_word(v: DocView, j: int) -> bool:
    """A definite word with no preposition: after a definite head, its adjective
    ("الوطنية"، "الأعلى"، "العامة")."""
    return definite(v, j) and not v.proclitics[j] and not v.is_("title", j)


def _adjective(v: DocView, j: int) -> bool:
    """A definite relative adjective of the press word ("التونسيين"، "المرئي")."""
    return _adjective_word(v, j) and v.keys[j].endswith(("ي", "ية", "يين", "يون"))
