"""Post-tagging rules chosen on the held-out CRF of fold 1 and confirmed on fold 2
(issue 14, "entcv"), on sentences of unannotated articles of ../shared/data/news:
each test gives the tagger's output and the expected result after the rules."""

from __future__ import annotations

from ner_rules_check import after_rules


def test_syria_spelled_as_the_adjective_is_the_country_after_a_preposition(ner):
    # AL-internationalNews-55 and AL-internationalNews-53 (Al-Hayat's spelling).
    assert after_rules(ner, "أن نبقى في سورية ولبنان .", "O O O O B-LOC O") == (
        "O O O B-LOC B-LOC O"
    )
    assert after_rules(ner, "وجزئياً لسورية حتى 2011", "O O O O") == "O B-LOC O O"


def test_the_adjective_after_a_noun_stays_untagged(ner):
    # FR-internationalNews-428-like phrase: "فصائل سورية" (Syrian factions).
    assert after_rules(ner, "وتطوق القوات التركية وفصائل سورية موالية", "O O O O O O") == (
        "O O O O O O"
    )


def test_an_english_or_german_adjective_reads_as_a_nationality(ner):
    # FR-internationalNews-321: the clubs end before their nationality adjective, which
    # the gazetteer lacks ("الإنكليزي") or keys with its own alef-lam ("الألمانية").
    assert after_rules(ner, "على حساب توتنهام الإنكليزي في ملعبه", "O O B-ORG I-ORG O O") == (
        "O O B-ORG O O O"
    )
    assert ner._is_nationality("الماني")  # "الألماني"
    assert after_rules(ner, "استدعت الشرطة النيجيرية الأحد", "O O O O") == "O B-ORG I-ORG O"


def test_a_title_between_an_institution_and_the_adjective_takes_the_adjective(ner):
    # AL-internationalNews-1570: the chancellor is German, "حكومة" names no body here.
    assert after_rules(
        ner, "في حكومة المستشارة الألمانية ، أنجيلا ميركل", "O O O O O B-PER I-PER"
    ) == ("O O O O O B-PER I-PER")


def test_a_city_after_a_players_role_is_his_club(ner):
    # AL-sport-942 and AL-sport-168: "لاعب وسط روما", "مهاجم الفيحاء".
    assert after_rules(ner, "ولم يكن لاعب وسط روما الإيطالي حاضرا", "O O O O B-LOC O O") == (
        "O O O O B-ORG O O"
    )
    assert after_rules(ner, "روني فيرنانديز مهاجم الفيحاء ،", "B-PER I-PER O B-LOC O") == (
        "B-PER I-PER O B-ORG O"
    )


def test_a_country_or_unlisted_place_after_a_coach_stays_a_place(ner):
    # AL-sport-1578 and SK-sport-2033: national teams are written as their country.
    assert after_rules(ner, "غاريث ساوثغيت مدرب إنجلترا تشكيلة", "B-PER I-PER O B-LOC O") == (
        "B-PER I-PER O B-LOC O"
    )
    assert after_rules(ner, "أقدم لاعب المكسيك ميغيل لايون", "O O B-LOC B-PER I-PER") == (
        "O O B-LOC B-PER I-PER"
    )
