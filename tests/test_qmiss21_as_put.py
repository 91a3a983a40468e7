"""Words credited after they were said, "على حد قوله"، "على حد قول X", and the writer's
comment "، في خطوة …" after a reported clause (sentence forms of the development part
of the gold articles): the quoted words right before the phrase, or a sentence with no
act of speech of its own, are the speaker's; the comment is not."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _quotes(nlp: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = nlp.analyze(text)
    return [
        (q.kind, doc.slice(q), doc.slice(q.speaker) if q.speaker is not None else "")
        for q in doc.quotes or []
    ]


def test_quoted_words_before_as_he_said_are_his(nlp: Pipeline) -> None:
    text = (
        "وكان عنان قد أعلن عزمه خوض الانتخابات الرئاسية المقررة في مصر أواخر شهر مارس "
        'المقبل ل "إنقاذ الدولة المصرية" على حد قوله.'
    )
    assert ("direct", "إنقاذ الدولة المصرية", "عنان") in _quotes(nlp, text)


def test_a_sentence_credited_to_a_named_speaker(nlp: Pipeline) -> None:
    text = (
        "فكانت بداية العلاقة الأمريكية الكردية، وأدى ذلك إلى توتر العلاقات الأمريكية "
        "التركية على حد قول القائدة العسكرية كردستان."
    )
    kinds = {(kind, span) for kind, span, _ in _quotes(nlp, text)}
    assert (
        "indirect",
        "فكانت بداية العلاقة الأمريكية الكردية، وأدى ذلك إلى توتر العلاقات الأمريكية التركية",
    ) in kinds


def test_a_cue_quotation_is_not_taken_again(nlp: Pipeline) -> None:
    text = (
        "قال الفريق ضاحي خلفان، نائب رئيس شرطة دبي، إن اختراق التنظيم يعتبر من الأمور "
        "المباحة شرعا وقانونا، على حد تعبيره."
    )
    assert len(_quotes(nlp, text)) == 1


def test_the_phrase_ends_a_reported_clause(nlp: Pipeline) -> None:
    text = (
        "ويرى ترمب أنها تعامل واشنطن الآن باحترام أكثر من أي وقت مضى على حد قوله، "
        "في إشارة إلى كوريا الشمالية."
    )
    spans = [span for _, span, _ in _quotes(nlp, text)]
    assert spans == ["أنها تعامل واشنطن الآن باحترام أكثر من أي وقت مضى"]


def test_the_phrase_inside_a_clause_does_not_end_it(nlp: Pipeline) -> None:
    text = (
        "وقال رئيس الوزراء سعد الحريري إن أي صوت يبقى في منزله يعتبر على حد تعبيره "
        "صوتا لصالح حزب الله."
    )
    spans = [span for _, span, _ in _quotes(nlp, text)]
    assert spans == ["إن أي صوت يبقى في منزله يعتبر على حد تعبيره صوتا لصالح حزب الله"]


def test_a_step_the_writer_describes_ends_a_noun_cue_clause(nlp: Pipeline) -> None:
    text = (
        "وذلك بعد أيام من تصريح الرئيس رجب طيب أردوغان بأن أمن بلاده يتطلب السيطرة على "
        "مساحات من العراق وسوريا، في خطوة يعتبرها مراقبون غطاءً لأطماع تركية."
    )
    spans = [span for _, span, _ in _quotes(nlp, text)]
    assert "بأن أمن بلاده يتطلب السيطرة على مساحات من العراق وسوريا" in spans


def test_the_step_the_writer_names_says_nothing(nlp: Pipeline) -> None:
    text = (
        "وقال رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، إن السعودية وافقت على السماح "
        "للخطوط الجوية الهندية باستخدام مجالها الجوي، في خطوة قد تشير إلى دفء العلاقات "
        "بين البلدين."
    )
    spans = [span for _, span, _ in _quotes(nlp, text)]
    assert spans == ["إن السعودية وافقت على السماح للخطوط الجوية الهندية باستخدام مجالها الجوي"]
