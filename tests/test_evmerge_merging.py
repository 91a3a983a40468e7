"""Which mentions `events.merging` joins (helper evmerge, issue 13): a quotation's act
absorbs no trigger told outside it in another sentence, and two acts of one day with
no party in common stay two. The events are built as the stage reads the sentences
quoted in each test."""

from __future__ import annotations

from rasd.document import Event, Mention
from rasd.events import merging
from rasd.events.merging import Candidate, merge


def _side(start: int, name: str, ranked: bool = False) -> Mention:
    return Mention(start, start + len(name), name, {"ranked": True} if ranked else {})


def _event(kind: str, start: int, end: int, sentence: int, source: str, target: str | None):
    ev = Event(start, end, kind, sentence, _side(start, source))
    ev.target = _side(start + 40, target) if target else None
    return ev


def _speech(ev: Event) -> Event:
    ev.attrs |= {"speech": True, "trigger": "قال"}
    return ev


def test_a_later_quotation_aimed_elsewhere_does_not_absorb_a_trigger():
    # "كما عارض ترامب خطة ماكماستر …" then, two sentences later, "وأفادت الأنباء أن
    # الرئيس قاطعه ذات مرة قائلا: "…"": the quotation is another act of the speaker.
    quoted = _speech(_event("DISAPPROVE", 500, 620, 6, "ترامب", "ماكماستر"))
    told = _event("DISAPPROVE", 100, 180, 4, "ترامب", None)
    told.attrs["trigger"] = "عارض"
    events = merge([Candidate(quoted, False, None, 510), Candidate(told, False, None, 101)], False)
    assert len(events) == 2


def test_a_quotation_with_no_target_still_tells_the_act_again():
    # "قال بوتين للصحفيين إن "…محض هراء"" after "ونفى بوتين …": the quotation only
    # says the denial in the speaker's words.
    quoted = _speech(_event("REJECT", 500, 620, 6, "بوتين", None))
    told = _event("REJECT", 100, 180, 4, "بوتين", "الاتهامات")
    told.attrs["trigger"] = "نفى"
    events = merge([Candidate(quoted, False, None, 510), Candidate(told, False, None, 101)], False)
    assert len(events) == 1


def test_a_trigger_inside_the_quotation_is_its_act():
    quoted = _speech(_event("DEMAND", 500, 620, 6, "أبو الغيط", "إسرائيل"))
    inside = _event("DEMAND", 560, 580, 7, "أبو الغيط", None)
    inside.attrs["trigger"] = "نطالب"
    events = merge(
        [Candidate(quoted, False, None, 510), Candidate(inside, False, None, 561)], False
    )
    assert len(events) == 1


def test_the_switch_is_on():
    assert merging._SPEECH_IN_OWN_SENTENCE
