"""Who the sides of an event are: actor spans found in a sentence (names and
dictionary phrases, grouped and joined), and the rules that pick a source or a
target among them: passive agents, doers, speakers, protest targets, partners,
counts and groups of people; and the place of an event among them."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from rasd.document import Document, Entity, Mention
from rasd.events.keys import light_key
from rasd.events.lexicon import ActorEntry, Place
from rasd.events.phrases import (
    AGENT_MARKERS,
    COMPLEMENTIZERS,
    COUNT_NOUNS,
    PREPOSITIONS,
    QUANTITIES,
    RELATIVES,
    by_fire,
    counted_phrase,
    has_enclitic,
    has_prep_clitic,
    in_relative_clause,
    is_count,
    is_number,
    last_before,
    number_word,
    verb_in,
)
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, definite, unjoined
from rasd.text.normalize import match_key

DOING = WORD_LISTS.forms("doing")


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
    form = match_key(word.surface)
    return (
        not word.prep
        and not form.startswith(("ال", "وال"))
        and form.endswith("ا")
        and bool(word.light)
        and word.light[-1] == form.removesuffix("ا")
    )


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


def target_after(
    words: list[Word], after: list[Actor], source: Actor | None, pos: int
) -> Actor | None:
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


def with_source(words: list[Word], source: Actor, target: Actor) -> bool:
    """Whether `target` follows `source` across a bare "مع"."""
    return target.first == source.last + 1 and "مع" in words[source.last].keys


def partner_position(words: list[Word], source: Actor, target: Actor) -> bool:
    """A partner of a meeting or agreement follows "مع"/"ب" or comes as a direct
    object right after the source."""
    if target.first == source.last:
        return True
    prev = words[target.first - 1] if target.first > 0 else None
    if prev is not None and set(prev.keys) & {"مع", "بين"}:
        return True
    word = words[target.first]
    return has_prep_clitic(word) and unjoined(word)[:1] == "ب"


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


def conjoined(actors: list[Actor], source: Actor) -> Actor | None:
    """The actor coordinated with `source` ("روسيا والولايات المتحدة")."""
    for a in actors:
        if a.first == source.last and not a.is_place:
            return a
        if a.last == source.first and not a.is_place:
            return a
    return None


# The nouns of the agent phrases ("على يد"، "من قبل" …), which no actor grows leftwards
# over ("من جانب [مسلحين]").
AGENT_NOUNS = frozenset(noun for _, noun in AGENT_MARKERS)


def doer_after(words: list[Word], after: list[Actor], pos: int) -> Actor | None:
    """ "الهجوم الذي نفذته طالبان": the actor right after a verb of doing that
    follows the noun (with an object pronoun pointing back to it)."""
    for j in range(pos + 1, min(len(words), pos + 6)):
        key = words[j].keys[0].removeprefix("و")
        if key.startswith(DOING) and key not in DOING:
            return next((a for a in after if j < a.first <= j + 2), None)
    return None


_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")


def subject_after_doing(words: list[Word], after: list[Actor], pos: int) -> Actor | None:
    """ "هجوم مسلح شنه متمردون": the actor right after a verb of doing whose object
    pronoun points back to the act named before it; one after a preposition ("هجوم
    مباغت شنته على تجمعات للميليشيات") is what it hit, the doer being the verb's own
    pronoun."""
    key = words[pos].keys[0].removeprefix("و")
    if not (key.startswith(DOING) and key not in DOING and key.endswith(_OBJECT_PRONOUNS)):
        return None
    actor = next((a for a in after if pos < a.first <= pos + 2), None)
    if actor is None or any(w.keys[-1] in PREPOSITIONS for w in words[pos + 1 : actor.first]):
        return None
    return actor


# "من [جماعات حماية] الأطفال"، "من [تنظيم] داعش": the doer's name may follow one of
# these group nouns (and their genitives) after من; any other noun there ("من نوعه"،
# "من أجل") makes من no mark of the doer.
_DOER_HEADS = WORD_LISTS.words("doer_heads")
# "الهجوم من خارج إيران"، "الهجوم من أراض لبنانية": where an attack came from.
_ORIGINS = WORD_LISTS.words("origins")
_FROM_REACH = 3


def from_agent(words: list[Word], after: list[Actor], pos: int) -> Actor | None:
    """ "شهدت هجوما من تنظيم داعش"، "بعد احتجاجات من جماعات حماية الأطفال": the actor
    named just after a من that follows an attack or protest noun (and at most one
    adjective of it) is the act's doer."""
    j = pos + 1
    if j < len(words) and words[j].keys[-1] != "من" and _adjective(words, after, pos, j):
        j += 1  # "ضربات جوية من"
    if j + 1 >= len(words) or words[j].keys[-1] != "من":
        return None
    actor = next((a for a in after if a.first > j), None)
    if actor is None or actor.is_place or actor.first > j + _FROM_REACH:
        return None
    head = words[j + 1]
    if has_enclitic(head) or _bare(head) in _ORIGINS:
        return None  # "من بينهم"، "من خارج"
    between = words[j + 1 : actor.first]
    if between and _bare(between[0]) not in _DOER_HEADS:
        return None
    return None if any(w.prep or has_enclitic(w) for w in between) else actor


def _adjective(words: list[Word], after: list[Actor], pos: int, j: int) -> bool:
    """Whether word `j` may be an adjective of the noun at `pos`: no clitic, no count,
    no name (a genitive: "هجمات إيتا من"), and as definite as the noun ("الضربات
    الجوية"، but "الهجوم بالقرب من"، "الغارات أتت من")."""
    word = words[j]
    if match_key(word.surface).startswith(("بال", "لل", "كال")):
        return False  # "مظاهرة بالقرب من البرلمان": a preposition the Segmenter left joined
    if word.prep or has_enclitic(word) or is_count(words, j) or word.keys[-1] in COUNT_NOUNS:
        return False  # "هجوم عدد من العناصر": a count, whose من is partitive
    if any(a.first == j for a in after):
        return False
    return _definite(words[pos]) == _definite(word)


def _definite(word: Word) -> bool:
    return match_key(word.surface).removeprefix("و").startswith("ال")  # not "بالقرب"


def _bare(word: Word) -> str:
    return word.keys[-1].removeprefix("و").removeprefix("ال")


AGAINST = WORD_LISTS.words("against")

SUPPORTING = WORD_LISTS.words("supporting")


def supported(words: list[Word], actor: Actor) -> bool:
    """ "دعما لباشينيان"، "تضامنا مع الشعب": whom a march supports is no target."""
    return any(w.keys[-1] in SUPPORTING for w in words[max(0, actor.first - 2) : actor.first])


_TOWARDS = WORD_LISTS.words("towards")


def protest_target(
    words: list[Word], actors: list[Actor], start: int, skip: Callable[[Word], bool]
) -> Actor | None:
    """The actor after `start` that a protest is aimed at: first one after ضد/
    المناهضة/مطالبين…, else one after على/أمام… or joined to ب/ل ("ينددون بالحكومة").
    Actors whose first word `skip` accepts (the protesters themselves) are passed."""
    candidates = [
        a
        for a in actors
        if a.first >= start
        and not a.is_place
        and not skip(words[a.first])
        and not supported(words, a)
    ]
    for cues, clitic in ((AGAINST, False), (_TOWARDS, True)):
        for a in candidates:
            before = words[max(start, a.first - 2) : a.first]
            if any(set(w.keys) & cues for w in before) or (clitic and words[a.first].prep):
                return a
    return None


def _agent_marker(words: list[Word], j: int) -> bool:
    """Whether words `j`, `j`+1 are "على يد" / "من قبل" / "من جانب" / "من فعل"."""
    pair = (words[j].keys[-1], words[j + 1].keys[-1])
    # "من جانبها" (for its part) is no agent phrase: the agent is a noun after it
    return (
        pair in AGENT_MARKERS
        and not has_enclitic(words[j + 1])
        and not (j + 2 < len(words) and words[j + 2].keys[-1] == "اخر")  # "من جانب آخر"
    )


def passive_agent(words: list[Word], after: list[Actor], pos: int) -> Actor | None:
    """The actor after "على يد" / "من قبل" / "من جانب" / "من فعل" / "بنيران" within
    a few words of the trigger."""
    for j in range(pos + 1, min(len(words) - 1, pos + 6)):
        if _agent_marker(words, j):
            return next((a for a in after if a.first >= j + 2), None)
        if by_fire(words[j]):
            return next((a for a in after if j < a.first <= j + 2), None)
    return None


def agent_marker_end(words: list[Word], pos: int) -> int | None:
    """The last word of an agent marker ("من [قبل]") within a few words after the
    trigger and before any fire noun, whose agent may be a phrase no dictionary names."""
    for j in range(pos + 1, min(len(words) - 1, pos + 6)):
        if _agent_marker(words, j):
            return j + 1
        if by_fire(words[j]):
            return None
    return None


_SAYING = WORD_LISTS.words("saying")


def speaker_pronoun(words: list[Word], pos: int, source: Actor | None) -> bool:
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
        and has_enclitic(words[source.first])
    )


def speaker(words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The actor right after the saying verb that introduces the clause of `pos`."""
    verb = last_before(words, pos, verb_in(_SAYING), farthest=15)
    return subject_after(actors, verb, pos) if verb is not None else None


def against_cued(words: list[Word], first: int) -> bool:
    """Whether an actor at `first` follows one of the words a protest or act is aimed
    with ("ضد الغارات [الإسرائيلية]"، "مناهضة للصين"), within two words."""
    return any(set(w.keys) & AGAINST for w in words[max(0, first - 2) : first])


# The blame laid on someone for an act ("باللوم على روسيا في الهجوم").
BLAME = WORD_LISTS.words("blame")


# Verbs holding someone responsible for an act ("حمّلت ماي روسيا مسؤولية الهجوم").
HOLDING = WORD_LISTS.words("holding")
# Words from the verb holding someone responsible to the one it holds.
HOLDING_REACH = 6


# Verbs of accusing someone of an act ("اتهمت روسيا التحالف بقصف مستشفى").
ACCUSING = WORD_LISTS.words("accusing")
# Words carrying the charge onto the act's noun ("بشن هجوم"، "بتنفيذ الهجوم").
CHARGE = WORD_LISTS.words("charge")
# Words from the accusing verb to the charge: its subject, then the accused.
ACCUSED_REACH = 8


def blame_cued(words: list[Word], first: int, last: int) -> bool:
    """Whether the actor `first`..`last` is the one blamed: right after "اللوم على", or
    held responsible, right before "مسؤولية" after a verb of `HOLDING`."""
    if first >= 2 and words[first - 1].keys[-1] == "على" and words[first - 2].keys[-1] in BLAME:
        return True
    return (
        last < len(words)
        and responsibility(words[last])
        and last_before(words, first + 1, verb_in(HOLDING), 1, HOLDING_REACH) is not None
    )


def accused_cued(words: list[Word], first: int, last: int) -> bool:
    """Whether the actor `first`..`last` is the one accused of an act: right before
    the charge after a verb of `ACCUSING` ("اتهمت روسيا [التحالف الدولي] بقصف")."""
    return last < len(words) and charged(words[last]) and accuser_verb(words, first) is not None


def charged(word: Word) -> bool:
    """The word the charge of an accusation starts on: a noun with ب ("بقصف"،
    "باستهداف") or a word carrying it onto the act ("بشن"، "بتنفيذ")."""
    return word.keys[-1] in CHARGE or (word.prep and word.keys[0].startswith("ب"))


def accuser_verb(words: list[Word], first: int) -> int | None:
    """Position of the accusing verb whose object may start at `first` ("اتهمت روسيا
    [التحالف]"، "متهمة [إياه]")."""
    return last_before(words, first, verb_in(ACCUSING), 1, ACCUSED_REACH)


def responsibility(word: Word) -> bool:
    return any(k.startswith(("مسؤولي", "المسؤولي")) for k in word.keys)


def subject_after(actors: list[Actor], verb: int, pos: int) -> Actor | None:
    """The person or group right after a verb (within two words), before `pos`."""
    return next(
        (a for a in actors if verb < a.first <= verb + 2 and a.last <= pos and not a.is_place),
        None,
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


def relative_subject(words: list[Word], pos: int, kind: str, source: Actor | None) -> bool:
    """Whether the verb at `pos` opens a relative clause about its subject ("الدول
    التي طالبت الموقع"): no object pronoun on the verb or on a preposition after it
    ("التي اتهم فيها"، "التي أدلى بها") points back to the antecedent, and the
    source the rules read follows the verb."""
    if kind != "verb" or pos == 0 or words[pos - 1].keys[-1] not in RELATIVES:
        return False
    if has_enclitic(words[pos]) or source is None or source.first <= pos:
        return False
    if passive_agent(words, [source], pos) is source:
        return False  # "التكريتي الذي خطف على يد مسلحين": a passive and its agent
    # "الاستفتاء الذي رفضت بغداد الاعتراف به": a verb not agreeing with the relative
    # pronoun has a subject of its own.
    feminine = words[pos - 1].keys[-1] in _FEMININE_RELATIVES
    verb = words[pos].keys[-1].removeprefix("و").removeprefix("ف")
    if verb.startswith("ي") or (verb.startswith("ت") and not verb.endswith("ت")):
        return False  # "الذي يشن تمردا": a present verb describes the antecedent
    if feminine != (verb.startswith("ت") or verb.endswith("ت")):
        return False
    return not any(resumptive(w) for w in words[pos + 1 : source.last + 3])


def resumptive(word: Word) -> bool:
    """A preposition carrying a pronoun ("فيها"، "عليه"، "به"، "لها"): in a relative
    clause, the pointer back to the antecedent."""
    form = match_key(word.surface)
    if form[:1] in "وف" and form[1:] in _CLITIC_PREPS:
        return True
    return form in _CLITIC_PREPS or (
        has_enclitic(word) and bool(set(word.keys) & (PREPOSITIONS | {"علي", "الي", "لدي"}))
    )


_CLITIC_PREPS = {p + s for p in "بل" for s in ("ه", "ها", "هم", "هما", "هن")}


def relative_antecedent(words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The actor a relative pronoun before `pos` refers to ("الدول التي"، "حزب العمال
    الكردستاني، الذي")."""
    end = pos - 2 if pos > 1 and words[pos - 2].surface in {"،", ","} else pos - 1
    return next((a for a in actors if a.last == end and not a.is_place), None)


_FEMININE_RELATIVES = {"التي", "اللتان", "اللتين", "اللواتي", "اللاتي"}


def pronoun_suffix(word: Word) -> bool:
    """Whether a word ends in a pronoun ("وتركه"، "بأنه"), not in the ي or ني that a
    nisba ("لبناني"، "سوري") shares with "my" and "me"."""
    start = word.token.start
    return any(
        seg.kind == "enclitic"
        and match_key(word.surface[seg.start - start : seg.end - start]) not in {"ي", "ني"}
        for seg in word.token.segments
    )


_MEDIA_HEADS = WORD_LISTS.words("media") - {"برنامج"}  # "للبرنامج النووي" is a target
_AUDIENCES = WORD_LISTS.words("audiences")
# "في تصريح لجوهرة "اف ام""، "لموزاييك": a radio station is told to like a media head.
_TOLD_HEADS = _MEDIA_HEADS | WORD_LISTS.words("stations")
_HEARERS = _TOLD_HEADS | _AUDIENCES  # built once: `audience` runs for every side
# Quotation marks around an outlet's name ("ل"الجوهرة أف أم""): the name is read without them.
_NO_QUOTES = str.maketrans("", "", '"«»“”')
_TOLD_WORDS = {"مع", "ل"}  # "في مقابلة مع صحيفة …"، "في حديث لـ قناة …"


def _told(words: list[str]) -> bool:
    """Whether the words just before a name end in ل or مع ("لـ"، "ولـ"، "مع")."""
    return bool(words) and (words[-1].removeprefix("و") in _TOLD_WORDS)


def _told_head(before: list[str]) -> bool:
    """Whether the word before a name is a media head told to ("لصحيفة ميل أون صنداي"،
    "مع صحيفة ميل أون صنداي")."""
    if not before:
        return False
    head = before[-1][1:] if before[-1].startswith("ول") else before[-1]
    if "وكالة" in head:  # "لوكالة الطاقة الذرية": the agency may be acted upon
        return False
    if head.startswith("ل") and head[1:].removeprefix("ال") in _TOLD_HEADS:
        return True
    return head.removeprefix("ال") in _TOLD_HEADS and _told(before[:-1])


# "بحسب مصدر أمني"، "وفقا لدبلوماسي": words that attribute the facts told.
_ATTRIBUTING = WORD_LISTS.words("attributing")
# How far after such a word its teller may stand ("حسب ما أكده مصدر أمني لمراسل
# الجوهرة اف ام").
_ATTRIBUTION_REACH = 9


def attribution_word(words: list[Word], actor: Actor) -> int | None:
    """Where the attributing word stands before an actor that tells the facts of the
    sentence ("حسب مراسل الجوهرة"، "بحسب ما أعلنته وزارة الداخلية"، "وفق ما صرح به عدد
    منهم"): the teller is no side of what it tells. None when the actor tells nothing."""
    for j in range(actor.first, max(-1, actor.first - 1 - _ATTRIBUTION_REACH), -1):
        if words[j].surface in BOUNDARY:
            return None
        if j < actor.first and unjoined(words[j]).removeprefix("ف") in COMPLEMENTIZERS:
            return None  # "بحسب مصادر فإن مسلحين هاجموا": the told clause has begun
        if unjoined(words[j]) in _ATTRIBUTING:
            return j
    return None


def tells(attribution: int | None, actor: Actor, pos: int) -> bool:
    """Whether the actor tells the act at `pos`: it is attributed, and the act does not
    stand between the attributing word and the actor."""
    return attribution is not None and not attribution <= pos < actor.first


def audience(doc: Document, m: Mention) -> bool:
    """Whether a side is whom words were told: a media outlet or reporters after ل or
    مع ("قال لرويترز"، "في مقابلة مع صحيفة ميل أون صنداي"، "قال للصحفيين"). They hear
    what is said; they are not what it is aimed at."""
    names = match_key(doc.text[m.start : m.end].translate(_NO_QUOTES)).split()
    if not names:
        return False
    text = doc.text[max(0, m.start - 40) : m.start].translate(_NO_QUOTES)
    before = match_key(text).split()
    if text and not text[-1].isspace() and before:
        # the name starts inside a word: "لرويترز" read as "رويترز"
        names[0] = before.pop() + names[0]
    head = names[0][1:] if names[0].startswith("ول") else names[0]  # "ولرويترز", not "وكالة"
    if _told_head(before):
        return True
    if head.startswith("لل"):  # ل + ال joined: "للصحفيين"
        head, told = head[2:], True
    elif head.startswith("ل") and head[1:].removeprefix("ال") in _HEARERS:
        head, told = head[1:], True
    else:
        told = _told(before)
    head = head.removeprefix("ال")
    if not told or head not in _HEARERS:
        return False
    # "للوكالة الدولية للطاقة الذرية" is an agency acted upon; a news agency is told
    # ("لوكالة تونس افريقيا للأنباء").
    return head != "وكالة" or any(w.endswith("انباء") for w in names[1:4])
