"""A multi-word organisation's last word alone is the organisation, a club's short
form (`rasd.ner.short_forms`, issue 14), on sentences of unannotated SaudiNewsNet
articles, with the tagger's output given."""

from __future__ import annotations

from rasd.ner.short_forms import short_forms
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


def _short(ner: EntityRecognizer, sentences: list[str], tags: list[str]) -> list[str]:
    forms = [[ner.tagger.featurizer.form(w) for w in s.split()] for s in sentences]
    all_tags = [t.split() for t in tags]
    short_forms(
        [[f.key for f in fs] for fs in forms],
        [[f.stem for f in fs] for fs in forms],
        all_tags,
        ner.tagger.featurizer.segmenter.lexicon,
        ner._listed_body,
        ner._is_nationality,
    )
    return [" ".join(t) for t in all_tags]


def test_a_clubs_last_word_alone_is_the_club(ner):
    # One article: "مانشستر سيتي" named in full, then "سيتي" and "لسيتي" alone.
    assert _short(
        ner,
        [
            "توصل إيدين دزيكو مهاجم فريق مانشستر سيتي الإنجليزي",
            "وكان سيتي قد عزز صفوفه",
            "الذي انتقل لسيتي في يناير الماضي",
        ],
        ["O B-PER I-PER O O B-ORG I-ORG O", "O O O O O", "O O O O O O"],
    ) == ["O B-PER I-PER O O B-ORG I-ORG O", "O B-ORG O O O", "O O B-ORG O O O"]


def test_a_short_form_after_a_common_word_is_the_club(ner):
    # "خزينة يونايتد": the club's treasury, "مانشستر يونايتد" named before.
    assert (
        _short(
            ner,
            [
                "من جانبه، فقد سار مانشستر يونايتد على نهج ليفربول",
                "فيما تكبدت خزينة يونايتد 7ر57 مليون",
            ],
            ["O O O O B-ORG I-ORG O O B-ORG", "O O O O O O"],
        )[1]
        == "O O O B-ORG O O"
    )


def test_a_one_word_place_or_person_is_left(ner):
    # The tagger's one-word readings stand (a town after "في" is the match's venue).
    assert (
        _short(
            ner,
            ["فوزا عريضا على مانشستر سيتي الإنجليزي", "وكان سيتي قد عزز صفوفه"],
            ["O O O B-ORG I-ORG O", "O B-LOC O O O"],
        )[1]
        == "O B-LOC O O O"
    )


def test_a_body_named_by_a_common_noun_leaves_its_place(ner):
    # "جامعة ويتشيتا": "جامعة" is a common noun, "ويتشيتا" alone is the town.
    assert (
        _short(
            ner,
            ["عبرت جامعة ويتشيتا على لسان رئيسها", "أو مركز شرطة في ويتشيتا فيما"],
            ["O B-ORG I-ORG O O O", "O O O O O O"],
        )[1]
        == "O O O O O O"
    )


def test_the_full_name_left_untagged_is_not_its_short_form(ner):
    # "مانشستر سيتي" found once and left untagged elsewhere: not "مانشستر [سيتي]".
    assert (
        _short(
            ner,
            [
                "فوزا عريضا على مانشستر سيتي الإنجليزي",
                "جناح ليفربول إلى مانشستر سيتي الاهتمام الأكبر",
            ],
            ["O O O B-ORG I-ORG O", "O O O O O O O"],
        )[1]
        == "O O O O O O O"
    )


def test_the_recognizer_tags_the_short_form(ner):
    doc_text = (
        "توصل إيدين دزيكو مهاجم فريق مانشستر سيتي الإنجليزي لكرة القدم لاتفاق مع إدارة "
        "نادي روما الإيطالي. وكان سيتي قد عزز صفوفه بالتعاقد مع رحيم سترلينج."
    )
    doc = Pipeline(["text"]).analyze(doc_text)
    found = {(doc.text[e.start : e.end], e.label) for e in ner(doc).entities}
    assert ("سيتي", "ORG") in found
