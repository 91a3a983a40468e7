"""Event classes from the audit of unseen articles (evaudit22, seeds 10042 and 10043): a
town's name read in a common word ("ذكره"، "طاقتها"، "السنة") is no place (events/actors.py
`_common_word`); "قاضي التحقيق"، "حاكم التحقيق" name a judge and "على ذمة التحقيق" a
state someone is held in, no investigation (events/data/words.tsv `investigators`,
`pending`)."""

from __future__ import annotations

import pytest

from event_types import event_types


def _places(nlp, text: str) -> list[str]:
    doc = nlp.analyze(text)
    return [doc.slice(e.where) for e in doc.events or [] if e.where is not None]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # BBC (audit, seed 10042): "ذكره" is not the Maldivian town ذكر
        (
            "أطلق سراح العديد من تلميذات المدرسة اللائي اختطفتهن ميليشيا من مدينة دابشي ، "
            "وذلك بحسب ما ذكره سكان محليون لبي بي سي.",
            "ذكره",
        ),
        # Jawhara FM (audit, seed 10043): "طاقتها" is not the Omani town طاقة
        (
            "ونفت الوزارة في بلاغ لها تقارير تشير الى بلوغ 14 سدا طاقتها القصوى رغم غزارة "
            "الامطار التي سجلت يوم 29 سبتمبر2016.",
            "طاقتها",
        ),
    ],
)
def test_a_common_word_is_no_town(nlp, text, word):
    assert word not in _places(nlp, text)


def test_a_town_with_the_article_in_its_name_is_still_a_place(nlp):
    # multisource (unseen)
    text = "نفت الوزارة وقوع هجوم على مقرها في القاهرة أمس."
    assert "القاهرة" in _places(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10043)
        "وأشار إلى أن قاضي التحقيق قام اليوم بعد الاستماع للمعتدي بتطبيق القانون.",
        # Jawhara FM (unseen)
        "أصدر قاضي التحقيق بسوسة بطاقة ايداع بالسجن في حق متهم بسرقة نحو 200 راس غنم "
        "بجهة سيدي بوعلي.",
        # multisource (unseen)
        "وكان مقررا أن يمثل الثلاثاء أمام قضاة التحقيق في باريس سعد صبار رئيس مجلس إدارة لافارج.",
        # Jawhara FM (unseen)
        "وأذنت النيابة العمومية اليوم بايقاف التلميذة على ذمة التحقيق.",
    ],
)
def test_an_investigating_judge_is_no_investigation(nlp, text):
    assert "INVESTIGATE" not in event_types(nlp, text)


def test_an_inquiry_opened_is_still_an_investigation(nlp):
    # Jawhara FM (unseen): a headline
    assert "INVESTIGATE" in event_types(
        nlp, "فتح تحقيق قضائي في ملابسات انتحار سجين بالسجن المدني بالمنستير"
    )
