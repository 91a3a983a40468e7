"""A reporting cue's quotation (قال، أكد، مضيفا…): its speaker after or before the
verb, postposed speakers, quoted names. Whether the cue's form is speech at all is
cue_readings.py's, the speaker phrase's edges cue_subjects.py's, relayed speech (نقل
عن) relays.py's; its content comes from content.py and its candidate speakers from
candidates.py.
"""

from __future__ import annotations

from bisect import bisect_left

from rasd.document import Mention
from rasd.quotes.addressees import object_before, speaks_before, without_addressee
from rasd.quotes.adjunct_complements import content_past_occasion
from rasd.quotes.answers import answered
from rasd.quotes.asides import describes_subject
from rasd.quotes.candidates import memo_mention, ranked_speaker
from rasd.quotes.circumstances import skip_adverbials
from rasd.quotes.clause_cuts import writer_denies
from rasd.quotes.clues import (
    ambiguous,
    hides_own_name,
    in_title,
    scan_limit,
    seat,
    speaks,
    verb_free,
)
from rasd.quotes.content import cue_content
from rasd.quotes.cue_complements import complements, purpose_end
from rasd.quotes.cue_readings import (
    amounting,
    considered_as,
    counted_among,
    court,
    documents,
    impersonal_belief,
    impersonal_present,
    it_turned_out,
    mute_subject,
    passive_participle,
    read_as_verb,
    renews,
    that_opens,
    thing_acts,
    via,
    what_shows,
)
from rasd.quotes.cue_subjects import (
    bare_subject,
    feminine_after_masculine,
    feminine_object,
    holder_ahead,
    oblique_plural,
    opening_entity_end,
    past_apposed_title,
    past_post_body,
    past_relative,
    subject_before_qad,
    whole_name,
)
from rasd.quotes.demonstrative import demonstrative_subject, repeats_head
from rasd.quotes.first_person import first_person
from rasd.quotes.implicit import but_pronoun, but_pronoun_referent, implicit
from rasd.quotes.inner import inner_quotes, quoted_inside
from rasd.quotes.judgements import (
    as_judgement,
    aside_judgement,
    bare_judgement,
    judged_subject,
    judgement_start,
)
from rasd.quotes.lexicon import DEMONSTRATIVES
from rasd.quotes.nested_cues import (
    about_name,
    content_past_time_clause,
    news_arrived,
    relative_to_noun,
)
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.plural_agents import plural_agent
from rasd.quotes.quoted_pieces import past_quoted_piece
from rasd.quotes.regions import judged, named_object, quotation_before, quoted_subject
from rasd.quotes.relays import (
    FROM_HIM,
    RELAY,
    after_relayed,
    medium_relays,
    relay_before_source,
    relay_from,
    relayed,
    relayed_gender,
)
from rasd.quotes.reported_objects import report_start
from rasd.quotes.sources import relay_source, relayed_aside
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.speakers import speaker_mention
from rasd.quotes.state import (
    CONTINUATION_MIN_WORDS,
    IN_IT,
    RELATIVE_GENDER,
    Said,
    State,
    make_quote,
    overlaps,
    recent,
    record,
    remember,
    token_at,
)
from rasd.quotes.subjects import subject_after_still, subject_before
from rasd.quotes.unnamed_objects import past_named_addressee
from rasd.quotes.view import CueHit, DocView
from rasd.quotes.withheld import withheld
from rasd.quotes.written_calls import written_call
from rasd.text.normalize import match_key

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


# Words in ب that start a subject, not what was said: "وطالب بعض مشجعي …"، "وأفاد بيان …".
_NOT_CONTENT = ("title", "function", "people", "speaking_group", "source_head")


def _opens_complement(v: DocView, j: int, hit: CueHit) -> bool:
    """A word in ب right after a cue that takes ب, naming no one, opens what was said
    (the subject unwritten): "هددت بشن عمليات"، "توعدت بالرد"; not "هدد بومبيو"."""
    return (
        "ب" in hit.form.takes
        and v.keys[j].startswith("ب")
        and v.word(j)
        and v.entity_label(j) is None
        and not v.name_like(j)
        and not any(v.is_(c, j) for c in _NOT_CONTENT)
    )


def _one_cue(state: State, k: int, hit: CueHit) -> int | None:
    """Handles the cue at k; returns where to continue, or None for k + 1."""
    v = state.view
    hit = as_judgement(v, k, hit)
    aside = aside_judgement(v, k, hit)
    if hit.form.participle and v.is_("adverb", k) and not renews(v, k, hit):
        return None  # "وأثارت مجددا الجدل": "again", not "renewing" a statement
    if amounting(v, k, hit) or seat(v, k, hit) or hides_own_name(v, k):
        return None
    if news_arrived(state, k, hit) or relative_to_noun(state, k, hit):
        return None  # "حين وردت تقارير عن …": reports arrived, nobody replied
    if passive_participle(v, k, hit):
        return None  # "كما أنها متهمة بشن هجمات": accused, not accusing
    if k >= 3 and v.punct(k - 3, "،,") and writer_denies(v, k - 2):
        return None  # "…، لكنها لم تتحدث صراحة عن …": what was not said
    end = scan_limit(v, k)
    if k > 0 and v.keys[k - 1] in RELATIVE_GENDER:
        # "ساركوزي، الذي ينفي …، تهم "…"": a relative clause ends at its comma.
        end = next((j for j in range(k, min(end, k + RELATIVE_REACH)) if v.punct(j, "،,")), end)
    gender = hit.form.gender
    phrase: Phrase | None = None
    obj: Phrase | None = None  # the object after the verb, when its subject stands before
    uncut = 0  # where the speaker phrase ended before its addressee was cut off
    audience = None
    aimed = None  # whom the act is aimed at, cut off the speaker phrase (`addressees.py`)
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
        phrase = phrase or demonstrative_subject(v, k, p, end, hit, complements(hit))
        if phrase is not None and phrase.start == k + 1 and _opens_complement(v, k + 1, hit):
            phrase = None  # "حيث توعدت بشن عمليات": what was threatened, no subject
        cut = judged_subject(v, k, hit, phrase)
        if cut is False and aside:
            return None  # "انتقاد ما يراه تقصيرا": the unsaid judge is no one read here
        phrase = None if cut is False else cut  # "وهو ما اعتبرته السلطات أمرا …"
        if phrase is not None and in_it and "N" in hit.form.takes and not speaks(v, phrase):
            phrase, p = None, k + 2
        elif phrase is not None and "N" in hit.form.takes and v.is_("needed", phrase.start):
            phrase, p = None, k + 1  # "وأكد ضرورة الإسراع": what he stressed
        if phrase is not None and oblique_plural(v, phrase, hit):
            phrase = None  # "ودعت المصابين إلى": whom she called on, not who called
        elif (
            phrase is not None
            and phrase.start == k + 1
            and feminine_after_masculine(v, phrase, hit)
        ):
            phrase = None  # "دعا الولايات المتحدة إلى": whom he called on
        elif phrase is not None:
            phrase.end = feminine_object(v, phrase, hit) or phrase.end
            uncut = phrase.end
            phrase, addressee = without_addressee(v, phrase, hit)
            aimed = addressee
        if phrase is not None:
            # "ودعا الوزير لتحقيق دولي": the ل word is what was called for.
            phrase.end = purpose_end(v, k, phrase.start, phrase.end, hit, end) or phrase.end
            # "ونفى وزير الخارجية الأنباء التي …": the report denied, no more speaker.
            phrase.end = report_start(v, phrase, hit) or phrase.end
        if phrase is not None:
            p = phrase.end
            known = subject_before(v, k) if in_title(v, k) else past_relative(v, k, hit)
            fronted = None if known is not None else subject_before_qad(v, k, hit)
            subject = known or fronted or subject_after_still(v, k)
            if fronted is not None and "O" in hit.form.takes:
                # "وكانت السلطات التركية قد وصفت المنطقة بأنها": the phrase after a verb
                # that takes an object stays the ranker's candidate after the verb, whose
                # features (its preposition next, a subject before) tell it is the object.
                obj = phrase
            if subject is not None:
                # Headlines put the subject first: "كوريا الشمالية تطالب أمريكا
                # بالاعتذار"، "تركيا تؤكد استمرار عملية عفرين"; the phrase after the
                # verb is its object, or what was said. So does a subject with a
                # relative clause before a verb that takes an object ("أغلب الآباء
                # الذين تحدثنا إليهم وصفوا سوريا بأنها").
                phrase, p = subject, k + 1
    if phrase is None and not hit.form.participle:
        # "ويقول المقبل إن": a name the adverbial skip took for a time word.
        phrase = bare_subject(v, k + 1 if whole_name(v, k + 1) else p, end)
        p = phrase.end if phrase is not None else p
    p2, later_audience = skip_adverbials(v, p, end)
    p2 = judgement_start(v, k, hit, p, p2)
    audience = audience or later_audience
    if phrase is not None and phrase.name is not None:
        p2 = past_apposed_title(v, p2, end, hit)
    if phrase is not None:
        p2 = past_post_body(v, phrase, p2, end, hit)
    relay = None
    sourced = False  # the speaker is the source named after a relay's "عن"
    if RELAY in hit.form.takes:
        # "نقلت وكالة رويترز عن مسؤول قوله إن …": the speaker is after عن; the
        # agency that relays the words is kept on the speaker as "via".
        if phrase is not None:
            phrase, p2 = relay_before_source(v, phrase, p2)
        source = relay_from(v, p2, end)
        relay, phrase = phrase, relay_source(v, k, end) or relayed(v, source, end)
        sourced = phrase is not None
        if phrase is not None:
            after = after_relayed(v, phrase.end, end)
            # The verb agrees with the medium that relays ("نقلت الغارديان"); the
            # speaker's gender is on "قوله"، "قولها", for a later "واصفا".
            gender = relayed_gender(v, phrase.end, after) or gender
            p2, _ = skip_adverbials(v, after, end)
        elif relay is not None and source < end and v.keys[source] in FROM_HIM:
            # "ونقل مكتب العبادي عنه قوله": the source is someone named before.
            p2, _ = skip_adverbials(v, after_relayed(v, source + 1, end), end)
        elif medium_relays(v, relay, source):
            phrase, relay = relay, None  # "ونقلت رويترز أن الزلزال …": no عن, no source
        else:
            return None
    elif phrase is not None and (source_named := relayed_aside(v, phrase.end, p2, end)) is not None:
        relay, phrase = phrase, source_named  # "وذكرت رويترز، نقلا عن الوكالة، أن"
        sourced = True
    if (
        phrase is None
        and ambiguous(v, hit)
        and not hit.form.participle
        and not read_as_verb(v, k, p2, hit.form.takes)
        and written_call(v, k, hit) is None  # "قرارا يطالب بوقف": a verb after a document
    ):
        return None  # "عبر" with no subject is the preposition "via"
    if phrase is None and impersonal_belief(v, k, hit):
        return None  # "ويعتقد أن أكثر من 500 مدني قتلوا": يُعتقد, it is believed
    if it_turned_out(v, k, hit, phrase):
        return None  # "وتبين لاحقا أن غالبيتهم …": تبيّن, it became clear
    if "S" in hit.form.takes and (phrase is None or not documents(v, phrase)):
        return None
    if "A" in hit.form.takes and thing_acts(v, k, hit, phrase):
        return None
    if first_person(v, k, hit):
        return None  # "وأعتقد أن": the writer's own view, no third person's words
    if mute_subject(v, k, hit, phrase):
        return None  # "وتشير الزيارة إلى تحركات": an event shows it, nobody says it
    if what_shows(v, k, hit, phrase):
        return None  # "بما يشير إلى أن"، "وهو ما يؤكد أن": a fact shows it, nobody says it
    if "C" in hit.form.takes and phrase is not None and court(v, phrase):
        return None  # "أدانت محكمة بريطانية رجلاً": convicted, not condemned
    if counted_among(v, k, p2, end, hit):
        return None  # the passive: its noun is no speaker, even for a later "مضيفا"
    content = cue_content(v, k, p2, end, hit, phrase is None)
    # "وقال محمد حسين لباد "والد الطفلة": إن …": quoted words of the phrase, not speech.
    content = past_quoted_piece(state, k, end, hit, content, phrase is None)
    if content is None and phrase is not None and uncut > phrase.end:
        # "يتهم الادعاء العام الخلية، ومن بينهم تسشابه، بقتل": what was said is read
        # past the addressee, as it was before the addressee was cut off the speaker.
        past = cue_content(v, k, skip_adverbials(v, uncut, end)[0], end, hit, False)
        content = past if past is not None and past[0] == "indirect" else None
    # "قال الرئيس في خطاب ألقاه اليوم … إن": past the occasion's own clause.
    content = content_past_occasion(v, k, hit, p, end, content)
    content = content_past_time_clause(state, k, hit, p, end, content)
    if content is not None and withheld(v, k, content[1]):
        return None  # "ولم تعلن الحكومة عن الإجراءات": nothing was announced
    if content is not None and v.keys[k] == "وبين" and not that_opens(v, p2, content[1]):
        return None  # "وبين الأفلام القصيرة فاز …": among, not "and he showed that"
    if content is not None and via(v, k, hit, content[1]):
        return None  # "حملة عبر وسائل الإعلام من أجل «…»": via, not "expressed"
    if about_name(v, content):
        return None  # "متحدثاً عن تود روبنسون": whom he spoke about
    if content is not None and considered_as(v, k, hit, content[1], p2, phrase):
        return None
    named = named_object(v, hit, phrase)
    if named is not None:
        # "واعتبر تنظيم النسل "خيانة"": the phrase was the object, the speaker unsaid.
        reg = v.regions[named]
        phrase, content = None, ("direct", reg.first, reg.last, named)
    if content is None and phrase is not None and "N" in hit.form.takes:
        # "وتنفي إيران السعي لزعزعة …": a name takes no genitive; what follows the
        # name that opens the phrase is what was denied or stated.
        name_end = opening_entity_end(v, phrase)
        if name_end is not None:
            content = cue_content(v, k, name_end, end, hit, False)
            if content is not None:
                phrase = Phrase(phrase.start, name_end, name=(phrase.start, name_end))
    if content is None and phrase is not None and speaks(v, phrase):
        content = _postposed(state, k, hit, p2)
    if content is None:
        if phrase is not None and not aside:
            # A speaker with no content still speaks for a later "مضيفا".
            remember(state, Said(speaker_mention(v, phrase, gender), gender, k, False))
        return None
    phrase = quoted_subject(v, k, phrase) or phrase
    if phrase is not None:
        phrase = verb_free(v, holder_ahead(v, phrase, content[1] - 1) or phrase)
    # "لكنه طالب تركيا باحترام": after "لكنه" the phrase is the object or an adverbial.
    pronoun = but_pronoun(v, k) is not None
    # "وردا على سؤال …، قال:": the interviewee answers, not a name in the question.
    answer = answered(state, k, hit, phrase)
    if answer is not None:
        phrase, speaker = None, answer
    elif phrase is None or pronoun:
        speaker = implicit(state, k, hit)
    else:
        speaker = memo_mention(v, phrase, gender)
    referent = None
    if phrase is not None and v.keys[phrase.start - 1] in DEMONSTRATIVES:
        referent = _referent(state, phrase)  # "عن تلك المصادر": those sources
        speaker = referent or speaker
    if speaker is not None and relay is not None:
        speaker.attrs["via"] = v.doc.text[v.tokens[relay.start].start : v.tokens[relay.end - 1].end]
    kind, first, last, region = content
    if aside and not bare_judgement(v, phrase, first):
        return None
    if kind == "indirect" and speaker is None and impersonal_present(v, k):
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
    said = kind == "indirect" and phrase is not None
    aimed = aimed or object_before(v, p, first, hit, said)
    quote = make_quote(v, kind, first, last, k, speaker, audience or aimed)
    if quote is None:
        return None
    if any(q.start == quote.start and q.end == quote.end for q in state.quotes):
        # "وأردف قائلا: "…""، "وقال عبر تويتر: "…"": a second cue of the same words.
        return last if region is None else None
    # A demonstrative names the speaker it repeats, "لكنه" the subject before it, and
    # a plural participle its clause's plural subject; the ranker sees none of them
    # (it knows no crowd, and a plural cue's features agree with any earlier speaker).
    told = (
        sourced  # the source named after "عن" spoke, not the medium the ranker may see
        or referent is not None
        or answer is not None
        or (pronoun and but_pronoun_referent(v, k, hit.form.gender) is not None)
        or (phrase is None and _crowd_speaks(v, k, hit, speaker))
    )
    if not told and (state.ranker is not None or state.choices is not None):
        after = None if pronoun else obj or phrase
        speaker = quote.speaker = ranked_speaker(state, k, hit, after, quote, (first, last))
        if audience is None and not speaks_before(v, phrase, speaker):
            quote.audience = None  # the ranker chose someone else: the phrase was the object
    record(state, quote, (first, last), region)
    if region is None:
        quoted_inside(state, first, last, quote, hit)
    if speaker is not None and not aside:
        remember(state, Said(speaker, gender, k))
    # Cues inside an indirect clause or an unmarked direct one ("قال: …") are part
    # of what was said ("يعتقدون أن"); inside marks they are skipped as quoted. A
    # past cue with its own subject inside is a quotation inside the quotation.
    inner_quotes(state, first, last, quoted=region is not None)
    _relative_cues(state, k, first)
    return last if region is None else None


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
    after = past_named_addressee(v, after, end)  # "كما أفاد مسؤول … وكالة فرانس برس."
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


def _referent(state: State, phrase: Phrase) -> Mention | None:
    """The latest speaker with the noun a demonstrative phrase repeats ("تلك المصادر"
    → "مصادر يمنية"، "هؤلاء المسؤولون" → "كثير من المسؤولين")."""
    v = state.view
    head = v.keys[phrase.start]
    for said in recent(state.said):
        words = (said.mention.canonical or v.doc.slice(said.mention)).split()
        if repeats_head(words, head):
            m = said.mention  # a copy: this quote may add its relay ("via")
            return Mention(m.start, m.end, m.canonical, dict(m.attrs))
    return None


_OF_HIM = frozenset({"منه", "منها", "منهم", "منهما"})


def _crowd_speaks(v: DocView, k: int, hit: CueHit, speaker: Mention | None) -> bool:
    """The rules gave plural participle `k` the plural subject of its clause."""
    if speaker is None or not hit.form.participle or hit.form.gender != "p":
        return False
    crowd = plural_agent(v, k)
    return crowd is not None and token_at(v, speaker.start) == crowd.start
