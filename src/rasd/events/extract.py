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
   (`side_ranker.py`) then picks among the rules' and the sentence's candidates;
4. place (a gazetteer or LOC name after a locative word), time (`dates`),
   casualties and negation ("لم"، "فشلتا في"، "نفى"), and the flags of events not
   told as done (`attributes.py`, `senses.py`);
5. for ASSAULT and PROTEST, `attrs["relevance"]`: how likely the sentence reports a
   specific, new event rather than mentioning one (`rasd.events.relevance`).
This module is the stage itself: the loop over sentences, the assembly of each
trigger's event, speech acts from the quotes layer (`speech.py`), merging
(`merging.py`) and the learned filter (`confidence.py`).
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
from rasd.events.arguments import SUFFERED, arguments
from rasd.events.attributes import (
    DEATHS,
    VERBAL_ATTACKS,
    accident,
    accidental_manner,
    asked,
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
from rasd.events.clauses import Scope, counted_victims, unvoiced_passive
from rasd.events.confidence import ConfidenceModel, apply_confidence, load_confidence
from rasd.events.counts import casualties
from rasd.events.dates import find_times, nearest_time
from rasd.events.frames import (
    LAUNCH_WINDOW,
    ally_of,
    attack_in_words,
    denied,
    first_person,
    spoken_sides,
)
from rasd.events.lexicon import ActorDictionary, Gazetteer, Trigger, TriggerLexicon
from rasd.events.merging import (
    ONE_INCIDENT,
    Candidate,
    fold_headline,
    merge,
    share_sides,
    told_again,
)
from rasd.events.names import Names
from rasd.events.phrases import (
    RELATIVES,
    clause,
    continues_subject,
    has_pronoun_subject,
    opens,
    paired_passive,
)
from rasd.events.reading import SentenceReader
from rasd.events.relevance import Coded, RelevanceModel, event_features, sentence_features
from rasd.events.senses import demanded, posed_danger
from rasd.events.sentence import WORD_LISTS, Word, definite, windows
from rasd.events.side_ranker import (
    SIDES,
    SideChoice,
    SideRanker,
    features,
    layout,
    load_side_ranker,
    side_candidates,
)
from rasd.events.sides import (
    Actor,
    accused_cued,
    against_cued,
    armament,
    attribution_word,
    audience,
    blame_cued,
    dateline_end,
    event_place,
    same_actor,
    supported,
    tells,
)
from rasd.events.speech import SpeechActs, one_act, speech_events
from rasd.events.speech_model import SpeechActModel, learned_types, load_speech_model
from rasd.events.triggers import attack_retold, faced, find_triggers, participants_speaking
from rasd.text.normalize import match_key

# The actor a sentence is about, found only when a later one needs it.
Topic = Callable[[], Mention | None]
# Flags of events not told as done: left out of the layer unless `keep_background`.
_UNTOLD = ("background", "future", "hypothetical")
# Types whose triggers also name moves of a game ("هجوم"، "انسحب"، "لقاء").
_GAME_SENSES = {"ASSAULT", "COERCE", "RETREAT", "CONSULT"}
_PROMISED = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}


def _inferred(side: Mention) -> Mention:
    """A side carried over from an earlier clause, marked as inferred."""
    return Mention(side.start, side.end, side.canonical, {**side.attrs, "inferred": True})


_HOLDING = WORD_LISTS.words("holding_participles")


def _participle(trigger: Trigger) -> bool:
    """A speech verb's active participle listed as a noun ("متهما"، "مطالبا"), of the
    first form too ("رافضا"، "نافيا": فاعلا), or one of holding someone responsible of
    any number ("محملة"، "محملين"), whose feminine and plural no verbal noun shares."""
    lemma = trigger.lemma
    first_form = len(lemma) == 5 and lemma[1] == "ا"
    accusative = (lemma.startswith("م") or first_form) and lemma.endswith("ا")
    return trigger.kind == "noun" and (accusative or lemma in _HOLDING)


def _clause_speaker(out: list[Candidate], first: Mention | None, at: int) -> Mention | None:
    """Who a participle's act is told of: the source of the event before it in the
    sentence, else the sentence's first actor when it comes before the participle
    ("وهاجم أردوغان الولايات المتحدة، … نافيا وجود صفقة": هاجم is a quotation's cue, no
    trigger), not the previous sentence's topic. The first actor before the event's
    source was tried too: righter on unseen news, one event fewer on dev fold 2."""
    if out and out[-1].event.source:
        return out[-1].event.source
    return first if first is not None and first.end <= at else None


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
            if not self._reader.has_trigger_form(doc, sentence):
                # Most sentences code nothing: their words and actors are only needed
                # if the next sentence carries their topic over.
                topic = self._topic_of(partial(self._reader.last_window, doc, sentence))
                continue
            for words in windows(self._reader.words(doc, sentence)):
                found, topic = self._sentence(doc, i, words, topic)
                candidates.extend(found)
        aimed = self.speech_model is not None and self.speech_model.aimed
        spoken = speech_events(doc, self.speech_acts, self._learned(doc), aimed)
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
        flag_background(doc, events)
        if not self.keep_background:
            events = [e for e in events if not any(e.attrs.get(k) for k in _UNTOLD)]
        if self.confidence is not None:
            events = apply_confidence(self.confidence, doc, events, self.keep_background)
        doc.events = fold_headline(doc, events)
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
            source, target = arguments(scope, words, usable, trigger, pos, (cs, ce), obj, prior)
            source, target = (
                None if side is None or armament(doc, side) else self._names.named(side)
                for side in (source, target)
            )
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
            ):
                source = _inferred(carried)
            if _participle(trigger):
                # "…، متهما الولايات المتحدة بمحاولة …": the act of the clause's speaker,
                # the name after the participle its target.
                after = [m for m in (source, target) if m and m.start > words[pos].token.start]
                target = min(after, key=lambda m: m.start) if after else None
                speaker = _clause_speaker(out, first_actor, words[pos].token.start) or carried
                source = _inferred(speaker) if speaker is not None else None
                if same_actor(source, target):
                    target = None
            # The relevance model was fitted on the rules' sides: it scores with them.
            by_rules = (source, target)
            source, target = self._ranked(
                doc,
                words,
                told,
                (pos, cs, ce),
                trigger,
                {"source": source, "target": target},
                carried,
            )
            if trigger.kind == "verb" and first_person(
                self._direct, self.triggers, words[pos], trigger
            ):
                source, target = spoken_sides(self._direct, self._names, words, usable, pos, ce)
            if trigger.type == "REJECT" and target is not None and denied(words, pos, target):
                target = None
            start, end = words[cs].token.start, words[ce - 1].token.end
            event_type, cameo = trigger.type, trigger.cameo
            launched = 0 <= worded < pos <= worded + LAUNCH_WINDOW
            if (trigger.lemma in VERBAL_ATTACKS and (spoken(words) or launched)) or attack_in_words(
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
            if event.type == "ASSAULT" and (planned(words, pos) or tested(words, trigger.lemma)):
                event.attrs["hypothetical"] = True
            if asked(words, pos) or possible(words, pos, event.type, trigger.lemma):
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
        self._score_relevance(doc, (span_start, span_end), words, out)
        return out, cache(lambda: first_actor)

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
        if rules["target"] is not None and audience(doc, rules["target"]):
            rules = {**rules, "target": None}
        named = [
            Actor(a.first, a.last, m, a.is_place)
            for a in actors
            # an actor holding the trigger ("تهديدات") is no side of it
            if not a.first <= pos < a.last
            and (m := self._names.named(a.mention)) is not None
            and not armament(doc, m)
            # "قال لرويترز"، "في مقابلة مع صحيفة": the hearers are no side of any act
            and not audience(doc, m)
            # whom a march supports is neither side of it, as for the rules
            and not (trigger.type == "PROTEST" and supported(words, a))
        ]
        candidates = side_candidates(words, named, rules, carried, self._names.label)
        for c in candidates["target"]:
            c.aimed = "rule" in c.sources and c.first >= 0 and against_cued(words, c.first)
        for c in candidates["source"]:
            c.blamed = (
                "rule" in c.sources
                and c.first >= 0
                and (
                    blame_cued(words, c.first, c.last)
                    # an attack the accused is charged with, not a speech act's object
                    or (trigger.type == "ASSAULT" and accused_cued(words, c.first, c.last))
                )
            )
        rows = {}
        for side in SIDES:
            where = layout(candidates[side], pos)
            rows[side] = [
                features(words, pos, (cs, ce), trigger, c, where, self._vocabulary)
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
        if own is not None and (
            own.start <= words[pos].token.start < own.end or own.attrs.get("held")
        ):
            # "خروج محتجين"، "آلاف المتظاهرين": the trigger names its own doers, who
            # stay the source whatever actor the sentence names besides; so does the
            # subject of "نفذ"/"دخل في" before the protest noun (`frames.holder`).
            source = own
            if same_actor(source, target):
                target = rules["target"]
        if ally_of(words, trigger, source, target):
            target = None
        if target is not None and rules["target"] is None:
            # Marked, so that a target the event's own quotation names wins over it.
            target = replace(target, attrs={**target.attrs, "ranked": True})
        return source, target

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
