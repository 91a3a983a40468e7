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

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rasd.document import Document, Entity, Event, Mention, Sentence, Token
from rasd.events.attributes import (
    VERBAL_ATTACKS,
    asked,
    cultural,
    disaster,
    flag_background,
    flip_intent,
    habitual,
    intended,
    is_future,
    is_negated,
    spoken,
    sports,
)
from rasd.events.counts import NUM_WORDS, casualties
from rasd.events.dates import TimeExpression, find_times
from rasd.events.keys import light_key, stem_start, token_keys
from rasd.events.lexicon import (
    ActorDictionary,
    ActorEntry,
    Gazetteer,
    Place,
    Trigger,
    TriggerLexicon,
)
from rasd.events.merging import ONE_INCIDENT, Candidate, fold_headline, merge, share_sides
from rasd.events.relevance import Coded, RelevanceModel, event_features, sentence_features
from rasd.events.senses import demanded, other_sense, posed_danger
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, definite, named_group, windows
from rasd.events.speech import SpeechActs, speech_events
from rasd.text.normalize import match_key

_LISTS = WORD_LISTS

_RELATIVES = _LISTS.words("relatives")
_CLAUSE_WORDS = {"بينما", "لكن", "ولكن", "حيث", "فيما", *_RELATIVES}
_PREPOSITIONS = _LISTS.words("prepositions")
_TARGET_PREPS = _LISTS.words("target_preps")
_LOCATIVE = _LISTS.words("locative")
_PARTICLES = _PREPOSITIONS | {
    "ان",
    "أن",
    "إن",
    "بان",
    "بأن",
    "لم",
    "لن",
    "لا",
    "ما",
    "قد",
    "كان",
    "كانت",
    "انه",
    "انها",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "يوم",
    "امس",
    "اليوم",
    "كما",
    "ثم",
    "او",
    "أو",
    "و",
    "ف",
    "كل",
    "بعض",
    "تم",
    "جرى",
    "عدة",
    "نحو",
    "حوالي",
    "اكثر",
    "اما",
    "نفسه",
    "نفسها",
    "انفسهم",
    "نفسيهما",
    "فيه",
    "فيها",
    "عليه",
    "عليها",
    "منه",
    "منها",
    "له",
    "لها",
    "به",
    "بها",
    "اليه",
    "اليها",
    "هو",
    "هي",
    "هم",
    "انهم",
    "كانوا",
    "وكان",
    "وكانت",
}
_COMPLEMENTIZERS = _LISTS.words("complementizers")
_ADVERBIAL = _LISTS.words("adverbial_nouns")
_QUOTE_MARKS = {"«", "»", '"', "“", "”"}
_PASSIVE_AUX = _LISTS.words("passive_aux")
_REFERENCE_PREPS = _LISTS.words("reference_preps")
_TOPIC_PREPS = _LISTS.words("topic_preps")
_LIGHT_VERBS = _LISTS.forms("light_verbs")
_DOING = _LISTS.forms("doing")
_QUANTITIES = _LISTS.words("quantities")
_COUNTERING = _LISTS.words("countering")
_STOPPING = _LISTS.words("stopping")
_MONTH_WORDS = _LISTS.words("month_words")
_TIME_WORDS = (
    _MONTH_WORDS
    | {
        "اول",
        "يوم",
        "امس",
        "اليوم",
        "غدا",
        "الماضي",
        "المقبل",
        "صباح",
        "مساء",
        "ليل",
        "فجر",
        "عام",
        "العام",
        "الاسبوع",
        "الشهر",
        "حاليا",
        "مؤخرا",
        "ايضا",
        "امس،",
        # Adverbs of the time of day ("اقتحمت ليلا عيادة") are no part of a name.
        "ليلا",
        "نهارا",
        "صباحا",
        "فجرا",
        "ظهرا",
        "عصرا",
        "لاحقا",
        "سابقا",
    }
    | {"السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة"}
)


@dataclass(slots=True)
class _Actor:
    first: int  # word positions in the sentence, inclusive-exclusive
    last: int
    mention: Mention
    is_place: bool = False
    place: Place | None = None
    extended: bool = False  # grown leftwards over the nouns it depends on


@dataclass(frozen=True, slots=True)
class _Clause:
    """A trigger in its clause: what the argument rules look at."""

    words: list[Word]
    actors: list[_Actor]  # the sentence's actors but the trigger's required object
    trigger: Trigger
    pos: int
    ce: int  # end of the clause (exclusive)
    obj: int  # position of the required object word, or -1
    prior: bool  # an earlier event of the sentence has a source
    before: list[_Actor]  # people in the clause before the trigger
    after: list[_Actor]  # people in the clause after it


PARTNERED = {"AGREE", "CONSULT", "COOPERATE"}  # the other side is a partner, not a target
# Flags of events not told as done: left out of the layer unless `keep_background`.
_UNTOLD = ("background", "future", "hypothetical")
# Types whose triggers also name moves of a game ("هجوم"، "انسحب"، "لقاء").
_GAME_SENSES = {"ASSAULT", "COERCE", "RETREAT", "CONSULT"}
_PROMISED = {"CONSULT", "SUPPORT", "COOPERATE", "AID"}


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
    """

    def __init__(
        self,
        triggers: TriggerLexicon | None = None,
        actors: ActorDictionary | None = None,
        gazetteer: Gazetteer | None = None,
        keep_negated: bool = False,
        relevance: RelevanceModel | None = None,
        keep_background: bool = False,
    ) -> None:
        self.triggers = triggers or TriggerLexicon()
        self.relevance = relevance or RelevanceModel()
        self.actors = actors or ActorDictionary()
        self.gazetteer = gazetteer or Gazetteer()
        self.keep_negated = keep_negated
        self.keep_background = keep_background
        self.speech_acts = SpeechActs.load()
        # Keys of each word form seen, as the Segmenter caches its splits.
        self._forms: dict[str, tuple[list[str], list[str], bool, bool, str, bool]] = {}
        # The document and sentence actors being coded (set per call; one call at a time).
        self._doc: Document | None = None
        self._sentence_actors: list[_Actor] = []
        self._entities: list[Entity] = []  # the document's, by start
        self._entity_starts: list[int] = []
        self._quoted: list[tuple[int, int]] = []  # the quotations' union, in order

    def __call__(self, doc: Document) -> Document:
        candidates: list[Candidate] = []
        topic: Mention | None = None
        self._entities = sorted(doc.entities or [], key=lambda e: e.start)
        self._entity_starts = [e.start for e in self._entities]
        self._quoted = _union((q.start, q.end) for q in doc.quotes or [])
        for i, sentence in enumerate(doc.sentences):
            for words in windows(self._words(doc, sentence)):
                found, topic = self._sentence(doc, i, words, topic)
                candidates.extend(found)
        spoken = speech_events(doc, self.speech_acts)
        # A cue the trigger rules coded already is one act, with the sides they found;
        # the quotation gives the target they missed past a comma ("اتهم وزير الخارجية
        # البريطاني بوريس جونسون، روسيا بمحاولة …").
        said = {(e.type, at): e for e, at in spoken}
        for c in candidates:
            quoted = said.get((c.event.type, c.at))
            if (
                quoted is not None
                and c.event.target is None
                and not _same_actor(c.event.source, quoted.target)
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
            if _same_actor(event.source, event.target):
                event.target = None  # never one actor on both sides, whichever rule read it
        flag_background(doc, events)
        if not self.keep_background:
            events = [e for e in events if not any(e.attrs.get(k) for k in _UNTOLD)]
        doc.events = fold_headline(doc, events)
        return doc

    # --- per sentence --------------------------------------------------------

    def detect(self, doc: Document, sentence: Sentence) -> list[tuple[Trigger, int, bool]]:
        """Triggers in a sentence: (trigger, word position, negated)."""
        words = self._words(doc, sentence)
        return [(t, i, is_negated(words, i)) for i, t, _ in self._triggers(words)]

    def _sentence(
        self, doc: Document, index: int, words: list[Word], topic: Mention | None
    ) -> tuple[list[Candidate], Mention | None]:
        """Events of one sentence (or one window of a very long one), and the topic
        actor the next sentence may continue with an unexpressed subject ("ورحبا بـ…")."""
        found = self._triggers(words)
        self._doc = doc
        actors = self._actors(doc, words) if found or words else []
        first_actor = next((a.mention for a in actors if not a.is_place), None)
        if not found:
            return [], first_actor
        span_start, span_end = words[0].token.start, words[-1].token.end
        times = find_times(doc.text, span_start, span_end, doc.published)
        out = []
        for pos, trigger, obj in found:
            cs, ce = _clause(words, pos)
            usable = [a for a in actors if not a.first <= obj < a.last]
            prior = bool(out and out[-1].event.source)
            self._sentence_actors = actors
            source, target = self._arguments(words, usable, trigger, pos, (cs, ce), obj, prior)
            source, target = (
                None if side is None or _armament(doc, side) else self._named(doc, side)
                for side in (source, target)
            )
            if _same_actor(source, target):
                target = None  # "وهاجم المتظاهرون محافظ العاصمة سعد الوادي"
            carried = out[-1].event.source if out and out[-1].event.source else topic
            if (
                source is None
                and trigger.kind == "verb"
                and carried is not None
                and (_opens(words, cs, pos) or _pronoun_subject(words[pos]))
                # "قتل 36 من القوات": a verb right before a count is read as a passive
                # (قُتل), with no agent to carry over from an earlier sentence.
                and not _counted_phrase(words, pos + 1)
                # "قتل وأصيب العشرات": a killing verb paired with another is the
                # passive pair, its victims after both verbs.
                and not (trigger.lemma in _SUFFERED and _paired_passive(found, pos))
                # "الهجوم الذي استهدف": a relative clause is about its antecedent
                and not (cs > 0 and words[cs - 1].keys[-1] in _RELATIVES)
            ):
                topic_used = carried
                source = Mention(
                    topic_used.start,
                    topic_used.end,
                    topic_used.canonical,
                    {**topic_used.attrs, "inferred": True},
                )
            start, end = words[cs].token.start, words[ce - 1].token.end
            event_type, cameo = trigger.type, trigger.cameo
            if trigger.lemma in VERBAL_ATTACKS and spoken(words):
                # "هاجم النائب الرئيس السابق قائلا إنه …": an attack in words.
                event_type, cameo = "DISAPPROVE", "111"
            event = Event(start, end, event_type, index, source, target)
            event.where = self._where(words, actors, pos, cs, ce)
            event.when = _nearest_time(doc.text, times, words[pos].token.start, start, end)
            counts = (
                casualties(doc.text[start:end])
                if trigger.type in ("ASSAULT", "COERCE", "PROTEST")
                else {}
            )
            if trigger.type == "ASSAULT" and source is None and disaster(words):
                continue  # "قتل 17 شخصا عندما ضربت عاصفة": deaths without an attacker
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
            negated = is_negated(words, pos)
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
            if asked(words, pos):
                event.attrs["hypothetical"] = True
            if trigger.kind == "noun" and demanded(words, found, pos):
                event.attrs["hypothetical"] = True  # "طالبوا بتنظيم مظاهرة": not held yet
            when_text = match_key(doc.slice(event.when)) if event.when else ""
            in_quote = _within(self._quoted, words[pos].token.start)
            coded = Coded(event, pos, trigger.kind, trigger.lemma, when_text, in_quote)
            anaphoric = (
                trigger.kind == "noun" and trigger.type in ONE_INCIDENT and definite(words[pos])
            )
            out.append(Candidate(event, negated, coded, words[pos].token.start, anaphoric))
        share_sides([c.event for c in out])
        self._score_relevance(doc, (span_start, span_end), words, out)
        return out, first_actor

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
        if name.label != "PER" or not _title_words(between):
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
                info = self._forms[surface] = _form_info(doc, tok)
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

    def _triggers(self, words: list[Word]) -> list[tuple[int, Trigger, int]]:
        """(position, trigger, position of its required object or -1)."""
        found: list[tuple[int, Trigger, int]] = []
        for i, w in enumerate(words):
            if w.token.kind != "word":
                continue
            candidates = self.triggers.lookup(w.keys)
            if not candidates or self._in_name(w.token.start):
                continue  # "بين مدينتي حمص وتدمر": a town, not "destroys"
            prev = set(words[i - 1].keys) if i else set()
            if prev & {"في", "على", "عن", "الى"}:
                # After such a preposition a word is a noun: "نجح في قتل العشرات".
                candidates = sorted(candidates, key=lambda t: t.kind == "verb")
            light_verb = any(
                k.startswith(_LIGHT_VERBS) for x in words[max(0, i - 7) : i] for k in x.keys[-1:]
            ) or bool(prev & _FACING)  # "تعرضت لهجوم": the attack itself
            for trigger in candidates:
                obj = _objects_follow(words, i, trigger.objects) if trigger.objects else -1
                if trigger.objects and obj < 0:
                    continue
                if prev & _TOPIC_PREPS or (
                    trigger.kind == "noun" and prev & _REFERENCE_PREPS and definite(w)
                ):
                    break  # "بعد الاجتماع"، "على هامش اجتماع": an event told elsewhere
                if trigger.kind != "noun" and _has_prep_clitic(w):
                    continue  # "بطلب" is a noun, never a verb
                if trigger.kind == "verb" and i > 0 and _is_count(words, i - 1):
                    continue  # "ثلاثين طالبا": a counted noun, never a verb
                went_out = trigger.type == "PROTEST" and _went_out(words, i)
                if (
                    trigger.kind in ("noun", "counted", "agent")
                    and _attached_preposition(w, self.triggers)
                    and not (light_verb or went_out)
                ):
                    break  # "لترحيل"، "باغتيال": a purpose, charge or measure, not an act
                if trigger.kind == "agent" and not (
                    _protesting(words, i) or w.keys[-1].endswith("ون")
                ):
                    break  # "قمع الشرطة للمتظاهرين"، "كان بين المتظاهرين": no protest act
                if trigger.kind == "counted" and not (
                    prev & _QUANTITIES or _is_number(words, i - 1) or went_out
                ):
                    break  # "قمع المتظاهرين": the participants as objects
                if prev & _COUNTERING:
                    break  # "مكافحة الشغب"، "مكافحة الإرهاب"
                if trigger.lemma == "طعن" and _objects_follow(words, i, _APPEALED, window=3) >= 0:
                    break  # "سيطعن على القرار": an appeal, not a stabbing
                if trigger.type == "PROTEST" and cultural(words, i):
                    break  # "تظاهرة ثقافية": a festival, not a demonstration
                if other_sense(words, i, trigger):
                    break  # "تستهدف إشعال الفتنة"، "تحقيق تقدم"، "اتفقا على أن الحل…"
                if _time_of_day(words, i):
                    break  # "فجر أمس" is dawn, not "blew up"
                if trigger.type in ("ASSAULT", "PROTEST") and prev & _STOPPING:
                    break  # "وقف إطلاق النار" is a ceasefire
                found.append((i, trigger, obj))
                break
        return found

    # --- actors and places ----------------------------------------------------

    def _actors(self, doc: Document, words: list[Word]) -> list[_Actor]:
        spans: list[tuple[int, int, object]] = []  # (first, last, entry or Entity)
        spans.extend(_entity_spans(self._entities, words))
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
        groups = [self._with_name(words, g, starts) for g in _groups(spans, words)]
        taken = {i for a, b, _ in spans for i in range(a, b)}
        actors = [self._actor(doc, words, group, taken) for group in groups]
        return _join_overlapping(doc, words, actors)

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
        demonym = _demonym(entry) and definite(words[last - 1])
        name_start = (
            len(group) > 1
            and _demonym(group[-2][2])
            and last - first == 1
            and not definite(words[first])
        )
        if not demonym and not name_start:
            return group
        if any(set(_describe(e)[1]) & _GROUP_ROLES for _, _, e in group):
            return group  # "المليشيات الحوثية" is a group, not a title before a name
        end = last
        while (
            end < len(words)
            and end - last < 3
            and end not in starts
            and _content(words[end])
            and not definite(words[end])
            and not words[end].conj
            and not words[end].prep
            and not _stripped_preposition(words[end])
            and match_key(words[end].surface) not in _LOCATIVE
            and not _has_enclitic(words[end])
            and not self.triggers.lookup(words[end].keys)
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
        if not longest or not _content(w0):
            return None  # no name starts with this word
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
            if actor is not None or place is not None:
                return i + n, _Named(actor, place)
        return None

    def _attributive(self, words: list[Word], i: int) -> bool:
        """Whether word `i` is an indefinite nisba adjective after the noun it
        describes ("تحقيق دولي"), not a noun after a verb ("قتل حكومي")."""
        key = match_key(words[i].surface).removeprefix("و")
        if i == 0 or key.startswith("ال") or not key.endswith(("ي", "ية", "يه")):
            return False
        prev = words[i - 1]
        return _content(prev) and not any(
            t.kind in ("verb", "passive") for t in self.triggers.lookup(prev.keys)
        )

    def _actor(
        self,
        doc: Document,
        words: list[Word],
        group: list[tuple[int, int, object]],
        taken: set[int] = frozenset(),  # type: ignore[assignment]
    ) -> _Actor:
        first, last = group[0][0], group[-1][1]
        country, roles, canonical, place = None, [], None, None
        for a, b, entry in group:
            c, r, canon, p = _describe(entry)
            if isinstance(entry, Entity):
                # A named entity gets its codes from the dictionaries inside it
                # ("جيش النظام السوري" → SYR MIL).
                for inner in self._inside(words, a, b):
                    ic, ir, _, ip = _describe(inner)
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
        named_actor = any(isinstance(e, _Named) and e.actor is not None for _, _, e in group)
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
        return _Actor(first, last, mention, is_place, place, extended=first < anchor)

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
                not _content(w)
                or self.triggers.lookup(w.keys)
                or set(w.keys) & _FACING
                or _fire(w)
                or w.keys[-1] in {"يد", "ايدي", "قبل", "طرف"}
                # "مطالبين [رئيس الوزراء]"، "دعما [للحكومة]": the cue aims at the actor
                or match_key(w.surface) in _AGAINST | _SUPPORTING
                or w.keys[0].removeprefix("و").startswith(_DOING)
                or w.keys[-1].startswith(_LIGHT_VERBS)
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

    def _phrase(self, words: list[Word], first: int, last: int, actors: list[_Actor]) -> _Actor:
        """Words `first`..`last` as one actor, coded by the first known actor inside."""
        inside = next((a for a in actors if first <= a.first < last), None)
        doc = self._doc
        start, end = stem_start(words[first].token), words[last - 1].token.end
        attrs = dict(inside.mention.attrs) if inside else {}
        return _Actor(first, last, Mention(start, end, match_key(doc.text[start:end]), attrs))

    def _fronted_subject(self, words: list[Word], pos: int) -> _Actor | None:
        """ "إن انتحاريا يقود شاحنة مفخخة فجر نفسه": the noun right after أن/إن heads
        the clause whose verb comes later."""
        for j in range(pos - 1, max(-1, pos - 7), -1):
            if set(words[j].keys) & _COMPLEMENTIZERS or words[j].keys[-1] in ("ان", "إن"):
                k = j + 1
                if k < pos and words[k].surface in _QUOTE_MARKS:
                    k += 1  # "إن «انتحاريا يقود شاحنة فجر نفسه»"
                if k < pos and _content(words[k]) and not self.triggers.lookup(words[k].keys):
                    doc = self._doc
                    start, end = stem_start(words[k].token), words[k].token.end
                    return _Actor(k, k + 1, Mention(start, end, match_key(doc.text[start:end]), {}))
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
                _is_number(words, pos - 1)
                or (_content(words[pos - 1]) and set(words[pos - 1].keys) & _QUANTITIES)
            )
            else pos
        )
        last = pos + 1
        while (
            last < len(words)
            and last - pos <= 2
            and _content(words[last])
            and definite(words[last]) == definite(words[pos])
            and _agrees(words[last], words[pos])
            and not words[last].conj
            and not self.triggers.lookup(words[last].keys)
        ):
            last += 1
        doc = self._doc
        start, end = stem_start(words[first].token), words[last - 1].token.end
        source = Mention(start, end, match_key(doc.text[start:end]), {"role": "OPP", "code": "OPP"})
        target = _protest_target(words, self._sentence_actors, last, self._participant)
        return source, target.mention if target else None

    def _crowd(self, words: list[Word], i: int) -> _Actor:
        """A counted crowd starting at word `i`: the count, من, and up to two nouns
        ("مئات من الأقباط"، "عشرات الفلسطينيين")."""
        end = i + 1
        if end < len(words) and words[end].keys[-1] == "من":
            end += 1
        stop = end
        while stop < len(words) and stop - end < 2 and _content(words[stop]):
            if words[stop].conj or self.triggers.lookup(words[stop].keys):
                break
            stop += 1
        end = stop if stop > end else i + 1
        start, last = stem_start(words[i].token), words[end - 1].token.end
        text = match_key(self._doc.text[start:last]) if self._doc else ""
        return _Actor(i, end, Mention(start, last, text, {"role": "OPP", "code": "OPP"}))

    def _object_phrase(self, words: list[Word], pos: int, ce: int) -> _Actor | None:
        """The noun phrase right after a passive trigger: what was hit
        ("تم قصف قافلة إغاثة")."""
        end = pos + 1
        if end < ce and (words[end].prep or _stripped_preposition(words[end])):
            return None  # "أصيبوا بجروح"، "اغتيل بالرصاص": a manner, not what was hit
        if end < ce and words[end].conj:
            return None  # "أصيب وأسر عشرات": a second verb, not what was hit
        while (
            end < ce
            and end - pos <= 3
            and (_content(words[end]) or words[end].token.kind == "number")
            and not words[end].conj
        ):
            if self.triggers.lookup(words[end].keys):
                break
            end += 1
        if end == pos + 1:
            return None
        start = stem_start(words[pos + 1].token)
        stop = words[end - 1].token.end
        return _Actor(pos + 1, end, Mention(start, stop, match_key(self._doc.text[start:stop]), {}))

    def _unknown_subject(
        self, doc: Document, words: list[Word], pos: int, ce: int, obj: int = -1
    ) -> _Actor | None:
        """The words right after a verb as its subject when no actor is known there
        (a name the dictionaries and NER missed: "وطالب كيري يوم الأربعاء")."""
        end = pos + 1
        while end < ce and end - pos <= 2 and _content(words[end]) and not words[end].conj:
            if self.triggers.lookup(words[end].keys):
                break
            end += 1
        if end == pos + 1:
            return None
        if pos < obj < end:
            return None
        start = stem_start(words[pos + 1].token)
        text = doc.text[start : words[end - 1].token.end]
        return _Actor(pos + 1, end, Mention(start, words[end - 1].token.end, match_key(text), {}))

    # --- arguments --------------------------------------------------------------

    def _arguments(
        self,
        words: list[Word],
        actors: list[_Actor],
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
                aimed = _protest_target(words, self._sentence_actors, pos + 1, self._participant)
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
                if a.last <= pos and not _complement_between(words, a.last - 1, pos)
            ],
            after=[a for a in in_clause if a.first > pos],
        )
        between = _between(words, pos, ce, obj)
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

    def _sides(self, c: _Clause) -> tuple[_Actor | None, _Actor | None]:
        """Source and target by the trigger's form and what surrounds it."""
        words, pos, before, after = c.words, c.pos, c.before, c.after
        prev = match_key(words[pos - 1].surface) if pos > 0 else ""
        passive = c.trigger.kind == "passive" or prev in _PASSIVE_AUX or _marked_passive(words[pos])
        agent = _passive_agent(words, after, pos)
        if agent is not None:
            # "قتل على يد مسلحين"، "قتل أحد عناصر الشرطة بنيران مسلحين": the agent
            # after يد/قبل/نيران; the victim sits between the verb and its agent, or
            # else before the verb.
            target = next((a for a in after if a.first < agent.first), None)
            return agent, target or (before[-1] if before else None)
        if _accused(words, pos):
            # "وتواجه الحكومة اتهامات": the one facing accusations is their target.
            return None, before[-1] if before else (after[0] if after else None)
        if passive:
            target = after[0] if after and after[0].first - pos <= 3 else None
            target = target or self._object_phrase(words, pos, c.ce)
            return None, target or (before[-1] if before else None)
        if c.trigger.kind == "verb":
            return self._verb_sides(c)
        return self._noun_sides(c, prev)

    def _verb_sides(self, c: _Clause) -> tuple[_Actor | None, _Actor | None]:
        words, pos, before, after, trigger = c.words, c.pos, c.before, c.after, c.trigger
        if (
            trigger.lemma in _SUFFERED
            and _no_object(words, pos, c.ce)
            and (victim := before[-1] if before else self._fronted_subject(words, pos))
        ):
            # "أن 11 مدنيا قتلوا في التفجير"، "إن جنديا عراقيا قتل وأصيب آخر": a killing
            # verb with no object after it is the unvoiced passive; the noun before it died.
            return None, victim
        if (
            trigger.lemma in _SUFFERED
            and after
            and not _counted_phrase(words, pos + 1)  # counts: the rule below
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
                if words[j].keys[-1] not in _TIME_WORDS and words[j].keys[-1] not in {"من", "امس"}
            ),
            pos + 1,
        )
        if trigger.type in ("ASSAULT", "COERCE") and _counted_phrase(words, first_noun):
            target = after[0] if after and after[0].first - first_noun <= 2 else None
            # "وقتل أول من أمس 4 جنود": the victims follow the time words
            target = target or self._object_phrase(words, first_noun - 1, c.ce)
            return before[-1] if before else None, target
        source = self._verb_subject(c)
        if trigger.lemma == "زار" and source is not None and self._place_after(source, pos):
            # "يزور بكين في ثاني رحلة له": the place visited is the target; the
            # visitor is the verb's unexpressed subject.
            return None, source
        return source, _target_after(words, self._past_name(after, source), source, pos)

    def _past_name(self, after: list[_Actor], source: _Actor | None) -> list[_Actor]:
        """The actors after the trigger less the name a title source stands for:
        "اتهم رئيس الوزراء البريطاني [بوريس جونسون] روسيا" aims at Russia."""
        if source is None or self._doc is None:
            return after
        named = self._named(self._doc, source.mention)
        assert named is not None
        return [a for a in after if not named.start <= a.mention.start < named.end]

    def _place_after(self, actor: _Actor, pos: int) -> bool:
        """Whether `actor` follows the trigger at `pos` and is a named place."""
        if actor.first <= pos:
            return False
        m = actor.mention
        i = bisect_left(self._entity_starts, m.end)
        return (
            i > 0 and self._entities[i - 1].end > m.start and self._entities[i - 1].label == "LOC"
        )

    def _by_attack(self, words: list[Word], pos: int, victim: _Actor) -> bool:
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

    def _verb_subject(self, c: _Clause) -> _Actor | None:
        words, pos, before, after = c.words, c.pos, c.before, c.after
        pronoun_subject = _pronoun_subject(words[pos])
        source = None
        near = after[0] if after and after[0].first - pos <= 4 and not pronoun_subject else None
        between = (
            [w for w in words[pos + 1 : near.first] if w.keys[-1] not in _TIME_WORDS]
            if near
            else []
        )
        if (
            near
            and not any(not _content(w) for w in between)
            and not _has_prep_clitic(words[near.first])
            # "واتهمت جماعات حقوق الإنسان القوات": a noun phrase no dictionary knows
            # between the verb and the first actor is the subject, the actor the object.
            and not (c.trigger.type in _VOICED_TYPES and len(between) >= 2)
        ):
            source = near
        elif (
            pos + 1 < c.ce
            and not pronoun_subject
            and _content(words[pos + 1])
            and not words[pos + 1].conj
            and not _has_prep_clitic(words[pos + 1])
        ):
            source = self._unknown_subject(self._doc, words, pos, c.ce, c.obj)
        if source is None and before and not (pronoun_subject and c.prior):
            source = before[-1]
        kana = self._kana_subject(words, before, pos)
        if kana is not None:
            return kana  # "وكانت مجموعة من الطلاب قد اقتحمت"
        fronted = None if c.prior else self._fronted_subject(words, pos)
        if fronted is not None and pos - fronted.first <= 4:
            # SVO after أن/إن: the noun before the verb is its subject, what
            # follows the verb is its object.
            return next((a for a in before if a.first <= fronted.first < a.last), fronted)
        return source

    def _noun_sides(self, c: _Clause, prev: str) -> tuple[_Actor | None, _Actor | None]:
        words, pos, before, trigger = c.words, c.pos, c.before, c.trigger
        source = target = None
        # "الهجوم المسلح": armed, not an armed man
        after = [a for a in c.after if not _adjective_of_event(words, a, pos)]
        genitive = after[0] if after and after[0].first - pos <= 3 else None
        if genitive and any(
            match_key(w.surface) in _PREPOSITIONS or self.triggers.lookup(w.keys)
            for w in words[pos + 1 : genitive.first]
        ):
            # "الاحتجاج على قرار الحكومة"، "التظاهرة أوقف رجال الشرطة": no genitive
            # across a preposition or a verb.
            genitive = None
        if _has_enclitic(words[pos]):
            genitive = None  # "رفضها القاطع": the pronoun is the genitive
        doer = _doer(words, [a for a in c.actors if a.first > pos and not a.is_place], pos)
        patient = trigger.lemma in _PATIENT_NOUNS
        if doer is not None:
            return doer, _target_after(words, [a for a in after if a is not doer], None, pos)
        if patient:
            # "اغتيال عماد مغنية"، "مقتل سبعة أشخاص": the genitive is the victim.
            if genitive and not _preposition_before(words, genitive.first, pos):
                target = genitive
            target = target or self._object_phrase(words, pos, c.ce)
        elif genitive and not _preposition_before(words, genitive.first, pos):
            source = genitive
        elif (
            trigger.type == "ASSAULT"
            and genitive
            and genitive.first - pos <= 2
            and _possessive_lam(words[genitive.first])
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
            target = _target_after(words, after, source, pos)
        return source, target

    def _corrected(
        self, c: _Clause, source: _Actor | None, target: _Actor | None, partnered: bool
    ) -> tuple[_Actor | None, _Actor | None]:
        """Rules that correct either side whatever found it."""
        words, pos, trigger = c.words, c.pos, c.trigger
        if _claimed(words, pos):
            # "أعلنت جماعة … مسؤوليتها عن خطف": who claims the act did it.
            source = self._claimer(words, c.actors, pos) or source
        if (
            target is None
            and trigger.lemma in _SUFFERED | {"اغتيل"}
            and pos > 0
            and words[pos - 1].keys[-1] in _RELATIVES
        ):
            # "جبران تويني الذي قتل في تفجير": the one the relative clause is about.
            target = next((a for a in self._sentence_actors if a.last == pos - 1), None)
        if (
            trigger.kind == "verb"
            and pos > 0
            and words[pos - 1].keys[-1] in _RELATIVES
            and _has_enclitic(words[pos])
            and (doer := next((a for a in c.after if a.first - pos <= 3), None)) is not None
        ):
            # "الخلية التي اعتقلتها الأجهزة الأمنية": the pronoun is the antecedent,
            # acted upon; the subject follows the verb.
            antecedent = next((a for a in c.actors if a.last == pos - 1), None)
            return doer, antecedent
        if trigger.kind == "verb" and _speaker_pronoun(words, pos, source):
            # "قال الجيش التركي إن طائراته قصفت"، "أكد الحلف أنه قتل": the pronoun is
            # the one who says it.
            source = _speaker(words, c.actors, pos) or source
        if (
            source is not None
            and trigger.lemma in _SUFFERED
            and source.last <= pos
            and _pronoun_subject(words[pos])
            and _is_count(words, source.first)
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
            partner = _conjoined(c.actors, source)
            if (
                partner is None
                and target is not None
                and not _partner_position(words, source, target)
            ):
                target = None
            target = partner or target
        if (
            target is not None
            and trigger.type not in ("DEMAND", "THREATEN", "DISAPPROVE", "REJECT")
            and _complement_between(words, pos, target.first)
        ):
            target = None
        if (
            source is not None
            and target is not None
            and trigger.type in _FORCE
            and trigger.lemma not in _CLASHES
            and _with_source(words, source, target)
        ):
            # "شنتها فرنسا مع الولايات المتحدة": an ally, not the one hit (but
            # "اشتباكات مع الجيش": the enemy).
            target = None
        return source, target

    def _protest_sides(
        self, c: _Clause, source: _Actor | None, target: _Actor | None
    ) -> tuple[_Actor | None, _Actor | None]:
        words, pos, kind = c.words, c.pos, c.trigger.kind
        if source is None and c.obj > pos and kind == "verb":
            source = self._crowd(words, c.obj)  # "تجمع مئات من الأقباط"
        if source is None and kind == "noun":
            source = self._goer(words, c.actors, pos) or self._doer_before(words, c.actors, pos)
        if source is None and kind == "noun" and _plural_genitive(words, pos + 1):
            source = self._phrase(words, pos + 1, pos + 2, c.actors)  # "اعتصام العاملين"
        if source is None and kind == "verb":
            count = _count_after(words, pos)  # "تظاهر نحو ألفي شخص"
            source = self._crowd(words, count) if count is not None else None
        aimed = _protest_target(
            words, [a for a in c.actors if a is not source], pos + 1, self._participant
        )
        if target is not None and (target.is_place or _supported(words, target)):
            target = None
        return source, aimed or target or self._authority(words, c.actors, pos)

    def _authority(self, words: list[Word], actors: list[_Actor], pos: int) -> _Actor | None:
        """A protest's default target: the first state, government or institution
        named after the trigger ("… قرب السفارة الإسرائيلية")."""
        for a in actors:
            if a.first <= pos or a.is_place:
                continue
            if self._participant(words[a.first]) or _supported(words, a):
                continue
            if a.mention.attrs.get("role") in _AUTHORITIES:
                return a
        return None

    def _after_attack_noun(self, words: list[Word], pos: int, trigger: Trigger) -> bool:
        """Whether a verb follows a noun of the same event type with at most its
        adjective and a relative pronoun between them ("الهجوم المسلح الذي استهدف")."""
        for j in range(max(0, pos - 3), pos):
            between = words[j + 1 : pos]
            if all(_content(w) or w.keys[-1] in _RELATIVES for w in between) and any(
                t.type == trigger.type and t.kind == "noun" and not words[j].prep
                for t in self.triggers.lookup(words[j].keys)
            ):
                return True
        return False

    def _kana_subject(self, words: list[Word], before: list[_Actor], pos: int) -> _Actor | None:
        """ "وكان الجيش قد قصف": the subject between كان and قد before a verb."""
        if pos < 3 or words[pos - 1].keys[-1] != "قد":
            return None
        kana = _last_before(words, pos, _is_kana, nearest=3, farthest=11)
        if kana is None:
            return None
        actor = next((a for a in before if kana < a.first and a.last < pos), None)
        if actor is not None and actor.first == kana + 1:
            return actor
        if actor is not None and actor.first == kana + 2 and _is_count(words, kana + 1):
            return self._phrase(words, kana + 1, actor.last, before)  # "كان 1000 لاجئ"
        if actor is not None and actor.first == kana + 2:
            return actor
        # Everything between كان and قد is the subject.
        return self._phrase(words, kana + 1, pos - 1, before) if kana + 1 < pos - 1 else None

    def _doer_before(self, words: list[Word], actors: list[_Actor], pos: int) -> _Actor | None:
        """The subject of a verb of doing before the event noun: "نفذ أعوان الحضائر
        وقفة احتجاجية"، "نظم الطلاب مسيرة"."""
        verb = _last_before(words, pos, _verb_in(_DOING), farthest=9)
        if verb is None or verb + 1 >= pos:
            return None
        actor = next((a for a in actors if verb < a.first and a.last <= pos), None)
        if actor is not None and not actor.is_place:
            return actor
        first = verb + 1
        while first < pos and not _content(words[first]):
            first += 1  # "نفذ صباح اليوم أعوان …": past the time words
        return self._unknown_subject(self._doc, words, first - 1, pos)

    def _goer(self, words: list[Word], actors: list[_Actor], pos: int) -> _Actor | None:
        """Who went out to protest: "خرج مئات الطلاب إلى الشوارع للاحتجاج"."""
        verb = _last_before(words, pos, _goes_out, farthest=6)
        if verb is None:
            return None
        if verb + 1 < pos and (
            set(words[verb + 1].keys) & _QUANTITIES or _is_number(words, verb + 1)
        ):
            return self._crowd(words, verb + 1)
        before = next((a for a in actors if verb - 2 <= a.last <= verb and not a.is_place), None)
        return _subject_after(actors, verb, pos) or (before and self._counted_from(words, before))

    def _claimer(self, words: list[Word], actors: list[_Actor], pos: int) -> _Actor | None:
        """The subject of the claiming verb before "مسؤوليتها عن" + trigger, without
        the word of responsibility."""
        verb = _last_before(words, pos, _verb_in(_CLAIMING), nearest=3, farthest=15)
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
        while j > 0 and first - j <= 3 and (_counted_phrase(words, j) or words[j].keys[-1] == "من"):
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

    def _counted_from(self, words: list[Word], actor: _Actor) -> _Actor:
        """An actor after "من" takes the count before it: "[1000 لاجئ من] التبت"،
        "[العشرات من] المستوطنين"."""
        j = actor.first
        if j < 2 or words[j - 1].keys[-1] != "من":
            return actor
        head = j - 2
        if _content(words[head]) and not (
            set(words[head].keys) & (_QUANTITIES | _GROUP_WORDS) or _number_word(words[head])
        ):
            head -= 1  # the counted noun: "1000 [لاجئ]"
        if head < 0 or not (
            _is_count(words, head) or set(words[head].keys) & (_QUANTITIES | _GROUP_WORDS) - {"من"}
        ):
            return actor
        start, stop = stem_start(words[head].token), actor.mention.end
        mention = Mention(start, stop, match_key(self._doc.text[start:stop]), actor.mention.attrs)
        return _Actor(head, actor.last, mention, actor.is_place, actor.place, actor.extended)

    def _counted(self, words: list[Word], actor: _Actor | None, ce: int) -> _Actor | None:
        """A count or group word takes the people it counts: "تسعة [من رجال الشرطة]"،
        "العشرات [من مستوطني براخة]"، "آلاف [المتظاهرين]"، "11 مسلحا [من تنظيم القاعدة]"."""
        if actor is None or actor.last >= ce or not _counts(words, actor):
            return actor
        start = actor.last + (words[actor.last].keys[-1] == "من")
        if start == actor.last and not set(words[actor.last - 1].keys) & _QUANTITIES:
            return actor  # only آلاف/مئات/عشرات take a bare genitive
        end = start
        while (
            end < ce
            and end - start < 3
            and _content(words[end])
            and not words[end].conj
            and not (end > start and words[end].prep)
            and words[end].keys[-1] not in _TIME_WORDS
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
        return _Actor(actor.first, end, mention, actor.is_place, actor.place, actor.extended)

    def _where(
        self, words: list[Word], actors: list[_Actor], pos: int, cs: int, ce: int
    ) -> Mention | None:
        places = [a for a in actors if a.is_place and a.place is not None]
        in_clause = [a for a in places if cs <= a.first and a.last <= ce]
        # Outside the event's clause, a place in a relative clause describes someone
        # ("المرصد الذي يتخذ من لندن مقرا له"), not where the event happened.
        candidates = in_clause or [a for a in places if not _in_relative_clause(words, a.first)]
        if not candidates:
            return None
        best = min(candidates, key=lambda a: abs(a.first - pos))
        p = best.place
        assert p is not None
        m = Mention(best.mention.start, best.mention.end, p.name, {"country": p.country})
        if p.lat is not None:
            m.attrs["lat"], m.attrs["lon"] = p.lat, p.lon
        return m


# --- helpers -------------------------------------------------------------------------


def _attached_preposition(word: Word, lexicon: TriggerLexicon) -> bool:
    """Whether ب/ل/ك is joined to the word, per the Segmenter or because only the
    form without it is a known trigger ("باغتيال")."""
    if word.prep:
        return True
    bare = word.keys[0].removeprefix("و").removeprefix("ف")
    return bare[:1] in "بلك" and bare not in lexicon.by_form and bare[1:] in lexicon.by_form


def _form_info(doc: Document, tok: Token) -> tuple[list[str], list[str], bool, bool, str, bool]:
    """Matching keys, light keys, clitic flags and content flag of a token's form."""
    surface = doc.text[tok.start : tok.end]
    if tok.kind != "word":
        return [surface], [], False, False, "", False
    keys = token_keys(doc, tok)
    clitics = [doc.text[s.start : s.end] for s in tok.segments if s.kind == "proclitic"]
    conj = any(c in ("و", "ف") for c in clitics)
    prep = any(c in ("ب", "ل", "ك") for c in clitics)
    key = match_key(surface)
    bare = key.removeprefix("و").removeprefix("ف")
    content = not ({key, bare} & (_PARTICLES | _TIME_WORDS | _ADVERBIAL))
    light = [light_key(k) for k in keys[1:] or keys]
    return keys, light, conj, prep, light_key(keys[0]), content


def _is_number(words: list[Word], i: int) -> bool:
    return i >= 0 and words[i].token.kind == "number"


def _content(word: Word) -> bool:
    """A word that can be part of a name or noun phrase."""
    return word.is_content


@dataclass(frozen=True, slots=True)
class _Named:
    actor: ActorEntry | None
    place: Place | None


def _pronoun_subject(word: Word) -> bool:
    """A verb whose plural or dual ending already names its subject ("وخطفوا"،
    "ورحبا"): the subject is not a noun after it."""
    key = word.keys[-1]
    if len(key) < 4:
        return False
    return key.endswith(("وا", "ون", "تا")) or (key.endswith("ا") and not key.endswith("يا"))


def _stripped_preposition(word: Word) -> bool:
    """Whether a form without a leading ب or ل was needed to read the word."""
    bare = word.keys[0].removeprefix("و").removeprefix("ف")
    return any(k == bare[1:] for k in word.keys[1:]) and bare[:1] in "بل"


def _marked_passive(word: Word) -> bool:
    """A verb voweled as passive, a damma on its first letter ("قُتل"، "وأُصيب")."""
    s = word.surface
    return len(s) > 2 and (s[1] == "\u064f" or (s[0] in "وف" and s[2] == "\u064f"))


def _has_enclitic(word: Word) -> bool:
    return any(seg.kind == "enclitic" for seg in word.token.segments)


def _demonym(entry: object) -> bool:
    """An actor with a country ("الفرنسي"، "الخارجية الفرنسية")."""
    actor = entry.actor if isinstance(entry, _Named) else entry
    return isinstance(actor, ActorEntry) and bool(actor.country)


def _describe(entry: object) -> tuple[str | None, tuple[str, ...], str | None, Place | None]:
    if isinstance(entry, _Named):
        if entry.actor is None:
            assert entry.place is not None
            return entry.place.country, (), entry.place.name, entry.place
        c, r, canon, _ = _describe(entry.actor)
        return c, r, canon, entry.place
    if isinstance(entry, Entity):
        return entry.country, (), entry.canonical, None
    country = getattr(entry, "country", None)
    roles = getattr(entry, "roles", ())
    canonical = getattr(entry, "canonical", None)
    return country, roles, canonical if country and not roles else None, None


def _entity_spans(entities: list[Entity], words: list[Word]) -> list[tuple[int, int, object]]:
    """Word ranges of the entities inside `words`; `entities` sorted by start."""
    out: list[tuple[int, int, object]] = []
    if not words:
        return out
    lo, hi = words[0].token.start, words[-1].token.end
    ends = [w.token.end for w in words]
    for e in entities[bisect_left(entities, lo, key=lambda e: e.start) :]:
        if e.start >= hi:
            break
        if e.end > hi or e.label not in ("PER", "ORG", "LOC", "MISC"):
            continue
        first = bisect_right(ends, e.start)
        last = bisect_left(ends, e.end)
        if last < len(words):
            out.append((first, last + 1, e))
    return out


def _groups(
    spans: list[tuple[int, int, object]], words: list[Word]
) -> list[list[tuple[int, int, object]]]:
    """Adjacent matches form one actor ("جيش" + "النظام السوري"), but a word joined
    to و starts a new one ("روسيا والولايات المتحدة")."""
    groups: list[list[tuple[int, int, object]]] = []
    for span in spans:
        if groups and (
            _new_country(groups[-1], span, words) or _case_break(groups[-1], span, words)
        ):
            groups.append([span])
        elif groups and groups[-1][-1][1] == span[0] and not words[span[0]].conj:
            groups[-1].append(span)
        elif not groups or span[0] >= groups[-1][-1][1]:
            groups.append([span])
    return groups


def _case_break(
    group: list[tuple[int, int, object]], span: tuple[int, int, object], words: list[Word]
) -> bool:
    """A nominative plural ("مفجرون") cannot be followed by its own genitive, so a
    noun after it that does not agree with it ("سياسيين") starts the object."""
    last = words[group[-1][1] - 1].keys[-1]
    nxt = words[span[0]].keys[-1]
    return last.endswith("ون") and not nxt.endswith("ون")


def _join_overlapping(doc: Document, words: list[Word], actors: list[_Actor]) -> list[_Actor]:
    """An actor whose leftward extension reaches the previous one continues it
    ("المجموعة الدولية" + "لدعم سوريا"), unless it starts a new noun phrase."""
    out: list[_Actor] = []
    for a in actors:
        touching = (
            a.first < out[-1].last
            or (a.extended and a.first == out[-1].last and not _starts_phrase(words, out[-1], a))
            if out
            else False
        )
        if out and touching and not a.is_place and not out[-1].is_place:
            prev = out[-1]
            prev.last = max(prev.last, a.last)
            m = prev.mention
            m.end = max(m.end, a.mention.end)
            m.canonical = match_key(doc.text[m.start : m.end])
            for k, v in a.mention.attrs.items():
                m.attrs.setdefault(k, v)
            continue
        out.append(a)
    return out


def _starts_phrase(words: list[Word], prev: _Actor, actor: _Actor) -> bool:
    """Whether an actor right after `prev` begins a noun phrase of its own: a count
    ("قوات الأمن | ستة متشددين") or a noun after a nominative plural it cannot be
    the genitive of ("مفجرون انتحاريون | سياسيين")."""
    first = words[actor.first]
    if _counted_phrase(words, actor.first) or _number_word(first):
        return True
    return words[prev.last - 1].keys[-1].endswith("ون") and not first.keys[-1].endswith("ون")


def _new_country(
    group: list[tuple[int, int, object]], span: tuple[int, int, object], words: list[Word]
) -> bool:
    """A bare country name after an actor that already has a country starts a new
    actor ("الاتحاد الأوروبي | إيران"), unlike a nationality adjective ("وزير
    الخارجية الفرنسي")."""
    country, roles, _, _ = _describe(span[2])
    if not country or roles or definite(words[span[0]]):
        return False
    return any(_describe(entry)[0] for _, _, entry in group)


def _clause(words: list[Word], pos: int) -> tuple[int, int]:
    start = pos
    while (
        start > 0
        and words[start - 1].surface not in BOUNDARY
        and match_key(words[start - 1].surface) not in _CLAUSE_WORDS
    ):
        start -= 1
    end = pos + 1
    while (
        end < len(words)
        and words[end].surface not in BOUNDARY
        and match_key(words[end].surface) not in _CLAUSE_WORDS
    ):
        end += 1
    return start, end


def _in_relative_clause(words: list[Word], i: int) -> bool:
    start = _clause(words, i)[0]
    return start > 0 and match_key(words[start - 1].surface) in _RELATIVES


def _preposition_before(words: list[Word], first: int, pos: int) -> bool:
    prev = words[first - 1] if first > 0 else None
    if prev is None or first - 1 == pos:
        return _has_prep_clitic(words[first])
    return match_key(prev.surface) in _PREPOSITIONS or _has_prep_clitic(words[first])


def _adjective_of_event(words: list[Word], actor: _Actor, pos: int) -> bool:
    """Whether an actor is one adjective agreeing with the event noun before it."""
    return (
        actor.first == pos + 1
        and actor.last == pos + 2
        and definite(words[pos]) == definite(words[actor.first])
        and light_key(words[actor.first].keys[-1]) in _EVENT_ADJECTIVES
    )


_EVENT_ADJECTIVES = {light_key("مسلح")}


_ARMED = {"MIL", "REB", "UAF", "COP", "SPY"}
_AUTHORITIES = {"GOV", "JUD", "LEG", "ELI", "PTY", "IGO", "MIL", "COP", "BUS"}


def _possessive_lam(word: Word) -> bool:
    return word.prep and word.keys[0].removeprefix("و")[:1] == "ل"


def _has_prep_clitic(word: Word) -> bool:
    return word.prep


def _paired_passive(found: list[tuple[int, Trigger, int]], pos: int) -> bool:
    """Whether the killing verb at `pos` is followed by a passive one ("قتل وأصيب
    العشرات"), which makes it the unvoiced passive too."""
    return any(p == pos + 1 and t.kind == "passive" for p, t, _ in found)


def _target_after(
    words: list[Word], after: list[_Actor], source: _Actor | None, pos: int
) -> _Actor | None:
    rest = [a for a in after if source is None or a.first >= source.last]
    if source is not None and source.first < pos:
        rest = [a for a in after if a.first > pos]
    for a in rest:
        if a is source:
            continue
        if source is not None and a.first == source.last and words[a.first].conj:
            continue  # "قصفت قوات الشرعية [ومقاتلات التحالف]": a second subject
        return a
    return None


# Acts of force, whose side after "مع" fights alongside the source.
_FORCE = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"}
_CLASHES = _LISTS.words("clashes")
_VOICED_TYPES = {"DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "SUPPORT"}


def _with_source(words: list[Word], source: _Actor, target: _Actor) -> bool:
    """Whether `target` follows `source` across a bare "مع"."""
    return target.first == source.last + 1 and "مع" in words[source.last].keys


def _partner_position(words: list[Word], source: _Actor, target: _Actor) -> bool:
    """A partner of a meeting or agreement follows "مع"/"ب" or comes as a direct
    object right after the source."""
    if target.first == source.last:
        return True
    prev = words[target.first - 1] if target.first > 0 else None
    if prev is not None and set(prev.keys) & {"مع", "بين"}:
        return True
    word = words[target.first]
    return _has_prep_clitic(word) and match_key(word.surface).removeprefix("و")[:1] == "ب"


_SUFFERED = _LISTS.words("suffered")
_COUNT_NOUNS = _LISTS.words("count_nouns")


def _between(
    words: list[Word], pos: int, ce: int, obj: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "بين X و Y" right after the trigger: the two parties as word ranges."""
    b = next((j for j in (pos + 1, obj + 1) if pos < j < ce and "بين" in words[j].keys), None)
    if b is None or b + 1 >= ce:
        return None
    split = next((j for j in range(b + 2, min(ce, b + 8)) if words[j].conj), None)
    if split is None:
        return None
    end = next(
        (
            j
            for j in range(split + 1, min(ce, split + 5))
            if words[j].conj or not _content(words[j])
        ),
        min(ce, split + 5),
    )
    return (b + 1, split), (split, end)


def _target_preposition(words: list[Word], first: int) -> bool:
    prev = words[first - 1] if first > 0 else None
    if prev is not None and set(prev.keys) & {"ضد", "على"}:
        return True
    return words[first].prep and match_key(words[first].surface).removeprefix("و")[:1] in "بل"


def _counted_phrase(words: list[Word], i: int) -> bool:
    """Whether word `i` starts a count of people ("ثلاثة أشخاص"، "شخصان"): after a
    killing verb such a phrase names victims, not killers."""
    if i >= len(words):
        return False
    w = words[i]
    if w.token.kind == "number" or set(w.keys) & _COUNT_NOUNS:
        return True
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is not None and w.keys[-1] in ("عدد", "عشرات", "مئات") and nxt.keys[-1] == "من":
        return True  # "قتل عدد من القادة"
    # "ثلاثة أشخاص"، "ثمانية من عناصر الشرطة"
    return _number_word(w) and nxt is not None and bool(set(nxt.keys) & (_COUNT_NOUNS | {"من"}))


_GROUP_WORDS = _LISTS.words("group_words")


def _counts(words: list[Word], actor: _Actor) -> bool:
    """Whether an actor is a count or a group word ("تسعة"، "العشرات"، "30 شخصا"،
    "عناصر") that the people it counts may follow."""
    span = words[actor.first : actor.last]
    if actor.first > 0 and _is_number(words, actor.first - 1):
        return True  # "150 متمردا"
    return any(
        w.token.kind == "number"
        or _number_word(w)
        or set(w.keys) & (_QUANTITIES | _COUNT_NOUNS | _GROUP_WORDS) - {"من"}
        for w in span
    )


_GOING_OUT = _LISTS.forms("going_out")


def _went_out(words: list[Word], i: int) -> bool:
    return any(_goes_out(w) for w in words[max(0, i - 6) : i])


_ABOUT = _LISTS.words("about")


def _count_after(words: list[Word], pos: int) -> int | None:
    """The position of a count right after a verb, past "نحو"/"أكثر من"."""
    j = pos + 1
    while j < len(words) and j - pos <= 3 and words[j].keys[-1] in _ABOUT | {"من"}:
        j += 1
    if j < len(words) and _is_count(words, j) and j > pos + 1:
        return j
    return None


_PLURAL_ENDINGS = ("ون", "ين")


def _agrees(word: Word, head: Word) -> bool:
    """Whether a word can qualify a plural of persons: "المتظاهرون [الغاضبون]"
    but not "وأحرق المتظاهرون [الإطارات]"."""
    if not head.keys[-1].endswith(_PLURAL_ENDINGS):
        return True
    return word.keys[-1].endswith(_PLURAL_ENDINGS)


# What one appeals against ("طعن في الحكم").
_APPEALED = frozenset(
    light_key(w)
    for w in ("قرار", "حكم", "نتائج", "نتيجة", "قانون", "دستورية", "شرعية", "انتخابات", "قضية")
)


_WEAPONS = _LISTS.words("weapons")
_CAUSE_PREPS = _LISTS.words("cause_preps")


def _armament(doc: Document, side: Mention) -> bool:
    """A side that names only weapons ("قذائف هاون"، "صاروخي"), whoever found it."""
    words = [match_key(w) for w in doc.slice(side).split()]
    return bool(words) and all(
        w in _WEAPONS or w.removeprefix("ال") in _WEAPONS or w.rstrip("ي") in _WEAPONS
        for w in words
    )


def _plural_genitive(words: list[Word], i: int) -> bool:
    """Whether word `i` is a definite masculine plural ("العاملين"، "المعلمون"), the
    people a protest noun before it is of."""
    if i >= len(words):
        return False
    w = words[i]
    key = match_key(w.surface)
    return (
        _content(w)
        and not w.conj
        and not w.prep
        and key.startswith("ال")
        and key.endswith(_PLURAL_ENDINGS)
        and len(key) > 5
    )


def _same_actor(a: Mention | None, b: Mention | None) -> bool:
    """One mention, or one name ("هنيدي" and "محمد هنيدي")."""
    if a is None or b is None:
        return False
    if a.start < b.end and b.start < a.end:
        return True
    x, y = match_key(a.canonical or ""), match_key(b.canonical or "")
    return bool(x and y) and (x in y.split() or y in x.split() or x == y)


def _title_words(between: list[str]) -> bool:
    """Whether the words between a title and a name continue the title ("وزير
    [الخارجية] عبد الله غل"): at most two definite words of letters only."""
    return len(between) <= 2 and all(w.isalpha() and w.startswith("ال") for w in between)


def _time_of_day(words: list[Word], i: int) -> bool:
    """A word that names a time of day before a day ("فجر أمس"، "فجر الخميس")."""
    return (
        words[i].keys[-1] in _TIME_WORDS
        and i + 1 < len(words)
        and words[i + 1].keys[-1] in _TIME_WORDS
    )


def _is_count(words: list[Word], i: int) -> bool:
    """Whether word `i` is a number, in digits or in words."""
    return _is_number(words, i) or _number_word(words[i])


def _number_word(w: Word) -> bool:
    return any(k in NUM_WORDS or k.removeprefix("و") in NUM_WORDS for k in w.keys)


def _opens(words: list[Word], cs: int, pos: int) -> bool:
    """Whether the trigger opens its clause (only particles before it)."""
    return all(not _content(w) for w in words[cs:pos])


def _complement_between(words: list[Word], pos: int, first: int) -> bool:
    """Whether a "أن" clause starts between the trigger and a word: what follows is
    the content of a statement, not a participant."""
    return any(set(w.keys) & _COMPLEMENTIZERS for w in words[pos + 1 : first])


def _conjoined(actors: list[_Actor], source: _Actor) -> _Actor | None:
    """The actor coordinated with `source` ("روسيا والولايات المتحدة")."""
    for a in actors:
        if a.first == source.last and not a.is_place:
            return a
        if a.last == source.first and not a.is_place:
            return a
    return None


def _objects_follow(words: list[Word], i: int, objects: frozenset[str], window: int = 12) -> int:
    """Position of the first of `objects` within `window` words after `i`, or -1."""
    for j in range(i + 1, min(len(words), i + 1 + window)):
        w = words[j]
        if w.surface in BOUNDARY:
            return -1
        if any(k in objects for k in w.light) or any(light_key(k) in objects for k in w.keys):
            return j
    return -1


def _nearest_time(
    text: str, times: list[TimeExpression], anchor: int, start: int, end: int
) -> Mention | None:
    if not times:
        return None
    inside = [t for t in times if start <= t.start and t.end <= end] or times
    best = min(inside, key=lambda t: abs(t.start - anchor))
    attrs = {"date": best.date} if best.date else {}
    said = match_key(text[best.start : best.end]).removeprefix("يوم ").strip()
    return Mention(best.start, best.end, said, attrs)


_PATIENT_NOUNS = _LISTS.words("patient_nouns")
_GROUP_ROLES = {"MIL", "REB", "UAF", "COP", "CVL", "OPP", "REF", "SPY"}
_AGENT_MARKERS = (("على", "يد"), ("من", "قبل"), ("على", "ايدي"), ("من", "طرف"))
_FACING = _LISTS.words("facing")


def _doer(words: list[Word], after: list[_Actor], pos: int) -> _Actor | None:
    """ "الهجوم الذي نفذته طالبان": the actor right after a verb of doing that
    follows the noun (with an object pronoun pointing back to it)."""
    for j in range(pos + 1, min(len(words), pos + 6)):
        key = words[j].keys[0].removeprefix("و")
        if key.startswith(_DOING) and key not in _DOING:
            return next((a for a in after if j < a.first <= j + 2), None)
    return None


_AGAINST = _LISTS.words("against")
_SUPPORTING = _LISTS.words("supporting")


def _supported(words: list[Word], actor: _Actor) -> bool:
    """ "دعما لباشينيان"، "تضامنا مع الشعب": whom a march supports is no target."""
    return any(w.keys[-1] in _SUPPORTING for w in words[max(0, actor.first - 2) : actor.first])


_TOWARDS = _LISTS.words("towards")


def _protest_target(
    words: list[Word], actors: list[_Actor], start: int, skip: Callable[[Word], bool]
) -> _Actor | None:
    """The actor after `start` that a protest is aimed at: first one after ضد/
    المناهضة/مطالبين…, else one after على/أمام… or joined to ب/ل ("ينددون بالحكومة").
    Actors whose first word `skip` accepts (the protesters themselves) are passed."""
    candidates = [
        a
        for a in actors
        if a.first >= start
        and not a.is_place
        and not skip(words[a.first])
        and not _supported(words, a)
    ]
    for cues, clitic in ((_AGAINST, False), (_TOWARDS, True)):
        for a in candidates:
            before = words[max(start, a.first - 2) : a.first]
            if any(set(w.keys) & cues for w in before) or (clitic and words[a.first].prep):
                return a
    return None


_PROTEST_ACTS = _LISTS.forms("protest_acts")


def _protesting(words: list[Word], i: int) -> bool:
    """Whether participants named at word `i` are doing a protest act nearby."""
    if i > 0 and (_is_number(words, i - 1) or set(words[i - 1].keys) & _QUANTITIES):
        return True
    near = words[max(0, i - 3) : i] + words[i + 1 : i + 5]
    return any(w.keys[-1].removeprefix("و").startswith(_PROTEST_ACTS) for w in near)


def _passive_agent(words: list[Word], after: list[_Actor], pos: int) -> _Actor | None:
    """The actor after "على يد" / "من قبل" / "بنيران" within a few words of the
    trigger."""
    for j in range(pos + 1, min(len(words) - 1, pos + 6)):
        pair = (words[j].keys[-1], words[j + 1].keys[-1])
        if pair in _AGENT_MARKERS:
            return next((a for a in after if a.first >= j + 2), None)
        if _fire(words[j]) and words[j].prep:
            return next((a for a in after if j < a.first <= j + 2), None)
    return None


_FIRE = _LISTS.words("fire")


def _fire(word: Word) -> bool:
    return bool(set(word.keys) & _FIRE)


_CLAIMING = _LISTS.words("claiming")
_SAYING = _LISTS.words("saying")


def _speaker_pronoun(words: list[Word], pos: int, source: _Actor | None) -> bool:
    """Whether the subject of a verb in a reported clause is a pronoun: "أنه قتل"
    (no subject but the complementizer's pronoun) or "إن قواته قصفت"."""
    before = words[pos - 1].keys[0].removeprefix("و") if pos > 0 else ""
    if source is None:
        return before in {"انه", "انها", "بانه", "بانها"}
    opener = words[source.first - 1].keys[-1] if source.first > 0 else ""
    return (
        source.last == source.first + 1
        and source.last <= pos
        and opener in {"ان", "إن", "بان"}
        and _has_enclitic(words[source.first])
    )


def _claimed(words: list[Word], pos: int) -> bool:
    """Whether the trigger follows "مسؤوليته عن" / "المسؤولية عن"."""
    return (
        pos > 1
        and words[pos - 1].keys[-1] == "عن"
        and any(k.startswith(("مسؤولي", "المسؤولي")) for k in words[pos - 2].keys)
    )


def _speaker(words: list[Word], actors: list[_Actor], pos: int) -> _Actor | None:
    """The actor right after the saying verb that introduces the clause of `pos`."""
    verb = _last_before(words, pos, _verb_in(_SAYING), farthest=15)
    return _subject_after(actors, verb, pos) if verb is not None else None


def _last_before(
    words: list[Word],
    pos: int,
    test: Callable[[Word], bool],
    nearest: int = 1,
    farthest: int = 8,
) -> int | None:
    """Position of the word nearest before `pos`, between `nearest` and `farthest`
    words back, that `test` accepts."""
    return next(
        (j for j in range(pos - nearest, max(-1, pos - farthest - 1), -1) if test(words[j])),
        None,
    )


def _verb_in(forms: frozenset[str] | tuple[str, ...]) -> Callable[[Word], bool]:
    return lambda w: w.keys[-1].removeprefix("و") in forms


def _is_kana(word: Word) -> bool:
    return any(k.removeprefix("و") in {"كان", "كانت", "كانوا"} for k in word.keys)


def _goes_out(word: Word) -> bool:
    return word.keys[-1].removeprefix("و").startswith(_GOING_OUT)


def _subject_after(actors: list[_Actor], verb: int, pos: int) -> _Actor | None:
    """The person or group right after a verb (within two words), before `pos`."""
    return next(
        (a for a in actors if verb < a.first <= verb + 2 and a.last <= pos and not a.is_place),
        None,
    )


_QUOTE_MARKS = {'"', "«", "»", "“", "”"}


def _no_object(words: list[Word], pos: int, ce: int) -> bool:
    """Whether nothing a verb could take as its object follows it: a preposition,
    a conjunction or the clause's end ("قتلوا في"، "قتل بالرصاص"، "قتل وأصيب")."""
    if _has_enclitic(words[pos]):
        return False  # "وقتله": the pronoun is the object
    nxt_at = pos + 1
    while nxt_at < ce and words[nxt_at].surface in _QUOTE_MARKS:
        nxt_at += 1  # 'قتل "جراء إطلاق رصاصات عليه"': the quotation opens after the verb
    if nxt_at >= ce:
        return True
    nxt = words[nxt_at]
    return (
        nxt.conj
        or nxt.prep
        or _stripped_preposition(nxt)
        or nxt.keys[-1] in _PREPOSITIONS
        or match_key(nxt.surface) in _ADVERBIAL  # "استهدف مباشرة"
    )


def _accused(words: list[Word], pos: int) -> bool:
    return any(set(w.keys) & _FACING for w in words[max(0, pos - 4) : pos])
