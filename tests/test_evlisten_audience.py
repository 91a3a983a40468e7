"""A media outlet or reporters after ل or مع are whom a speaker told, never the target
of the speech act ("قال لرويترز"، "في مقابلة مع صحيفة …"، "قال للصحفيين"), while an
addressee or a country after ل still can be (sentences of dev articles)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.document import Document, Mention
from rasd.events.side_targets import audience
from rasd.pipeline import Pipeline

TOLD = [
    (
        'وقال رجل في الخمسينات من عمره يدعى وحيد شارك في الاحتجاج لرويترز "قامت ثورة في '
        "تونس من أجل تحقيق العدالة الاجتماعية والقضاء على الفقر والتهميش والبطالة وليس "
        'ضرب الهوية التونسية".',
        "رويترز",
    ),
    (
        "وقالت جيوتي هيتنال، التي تعمل مع منظمة غير حكومية، لبي بي سي إنها ترى أنه أمر "
        '"مضحك" أن تتنبه الأحزاب السياسية اليوم وفجأة لموضوع فوط الحيض.',
        "بي بي سي",
    ),
    (
        'وقال بوتين للصحفيين إن "أي شخص عاقل إن الأمر سيكون محض هراء لأي شخص في روسيا أن '
        'يسمح لنفسه بمثل هذه الألاعيب قبيل انتخابات الرئاسة وكأس العالم".',
        "للصحفيين",
    ),
    (
        "ونفى الأسد في مقابلة حصرية مع صحيفة ميل أون صنداي البريطانية أن تكون روسيا هي من "
        "يدير الأمور في الحرب التي تمزق بلاده.",
        "صحيفة ميل أون صنداي البريطانية",
    ),
    (
        "ونفى الأسد في مقابلة حصرية مع صحيفة ميل أون صنداي البريطانية أن تكون روسيا هي من "
        "يدير الأمور في الحرب التي تمزق بلاده.",
        "ميل أون صنداي",
    ),
]

NOT_TOLD = [
    ("إن المرض غير المفسر للجاسوس الروسي يستخدم لتغذية حملة مناهضة لروسيا.", "روسيا"),
    (
        "تتهم تركيا وحدات حماية الشعب الكردية في سوريا بالتبعية لحزب العمال الكردستاني.",
        "حزب العمال الكردستاني",
    ),
    ("وجه انتقادا حادا للوكالة الدولية للطاقة الذرية.", "للوكالة الدولية للطاقة الذرية"),
]


def _is_audience(text: str, name: str) -> bool:
    start = text.index(name)
    return audience(Document(text=text), Mention(start, start + len(name), name))


@pytest.mark.parametrize(("text", "name"), TOLD)
def test_outlet_after_li_or_ma_is_an_audience(text: str, name: str) -> None:
    assert _is_audience(text, name)


@pytest.mark.parametrize(("text", "name"), NOT_TOLD)
def test_what_follows_li_otherwise_is_no_audience(text: str, name: str) -> None:
    assert not _is_audience(text, name)


@pytest.mark.parametrize(
    ("text", "kind", "outlet"),
    [
        (TOLD[0][0], "DISAPPROVE", "رويترز"),
        (TOLD[1][0], "DISAPPROVE", "بي بي سي"),
        (TOLD[2][0], "REJECT", "الصحفيين"),
        (TOLD[3][0], "REJECT", "صنداي"),
    ],
)
def test_speech_act_has_no_outlet_target(nlp: Pipeline, text: str, kind: str, outlet: str) -> None:
    sides = event_sides(nlp, text, kind)
    assert all(outlet not in target for _, target in sides)
