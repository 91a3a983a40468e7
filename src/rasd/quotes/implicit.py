"""Zero subjects: the speaker of a cue with no subject of its own, from the
clause's agent, an issuer, an attribution before it, or the previous speaker
who agrees with the verb.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.document import Mention
from rasd.quotes.clues import finite_verb, speaks
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.plural_agents import plural_agent
from rasd.quotes.sources import attribution_before, feminine_attribution_before
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.speakers import speaker_mention
from rasd.quotes.state import (
    BUT_PRONOUN,
    EXCEPT,
    IN_IT,
    KANA,
    Said,
    State,
    recent,
    token_at,
)
from rasd.quotes.subjects import (
    after_opening_adverbial,
    relative_antecedent,
    sentence_subject,
    subject_before,
)
from rasd.quotes.verb_speakers import verb_phrase
from rasd.quotes.view import CueHit, DocView
from rasd.quotes.what_called import NOUN_AFTER, called_by, verb_agrees, verb_gender
from rasd.quotes.written_calls import maker, written_call

PARTICIPLE_REACH = 6  # tokens back to the subject of a participle's verb
INHERIT_PARAGRAPHS = 2  # how far back a continuation looks for its speaker


def implicit(state: State, k: int, hit: CueHit, verbs: bool = True) -> Mention | None:
    """The speaker of a cue with no subject after it; `verbs`: whether a bare verb
    before it may stand for its subject (see `_subject_not_verb`)."""
    v = state.view
    sentence = v.sent_of[k]
    if hit.form.participle:
        answer = answering_subject(v, k)
        if answer is not None:
            return speaker_mention(v, answer, hit.form.gender)
        for said in recent(state.said):
            if v.sent_of[said.token] == sentence and _continues(said.gender, hit.form.gender):
                return said.mention  # "مضيفا": the clause's speaker
        if v.is_("noun_participle", k):
            # "علق راموس على حديث رونالدو بالقول": the name before is the object.
            near = _clause_agent(v, k) or _named_sentence_subject(v, k) or nearest_name(v, k)
        else:
            near = (
                _nearest_subject(v, k, hit.form.gender)
                or _named_sentence_subject(v, k)
                or _clause_agent(v, k, hit.form.gender)
                or _came_from(v, k)
                or (plural_agent(v, k) if hit.form.gender == "p" else None)
            )
        if near is not None:
            # "ودافعت إسرائيل عن هذا الإجراء قائلة": the subject of the clause's verb.
            return speaker_mention(v, near, hit.form.gender)
    else:
        referent = but_pronoun_referent(v, k, hit.form.gender)
        if referent is not None:
            # "ويُتهم الجيش السوري باستهداف المدنيين، لكنه يرد بأنه": the pronoun.
            return speaker_mention(v, referent, hit.form.gender)
        called = called_by(v, k, hit)
        if called is not None:
            # "لمواجهة ما وصفه بالعدوان": the subject of the verb before.
            return speaker_mention(v, called, hit.form.gender)
        antecedent = relative_antecedent(v, k, hit.form.gender) or _issuer(v, k)
        document = written_call(v, k, hit) if antecedent is None else None
        if document is not None:
            # "ومرر مجلس الأمن قرارا يطالب بـ…": the maker of the document speaks.
            agent = _clause_agent(v, document.start) or sentence_subject(v, document.start)
            antecedent = maker(document, agent)
        if antecedent is None and k + 1 < v.n and v.keys[k + 1] in IN_IT:
            # "نشرت السفارة الروسية … عدة تغريدات بموقع تويتر تقول فيها": what the
            # pronoun stands for was made by the subject of the verb before.
            antecedent = _clause_agent(v, k)
        if antecedent is not None:
            return speaker_mention(v, antecedent, hit.form.gender)
        before = _subject_not_verb(v, k, verbs)
        if before is not None and not _impersonal(v, k, before):
            return speaker_mention(v, before, hit.form.gender)
        if v.proclitics[k] in ("و", "ف") or v.keys[k][:1] in ("و", "ف"):
            subject = sentence_subject(v, k)
            if subject is not None:
                return speaker_mention(v, subject, hit.form.gender)
        for said in recent(state.said):
            if v.sent_of[said.token] == sentence and said.spoke:
                return said.mention  # "التي قال إنها": the sentence's speaker
        source = attribution_before(v, k) or feminine_attribution_before(v, k, hit)
        if source is not None:
            return speaker_mention(v, source, hit.form.gender)
    paragraph = v.para_of[k]
    topic = previous_subject(v, k, hit.form.gender)
    for rank, said in enumerate(recent(state.said)):
        if topic is not None and said.token < topic.start:
            break
        if v.para_of[said.token] < paragraph - INHERIT_PARAGRAPHS:
            break
        same = said.gender == hit.form.gender
        spoke = said.spoke or (rank == 0 and _just_named(state, said, sentence))
        if spoke and (same or (hit.form.participle and _agree(said.gender, hit.form.gender))):
            return said.mention
    # "واصلت السفيرة نيكي هايلي الضغط …. وقالت": the subject the previous sentence
    # told of, when no speaker came after it.
    return speaker_mention(v, topic, hit.form.gender) if topic is not None else None


def _subject_not_verb(v: DocView, k: int, verbs: bool) -> Phrase | None:
    """The subject before cue `k`, unless it is a bare verb ("تبتسم وهي تقول إنه"،
    "، تجلى فيه معجزة الوحي قال"): then none, and the earlier speaker is looked
    for; or the verb itself where `verbs`, since a present cue with no subject reads
    as impersonal and would be dropped (the ranked speaker drops the verb instead)."""
    before = subject_before(v, k)
    if before is None or verbs or not verb_phrase(v, before):
        return before
    return None


_THAT_PRONOUN = frozenset({"انه", "انها", "انهم"})


def but_pronoun(v: DocView, k: int) -> int | None:
    """The token of "لكنه"، "ولكنها"، "لكنهم" or of "أنه" after "إلا"/"غير"/"بيد"
    right before cue `k` (past "قد"), whose pronoun is the cue's subject."""
    b = k - 1
    if b > 0 and v.keys[b] == "قد":
        b -= 1
    if b < 0:
        return None
    if v.keys[b] in BUT_PRONOUN:
        return b
    if b > 0 and v.keys[b] in _THAT_PRONOUN and v.keys[b - 1] in EXCEPT:
        return b - 1
    return None


def but_pronoun_referent(v: DocView, k: int, gender: str) -> Phrase | None:
    """ "ويُتهم الجيش السوري باستهداف المدنيين، لكنه يرد بأنه"، "ودافع لافونتانت عن
    أدائه …، ولكنه قال": after "لكنه" (or "إلا أنه") the cue's subject is the pronoun,
    which stands for the subject of the sentence's main clause before it: the phrase
    right after the verb (or "كان") that opens the sentence, when the verb agrees with
    the pronoun (a plural subject after its verb takes a singular one: "وقال
    المسؤولون …، لكنهم"). Not the subject of a later verb, which may be in what was
    said ("وقال المالكي إن اختلافا قد حدث بين …، لكنه أشار") or a clause describing a
    noun ("كلمة … بثها التلفزيون، ولكنه قال"). None where the sentence opens another
    way, or with "لكنه": the earlier speakers decide then."""
    b = but_pronoun(v, k)
    s = v.sent_of[k]
    if b is None or s < 0:
        return None
    start = v.sent_bounds[s][0]
    if after_opening_adverbial(v, start, b) < b:
        return _opening_subject(v, start, b, gender)
    if s < 1:
        return None
    # "وكان رئيس وزراء العراق، حيدر العبادي، كشف … . لكنه طالب": the sentence before.
    return _opening_subject(v, *v.sent_bounds[s - 1], gender)


def _opening_subject(v: DocView, start: int, end: int, gender: str) -> Phrase | None:
    """The phrase right after the verb or "كان" that opens tokens start..end, when
    the verb agrees with `gender`, is no cue (its speaker is the sentence's, found
    with its whole name: "وقال مسؤول التخطيط في برنامج …، حفظي الحلبوسي، أن …،
    لكنه عبر") and the phrase can speak: not a place after a masculine verb, which
    is its object ("وغادر أفغانستان …. إلا أنه نفى"; a country takes a feminine
    verb). The phrase ends before a preposition ("وقضت المحكمة بسجن برونسون").
    After "لم/لن" the verb is the negated one ("ولم يشر لاعب الوسط جوردان هندرسون
    إلى …، ولكنه قال"): even a cue, which said nothing, and a present in ت is
    feminine; its subject counts only with a name, for a common noun there ("ولم
    يشر البيان"، "ولم تذكر الشرطة السبب") is mostly the body named as the speaker
    before, or its own phrase runs into the object."""
    first = after_opening_adverbial(v, start, end)
    negated = first + 1 < end and v.is_("verb_particle", first)
    first += negated
    if first >= end - 1 or (v.cue(first) is not None and not negated):
        return None
    if v.keys[first] not in KANA and not (finite_verb(v, first) or (negated and v.word(first))):
        return None
    form = "f" if negated and v.stems[first][:1] == "ت" else verb_gender(v, first)
    if gender != "p" and form not in (None, gender):
        return None
    phrase = noun_phrase(v, first + 1, end, complements=_PREPOSITIONS)
    if phrase is None or phrase.start != first + 1 or not _agent_speaks(v, phrase):
        return None
    if negated and phrase.name is None:
        return None  # "ولم تقل الشركة …، لكنها قالت": the body that spoke before, by name
    if gender == "m" and v.entity_label(phrase.start) == "LOC":
        return None
    return phrase


_PREPOSITIONS = frozenset({"ب", "ل"})


def _just_named(state: State, said: Said, sentence: int) -> bool:
    """ "ويتوقع روني جال، المحلل لدى شركة بيرنشتاين، حصول … . ويقدر أن": the subject
    of a cue that said nothing of its own, in the sentence before with no speaker
    after it, is who goes on speaking, though no quotation is his yet. Not one of the
    cue's own sentence, whose content may come later ("ويقول الشيخ مولاي، الذي …
    يرى أن راتبها …، لبي بي سي إن"). Such a phrase is often misread ("اتهم تقرير
    الوكالة"), so only a person the entity layer names or a title counts, and not the
    subject of a cue inside what someone said ("وكشف نانبرغ أن مولر طلب منه") or a
    relative clause ("المهمة التي طالبه مولر بها")."""
    v = state.view
    if v.sent_of[said.token] != sentence - 1:
        return False
    if said.token > 0 and v.keys[said.token - 1] in RELATIVES:
        return False
    if any(a <= said.token < b for a, b in state.covered):
        return False
    head = token_at(v, said.mention.start)
    return v.entity_label(head) == "PER" or bool(said.mention.attrs.get("role"))


def previous_subject(v: DocView, k: int, gender: str) -> Phrase | None:
    """For a cue that opens its sentence ("وقالت"), the named subject of the
    previous sentence when that sentence opens with a verb of the same gender."""
    s = v.sent_of[k]
    if s < 1 or v.sent_bounds[s][0] != k:
        return None
    start, end = v.sent_bounds[s - 1]
    first = after_opening_adverbial(v, start, end)
    verb = v.keys[first] if first < end else ""
    if first >= end or v.cue(first) is not None or not v.word(first):
        return None
    if v.is_("function", first) and verb not in KANA:
        return None  # "وكان جو جاكسون قد نشر": كان opens with its subject too
    if first == start and v.entity_label(first) is not None:
        return None  # "تيريزا ماي تخسر تصويتا": a name opens it, not a verb
    phrase = noun_phrase(v, first + 1, end)
    if phrase is None or phrase.name is None:
        return None
    return phrase if _opening_gender(v, first, k) == gender else None


def _opening_gender(v: DocView, verb: int, k: int) -> str:
    """The gender of the verb opening the previous sentence. A past verb ends in ت
    for a feminine subject (واصلت); a prefixed ت is also the masculine past of تحدث،
    تابع, so it is read as the feminine present only when the cue is one too: a
    story told in the present ("وتعيش ناتالي مجدلاني … في لبنان. وتقول")."""
    if v.keys[verb].endswith("ت"):
        return "f"
    cue = v.stems[k]
    present = v.stems[verb][:1] == "ت" and cue[:1] == "ت" and not cue.endswith("ت")
    return "f" if present else "m"


def nearest_name(v: DocView, k: int) -> Phrase | None:
    """ "لترفض أحلام قائلة": the participle's subject is the name just before it, the
    subject of a verb that is not a cue."""
    for i in range(k - 1, max(-1, k - PARTICIPLE_REACH - 1), -1):
        if v.punct(i) or v.cue(i) is not None:
            return None
        if v.entity_label(i) == "PER" or (v.entity_at is None and v.name_like(i)):
            phrase = noun_phrase(v, i, k)
            if phrase is not None and phrase.name is not None:
                return phrase
    return None


def _nearest_subject(v: DocView, k: int, gender: str) -> Phrase | None:
    """`nearest_name` when it can be the participle's subject: not a name after a
    preposition ("وكان الرئيس الأمريكي رد على روحاني محذرا") nor the subject of a verb
    of another gender ("أيدت ميركل الموعد الذي حدده ماكرون قائلة")."""
    phrase = nearest_name(v, k)
    if phrase is None or phrase.start < 1:
        return phrase
    i = phrase.start
    if v.proclitics[i][-1:] in ("ب", "ل") or v.keys[i - 1] in NOUN_AFTER:
        return None
    if finite_verb(v, i - 1) and not verb_agrees(v, i - 1, gender):
        return None
    if _in_relative_clause(v, i):
        return None
    return _verb_subject_before(v, phrase, gender) or phrase


VSO_REACH = 10  # tokens back from the object's name to the verb opening its clause


def _verb_subject_before(v: DocView, phrase: Phrase, gender: str) -> Phrase | None:
    """ "وشكر الرئيس عبد الفتاح السيسي الملك سلمان قائلا": in a verb-subject-object
    clause the name nearest the participle is the object; the subject is the named
    phrase right after the verb, when the verb agrees with the participle."""
    for f in range(phrase.start - 1, max(-1, phrase.start - VSO_REACH - 1), -1):
        if v.punct(f) or v.cue(f) is not None or v.proclitics[f][-1:] in ("ب", "ل"):
            return None
        if v.keys[f] in NOUN_AFTER or v.keys[f] in RELATIVES:
            return None
        if not finite_verb(v, f):
            continue
        if not verb_agrees(v, f, gender) or f + 1 >= phrase.start:
            return None
        first = noun_phrase(v, f + 1, phrase.start)
        if first is None or first.start != f + 1 or first.name is None:
            return None
        if not _another_person(v, first.name[1] - 1, phrase.start):
            return None
        return replace(first, end=first.name[1])  # not the object's title after it
    return None


def _another_person(v: DocView, a: int, b: int) -> bool:
    """Tokens a and b are in two person names the entity layer found, not one."""
    if v.entity_at is None or a >= b:
        return False
    first, second = v.entity_at.get(a), v.entity_at.get(b)
    return (
        first is not None
        and second is not None
        and first is not second
        and first.label == second.label == "PER"
    )


def _in_relative_clause(v: DocView, i: int) -> bool:
    """ "رفض جريصاتي الاعتذار الذي قدمه المشنوق قائلا": a name after "الذي/التي" and a
    verb is the relative clause's own subject; the antecedent is that verb's object, and
    the participle goes with the main clause's subject."""
    for j in range(i - 1, max(0, i - PARTICIPLE_REACH) - 1, -1):
        if v.punct(j) or v.cue(j) is not None:
            return False
        if finite_verb(v, j):
            return j > 0 and v.keys[j - 1] in RELATIVES
    return False


ANSWER_REACH = 5  # tokens from the participle back to the verb opening its clause
_TO_HIM = frozenset({"عليه", "عليها", "عليهم", "له", "لها", "لهم", "منه", "منها"})


def answering_subject(v: DocView, k: int) -> Phrase | None:
    """ "…، لترفض أحلام قائلة"، "…، ليرد عليه ساويرس قائلا"، "…، ليمازحه أحد الصحفيين
    قائلا": after a comma, a present verb with "ل" or "ف" opens a new clause whose
    subject, just before the participle, speaks it, not the speaker of the clause
    before."""
    for j in range(k - 2, max(-1, k - ANSWER_REACH - 1), -1):
        if v.punct(j) or v.cue(j) is not None:
            return None
        if not (v.punct(j - 1, "،,") and _present_after_particle(v.keys[j])):
            continue
        if v.lexicon.has("copula", v.keys[j][1:]):
            return None  # "ليكون زينيت مطالبا": the participle is the predicate
        start = j + 2 if v.keys[j + 1] in _TO_HIM else j + 1
        phrase = noun_phrase(v, start, k) if start < k else None
        if phrase is None or phrase.end != k:
            return None
        return phrase if phrase.name or phrase.title or phrase.anonymous else None
    return None


def _present_after_particle(key: str) -> bool:
    """ "لترفض"، "ليرد"، "فيرد"، "لتسألها": "ل" or "ف" and a present verb's prefix;
    not a verbal noun of the form تفعيل ("لتطبيق"، "لترتيب")."""
    if len(key) < 4 or key[0] not in "لف" or key[1] not in "يت":
        return False
    return not (key[1] == "ت" and len(key) == 6 and key[4] == "ي")


def _continues(said: str, participle: str) -> bool:
    """A participle continues an earlier speaker of its sentence whose cue agrees with
    it. A plural cue ("قولهم"، "أكدوا") has persons for subject, who take a plural
    participle: "ونقلت صحيفة "تلغراف" عن شهود قولهم إن …، مشيرة" is the paper's."""
    return said == participle or participle == "p"


def _agree(a: str, b: str) -> bool:
    """Genders of a speaker and a later verb: "مشيرة" does not continue "قال"."""
    return a == b or "p" in (a, b)


def _issuer(v: DocView, k: int) -> Phrase | None:
    """ "أصدرت الوزارة بيانا أكدت فيه أن …", "أصدر عدد من الأحزاب بيانات عبروا فيها
    عن …": the statement's issuer, the subject of the verb before it, speaks."""
    if k + 1 >= v.n or v.keys[k + 1] not in IN_IT or not v.is_("situation", k - 1):
        return None
    s = v.sent_of[k]
    first = v.sent_bounds[s][0] if s >= 0 else 0
    if first >= k - 2:
        return None
    while first < k - 2 and v.is_("function", first):
        first += 1  # "كما أصدر"
    # Verb first ("وأصدرت الوزارة"), or the issuer first ("الوزارة أصدرت").
    start = first if v.definite[first] or v.name_like(first) else first + 1
    phrase = noun_phrase(v, start, k - 1)
    return phrase if phrase is not None and phrase.end <= k - 1 else None


def _impersonal(v: DocView, k: int, before: Phrase) -> bool:
    """ "قتل 7 يرجح أنهم …": a present cue right after words that name no one (no
    name, title, source or entity) is the impersonal "it is thought"."""
    if not v.keys[k].startswith("ي") or before.name is not None:
        return False
    hit = v.cue(k)
    if hit is not None and hit.form.gender == "p":
        return False  # "معظم المحللين يرون أن": a plural verb agrees with its subject
    if before.title or before.anonymous or v.is_("source_head", before.start):
        return False
    return all(v.entity_label(j) is None for j in range(before.start, before.end))


AGENT_REACH = 40  # tokens back from a participle to the verb whose subject it shares
AGENT_VERBS = 2  # verbs looked at, the nearest first


def _clause_agent(v: DocView, k: int, gender: str | None = None) -> Phrase | None:
    """The subject of the verb before a participle in its sentence, a name, title or
    source after the verb or before it ("بينما نفت كولومبيا هذه الاتهامات قائلة"،
    "وأعلنت الحكومة في بكين عن خطة …، مهددة"، "لكن بومبيو أبدى انفتاحا …، قائلا")."""
    s = v.sent_of[k]
    if s < 0:
        return None
    start = v.sent_bounds[s][0]
    verbs = 0
    for j in range(k - 1, max(start, k - AGENT_REACH) - 1, -1):
        if v.punct(j, ":") or j in v.region_at:
            return None  # what someone said has its own subjects
        if not finite_verb(v, j):
            continue
        # "أيدت ميركل الموعد الذي حدده ماكرون قائلة": a verb of another gender has
        # another subject.
        if gender is None or verb_agrees(v, j, gender):
            # "الاعتذار الذي قدمه المشنوق": the relative clause's own subject is not
            # the participle's.
            after = None if j > 0 and v.keys[j - 1] in RELATIVES else noun_phrase(v, j + 1, k)
            for subject in (after, subject_before(v, j)):
                if subject is not None and _agent_speaks(v, subject):
                    return subject
        verbs += 1
        if verbs >= AGENT_VERBS:
            return None
    return None


def _agent_speaks(v: DocView, phrase: Phrase) -> bool:
    """A speaker phrase, or one holding a name ("دولة الإمارات")."""
    named = any(v.entity_label(i) is not None for i in range(phrase.start, phrase.end))
    return speaks(v, phrase) or named


CAME_REACH = 4  # tokens from a verb of coming to the "من" of whom it came from


def _came_from(v: DocView, k: int) -> Phrase | None:
    """ "إلا أن الرد أتاه سريعاً من وزير العدل، سليم جريصاتي، …، مشدداً": a reply that
    came from someone; that person, after "من", speaks the participle."""
    s = v.sent_of[k]
    if s < 0:
        return None
    for j in range(v.sent_bounds[s][0], k):
        if not v.is_("came", j):
            continue
        for m in range(j + 1, min(k, j + CAME_REACH)):
            if v.keys[m] == "من":
                phrase = noun_phrase(v, m + 1, k)
                if phrase is not None and _agent_speaks(v, phrase):
                    return phrase
    return None


def _named_sentence_subject(v: DocView, k: int) -> Phrase | None:
    """The sentence's subject when it is a name the entity layer knows ("ودافعت
    إسرائيل عن هذا الإجراء قائلة"), after a title too ("ونشر الفنان تامر حسني
    صورة …، وعلق عليها قائلا")."""
    phrase = sentence_subject(v, k)
    if phrase is None:
        return None
    named = phrase.name is not None and v.entity_label(phrase.name[0]) is not None
    if not named and v.entity_label(phrase.start) is None:
        return None
    return phrase
