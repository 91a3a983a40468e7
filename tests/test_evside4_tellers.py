"""Sides of events on unseen news (evside4).

A speech act read from a quotation is not aimed at the speaker's own state: "وقال وزير
الاقتصاد الفرنسي … إن فرنسا تأسف لإعلان ترامب" is aimed past France (`speech_targets.
own_state`), while a people or its former officials may aim at their government. In a
reported clause, a verb joined to the clause's first verb goes on with the subject after
"أن/إن", not with the source who tells it (`clauses.clause_subject`)."""

from __future__ import annotations

from event_types import event_sides
from rasd.pipeline import Pipeline


def test_the_speakers_own_state_is_no_target(nlp: Pipeline) -> None:
    text = "وقال المسؤول الصيني تشانغ يسوي إن الصين سترد بقوة على أي رسوم تفرضها الولايات المتحدة."
    assert [target for _, target in event_sides(nlp, text, "THREATEN")] == ["الولايات المتحدة"]


def test_a_capital_is_the_speakers_own_state() -> None:
    from rasd.events.lexicon import ActorDictionary
    from rasd.events.speech_targets import own_state

    actors = ActorDictionary()
    assert own_state(actors, ["الحكومة النمساوية"], "فيينا")
    assert own_state(actors, ["موسكو", "موسكو"], "روسيا")


def test_a_government_stays_a_target_of_its_people() -> None:
    from rasd.events.lexicon import ActorDictionary
    from rasd.events.speech_targets import own_state

    actors = ActorDictionary()
    assert not own_state(actors, ["مسؤولون إسرائيليون سابقون"], "الحكومة الإسرائيلية")
    assert not own_state(actors, ["نشطاء إسرائيليون"], "إسرائيل")
    assert not own_state(actors, ["الحكومة السورية"], "الأسد")


def test_a_joined_verb_goes_on_with_the_reported_subject(nlp: Pipeline) -> None:
    # unseen news, seed 10571
    text = (
        "وقال مصدر عسكري إن الأشخاص المسلحين بالرشاشات وصلوا على متن دراجات نارية وهاجموا "
        "ثلاثة فنادق على الأقل في بلدة سيفاري."
    )
    sources = [source for source, _ in event_sides(nlp, text, "ASSAULT")]
    assert sources and all("مصدر" not in source for source in sources)


def test_a_joined_verb_after_the_speakers_pronoun_keeps_the_speaker(nlp: Pipeline) -> None:
    text = "وقال الجيش إنه قصف مواقع للمسلحين وقتل عشرة منهم."
    assert all(source == "الجيش" for source, _ in event_sides(nlp, text, "ASSAULT"))
