"""Side classes of the evsides3 audit (issue 13), each a construction rather than a
word: one actor named with and without the article ("الشرطة"، "شرطة دبي") is never on
both sides; a word carrying a pronoun suffix ("وتركه"، "بأنه") is no country's name;
"أنه" before a verb is that verb's subject, so no noun after it is; a past verb after a
relative pronoun it agrees with, with no pronoun pointing back, has the antecedent as
subject and the noun after it as object; an unknown subject after a verb ends before a
prepositional phrase. Sentences from the audit's unseen articles and from development
articles of folds 0-1."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.document import Mention
from rasd.events.sides import same_actor
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def _mention(text: str) -> Mention:
    return Mention(0, len(text), text)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("الشرطة", "شرطة دبي", True),
        ("هنيدي", "محمد هنيدي", True),
        ("الحكومة", "الحكومة السورية", True),
        ("حزب المبادرة", "حزب القطب", False),
        ("روسيا", "الولايات المتحدة", False),
    ],
)
def test_one_actor_with_or_without_the_article(a, b, same):
    x, y = _mention(a), Mention(100, 100 + len(b), b)
    assert same_actor(x, y) is same


def test_the_police_and_the_dubai_police_are_not_two_sides(nlp):
    text = (
        "وأضافت النيابة العامة أن “الزائر لجأ إلى شرطة دبي على الفور وقدم بلاغاً "
        "بالواقعة حيث تحركت الشرطة واستطاعت إلقاء القبض على المتهمين”."
    )
    found = event_sides(nlp, text, "COERCE")
    assert found, text
    assert all(not (s == "الشرطة" and "شرطة" in t) for s, t in found), found


@pytest.mark.parametrize(
    ("text", "event_type", "not_a_side"),
    [
        (
            "وعندما حضر لسوق العتيبية لأخذ المبلغ منها قام بخطفها، وتمكّنت شعبة "
            "التحريات والبحث الجنائي بشرطة العاصمة المقدّسة، من إلقاء القبض عليه عقب "
            "هروبه وتركه الفتاة.",
            "COERCE",
            "تركه",
        ),
        (
            "وعلمت سبق أن الجاني استغل صغر سن الفتاة، وهدّدها بأنه سيشوّه سمعتها.",
            "THREATEN",
            "أنه",
        ),
    ],
)
def test_a_word_with_a_pronoun_suffix_is_no_country(nlp, text, event_type, not_a_side):
    assert all(not_a_side not in (s, t) for s, t in event_sides(nlp, text, event_type))


def test_no_noun_subject_after_anna_with_a_pronoun(nlp):
    text = (
        "اتصل زوج المواطنة بمراسل الجوهرة أف أم، مفيدا أنه كلف محاميا برفع قضية يتهم "
        "فيها طبيبا بقسم الاستعجالي بمستشفى النفيضة بتهمة الإهمال والتقصير."
    )
    assert all(s != "كلف" for s, _ in event_sides(nlp, text, "DISAPPROVE"))


def test_the_antecedent_is_the_subject_of_a_relative_clause(nlp):
    text = (
        'نشر "الفايسبوك" تقريرا تضمن قائمة الدول التي طالبت الموقع بمعلومات خاصة '
        "بمستخدميه وقد تصدرت أمريكا قائمة هذه الدول."
    )
    assert event_sides(nlp, text, "DEMAND") == [("الدول", "الموقع")]


def test_a_verb_not_agreeing_with_the_relative_pronoun_has_its_own_subject(nlp):
    text = (
        "عادت حركة الملاحة الجوية للعمل في مطار السليمانية بعد أسبوع من رفع الحظر، "
        "على خلفية استفتاء الاستقلال الذي رفضت بغداد الاعتراف به وبنتائجه."
    )
    found = event_sides(nlp, text, "REJECT")
    assert found, text
    assert all(s.startswith("بغداد") for s, _ in found), found


def test_a_nisba_is_no_pronoun_suffix(nlp):
    text = (
        "لقد دوّت أصوات مليوني لبناني خرجوا متظاهرين في 10 كانون الأول 2006 صارخة "
        "بالهتاف ضد سياسة هذه الدولة الأجنبية."
    )
    assert any("لبناني" in s for s, _ in event_sides(nlp, text, "PROTEST"))
