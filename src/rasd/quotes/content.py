"""What was said: a cue's content (quoted region, colon, complementizer or clause)
and where it ends (the next cue, a clause cut, the sentence end). What may stand
between the cue and its content is in asides.py (a relative clause on the subject
here, `after_relative_clause`), what opens the complement (its
preposition, object, addressee) in cue_complements.py, the cuts inside a reported
clause in clause_cuts.py.
"""

from __future__ import annotations

from rasd.quotes.adverb_starts import past_adverb
from rasd.quotes.asides import (
    after_bracket,
    after_parenthesis,
    after_place,
    after_situation,
    in_relative_aside,
    own_speech,
    relative_on_subject,
)
from rasd.quotes.audience_nouns import after_audience
from rasd.quotes.circumstances import occasion_noun, skip_adverbials
from rasd.quotes.clause_cuts import (
    CLOSING_MARKS,
    WHEN,
    amid,
    as_put_closes,
    bare_comment,
    bare_participle,
    but_clause,
    conjoined_verb,
    new_subject,
    opens_clause,
    phrase_clause,
    subject_awaits_verb,
    which_is,
    writer_clause_opens,
    writer_denies,
)
from rasd.quotes.clues import ambiguous, hides_own_name, in_title
from rasd.quotes.cue_complements import (
    OF_WHOM,
    addressee_ends,
    complements,
    object_starts,
    preposition_after_long_object,
    preposition_after_object,
    prepositional,
)
from rasd.quotes.demand_ends import blame_participle, repeat_adverbial
from rasd.quotes.described_objects import preposition_after_described_object
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.regions import (
    describing_quote,
    introduced,
    is_name_region,
    names_the_subject,
    region_words,
)
from rasd.quotes.speaker_words import verbal_noun
from rasd.quotes.state import (
    BUT,
    HEADLINE_BREAKS,
    IN_IT,
    MAX_GAP,
    RELATIVE_GENDER,
    SCARE_MAX_WORDS,
)
from rasd.quotes.view import CueHit, DocView
from rasd.text.sentences import dot_inside_name

STRICT_GAP = 6  # for cues that are also common words (words.tsv `ambiguous_cue`)
SHORT_GAP = 3  # … close before it: "ووصف أقصوي البيان بـ "غير الأمين""
MOSTLY_QUOTED = 5  # words of a quotation that, as most of its clause, make the quote direct


def cue_content(
    v: DocView, cue: int, start: int, end: int, hit: CueHit, no_subject: bool
) -> tuple[str, int, int, int | None] | None:
    """(kind, first, last, region) of what the cue at `cue` introduces."""
    takes = hit.form.takes
    # Cues that are also common words (عبر "via", بين "between") need their
    # complement close by; a quotation may come after a longer stretch.
    gap = (
        STRICT_GAP
        if ambiguous(v, hit) and not relative_on_subject(v, start, hit, no_subject)
        else MAX_GAP
    )
    # "أبدت شخصيات سياسية، بينها زعيم اليسار، أسفها": after a parenthesis between
    # commas the cue's complement may start as right after the subject.
    aside, place = after_parenthesis(v, start, end), after_place(v, start, end)
    starts = {start, aside, place, past_adverb(v, start, end, takes)}
    # Past a parenthesis closing the subject only a preposition opens what was said: a
    # bare noun there may be when ("أكد حسن محمد (48 عاما) بعيد الإدلاء بصوته "…"").
    bracket = after_bracket(v, cue, start, end, hit)
    if start < end and verbal_noun(v, start):
        starts.add(start + 1)  # "وجدد الوزير التأكيد على …"
    relative = -1 if no_subject else after_relative_clause(v, cue, start, end, hit)
    # Past a relative clause only a preposition opens what was said: a bare noun
    # there may be the predicate of a passive ("ويعتبر محرز الذي سجل 11 هدفا …، أحد
    # أعمدة النادي"). A verb that never goes without its object has it in the phrase
    # when the preposition follows the clause ("وتتهم حركة حماس التي تسيطر على
    # القطاع …، باستخدام"): the subject is unsaid, and only an object after the
    # clause leaves the phrase the speaker.
    past_relative = (
        {relative, skip_adverbials(v, relative, end)[0]}
        if relative > 0 and "M" not in takes
        else set()
    )
    objects = object_starts(v, start, (aside, place, relative), end)
    situated = after_situation(v, start, end, takes)
    noun_after = occasion_noun(v, start, end) if "N" in takes else -1
    heard = after_audience(v, cue, start, end) if takes & _BARE else frozenset()
    past_aside = False
    note_end = start  # past a writer's note ("، علما أن …،") inside the gap
    for i in range(start, end):
        if i - start > MAX_GAP:
            return None
        if i <= note_end and i > start:
            continue
        if (
            i > cue + 1
            and v.cue(i) is not None
            and not in_relative_aside(v, start, aside, i)
            and i not in v.region_at
            and not v.is_("title", i)
            and not v.is_("adverb", i)  # "شعبه مجددا إلى": "again", not "renewing"
            and not hides_own_name(v, i)
        ):
            if own_speech(v, i):
                return None  # another cue's content
            past_aside = True
        if past_aside and not v.complementizer(i):
            # Past a common word read as a cue, only "أن"/"إن" is sure to be the content.
            if v.punct(i, ".!?؟:"):
                return None
            continue
        r = v.region_opening(i)
        if r is not None:
            if is_name_region(v, r):
                continue
            reg = v.regions[r]
            if names_the_subject(v, r, cue, start):
                continue
            if (
                region_words(v, r) <= SCARE_MAX_WORDS
                and (i - start > SHORT_GAP or not introduced(v, r, start, cue))
                and not describing_quote(v, r, start, hit)
            ):
                continue  # a short quoted phrase far from the cue is a term, not speech
            return "direct", reg.first, reg.last, r
        orphan = v.orphan_closing(i)
        if orphan is not None and i > start:
            return "direct", start, i, None
        if v.punct(i, ":"):
            nxt = v.region_opening(i + 1)
            if nxt is not None:
                reg = v.regions[nxt]
                return "direct", reg.first, reg.last, nxt
            if i + 1 < end:
                return "direct", i + 1, clause_end(v, i + 1, end), None
            return None
        if "-" in takes and len(takes) == 1:
            continue
        if v.complementizer(i):
            if v.is_("cut", i - 1) and v.cue(i - 1) is None and v.punct(i - 2, "،,"):
                # "بحسب ما أوضحت النيابة، علما أن …": the writer's note, which a comma
                # may close before the cue's own complement ("ودعت هولندا والسويد،
                # علما بأن الدولتين …، إلى أن …").
                note_end = _note_end(v, i, end)
                if note_end is None:
                    return None
                continue
            if "عن" in takes and "ان" not in takes:
                # "عبر معارف وهمية، كما أن …": expressing takes عن, never أن.
                return None
            # An aside between commas does not count towards the gap ("وذكر البنك، الذي
            # يتخذ من طرابلس مقرا له في بيان، أن …").
            base = aside if start < aside <= i else start
            return complement_clause(v, i, end) if i - base <= gap else None
        if i in starts and prepositional(v, i, takes, no_subject and i == start):
            return _prepositional_clause(v, i, end, takes)
        if i == situated:
            return _prepositional_clause(v, i, end, takes)
        if i in heard and prepositional(v, i, takes, False):
            return _prepositional_clause(v, i, end, takes)
        if i in past_relative and prepositional(v, i, takes - _BARE, False):
            return _prepositional_clause(v, i, end, takes)
        if i == noun_after:
            return "indirect", i, clause_end(v, i, end), None
        if i == start and "O" in takes and "N" in takes and v.keys[i] in OF_WHOM:
            # "طلب الاتحاد الأوروبي من إسرائيل، مراجعة قراراتها": asked of whom, then what;
            # "وطلب الرئيس منه وقف …": of him.
            for j in addressee_ends(v, i, end):
                if j is not None and prepositional(v, j, frozenset({"N"}), True):
                    return "indirect", j, clause_end(v, j, end), None
        if any(
            preposition_after_object(v, o, i, takes)
            or preposition_after_long_object(v, o, i, takes)
            or preposition_after_described_object(v, o, i, takes)
            for o in objects
            if o <= i
        ):
            return _prepositional_clause(v, i, end, takes)
        if i == bracket and prepositional(v, i, takes - _BARE, False):
            return _prepositional_clause(v, i, end, takes)
        if v.punct(i, ".!?؟") and not dot_inside_name(v.doc.text, v.tokens, i):
            return None
    return None


RELATIVE_MAX = 14  # tokens of a relative clause on the subject before the complement
# The nominative duals, which RELATIVE_GENDER (the forms that open an aside) leaves out.
_DUAL_RELATIVES = frozenset({"اللذان", "اللتان"})


def after_relative_clause(v: DocView, cue: int, start: int, end: int, hit: CueHit) -> int:
    """Where the cue's complement may start past a relative clause on its subject,
    which the speaker phrase leaves out: at the cue's own preposition ("وأعلن … آل ثاني
    اللذان زارا تركيا الثلاثاء والأربعاء عن دعمهما") or past the comma that closes
    the clause ("ودعا ائتلاف الاتحاد الصهيوني الذي ينتمي إلى يسار الوسط في إسرائيل،
    رئيس الوزراء … إلى التنحي"); -1 when none. The relative verb's own preposition
    right after it is not the cue's ("ينتمي إلى"); a clause that holds a cue, a
    complementizer or punctuation other than a comma or quotation marks is left to
    the rest of `cue_content`. The relative
    agrees with the verb, as in `relative_on_subject`, and the subject holds a word
    of one that speaks: "وتشير التوترات التي أحاطت بالانتخابات إلى"، "وكشفت الحسابات
    البنكية التي اطلعت عليها منظمة … عن" are things that show."""
    if start + 2 >= end or not _relative_on(v, start, hit) or v.keys[start + 2] in IN_IT:
        return -1
    if not any(_speaking_word(v, j) for j in range(cue + 1, start)):
        return -1
    if not v.word(start + 1) or v.definite[start + 1] or v.cue(start + 1) is not None:
        return -1
    explicit = hit.form.complements - {"ان"}
    # "وبصوت عال، دعا الشباب الذين يستمعون إليه إلى "الإنطلاق"": after a cue that
    # takes an object the phrase may be whom it is aimed at; only a comma, before the
    # object, shows that the clause was the subject's.
    aimed = "O" in hit.form.takes
    for j in range(start + 2, min(end, start + RELATIVE_MAX)):
        if v.punct(j, "،,"):
            return j + 1 if j + 1 < end else -1
        if v.complementizer(j) or v.cue(j) is not None:
            return -1
        if v.punct(j) and not v.punct(j, _QUOTE_MARKS):
            return -1
        opens = j > start + 2 and not aimed and prepositional(v, j, explicit, False)
        if opens and not _dated(v, j):
            return _past_own_preposition(v, j, end, explicit)
    return -1


def _dated(v: DocView, j: int) -> bool:
    """ "النشرة الإحصائية التي تصدرها … عن شهر مايو الماضي": the relative verb's
    preposition before a date, never what was said."""
    return any(v.is_("time", x) or v.is_("month", x) for x in (j + 1, j + 2) if x < v.n)


_QUOTE_MARKS = '"«»“”'


def _past_own_preposition(v: DocView, j: int, end: int, explicit: frozenset[str]) -> int:
    """The preposition at j, unless the clause's comma follows with the cue's own
    complement after it: then the preposition was the relative verb's ("وأكد الباحثون،
    الذين ركزوا في دراستهم على مخاطر الموت من أثر التدخين، على أن …"، "وأكد البيان
    الذي نشر على الصفحة الرسمية للمتحدث العسكري على "فيسبوك"، أن …")."""
    for k in range(j + 1, end):
        if v.punct(k, "،,"):
            after = k + 1
            own = after < end and (
                v.complementizer(after) or prepositional(v, after, explicit, False)
            )
            return after if own else j
        if v.punct(k) and not v.punct(k, _QUOTE_MARKS):
            return j
    return j


_BARE = frozenset({"N", "F"})
_SPEAKING = ("title", "anonymous", "source_head", "study", "cited_source", "medium", "body_head")


def _speaking_word(v: DocView, j: int) -> bool:
    return v.entity_label(j) is not None or any(v.is_(c, j) for c in _SPEAKING)


def _relative_on(v: DocView, start: int, hit: CueHit) -> bool:
    key = v.keys[start]
    if key in _DUAL_RELATIVES:
        return True
    return key in RELATIVE_GENDER and RELATIVE_GENDER[key] in (hit.form.gender, "p")


def _note_end(v: DocView, i: int, end: int) -> int | None:
    """The comma closing a writer's note whose complementizer is at i, None when the
    note runs to the sentence's end."""
    for j in range(i + 1, end):
        if v.punct(j, "،,"):
            return j
        if v.punct(j, ".!?؟:"):
            return None
    return None


def _prepositional_clause(
    v: DocView, i: int, end: int, takes: frozenset[str]
) -> tuple[str, int, int, int | None]:
    """What a cue's preposition introduces: the quoted words when a quotation follows
    the preposition at once ("أعربت عن "قلقها الشديد" إزاء الغارات"، "وصفها بـ"الاستفزازية
    وغير المبررة""), else the clause up to its end; after the preposition of an act,
    up to the writer's frame of it (`_at_the_time`, `_in_reply`)."""
    r = v.region_opening(i + 1) if v.keys[i] in _QUOTING_PREPOSITIONS else None
    if r is not None and v.regions[r].closer is not None and not is_name_region(v, r):
        reg = v.regions[r]
        if _phrase_ends(v, reg.closer + 1, end):
            return "direct", reg.first, reg.last, r
    last = clause_end(v, i, end)
    if v.complementizer(i + 1) or not takes & _ACTS:
        # "أشار إلى أن …": a reported sentence; "أشارت الإحصائية إلى ارتفاع …، في الوقت
        # الذي بلغت فيه …": a finding, which the clause may go on stating.
        return "indirect", i, last, None
    cut = next((j for j in range(i + 1, last) if _at_the_time(v, j) or _in_reply(v, j)), last)
    if cut < last and v.punct(cut - 1, "،,"):
        cut -= 1  # "، وردا على"
    return "indirect", i, cut, None


# Cues whose preposition opens an act aimed at someone (O: دعا، طالب، حذر، اتهم) or a
# feeling expressed (-: أعرب، عبر، رحب), not a finding or a statement.
_ACTS = frozenset({"O", "-"})


def _at_the_time(v: DocView, j: int) -> bool:
    """ "دعا … إلى التنحي عن منصبه، في الوقت الذي يبحث فيه الادعاء العام …": after
    the comma at j, "في الوقت الذي" (while, at the time when) sets the act of calling or
    demanding in its time, as the writer's words; what a preposition opens is a noun
    phrase, which such a clause does not continue. A reported sentence may hold one
    ("تقول إن … منطقة استراتيجية، في الوقت الذي يتم فيه إنقاذ …"): complement clauses
    keep it, and so do quoted words."""
    return (
        j + 3 < v.n
        and v.punct(j, "،,")
        and j not in v.region_at
        and v.keys[j + 1] == "في"
        and not v.proclitics[j + 1]
        and v.keys[j + 2] == "الوقت"
        and v.keys[j + 3] in RELATIVE_GENDER
    )


def _in_reply(v: DocView, j: int) -> bool:
    """ "دعا وزير الخارجية الإيراني … الرئيس الأمريكي … إلى الحذر ردا على تغريدة كتبها
    ترامب": "ردا على" (in reply to) gives the writer's reason for the act, after
    what was called for."""
    return (
        j + 1 < v.n
        and j not in v.region_at
        and v.stems[j] == "ردا"
        and v.proclitics[j] in ("", "و")
        and v.keys[j + 1] == "على"
    )


def _phrase_ends(v: DocView, i: int, end: int) -> bool:
    """Whether the phrase ends before token i: at punctuation, a preposition or a word
    with a conjunction; a bare noun or a relative pronoun continues it ("بـ"انتهاك" حقوق
    الإنسان"، "إلى "مئات الداعشيين" الذين"), so the quoted words are only part of it."""
    if i >= end or v.punct(i) or v.proclitics[i]:
        return True
    return v.is_("function", i) and v.keys[i] not in RELATIVE_GENDER


_QUOTING_PREPOSITIONS = frozenset({"عن", "الى", "على", "من", "ب", "بان", "بانه", "بانها"})


def complement_clause(v: DocView, c: int, end: int) -> tuple[str, int, int, int | None]:
    """Direct when the complement clause is one quotation ("أنه "…""), else indirect."""
    last = clause_end(v, c, end)
    for i in range(c, min(c + 4, last)):
        r = v.region_opening(i)
        if r is None:
            continue
        reg = v.regions[r]
        tail = reg.last + 1 if reg.closer is not None else reg.last
        after = sum(1 for j in range(tail, last) if v.word(j))
        # "أن "التصعيد الجديد يُمهد لهجوم بري لقوات النظام" بعدما استكملت …": a
        # quotation that holds most of the clause is the quote; a short one inside a
        # longer clause ("إنه "قلق جداً" من التعديلات …") leaves the clause indirect.
        words = region_words(v, r)
        mostly = words >= MOSTLY_QUOTED and words >= after
        # "إن القوات الإسرائيلية "قصفت …"": after the clause's own subject or verb the
        # quotation is part of the indirect clause.
        before = any(v.word(j) for j in range(c + 1, i))
        closed = _closed_by_comma(v, r, last)
        if (after <= 1 or mostly or closed) and not before and not is_name_region(v, r):
            return "direct", reg.first, reg.last, r
        break
    return "indirect", c, last, None


def _closed_by_comma(v: DocView, r: int, last: int) -> bool:
    """ "إن "الوقت حان لإعادة إطلاق هذه العملية"، في انسجام مع عدة بلدان …": a
    quotation that opens the complement and whose closing mark a comma follows is all
    that was said; the words after the comma are the writer's. Not when they go on
    with what was said (`_goes_on`) or hold another quoted piece, which the first one
    only leads to ("أن "الخلية التي تم ضبطها"، في أعقاب ما حدث …، "تعتنق فكر
    داعش"")."""
    reg = v.regions[r]
    if reg.closer is None or region_words(v, r) < MOSTLY_QUOTED:
        return False
    comma = reg.closer + 1
    if not v.punct(comma, "،,") or _goes_on(v, comma + 1):
        return False
    return all(v.region_opening(j) is None for j in range(reg.closer + 1, last))


def _goes_on(v: DocView, j: int) -> bool:
    """Whether what follows the comma at j - 1 goes on with what was said: a second
    complement ("، وأن المعمل يتكون …"), an addition ("، خصوصًا …"، "، إضافة إلى …") or
    what the quoted noun holds ("، بما فيها …"، "، بمن فيهم …")."""
    if v.complementizer(j) or v.is_("second_complement", j) or v.is_("adding_lead", j):
        return True
    return j + 1 < v.n and v.is_("including_lead", j) and v.keys[j + 1].startswith("في")


def clause_end(v: DocView, start: int, end: int) -> int:
    """Where a reported clause ends: the sentence end, a later cue with content of its
    own ("التي قال إنها"), or a comma before an attribution or participle."""
    i = start + 1
    while i < end:
        r = v.region_at.get(i)
        if r is not None and v.regions[r].opener == i:
            i = v.regions[r].last + 1
            continue
        if (
            v.punct(i, ".!?؟")
            and i + 1 < end
            and v.region_at.get(i + 1) is None
            and not dot_inside_name(v.doc.text, v.tokens, i)
        ):
            return i
        if (v.texts[i] in HEADLINE_BREAKS or v.punct(i, ":")) and in_title(v, i):
            return i  # "تركيا تؤكد استمرار عملية عفرين.. وأردوغان: …": a headline's parts
        if v.punct(i, "،,;؛") and (
            writer_clause_opens(v, i + 1)
            or (phrase_clause(v, start, i) and conjoined_verb(v, i + 1))
            or (phrase_clause(v, start, i) and which_is(v, i + 1))
            or (phrase_clause(v, start, i) and but_clause(v, i + 1))
            or writer_denies(v, i + 1)
            or (phrase_clause(v, start, i) and blame_participle(v, i + 1))
        ):
            return i
        if phrase_clause(v, start, i) and repeat_adverbial(v, i, end):
            return i
        if v.keys[i] == "في" and i + 1 < end and v.keys[i + 1] == "حين":
            return i
        if bare_comment(v, i):
            # "… وذلك في إشارة إلى …": "وذلك" only leads to the comment.
            return i - 1 if v.is_("comment_lead", i - 1) and i - 1 > start else i
        if amid(v, start, i) or as_put_closes(v, i):
            return i
        if bare_participle(v, i, end):
            return i
        cue = v.cue(i) is not None
        if (
            cue
            and opens_clause(v, i)
            and _has_content_soon(v, i, end)
            and not subject_awaits_verb(v, start, i)
        ):
            opener = v.is_("function", i - 1) or v.keys[i - 1] in WHEN | BUT
            back = i - 1 if opener and i - 1 > start else i
            return back
        if cue:
            comma = new_subject(v, start, i)
            if comma is not None and _has_content_soon(v, i, end):
                return comma
        i += 1
    return end


def _has_content_soon(v: DocView, i: int, end: int) -> bool:
    hit = v.cue(i)
    if (
        hit is not None
        and v.proclitics[i] in ("و", "ف")
        and i + 1 < end
        and prepositional(v, i + 1, hit.form.takes - {"N"}, True)
    ):
        return True  # "التورط في تسميم سكربيل وتطالب بالحصول على …": a second demand
    for j in range(i + 1, min(end, i + 6)):
        if v.complementizer(j) or v.region_opening(j) is not None or v.punct(j, ":"):
            return True
    return hit is not None and _own_content(v, i, end, hit)


OWN_REACH = 8  # tokens from a cue inside a reported clause to the content of its own


def _own_content(v: DocView, i: int, end: int, hit: CueHit) -> bool:
    """ "إلى "وقف فوري للتصعيد" وحث جميع الأطراف على الالتزام"، "، كما أكد رفضه
    لـ…"، "، لكنه أكد في الوقت ذاته على ضرورة …": a finite cue that opens a clause
    (after a comma or a closing mark, or after كما/ثم/حيث, لكن or a word of time)
    and has content of its own (a preposition or a verbal noun after its subject) is
    the next act of speech. Participles are left to the complementizer rule and to
    `bare_participle` (a participle with its own preposition)."""
    if hit.form.participle or not (
        v.punct(i - 1, "،,؛;")
        or v.texts[i - 1] in CLOSING_MARKS
        or v.keys[i - 1] in WHEN | BUT
        or v.keys[i - 1] in ("كما", "ثم", "حيث")
    ):
        return False
    p, _ = skip_adverbials(v, i + 1, end)
    phrase = noun_phrase(v, p, end, complements=complements(hit))
    if phrase is not None:
        p, _ = skip_adverbials(v, phrase.end, end)
    content = cue_content(v, i, p, end, hit, phrase is None)
    return content is not None and content[1] - i <= OWN_REACH
