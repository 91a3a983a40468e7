"""Sides of events on unseen news (evside, seeds 10285-10289).

A side read from a word where ل swallowed the article's alef ("للخطوات") is named
with the article restored ("الخطوات"), as the gold and the dictionaries spell it,
and only the article: a pronoun's ta marbuta stays ("حياتها", `keys.stem_key`).
A verb right after "إنه/أنها/بأنه" has that pronoun as its subject, so the noun
after the verb is its object and the one who says it is its source
(`side_agents.complementizer_pronoun`)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.events.keys import stem_key


def _canonicals(nlp, text: str, event_type: str) -> list[tuple[str, str]]:
    doc = nlp.analyze(text)
    return [
        tuple(m.canonical if m else "" for m in (e.source, e.target))
        for e in doc.events
        if e.type == event_type
    ]


def test_the_elided_article_is_restored_in_the_side_name(nlp):
    # unseen news, seed 10288
    text = (
        "وأعرب أبو الغيط عن رفضه للخطوات الإسرائيلية التي تُعرقل المضي قدما في حل "
        "الدولتين، وطالب بوقف الانتهاكات الإسرائيلية ضد المسجد الأقصى."
    )
    assert any(t == "الخطوات الاسرائيلية" for _, t in _canonicals(nlp, text, "REJECT"))


def test_only_the_article_is_restored(nlp):
    doc = nlp.analyze("زاعمة أنه دمر حياتها المهنية.")
    token = next(t for t in doc.tokens if doc.slice(t) == "حياتها")
    assert stem_key(doc, token, token.end) == "حياتها"
    doc = nlp.analyze("وأعرب عن رفضه للخطوات الإسرائيلية.")
    token = next(t for t in doc.tokens if doc.slice(t) == "للخطوات")
    assert stem_key(doc, token, token.end) == "الخطوات"


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # unseen news, seed 10288: the object after the verb was read as its subject
        (
            "وقالت الشرطة إنها اعتقلت الرجل قرب البرلمان للاشتباه في حيازته سكينا، "
            "مشيرة إلى عدم ورود تقارير عن إصابات.",
            "COERCE",
            "الشرطة",
            "",
        ),
        # unseen news, seed 10285
        (
            "أعلن الجيش الإسرائيلي الاثنين أنه اعتقل أربعة فلسطينيين في الضفة الغربية "
            "المحتلة يعملون في محطة مؤيدة لحماس.",
            "COERCE",
            "الجيش الإسرائيلي",
            "فلسطينيين",
        ),
        # unseen news, seed 10288
        (
            'وأعلن الجيش الأمريكي أمس الجمعة إنه استهدف المتشدد البارز في تنظيم "داعش" '
            "رشيد قاسم في ضربة جوية.",
            "ASSAULT",
            "الجيش الأمريكي",
            "المتشدد",
        ),
    ],
)
def test_the_complementizer_pronoun_is_the_speaker(nlp, text, kind, source, target):
    assert any(source in s and target in t for s, t in event_sides(nlp, text, kind))


def test_the_pronoun_of_the_matter_leaves_the_subject_after_the_verb(nlp):
    # unseen news, seed 10287: "أنه" before a feminine verb is no subject
    text = (
        "أعلن المرصد السوري لحقوق الإنسان أنه قصفت قوات النظام صباح أمس مناطق في "
        "مدينة حرستا بالغوطة الشرقية."
    )
    sides = event_sides(nlp, text, "ASSAULT")
    assert sides and all("المرصد" not in s for s, _ in sides)


def test_a_hearer_is_no_speaker_of_the_pronoun(nlp):
    # unseen news, seed 10288: "طالب" is a student, and the journalists only hear
    text = 'وأوضح للصحافيين أثناء تفقده المكان، قائلاً: "إنه شخص قدم نفسه على أنه طالب جزائري.'
    assert all("صحافيين" not in s for s, _ in event_sides(nlp, text, "DEMAND"))
