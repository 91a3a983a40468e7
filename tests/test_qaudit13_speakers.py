"""Speakers, the qaudit13 pass (an audit of unseen articles, seeds 9981 and 9982).

A verb inside what a participle spoke of ("لافتا إلى استمرار المواجهات وسط تقدم وصفه
بـ"الثابت"") has no subject of its own before it: its speaker is the participle's, not a
name found by reading the participle as a verb with a subject. "في" and a place name
before a medium or the quotation marks say where the words were said ("وقال لوكالة
الأنباء الفرنسية في بيروت عبر الهاتف "…""), so the cue reaches the words; whom they
were told ("لوكالة الأنباء الفرنسية") did not say them."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_verb_after_a_participles_object_keeps_its_speaker(nlp: Pipeline) -> None:
    # The audit's sentences (seed 9982): "الحوثيين" was the speaker of "وصفه".
    text = (
        "وأكد البيان الذي نشره المركز الإعلامي للجيش اليمني، أن قواته تواصل تقدمها لتحرير "
        "ما تبقى من المواقع شمال منطقة ضبوعة. وأشار إلى أن المواجهات أسفرت عن مقتل 13 من "
        "الميليشيات بينهم اثنين من القيادات الميدانية البارزة في صفوف #الحوثيين، إلى جانب "
        'عشرات الجرحى، لافتا الى استمرار المواجهات وسط تقدم وصفه بـ"الثابت" لقوات الجيش '
        "الوطني."
    )
    assert speaker_of(nlp, text, "الثابت") == "البيان"


def test_verb_coordinated_with_a_participle_shares_its_subject(nlp: Pipeline) -> None:
    # The shape of a dev sentence (BB-middleEast-780): "، وقال" after a participle's
    # object is the main clause's verb again.
    text = (
        "وكان الرئيس الأمريكي رد على روحاني محذرا إيران من مغبة تهديد الولايات المتحدة، "
        'وقال في تغريدة على موقع التواصل الاجتماعي تويتر "إن إيران ستواجه تبعات لم '
        'يواجهها إلا قلة عبر التاريخ".'
    )
    assert speaker_of(nlp, text, "إن إيران ستواجه") == "الرئيس الأمريكي"


def test_place_and_medium_before_the_words(nlp: Pipeline) -> None:
    # A dev sentence (FR-middleEast-593): the words were read as spoken by "الهاتف".
    text = (
        "وأكد رجل الأعمال السوري المعروف فاروق جود أن الأزمة طالت مصانعه. وقال لوكالة "
        'الأنباء الفرنسية في بيروت عبر الهاتف "أعمالنا الصناعية في سوريا تتطلب مواد تمر '
        'عبر لبنان وأخرى مستوردة من لبنان".'
    )
    assert speaker_of(nlp, text, "أعمالنا الصناعية") == "فاروق جود"
    assert len([t for t in quote_texts(nlp.analyze(text)) if "أعمالنا" in t]) == 1


def test_audience_is_no_speaker(nlp: Pipeline) -> None:
    # A dev article's sentences (FR-middleEast-593), the earlier one with no quotation of
    # its own: the ranker chose the agency the words were told to.
    text = (
        "وأكد رجل الأعمال السوري المعروف فاروق جود، وهو صاحب شركات ومعامل عدة في قطاعات "
        "الأغذية والفولاذ والمطاحن، ما ذكرته التقارير عن تجنيس أبنائه الثلاثة.\n"
        'وقال لوكالة الأنباء الفرنسية في بيروت عبر الهاتف "أعمالنا الصناعية في سوريا '
        'تتطلب مواد تمر عبر لبنان".'
    )
    assert speaker_of(nlp, text, "أعمالنا الصناعية") == "فاروق جود"
