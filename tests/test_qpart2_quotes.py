"""A participle at the end of a chain whose claim is a bare verbal noun ("، مبيناً وقوع
حالتي غرق"), though its finite verb takes only أن (quotes/participle_nouns.py). The
sentences are from unannotated news, outside both annotated sets."""

from __future__ import annotations

import pytest

from quote_speakers import cued_quotes, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def test_third_participle_of_a_chain_with_a_verbal_noun(nlp: Pipeline) -> None:
    """ "، موضحاً أن …، مبيناً وقوع …": the last participle's verbal noun is what was
    said, by the chain's subject, as the أن clause before it."""
    text = (
        "أكد الناطق الإعلامي بقيادة حرس الحدود بمنطقة المدينة المنورة العقيد شبنان بن مبارك "
        "القرني تعدد الحوادث خلال أيام عيد الفطر المبارك، موضحاً أن هذه الحوادث وقعت بسبب "
        "عدم التقيد بالسلامة البحرية، مبيناً وقوع حالتي غرق يوم الأحد الثالث من شوال 1436 "
        "بمنطقتي الواجهة البحرية بالهيئة الملكية ومنطقة الكورنيش الجنوبي بينبع."
    )
    assert ("مبيناً", "وقوع حالتي غرق") in [(c, q[:14]) for c, q in cued_quotes(nlp, text)]
    assert speaker_of(nlp, text, "وقوع حالتي غرق") == "شبنان بن مبارك القرني"


def test_participle_of_showing_with_a_verbal_noun(nlp: Pipeline) -> None:
    text = (
        "وأكد وزير التعليم لدى اجتماعه في مكتبه بمديري إدارات التعليم في الحد الجنوبي، على "
        "أهمية مراعاة سلامة الطلاب والطالبات واتخاذ الإجراءات اللازمة لذلك، مبينا استمرار "
        "التفويض لمديري التعليم في ما يخص تعليق الدراسة."
    )
    assert ("مبينا", "استمرار التفويض لمديري التعليم في ما يخص تعليق الدراسة") in cued_quotes(
        nlp, text
    )


def test_participle_of_expecting_with_a_verbal_noun(nlp: Pipeline) -> None:
    text = (
        "واكد أن وزارته تحرص على حسن التصرف في الانتاج من خلال جمع الصابة وتخزينها في أحسن "
        "الظروف، متوقعا نهاية الحصاد والتجميع بنهاية شهر جويلية الحالي."
    )
    assert "متوقعا" in [c for c, _ in cued_quotes(nlp, text)]


def test_finite_verb_of_showing_takes_no_bare_noun(nlp: Pipeline) -> None:
    """ "وبين" is "and between" far more often than "and showed": the bare noun is read
    after the participle only."""
    text = "وبين الوزير والمعارضة خلافات عميقة حول قانون الانتخابات."
    assert cued_quotes(nlp, text) == []


def test_noun_of_what_was_explained_is_no_claim(nlp: Pipeline) -> None:
    """ "موضحا السبب الذي …": the reason is the topic explained, not a claim."""
    text = (
        "علق المدرب الأرجنتيني هيكتور كوبر، على خسارة منتخب مصر أمام أوروغواي 0-1، في ظل "
        "غياب نجم المنتخب محمد صلاح، موضحا السبب الذي دفعه إلى عدم إشراك صلاح في المباراة."
    )
    assert "موضحا" not in [c for c, _ in cued_quotes(nlp, text)]


def test_participle_describing_a_document_reads_no_claim(nlp: Pipeline) -> None:
    """ "وثيقة التخرج الأصلية، موضحًا فيها التقدير العام": shown in the document."""
    text = (
        "ودعت الوزارة المعلنة أسماؤهم المراجعة مع مراعاة اصطحاب الآتي: وثيقة التخرج الأصلية، "
        "موضحًا فيها التقدير العام والنسبة المئوية أو المعدل التراكمي وتاريخ التخرج."
    )
    assert "موضحًا" not in [c for c, _ in cued_quotes(nlp, text)]
