"""The actors of a sentence: the people, groups, states and places an event's sides
are chosen from, each coded with a country and a role.

An actor is a named entity (the NER stage's), a group noun standing for the group
the article last named with it ("التنظيم" for "تنظيم الدولة"), or the longest phrase
of the actor dictionary or the gazetteer at a word ("جيش النظام السوري"، "مفجرون
انتحاريون"). Adjacent pieces are grouped into one actor ("وزير الخارجية الفرنسي جان
مارك إيرولت"), an actor grows leftwards over the nouns it is the genitive of
("وزراء خارجية دول المجموعة"), and a single name after a locative word is a place,
not a side. Names take their codes from the dictionary entries inside them.
"""

from __future__ import annotations

import itertools

from rasd.document import Document, Entity, Mention
from rasd.events.count_phrases import number_word
from rasd.events.keys import light_key, stem_key, stem_start
from rasd.events.lexicon import ActorDictionary, Gazetteer, Place, TriggerLexicon
from rasd.events.light_nouns import light_noun
from rasd.events.names import Names
from rasd.events.phrases import (
    FACING,
    content_word,
    fire,
    governs_no_genitive,
    has_enclitic,
    stripped_preposition,
)
from rasd.events.sentence import WORD_LISTS, Word, definite, group_noun, named_group, unjoined
from rasd.events.side_agents import AGENT_NOUNS, DOING, pronoun_suffix
from rasd.events.side_targets import AGAINST, SUPPORTING
from rasd.events.sides import (
    Actor,
    Named,
    adjacent_groups,
    describe,
    entity_spans,
    has_country,
    join_overlapping,
)
from rasd.events.triggers import LIGHT_VERBS
from rasd.text.normalize import match_key

# Words before a place: "في"، "قرب"، "شمال" …
LOCATIVE = WORD_LISTS.words("locative")
# "خلال النهار": a time, not the newspaper النهار.
_TIME_PREPS = WORD_LISTS.words("time_preps")
# "[وقال] وزير الخارجية الكندي"، "[لكن] الجيش": a verb of saying or a word opening a
# clause, which no actor is the genitive of.
_CLAUSE_HEADS = (
    WORD_LISTS.words("saying") | WORD_LISTS.words("contrast") | WORD_LISTS.words("clause_openers")
)
# Roles of groups, which are no title before a person's name ("المليشيات الحوثية").
_GROUP_ROLES = {"MIL", "REB", "UAF", "COP", "CVL", "OPP", "REF", "SPY"}
# `benchmarks/event_diff.py rasd.events.actors KEEP_COUNTRIES_TOGETHER True False`
KEEP_COUNTRIES_TOGETHER = False
# `benchmarks/event_diff.py rasd.events.actors TITLES_TAKE_NAMES True False`
TITLES_TAKE_NAMES = False


def _persons_apart(
    names: Names, words: list[Word], spans: list[tuple[int, int, object]]
) -> tuple[list[tuple[int, int, object]], frozenset[int]]:
    """ "وبخ ترامب تيلرسون": a two-word person whose words are each the surname of
    another person the article names ("دونالد ترامب"، "ريكس تيلرسون") is two persons,
    tagged apart by the entity layer elsewhere, not one: the spans with such a pair
    split, and where each second person starts its own actor (the object)."""
    doc = names.doc
    out: list[tuple[int, int, object]] = []
    apart: set[int] = set()
    for first, last, e in spans:
        pair = [w.surface for w in words[first:last]]
        others = [p for p in names.person_words if p != pair]
        if (
            isinstance(e, Entity)
            and e.label == "PER"
            and len(pair) == 2
            and doc.slice(e).split() == pair
            and all(any(p[-1] == w for p in others) for w in pair)
            # "محمد هادي": a first name of another person makes the pair one name
            and not any(p[0] == pair[0] for p in others)
        ):
            middle = words[first + 1].token.start
            out.append((first, first + 1, Entity(e.start, words[first].token.end, "PER")))
            out.append((first + 1, last, Entity(middle, e.end, "PER")))
            apart.add(first + 1)
        else:
            out.append((first, last, e))
    return out, frozenset(apart)


class ActorFinder:
    """Finds the actors of a sentence with the actor dictionary, the gazetteer, and
    the trigger lexicon (a trigger word starts no name)."""

    def __init__(
        self, actors: ActorDictionary, gazetteer: Gazetteer, lexicon: TriggerLexicon
    ) -> None:
        self.actors = actors
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        # Per word form: the longest entry each of its keys may start, or None where no
        # name starts with it; most words of a sentence start none, and forms repeat.
        self._starts: dict[str, tuple[int, int, int, int] | None] = {}

    def find(self, names: Names, words: list[Word]) -> list[Actor]:
        """The actors and places of a sentence's words, in order."""
        doc = names.doc
        spans: list[tuple[int, int, object]] = []  # (first, last, entry or Entity)
        named, apart = _persons_apart(names, words, entity_spans(names.entities, words))
        apart |= self._countries_apart(words, named)
        spans.extend(named)
        taken = {i for a, b, _ in spans for i in range(a, b)}
        spans.extend(self._group_anaphors(names, words, taken))
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
        tagged = doc.entities is not None
        groups = [
            self._with_name(words, g, starts, tagged) for g in adjacent_groups(spans, words, apart)
        ]
        taken = {i for a, b, _ in spans for i in range(a, b)}
        actors = [self._actor(doc, words, group, taken) for group in groups]
        return join_overlapping(doc, words, actors)

    def _countries_apart(
        self, words: list[Word], spans: list[tuple[int, int, object]]
    ) -> frozenset[int]:
        """ "دعت النمسا ألمانيا إلى": a country's one-word name right after another's
        is the verb's object, not part of the first name, tagged apart as it is."""
        if KEEP_COUNTRIES_TOGETHER:
            return frozenset()
        return frozenset(
            b[0]
            for a, b in itertools.pairwise(spans)
            if a[1] == b[0]
            and self._country(words, a)
            and self._country(words, b)
            # "ألمانيا" reads as definite once its alef is unified: not asked
            and not (words[b[0]].conj or words[b[0]].prep)
        )

    def _country(self, words: list[Word], span: tuple[int, int, object]) -> bool:
        """Whether a span is one word the entity layer tags as a place and the
        gazetteer knows as a country."""
        first, last, entry = span
        if last - first != 1 or not (isinstance(entry, Entity) and entry.label == "LOC"):
            return False
        place = self.gazetteer.get((match_key(words[first].surface),))
        return place is not None and place.kind == "country"

    def _group_anaphors(
        self, names: Names, words: list[Word], taken: set[int]
    ) -> list[tuple[int, int, object]]:
        """ "التنظيم"، "الحركة": a definite group noun stands for the last group the
        article named with it ("تنظيم الدولة"، "حركة حماس"), as that entity."""
        doc = names.doc
        found: list[tuple[int, int, object]] = []
        for i, w in enumerate(words):
            if i in taken or group_noun(w.surface) is None:
                continue
            named = named_group(doc, names.entities, names.starts, w.surface, w.token.start)
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
        self,
        words: list[Word],
        group: list[tuple[int, int, object]],
        starts: set[int],
        tagged: bool,
    ) -> list[tuple[int, int, object]]:
        """A title ending in a nationality takes the name that follows it:
        "وزير الخارجية الفرنسي [جان مارك إيرولت]"، "والروسي [جون كيري]", where no
        entity layer has run (`tagged` false). Where it has, it tags such names, so
        the bare words it leaves after a title are almost never one
        (`benchmarks/title_names.py`: on dev folds 0-1 about 1 of 120, on unseen news
        2 of 50) but the verb, object or adverb that follows ("الطاقم الدبلوماسي
        البريطاني [سيتم]"، "الشركة الهندية [بيع]")."""
        if tagged and not TITLES_TAKE_NAMES:
            return group
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
            and match_key(words[end].surface) not in LOCATIVE
            and not has_enclitic(words[end])
            and not self.lexicon.lookup(words[end].keys)
            # "الدولة اللبنانية [مطالبين]": a cue aimed at an actor ends the name
            and match_key(words[end].surface) not in AGAINST | SUPPORTING
        ):
            end += 1
        if end == last or _construct_head(words, end, starts):
            return group
        return [*group[:-1], (first, end, entry)]

    def _dictionary_at(self, words: list[Word], i: int) -> tuple[int, object] | None:
        """The longest actor or place name starting at word `i`: (end, entry), where
        the entry is an `ActorEntry`, a `Place`, or both as a `_Named`."""
        w0 = words[i]
        if w0.surface not in self._starts:
            self._starts[w0.surface] = self._start_lengths(w0)
        lengths = self._starts[w0.surface]
        if lengths is None:
            return None
        if i and unjoined(words[i - 1]) in _TIME_PREPS:
            return None  # "خلال النهار": a time, not the newspaper
        by_light, by_first, by_last, longest = lengths
        run = 1
        while (
            run < longest
            and i + run < len(words)
            and words[i + run].token.kind == "word"
            and not words[i + run].conj
        ):
            run += 1
        for n in range(min(run, max(by_light, by_first, by_last, 1)), 0, -1):
            chunk = words[i : i + n]
            place = self.gazetteer.get(tuple(w.keys[0] for w in chunk)) if n <= by_first else None
            if place is None and n <= by_last:
                place = self.gazetteer.get(tuple(w.keys[-1] for w in chunk))
            actor = (
                self.actors.get(tuple(w.light[-1] if w.light else "" for w in chunk))
                if n <= by_light
                else None
            )
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
            if n == 1 and place is not None and place.kind == "city" and pronoun_suffix(w0):
                place = None  # "وذكره"، "طاقتها": a common word with a pronoun, no town
            if n == 1 and actor is None and _after_number(words, i):
                place = None  # "أليشا، 23 سنة،": a number counts units, it names no town
            if actor is not None or place is not None:
                return i + n, Named(actor, place)
        return None

    def _start_lengths(self, word: Word) -> tuple[int, int, int, int] | None:
        """The longest actor entry, place under first key, place under last key and
        overall entry a word may start, or None if no name starts with it."""
        # An entry is never longer than the longest one starting with its first word,
        # so each lookup is tried only for the lengths its first key allows.
        by_light = self.actors.longest.get(word.light[-1] if word.light else "", 0)
        by_first = self.gazetteer.longest.get(word.keys[0], 0)
        by_last = self.gazetteer.longest.get(word.keys[-1], 0)
        longest = max(by_light, self.actors.longest.get(word.whole_light, 0), by_first, by_last)
        if not longest or not content_word(word):
            return None
        if any(t.kind in ("verb", "passive") for t in self.lexicon.lookup(word.keys)):
            return None  # a verb starts no name
        return by_light, by_first, by_last, longest

    def _attributive(self, words: list[Word], i: int) -> bool:
        """Whether word `i` is an indefinite nisba adjective after the noun it
        describes ("تحقيق دولي"), not a noun after a verb ("قتل حكومي")."""
        key = unjoined(words[i])
        if i == 0 or key.startswith("ال") or not key.endswith(("ي", "ية", "يه")):
            return False
        prev = words[i - 1]
        return content_word(prev) and not any(
            t.kind in ("verb", "passive") for t in self.lexicon.lookup(prev.keys)
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
        locative = before in LOCATIVE or (
            len(own) > 1 and own[0].removeprefix("و")[:1] == "ب" and not whole_name
        )
        named_actor = any(isinstance(e, Named) and e.actor is not None for _, _, e in group)
        named_actor = named_actor or self._seat_after_verb(words, group, taken)
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
        mention = Mention(start, end, canonical or stem_key(doc, words[first].token, end), attrs)
        return Actor(first, last, mention, is_place, place, extended=first < anchor)

    def _seat_after_verb(
        self, words: list[Word], group: list[tuple[int, int, object]], taken: set[int]
    ) -> bool:
        """ "واستدعت أنقرة السفير الصيني": a seat of government the entity layer
        names between a verb and another actor (its object) is the verb's subject and
        stands for its state, no place."""
        first, last, entry = group[0]
        if not SEAT_AFTER_VERB or len(group) > 1 or not isinstance(entry, Entity) or first == 0:
            return False
        if last not in taken or words[last].conj:
            return False  # "توصل واشنطن وأنقرة": a second subject, no object
        if not any(t.kind == "verb" for t in self.lexicon.lookup(words[first - 1].keys)):
            return False
        return any(
            isinstance(e, Named) and e.actor is not None and e.actor.country
            for e in self._inside(words, first, last)
        )

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
                or self.lexicon.lookup(w.keys)
                or set(w.keys) & FACING
                or fire(w)
                or w.keys[-1] in AGENT_NOUNS
                # "مطالبين [رئيس الوزراء]"، "دعما [للحكومة]": the cue aims at the actor
                or match_key(w.surface) in AGAINST | SUPPORTING
                or unjoined(w) in _CLAUSE_HEADS
                or w.keys[0].removeprefix("و").startswith(DOING)
                or w.keys[-1].startswith(LIGHT_VERBS)
                or light_noun(w)  # "قيام [انتحاري سعودي] بتفجير": the doer, not the doing
                or governs_no_genitive(w, words[first])
                or _plural_adjective(words, j - 1)
            ):
                break
            if j - 1 in taken and not definite(words[first]):
                break  # a bare name does not hang off the actor before it
            if is_definite and not definite(w):
                break  # "طيران [النظام]": only "المجموعة [الدولية]" agrees
            j -= 1
            if w.conj:
                break
        if j < first and words[first].prep and j > 0 and self._event_noun(words[j - 1]):
            # "القصف [الكثيف] لقوات النظام"، "الهجمات [المتعددة] للإدارة الأمريكية": the
            # words between an event noun and the ل/ب phrase of its doer or object describe
            # the event, not the actor.
            return first
        return j

    def _event_noun(self, word: Word) -> bool:
        return NOT_OVER_EVENT_ADJECTIVES and any(
            t.kind in ("noun", "counted") for t in self.lexicon.lookup(word.keys)
        )


# `benchmarks/event_diff.py rasd.events.actors NOT_OVER_EVENT_ADJECTIVES False True`
NOT_OVER_EVENT_ADJECTIVES = True

# `benchmarks/event_diff.py rasd.events.actors SEAT_AFTER_VERB False True`
SEAT_AFTER_VERB = True

# `benchmarks/event_diff.py rasd.events.actors CONSTRUCT_HEAD_NO_NAME False True`
CONSTRUCT_HEAD_NO_NAME = True


def _construct_head(words: list[Word], end: int, starts: set[int]) -> bool:
    """ "ودعا الرئيس الأميركي [حلفاء] الناتو"، "قصفت طائرات التحالف [مواقع] للحوثيين":
    the bare words after a title that stop right before another actor carrying the
    article head that actor's construct, the verb's object; they are not the title
    holder's name (a name's next part carries no article)."""
    return CONSTRUCT_HEAD_NO_NAME and end in starts and definite(words[end])


def _plural_adjective(words: list[Word], i: int) -> bool:
    """Whether word `i` is a nominative plural adjective agreeing with the plural
    before it ("مسلحون [مجهولون]", indefinite: "الناشطون التابعون [للجماعة]" is a
    phrase of its own): it keeps its ن, so it is no construct noun, and
    the noun after it is the verb's object ("خطف مسلحون مجهولون | مقيما تركيا")."""
    return (
        i > 0
        and all(words[k].keys[-1].endswith("ون") and not definite(words[k]) for k in (i - 1, i))
        and _adjective_form(words[i].keys[-1])
    )


def _adjective_form(key: str) -> bool:
    """A participle ("مجهولون"، "غاضبون") or a nisba ("فلسطينيون"), not a present verb
    whose ending names its subject ("مسلحون يرتدون بزات")."""
    return key.startswith("م") or key.endswith("يون") or key[1:2] == "ا"


def _after_number(words: list[Word], i: int) -> bool:
    """Whether word `i` follows a number ("23 سنة"، "ثلاثة أعوام")."""
    if i == 0:
        return False
    prev = words[i - 1]
    return prev.surface.isdigit() or number_word(prev)
