"""Quotations, the qaddr3 pass (issue 12: the cue's object or addressee glued to an
unnamed speaker).

An indefinite source takes only indefinite adjectives, and an adjective heads no
genitive but the one word of "رفيع المستوى": a name, a noun heading one, or a definite
word after them is whom the words were told or what the verb acts on ("أفاد مصدر
قضائي وكالة فرانس برس"، "ووصف دبلوماسي رفيع المستوى المشكلة"), never more of the
speaker (`unnamed_objects.py`). The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


UNNAMED_CASES = [
    # A news agency told, after the source's relative adjective.
    (
        "وجّه القضاء اللبناني، الثلاثاء، للضابطة سوزان الحاج تهمة تلفيق ملف التعامل مع "
        'إسرائيل، بحسب ما أفاد مصدر قضائي وكالة "فرانس برس".',
        "وجّه القضاء",
        "مصدر قضائي",
    ),
    (
        "قتل 40 شخصًا على الأقل وأصيب العشرات بجروح في اشتباكات عنيفة يخوضها منذ أسبوع "
        "مسلحون من قبيلتي التبو والطوارق في جنوب شرق ليبيا، بحسب ما أفاد أمس الأربعاء "
        "مسؤول محلي وكالة فرانس برس.",
        "قتل 40",
        "مسؤول محلي",
    ),
    # The object after the genitive of "رفيع المستوى".
    (
        'ووصف دبلوماسي رفيع المستوى المشكلة التي تواجه قادة الاتحاد بأنها "صعبة ومعقدة".',
        "صعبة",
        "دبلوماسي رفيع المستوى",
    ),
    # The addressee after an adjective that heads no genitive (words.tsv source_adjective).
    (
        "وأبلغت مصادر مطلعة الصحيفة، بأن الانتحاري السليمان، سبق وأن أوقفته الجهات "
        "الأمنية قبل عامين، بتهمة تأثره بفكر تنظيم داعش الإرهابي.",
        "بأن الانتحاري",
        "مصادر مطلعة",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), UNNAMED_CASES)
def test_addressee_after_unnamed_source_is_not_the_speaker(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_frame_closing_the_sentence_past_the_agency_told(nlp: Pipeline) -> None:
    # Cut before the agency, the frame still closes the sentence: the words before
    # "كما" are what the official said.
    text = (
        "وفي إطار هذا التوتر المتصاعد ألغت واشنطن لقاء بين وزير الدفاع الأميركي جيم "
        "ماتيس ونظيره الصيني وي فينغي، وذلك بعد امتناع بكين عن تحديد موعد لهذه "
        "الزيارة، كما أفاد مسؤول عسكري أميركي وكالة فرانس برس الاثنين."
    )
    assert speaker_of(nlp, text, "وفي إطار") == "مسؤول عسكري أميركي"


def test_adjectives_of_the_source_stay(nlp: Pipeline) -> None:
    # Bare relative adjectives go on describing the source.
    text = (
        "من جهة أخرى، قال مصدر أمني فلسطيني إن طائرات حربية إسرائيلية أطلقت صواريخ "
        "عدة على أرض خالية بجانب موقع تدريب يتبع لكتائب عز الدين القسام."
    )
    assert speaker_of(nlp, text, "إن طائرات") == "مصدر أمني فلسطيني"


def test_quotation_after_the_source_is_not_a_quoted_name(nlp: Pipeline) -> None:
    # A quotation mark opens what was said, not a name the source told it to.
    text = (
        'وقال دبلوماسي أوروبي بارز "الأميركيون يقومون بجولة ترويجية ويذهبون إلى كل '
        'مكان... كنا واضحين وأبلغناهم".'
    )
    assert speaker_of(nlp, text, "الأميركيون") == "دبلوماسي أوروبي بارز"


def test_adjective_heading_a_genitive_keeps_it(nlp: Pipeline) -> None:
    # "كبار" heads the sheikhs it is the chief of: no object starts after it.
    text = (
        "وقال أحد كبار مشايخ مأرب علي غريب، إن دور المملكة محوري وإيجابي في التعامل "
        "مع قضايا اليمن على مر التاريخ."
    )
    assert speaker_of(nlp, text, "إن دور") != "أحد كبار"
