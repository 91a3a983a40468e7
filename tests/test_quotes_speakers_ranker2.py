"""Speakers, third pass (issue 12): classes counted on the misattributed quotes of the
development parts (folds 0-2) of benchmarks/news-gold and ../shared/gold. Every
sentence is taken from a development article of news-gold."""

from __future__ import annotations

import pytest

from quote_speakers import speakers
from rasd.pipeline import Pipeline
from rasd.quotes.extract import QuoteExtractor
from rasd.quotes.ranker import subject_precedes
from rasd.quotes.view import DocView


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CLASSES = [
    pytest.param(
        "وقال مسؤولان من المعارضة لرويترز إن الطائرات السورية نفذت ثماني ضربات جوية "
        "على الأقل على مناطق ريفية في محافظة درعا.",
        "مسؤولان من المعارضة",
        id="agency-after-lam-is-the-audience",
    ),
    pytest.param(
        "وقال بطل العالم لكرة القدم الإلكترونية مساعد الدوسري لبي بي سي إن الأمر لا "
        "يرتبط بالموهبة فقط فهو يتدرب منذ 8 أشهر استعدادا للمسابقة.",
        "مساعد الدوسري",
        id="broadcaster-after-lam-is-the-audience",
    ),
    pytest.param(
        'وقال الوزير الفرنسي في المؤتمر الصحافي إن "حيوية المجتمع المدني وضمان الحريات '
        'العامة هما الحصن في مواجهة الإرهاب".',
        "الوزير الفرنسي",
        id="situation-noun-with-the-article",
    ),
    pytest.param(
        "وقال مسعود أوزيل إن الصورة لا تحمل أي نوايا سياسية.\nوشدد مرة أخرى على أن "
        '"وظيفتي هي لاعب كرة قدم ولست بسياسي".',
        "مسعود أوزيل",
        id="how-often-is-no-speaker",
    ),
    pytest.param(
        "وتولى محمد بخاري الرئاسة عام 2015 ووعد بدحر جماعة بوكو حرام.\nوقد أكد حينذاك "
        "أنه في عهد سلفه غودلاك جوناثان، كان الجنود يعانون من نقص الأسلحة والذخائر.",
        "محمد بخاري",
        id="when-is-no-speaker",
    ),
    pytest.param(
        'استنكرت منظمات تونسية ودولية الثلاثاء ما وصفته بأنه "خروقات دستورية" '
        "ارتكبها البرلمان خلال التصويت على رفض تمديد أعمال هيئة الحقيقة والكرامة.",
        "منظمات تونسية ودولية",
        id="two-coordinated-adjectives",
    ),
    pytest.param(
        "وزرعت الميليشيا أكثر من 500 ألف لغم منذ انقلابها، بحسب تقارير حقوقية محلية ودولية.",
        "تقارير حقوقية محلية ودولية",
        id="two-coordinated-adjectives-of-a-source",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CLASSES)
def test_the_speaker_of_each_class(nlp, text, speaker) -> None:
    assert set(speakers(nlp.analyze(text))) == {speaker}


def test_the_agency_is_the_audience(nlp) -> None:
    doc = nlp.analyze(CLASSES[0].values[0])
    (quote,) = doc.quotes
    assert quote.audience is not None and "رويترز" in doc.slice(quote.audience)


@pytest.mark.parametrize(
    ("sentence", "verb", "before"),
    [
        (
            "وكانت الولايات المتحدة قد اتهمت النظام السوري بشن هجوم بالأسلحة الكيماوية "
            "في مدينة دوما.",
            "اتهمت",
            True,
        ),
        (
            "يذكر أن تركيا تتهم وحدات حماية الشعب بأنها تمثل الفرع السوري لحزب العمال "
            "الكردستاني في تركيا.",
            "تتهم",
            True,
        ),
        (
            "واتهم حزب الله إسرائيل بالوقوف وراء اغتياله.",
            "واتهم",
            False,
        ),
    ],
)
def test_a_subject_before_an_object_verb_is_seen(sentence, verb, before) -> None:
    """The ranker's sign that the phrase after such a verb is its object."""
    doc = Pipeline(["text", "ner"]).analyze(sentence)
    extractor = QuoteExtractor()
    view = DocView(doc, extractor.lexicon, extractor.frequencies, {})
    cue = next(i for i, t in enumerate(doc.tokens) if doc.text[t.start : t.end] == verb)
    assert subject_precedes(view, cue) is before
