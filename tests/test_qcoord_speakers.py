"""Speakers named together (issue 12): places joined by "و" speak as one list, which
the gold names whole ("ألمانيا وفرنسا وبريطانيا"), not its first member or first two.
Sentences from unseen articles of ../shared/data/news."""

from __future__ import annotations

import pytest

from quote_speakers import speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "وقالت بولندا والتشيك وسلوفاكيا والمجر إنها ستقاطع هذه المحادثات.",
            "بولندا والتشيك وسلوفاكيا والمجر",
        ),
        (
            "من جهة أخرى، أعلنت فرنسا وألمانيا وبريطانيا أنها ملتزمة باستمرار تنفيذ الاتفاق "
            "النووي الإيراني الذي وقع العام 2015.",
            "فرنسا وألمانيا وبريطانيا",
        ),
        (
            'وقالت روسيا وسوريا إن هناك "قضايا أمنية يجب التعامل معها" قبل السماح لمفتشي '
            "منظمة حظر الأسلحة الكيمياوية بدخول موقع الهجوم المشتبه به.",
            "روسيا وسوريا",
        ),
    ],
)
def test_places_joined_by_and_speak_together(nlp, sentence, speaker) -> None:
    """ "وقالت بولندا والتشيك وسلوفاكيا والمجر": every place of the list, whether the
    next is definite or not."""
    (found,) = speakers(nlp.analyze(sentence))
    assert found == speaker


def test_a_place_list_ends_before_its_circumstance(nlp) -> None:
    """ "أكدت فرنسا وبريطانيا في إعلان مشترك": where it was said is not the speaker."""
    sentence = (
        'أكدت فرنسا وبريطانيا في إعلان مشترك أمس الأحد أن إنهاء الأزمة في كاليه "أولوية كبرى".'
    )
    assert speakers(nlp.analyze(sentence))[0] == "فرنسا وبريطانيا"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "قال نشطاء ومسعفون إن عشرات الأشخاص لقوا حتفهم عندما ألقت طائرات حكومية قنابل.",
            "نشطاء ومسعفون",
        ),
        (
            "وقال خبراء طقس ومسؤولون محليون إن من المتوقع هطول أمطار غزيرة صباح الخميس.",
            "خبراء طقس ومسؤولون محليون",
        ),
        (
            "وذكرت مصادر محلية وشهود عيان، أن قوات الجيش مدعومة بضربات جوية نفذت عملياتها.",
            "مصادر محلية وشهود عيان",
        ),
    ],
)
def test_groups_of_people_joined_by_and_speak_together(nlp, sentence, speaker) -> None:
    """ "نشطاء ومسعفون"، "مصادر محلية وشهود عيان": two plurals of people, each with
    its adjectives, are one speaker."""
    (found,) = speakers(nlp.analyze(sentence))
    assert found == speaker


def test_a_group_with_its_modifier_is_named_alone(nlp) -> None:
    """ "مصادر في المعارضة وصحفيون على الأرض": after a modifier each group has its own;
    the first group is the speaker (the gold allows it)."""
    sentence = "وقالت مصادر في المعارضة وصحفيون على الأرض إن مئات الأشخاص فروا من القصف."
    (found,) = speakers(nlp.analyze(sentence))
    assert found == "مصادر في المعارضة"


def test_a_feminine_past_verb_before_the_subject_is_left_out(nlp) -> None:
    """ "وقررت محكمة مدينة إزمير رفض الطلب، مؤكدة أن": "قررت" is a verb (the news
    writes "قرروا"), so the body after it, not the verb, says what follows."""
    sentence = "وقررت محكمة مدينة إزمير رفض الطلب، مؤكدة أن برانسون سيبقى قيد الإقامة الجبرية."
    doc = nlp.analyze(sentence)
    assert [doc.slice(q.speaker) for q in doc.quotes or [] if q.speaker] == ["محكمة مدينة إزمير"]
