"""The candidate speakers of a cue (the rules' phrases, earlier speakers, the
names of its sentence) and the ranker's choice among them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from operator import attrgetter

from rasd.document import Mention, Quote
from rasd.quotes.addressees import told_to
from rasd.quotes.byline import in_byline
from rasd.quotes.clues import entity_spans, verb_free
from rasd.quotes.honorifics import honorific_subject
from rasd.quotes.implicit import answering_subject, nearest_name, previous_subject
from rasd.quotes.named_subjects import named_subject_stays
from rasd.quotes.noun_gender import zero_speaker
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.number import holds_subject, one_person, plural_cue
from rasd.quotes.participle_agent import complement_speaker
from rasd.quotes.phrase_objects import plural_then_title
from rasd.quotes.ranker import Candidate, candidate_key, complement_next, features, plain_noun
from rasd.quotes.sources import attribution_before
from rasd.quotes.speaker_words import Phrase, title_tag, verb_alone
from rasd.quotes.speakers import speaker_mention
from rasd.quotes.state import EXCEPT, KANA, RELATIVE_GENDER, Choice, State, recent, token_at
from rasd.quotes.subjects import (
    after_opening_adverbial,
    relative_antecedent,
    sentence_subject,
    subject_before,
)
from rasd.quotes.titled_objects import titled_name
from rasd.quotes.verb_objects import object_of_clause
from rasd.quotes.view import CueHit, DocView
from rasd.quotes.wherein import statement_before
from rasd.text.normalize import strip_diacritics

SAID_CANDIDATES = 4  # earlier speakers offered to the ranker
ENTITY_CANDIDATES = 4  # names of the cue's sentence (one fewer of the previous) offered
ENTITY_REACH = 80  # tokens from the cue within which those names are looked for
PLACE_CANDIDATES = 2  # countries and cities of the cue's sentence offered ("تركيا تتهم")
NAME_AFTER_REACH = 4  # words between the phrase after the verb and a name that continues it
SUBJECT_HEAD = 2  # tokens before an issuer's name ("أصدرت شركة "بيجو-ستروين" بيانا")


def ranked_speaker(
    state: State, k: int, hit: CueHit, after: Phrase | None, quote: Quote, span: tuple[int, int]
) -> Mention | None:
    """The speaker the ranker prefers among the candidates (the rules' one without a
    ranker); records the candidates when training. A participle's speaker inside what
    its clause's verb governs gives way to that verb's subject ("علقت السفارة على زيارة
    … حسن نصرالله، واصفة")."""
    speaker = _ranked(state, k, hit, after, quote, span)
    # "وأضافت نتوقع أن"، "سجلات … متهما": a verb or a noun of another gender.
    speaker = zero_speaker(state, k, hit, speaker)
    agent = complement_speaker(state.view, k, hit, speaker)
    return speaker if agent is None else memo_mention(state.view, agent, hit.form.gender)


def _ranked(
    state: State, k: int, hit: CueHit, after: Phrase | None, quote: Quote, span: tuple[int, int]
) -> Mention | None:
    v = state.view
    rule = quote.speaker
    honorific = honorific_subject(v, k, after)
    if honorific:
        # "وأضاف معاليه … عقب لقائه … جون كيري إنه": "معاليه" is the subject and
        # stands for the person the news is about; the name after it is whom he met.
        carried = _honored(state, hit)
        if carried is not None and state.choices is None:
            return carried
        rule, after = carried, None
    if after is not None and holds_subject(v, k, hit):
        # "يقدرون عدد القتلى"، "يعتبرونه بمثابة": a plural or dual verb holds its
        # subject; the phrase after it is its object, never the speaker.
        if rule is not None and _within(v, rule, after):
            rule = None
        after = None
    # "قال لصحف محلية"، "يوضح لتل أبيب": whom the words were told, read after the cue.
    addressed = after if after is not None and told_to(v, after) else None
    if addressed is not None:
        if rule is not None and _within(v, rule, addressed):
            rule = None
        after = None
    # The subject before the verb is a candidate and decides `_subject_after_but`:
    # read once.
    before = subject_before(v, k)
    clause = object_of_clause(v, k, hit)
    if clause is not None and rule is not None and token_at(v, rule.start) < clause[1]:
        rule = None
    candidates = _candidates(state, k, hit, after, rule, before)
    kept: list[int] = []
    if (
        candidates
        and not _subject_after_relative(v, k, hit, after, span)
        and not _subject_after_but(v, k, hit, rule, before)
        and not _answer_subject(v, k, hit, rule)
    ):
        kept = [i for i in _not_objects(v, k, hit, candidates) if not _accusative(v, candidates[i])]
        if plural_cue(v, k, hit):
            # "وأكدوا"، "وأكدا"، "مؤكدين": a plural or dual cue is not the words of
            # one person the ranker links it to (its gender features let "p" agree with
            # anyone). The rules' own reading of the written subject stays: "كلا من
            # زعيم الحزب جيرمي كوربن ونائبه أشارا" names the one the gold takes.
            kept = [
                i
                for i in kept
                if "rule" in candidates[i].sources or not one_person(v, candidates[i].mention)
            ]
        if after is None:
            kept = _issuers(v, k, candidates, kept)
        if honorific:
            kept = [i for i in kept if candidates[i].mention.start < v.tokens[k].start]
        if addressed is not None:
            kept = [i for i in kept if not _within(v, candidates[i].mention, addressed)]
        if clause is not None:
            # "واسترجع المستشار … وصف ولي العهد": the clause's subject is the verb's.
            kept = [i for i in kept if not clause[0] <= candidates[i].token < clause[1]]
        if quote.audience is not None:
            # "وقال لوكالة الأنباء الفرنسية": whom the words were told did not say them.
            told = quote.audience
            kept = [i for i in kept if not told.start <= candidates[i].mention.start < told.end]
    # Features are worked out only for the candidates the ranker scores (the kept
    # ones, when more than one), unless training records them all: most cues keep
    # few, many none.
    found = rule is not None
    rows: list[dict[str, float]] | None = None
    if state.choices is not None:
        rows = [features(v, k, hit, c, found, span) for c in candidates]
        state.choices.append(Choice(quote, candidates, rows, kept))
    if state.ranker is None or not kept:
        return rule
    if len(kept) == 1:
        best = 0  # the ranker's only choice
    elif rows is not None:
        best = state.ranker.best([rows[i] for i in kept])
    else:
        best = state.ranker.best([features(v, k, hit, candidates[i], found, span) for i in kept])
    chosen = candidates[kept[best]]
    if "rule" in chosen.sources or named_subject_stays(v, k, rule, chosen.mention):
        return rule
    return chosen.mention


def _honored(state: State, hit: CueHit) -> Mention | None:
    """Whom an honorific subject stands for: the person the article names most (news
    of a prince or minister calls him "سموه", "معاليه" all through), else the last
    speaker of the cue's gender."""
    top = _protagonist(state.view)
    if top is not None:
        return memo_mention(state.view, Phrase(*top, name=top), hit.form.gender)
    for said in recent(state.said):
        if said.spoke and said.gender == hit.form.gender:
            return said.mention
    return None


def _issuers(v: DocView, k: int, candidates: list[Candidate], kept: list[int]) -> list[int]:
    """ "أصدرت الشركة بيانا قالت فيه": the subject of the verb that issued the statement
    "فيه" points to (`wherein`), written between that verb and the noun, or right
    before the verb ("وكان الجيش المصري قد أصدر بيانا"); the candidates unchanged when
    no candidate stands there ("خرج صلاح عن صمته ونشر تغريدة")."""
    found = statement_before(v, k)
    if found is None:
        return kept
    verb, noun = found
    after_verb = [i for i in kept if verb < token_at(v, candidates[i].mention.start) < noun]
    if after_verb:
        # The subject right after the verb (past a date), or none when only a name
        # inside it is a candidate ("أصدرت نقابة الصحف المطبوعة في اليابان بيانا").
        p = verb + 1
        while p < noun and (v.punct(p) or v.is_("time", p)):
            p += 1
        first = [i for i in after_verb if _heads_subject(v, candidates[i].mention, p)]
        return first or kept
    return [i for i in kept if _ends_before(v, candidates[i].mention, verb)] or kept


def _heads_subject(v: DocView, mention: Mention, p: int) -> bool:
    """The mention opens the subject at `p`, or follows one head word there that is no
    title ("شركة "بيجو-ستروين"", not "رئيس مجموعة العُمري ماجد …")."""
    start = token_at(v, mention.start)
    return p <= start <= p + SUBJECT_HEAD and not any(v.is_("title", i) for i in range(p, start))


def _ends_before(v: DocView, mention: Mention, verb: int) -> bool:
    """The mention ends at the verb, or before "قد" and the verb."""
    last = token_at(v, max(mention.start, mention.end - 1))
    return last == verb - 1 or (last == verb - 2 and v.keys[verb - 1] == "قد")


def _within(v: DocView, mention: Mention, phrase: Phrase) -> bool:
    return v.tokens[phrase.start].start <= mention.start < v.tokens[phrase.end - 1].end


def _subject_after_but(
    v: DocView, k: int, hit: CueHit, rule: Mention | None, phrase: Phrase | None
) -> bool:
    """ "…، إلا أن ناردين أكدت أنها": between "إلا أن"، "غير أن" or "بيد أن" and a
    verb stands the verb's subject alone, a name whether tagged or not; the rules'
    speaker is that name, and stands without the ranker. Not a description ("إلا أن
    مهاجم الريال أكد"), which the ranker may link to a name said before. `phrase`:
    the cue's `subject_before`."""
    if rule is None or hit.form.participle:
        return False
    if phrase is None or phrase.end != k or phrase.start < 2:
        return False
    a = phrase.start
    bare = phrase.end == a + 1 and not v.definite[a] and not v.is_("title", a)
    return (
        (phrase.name is not None or bare)
        and v.keys[a - 1] == "ان"
        and v.keys[a - 2] in EXCEPT
        and v.tokens[a].start <= rule.start < v.tokens[a].end
    )


def _answer_subject(v: DocView, k: int, hit: CueHit, rule: Mention | None) -> bool:
    """ "…، ليرد عليه ساويرس قائلا"، "…، ليمازحه أحد الصحفيين قائلا": the subject of
    the clause a "ل" or "ف" present verb opens speaks its participle; the rules'
    speaker stands without the ranker, which would go back to the clause before."""
    if rule is None or not hit.form.participle:
        return False
    phrase = answering_subject(v, k)
    return phrase is not None and v.tokens[phrase.start].start <= rule.start


def _not_objects(v: DocView, k: int, hit: CueHit, candidates: list[Candidate]) -> list[int]:
    """The candidates that may be the subject: not the verb's object (`_object_after`)
    and, once that object is known, not the noun before a comma and "و" ("…التي
    فرضتها الولايات المتحدة، واتهمت واشنطن بـ"): that verb opens a second clause
    whose subject is unsaid, unless the noun has spoken before."""
    kept = [i for i, c in enumerate(candidates) if not _object_after(v, hit, c)]
    if len(kept) < len(candidates) and v.proclitics[k] and v.punct(k - 1, "،,"):
        kept = [
            i
            for i in kept
            if "before" not in candidates[i].sources or "said" in candidates[i].sources
        ]
    return kept


def _accusative(v: DocView, c: Candidate) -> bool:
    """An indefinite common noun with the accusative ending ("وتصنفهم جميعا"، "أبدى
    انفتاحا"، "أبدت نوعا من الليونة"): an adverb or an object, unless a particle before
    it makes it the accusative subject ("إن مسؤولا"، words.tsv `accusative_subject`)."""
    i = c.token
    key = v.keys[i]
    if "described" in c.sources:
        return False  # an accusative noun a present verb describes speaks all the same
    if c.mention.attrs.get("anonymous") or c.mention.attrs.get("role") or len(key) < 4:
        return False
    if not key.endswith("ا") or key.endswith(_NOT_ACCUSATIVE) or v.definite[i]:
        return False
    if strip_diacritics(v.texts[i]).endswith("أ"):
        return False  # "مبدأ": a hamza, no case ending
    if v.is_("accusative_subject", i - 1) or key in _named_words(v):
        return False
    return plain_noun(v, i)


def _named_words(v: DocView) -> frozenset[str]:
    """The words of the document's tagged names: a foreign name that ends in an alef
    ("قال ألبا" after "جوردي ألبا") is no accusative noun."""
    known = v.memo.get("named_words")
    if known is None:
        spans = v.entity_at or {}
        known = v.memo["named_words"] = frozenset(v.keys[k] for k in spans)
    return known


# Endings of a final alef that is no case ending: a pronoun ("تحقيقاتها"، "بلادنا"),
# a plural verb ("أطلقوا").
_NOT_ACCUSATIVE = ("ها", "نا", "وا")


def _object_after(v: DocView, hit: CueHit, c: Candidate) -> bool:
    """ "واتهمت واشنطن بمحاولة تقويض …": a verb that never goes without its object
    (takes M) with one noun phrase between it and its preposition: that phrase is the
    object, and the subject is left unsaid (an earlier clause's). Not a phrase that
    holds both: a title with the object after it ("اتهم وزير الإعلام الفنزويلي
    المعارضة بـ"; a title and the name it heads are one object, `titled_name`), a
    name with a reflexive object ("ووصف الدوسري نفسه بأنه")."""
    if "M" not in hit.form.takes or "after" not in c.sources or hit.has_object:
        return False
    if ("role" in c.mention.attrs or v.is_("title", c.token)) and not titled_name(v, c):
        return False
    last = next((j for j in range(c.token, v.n) if v.tokens[j].end >= c.mention.end), c.token)
    return v.keys[last] not in _SELF and complement_next(v, c, hit)


# Reflexive objects ("وصف نفسه"، "ووصف الدوسري نفسه بأنه"): the subject stands before.
_SELF = frozenset({"نفسه", "نفسها", "انفسهم", "انفسهن", "نفسيهما"})


def _subject_after_relative(
    v: DocView, k: int, hit: CueHit, after: Phrase | None, span: tuple[int, int]
) -> bool:
    """ "جماعة غولن، التي تتهمها تركيا بـ…"، "الطائرة التي تقول إسرائيل إنها": a verb
    right after a relative pronoun with its subject after it. That subject speaks; the
    noun the pronoun stands for is the verb's object (the verb's pronoun stands for
    it) or what was said (a verb of saying whose complementizer follows the phrase).
    Otherwise the antecedent may be the subject and the phrase its object ("تركيا التي
    تعتبر القوة الكردية امتدادا"): the ranker chooses."""
    if after is None or k < 1:
        return False
    relative = v.keys[k - 1]
    if relative not in RELATIVE_GENDER and relative != "ما":
        return False
    said = "O" not in hit.form.takes and any(v.complementizer(j) for j in (span[0] - 1, span[0]))
    return hit.has_object or said


# "رسالة يدين فيها"، "بيانا قالت فيه": the noun is where someone else speaks.
_WHEREIN = frozenset({"فيه", "فيها", "فيهما", "فيهم"})
DESCRIBED_HEAD = 3  # words of an indefinite phrase before its describing verb
# Documents whose maker speaks what they say (written_calls.py, qrecall).
_DOCUMENTS = ("written_call", "written_call_f", "written_call_head")


def described(v: DocView, k: int, hit: CueHit) -> Phrase | None:
    """ "لافتات تطالب"، "تقارير تتحدث عن"، "حكمة قديمة تقول"، "عواصم أوروبية تعتقد":
    a present verb right after an indefinite noun phrase it agrees with is a clause
    describing that noun (Arabic puts no relative pronoun after an indefinite one), so
    the banner, report, saying or crowd the noun names is what speaks; a noun in ة or
    ات takes a verb in ت. The phrase is offered to the ranker (source `described`),
    not when its head is unclear (a longer run of bare words before it), nor for a
    document of words.tsv `written_call` ("مشروع قانون يدعو"), whose maker speaks
    (`written_calls.py`)."""
    if hit.form.participle or hit.has_object or v.proclitics[k] or k < 1:
        return None
    key = v.keys[k]
    if not (key[:1] == "ي" or (key[:1] == "ت" and not key.endswith("ت"))):
        return None  # a past verb ("أكدت") has its own subject or a pronoun's
    if k + 1 < v.n and v.keys[k + 1] in _WHEREIN:
        return None
    i = k - 1
    if not _indefinite_noun(v, i):
        return None
    feminine = v.keys[i].endswith(("ة", "ات"))
    if feminine != (key[:1] == "ت"):
        return None
    start = i
    while start > i - DESCRIBED_HEAD + 1 and _indefinite_noun(v, start - 1):
        if _accusative_end(v, start) and not _accusative_end(v, start - 1):
            return None  # "تقرأ بصوت مرتفع بيانا يطالب": the noun is what they read
        start -= 1  # "دراسات علمية دقيقة تشير"، "عواصم أوروبية تعتقد": head and adjectives
    if _phrase_goes_on(v, start - 1) or (start > 0 and v.tokens[start - 1].kind == "number"):
        return None  # "ودعوات مقابلة تحث"، "وثيقة من 10 صفحات تتهم": its head is not known
    if any(v.is_(words, j) for j in range(start, k) for words in _DOCUMENTS):
        return None  # "مشروع قرار دولي يتهم": a document its maker speaks through
    return Phrase(start, k)


# Prepositions, after which a word that is both verb and noun is the noun ("في تطور").
_NOUN_PREPOSITIONS = frozenset({"في", "من", "على", "الى", "عن", "مع"})


def _indefinite_noun(v: DocView, i: int) -> bool:
    """A noun with no article, clitic or pronoun in the cue's sentence."""
    return _bare_word(v, i) and not v.proclitics[i] and not verb_alone(v, i)


def _phrase_goes_on(v: DocView, i: int) -> bool:
    """Whether the word at i may belong to the noun phrase after it: a noun with no
    article, with or without a clitic, or a word that is both noun and verb after a
    preposition ("في تطور سلبي يشير"); not a verb ("ورفعوا لافتات تندد")."""
    if not _bare_word(v, i) or v.stems[i].endswith("وا"):
        return False  # "ورددوا هتافات": a plural past verb
    after_preposition = i > 0 and v.keys[i - 1].removeprefix("و") in _NOUN_PREPOSITIONS
    return not verb_alone(v, i) or after_preposition


def _bare_word(v: DocView, i: int) -> bool:
    """A word of the next word's sentence with no article or pronoun, not a name (a
    name is no thing described), a cue, or a word that governs a noun ("وسط تقارير")."""
    if i < 0 or not v.word(i) or v.sent_of[i] != v.sent_of[i + 1]:
        return False
    if v.definite[i] or v.third_person[i] or v.name_like(i) or v.entity_label(i) is not None:
        return False
    if v.cue(i) is not None or v.complementizer(i):
        return False
    return not any(v.is_(words, i) for words in ("function", "time", "month", "cut", "opener"))


def _accusative_end(v: DocView, i: int) -> bool:
    """ "بيانا"، "قرارا": the accusative alef, on a word also written without it (not
    "بلادنا")."""
    key = v.keys[i]
    return key.endswith("ا") and not key.endswith(("ها", "وا")) and v.freq.get(key[:-1], 0) > 0


def _candidates(
    state: State,
    k: int,
    hit: CueHit,
    after: Phrase | None,
    rule: Mention | None,
    before: Phrase | None,
) -> list[Candidate]:
    v = state.view
    gender = hit.form.gender
    found: dict[str, Candidate] = {}

    # Candidate keys of earlier speakers, by the Mention's id (the Mention is kept with
    # its key, so that its id is not reused by another one).
    keys: dict[int, tuple[Mention, str]] = v.memo.setdefault("keys", {})

    def key_of(mention: Mention) -> str:
        known = keys.get(id(mention))
        if known is None:
            known = keys[id(mention)] = (mention, candidate_key(mention, v.doc.text))
        return known[1]

    def add(source: str, mention: Mention, token: int) -> Candidate | None:
        if v.is_("month", token_at(v, mention.start)):
            return None  # "وفي يونيو/حزيران قال": when it was said, not who said it
        if in_byline(v, token):
            return None  # "أحمد علي- سبق- القاهرة: أعلن موقع فيسبوك": who wrote it
        key = key_of(mention) if source == "said" else candidate_key(mention, v.doc.text)
        if not key:
            return None
        c = found.setdefault(key, Candidate(mention, token))
        c.sources.add(source)
        return c

    if rule is not None:
        add("rule", rule, token_at(v, rule.start))
    phrases = {
        "after": after,
        "before": before,
        "antecedent": relative_antecedent(v, k, gender),
        "sentence": sentence_subject(v, k),
        "previous": previous_subject(v, k, gender),
        "attribution": attribution_before(v, k),
        "nearest": nearest_name(v, k),
        "described": described(v, k, hit),
    }
    for source, phrase in phrases.items():
        phrase = verb_free(v, phrase) if phrase is not None else None
        if phrase is not None:
            add(source, memo_mention(v, phrase, gender), phrase.start)
    named = _name_after(v, after) if after is not None else None
    if named is not None:
        found[candidate_key(memo_mention(v, after, gender), v.doc.text)].name_follows = True
        add("after_name", memo_mention(v, Phrase(*named, name=named), gender), named[0])
    rank = 0
    offered: set[int] = set()  # continuations share their speaker's Mention
    for said in recent(state.said):
        if rank >= SAID_CANDIDATES:
            break
        if id(said.mention) in offered:
            continue
        offered.add(id(said.mention))
        known = key_of(said.mention)
        if known in found and found[known].said_rank is not None:
            continue  # the same speaker again, further back
        c = add("said", said.mention, token_at(v, said.mention.start))
        if c is not None and c.said_rank is None:
            c.said_rank, c.said_gender, c.said_spoke = rank, said.gender, said.spoke
            rank += 1
    opening = _sentence_opening(v, k)
    if opening is not None:
        add("opening", memo_mention(v, opening, gender), opening.start)
    sentence = v.sent_of[k]
    for wanted, source, limit, label in (
        (sentence, "entity_here", ENTITY_CANDIDATES, "speaker"),
        (sentence - 1, "entity_prev", ENTITY_CANDIDATES - 1, "speaker"),
        (sentence, "place_here", PLACE_CANDIDATES, "LOC"),
    ):
        spans = speakers_in_sentence(v, wanted, label)
        lo = bisect_right(spans, (k - ENTITY_REACH, v.n))
        hi = bisect_right(spans, (k + ENTITY_REACH, v.n))
        near = sorted((abs(a - k), a, b) for a, b in spans[lo:hi])
        for _, a, b in near[:limit]:
            add(source, memo_mention(v, Phrase(a, b, name=(a, b)), gender), a)
    top = _protagonist(v)
    if top is not None:
        add("protagonist", memo_mention(v, Phrase(*top, name=top), gender), top[0])
    return list(found.values())


_PHRASE_FIELDS = attrgetter(*Phrase.__slots__)


def memo_mention(v: DocView, phrase: Phrase, gender: str) -> Mention:
    """`speaker_mention`, worked out once per phrase and gender of a document (a cue's
    own speaker is its first candidate, and the cues of a sentence offer mostly the
    same candidates), handed out as a fresh copy each time, since a quote keeps its
    speaker and later completes it. The gender is only the mention's first attribute
    (`speaker_mention` reads nothing else by it), so a phrase offered to cues of
    either gender is worked out once and its copy takes the cue's gender, in place."""
    key = ("mention", _PHRASE_FIELDS(phrase))
    known = v.memo.get(key)
    if known is None:
        known = v.memo[key] = speaker_mention(v, phrase, gender)
    attrs = dict(known.attrs)
    attrs["gender"] = gender
    return Mention(known.start, known.end, known.canonical, attrs)


def _name_after(v: DocView, phrase: Phrase) -> tuple[int, int] | None:
    """The person or organisation named a few words after the phrase after the verb,
    in its clause: the name that phrase stopped before ("وقال مدير مكتبه السياسي ياسر
    دلوان"، "قالت شركة الاستشارات الألمانية رولاند بيرجر، التي ترعى الحدث")."""
    for a, b in speakers_in_sentence(v, v.sent_of[phrase.start]):
        if a < phrase.end:
            continue
        if a - phrase.end > NAME_AFTER_REACH or v.proclitics[a][-1:] == "ل":
            return None  # "… ياسر دلوان لفرانس برس": whom it was told
        gap = range(phrase.end, a)
        if any(plural_then_title(v, phrase.start, j) for j in gap):
            return None  # "وصف المصريون الممثل عمرو عبدالجليل": the name is the object's
        if all(v.punct(j, "،,") or (v.word(j) and _inside_phrase(v, j)) for j in gap):
            return a, b
        return None
    return None


def _inside_phrase(v: DocView, j: int) -> bool:
    """A word that may stand between a title and its holder's name (not the
    complement, another cue or an audience)."""
    return not (v.complementizer(j) or v.cue(j) is not None or v.is_("function", j))


def _sentence_opening(v: DocView, k: int) -> Phrase | None:
    """The noun phrase that opens the cue's sentence, past "و", "كان" and an opening
    adverbial, when it names someone or has a title ("الفنان رامز جلال نشر صورة …
    وعلق عليها قائلا")."""
    s = v.sent_of[k]
    if s < 0:
        return None
    first, _ = v.sent_bounds[s]
    first = after_opening_adverbial(v, first, k)
    if first < k and v.keys[first] in KANA:
        first += 1
    if first >= k:
        return None
    phrase = noun_phrase(v, first, k, allow_proclitic=False)
    if phrase is None or not (phrase.name is not None or phrase.title or phrase.anonymous):
        return None
    return phrase


def speakers_in_sentence(
    v: DocView, sentence: int, label: str = "speaker"
) -> list[tuple[int, int]]:
    """PER and ORG entity spans of a sentence (LOC ones for `label` "LOC"), indexed
    once per document, so that each cue costs its sentence's names, not the
    article's."""
    memo = f"by_sentence_{label}"
    if memo not in v.memo:
        wanted = ("PER", "ORG") if label == "speaker" else (label,)
        index: dict[int, list[tuple[int, int]]] = {}
        for a, b, lab in entity_spans(v):
            # "#الرئيس_الفلسطيني #محمود_عباس": a title tag tagged as a person is no name.
            if lab in wanted and not (b == a + 1 and title_tag(v, a)):
                index.setdefault(v.sent_of[a], []).append((a, b))
        v.memo[memo] = index
    return v.memo[memo].get(sentence, [])


def _protagonist(v: DocView) -> tuple[int, int] | None:
    """The first mention of the person the article names most often."""
    if "protagonist" not in v.memo:
        # The reporter of the byline is named once, and before anyone.
        people = [
            (a, b) for a, b, label in entity_spans(v) if label == "PER" and not in_byline(v, a)
        ]
        counts = Counter(v.stems[b - 1] for _, b in people)
        best = max(people, key=lambda s: (counts[v.stems[s[1] - 1]], -s[0]), default=None)
        v.memo["protagonist"] = best
    return v.memo["protagonist"]
