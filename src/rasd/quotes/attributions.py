"""Quotes without a reporting verb before them: attributions (بحسب X، وفقا لـ X),
statements (جاء في البيان), launched campaigns and speech nouns (دعوة، تحذير).
"""

from __future__ import annotations

from bisect import bisect_left

from rasd.document import Mention
from rasd.quotes.circumstances import audience_at, skip_adverbials
from rasd.quotes.closing_frames import closing_frame
from rasd.quotes.clues import scan_limit, speaks
from rasd.quotes.content import clause_end, complement_clause, cue_content
from rasd.quotes.implicit import previous_subject
from rasd.quotes.lexicon import CueForm
from rasd.quotes.mid_frames import frame_ends_clause
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.regions import is_name_region, quotation_before, region_words
from rasd.quotes.sources import frame_source, frame_verb, names_wording
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.speakers import speaker_mention
from rasd.quotes.state import (
    MAX_GAP,
    OBJECT_GAP,
    RELATIVE_GENDER,
    SCARE_MAX_WORDS,
    STATED,
    State,
    make_quote,
    overlaps,
    recent,
    record,
    token_at,
)
from rasd.quotes.stated_documents import document_author, stated_place, study_author
from rasd.quotes.subjects import sentence_subject
from rasd.quotes.told import told_sentence
from rasd.quotes.unsaid_sources import unsaid_source
from rasd.quotes.view import CueHit, DocView

ATTRIBUTED_TAIL = 3  # words after a mid-sentence attribution that make the whole sentence its


def attributions(state: State) -> None:
    """ "بحسب X"، "وفقا لـ X"، "نقلا عن X"، "وفقا لما ذكره X": the sentence is X's."""
    v = state.view
    marks = v.positions("attribution")
    for s_first, s_end in v.sent_bounds:
        for a in marks[bisect_left(marks, s_first) : bisect_left(marks, s_end)]:
            if a in v.region_at:
                continue
            found = frame_source(v, a, s_end)
            unsaid = None if found is not None else unsaid_source(state, a, s_end)
            if unsaid is not None:
                # "بحسب ما كتب على صفحته": no phrase names the source; its speaker is
                # the one the verb's pronoun stands for (unsaid_sources.py).
                found = (Phrase(a, a), unsaid[1])
            if found is None:
                continue
            if unsaid is None:
                _drop_verb_quote(state, a, s_end)
            phrase, after = found
            rest = sum(1 for j in range(after, s_end) if v.word(j))
            wording = names_wording(v, a)
            region = quotation_before(state, a, _past_and(v, s_first), wording)
            if wording and region is None:
                continue  # "حسب تعبير X" with no quotation before: which words is unsaid
            if region is not None:
                # ""وهذا يفسره الارتياح …"، وفق تعبير أحد معالجيهم": the quotation
                # just before is the source's, not the writer's sentence around it.
                first, last = v.regions[region].first, v.regions[region].last
            elif a - s_first <= 1:
                if rest < ATTRIBUTED_TAIL:
                    continue  # "نقلا عن "الرياض" السعودية": a credit line, not a claim
                first = after + 1 if v.punct(after, "،,") else after
                first = _then_inna(v, first, s_end) or first
                last = s_end
            elif _opens_next_clause(v, s_first, a, after) and rest >= ATTRIBUTED_TAIL:
                # "…، إلا أنه يعيش منذ ذلك الحين في مكان غير معروف، وحسب "رويترز"، كانت
                # آخر مرة يشاهده فيها …": joined by و between commas after a long
                # clause, the source opens the next clause, as at a sentence's start.
                first = after + 1
                last = clause_end(v, first, s_end)
            else:
                # "تمكنت قوات النظام الخميس بحسب المرصد من السيطرة على …": an
                # attribution inside the sentence vouches for all of it.
                # "غادروا المدينة الجمعة وفق المرصد، فيما باتت القوات …": what
                # the source vouches for ends with the clause it stands in.
                end = clause_end(v, after, s_end)
                first = _past_transition(v, s_first, a)
                whole = (
                    _vouches_on(v, after, end)
                    and not _closes_clause(v, a, after)
                    and not closing_frame(v, first, _attribution_start(v, a), after, end)
                    and not frame_ends_clause(v, first, _attribution_start(v, a), after)
                )
                last = end if whole else _attribution_start(v, a)
            # "وطال القصف بلدات …، وفق المرصد الذي رجح أن …": the words attributed
            # are the sentence's own though a quotation follows the attribution.
            own = region is not None or unsaid is not None  # "، وذلك حسبما غرد في حسابه"
            told = None if own else told_sentence(state, a, after, s_first, s_end)
            if told is not None:
                first, last = told[0], min(told[1], _attribution_start(v, a))
            elif overlaps(state, first, last):
                # "ووفقا للافتتاحية، اعتذر ترودو عن سلوكه وقال: "…"": the source
                # vouches for the clause before the later cue's own.
                if region is not None:
                    break
                last = clause_end(v, max(first, after), last)
                if overlaps(state, first, last) or not _attributed_words(v, first, last):
                    # "…بينهم نحو 2200 طفل، بحسب منظمة الصحة العالمية …، في ظل أزمة
                    # تعتبرها الأمم المتحدة الأسوأ": the later clause is another
                    # cue's; the source still vouches for the words before it.
                    last = _attribution_start(v, a)
                    if not _vouched_before(state, first, last, after):
                        break
            kind = "indirect" if region is None else "direct"
            quote = make_quote(v, kind, first, last, a, None, None)
            if quote is None:
                break
            quote.speaker = unsaid[0] if unsaid is not None else speaker_mention(v, phrase, "m")
            quote.cue.canonical = v.stems[a]
            state.quotes.append(quote)
            state.covered.append((s_first, s_end))
            if region is not None:
                state.claimed.add(region)
            break


def _drop_verb_quote(state: State, a: int, s_end: int) -> None:
    """ "حسب ما أفادت الناطقة الإعلامية باسمه السبت"، "وفق ما أعلنه فيس بوك في بيان عن
    عائداته": the verb of "بحسب ما" says who vouches for the clause, so the words after
    its subject are no indirect quotation of its own; quoted words or an أن/إن clause
    after it stay ("وفق ما نقلت وكالة … عن مصدر عسكري، "كتائب الدفاع الجوي …"")."""
    v = state.view
    verb = frame_verb(v, a, s_end)
    if verb is None or _interrupts_cue(v, a):
        return
    for n, q in enumerate(state.quotes):
        if q.kind != "indirect" or q.cue is None or token_at(v, q.cue.start) != verb:
            continue
        first = token_at(v, q.start)
        if first in v.region_at or v.complementizer(first) or not verb < first < s_end:
            continue
        # Its words stay covered: the source still vouches only for the clause before.
        del state.quotes[n]
        return


def _past_and(v: DocView, first: int) -> int:
    """ "و"يعمل على تشخيص التهديدات …" بحسب ما كتب حينها مائير داغان": a sentence
    opened by و and a quotation starts, for the quotation's sake, at the quotation."""
    opens = first + 1 < len(v.keys) and v.keys[first] == "و" and first + 1 in v.region_at
    return first + 1 if opens else first


INTERRUPTED_REACH = 3  # words between a cue and the comma of a frame that interrupts it


def _interrupts_cue(v: DocView, a: int) -> bool:
    """ "وأعربت المفوضية، بحسب ما أفاد مراسل "العربية"، عن أملها": the frame stands
    between a cue and its complement, which the frame's verb was given instead; which
    cue it belongs to is left as it was."""
    if a < 1 or not v.punct(a - 1, "،,"):
        return False
    return any(v.cue(j) is not None for j in range(max(0, a - 1 - INTERRUPTED_REACH), a - 1))


LONG_CLAUSE_WORDS = 12  # words before "، وحسب X،" that make a clause of their own


def _opens_next_clause(v: DocView, s_first: int, a: int, after: int) -> bool:
    """ "…، وحسب X، …"، "…، ووفقا لـ X، …": the source stands between commas, joined by
    و, after more words than a clause's subject and its asides take."""
    return (
        v.punct(a - 1, "،,")
        and v.proclitics[a][:1] == "و"
        and v.punct(after, "،,")
        and sum(1 for j in range(s_first, a) if v.word(j)) > LONG_CLAUSE_WORDS
    )


TRANSITION_WORDS = 4  # words of a transition before its comma ("من جهة أخرى،")


def _past_transition(v: DocView, first: int, a: int) -> int:
    """Past the writer's transition that opens the sentence ("من جهة أخرى، تسعى …")."""
    for j in range(first, min(a, first + TRANSITION_WORDS + 1)):
        if v.punct(j, "،,"):
            return j + 1 if j > first else first
        if not v.is_("transition", j):
            return first
    return first


def _attribution_start(v: DocView, a: int) -> int:
    """Where the attribution at `a` starts: at "وذلك" ("…، وذلك بحسب رويترز"، "…
    لاحتجازه وذلك بحسب سيماهاغن أبيبي"), which only leads to the source, else at `a`."""
    return a - 1 if v.is_("attribution_lead", a - 1) else a


THEN_INNA_REACH = 10  # tokens from the source's end to the "فإن" that opens its words


def _then_inna(v: DocView, first: int, end: int) -> int | None:
    """ "وفقًا لبيانات وزارة التجارة الأميركية للعام 2017 فإن البلدان …"، "بحسب مراسل
    "الجوهرة أف أم" بجندوبة فإن المفقود …": the words attributed open at "فإن"; what
    stands before it is still the source's (its date, place or relative clause), as
    in the gold spans, which start with "فإن"."""
    for j in range(first, min(end, first + THEN_INNA_REACH)):
        if v.keys[j] == "فان":
            return j if j > first else None
        if v.punct(j, ".!?؟:") or v.cue(j) is not None:
            return None
    return None


# Fewer words before a source are often a verb and its subject whose object follows
# the source ("ورفض المفاوضون الروس الثلاثاء، وفق المصدر المعارض، مسودة …").
VOUCHED_BEFORE_WORDS = 5
_PLACE_PREPOSITIONS = frozenset({"في", "على", "من", "مع", "عن", "الى", "داخل", "خارج"})


def _quoted_after_comma(v: DocView, after: int) -> bool:
    """A quotation opens right after the comma that closes the source's phrase."""
    for j in range(after, min(after + OBJECT_GAP + 1, len(v.keys))):
        if v.punct(j, "،,"):
            return v.region_opening(j + 1) is not None
        if v.punct(j, ".!?؟:"):
            return False
    return False


def _vouched_before(state: State, first: int, last: int, after: int) -> bool:
    """The words before a mid-sentence attribution, up to its comma, free of quotes;
    not a phrase of place that opens the clause it vouches for ("وفي الداخل
    الإيراني، بحسب المصادر، تتزايد الشكوك"), nor a verb and subject whose object is
    quoted after the source ("واستهدفت الصواريخ، وفق ما نقلت الوكالة، "كتائب …"")."""
    v = state.view
    return (
        first < last
        and not _quoted_after_comma(v, after)
        and v.punct(last - 1, "،,")
        and v.keys[first].removeprefix("و") not in _PLACE_PREPOSITIONS
        and not overlaps(state, first, last)
        and _attributed_words(v, first, last)
        and sum(1 for j in range(first, last) if v.word(j)) >= VOUCHED_BEFORE_WORDS
    )


def _attributed_words(v: DocView, first: int, last: int) -> bool:
    """Enough words of a clause of its own: not the later cue's subject alone ("وبحسب
    وسائل إعلام تركية، فقد صرّح الرئيس التركي، الخميس، بأن …"), nor the source's
    relative clause."""
    words = sum(1 for j in range(first, last) if v.word(j))
    cue = any(v.cue(j) is not None and j not in v.region_at for j in range(first, last))
    # "وبحسب تقرير نشره موقع "بيزنس إنسايدر"، …": the source's own relative clause.
    return words >= ATTRIBUTED_TAIL and not cue and not v.is_("published", first)


def _vouches_on(v: DocView, after: int, end: int) -> bool:
    """Enough words of the clause after the source for the sentence to go on through
    it; not when the clause ends with the source ("…أقلعت من بكين، بحسب شبكة "سي جي
    تي أن" التلفزيونية الصينية الرسمية، وأظهرت المشاهد …"): it vouches for what
    came before it."""
    j = after
    while j < end and _definite_nisba(v.keys[j]):
        j += 1  # the source's own adjectives: "التلفزيونية الصينية الرسمية"
    if _where_source_spoke(v, j, end):
        return False
    return sum(1 for k in range(j, end) if v.word(k)) >= ATTRIBUTED_TAIL


def _where_source_spoke(v: DocView, j: int, end: int) -> bool:
    """ "…، بحسب ما أكدت وزارة الدفاع في بيان اطلعت عليه "العربية نت"."، "…، وفقاً لما
    ذكرته الشرطة لقناة "دبليو كيه آر إن".": a statement or an audience after the
    source that runs on to the clause's end with no comma is where the source spoke,
    not more of the clause it vouches for."""
    if j >= end or any(v.punct(k, "،,") for k in range(j, end)):
        return False
    statement = v.keys[j] == "في" and j + 1 < end and v.is_("situation", j + 1)
    return statement or audience_at(v, j, end) is not None


def _definite_nisba(key: str) -> bool:
    """A definite relative adjective ("الصينية"، "الرسمي"), which describes the noun
    before it."""
    return key.startswith("ال") and key.endswith(("ي", "ية")) and len(key) > 4


def _closes_clause(v: DocView, a: int, after: int) -> bool:
    """ "وطال القصف بلدات …، وفق المرصد الذي رجح أن …": an attribution after a comma
    whose source runs into a relative clause closes the clause before it; what
    follows is about the source. So does a source followed by a comma and a word that
    opens the writer's own clause ("، بحسب ما أوضحت النيابة، علما أن …")."""
    if _attribution_start(v, a) < a:
        return True  # "…، وذلك حسب ما قاله مصدر ناقش المسألة مع البيت الأبيض"
    if v.punct(after, "،,") and v.is_("after_source", after + 1):
        return True  # "… وفق مراقبين، لذلك فهو …": the writer's own clause follows
    if not v.punct(a - 1, "،,"):
        return False
    return v.keys[after] in RELATIVE_GENDER or (v.punct(after, "،,") and v.is_("cut", after + 1))


def statements(state: State) -> None:
    """ "وجاء في بيان لقائد الشرطة أن …", "كما جاء في بلاغ لوزارة …، أن": what a
    statement says is its author's (after ل), else the latest speaker's ("وجاء في
    البيان أن")."""
    v = state.view
    for k in range(v.n - 2):
        if v.keys[k] not in STATED or v.keys[k + 1] != "في" or not stated_place(v, k + 2):
            continue
        end = scan_limit(v, k)
        author = study_author(v, k + 2, end)
        j = k + 3
        if v.proclitics[j][-1:] == "ل" or v.keys[j] == "ل":
            author = noun_phrase(v, j + (v.keys[j] == "ل"), end, allow_proclitic=True)
            j = author.end if author is not None else j
        elif author is None and (author := document_author(v, k + 2, end)) is not None:
            j = author.end
        j, _ = skip_adverbials(v, j, end)
        while j < end and not v.complementizer(j) and j - k <= MAX_GAP:
            if v.punct(j, ".!?؟") or v.cue(j) is not None or _stated_words(v, j):
                break
            j += 1
        if j >= end or overlaps(state, j, j + 1):
            continue
        if v.complementizer(j):
            kind, first, last, region = complement_clause(v, j, end)
        elif _stated_words(v, j):
            r = v.region_opening(j + v.punct(j, ":"))
            kind, first, last, region = "direct", v.regions[r].first, v.regions[r].last, r
        else:
            continue
        speaker = _statement_author(state, k, author)
        quote = make_quote(v, kind, first, last, k, speaker, None)
        if quote is None:
            continue
        record(state, quote, (first, last), region)


def noun_cues(state: State) -> None:
    """ "بعد أيام من تصريح الرئيس رجب طيب أردوغان بأن …"، "إصرار نتنياهو على أن …":
    a verbal noun of speech, its possessor (a name, title or source), then what the
    verb would take (its addressee may stand between: "اتهام الوزير بوتين بـ…")."""
    v = state.view
    nouns = v.lexicon.nouns
    for k in [k for k, stem in enumerate(v.stems[: v.n - 2]) if stem in nouns]:
        form = nouns[v.stems[k]]
        if not v.word(k) or k in v.region_at or v.definite[k] or v.enclitic[k]:
            continue
        end = scan_limit(v, k)
        takes = form.takes - {"N", "ل"}  # "قبل دعوة كوريا الشمالية لإجراء محادثات"
        phrase = noun_phrase(v, k + 1, end, complements=takes)
        if phrase is None or not speaks(v, phrase):
            continue
        hit = CueHit(CueForm(form.lemma, takes, form.gender, False), False)
        content = cue_content(v, k, phrase.end, end, hit, False)
        # What the noun introduces follows its possessor (and addressee) closely.
        if content is None or content[1] - phrase.end > OBJECT_GAP + 1:
            continue
        if overlaps(state, content[1], content[2]):
            continue
        kind, first, last, region = content
        speaker = speaker_mention(v, phrase, "m")
        quote = make_quote(v, kind, first, last, k, speaker, None)
        if quote is None:
            continue
        record(state, quote, (first, last), region)


SLOGAN_REACH = 8  # tokens from a slogan noun to the first slogan it names


def slogans(state: State) -> None:
    """ "وبدأ المحتجون بإطلاق شعارات منها "باقونا الحرامية" و"إحنا أهل النفط""،
    "وسط هتافات جماعية من أعضاء المجلس للشعار الشهير، "الموت لأميركا"": chants in
    quotation marks after a plural noun of slogans (words.tsv `slogans`) are the
    crowd's words, said by who raised them (the sentence's subject). A lone quoted word
    there is the writer's term ("هتافات "مسيئة""), and one slogan ("شعار") is a
    campaign's name, not words said."""
    v = state.view
    for k in v.positions("slogans"):  # the list's words, not every token of the text
        if k in v.region_at:
            continue
        j = k + 1
        while j < v.n and j - k <= SLOGAN_REACH and v.region_opening(j) is None:
            if v.punct(j, ".!?؟:") or v.cue(j) is not None:
                break
            j += 1
        phrase = _slogan_speaker(v, k)
        speaker = speaker_mention(v, phrase, "m") if phrase is not None else None
        while (r := v.region_opening(j)) is not None and _slogan_region(state, r):
            reg = v.regions[r]
            quote = make_quote(v, "direct", reg.first, reg.last, None, speaker, None)
            if quote is None:
                break
            record(state, quote, (reg.first, reg.last), r)
            j = (reg.closer or reg.last) + 1
            # "… "باقونا الحرامية" و"إحنا أهل النفط"، و"…"": the next one
            while (
                j < v.n
                and j <= (reg.closer or reg.last) + 2
                and (v.punct(j, "،,") or v.keys[j] == "و")
            ):
                j += 1


def _slogan_region(state: State, r: int) -> bool:
    v = state.view
    reg = v.regions[r]
    return (
        r not in state.claimed
        and reg.closer is not None
        and region_words(v, r) >= 2
        and not is_name_region(v, r)
        and not overlaps(state, reg.first, reg.last)
    )


def _slogan_speaker(v: DocView, k: int) -> Phrase | None:
    """Who chanted: "هتافات جماعية من أعضاء المجلس" (up to a word with a
    preposition: "للشعار الشهير"), else the sentence's subject, or the definite noun
    after the verb that opens it ("وبدأ المحتجون بإطلاق شعارات")."""
    for j in range(k + 1, min(v.n, k + 3)):
        if v.keys[j] == "من" and j + 1 < v.n and v.keys[j + 1] not in _SUCH_AS:
            return noun_phrase(v, j + 1, _before_preposition(v, j + 1))
    phrase = sentence_subject(v, k)
    if phrase is not None:
        # "وفي بغداد، تظاهر المئات …": a place opening the sentence is where, not who
        return None if v.entity_label(phrase.start) == "LOC" else phrase
    first = v.sent_bounds[v.sent_of[k]][0] if v.sent_of[k] >= 0 else k
    if v.proclitics[first] not in ("و", "ف"):
        return None
    phrase = noun_phrase(v, first + 1, _before_preposition(v, first + 1))
    return phrase if phrase is not None and v.definite[phrase.start] else None


# "شعارات من قبيل/من بينها …": "such as", not who chanted them.
_SUCH_AS = frozenset({"قبيل", "بينها", "بين", "ضمنها"})


def _before_preposition(v: DocView, start: int) -> int:
    """The first word after `start` that carries a preposition (or is no word)."""
    stop = start + 1
    while stop < v.n and v.word(stop) and not v.proclitics[stop]:
        stop += 1
    return stop


_LAUNCHED_PREPOSITIONS = frozenset({"ب", "ل", "الى", "من"})  # what a speaker phrase stops at


def launched(state: State) -> None:
    """ "دعوات أطلقها خبراء ومتخصصون في … بضرورة ملاحقة …"، "تحذيرات وجهها الوزير
    من …": a noun for something said, the verb that launched it, its speaker, then
    what was said (after a preposition or a complementizer)."""
    v = state.view
    for k in v.positions("launched"):
        if not 1 <= k < v.n - 2 or not v.is_("speech_noun", k - 1):
            continue
        end = scan_limit(v, k)
        subject = noun_phrase(v, k + 1, end, complements=_LAUNCHED_PREPOSITIONS)
        if subject is None:
            continue
        if v.proclitics[subject.end] == "و":
            # "خبراء ومتخصصون": speakers named together.
            more = noun_phrase(v, subject.end, end, complements=_LAUNCHED_PREPOSITIONS)
            if more is not None:
                # A plain noun is the head alone: "ومتخصصون في الجوانب التقنية".
                last = more.end if more.name is not None else more.start + 1
                subject = Phrase(subject.start, last)
        j = _launched_content(v, subject.end, end)
        if j is None or overlaps(state, j, j + 1):
            continue
        if v.complementizer(j):
            kind, first, last, region = complement_clause(v, j, end)
        else:
            kind, first, last, region = "indirect", j, clause_end(v, j, end), None
        quote = make_quote(v, kind, first, last, k, speaker_mention(v, subject, "m"), None)
        if quote is None:
            continue
        quote.cue = Mention(v.tokens[k - 1].start, v.tokens[k].end)
        record(state, quote, (first, last), region)


def _launched_content(v: DocView, start: int, end: int) -> int | None:
    """Where what was launched begins: a complementizer, إلى or a word in بـ/لـ within
    a few words of the speaker (past a modifier "في الجوانب التقنية"), or من at once."""
    j, _ = skip_adverbials(v, start, end)
    if j < end and v.keys[j] == "من":
        return j
    for i in range(j, min(end, j + OBJECT_GAP + 2)):
        if v.punct(i) or (v.cue(i) is not None and not v.is_("title", i)):
            return None
        if v.complementizer(i) or v.keys[i] in ("الى", "ب", "ل"):
            return i
        if v.proclitics[i][-1:] in ("ب", "ل") and v.word(i) and not v.is_("function", i):
            return i
    return None


def _stated_words(v: DocView, j: int) -> bool:
    """ "وجاء في تغريدته "شهدت على الشمس تغيب …"": the statement's words in marks,
    after a colon or at once (a quoted word or two is a name: "في بيان "الحركة"")."""
    r = v.region_opening(j + 1 if v.punct(j, ":") else j)
    return r is not None and region_words(v, r) > SCARE_MAX_WORDS and not is_name_region(v, r)


def _statement_author(state: State, k: int, author: Phrase | None) -> Mention | None:
    """Who a statement is by: its author after ل; for "تغريدته"، "بيانها" the
    subject of the previous sentence when the pronoun agrees with it (the one who
    posted it: "نشر جو جاكسون رسالة …. وجاء في تغريدته"), else the latest speaker."""
    v = state.view
    if author is not None:
        return speaker_mention(v, author, "m")
    pronoun = v.enclitic[k + 2]
    if pronoun:
        gender = "f" if v.keys[k + 2].endswith("ها") else "m"
        owner = previous_subject(v, k, gender)
        if owner is not None:
            return speaker_mention(v, owner, gender)
    return next((s.mention for s in recent(state.said) if s.spoke), None)
