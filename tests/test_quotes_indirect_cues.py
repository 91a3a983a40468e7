"""Cues of reported speech whose complement is neither a complementizer nor a
preposition: what they introduce and what they do not. Sentences from
development-part articles of benchmarks/news-gold."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "بعد نحو أسبوع من الصمت، أعلنت موسكو الخميس مقتل خمسة مواطنين، لا ينتمون للجيش "
            "الروسي، في الغارة الأمريكية على دير الزور شمال سوريا الأسبوع الماضي.",
            "مقتل خمسة مواطنين",
            "موسكو",
        ),
        (
            "وأعلنت السلطات سقوط أول قتيل بين المحتجين بإطلاق النار على رجل في كرج غربي طهران.",
            "سقوط أول قتيل بين المحتجين",
            "السلطات",
        ),
    ],
)
def test_an_announced_fact_is_what_was_claimed(nlp, sentence, quote, speaker) -> None:
    """ "أعلن X مقتل/سقوط/استهداف …": a death, arrest or strike announced is a claim."""
    doc = nlp.analyze(sentence)
    assert [t[: len(quote)] for t in quote_texts(doc)] == [quote], quote_texts(doc)
    assert speakers(doc) == [speaker], speakers(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلنت مانيلا فرض حظر تام على سفر عمال بلادها إلى الكويت يشمل الذين حصلوا على تصاريح عمل.",
        "ففي بداية جلسة البرلمان، أحرق النواب علما أميركيا ونسخة رمزية من الاتفاق النووي "
        "الذي أعلن ترامب انسحابه منه الثلاثاء.",
    ],
)
def test_an_act_performed_by_announcing_it_is_no_quotation(nlp, sentence) -> None:
    """ "أعلنت مانيلا فرض حظر"، "أعلن ترامب انسحابه": the announcement is the act."""
    assert quote_texts(nlp.analyze(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "ونقلت بي بي سي في نوفمبر/ تشرين الثاني عن مصادر استخباراتية قولها إن إيران "
            "تقيم قاعدة عسكرية دائمة في سوريا.",
            "إن إيران تقيم قاعدة عسكرية",
            "مصادر استخباراتية",
        ),
        (
            'ونقلت "رويترز" عن مصدرين قولهما إن قادة الحلف طلبوا من الدول غير الأعضاء '
            "مغادرة القاعة.",
            "إن قادة الحلف طلبوا",
            "مصدرين",
        ),
        (
            'ونقلت وكالة "برناما" الإخبارية الرسمية الماليزية عن وزير الداخلية الماليزي أحمد '
            "زاهد حامدي قوله، إن البطش مهندس كهربائي.",
            "إن البطش مهندس كهربائي",
            "أحمد زاهد حامدي",
        ),
    ],
)
def test_a_relayed_speaker_after_the_relay_name_time_or_place(
    nlp, sentence, quote, speaker
) -> None:
    """ "نقلت X [في نوفمبر] عن Y قوله[،] إن …": the words are Y's."""
    doc = nlp.analyze(sentence)
    assert [t[: len(quote)] for t in quote_texts(doc)] == [quote], quote_texts(doc)
    assert speaker in speakers(doc)[0], speakers(doc)


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "ويخشى مراقبون من أن تكون القوات السورية تستعد لشن هجوم بري كاسح لاستعادة "
            "السيطرة على الغوطة الشرقية.",
            "من أن تكون القوات السورية",
            "مراقبون",
        ),
        (
            "وتخشى أنقرة من أن يقيم الأكراد في سوريا منطقة تتمتع بالحكم الذاتي على غرار "
            "إقليم كردستان في شمال العراق.",
            "من أن يقيم الأكراد",
            "أنقرة",
        ),
    ],
)
def test_a_fear_voiced_is_reported_speech(nlp, sentence, quote, speaker) -> None:
    """ "يخشى X (من) أن …": what a speaker fears is what it says it fears."""
    doc = nlp.analyze(sentence)
    assert [t[: len(quote)] for t in quote_texts(doc)] == [quote], quote_texts(doc)
    assert speakers(doc) == [speaker], speakers(doc)


def test_an_attribution_whose_source_runs_into_a_relative_clause_ends_the_clause(nlp) -> None:
    """ "…، وفق المرصد الذي رجح أن …": the clause before the attribution is the
    source's, and so is what the relative clause reports."""
    doc = nlp.analyze(
        "وطال القصف بلدات وقرى عدة بينها تسيل وحيط وسحم الجولان والشجرة، وفق المرصد الذي "
        "رجح أن ترتفع حصيلة القتلى بسبب وجود عشرات الجرحى."
    )
    assert quote_texts(doc) == [
        "وطال القصف بلدات وقرى عدة بينها تسيل وحيط وسحم الجولان والشجرة",
        "أن ترتفع حصيلة القتلى بسبب وجود عشرات الجرحى",
    ]
    assert speakers(doc) == ["المرصد", "المرصد"], speakers(doc)


def test_an_attribution_is_never_what_was_denied(nlp) -> None:
    """ "نفت تورط قوات الأمن حسبما قالت …": "حسبما" opens the source, not a verbal noun."""
    doc = nlp.analyze("ولكنها نفت تورط قوات الأمن حسبما قالت وكالات أنباء إيرانية.")
    assert not any(t.startswith("حسبما") for t in quote_texts(doc)), quote_texts(doc)


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "وفي يناير، دعت الحكومة العراقية مستثمرين أجانب للمساعدة في عملية إعادة البناء "
            "بعد هزيمة مقاتلي تنظيم داعش.",
            "للمساعدة في عملية إعادة البناء",
            "الحكومة العراقية",
        ),
        # a headline's second part ("دمشق تغير على الجنوب السوري وواشنطن تدعو …")
        ("وواشنطن تدعو لاجتماع طارئ لمجلس الأمن.", "لاجتماع طارئ لمجلس الأمن", "واشنطن"),
        # ل after a title joins it to its body: the call is still "إلى …"
        (
            "كما دعا الأمين العام للمنظمة أنطونيو غوتيريس دول العالم إلى التخلي عن هذه المادة.",
            "إلى التخلي عن هذه المادة",
            "غوتيريس",
        ),
    ],
)
def test_a_call_for_with_li(nlp, sentence, quote, speaker) -> None:
    """ "دعا X (Y) لـ…": ل stands for إلى after دعا."""
    doc = nlp.analyze(sentence)
    assert [t[: len(quote)] for t in quote_texts(doc)] == [quote], quote_texts(doc)
    assert speaker in speakers(doc)[0], speakers(doc)


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            'اتهم مادورو كولومبيا وعناصر في الولايات المتحدة بتحريك "مؤامرة يمينية" لقتله.',
            "بتحريك",
            "مادورو",
        ),
        (
            "وبدورها، تتهم تركيا وحدات حماية الشعب الكردية في سوريا بالتبعية لحزب العمال "
            "الكردستاني.",
            "بالتبعية لحزب العمال",
            "تركيا",
        ),
    ],
)
def test_the_object_of_a_charge_may_name_where_it_is(nlp, sentence, quote, speaker) -> None:
    """ "اتهم X كولومبيا وعناصر في الولايات المتحدة بـ…": "في" inside the object."""
    doc = nlp.analyze(sentence)
    assert [t[: len(quote)] for t in quote_texts(doc)] == [quote], quote_texts(doc)
    assert speaker in speakers(doc)[0], speakers(doc)
