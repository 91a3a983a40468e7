"""Inquiry words that only look like triggers (evsense2, issue 13): the indefinite verbal
noun "تحقيق" governing a definite noun achieves it ("وتحقيق الانضباط المالي"، "في تحقيق
المصالحة"), "تحقيقا" with a joined ل is a purpose, and "لهيئة التحقيق" names a body;
an inquiry made by someone or about something stays one (events/sense_achieved.py).
Sentences from unseen news (design seeds 11336-11337)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Saudi news, design seed 11336: the construct's definite object is achieved
        "- هل استطاع الديوان مساعدة الوزارات والمؤسسات الحكومية على تطوير أجهزتها المالية "
        "والإدارية لمواكبة المستجدات وتلبية متطلبات التنمية وتحقيق الانضباط المالي؟",
        "ونجح ثنائي تنس الطاولة عبد المحسن الرشيد، وأحمد الفادن في تحقيق المركز الأول "
        "والميدالية الذهبية في منافسات الفردي كلا حسب تصنيفه.",
        # design seed 11337
        "محاولة الاغتيال التي حصلت يوم أمس تنسف الجهود المصرية في تحقيق المصالحة وتُعمق "
        "الخلافات بين فتح وحماس.",
        # a body named by inquiries, after a joined ل (design seed 11336)
        "وعن المتاجرين بهذه الشرائح ذكر البيان أن هناك إحصائية لمن تم القبض عليهم حيث يتم "
        "تسفير المخالف من المقيمين وإحالة السعودي لهيئة التحقيق والادعاء العام حسب تعليمات "
        "وزارة الداخلية رقم 47840.",
    ],
)
def test_achieving_or_a_body_is_no_inquiry(nlp, text):
    assert "INVESTIGATE" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # design seeds 11336-11337: inquiries made, about a matter or a person
        "وتجري الشرطة والصحة تحقيقاً بشأن الحادث.",
        "أعلنت وزارة الإعلام السعودية أن الهيئة العامة للإعلام السمعي والبصري فتحت تحقيقا "
        "بحق الصحافية السعودية شيرين الرفاعي بسبب ارتدائها لباسا غير لائق.",
    ],
)
def test_an_inquiry_stays_one(nlp, text):
    assert "INVESTIGATE" in event_types(nlp, text)
