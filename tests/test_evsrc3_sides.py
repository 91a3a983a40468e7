"""Sides of events on unseen news (evsrc3: the speaker of an act said of).

"وأدانت منظمة العفو الدولية الهجوم": the subject right after a speech verb is the one
who condemns; the attack noun after it gets the agent its own rules name or none
(`spoken_of.speech_subject`), and no other actor of the sentence in its stead. A verb
the lexicon lists with its objects only is no speech verb without them. Verbs of
condemning only: with every speech act arabic-event-gsr's held-out ASSAULT source
match fell."""

from __future__ import annotations

from event_types import event_sides
from rasd.pipeline import Pipeline


def test_the_condemner_is_no_attacker(nlp: Pipeline) -> None:
    text = "وأدانت منظمة العفو الدولية الهجوم على المدنيين في مدينة حلب."
    assert event_sides(nlp, text, "ASSAULT") == [("", "المدنيين")]
    assert event_sides(nlp, text, "DISAPPROVE")[0][0] == "منظمة العفو الدولية"


def test_condemned_without_alef(nlp: Pipeline) -> None:
    text = "ودانت الخارجية المصرية التفجير الذي استهدف كنيسة في القاهرة."
    assert all(source == "" for source, _ in event_sides(nlp, text, "ASSAULT"))


def test_a_verb_with_its_object_of_condemning(nlp: Pipeline) -> None:
    # unseen news, seed 10522: "أعرب" is a speech act only with its object
    text = "أعربت دولة الكويت عن إدانتها الشديدة للتفجير الذي استهدف مسجدا في منطقة عسير."
    assert all(source == "" for source, _ in event_sides(nlp, text, "ASSAULT"))


def test_a_verb_of_doing_keeps_its_subject(nlp: Pipeline) -> None:
    text = "وشنت القوات الروسية هجوما على مواقع المسلحين في إدلب."
    assert event_sides(nlp, text, "ASSAULT") == [("القوات الروسية", "المسلحين")]
