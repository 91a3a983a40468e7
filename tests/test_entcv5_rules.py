"""Entity rules of session 15's entcv5 (issue 14), on phrases of unseen news: a blessing
after a name is no part of it, and a preposition with a pronoun names nothing."""

from __future__ import annotations

from ner_rules_check import after_rules


def test_a_blessing_ends_the_name_before_it(ner):
    assert after_rules(
        ner,
        "قال عنه سيدنا عمر بن الخطاب رضي الله عنه :",
        "O O O B-PER I-PER I-PER I-PER I-PER O O",
    ) == ("O O O B-PER I-PER I-PER O O O O")
    assert after_rules(
        ner, "المؤسس للدولة الشيخ زايد طيب الله ثراه .", "O O O B-PER I-PER I-PER O O"
    ) == ("O O O B-PER O O O O")


def test_a_blessing_alone_is_no_name(ner):
    assert after_rules(ner, "وقالت رضي الله عنها :", "O B-PER I-PER O O") == "O O O O O"


def test_a_name_spelled_like_a_blessing_word_stays(ner):
    # "طيب" is a given name when no "الله" follows.
    assert after_rules(ner, "رجب طيب أردوغان", "B-PER I-PER I-PER") == "B-PER I-PER I-PER"


def test_a_preposition_with_a_pronoun_is_no_name(ner):
    assert after_rules(ner, "في جعبته استراتيجية أطلق عليها تصدير الثورة", "O O O O B-PER O O") == (
        "O O O O O O O"
    )
    # "علي" alone is a name: the pronoun makes the difference.
    assert after_rules(ner, "وقال علي إن", "O B-PER O") == "O B-PER O"


def test_a_term_coined_from_a_name_leaves_the_name(ner):
    # Unseen news: Brexit read into the EU negotiator's name and after Theresa May's.
    assert after_rules(
        ner,
        "مفاوضي الاتحاد الأوروبي في ملف بريكست ميشال بارنييه إن",
        "O B-ORG I-ORG O O B-PER I-PER I-PER O",
    ) == ("O B-ORG I-ORG O O O B-PER I-PER O")
    assert after_rules(ner, "خطة تيريزا ماي لبريكست ستقتل", "O B-PER I-PER I-PER O") == (
        "O B-PER I-PER O O"
    )
    assert after_rules(ner, "ظاهرة الروسيافوبيا في الغرب", "O B-LOC O B-LOC") == "O O O B-LOC"


def test_a_preposition_with_a_pronoun_after_and_is_no_name(ner):
    # "flights from the airports of Erbil and Sulaymaniyah and to them".
    assert after_rules(
        ner, "من مطاري أربيل والسليمانية وإليهما ، بعد", "O O B-LOC B-LOC B-LOC O O"
    ) == ("O O B-LOC B-LOC O O O")


def test_the_places_in_a_title_are_no_place(ner):
    # Unseen Saudi news: the king's and his deputy's title.
    assert after_rules(
        ner, "وتلقى نائب خادم الحرمين الشريفين صاحب السمو", "O O O B-LOC I-LOC O O"
    ) == ("O O O O O O O")
    assert after_rules(
        ner, "ونقل معاليه لخادم الحرمين الشريفين خلال الاستقبال", "O O O B-LOC I-LOC O O"
    ) == ("O O O O O O O")
    # Tagged with the title as a person, it stays (the annotated news: optional).
    assert after_rules(ner, "أكد خادم الحرمين الشريفين أن", "O B-PER I-PER I-PER O") == (
        "O B-PER I-PER I-PER O"
    )
