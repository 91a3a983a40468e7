"""Cues that say where the words were said: "أصدرت الشركة بيانا قالت فيه إنها …",
"قدمت دولة الإمارات مذكرة للجنة …، أكدت فيها أنها …", "عقد مؤتمرا صحفيا أكد فيه".

The pronoun of "فيه/فيها" takes the statement, letter or meeting named before the
cue; its maker, the subject of the clause that produced it, is the speaker. Names
after that noun are its addressee or channel ("للجنة القضاء …"، "عبر شبكة سي بي
سي"، "ردا على تصريحات جنينة"), and the noun itself is no speaker.
"""

from __future__ import annotations

from rasd.quotes.view import DocView

WHEREIN = True  # switch, for counting what the rule changes on unseen news
MAX_BACK = 16  # tokens between the statement's noun and its cue
VERB_BACK = 10  # tokens between the issuing verb and the statement's noun
_IN_IT = frozenset({"فيه", "فيها", "فيهما"})
_STATEMENTS = ("situation", "written_call", "written_call_f")


def statement_before(v: DocView, k: int) -> tuple[int, int] | None:
    """The issuing verb and the statement, letter or meeting noun that "فيه/فيها"
    after the cue at `k` points back to, in the cue's sentence; None when the cue has
    no such pronoun or no verb of issuing stands before the noun."""
    if not WHEREIN or k + 1 >= v.n or v.keys[k + 1] not in _IN_IT:
        return None
    s = v.sent_of[k]
    if s < 0:
        return None
    lo = max(v.sent_bounds[s][0], k - MAX_BACK)
    for j in range(k - 1, lo - 1, -1):
        if v.punct(j, ".؟?!:"):
            return None
        if v.word(j) and _statement(v, j):
            verb = _issuing_verb(v, j, v.sent_bounds[s][0])
            if verb is None:
                return None
            # "أصدر بيانا ردا على تصريحات جنينة قال فيه": the verb's own object.
            first = next(i for i in range(verb + 1, j + 1) if v.word(i) and _statement(v, i))
            if _maker_after(v, verb, first):
                return None
            return verb, first
    return None


def _issuing_verb(v: DocView, j: int, lo: int) -> int | None:
    """A verb of issuing (words.tsv `issuing`: أصدر، نشر، قدم، عقد …) shortly before
    the noun: its subject made it. "مستعيدة تغريدة للرئيس"، "من تصريحات لمصدر" name
    their maker after the noun instead."""
    for i in range(j - 1, max(lo, j - VERB_BACK) - 1, -1):
        # The bare verb: "لبيان أصدرته المتحدثة" issued a statement named before it.
        key = v.keys[i]
        if v.lexicon.has("issuing", key) or (
            key[:1] in ("و", "ف") and v.lexicon.has("issuing", key[1:])
        ):
            return i
    return None


def _maker_after(v: DocView, verb: int, noun: int) -> bool:
    """ "نشرت صحيفة نيويورك تايمز مقالا للكاتب نيكولاس كريستوف قال فيه": "لـ" after
    the noun names its author, unless the verb sends it ("قدمت مذكرة للجنة")."""
    nxt = noun + 1
    while nxt < v.n and v.word(nxt) and _adjective_like(v, nxt):
        nxt += 1
    if nxt >= v.n or not v.word(nxt) or not v.keys[nxt].startswith("ل"):
        return False
    return not v.is_("issuing_to", verb)


def _adjective_like(v: DocView, i: int) -> bool:
    """ "بيانا رسميا"، "مقالا مطولا": an indefinite word agreeing with the noun."""
    return v.keys[i].endswith(("يا", "ا")) and not v.keys[i].startswith("ل")


def _statement(v: DocView, j: int) -> bool:
    """ "بيان"، "بيانا" (the indefinite object), "رسالة"، "مؤتمرا صحفيا"."""
    if any(v.is_(words, j) for words in _STATEMENTS):
        return True
    key = v.keys[j]
    bare = key[:-1] if key.endswith("ا") else None
    return bare is not None and any(v.lexicon.has(words, bare) for words in _STATEMENTS)
