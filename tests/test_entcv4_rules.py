"""Entity rules of session 15's entcv4 (issue 14), on sentences of unseen news: a
town beside a match's score is its club, in that sentence and the rest of the article;
a body named as an organisation's own ("الجمعية العامة للأمم المتحدة") is one name."""

from __future__ import annotations

from ner_rules_check import after_rules, clubs_after_score


def test_a_town_beside_a_score_is_its_club_throughout_the_article(ner):
    assert clubs_after_score(
        ner,
        [
            ("ليتعادل على أرضه 2 - 2 مع تورينو الذي يقبع", "O O O O O O O B-LOC O O"),
            ("لكن تورينو رد بعد كل هدف", "O B-LOC O O O O"),
        ],
    ) == ["O O O O O O O B-ORG O O", "O B-ORG O O O O"]


def test_the_town_itself_stays_a_place(ner):
    # "في روما": the town where it snowed, not the club beaten 2-0.
    assert clubs_after_score(
        ner,
        [
            ("وبعد الفوز 2 - صفر على روما يوم الأحد", "O O O O O O B-LOC O O"),
            ("تساقط الثلوج بشكل نادر في روما", "O O O O O B-LOC"),
        ],
    ) == ["O O O O O O B-ORG O O", "O O O O O B-LOC"]
    # A town named where the match was played is no side of it.
    assert clubs_after_score(ner, [("حينما هزمه في الرياض 1 - صفر", "O O O B-LOC O O O")]) == [
        "O O O B-LOC O O O"
    ]


def test_a_national_team_stays_the_country(ner):
    assert clubs_after_score(
        ner, [("في نصف النهائي على إنكلترا 2 - 1 بعد التمديد", "O O O O B-LOC O O O O O")]
    ) == ["O O O O B-LOC O O O O O"]


def test_a_body_named_as_an_organisations_own_is_one_name(ner):
    # The tagger reads "الجمعية العامة" and "الأمم المتحدة" as two organisations.
    assert after_rules(
        ner,
        "في كلمته أمام الجمعية العامة للأمم المتحدة",
        "O O O B-ORG I-ORG B-ORG I-ORG",
    ) == ("O O O B-ORG I-ORG I-ORG I-ORG")
    assert after_rules(
        ner,
        "رئيس هيئة الأركان العامة للجيش السعودي والوفد",
        "O B-ORG I-ORG I-ORG B-ORG I-ORG O",
    ) == ("O B-ORG I-ORG I-ORG I-ORG I-ORG O")


def test_an_organisation_after_a_bare_head_or_without_the_article_stays_apart(ner):
    # A one-word head may be the subject, the organisation its indirect object.
    assert after_rules(ner, "وقدمت الحكومة للأمم المتحدة تقريرا", "O B-ORG B-ORG I-ORG O") == (
        "O B-ORG B-ORG I-ORG O"
    )
