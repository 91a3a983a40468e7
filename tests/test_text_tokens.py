"""Tokens and clitic segments."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rasd.pipeline import Pipeline
from rasd.text.evaluate import evaluate_segmentation

WORDS = st.lists(
    st.sampled_from(
        [
            "وروسيا",
            "للأمم",
            "المتحدة",
            "حكومته",
            "وقال",
            "سيذهب",
            "بالأمس",
            "3.5",
            "U.S.",
            "،",
            '"',
            "..",
            "كيري",
        ]
    ),
    max_size=40,
)


def segments(nlp: Pipeline, text: str) -> list[list[tuple[str, str, str | None]]]:
    doc = nlp.analyze(text)
    return [[(doc.slice(g), g.kind, g.form) for g in t.segments] for t in doc.tokens]


def test_proclitics_split_off_known_words(nlp):
    assert segments(nlp, "وروسيا") == [[("و", "proclitic", None), ("روسيا", "stem", None)]]
    assert segments(nlp, "للأمم") == [[("ل", "proclitic", None), ("لأمم", "stem", "الأمم")]]


def test_words_that_only_look_like_clitics_stay_whole(nlp):
    for word in ("وزير", "بعد", "لكن", "كيري"):
        assert segments(nlp, word) == [[(word, "stem", None)]]


def test_names_that_begin_like_a_clitic_stay_whole(nlp):
    # "كين", "يصل" and "يونغ" are frequent words, but the names take prepositions
    # themselves ("ببكين", "لفيصل"), so their first letter is no clitic.
    for word in ("بكين", "فيصل", "بيونغ", "فكرة", "بطاقة"):
        assert segments(nlp, word) == [[(word, "stem", None)]]
    assert segments(nlp, "وبكين") == [[("و", "proclitic", None), ("بكين", "stem", None)]]
    assert segments(nlp, "بسبب") == [[("ب", "proclitic", None), ("سبب", "stem", None)]]


def test_enclitic_and_restored_stem(nlp):
    assert segments(nlp, "حكومته") == [[("حكومت", "stem", "حكومة"), ("ه", "enclitic", None)]]


def test_token_kinds(nlp):
    doc = nlp.analyze("ارتفع 3.5% في U.S. اليوم!")
    kinds = [(doc.slice(t), t.kind) for t in doc.tokens]
    assert ("3.5%", "number") in kinds
    assert ("U", "latin") in kinds
    assert ("!", "punct") in kinds


@given(WORDS)
def test_segments_partition_each_token(nlp, words):
    doc = nlp.analyze(" ".join(words))
    for token in doc.tokens:
        assert token.segments[0].start == token.start
        assert token.segments[-1].end == token.end
        for a, b in zip(token.segments, token.segments[1:], strict=False):
            assert a.end == b.start


def test_segmentation_on_a_treebank_sample(nlp, fixtures):
    segmenter = nlp.components[0][1].tokenizer.segmenter
    scores = evaluate_segmentation(fixtures / "pud_sample.conllu", segmenter)
    assert scores["words"] > 100
    assert scores["word_accuracy"] > 0.9


def test_segmentation_on_ud_test_sets(shared, nlp):
    segmenter = nlp.components[0][1].tokenizer.segmenter
    for name in ("ar_pud-ud-test.conllu", "padt-ar-ud-test.v1.3-2016-04-22.conllu"):
        scores = evaluate_segmentation(shared / "data" / "ud" / name, segmenter)
        assert scores["word_accuracy"] > 0.93, (name, scores)
