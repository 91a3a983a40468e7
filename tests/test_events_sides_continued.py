"""Side classes found by tallying the news-gold development part's missed and
spurious events of one type in one article: a verb joined by و with no subject of
its own goes on with the subject of the verb before it; a noun phrase opening a
clause is the subject of the verb after it; a time told between two commas does not
cut the clause; a noun used as a preposition is never a side; a name in apposition
after a title is the titled side; an attack suffered by the subject of تعرض is
coded with that subject as its target; an actor opening the clause right before its
verb is its subject. Every sentence is from
a news-gold development article."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "event_type", "source", "not_source"),
    [
        (
            "وتنفي روسيا التورط في تسميم سكربيل وابنته وتطالب بالحصول على عينات من "
            "المادة المستخدمة.",
            "DEMAND",
            "روسيا",
            "سكربيل",
        ),
        (
            "وقال رجال الدين المحافظون إن ذلك يعتبر انتهاكاً للقانون وهددوا بمعاقبة "
            "وملاحقة الذين قاموا بتنظيم الاحتفال.",
            "THREATEN",
            "المحافظون",
            "انتهاك",
        ),
    ],
)
def test_a_joined_verb_goes_on_with_the_subject_before(nlp, text, event_type, source, not_source):
    found = event_sides(nlp, text, event_type)
    assert found, text
    assert all(source in s and not_source not in s for s, _ in found), found


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        (
            'أعلن الجيش الإسرائيلي، صباح الإثنين، اعتقال 11 "مطلوبا" فلسطينيا في الضفة الغربية.',
            "COERCE",
            "الجيش الإسرائيلي",
        ),
        (
            "أعلن الجيش الإسرائيلي، الثلاثاء، اعتقال 21 فلسطينيا في الضفة الغربية.",
            "COERCE",
            "الجيش الإسرائيلي",
        ),
    ],
)
def test_a_time_between_commas_does_not_end_the_clause(nlp, text, event_type, source):
    found = event_sides(nlp, text, event_type)
    assert any(source in s for s, _ in found), found


def test_a_preposition_noun_is_never_a_side(nlp):
    # "عقب"، "إثر"، "ضمن": nouns used as prepositions, not a name's first word
    text = "تظاهرات عقب اعتقال سوري وعراقي للاشتباه بهما في حادثة طعن مميتة وقعت الأحد."
    doc = nlp.analyze(text)
    sides = [doc.slice(m) for e in doc.events for m in (e.source, e.target) if m]
    assert doc.events and not any("عقب" in s for s in sides), sides


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        ("لكن آلافا من المستخدمين الآخرين أيدوا القرار.", "SUPPORT", "آلافا من المستخدمين"),
        (
            "كان العمال والفلاحون يحتجون على حصتهم من المياه وعلى سياسة الدولة في توزيع "
            "المياه للمزارعين.",
            "PROTEST",
            "العمال",
        ),
    ],
)
def test_a_noun_phrase_opening_the_clause_is_the_verbs_subject(nlp, text, event_type, source):
    found = event_sides(nlp, text, event_type)
    assert any(source in s for s, _ in found), found


def test_an_opening_phrase_after_a_preposition_is_no_subject(nlp):
    found = event_sides(nlp, "وإزاء هذا الخطر طلب من السوداني وقف المهمة.", "DEMAND")
    assert all("الخطر" not in s for s, _ in found), found


def test_a_name_in_apposition_after_a_title_is_the_same_side(nlp):
    # news-gold development: the name between commas is the titled person, not the target
    found = event_sides(nlp, "وانتقد المقدم التلفزيوني، دون ليمون، تغريدة ترامب.", "DISAPPROVE")
    assert found, found
    assert all("ليمون" in s and "ليمون" not in t for s, t in found), found


def test_an_act_suffered_after_the_subject_of_a_facing_verb_is_coded(nlp):
    # "تتعرض المناطق … للقصف": the attack told after تعرض's subject, which it hit
    text = "على مدار ثلاثة أيام تتعرض المناطق شرقي مدينة درعا للقصف."
    found = event_sides(nlp, text, "ASSAULT")
    assert any("درعا" in t and "درعا" not in s for s, t in found), found


def test_an_actor_opening_the_clause_before_its_verb_is_the_subject(nlp):
    # a news-gold development headline (SVO): what follows the verb is its object
    text = "لومير يشترط إعفاء دول الاتحاد الأوروبي من الرسوم الجمركية قبل أي تفاوض مع واشنطن"
    found = event_sides(nlp, text, "DEMAND")
    assert found and all("لومير" in s for s, _ in found), found
