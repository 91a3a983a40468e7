"""Triggers added for events the coder detected nowhere: recalling or summoning an
ambassador and boycotting goods (SANCTION), arresting (قبض على, COERCE) and praising
(امتدح, SUPPORT). Sentences from development articles of benchmarks/news-gold."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("استدعت وزارة الخارجية الإيرانية، مساء الجمعة، سفيرها بالعراق.", "SANCTION"),
        ("وكانت الخارجية الروسية استدعت السفير البريطاني الثلاثاء في إطار الأزمة.", "SANCTION"),
        (
            'وأعلن الرئيس التركي رجب طيب أردوغان عزم بلاده "مقاطعة" المنتجات الإلكترونية'
            " الأمريكية.",
            "SANCTION",
        ),
        (
            'وقالت الوزارة إن "الجهات الأمنية كانت قد قبضت على المعتدين وأحالتهم إلى النيابة'
            ' العامة".',
            "COERCE",
        ),
        ("وامتدح الرئيس السوري بشار الأسد دور القوات الروسية في سوريا.", "SUPPORT"),
    ],
)
def test_the_act_is_detected(nlp, text, event_type):
    assert event_type in event_types(nlp, text)


def test_a_categorical_denial_is_no_boycott(nlp):
    text = "ونفى الوزير بشكل قاطع وجود صفقة أميركية تركية بخصوص الأمر."
    assert "SANCTION" not in event_types(nlp, text)


def test_a_fist_is_no_arrest(nlp):
    assert "COERCE" not in event_types(nlp, "ورفع المتظاهرون قبضاتهم في الهواء.")
