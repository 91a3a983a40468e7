"""The NER tagger, its training and its evaluation command."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pycrfsuite
import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.document import Document
from rasd.ner import features
from rasd.ner.corpora import CorpusError, check_bio, read_bio
from rasd.ner.model import (
    MAX_SEQUENCE,
    MODEL_RESOURCE,
    Tagger,
    _attributes,
    default_featurizer,
    train,
)
from rasd.ner.scoring import chunks, score
from rasd.text.pipe import TextAnalyzer

runner = CliRunner()


@pytest.fixture(scope="module")
def sample(fixtures) -> Path:
    return fixtures / "ner_anercorp_train_sample.bio"


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    return Tagger()


def test_reader_maps_anercorp_tags(sample):
    sentences = list(read_bio(sample))
    assert len(sentences) >= 8
    tags = {t for _, ts in sentences for t in ts}
    assert "B-PER" in tags and not any("PERS" in t for t in tags)
    assert all(len(w) == len(t) for w, t in sentences)


def test_chunks_follow_conll_rules():
    assert chunks(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]) == [
        ("PER", 0, 2),
        ("LOC", 3, 4),
        ("LOC", 4, 5),
        ("ORG", 5, 6),
    ]
    result = score([["B-PER", "I-PER", "O"]], [["B-PER", "O", "O"]])
    assert result["micro_f1"] == 0.0 and result["per_type"]["PER"]["support"] == 1


def test_tiny_training_run_learns_the_fixture(sample, tmp_path):
    sentences = list(read_bio(sample))
    path = tmp_path / MODEL_RESOURCE
    train(sentences, default_featurizer(), path, {"max_iterations": 30})
    trained = Tagger(path)
    predicted = [trained.tag(words) for words, _ in sentences]
    assert score([t for _, t in sentences], predicted)["micro_f1"] > 0.8


def test_shipped_tagger_scores_well_on_training_sample(tagger, sample):
    sentences = list(read_bio(sample))
    result = score([t for _, t in sentences], [tagger.tag(w) for w, _ in sentences])
    assert result["micro_f1"] > 0.8


def test_a_run_with_no_sentence_end_is_tagged_in_pieces(tagger, sample):
    """Text with no sentence end (hostile input) makes one huge "sentence"; it is
    tagged piece by piece, each piece as if it were a sentence of its own."""
    words = [w for ws, _ in read_bio(sample) for w in ws]
    while len(words) <= MAX_SEQUENCE:
        words += words
    tags = tagger.tag(words)
    assert len(tags) == len(words)
    assert tags[:MAX_SEQUENCE] == tagger.tag(words[:MAX_SEQUENCE])
    assert tags[MAX_SEQUENCE:] == tagger.tag(words[MAX_SEQUENCE:])
    assert any(t != "O" for t in tags[MAX_SEQUENCE:])


def test_tagging_sends_crfsuite_only_the_model_s_attributes_in_order(tagger, sample):
    """The tagging featurizer drops the attributes the model has no weights for (which
    crfsuite would ignore) and keeps the others in order, so the tags are the same."""
    model = pycrfsuite.Tagger()
    model.open(str(resources.files("rasd.ner") / "data" / MODEL_RESOURCE))
    known = set(model.info().attributes)
    full = default_featurizer()
    dropped = 0
    for words, _ in read_bio(sample):
        everything = full.sentence(words)
        kept = tagger.featurizer.sentence(words)
        for all_item, kept_item in zip(everything, kept, strict=True):
            assert [a.decode() for a in kept_item] == [a for a in all_item if a in known]
            dropped += len(all_item) - len(kept_item)
        assert model.tag(everything) == tagger.tag(words)
    assert dropped > 0


def test_attribute_names_are_read_from_the_model_file_in_id_order(tmp_path):
    """The names come from the file, not from crfsuite's dump (whose double close of a
    descriptor races other threads); they are the ids crfsuite itself reports."""
    path = resources.files("rasd.ner") / "data" / MODEL_RESOURCE
    model = pycrfsuite.Tagger()
    model.open(str(path))
    by_id = sorted(model.info().attributes.items(), key=lambda item: int(item[1]))
    assert _attributes(Path(str(path))) == [name for name, _ in by_id]
    not_a_model = tmp_path / "ner.crfsuite"
    not_a_model.write_bytes(b"CRF?" + bytes(60))
    with pytest.raises(ValueError, match="not a crfsuite model"):
        _attributes(not_a_model)


def test_a_small_form_cache_gives_the_same_features(sample, monkeypatch):
    """The form cache keeps two generations of at most MAX_CACHED_FULL_FORMS forms each
    (a training featurizer's bound)."""
    sentences = [words for words, _ in read_bio(sample)]
    roomy = default_featurizer()
    expected = [roomy.sentence(words) for words in sentences]
    monkeypatch.setattr(features, "MAX_CACHED_FULL_FORMS", 5)
    small = default_featurizer()
    for _ in range(2):
        assert [small.sentence(words) for words in sentences] == expected
    assert len(small._cache) + len(small._old) <= 10


def test_a_form_read_from_its_token_is_the_form_of_the_word(sample):
    """The stage hands the featurizer each token, whose segments the text stage made:
    the form is the one the featurizer finds segmenting the word itself."""
    text = " ".join(w for words, _ in read_bio(sample) for w in words)
    text += " وقال الأمين العام للأمم المتحدة لحكومته #دونالد_ترمب وسُوريّا 2016 Obama"
    doc = TextAnalyzer()(Document(id="t", text=text))
    from_tokens, from_words = default_featurizer(), default_featurizer()
    segmented = set()
    for token in doc.tokens:
        word = doc.slice(token)
        got, expected = from_tokens.form(word, token), from_words.form(word)
        assert (got.own, got.context, got.key, got.stem) == (
            expected.own,
            expected.context,
            expected.key,
            expected.stem,
        )
        segmented.update(s.kind if s.form is None else "form" for s in token.segments)
    assert {"proclitic", "enclitic", "form"} <= segmented


def test_shipped_tagger_on_anercorp_test(tagger, shared):
    test = list(read_bio(shared / "data/ner/anercorp/test.txt"))[:300]
    result = score([t for _, t in test], [tagger.tag(w) for w, _ in test])
    assert result["micro_f1"] > 0.7


def test_eval_command_text_and_json(sample):
    text = runner.invoke(app, ["eval", "ner", "--data", str(sample)])
    assert text.exit_code == 0, text.output
    assert "micro" in text.stdout and "PER" in text.stdout
    result = runner.invoke(app, ["eval", "ner", "--data", str(sample), "--json"])
    data = json.loads(result.stdout)
    assert {"micro_f1", "macro_f1", "per_type"} <= set(data)
    assert set(data["per_type"]) <= {"PER", "ORG", "LOC", "MISC"}


def test_eval_command_bad_input_is_one_line(tmp_path):
    missing = runner.invoke(app, ["eval", "ner", "--data", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "no such file" in missing.output
    assert len(missing.output.strip().splitlines()) == 1
    prose = tmp_path / "prose.txt"
    prose.write_text("\n".join(["هذا نص عادي بلا وسوم على الإطلاق"] * 30), encoding="utf-8")
    bad = runner.invoke(app, ["eval", "ner", "--data", str(prose)])
    assert bad.exit_code == 2 and "BIO" in bad.output
    assert len(bad.output.strip().splitlines()) == 1
    with pytest.raises(CorpusError):
        check_bio(prose)


def test_train_command_without_data_is_one_line(tmp_path):
    result = runner.invoke(app, ["train", "ner", "--shared", str(tmp_path)])
    assert result.exit_code == 2 and "no NER corpora" in result.output
    assert len(result.output.strip().splitlines()) == 1
