"""The `events` stage: who did what to whom, where and when, coded in PLOVER.

For each sentence:
1. triggers (`triggers.py`): words whose form (clitics stripped with the Segmenter's
   segments) is a verb or verbal noun of `triggers.tsv`, with their required objects
   nearby;
2. actors (`actors.py`): named entities when the NER stage ran (`names.py`), plus
   actor-dictionary phrases ("جيش النظام السوري"، "مفجرون انتحاريون"), each coded
   country+role;
3. arguments by position in the clause (`arguments.py`, with the phrases of
   `clauses.py` and the per-type constructions of `frames.py`): Arabic puts the
   subject after the verb (VSO) or before it (SVO); a verbal noun takes its agent as
   a genitive ("هجوم التنظيم") or from the verb that governs it; targets follow the
   subject or a preposition (على، ضد، مع، بين … و); the side ranker
   (`side_ranker.py`, called in `side_choice.py`) then picks among the rules' and
   the sentence's candidates;
4. place (a gazetteer or LOC name after a locative word), time (`dates`),
   casualties and negation ("لم"، "فشلتا في"، "نفى"), and the flags of events not
   told as done (`attributes.py`, `senses.py`);
5. for ASSAULT and PROTEST, `attrs["relevance"]`: how likely the sentence reports a
   specific, new event rather than mentioning one (`rasd.events.relevance`, scored
   per sentence in `sentence_relevance.py`).
This module is the stage itself: the loop over sentences, the assembly of each
trigger's event, speech acts from the quotes layer (`speech.py`), merging
(`merging.py`, `incident_sides.py`, `headline.py`) and the learned filter
(`confidence.py`).
An event needs at least one actor; events of the same type between the same
actors at the same time are one event (the first mention is its evidence).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import cache, partial

from rasd.document import Document, Event, Mention, Quote, Sentence
from rasd.events.actors import ActorFinder
from rasd.events.arguments import arguments
from rasd.events.attributes import (
    DEATHS,
    VERBAL_ATTACKS,
    accident,
    accidental_manner,
    asked,
    cancelled,
    disaster,
    disaster_agent,
    disaster_caused,
    flag_background,
    flip_intent,
    habitual,
    incident_named,
    intended,
    is_future,
    is_negated,
    planned,
    possible,
    spoken,
    sports,
    tested,
    upcoming,
)
from rasd.events.battles import battle_setting, protest_time_frame
from rasd.events.capable import unrealised
from rasd.events.clause_bounds import clause
from rasd.events.clauses import Scope, counted_victims, unvoiced_passive
from rasd.events.confidence import ConfidenceModel, apply_confidence, load_confidence
from rasd.events.counts import casualties
from rasd.events.dates import find_times, nearest_time
from rasd.events.drafted import kept_apart
from rasd.events.frames import LAUNCH_WINDOW, attack_in_words, denied, first_person, spoken_sides
from rasd.events.generic_acts import possible_act, practised
from rasd.events.headline import fold_headline
from rasd.events.incident_sides import share_sides
from rasd.events.lexicon import ActorDictionary, Gazetteer, Trigger, TriggerLexicon
from rasd.events.link_lines import link_line
from rasd.events.merging import ONE_INCIDENT, Candidate, merge, told_again
from rasd.events.names import Names
from rasd.events.phrases import (
    RELATIVES,
    continues_subject,
    has_pronoun_subject,
    opens,
    paired_passive,
)
from rasd.events.reading import SentenceReader
from rasd.events.relevance import Coded, RelevanceModel
from rasd.events.requests import request_noun
from rasd.events.retold_acts import join_retold_acts
from rasd.events.scheduled import scheduled
from rasd.events.sense_arrest import held_before
from rasd.events.sense_victim import unnamed_victim
from rasd.events.sense_words import physical_attack
from rasd.events.senses import demanded, posed_danger
from rasd.events.sentence import Word, definite, windows
from rasd.events.sentence_relevance import score_relevance
from rasd.events.side_affiliation import own_target
from rasd.events.side_choice import clause_speaker, inferred, participle, ranked_sides
from rasd.events.side_ranker import SideChoice, SideRanker, load_side_ranker
from rasd.events.side_targets import attribution_word, audience, tells
from rasd.events.sides import Actor, armament, dateline_end, event_place, same_actor
from rasd.events.speech import one_act, speech_events
from rasd.events.speech_lexicon import SpeechActs
from rasd.events.speech_model import SpeechActModel, learned_types, load_speech_model
from rasd.events.speech_targets import own_state_target
from rasd.events.spoken_of import withheld
from rasd.events.triggers import attack_retold, faced, find_triggers, participants_speaking
from rasd.events.verb_sides import SUFFERED
from rasd.events.vowed import vowed_force
from rasd.events.whoever import whoever
from rasd.text.normalize import match_key

# The actor a sentence is about, found only when a later one needs it.
Topic = Callable[[], Mention | None]
# Flags of events not told as done: left out of the layer unless `keep_background`.
_UNTOLD = ("background", "future", "hypothetical")
# Types whose triggers also name moves of a game ("هجوم"، "انسحب"، "لقاء").
_GAME_SENSES = {"ASSAULT", "COERCE", "RETREAT", "CONSULT"}
_PROMISED = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}
_MEETING = "040"  # the CAMEO code of meeting and discussing


def promised(trigger: Trigger, event_type: str) -> bool:
    """Whether an act told in the future tense is a commitment (AGREE): "سيزور"،
    "ستقدم مساعدات". A meeting or talks to come ("سيلتقي مون كيم"، "سيناقش الرئيسان")
    is a plan, not a promise to a side: dev folds 0-1 code 1 of 6 as AGREE."""
    meeting = event_type == "CONSULT" and trigger.kind == "verb" and trigger.cameo == _MEETING
    return event_type in _PROMISED and not meeting


def _said_of(
    lexicon: TriggerLexicon,
    words: list[Word],
    actors: list[Actor],
    trigger: Trigger,
    pos: int,
    cs: int,
) -> bool:
    """A noun that is the object of a speech verb, right after the verb's subject."""
    if trigger.kind != "noun" or participle(trigger):
        return False
    before = [a for a in actors if cs <= a.first and a.last <= pos]
    return withheld(lexicon, words, before, pos, trigger.type)


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
        self._finder = ActorFinder(self.actors, self.gazetteer, self.triggers)
        self.keep_negated = keep_negated
        self.keep_background = keep_background
        self.confidence = load_confidence() if confidence is True else confidence or None
        self.speech_acts = SpeechActs.load()
        self.speech_model = load_speech_model() if speech_model is True else speech_model or None
        self._reader = SentenceReader(self.triggers)
        # The document being coded (set per call; one call at a time).
        self._names = Names.of(Document(""))  # the document's named entities
        self._quoted: list[tuple[int, int]] = []  # the quotations' union, in order
        self._direct: list[Quote] = []  # the direct quotations, whose speaker says "I"
        self._vocabulary: Counter[str] = Counter()  # the document's words, for the ranker
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
        topic: Topic = cache(lambda: None)
        self._names = Names.of(doc)
        if self.ranker is not None or self._choices is not None:
            self._vocabulary = Counter(match_key(doc.text).split())
        self._quoted = _union((q.start, q.end) for q in doc.quotes or [])
        self._direct = [q for q in doc.quotes or [] if q.kind == "direct"]
        for i, sentence in enumerate(doc.sentences):
            if link_line(doc, sentence):
                continue  # "رابط الخبر بصحيفة الوئام: …": the headline again
            if not self._reader.has_trigger_form(doc, sentence):
                # Most sentences code nothing: their words and actors are only needed
                # if the next sentence carries their topic over.
                topic = self._topic_of(partial(self._reader.last_window, doc, sentence))
                continue
            for words in windows(self._reader.words(doc, sentence)):
                found, topic = self._sentence(doc, i, words, topic)
                candidates.extend(found)
        aimed = self.speech_model is not None and self.speech_model.aimed
        spoken = speech_events(
            doc, self.speech_acts, self._learned(doc), aimed, self.actors, self.gazetteer
        )
        # A cue the trigger rules coded already is one act: its named speaker is the
        # source, the quotation gives the target they missed (`speech.one_act`).
        said = {(e.type, at): e for e, at in spoken}
        for c in candidates:
            quoted = said.get((c.event.type, c.at))
            if quoted is not None:
                one_act(doc, c.event, quoted, c.at)
        spoken = [
            (e, at)
            for e, at in spoken
            if (e.type, at) not in {(c.event.type, c.at) for c in candidates}
        ]
        events = merge(
            [Candidate(e, False, None, at) for e, at in spoken] + candidates,
            self.keep_negated,
            told_again(doc),
            doc.paragraphs[0].end if doc.title and doc.paragraphs else 0,
        )
        for event in events:
            if same_actor(event.source, event.target):
                event.target = None  # never one actor on both sides, whichever rule read it
            elif event.target is not None and audience(doc, event.target):
                event.target = None  # "قال لرويترز": whom it was told, whichever rule read it
            elif own_target(doc, event):
                event.target = None  # "تيم كوك، المدير التنفيذي لأبل": the source's own
        events = [e for e in events if not request_noun(doc, e)]  # "مجرد طلب من صديقتها"
        flag_background(doc, events)
        if not self.keep_background:
            events = [e for e in events if not any(e.attrs.get(k) for k in _UNTOLD)]
        if self.confidence is not None:
            events = apply_confidence(self.confidence, doc, events, self.keep_background)
        for event in events:
            if own_state_target(doc, event, self.actors):
                # "قالت موسكو إن … ضد روسيا": the state the source speaks for; after the
                # filter, which was fitted on the sides as the rules read them
                event.target = None
        doc.events = join_retold_acts(doc, fold_headline(doc, events))
        return doc

    def _learned(self, doc: Document) -> Callable[[list[Quote]], dict[int, str]] | None:
        model = self.speech_model
        if model is None:
            return None
        return lambda quotes: learned_types(doc, quotes, model, self.speech_acts)

    # --- per sentence --------------------------------------------------------

    def detect(self, doc: Document, sentence: Sentence) -> list[tuple[Trigger, int, bool]]:
        """Triggers in a sentence: (trigger, word position, negated)."""
        words = self._reader.words(doc, sentence)
        return [
            (t, i, is_negated(words, i, t.kind == "verb"))
            for i, t, _ in find_triggers(words, self.triggers, Names.of(doc).in_name)
        ]

    def _topic_of(self, words: Callable[[], list[Word]]) -> Topic:
        """The first actor of a sentence's words that tells nothing, found when asked
        for: most sentences code nothing, and the next one seldom needs their topic."""
        names = self._names
        return cache(lambda: self._actors(names, words())[2])

    def _actors(
        self, names: Names, words: list[Word]
    ) -> tuple[list[Actor], list[tuple[Actor, int | None]], Mention | None]:
        """The sentence's actors and places, those after its dateline with the word
        that makes each a teller, and its first actor that tells nothing."""
        places = self._finder.find(names, words) if words else []
        # "دبي، الإمارات العربية المتحدة (CNN)--": the dateline is no side of the events
        # the sentence tells (it may be their place).
        head = dateline_end(words)
        tellers = [(a, attribution_word(words, a)) for a in places if a.first >= head]
        first_actor = next((a.mention for a, at in tellers if not a.is_place and at is None), None)
        return places, tellers, first_actor

    def _sentence(
        self, doc: Document, index: int, words: list[Word], topic: Topic
    ) -> tuple[list[Candidate], Topic]:
        """Events of one sentence (or one window of a very long one), and the topic
        actor the next sentence may continue with an unexpressed subject ("ورحبا بـ…")."""
        in_name = self._names.in_name
        found = faced(words, find_triggers(words, self.triggers, in_name), self.triggers, in_name)
        if not found:
            return [], self._topic_of(lambda: words)
        places, tellers, first_actor = self._actors(self._names, words)
        actors = [a for a, _ in tellers]
        span_start, span_end = words[0].token.start, words[-1].token.end
        times = find_times(doc.text, span_start, span_end, doc.published)
        scope = Scope(self._names, self.triggers, actors)
        out = []
        worded = -1  # where "شنّ" was read as an attack in words ("شنّ ترامب هجوما")
        for pos, trigger, obj in found:
            cs, ce = clause(words, pos)
            # "حسب مراسل الجوهرة": the teller of the facts is no side of them
            told = [a for a, at in tellers if not tells(at, a, pos)]
            usable = [a for a in told if not a.first <= obj < a.last]
            prior = bool(out and out[-1].event.source)
            read, target = arguments(scope, words, usable, trigger, pos, (cs, ce), obj, prior)
            source, target = (
                None if side is None or armament(doc, side) else self._names.named(side)
                for side in (read, target)
            )
            source = kept_apart(source, read, target)  # "ودعا البيان مادورو"
            if same_actor(source, target):
                target = None  # "وهاجم المتظاهرون محافظ العاصمة سعد الوادي"
            carried = out[-1].event.source if out and out[-1].event.source else topic()
            if (
                source is None
                and trigger.kind == "verb"
                and carried is not None
                and (
                    opens(words, cs, pos)
                    or has_pronoun_subject(words[pos])
                    or (prior and continues_subject(words, pos))
                )
                # "قتل 36 من القوات"، "قتل في محافظة ديالى شرطي": read as a passive
                and not unvoiced_passive(words, pos)
                # "قتل وأصيب العشرات": a killing verb paired with another is the
                # passive pair, its victims after both verbs.
                and not (trigger.lemma in SUFFERED and paired_passive(found, pos))
                and not (trigger.lemma in SUFFERED and counted_victims(scope, words, usable, pos))
                # "الهجوم الذي استهدف": a relative clause is about its antecedent
                and not (cs > 0 and words[cs - 1].keys[-1] in RELATIVES)
                and not held_before(words, pos, trigger, target)
            ):
                source = inferred(carried)
            if participle(trigger):
                # "…، متهما الولايات المتحدة بمحاولة …": the act of the clause's speaker,
                # the name after the participle its target.
                after = [m for m in (source, target) if m and m.start > words[pos].token.start]
                target = min(after, key=lambda m: m.start) if after else None
                speaker = clause_speaker(out, first_actor, words[pos].token.start) or carried
                source = inferred(speaker) if speaker is not None else None
                if same_actor(source, target):
                    target = None
            # The relevance model was fitted on the rules' sides: it scores with them.
            by_rules = (source, target)
            source, target = ranked_sides(
                self.ranker,
                self._choices,
                self._names,
                self._vocabulary,
                doc,
                words,
                told,
                (pos, cs, ce),
                trigger,
                {"source": source, "target": target},
                carried,
                self.gazetteer,
            )
            if by_rules[0] is None and _said_of(self.triggers, words, usable, trigger, pos, cs):
                source = None  # the speaker's object: no agent rather than a wrong one
            if trigger.kind == "verb" and first_person(
                self._direct, self.triggers, words[pos], trigger
            ):
                source, target = spoken_sides(self._direct, self._names, words, usable, pos, ce)
            if trigger.type == "REJECT" and target is not None and denied(words, pos, target):
                target = None
            if unnamed_victim(words, pos, trigger, source, target):
                continue  # "الذي أصيب بيده اليمنى": one hurt in an attack told elsewhere
            start, end = words[cs].token.start, words[ce - 1].token.end
            event_type, cameo = trigger.type, trigger.cameo
            launched = 0 <= worded < pos <= worded + LAUNCH_WINDOW
            verbal = trigger.lemma in VERBAL_ATTACKS and not physical_attack(words, pos)
            if (verbal and (spoken(words) or launched)) or attack_in_words(
                self._names, words, pos, trigger, (source, target)
            ):
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
                (source is None and (disaster(words) or accident(words, self.triggers)))
                or disaster(words[pos + 1 : pos + 5])
                or disaster_caused(words, pos)
                or (source is not None and disaster_agent(words, source))
                or (
                    trigger.lemma in DEATHS
                    and (accident(words, self.triggers) or accidental_manner(words, pos))
                )
            ):
                # "قتل 17 شخصا عندما ضربت عاصفة"، "أصيب 6 عسكريين في حادث انقلاب سيارة":
                # deaths without an attacker; "وقتل الإعصار مايكل"، "قتلوا بسبب العاصفة":
                # the storm named as the killer
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
            if (trigger.kind == "verb" and is_future(words, pos, self.triggers)) or (
                trigger.kind == "noun" and event.type == "CONSULT" and upcoming(words, pos)
            ):
                if promised(trigger, event.type):
                    # PLOVER: cooperation told in the future tense ("سيزور"، "ستقدم
                    # مساعدات") is a commitment, AGREE.
                    event.attrs["intended"], event.type = event.type, "AGREE"
                else:
                    event.attrs["future"] = True  # "سيطالب"، "سوف يهاجم": not done yet
                    # "لن تقصف" is no threat either; in "إذا لم …، فإن بلاده ستقصف" the
                    # negation is the condition of a threat, not of the act.
                    cancelled_act = negated and cancelled(words, pos, True)
                    if not cancelled_act and vowed_force(doc, event, words, pos):
                        negated = False
            if scheduled(words, pos):
                event.attrs["future"] = True  # "ومن المقرر أن يلتقي": to come, not done
            if (
                trigger.type == "THREATEN"
                and trigger.kind == "noun"
                and (source is None or posed_danger(words, pos))
            ):
                # "يشكلون تهديدا لإندونيسيا"، "أخطر تهديد للسلام": a danger, not a threat made
                event.attrs["background"] = True
            if intended(words, pos):
                flip_intent(event)
            if habitual(words, pos) or (trigger.kind == "verb" and whoever(words, pos)):
                event.attrs["background"] = True  # "عادة"، "ومن دعا إلى باطل": no one act
            if trigger.kind == "noun" and practised(words, pos):
                event.attrs["background"] = True  # "الاعتقال الذي تنتهجه": a practice
            if trigger.type == "ASSAULT" and not counts and battle_setting(words, pos):
                event.attrs["background"] = True
            if (
                trigger.type == "PROTEST"
                and trigger.kind == "noun"
                and protest_time_frame(words, pos)
            ):
                event.attrs["background"] = True
            if trigger.type == "ASSAULT" and incident_named(words, pos):
                event.attrs["background"] = True
            if event.type == "ASSAULT" and (planned(words, pos) or tested(words, trigger.lemma)):
                event.attrs["hypothetical"] = True
            if (
                asked(words, pos)
                or possible(words, pos, event.type, trigger.lemma)
                or unrealised(words, pos)
                or (trigger.kind == "noun" and possible_act(words, pos))
            ):
                event.attrs["hypothetical"] = True
            if trigger.kind == "noun" and demanded(words, found, pos):
                event.attrs["hypothetical"] = True  # "طالبوا بتنظيم مظاهرة": not held yet
            when_text = match_key(doc.slice(event.when)) if event.when else ""
            in_quote = _within(self._quoted, words[pos].token.start)
            as_ruled = replace(event, source=by_rules[0], target=by_rules[1])
            coded = Coded(as_ruled, pos, trigger.kind, trigger.lemma, when_text, in_quote)
            anaphoric = (
                trigger.kind == "noun" and trigger.type in ONE_INCIDENT and definite(words[pos])
            ) or participants_speaking(words, pos, trigger)
            retells = attack_retold(words, pos, trigger)
            at = words[pos].token.start
            out.append(Candidate(event, negated, coded, at, anaphoric, retells))
        share_sides([c.event for c in out])
        score_relevance(self.relevance, doc, (span_start, span_end), words, out)
        return out, cache(lambda: first_actor)
