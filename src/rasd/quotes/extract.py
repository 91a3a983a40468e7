"""Quotations: direct and reported speech with their speakers, cue and audience.

The rules, in the order they run over a document:

1. Quoted regions are found per paragraph (`marks.py`); those right after a naming
   word (باسم، حزب، عملية، وكالة…) are names, not speech.
2. Each reporting cue outside quotes (قال، أكد، مضيفا…, `cues.tsv`) gets a speaker:
   the noun phrase after it (verb-first; after عن for relays "نقلت X عن Y"), else the
   subject before it ("لافروف قال", "أما X فاعتبر"), else the antecedent of a relative
   pronoun that agrees with the verb, else the speaker of the clause (participles,
   "التي قال"), else the previous speaker of the same gender. A quoted name right
   after the cue or speaker ("مدير المبيعات "سامي الراشد"؛ أن") is the speaker's
   name. Then the cue's content: the first quoted region, colon, orphan
   closing mark or complementizer (أن، إن، بأن، على…) after it in the sentence. A
   complementizer whose clause is one quotation makes a direct quote of it; otherwise
   the clause up to the next cue, clause cut or sentence end is an indirect quote.
3. Attributions (بحسب X، وفقا لـ X، نقلا عن X) make the rest of their sentence X's.
4. Headlines "X: …" and "X "…"" are X's; a long quotation that no cue claimed and
   that opens its paragraph continues the previous speaker.
5. A title alone right after its cue ("وأضافت الممثلة والمنتجة") names again the
   person the previous quotation named, when nobody else was named in between.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from operator import attrgetter

from rasd.document import Document, Entity, Mention, Quote
from rasd.quotes.lexicon import RELATIVES, CueForm, Lexicon, load_lexicon
from rasd.quotes.marks import TERMINAL
from rasd.quotes.ranker import (
    Candidate,
    SpeakerRanker,
    candidate_key,
    complement_next,
    features,
    load_ranker,
    plain_noun,
)
from rasd.quotes.speakers import (
    Phrase,
    noun_after_complementizer,
    noun_phrase,
    plural_then_title,
    skip_adverbials,
    speaker_mention,
    title_tag,
    verb_alone,
    verbal_noun,
)
from rasd.quotes.view import VERB_MIN_FREQ, CueHit, DocView, WordInfo
from rasd.text.normalize import match_key
from rasd.text.sentences import dot_inside_name
from rasd.text.tokens import load_lexicon as load_frequencies

MAX_CACHED_WORDS = 200_000
RELAY = "عن*"  # in cues.tsv: the speaker follows عن (نقل عن)
MAX_GAP = 25  # tokens between a cue (and its speaker) and its content
OBJECT_GAP = 6  # tokens of an object between a demand cue and its preposition
STRICT_GAP = 6  # for cues that are also common words (words.tsv `ambiguous_cue`)
SCARE_MAX_WORDS = 3  # a quoted phrase this short needs a cue to be speech
NAME_MAX_WORDS = 5  # a quoted name or title is short: حزب "النضال الديمقراطي"
DESCRIBED_GAP = 8  # tokens of an object before "بـ "…"" that says what it was called
SHORT_GAP = 3  # … close before it: "ووصف أقصوي البيان بـ "غير الأمين""
CONTINUATION_MIN_WORDS = 4
MOSTLY_QUOTED = 5  # words of a quotation that, as most of its clause, make the quote direct
HEADLINE_MAX_TOKENS = 25
PLACE_WORDS = 3  # "بمجلس الأمن" between a headline's speaker and its colon
INNER_AUDIENCE = 2  # words between a cue inside a reported clause and its complementizer
CHAIN_GAP = 8  # tokens between two verbs that share a preposed subject
PARTICIPLE_REACH = 6  # tokens back to the subject of a participle's verb
MAX_ANTECEDENT = 5  # tokens of the noun before a relative pronoun
ATTRIBUTED_TAIL = 3  # words after a mid-sentence attribution that make the whole sentence its
ATTRIBUTION_REACH = 60  # tokens back from a cue to an attribution that gives its subject
RELATIVE_REACH = 60  # tokens searched for the comma that closes a relative clause
RECENT_SPEAKERS = 40  # how many earlier speakers a zero subject is compared with
INHERIT_PARAGRAPHS = 2  # how far back a continuation looks for its speaker
SAID_CANDIDATES = 4  # earlier speakers offered to the ranker
ENTITY_CANDIDATES = 4  # names of the cue's sentence (one fewer of the previous) offered
ENTITY_REACH = 80  # tokens from the cue within which those names are looked for
PLACE_CANDIDATES = 2  # countries and cities of the cue's sentence offered ("تركيا تتهم")
NAME_AFTER_REACH = 4  # words between the phrase after the verb and a name that continues it
POSTPOSED_REACH = 10  # tokens after a quotation within which its speaker may be named


@dataclass(slots=True)
class _Said:
    """A speaker known at some point of the text, for continuations."""

    mention: Mention
    gender: str
    token: int
    spoke: bool = True  # False: a subject whose cue had no content of its own


@dataclass(slots=True)
class _State:
    view: DocView
    quotes: list[Quote] = field(default_factory=list)
    said: list[_Said] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)  # regions used by a quote
    covered: list[tuple[int, int]] = field(default_factory=list)  # token spans of quotes
    ranker: SpeakerRanker | None = None
    # For training the ranker: each cue quote with its candidates and their features.
    choices: list[Choice] | None = None


@dataclass(slots=True)
class Choice:
    quote: Quote
    candidates: list[Candidate]
    rows: list[dict[str, float]]
    # The candidates the ranker chooses among (not a verb's object); empty where the
    # rules' speaker stands without it ("التي تتهمها تركيا").
    ranked: list[int] = field(default_factory=list)


class QuoteExtractor:
    """Finds the quotations of analysed documents (needs tokens and sentences)."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        frequencies: dict[str, int] | None = None,
        ranker: SpeakerRanker | bool | None = True,
    ):
        """`ranker`: True for the shipped speaker ranker, False for the rules' own
        choice, or a `SpeakerRanker`."""
        self.lexicon = lexicon or load_lexicon()
        self.frequencies = frequencies if frequencies is not None else load_frequencies()
        self.words: dict[str, WordInfo] = {}  # per word form, filled as documents come
        self.ranker = load_ranker() if ranker is True else ranker or None

    def __call__(self, doc: Document) -> list[Quote]:
        return self._run(doc, None)

    def choices(self, doc: Document) -> list[Choice]:
        """The cue quotes of `doc` with their candidate speakers and features (for
        training and inspecting the ranker)."""
        found: list[Choice] = []
        self._run(doc, found)
        return found

    def _run(self, doc: Document, choices: list[Choice] | None) -> list[Quote]:
        if not doc.tokens:
            return []
        if len(self.words) > MAX_CACHED_WORDS:
            self.words.clear()
        view = DocView(doc, self.lexicon, self.frequencies, self.words)
        state = _State(view, ranker=self.ranker, choices=choices)
        _cue_quotes(state)
        _statements(state)
        _launched(state)
        _noun_cues(state)
        _slogans(state)
        _attributions(state)
        _headlines(state)
        _continuations(state)
        _subheadings(state)
        _coordinated(state)
        _complete_names(state.quotes, doc)
        state.quotes.sort(key=lambda q: (q.start, q.end))
        _descriptions_of_previous(state.view, state.quotes)
        return state.quotes


# --- regions ---------------------------------------------------------------------------


def _region_words(v: DocView, r: int) -> int:
    reg = v.regions[r]
    return sum(1 for k in range(reg.first, reg.last) if v.word(k) or v.tokens[k].kind == "number")


def _is_name_region(v: DocView, r: int) -> bool:
    """A quoted name or title: right after a naming word (باسم "…", حزب "…")."""
    reg = v.regions[r]
    if reg.opener is None:
        return False
    # A long quotation after a naming word is speech, unless it was never closed
    # (حزب "القوات اللبنانية، … with the closing mark forgotten).
    if reg.closer is not None and _region_words(v, r) > NAME_MAX_WORDS:
        return False
    before = reg.opener - 1
    if v.punct(before, ":") or before < 0:
        return False
    if v.is_("naming", before):
        return True
    if v.keys[before] == "ل":
        return True  # "لـ"الوطن"": told to a newspaper
    # "المعروف بـ "…"": the naming word before a lone preposition.
    return v.keys[before] == "ب" and v.is_("naming", before - 1)


def _quoted_subject(v: DocView, k: int, phrase: Phrase | None) -> Phrase | None:
    """The speaker whose name is quoted: "مساعد المدير "خالد البلوي"؛ أن", "وأكد "البلوي" أن"."""
    at = phrase.end if phrase is not None else k + 1
    r = v.region_opening(at)
    if r is None or not _names_the_subject(v, r, k, at):
        return None
    if phrase is not None and phrase.name is not None and _is_name_region(v, r):
        # "أحمد خالد موسى مخرج مسلسل "أبو عمر المصري"": the work's name, after a
        # speaker already named.
        return None
    reg = v.regions[r]
    if not any(v.word(j) for j in range(reg.first, reg.last)) or reg.closer is None:
        return None
    start = phrase.start if phrase is not None else reg.opener
    return Phrase(start, reg.closer + 1, name=(reg.first, reg.last), title=phrase is not None)


def _names_the_subject(v: DocView, r: int, cue: int, start: int) -> bool:
    """ "أوضح مساعد المدير "خالد البلوي" أن …", "وأكد "البلوي" أن": a short quotation
    right after the cue or its speaker and right before the complementizer is the
    speaker's name, not what was said; so is a quoted number ("156")."""
    reg = v.regions[r]
    if not any(v.word(j) for j in range(reg.first, reg.last)):
        return True
    if reg.closer is None or reg.opener not in (start, cue + 1):
        return False
    if _region_words(v, r) > NAME_MAX_WORDS:
        return False
    if (
        reg.opener == cue + 1
        and not v.cue(cue).form.participle
        and _one_name(v, reg.first, reg.last)
    ):
        return True  # "وتعتبر "أدنوك للحفر" هي أكبر …": the verb's subject, named
    return _before_complementizer(v, r)


def _before_complementizer(v: DocView, r: int) -> bool:
    reg = v.regions[r]
    if reg.closer is None:
        return False
    after = reg.closer + 1
    while after < v.n and v.punct(after, "،,؛;"):
        after += 1
    return v.complementizer(after)


def _introduced(v: DocView, r: int, start: int, cue: int) -> bool:
    """A short quotation is speech when it is introduced: right after the cue or its
    speaker, or after بـ / عن / a colon ("وصف البيان بـ "غير الأمين""); a short
    quotation after any other word completes that word ("مراسل "العربية"")."""
    before = v.regions[r].opener - 1
    if before < start:
        # Right after the cue it is speech; right after the speaker it is the
        # speaker's name ("مراسل "العربية"", "مؤسسة النقد العربي السعودي "ساما""),
        # unless the speaker is already named or a time closes the phrase.
        if _region_words(v, r) < 2:
            return False  # not 'ماذا قال "رابح"'
        return before == cue or _object_after_speaker(v, r, cue, before)
    if v.punct(before, ":"):
        return True
    return v.keys[before] in ("ب", "عن", "بانه", "بانها") or v.complementizer(before)


def _object_after_speaker(v: DocView, r: int, cue: int, before: int) -> bool:
    """A short quotation after a speaker that is a name or after a time that ends the
    speaker's phrase ("انتقد البيت الأبيض الجمعة "الأفعال المتهورة"") is the cue's
    object, not another name; one quoted word there ("قال بوتين "نعم"") is left out
    as after the cue itself."""
    reg = v.regions[r]
    hit = v.cue(cue)
    if (
        hit is None  # a verbal noun's possessor: "تصريحات ترامب "الودية""
        or "O" in hit.form.takes  # "يطالب إسرائيل "بضبط النفس"": its object
        or v.lexicon.has("describing", match_key(hit.form.lemma))  # "تعتبر لبنان "سلة غذاء""
        or _one_name(v, reg.first, reg.last)
    ):
        return False
    if v.is_("time", before):
        return True
    entity = v.entity_at.get(before) if v.entity_at is not None else None
    return (
        entity is not None
        and entity.label in ("PER", "ORG", "LOC")
        and v.entity_at.get(reg.first) is not entity
    )


def _described(v: DocView, r: int, start: int, hit: CueHit) -> bool:
    """A short quotation that says what the cue's object was called: after بـ or
    "بالقول" ("وصف الرئيس التركي النساء اللاتي لسن أمهات بال "ناقصات""، "أجاب ترامب
    بالقول "سوف نرى""), or ending the clause of a cue of describing ("واعتبر تنظيم
    النسل "خيانة""), with the object between and no punctuation but a comma."""
    reg = v.regions[r]
    before = reg.opener - 1
    if (
        reg.opener == start
        and reg.closer is not None
        and _names_its_object(v, hit)
        and (v.cue(before) is None or _judged(v, hit, Phrase(start, start)))
    ):
        # "التي تعتبرها الحكومة التركية "جماعة إرهابية""، "تصنفهم أنقرة "إرهابيين"": the
        # object pronoun is what the quotation names, after the cue's subject.
        return True
    if before < start or reg.closer is None:
        return False
    if any(v.punct(j) and not v.punct(j, "،,") for j in range(start, reg.opener)):
        return False
    if before - start > DESCRIBED_GAP:
        # "وصف الشيخ السديس، الرئيس العام …، ولي العهد …، بـ"الشاب الطموح"": a cue of
        # describing keeps its "بـ" however long the object and its asides.
        return (
            v.keys[before] in ("ب", "بال")
            and v.lexicon.has("describing", match_key(hit.form.lemma))
            and not any(v.cue(j) is not None for j in range(start, before))
        )
    if v.keys[before] in ("ب", "بال", "بالقول"):
        return True
    after = reg.closer + 1
    closes = after >= v.n or v.punct(after, ".،,؛;") or v.keys[after] == "و"
    return closes and v.lexicon.has("describing", match_key(hit.form.lemma))


def _ambiguous(v: DocView, hit: CueHit) -> bool:
    """A cue that is as often a common word ("بين" between, "عبر" via; words.tsv
    `ambiguous_cue`): it needs a subject or a verb's reading, and its content close."""
    return v.lexicon.has("ambiguous_cue", match_key(hit.form.lemma))


def _names_its_object(v: DocView, hit: CueHit) -> bool:
    return hit.has_object and v.lexicon.has("describing", match_key(hit.form.lemma))


def _named_object(v: DocView, hit: CueHit, phrase: Phrase | None) -> int | None:
    """The short quotation that ends the clause right after the object of a cue of
    describing with no object pronoun ("واعتبر تنظيم النسل "خيانة""، "التي تعتبر حركة
    حماس "منظمة إرهابية""): what the object was called."""
    if (
        phrase is None
        or hit.has_object
        or not v.lexicon.has("describing", match_key(hit.form.lemma))
    ):
        return None
    r = v.region_opening(phrase.end)
    if r is None or _is_name_region(v, r) or _region_words(v, r) > SCARE_MAX_WORDS:
        return None
    closer = v.regions[r].closer
    if closer is None or not any(v.word(j) for j in range(v.regions[r].first, closer)):
        return None
    after = closer + 1
    return r if after >= v.n or v.punct(after, ".،,؛;") or v.keys[after] == "و" else None


# --- cues ------------------------------------------------------------------------------


def _cue_quotes(state: _State) -> None:
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


def _one_cue(state: _State, k: int, hit: CueHit) -> int | None:
    """Handles the cue at k; returns where to continue, or None for k + 1."""
    v = state.view
    if hit.form.participle and v.is_("adverb", k) and not _renews(v, k, hit):
        return None  # "وأثارت مجددا الجدل": "again", not "renewing" a statement
    if _amounting(v, k, hit) or _seat(v, k, hit):
        return None
    if k >= 3 and v.punct(k - 3, "،,") and _writer_denies(v, k - 2):
        return None  # "…، لكنها لم تتحدث صراحة عن …": what was not said
    end = _scan_limit(v, k)
    if k > 0 and v.keys[k - 1] in _RELATIVE_GENDER:
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
            v.keys[k + 1] in _IN_IT or ("O" in hit.form.takes and v.keys[k + 1] in _OF_HIM)
        )
        p, audience = skip_adverbials(v, k + 1 + in_it, end)
        phrase = noun_phrase(v, p, end, complements=_complements(hit))
        if phrase is not None and in_it and "N" in hit.form.takes and not _speaks(v, phrase):
            phrase, p = None, k + 2
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
            subject = _subject_before(v, k) if _in_title(v, k) else _past_relative(v, k, hit)
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
    relay = None
    if RELAY in hit.form.takes:
        # "نقلت وكالة رويترز عن مسؤول قوله إن …": the speaker is after عن; the
        # agency that relays the words is kept on the speaker as "via".
        if phrase is not None:
            phrase, p2 = _relay_before_source(v, phrase, p2)
        source = _relay_from(v, p2, end)
        relay, phrase = phrase, _relayed(v, source, end)
        if phrase is not None:
            p2, _ = skip_adverbials(v, _after_relayed(v, phrase.end, end), end)
        elif relay is not None and source < end and v.keys[source] in _FROM_HIM:
            # "ونقل مكتب العبادي عنه قوله": the source is someone named before.
            p2, _ = skip_adverbials(v, _after_relayed(v, source + 1, end), end)
        else:
            return None
    if (
        phrase is None
        and _ambiguous(v, hit)
        and not hit.form.participle
        and not _read_as_verb(v, k, p2, hit.form.takes)
    ):
        return None  # "عبر" with no subject is the preposition "via"
    if phrase is None and _impersonal_belief(v, k, hit):
        return None  # "ويعتقد أن أكثر من 500 مدني قتلوا": يُعتقد, it is believed
    if "S" in hit.form.takes and (phrase is None or not _documents(v, phrase)):
        return None
    content = _content(v, k, p2, end, hit, phrase is None)
    named = _named_object(v, hit, phrase)
    if named is not None:
        # "واعتبر تنظيم النسل "خيانة"": the phrase was the object, the speaker unsaid.
        reg = v.regions[named]
        phrase, content = None, ("direct", reg.first, reg.last, named)
    if content is None and phrase is not None and "N" in hit.form.takes:
        # "وتنفي إيران السعي لزعزعة …": a name takes no genitive; what follows the
        # name that opens the phrase is what was denied or stated.
        name_end = _opening_entity_end(v, phrase)
        if name_end is not None:
            content = _content(v, k, name_end, end, hit, False)
            if content is not None:
                phrase = Phrase(phrase.start, name_end, name=(phrase.start, name_end))
    if content is None and phrase is not None and _speaks(v, phrase):
        content = _postposed(state, k, hit, p2)
    if content is None:
        if phrase is not None:
            # A speaker with no content still speaks for a later "مضيفا".
            _remember(state, _Said(speaker_mention(v, phrase, gender), gender, k, False))
        return None
    phrase = _quoted_subject(v, k, phrase) or phrase
    if phrase is not None:
        phrase = _holder_ahead(v, phrase, content[1] - 1) or phrase
    speaker = _memo_mention(v, phrase, gender) if phrase is not None else _implicit(state, k, hit)
    if phrase is not None and v.keys[phrase.start - 1] in _DEMONSTRATIVES:
        speaker = _referent(state, phrase) or speaker  # "عن تلك المصادر": those sources
    if speaker is not None and relay is not None:
        speaker.attrs["via"] = v.doc.text[v.tokens[relay.start].start : v.tokens[relay.end - 1].end]
    kind, first, last, region = content
    if kind == "indirect" and speaker is None and v.keys[k].startswith(("ي", "وي")):
        return None  # "يشير إلى أن", "يعتقد أن": impersonal (passive) present
    # "وصفه بالكاذب" describes someone; "ما وصفه بالخطأ" says what was called so.
    # A charge with its object pronoun is still speech ("التي تتهمها تركيا بتنظيم …").
    described = (
        hit.has_object
        and v.lexicon.has("describing", match_key(hit.form.lemma))
        and not (k > 0 and v.keys[k - 1] == "ما")
        and not _judged(v, hit, phrase)
    )
    if kind == "indirect" and described and not v.complementizer(first):
        return None
    quote = _make_quote(v, kind, first, last, k, speaker, audience)
    if quote is None:
        return None
    if any(q.start == quote.start and q.end == quote.end for q in state.quotes):
        # "وأردف قائلا: "…""، "وقال عبر تويتر: "…"": a second cue of the same words.
        return last if region is None else None
    if state.ranker is not None or state.choices is not None:
        speaker = quote.speaker = _ranked(state, k, hit, phrase, quote, (first, last))
    _record(state, quote, (first, last), region)
    if region is None:
        _quoted_inside(state, first, last, quote)
    if speaker is not None:
        _remember(state, _Said(speaker, gender, k))
    # Cues inside an indirect clause or an unmarked direct one ("قال: …") are part
    # of what was said ("يعتقدون أن"); inside marks they are skipped as quoted. A
    # past cue with its own subject inside is a quotation inside the quotation.
    _inner_quotes(state, first, last, quoted=region is not None)
    _relative_cues(state, k, first)
    return last if region is None else None


_AS = frozenset({"كما", "وكما"})


def _postposed(
    state: _State, k: int, hit: CueHit, after: int
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
    r = _quotation_before(state, k - 1, first)
    if r is not None:
        return "direct", v.regions[r].first, v.regions[r].last, r
    j = k - 1  # "كما"
    if j - first <= CONTINUATION_MIN_WORDS or _overlaps(state, first, j):
        return None
    return "indirect", first, j, None


def _relative_cues(state: _State, k: int, first: int) -> None:
    """The cue of a relative clause between the speaker and the content, passed over
    by the main cue, still speaks ("نددت واشنطن، التي طالبت بالجلسة، بإطلاق …")."""
    v = state.view
    for j in range(k + 2, first):
        hit = v.cue(j)
        if hit is not None and j not in v.region_at and _describes_subject(v, j - 1):
            _one_cue(state, j, hit)


BARE_SUBJECT = 2  # words of a subject the speaker rules do not know, before أن/إن


def _amounting(v: DocView, k: int, hit: CueHit) -> bool:
    """ "زيادة قدرها 917 مليون دولار": a cue that is also a common word, with its object
    pronoun and then a number, is "amounting to"; no number estimates or says."""
    return (
        _ambiguous(v, hit) and hit.has_object and k + 1 < v.n and v.tokens[k + 1].kind == "number"
    )


def _seat(v: DocView, k: int, hit: CueHit) -> bool:
    """ "التي تتخذ من لاهاي مقرا لها": a headquarters, not "acknowledging"."""
    return (
        hit.form.participle
        and v.is_("seat", k)
        and k + 1 < v.n
        and v.keys[k + 1] in ("له", "لها", "لهم")
    )


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


def _judged(v: DocView, hit: CueHit, phrase: Phrase | None) -> bool:
    """ "الأمر الذي اعتبرته الرياض تدخلا في شؤونها": a cue of considering with its
    object pronoun and a subject after it states a judgement of what the pronoun
    stands for."""
    return (
        hit.has_object
        and phrase is not None
        and v.lexicon.has("considering", match_key(hit.form.lemma))
    )


def _quoted_inside(state: _State, first: int, last: int, reported: Quote) -> None:
    """ "قال إن "الحمق الأميركي" هو السبب في …": words in quotation marks that open a
    reported clause are a direct quotation of the same speaker as well."""
    v = state.view
    r = v.region_opening(first + 1) if v.complementizer(first) else None
    if r is None or r in state.claimed:
        return
    reg = v.regions[r]
    if reg.closer is None or reg.closer >= last or _is_name_region(v, r):
        return
    # A lone quoted word opening the clause is more often a term ("بأن "بيتكوين" لن
    # تصبح …") than the words said.
    if _region_words(v, r) < 2 or _one_name(v, reg.first, reg.last):
        return
    quote = _make_quote(v, "direct", reg.first, reg.last, None, reported.speaker, None)
    if quote is None:
        return
    quote.cue = reported.cue
    state.quotes.append(quote)
    state.claimed.add(r)


def _one_name(v: DocView, first: int, last: int) -> bool:
    """ "داعش" in quotation marks: a name the writer quotes, not words said."""
    entity = v.entity_at.get(first) if v.entity_at is not None else None
    return entity is not None and all(v.entity_at.get(j) is entity for j in range(first, last))


def _opening_entity_end(v: DocView, phrase: Phrase) -> int | None:
    """One past the entity that opens the phrase, when the phrase runs on after it."""
    entity = v.entity_at.get(phrase.start) if v.entity_at is not None else None
    if entity is None or entity.label not in ("PER", "ORG", "LOC"):
        return None
    j = phrase.start
    while j < phrase.end and v.entity_at.get(j) is entity:
        j += 1
    return j if phrase.start < j < phrase.end else None


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


def _inner_quotes(state: _State, first: int, last: int, quoted: bool = False) -> None:
    """ "ذكرت الصحيفة أن طالبة وصديقتها قالتا إنهما …"، "قال لها إنه …"، "بعد أن قالت
    الولايات المتحدة إنها …": a cue inside a reported clause or a quotation (`quoted`)
    with a speaker of its own, before a past cue or after any cue."""
    v = state.view
    # Inside quotation marks a cue may open the quoted words ("أعلن غودار أنه سيأتي"،
    # "لقد أخبرني …"), and what it reports ends with them: it is nested in the quotation.
    for j in range(first if quoted else first + 2, last - 1):
        hit = v.cue(j)
        if hit is None or hit.form.participle:
            continue
        end = min(_scan_limit(v, j), last) if quoted else _scan_limit(v, j)
        found = None
        if v.keys[j][:1] not in "يت":  # "يعتقدون أن" with a subject before: part of the clause
            found = _inner_subject_first(v, j, hit, first, end, quoted)
        if found is None and _inner_speech(v, j, hit):
            found = _inner_verb_first(v, j, hit, end, quoted)
        if found is None:
            continue
        subject, (kind, a, b, region) = found
        speaker = speaker_mention(v, subject, hit.form.gender)
        quote = _make_quote(v, kind, a, b, j, speaker, None)
        if quote is not None:
            _record(state, quote, (a, b), region)


_Content = tuple[str, int, int, int | None]


def _inner_subject_first(
    v: DocView, j: int, hit: CueHit, first: int, end: int, quoted: bool
) -> tuple[Phrase, _Content] | None:
    """ "أن طالبة وصديقتها قالتا إنهما …"، "إن واشنطن أبلغت حلفاءها بوقف …": the
    inner cue's subject stands before it, inside the outer clause."""
    subject = _subject_before(v, j)
    if subject is None or subject.start <= first or (quoted and not _speaks(v, subject)):
        return None  # in the first person of direct speech: "عقدنا اجتماعات …، أكدوا لنا"
    # "قال لها إنه"، "أبلغت بريطانيا بأنه": the audience may stand between.
    c = next((i for i in range(j + 1, j + 2 + INNER_AUDIENCE) if v.complementizer(i)), None)
    if c is not None and all(v.word(i) for i in range(j + 1, c)):
        return subject, _complement(v, c, end)
    if quoted or not _inner_speech(v, j, hit) or not _speaks(v, subject):
        return None
    content = _content(v, j, j + 1, end, hit, False)
    if content is not None and content[0] == "direct":
        # "إن رئيس الوزراء قال خلال اللقاء "جئنا لنخدم …"": words in quotation marks
        # after the inner cue are its subject's, unless a speaker follows the cue
        # ("بينما قالت المستشارة ميركل إنه "…"": the subject is hers, not the noun before).
        after = noun_phrase(v, j + 1, end, complements=_complements(hit))
        return None if after is not None and _speaks(v, after) else (subject, content)
    if content is None or content[0] != "indirect" or v.complementizer(content[1]):
        return None  # a far complementizer may be the outer clause's own ("… مضيفا أن")
    return subject, content


def _inner_speech(v: DocView, j: int, hit: CueHit) -> bool:
    """Whether an inner cue may report speech of a speaker outside its usual places:
    not a bare word that is as often a noun or preposition ("72 ألف طلب"، "عبر إدلب";
    "طالبت" and "وذكر" are verbs), and not in a relative clause ("الاستثمارات التي
    أعلنت قطر عن ضخها"، "ما أعلنه ترامب"), which names a thing, not what was said."""
    verb = hit.form.gender != "m" or bool(v.proclitics[j])
    before = v.keys[j - 1].removeprefix("و")
    return (verb or not _ambiguous(v, hit)) and not (before in _RELATIVE_GENDER or before == "ما")


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
    if "O" in hit.form.takes and _subject_before(v, j) is not None:
        return None  # "إن واشنطن تحذر تركيا بأنها": the name after the cue is its object
    # "أكدت لي السلطات أنني …": an addressee (or a time word) may stand before the subject.
    p, _ = skip_adverbials(v, j + 1, end)
    phrase = noun_phrase(v, p, end, complements=_complements(hit))
    if phrase is None or not _speaks(v, phrase):
        return None
    content = _content(v, j, phrase.end, end, hit, False)
    if content is None or content[1] - phrase.end > OBJECT_GAP:
        return None
    if quoted and not v.complementizer(content[1]):
        return None
    return phrase, content


def _ranked(
    state: _State, k: int, hit: CueHit, after: Phrase | None, quote: Quote, span: tuple[int, int]
) -> Mention | None:
    """The speaker the ranker prefers among the candidates (the rules' one without a
    ranker); records the candidates when training."""
    v = state.view
    rule = quote.speaker
    candidates = _candidates(state, k, hit, after, rule)
    rows = [features(v, k, hit, c, rule is not None, span) for c in candidates]
    kept: list[int] = []
    if (
        candidates
        and not _subject_after_relative(v, k, hit, after, span)
        and not _subject_after_but(v, k, hit, rule)
    ):
        kept = _not_objects(v, k, hit, candidates)
        if quote.audience is not None:
            # "وقال لوكالة الأنباء الفرنسية": whom the words were told did not say them.
            told = quote.audience
            kept = [i for i in kept if not told.start <= candidates[i].mention.start < told.end]
    if state.choices is not None:
        state.choices.append(Choice(quote, candidates, rows, kept))
    if state.ranker is None or not kept:
        return rule
    chosen = candidates[kept[state.ranker.best([rows[i] for i in kept])]]
    return rule if "rule" in chosen.sources else chosen.mention


def _subject_after_but(v: DocView, k: int, hit: CueHit, rule: Mention | None) -> bool:
    """ "…، إلا أن ناردين أكدت أنها": between "إلا أن"، "غير أن" or "بيد أن" and a
    verb stands the verb's subject alone, a name whether tagged or not; the rules'
    speaker is that name, and stands without the ranker. Not a description ("إلا أن
    مهاجم الريال أكد"), which the ranker may link to a name said before."""
    if rule is None or hit.form.participle:
        return False
    phrase = _subject_before(v, k)
    if phrase is None or phrase.end != k or phrase.start < 2:
        return False
    a = phrase.start
    bare = phrase.end == a + 1 and not v.definite[a] and not v.is_("title", a)
    return (
        (phrase.name is not None or bare)
        and v.keys[a - 1] == "ان"
        and v.keys[a - 2] in _EXCEPT
        and v.tokens[a].start <= rule.start < v.tokens[a].end
    )


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


def _object_after(v: DocView, hit: CueHit, c: Candidate) -> bool:
    """ "واتهمت واشنطن بمحاولة تقويض …": a verb that never goes without its object
    (takes M) with one noun phrase between it and its preposition: that phrase is the
    object, and the subject is left unsaid (an earlier clause's). Not a phrase that
    holds both: a title with the object after it ("اتهم وزير الإعلام الفنزويلي
    المعارضة بـ"), a name with a reflexive object ("ووصف الدوسري نفسه بأنه")."""
    if "M" not in hit.form.takes or "after" not in c.sources or hit.has_object:
        return False
    if "role" in c.mention.attrs or v.is_("title", c.token):
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
    if relative not in _RELATIVE_GENDER and relative != "ما":
        return False
    said = "O" not in hit.form.takes and any(v.complementizer(j) for j in (span[0] - 1, span[0]))
    return hit.has_object or said


def _candidates(
    state: _State, k: int, hit: CueHit, after: Phrase | None, rule: Mention | None
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
        key = key_of(mention) if source == "said" else candidate_key(mention, v.doc.text)
        if not key:
            return None
        c = found.setdefault(key, Candidate(mention, token))
        c.sources.add(source)
        return c

    if rule is not None:
        add("rule", rule, _token_at(v, rule.start))
    phrases = {
        "after": after,
        "before": _subject_before(v, k),
        "antecedent": _antecedent(v, k, gender),
        "sentence": _sentence_subject(v, k),
        "previous": _previous_subject(v, k, gender),
        "attribution": _attribution_before(v, k),
        "nearest": _nearest_name(v, k),
    }
    for source, phrase in phrases.items():
        if phrase is not None:
            add(source, _memo_mention(v, phrase, gender), phrase.start)
    named = _name_after(v, after) if after is not None else None
    if named is not None:
        found[candidate_key(_memo_mention(v, after, gender), v.doc.text)].name_follows = True
        add("after_name", _memo_mention(v, Phrase(*named, name=named), gender), named[0])
    rank = 0
    offered: set[int] = set()  # continuations share their speaker's Mention
    for said in _recent(state.said):
        if rank >= SAID_CANDIDATES:
            break
        if id(said.mention) in offered:
            continue
        offered.add(id(said.mention))
        known = key_of(said.mention)
        if known in found and found[known].said_rank is not None:
            continue  # the same speaker again, further back
        c = add("said", said.mention, _token_at(v, said.mention.start))
        if c is not None and c.said_rank is None:
            c.said_rank, c.said_gender, c.said_spoke = rank, said.gender, said.spoke
            rank += 1
    opening = _sentence_opening(v, k)
    if opening is not None:
        add("opening", _memo_mention(v, opening, gender), opening.start)
    sentence = v.sent_of[k]
    for wanted, source, limit, label in (
        (sentence, "entity_here", ENTITY_CANDIDATES, "speaker"),
        (sentence - 1, "entity_prev", ENTITY_CANDIDATES - 1, "speaker"),
        (sentence, "place_here", PLACE_CANDIDATES, "LOC"),
    ):
        spans = _speakers_in_sentence(v, wanted, label)
        lo = bisect_right(spans, (k - ENTITY_REACH, v.n))
        hi = bisect_right(spans, (k + ENTITY_REACH, v.n))
        near = sorted((abs(a - k), a, b) for a, b in spans[lo:hi])
        for _, a, b in near[:limit]:
            add(source, _memo_mention(v, Phrase(a, b, name=(a, b)), gender), a)
    top = _protagonist(v)
    if top is not None:
        add("protagonist", _memo_mention(v, Phrase(*top, name=top), gender), top[0])
    return list(found.values())


_PHRASE_FIELDS = attrgetter(*Phrase.__slots__)


def _memo_mention(v: DocView, phrase: Phrase, gender: str) -> Mention:
    """`speaker_mention`, worked out once per phrase and gender of a document (a cue's
    own speaker is its first candidate, and the cues of a sentence offer mostly the
    same candidates), handed out as a fresh copy each time, since a quote keeps its
    speaker and later completes it."""
    key = ("mention", gender, _PHRASE_FIELDS(phrase))
    known = v.memo.get(key)
    if known is None:
        known = v.memo[key] = speaker_mention(v, phrase, gender)
    return Mention(known.start, known.end, known.canonical, dict(known.attrs))


def _name_after(v: DocView, phrase: Phrase) -> tuple[int, int] | None:
    """The person or organisation named a few words after the phrase after the verb,
    in its clause: the name that phrase stopped before ("وقال مدير مكتبه السياسي ياسر
    دلوان"، "قالت شركة الاستشارات الألمانية رولاند بيرجر، التي ترعى الحدث")."""
    for a, b in _speakers_in_sentence(v, v.sent_of[phrase.start]):
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
    first = _after_opening_adverbial(v, first, k)
    if first < k and v.keys[first] in _KANA:
        first += 1
    if first >= k:
        return None
    phrase = noun_phrase(v, first, k, allow_proclitic=False)
    if phrase is None or not (phrase.name is not None or phrase.title or phrase.anonymous):
        return None
    return phrase


def _token_at(v: DocView, offset: int) -> int:
    starts = v.memo.get("starts")
    if starts is None:
        starts = v.memo["starts"] = [t.start for t in v.tokens]
    return max(0, bisect_right(starts, offset) - 1)


def _entity_spans(v: DocView) -> list[tuple[int, int, str]]:
    """Token spans `[a, b)` of the entity layer's entities (none without it)."""
    if "entities" not in v.memo:
        spans: list[tuple[int, int, str]] = []
        if v.entity_at is not None:
            for k in sorted(v.entity_at):
                e = v.entity_at[k]
                if spans and v.entity_at.get(k - 1) is e:
                    spans[-1] = (spans[-1][0], k + 1, e.label)
                else:
                    spans.append((k, k + 1, e.label))
        v.memo["entities"] = spans
    return v.memo["entities"]


def _speakers_in_sentence(
    v: DocView, sentence: int, label: str = "speaker"
) -> list[tuple[int, int]]:
    """PER and ORG entity spans of a sentence (LOC ones for `label` "LOC"), indexed
    once per document, so that each cue costs its sentence's names, not the
    article's."""
    memo = f"by_sentence_{label}"
    if memo not in v.memo:
        wanted = ("PER", "ORG") if label == "speaker" else (label,)
        index: dict[int, list[tuple[int, int]]] = {}
        for a, b, lab in _entity_spans(v):
            # "#الرئيس_الفلسطيني #محمود_عباس": a title tag tagged as a person is no name.
            if lab in wanted and not (b == a + 1 and title_tag(v, a)):
                index.setdefault(v.sent_of[a], []).append((a, b))
        v.memo[memo] = index
    return v.memo[memo].get(sentence, [])


def _protagonist(v: DocView) -> tuple[int, int] | None:
    """The first mention of the person the article names most often."""
    if "protagonist" not in v.memo:
        people = [(a, b) for a, b, label in _entity_spans(v) if label == "PER"]
        counts = Counter(v.stems[b - 1] for _, b in people)
        best = max(people, key=lambda s: (counts[v.stems[s[1] - 1]], -s[0]), default=None)
        v.memo["protagonist"] = best
    return v.memo["protagonist"]


def _read_as_verb(v: DocView, k: int, p: int, takes: frozenset[str]) -> bool:
    """A cue that is also a noun (طالب: student, كتب: books) with no subject after
    it is the verb when its complement follows at once and its subject is before it
    ("صحيفة العربي الجديد كتبت إن") or a conjunction makes it a verb ("كما طالب
    بوضع…", "وكتبت أن")."""
    if k > 0 and v.entity_label(k - 1) == "PER" and not v.proclitics[k]:
        return True  # "إليسا طلبت من الحلاق أن": right after a person's name
    if p >= len(v.keys):
        return False  # the cue closes the text: nothing follows it
    complement = (
        v.complementizer(p) or _prepositional(v, p, takes - {"N"}, True) or _speech_follows(v, p)
    )
    if not complement:
        return False
    conjoined = (
        bool(v.proclitics[k])
        or (v.keys[k][:1] in "وف" and v.keys[k] not in v.lexicon.cues)  # "وبين" left whole
        or (k > 0 and v.keys[k - 1] in ("كما", "ثم"))
        or (k > 0 and v.keys[k - 1] in _RELATIVE_GENDER)  # "المظاهرات التي تطالب بـ…"
        or (k > 0 and v.keys[k - 1] in _BEFORE_VERB)  # "وكانت ماي، قد عبرت عن"
    )
    return conjoined or _subject_before(v, k) is not None


def _speech_follows(v: DocView, p: int) -> bool:
    """ "وتابع: "…"", "وتابع "ستوفر هذه الوجهة …"": a colon or a sentence in quotation
    marks; the preposition reads "عبر "تويتر"" with a quoted name, never a colon."""
    if v.punct(p, ":"):
        return True
    r = v.region_opening(p)
    return r is not None and _region_words(v, r) >= CONTINUATION_MIN_WORDS


def _in_title(v: DocView, k: int) -> bool:
    return bool(v.doc.title) and v.para_of[k] == 0


_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هذين", "هاتين"})


def _referent(state: _State, phrase: Phrase) -> Mention | None:
    """The latest speaker whose head noun a demonstrative phrase repeats ("تلك
    المصادر" → "مصادر يمنية")."""
    v = state.view
    head = v.stems[phrase.start]
    head = head[2:] if v.definite[phrase.start] else head
    for said in _recent(state.said):
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


def _scan_limit(v: DocView, k: int) -> int:
    """Where the search for a cue's content ends: its sentence, or the end of a
    quotation that opens in it."""
    return min(max(v.sentence_end(k), v.region_reach[k]), v.para_end(k))


def _content(
    v: DocView, cue: int, start: int, end: int, hit: CueHit, no_subject: bool
) -> tuple[str, int, int, int | None] | None:
    """(kind, first, last, region) of what the cue at `cue` introduces."""
    takes = hit.form.takes
    # Cues that are also common words (عبر "via", بين "between") need their
    # complement close by; a quotation may come after a longer stretch.
    gap = STRICT_GAP if _ambiguous(v, hit) else MAX_GAP
    # "أبدت شخصيات سياسية، بينها زعيم اليسار، أسفها": after a parenthesis between
    # commas the cue's complement may start as right after the subject.
    aside, place = _after_parenthesis(v, start, end), _after_place(v, start, end)
    starts = {start, aside, place}
    if start < end and verbal_noun(v, start):
        starts.add(start + 1)  # "وجدد الوزير التأكيد على …"
    objects = _object_starts(v, start, (aside, place), end)
    situated = _after_situation(v, start, end, takes)
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
            and not _in_relative_aside(v, start, aside, i)
            and i not in v.region_at
            and not v.is_("title", i)
            and not v.is_("adverb", i)  # "شعبه مجددا إلى": "again", not "renewing"
        ):
            if _own_speech(v, i):
                return None  # another cue's content
            past_aside = True
        if past_aside and not v.complementizer(i):
            # Past a common word read as a cue, only "أن"/"إن" is sure to be the content.
            if v.punct(i, ".!?؟:"):
                return None
            continue
        r = v.region_opening(i)
        if r is not None:
            if _is_name_region(v, r):
                continue
            reg = v.regions[r]
            if _names_the_subject(v, r, cue, start):
                continue
            if (
                _region_words(v, r) <= SCARE_MAX_WORDS
                and (i - start > SHORT_GAP or not _introduced(v, r, start, cue))
                and not _described(v, r, start, hit)
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
                return "direct", i + 1, _clause_end(v, i + 1, end), None
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
            return _complement(v, i, end) if i - base <= gap else None
        if i in starts and _prepositional(v, i, takes, no_subject and i == start):
            return _prepositional_clause(v, i, end)
        if i == situated:
            return _prepositional_clause(v, i, end)
        if i == start and "O" in takes and "N" in takes and v.keys[i] == "من":
            # "طلب الاتحاد الأوروبي من إسرائيل، مراجعة قراراتها": asked of whom, then what.
            j = _after_addressee(v, i + 1, end)
            if j is not None and _prepositional(v, j, frozenset({"N"}), True):
                return "indirect", j, _clause_end(v, j, end), None
        if any(_preposition_after_object(v, o, i, takes) for o in objects if o <= i):
            return _prepositional_clause(v, i, end)
        if v.punct(i, ".!?؟") and not dot_inside_name(v.doc.text, v.tokens, i):
            return None
    return None


def _note_end(v: DocView, i: int, end: int) -> int | None:
    """The comma closing a writer's note whose complementizer is at i, None when the
    note runs to the sentence's end."""
    for j in range(i + 1, end):
        if v.punct(j, "،,"):
            return j
        if v.punct(j, ".!?؟:"):
            return None
    return None


def _object_starts(v: DocView, start: int, past: tuple[int, int], end: int) -> list[int]:
    """Where the object of a demand or charge may start: right after the subject, or
    past an aside or a place phrase closed by a comma ("حذرت سارة ساندرز، المتحدثة باسم
    البيت الأبيض، إيران من …"، "وتتهم الإدارة الذاتية في شمال سوريا، الحكومة التركية
    بدعم …") and the time words after it ("دعا روتش كابوري، رئيس #بوركينافاسو، اليوم
    السبت، مواطني بلاده إلى …")."""
    found = {start}
    for s in past:
        if s > start:
            first = s + 1 if v.punct(s, "،,") else s
            found |= {first, skip_adverbials(v, first, end)[0]}
    return sorted(found)


def _prepositional_clause(v: DocView, i: int, end: int) -> tuple[str, int, int, int | None]:
    """What a cue's preposition introduces: the quoted words when a quotation follows
    the preposition at once ("أعربت عن "قلقها الشديد" إزاء الغارات"، "وصفها بـ"الاستفزازية
    وغير المبررة""), else the clause up to its end."""
    r = v.region_opening(i + 1) if v.keys[i] in _QUOTING_PREPOSITIONS else None
    if r is not None and v.regions[r].closer is not None and not _is_name_region(v, r):
        reg = v.regions[r]
        if _phrase_ends(v, reg.closer + 1, end):
            return "direct", reg.first, reg.last, r
    return "indirect", i, _clause_end(v, i, end), None


def _phrase_ends(v: DocView, i: int, end: int) -> bool:
    """Whether the phrase ends before token i: at punctuation, a preposition or a word
    with a conjunction; a bare noun or a relative pronoun continues it ("بـ"انتهاك" حقوق
    الإنسان"، "إلى "مئات الداعشيين" الذين"), so the quoted words are only part of it."""
    if i >= end or v.punct(i) or v.proclitics[i]:
        return True
    return v.is_("function", i) and v.keys[i] not in _RELATIVE_GENDER


_QUOTING_PREPOSITIONS = frozenset({"عن", "الى", "على", "من", "ب", "بان", "بانه", "بانها"})


def _prepositional(v: DocView, i: int, takes: frozenset[str], no_subject: bool) -> bool:
    """طالب بـ…، دعا إلى…، شدد على…، حذر من…، كشف عن…، نفى وقوع…: a claim or demand."""
    key, pro = v.keys[i], v.proclitics[i]
    if "على" in takes and key == "على":
        return True
    if "الى" in takes and key == "الى":
        return True
    if "من" in takes and key == "من":
        return True
    if "عن" in takes and key == "عن":
        # كشف عن…، أعرب عن…: what was disclosed or expressed; not a thing shown
        # ("كشفت وزارة الداخلية عن هوية المهاجم"، "تكشف عن هاتف جديد").
        return not v.is_("unveiled", i + 1) and not _topic_talked_about(v, i + 1, takes)
    if "ب" in takes and pro.endswith("ب") and v.word(i):
        return True
    if "ل" in takes and pro.endswith("ل") and v.word(i) and not v.is_("function", i):
        return True  # "يدعو للتحقيق في …": ل for إلى
    if "F" in takes and not pro and v.is_("reported_fact", i):
        return True  # "أعلنت موسكو مقتل خمسة مواطنين": a reported fact
    # "نفى وقوع إصابات": a bare verbal noun. After a subject the speaker phrase has
    # already stopped where its object starts ("وتنفي روسيا التورط"، "نفى المتحدث
    # وقوع …"، "أكد الحزب دعمه"); a name there is a second actor, and so is a definite
    # title, not what was said ("وطلبت الشرطة مساعدة المواطنين" is a request).
    return (
        "N" in takes
        and v.word(i)
        and (v.keys[i] in _ANY_OR_THAT or not v.is_("function", i))
        and not v.is_("time", i)
        and not v.is_("attribution", i)  # "نفت تورط قوات الأمن حسبما قالت …"
        and not pro  # "نفت باستمرار": an adverb, not what was denied
        and (
            no_subject
            or v.third_person[i]
            or not (v.definite[i] or v.name_like(i))
            or not (v.entity_label(i) or v.is_("title", i))
        )
    )


def _topic_talked_about(v: DocView, j: int, takes: frozenset[str]) -> bool:
    """After a cue that takes only "عن" (تحدث), a noun with the article is the topic
    talked about ("وتحدث الطرفان عن الجدول الزمني للاتصالات"), not what was said; an
    indefinite claim ("تحدثت عن إصابة جندي") or a verbal noun ("عن التأكيد") is."""
    return (
        takes == _ABOUT_ONLY
        and j < v.n
        and v.definite[j]
        and not v.proclitics[j]
        and not verbal_noun(v, j)
    )


_ABOUT_ONLY = frozenset({"عن"})

# "نفت الحكومة أي دور لها"، "تنفي روسيا ذلك": what was denied, though a function word.
_ANY_OR_THAT = frozenset({"اي", "ذلك", "تلك", "هذا", "هذه", "عدم"})

PARENTHESIS_MAX = 15  # tokens of an aside between commas after the subject


def _after_parenthesis(v: DocView, start: int, end: int) -> int:
    """One past the comma that closes an aside opened by a comma just before
    `start`; -1 when there is none."""
    if not v.punct(start - 1, "،,"):
        return -1
    # "وقالت الفنانة، التي عرفت بتقديم برامج، إنها …"، "وقال المسؤول، الذي طلب عدم نشر
    # اسمه، إن …": the verb of a relative clause describes the speaker; with no
    # complementizer of its own, it reports nothing.
    relative = _describes_subject(v, start)
    for j in range(start, min(end, start + PARENTHESIS_MAX)):
        if v.punct(j, "،,"):
            return j + 1
        hashtag = v.punct(j, "#")  # "، رئيس #بوركينافاسو،"
        if (
            (v.punct(j) and not hashtag)
            or v.complementizer(j)
            or (_own_speech(v, j) and not relative)
        ):
            return -1
    return -1


def _describes_subject(v: DocView, start: int) -> bool:
    """A relative clause opens at `start` whose verb has the noun before it as its
    subject: not "تصريحات كريغر، التي دعا فيها …" (statements in which he called)."""
    return (
        start < v.n
        and v.keys[start] in _RELATIVE_GENDER
        and not (start + 2 < v.n and v.keys[start + 2] in _IN_IT)
    )


def _in_relative_aside(v: DocView, start: int, aside: int, i: int) -> bool:
    """Token i is inside a relative clause between commas right after the subject
    (see `_after_parenthesis`)."""
    return start <= i < aside and _describes_subject(v, start)


def _own_speech(v: DocView, j: int) -> bool:
    """A cue between a speaker and its content is speech of its own, unless it is a
    common word right after a noun ("على صفحته عبر موقع فيسبوك": عبر is "via";
    "مسؤول طلب عدم الكشف عن هويته": a relative clause of the speaker's)."""
    hit = v.cue(j)
    return (
        hit is not None
        and not _common_word_after_noun(v, j, hit)
        and not _seat(v, j, hit)
        and not _describes_statement(v, j, hit)
    )


def _describes_statement(v: DocView, j: int, hit: CueHit) -> bool:
    """ "وقالت الوزارة في بيان أوردته وكالة الأنباء الرسمية إن …"، "وأكد الزبير، في
    تصريحات نقلتها وكالة الأنباء السودانية، أن …": a cue with the pronoun of the
    statement noun before it is a relative clause that tells where it was read."""
    return hit.has_object and v.is_("situation", j - 1) and not v.is_("time", j - 1)


def _common_word_after_noun(v: DocView, j: int, hit: CueHit) -> bool:
    return (
        _ambiguous(v, hit)
        and v.word(j - 1)
        and not v.is_("function", j - 1)
        and not _opens_clause(v, j)
    )


PLACE_MAX = 3  # words of a short place phrase between the subject and the complement


def _after_place(v: DocView, start: int, end: int) -> int:
    """ "وأعرب قادة بارزون في المنطقة عن اعتراضهم": past a short phrase of place or
    occasion after the subject, where the cue's preposition may stand; -1 when none."""
    if start >= end or v.keys[start] not in ("في", "خلال", "امام"):
        return -1
    j = start + 1
    while j < end and j - start <= PLACE_MAX and v.word(j) and not v.is_("function", j):
        j += 1
    return j if j > start + 1 else -1


SITUATION_REACH = 10  # tokens of "في بيان مشترك عقب القمة" before the cue's preposition


def _after_situation(v: DocView, start: int, end: int, takes: frozenset[str]) -> int:
    """ "وتعهد الزعيمان في بيان مشترك عقب القمة بالعمل نحو …"، "تعهدوا في مؤتمر في
    بروكسل نهاية نيسان الماضي بتقديم …": past the occasion of speaking (في/خلال and a
    word of the `situation` list), the first preposition the cue takes; -1 when none.
    The occasion holds no punctuation, complementizer, quotation or cue of its own."""
    if start + 1 >= end or v.keys[start] not in ("في", "خلال") or not v.is_("situation", start + 1):
        return -1
    explicit = takes - {"N", "F"}
    for j in range(start + 2, min(end, start + SITUATION_REACH + 1)):
        stop = v.punct(j) and not v.punct(j, "/")  # "نهاية نيسان/أبريل الماضي"
        if stop or j in v.region_at or v.complementizer(j) or v.cue(j) is not None:
            return -1
        if _prepositional(v, j, explicit, False):
            return j
    return -1


def _complements(hit: CueHit) -> frozenset[str]:
    """What ends the speaker phrase as the cue's complement; "من" for a request
    made of someone ("طلب الوزير من الحكومة مراجعة"); never ل, which joins a title
    to its body ("دعا الأمين العام للأمم المتحدة")."""
    takes = hit.form.takes - {"ل"}
    return takes | {"من"} if "O" in takes and "N" in takes else takes


def _after_addressee(v: DocView, i: int, end: int) -> int | None:
    """Past the short noun phrase after "طلب … من" and a comma after it. A name is
    the whole addressee: "وطلبت تركيا من قطر التدخل" asked Qatar to intervene."""
    j = i
    entity = v.entity_at.get(i) if v.entity_at is not None else None
    if entity is not None:
        while j < end and v.entity_at.get(j) is entity:
            j += 1
        return j + 1 if v.punct(j, "،,") else j
    while (
        j < end
        and j - i < OBJECT_GAP
        and not v.is_("function", j)
        and (v.definite[j] or v.name_like(j, loose=True) or v.entity_label(j) is not None)
    ):
        j += 1
    if j == i:
        return None
    return j + 1 if v.punct(j, "،,") else j


def _preposition_after_object(v: DocView, start: int, i: int, takes: frozenset[str]) -> bool:
    """ "دعا غوتيريس جميع الدول إلى احترام…": the cue's preposition after a short
    object (whom the demand or charge is aimed at), with no punctuation between."""
    if "O" not in takes or i <= start:
        return False
    skipped = set()  # "وحث الاتحاد روسيا من جديد على": "من جديد" is "again"
    for j in range(start, i - 1):
        if v.keys[j] == "من" and v.keys[j + 1] == "جديد":
            skipped |= {j, j + 1}
        elif v.keys[j] == "في" and v.is_("situation", j + 1):
            # "وطالب التحالف أنصاره في بيان له أمس بمواصلة": where it was said
            skipped |= set(range(j, min(i, j + 5)))
    if len(set(range(start, i)) - skipped) > OBJECT_GAP:
        return False
    if not all(j in skipped or _object_word(v, j, start) for j in range(start, i)):
        return False
    key, pro = v.keys[i], v.proclitics[i]
    # "مطالبا لبنان بألا يكون …": بـ before "ألا" (that … not) too.
    return (
        (key in takes and key != "ان")
        or (
            "ب" in takes
            and pro.endswith("ب")
            and v.word(i)
            and (not v.is_("function", i) or v.stems[i] == "الا")
        )
        or ("ل" in takes and pro.endswith("ل") and v.word(i) and not v.is_("function", i))
    )


def _object_word(v: DocView, j: int, start: int) -> bool:
    """A word of the object before a demand or charge's preposition; "في" inside it
    places its head ("اتهم مادورو كولومبيا وعناصر في الولايات المتحدة بتحريك …")."""
    return v.word(j) and (not v.is_("function", j) or (j > start and v.keys[j] == "في"))


def _complement(v: DocView, c: int, end: int) -> tuple[str, int, int, int | None]:
    """Direct when the complement clause is one quotation ("أنه "…""), else indirect."""
    last = _clause_end(v, c, end)
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
        words = _region_words(v, r)
        mostly = words >= MOSTLY_QUOTED and words >= after
        if (after <= 1 or mostly) and not _is_name_region(v, r):
            return "direct", reg.first, reg.last, r
        break
    return "indirect", c, last, None


def _clause_end(v: DocView, start: int, end: int) -> int:
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
        if (v.texts[i] in _HEADLINE_BREAKS or v.punct(i, ":")) and _in_title(v, i):
            return i  # "تركيا تؤكد استمرار عملية عفرين.. وأردوغان: …": a headline's parts
        if v.punct(i, "،,;؛") and (
            v.is_("cut", i + 1)
            or _comment_opens(v, i + 1)
            or _circumstantial(v, i + 1)
            or _participle_cue(v, i + 1)
            or _conjoined_cue(v, i + 1)
            or (_phrase_clause(v, start, i) and _conjoined_verb(v, i + 1))
            or (_phrase_clause(v, start, i) and _which_is(v, i + 1))
            or _writer_denies(v, i + 1)
        ):
            return i
        if v.keys[i] == "في" and i + 1 < end and v.keys[i + 1] == "حين":
            return i
        if _bare_participle(v, i, end):
            return i
        if (
            v.cue(i) is not None
            and _opens_clause(v, i)
            and _has_content_soon(v, i, end)
            and not _subject_awaits_verb(v, start, i)
        ):
            opener = v.is_("function", i - 1) or v.keys[i - 1] in _WHEN | _BUT
            back = i - 1 if opener and i - 1 > start else i
            return back
        if v.cue(i) is not None:
            comma = _new_subject(v, start, i)
            if comma is not None and _has_content_soon(v, i, end):
                return comma
        i += 1
    return end


_BARE_COMPLEMENTIZERS = frozenset({"ان", "بان"})
SUBJECT_WORDS = 12  # words of a reported clause's subject before a comma and its verb


def _subject_awaits_verb(v: DocView, start: int, i: int) -> bool:
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
        _finite_verb(v, j) or v.keys[j] in RELATIVES for j in subject
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


_HEADLINE_BREAKS = frozenset({"..", "...", "…"})
NEW_SUBJECT_WORDS = 6  # words of a new subject between a comma and its cue


def _new_subject(v: DocView, start: int, i: int) -> int | None:
    """ "طالبت بمحاكمة نتانياهو، وصحف أخرى تساءلت …"، "…، لكن الباحث يؤكد أن":
    after a comma, a subject with و/ف or لكن and then a cue open the next clause,
    another speaker's; the comma where it opens, or None."""
    for b in range(i - 1, max(start, i - 1 - NEW_SUBJECT_WORDS), -1):
        if not v.word(b):
            return None
        if not v.punct(b - 1, "،,"):
            continue
        if v.keys[b] in _BUT:
            first, proclitic = b + 1, False
        elif v.keys[b] in _EXCEPT and b + 1 < i and v.keys[b + 1] == "ان":
            first, proclitic = b + 2, False  # "…، إلا أن ناردين أكدت أنها"
        elif v.proclitics[b] in ("و", "ف"):
            first, proclitic = b, True
        else:
            return None
        phrase = noun_phrase(v, first, i, allow_proclitic=proclitic)
        return b - 1 if phrase is not None and phrase.end == i and b - 1 > start else None
    return None


def _circumstantial(v: DocView, i: int) -> bool:
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


def _conjoined_cue(v: DocView, i: int) -> bool:
    """ "…، ودعت جميع الأطراف إلى ضبط النفس": a cue with "و" after a comma is the
    speaker's next act of speech, not more of what was said."""
    hit = v.cue(i)
    return (
        hit is not None
        and not hit.form.participle
        and (v.proclitics[i] == "و" or (v.keys[i][:1] == "و" and v.keys[i] not in v.lexicon.cues))
    )


def _comment_opens(v: DocView, i: int) -> bool:
    """ "، في إشارة إلى …": two words that open the writer's comment on what was said
    (words.tsv `cut_pair`)."""
    return i + 1 < v.n and v.lexicon.has("cut_pair", f"{v.keys[i]} {v.keys[i + 1]}")


def _phrase_clause(v: DocView, start: int, i: int) -> bool:
    """Whether the reported words from `start` to `i` are a verbal noun or a
    preposition's phrase with no clause of their own: no complementizer, relative
    pronoun or colon whose clause a later verb could continue."""
    if start > 0 and v.punct(start - 1, ":"):
        return False
    return not any(v.complementizer(j) or v.keys[j] in _RELATIVE_GENDER for j in range(start, i))


def _conjoined_verb(v: DocView, i: int) -> bool:
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


def _writer_denies(v: DocView, i: int) -> bool:
    """ "قالت وسائل إعلام إن الجرحى من المشجعين، لكنها لم تحدد جنسياتهم": "لكن" with
    a pronoun, the past negation "لم" and a verb of saying or of giving details after a
    reported clause is the writer's note on what the speaker left unsaid. Any other
    verb goes on with what was said ("إنها انتظرته، لكنه لم يخرج"), and so does "لكنه
    لن/لا …"."""
    return (
        i + 2 < v.n
        and v.keys[i] in _BUT_PRONOUN
        and v.keys[i + 1] == "لم"
        and (v.cue(i + 2) is not None or v.is_("unsaid", i + 2))
    )


def _which_is(v: DocView, i: int) -> bool:
    """ "اتهمت المعارضة بتدبير الحادث، وهو ما يثير مخاوف …": "وهو ما" (which is
    what) after a verbal noun or a preposition's phrase is the writer's comment."""
    return i + 1 < v.n and v.keys[i] in ("وهو", "وهي") and v.keys[i + 1] in ("ما", "الامر", "امر")


def _verb_form(v: DocView, key: str) -> bool:
    """A past verb whose plural the news writes ("سمح": "سمحوا"), or a present verb
    written with the future prefix ("يواجه": "سيواجه")."""
    if v.freq.get(key + "وا", 0) >= VERB_MIN_FREQ:
        return True
    return v.future_form(key)


def _participle_cue(v: DocView, i: int) -> bool:
    """ "، متهما الولايات المتحدة بـ…"، "، مشيدا بمواقف قطر": a cue's participle after
    a comma is the speaker's next act of speech, not more of what was said."""
    hit = v.cue(i)
    return hit is not None and hit.form.participle and not v.proclitics[i]


def _bare_participle(v: DocView, i: int, end: int) -> bool:
    """ "أن التصعيد غير مسبوق منذ بدء الحملة مشيرا إلى استمرار الغارات": a cue's
    participle with no comma before it, followed at once by its own preposition, is
    the speaker's next act of speech, not more of what was said. After an indefinite
    word it is that word's adjective ("عقوبات مشددة على"، "أدلة مؤكدة على"), and a
    cue that never goes without its object is passive there ("بريطانية متهمة بالتجسس")."""
    hit = v.cue(i)
    return (
        hit is not None
        and hit.form.participle
        and "M" not in hit.form.takes
        and not v.proclitics[i]
        and _determined(v, i - 1)
        and not _predicate(v, i)
        and not noun_after_complementizer(v, i)
        and i + 1 < end
        and _prepositional(v, i + 1, hit.form.takes - {"N", "F"}, True)
    )


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


def _opens_clause(v: DocView, i: int) -> bool:
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
        or v.keys[i - 1] in _CLAUSE_OPENERS
        or v.keys[i - 1] in _BUT  # "…"بلوك تشين"، لكنه شدد على أن"
        or v.keys[i - 1] in _WHEN  # "ما وصفه بالخطأ الفادح، حين قال إن"
    )


# A relative pronoun or a word that opens a clause before its verb ("التي قال"، "كما
# أكد"، "حيث أشار").
_CLAUSE_OPENERS = RELATIVES | frozenset({"كما", "ثم", "حيث"})
_WHEN = frozenset({"حين", "عندما", "بعدما", "حينما", "لما"})
# "إلا أن"، "غير أن"، "بيد أن": "but", with the complementizer before the subject.
_EXCEPT = frozenset({"الا", "غير", "بيد"})
_BUT = frozenset({"لكن", "لكنه", "لكنها", "ولكن", "ولكنه", "ولكنها", "لكنهم", "ولكنهم"})
# Words only a verb follows: "قد"، and "لكن" carrying the verb's subject ("لكنه يرد بأنه").
_BUT_PRONOUN = _BUT - {"لكن", "ولكن"}  # "لكنه"، "ولكنها": the verb's subject carried
_BEFORE_VERB = frozenset({"قد", "وقد", "فقد", "لقد"}) | _BUT_PRONOUN


def _has_content_soon(v: DocView, i: int, end: int) -> bool:
    hit = v.cue(i)
    if (
        hit is not None
        and v.proclitics[i] in ("و", "ف")
        and i + 1 < end
        and _prepositional(v, i + 1, hit.form.takes - {"N"}, True)
    ):
        return True  # "التورط في تسميم سكربيل وتطالب بالحصول على …": a second demand
    for j in range(i + 1, min(end, i + 6)):
        if v.complementizer(j) or v.region_opening(j) is not None or v.punct(j, ":"):
            return True
    return hit is not None and _own_content(v, i, end, hit)


OWN_REACH = 8  # tokens from a cue inside a reported clause to the content of its own
_CLOSING_MARKS = frozenset({'"', "»", "”"})


def _own_content(v: DocView, i: int, end: int, hit: CueHit) -> bool:
    """ "إلى "وقف فوري للتصعيد" وحث جميع الأطراف على الالتزام"، "، كما أكد رفضه
    لـ…"، "، لكنه أكد في الوقت ذاته على ضرورة …": a finite cue that opens a clause
    (after a comma or a closing mark, or after كما/ثم/حيث, لكن or a word of time)
    and has content of its own (a preposition or a verbal noun after its subject) is
    the next act of speech. Participles are left to the complementizer rule: after a
    quotation they as often describe it ("، منددا بالفقر")."""
    if hit.form.participle or not (
        v.punct(i - 1, "،,؛;")
        or v.texts[i - 1] in _CLOSING_MARKS
        or v.keys[i - 1] in _WHEN | _BUT
        or v.keys[i - 1] in ("كما", "ثم", "حيث")
    ):
        return False
    p, _ = skip_adverbials(v, i + 1, end)
    phrase = noun_phrase(v, p, end, complements=_complements(hit))
    if phrase is not None:
        p, _ = skip_adverbials(v, phrase.end, end)
    content = _content(v, i, p, end, hit, phrase is None)
    return content is not None and content[1] - i <= OWN_REACH


def _implicit(state: _State, k: int, hit: CueHit) -> Mention | None:
    """The speaker of a cue with no subject after it."""
    v = state.view
    sentence = v.sent_of[k]
    if hit.form.participle:
        for said in _recent(state.said):
            if v.sent_of[said.token] == sentence and _agree(said.gender, hit.form.gender):
                return said.mention  # "مضيفا": the clause's speaker
        if v.is_("noun_participle", k):
            # "علق راموس على حديث رونالدو بالقول": the name before is the object.
            near = _clause_agent(v, k) or _named_sentence_subject(v, k) or _nearest_name(v, k)
        else:
            near = _nearest_name(v, k) or _named_sentence_subject(v, k) or _clause_agent(v, k)
        if near is not None:
            # "ودافعت إسرائيل عن هذا الإجراء قائلة": the subject of the clause's verb.
            return speaker_mention(v, near, hit.form.gender)
    else:
        antecedent = _antecedent(v, k, hit.form.gender) or _issuer(v, k)
        if antecedent is None and k + 1 < v.n and v.keys[k + 1] in _IN_IT:
            # "نشرت السفارة الروسية … عدة تغريدات بموقع تويتر تقول فيها": what the
            # pronoun stands for was made by the subject of the verb before.
            antecedent = _clause_agent(v, k)
        if antecedent is not None:
            return speaker_mention(v, antecedent, hit.form.gender)
        before = _subject_before(v, k)
        if before is not None and not _impersonal(v, k, before):
            return speaker_mention(v, before, hit.form.gender)
        if v.proclitics[k] in ("و", "ف") or v.keys[k][:1] in ("و", "ف"):
            subject = _sentence_subject(v, k)
            if subject is not None:
                return speaker_mention(v, subject, hit.form.gender)
        for said in _recent(state.said):
            if v.sent_of[said.token] == sentence and said.spoke:
                return said.mention  # "التي قال إنها": the sentence's speaker
        source = _attribution_before(v, k) or _feminine_attribution_before(v, k, hit)
        if source is not None:
            return speaker_mention(v, source, hit.form.gender)
    paragraph = v.para_of[k]
    topic = _previous_subject(v, k, hit.form.gender)
    for said in _recent(state.said):
        if topic is not None and said.token < topic.start:
            break
        if v.para_of[said.token] < paragraph - INHERIT_PARAGRAPHS:
            break
        same = said.gender == hit.form.gender
        if said.spoke and (same or (hit.form.participle and _agree(said.gender, hit.form.gender))):
            return said.mention
    # "واصلت السفيرة نيكي هايلي الضغط …. وقالت": the subject the previous sentence
    # told of, when no speaker came after it.
    return speaker_mention(v, topic, hit.form.gender) if topic is not None else None


# Word lists of things, not of who speaks (a medium, an occasion, an event).
_THING_LISTS = ("medium", "situation", "reported_fact", "speech_noun", "time")


def _remember(state: _State, said: _Said) -> None:
    """Keeps a speaker for later quotes unless it names a thing: such a subject was
    misread for its own quote ("عبر الهاتف" read as "expressed the phone"), and
    carried forward it takes the quotes of the people named before it."""
    if not _thing_speaker(state.view, said.mention):
        state.said.append(said)


def _thing_speaker(v: DocView, mention: Mention) -> bool:
    """A speaker headed by a word for a thing ("الهاتف"، "البيان"، "مقتل"), with no
    name, title or source word at its head."""
    if mention.attrs.get("anonymous") or mention.attrs.get("role"):
        return False
    head = _token_at(v, mention.start)
    return plain_noun(v, head) and any(v.is_(c, head) for c in _THING_LISTS)


def _recent(said: list[_Said]) -> list[_Said]:
    """The latest speakers, newest first: a pronoun or a continuation never reaches
    further back, and a bound keeps long texts linear."""
    return said[: -RECENT_SPEAKERS - 1 : -1]


def _previous_subject(v: DocView, k: int, gender: str) -> Phrase | None:
    """For a cue that opens its sentence ("وقالت"), the named subject of the
    previous sentence when that sentence opens with a verb of the same gender."""
    s = v.sent_of[k]
    if s < 1 or v.sent_bounds[s][0] != k:
        return None
    first, end = v.sent_bounds[s - 1]
    first = _after_opening_adverbial(v, first, end)
    verb = v.keys[first] if first < end else ""
    if first >= end or v.cue(first) is not None or not v.word(first):
        return None
    if v.is_("function", first) and verb not in _KANA:
        return None  # "وكان جو جاكسون قد نشر": كان opens with its subject too
    phrase = noun_phrase(v, first + 1, end)
    if phrase is None or phrase.name is None:
        return None
    # A past verb ends in ت for a feminine subject (واصلت); a prefixed ت is also
    # the masculine of تحدث، تابع, so the present is not read for gender.
    verb_gender = "f" if verb.endswith("ت") else "m"
    return phrase if verb_gender == gender else None


def _after_opening_adverbial(v: DocView, i: int, end: int) -> int:
    """Past "من جهتها،", "وفي المقابل،": the words before a sentence's verb."""
    for j in range(i, min(end, i + 4)):
        if v.punct(j, "،,"):
            return j + 1
    return i


def _nearest_name(v: DocView, k: int) -> Phrase | None:
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


def _agree(a: str, b: str) -> bool:
    """Genders of a speaker and a later verb: "مشيرة" does not continue "قال"."""
    return a == b or "p" in (a, b)


_RELATIVE_GENDER = {"الذي": "m", "التي": "f", "الذين": "p", "اللذين": "p", "اللتين": "p"}


_IN_IT = frozenset({"فيه", "فيها", "فيهم", "فيهما"})
_OF_HIM = frozenset({"منه", "منها", "منهم", "منهما"})


def _issuer(v: DocView, k: int) -> Phrase | None:
    """ "أصدرت الوزارة بيانا أكدت فيه أن …", "أصدر عدد من الأحزاب بيانات عبروا فيها
    عن …": the statement's issuer, the subject of the verb before it, speaks."""
    if k + 1 >= v.n or v.keys[k + 1] not in _IN_IT or not v.is_("situation", k - 1):
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


def _antecedent(v: DocView, k: int, gender: str) -> Phrase | None:
    """ "النظام الكوري الشمالي الذي يعتبر أن …": the noun a relative pronoun stands
    for is the speaker when the verb agrees with the pronoun ("التعديلات … التي
    قال إنها" does not agree: there the speaker is the sentence's)."""
    if k < 2 or _RELATIVE_GENDER.get(v.keys[k - 1]) != gender:
        return None
    rel = k - 1
    if v.punct(rel - 1, "،,"):
        rel -= 1  # "ساركوزي، الذي"
    start = rel
    while (
        start > 0
        and rel - start < MAX_ANTECEDENT
        and (
            v.definite[start - 1]
            or v.name_like(start - 1)
            or v.entity_label(start - 1) is not None  # "لإسرائيل، التي تعتبر"
        )
    ):
        start -= 1
    if start == rel:
        return None
    phrase = noun_phrase(v, start, rel)
    if phrase is not None and phrase.end < rel and _definite_adjectives(v, phrase, rel):
        phrase.end = rel  # "البنك المركزي الألماني الذي شدد": the noun with its adjectives
    if phrase is None or phrase.end != rel:
        return None
    # "تطرقت إلى الأغنية الخليجية التي قالت إنها تستهويها": a thing after a preposition
    # is what the clause's subject spoke of, not who spoke.
    if start > 0 and v.keys[start - 1] in _THING_PREPOSITIONS and not _speaks(v, phrase):
        return None
    return phrase


_THING_PREPOSITIONS = frozenset({"الى", "عن", "على", "في"})


def _definite_adjectives(v: DocView, phrase: Phrase, rel: int) -> bool:
    """The words between a definite common noun and its relative pronoun are
    adjectives of it ("البنك المركزي الألماني"): definite words with no proclitic."""
    return (
        phrase.name is None
        and v.definite[phrase.start]
        and all(v.definite[j] and not v.proclitics[j] for j in range(phrase.end, rel))
    )


def _subject_before(v: DocView, k: int) -> Phrase | None:
    """ "لافروف قال", "وكان ماكرون قال", "أما X فاعتبر", "لكن مسؤولا … تحدث … قال"."""
    sentence_start = v.sent_bounds[v.sent_of[k]][0] if v.sent_of[k] >= 0 else 0
    topic = _topic(v, k, sentence_start)
    if topic is not None:
        return topic
    aside = _aside_before(v, k, sentence_start)
    if aside is not None:
        # "وكانت وثيقة رسمية مسربة، نشرها موقع "العربية.نت"، كشفت": the subject
        # stands before the aside; "لكن "جيش الإسلام"، الفصيل الأقوى، ينفي": quoted.
        return _subject_before(v, aside) or _quoted_name_before(v, aside - 1)
    i, cue = k - 1, k
    if v.punct(i, "،,") and i > sentence_start:
        i -= 1  # "لكن مسؤولا كبيرا بالاتحاد الأوروبي، أقر بأنه"
        k = i + 1
    while i >= sentence_start and k - i < MAX_GAP:
        if v.punct(i) or v.complementizer(i) or (v.is_("opener", i) and i < k - 1):
            break
        if v.cue(i) is not None and not noun_after_complementizer(v, i):
            if k - i > CHAIN_GAP or (v.cue(i).form.participle and not v.proclitics[cue]):
                # "لافتا إلى استمرار المواجهات وسط تقدم وصفه بـ"الثابت"": a verb in
                # what a participle spoke of, not one coordinated with it ("محذرا
                # إيران …، وقال"); the participle's speaker is the clause's.
                return None
            if v.keys[i - 1] in RELATIVES:
                # "الجماهير الذين تحدثت إليهم أعربوا": that verb is the clause's.
                return _relative_subject(v, i - 1, k, sentence_start)
            # "مسؤول … تحدث شريطة عدم الكشف عن هويته قال": one subject, two verbs.
            return _subject_before(v, i) or noun_phrase(v, i + 1, k)
        if v.keys[i] in _CLAUSE_OPENERS:
            # "التي قال": the subject is the antecedent's speaker; "أغلب الآباء الذين
            # تحدثنا إليهم وصفوا": a whole relative clause, then the main verb.
            return _relative_subject(v, i, k, sentence_start)
        i -= 1
    start = i + 1
    while start < k and v.keys[start] in _LEADING_AUXILIARIES:
        start += 1
    if start >= k:
        return None
    phrase = noun_phrase(v, start, k, allow_proclitic=False)
    if phrase is None:
        return None
    if phrase.end >= k - 1:
        return phrase
    if phrase.name is None and _place_modifier(v, phrase, k):
        # "رجال الدين المحافظين الغاضبين في مشهد تحدثوا": where the group is, then
        # its verb; the modifier belongs to the description.
        phrase.end = k
        return phrase
    # "عاصي الحلاني صاحب الخبرة الأكبر في البرنامج أكد أن": a named subject, then
    # an apposition before the verb.
    if phrase.name is not None and phrase.name[0] == start and k - phrase.end <= CHAIN_GAP:
        return phrase
    return None


def _place_modifier(v: DocView, phrase: Phrase, k: int) -> bool:
    """Tokens [phrase.end, k) are "في" or "من" and one place name ("في مشهد"): where
    the group before its verb is, a modifier of the subject; not after a phrase that
    opens with a verb ("تناقلت وسائل إعلام …")."""
    j = phrase.end
    if v.keys[j] not in ("في", "من") or j + 1 >= k or v.entity_at is None:
        return False
    place = v.entity_at.get(j + 1)
    if place is None or place.label != "LOC" or place.end != v.tokens[k - 1].end:
        return False
    # "تساهم" beside "ستساهم" (20 or more) is a bare present verb
    return not (_finite_verb(v, phrase.start) or v.future_form(v.keys[phrase.start], "يت", 20))


def _past_relative(v: DocView, k: int, hit: CueHit) -> Phrase | None:
    """The subject before a verb that takes an object, when a relative clause stands
    between them (the phrase after the verb is then its object)."""
    if "O" not in hit.form.takes:
        return None
    subject = _subject_before(v, k)
    if subject is None or not any(v.keys[j] in RELATIVES for j in range(subject.end, k)):
        return None
    return subject


# Particles and auxiliaries of a verb ("الذي كان يتحدث"، "التي لم تعلن").
_AUXILIARIES = frozenset({"كان", "كانت", "كانوا", "قد", "لم", "لن", "لا", "ما", "سوف", "ظل", "ظلت"})
# Auxiliaries before a sentence's subject ("وكان المتحدث قد قال"): not part of it.
_LEADING_AUXILIARIES = frozenset({"كان", "كانت", "وكان", "وكانت", "قد", "وقد", "فقد"})
# Words before a sentence's subject that are not part of it ("لكن"، "وكان").
_OPENING_WORDS = _BUT | _LEADING_AUXILIARIES


def _relative_subject(v: DocView, r: int, k: int, sentence_start: int) -> Phrase | None:
    """The noun phrase opening the sentence before the relative pronoun at r, when a
    clause stands between the pronoun and the verb at k and the verb agrees with the
    pronoun ("التحالف الذي تقوده السعودية …، يعتبر"): the verb is the main clause's,
    its subject the pronoun's antecedent."""
    verb = k + 1 if v.punct(k) else k  # k may be a comma before the verb
    hit = v.cue(verb)
    if hit is None or r >= k - 1 or _RELATIVE_GENDER.get(v.keys[r]) != hit.form.gender:
        return None
    if v.proclitics[verb] or (v.keys[verb][:1] in "وف" and v.keys[verb] not in v.lexicon.cues):
        return None  # "الأوضاع التي جرى فيها التصويت، واتهمته الحكومة": a second clause
    if all(v.keys[j] in _AUXILIARIES for j in range(r + 1, k)):
        return None  # "راي الذي كان يتحدث": the verb is the relative clause's own
    start = _after_opening_adverbial(v, sentence_start, r)
    while start < r and v.keys[start] in _OPENING_WORDS:
        start += 1
    end = r - 1 if v.punct(r - 1, "،,") else r
    if end - start > MAX_ANTECEDENT:
        return None
    phrase = noun_phrase(v, start, end, allow_proclitic=True)
    return phrase if phrase is not None and phrase.end == end else None


def _aside_before(v: DocView, k: int, sentence_start: int) -> int | None:
    """The comma that opens an aside ("، نشرها موقع العربية،", "، الذي زار المدينة،")
    closed by a comma right before k."""
    if not v.punct(k - 1, "،,") or v.proclitics[k] or v.keys[k][:1] in "وف":
        return None  # "…، وأشارت": a coordinated verb shares the first clause's subject
    for j in range(k - 2, max(sentence_start, k - 2 - PARENTHESIS_MAX), -1):
        if v.punct(j, "،,"):
            named = v.word(j - 1) or _quoted_name_before(v, j - 1) is not None
            return j if j - 1 > sentence_start and named else None
        if v.punct(j, ".:؛;!?؟") or v.complementizer(j) or v.cue(j) is not None:
            return None
    return None


def _quoted_name_before(v: DocView, i: int) -> Phrase | None:
    """The short quoted name whose closing mark is token i ("لكن "جيش الإسلام"،")."""
    r = v.region_at.get(i)
    if r is None or v.regions[r].closer != i:
        return None
    reg = v.regions[r]
    if not 0 < reg.last - reg.first <= NAME_MAX_WORDS or v.entity_label(reg.first) is None:
        return None
    return Phrase(reg.first, reg.last, name=(reg.first, reg.last))


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


_KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})


def _sentence_subject(v: DocView, k: int) -> Phrase | None:
    """ "وكان الرئيسان بحثا … وشددا على": a coordinated verb shares the subject that
    opens its sentence ("كان" + subject, or a titled or named subject first)."""
    s = v.sent_of[k]
    if s < 0:
        return None
    i = v.sent_bounds[s][0]
    kana = v.keys[i] in _KANA
    if kana:
        i += 1
    elif v.keys[i][:1] in ("و", "ف") and not v.keys[i][1:].startswith("ال"):
        i += 1  # "وجزم جعجع بأن … وقال": a verb opens the sentence, its subject follows
    phrase = noun_phrase(v, i, k)
    if phrase is None or not (
        kana
        or phrase.name is not None
        or phrase.title
        or v.is_("source_head", phrase.start)
        or v.entity_label(phrase.start) is not None  # "ودافعت إسرائيل"
    ):
        return None  # "صحيفة لوفيغارو وضعت … وكتبت أن": a newspaper, agency or body
    return phrase


AGENT_REACH = 40  # tokens back from a participle to the verb whose subject it shares
AGENT_VERBS = 2  # verbs looked at, the nearest first


def _clause_agent(v: DocView, k: int) -> Phrase | None:
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
        if not _finite_verb(v, j):
            continue
        for subject in (noun_phrase(v, j + 1, k), _subject_before(v, j)):
            if subject is not None and _agent_speaks(v, subject):
                return subject
        verbs += 1
        if verbs >= AGENT_VERBS:
            return None
    return None


def _agent_speaks(v: DocView, phrase: Phrase) -> bool:
    """A speaker phrase, or one holding a name ("دولة الإمارات")."""
    named = any(v.entity_label(i) is not None for i in range(phrase.start, phrase.end))
    return _speaks(v, phrase) or named


def _finite_verb(v: DocView, j: int) -> bool:
    """A verb that has a subject: a cue that is no participle, a bare verb, or a
    feminine past ("رفضت"، "قدمت": "رفضوا" is as common)."""
    if not v.word(j) or v.definite[j] or v.entity_label(j) is not None:
        return False
    hit = v.cue(j)
    if hit is not None:  # not "عبر تويتر" (via)
        return not hit.form.participle and not _ambiguous(v, hit)
    if verb_alone(v, j):
        return True
    stem = v.stems[j]
    return (
        len(stem) > 3
        and stem.endswith("ت")
        and not v.is_("title", j)
        and v.freq.get(stem[:-1] + "وا", 0) >= VERB_MIN_FREQ
    )


def _named_sentence_subject(v: DocView, k: int) -> Phrase | None:
    """The sentence's subject when it is a name the entity layer knows ("ودافعت
    إسرائيل عن هذا الإجراء قائلة"), after a title too ("ونشر الفنان تامر حسني
    صورة …، وعلق عليها قائلا")."""
    phrase = _sentence_subject(v, k)
    if phrase is None:
        return None
    named = phrase.name is not None and v.entity_label(phrase.name[0]) is not None
    if not named and v.entity_label(phrase.start) is None:
        return None
    return phrase


def _topic(v: DocView, k: int, sentence_start: int) -> Phrase | None:
    """ "أما X، …، فقد قال": the topic after أما is the subject of the ف clause."""
    if not (
        v.proclitics[k].startswith("ف") or v.keys[k][:1] == "ف" or v.keys[k - 1] in ("فقد", "فان")
    ):
        return None
    for i in range(k - 1, max(sentence_start, k - MAX_GAP) - 1, -1):
        if v.keys[i] in ("اما", "واما"):
            return noun_phrase(v, i + 1, k)
    return None


def _make_quote(
    v: DocView,
    kind: str,
    first: int,
    last: int,
    cue: int | None,
    speaker: Mention | None,
    audience: tuple[int, int] | None,
) -> Quote | None:
    while last > first and v.punct(last - 1) and v.texts[last - 1] not in ")]»”":
        last -= 1
    while first < last and v.punct(first, "،,:-–—"):
        first += 1
    if last <= first or not any(
        (v.word(j) and not v.complementizer(j)) or v.tokens[j].kind == "number"
        for j in range(first, last)
    ):
        return None  # nothing said, or a lone "أن" before the clause's own cue
    tokens = v.tokens
    quote = Quote(tokens[first].start, tokens[last - 1].end, kind, speaker=speaker)
    if cue is not None:
        quote.cue = Mention(tokens[cue].start, tokens[cue].end)
        key = v.keys[cue]
        if key not in v.lexicon.cues and key[:1] in ("و", "ف") and key[1:] in v.lexicon.cues:
            quote.cue.start += 1  # "وأضافت" → "أضافت"
        hit = v.cue(cue)
        if hit is not None:
            quote.cue.canonical = hit.form.lemma
    if audience is not None:
        a, b = audience
        quote.audience = Mention(tokens[a].start, tokens[b - 1].end)
    return quote


# --- attributions, headlines, continuations -------------------------------------------------


def _overlaps(state: _State, first: int, last: int) -> bool:
    return any(a < last and first < b for a, b in state.covered)


def _attributions(state: _State) -> None:
    """ "بحسب X"، "وفقا لـ X"، "نقلا عن X"، "وفقا لما ذكره X": the sentence is X's."""
    v = state.view
    marks = v.positions("attribution")
    for s_first, s_end in v.sent_bounds:
        for a in marks[bisect_left(marks, s_first) : bisect_left(marks, s_end)]:
            if a in v.region_at:
                continue
            found = _attributed_source(v, a, s_end)
            if found is None:
                continue
            phrase, after = found
            rest = sum(1 for j in range(after, s_end) if v.word(j))
            wording = _wording(v, a)
            region = _quotation_before(state, a, s_first, wording)
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
                last = s_end
            else:
                # "تمكنت قوات النظام الخميس بحسب المرصد من السيطرة على …": an
                # attribution inside the sentence vouches for all of it.
                whole = rest >= ATTRIBUTED_TAIL and not _closes_clause(v, a, after)
                first, last = s_first, s_end if whole else a
                if whole:
                    # "غادروا المدينة الجمعة وفق المرصد، فيما باتت القوات …": what
                    # the source vouches for ends with the clause it stands in.
                    last = _clause_end(v, after, s_end)
            # "وطال القصف بلدات …، وفق المرصد الذي رجح أن …": the words attributed
            # are the sentence's own though a quotation follows the attribution.
            if _overlaps(state, first, last):
                # "ووفقا للافتتاحية، اعتذر ترودو عن سلوكه وقال: "…"": the source
                # vouches for the clause before the later cue's own.
                if region is not None:
                    break
                last = _clause_end(v, max(first, after), last)
                if _overlaps(state, first, last) or not _attributed_words(v, first, last):
                    break
            kind = "indirect" if region is None else "direct"
            quote = _make_quote(v, kind, first, last, a, None, None)
            if quote is None:
                break
            quote.speaker = speaker_mention(v, phrase, "m")
            quote.cue.canonical = v.stems[a]
            state.quotes.append(quote)
            state.covered.append((s_first, s_end))
            if region is not None:
                state.claimed.add(region)
            break


def _attributed_words(v: DocView, first: int, last: int) -> bool:
    """Enough words of a clause of its own: not the later cue's subject alone ("وبحسب
    وسائل إعلام تركية، فقد صرّح الرئيس التركي، الخميس، بأن …"), nor the source's
    relative clause."""
    words = sum(1 for j in range(first, last) if v.word(j))
    cue = any(v.cue(j) is not None and j not in v.region_at for j in range(first, last))
    # "وبحسب تقرير نشره موقع "بيزنس إنسايدر"، …": the source's own relative clause.
    return words >= ATTRIBUTED_TAIL and not cue and not v.is_("published", first)


def _quotation_before(state: _State, k: int, first: int, worded: bool = False) -> int | None:
    """The quotation that closes right before token k (a comma between) in its
    sentence (`first` opens it) and that no cue has claimed: one of a few words or more
    standing as a clause of its own (opening its sentence or after a comma), or any one
    when k names whose wording it is (`worded`); None when there is none."""
    v = state.view
    j = k - 1
    if j > first and v.punct(j, "،,"):
        j -= 1
    r = v.region_at.get(j)
    if r is None or j <= first or v.regions[r].closer != j or r in state.claimed:
        return None
    opener = v.regions[r].opener  # before `first` when a dot inside it split the sentence
    if opener is None:
        return None
    if worded:
        return r
    if opener > first and not v.punct(opener - 1, "،,"):
        return None  # "عبارات "الموت لأمريكا" و"…"": a quoted item of the sentence
    return r if _region_words(v, r) >= CONTINUATION_MIN_WORDS else None


def _wording(v: DocView, a: int) -> bool:
    """ "وفق تعبير"، "بحسب تعبير": the attribution at a names someone's wording."""
    i = a + 1 if v.keys[a + 1 : a + 2] != ["ل"] else a + 2
    return v.is_("wording", i)


def _past_wording(v: DocView, a: int, i: int) -> int:
    """ "بحسب تعبير علي عمار": the source starts after the wording noun at i, wherever
    the entity layer's name starts (a name read as the noun's genitive is no source)."""
    return i + 1 if i == a + 1 + (v.keys[a + 1 : a + 2] == ["ل"]) and _wording(v, a) else i


def _closes_clause(v: DocView, a: int, after: int) -> bool:
    """ "وطال القصف بلدات …، وفق المرصد الذي رجح أن …": an attribution after a comma
    whose source runs into a relative clause closes the clause before it; what
    follows is about the source. So does a source followed by a comma and a word that
    opens the writer's own clause ("، بحسب ما أوضحت النيابة، علما أن …")."""
    if not v.punct(a - 1, "،,"):
        return False
    return v.keys[after] in _RELATIVE_GENDER or (v.punct(after, "،,") and v.is_("cut", after + 1))


_STATED = frozenset({"جاء", "وجاء", "ورد", "وورد"})


def _statements(state: _State) -> None:
    """ "وجاء في بيان لقائد الشرطة أن …", "كما جاء في بلاغ لوزارة …، أن": what a
    statement says is its author's (after ل), else the latest speaker's ("وجاء في
    البيان أن")."""
    v = state.view
    for k in range(v.n - 2):
        if v.keys[k] not in _STATED or v.keys[k + 1] != "في" or not v.is_("situation", k + 2):
            continue
        end = _scan_limit(v, k)
        author = None
        j = k + 3
        if v.proclitics[j][-1:] == "ل" or v.keys[j] == "ل":
            author = noun_phrase(v, j + (v.keys[j] == "ل"), end, allow_proclitic=True)
            j = author.end if author is not None else j
        j, _ = skip_adverbials(v, j, end)
        while j < end and not v.complementizer(j) and j - k <= MAX_GAP:
            if v.punct(j, ".!?؟") or v.cue(j) is not None or _stated_words(v, j):
                break
            j += 1
        if j >= end or _overlaps(state, j, j + 1):
            continue
        if v.complementizer(j):
            kind, first, last, region = _complement(v, j, end)
        elif _stated_words(v, j):
            r = v.region_opening(j + v.punct(j, ":"))
            kind, first, last, region = "direct", v.regions[r].first, v.regions[r].last, r
        else:
            continue
        speaker = _statement_author(state, k, author)
        quote = _make_quote(v, kind, first, last, k, speaker, None)
        if quote is None:
            continue
        _record(state, quote, (first, last), region)


def _record(state: _State, quote: Quote, words: tuple[int, int], region: int | None) -> None:
    """Keep a quotation found: its words are covered, its quoted region claimed."""
    state.quotes.append(quote)
    state.covered.append(words)
    if region is not None:
        state.claimed.add(region)


def _noun_cues(state: _State) -> None:
    """ "بعد أيام من تصريح الرئيس رجب طيب أردوغان بأن …"، "إصرار نتنياهو على أن …":
    a verbal noun of speech, its possessor (a name, title or source), then what the
    verb would take (its addressee may stand between: "اتهام الوزير بوتين بـ…")."""
    v = state.view
    nouns = v.lexicon.nouns
    for k in [k for k, stem in enumerate(v.stems[: v.n - 2]) if stem in nouns]:
        form = nouns[v.stems[k]]
        if not v.word(k) or k in v.region_at or v.definite[k] or v.enclitic[k]:
            continue
        end = _scan_limit(v, k)
        takes = form.takes - {"N", "ل"}  # "قبل دعوة كوريا الشمالية لإجراء محادثات"
        phrase = noun_phrase(v, k + 1, end, complements=takes)
        if phrase is None or not _speaks(v, phrase):
            continue
        hit = CueHit(CueForm(form.lemma, takes, form.gender, False), False)
        content = _content(v, k, phrase.end, end, hit, False)
        # What the noun introduces follows its possessor (and addressee) closely.
        if content is None or content[1] - phrase.end > OBJECT_GAP + 1:
            continue
        if _overlaps(state, content[1], content[2]):
            continue
        kind, first, last, region = content
        speaker = speaker_mention(v, phrase, "m")
        quote = _make_quote(v, kind, first, last, k, speaker, None)
        if quote is None:
            continue
        _record(state, quote, (first, last), region)


SLOGAN_REACH = 8  # tokens from a slogan noun to the first slogan it names


def _slogans(state: _State) -> None:
    """ "وبدأ المحتجون بإطلاق شعارات منها "باقونا الحرامية" و"إحنا أهل النفط""،
    "وسط هتافات جماعية من أعضاء المجلس للشعار الشهير، "الموت لأميركا"": chants in
    quotation marks after a plural noun of slogans (words.tsv `slogans`) are the
    crowd's words, said by who raised them (the sentence's subject). A lone quoted word
    there is the writer's term ("هتافات "مسيئة""), and one slogan ("شعار") is a
    campaign's name, not words said."""
    v = state.view
    for k in range(v.n):
        if not v.is_("slogans", k) or k in v.region_at:
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
            quote = _make_quote(v, "direct", reg.first, reg.last, None, speaker, None)
            if quote is None:
                break
            _record(state, quote, (reg.first, reg.last), r)
            j = (reg.closer or reg.last) + 1
            # "… "باقونا الحرامية" و"إحنا أهل النفط"، و"…"": the next one
            while (
                j < v.n
                and j <= (reg.closer or reg.last) + 2
                and (v.punct(j, "،,") or v.keys[j] == "و")
            ):
                j += 1


def _slogan_region(state: _State, r: int) -> bool:
    v = state.view
    reg = v.regions[r]
    return (
        r not in state.claimed
        and reg.closer is not None
        and _region_words(v, r) >= 2
        and not _is_name_region(v, r)
        and not _overlaps(state, reg.first, reg.last)
    )


def _slogan_speaker(v: DocView, k: int) -> Phrase | None:
    """Who chanted: "هتافات جماعية من أعضاء المجلس" (up to a word with a
    preposition: "للشعار الشهير"), else the sentence's subject, or the definite noun
    after the verb that opens it ("وبدأ المحتجون بإطلاق شعارات")."""
    for j in range(k + 1, min(v.n, k + 3)):
        if v.keys[j] == "من" and j + 1 < v.n and v.keys[j + 1] not in _SUCH_AS:
            return noun_phrase(v, j + 1, _before_preposition(v, j + 1))
    phrase = _sentence_subject(v, k)
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


def _speaks(v: DocView, phrase: Phrase) -> bool:
    """A possessor that can say something: a name, a titled or anonymous source, a body."""
    named = phrase.name is not None and v.entity_label(phrase.name[0]) is not None
    return (
        named
        or phrase.title
        or phrase.anonymous
        or v.is_("source_head", phrase.start)
        or v.entity_label(phrase.start) is not None
    )


_LAUNCHED_PREPOSITIONS = frozenset({"ب", "ل", "الى", "من"})  # what a speaker phrase stops at


def _launched(state: _State) -> None:
    """ "دعوات أطلقها خبراء ومتخصصون في … بضرورة ملاحقة …"، "تحذيرات وجهها الوزير
    من …": a noun for something said, the verb that launched it, its speaker, then
    what was said (after a preposition or a complementizer)."""
    v = state.view
    for k in v.positions("launched"):
        if not 1 <= k < v.n - 2 or not v.is_("speech_noun", k - 1):
            continue
        end = _scan_limit(v, k)
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
        if j is None or _overlaps(state, j, j + 1):
            continue
        if v.complementizer(j):
            kind, first, last, region = _complement(v, j, end)
        else:
            kind, first, last, region = "indirect", j, _clause_end(v, j, end), None
        quote = _make_quote(v, kind, first, last, k, speaker_mention(v, subject, "m"), None)
        if quote is None:
            continue
        quote.cue = Mention(v.tokens[k - 1].start, v.tokens[k].end)
        _record(state, quote, (first, last), region)


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


def _stated_in(v: DocView, i: int, end: int) -> int:
    """ "بحسب ما جاء في بيان الهيئة"، "وفق ما ورد في تقرير لوزارة …": where the
    statement's author begins (after the statement and a ل), or 0 when none is named."""
    if i + 3 >= end or v.keys[i] not in _STATED or v.keys[i + 1] != "في":
        return 0
    statement = i + 2
    if not v.is_("situation", statement) or v.enclitic[statement]:
        return 0
    return statement + 1 + (v.keys[statement + 1] == "ل")


def _stated_words(v: DocView, j: int) -> bool:
    """ "وجاء في تغريدته "شهدت على الشمس تغيب …"": the statement's words in marks,
    after a colon or at once (a quoted word or two is a name: "في بيان "الحركة"")."""
    r = v.region_opening(j + 1 if v.punct(j, ":") else j)
    return r is not None and _region_words(v, r) > SCARE_MAX_WORDS and not _is_name_region(v, r)


def _statement_author(state: _State, k: int, author: Phrase | None) -> Mention | None:
    """Who a statement is by: its author after ل; for "تغريدته"، "بيانها" the
    subject of the previous sentence when the pronoun agrees with it (the one who
    posted it: "نشر جو جاكسون رسالة …. وجاء في تغريدته"), else the latest speaker."""
    v = state.view
    if author is not None:
        return speaker_mention(v, author, "m")
    pronoun = v.enclitic[k + 2]
    if pronoun:
        gender = "f" if v.keys[k + 2].endswith("ها") else "m"
        owner = _previous_subject(v, k, gender)
        if owner is not None:
            return speaker_mention(v, owner, gender)
    return next((s.mention for s in _recent(state.said) if s.spoke), None)


def _attribution_before(v: DocView, k: int) -> Phrase | None:
    """ "بحسب مصادر …، فإن …، وأشارت إلى …": a verb without a subject after an
    attribution in its sentence has the attributed source as its subject."""
    first = v.sent_bounds[v.sent_of[k]][0] if v.sent_of[k] >= 0 else 0
    for a in range(max(first, k - ATTRIBUTION_REACH), k):
        if v.is_("attribution", a) and a not in v.region_at:
            found = _attributed_source(v, a, k)
            if found is not None:
                return found[0]
    return None


def _feminine_attribution_before(v: DocView, k: int, hit: CueHit) -> Phrase | None:
    """ "وبحسب مصادر ميدانية، فإن …. وأفادت أن …": a feminine verb opening its
    sentence continues the source attributed in the sentence before when that source
    agrees with it (a feminine head, or a plural of things with a feminine adjective),
    not an earlier masculine speaker."""
    s = v.sent_of[k]
    if hit.form.gender != "f" or s < 1 or v.sent_bounds[s][0] != k:
        return None
    first, end = v.sent_bounds[s - 1]
    for a in range(first, min(end, first + 3)):
        if v.is_("attribution", a) and a not in v.region_at:
            found = _attributed_source(v, a, end)
            if found is not None and found[0].name is None and _agrees_feminine(v, found[0]):
                return found[0]
    return None


def _agrees_feminine(v: DocView, phrase: Phrase) -> bool:
    """A phrase a feminine verb agrees with: its head or the adjective after it ends
    in ة ("الوزارة"، "مصادر ميدانية")."""
    last = min(phrase.end, phrase.start + 2)
    return any(v.stems[i].endswith("ة") for i in range(phrase.start, last))


def _attributed_source(v: DocView, a: int, end: int) -> tuple[Phrase, int] | None:
    i = a + 1
    if v.keys[i : i + 1] == ["ل"]:
        i += 1
    verb = -1  # the reporting verb between the attribution and its source, if any
    if i < end and v.keys[i] in ("ما", "لما") and _stated_in(v, i + 1, end):
        i = _stated_in(v, i + 1, end)  # before the cue test: "ورد" is also و + رد
    elif i < end and v.keys[i] in ("ما", "لما") and i + 1 < end and _reporting_verb(v, i + 1):
        verb = i + 1
        i = _past_pronoun(v, i + 2, end)  # "بحسب ما قالته المعارضة"، "ما نشرت صحيفة"
    elif i < end and v.keys[a] == "حسبما" and _reporting_verb(v, i):
        verb = i
        i = _past_pronoun(v, i + 1, end)  # "حسبما أعلنت مصادر برلمانية"
    if i < end and v.keys[i] == "عن":
        i += 1
    i = _past_wording(v, a, i)
    named = _quoted_source(v, i, end)
    if named is not None:
        return named, named.end
    phrase = noun_phrase(v, i, end, allow_proclitic=True)
    if phrase is None and i < end and v.keys[i] in v.family_names:
        # "بحسب هوك"، "فبحسب المقبل": the family name of someone named in full.
        phrase = Phrase(i, i + 1, name=(i, i + 1))
    if phrase is None:
        return None
    r = v.region_opening(phrase.end)
    if r is not None and _is_name_region(v, r) and v.regions[r].closer is not None:
        phrase.end = v.regions[r].last + 1  # "حسب موقع «بيزنس انسايدر»"
    author = _statement_author_after(v, phrase, end)
    if author is not None:
        return author, max(phrase.end, author.end)
    publisher = _publisher_after(v, phrase, end)
    if publisher is not None:
        return publisher, _published_clause_end(v, publisher.end, end)
    head_ok = (
        phrase.name is not None
        or phrase.anonymous
        or phrase.title
        or v.is_("source_head", phrase.start)
        or v.is_("cited_source", phrase.start)
        or (verb >= 0 and _verb_subject(v, phrase))
    )
    return (phrase, phrase.end) if head_ok else None


def _verb_subject(v: DocView, phrase: Phrase) -> bool:
    """ "، بحسب ما أوضحت النيابة.": right after the reporting verb of "بحسب ما", a
    definite noun is that verb's subject, so it said the words though no list names it
    (not a time word or a place of speaking: "بحسب ما قال اليوم")."""
    k = phrase.start
    return (
        v.definite[k]
        and not v.proclitics[k]
        and not any(v.is_(c, k) for c in ("time", "situation", "function", "medium"))
    )


PUBLISHED_TAIL = 6  # tokens from a publisher to the comma or "فإن" closing its clause


def _publisher_after(v: DocView, phrase: Phrase, end: int) -> Phrase | None:
    """ "وفق حصيلة جديدة أوردها المرصد السوري"، "بحسب المعلومات التي نشرتها الوزارة":
    figures or a report with no name, then a verb of publishing with its pronoun (for
    them) and who published them: findings are their publisher's words."""
    if phrase.name is not None or phrase.title or phrase.anonymous:
        return None
    j = phrase.end + (phrase.end < end and v.keys[phrase.end] in RELATIVES)
    if j + 1 >= end or not v.is_("published", j) or not v.third_person[j]:
        return None
    author = noun_phrase(v, j + 1, end)
    if author is None or not (_speaks(v, author) or v.is_("cited_source", author.start)):
        return None
    return author


def _published_clause_end(v: DocView, i: int, end: int) -> int:
    """Where the words attributed start after "التي نشرتها الوزارة على موقعها، فإن …":
    at the comma or "فإن" closing the publisher's clause, else right after the
    publisher."""
    for j in range(i, min(end, i + PUBLISHED_TAIL)):
        if v.punct(j, "،,") or v.keys[j] in ("فان", "فانه", "فانها"):
            return j
        if v.punct(j) or v.complementizer(j) or v.cue(j) is not None:
            break
    return i


def _reporting_verb(v: DocView, i: int) -> bool:
    """After "بحسب ما": a cue ("قال") or another verb of telling or publishing
    ("نشرت"، "أوردت"، "قالته"), which a source then follows."""
    return v.cue(i) is not None or v.is_("published", i)


def _past_pronoun(v: DocView, i: int, end: int) -> int:
    """Past "عنه"، "إليه" after the verb of "بحسب ما كشفت عنه الأرقام"."""
    return i + 1 if i < end and v.is_("pronoun_object", i) else i


def _quoted_source(v: DocView, i: int, end: int) -> Phrase | None:
    """ "بحسب "سونا""، "وفق ما أوردت "فرانس برس"": a source named in quotation marks."""
    r = v.region_opening(i)
    if r is None or not v.regions[r].closer or v.regions[r].closer >= end:
        return None
    reg = v.regions[r]
    if not 0 < reg.last - reg.first <= NAME_MAX_WORDS:
        return None
    return Phrase(reg.first, reg.closer + 1, name=(reg.first, reg.last))


_ISSUED_LINKS = frozenset({"عن", "من", "بها", "به", "صدر"})


def _statement_author_after(v: DocView, phrase: Phrase, end: int) -> Phrase | None:
    """ "حسب بيان المتحدث العسكري المصري"، "وفقا لبيان صادر عن الرئاسة"، "وفقا
    لتصريحات أدلى بها عمدة المدينة": what a statement says is its author's, the
    name after the statement noun (and "صادر عن"), not the statement."""
    i = phrase.start
    said = v.stems[i] == "بيان" or v.is_("speech_noun", i) or v.is_("wording", i)
    if not said or v.definite[i]:
        return None
    j = i + 1
    while (
        j < end
        and j - i <= 3
        and (v.lexicon.has("issued", v.keys[j]) or v.keys[j] in _ISSUED_LINKS)
    ):
        j += 1
    if j >= end:
        return None  # "… وفقا لبيان" closing the text: no author after it
    author = noun_phrase(v, j, end, allow_proclitic=v.proclitics[j][-1:] == "ل")
    if author is None or not _speaks(v, author) or v.is_("speech_noun", author.start):
        return None
    return author


def _headlines(state: _State) -> None:
    """ "مصدر روسي: …" and "الجيش العراقي "…"" in a headline-like paragraph, or in each
    part of one split by an ellipsis ("تركيا تؤكد …. وأردوغان: الأسد "قاتل"")."""
    v = state.view
    for p_first, p_last in v.para_bounds:
        for first, last in _headline_parts(v, p_first, p_last):
            if last - first > HEADLINE_MAX_TOKENS or last <= first:
                continue
            if _overlaps(state, first, last):
                _said_after_colon(state, first, last)
                continue
            if any(v.punct(j) and v.texts[j] in TERMINAL for j in range(first, last - 1)):
                continue
            for i in range(first + 1, min(last, first + 7)):
                if v.punct(i, ":"):
                    _headline_quote(state, first, i, i + 1, last)
                    break
                r = v.region_opening(i)
                if r is not None:
                    if _region_words(v, r) > SCARE_MAX_WORDS - 1 and not _is_name_region(v, r):
                        reg = v.regions[r]
                        _headline_quote(state, first, i, reg.first, reg.last, r)
                    break
                if v.punct(i):
                    break


def _headline_parts(v: DocView, first: int, last: int) -> list[tuple[int, int]]:
    """A title split at the ellipses ("..") that open a new "X: …"; else whole."""
    if last <= first or not _in_title(v, first):
        return [(first, last)]
    parts, start = [], first
    for j in range(first, last):
        if v.texts[j] in _HEADLINE_BREAKS and any(
            v.punct(c, ":") for c in range(j + 2, min(last, j + 8))
        ):
            parts.append((start, j))
            start = j + 1
    parts.append((start, last))
    return parts


def _said_after_colon(state: _State, first: int, last: int) -> None:
    """ "أنقرة تنفي تسليم … خاشقجي: سنعلن نتائج التحقيق": in a headline, what follows a
    colon right after a quotation is the same speaker's words."""
    v = state.view
    for q in state.quotes:
        if q.speaker is None or not v.tokens[first].start <= q.start < v.tokens[last - 1].end:
            continue
        colon = next((j for j in range(first, last) if v.punct(j, ":")), None)
        if colon is None or v.tokens[colon].start < q.end or _overlaps(state, colon + 1, last):
            return
        if any(v.word(j) for j in range(first, colon) if v.tokens[j].start >= q.end):
            return
        quote = _make_quote(v, "direct", colon + 1, last, None, q.speaker, None)
        if quote is not None:
            quote.cue = Mention(v.tokens[colon].start, v.tokens[colon].end)
            _record(state, quote, (colon + 1, last), None)
        return


def _place_of_statement(v: DocView, i: int, stop: int) -> bool:
    """ "الجعفري بمجلس الأمن: …"، "نائب الرئيس الأمريكي أمام الكنيست: …": where the
    headline's speaker said it, between the speaker and the colon."""
    opens = v.keys[i] in ("امام", "في") or (v.proclitics[i] == "ب" and v.word(i))
    return opens and stop - i <= PLACE_WORDS and all(v.word(j) for j in range(i, stop))


_NEGATIONS = frozenset({"لا", "لن", "لم", "ليس", "ليست", "لسنا"})


def _first_person(v: DocView, i: int) -> bool:
    """A statement in the first person plural: "لن نفرق"، "لا نسير"، "أخذنا"."""
    particle = i < v.n and v.keys[i] in ("لن", "لا", "لم", "سوف", "قد")
    i += particle
    if i >= v.n or not v.word(i):
        return False
    key = v.keys[i]
    verb = particle or not v.name_like(i)  # after لن/لا a word in نـ is a verb
    return (verb and key.startswith("ن") and len(key) >= 3) or (
        len(key) >= 5 and key.endswith("نا")
    )


def _headline_quote(
    state: _State, first: int, stop: int, q_first: int, q_last: int, region: int | None = None
) -> None:
    v = state.view
    phrase = noun_phrase(v, first, stop, allow_proclitic=False)
    if phrase is None:
        return
    after, audience = skip_adverbials(v, phrase.end, stop)  # "العريان لـCNN: …"
    if after != stop and not (
        _place_of_statement(v, after, stop) or _titled_speaker(v, phrase, stop, region)
    ):
        return
    # A speaker's head word, or a name; before a quotation (no colon) a name needs
    # the entity layer's word for it ("استحوذت "…"" starts with a verb, not a name).
    label = v.entity_label(phrase.name[0]) if phrase.name is not None else None
    # "إسرائيل: لن نفرق بين …": a country speaking as "we"; "روسيا: لا يوجد اتفاق …"،
    # "قطر: لا صلة لنا …": or denying, which a dateline's news ("غزة: مقتل شاب …")
    # never opens with.
    denial = region is None and q_first < v.n and v.keys[q_first] in _NEGATIONS
    country = (
        region is None and v.entity_label(first) == "LOC" and (denial or _first_person(v, q_first))
    )
    if v.entity_at is not None and label not in ("PER", "ORG"):
        label = None  # "سوسة : اضراب …": a dateline, not a speaker
    named = phrase.name is not None and (
        label == "PER" or (region is None and (label == "ORG" or v.entity_at is None))
    )
    speaker_like = (
        named
        or country
        or phrase.anonymous
        or phrase.title
        or v.is_("source_head", first)
        or (region is None and _surname_of_speaker(state, phrase))
        # "الداخلية اليمنية: لا وجود لسجون سرية"، "علماء ببريطانيا: لا يمكننا": in the
        # title, whoever stands before a denial speaks (a "we" read off the first word
        # alone is too often a noun in ن: "كرة القدم: نادي أرسنال …").
        or (denial and _in_title(v, first))
    )
    if not speaker_like:
        return
    if region is None:
        r = v.region_opening(q_first)
        # "العريان: "بيتكوين" لن تصبح …": a quoted word opening the statement is a
        # term inside it; only a quotation that runs to the end is the statement.
        if r is not None and v.regions[r].last + 2 >= q_last:
            region, q_first, q_last = r, v.regions[r].first, v.regions[r].last
    speaker = speaker_mention(v, phrase, "m")
    quote = _make_quote(v, "direct", q_first, q_last, None, speaker, audience)
    if quote is None:
        return
    quote.cue = Mention(v.tokens[stop].start, v.tokens[stop].end) if v.punct(stop, ":") else None
    _record(state, quote, (first, q_last), region)


def _titled_speaker(v: DocView, phrase: Phrase, stop: int, region: int | None) -> bool:
    """ "أبومازن مهاجما حماس: …"، "ظريف يزور الأسد: …"، "وزير الخارجية الإيراني يرد على
    ترامب: …": in an article's title, a person named or titled first and what they
    were doing, then a colon and their words."""
    return (
        region is None
        and _in_title(v, phrase.start)
        and ((phrase.name is not None and v.entity_label(phrase.name[0]) == "PER") or phrase.title)
        and all(v.word(j) for j in range(phrase.end, stop))
    )


def _surname_of_speaker(state: _State, phrase: Phrase) -> bool:
    """ "العيبان: المملكة ستجتث …": a one-word headline subject before a colon that
    is the family name of a speaker the body quotes in full ("بندر بن محمد العيبان")."""
    v = state.view
    if phrase.end - phrase.start != 1:
        return False
    word = v.stems[phrase.start]
    return any(
        q.speaker is not None
        and q.speaker.canonical
        and len(q.speaker.canonical.split()) > 1
        and match_key(q.speaker.canonical.split()[-1]) == word
        for q in state.quotes
    )


def _continuations(state: _State) -> None:
    """A long quotation no cue claimed, opening its paragraph or following a quote in
    it, continues the previous speaker; elsewhere it is the words of the person or body
    named before it in its sentence (news writes "دان شهباز شريف عمليات "…"" with no
    reporting verb)."""
    v = state.view
    # The speaker a continuation was given, at its quotation: a run of paragraphs
    # that are each one quotation continues the same speaker ("أضافت: "…" ¶ "…" ¶ "…"").
    chained: _Said | None = None
    for r, reg in enumerate(v.regions):
        if r in state.claimed or reg.opener is None or _overlaps(state, reg.first, reg.last):
            continue
        if _region_words(v, r) < CONTINUATION_MIN_WORDS or _is_name_region(v, r):
            continue
        if _region_words(v, r) <= NAME_MAX_WORDS and _before_complementizer(v, r):
            continue  # a quoted name as the subject: "… "خالد البلوي"؛ أن …"
        para_first = v.para_bounds[reg.para][0]
        previous = [s for s in state.said if s.token < reg.opener]
        last = previous[-1] if previous else None
        if chained is not None and (last is None or last.token < chained.token):
            last = chained
        # "واستطردت: "في كلا الزيارتين …"": after a colon the quotation opens what is
        # said, as at the head of a paragraph; but one whose paragraph names its own
        # speaker first ("إحدى الأمهات، واسمها عائشة، سألتنا: "…"") is that speaker's.
        after_colon = v.punct(reg.opener - 1, ":")
        same_paragraph = last is not None and v.para_of[last.token] == reg.para
        # A name quoted whole, or a long title after its naming word ("تحت عنوان "…""),
        # is no one's words.
        if _one_name(v, reg.first, reg.last) or v.is_("naming", reg.opener - 1):
            continue
        named = _named_before(v, reg.opener)
        if after_colon and named is not None and not same_paragraph:
            _claim(state, r, speaker_mention(v, named, "m"))
            continue
        opens = (
            reg.opener == para_first
            or all(not v.word(j) for j in range(para_first, reg.opener))
            or after_colon
        )
        # ""نحن من أكثر الدول صرامة …".. بهذه الكلمات تحدث السفير البريطاني جون كاسن":
        # the speaker named right after the quotation, when none spoke in its paragraph.
        after = _named_after(v, r)
        if after is not None and not same_paragraph:
            _claim(state, r, speaker_mention(v, after, "m"))
        elif (
            last is not None and v.para_of[last.token] >= reg.para - 1 and (opens or same_paragraph)
        ):
            _claim(state, r, last.mention)
            if opens and r in state.claimed:
                chained = _Said(last.mention, last.gender, reg.opener)
        elif named is not None:
            _claim(state, r, speaker_mention(v, named, "m"))


def _named_after(v: DocView, r: int) -> Phrase | None:
    """The first person or body named (not as an object) within a few words after a
    closed quotation, before its sentence ends ("..", a pause, does not end it)."""
    reg = v.regions[r]
    if reg.closer is None:
        return None
    end = min(v.para_end(reg.closer), reg.closer + 1 + POSTPOSED_REACH)
    names = {a: b for a, b, label in _entity_spans(v) if label in ("PER", "ORG")}
    for j in range(reg.closer + 1, end):
        if v.region_opening(j) is not None or (
            v.punct(j, ".!?؟") and v.texts[j] not in _HEADLINE_BREAKS
        ):
            return None
        if j in names and not _object_name(v, j):
            return Phrase(j, names[j], name=(j, names[j]))
    return None


def _subheadings(state: _State) -> None:
    """ "\"ضربة لمرة واحدة\"" alone on its line: a subheading that quotes words said in
    the article is a quotation of whoever said them there; one whose words no quotation
    repeats is a title ("\"أسئلة صعبة\"")."""
    v = state.view
    said = [(match_key(v.doc.slice(q)), q) for q in state.quotes]
    for r, reg in enumerate(v.regions):
        if r in state.claimed or reg.opener is None or reg.closer is None:
            continue
        p_first, p_last = v.para_bounds[reg.para]
        if reg.opener != p_first or any(v.word(j) for j in range(reg.closer + 1, p_last)):
            continue
        words = " ".join(v.keys[j] for j in range(reg.first, reg.last) if v.word(j))
        if len(words.split()) < 2:
            continue
        source = next(
            (
                q
                for key, q in said
                if words in key and not reg.first <= _token_at(v, q.start) < reg.last
            ),
            None,
        )
        if source is not None:
            _claim(state, r, source.speaker)
            state.quotes[-1].cue = source.cue


def _claim(state: _State, r: int, speaker: Mention | None) -> None:
    v = state.view
    reg = v.regions[r]
    quote = _make_quote(v, "direct", reg.first, reg.last, None, speaker, None)
    if quote is not None:
        state.quotes.append(quote)
        state.covered.append((reg.first, reg.last))
        state.claimed.add(r)


def _named_before(v: DocView, k: int) -> Phrase | None:
    """ "وأثنت مراجعة صحيفة نيويورك تايمز للكتاب … "…""، "دان شهباز شريف عمليات "…"":
    the last person or body named before token k in its sentence, unless a
    preposition or a function word makes it an object ("لروسيا"، "على ماكماستر")."""
    names = [
        (a, b)
        for a, b in _speakers_in_sentence(v, v.sent_of[k])
        if b <= k and not _object_name(v, a)
    ]
    if not names:
        return None
    a, b = names[-1]
    return Phrase(a, b, name=(a, b))


def _object_name(v: DocView, a: int) -> bool:
    """A name (with its titles and head noun: "للرئيس فلاديمير بوتين"، "لموقع
    "بلومبيرغ"") after a preposition."""
    while a > 0 and v.sent_of[a - 1] == v.sent_of[a] and _heads_name(v, a - 1):
        a -= 1
    return bool(v.proclitics[a].strip("و")) or v.is_("function", a - 1)


def _heads_name(v: DocView, k: int) -> bool:
    return v.is_("title", k) or v.is_("naming", k) or (v.punct(k) and k in v.region_at)


def _coordinated(state: _State) -> None:
    """ "واصفا ما جاء فيه بـ"الافتراءات الباطلة" و"الإساءات غير المقبولة"": a quotation
    joined by "و" to a quoted one that is speech is the same speaker's words."""
    v = state.view
    by_start = {q.start: q for q in state.quotes if q.kind == "direct"}
    for r, reg in enumerate(v.regions):
        said = by_start.get(v.tokens[reg.first].start) if reg.first < v.n else None
        if said is None or r not in state.claimed or reg.closer is None:
            continue
        j = reg.closer + 1
        j += v.punct(j, "،,")
        nxt = v.region_opening(j + 1) if j < v.n and v.keys[j] == "و" else None
        if nxt is None or nxt in state.claimed or _is_name_region(v, nxt):
            continue
        following = v.regions[nxt]
        quote = _make_quote(v, "direct", following.first, following.last, None, said.speaker, None)
        if quote is None:
            continue
        quote.cue = said.cue
        _record(state, quote, (following.first, following.last), nxt)
        by_start[quote.start] = quote


def _complete_names(quotes: list[Quote], doc: Document) -> None:
    """A short name takes the longest speaker name of the article that contains it
    ("الصفدي" → "أيمن الصفدي" when another quote names him in full), else the
    longest organisation it begins ("المرصد السوري" → "المرصد السوري لحقوق الإنسان").
    Names are kept in the article's order, so of two equally long the first told wins
    on every run (a set's order changes with the string hash seed)."""
    names = dict.fromkeys(
        q.speaker.canonical for q in quotes if q.speaker is not None and q.speaker.canonical
    )
    organisations = _organisations(doc)
    words = {name: name.split() for name in names}
    for q in quotes:
        if q.speaker is None or q.speaker.attrs.get("anonymous"):
            continue
        short = (q.speaker.canonical or doc.slice(q.speaker)).split()
        longer = [
            name
            for name, parts in words.items()
            if len(parts) > len(short) and _contains(parts, short)
        ]
        if longer and (q.speaker.canonical or len(short) == 1):
            q.speaker.canonical = max(longer, key=len)
            continue
        body = [name for name in organisations if name.split()[: len(short)] == short]
        if body and len(short) > 1:
            q.speaker.canonical = max(body, key=len)


DESCRIPTION_REACH = 400  # characters from the previous named speaker to a description of them


def _descriptions_of_previous(v: DocView, quotes: list[Quote]) -> None:
    """A speaker told by a title alone right after the verb ("وأضافت الممثلة
    والمنتجة"، "وشدد المندوب البريطاني") is the person the previous quotation named,
    when no other person is named between them outside quotations and the gender
    agrees: the article says who, then goes on describing them. A headline's speaker
    is no antecedent: the text after it starts again."""
    doc = v.doc
    persons = [e for e in doc.entities or [] if e.label == "PER"]
    names = {e.canonical or doc.slice(e) for e in persons}
    previous: Mention | None = None
    for q in quotes:
        speaker = q.speaker
        if speaker is None:
            continue
        if (
            previous is not None
            and _description(v, speaker)
            and speaker.attrs.get("gender") == previous.attrs.get("gender")
            and speaker.start - previous.end <= DESCRIPTION_REACH
            and not _person_between(persons, quotes, previous, speaker)
        ):
            speaker.canonical = previous.canonical
        if speaker.canonical in names and q.cue is not None and _word_cue(doc, q.cue):
            previous = speaker


def _word_cue(doc: Document, cue: Mention) -> bool:
    return any(c.isalpha() for c in doc.slice(cue))


def _description(v: DocView, speaker: Mention) -> bool:
    """A definite title after a verb, with no name, source word, entity or pronoun
    in it ("الممثلة والمنتجة"); not a relative ("والده": someone else) nor a
    spokesman (who speaks for someone else)."""
    doc = v.doc
    if speaker.attrs.get("anonymous") or speaker.attrs.get("role"):
        return False
    if speaker.canonical and speaker.canonical != doc.slice(speaker):
        return False
    head = _token_at(v, speaker.start)
    if not v.is_("title", head) or not v.definite[head] or v.enclitic[head] or head == 0:
        return False
    if v.cue(head - 1) is None:
        return False  # "أما الرئيس الأمريكي": a new subject, not one described again
    last = _token_at(v, speaker.end - 1)
    if any(v.keys[j] in _SPOKESMAN for j in range(head, last + 1)):
        return False
    if _bare_after_title(v, head, last):
        return False  # "المدعية العامة كيت بيكس": a name the entity layer missed
    if v.is_("sovereign", head) and last > head:
        return False  # "وندد الرئيس التركي" after a governor: the post names its holder
    # "السفير الروسي لدى الأمم المتحدة" after Lavrov: a post at a named body or place
    # is most often a new person, introduced by the post alone.
    return not any(e.start < speaker.end and speaker.start < e.end for e in doc.entities or [])


def _bare_after_title(v: DocView, head: int, last: int) -> bool:
    """A word without the article right after the title and its adjectives, before
    any preposition ("لدى"، "لبرشلونة"): a name, not more of the description."""
    for j in range(head + 1, last + 1):
        if v.is_("function", j) or (v.proclitics[j] and not v.definite[j]):
            return False
        if not v.definite[j] and v.word(j):
            return True
    return False


_SPOKESMAN = frozenset({"باسم", "المتحدث", "الناطق", "المتحدثة", "الناطقة"})


def _person_between(
    persons: list[Entity], quotes: list[Quote], first: Mention, second: Mention
) -> bool:
    """Another person named between two speakers, outside what was quoted."""
    return any(
        first.end <= e.start
        and e.end <= second.start
        and e.canonical != first.canonical
        and not any(q.start <= e.start and e.end <= q.end for q in quotes)
        for e in persons
    )


def _organisations(doc: Document) -> list[str]:
    """Organisation names as the entity layer writes them ("المرصد السوري لحقوق
    الإنسان"), which complete a shorter speaker they begin with ("المرصد السوري"),
    in the article's order."""
    return list(
        dict.fromkeys(
            " ".join(doc.slice(e).split()) for e in doc.entities or [] if e.label == "ORG"
        )
    )


def _contains(parts: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(parts[i : i + n] == short for i in range(len(parts) - n + 1))


def extract_quotes(doc: Document, extractor: QuoteExtractor | None = None) -> list[Quote]:
    """The quotations of an analysed document (tokens and sentences filled).

    For many documents build one `QuoteExtractor` and pass it: it loads the lexicons.
    """
    return (extractor or QuoteExtractor())(doc)
