"""A reporting cue's quotation (قال، أكد، مضيفا…): its speaker after or before the
verb, relays (نقل عن), postposed speakers, quoted names; its content comes from
content.py and its candidate speakers from candidates.py.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from rasd.document import Mention
from rasd.quotes.asides import describes_subject
from rasd.quotes.candidates import memo_mention, ranked_speaker
from rasd.quotes.circumstances import skip_adverbials
from rasd.quotes.clause_cuts import writer_denies
from rasd.quotes.clues import ambiguous, hides_own_name, in_title, scan_limit, seat, speaks
from rasd.quotes.content import counted_among, cue_content
from rasd.quotes.cue_complements import complements, prepositional
from rasd.quotes.implicit import implicit
from rasd.quotes.inner import inner_quotes, quoted_inside
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.phrase_objects import plural_then_title
from rasd.quotes.regions import (
    before_complementizer,
    judged,
    named_object,
    quotation_before,
    quoted_subject,
    region_words,
)
from rasd.quotes.speaker_words import Phrase, accusative, verbal_noun
from rasd.quotes.speakers import speaker_mention
from rasd.quotes.state import (
    BUT_PRONOUN,
    CONTINUATION_MIN_WORDS,
    IN_IT,
    KANA,
    RELATIVE_GENDER,
    Said,
    State,
    make_quote,
    overlaps,
    recent,
    record,
    remember,
)
from rasd.quotes.subjects import relative_antecedent, subject_before
from rasd.quotes.view import CueHit, DocView
from rasd.text.normalize import match_key

RELAY = "عن*"  # in cues.tsv: the speaker follows عن (نقل عن)
RELATIVE_REACH = 60  # tokens searched for the comma that closes a relative clause


def cue_quotes(state: State) -> None:
    v = state.view
    cues = v.cue_positions()
    k = 0
    while (i := bisect_left(cues, k)) < len(cues):
        k = cues[i]  # the next token from k on that may be a cue
        hit = v.cue(k)
        if hit is None or k in v.region_at:
            k += 1
            continue
        k = _one_cue(state, k, hit) or k + 1


def _one_cue(state: State, k: int, hit: CueHit) -> int | None:
    """Handles the cue at k; returns where to continue, or None for k + 1."""
    v = state.view
    if hit.form.participle and v.is_("adverb", k) and not _renews(v, k, hit):
        return None  # "وأثارت مجددا الجدل": "again", not "renewing" a statement
    if _amounting(v, k, hit) or seat(v, k, hit) or hides_own_name(v, k):
        return None
    if k >= 3 and v.punct(k - 3, "،,") and writer_denies(v, k - 2):
        return None  # "…، لكنها لم تتحدث صراحة عن …": what was not said
    end = scan_limit(v, k)
    if k > 0 and v.keys[k - 1] in RELATIVE_GENDER:
        # "ساركوزي، الذي ينفي …، تهم "…"": a relative clause ends at its comma.
        end = next((j for j in range(k, min(end, k + RELATIVE_REACH)) if v.punct(j, "،,")), end)
    gender = hit.form.gender
    phrase: Phrase | None = None
    audience = None
    p = k + 1
    if not hit.form.participle:
        # "أصدرت بيانا أكدت فيه وقوع …": "فيه" (in it) stands between the cue and its
        # subject or, when the issuer is the subject, its content.
        # "وطلب منها الصندوق إلغاء الدعم": whom a request is made of, as a pronoun.
        in_it = k + 1 < end and (
            v.keys[k + 1] in IN_IT or ("O" in hit.form.takes and v.keys[k + 1] in _OF_HIM)
        )
        p, audience = skip_adverbials(v, k + 1 + in_it, end)
        phrase = noun_phrase(v, p, end, complements=complements(hit))
        if phrase is not None and in_it and "N" in hit.form.takes and not speaks(v, phrase):
            phrase, p = None, k + 2
        elif phrase is not None and "N" in hit.form.takes and v.is_("needed", phrase.start):
            phrase, p = None, k + 1  # "وأكد ضرورة الإسراع": what he stressed
        if phrase is not None and _oblique_plural(v, phrase, hit):
            phrase = None  # "ودعت المصابين إلى": whom she called on, not who called
        elif (
            phrase is not None
            and phrase.start == k + 1
            and _feminine_after_masculine(v, phrase, hit)
        ):
            phrase = None  # "دعا الولايات المتحدة إلى": whom he called on
        elif phrase is not None:
            phrase.end = _feminine_object(v, phrase, hit) or phrase.end
        if phrase is not None:
            p = phrase.end
            subject = (
                subject_before(v, k) if in_title(v, k) else _past_relative(v, k, hit)
            ) or _subject_before_qad(v, k, hit)
            if subject is not None:
                # Headlines put the subject first: "كوريا الشمالية تطالب أمريكا
                # بالاعتذار"، "تركيا تؤكد استمرار عملية عفرين"; the phrase after the
                # verb is its object, or what was said. So does a subject with a
                # relative clause before a verb that takes an object ("أغلب الآباء
                # الذين تحدثنا إليهم وصفوا سوريا بأنها").
                phrase, p = subject, k + 1
    if phrase is None and not hit.form.participle:
        # "ويقول المقبل إن": a name the adverbial skip took for a time word.
        phrase = _bare_subject(v, k + 1 if _whole_name(v, k + 1) else p, end)
        p = phrase.end if phrase is not None else p
    p2, later_audience = skip_adverbials(v, p, end)
    audience = audience or later_audience
    if phrase is not None and phrase.name is not None:
        p2 = _past_apposed_title(v, p2, end, hit)
    if phrase is not None:
        p2 = _past_post_body(v, phrase, p2, end, hit)
    relay = None
    if RELAY in hit.form.takes:
        # "نقلت وكالة رويترز عن مسؤول قوله إن …": the speaker is after عن; the
        # agency that relays the words is kept on the speaker as "via".
        if phrase is not None:
            phrase, p2 = _relay_before_source(v, phrase, p2)
        source = _relay_from(v, p2, end)
        relay, phrase = phrase, _relayed(v, source, end)
        if phrase is not None:
            after = _after_relayed(v, phrase.end, end)
            # The verb agrees with the medium that relays ("نقلت الغارديان"); the
            # speaker's gender is on "قوله"، "قولها", for a later "واصفا".
            gender = _relayed_gender(v, phrase.end, after) or gender
            p2, _ = skip_adverbials(v, after, end)
        elif relay is not None and source < end and v.keys[source] in _FROM_HIM:
            # "ونقل مكتب العبادي عنه قوله": the source is someone named before.
            p2, _ = skip_adverbials(v, _after_relayed(v, source + 1, end), end)
        else:
            return None
    if (
        phrase is None
        and ambiguous(v, hit)
        and not hit.form.participle
        and not _read_as_verb(v, k, p2, hit.form.takes)
    ):
        return None  # "عبر" with no subject is the preposition "via"
    if phrase is None and _impersonal_belief(v, k, hit):
        return None  # "ويعتقد أن أكثر من 500 مدني قتلوا": يُعتقد, it is believed
    if _it_turned_out(v, k, hit, phrase):
        return None  # "وتبين لاحقا أن غالبيتهم …": تبيّن, it became clear
    if "S" in hit.form.takes and (phrase is None or not _documents(v, phrase)):
        return None
    if "A" in hit.form.takes and _thing_acts(v, k, hit, phrase):
        return None
    if "C" in hit.form.takes and phrase is not None and _court(v, phrase):
        return None  # "أدانت محكمة بريطانية رجلاً": convicted, not condemned
    if counted_among(v, k, p2, end, hit):
        return None  # the passive: its noun is no speaker, even for a later "مضيفا"
    content = cue_content(v, k, p2, end, hit, phrase is None)
    if content is not None and v.keys[k] == "وبين" and not _that_opens(v, p2, content[1]):
        return None  # "وبين الأفلام القصيرة فاز …": among, not "and he showed that"
    if content is not None and _considered_as(v, k, hit, content[1], p2, phrase):
        return None
    named = named_object(v, hit, phrase)
    if named is not None:
        # "واعتبر تنظيم النسل "خيانة"": the phrase was the object, the speaker unsaid.
        reg = v.regions[named]
        phrase, content = None, ("direct", reg.first, reg.last, named)
    if content is None and phrase is not None and "N" in hit.form.takes:
        # "وتنفي إيران السعي لزعزعة …": a name takes no genitive; what follows the
        # name that opens the phrase is what was denied or stated.
        name_end = _opening_entity_end(v, phrase)
        if name_end is not None:
            content = cue_content(v, k, name_end, end, hit, False)
            if content is not None:
                phrase = Phrase(phrase.start, name_end, name=(phrase.start, name_end))
    if content is None and phrase is not None and speaks(v, phrase):
        content = _postposed(state, k, hit, p2)
    if content is None:
        if phrase is not None:
            # A speaker with no content still speaks for a later "مضيفا".
            remember(state, Said(speaker_mention(v, phrase, gender), gender, k, False))
        return None
    phrase = quoted_subject(v, k, phrase) or phrase
    if phrase is not None:
        phrase = _holder_ahead(v, phrase, content[1] - 1) or phrase
    speaker = memo_mention(v, phrase, gender) if phrase is not None else implicit(state, k, hit)
    if phrase is not None and v.keys[phrase.start - 1] in _DEMONSTRATIVES:
        speaker = _referent(state, phrase) or speaker  # "عن تلك المصادر": those sources
    if speaker is not None and relay is not None:
        speaker.attrs["via"] = v.doc.text[v.tokens[relay.start].start : v.tokens[relay.end - 1].end]
    kind, first, last, region = content
    if kind == "indirect" and speaker is None and _impersonal_present(v, k):
        return None  # "يشير إلى أن", "يعتقد أن": impersonal (passive) present
    # "وصفه بالكاذب" describes someone; "ما وصفه بالخطأ" says what was called so.
    # A charge with its object pronoun is still speech ("التي تتهمها تركيا بتنظيم …").
    described = (
        hit.has_object
        and v.lexicon.has("describing", match_key(hit.form.lemma))
        and not (k > 0 and v.keys[k - 1] == "ما")
        and not judged(v, hit, phrase)
    )
    if kind == "indirect" and described and not v.complementizer(first):
        return None
    quote = make_quote(v, kind, first, last, k, speaker, audience)
    if quote is None:
        return None
    if any(q.start == quote.start and q.end == quote.end for q in state.quotes):
        # "وأردف قائلا: "…""، "وقال عبر تويتر: "…"": a second cue of the same words.
        return last if region is None else None
    if state.ranker is not None or state.choices is not None:
        speaker = quote.speaker = ranked_speaker(state, k, hit, phrase, quote, (first, last))
    record(state, quote, (first, last), region)
    if region is None:
        quoted_inside(state, first, last, quote, hit)
    if speaker is not None:
        remember(state, Said(speaker, gender, k))
    # Cues inside an indirect clause or an unmarked direct one ("قال: …") are part
    # of what was said ("يعتقدون أن"); inside marks they are skipped as quoted. A
    # past cue with its own subject inside is a quotation inside the quotation.
    inner_quotes(state, first, last, quoted=region is not None)
    _relative_cues(state, k, first)
    return last if region is None else None


def _considered_as(
    v: DocView, k: int, hit: CueHit, first: int, p: int, phrase: Phrase | None
) -> bool:
    """ "وتعتبر هذه أول زيارة"، "يعتبر سفيراً رياضياً": a present cue of considering
    whose content opens right after the verb with a demonstrative or an indefinite
    accusative is the passive "يُعتبر" (is considered): the writer describes (a word of
    rank: content.counted_among). The active verb has a subject and then an object
    ("وتعتبر أنقرة الحزب منظمة إرهابية")."""
    if first != p or hit.form.participle or hit.form.gender == "p":
        return False
    if not v.lexicon.has("considering", match_key(hit.form.lemma)):
        return False
    if not v.stems[k].startswith(("ي", "ت")):
        return False
    if phrase is not None:
        # "التحالف … يعتبر الميناء ممرا"، "ويعتبر الخبراء هذه الخطوة تصعيدا": the
        # subject stood before, and the phrase is the object of the active verb;
        # "وتعتبر الصادرات طوق النجاة لمصر": a bare noun right after a subject that
        # cannot speak is what it is considered.
        # "الولايات المتحدة التي تعتبر الحزب منظمة ارهابية": the relative's antecedent
        # is the subject.
        after_relative = k > 0 and v.keys[k - 1] in RELATIVES
        return (
            _bare_predicate(v, first)
            and not after_relative
            and not speaks(v, phrase)  # "وتعتبر أنقرة حزب الاتحاد الديمقراطي منظمة"
            and subject_before(v, k) is None
        )
    if v.keys[first] in _DEMONSTRATIVES:
        return True  # "وتعتبر هذه أول زيارة"
    bare_accusative = (
        not v.proclitics[first]
        and not v.definite[first]
        and not v.enclitic[first]  # "تعتبر نفسها": herself, the object
        and v.keys[first].endswith("ا")
        and v.entity_label(first) is None
    )
    return accusative(v, first) or bare_accusative


def _bare_predicate(v: DocView, j: int) -> bool:
    """An indefinite noun in the nominative ("نافذة"، not "ممرا"), no name, and no أن
    right after it (the end of a subject cut short: "دعاة التوسع في صناعة السيارات
    ذاتية القيادة أن")."""
    that_follows = any(v.complementizer(i) for i in range(j + 1, min(j + PREDICATE_REACH, v.n)))
    return (
        not that_follows
        and v.word(j)
        and not v.proclitics[j]
        and not v.definite[j]
        and not v.enclitic[j]
        and not v.keys[j].endswith("ا")
        and v.keys[j] not in _DEMONSTRATIVES
        and v.entity_label(j) is None
        and not v.complementizer(j)
        and v.cue(j) is None
    )


APPOSED_TITLE_REACH = 12  # tokens of a title between commas after the speaker's name
_NAME_MARKS = '"«»“”'


def _past_apposed_title(v: DocView, p: int, end: int, hit: CueHit) -> int:
    """ "ودعا نيكولاي ملادينوف، المنسق الخاص لعملية السلام …، إلى التنديد": a title
    (or a definite description) between commas after the name is the speaker's; read as
    whom he called on, its "لـ" opened the content. Past the closing comma and the time
    words after it when the cue's complement comes next ("أكد ديفيد فريدمان، سفير …،
    مساء الخميس، على أن"); up to "أن" when no comma closes the title ("وأكد سيدريك
    سواريس مدافع المنتخب البرتغالي أن"), which a verb taking a bare verbal noun would
    otherwise take for what was said. Else p."""
    # p == end: the text stops at the comma after the name ("وقال مبارك،").
    if p < 1 or p >= end or v.entity_label(p) is not None:
        return p
    comma = v.punct(p - 1, "،,")
    head = v.is_("title", p) or v.is_("apposed", p)
    if not (head or (comma and v.definite[p] and not v.proclitics[p])):
        return p
    for j in range(p + 1, min(end, p + APPOSED_TITLE_REACH)):
        if v.punct(j, "،,"):
            q = skip_adverbials(v, j + 1, end)[0]
            after = q < end and (
                v.keys[q] in hit.form.complements
                or v.complementizer(q)
                or ("N" in hit.form.takes and v.is_("needed", q))  # "…، ضرورة إنشاء"
            )
            return q if after else p
        if v.complementizer(j):
            return j - 1 if v.keys[j - 1] in hit.form.complements else j
        if v.punct(j, _NAME_MARKS):
            continue  # a body's quoted name: "رئيسة المجلس الأعلى "مجلس الاتحاد"، …"
        if v.punct(j) or v.cue(j) is not None or v.is_("needed", j):
            return p
    return p


def _past_post_body(v: DocView, phrase: Phrase, p: int, end: int, hit: CueHit) -> int:
    """ "وصرح المتحدث الأمني بوزارة الداخلية بأنه"، "وأفادت مراسلة الجوهرة بالجهة أن": the
    body or place after a title's ب is where the speaker serves; a cue taking ب read it
    as what was said. Up to the complementizer that follows (else p)."""
    if p >= end or "ان" not in hit.form.takes or not v.proclitics[p].endswith("ب"):
        return p
    body = v.entity_label(p) not in (None, "PER")  # "بسام راضي" is a name, not ب + body
    if v.complementizer(p) or not (body or v.is_("post_body", p)):
        return p
    if not any(v.is_("title", j) or v.is_("naming", j) for j in range(phrase.start, phrase.end)):
        return p
    for j in range(p + 1, min(end, p + APPOSED_TITLE_REACH)):
        if v.complementizer(j):
            return j
        if (v.punct(j) and not v.punct(j, "،,")) or v.cue(j) is not None:
            return p
    return p


_AS = frozenset({"كما", "وكما"})


def _postposed(
    state: State, k: int, hit: CueHit, after: int
) -> tuple[str, int, int, int | None] | None:
    """ ""يحتاج يامن وقتاً طويلاً"، كما قال لنا أحد المعالجين."، "… "إرهابية" كما لفت
    مراقبون.": "كما" and a cue with its subject closing the sentence say who said what
    came before: the quotation just before, else the sentence up to "كما"."""
    v = state.view
    if k < 1 or v.keys[k - 1] not in _AS or hit.has_object:
        return None  # "كما يرويها الإنجيل": as the Bible tells it (the story), not speech
    s = v.sent_of[k]
    first, end = v.sent_bounds[s] if s >= 0 else (0, v.n)
    if after < end and not v.punct(after, ".!?؟"):
        return None  # the clause goes on: "كما قال X" opens what X said next
    r = quotation_before(state, k - 1, first)
    if r is not None:
        return "direct", v.regions[r].first, v.regions[r].last, r
    j = k - 1  # "كما"
    if j - first <= CONTINUATION_MIN_WORDS or overlaps(state, first, j):
        return None
    return "indirect", first, j, None


def _relative_cues(state: State, k: int, first: int) -> None:
    """The cue of a relative clause between the speaker and the content, passed over
    by the main cue, still speaks ("نددت واشنطن، التي طالبت بالجلسة، بإطلاق …")."""
    v = state.view
    for j in range(k + 2, first):
        hit = v.cue(j)
        if hit is not None and j not in v.region_at and describes_subject(v, j - 1):
            _one_cue(state, j, hit)


BARE_SUBJECT = 2  # words of a subject the speaker rules do not know, before أن/إن
PREDICATE_REACH = 4  # tokens after a bare predicate in which an أن shows it was none


def _amounting(v: DocView, k: int, hit: CueHit) -> bool:
    """ "زيادة قدرها 917 مليون دولار": a cue that is also a common word, with its object
    pronoun and then a number, is "amounting to"; no number estimates or says."""
    return ambiguous(v, hit) and hit.has_object and k + 1 < v.n and v.tokens[k + 1].kind == "number"


def _that_opens(v: DocView, p: int, first: int) -> bool:
    """Content that opens with أن/إن (a quotation may follow it: "وبين انه "ستستعمل …"")
    at p or after an aside ("وبين العياري في تصريح للتلفزة الوطنية، ان")."""
    near = first - p <= 2 or v.keys[p] == "في" or v.punct(p, "،,")
    return near and any(v.complementizer(j) for j in range(max(p, first - 2), first + 1))


def _bare_subject(v: DocView, p: int, end: int) -> Phrase | None:
    """ "يقول كلاين إنه …"، "ويقول أنصاره إنه …": a word or two between the verb and
    its complementizer are its subject, though no name or title list knows them."""
    j = p
    while j < end and j - p < BARE_SUBJECT and _subject_word(v, j):
        j += 1
    if j == p or j >= end or not v.complementizer(j):
        return None
    return Phrase(p, j, name=(p, j) if v.name_like(p, loose=True) else None)


def _subject_word(v: DocView, j: int) -> bool:
    if _whole_name(v, j):
        return True  # "يقول كلاين"، "ويقول المقبل": a name, not ك+لاين or "next"
    return (
        v.word(j)
        and not v.proclitics[j]
        and not v.complementizer(j)
        and v.cue(j) is None
        and not any(v.is_(c, j) for c in ("function", "time", "aside", "situation"))
    )


def _whole_name(v: DocView, j: int) -> bool:
    """A word read whole as a person's name, whatever its letters would otherwise say
    (ك+لاين, المقبل "next"): the family name of a person the article names in full, or a
    word the entity stage tags as a person from its first letter."""
    if j >= v.n or not v.word(j) or v.complementizer(j):
        return False
    if v.keys[j] in v.family_names:
        return True
    entity = v.entity_at.get(j) if v.entity_at is not None else None
    return entity is not None and entity.label == "PER" and entity.start <= v.tokens[j].start


HOLDER_GAP = 12  # tokens between a description after the verb and its holder's name


def _holder_ahead(v: DocView, phrase: Phrase, stop: int) -> Phrase | None:
    """ "قال لاعب وسط المنتخب الألماني لكرة القدم مسعود أوزيل، الأحد، إنه"، "قال أحد
    موقعي هذه الرسالة، يدعى إيريك لاي، إن": a description without a name, then the
    person it describes before what was said: the person speaks. Not past a cue, a
    time word or someone told ("لنظيره الروسي سيرغي لافروف")."""
    if phrase.share or (
        phrase.name is not None and any(v.entity_label(i) is not None for i in range(*phrase.name))
    ):
        return None  # a name read already (a word like "وسط" read as one is none)
    j = phrase.end
    while j < stop and j - phrase.end <= HOLDER_GAP:
        if v.entity_label(j) == "PER" and not v.proclitics[j]:
            a = j
            while j < stop and v.entity_at.get(j) is v.entity_at[a]:
                j += 1
            return Phrase(phrase.start, j, name=(a, j), title=True)
        if not _holder_gap_word(v, j) or plural_then_title(v, phrase.start, j):
            return None  # "وصف المصريون الممثل عمرو عبدالجليل": the object's title
        j += 1
    return None


def _holder_gap_word(v: DocView, j: int) -> bool:
    """A word that may stand between a description and its holder's name."""
    if v.punct(j):
        return v.punct(j, "،,()")
    if v.lexicon.has("called", v.keys[j]) or v.keys[j] in _DEMONSTRATIVES:
        return True
    if v.cue(j) is not None or v.complementizer(j) or v.is_("time", j):
        return False
    if v.is_("function", j) and v.keys[j] not in ("في", "من", "الى", "لدى"):
        return False
    told = v.proclitics[j][-1:] == "ل" and (
        v.is_("audience", j)
        or v.is_("title", j)
        or bool(v.enclitic[j])  # "لنظيره الروسي"
        or v.entity_label(j) is not None
    )
    return not told


_WHO = frozenset({"من", "ومن"})


def _impersonal_belief(v: DocView, k: int, hit: CueHit) -> bool:
    """A present verb of believing or expecting right before its أن ("ويعتقد أن"،
    "التي يتوقع أن تستغرق عامين") is read as the unvowelled passive
    يُعتقد / يُتوقع: what is believed, not what anyone said (words.tsv `belief`)."""
    key = v.keys[k]
    if v.proclitics[k] or (key[:1] in "وف" and key not in v.lexicon.cues):
        key = key[1:] if key[:1] in "وف" else key
    return (
        not hit.form.participle
        and hit.form.gender == "m"
        and key[:1] == "ي"
        and v.complementizer(k + 1)
        and v.keys[k - 1] not in _WHO  # "ثمة من يتوقع أن": "who" is its subject
        and v.lexicon.has("belief", match_key(hit.form.lemma))
    )


def _it_turned_out(v: DocView, k: int, hit: CueHit, phrase: Phrase | None) -> bool:
    """ "وتبين أن له سوابق"، "ثم تبين لاحقا أنه …"، "وبفحصها تبين أن"، "تبين لها أن": a
    feminine present that is also the past of an intransitive verb (words.tsv
    `turned_out`: تبيّن, it became clear) is that past when no subject follows it nor
    stands right before it ("الدراسات تبين أن" shows): what was found, not anyone's
    words."""
    key = v.keys[k]
    joined = key[:1] in "وف" and key not in v.lexicon.cues
    bare = key[1:] if joined else key
    if hit.form.participle or not v.lexicon.has("turned_out", bare):
        return False
    if phrase is not None and phrase.start > k:
        # "تبين لها أن": it became clear to her; "وتبين الوثائق أن": they show.
        return _governed(v, phrase.start, "ل")
    return joined or v.proclitics[k] != "" or not _subject_right_before(v, k - 1)


def _subject_right_before(v: DocView, j: int) -> bool:
    """A name or a definite noun at j that no preposition governs ("الدراسات"، not
    "وبفحصها"، "من النيابة"، "التي")."""
    if j < 0 or not v.word(j) or v.keys[j] in RELATIVES:
        return False
    if _governed(v, j, "بل") or (j > 0 and v.keys[j - 1] in _GOVERNING):
        return False
    return v.definite[j] or v.name_like(j)


_GOVERNING = frozenset({"من", "في", "على", "عن", "الى", "مع", "بعد", "قبل", "عند"})
# Written forms of a preposition joined to its noun where the word reader leaves
# them on the key: "وبفحصها"، "للواعين"، "لها".
_JOINED = {"ب": ("وب", "فب"), "ل": ("لل", "له", "لها", "لهم")}


def _governed(v: DocView, j: int, letters: str) -> bool:
    """Token j has one of the prepositions `letters` joined to it."""
    if any(c in v.proclitics[j] for c in letters):
        return True
    key = v.keys[j]
    return any(key.startswith(_JOINED[c]) for c in letters if c in _JOINED)


def _renews(v: DocView, k: int, hit: CueHit) -> bool:
    """ "…، مجددا دعوته إلى"، "…، مجددا التأكيد على": a participle that is also an
    adverb is a cue after a comma and before a verbal noun with its pronoun or the
    cue's complement; after a verb or its object it is the adverb ("هاجم مجددا
    شركاءه": attacked again)."""
    j = k + 1
    return (
        j < v.n
        and v.punct(k - 1)
        and (
            v.enclitic[j] or verbal_noun(v, j) or v.complementizer(j) or v.keys[j] in hit.form.takes
        )
    )


def _opening_entity_end(v: DocView, phrase: Phrase) -> int | None:
    """One past the entity that opens the phrase, when the phrase runs on after it."""
    entity = v.entity_at.get(phrase.start) if v.entity_at is not None else None
    if entity is None or entity.label not in ("PER", "ORG", "LOC"):
        return None
    j = phrase.start
    while j < phrase.end and v.entity_at.get(j) is entity:
        j += 1
    return j if phrase.start < j < phrase.end else None


def _thing_acts(v: DocView, k: int, hit: CueHit, phrase: Phrase | None) -> bool:
    """ "الأمر الذي يهدد بوقف النمو"، "العقوبات تهدد بتسديد ضربة": the subject of a
    present form, after the verb or before it, is a thing that threatens; nobody
    speaks. The past tells of people ("هدد الاثنان بالتصدي"), and so does a message
    that threatens ("فيديو … يهدد فيه عناصر من التنظيم بإعدام")."""
    in_it = k + 1 < len(v.keys) and v.keys[k + 1] in IN_IT
    if in_it or not v.stems[k].startswith(("ي", "ت")):
        return False
    if phrase is None:
        phrase = subject_before(v, k) or relative_antecedent(v, k, hit.form.gender)
    return phrase is not None and not speaks(v, phrase)


_BODY = match_key("هيئة")  # "هيئة محلفين": a body whose next word says what it is


def _court(v: DocView, phrase: Phrase) -> bool:
    """A court, the judiciary or a jury ("هيئة محلفين في لندن")."""
    start = phrase.start
    jury = v.keys[start] == _BODY and start + 1 < phrase.end
    return v.is_("court", start) or (jury and v.is_("court", start + 1))


def _documents(v: DocView, phrase: Phrase) -> bool:
    """A subject that can state findings: a study, survey, report or figures."""
    return any(v.is_(c, phrase.start) for c in ("study", "source_head", "cited_source"))


def _feminine_object(v: DocView, phrase: Phrase, hit: CueHit) -> int:
    """ "ودعا الحزب الحكومة إلى": after a masculine verb and its masculine head noun a
    definite word in ة cannot be that noun's adjective; it is the addressee (its
    index, or 0)."""
    if "O" not in hit.form.takes or hit.form.gender != "m" or phrase.name is not None:
        return 0
    head, j = phrase.start, phrase.start + 1
    if j >= phrase.end or v.stems[head].endswith(("ة", "ات")):
        return 0
    if (
        v.definite[j]
        and v.definite[head]
        and not v.proclitics[j]
        and v.stems[j].endswith("ة")
        and v.entity_label(j) is None
        and v.stems[j][2:] not in _NUMBERS_IN_TA
    ):
        return j
    return 0


# "الحلفاء الثلاثة": numbers from three to ten end in ة with a masculine noun.
_NUMBERS_IN_TA = frozenset({"ثلاثة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"})


def _oblique_plural(v: DocView, phrase: Phrase, hit: CueHit) -> bool:
    """A lone definite plural in -ين ("المصابين"، "المواطنين") after a cue that
    names an addressee is that addressee: a subject would read -ون."""
    k = phrase.start
    return (
        "O" in hit.form.takes
        and phrase.end == k + 1
        and phrase.name is None
        and v.entity_label(k) is None
        and v.definite[k]
        and v.stems[k].endswith("ين")
    )


def _feminine_after_masculine(v: DocView, phrase: Phrase, hit: CueHit) -> bool:
    """A head in ة or ات ("الولايات المتحدة"، "الحكومة") right after a masculine
    cue that names an addressee is that addressee: a feminine subject right after
    its verb makes the verb feminine ("دعت الحكومة"). Names and titles in ة
    ("أسامة"، "الداعية") are masculine, so they stay subjects."""
    k = phrase.start
    return (
        "O" in hit.form.takes
        and hit.form.gender == "m"
        and not hit.form.participle
        and v.entity_label(k) != "PER"
        and not v.is_("title", k)
        and not v.is_("anonymous", k)
        and v.stems[k].endswith(("ة", "ات"))
    )


def _read_as_verb(v: DocView, k: int, p: int, takes: frozenset[str]) -> bool:
    """A cue that is also a noun (طالب: student, كتب: books) with no subject after
    it is the verb when its complement follows at once and its subject is before it
    ("صحيفة العربي الجديد كتبت إن") or a conjunction makes it a verb ("كما طالب
    بوضع…", "وكتبت أن")."""
    if k > 0 and v.entity_label(k - 1) == "PER" and not v.proclitics[k]:
        return True  # "إليسا طلبت من الحلاق أن": right after a person's name
    if p >= len(v.keys):
        return False  # the cue closes the text: nothing follows it
    if _quoted_subject_then_complement(v, k, p):
        return True  # "وذكرت "يوروكونترول" أن …": a named subject, then what it said
    complement = (
        v.complementizer(p) or prepositional(v, p, takes - {"N"}, True) or _speech_follows(v, p)
    )
    if not complement:
        return False
    conjoined = (
        bool(v.proclitics[k])
        or (v.keys[k][:1] in "وف" and v.keys[k] not in v.lexicon.cues)  # "وبين" left whole
        or (k > 0 and v.keys[k - 1] in ("كما", "ثم"))
        or (k > 0 and v.keys[k - 1] in RELATIVE_GENDER)  # "المظاهرات التي تطالب بـ…"
        or (k > 0 and v.keys[k - 1] in _BEFORE_VERB)  # "وكانت ماي، قد عبرت عن"
    )
    return conjoined or subject_before(v, k) is not None


def _quoted_subject_then_complement(v: DocView, k: int, p: int) -> bool:
    """A quoted name right after the cue and right before a complementizer is the
    verb's subject ("وذكرت "يوروكونترول" أن"), so the cue is the verb, not a noun."""
    r = v.region_opening(p)
    return (
        r is not None
        and p == k + 1
        and quoted_subject(v, k, None) is not None
        and before_complementizer(v, r)
    )


def _speech_follows(v: DocView, p: int) -> bool:
    """ "وتابع: "…"", "وتابع "ستوفر هذه الوجهة …"": a colon or a sentence in quotation
    marks; the preposition reads "عبر "تويتر"" with a quoted name, never a colon."""
    if v.punct(p, ":"):
        return True
    r = v.region_opening(p)
    return r is not None and region_words(v, r) >= CONTINUATION_MIN_WORDS


_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هذين", "هاتين"})


def _referent(state: State, phrase: Phrase) -> Mention | None:
    """The latest speaker whose head noun a demonstrative phrase repeats ("تلك
    المصادر" → "مصادر يمنية")."""
    v = state.view
    head = v.stems[phrase.start]
    head = head[2:] if v.definite[phrase.start] else head
    for said in recent(state.said):
        words = (said.mention.canonical or v.doc.slice(said.mention)).split()
        if words and match_key(words[0]).removeprefix("ال") == head:
            m = said.mention  # a copy: this quote may add its relay ("via")
            return Mention(m.start, m.end, m.canonical, dict(m.attrs))
    return None


def _relayed(v: DocView, i: int, end: int) -> Phrase | None:
    if i >= end or v.keys[i] != "عن":
        return None
    start = i + 2 if i + 1 < end and v.keys[i + 1] in _DEMONSTRATIVES else i + 1
    return noun_phrase(v, start, end)  # "نقلت مواقع، عن تلك المصادر، أن"


RELAY_REACH = 8  # tokens from a relaying cue's subject to the "عن" of its source
_FROM_HIM = frozenset({"عنه", "عنها", "عنهم", "عنهما"})


def _relay_before_source(v: DocView, phrase: Phrase, p: int) -> tuple[Phrase, int]:
    """ "ونقل التلفزيون الرسمي عن محافظ البنك …": a speaker phrase read through "عن"
    is the relay up to it; the source follows it."""
    cut = next((j for j in range(phrase.start + 1, phrase.end) if v.keys[j] == "عن"), None)
    if cut is None:
        return phrase, p
    name = phrase.name if phrase.name is not None and phrase.name[1] <= cut else None
    return replace(phrase, end=cut, name=name), cut


def _relay_from(v: DocView, i: int, end: int) -> int:
    """The "عن" before the relayed speaker: at i, or past the relay's name, time or
    place ("ونقلت "رويترز" عن مصدرين"، "ونقلت بي بي سي في نوفمبر عن مصادر"); i when
    none comes before a complementizer, a cue or the sentence's end."""
    for j in range(i, min(end, i + RELAY_REACH)):
        if v.keys[j] == "عن":
            return j
        if v.complementizer(j) or v.punct(j, ".!?؟:") or v.cue(j) is not None:
            break
    return i


def _after_relayed(v: DocView, i: int, end: int) -> int:
    """Skips "قوله"، "تأكيده"، "قولها": the relayed words' verbal noun."""
    while i < end and v.word(i) and v.third_person[i] and not v.complementizer(i):
        i += 1
    return i


_PRONOUN_GENDER = (("هما", "p"), ("هم", "p"), ("هن", "p"), ("ها", "f"), ("ه", "m"))


def _relayed_gender(v: DocView, first: int, last: int) -> str | None:
    """The gender of the pronoun on the relayed words' verbal noun ("قولها": f)."""
    for i in range(first, last):
        if v.third_person[i]:
            key = v.keys[i]
            return next((g for end, g in _PRONOUN_GENDER if key.endswith(end)), None)
    return None


def _impersonal_present(v: DocView, k: int) -> bool:
    """A present cue with no subject said: impersonal ("يشير إلى أن"), unless "لكن"
    carries its subject ("لكنه يقول إنه لا يزال ملتزما"), which names someone."""
    return v.keys[k].startswith(("ي", "وي")) and not (k > 0 and v.keys[k - 1] in BUT_PRONOUN)


# Words only a verb follows: "قد"، and "لكن" carrying the verb's subject ("لكنه يرد بأنه").
_BEFORE_VERB = frozenset({"قد", "وقد", "فقد", "لقد"}) | BUT_PRONOUN

_OF_HIM = frozenset({"منه", "منها", "منهم", "منهما"})


def _subject_before_qad(v: DocView, k: int, hit: CueHit) -> Phrase | None:
    """ "وكان وزير الدفاع، سيرغي شويغو، قد أبلغ الرئيس بوتن أن": the subject stands
    between "كان" and "قد"; the phrase after the verb is its object. Not for a verb
    with an object before its preposition ("قد دعت السفراء لإبلاغهم"): an invitation
    or a charge whose words that reading loses or invents more often than it mends."""
    if k < 2 or v.keys[k - 1] != "قد" or "O" in hit.form.takes:
        return None
    phrase = subject_before(v, k - 1)
    # Without كان ("يشار أن ديشان قد استبعد بنزيما") the clause is reported, not said.
    if phrase is None or not any(
        v.keys[i] in KANA for i in range(max(0, phrase.start - 2), phrase.start)
    ):
        return None
    return phrase


def _past_relative(v: DocView, k: int, hit: CueHit) -> Phrase | None:
    """The subject before a verb that takes an object, when a relative clause stands
    between them (the phrase after the verb is then its object)."""
    if "O" not in hit.form.takes:
        return None
    subject = subject_before(v, k)
    if subject is None or not any(v.keys[j] in RELATIVES for j in range(subject.end, k)):
        return None
    return subject
