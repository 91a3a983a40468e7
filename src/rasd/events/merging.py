"""One event per action: coreferent mentions merged. Sides shared between the
triggers of one incident are `incident_sides.py`'s; the headline folded into the
story's first event and flagged as the body tells it, `headline.py`'s."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Document, Event, Mention
from rasd.events.headline import HeadlineTellings
from rasd.events.keys import light_key, strip_proclitics
from rasd.events.relevance import Coded
from rasd.events.sentence import WORD_LISTS
from rasd.events.speech_anchor import opens_with
from rasd.text.normalize import match_key

RECIPROCAL = {"AGREE", "CONSULT", "COOPERATE", "DISAPPROVE"}


@dataclass(slots=True)
class Candidate:
    event: Event
    negated: bool
    coded: Coded | None  # None for an event read from a quotation
    at: int  # offset of the trigger word's first letter
    # "الغارة"، "القصف": a definite noun for an attack or protest names one told before
    anaphoric: bool = False
    # "أصيبت سيدتان … في الهجوم": the sentence tells again an attack told before
    retells: bool = False


def _name_tokens(m: Mention | None) -> set[str]:
    if m is None:
        return set()
    return {light_key(strip_proclitics(w)[-1]) for w in (m.canonical or "").split()}


def _overlap(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= 0.5


def _when_key(ev: Event) -> str | None:
    if ev.when is None:
        return None
    return ev.when.attrs.get("date") or ev.when.canonical


def _distinct_sides(a: Event, b: Event) -> bool:
    """Whether both events name a source, or both a target, that do not overlap."""
    for side in ("source", "target"):
        x, y = _name_tokens(getattr(a, side)), _name_tokens(getattr(b, side))
        if x and y and not x & y:
            return True
    return False


def _distinct_sources(a: Event, b: Event) -> bool:
    """Whether the sources name two actors: neither name's words hold the other's. A
    shared head noun is no coreference ("حزب المبادرة" and "حزب القطب"), a fuller
    name is ("ترامب" and "دونالد ترامب")."""
    x, y = _name_tokens(a.source), _name_tokens(b.source)
    return bool(x and y and not (x <= y or y <= x))


def _ranked(side: Mention | None) -> bool:
    """A target the side ranker filled where the rules found none: a guess that a
    rule-read side of the same act overrides."""
    return side is not None and bool(side.attrs.get("ranked"))


def _copied(i: int, j: int, copies: dict[int, int]) -> bool:
    return copies.get(i, -1) == j or copies.get(j, -1) == i


def _trigger_forms(ev: Event) -> set[str]:
    word = ev.attrs.get("trigger")
    return {light_key(form) for form in strip_proclitics(word)} if word else set()


def _other_verbs(a: Event, b: Event) -> bool:
    """Whether both events were read from trigger words, and different ones ("لقاء"
    and "اللقاء" are one)."""
    fa, fb = _trigger_forms(a), _trigger_forms(b)
    return bool(fa and fb) and not fa & fb


_MUNITIONS = {light_key(w) for w in WORD_LISTS.words("munitions")}
_TARGETING = {light_key(w) for w in WORD_LISTS.words("targeting")}
_KILLING = WORD_LISTS.words("killing")
_WOUNDING = WORD_LISTS.words("wounding")
_CASUALTY_LEMMAS = _KILLING | _WOUNDING
_CASUALTY = {light_key(w) for w in _CASUALTY_LEMMAS}


def _targets(a: Event, b: Event) -> bool:
    """Whether `b`, told after the attack `a` of its sentence, is the verb naming its
    target ("شنت القوات التركية عملية في عفرين … تستهدف مواقع"، "3 هجمات انتحارية
    استهدفت تجمعات"), not a second attack. `merge` meets the events in the order of
    the text. The dead or wounded of a sentence ("وأصيب أربعة من رجال الشرطة في هجوم
    استهدف نقطة تفتيش") keep the target told apart: both are the attack's."""
    return (
        a.type == b.type == "ASSAULT"
        and bool(_trigger_forms(b) & _TARGETING)
        and not _trigger_forms(a) & _CASUALTY
        and not _distinct_sources(a, b)
    )


def _same_actor(x: Mention | None, y: Mention | None, copied: bool) -> bool:
    """Whether two sides are one mention of a sentence, or, read in a sentence of the
    abstract and in its copy in the body, one name at other offsets."""
    if x is None or y is None:
        return False
    return bool(_name_tokens(x) & _name_tokens(y)) if copied else _spans_overlap(x, y)


def _read_twice(a: Event, b: Event) -> bool:
    """Whether `b` is a second reading of the attack `a` of its sentence: the victims
    read as the attacker ("لقي مهاجر مصرعه بعد أن أطلق مهربون النار عليه" gives
    "مصرعه" the migrant as source and the smugglers as target), or the weapon that
    hit them with no attacker and only the ranker's guess of a target ("وأصيب ثلاثة
    مدنيين إثر سقوط قذيفة هاون على حي سكني")."""
    if not (a.type == b.type == "ASSAULT"):
        return False
    copied = a.sentence != b.sentence
    if _same_actor(b.source, a.target, copied):
        return b.target is None or _same_actor(b.target, a.source, copied)
    return b.source is None and _ranked(b.target) and bool(_trigger_forms(b) & _MUNITIONS)


# Whether a trigger joins a quotation's act only in its sentence or inside the quotation.
_SPEECH_IN_OWN_SENTENCE = True


def _quotation_apart(a: Event, b: Event) -> bool:
    """Whether one event is a quotation's act aimed at a target and the other a
    trigger's told outside that quotation: such a quotation in another sentence is
    another act ("كما عارض ترامب خطة ماكماستر" and, later, "قاطعه ذات مرة قائلا: …"),
    while one aimed at no one tells the act again in the speaker's words ("قال بوتين
    إن "…محض هراء"")."""
    speech, other = (a, b) if a.attrs.get("speech") else (b, a)
    if not speech.attrs.get("speech") or other.attrs.get("speech") or speech.target is None:
        return False
    return not speech.start <= other.start < speech.end


# A switch for `benchmarks/event_diff.py`.
GUESS_AGREES = True


def _guess_agrees(a: Event, b: Event) -> bool:
    """Whether a target the side ranker guessed names the target of the other telling
    ("العملية التي يشنها الجيش التركي بمنطقة عفرين" then "ويشن الجيش التركي … عملية في
    (عفرين)"): it agrees, so the two tellings are one act. A telling not told as done
    ("أبرز الغارات الإسرائيلية على سوريا" over a list of strikes) stays apart."""
    if not GUESS_AGREES or any(e.attrs.get(k) for e in (a, b) for k in _UNTOLD):
        return False
    return _overlap(_name_tokens(a.target), _name_tokens(b.target))


def _corefer(a: Event, b: Event, copies: dict[int, int]) -> bool:
    """Two mentions of one event: same type, and the same time, or one undated
    and the same source. `copies` maps a sentence of the abstract to the sentence
    of the body that tells it again: the two are one sentence."""
    if a.type != b.type:
        return False
    one_sentence = (
        a.sentence == b.sentence
        or _copied(a.sentence, b.sentence, copies)
        or opens_with(a, b)
        or opens_with(b, a)
    )
    if one_sentence and (
        not _distinct_sides(a, b) or _targets(a, b) or _read_twice(a, b) or _read_twice(b, a)
    ):
        return True  # "قتل في مواجهات مع …": one event, several triggers
    if not one_sentence and a.type not in _RETOLD and _other_verbs(a, b):
        # "توعد بومبيو إيران …" then "وحذر بومبيو الشركات …": two verbs in two
        # sentences tell two acts.
        return False
    if not one_sentence and a.attrs.get("speech") and b.attrs.get("speech"):
        # Two quotations in two sentences are two statements, each its own act
        # ("وصف ترامب إحاطات ماكماستر بأنها فظة" and "انتقد ترامب مستشاره"), even
        # when the same speaker aims them at the same side.
        return False
    if not one_sentence and _SPEECH_IN_OWN_SENTENCE and _quotation_apart(a, b):
        return False
    wa, wb = _when_key(a), _when_key(b)
    if wa and wb:
        # Two speakers' acts on one day are two acts ("وبخت الصين …" and "اتهم بومبيو …").
        return wa == wb and not (a.type in _VOICED and _distinct_sources(a, b))
    if a.type in RECIPROCAL:
        sides_a = _name_tokens(a.source) | _name_tokens(a.target)
        return _overlap(sides_a, _name_tokens(b.source) | _name_tokens(b.target))
    if not _overlap(_name_tokens(a.source), _name_tokens(b.source)):
        return False
    ta, tb = _name_tokens(a.target), _name_tokens(b.target)
    if ta and tb and (not (_ranked(a.target) or _ranked(b.target)) or _guess_agrees(a, b)):
        return _overlap(ta, tb)
    # A statement told again ("طالب أبو الغيط بتحقيق …" then "وقال "نطالب بتحقيق …"")
    # need not repeat whom it is aimed at.
    return (not ta and not tb) or a.type in _VOICED


def fought(event: Event) -> bool:
    """Whether the event is a fight between two parties named after بين (`parted`)."""
    return event.target is not None and bool(event.target.attrs.get("fought"))


def _completing(same: Event, later: Event) -> tuple[str, ...]:
    """What a later mention may fill in: a fight's two parties (`fought`) are not who
    did an act with a side of its own that it is merged into ("قتل جندي تركي … في
    اشتباكات وقعت بين القوات الأمنية التركية، وعناصر …": not the Turkish forces)."""
    if fought(later) and (same.source is not None or same.target is not None):
        return ("where", "when")
    return ("source", "target", "where", "when")


def _lemma(c: Candidate) -> str:
    return c.coded.lemma if c.coded is not None else ""


def _casualties(a: Candidate, b: Candidate, copies: dict[int, int]) -> bool:
    """Whether one candidate tells the dead and the other the wounded of one sentence
    ("قتل 43 مدنيا وأصيب 120 آخرون"، "لقي فلسطيني مصرعه وجرح العشرات"): two groups of
    victims of one attack, whose distinct targets keep `_corefer` from joining them."""
    ea, eb = a.event, b.event
    if not (ea.type == eb.type == "ASSAULT") or _distinct_sources(ea, eb):
        return False
    if not (ea.sentence == eb.sentence or _copied(ea.sentence, eb.sentence, copies)):
        return False
    lemmas = {_lemma(a), _lemma(b)}
    return bool(lemmas & _KILLING) and bool(lemmas & _WOUNDING)


# Shorter sentences ("وقال:") repeat by chance, not as a lead told again.
_LEAST_REPEATED = 20
# An abstract is the article's opening words, so its copy is in the first paragraphs.
_NEXT_PARAGRAPHS = 3


def _key(text: str) -> str:
    return " ".join(match_key(text).split()).rstrip(" .…")


def told_again(doc: Document) -> dict[int, int]:
    """Each sentence of the lead (the paragraph after the title) that a sentence of
    the next paragraphs tells again word for word, whole or cut short, with that
    sentence: an abstract repeating the first paragraph tells its acts once."""
    paragraphs = doc.paragraphs[1:] if doc.title else doc.paragraphs
    if len(paragraphs) < 2:
        return {}
    lead, last = paragraphs[0], paragraphs[min(_NEXT_PARAGRAPHS, len(paragraphs) - 1)]
    inside = [(i, s) for i, s in enumerate(doc.sentences) if lead.start <= s.start < last.end]
    later = [(i, _key(doc.text[s.start : s.end])) for i, s in inside if s.start >= lead.end]
    copies: dict[int, int] = {}
    for i, s in inside:
        if s.start >= lead.end:
            break
        key = _key(doc.text[s.start : min(s.end, lead.end)])
        if len(key) >= _LEAST_REPEATED:
            j = next((j for j, text in later if key in text), None)
            if j is not None:
                copies[i] = j
    return copies


ONE_INCIDENT = {"ASSAULT", "PROTEST"}


_VOICED = {"DEMAND", "DISAPPROVE", "REJECT"}
# Acts told again in other words: an attack or protest ("الغارة"، "القصف"), a meeting
# ("اللقاء"، "الزيارة"), a demand or criticism by its quotation ("طالب" then "نطالب").
_RETOLD = ONE_INCIDENT | _VOICED | {"CONSULT"}


def _spans_overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


# A sentence naming "the attack" tells again one of the last few sentences' attacks.
_RETOLD_WITHIN = 3
# Flags of an event not told as done: no later telling is joined to it.
_UNTOLD = ("background", "future", "hypothetical", "negated")


def _retelling_nouns(candidates: list[Candidate]) -> dict[int, int]:
    """Each sentence naming an attack told before ("في الهجوم"), with that noun's offset."""
    nouns: dict[int, int] = {}
    for c in candidates:
        if c.retells:
            nouns.setdefault(c.event.sentence, c.at)
    return nouns


def _told_of_retold(c: Candidate, retelling: dict[int, int]) -> bool:
    """Whether `c` is the dead or wounded of a sentence naming an attack told before, or
    is told after that noun ("الانفجار الذي دمر منزل"). An attack told before the noun
    is the sentence's own, which the noun names ("قصفت طائرات التحالف معسكرا …، وأسفر
    القصف عن قتلى")."""
    at = retelling.get(c.event.sentence)
    if at is None:
        return False
    casualty = bool(_trigger_forms(c.event) & _CASUALTY) or _lemma(c) in _CASUALTY_LEMMAS
    return casualty or c.at >= at


def _attack_retold(kept: list[Event], ev: Event, body: int) -> Event | None:
    """The body's attack of an earlier sentence, at most `_RETOLD_WITHIN` before, that
    `ev` tells again: no other attacker, date or place is named. A headline's attack is
    folded into the body's first telling (`fold_headline`), never the other way."""
    if ev.type != "ASSAULT":
        return None
    earlier = (
        e
        for e in reversed(kept)
        if e.type == "ASSAULT"
        and e.start >= body
        and 0 < ev.sentence - e.sentence <= _RETOLD_WITHIN
    )
    e = next(earlier, None)
    if e is None or any(e.attrs.get(k) for k in _UNTOLD) or _distinct_sources(e, ev):
        return None
    wa, wb = _when_key(e), _when_key(ev)
    if wa and wb and wa != wb:
        return None
    pa, pb = _name_tokens(e.where), _name_tokens(ev.where)
    return None if pa and pb and not pa & pb else e


# A switch for `benchmarks/event_diff.py`.
JOIN_MEETINGS = True
_POSSESSIVES = ("هما", "هم", "ها", "ه")


def _possessed(form: str, lemma: str) -> bool:
    """Whether `form` is `lemma` with a possessive pronoun ("اجتماعه"، "زيارتها")."""
    for pronoun in _POSSESSIVES:
        stem = form.removesuffix(pronoun)
        if stem != form and len(stem) > 2:
            stem = stem[:-1] + "ة" if stem.endswith("ت") else stem
            return light_key(stem) == light_key(lemma)
    return False


def _meeting_named_again(c: Candidate) -> bool:
    """Whether the candidate is a meeting or visit named by its definite or possessed
    noun ("وقدم سموه خلال الاجتماع الشكر"، "وتخلل الزيارة"، "في نهاية اجتماعه"): the one
    an earlier sentence told."""
    if not JOIN_MEETINGS or c.event.type != "CONSULT" or c.coded is None:
        return False
    word = c.event.attrs.get("trigger")
    if c.coded.kind != "noun" or not word:
        return False
    forms = strip_proclitics(match_key(word))
    return any(f.startswith("ال") or _possessed(f, c.coded.lemma) for f in forms)


def _meeting_retold(kept: list[Event], c: Candidate, body: int) -> Event | None:
    """The body's last meeting told in an earlier sentence, done and by no other actor
    on no other day, that the candidate's noun names again."""
    if not _meeting_named_again(c):
        return None
    ev = c.event
    e = next(
        (
            e
            for e in reversed(kept)
            if e.type == "CONSULT" and e.start >= body and e.sentence < ev.sentence
        ),
        None,
    )
    if e is None or _distinct_sources(e, ev):
        return None
    if any(x.attrs.get(k) for x in (e, ev) for k in _UNTOLD):
        return None  # "الاجتماع المقبل" after a meeting held is the next one
    wa, wb = _when_key(e), _when_key(ev)
    return None if wa and wb and wa != wb else e


def merge(
    candidates: list[Candidate],
    keep_negated: bool,
    copies: dict[int, int] | None = None,
    body: int = 0,
) -> list[Event]:
    """One event per coreferent group: the first mention, completed by later ones.
    `body` is the offset where the text after the headline starts."""
    copies = copies or {}
    kept: list[Event] = []
    first: dict[int, Candidate] = {}  # id of a kept event → the candidate it came from
    retelling = _retelling_nouns(candidates)
    headlines = HeadlineTellings(body, {}, set())
    for c in candidates:
        if c.negated and not keep_negated:
            told = next((e for e in kept if e.start < body and _corefer(e, c.event, copies)), None)
            if told is not None:
                headlines.note(told, c)  # a denial's headline is no act either
            continue
        if c.negated:
            c.event.attrs["negated"] = True
        same = next((e for e in kept if _corefer(e, c.event, copies)), None)
        if same is None:
            same = next((e for e in kept if _casualties(first[id(e)], c, copies)), None)
        if same is None and _told_of_retold(c, retelling):
            same = _attack_retold(kept, c.event, body)
        if same is None and c.anaphoric:
            same = next((e for e in reversed(kept) if e.type == c.event.type), None)
        retold = None if same is not None else _meeting_retold(kept, c, body)
        if retold is not None:
            # The sides read around the noun are the sentence's, not the meeting's ("وظهر
            # عباس كامل جالسا في اللقاء بجوار ولي العهد"): it completes nothing.
            retold.attrs["mentions"] = retold.attrs.get("mentions", 1) + 1
            continue
        if same is None:
            kept.append(c.event)
            first[id(c.event)] = c
            continue
        headlines.note(same, c)
        for name in _completing(same, c.event):
            if getattr(same, name) is None:
                setattr(same, name, getattr(c.event, name))
        if _ranked(same.target) and c.event.target is not None and not _ranked(c.event.target):
            same.target = c.event.target  # a side a rule read beats the ranker's guess
        if same.source and same.target and _spans_overlap(same.source, same.target):
            # A later mention read the victims as the agent ("اربعة مدنيين أصيبوا …
            # إثر انفجار"): one mention cannot be both sides.
            same.source = None if same.source is c.event.source else same.source
            same.target = None if same.target is c.event.target else same.target
        same.attrs["mentions"] = same.attrs.get("mentions", 1) + 1
    kept = headlines.settle(kept, keep_negated)
    return sorted(kept, key=lambda e: (e.start, e.type))
