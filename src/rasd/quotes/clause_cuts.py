"""Where a reported clause is cut before the sentence ends: the writer's comment, a
circumstantial clause, the speaker's next act of speech (a conjoined cue, a participle,
a new subject), a verb that cannot continue a verbal noun, "لكن" with a clause of its
own.
"""

from __future__ import annotations

from bisect import bisect_left

from rasd.quotes.bare_frames import bare_frame
from rasd.quotes.clues import finite_verb
from rasd.quotes.cue_complements import preposition_after_object, prepositional
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.speaker_words import noun_after_complementizer
from rasd.quotes.state import (
    BUT,
    BUT_PRONOUN,
    CLAUSE_OPENERS,
    EXCEPT,
    OBJECT_GAP,
    RELATIVE_GENDER,
)
from rasd.quotes.view import VERB_MIN_FREQ, DocView

_BARE_COMPLEMENTIZERS = frozenset({"ان", "بان"})
SUBJECT_WORDS = 12  # words of a reported clause's subject before a comma and its verb


def subject_awaits_verb(v: DocView, start: int, i: int) -> bool:
    """ "إن المؤشرات المبدئية لموازنة العام المالي الماضي 2017 / 2018، تؤكد حدوث
    تحسن"، "أن إعصاراً قوياً، يتوقع أن يكون الأعنف …، سيجتاز": after "إن"/"أن" and a
    subject with no verb of its own yet, a bare cue in ي/ت after a comma with no
    speaker of its own after it ("، يؤكد خبراء أن") is the reported clause's verb,
    not the next act of speech."""
    if not (
        v.punct(i - 1, "،,")
        and not v.proclitics[i]
        and v.keys[i][:1] in ("ي", "ت")
        and v.keys[start] in _BARE_COMPLEMENTIZERS
        and 2 <= i - 1 - (start + 1) <= SUBJECT_WORDS
        and not _speaker_word(v, i + 1)
    ):
        return False
    subject = range(start + 1, i - 1)
    return all(_subject_token(v, j) for j in subject) and not any(
        finite_verb(v, j) or v.keys[j] in RELATIVES for j in subject
    )


def _subject_token(v: DocView, j: int) -> bool:
    return v.word(j) or v.tokens[j].kind == "number" or v.punct(j, "/")


def _speaker_word(v: DocView, j: int) -> bool:
    return v.word(j) and (
        v.entity_label(j) is not None
        or v.is_("anonymous", j)
        or v.is_("source_head", j)
        or v.is_("title", j)
    )


NEW_SUBJECT_WORDS = 6  # words of a new subject between a comma and its cue


def new_subject(v: DocView, start: int, i: int) -> int | None:
    """ "طالبت بمحاكمة نتانياهو، وصحف أخرى تساءلت …"، "…، لكن الباحث يؤكد أن":
    after a comma, a subject with و/ف or لكن and then a cue open the next clause,
    another speaker's; the comma where it opens, or None."""
    for b in range(i - 1, max(start, i - 1 - NEW_SUBJECT_WORDS), -1):
        if not v.word(b):
            return None
        if not v.punct(b - 1, "،,"):
            continue
        if v.keys[b] in BUT:
            first, proclitic = b + 1, False
        elif v.keys[b] in EXCEPT and b + 2 == i and v.stems[b + 1] == "ان" and v.enclitic[b + 1]:
            # "…، إلا أنه قال إنه سيُتهم …": the pronoun is the subject, the same
            # speaker's next act of speech.
            return b - 1 if b - 1 > start else None
        elif v.keys[b] in EXCEPT and b + 1 < i and v.keys[b + 1] == "ان":
            first, proclitic = b + 2, False  # "…، إلا أن ناردين أكدت أنها"
        elif v.proclitics[b] in ("و", "ف"):
            first, proclitic = b, True
        else:
            return None
        phrase = noun_phrase(v, first, i, allow_proclitic=proclitic)
        return b - 1 if phrase is not None and phrase.end == i and b - 1 > start else None
    return None


def circumstantial(v: DocView, i: int) -> bool:
    """ "، مسجلا ارتياحه": an accusative active participle (مُفعِلاً) after a comma
    opens a circumstantial clause of the speaker's, not more of what was said."""
    key = v.keys[i] if v.word(i) else ""
    return (
        len(key) >= 5
        and key[0] == "م"
        and key.endswith("ا")
        and not v.proclitics[i]
        and v.word(i + 1)
        and v.third_person[i + 1]
    )


def conjoined_cue(v: DocView, i: int) -> bool:
    """ "…، ودعت جميع الأطراف إلى ضبط النفس": a cue with "و" after a comma is the
    speaker's next act of speech, not more of what was said."""
    hit = v.cue(i)
    return (
        hit is not None
        and not hit.form.participle
        and (v.proclitics[i] == "و" or (v.keys[i][:1] == "و" and v.keys[i] not in v.lexicon.cues))
    )


def comment_opens(v: DocView, i: int) -> bool:
    """ "، في إشارة إلى …": two words that open the writer's comment on what was said
    (words.tsv `cut_pair`)."""
    return i + 1 < v.n and v.lexicon.has("cut_pair", f"{v.keys[i]} {v.keys[i + 1]}")


POINTED_REACH = 3  # words after "في إشارة" to the preposition before what it points at
_POINTING = frozenset({"الى", "على"})


def bare_comment(v: DocView, i: int) -> bool:
    """ "إن بلاده استفادت من "تجربة الحصار المرّة" في إشارة إلى الأزمة الخليجية": the
    writer's pointer at what the words meant (words.tsv `bare_cut_pair`) ends the
    reported clause with no comma before it, as after one (`comment_opens`). The
    preposition before what it points at follows within a few words ("في إشارة
    خصوصا إلى"، "في إشارة لأزمة"); not a noun governing the next one ("في إشارة
    ترامب"). So does a closing frame with no comma before it (`bare_frame`)."""
    if bare_frame(v, i):
        return True
    if not (i + 1 < v.n and v.lexicon.has("bare_cut_pair", f"{v.keys[i]} {v.keys[i + 1]}")):
        return False
    for j in range(i + 2, min(v.n, i + 2 + POINTED_REACH)):
        if not v.word(j):
            return False
        if v.keys[j] in _POINTING or v.proclitics[j].startswith("ل"):
            return True
    return False


def as_put_at(v: DocView, i: int) -> bool:
    """ "على حد قوله"، "على حد تعبير X" at i: the phrase that credits the words
    before it to their speaker (words.tsv `as_put`)."""
    return (
        v.keys[i] == "على"
        and not v.proclitics[i]
        and i + 2 < v.n
        and v.keys[i + 1] == "حد"
        and v.is_("as_put", i + 2)
        and not v.proclitics[i + 2]
    )


def as_put_closes(v: DocView, i: int) -> bool:
    """ "…، على حد قوله." at i ends what it credits: a name follows the noun, or the
    sentence ends after its pronoun, or a comma and the writer's next clause
    ("، على حد تعبيره، مقارنا ذلك …"). Not "يعتبر على حد تعبيره صوتا لصالح …" or
    "يكافئ، على حد قوله، الحسنة بالسيئة", where the clause goes on past it."""
    if not as_put_at(v, i):
        return False
    j = i + 3
    if not v.enclitic[i + 2] or j >= v.n or v.punct(j, ".!?؟") or v.sent_of[j] != v.sent_of[i]:
        return True
    return v.punct(j, "،,") and writer_clause_opens(v, j + 1)


def writer_clause_opens(v: DocView, i: int) -> bool:
    """Whether the words at `i`, after a comma, are the writer's next clause (a cut
    word, a comment, a circumstance, a participle or conjoined cue), not the reported
    clause going on."""
    return (
        (v.is_("cut", i) and not regarding(v, i))
        or comment_opens(v, i)
        or circumstantial(v, i)
        or participle_cue(v, i)
        or conjoined_cue(v, i)
    )


def regarding(v: DocView, i: int) -> bool:
    """ "إن بلادها تحترم الوساطة الكويتية …، فيما يتعلق بالأزمة الخليجية": "فيما يتعلق/
    يخص" (as regards) after a comma goes on with the reported clause, where "، فيما"
    alone opens the writer's "while" clause. With ف or a cue after it, it fronts the
    topic of a new clause ("، فيما يخص ذوي الإعاقة البصرية فهناك …"), and so it mostly
    does after و ("، وفيما يخص اللاعب محمد مجرشي أشار إلى"، "، وفيما يخص مجرشي، بين
    أنه"): the cut still ends the clause there."""
    if not (
        REGARDING and v.keys[i] == "فيما" and not v.proclitics[i] and v.is_("regarding", i + 1)
    ):
        return False
    return not _fronted_topic(v, i + 2)


TOPIC_REACH = 15  # tokens of the topic phrase after "فيما يتعلق" before its clause


def _fronted_topic(v: DocView, start: int) -> bool:
    """Whether a ف word or a cue follows the topic phrase at `start` in its sentence
    (up to the next comma, and the word right after it): the comment on the topic."""
    for j in range(start, min(v.n, start + TOPIC_REACH)):
        if v.punct(j, ".!?؟:;؛"):
            return False
        if v.punct(j, "،,"):
            nxt = j + 1
            return nxt < v.n and (v.proclitics[nxt] == "ف" or v.cue(nxt) is not None)
        if v.proclitics[j] == "ف" or (j > start + 1 and v.cue(j) is not None):
            return True
    return False


REGARDING = True


def amid(v: DocView, start: int, i: int) -> bool:
    """ "اتهمتها بتجنيد الأطفال وسط انتقادات دولية": "وسط" with no comma after the
    determined last word of a verbal noun or a preposition's phrase, before a bare
    noun, sets the scene of the act (as "، وسط" does), not more of what was said.
    Before a name or a definite noun it is a place ("وسط البلاد"، "وسط مدينة
    الفلوجة")."""
    return (
        v.keys[i] == "وسط"
        and not v.proclitics[i]
        and i + 2 < v.n
        and _determined(v, i - 1)
        and not _determined(v, i + 1)
        and not _determined(v, i + 2)
        and phrase_clause(v, start, i)
    )


def phrase_clause(v: DocView, start: int, i: int) -> bool:
    """Whether the reported words from `start` to `i` are a verbal noun or a
    preposition's phrase with no clause of their own: no complementizer, relative
    pronoun or colon whose clause a later verb could continue."""
    if start > 0 and v.punct(start - 1, ":"):
        return False
    openers = _clause_openers(v)
    first = bisect_left(openers, start)
    return first == len(openers) or openers[first] >= i


def _clause_openers(v: DocView) -> list[int]:
    """The complementizers and relative pronouns of the text, in order: once per
    document, since `content.clause_end` asks `phrase_clause` of the same clause start
    for every later token (a scan each, quadratic per clause)."""
    openers = v.memo.get("clause_openers")
    if openers is None:
        relatives = (j for j, key in enumerate(v.keys) if key in RELATIVE_GENDER)
        openers = v.memo["clause_openers"] = sorted(v.complementizers.union(relatives))
    return openers


def conjoined_verb(v: DocView, i: int) -> bool:
    """ "جددت ترحيبها بالمواطنين القطريين، وسمحت لهم …"، "دعت إلى إضرابات، فخرج
    مئات": a verb with و/ف after a comma cannot continue a verbal noun or a
    preposition's phrase; it is the next act of the sentence, not more of what was
    said. (After أن/إن it may be the reported clause's own next verb.)"""
    if not v.word(i) or v.definite[i] or v.enclitic[i] or v.entity_label(i) is not None:
        return False  # "، وتعرضها لمعاملة سيئة": a verbal noun with its pronoun
    key = v.stems[i] if v.proclitics[i] in ("و", "ف") else ""
    if not key and v.keys[i][:1] in "وف" and v.keys[i] not in v.lexicon.cues:
        key = v.keys[i][1:]  # "وعددت": a rare form left unsplit
    if len(key) < 3 or v.is_("function", i) or v.is_("title", i):
        return False
    # "وجلست"، "وخلفا" (a dual: "هجومين استهدفا …، وخلفا 16 قتيلا"): the past's
    # ending off, the verb's plural is in the news.
    dual = key.endswith("ا") and v.proclitics[i] in ("و", "ف")  # not "فضلا" (ف unsplit)
    bases = [key, key[:-1]] if key.endswith("ت") or dual else [key]
    return any(_verb_form(v, base) for base in bases)


def writer_denies(v: DocView, i: int) -> bool:
    """ "قالت وسائل إعلام إن الجرحى من المشجعين، لكنها لم تحدد جنسياتهم": "لكن" with
    a pronoun, the past negation "لم" and a verb of saying or of giving details after a
    reported clause is the writer's note on what the speaker left unsaid. Any other
    verb goes on with what was said ("إنها انتظرته، لكنه لم يخرج"), and so does "لكنه
    لن/لا …"."""
    return (
        i + 2 < v.n
        and v.keys[i] in BUT_PRONOUN
        and v.keys[i + 1] == "لم"
        and (v.cue(i + 2) is not None or v.is_("unsaid", i + 2))
    )


def which_is(v: DocView, i: int) -> bool:
    """ "اتهمت المعارضة بتدبير الحادث، وهو ما يثير مخاوف …": "وهو ما" (which is
    what) after a verbal noun or a preposition's phrase is the writer's comment."""
    return i + 1 < v.n and v.keys[i] in ("وهو", "وهي") and v.keys[i + 1] in ("ما", "الامر", "امر")


def but_clause(v: DocView, i: int) -> bool:
    """ "نفت استخدام أسلحة كيمياوية، ولكن خبراء الأمم المتحدة على ثقة أن …"، "أشار إلى
    المرة الأولى …، لكنه فند كيف أن …": "لكن" with a pronoun or a bare noun after it
    opens a clause of its own, which cannot continue a verbal noun or a preposition's
    phrase ("، لكن بشروط" can: a preposition). A comma ending the article opens none."""
    if i >= v.n or v.keys[i] not in BUT:
        return False
    if v.keys[i] in BUT_PRONOUN:
        return True
    nxt = i + 1
    return nxt < v.n and v.word(nxt) and not v.proclitics[nxt] and not v.is_("function", nxt)


def _verb_form(v: DocView, key: str) -> bool:
    """A past verb whose plural the news writes ("سمح": "سمحوا"), or a present verb
    written with the future prefix ("يواجه": "سيواجه")."""
    if v.freq.get(key + "وا", 0) >= VERB_MIN_FREQ:
        return True
    return v.future_form(key)


def participle_cue(v: DocView, i: int) -> bool:
    """ "، متهما الولايات المتحدة بـ…"، "، مشيدا بمواقف قطر": a cue's participle after
    a comma is the speaker's next act of speech, not more of what was said."""
    hit = v.cue(i)
    return hit is not None and hit.form.participle and not v.proclitics[i]


def bare_participle(v: DocView, i: int, end: int) -> bool:
    """ "أن التصعيد غير مسبوق منذ بدء الحملة مشيرا إلى استمرار الغارات"، "…"إنها
    مأساة" منددا بالفقر": a cue's participle with no comma before it (after a
    determined word or a closing quotation mark), followed at once by its own
    preposition, is the speaker's next act of speech, not more of what was said.
    After an indefinite word it is that word's adjective ("عقوبات مشددة على"، "أدلة
    مؤكدة على"), and a cue that never goes without its object is passive there
    ("بريطانية متهمة بالتجسس")."""
    hit = v.cue(i)
    return (
        hit is not None
        and hit.form.participle
        and not v.proclitics[i]
        and (_determined(v, i - 1) or v.texts[i - 1] in CLOSING_MARKS)
        and not _predicate(v, i)
        and not noun_after_complementizer(v, i)
        and i + 1 < end
        and (
            (
                "M" not in hit.form.takes
                and prepositional(v, i + 1, hit.form.takes - {"N", "F"}, True)
            )
            or (
                OBJECT_PARTICIPLE
                and v.texts[i - 1] in CLOSING_MARKS
                and _object_then_preposition(v, i + 1, end, hit.form.takes)
            )
        )
    )


OBJECT_PARTICIPLE = True


def _object_then_preposition(v: DocView, start: int, end: int, takes: frozenset[str]) -> bool:
    """ "…"دون أي قيود" مطالبا الدول الأوروبية بتوفير ضمانات": after a closing
    quotation mark, a participle whose object stands before its own preposition is the
    speaker's next demand or charge, as one followed at once by the preposition is. A
    passive participle takes no object ("بريطانية متهمة بالتجسس"), so a cue that never
    goes without one counts here too. After a name the participle may belong to the
    reported clause ("بأنه جادل ترامب مطالبا إياه بعدم …"), whose speaker is not the
    cue's. The object is determined or "إياه": an indefinite word there is an adverb
    of a passive predicate ("إن موكلته "بريئة" متهمة ظلما بالقتل")."""
    if not v.word(start) or v.proclitics[start] or v.is_("function", start):
        return False
    if not (_determined(v, start) or v.keys[start].startswith("ايا")):
        return False
    limit = min(end, start + OBJECT_GAP + 1)
    return any(preposition_after_object(v, start, j, takes) for j in range(start + 1, limit))


PREDICATE_REACH = 4  # words of a clause's subject between أن and its predicate


def _predicate(v: DocView, i: int) -> bool:
    """ "أن الدولة التونسية مطالبة بالتنسيق": right after the subject of أن/إن, with
    no verb between, the form is the clause's passive predicate (is required to), not
    the speaker's participle."""
    j = i - 1
    while j > 0 and i - j <= PREDICATE_REACH and v.definite[j] and not v.proclitics[j]:
        j -= 1
    # "وأن" the tokens may leave whole
    return j < i - 1 and (v.complementizer(j) or v.keys[j] in _AND_THAT)


_AND_THAT = frozenset({"وان", "وبان"})


def _determined(v: DocView, j: int) -> bool:
    """A word with the article (also after ل: "للبرميل", which the tokens leave
    whole), a pronoun suffix, or of a name: no noun an adjective right after it could
    describe indefinitely."""
    return v.word(j) and (
        v.definite[j]
        or (v.keys[j].startswith("لل") and len(v.keys[j]) > 4)
        or bool(v.enclitic[j])
        or v.entity_label(j) is not None
    )


def opens_clause(v: DocView, i: int) -> bool:
    """A cue that starts a new clause ("وأضاف", "، قال", "التي قال"), not a verb of
    the reported clause itself ("كانت تعتقد أنه")."""
    conjunction = bool(v.proclitics[i]) or (
        v.keys[i][:1] in "وف" and v.keys[i] not in v.lexicon.cues
    )
    hit = v.cue(i)
    # "… دولة الاعتماد مبينا أن"; not a noun of the same form ("أن طالبة جامعية").
    participle = hit is not None and hit.form.participle and not noun_after_complementizer(v, i)
    return (
        conjunction
        or participle
        or v.punct(i - 1)
        or v.keys[i - 1] in CLAUSE_OPENERS
        or v.keys[i - 1] in BUT  # "…"بلوك تشين"، لكنه شدد على أن"
        or v.keys[i - 1] in WHEN  # "ما وصفه بالخطأ الفادح، حين قال إن"
    )


WHEN = frozenset({"حين", "عندما", "بعدما", "حينما", "لما", "اذ"})


CLOSING_MARKS = frozenset({'"', "»", "”"})
