"""A cue form inside an adjunct of another cue's clause takes no content of its own
(issue 12, qnest): "وردت تقارير" is news that arrived, not و + ردّت "replied"; a verb of
a relative clause on an indefinite noun ("عقوبة اعتبرها …:") leaves the quotation after
the colon to the sentence's cue; "متحدثاً عن X" names whom one spoke about; a time
clause ("حين وردت تقارير …") stands between a cue and its complementizer. Sentences from
unseen articles of the ANT and SaudiNewsNet corpora (../shared/data/news, never an
annotated article): no ../shared needed."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _quotes(nlp: Pipeline, sentence: str) -> list[tuple[str, str | None, str | None]]:
    doc = nlp.analyze(sentence)
    rows = []
    for q in doc.quotes or []:
        cue = doc.slice(q.cue) if q.cue is not None else None
        speaker = doc.slice(q.speaker) if q.speaker is not None else None
        rows.append((doc.slice(q), cue, speaker))
    return rows


@pytest.mark.parametrize(
    "sentence",
    [
        "ولم ترد أنباء فورية عن وقوع أضرار أو ضحايا كما أن هيئة مكافحة الكوارث في بابوا"
        " غينيا الجديدة لم ترد على طلب للتعليق.",
        "وصرح الجنرال يوم الجمعة الماضي حين وردت تقارير عن أول الاشتباكات بأن موالين له"
        " يشاركون فيها.",
    ],
)
def test_news_that_arrived_replies_to_no_one(nlp: Pipeline, sentence: str) -> None:
    assert all(cue not in ("ترد", "ردت", "وردت") for _, cue, _ in _quotes(nlp, sentence))


def test_time_clause_before_the_complementizer(nlp: Pipeline) -> None:
    rows = _quotes(
        nlp,
        "وصرح الجنرال يوم الجمعة الماضي حين وردت تقارير عن أول الاشتباكات بأن موالين له"
        " سيطروا على المدينة.",
    )
    assert rows == [("بأن موالين له سيطروا على المدينة", "صرح", "الجنرال")]


@pytest.mark.parametrize(
    ("sentence", "quoted", "speaker"),
    [
        (
            "وتابع بيليتي الذي اوقفه الاتحاد الإفريقي عام 2013 لخرقه قوانين تتعلق باستخدام"
            ' وثائق سرية وهي عقوبة اعتبرها نتيجة معارضته قيادة الاتحاد القاري: "نتفق'
            ' جميعنا أن كرة القدم تواجه لحظات صعبة، ومن اللحظات الصعبة ينبثق القادة الكبار".',
            "نتفق جميعنا أن كرة القدم تواجه لحظات صعبة، ومن اللحظات الصعبة ينبثق القادة الكبار",
            "بيليتي",
        ),
        (
            "وقال مادورو، متحدثاً عن تود روبنسون، خلال الإعلان عن نتائج الانتخابات في"
            " انتخابات انتقدتها واشنطن: «أعلنته شخصاً غير مرغوب فيه».",
            "أعلنته شخصاً غير مرغوب فيه",
            "مادورو",
        ),
    ],
)
def test_relative_verb_leaves_the_colon_quote(
    nlp: Pipeline, sentence: str, quoted: str, speaker: str
) -> None:
    rows = _quotes(nlp, sentence)
    assert [(q, s) for q, _, s in rows] == [(quoted, speaker)]


def test_speaking_about_a_name_is_no_quotation(nlp: Pipeline) -> None:
    rows = _quotes(nlp, "ترامب يتحدث عن خطيبة خاشقجي")
    assert not any(q.startswith("عن ") for q, _, _ in rows)


def test_reports_alone_still_report(nlp: Pipeline) -> None:
    rows = _quotes(
        nlp,
        "وردت تقارير عن أن المشتبه بها اقتربت من فناء مفتوح ومنطقة لتناول الطعام في مقر"
        " الشركة في سان برونو.",
    )
    assert [s for _, _, s in rows] == ["تقارير"]
