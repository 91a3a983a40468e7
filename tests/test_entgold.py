"""A body named for its purpose is one organisation (rasd.ner.purpose_bodies): a body
head, its adjectives and a tail after ل ("المعهد الأمريكي للحساسية والأمراض المعدية")
or a purpose noun with a place ("التحالف الدولي لدعم الشرعية في اليمن"). The name ends
before a noun the sentence goes on with ("والمشكلة من", "والتقارير التي"). Sentences
from unseen news (saudinewsnet, ant-multisource; `ner_rule_diff.py` design seeds
20261659-20261663), none from a gold article."""

from __future__ import annotations

import pytest

from rasd.ner import purpose_bodies
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


def _labelled(ner: EntityRecognizer, text: str, label: str) -> set[str]:
    doc = ner(Pipeline(["text"]).analyze(text))
    return {doc.text[e.start : e.end] for e in doc.entities if e.label == label}


COALITION = "وشدد المومني على أن الأردن جزء من التحالف الدولي لدعم الشرعية في اليمن، ومشارك في عمليات التحالف."
INSTITUTE = (
    "وبالاستعانة باسلوب علاجي من مرحلتين على فئران التجارب والقردة الآسيوية (الماكاك) قال"
    " العلماء في مركز أبحاث اللقاحات بالمعهد الأمريكي للحساسية والأمراض المعدية إنهم نجحوا"
    " في حث جهاز المناعة لدى حيوانات التجارب للرد على الاصابة بالفيروس."
)


def test_a_purpose_noun_and_its_place_join_the_body(ner: EntityRecognizer) -> None:
    # design seed 20261660 (saudinewsnet): the coalition, not "اليمن" alone
    assert "التحالف الدولي لدعم الشرعية في اليمن" in _labelled(ner, COALITION, "ORG")
    assert "اليمن" not in _labelled(ner, COALITION, "LOC")


def test_the_switch_off_leaves_the_place_alone(
    ner: EntityRecognizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(purpose_bodies, "PURPOSE_BODIES", False)
    assert "اليمن" in _labelled(ner, COALITION, "LOC")


def test_a_tail_after_lam_with_a_joined_noun(ner: EntityRecognizer) -> None:
    # design seed 20261660 (saudinewsnet): NIAID, written after "بـ"
    assert "المعهد الأمريكي للحساسية والأمراض المعدية" in _labelled(ner, INSTITUTE, "ORG")


def test_a_participle_joined_by_wa_is_no_part_of_the_name(ner: EntityRecognizer) -> None:
    # design seed 20261660 (saudinewsnet): "والمشكلة من" is the committee's make-up
    text = (
        "أغلقت أمانة منطقة حائل عبر اللجنة الرباعية للتسمم الغذائي والمشكلة من بلدية وسط"
        " المدينة ووزارة الصحة وإمارة المنطقة وهيئة الغذاء والدواء, أحد المطاعم."
    )
    bodies = _labelled(ner, text, "ORG")
    assert "اللجنة الرباعية للتسمم الغذائي" in bodies
    assert not any("والمشكلة" in b for b in bodies)


def test_a_noun_a_relative_clause_follows_stays_out(ner: EntityRecognizer) -> None:
    # design seed 20261661 (ant-multisource): the reports are the sentence's, not the name's
    text = (
        "وقال اليماني إن الأدلة التي رصدها تحالف دعم الشرعية والتقارير التي قُدمت إلى عدد"
        " من الدول الحليفة، تكشف أن الإيرانيين نفّذوا عمليات إنزال في جزر قرب الساحل الغربي لليمن."
    )
    assert not any("والتقارير" in b for b in _labelled(ner, text, "ORG"))
