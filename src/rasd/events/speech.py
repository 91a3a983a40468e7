"""Speech-act events from the quotes layer.

A quotation whose cue is an act ("طالب"، "انتقد"، "نفى") or whose words state one
("ندين"، "لا نقبل") is also a PLOVER event: DEMAND, DISAPPROVE, REJECT, THREATEN or
SUPPORT. The quotes layer has already found the speaker, who is the source; the target
is the first named entity after the cue that is not the speaker ("وصف جونسون كوربن
بأنه…"، "طالب غوتيريش الحكومات بـ…"), or inside the quoted words. Which cues and
phrases count is the lexicon `data/speech_acts.tsv`, one mechanism for every verb
(read by `speech_lexicon.py`); a cue that is no act where it stands (negated, a noun,
a passive) is left out by `speech_cues.py`.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Callable

from rasd.document import Document, Entity, Event, Mention, Quote
from rasd.events.described import blamed_country
from rasd.events.findings import research_speaker
from rasd.events.lexicon import ActorDictionary, Gazetteer
from rasd.events.relayed import relayed
from rasd.events.sentence import WORD_LISTS, named_group, opens_with_act_noun
from rasd.events.sides import same_actor, swallowed, within
from rasd.events.speech_anchor import anchor
from rasd.events.speech_cues import negated_cue, noun_cue, passive_cue
from rasd.events.speech_duty import addressed_party, addressed_type, obliged_party
from rasd.events.speech_lexicon import SpeechActs
from rasd.events.speech_nouns import opening_act
from rasd.events.speech_targets import speech_target, spoken_object
from rasd.events.warned import unnamed_addressee
from rasd.text.normalize import match_key

_NAMED = {"PER", "ORG", "LOC"}
_STUDIES = WORD_LISTS.words("studies")
_STUDY_GROUPS = WORD_LISTS.words("study_groups")
_GLAD = WORD_LISTS.forms("glad_feelings")
_DIVINE = WORD_LISTS.words("divine")
_HONORIFICS = WORD_LISTS.words("honorifics")
_ACCOUNT_CUES = WORD_LISTS.words("explaining_cues") | WORD_LISTS.words("considered_cues")
_GLAD_WORDS = WORD_LISTS.words("glad_words")
_GLAD_NEGATORS = WORD_LISTS.words("glad_negators")
_PRAISE = WORD_LISTS.words("praise_words")


def speech_events(
    doc: Document,
    acts: SpeechActs,
    learned: Callable[[list[Quote]], dict[int, str]] | None = None,
    learned_aimed: bool = False,
    actors: ActorDictionary | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[tuple[Event, int]]:
    """One event per quotation that is an act and has a speaker, with the offset of the
    token holding its cue (-1 for an act read from the quoted words). `learned` types
    the quotations the lexicon leaves uncoded (by their start; `speech_model.py`);
    with `learned_aimed` such an act needs a target, a person or body other than the
    speaker, read by the side rules. `actors` lets a duty laid on an unnamed body of
    the actor dictionary count ("إن على القضاء"; `speech_duty.addressed_type`); with the
    gazetteer too, a country described in words of blame (`described.py`)."""
    entities = sorted((e for e in doc.entities or [] if e.label in _NAMED), key=lambda e: e.start)
    entity_starts = [e.start for e in entities]
    starts = [s.start for s in doc.sentences]
    token_starts = [t.start for t in doc.tokens]
    spoken = [
        q
        for q in doc.quotes or []
        if q.speaker is not None
        and not negated_cue(doc, q)
        and not noun_cue(doc, q)
        and not passive_cue(doc, q)
    ]
    by_lexicon = {q.start: _lexicon_type(doc, acts, q, actors) for q in spoken}
    parties = {
        q.start: obliged_party(doc, q, acts.obliged) for q in spoken if not by_lexicon[q.start]
    }
    by_lexicon |= {start: found[0] for start, found in parties.items() if found}
    by_model = (
        learned([q for q in spoken if by_lexicon[q.start] is None and _for_model(doc, q)])
        if learned is not None
        else {}
    )
    by_lexicon |= by_model
    events = []
    for quote in spoken:
        event_type = by_lexicon[quote.start]
        # A study's findings and warnings are no act; what it calls for is its authors'.
        if event_type is None or (event_type != "DEMAND" and _study(doc, quote)):
            continue
        if event_type == "DEMAND" and _prayer(doc, quote):
            continue
        start, end, sentence, opens = anchor(quote, starts)
        event = Event(
            start, end, event_type, sentence, _source(doc, quote, entities, entity_starts)
        )
        plain = quote.cue is None or acts.cue_type(doc.slice(quote.cue)) is None
        if plain and quote.start not in by_model and relayed(doc, quote):
            continue  # an outlet's report (`relayed.py`)
        event.target = speech_target(
            doc, quote, entities, denied=event_type == "REJECT", quoted_only=plain, actors=actors
        )
        if event_type != "DEMAND" and event.target is None and research_speaker(doc, quote):
            continue  # findings aimed at no one (`findings.py`)
        duty = addressed_party(doc, quote, acts.addressed) if event_type == "DEMAND" else None
        if duty is not None and not same_actor(event.source, duty):
            event.target = duty  # the one a duty is laid on, not the first named
        if parties.get(quote.start):
            if same_actor(event.source, parties[quote.start][1]):
                continue  # a speaker misread: no one lays a duty on themself
            event.target = parties[quote.start][1]  # the one obliged, not the first named
        aimed = quote.cue is not None and acts.needs_target(doc.slice(quote.cue))
        if (
            aimed
            and event_type != "REJECT"
            and not _aimed_blame(doc, quote, event, actors, gazetteer)
        ):
            continue
        if learned_aimed and quote.start in by_model and not _aimed_elsewhere(doc, event):
            continue
        warning = quote.cue is not None and acts.needs_any_target(doc.slice(quote.cue))
        if warning and (event.target is None or event.target.start >= quote.start):
            event.target = unnamed_addressee(doc, quote) or event.target
        if warning and not _warned(doc, quote, event):
            continue
        event.attrs["trigger"] = doc.slice(quote.cue) if quote.cue else ""
        event.attrs["speech"] = True
        if opens != sentence:
            event.attrs["opens_in"] = opens  # the earlier sentence its telling opens in
        if quote.start in by_model:
            event.attrs["learned"] = True  # typed by the model, not the lexicon
        cue_token = bisect_right(token_starts, quote.cue.start) - 1 if quote.cue else -1
        events.append((event, token_starts[cue_token] if cue_token >= 0 else -1))
    return events


def _lexicon_type(
    doc: Document, acts: SpeechActs, quote: Quote, actors: ActorDictionary | None
) -> str | None:
    """The act the lexicon reads in a quotation: its cue's, else its words'. A claim
    described as false ("وصفها بأنها "لا أساس لها من الصحة""، "بتهم وصفها … بـ"الواهية"")
    is denied, not criticised: a describing cue whose words deny is a REJECT."""
    cue = doc.slice(quote.cue) if quote.cue else ""
    by_cue = acts.cue_type(cue) if cue else None
    if by_cue is not None and not acts.needs_target(cue):
        return by_cue
    said = acts.content_type(doc.slice(quote))
    if by_cue is not None and said == "REJECT":
        return "REJECT"
    if by_cue or said:
        return by_cue or said
    return addressed_type(doc, quote, acts.addressed, actors) or opening_act(doc, quote, acts.nouns)


def one_act(doc: Document, event: Event, quoted: Event, cue: int) -> None:
    """Where the trigger rules coded a quotation's cue too, their event (`event`) and
    the quotation's (`quoted`) are one act. A named speaker is its source where the
    rules read none or another: they read a side from the words around the cue
    ("وطلب منها الصندوق إلغاء الدعم": the country "ها" stands for), the quotes layer
    the one who spoke; an unnamed speaker may be a noun the quotes layer misread
    ("إن ذلك يعتبر انتهاكاً للقانون وهددوا": not "انتهاكاً"). The side the rules read,
    when another, is whom the act is aimed at, and the quotation gives the target
    they missed past a comma ("اتهم وزير الخارجية البريطاني بوريس جونسون، روسيا
    بمحاولة …"). A side the rules read between that speaker and the cue is the cue's
    nearer subject and stays ("نشر "الفايسبوك" تقريرا تضمن قائمة الدول التي طالبت":
    the states demand, not Facebook). The rules may read the speaker and whom the act
    is aimed at as one side, which the quotes layer cut apart (`sides.swallowed`)."""
    read, speaker = event.source, quoted.source
    if spoken_object(event.target, speaker):
        return  # "مشروع قرار … يدين إيران "لتقاعسها"": the document's object
    named = [e for e in doc.entities or [] if e.label in _NAMED]
    # A side carried over from another clause ("، نافيا …" after another event) was not
    # read around the cue: the one who spoke is surer.
    carried = read is not None and bool(read.attrs.get("inferred"))
    surer = speaker is not None and (
        read is None or (_named_at(named, speaker) and (carried or not _nearer(read, speaker, cue)))
    )
    if surer and not same_actor(read, speaker):
        event.source = speaker
        if read is not None and _untargeted(event):
            event.target = read
    elif surer and within(read, speaker):
        # "دعا رئيس أركان القوات المسلحة، الفريق محمد فريد حجازي، إلى": the rules read
        # a word of the speaker's title before its name in apposition.
        event.source = speaker
    elif swallowed(doc.text, read, speaker, quoted.target):  # "حذر بولتون | السفير من أن"
        event.source, event.target = speaker, quoted.target
    if _untargeted(event) and not same_actor(event.source, quoted.target):
        event.target = quoted.target


def _nearer(read: Mention, speaker: Mention, cue: int) -> bool:
    """Whether the side the rules read lies between the speaker and the cue at `cue`."""
    return speaker.end <= read.start and read.end <= cue


def _untargeted(event: Event) -> bool:
    """No target a rule read: none, a guess of the side ranker, or the source again."""
    target = event.target
    return target is None or bool(target.attrs.get("ranked")) or same_actor(target, event.source)


def _source(
    doc: Document, quote: Quote, entities: list[Entity], starts: list[int]
) -> Mention | None:
    """The speaker, unless the quotes layer took the cue's object for it: after "الرياض
    تنفي إلغاء" the named subject before the cue speaks, and a verbal noun after the cue
    ("نفت تورط قوات الأمن") is the act spoken of, no side."""
    speaker = quote.speaker
    assert speaker is not None
    if quote.cue is None or speaker.start < quote.cue.end or _named_at(entities, speaker):
        return _speaker(doc, quote, entities, starts)
    subject = next(
        (
            e
            for e in entities
            if e.end <= quote.cue.start and not doc.text[e.end : quote.cue.start].strip()
        ),
        None,
    )
    if subject is not None:
        return Mention(subject.start, subject.end, subject.canonical or doc.slice(subject))
    if opens_with_act_noun(match_key(doc.slice(speaker))):
        return None
    return _speaker(doc, quote, entities, starts)


def _glad(doc: Document, quote: Quote) -> bool:
    """ "وأعرب عن أمله بأن يتعافى سكريبال"، "أعربت عن امتنانها لكل من ساعدها": the quotation
    names a glad feeling (hope, thanks, relief), which the model, seeing "أعرب عن" mostly
    before concern and condemnation, would read as a criticism."""
    words = match_key(doc.slice(quote)).split()[:2]
    if len(words) < 2 or words[0] != "عن":
        return False
    return words[1].removeprefix("ال").startswith(_GLAD)


def _prayer(doc: Document, quote: Quote) -> bool:
    """ "داعياً الله تعالى أن يتقبل منهم الصيام"، "ودعا الشيخ المولى عز وجل أن يحفظ البلاد":
    the one the cue asks is God, named right after the cue or before an honorific (not
    "حزب الله"، "عبد الله", names that hold the word): a prayer, no demand."""
    if quote.cue is None or quote.cue.start > quote.start:
        return False
    words = [match_key(w).removeprefix("و") for w in doc.text[quote.cue.end : quote.start].split()]
    if words and words[0] in _DIVINE:
        return True
    return any(a in _DIVINE and b in _HONORIFICS for a, b in itertools.pairwise(words))


def _for_model(doc: Document, quote: Quote) -> bool:
    """Whether the speech-act model may type a quotation the lexicon left uncoded."""
    return not _glad(doc, quote) and not _account_cue(doc, quote) and not _glad_told(doc, quote)


def _keyed_words(text: str) -> list[str]:
    """The words of a text as match keys without و and the article (one key per text)."""
    return [w.removeprefix("و").removeprefix("ال") for w in re.findall(r"\w+", match_key(text))]


def _bare_forms(bare: str) -> tuple[str, str]:
    """A keyed word, and without a preposition ب/ل too."""
    return bare, bare[1:] if bare[:1] in "بل" else bare


def _glad_told(doc: Document, quote: Quote) -> bool:
    """ "قال الخرساني: «نحن سعداء بالدعم»"، "شاكرا ماي على مساهمتها"، "وجه الشكر للناخبين
    … قائلاً": gladness, thanks, congratulations or condolences told by the speaker from
    the speaker's name to the quotation's end, not after a negator ("لسنا سعداء")."""
    assert quote.speaker is not None
    start = min(quote.start, quote.speaker.start, quote.cue.start if quote.cue else quote.start)
    words = _keyed_words(doc.text[start : quote.end])
    if _GLAD_WORDS.isdisjoint(words) and _GLAD_WORDS.isdisjoint(
        w[1:] for w in words if w[:1] in "بل"
    ):
        return False  # most quotations hold no such word: one set test, not one a word
    return any(
        not _GLAD_WORDS.isdisjoint(_bare_forms(w))
        and (i == 0 or words[i - 1] not in _GLAD_NEGATORS)
        for i, w in enumerate(words)
    )


def _aimed_blame(
    doc: Document,
    q: Quote,
    event: Event,
    actors: ActorDictionary | None,
    gazetteer: Gazetteer | None,
) -> bool:
    """Whether a describing cue ("وصف") criticises: aimed at a person, body or blamed country
    (`described.py`), in no word of praise or size ("بأنه بطل مذهل"، "بأنه خطوة كبرى")."""
    praised = any(_PRAISE.intersection(_bare_forms(w)) for w in _keyed_words(doc.slice(q)))
    return not praised and (_aimed(doc, event) or blamed_country(doc, q, event, actors, gazetteer))


def _account_cue(doc: Document, quote: Quote) -> bool:
    """ "، مبينا أن الفعاليات ستقام في عدد من المواقع"، "تعتبر منطقة الشويمس أكبر …": a cue
    of showing or explaining, or تعتبر "is considered", tells an account of facts, not
    an act (the model, having seen a few such cues before criticisms, would read them
    as DISAPPROVE)."""
    if quote.cue is None:
        return False
    cue = match_key(doc.slice(quote.cue)).removeprefix("و").removeprefix("ف")
    return cue in _ACCOUNT_CUES


def _study(doc: Document, quote: Quote) -> bool:
    """Whether the speaker is a study or those who tell its findings, after a word of
    part or group ("يرجح بعض العلماء"، "وقال فريق من الباحثين")."""
    assert quote.speaker is not None
    words = [
        w.removeprefix("و").removeprefix("ال") for w in match_key(doc.slice(quote.speaker)).split()
    ]
    while words and words[0] in _STUDY_GROUPS:
        words = words[1:]
    return bool(words) and words[0] in _STUDIES


def _named_at(entities: list[Entity], span: Mention) -> bool:
    return any(e.start < span.end and span.start < e.end for e in entities)


def _speaker(doc: Document, quote: Quote, entities: list[Entity], starts: list[int]) -> Mention:
    """The quotation's speaker as an event side; "الحزب"، "الحركة" as the group the
    article last named with that noun, so two parties' statements stay two acts."""
    speaker = quote.speaker
    assert speaker is not None
    named = named_group(doc, entities, starts, doc.slice(speaker), speaker.start)
    if named is not None:
        return Mention(speaker.start, speaker.end, named.canonical or doc.slice(named))
    # An unnamed speaker ("عدد من الأحزاب") keeps its words, by which merging knows
    # the same statement told in the abstract and again in the body.
    return Mention(speaker.start, speaker.end, speaker.canonical or doc.slice(speaker))


def _aimed(doc: Document, event: Event) -> bool:
    """Whether the event's target is a person or body, not a place or a thing."""
    target = event.target
    if target is None:
        return False
    return any(
        e.label in ("PER", "ORG") and e.start < target.end and target.start < e.end
        for e in doc.entities or []
    )


def _aimed_elsewhere(doc: Document, event: Event) -> bool:
    """Whether the event is aimed at a person or body other than its source."""
    return _aimed(doc, event) and not same_actor(event.target, event.source)


_FORETELLING = WORD_LISTS.words("foretelling")


def _warned(doc: Document, quote: Quote, event: Event) -> bool:
    """Whether a warning threatens: it is aimed at someone named before the warned-of
    clause ("حذر كالين باريس من أن…"), or that clause foretells what will or will not
    be done ("حذرت بكين من أنها لن تتوانى عن فرض رسوم"). A warning whose only named
    side lies in a clause stating a danger ("محذرا من أن سوريا تمثل أخطر تهديد")
    threatens no one."""
    if event.target is None:
        return False
    if event.target.start < quote.start:
        return True
    return any(w.removeprefix("و") in _FORETELLING for w in match_key(doc.slice(quote)).split())
