"""Towns glued to "ب" that the tagger leaves untagged are places (rasd.ner.glued_towns),
under the lists' spelling or with final ة for ا; common words spelled like a town and a
town that ends a club's name are not. Sentences from unseen Jawhara FM and SaudiNewsNet
articles."""

from __future__ import annotations

import pytest

from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


def _places(ner: EntityRecognizer, text: str) -> set[str]:
    doc = ner(Pipeline(["text"]).analyze(text))
    return {doc.text[e.start : e.end] for e in doc.entities if e.label == "LOC"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (  # listed as "اريانا": the final ة is read as ا
            "نفّذت اليوم وحدات الشرطة البلدية بأريانة قرارهدم لبناية مكونة من 4 طوابق.",
            "أريانة",
        ),
        ("تمكنت الوحدات التابعة لإقليم الحرس الوطني بقابس أمس الثلاثاء من حجز السلع.", "قابس"),
        (  # a town with the article: "ب" goes, the article stays
            "وحجز الوقود المهرّب، بحسب مراسل الجوهرة أف أم بالمكنين.",
            "المكنين",
        ),
        ("ونظرت الهيئة الجهوية لعمادة المهندسين بسوسة في الوضع المادي للمهندسين.", "سوسة"),
    ],
)
def test_glued_town_is_a_place(ner: EntityRecognizer, text: str, town: str) -> None:
    assert town in _places(ner, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقد تم اصدار بطاقة تفتيش في حق متهم ثان.", "طاقة"),  # written "الطاقة" too
        ("وأكدت أنها لم تتطرق لهذه المسائل بتاتا.", "تاتا"),  # glued more than alone
        ("قال إن المرء يصاب بالتهاب الجيوب الأنفية المزمن.", "التهاب"),  # "لالتهاب"
        ("على هامش حفل استقبال بقصر الضيافة بقرطاج بمناسبة الاختتام.", "قصر"),  # "القصر"
        ("وأذنت النيابة العمومية بالإحتفاظ بكافّة أفراد العصابة.", "كافّة"),
        ("نسعى لتحقيق الريادة في النهوض بالإنسان وتنميته.", "الإنسان"),  # seldom after ب
        (  # the town ends the club's name
            "ويختتم التربص بمواجهة ودية أمام النجم الرياضي بالمتلوي .",
            "المتلوي",
        ),
    ],
)
def test_glued_word_is_no_place(ner: EntityRecognizer, text: str, word: str) -> None:
    assert word not in _places(ner, text)
