"""A person named after an occupation title (`rasd.ner.occupation_names`), on real
sentences of unannotated news (design seeds 20261524-20261528 of the entjob audit),
through the whole `ner` stage."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline

_RATEB = (
    "أزمة صحية تعرض لها الفنان جميل راتب مؤخرا تركت تأثيرا سلبيا على صوته بعدما صار "
    'يتحدث بصعوبة شديدة.\nوفي تصريحات خاصة لـ"العربية.نت" أكد هاني تهامي، مدير أعمال '
    "الفنان المصري، أن أزمة صحية تعرض لها راتب تركت تأثيرا سلبيا على أحباله الصوتية."
)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(["text", "ner"])


def _persons(pipeline: Pipeline, text: str, title: str = "") -> list[str]:
    doc = pipeline.analyze(text, title=title)
    return [doc.slice(e) for e in doc.entities if e.label == "PER"]


def test_a_name_the_headline_repeats_after_the_title_is_the_person(pipeline):
    persons = _persons(pipeline, _RATEB, title="هذه حقيقة فقدان جميل راتب لصوته")
    assert persons.count("جميل راتب") == 2  # the headline's and the title's
    assert "راتب" in persons  # the surname alone, by the document spread
    assert "جميل راتب مؤخرا" not in persons


def test_a_listed_given_name_after_the_title_is_the_person(pipeline):
    text = (
        "ويحب طريقة تفكيره وخفة دمه، والفنانة أحلام يشعر أنها من أهله وهي من "
        '"رائحة" الخليج، ويعتبرها فرداً من أفراد عائلته.'
    )
    assert "أحلام" in _persons(pipeline, text)


def test_a_verb_or_an_adjective_use_after_the_title_names_no_one(pipeline):
    for text in (
        "لكن النجم أمضى ليلة في فندق قريب من موقع التصوير.",
        "الكاتب يرى أن مشروع القانون الجديد يضيف عقوبات على المتحرشين.",
        "وبحسب تقارير المركز الإعلامي للشرطة، انتقلت سومبرا إلى المطار الدولي.",
        "والفنان بخير، ولم يتهم أحدا بالتسبب في الحريق.",
    ):
        persons = _persons(pipeline, text)
        assert not {"أمضى", "يرى", "للشرطة", "بخير"} & set(persons), text
