"""Speakers, the qext pass: the extent of speaker phrases, classes from an audit of
unseen articles (python benchmarks/sample_quotes.py --seed 9901 -n 5). Each class is
tested on the audit's sentence and, where development folds 0 and 1 show it, on a
sentence of a development article."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # An organisation's name runs on through ل and another organisation's name.
    pytest.param(
        "وتقول المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن ثلث سكان المخيم البالغ "
        "عددهم 120 ألف شخص يقعون تحت خط الفقر الوطني.",
        "إن ثلث",
        "المفوضية السامية للأمم المتحدة لشؤون اللاجئين",
        id="audit-organisation-of-organisation",
    ),
    # Plain words right before a title are a name the entity layer missed; the title
    # after a name is not part of it (../shared/gold/README.md).
    pytest.param(
        "وقالت كفاح خميس رئيسة جمعية أثمان الإيمان الخيرية، التي تعمل في المخيم "
        '"عائلاتنا فقيرة جدا، والمجتمع اللي إحنا فيه في مخيم البقعة فيه فقر شديد جدا".',
        "عائلاتنا",
        "كفاح خميس",
        id="audit-name-before-title",
    ),
    # أم or أبو and the next word are one name, even when the entity layer tags none.
    pytest.param(
        "وقالت أم ثائر من سكان مخيم البقعة وهي أم لأربعة أطفال إنها لم تكن تستطيع "
        "توفير احتياجات أسرتها بدون الوجبات التي تحصل عليها من المبادرة.",
        "إنها لم",
        "أم ثائر",
        id="audit-kunya",
    ),
    pytest.param(
        'وقالت أم ثائر من سكان مخيم البقعة إنها لم تكن تستطيع توفير احتياجاتها. وأضافت "أنا '
        'واحدة من الناس ساعدتني (الحملة) كثير".',
        "أنا واحدة",
        "أم ثائر",
        id="audit-kunya-continuation",
    ),
    # After an indefinite title word, ل names whom it represents, not an audience.
    pytest.param(
        "وفي بيان على موقعها الإلكتروني، قالت المؤسسة المانحة لجائزة جينسيس نقلاً عن ممثل "
        'لبورتمان إن "الأحداث التي وقعت في الفترة الأخيرة في إسرائيل أزعجتها بشدة".',
        "الأحداث",
        "ممثل لبورتمان",
        id="audit-representative-of",
    ),
    pytest.param(  # FR-internationalNews-2292-20180713 (dev fold 0)
        "كما أفاد مراسل لوكالة الأنباء الفرنسية أن بعضهم حاول اقتحام بعض المنشآت الحكومية.",
        "أن بعضهم",
        "مراسل لوكالة الأنباء الفرنسية",
        id="dev-reporter-of-agency",
    ),
    pytest.param(  # CN-internationalNews-475-20180812 (dev): a kunya the entity layer reads
        "ويقول أبو سليم إن العديد من مزارعي الحشيش هم من أنصار جماعة حزب الله.",
        "إن العديد",
        "أبو سليم",
        id="dev-kunya",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_speaker_extent(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker
