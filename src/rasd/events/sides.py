"""Who the sides of an event may be: actor spans found in a sentence (names and
dictionary phrases, grouped and joined), the same actor told twice, actors joined
by "و", counts and groups of people, weapons that are no side, and the place of an
event among them. Who did it is chosen in `side_agents.py`, whom it was done to and
who is no side in `side_targets.py`."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from rasd.document import Document, Entity, Mention
from rasd.events.clause_bounds import in_relative_clause
from rasd.events.count_phrases import COUNT_NOUNS, counted_phrase, is_number, number_word
from rasd.events.keys import light_key
from rasd.events.lexicon import ActorEntry, Place
from rasd.events.phrases import QUANTITIES, preposition_before
from rasd.events.sentence import WORD_LISTS, Word, definite
from rasd.text.normalize import match_key


@dataclass(slots=True)
class Actor:
    first: int  # word positions in the sentence, inclusive-exclusive
    last: int
    mention: Mention
    is_place: bool = False
    place: Place | None = None
    extended: bool = False  # grown leftwards over the nouns it depends on


@dataclass(frozen=True, slots=True)
class Named:
    actor: ActorEntry | None
    place: Place | None


def marked(actor: Actor | None, mark: str) -> Actor | None:
    """The actor with `mark` set in its mention's attributes ("held": named as a side
    in so many words, which the side ranker keeps)."""
    if actor is None:
        return None
    return replace(actor, mention=replace(actor.mention, attrs={**actor.mention.attrs, mark: True}))


def has_country(entry: object) -> bool:
    """An actor with a country ("الفرنسي"، "الخارجية الفرنسية")."""
    actor = entry.actor if isinstance(entry, Named) else entry
    return isinstance(actor, ActorEntry) and bool(actor.country)


def describe(entry: object) -> tuple[str | None, tuple[str, ...], str | None, Place | None]:
    if isinstance(entry, Named):
        if entry.actor is None:
            assert entry.place is not None
            return entry.place.country, (), entry.place.name, entry.place
        c, r, canon, _ = describe(entry.actor)
        return c, r, canon, entry.place
    if isinstance(entry, Entity):
        return entry.country, (), entry.canonical, None
    country = getattr(entry, "country", None)
    roles = getattr(entry, "roles", ())
    canonical = getattr(entry, "canonical", None)
    return country, roles, canonical if country and not roles else None, None


def entity_spans(entities: list[Entity], words: list[Word]) -> list[tuple[int, int, object]]:
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


def adjacent_groups(
    spans: list[tuple[int, int, object]], words: list[Word], breaks: frozenset[int] = frozenset()
) -> list[list[tuple[int, int, object]]]:
    """Adjacent matches form one actor ("جيش" + "النظام السوري"), but a word joined
    to و starts a new one ("روسيا والولايات المتحدة"), as does a word in `breaks`."""
    groups: list[list[tuple[int, int, object]]] = []
    for span in spans:
        if groups and (
            span[0] in breaks
            or _new_country(groups[-1], span, words)
            or _case_break(groups[-1], span, words)
            or _object_after_name(groups[-1][-1], span, words)
            or _role_after_place(groups[-1][-1], span, words)
            or _other_country(groups[-1][-1], span, words)
            or _counterpart(span, words)
            or (_accusative_role(span, words) and not _person(groups[-1][-1]))
        ):
            groups.append([span])
        elif groups and groups[-1][-1][1] == span[0] and not words[span[0]].conj:
            groups[-1].append(span)
        elif not groups or span[0] >= groups[-1][-1][1]:
            groups.append([span])
    return groups


def _person(span: tuple[int, int, object]) -> bool:
    return isinstance(span[2], Entity) and span[2].label == "PER"


def _accusative_role(span: tuple[int, int, object], words: list[Word]) -> bool:
    """ "أدانت محكمة أمريكية ضابطا سابقا"، "اعتقلت الشرطة الأميركية مسلحا": an indefinite
    accusative role noun (a role without a country, its tanween-alif dropped by the
    light key) is no genitive of the actor before it but starts the verb's object.
    After a person it is how the person acts ("وقال ترامب معلقا"), left to the rules."""
    entry, word = span[2], words[span[0]]
    if isinstance(entry, Named) and entry.place is None:
        entry = entry.actor
    if not (isinstance(entry, ActorEntry) and entry.roles and not entry.country):
        return False
    return accusative_noun(word)


def accusative_noun(word: Word) -> bool:
    """An indefinite noun whose tanween-alif the light key drops ("ضابطا")."""
    form = match_key(word.surface)
    return (
        not word.prep
        and not form.startswith(("ال", "وال"))
        and form.endswith("ا")
        and bool(word.light)
        and word.light[-1] == form.removesuffix("ا")
    )


# `benchmarks/event_diff.py rasd.events.sides OBJECT_AFTER_NAME False True`
OBJECT_AFTER_NAME = True


def _object_after_name(
    prev: tuple[int, int, object], span: tuple[int, int, object], words: list[Word]
) -> bool:
    """ "وتتهم دمشق وموسكو | مسلحي المعارضة"، "واتهمت الأمم المتحدة | قوات الحكومة":
    a place or body's name, or a definite noun, takes no genitive, and an indefinite
    noun cannot be its adjective, so an indefinite actor noun right after it starts the
    verb's object. After a person it may be the person's title ("ترامب رئيس
    الولايات المتحدة"), left alone."""
    if not OBJECT_AFTER_NAME or prev[1] != span[0] or _person(prev) or isinstance(span[2], Entity):
        return False
    first = words[span[0]]
    if first.prep or first.conj or definite(first):
        return False
    named = isinstance(prev[2], Entity) and prev[2].label in ("LOC", "ORG")
    if not (named or definite(words[prev[1] - 1])):
        return False
    entry = span[2].actor if isinstance(span[2], Named) else span[2]
    return isinstance(entry, ActorEntry) and bool(entry.roles)


# `benchmarks/event_diff.py rasd.events.sides ROLE_AFTER_PLACE False True`
ROLE_AFTER_PLACE = True


def _role_after_place(
    prev: tuple[int, int, object], span: tuple[int, int, object], words: list[Word]
) -> bool:
    """ "ودعت واشنطن | السلطات الإيرانية": a place or body's name takes no genitive,
    and a definite role noun is no adjective of it (a nisba is: "وكالة سانا
    الحكومية"), so the role noun starts the verb's object."""
    if not ROLE_AFTER_PLACE or prev[1] != span[0] or isinstance(span[2], Entity):
        return False
    if not (isinstance(prev[2], Entity) and prev[2].label in ("LOC", "ORG")):
        return False
    first = words[span[0]]
    if first.prep or first.conj or not definite(first) or first.keys[-1].endswith(("ي", "ية")):
        return False
    entry = span[2].actor if isinstance(span[2], Named) else span[2]
    return isinstance(entry, ActorEntry) and bool(entry.roles)


# `benchmarks/event_diff.py rasd.events.sides OTHER_COUNTRY False True`
OTHER_COUNTRY = True


def _other_country(
    prev: tuple[int, int, object], span: tuple[int, int, object], words: list[Word]
) -> bool:
    """ "وبخت الصين | الولايات المتحدة"، "انتقد الرئيس الفلبيني | البابا": an actor of
    one country right after a complete actor of another (a body or place the tagger
    named, or a definite phrase) is the verb's object, not its genitive or apposition,
    when it is a tagged name or opens with a role noun (a nisba is an adjective:
    "الخليل الفلسطينية"). A person has no country here, so a name after a title stays
    with it ("وزير الخارجية الأمريكي ريكس تيلرسون")."""
    if not OTHER_COUNTRY or prev[1] != span[0]:
        return False
    first = words[span[0]]
    if first.prep or first.conj:
        return False
    if not isinstance(span[2], Entity) and (
        not describe(span[2])[1] or first.keys[-1].endswith(("ي", "ية"))
    ):
        return False
    if isinstance(prev[2], Entity):
        if prev[2].label not in ("LOC", "ORG"):
            return False
    elif not definite(words[prev[1] - 1]) or (isinstance(prev[2], Named) and not prev[2].actor):
        return False  # an untagged place or bare entry ("ذكر"، "تهديد") may be no actor
    mine, theirs = describe(prev[2])[0], describe(span[2])[0]
    return bool(mine and theirs and mine != theirs)


# `benchmarks/event_diff.py rasd.events.sides COUNTERPART False True`
COUNTERPART = True
_COUNTERPARTS = WORD_LISTS.words("counterparts")


def _counterpart(span: tuple[int, int, object], words: list[Word]) -> bool:
    """ "وشكر الرئيس ترامب | نظيره الصيني"، "والتقى بولتن | نظيره الكوري الجنوبي": a
    counterpart noun's pronoun points back at the actor before it, so it names another
    person, the verb's object, never that actor's genitive or apposition."""
    return COUNTERPART and counterpart(words[span[0]])


def counterpart(word: Word) -> bool:
    """A counterpart noun with its pronoun ("نظيره"، "نظيرتها"), no preposition."""
    return not word.prep and match_key(word.surface) in _COUNTERPARTS


def _case_break(
    group: list[tuple[int, int, object]], span: tuple[int, int, object], words: list[Word]
) -> bool:
    """A nominative plural ("مفجرون") cannot be followed by its own genitive, so a
    noun after it that does not agree with it ("سياسيين") starts the object."""
    last = words[group[-1][1] - 1].keys[-1]
    nxt = words[span[0]].keys[-1]
    return last.endswith("ون") and not nxt.endswith("ون")


def join_overlapping(doc: Document, words: list[Word], actors: list[Actor]) -> list[Actor]:
    """An actor whose leftward extension reaches the previous one continues it
    ("المجموعة الدولية" + "لدعم سوريا"), unless it starts a new noun phrase."""
    out: list[Actor] = []
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


def _starts_phrase(words: list[Word], prev: Actor, actor: Actor) -> bool:
    """Whether an actor right after `prev` begins a noun phrase of its own: a count
    ("قوات الأمن | ستة متشددين") or a noun after a nominative plural it cannot be
    the genitive of ("مفجرون انتحاريون | سياسيين")."""
    first = words[actor.first]
    if counted_phrase(words, actor.first) or number_word(first):
        return True
    return words[prev.last - 1].keys[-1].endswith("ون") and not first.keys[-1].endswith("ون")


def _new_country(
    group: list[tuple[int, int, object]], span: tuple[int, int, object], words: list[Word]
) -> bool:
    """A bare country name after an actor that already has a country starts a new
    actor ("الاتحاد الأوروبي | إيران"), unlike a nationality adjective ("وزير
    الخارجية الفرنسي")."""
    country, roles, _, _ = describe(span[2])
    if not country or roles or definite(words[span[0]]):
        return False
    return any(describe(entry)[0] for _, _, entry in group)


def after_proper_name(
    prev: tuple[int, int, object], span: tuple[int, int, object], words: list[Word]
) -> bool:
    """A proper name takes no genitive, so a definite body or named place right after
    a person or place the tagger named (span `prev`) starts another noun phrase: the
    object after the subject ("واتهمت روسيا | التحالف الدولي"). A nationality after a place stays with it
    ("الخليل الفلسطينية"), as does a person after a title ("رئيس وزراء إسرائيل
    بنيامين نتنياهو") or a place within a place ("دوما بالغوطة الشرقية")."""
    if not (isinstance(prev[2], Entity) and prev[2].label in ("PER", "LOC")):
        return False
    first = words[span[0]]
    if prev[1] != span[0] or definite(words[prev[1] - 1]) or not definite(first) or first.prep:
        return False
    entry = span[2]
    if isinstance(entry, Entity):
        return entry.label in ("ORG", "LOC")
    return bool(describe(entry)[1])


def adjective_of_event(words: list[Word], actor: Actor, pos: int) -> bool:
    """Whether an actor is one adjective agreeing with the event noun before it."""
    return (
        actor.first == pos + 1
        and actor.last == pos + 2
        and definite(words[pos]) == definite(words[actor.first])
        and light_key(words[actor.first].keys[-1]) in _EVENT_ADJECTIVES
    )


_EVENT_ADJECTIVES = {light_key("مسلح")}

_DATELINE_DASHES = {"-", "--", "–", "—", "ـ"}


def dateline_end(words: list[Word]) -> int:
    """The first word after a dateline opening the sentence, 0 where none: a place
    (and its country after a comma) with the agency in brackets before a dash or a
    colon ("دبي، الإمارات العربية المتحدة (CNN)--"، "تونس (وات) -"), or one to three
    words before a long dash ("القاهرة –")."""
    for i, w in enumerate(words[:10]):
        if w.token.kind == "word" and (w.conj or not w.is_content):
            return 0  # "وقال …"، "في …": a clause, not a place
        if w.surface in _DATELINE_DASHES or w.surface == ":":
            agency = i > 0 and words[i - 1].surface in {")", "»"}
            short = 0 < i <= 3 and w.surface in _DATELINE_DASHES - {"-", "ـ"}
            return i + 1 if agency or short else 0
    return 0


GROUP_WORDS = WORD_LISTS.words("group_words")


def counts_people(words: list[Word], actor: Actor) -> bool:
    """Whether an actor is a count or a group word ("تسعة"، "العشرات"، "30 شخصا"،
    "عناصر") that the people it counts may follow."""
    span = words[actor.first : actor.last]
    if actor.first > 0 and is_number(words, actor.first - 1):
        return True  # "150 متمردا"
    return any(
        w.token.kind == "number"
        or number_word(w)
        or set(w.keys) & (QUANTITIES | COUNT_NOUNS | GROUP_WORDS) - {"من"}
        for w in span
    )


_WEAPONS = WORD_LISTS.words("weapons")


def armament(doc: Document, side: Mention) -> bool:
    """A side that names only weapons ("قذائف هاون"، "صاروخي"), whoever found it."""
    words = [match_key(w) for w in doc.slice(side).split()]
    return bool(words) and all(
        w in _WEAPONS or w.removeprefix("ال") in _WEAPONS or w.rstrip("ي") in _WEAPONS
        for w in words
    )


def within(side: Mention | None, speaker: Mention) -> bool:
    """The side lies inside the speaker's words."""
    return side is not None and speaker.start <= side.start and side.end <= speaker.end


def named_side(doc: Document, side: Mention, entities: list[Entity]) -> Mention:
    """A side the quotes layer marked (whom the words were told or aimed at), with the
    name of the entity it is, else its words, as the other sides carry."""
    named = next((e for e in entities if (e.start, e.end) == (side.start, side.end)), None)
    canonical = (named.canonical if named is not None else None) or doc.slice(side)
    return Mention(side.start, side.end, side.canonical or canonical)


def swallowed(
    text: str, read: Mention | None, speaker: Mention | None, told: Mention | None
) -> bool:
    """The side read runs from the speaker on over whom the act is aimed at, which
    follows the speaker at once (`text` is the document's)."""
    return (
        read is not None
        and speaker is not None
        and told is not None
        and read.start <= speaker.start
        and speaker.end <= told.start < read.end
        and not text[speaker.end : told.start].strip(" ،,")
    )


def same_actor(a: Mention | None, b: Mention | None) -> bool:
    """One mention, or one name ("هنيدي" and "محمد هنيدي"); the article does not
    make two actors ("الشرطة" and "شرطة دبي")."""
    if a is None or b is None:
        return False
    if a.start < b.end and b.start < a.end:
        return True
    x, y = _bare_words(a), _bare_words(b)
    return bool(x and y) and ((len(x) == 1 and x <= y) or (len(y) == 1 and y <= x) or x == y)


def _bare_words(m: Mention) -> frozenset[str]:
    """The words of a mention's name without the article."""
    words = match_key(m.canonical or "").split()
    return frozenset(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in words)


def conjoined(actors: list[Actor], source: Actor, words: list[Word]) -> Actor | None:
    """The actor coordinated with `source` ("روسيا والولايات المتحدة"), or the one
    right after it and its own name."""
    own = next((a for a in actors if a.first == source.last and own_name(source, a)), None)
    last = own.last if own is not None else source.last
    for a in actors:
        if (
            a is not own
            and a.first == last
            and (not a.is_place or _place_partner(words, source, a))
        ):
            return a
        if a.last == source.first and not a.is_place:
            return a
    return None


# `benchmarks/event_diff.py rasd.events.sides PLACE_PARTNER False True`
PLACE_PARTNER = True


def _place_partner(words: list[Word], party: Actor, place: Actor) -> bool:
    """ "اتفقت الرياض والقاهرة"، "توصل واشنطن وأنقرة": a capital or country joined by و
    to a party of a reciprocal act is the other party; a place not joined so is where
    it happened ("التقى في دمشق الرئيس"), and so are both of "المسؤولين في سول وواشنطن"."""
    return (
        PLACE_PARTNER and words[place.first].conj and not preposition_before(words, party.first, -1)
    )


# `benchmarks/event_diff.py rasd.events.sides OWN_NAME False True`
OWN_NAME = True


def own_name(title: Actor, name: Actor) -> bool:
    """ "التقى [الرئيس الأمريكي] [دونالد ترامب] نظيره الفرنسي": an actor with no role
    right after a role of its country (or of none) is the titled person's name, no
    partner; the partner comes after it."""
    mine, theirs = title.mention.attrs, name.mention.attrs
    return (
        OWN_NAME
        and "role" in mine
        and "role" not in theirs
        and mine.get("country") in (None, theirs.get("country"))
    )


def event_place(
    words: list[Word], actors: list[Actor], pos: int, cs: int, ce: int
) -> Mention | None:
    """The place of the event at `pos` in the clause `cs`..`ce`: the nearest
    place actor of the clause, else of the sentence."""
    places = [a for a in actors if a.is_place and a.place is not None]
    in_clause = [a for a in places if cs <= a.first and a.last <= ce]
    # Outside the event's clause, a place in a relative clause describes someone
    # ("المرصد الذي يتخذ من لندن مقرا له"), not where the event happened.
    candidates = in_clause or [a for a in places if not in_relative_clause(words, a.first)]
    if not candidates:
        return None
    best = min(candidates, key=lambda a: abs(a.first - pos))
    p = best.place
    assert p is not None
    m = Mention(best.mention.start, best.mention.end, p.name, {"country": p.country})
    if p.lat is not None:
        m.attrs["lat"], m.attrs["lon"] = p.lat, p.lon
    return m
