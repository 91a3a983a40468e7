"""Speakers, the qgroup pass: descriptions of anonymous sources and groups as speakers,
on sentences of development articles (folds 0 and 1).

- "مطلع على X" (words.tsv `informed`): the complement with على is part of the source's
  description ("مسؤول أمني مطلع على قضية …"), not what was said;
- a group's place ("في مشهد") between its description and its verb belongs to the
  description, which is the verb's subject;
- a statement noun closing the text ("… وفقا لبيان") has no author after it (it raised
  IndexError on an unseen article).
"""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    pytest.param(
        "قال مصدر أمريكي مسؤول مطلع على الاستخبارات، في تصريحات خاصة لـCNN، إن الولايات "
        "المتحدة اعترضت اتصالات لمسؤولين سعوديين.",
        "إن الولايات المتحدة اعترضت",
        "مصدر أمريكي مسؤول مطلع على الاستخبارات",
        id="informed-source-with-its-complement",
    ),
    pytest.param(
        'أكد مسؤول أمني مطلع على قضية سرقة طائرة ركاب "هورايزن" من مطار سياتل، أن '
        "السلطات حددت هويته.",
        "أن السلطات حددت",
        "مسؤول أمني مطلع على قضية سرقة طائرة ركاب",
        id="informed-official-quoted-name-after",
    ),
    pytest.param(
        "أهالي الفتيات أحضروا شهادات ميلاد الفتيات. رجال الدين المحافظين الغاضبين في مشهد "
        "تحدثوا عن الواقعة في خطبة الجمعة وقالوا إن ذلك يعتبر انتهاكاً للقانون.",
        "إن ذلك يعتبر",
        "رجال الدين المحافظين الغاضبين في مشهد",
        id="group-with-its-place-before-the-verbs",
    ),
]


@pytest.mark.parametrize(("text", "start", "expected"), CASES)
def test_speaker(nlp: Pipeline, text: str, start: str, expected: str) -> None:
    assert speaker_of(nlp, text, start) == expected


@pytest.mark.parametrize(
    "text", ["قتل عشرة أشخاص في الهجوم، وفقا لبيان", "قتل عشرة أشخاص في الهجوم بحسب بيان"]
)
def test_statement_noun_closing_the_text(nlp: Pipeline, text: str) -> None:
    assert nlp.analyze(text).quotes is not None  # analysed, no IndexError
