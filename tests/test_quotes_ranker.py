"""The speaker ranker: the shipped weights, its choices on the committed sentences
(tests/fixtures/quotes/cases.txt) and, with ../shared, its cross-validated gain over
the rules on the development folds of both gold sets (its training data)."""

from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.evaluate.folds import DEV_FOLDS
from rasd.evaluate.gold import development_articles
from rasd.pipeline import Pipeline
from rasd.quotes.extract import QuoteExtractor
from rasd.quotes.ranker import MODEL_RESOURCE, PACKAGE, SpeakerRanker, load_ranker
from rasd.quotes.train import fit_added, fit_pairwise, groups_of
from rasd.ranking import Group, cross_validate

CASES = Path(__file__).resolve().parent / "fixtures" / "quotes" / "cases.txt"
NEWS_GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "news-gold"


@pytest.fixture(scope="module")
def cases_doc():
    lines = CASES.read_text(encoding="utf-8").splitlines()
    return Pipeline(["text", "ner"]).analyze("\n".join(lines[1:]), title=lines[0])


def test_shipped_ranker_is_small_json_weights() -> None:
    resource = resources.files(PACKAGE).joinpath(MODEL_RESOURCE)
    data = json.loads(resource.read_text(encoding="utf-8"))
    assert len(resource.read_bytes()) < 1_000_000
    ranker = load_ranker()
    assert ranker is not None and ranker.names == data["features"]
    assert all(math.isfinite(w) for w in data["weights"]) and data["C"] > 0


def test_every_speaker_found_by_the_rules_is_a_candidate(cases_doc) -> None:
    choices = QuoteExtractor(ranker=False).choices(cases_doc)
    assert len(choices) >= 10
    for choice in choices:
        if choice.quote.speaker is not None:
            assert any("rule" in c.sources for c in choice.candidates)
        assert len(choice.rows) == len(choice.candidates)


def test_continuation_goes_to_the_speaker_of_its_gender(cases_doc) -> None:
    # "وقالت … سارة الخطيب …" then "وقال … خالد العمري …" then "وأضافت أن …"
    extractor = QuoteExtractor()
    choice = next(
        c for c in extractor.choices(cases_doc) if cases_doc.slice(c.quote).startswith("أن الخطة")
    )
    names = [c.mention.canonical for c in choice.candidates]
    assert "خالد العمري" in names
    scores = extractor.ranker.scores(choice.rows)
    assert names[int(scores.argmax())] == "سارة الخطيب"


def _possessors(sentence: str) -> dict[str, float]:
    doc = Pipeline(["text", "ner"]).analyze(sentence, title="t")
    return {
        doc.slice(c.mention): row["possessor"]
        for choice in QuoteExtractor().choices(doc)
        for c, row in zip(choice.candidates, choice.rows, strict=True)
    }


def test_possessor_of_a_bare_noun_is_marked() -> None:
    # Unseen ANT article (seed 10632): the militia's owner did not warn.
    found = _possessors(
        "حذرت الولايات المتحدة من تعرض أبناء الطائفة البهائية في اليمن إلى انتهاكات من قبل "
        "ميليشيات الحوثي الإيرانية، داعية إلى السماح لهم بممارسة عباداتهم دون خوف."
    )
    assert found["الحوثي"] == 1.0 and found["الولايات المتحدة"] == 0.0


def test_no_possessor_after_a_noun_its_owner_speaks_through() -> None:
    # Unseen ANT article: "حديث ترامب" is Trump's speech (words.tsv `voiced_by`).
    found = _possessors(
        "وكشف سولزبرغر عن تفاصيل اللقاء بعد حديث ترامب عنه بموقع تويتر للتواصل الاجتماعي."
    )
    assert found["ترامب"] == 0.0


def test_shipped_ranker_weighs_possessors_down() -> None:
    ranker = load_ranker()
    assert ranker is not None
    assert dict(zip(ranker.names, ranker.weights, strict=True))["possessor"] < 0


def _speakers(sentence: str) -> list[str]:
    doc = Pipeline(["text", "ner", "quotes"]).analyze(sentence, title="t")
    return [doc.slice(q.speaker) if q.speaker is not None else "-" for q in doc.quotes]


def _described(sentence: str) -> list[str]:
    doc = Pipeline(["text", "ner"]).analyze(sentence, title="t")
    return [
        doc.slice(c.mention)
        for choice in QuoteExtractor().choices(doc)
        for c in choice.candidates
        if "described" in c.sources
    ]


def test_indefinite_phrase_a_present_verb_describes_speaks() -> None:
    # Unseen ANT articles (design seeds 10753, 10754, 10750): the banners denounce and
    # demand, the migrants accuse; not the protesters' verb ("رفعوا لافتات") nor the
    # verb's object (خفر السواحل، الحكومة).
    assert _speakers(
        "وردد المحتجون هتافات مناهضة للحكومة، ورفعوا لافتات تندد بالرقابة على الإنترنت."
    ) == ["لافتات"]
    assert _speakers("مراكز احتجاز وتعذيب.. مهاجرون يتهمون خفر السواحل الليبي بالتورط") == [
        "مهاجرون"
    ]
    assert _speakers(
        'ورفع المتظاهرون لافتات تطالب الحكومة بـ"سرعة صرف تعويضات الصيادين" ولمساءلتها '
        "عن الدعم الغائب."
    ) == ["لافتات"]


def test_a_document_s_maker_is_left_to_its_rule() -> None:
    # Unseen ANT article (seed 10751): "مشروع قرار" is a `written_call` document, whose
    # maker the rules name (written_calls.py); it is no `described` candidate.
    assert (
        _described(
            "استخدمت روسيا حق النقض (الفيتو) ضد مشروع قرار دولي يتهم إيران بانتهاك حظر "
            "الأسلحة في اليمن."
        )
        == []
    )


def test_no_described_phrase_whose_head_is_unclear() -> None:
    # Unseen ANT articles (seed 10756): "كبيرة" and "مقابلة" end a phrase whose head
    # carries a clitic; "أمل" speaks the first, the calls the second.
    assert _described("عبر سكايب، وبحماسة كبيرة تقول إن أكثر ما يسعدها هو تحفيز النساء.") == []
    assert _described("ودعوات مقابلة تحث على المشاركة في الانتخابات.") == []


def test_shipped_ranker_weighs_described_phrases_up() -> None:
    ranker = load_ranker()
    assert ranker is not None
    assert dict(zip(ranker.names, ranker.weights, strict=True))["src_described"] > 0


def test_fit_added_keeps_the_base_weights() -> None:
    base = SpeakerRanker(["near"], [1.0], 0.0)
    # The nearer candidate is right unless it is a possessor.
    rows = [{"near": 1.0, "possessor": 1.0}, {"near": 0.0}]
    groups = [Group("a", 0, rows, [False, True], None)] * 3
    groups += [Group("b", 0, [{"near": 1.0}, {"near": 0.0}], [True, False], None)] * 3
    fitted = fit_added(groups, base, ["possessor"])
    weights = dict(zip(fitted.names, fitted.weights, strict=True))
    assert weights["near"] == 1.0 and weights["possessor"] < -0.5


def test_train_quotes_needs_a_gold_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train", "quotes", str(tmp_path)])
    assert result.exit_code == 2
    assert "no gold index.txt" in result.output


def test_ranker_beats_the_rules_across_dev_folds(shared: Path) -> None:
    """Trained on two development folds of both gold sets, the ranker picks the right
    speaker at least as often as the rules on the third, and better on average (check
    folds unread). Both sets, as the ranker is trained: the gold set's 35 development
    articles alone are too few groups per fold to judge a retrained model by."""
    articles = [
        (g, d, fold)
        for folder in (shared / "gold", NEWS_GOLD)
        for g, d, fold in development_articles(folder)
    ]
    assert {fold for _, _, fold in articles} == set(DEV_FOLDS)
    nlp = Pipeline(["text", "ner"])
    groups = groups_of([(g, nlp(d), fold) for g, d, fold in articles])
    assert len(groups) >= 3000 and all(g.fold in DEV_FOLDS for g in groups)
    ranker = load_ranker()
    assert ranker is not None
    data = json.loads(resources.files(PACKAGE).joinpath(MODEL_RESOURCE).read_text("utf-8"))
    folds = cross_validate(groups, data["C"], fit_pairwise)
    assert all(ranked >= rules for rules, ranked in folds.values()), folds
    mean = sum(ranked - rules for rules, ranked in folds.values()) / len(folds)
    assert mean > 0.02, folds
