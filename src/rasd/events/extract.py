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

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from rasd.document import Document, Event, Mention, Quote, Sentence
from rasd.events.actors import ActorFinder
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
from rasd.events.clauses import (
    Clause,
    Scope,
    clause_subject,
    counted,
    counted_from,
    fronted_subject,
    kana_subject,
    object_phrase,
    opening_actor,
    opening_phrase,
    phrase,
    unknown_subject,
)
from rasd.events.confidence import ConfidenceModel, apply_confidence, load_confidence
from rasd.events.counts import casualties
from rasd.events.dates import find_times, nearest_time
from rasd.events.frames import (
    CLASHES,
    FORCE,
    LAUNCH_WINDOW,
    ally_of,
    attack_in_words,
    authority,
    claimer,
    denied,
    first_person,
    goer,
    named_parties,
    participants,
    protest_sides,
    spoken_sides,
)
from rasd.events.lexicon import (
    ActorDictionary,
    Gazetteer,
    Trigger,
    TriggerLexicon,
)
from rasd.events.merging import ONE_INCIDENT, Candidate, fold_headline, merge, share_sides
from rasd.events.names import Names
from rasd.events.phrases import (
    PREPOSITIONS,
    RELATIVES,
    TIME_WORDS,
    accused,
    between_parties,
    claimed,
    clause,
    complement_between,
    content_word,
    continues_subject,
    counted_phrase,
    form_info,
    has_enclitic,
    has_prep_clitic,
    has_pronoun_subject,
    is_count,
    marked_passive,
    no_object,
    opens,
    paired_passive,
    possessive_lam,
    preposition_before,
)
from rasd.events.relevance import Coded, RelevanceModel, event_features, sentence_features
from rasd.events.senses import demanded, posed_danger
from rasd.events.sentence import (
    WORD_LISTS,
    Word,
    definite,
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
    Actor,
    adjective_of_event,
    armament,
    conjoined,
    dateline_end,
    doer_after,
    event_place,
    partner_position,
    passive_agent,
    protest_target,
    same_actor,
    speaker,
    speaker_pronoun,
    supported,
    target_after,
    with_source,
)
from rasd.events.speech import SpeechActs, speech_events
from rasd.events.speech_model import SpeechActModel, learned_types, load_speech_model
from rasd.events.triggers import faced, find_triggers
from rasd.text.normalize import match_key

_LISTS = WORD_LISTS

_TARGET_PREPS = _LISTS.words("target_preps")
_PASSIVE_AUX = _LISTS.words("passive_aux")


# Flags of events not told as done: left out of the layer unless `keep_background`.
_UNTOLD = ("background", "future", "hypothetical")
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
        # Keys of each word form seen, as the Segmenter caches its splits.
        self._forms: dict[str, tuple[list[str], list[str], bool, bool, str, bool]] = {}
        # The document and sentence actors being coded (set per call; one call at a time).
        self._doc: Document | None = None
        self._names = Names.of(Document(""))  # the document's named entities
        # The sentence being coded, as the argument rules read it (set per sentence).
        self._scope = Scope(self._names, self.triggers, [])
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
        topic: Mention | None = None
        self._names = Names.of(doc)
        if self.ranker is not None or self._choices is not None:
            self._vocabulary = Counter(match_key(doc.text).split())
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
            for i, t, _ in find_triggers(words, self.triggers, Names.of(doc).in_name)
        ]

    def _sentence(
        self, doc: Document, index: int, words: list[Word], topic: Mention | None
    ) -> tuple[list[Candidate], Mention | None]:
        """Events of one sentence (or one window of a very long one), and the topic
        actor the next sentence may continue with an unexpressed subject ("ورحبا بـ…")."""
        in_name = self._names.in_name
        found = faced(words, find_triggers(words, self.triggers, in_name), self.triggers, in_name)
        self._doc = doc
        places = self._finder.find(self._names, words) if found or words else []
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
            self._scope = Scope(self._names, self.triggers, actors)
            source, target = self._arguments(words, usable, trigger, pos, (cs, ce), obj, prior)
            source, target = (
                None if side is None or armament(doc, side) else self._names.named(side)
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
            and (m := self._names.named(a.mention)) is not None
            and not armament(doc, m)
            # whom a march supports is neither side of it, as for the rules
            and not (trigger.type == "PROTEST" and supported(words, a))
        ]
        candidates = side_candidates(words, named, rules, carried, self._names.label)
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
        if own is not None and own.start <= words[pos].token.start < own.end:
            # "خروج محتجين"، "آلاف المتظاهرين": the trigger names its own doers, who
            # stay the source whatever actor the sentence names besides.
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
            went = goer(self._scope, words, actors, pos) if trigger.kind == "counted" else None
            if went is not None:  # "مليونا لبناني خرجوا متظاهرين"
                aimed = protest_target(words, self._scope.actors, pos + 1, self._scope.participant)
                return went.mention, aimed.mention if aimed else None
            source, target = participants(self._scope, words, pos)
            if target is None and (aimed_at := authority(self._scope, words, actors, pos)):
                target = aimed_at.mention
            return source, target
        cs, ce = span
        in_clause = [a for a in actors if cs <= a.first and a.last <= ce and not a.is_place]
        c = Clause(
            self._scope,
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
        between = named_parties(self._scope.names, words, pos, ce, obj) or between_parties(
            words, pos, ce, obj
        )
        if between is not None:
            source, target = (phrase(self._scope.doc, words, a, b, actors) for a, b in between)
        else:
            source, target = self._sides(c)
        source, target = self._corrected(c, source, target, partnered=between is None)
        if trigger.type == "PROTEST":
            source, target = protest_sides(c, source, target)
        source, target = (
            counted(self._scope, words, counted_from(self._scope.doc, words, a), ce) if a else None
            for a in (source, target)
        )
        if trigger.type == "PROTEST" and source is None:
            # "وقال المتظاهرون إن الهدف من المظاهرة …": the protesters named anywhere
            # in the sentence are the protest's source.
            named = next((j for j, w in enumerate(words) if self._scope.participant(w)), None)
            if named is not None:
                return participants(self._scope, words, named)[
                    0
                ], target.mention if target else None
        return (source.mention if source else None, target.mention if target else None)

    def _sides(self, c: Clause) -> tuple[Actor | None, Actor | None]:
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
                target = target or object_phrase(self._scope, words, pos, c.ce)
            return None, target or (before[-1] if before else None)
        if c.trigger.kind == "verb":
            return self._verb_sides(c)
        return self._noun_sides(c, prev)

    def _verb_sides(self, c: Clause) -> tuple[Actor | None, Actor | None]:
        words, pos, before, after, trigger = c.words, c.pos, c.before, c.after, c.trigger
        if (
            trigger.lemma in _SUFFERED
            and no_object(words, pos, c.ce)
            and (victim := before[-1] if before else fronted_subject(self._scope, words, pos))
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
            return None, target or object_phrase(self._scope, words, pos, c.ce)
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
            target = target or object_phrase(self._scope, words, first_noun - 1, c.ce)
            return before[-1] if before else None, target
        source = self._verb_subject(c)
        if (
            trigger.lemma == "زار"
            and source is not None
            and source.first > pos
            and self._names.ends_in_place(source.mention)
        ):
            # "يزور بكين في ثاني رحلة له": the place visited is the target; the
            # visitor is the verb's unexpressed subject.
            return None, source
        return source, target_after(words, self._past_name(after, source), source, pos)

    def _past_name(self, after: list[Actor], source: Actor | None) -> list[Actor]:
        """The actors after the trigger less the name a title source stands for:
        "اتهم رئيس الوزراء البريطاني [بوريس جونسون] روسيا" aims at Russia."""
        if source is None or self._doc is None:
            return after
        named = self._names.named(source.mention)
        assert named is not None
        return [a for a in after if not named.start <= a.mention.start < named.end]

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

    def _verb_subject(self, c: Clause) -> Actor | None:
        words, pos, before, after = c.words, c.pos, c.before, c.after
        opening = opening_actor(c)
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
            source = unknown_subject(self._scope, words, pos, c.ce, c.obj)
        if source is not None and opens_with_act_noun(match_key(words[source.first].surface)):
            source = None  # "نفت تورط قوات الأمن": the act denied follows the verb, no actor
        continued = continues_subject(words, pos)
        if source is None and continued and not c.prior:
            # "وتنفي روسيا التورط في تسميم سكربيل وتطالب بـ…": the joined verb goes on
            # with the clause's first actor, the subject of the verb before it.
            source = clause_subject(c)
        if source is None and before and not (c.prior and (pronoun_subject or continued)):
            source = before[-1]
        kana = kana_subject(self._scope.doc, words, before, pos)
        if kana is not None:
            return kana  # "وكانت مجموعة من الطلاب قد اقتحمت"
        fronted = None if c.prior else fronted_subject(self._scope, words, pos)
        if fronted is not None and pos - fronted.first <= 4:
            # SVO after أن/إن: the noun before the verb is its subject, what
            # follows the verb is its object.
            return next((a for a in before if a.first <= fronted.first < a.last), fronted)
        return source or opening_phrase(c)

    def _noun_sides(self, c: Clause, prev: str) -> tuple[Actor | None, Actor | None]:
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
            target = target or object_phrase(self._scope, words, pos, c.ce)
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
        self, c: Clause, source: Actor | None, target: Actor | None, partnered: bool
    ) -> tuple[Actor | None, Actor | None]:
        """Rules that correct either side whatever found it."""
        words, pos, trigger = c.words, c.pos, c.trigger
        if claimed(words, pos):
            # "أعلنت جماعة … مسؤوليتها عن خطف": who claims the act did it.
            source = claimer(self._scope, words, c.actors, pos) or source
        if (
            target is None
            and trigger.lemma in _SUFFERED | {"اغتيل"}
            and pos > 0
            and words[pos - 1].keys[-1] in RELATIVES
        ):
            # "جبران تويني الذي قتل في تفجير": the one the relative clause is about.
            target = next((a for a in self._scope.actors if a.last == pos - 1), None)
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
            and trigger.type in FORCE
            and trigger.lemma not in CLASHES
            and with_source(words, source, target)
        ):
            # "شنتها فرنسا مع الولايات المتحدة": an ally, not the one hit (but
            # "اشتباكات مع الجيش": the enemy).
            target = None
        return source, target

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


# --- helpers -------------------------------------------------------------------------


_ARMED = {"MIL", "REB", "UAF", "COP", "SPY"}


_VOICED_TYPES = {"DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "SUPPORT"}


_SUFFERED = _LISTS.words("suffered")


_CAUSE_PREPS = _LISTS.words("cause_preps")


_PATIENT_NOUNS = _LISTS.words("patient_nouns")
