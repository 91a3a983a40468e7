"""A document's act is its author's: a (draft) resolution, statement, report or letter
that condemns, demands, rejects, threatens or supports ("مشروع قرار اقترحته الدول
العربية يدين إسرائيل"، "مسودة البيان تطالب حماس"، "قرار لمجلس الأمن يدعو") does it for
whoever wrote it, and the noun after the verb is the verb's object (evaudit7: the
VSO reading took "إسرائيل" as the one condemning; dev FR-middleEast-295 codes a failed
draft's condemnation as its author's).

The document stands before the verb, which agrees with it (or carries the act in it:
"رسالة … يطلب فيها"), with no complementizer between ("وقال البيان إن الحكومة تدين"
is the government's). Its author is, in order: an actor between the document and the
verb that no preposition of place or topic leads ("اقترحته الدول العربية"، "تقدمت به
الكويت"، "بيان الخارجية"، "مشروع القرار الكويتي"; not "في مجلس الأمن"), else the doer
of the word that issued it a few words before ("أعدت بريطانيا … مشروع قرار"، "أصدر مجلس
الأمن قرارا"، "فشلت موسكو في تمرير مشروع قرار"), else the side the rules read before
the document or the document itself ("وبعث مندوب قطر …، الشهر الماضي، رسالة يدين فيها"،
"أن الوثيقة تدعو") when no word issued it. With none the act has no source: never
the document's target, which the quotes layer may also take for the cue's speaker
(`speech_targets.spoken_object`).

A document right after a DEMAND or DISAPPROVE verb is its subject (VSO: "وطالب البيان
الحكومة التركية" had the government demand; evdraft2): the source is the issuer named
after it ("مشروع القرار الأميركي"، "البيان الختامي للقمة"، "البيان الصادر عن X"), else
the document, left for a later stage to resolve ("وأصدر جميع أعضاء الناتو بيانا … كما
أدان البيان"), and the object is the name right after them. A bare "قرار" there is a
decision acted upon ("وشجب قرار الولايات المتحدة").

An issuer no dictionary knows is still named right after the document when its head
is a group of people or a body: a genitive of an article-less document, a ل phrase or
"صادر عن X" ("وطالب بيان أمهات المختطفين"، "عريضة أهالي القرية تطالب"; evissuer, from
evdraft2's wrongs on unseen news); "بيان صادر عن" leads to a known issuer as "البيان
الصادر عن" does. The document read as the author stays apart from the object the title
rule would otherwise take for its name ("ودعا البيان مادورو": no "البيان مادورو").
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.events.clauses import Clause, phrase
from rasd.events.phrases import COMPLEMENTIZERS, PREPOSITIONS, RELATIVES
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word
from rasd.events.side_agents import resumptive
from rasd.events.sides import Actor, marked
from rasd.text.normalize import match_key

# Switch for `benchmarks/event_diff.py rasd.events.drafted DRAFTED False True`.
DRAFTED = True
# Switch for the document after its verb: `event_diff.py rasd.events.drafted AFTER False True`.
AFTER = True
# Switch for the unknown genitive issuer and the object kept apart from the document:
# `event_diff.py rasd.events.drafted ISSUER False True`.
ISSUER = True
# Acts done in words, which a document does for its author.
_WORDED = frozenset({"DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "SUPPORT"})
_DOCUMENTS = WORD_LISTS.words("document_nouns")
_DRAFTS = WORD_LISTS.words("draft_nouns")
_DECISIONS = WORD_LISTS.words("decision_nouns")
# Acts a document after its verb does: one rejects or supports a document more often
# than a document rejects ("والحرس الثوري يرفض القرار الأممي"، "أيد قرار ترمب").
_AFTER_ACTS = frozenset({"DISAPPROVE", "DEMAND"})
_ISSUING = (WORD_LISTS.words("issuing_verbs"), WORD_LISTS.words("issuing_nouns"))
_VOTING = (WORD_LISTS.words("voting_verbs"), WORD_LISTS.words("voting_nouns"))
_NEGATORS = WORD_LISTS.words("negators")
_ISSUER_HEADS = WORD_LISTS.words("issuer_heads")
# How many words a genitive issuer may run to ("رابطة أمهات المختطفين").
_CHAIN = 3
# A quotation opening between the document and the verb; a closing one ends a title
# or a quotation the document stands in ("قرار الأمم المتحدة 2216» الذي يطالب").
_OPENING_MARKS = {'"', "«", "“"}
# How far before the verb the document may stand, and the issuing word before it.
_REACH = 8
_ISSUE_REACH = 8
# How far before the issuing word its subject may end ("فشلت موسكو السبت في تمرير").
_DOER_REACH = 4


def drafted_sides(
    c: Clause, source: Actor | None, target: Actor | None
) -> tuple[Actor | None, Actor | None] | None:
    """The author and the object of an act verb whose subject is a document before it,
    or None when the verb has no such subject."""
    if not DRAFTED or c.trigger.kind != "verb" or c.trigger.type not in _WORDED:
        return None
    head = _document_before(c.words, c.pos)
    if head is None:
        return _after_sides(c, source, target)
    issued = _issuing_word(c.words, head)
    author = (
        _group_genitive(c, _past_documents(c.words, head))
        or _named_author(c, head)
        or (_issuer(c, issued, head) if issued is not None else None)
    )
    if author is None and issued is None and source is not None and source.first <= head:
        # "وبعث مندوب قطر …، الشهر الماضي، رسالة يدين فيها"، "أن الوثيقة تدعو": the
        # subject the rules read before the verb, or the document itself
        author = source
    # The object is a party the dictionaries know, not a phrase read for one ("يطلب
    # وقفا لإطلاق النار").
    after = [a for a in (source, target) if a is not None and a.first > c.pos and _known(c, a)]
    aimed = min(after, key=lambda a: a.first) if after else None
    # Named as the author in so many words: the side ranker keeps it. The object is
    # marked, for the quotes layer reads it as the speaker of the cue before it
    # (`speech_targets.spoken_object`).
    return marked(author, "held"), marked(aimed, "drafted")


def _after_sides(
    c: Clause, source: Actor | None, target: Actor | None
) -> tuple[Actor | None, Actor | None] | None:
    """The author and the object of an act verb whose subject is the document right after
    it ("وطالب البيان الحكومة بـ"، "ودان البيان الختامي للقمة الهجمات"), or None: the
    author is the document's issuer named after it, else the document itself; the object
    is the first known party after both, the one the VSO reading took for the doer."""
    if not AFTER or c.trigger.type not in _AFTER_ACTS:
        return None
    head = _document_after(c.words, c.pos)
    if head is None:
        return None
    end = _past_documents(c.words, head)
    issuer = _issuer_after(c, head, end)
    # With no issuer named, the document stands for it, unmarked: a later stage may
    # still find who issued it ("وأصدر جميع أعضاء الناتو بيانا … كما أدان البيان").
    author = marked(issuer, "held") or phrase(c.scope.doc, c.words, head, end, [])
    start = max(_past_adjectives(c.words, end), author.last)
    aimed = _accusative(c, start)
    if aimed is None:
        after = [a for a in (source, target) if a is not None and a.first >= start and _known(c, a)]
        aimed = min(after, key=lambda a: a.first) if after else None
    return author, marked(aimed, "drafted")


def _accusative(c: Clause, start: int) -> Actor | None:
    """The verb's object right after its subject (VSO: "وطالب البيان الحكومة التركية"),
    cut off a name the actor finder grew over the document ("[البيان المجتمع الدولي]");
    none when a preposition or a clitic ب، ل or ك leads it."""
    words = c.words
    for a in sorted(c.actors, key=lambda a: a.first):
        if a.last <= start or a.is_place:
            continue
        first = max(a.first, start)
        if first - start > 1 or any(w.prep or _barring(w) for w in words[start : first + 1]):
            return None
        return a if first == a.first else phrase(c.scope.doc, words, first, a.last, [a])
    return None


def _document_after(words: list[Word], pos: int) -> int | None:
    """Where the document the verb at `pos` is told of begins when it is the verb's
    subject right after it ("وطالب البيان"، "وتدعو الرسالة"، "ودعا مشروع القرار")."""
    if pos > 0 and words[pos - 1].keys[-1] in RELATIVES:
        return None  # "نتنياهو، الذي أيد قرار ترمب": the antecedent does it
    head = j = pos + 1
    if j < len(words) and _forms(words[j]) & _DRAFTS:
        j += 1
    if j >= len(words) or not _forms(words[j]) & _DOCUMENTS:
        return None
    if j == head and _forms(words[j]) & _DECISIONS and not _definite(words[j]):
        return None
    return head if _agrees(words, pos, match_key(words[head].surface)) else None


# Words after a document that lead to its issuer ("البيان الصادر عن الخارجية").
_ISSUED_BY = ("الصادر", "الصادره", "الصادرة")
# The same without the article, after an article-less document ("بيان صادر عن").
_ISSUED_BARE = ("صادر", "صادره", "صادرة")
_FROM = frozenset({"عن", "من"})
# How many words (adjectives) may stand between the document and "ل" + its issuer
# ("البيان الختامي للقمة").
_ISSUER_GAP = 2


def _issuer_after(c: Clause, head: int, end: int) -> Actor | None:
    """The issuer named right after a document: its genitive when the document noun has
    no article ("بيان الخارجية"، "قرار مجلس الأمن"), a ل phrase past an adjective or two
    ("البيان الختامي للقمة"), "الصادر عن X", or a relative clause's subject ("الذي تقدمت
    به باكستان")."""
    words = c.words
    adjectives = _past_adjectives(words, end)
    if (nisba := _nisba(c, end, adjectives)) is not None:
        return nisba
    end = adjectives
    if (group := _group_genitive(c, end)) is not None:
        return group
    later = sorted(
        (a for a in c.actors if a.first >= end and not a.is_place), key=lambda a: a.first
    )
    if not later:
        return None
    first = later[0]
    construct = not _definite(words[end - 1])
    if construct and first.first == end:
        return first
    if first.first - end <= _ISSUER_GAP and _led_by_li(words[first.first]):
        return first
    if first.first - end == 2 and _issued_by(words[end], words[end + 1]):
        return first
    gap = words[end : first.first]
    if (
        gap
        and words[end].keys[-1] in RELATIVES
        and 2 <= len(gap) <= 3
        and _one_of(words[end + 1], _ISSUING)
    ):
        return first
    return None


def _group_genitive(c: Clause, end: int) -> Actor | None:
    """A group no dictionary knows, named right after the document: its genitive after
    an article-less document, joined to ل, or after "صادر عن" ("بيان أمهات المختطفين"،
    "بيان للنقابة"، "بيان صادر عن أهالي القرية"): a head of `issuer_heads` and its own
    genitives up to the first word with the article; none where an actor starts there
    (the actor finder's name is the better one)."""
    words = c.words
    if not ISSUER or end >= len(words):
        return None
    at = end
    if at + 2 < len(words) and _issued_by(words[at], words[at + 1]):
        at += 2
    elif not _led_by_li(words[at]) and (_definite(words[at - 1]) or words[at].prep):
        return None
    if not _forms(words[at]) & _ISSUER_HEADS or any(a.first <= at < a.last for a in c.actors):
        return None
    last = at + 1
    while (
        last < min(len(words), at + _CHAIN)
        and last != c.pos  # "بيان أمهات يطالبن"
        and not _definite(words[last - 1])
        and words[last].is_content
        and not words[last].prep
        and not words[last].conj
    ):
        last += 1
    return phrase(c.scope.doc, words, at, last, c.actors)


def _issued_by(word: Word, after: Word) -> bool:
    """ "الصادر عن"، "صادرة من": the words that lead to a document's issuer."""
    key = match_key(word.surface)
    issued = key in _ISSUED_BY or (ISSUER and key in _ISSUED_BARE)
    return issued and match_key(after.surface) in _FROM


def _past_adjectives(words: list[Word], end: int) -> int:
    """Where the document's adjectives end: up to two definite words with a nisba's
    ending ("البيان الختامي"، "مشروع القرار الأميركي")."""
    j = end
    while j < min(len(words), end + 2) and _definite(words[j]) and _nisba_form(words[j]):
        j += 1
    return j


def _nisba_form(word: Word) -> bool:
    return match_key(word.surface).endswith(("ي", "يه", "ية"))


def _nisba(c: Clause, end: int, adjectives: int) -> Actor | None:
    """An adjective of the document that the actor finder knows as a party, the author
    ("مشروع القرار الأميركي"، "البيان المصري"), cut off the actor grown over the
    document; not a name of more words glued to it ("[البيان المجتمع الدولي]")."""
    for j in range(end, adjectives):
        grown = next((a for a in c.actors if a.first <= j and a.last == j + 1), None)
        if grown is not None and not grown.is_place:
            return grown if grown.first == j else phrase(c.scope.doc, c.words, j, j + 1, [grown])
    return None


def _definite(word: Word) -> bool:
    return match_key(word.surface).removeprefix("و").startswith("ال")


def _led_by_li(word: Word) -> bool:
    """A name joined to ل ("للقمة"), which marks whose document it is."""
    return word.prep and word.keys[0].removeprefix("و")[:1] == "ل"


def _forms(word: Word) -> set[str]:
    """The word's forms without و, the article and an accusative alef ("وبيانا" →
    "بيان"), read with and without a clitic the segmenter may have taken from its stem
    ("بيان" → "يان"، "كتبت" → "تبت")."""
    forms = set()
    for key in word.keys:
        noun = key.removeprefix("و").removeprefix("ال")
        forms |= {noun, noun[:-1]} if noun.endswith("ا") else {noun}
    return forms


def _document_before(words: list[Word], pos: int) -> int | None:
    """Where the document the verb at `pos` tells the act of begins ("مشروع" of "مشروع
    قرار"), within `_REACH` words back and with no complementizer or end of sentence
    between; the verb agrees with it or carries the act in it ("يطلب فيها")."""
    for j in range(pos - 1, max(-1, pos - _REACH - 1), -1):
        word = words[j]
        if _stops(word) or word.surface in _OPENING_MARKS:
            return None  # "وقال البيان "والأزهر إذ يستنكر": the quotation's own subject
        if not _forms(word) & _DOCUMENTS:
            continue
        head = j - 1 if j > 0 and _forms(words[j - 1]) & _DRAFTS else j
        return head if _agrees(words, pos, match_key(words[head].surface)) else None
    return None


def _complementizer(word: Word) -> bool:
    return bool(set(word.keys) & COMPLEMENTIZERS)


def _agrees(words: list[Word], pos: int, noun: str) -> bool:
    """Whether the verb's own subject can be the document: a present or past verb of its
    gender, or any verb with the act in it ("يطلب فيها"، "يدين فيه")."""
    if pos + 1 < len(words) and resumptive(words[pos + 1]):
        return True
    verb = words[pos].keys[-1].removeprefix("و").removeprefix("ف").removeprefix("س")
    feminine = verb.startswith("ت") or (verb.endswith("ت") and not verb.startswith("ي"))
    return feminine == noun.removesuffix("ا").endswith("ة")


_BARRING = PREPOSITIONS - {"من"}


def _named_author(c: Clause, head: int) -> Actor | None:
    """The first actor after the document and before the verb that no preposition of
    place or topic leads: a genitive, ل or من phrase, a relative clause's subject, or a
    nisba the actor finder grew over the document noun ("[القرار الكويتي]" → "الكويتي")."""
    words = c.words
    for a in sorted(c.actors, key=lambda a: a.first):
        if a.last > c.pos or a.last <= head + 1 or a.is_place:
            continue
        first = max(a.first, _past_documents(words, head))
        if first >= a.last:
            continue
        between = words[head:first]
        if any(_barring(w) for w in between) or _barring_clitic(words[first]):
            continue
        return a if first == a.first else phrase(c.scope.doc, words, first, a.last, [a])
    return None


def _past_documents(words: list[Word], head: int) -> int:
    """The first word after the document's nouns ("مشروع القرار")."""
    j = head
    while j < len(words) and _forms(words[j]) & (_DOCUMENTS | _DRAFTS):
        j += 1
    return j


def _barring(word: Word) -> bool:
    """A preposition of place or topic ("أمام مجلس الأمن"، "بشأن إيران"), not a
    pointer back to the document ("تقدمت به")."""
    return match_key(word.surface).removeprefix("و") in _BARRING and not resumptive(word)


def _barring_clitic(word: Word) -> bool:
    """A name joined to ب or ك ("بمجلس الأمن"); ل marks the author ("لمجلس الأمن")."""
    return word.prep and word.keys[0].removeprefix("و")[:1] in "بك"


def _issuer(c: Clause, issued: int, head: int) -> Actor | None:
    """The doer of the word at `issued` that issued the document at `head`: the actor
    right after it (its subject or genitive, "أصدر مجلس الأمن قرارا"), else, for a word
    of issuing, not of voting, the actor ending just before it ("فشلت موسكو السبت في
    تمرير"); none when the word is negated ("عدم تصويت تونس لفائدة قرار"). A capital is
    a doer here ("وزعت واشنطن مسودة بيان")."""
    words = c.words
    if issued > 0 and words[issued - 1].keys[-1].removeprefix("و") in _NEGATORS:
        return None
    after = next((a for a in c.actors if issued < a.first and a.last <= head), None)
    if after is not None and not any(_barring(w) for w in words[issued + 1 : after.first]):
        return after
    if _one_of(words[issued], _VOTING):
        return None
    end = _past_aside(words, issued)
    before = [a for a in c.actors if end - _DOER_REACH <= a.last <= end]
    if not before or any(_stops(w) for w in words[before[-1].last : end]):
        return None
    return before[-1]


def _known(c: Clause, side: Actor) -> bool:
    """Whether a side is one of the clause's actors, not a phrase read for one."""
    return any((a.first, a.last) == (side.first, side.last) for a in c.actors)


def _past_aside(words: list[Word], j: int) -> int:
    """Where the words before `j` go on past an aside in brackets right before it
    ("ثماني دول أوروبية (هي السويد وفرنسا …) تقرأ")."""
    if j == 0 or words[j - 1].surface != ")":
        return j
    return next((k for k in range(j - 2, -1, -1) if words[k].surface == "("), j)


def _issuing_word(words: list[Word], head: int) -> int | None:
    for j in range(head - 1, max(-1, head - _ISSUE_REACH - 1), -1):
        if _stops(words[j]):
            return None
        if _one_of(words[j], _ISSUING) or _one_of(words[j], _VOTING):
            return j
    return None


def _one_of(word: Word, lists: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether the word is one of the verbs, as a whole word ("بصوت" is no "صوت"), or
    one of the verbal nouns, with its clitics ("بتبني")."""
    verbs, nouns = lists
    whole = match_key(word.surface).removeprefix("و").removeprefix("ف")
    return whole in verbs or bool(_forms(word) & nouns)


def kept_apart(
    named: Mention | None, read: Mention | None, target: Mention | None
) -> Mention | None:
    """The source as the title rule named it (`Names.named`), unless that ran the
    document read as the author over the object this module read right after it
    ("ودعا البيان مادورو": "البيان" is no title of "مادورو"); then the source as read."""
    if (
        ISSUER
        and named is not None
        and target is not None
        and target.attrs.get("drafted")
        and named.start < target.end
        and target.start < named.end
    ):
        return read
    return named


def _stops(word: Word) -> bool:
    """An end of sentence or a complementizer: what follows is another clause's."""
    return (word.surface in BOUNDARY and word.surface not in {"،", ","}) or _complementizer(word)
