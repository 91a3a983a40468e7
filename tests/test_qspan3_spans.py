"""Quotations missed whole on development folds 0-1 (issue 12, third span pass,
qspan3): each sentence comes from a development-part article of fold 0 or 1 of
benchmarks/news-gold, and each test asserts the quotation's extent and speaker."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            'من جهته، انتقد البيت الأبيض الجمعة "الأفعال المتهورة" لإيران، محذرا من أنها '
            'تشكل "تهديدا خطيرا" للاستقرار في الشرق الأوسط.',
            "الأفعال المتهورة",
            "البيت الأبيض",
        ),
    ],
)
def test_short_quotation_after_a_named_speaker_is_said(
    nlp: Pipeline, sentence: str, quote: str, speaker: str
) -> None:
    """After a speaker that is a name, or a time that closes the speaker's phrase, a
    short quotation is the cue's object, not the speaker's quoted name."""
    assert quote in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, quote) == speaker


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        # a verbal noun's possessor, then a quoted adjective
        (
            'أشعلت تصريحات ترامب "الودية" تجاه نظيره بوتين خلال قمة هلسنكي عاصفة من '
            "الانتقادات في الأوساط الأمريكية.",
            "الودية",
        ),
        # a demand's object before the quoted words, not its speaker
        (
            "ثم ثماني دول أوروبية (هي السويد وفرنسا والمملكة المتحدة وبولندا وألمانيا وهولندا "
            'وبلجيكا وإيطاليا) تقرأ بصوت مرتفع بيانا يطالب إسرائيل "بضبط النفس" و"احترام الحق '
            'في التظاهر".',
            "بضبط النفس",
        ),
        # a judgement's object: the quoted words are a term
        (
            'وفي الماضي كانت تعتبر لبنان "سلة غذاء" الشرق الأوسط، جنباً إلى جنب كونها اليوم '
            "موطناً لبعض المجموعات السياسية الأكثر محافظة وإثارة للجدل في المنطقة، وحتى العالم.",
            "سلة غذاء",
        ),
    ],
)
def test_short_quotation_after_a_name_that_is_no_speaker(
    nlp: Pipeline, sentence: str, term: str
) -> None:
    assert term not in quote_texts(nlp.analyze(sentence))


@pytest.mark.parametrize(
    ("sentence", "quote", "later"),
    [
        (
            'ووفقا للافتتاحية، اعتذر ترودو عن سلوكه وقال: "لو كنت أعلم أنك مراسلة في صحيفة '
            'وطنية، لما بادرت بتلك الطريقة".',
            "اعتذر ترودو عن سلوكه",
            "لو كنت أعلم",
        ),
        (
            "وبحسب المصدر، فإن ديبلوماسيا قطريا كبيرا بعث برسالة إلى رئيسه في شهر أبريل "
            "الماضي، أي في الشهر السادس عشر من اختطاف 25 قطريا، وقال فيها إن الدوحة تعرضت "
            "للسرقة.",
            "فإن ديبلوماسيا قطريا كبيرا بعث برسالة إلى رئيسه في شهر أبريل الماضي، أي في "
            "الشهر السادس عشر من اختطاف 25 قطريا",
            "إن الدوحة تعرضت للسرقة",
        ),
    ],
)
def test_attribution_vouches_for_the_clause_before_a_later_cue(
    nlp: Pipeline, sentence: str, quote: str, later: str
) -> None:
    """An attribution opening a sentence whose later clause has a cue of its own
    vouches for the clause before it, instead of for nothing."""
    texts = quote_texts(nlp.analyze(sentence))
    assert quote in texts
    assert any(t.startswith(later) for t in texts)


def test_attribution_before_a_cue_is_no_quotation_of_the_cues_subject(nlp: Pipeline) -> None:
    sentence = (
        "ووفقا لوسائل إعلام تركية، فقد صرّح الرئيس التركي، الخميس، خلال لقائه عددا من "
        'الصحفيين على متن الطائرة الرئاسية أثناء عودته من زيارة أجراها للمجر: "تركيا دولة '
        'قانون، وعلى الجميع احترام القرار".'
    )
    assert not any(t.startswith("فقد صرّح") for t in quote_texts(nlp.analyze(sentence)))


def test_describing_cue_keeps_its_preposition_past_a_long_object(nlp: Pipeline) -> None:
    sentence = (
        "وصف الشيخ عبدالرحمن السديس، الرئيس العام لشؤون المسجد الحرام والمسجد النبوي في "
        'السعودية، ولي العهد الأمير محمد بن سلمان، بـ"الشاب الطموح".'
    )
    assert "الشاب الطموح" in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, "الشاب الطموح") == "عبدالرحمن السديس"


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            'وتعهد الزعيمان في بيان مشترك عقب القمة بالعمل نحو "نزع السلاح النووي" من شبه '
            "الجزيرة الكورية.",
            'بالعمل نحو "نزع السلاح النووي" من شبه الجزيرة الكورية',
            "الزعيمان",
        ),
        (
            "وكان المانحون قد تعهدوا في مؤتمر في بروكسل نهاية نيسان/أبريل الماضي بتقديم 4,4 "
            "مليار دولار للمدنيين المتأثرين بالنزاع في سوريا.",
            "بتقديم 4,4 مليار دولار للمدنيين المتأثرين بالنزاع في سوريا",
            "المانحون",
        ),
        (
            "فقد ندد الرئيس الجمهوري لمجلس النواب بول راين علنا الخميس بقرار ترامب فرض "
            'الضرائب. وقال في بيان "أخالف القرار وأخشى عواقب لا يمكن التكهن بها"، مشيدا في '
            "الوقت نفسه بالاستثناءات لكندا والمكسيك.",
            "بالاستثناءات لكندا والمكسيك",
            "بول راين",
        ),
    ],
)
def test_cue_preposition_past_the_occasion_of_speaking(
    nlp: Pipeline, sentence: str, quote: str, speaker: str
) -> None:
    """Past "في بيان …"، "في مؤتمر …"، "في الوقت نفسه" (the occasion), the cue's own
    preposition opens what was said."""
    assert quote in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, quote) == speaker


def test_cue_of_the_statement_noun_is_no_speech_of_its_own(nlp: Pipeline) -> None:
    """ "في تصريحات نقلتها وكالة …": the verb with the statement's pronoun tells where
    it was read; the speaker's cue keeps its content."""
    sentence = (
        'وأكد الزبير، في تصريحات نقلتها وكالة الأنباء السودانية "سونا"، الخميس، أن آلية '
        "صناع السوق، وهي آلية مستقلة مقرها اتحاد المصارف السوداني، هي التي تعلن سعر الصرف "
        "اليومي، ودون تدخل من البنك المركزي."
    )
    quote = "أن آلية صناع السوق"
    assert any(t.startswith(quote) for t in quote_texts(nlp.analyze(sentence)))
    assert speaker_of(nlp, sentence, quote) == "الزبير"
