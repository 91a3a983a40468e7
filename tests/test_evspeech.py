"""Quoted words that tell another's feeling or act, or a measure no one aims, as an
account: no speech act of the speaker (evspeech; sentences of unseen news)."""

from __future__ import annotations

import pytest

from rasd.events.speech_lexicon import SpeechActs


@pytest.fixture(scope="module")
def acts() -> SpeechActs:
    return SpeechActs.load()


def test_a_concern_in_construct_with_a_definite_noun_is_that_nouns(acts: SpeechActs):
    # ant-multisource (alarabiya, 2018): the investors' concern, told as market analysis
    said = "في غضون ذلك، تزايد قلق المستثمرين بشكل خاص، عقب تعليقات أدلى بها أردوغان"
    assert acts.content_type(said) is None


def test_the_speakers_own_concern_stays_an_act(acts: SpeechActs):
    assert acts.content_type("عن قلقهم البالغ من قرار الحكومة") == "DISAPPROVE"
    assert acts.content_type("عن قلق الحكومة من القرار") == "DISAPPROVE"  # the cue's object


def test_an_owned_act_after_a_word_of_time_is_an_earlier_act_reported(acts: SpeechActs):
    # ant-multisource (alarabiya, 2018-06-12): the Italian government's refusal, which
    # Macron denounced; the quoted words reject nothing of his
    said = "المعيب وغير المسؤول للحكومة الإيطالية بعد رفضها استقبال سفينة اكواريوس"
    assert acts.content_type(said) is None
    assert acts.content_type("رفضها استقبال سفينة اكواريوس") == "REJECT"  # the cue's object


def test_a_passive_measure_aimed_at_no_one_is_no_threat(acts: SpeechActs):
    # ant-multisource (alarabiya, 2018-06-27): a minister on the budget reserve
    said = "نفاد الاحتياطي سيتم ما لم يتم اتخاذ إجراءات إصلاحية ووقف الهدر والصرف"
    assert acts.content_type(said) is None


def test_a_passive_measure_aimed_at_someone_stays_a_threat(acts: SpeechActs):
    assert acts.content_type("أنه سيتم اتخاذ إجراءات ضد المخالفين") == "THREATEN"
    assert acts.content_type("أن الصين ستتخذ الإجراءات الضرورية") == "THREATEN"
