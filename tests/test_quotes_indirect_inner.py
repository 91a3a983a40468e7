"""A reported clause that reports another speaker's words (news-gold lists both): the
inner cue with its own speaker gets its own quotation, whatever follows the cue (a
complementizer, a preposition or a verbal noun) and whether its speaker stands before
or after it. Sentences from development-part articles of benchmarks/news-gold."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "inner", "speaker"),
    [
        # verb first, its speaker after it
        (
            "وقال مصدر بها الأربعاء إن فرنسا وشركاءها الأوروبيين سيعملون جاهدين لحماية "
            "مصالح شركاتهم في إيران بعد أن قالت الولايات المتحدة إنها ستعيد فرض عقوبات "
            "صارمة على طهران.",
            "إنها ستعيد فرض عقوبات صارمة على طهران",
            "الولايات المتحدة",
        ),
        # subject first, then the cue's preposition
        (
            "ومن جهة ثانية، قالت وكالة فرانس برس إن المرصد السوري لحقوق الإنسان المعارض، "
            "أفاد باندلاع اشتباكات لليوم الثاني على التوالي بين عناصر من الجبهة الوطنية "
            "للتحرير المدعومة من تركيا.",
            "باندلاع اشتباكات لليوم الثاني",
            "المرصد السوري لحقوق الإنسان",
        ),
        # subject first, then a bare verbal noun
        (
            "وقالت منظمة الأمن والتعاون في أوروبا الإثنين، إن الإقبال الكبير من المواطنين "
            "الأتراك على الانتخابات أظهر التزام الأتراك بالديمقراطية لكن المنظمة أبدت "
            "ملاحظات بشأن بعض المخالفات.",
            "ملاحظات بشأن بعض المخالفات",
            "منظمة الأمن والتعاون في أوروبا",  # "المنظمة": the body named before it
        ),
        # a present cue with its speaker after it
        (
            "وفي حال حصلت هذه الخطوة، فإن ثمة من يتوقع أن تكون هدية لإيران الحليفة للأسد في "
            "سوريا فيما يقول ترامب إنه يسعى إلى كبح جماح طهران والتصدي لأطماعها التوسعية.",
            "إنه يسعى إلى كبح جماح طهران",
            "ترامب",
        ),
        (
            "أفادت وسائل إعلام أمريكية بأن أنقرة لديها تسجيلات صوتية ومصورة يرى مسؤولون "
            "أتراك أنها تثبت مقتل الصحفي السعودي جمال خاشقجي داخل قنصلية بلاده في إسطنبول.",
            "أنها تثبت مقتل الصحفي",
            "مسؤولون أتراك",
        ),
    ],
)
def test_a_speaker_reported_inside_a_reported_clause(nlp, sentence, inner, speaker) -> None:
    doc = nlp.analyze(sentence)
    texts = quote_texts(doc)
    found = [i for i, t in enumerate(texts) if t.startswith(inner)]
    assert len(texts) >= 2 and found, texts
    assert speaker in speakers(doc)[found[0]], speakers(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause names a thing (the investments Qatar announced)
        "توقع خبيران اقتصاديان، أن تؤثر الاستثمارات، التي أعلنت قطر عن ضخها في الاقتصاد "
        "التركي بقيمة 15 مليار دولار، بشكل ملموس على الليرة التركية في الأجل القصير.",
        # "طلب" after a number is the noun "request"
        "كشفت وزارة العدل السعودية، السبت، عن تلقي دوائر ومحاكم التنفيذ بالمملكة، أكثر من "
        "72 ألف طلب تنفيذ أحكام استرداد حقوق مالية، بزيادة نسبتها 32%.",
    ],
)
def test_no_inner_quotation_in_a_relative_clause_or_after_a_noun(nlp, sentence) -> None:
    assert len(quote_texts(nlp.analyze(sentence))) == 1, quote_texts(nlp.analyze(sentence))


def test_a_present_cue_after_that_is_what_is_to_be_done(nlp) -> None:
    """ "يقضي بأن يعترف الفاتيكان بـ…": a subjunctive cue is not speech."""
    doc = nlp.analyze(
        "وكان مصدر قريب من المفاوضات، قال لوكالة فرانس برس الشهر الماضي، إن الاتفاق يقضي "
        "بأن يعترف الفاتيكان بسبعة أساقفة عينتهم الحكمة الشيوعية."
    )
    assert len(quote_texts(doc)) == 1, quote_texts(doc)


def test_the_name_after_a_cue_with_its_subject_before_is_its_object(nlp) -> None:
    """ "إن واشنطن تحذر تركيا بأنها …": Turkey is warned, it does not speak."""
    doc = nlp.analyze(
        "في هذه الأثناء، نقلت وكالة رويترز عن مسؤول في البيت الأبيض قوله إن واشنطن تحذر "
        "تركيا بأنها ستفرض عليها المزيد من الضغوط الاقتصادية."
    )
    assert "تركيا" not in speakers(doc), speakers(doc)


def test_a_present_cue_with_its_speaking_subject_before_it(nlp) -> None:
    """ "إن واشنطن تحذر تركيا بأنها …": a present cue whose subject can speak (a name,
    a title, a source) and a complementizer after it reports that subject's words."""
    doc = nlp.analyze(
        "في هذه الأثناء، نقلت وكالة رويترز عن مسؤول في البيت الأبيض قوله إن واشنطن تحذر "
        "تركيا بأنها ستفرض عليها المزيد من الضغوط الاقتصادية."
    )
    texts = quote_texts(doc)
    found = [i for i, t in enumerate(texts) if t.startswith("بأنها ستفرض")]
    assert found, texts
    assert "واشنطن" in speakers(doc)[found[0]], speakers(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        # a plain noun reports nothing
        "وقال الباحث إن الناس يعتقدون أن الأسعار سترتفع في الأشهر المقبلة.",
        # يُعتقد: it is believed
        "وقال رامي عبد الرحمن إن الصواريخ طالت مواقع يعتقد أنها تابعة لحزب الله جنوب غرب "
        "مدينة حمص.",
        # what someone may think
        "وأضاف أنه أخبر الرئيس الأميركي بأن هناك فرصة بأن ميلانيا قد تعتقد أن الادعاءات "
        "كانت حقيقية.",
    ],
)
def test_a_present_cue_that_reports_no_speaker_stays_in_the_clause(nlp, sentence) -> None:
    texts = quote_texts(nlp.analyze(sentence))
    assert not any(t.startswith(("أن الأسعار", "أنها تابعة", "أن الادعاءات")) for t in texts), texts
