"""Quotations inside a reported clause: a cue within another's content gets its
own quote, and quoted regions inside an indirect quote become direct ones.
"""

from __future__ import annotations

from rasd.document import Quote
from rasd.quotes.circumstances import manner, skip_adverbials
from rasd.quotes.clues import ambiguous, scan_limit, speaks
from rasd.quotes.content import complement_clause, cue_content
from rasd.quotes.cue_complements import complements
from rasd.quotes.cue_readings import impersonal_belief
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.regions import is_name_region, one_name, region_words
from rasd.quotes.speaker_words import Phrase, possessed_person
from rasd.quotes.speakers import speaker_mention
from rasd.quotes.state import OBJECT_GAP, RELATIVE_GENDER, State, make_quote, record
from rasd.quotes.subjects import subject_before
from rasd.quotes.view import CueHit, DocView
from rasd.text.normalize import match_key

INNER_AUDIENCE = 2  # words between a cue inside a reported clause and its complementizer


def quoted_inside(state: State, first: int, last: int, reported: Quote, hit: CueHit) -> None:
    """ "وصف الهجوم بأنه "عمل جبان"، وقال …": words in quotation marks that open a
    reported clause are a direct quotation of the same speaker as well when they stand
    apart from the rest of it (`_stands_apart`) or a cue of describing governs them.
    When the clause runs on after the closing mark ("إن "من المرجح جدا" أن تكون روسيا
    مسؤولة …") they are words of the one reported clause."""
    v = state.view
    r = v.region_opening(first + 1) if v.complementizer(first) else None
    if r is None or r in state.claimed:
        return
    reg = v.regions[r]
    if reg.closer is None or reg.closer >= last or is_name_region(v, r):
        return
    if not _stands_apart(v, reg.closer, last) and not v.lexicon.has(
        "describing", match_key(hit.form.lemma)
    ):
        return
    # A lone quoted word opening the clause is more often a term ("بأن "بيتكوين" لن
    # تصبح …") than the words said.
    if region_words(v, r) < 2 or one_name(v, reg.first, reg.last):
        return
    quote = make_quote(v, "direct", reg.first, reg.last, None, reported.speaker, None)
    if quote is None:
        return
    quote.cue = reported.cue
    state.quotes.append(quote)
    state.claimed.add(r)


def _stands_apart(v: DocView, closer: int, last: int) -> bool:
    """The quoted words end their clause: a comma or the clause's end, a second
    reported clause ("إنه "لن تكون هناك تسوية" وبأن …") or more quoted words ("أنه
    "يدافع عن مصالح فرنسا" و"يلعب دور الوسيط"") follow the closing mark."""
    after = closer + 1 + (v.keys[closer + 1] == "و")
    return (
        closer + 1 >= last
        or v.punct(closer + 1, "،,؛;.:")
        or _second_clause(v, closer + 1)
        or v.region_opening(after) is not None
    )


def _second_clause(v: DocView, k: int) -> bool:
    """ "وإنه"، "وبأن"، and the bare "وإن"/"وأن" the segmenter leaves whole (it may be
    "even if" elsewhere; after a closing mark it coordinates a second clause)."""
    return v.keys[k] == "وان" or (v.complementizer(k) and v.proclitics[k][:1] == "و")


def inner_quotes(state: State, first: int, last: int, quoted: bool = False) -> None:
    """ "ذكرت الصحيفة أن طالبة وصديقتها قالتا إنهما …"، "قال لها إنه …"، "بعد أن قالت
    الولايات المتحدة إنها …": a cue inside a reported clause or a quotation (`quoted`)
    with a speaker of its own, before a past cue or after any cue."""
    v = state.view
    # Inside quotation marks a cue may open the quoted words ("أعلن غودار أنه سيأتي"،
    # "لقد أخبرني …"), and what it reports ends with them: it is nested in the quotation.
    for j in range(first if quoted else first + 2, last - 1):
        if not quoted and _noun_cue_quote(state, first, last, j):
            continue
        hit = v.cue(j)
        if hit is None or hit.form.participle:
            continue
        end = min(scan_limit(v, j), last) if quoted else scan_limit(v, j)
        # "يعتقدون أن" with a subject before is part of the clause unless the subject
        # can speak ("أن بعض التقارير تشير إلى أن"، "إن واشنطن تحذر تركيا بأنها").
        present = v.keys[j][:1] in "يت"
        found = _inner_subject_first(v, j, hit, first, end, quoted, present)
        if found is None and _inner_speech(v, j, hit):
            found = _inner_verb_first(v, j, hit, end, quoted)
        if found is None:
            continue
        subject, (kind, a, b, region) = found
        speaker = speaker_mention(v, subject, hit.form.gender)
        quote = make_quote(v, kind, a, b, j, speaker, None)
        if quote is not None:
            record(state, quote, (a, b), region)


_Content = tuple[str, int, int, int | None]


def _noun_cue_quote(state: State, first: int, last: int, j: int) -> bool:
    """ "إن أردوغان يحلم … من خلال قوله إن عفرين ستسقط الليلة"، "أن المؤرخ …، مع تأكيده
    على أنها رسمت في مرسمه": a verbal noun of saying (words.tsv `inner_speech_noun`) with
    a third-person pronoun and a complementizer after it reports the words of the
    reported clause's subject, a speaker right after its complementizer."""
    v = state.view
    if not (v.enclitic[j] and v.third_person[j] and v.is_("inner_speech_noun", j)):
        return False
    c = j + 1 + (v.keys[j + 1] == "على")
    if c >= last or not v.complementizer(c):
        return False
    # Only a person: a place or body before "بعد إعلانه أن" is seldom whose the
    # pronoun is ("أن إيران ألغت زيارة للعبادي … بعد إعلانه أن").
    subject = noun_phrase(v, first + 1, j)
    if subject is None or not _person(v, subject):
        return False
    kind, a, b, region = complement_clause(v, c, scan_limit(v, j))
    gender = "f" if v.keys[j].endswith("ها") else "m"
    quote = make_quote(v, kind, a, b, j, speaker_mention(v, subject, gender), None)
    if quote is None:
        return False
    record(state, quote, (a, b), region)
    return True


def _inner_subject_first(
    v: DocView, j: int, hit: CueHit, first: int, end: int, quoted: bool, present: bool = False
) -> tuple[Phrase, _Content] | None:
    """ "أن طالبة وصديقتها قالتا إنهما …"، "إن واشنطن أبلغت حلفاءها بوقف …": the
    inner cue's subject stands before it, inside the outer clause."""
    subject = subject_before(v, _past_auxiliary(v, j))
    if (
        subject is None
        or subject.start <= first
        or ((quoted or present) and not _subject_speaks(v, subject))
    ):
        return None  # in the first person of direct speech: "عقدنا اجتماعات …، أكدوا لنا"
    if present and (
        v.is_("possibility", j - 1) or (subject.name is None and impersonal_belief(v, j, hit))
    ):
        # "مواقع يعتقد أنها تابعة لحزب الله": يُعتقد, it is believed; "بأن ميلانيا قد
        # تعتقد أن": what someone may think, not what was said.
        return None
    # "قال لها إنه"، "أبلغت بريطانيا بأنه": the audience may stand between.
    c = next((i for i in range(j + 1, j + 2 + INNER_AUDIENCE) if v.complementizer(i)), None)
    if c is not None and all(v.word(i) for i in range(j + 1, c)):
        return subject, complement_clause(v, c, end)
    # A subject that can speak right before a bare "طالب"/"طلب"/"عبر" makes it the verb
    # ("إن الغرب طلب منه التوسط"), where alone it is as often a noun ("72 ألف طلب"; "رفعت
    # طلب تنفيذ": not right after the subject) or a preposition ("أن السعودية عبر تاريخها
    # «…»": its quoted words are far, so such a cue takes no direct quotation).
    bare = _bare_ambiguous(v, j, hit)
    if quoted or present or _in_relative(v, j) or not _subject_speaks(v, subject):
        return None
    if bare and subject.end != j:
        return None
    # "طلبوا رسميا من المكتب التحقيق": how it was said is not what was said (only the
    # manner: past a time word or an aside a noun after it may be the subject).
    start = j + 1 + (j + 1 < end and manner(v, j + 1))
    content = cue_content(v, j, start, end, hit, False)
    if content is not None and content[0] == "direct":
        # "إن رئيس الوزراء قال خلال اللقاء "جئنا لنخدم …"": words in quotation marks
        # after the inner cue are its subject's, unless a speaker follows the cue
        # ("بينما قالت المستشارة ميركل إنه "…"": the subject is hers, not the noun before).
        after = noun_phrase(v, j + 1, end, complements=complements(hit))
        return None if bare or (after is not None and speaks(v, after)) else (subject, content)
    if content is None or content[0] != "indirect" or v.complementizer(content[1]):
        return None  # a far complementizer may be the outer clause's own ("… مضيفا أن")
    return subject, content


def _past_auxiliary(v: DocView, j: int) -> int:
    """Where to look for the subject of the inner cue at `j`: before "كان (قد)" where it
    stands between them ("إن الزامل كان قد انتقد خطط …"، "أن الوزير كان أعلن أن"),
    which would otherwise end the subject's phrase."""
    k = j - 1 if v.keys[j - 1] == "قد" else j
    if v.is_("past_auxiliary", k - 1) and not v.proclitics[k - 1]:
        return k - 1
    return j


def _person(v: DocView, phrase: Phrase) -> bool:
    """A titled or named person ("المؤرخ الألماني …"، "أردوغان")."""
    name = phrase.name
    return phrase.title or (name is not None and v.entity_label(name[0]) == "PER")


def _subject_speaks(v: DocView, subject: Phrase) -> bool:
    """A subject before an inner cue may speak as a party of people as well ("إن
    الجانبين الإيراني والأوروبي أكدا على"، "إن قادة الحلف طلبوا من"; words.tsv
    `speaking_group`, `people`): the outer clause already reports speech, so a plural of
    people before its cue is its speaker, where elsewhere it is as often a mere noun."""
    k = subject.start
    return (
        speaks(v, subject)
        or v.is_("speaking_group", k)
        or v.is_("people", k)
        or possessed_person(v, k)
    )


def _inner_speech(v: DocView, j: int, hit: CueHit) -> bool:
    """Whether an inner cue may report speech of a speaker outside its usual places:
    not a bare word that is as often a noun or preposition ("72 ألف طلب"، "عبر إدلب";
    "طالبت" and "وذكر" are verbs), and not in a relative clause ("الاستثمارات التي
    أعلنت قطر عن ضخها"، "ما أعلنه ترامب"), which names a thing, not what was said."""
    return not _bare_ambiguous(v, j, hit) and not _in_relative(v, j)


def _bare_ambiguous(v: DocView, j: int, hit: CueHit) -> bool:
    """A masculine cue with no proclitic that is as often a common word ("طلب"، "عبر")."""
    return hit.form.gender == "m" and not v.proclitics[j] and ambiguous(v, hit)


def _in_relative(v: DocView, j: int) -> bool:
    """ "التي أعلنت"، "ما أعلنه"، "هو من طلب المقابلة": a relative clause names a thing
    or a person, not what was said."""
    before = v.keys[j - 1].removeprefix("و")
    return before in RELATIVE_GENDER or before in ("ما", "من")


_SUBJUNCTIVE = frozenset({"ان", "بان", "لن", "كي", "لكي"})


def _inner_verb_first(
    v: DocView, j: int, hit: CueHit, end: int, quoted: bool
) -> tuple[Phrase, _Content] | None:
    """ "بعد أن قالت الولايات المتحدة إنها …"، "أن شركات أعربت عن …": a cue inside a
    reported clause with a speaker (a name, title or source) right after it; inside
    quotation marks only with a complementizer ("وقال ترامب "تفيد تقارير بأنه …")."""
    if v.keys[j][:1] in "يت" and v.keys[j - 1] in _SUBJUNCTIVE:
        return None  # "يقضي بأن يعترف الفاتيكان بـ…": what is to be done, not said
    if v.complementizer(j - 1) and v.enclitic[j - 1]:
        return None  # "إنه دعا ترامب لـ…": the pronoun is the subject, the name the object
    if "O" in hit.form.takes and subject_before(v, j) is not None:
        return None  # "إن واشنطن تحذر تركيا بأنها": the name after the cue is its object
    # "أكدت لي السلطات أنني …": an addressee (or a time word) may stand before the subject.
    p, _ = skip_adverbials(v, j + 1, end)
    phrase = noun_phrase(v, p, end, complements=complements(hit))
    if phrase is None or not speaks(v, phrase):
        return None
    content = cue_content(v, j, phrase.end, end, hit, False)
    if content is None or content[1] - phrase.end > OBJECT_GAP:
        return None
    if quoted and not v.complementizer(content[1]):
        return None
    return phrase, content
