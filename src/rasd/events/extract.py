"""The `events` stage: who did what to whom, where and when, coded in PLOVER.

For each sentence:
1. triggers: words whose form (clitics stripped with the Segmenter's segments) is
   a verb or verbal noun of `triggers.tsv`, with their required objects nearby;
2. actors: named entities when the NER stage ran, plus actor-dictionary phrases
   ("جيش النظام السوري"، "مفجرون انتحاريون"), each coded country+role;
3. arguments by position in the clause: Arabic puts the subject after the verb
   (VSO) or before it (SVO); a verbal noun takes its agent as a genitive
   ("هجوم التنظيم") or from the verb that governs it; targets follow the
   subject or a preposition (على، ضد، مع، بين … و);
4. place (a gazetteer or LOC name after a locative word), time (`dates`),
   casualties and negation ("لم"، "فشلتا في"، "نفى");
5. for ASSAULT and PROTEST, `attrs["relevance"]`: how likely the sentence reports a
   specific, new event rather than mentioning one (`rasd.events.relevance`).
An event needs at least one actor; events of the same type between the same
actors at the same time are one event (the first mention is its evidence).
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from rasd.document import Document, Entity, Event, Mention, Quote, Sentence
from rasd.events.attributes import (
    VERBAL_ATTACKS,
    asked,
    disaster,
    flag_background,
    flip_intent,
    habitual,
    incident_named,
    intended,
    is_future,
    is_negated,
    possible,
    spoken,
    sports,
)
from rasd.events.confidence import ConfidenceModel, apply_confidence, load_confidence
from rasd.events.counts import casualties
from rasd.events.dates import find_times, nearest_time
from rasd.events.keys import light_key, stem_start
from rasd.events.lexicon import (
    ActorDictionary,
    Gazetteer,
    Place,
    Trigger,
    TriggerLexicon,
)
from rasd.events.merging import ONE_INCIDENT, Candidate, fold_headline, merge, share_sides
from rasd.events.phrases import (
    COMPLEMENTIZERS,
    FACING,
    PREPOSITIONS,
    QUANTITIES,
    QUOTE_MARKS,
    RELATIVES,
    TIME_WORDS,
    accused,
    agrees,
    between_parties,
    between_word,
    claimed,
    clause,
    complement_between,
    content_word,
    continues_subject,
    count_after,
    counted_phrase,
    fire,
    form_info,
    goes_out,
    governs_no_genitive,
    has_enclitic,
    has_prep_clitic,
    has_pronoun_subject,
    is_count,
    is_kana,
    is_number,
    last_before,
    marked_passive,
    no_object,
    number_word,
    objects_follow,
    opens,
    paired_passive,
    plural_genitive,
    possessive_lam,
    preposition_before,
    pronoun_verbal_noun,
    stripped_preposition,
    title_words,
    verb_in,
)
from rasd.events.relevance import Coded, RelevanceModel, event_features, sentence_features
from rasd.events.senses import demanded, posed_danger
from rasd.events.sentence import (
    BOUNDARY,
    WORD_LISTS,
    Word,
    definite,
    named_group,
    opens_with_act_noun,
    windows,
)
from rasd.events.side_ranker import (
    PARTNERED,
    SIDES,
    SideChoice,
    SideRanker,
    features,
    layout,
    load_side_ranker,
    side_candidates,
)
from rasd.events.sides import (
    AGAINST,
    AGENT_NOUNS,
    DOING,
    GROUP_WORDS,
    SUPPORTING,
    Actor,
    Named,
    adjacent_groups,
    adjective_of_event,
    armament,
    conjoined,
    counts_people,
    dateline_end,
    describe,
    doer_after,
    entity_spans,
    event_place,
    has_country,
    join_overlapping,
    partner_position,
    passive_agent,
    pronoun_suffix,
    protest_target,
    relative_antecedent,
    relative_subject,
    same_actor,
    speaker,
    speaker_pronoun,
    subject_after,
    supported,
    target_after,
    with_source,
)
from rasd.events.speech import SpeechActs, speech_events
from rasd.events.speech_model import SpeechActModel, learned_types, load_speech_model
from rasd.events.triggers import LIGHT_VERBS, find_triggers
from rasd.text.normalize import match_key

_LISTS = WORD_LISTS

_TARGET_PREPS = _LISTS.words("target_preps")
_LOCATIVE = _LISTS.words("locative")
_PASSIVE_AUX = _LISTS.words("passive_aux")
_TIME_PREPS = _LISTS.words("time_preps")
_ARMED_ATTACK = _LISTS.forms("armed_attack")


@dataclass(frozen=True, slots=True)
class _Clause:
    """A trigger in its clause: what the argument rules look at."""

    words: list[Word]
    actors: list[Actor]  # the sentence's actors but the trigger's required object
    trigger: Trigger
    pos: int
    ce: int  # end of the clause (exclusive)
    obj: int  # position of the required object word, or -1
    prior: bool  # an earlier event of the sentence has a source
    before: list[Actor]  # people in the clause before the trigger
    after: list[Actor]  # people in the clause after it


# Flags of events not told as done: left out of the layer unless `keep_background`.
_UNTOLD = ("background", "future", "hypothetical")
# Words after بين searched for the two people an act is between.
_BETWEEN_WINDOW = 12
# Types whose triggers also name moves of a game ("هجوم"، "انسحب"، "لقاء").
_GAME_SENSES = {"ASSAULT", "COERCE", "RETREAT", "CONSULT"}
_PROMISED = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}


def _inferred(side: Mention) -> Mention:
    """A side carried over from an earlier clause, marked as inferred."""
    return Mention(side.start, side.end, side.canonical, {**side.attrs, "inferred": True})


def _participle(trigger: Trigger) -> bool:
    """A speech verb's active participle listed as a noun ("متهما"، "مطالبا")."""
    return trigger.kind == "noun" and trigger.lemma.startswith("م") and trigger.lemma.endswith("ا")


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Disjoint spans covering the same offsets, in order."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    i = bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def _counterpart_words(joint: list[Word]) -> bool:
    """ "[، ونظيره الأميركي م]ايك بومبيو": whether the words from the end of one person
    to the first word of the next join two parties: و (alone or on the next word), a
    comma before it, a counterpart noun and definite nationalities."""
    if joint[0].surface == "،":
        joint = joint[1:]
    if not joint or not (joint[0].conj or joint[0].surface == "و"):
        return False
    between = joint[:-1]
    keys = [k for w in between if (k := match_key(w.surface).removeprefix("و"))]
    return len(between) <= 3 and all(k.startswith(("ال", "نظير")) for k in keys)


class EventExtractor:
    """Pipeline component filling `doc.events`.

    `keep_negated`: keep events that a negation or failure cancels, marked with
    `attrs["negated"] = True` (by default they are dropped).
    `keep_background`: keep events told as background or generic (attacks the
    relevance model scores low, most events of sport or economy articles, "تهديد" as a
    danger, habits), marked `attrs["background"] = True`, future ones ("سيطالب"), marked
    `attrs["future"] = True`, and intended ones ("يهدف إلى إدانة"), marked
    `attrs["hypothetical"] = True` (by default all are dropped).
    `ranker`: the side ranker that picks each event's source and target among the
    candidates the rules propose (`side_ranker.py`); True: the shipped one when the
    package has it, False: the rules alone.
    `confidence`: the learned filter (`confidence.py`): True loads the shipped model,
    False codes every event the rules find. Events under its threshold are dropped,
    or kept and marked `attrs["unlikely"] = True` with `keep_background`.
    `speech_model`: the learned reader of speech acts under a plain cue
    (`speech_model.py`); True: the shipped one when the package has it, False: the
    speech-act lexicon alone.
    """

    def __init__(
        self,
        triggers: TriggerLexicon | None = None,
        actors: ActorDictionary | None = None,
        gazetteer: Gazetteer | None = None,
        keep_negated: bool = False,
        relevance: RelevanceModel | None = None,
        keep_background: bool = False,
        ranker: SideRanker | bool = True,
        confidence: ConfidenceModel | bool = True,
        speech_model: SpeechActModel | bool = True,
    ) -> None:
        self.ranker = load_side_ranker() if ranker is True else (ranker or None)
        self.triggers = triggers or TriggerLexicon()
        self.relevance = relevance or RelevanceModel()
        self.actors = actors or ActorDictionary()
        self.gazetteer = gazetteer or Gazetteer()
        self.keep_negated = keep_negated
        self.keep_background = keep_background
        self.confidence = load_confidence() if confidence is True else confidence or None
        self.speech_acts = SpeechActs.load()
        self.speech_model = load_speech_model() if speech_model is True else speech_model or None
        # Keys of each word form seen, as the Segmenter caches its splits.
        self._forms: dict[str, tuple[list[str], list[str], bool, bool, str, bool]] = {}
        # The document and sentence actors being coded (set per call; one call at a time).
        self._doc: Document | None = None
        self._sentence_actors: list[Actor] = []
        self._entities: list[Entity] = []  # the document's, by start
        self._entity_starts: list[int] = []
        self._quoted: list[tuple[int, int]] = []  # the quotations' union, in order
        self._direct: list[Quote] = []  # the direct quotations, whose speaker says "I"
        self._names: Counter[str] = Counter()  # the document's words, for the ranker
        self._choices: list[SideChoice] | None = None  # recorded by `choices`

    def choices(self, doc: Document) -> list[SideChoice]:
        """Every coded trigger's side candidates in an analysed document, with the
        rules' choices marked (to train the side ranker)."""
        self._choices = []
        try:
            self(doc)
            return self._choices
        finally:
            self._choices = None

    def __call__(self, doc: Document) -> Document:
        candidates: list[Candidate] = []
        topic: Mention | None = None
        self._entities = sorted(doc.entities or [], key=lambda e: e.start)
        self._entity_starts = [e.start for e in self._entities]
        if self.ranker is not None or self._choices is not None:
            self._names = Counter(match_key(doc.text).split())
        self._quoted = _union((q.start, q.end) for q in doc.quotes or [])
        self._direct = [q for q in doc.quotes or [] if q.kind == "direct"]
        for i, sentence in enumerate(doc.sentences):
            for words in windows(self._words(doc, sentence)):
                found, topic = self._sentence(doc, i, words, topic)
                candidates.extend(found)
        spoken = speech_events(doc, self.speech_acts, self._learned(doc))
        # A cue the trigger rules coded already is one act, with the sides they found;
        # the quotation gives the target they missed past a comma ("اتهم وزير الخارجية
        # البريطاني بوريس جونسون، روسيا بمحاولة …").
        said = {(e.type, at): e for e, at in spoken}
        for c in candidates:
            quoted = said.get((c.event.type, c.at))
            if (
                quoted is not None
                and (c.event.target is None or c.event.target.attrs.get("ranked"))
                and not same_actor(c.event.source, quoted.target)
            ):
                c.event.target = quoted.target
        spoken = [
            (e, at)
            for e, at in spoken
            if (e.type, at) not in {(c.event.type, c.at) for c in candidates}
        ]
        events = merge(
            [Candidate(e, False, None, at) for e, at in spoken] + candidates, self.keep_negated
        )
        for event in events:
            if same_actor(event.source, event.target):
                event.target = None  # never one actor on both sides, whichever rule read it
        flag_background(doc, events)
        if not self.keep_background:
            events = [e for e in events if not any(e.attrs.get(k) for k in _UNTOLD)]
        if self.confidence is not None:
            events = apply_confidence(self.confidence, doc, events, self.keep_background)
        doc.events = fold_headline(doc, events)
        return doc

    def _first_person(self, word: Word, trigger: Trigger) -> bool:
        """A verb in the first person inside a direct quotation ("أدعو"، "نطالب"،
        "ندين"، "رفضنا"): its subject is the speaker ("I", "we"), not a noun after it.
        The imperfect أ/ن is the third person's ي form with another prefix; the
        perfect ـنا is the bare perfect with the ending."""
        if not any(q.start <= word.token.start < q.end for q in self._direct):
            return False
        form = match_key(word.surface)
        if word.conj:
            form = form[1:]
        if form == trigger.lemma or len(form) < 4:
            return False
        same = [trigger.lemma]
        if form[0] in "ان":
            lemmas = [t.lemma for t in self.triggers.lookup(["ي" + form[1:]])]
            if lemmas[:1] == same:
                return not has_pronoun_subject(word)  # "ألقوا": a plural perfect
        return (
            form.endswith("نا") and [t.lemma for t in self.triggers.lookup([form[:-2]])][:1] == same
        )

    def _denied(self, words: list[Word], pos: int, target: Mention) -> bool:
        """ "نفت أبل أن تكون التغييرات تهدف إلى إحباط القانون في الولايات المتحدة":
        a name inside the denied or refused "أن" clause is part of what is denied,
        not whom the denial answers."""
        first = next((j for j, w in enumerate(words) if w.token.end > target.start), len(words))
        if first >= len(words) or first <= pos or not complement_between(words, pos, first):
            return False
        # The denied clause's own subject ("نفى الأسد أن تكون روسيا على علم") is whom
        # the claim is about; a name after a preposition is only its setting.
        return has_prep_clitic(words[first]) or words[first - 1].keys[-1] in PREPOSITIONS

    def _spoken_sides(
        self, doc: Document, words: list[Word], actors: list[Actor], pos: int, ce: int
    ) -> tuple[Mention | None, Mention | None]:
        """Sides of a first-person verb: the quotation's speaker, and the first
        actor after the verb in its clause (its object). With no one named after it
        ("أطالب بحقوقي"، "نثمن هذه الزيارة") the act is the quotation's own, which
        the quotes layer holds: no event."""
        offset = words[pos].token.start
        quote = next(q for q in self._direct if q.start <= offset < q.end)
        obj = next((a for a in actors if pos < a.first and a.last <= ce and not a.is_place), None)
        if obj is None:
            return None, None
        source = self._named(doc, quote.speaker) if quote.speaker else None
        target = self._named(doc, obj.mention)
        return source, None if same_actor(source, target) else target

    def _learned(self, doc: Document) -> Callable[[list[Quote]], dict[int, str]] | None:
        model = self.speech_model
        if model is None:
            return None
        return lambda quotes: learned_types(doc, quotes, model, self.speech_acts)

    # --- per sentence --------------------------------------------------------

    def detect(self, doc: Document, sentence: Sentence) -> list[tuple[Trigger, int, bool]]:
        """Triggers in a sentence: (trigger, word position, negated)."""
        words = self._words(doc, sentence)
        return [
            (t, i, is_negated(words, i, t.kind == "verb"))
            for i, t, _ in find_triggers(words, self.triggers, self._in_name)
        ]

    def _sentence(
        self, doc: Document, index: int, words: list[Word], topic: Mention | None
    ) -> tuple[list[Candidate], Mention | None]:
        """Events of one sentence (or one window of a very long one), and the topic
        actor the next sentence may continue with an unexpressed subject ("ورحبا بـ…")."""
        found = self._faced(words, find_triggers(words, self.triggers, self._in_name))
        self._doc = doc
        places = self._actors(doc, words) if found or words else []
        # "دبي، الإمارات العربية المتحدة (CNN)--": the dateline is no side of the events
        # the sentence tells (it may be their place).
        head = dateline_end(words)
        actors = [a for a in places if a.first >= head]
        first_actor = next((a.mention for a in actors if not a.is_place), None)
        if not found:
            return [], first_actor
        span_start, span_end = words[0].token.start, words[-1].token.end
        times = find_times(doc.text, span_start, span_end, doc.published)
        out = []
        worded = -1  # where "شنّ" was read as an attack in words ("شنّ ترامب هجوما")
        for pos, trigger, obj in found:
            cs, ce = clause(words, pos)
            usable = [a for a in actors if not a.first <= obj < a.last]
            prior = bool(out and out[-1].event.source)
            self._sentence_actors = actors
            source, target = self._arguments(words, usable, trigger, pos, (cs, ce), obj, prior)
            source, target = (
                None if side is None or armament(doc, side) else self._named(doc, side)
                for side in (source, target)
            )
            if same_actor(source, target):
                target = None  # "وهاجم المتظاهرون محافظ العاصمة سعد الوادي"
            carried = out[-1].event.source if out and out[-1].event.source else topic
            if (
                source is None
                and trigger.kind == "verb"
                and carried is not None
                and (
                    opens(words, cs, pos)
                    or has_pronoun_subject(words[pos])
                    or (prior and continues_subject(words, pos))
                )
                # "قتل 36 من القوات": a verb right before a count is read as a passive
                # (قُتل), with no agent to carry over from an earlier sentence.
                and not counted_phrase(words, pos + 1)
                # "قتل وأصيب العشرات": a killing verb paired with another is the
                # passive pair, its victims after both verbs.
                and not (trigger.lemma in _SUFFERED and paired_passive(found, pos))
                # "الهجوم الذي استهدف": a relative clause is about its antecedent
                and not (cs > 0 and words[cs - 1].keys[-1] in RELATIVES)
            ):
                source = _inferred(carried)
            if _participle(trigger):
                # "…، متهما الولايات المتحدة بمحاولة …": the act of the clause's speaker,
                # the name after the participle its target.
                after = [m for m in (source, target) if m and m.start > words[pos].token.start]
                target = min(after, key=lambda m: m.start) if after else None
                source = _inferred(carried) if carried is not None else None
                if same_actor(source, target):
                    target = None
            # The relevance model was fitted on the rules' sides: it scores with them.
            by_rules = (source, target)
            source, target = self._ranked(
                doc,
                words,
                actors,
                (pos, cs, ce),
                trigger,
                {"source": source, "target": target},
                carried,
            )
            if trigger.kind == "verb" and self._first_person(words[pos], trigger):
                source, target = self._spoken_sides(doc, words, usable, pos, ce)
            if trigger.type == "REJECT" and target is not None and self._denied(words, pos, target):
                target = None
            start, end = words[cs].token.start, words[ce - 1].token.end
            event_type, cameo = trigger.type, trigger.cameo
            launched = 0 <= worded < pos <= worded + _LAUNCH_WINDOW
            if (
                trigger.lemma in VERBAL_ATTACKS and (spoken(words) or launched)
            ) or self._attack_in_words(words, pos, trigger, (source, target)):
                # "هاجم النائب الرئيس السابق قائلا إنه …"، "وهاجم أردوغان الولايات
                # المتحدة"، and the noun of "شنّ ترامب هجوما": an attack in words.
                event_type, cameo = "DISAPPROVE", "111"
                worded = pos if trigger.lemma == "شن" else worded
            event = Event(start, end, event_type, index, source, target)
            event.where = event_place(words, places, pos, cs, ce)
            event.when = nearest_time(doc.text, times, words[pos].token.start, start, end)
            counts = (
                casualties(doc.text[start:end])
                if trigger.type in ("ASSAULT", "COERCE", "PROTEST")
                else {}
            )
            if trigger.type == "ASSAULT" and (
                (source is None and disaster(words)) or disaster(words[pos + 1 : pos + 5])
            ):
                # "قتل 17 شخصا عندما ضربت عاصفة": deaths without an attacker; "وقتل
                # الإعصار مايكل"، "قتلوا بسبب العاصفة": the storm named as the killer
                continue
            if trigger.type in _GAME_SENSES and not counts and sports(words):
                # "مواجهات الفريقين"، "خطف إنييستا هدفا"، "انسحب الفريق من المباراة"،
                # "لقاء الذهاب": a match, not a fight, a withdrawal or a meeting
                continue
            if (
                source is None
                and target is None
                and not (
                    # "تعرضت المنطقة الخضراء لهجوم"، "أوقع هجوم بالفلوجة سبعة قتلى": an
                    # attack or protest is told by its place or its dead as well.
                    trigger.type in ONE_INCIDENT and (event.where or counts)
                )
            ):
                continue
            event.attrs["trigger"] = doc.text[words[pos].token.start : words[pos].token.end]
            if cameo:
                event.attrs["cameo"] = cameo
            event.attrs.update(counts)
            negated = is_negated(words, pos, trigger.kind == "verb")
            if trigger.kind == "verb" and is_future(words, pos, self.triggers):
                if event.type in _PROMISED:
                    # PLOVER: cooperation told in the future tense ("سيزور"، "ستقدم
                    # مساعدات") is a commitment, AGREE.
                    event.attrs["intended"], event.type = event.type, "AGREE"
                else:
                    event.attrs["future"] = True  # "سيطالب"، "سوف يهاجم": not done yet
            if (
                trigger.type == "THREATEN"
                and trigger.kind == "noun"
                and (source is None or posed_danger(words, pos))
            ):
                # "يشكلون تهديدا لإندونيسيا"، "أخطر تهديد للسلام": a danger, not a threat made
                event.attrs["background"] = True
            if intended(words, pos):
                flip_intent(event)
            if habitual(words, pos):
                event.attrs["background"] = True
            if trigger.type == "ASSAULT" and incident_named(words, pos):
                event.attrs["background"] = True
            if asked(words, pos) or possible(words, pos, event.type):
                event.attrs["hypothetical"] = True
            if trigger.kind == "noun" and demanded(words, found, pos):
                event.attrs["hypothetical"] = True  # "طالبوا بتنظيم مظاهرة": not held yet
            when_text = match_key(doc.slice(event.when)) if event.when else ""
            in_quote = _within(self._quoted, words[pos].token.start)
            as_ruled = replace(event, source=by_rules[0], target=by_rules[1])
            coded = Coded(as_ruled, pos, trigger.kind, trigger.lemma, when_text, in_quote)
            anaphoric = (
                trigger.kind == "noun" and trigger.type in ONE_INCIDENT and definite(words[pos])
            )
            out.append(Candidate(event, negated, coded, words[pos].token.start, anaphoric))
        share_sides([c.event for c in out])
        self._score_relevance(doc, (span_start, span_end), words, out)
        return out, first_actor

    def _attack_in_words(
        self, words: list[Word], pos: int, trigger: Trigger, sides: tuple[Mention | None, ...]
    ) -> bool:
        """ "وهاجم أردوغان في أكثر من مناسبة الولايات المتحدة"، "شنّ ترامب هجوما جديدا
        على حلفائه في حلف شمال الأطلسي": a named person who attacks a named state,
        body or person with no weapon told is a critic; armed attackers are groups
        or forces, or are told with their arms ("هجوما بغاز السارين")."""
        if not _launched_attack(words, pos, trigger):
            return False
        source, target = sides
        if source is None or target is None:
            return False
        if "PER" not in self._names_in(source) or not self._names_in(target):
            return False
        near = words[max(0, pos - 3) : pos + 6]
        return not any(
            match_key(w.surface).removeprefix("و").removeprefix("ال").startswith(_ARMED_ATTACK)
            for w in near
        )

    def _faced(
        self, words: list[Word], found: list[tuple[int, Trigger, int]]
    ) -> list[tuple[int, Trigger, int]]:
        """The triggers found, and the act that a facing verb's subject suffered told
        after that subject ("تعرضت القرية لقصف من قبل …"، "وتعرضت المتحولة جنسيا أليشا
        لإطلاق نار"): only an act right after the verb is read as one by itself."""
        have = {p for p, _, _ in found}
        faced = []
        for i, w in enumerate(words):
            if not set(w.keys) & FACING:
                continue
            for j in range(i + 2, min(len(words), i + 8)):
                if j in have or words[j].surface in BOUNDARY:
                    break
                if not (words[j].prep or stripped_preposition(words[j])):
                    continue
                act = self._act_at(words, j)
                if act is not None:
                    # told as suffered: the subject before is its target, as of a passive
                    faced.append((j, replace(act[0], kind="passive"), act[1]))
                    break
        return sorted(found + faced, key=lambda f: f[0])

    def _act_at(self, words: list[Word], j: int) -> tuple[Trigger, int] | None:
        """The noun trigger at word `j` with its required object, if any."""
        if self._in_name(words[j].token.start):
            return None
        for t in self.triggers.lookup(words[j].keys):
            obj = objects_follow(words, j, t.objects) if t.objects else -1
            if t.kind == "noun" and (obj >= 0 or not t.objects):
                return t, obj
        return None

    def _ranked(
        self,
        doc: Document,
        words: list[Word],
        actors: list[Actor],
        at: tuple[int, int, int],
        trigger: Trigger,
        rules: dict[str, Mention | None],
        carried: Mention | None,
    ) -> tuple[Mention | None, Mention | None]:
        """The sides the ranker picks among the rules' and the sentence's candidates
        (the rules' own without a ranker); the choice is recorded for `choices`."""
        if (self.ranker is None and self._choices is None) or not any(rules.values()):
            # A trigger the rules find no side for stays theirs: most are no event.
            return rules["source"], rules["target"]
        pos, cs, ce = at
        named = [
            Actor(a.first, a.last, m, a.is_place)
            for a in actors
            # an actor holding the trigger ("تهديدات") is no side of it
            if not a.first <= pos < a.last
            and (m := self._named(doc, a.mention)) is not None
            and not armament(doc, m)
            # whom a march supports is neither side of it, as for the rules
            and not (trigger.type == "PROTEST" and supported(words, a))
        ]
        candidates = side_candidates(words, named, rules, carried, self._label)
        rows = {}
        for side in SIDES:
            where = layout(candidates[side], pos)
            rows[side] = [
                features(words, pos, (cs, ce), trigger, c, where, self._names)
                for c in candidates[side]
            ]
        choice = SideChoice(trigger.type, words[pos].token.start, candidates, rows)
        if self._choices is not None:
            self._choices.append(choice)
        if self.ranker is None:
            return rules["source"], rules["target"]
        picked = self.ranker.choose(choice)
        source, target = picked["source"], picked["target"]
        own = rules["source"]
        if own is not None and own.start <= words[pos].token.start < own.end:
            # "خروج محتجين"، "آلاف المتظاهرين": the trigger names its own doers, who
            # stay the source whatever actor the sentence names besides.
            source = own
            if same_actor(source, target):
                target = rules["target"]
        if _ally_of(words, trigger, source, target):
            target = None
        if target is not None and rules["target"] is None:
            # Marked, so that a target the event's own quotation names wins over it.
            target = replace(target, attrs={**target.attrs, "ranked": True})
        return source, target

    def _names_in(self, m: Mention) -> set[str]:
        """The labels of the names in the mention ("الرئيس الأميركي، دونالد ترامب": PER)."""
        k = bisect_left(self._entity_starts, m.start)
        return {
            e.label
            for e in itertools.takewhile(lambda e: e.start < m.end, self._entities[k:])
            if e.label in ("PER", "ORG", "LOC")
        }

    def _label(self, m: Mention) -> str | None:
        """The label of the named entity the mention starts in, if any."""
        k = bisect_right(self._entity_starts, m.start)
        entity = self._entities[k - 1] if k else None
        return entity.label if entity is not None and m.start < entity.end else None

    def _named(self, doc: Document, side: Mention | None) -> Mention | None:
        """A title followed by the person's name stands for the name ("نظيره التركي
        رجب طيب أردوغان"، "وزير الخارجية الفرنسي جان إيف لودريان")."""
        if side is None:
            return side
        i = bisect_left(self._entity_starts, side.end)
        inside = bisect_right(self._entity_starts, side.start)
        if inside > 0 and self._entities[inside - 1].end > side.start:
            return side  # the side is (inside) a named entity already
        # (a name inside the title, "الأمين العام للجامعة العربية أحمد أبو الغيط", is not)
        if i == len(self._entities):
            return side
        name = self._entities[i]
        between = doc.text[side.end : name.start].split()
        # "وزير الخارجية الروسي، سيرغي لافروف،": the name in apposition after a comma
        apposed = between in (["،"], [","])
        if name.label != "PER" or not (title_words(between) or apposed):
            return side
        # The title stays in the span: "وزير الخارجية الصيني وانغ يي".
        return Mention(side.start, name.end, name.canonical or doc.slice(name), side.attrs)

    def _score_relevance(
        self,
        doc: Document,
        span: tuple[int, int],
        words: list[Word],
        candidates: list[Candidate],
    ) -> None:
        """One relevance per type and sentence (`attrs["relevance"]`), from all the
        events of the type that the sentence codes and no negation cancels."""
        by_type: dict[str, list[Candidate]] = {}
        for c in candidates:
            if c.event.type in self.relevance.types:
                by_type.setdefault(c.event.type, []).append(c)
        if not by_type:
            return
        forms = [match_key(w.surface) for w in words]
        base = sentence_features(doc.text[span[0] : span[1]], forms)
        for event_type, group in by_type.items():
            feats = set(base)
            for c in [c for c in group if not c.negated] or group:
                if c.coded is not None:  # always, for a trigger's candidate
                    feats |= event_features(forms, c.coded)
            score = self.relevance.score(event_type, feats)
            if score is not None:
                for c in group:
                    c.event.attrs["relevance"] = round(score, 3)

    def _words(self, doc: Document, sentence: Sentence) -> list[Word]:
        words = []
        for offset, tok in enumerate(doc.sentence_tokens(sentence)):
            surface = doc.text[tok.start : tok.end]
            info = self._forms.get(surface)
            if info is None:
                info = self._forms[surface] = form_info(doc, tok)
            keys, light, conj, prep, whole_light, content = info
            words.append(
                Word(
                    sentence.token_start + offset,
                    tok,
                    keys,
                    light,
                    surface,
                    conj,
                    prep,
                    whole_light,
                    content,
                )
            )
        return words

    def _in_name(self, offset: int) -> bool:
        """Whether the offset lies inside the name of a place or person."""
        k = bisect_right(self._entity_starts, offset)
        entity = self._entities[k - 1] if k else None
        return entity is not None and entity.label in ("LOC", "PER") and offset < entity.end

    # --- actors and places ----------------------------------------------------

    def _actors(self, doc: Document, words: list[Word]) -> list[Actor]:
        spans: list[tuple[int, int, object]] = []  # (first, last, entry or Entity)
        spans.extend(entity_spans(self._entities, words))
        taken = {i for a, b, _ in spans for i in range(a, b)}
        spans.extend(self._group_anaphors(doc, words, taken))
        taken = {i for a, b, _ in spans for i in range(a, b)}
        i = 0
        while i < len(words):
            hit = None if i in taken else self._dictionary_at(words, i)
            if hit:
                spans.append((i, hit[0], hit[1]))
                i = hit[0]
            else:
                i += 1
        spans.sort(key=lambda s: s[0])
        starts = {a for a, _, _ in spans}
        groups = [self._with_name(words, g, starts) for g in adjacent_groups(spans, words)]
        taken = {i for a, b, _ in spans for i in range(a, b)}
        actors = [self._actor(doc, words, group, taken) for group in groups]
        return join_overlapping(doc, words, actors)

    def _group_anaphors(
        self, doc: Document, words: list[Word], taken: set[int]
    ) -> list[tuple[int, int, object]]:
        """ "التنظيم"، "الحركة": a definite group noun stands for the last group the
        article named with it ("تنظيم الدولة"، "حركة حماس"), as that entity."""
        found: list[tuple[int, int, object]] = []
        for i, w in enumerate(words):
            if i in taken:
                continue
            named = named_group(doc, self._entities, self._entity_starts, w.surface, w.token.start)
            if named is not None:
                name = named.canonical or doc.slice(named)
                found.append(
                    (i, i + 1, Entity(stem_start(w.token), w.token.end, "ORG", name, named.country))
                )
        return found

    def _inside(self, words: list[Word], first: int, last: int) -> list[object]:
        """Dictionary entries found within words `first`..`last`."""
        found = []
        i = first
        while i < last:
            hit = self._dictionary_at(words, i)
            if hit and hit[0] <= last:
                found.append(hit[1])
                i = hit[0]
            else:
                i += 1
        return found

    def _with_name(
        self, words: list[Word], group: list[tuple[int, int, object]], starts: set[int]
    ) -> list[tuple[int, int, object]]:
        """A title ending in a nationality takes the name that follows it:
        "وزير الخارجية الفرنسي [جان مارك إيرولت]"، "والروسي [جون كيري]"."""
        first, last, entry = group[-1]
        demonym = has_country(entry) and definite(words[last - 1])
        name_start = (
            len(group) > 1
            and has_country(group[-2][2])
            and last - first == 1
            and not definite(words[first])
        )
        if not demonym and not name_start:
            return group
        if any(set(describe(e)[1]) & _GROUP_ROLES for _, _, e in group):
            return group  # "المليشيات الحوثية" is a group, not a title before a name
        end = last
        while (
            end < len(words)
            and end - last < 3
            and end not in starts
            and content_word(words[end])
            and not definite(words[end])
            and not words[end].conj
            and not words[end].prep
            and not stripped_preposition(words[end])
            and match_key(words[end].surface) not in _LOCATIVE
            and not has_enclitic(words[end])
            and not self.triggers.lookup(words[end].keys)
            # "الدولة اللبنانية [مطالبين]": a cue aimed at an actor ends the name
            and match_key(words[end].surface) not in AGAINST | SUPPORTING
        ):
            end += 1
        if end == last:
            return group
        return [*group[:-1], (first, end, entry)]

    def _dictionary_at(self, words: list[Word], i: int) -> tuple[int, object] | None:
        """The longest actor or place name starting at word `i`: (end, entry), where
        the entry is an `ActorEntry`, a `Place`, or both as a `_Named`."""
        w0 = words[i]
        longest = max(
            self.actors.longest.get(w0.light[-1] if w0.light else "", 0),
            self.actors.longest.get(w0.whole_light, 0),
            self.gazetteer.longest.get(w0.keys[0], 0),
            self.gazetteer.longest.get(w0.keys[-1], 0),
        )
        if not longest or not content_word(w0):
            return None  # no name starts with this word
        if i and match_key(words[i - 1].surface).removeprefix("و") in _TIME_PREPS:
            return None  # "خلال النهار": a time, not the newspaper
        if any(t.kind in ("verb", "passive") for t in self.triggers.lookup(w0.keys)):
            return None
        run = 1
        while (
            run < longest
            and i + run < len(words)
            and words[i + run].token.kind == "word"
            and not words[i + run].conj
        ):
            run += 1
        for n in range(run, 0, -1):
            chunk = words[i : i + n]
            place = self.gazetteer.get(tuple(w.keys[0] for w in chunk)) or self.gazetteer.get(
                tuple(w.keys[-1] for w in chunk)
            )
            actor = self.actors.get(tuple(w.light[-1] if w.light else "" for w in chunk))
            if actor is None and n == 1:
                actor = self.actors.get((chunk[0].whole_light,))
            if (
                n == 1
                and place is None
                and actor is not None
                and not actor.country
                and actor.roles == ("GOV",)
                and self._attributive(words, i)
            ):
                # "بتحقيق دولي"، "اجتماع حكومي": an adjective, not the states or the
                # government; "غارة إسرائيلية" names the attacker, "هجوم انتحاري" the
                # bomber.
                actor = None
            if n == 1 and actor is not None and not actor.roles and pronoun_suffix(w0):
                actor = None  # "وتركه"، "بأنه": a pronoun suffix, never on a country's name
            if actor is not None or place is not None:
                return i + n, Named(actor, place)
        return None

    def _attributive(self, words: list[Word], i: int) -> bool:
        """Whether word `i` is an indefinite nisba adjective after the noun it
        describes ("تحقيق دولي"), not a noun after a verb ("قتل حكومي")."""
        key = match_key(words[i].surface).removeprefix("و")
        if i == 0 or key.startswith("ال") or not key.endswith(("ي", "ية", "يه")):
            return False
        prev = words[i - 1]
        return content_word(prev) and not any(
            t.kind in ("verb", "passive") for t in self.triggers.lookup(prev.keys)
        )

    def _actor(
        self,
        doc: Document,
        words: list[Word],
        group: list[tuple[int, int, object]],
        taken: set[int] = frozenset(),  # type: ignore[assignment]
    ) -> Actor:
        first, last = group[0][0], group[-1][1]
        country, roles, canonical, place = None, [], None, None
        for a, b, entry in group:
            c, r, canon, p = describe(entry)
            if isinstance(entry, Entity):
                # A named entity gets its codes from the dictionaries inside it
                # ("جيش النظام السوري" → SYR MIL).
                for inner in self._inside(words, a, b):
                    ic, ir, _, ip = describe(inner)
                    c, p = c or ic, p or ip
                    r = (*r, *(x for x in ir if x not in r))
            country = country or c
            roles.extend(x for x in r if x not in roles)
            place = place or p
            if canon and len(group) == 1:
                canonical = canon
        before = match_key(words[first - 1].surface) if first > 0 else ""
        own = words[first].keys
        whole_name = (
            self.gazetteer.get((own[0],)) is not None
            or self.actors.get((light_key(own[0]),)) is not None
        )
        locative = before in _LOCATIVE or (
            len(own) > 1 and own[0].removeprefix("و")[:1] == "ب" and not whole_name
        )
        named_actor = any(isinstance(e, Named) and e.actor is not None for _, _, e in group)
        if place is None and locative and len(group) == 1 and country and not roles:
            # A town the actor dictionary knows but the gazetteer does not.
            place = Place(
                canonical
                or match_key(doc.text[stem_start(words[first].token) : words[last - 1].token.end]),
                country,
                None,
                None,
                "city",
            )
        # A name the entity layer reads as a person is never a place, whatever town
        # shares its spelling ("بوريس جونسون": جونسون).
        person = isinstance(group[0][2], Entity) and group[0][2].label == "PER"
        is_place = (
            len(group) == 1
            and place is not None
            and not person
            and (locative or (place.kind == "city" and not named_actor))
        )
        anchor = first
        if not is_place and not isinstance(group[0][2], Entity):
            first = self._head_start(words, first, taken)
        start = stem_start(words[first].token)
        end = words[last - 1].token.end
        attrs: dict[str, object] = {}
        code = (country or "") + (roles[0] if roles else "")
        if code:
            attrs["code"] = code
        if country:
            attrs["country"] = country
        if roles:
            attrs["role"] = roles[0]
        if start != stem_start(words[group[0][0]].token):
            canonical = None
        mention = Mention(start, end, canonical or match_key(doc.text[start:end]), attrs)
        return Actor(first, last, mention, is_place, place, extended=first < anchor)

    def _head_start(self, words: list[Word], first: int, taken: set[int], limit: int = 3) -> int:
        """Extend an actor leftwards over the nouns it is the genitive of
        ("مجموعة دعم [سوريا]"، "وزراء خارجية [دول] المجموعة")."""
        if words[first].conj:
            return first
        is_definite = definite(words[first])
        j = first
        while j > 0 and first - j < limit:
            w = words[j - 1]
            if (
                not content_word(w)
                or self.triggers.lookup(w.keys)
                or set(w.keys) & FACING
                or fire(w)
                or w.keys[-1] in AGENT_NOUNS
                # "مطالبين [رئيس الوزراء]"، "دعما [للحكومة]": the cue aims at the actor
                or match_key(w.surface) in AGAINST | SUPPORTING
                or w.keys[0].removeprefix("و").startswith(DOING)
                or w.keys[-1].startswith(LIGHT_VERBS)
                or governs_no_genitive(w, words[first])
            ):
                break
            if j - 1 in taken and not definite(words[first]):
                break  # a bare name does not hang off the actor before it
            if is_definite and not definite(w):
                break  # "طيران [النظام]": only "المجموعة [الدولية]" agrees
            j -= 1
            if w.conj:
                break
        return j

    def _phrase(self, words: list[Word], first: int, last: int, actors: list[Actor]) -> Actor:
        """Words `first`..`last` as one actor, coded by the first known actor inside."""
        inside = next((a for a in actors if first <= a.first < last), None)
        doc = self._doc
        start, end = stem_start(words[first].token), words[last - 1].token.end
        attrs = dict(inside.mention.attrs) if inside else {}
        return Actor(first, last, Mention(start, end, match_key(doc.text[start:end]), attrs))

    def _named_parties(
        self, words: list[Word], pos: int, ce: int, obj: int
    ) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """ "لقاء بين وزيري الخارجية التركي مراد جاويش أوغلو و نظيره الأميركي مايك بومبيو"،
        "لقاء بين الزعيمين الكوري الشمالي كيم جونغ أون، ونظيره الجنوبي مون جاي-إن": two
        people named after بين and joined by و are the parties, whatever shared title
        comes before them (the title's own conjunct would split the phrase there)."""
        at = between_word(words, pos, ce, obj)
        if at is None:
            return None
        window = min(len(words), at + 1 + _BETWEEN_WINDOW)
        people = [
            (first, last)
            for first, last, e in entity_spans(self._entities, words)
            # A name that starts in the window is whole past it ("مون جاي-إن").
            if at < first < window and getattr(e, "label", "") == "PER"
        ]
        return next(
            (
                (p, q)
                for p, q in itertools.pairwise(people)
                if _counterpart_words(words[p[1] : q[0] + 1])
            ),
            None,
        )

    def _fronted_subject(self, words: list[Word], pos: int) -> Actor | None:
        """ "إن انتحاريا يقود شاحنة مفخخة فجر نفسه": the noun right after أن/إن heads
        the clause whose verb comes later."""
        for j in range(pos - 1, max(-1, pos - 7), -1):
            if set(words[j].keys) & COMPLEMENTIZERS or words[j].keys[-1] in ("ان", "إن"):
                if has_enclitic(words[j]):
                    return None  # "أنه كلف محاميا": the pronoun is the subject, a verb follows
                k = j + 1
                if k < pos and words[k].surface in QUOTE_MARKS:
                    k += 1  # "إن «انتحاريا يقود شاحنة فجر نفسه»"
                if k < pos and content_word(words[k]) and not self.triggers.lookup(words[k].keys):
                    doc = self._doc
                    start, end = stem_start(words[k].token), words[k].token.end
                    return Actor(k, k + 1, Mention(start, end, match_key(doc.text[start:end]), {}))
                return None
            if words[j].surface in BOUNDARY:
                return None
        return None

    def _participants(self, words: list[Word], pos: int) -> tuple[Mention | None, Mention | None]:
        """ "آلاف المتظاهرين … ضد X"، "المتظاهرون الإيرانيون": the participants, with
        their count and qualifiers, are the source; a target follows ضد/على/ب."""
        first = (
            pos - 1
            if pos > 0
            and (
                is_number(words, pos - 1)
                or (content_word(words[pos - 1]) and set(words[pos - 1].keys) & QUANTITIES)
            )
            else pos
        )
        last = pos + 1
        while (
            last < len(words)
            and last - pos <= 2
            and content_word(words[last])
            and definite(words[last]) == definite(words[pos])
            and agrees(words[last], words[pos])
            and not words[last].conj
            and not self.triggers.lookup(words[last].keys)
        ):
            last += 1
        doc = self._doc
        start, end = stem_start(words[first].token), words[last - 1].token.end
        source = Mention(start, end, match_key(doc.text[start:end]), {"role": "OPP", "code": "OPP"})
        target = protest_target(words, self._sentence_actors, last, self._participant)
        return source, target.mention if target else None

    def _crowd(self, words: list[Word], i: int) -> Actor:
        """A counted crowd starting at word `i`: the count, من, and up to two nouns
        ("مئات من الأقباط"، "عشرات الفلسطينيين")."""
        end = i + 1
        if end < len(words) and words[end].keys[-1] == "من":
            end += 1
        stop = end
        while stop < len(words) and stop - end < 2 and content_word(words[stop]):
            if words[stop].conj or self.triggers.lookup(words[stop].keys):
                break
            stop += 1
        end = stop if stop > end else i + 1
        start, last = stem_start(words[i].token), words[end - 1].token.end
        text = match_key(self._doc.text[start:last]) if self._doc else ""
        return Actor(i, end, Mention(start, last, text, {"role": "OPP", "code": "OPP"}))

    def _object_phrase(self, words: list[Word], pos: int, ce: int) -> Actor | None:
        """The noun phrase right after a passive trigger: what was hit
        ("تم قصف قافلة إغاثة")."""
        end = pos + 1
        if end < ce and (words[end].prep or stripped_preposition(words[end])):
            return None  # "أصيبوا بجروح"، "اغتيل بالرصاص": a manner, not what was hit
        if end < ce and words[end].conj:
            return None  # "أصيب وأسر عشرات": a second verb, not what was hit
        while (
            end < ce
            and end - pos <= 3
            and (content_word(words[end]) or words[end].token.kind == "number")
            and not words[end].conj
        ):
            if self.triggers.lookup(words[end].keys):
                break
            end += 1
        if end == pos + 1 or pronoun_verbal_noun(self._doc.text, words[pos + 1]):
            return None
        start = stem_start(words[pos + 1].token)
        stop = words[end - 1].token.end
        return Actor(pos + 1, end, Mention(start, stop, match_key(self._doc.text[start:stop]), {}))

    def _unknown_subject(
        self, doc: Document, words: list[Word], pos: int, ce: int, obj: int = -1
    ) -> Actor | None:
        """The words right after a verb as its subject when no actor is known there
        (a name the dictionaries and NER missed: "وطالب كيري يوم الأربعاء")."""
        first = pos + 1
        if first < ce and has_enclitic(words[first]) and set(words[first].keys) & PREPOSITIONS:
            first += 1  # "تبادل خلالها [المرشحان]": a preposition on a pronoun, then the subject
        end = first
        while end < ce and end - first <= 1 and content_word(words[end]) and not words[end].conj:
            if self.triggers.lookup(words[end].keys) or (end > first and words[end].prep):
                break  # "طالبت الموقع [بمعلومات]": a prepositional phrase ends the subject
            end += 1
        if end == first or pronoun_verbal_noun(doc.text, words[first]):
            return None  # "نفت تطويره": the act denied, no subject
        if pos < obj < end:
            return None
        start = stem_start(words[first].token)
        text = doc.text[start : words[end - 1].token.end]
        return Actor(first, end, Mention(start, words[end - 1].token.end, match_key(text), {}))

    # --- arguments --------------------------------------------------------------

    def _arguments(
        self,
        words: list[Word],
        actors: list[Actor],
        trigger: Trigger,
        pos: int,
        span: tuple[int, int],
        obj: int = -1,
        prior: bool = False,
    ) -> tuple[Mention | None, Mention | None]:
        """Source and target of one trigger; `prior`: an earlier event of the same
        sentence has a source, which a plural or dual verb continues."""
        if trigger.kind in ("counted", "agent"):
            goer = self._goer(words, actors, pos) if trigger.kind == "counted" else None
            if goer is not None:  # "مليونا لبناني خرجوا متظاهرين"
                aimed = protest_target(words, self._sentence_actors, pos + 1, self._participant)
                return goer.mention, aimed.mention if aimed else None
            source, target = self._participants(words, pos)
            if target is None and (authority := self._authority(words, actors, pos)):
                target = authority.mention
            return source, target
        cs, ce = span
        in_clause = [a for a in actors if cs <= a.first and a.last <= ce and not a.is_place]
        c = _Clause(
            words,
            actors,
            trigger,
            pos,
            ce,
            obj,
            prior,
            # An attribution ("قالت الشرطة إن …") is no part of the event.
            before=[
                a
                for a in in_clause
                if a.last <= pos and not complement_between(words, a.last - 1, pos)
            ],
            after=[a for a in in_clause if a.first > pos],
        )
        between = self._named_parties(words, pos, ce, obj) or between_parties(words, pos, ce, obj)
        if between is not None:
            source, target = (self._phrase(words, a, b, actors) for a, b in between)
        else:
            source, target = self._sides(c)
        source, target = self._corrected(c, source, target, partnered=between is None)
        if trigger.type == "PROTEST":
            source, target = self._protest_sides(c, source, target)
        source, target = (
            self._counted(words, self._counted_from(words, a), ce) if a else None
            for a in (source, target)
        )
        if trigger.type == "PROTEST" and source is None:
            # "وقال المتظاهرون إن الهدف من المظاهرة …": the protesters named anywhere
            # in the sentence are the protest's source.
            named = next((j for j, w in enumerate(words) if self._participant(w)), None)
            if named is not None:
                return self._participants(words, named)[0], target.mention if target else None
        return (source.mention if source else None, target.mention if target else None)

    def _sides(self, c: _Clause) -> tuple[Actor | None, Actor | None]:
        """Source and target by the trigger's form and what surrounds it."""
        words, pos, before, after = c.words, c.pos, c.before, c.after
        prev = match_key(words[pos - 1].surface) if pos > 0 else ""
        passive = c.trigger.kind == "passive" or prev in _PASSIVE_AUX or marked_passive(words[pos])
        agent = passive_agent(words, after, pos)
        if agent is not None:
            # "قتل على يد مسلحين"، "قتل أحد عناصر الشرطة بنيران مسلحين": the agent
            # after يد/قبل/نيران; the victim sits between the verb and its agent, or
            # else before the verb.
            target = next((a for a in after if a.first < agent.first), None)
            return agent, target or (before[-1] if before else None)
        if accused(words, pos):
            # "وتواجه الحكومة اتهامات": the one facing accusations is their target.
            return None, before[-1] if before else (after[0] if after else None)
        if passive:
            target = after[0] if after and after[0].first - pos <= 3 else None
            if c.obj != pos + 1:  # "لإطلاق نار": the required object is the act's own
                target = target or self._object_phrase(words, pos, c.ce)
            return None, target or (before[-1] if before else None)
        if c.trigger.kind == "verb":
            return self._verb_sides(c)
        return self._noun_sides(c, prev)

    def _verb_sides(self, c: _Clause) -> tuple[Actor | None, Actor | None]:
        words, pos, before, after, trigger = c.words, c.pos, c.before, c.after, c.trigger
        if (
            trigger.lemma in _SUFFERED
            and no_object(words, pos, c.ce)
            and (victim := before[-1] if before else self._fronted_subject(words, pos))
        ):
            # "أن 11 مدنيا قتلوا في التفجير"، "إن جنديا عراقيا قتل وأصيب آخر": a killing
            # verb with no object after it is the unvoiced passive; the noun before it died.
            return None, victim
        if (
            trigger.lemma in _SUFFERED
            and after
            and not counted_phrase(words, pos + 1)  # counts: the rule below
            and self._by_attack(words, pos, after[0])
        ):
            # "وقتل جندي إسرائيلي بعد إطلاق قناص النار عليه"، "قتل عضوان في قصف
            # إسرائيلي": a killing verb whose noun is followed by the attack that
            # killed it is the unvoiced passive; the attack's own event has the agent.
            return None, after[0]
        if self._after_attack_noun(words, pos, trigger):
            # "هجوم (انتحاري) استهدف دورية": the attack is the subject, what follows
            # is what was hit; the attackers come from the attack noun's event.
            target = after[0] if after and after[0].first - pos <= 3 else None
            return None, target or self._object_phrase(words, pos, c.ce)
        first_noun = next(
            (
                j
                for j in range(pos + 1, min(len(words), pos + 6))
                if words[j].keys[-1] not in TIME_WORDS and words[j].keys[-1] not in {"من", "امس"}
            ),
            pos + 1,
        )
        if trigger.type in ("ASSAULT", "COERCE") and counted_phrase(words, first_noun):
            target = after[0] if after and after[0].first - first_noun <= 2 else None
            # "وقتل أول من أمس 4 جنود": the victims follow the time words
            target = target or self._object_phrase(words, first_noun - 1, c.ce)
            return before[-1] if before else None, target
        source = self._verb_subject(c)
        if trigger.lemma == "زار" and source is not None and self._place_after(source, pos):
            # "يزور بكين في ثاني رحلة له": the place visited is the target; the
            # visitor is the verb's unexpressed subject.
            return None, source
        return source, target_after(words, self._past_name(after, source), source, pos)

    def _past_name(self, after: list[Actor], source: Actor | None) -> list[Actor]:
        """The actors after the trigger less the name a title source stands for:
        "اتهم رئيس الوزراء البريطاني [بوريس جونسون] روسيا" aims at Russia."""
        if source is None or self._doc is None:
            return after
        named = self._named(self._doc, source.mention)
        assert named is not None
        return [a for a in after if not named.start <= a.mention.start < named.end]

    def _place_after(self, actor: Actor, pos: int) -> bool:
        """Whether `actor` follows the trigger at `pos` and is a named place."""
        if actor.first <= pos:
            return False
        m = actor.mention
        i = bisect_left(self._entity_starts, m.end)
        return (
            i > 0 and self._entities[i - 1].end > m.start and self._entities[i - 1].label == "LOC"
        )

    def _by_attack(self, words: list[Word], pos: int, victim: Actor) -> bool:
        """Whether an attack noun follows `victim` right after it, across "في/بعد/
        جراء…" (with no object between: "قتلت القوات ستة متشددين في غارة" is active)."""
        j = victim.last
        if victim.first - pos > 3 or j + 1 >= len(words):
            return False
        if match_key(words[j].surface) not in _CAUSE_PREPS:
            return False
        return any(
            t.type == "ASSAULT" and t.kind == "noun"
            for t in self.triggers.lookup(words[j + 1].keys)
        )

    def _verb_subject(self, c: _Clause) -> Actor | None:
        words, pos, before, after = c.words, c.pos, c.before, c.after
        opening = self._opening_actor(c)
        if opening is not None:
            return opening
        pronoun_subject = has_pronoun_subject(words[pos])
        source = None
        near = after[0] if after and after[0].first - pos <= 4 and not pronoun_subject else None
        between = (
            [w for w in words[pos + 1 : near.first] if w.keys[-1] not in TIME_WORDS] if near else []
        )
        if (
            near
            and not any(not content_word(w) for w in between)
            and not has_prep_clitic(words[near.first])
            # "واتهمت جماعات حقوق الإنسان القوات": a noun phrase no dictionary knows
            # between the verb and the first actor is the subject, the actor the object.
            and not (c.trigger.type in _VOICED_TYPES and len(between) >= 2)
        ):
            source = near
        elif (
            pos + 1 < c.ce
            and not pronoun_subject
            and content_word(words[pos + 1])
            and not words[pos + 1].conj
            and not has_prep_clitic(words[pos + 1])
        ):
            source = self._unknown_subject(self._doc, words, pos, c.ce, c.obj)
        if source is not None and opens_with_act_noun(match_key(words[source.first].surface)):
            source = None  # "نفت تورط قوات الأمن": the act denied follows the verb, no actor
        continued = continues_subject(words, pos)
        if source is None and continued and not c.prior:
            # "وتنفي روسيا التورط في تسميم سكربيل وتطالب بـ…": the joined verb goes on
            # with the clause's first actor, the subject of the verb before it.
            source = self._clause_subject(c)
        if source is None and before and not (c.prior and (pronoun_subject or continued)):
            source = before[-1]
        kana = self._kana_subject(words, before, pos)
        if kana is not None:
            return kana  # "وكانت مجموعة من الطلاب قد اقتحمت"
        fronted = None if c.prior else self._fronted_subject(words, pos)
        if fronted is not None and pos - fronted.first <= 4:
            # SVO after أن/إن: the noun before the verb is its subject, what
            # follows the verb is its object.
            return next((a for a in before if a.first <= fronted.first < a.last), fronted)
        return source or self._opening_phrase(c)

    def _opening_actor(self, c: _Clause) -> Actor | None:
        """An actor, a capital or country too, that opens the clause right before
        its verb (SVO: "الرياض تنفي إلغاء …"، "واشنطن تطالب بكين بـ…"): the verb's
        subject, what follows the verb its object."""
        words, pos = c.words, c.pos
        if c.prior or has_pronoun_subject(words[pos]) or words[pos].conj:
            return None
        actor = next((a for a in c.actors if a.last == pos), None)
        if actor is None or words[actor.first].prep:
            return None
        cs = clause(words, pos)[0]
        if cs > actor.first or any(content_word(w) for w in words[cs : actor.first]):
            return None
        return actor

    def _opening_phrase(self, c: _Clause) -> Actor | None:
        """A noun phrase no dictionary knows that opens the verb's clause (SVO: "لكن
        آلافا من المستخدمين الآخرين أيدوا القرار"), when nothing after the verb is
        its subject."""
        words, pos = c.words, c.pos
        first = clause(words, pos)[0]
        while first < pos and (
            words[first].surface in QUOTE_MARKS
            or set(words[first].keys) & COMPLEMENTIZERS
            or is_kana(words[first])
        ):
            first += 1  # "إن"، "كان"، a quotation mark
        phrase = words[first:pos]
        if not 0 < len(phrase) <= 4 or phrase[0].prep or phrase[0].conj:
            return None
        if not (definite(phrase[0]) or set(phrase[0].keys) & QUANTITIES) or any(
            has_enclitic(w) for w in phrase
        ):
            return None  # a subject is definite or counted ("العمال"، "آلافا من")
        if any(
            (not content_word(w) and match_key(w.surface) != "من") or self.triggers.lookup(w.keys)
            for w in phrase
        ):
            return None
        start, end = stem_start(phrase[0].token), phrase[-1].token.end
        return Actor(first, pos, Mention(start, end, match_key(self._doc.text[start:end]), {}))

    def _clause_subject(self, c: _Clause) -> Actor | None:
        """The first actor of the trigger's clause before it, not a place."""
        cs = clause(c.words, c.pos)[0]
        return next(
            (a for a in c.actors if cs <= a.first and a.last <= c.pos and not a.is_place), None
        )

    def _noun_sides(self, c: _Clause, prev: str) -> tuple[Actor | None, Actor | None]:
        words, pos, before, trigger = c.words, c.pos, c.before, c.trigger
        source = target = None
        # "الهجوم المسلح": armed, not an armed man
        after = [a for a in c.after if not adjective_of_event(words, a, pos)]
        genitive = after[0] if after and after[0].first - pos <= 3 else None
        if genitive and any(
            match_key(w.surface) in PREPOSITIONS or self.triggers.lookup(w.keys)
            for w in words[pos + 1 : genitive.first]
        ):
            # "الاحتجاج على قرار الحكومة"، "التظاهرة أوقف رجال الشرطة": no genitive
            # across a preposition or a verb.
            genitive = None
        if has_enclitic(words[pos]):
            genitive = None  # "رفضها القاطع": the pronoun is the genitive
        doer = doer_after(words, [a for a in c.actors if a.first > pos and not a.is_place], pos)
        patient = trigger.lemma in _PATIENT_NOUNS
        if doer is not None:
            return doer, target_after(words, [a for a in after if a is not doer], None, pos)
        if patient:
            # "اغتيال عماد مغنية"، "مقتل سبعة أشخاص": the genitive is the victim.
            if genitive and not preposition_before(words, genitive.first, pos):
                target = genitive
            target = target or self._object_phrase(words, pos, c.ce)
        elif genitive and not preposition_before(words, genitive.first, pos):
            source = genitive
        elif (
            trigger.type == "ASSAULT"
            and genitive
            and genitive.first - pos <= 2
            and possessive_lam(words[genitive.first])
            and genitive.mention.attrs.get("role") in _ARMED
            and not words[pos - 1].keys[-1].startswith("توجيه")
        ):
            # "غارات لمقاتلات التحالف": the coalition's raids (but "توجيه ضربات
            # للنظام": strikes at it)
            source = genitive
        if (
            source is None
            and before
            and not self._victims_of_verb(words, before[-1].last, pos, trigger.type)
            # "وقتل عشرات من المدنيين في غارات": the killed are not the raid's agents
            and not self._killed(words, before[-1].first)
            # "استهدف كنيسة وأسفر عن مقتل": the result's agent is the cause's
            and not (patient and prev in {"عن", "الى"})
        ):
            source = before[-1]
        if not patient:
            target = target_after(words, after, source, pos)
        return source, target

    def _corrected(
        self, c: _Clause, source: Actor | None, target: Actor | None, partnered: bool
    ) -> tuple[Actor | None, Actor | None]:
        """Rules that correct either side whatever found it."""
        words, pos, trigger = c.words, c.pos, c.trigger
        if claimed(words, pos):
            # "أعلنت جماعة … مسؤوليتها عن خطف": who claims the act did it.
            source = self._claimer(words, c.actors, pos) or source
        if (
            target is None
            and trigger.lemma in _SUFFERED | {"اغتيل"}
            and pos > 0
            and words[pos - 1].keys[-1] in RELATIVES
        ):
            # "جبران تويني الذي قتل في تفجير": the one the relative clause is about.
            target = next((a for a in self._sentence_actors if a.last == pos - 1), None)
        if (
            trigger.kind == "verb"
            and pos > 0
            and words[pos - 1].keys[-1] in RELATIVES
            and has_enclitic(words[pos])
            and (doer := next((a for a in c.after if a.first - pos <= 3), None)) is not None
        ):
            # "الخلية التي اعتقلتها الأجهزة الأمنية": the pronoun is the antecedent,
            # acted upon; the subject follows the verb.
            antecedent = next((a for a in c.actors if a.last == pos - 1), None)
            return doer, antecedent
        if relative_subject(words, pos, trigger.kind, source):
            # "قائمة الدول التي طالبت الموقع بمعلومات": with no pronoun pointing back,
            # the antecedent is the subject and the noun after the verb its object.
            return relative_antecedent(words, c.actors, pos), source
        if trigger.kind == "verb" and speaker_pronoun(words, pos, source):
            # "قال الجيش التركي إن طائراته قصفت"، "أكد الحلف أنه قتل": the pronoun is
            # the one who says it.
            source = speaker(words, c.actors, pos) or source
        if (
            source is not None
            and trigger.lemma in _SUFFERED
            and source.last <= pos
            and has_pronoun_subject(words[pos])
            and is_count(words, source.first)
        ):
            # "ثلاثين متمردا قتلوا": a count before a plural killing verb names the
            # dead (the unvocalised passive), not the killers.
            source, target = None, source
        if (
            source is not None
            and target is None
            and trigger.type in ("ASSAULT", "COERCE")
            and trigger.kind == "verb"
            and source.first > pos
            and source.mention.attrs.get("role") == "CVL"
        ):
            source, target = None, source  # civilians after a killing verb are its victims
        if source is not None and trigger.type in PARTNERED and partnered:
            partner = conjoined(c.actors, source)
            if (
                partner is None
                and target is not None
                and not partner_position(words, source, target)
            ):
                target = None
            target = partner or target
        if (
            target is not None
            and trigger.type not in ("DEMAND", "THREATEN", "DISAPPROVE", "REJECT")
            and complement_between(words, pos, target.first)
        ):
            target = None
        if (
            source is not None
            and target is not None
            and trigger.type in _FORCE
            and trigger.lemma not in _CLASHES
            and with_source(words, source, target)
        ):
            # "شنتها فرنسا مع الولايات المتحدة": an ally, not the one hit (but
            # "اشتباكات مع الجيش": the enemy).
            target = None
        return source, target

    def _protest_sides(
        self, c: _Clause, source: Actor | None, target: Actor | None
    ) -> tuple[Actor | None, Actor | None]:
        words, pos, kind = c.words, c.pos, c.trigger.kind
        if source is None and c.obj > pos and kind == "verb":
            source = self._crowd(words, c.obj)  # "تجمع مئات من الأقباط"
        if source is None and kind == "noun":
            source = self._goer(words, c.actors, pos) or self._doer_before(words, c.actors, pos)
        if source is None and kind == "noun" and plural_genitive(words, pos + 1):
            source = self._phrase(words, pos + 1, pos + 2, c.actors)  # "اعتصام العاملين"
        if source is None and kind == "verb":
            count = count_after(words, pos)  # "تظاهر نحو ألفي شخص"
            source = self._crowd(words, count) if count is not None else None
        aimed = protest_target(
            words, [a for a in c.actors if a is not source], pos + 1, self._participant
        )
        if target is not None and (target.is_place or supported(words, target)):
            target = None
        return source, aimed or target or self._authority(words, c.actors, pos)

    def _authority(self, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
        """A protest's default target: the first state, government or institution
        named after the trigger ("… قرب السفارة الإسرائيلية")."""
        for a in actors:
            if a.first <= pos or a.is_place:
                continue
            if self._participant(words[a.first]) or supported(words, a):
                continue
            if a.mention.attrs.get("role") in _AUTHORITIES:
                return a
        return None

    def _after_attack_noun(self, words: list[Word], pos: int, trigger: Trigger) -> bool:
        """Whether a verb follows a noun of the same event type with at most its
        adjective and a relative pronoun between them ("الهجوم المسلح الذي استهدف")."""
        for j in range(max(0, pos - 3), pos):
            between = words[j + 1 : pos]
            if all(content_word(w) or w.keys[-1] in RELATIVES for w in between) and any(
                t.type == trigger.type and t.kind == "noun" and not words[j].prep
                for t in self.triggers.lookup(words[j].keys)
            ):
                return True
        return False

    def _kana_subject(self, words: list[Word], before: list[Actor], pos: int) -> Actor | None:
        """ "وكان الجيش قد قصف": the subject between كان and قد before a verb."""
        if pos < 3 or words[pos - 1].keys[-1] != "قد":
            return None
        kana = last_before(words, pos, is_kana, nearest=3, farthest=11)
        if kana is None:
            return None
        actor = next((a for a in before if kana < a.first and a.last < pos), None)
        if actor is not None and actor.first == kana + 1:
            return actor
        if actor is not None and actor.first == kana + 2 and is_count(words, kana + 1):
            return self._phrase(words, kana + 1, actor.last, before)  # "كان 1000 لاجئ"
        if actor is not None and actor.first == kana + 2:
            return actor
        # Everything between كان and قد is the subject.
        return self._phrase(words, kana + 1, pos - 1, before) if kana + 1 < pos - 1 else None

    def _doer_before(self, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
        """The subject of a verb of doing before the event noun: "نفذ أعوان الحضائر
        وقفة احتجاجية"، "نظم الطلاب مسيرة"."""
        verb = last_before(words, pos, verb_in(DOING), farthest=9)
        if verb is None or verb + 1 >= pos:
            return None
        actor = next((a for a in actors if verb < a.first and a.last <= pos), None)
        if actor is not None and not actor.is_place:
            return actor
        first = verb + 1
        while first < pos and not content_word(words[first]):
            first += 1  # "نفذ صباح اليوم أعوان …": past the time words
        return self._unknown_subject(self._doc, words, first - 1, pos)

    def _goer(self, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
        """Who went out to protest: "خرج مئات الطلاب إلى الشوارع للاحتجاج"."""
        verb = last_before(words, pos, goes_out, farthest=6)
        if verb is None:
            return None
        if verb + 1 < pos and (
            set(words[verb + 1].keys) & QUANTITIES or is_number(words, verb + 1)
        ):
            return self._crowd(words, verb + 1)
        before = next((a for a in actors if verb - 2 <= a.last <= verb and not a.is_place), None)
        return subject_after(actors, verb, pos) or (before and self._counted_from(words, before))

    def _claimer(self, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
        """The subject of the claiming verb before "مسؤوليتها عن" + trigger, without
        the word of responsibility."""
        verb = last_before(words, pos, verb_in(_CLAIMING), nearest=3, farthest=15)
        if verb is None:
            return None
        claim = pos - 2
        actor = next((a for a in actors if verb < a.first <= verb + 2 and a.first < claim), None)
        if actor is None:
            return self._unknown_subject(self._doc, words, verb, claim)
        return actor if actor.last <= claim else self._phrase(words, actor.first, claim, actors)

    def _victims_of_verb(self, words: list[Word], start: int, pos: int, trigger_type: str) -> bool:
        """Whether a verb stands between an actor and a noun trigger: a killing verb
        whose subject died ("أربعة من رجال الشرطة قتلوا في التفجير") or a verb of
        another event whose object the noun is ("الخارجية أدانت الهجوم")."""
        return any(
            t.kind in ("verb", "passive") and (t.lemma in _SUFFERED or t.type != trigger_type)
            for w in words[start:pos]
            for t in self.triggers.lookup(w.keys)
        )

    def _killed(self, words: list[Word], first: int) -> bool:
        """Whether a killing verb right before word `first`, or before the count of
        it ("قتل عشرات من [المدنيين]"), has it as its subject."""
        j = first - 1
        while j > 0 and first - j <= 3 and (counted_phrase(words, j) or words[j].keys[-1] == "من"):
            j -= 1
        return j >= 0 and any(
            t.kind in ("verb", "passive") and t.lemma in _SUFFERED
            for t in self.triggers.lookup(words[j].keys)
        )

    def _participant(self, word: Word) -> bool:
        """A noun naming the participants of a protest ("المتظاهرون"، "محتجين")."""
        return any(
            t.type == "PROTEST" and t.kind in ("agent", "counted")
            for t in self.triggers.lookup(word.keys)
        )

    def _acting(self, word: Word) -> bool:
        """A trigger word that is no noun for people counted before it."""
        return bool(self.triggers.lookup(word.keys)) and not self._participant(word)

    def _counted_from(self, words: list[Word], actor: Actor) -> Actor:
        """An actor after "من" takes the count before it: "[1000 لاجئ من] التبت"،
        "[العشرات من] المستوطنين"."""
        j = actor.first
        if j < 2 or words[j - 1].keys[-1] != "من":
            return actor
        head = j - 2
        if content_word(words[head]) and not (
            set(words[head].keys) & (QUANTITIES | GROUP_WORDS) or number_word(words[head])
        ):
            head -= 1  # the counted noun: "1000 [لاجئ]"
        if head < 0 or not (
            is_count(words, head) or set(words[head].keys) & (QUANTITIES | GROUP_WORDS) - {"من"}
        ):
            return actor
        start, stop = stem_start(words[head].token), actor.mention.end
        mention = Mention(start, stop, match_key(self._doc.text[start:stop]), actor.mention.attrs)
        return Actor(head, actor.last, mention, actor.is_place, actor.place, actor.extended)

    def _counted(self, words: list[Word], actor: Actor | None, ce: int) -> Actor | None:
        """A count or group word takes the people it counts: "تسعة [من رجال الشرطة]"،
        "العشرات [من مستوطني براخة]"، "آلاف [المتظاهرين]"، "11 مسلحا [من تنظيم القاعدة]"."""
        if actor is None or actor.last >= ce or not counts_people(words, actor):
            return actor
        start = actor.last + (words[actor.last].keys[-1] == "من")
        if start == actor.last and not set(words[actor.last - 1].keys) & QUANTITIES:
            return actor  # only آلاف/مئات/عشرات take a bare genitive
        end = start
        while (
            end < ce
            and end - start < 3
            and content_word(words[end])
            and not words[end].conj
            and not (end > start and words[end].prep)
            and words[end].keys[-1] not in TIME_WORDS
            and match_key(words[end].surface) not in _LOCATIVE
            and not self._acting(words[end])
        ):
            end += 1
        if end == start:
            return actor
        inner = next(
            (a for a in self._sentence_actors if start <= a.first < end and not a.is_place), None
        )
        attrs = dict(actor.mention.attrs) or (dict(inner.mention.attrs) if inner else {})
        begin, stop = actor.mention.start, words[end - 1].token.end
        mention = Mention(begin, stop, match_key(self._doc.text[begin:stop]), attrs)
        return Actor(actor.first, end, mention, actor.is_place, actor.place, actor.extended)


# --- helpers -------------------------------------------------------------------------


_ARMED = {"MIL", "REB", "UAF", "COP", "SPY"}
_AUTHORITIES = {"GOV", "JUD", "LEG", "ELI", "PTY", "IGO", "MIL", "COP", "BUS"}


# Acts of force, whose side after "مع" fights alongside the source.
_FORCE = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"}
_CLASHES = _LISTS.words("clashes")


# Words from "شنّ" to its noun "هجوما" ("شنّ الرئيس الأميركي، دونالد ترامب، هجوما").
_LAUNCH_WINDOW = 8


def _launched_attack(words: list[Word], pos: int, trigger: Trigger) -> bool:
    """ "هاجم"، "شنّ … هجوما": an attack told as one someone made, not one named as a
    topic ("بسبب الهجمات")."""
    if trigger.kind != "verb":
        return False
    return trigger.lemma == "هاجم" or (
        trigger.lemma == "شن"
        and any(
            match_key(w.surface).startswith("هجوم")
            for w in words[pos + 1 : pos + 1 + _LAUNCH_WINDOW]
        )
    )


def _ally_of(
    words: list[Word], trigger: Trigger, source: Mention | None, target: Mention | None
) -> bool:
    """Whether the ranker's target of an act of force follows its source across a bare
    "مع" ("شنت فرنسا مع الولايات المتحدة غارات"): an ally, as the rules read it."""
    if source is None or target is None or trigger.type not in _FORCE:
        return False
    if trigger.lemma in _CLASHES:
        return False
    i = next((k for k, w in enumerate(words) if w.token.start == target.start), None)
    return (
        i is not None
        and i >= 2
        and "مع" in words[i - 1].keys
        and words[i - 2].token.end == source.end
    )


_VOICED_TYPES = {"DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "SUPPORT"}


_SUFFERED = _LISTS.words("suffered")


_CAUSE_PREPS = _LISTS.words("cause_preps")


_PATIENT_NOUNS = _LISTS.words("patient_nouns")
_GROUP_ROLES = {"MIL", "REB", "UAF", "COP", "CVL", "OPP", "REF", "SPY"}


_CLAIMING = _LISTS.words("claiming")
