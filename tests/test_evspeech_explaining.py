"""Speech acts under a cue of showing or explaining (evspeech, audits of unseen articles,
seeds 10034 and 10035): "، مبينا أن …"، "، مشدداً بأن …"، "وبينت أن …" open an account
of facts, which the speech-act model, having seen such cues a few times before a
criticism, read as DISAPPROVE; so did تعتبر "is considered" with a thing as subject
(events/speech.py, words.tsv "explaining_cues", "considered_cues")."""

from __future__ import annotations

import pytest

from event_types import event_types, ungated_types


@pytest.mark.parametrize(
    "text",
    [
        # Al-Riyadh (audit, seed 10034): a festival's programme explained
        "وأكد العمر أن فعاليات الأسبوع الثاني تمتاز بتنوعها، مبيناً أنها صممت خصصياً "
        "لتناسب زوار المنطقة، في ظل متابعة واهتمام سمو أمير منطقة عسير.",
        # Al-Riyadh (audit, seed 10034): the municipality's oversight stressed
        'وأكد "الزيتوني" بأن الأمانة حريصة على متابعة هؤلاء العمالة حتى يقوموا بمهام '
        "عملهم الذي تم التعاقد معهم لأجل تنفيذه، مشدداً بأن هناك رقابة شديدة على العمالة "
        "في كافة مواقعهم.",
        # SaudiNewsNet (unseen): patients followed up
        "وأضاف المتحدث الرسمي باسم مديرية الشؤون الصحية في محافظة الاحساء حسين الاحمد، "
        "مبينا أن هناك متابعة من مدير الشؤون الصحية بالاحساء لحالة المرضى السبعة، حيث "
        "وجه بتقديم جميع الخدمات لهم.",
    ],
)
def test_an_account_explained_is_no_criticism(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Al-Riyadh (audit, seed 10034)
        "فيما تعتبر منطقة الشويمس أكبر متاحف التاريخ الطبيعي المفتوحة في العالم، وتتجاوز "
        "مساحتها 50 كيلو متر مربع.",
        # France 24 (unseen)
        "وتعتبر الصين السوق الثانية في العالم لصناعات الطيران وتشهد منافسة شبه متساوية بين "
        "إيرباص وبوينغ.",
    ],
)
def test_what_a_thing_is_considered_is_no_criticism(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_a_complaint_under_a_plain_cue_is_still_a_criticism(nlp):
    # SaudiNewsNet (audit, seed 10034)
    text = (
        "وقال الجريوي، إن حفرالباطن تعاني من ضعف التسويق وعدم تطور أدواته بالشكل الذي "
        "يجذب الشركات من خارج المنطقة."
    )
    # no word of blame (evmodel): the gated model leaves it, the explaining rule does not
    assert "DISAPPROVE" in ungated_types(nlp, text)
