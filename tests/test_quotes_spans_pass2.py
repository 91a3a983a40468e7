"""Classes of quotations the quotes layer missed or cut wrong on news-gold's
development part (issue 12, second span pass): every sentence comes from a
development-part article of benchmarks/news-gold (or a sentence of the same class
written after it), and each test asserts the quotation's extent."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            'وأعربت روسيا عن "قلقها الشديد" إزاء الغارات الجوية الإسرائيلية، ودعت جميع '
            "الأطراف إلى ضبط النفس.",
            "قلقها الشديد",
        ),
        (
            'وأعربت الصين عن "معارضتها الشديدة" للرسوم الأمريكية التي أعلن الرئيس دونالد '
            "ترامب فرضها على الواردات من الصلب.",
            "معارضتها الشديدة",
        ),
    ],
)
def test_quoted_words_right_after_the_preposition_are_the_quote(nlp, sentence, quote) -> None:
    """ "أعربت عن "قلقها الشديد" إزاء …": the quoted words are what was said, not the
    rest of the clause."""
    doc = nlp.analyze(sentence)
    assert quote_texts(doc)[:1] == [quote]
    assert doc.quotes[0].kind == "direct"


def test_quoted_words_that_open_a_longer_phrase_keep_the_clause(nlp) -> None:
    """ "إلى "صعوبة دفن" القتلى": a bare noun after the closing mark continues the
    phrase, so the quotation is the whole clause."""
    doc = nlp.analyze(
        'وأشار المجلس المحلي لمدينة دوما إلى "صعوبة دفن" القتلى بسبب قصف طال أيضا مقبرة المدينة.'
    )
    spans = quote_texts(doc)
    assert len(spans) == 1 and spans[0].startswith("إلى") and spans[0].endswith("مقبرة المدينة")


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "إلا أن المراقبين يرون أن الاقتصاد التركي بات هشا لدرجة كبيرة.",
            "أن الاقتصاد التركي بات هشا لدرجة كبيرة",
        ),
        (
            "لكن معظم المحللين يرون أن فرصه ضعيفة بسبب المقاطعة الواسعة النطاق.",
            "أن فرصه ضعيفة بسبب المقاطعة الواسعة النطاق",
        ),
    ],
)
def test_a_plural_present_cue_after_its_subject_is_not_impersonal(nlp, sentence, quote) -> None:
    """ "المراقبين يرون أن": a plural verb agrees with the noun before it; only a
    singular present with no one named ("يرجح أنهم") is the impersonal "it is thought"."""
    assert quote_texts(nlp.analyze(sentence)) == [quote]


def test_a_statement_that_the_cue_is_in(nlp) -> None:
    """ "أصدرت بيانا …، أكدت فيه وقوع …": "فيه" stands between the cue and what it
    states."""
    doc = nlp.analyze(
        "أصدرت المرأة بيانا يوم الجمعة عبر شبكة سي بي سي نيوز الأمريكية، أكدت فيه "
        "وقوع حادثة التحرش."
    )
    assert "وقوع حادثة التحرش" in quote_texts(doc)


BODY = "وقال المتحدث إن العملية مستمرة."


@pytest.mark.parametrize(
    ("title", "quotes"),
    [
        (
            'تركيا تؤكد استمرار عملية عفرين رغم هدنة مجلس الأمن.. وأردوغان: الأسد "قاتل"',
            ["استمرار عملية عفرين رغم هدنة مجلس الأمن", 'الأسد "قاتل'],
        ),
        (
            "أنقرة تنفي تسليم واشنطن أي تسجيل بشأن خاشقجي: سنعلن نتائج التحقيق للعالم كله",
            ["تسليم واشنطن أي تسجيل بشأن خاشقجي", "سنعلن نتائج التحقيق للعالم كله"],
        ),
    ],
)
def test_headline_parts(nlp, title, quotes) -> None:
    """A headline's subject stands before its verb, what follows the verb is what was
    said, and an ellipsis or a colon starts the headline's next part (a closing mark
    at a quotation's end is left out, as everywhere)."""
    doc = nlp.analyze(BODY, title=title)
    assert [s for s in quote_texts(doc) if s in title] == quotes


@pytest.mark.parametrize(
    ("sentence", "inner"),
    [
        (
            "وقالت إحداهن إن زميلا بارزا قال لها إنه كان من الممكن مبادلة الأدوية مقابل "
            "الجنس أحيانا.",
            "إنه كان من الممكن مبادلة الأدوية مقابل الجنس أحيانا",
        ),
        (
            "لكن كالين قال للصحفيين في أنقرة إن مسؤولين فرنسيين أبلغوا نظراءهم الأتراك أن "
            'إرسال جنود إلى منبج "ليس مطروحا".',
            'أن إرسال جنود إلى منبج "ليس مطروحا',
        ),
        (
            'وقال المتحدث: "إن الائتلاف لدعم الشرعية في اليمن ذكر أن الاستهداف الذي حدث يوم '
            'الخميس في محافظة صعدة، هو عمل عسكري مشروع استهدف قادة الحوثيين".',
            "أن الاستهداف الذي حدث يوم الخميس في محافظة صعدة، هو عمل عسكري مشروع استهدف "
            "قادة الحوثيين",
        ),
    ],
)
def test_a_quotation_inside_a_quotation(nlp, sentence, inner) -> None:
    """A past cue with its own named subject inside a reported clause or inside
    quotation marks reports speech too, with whom it was told to between ("قال لها
    إنه"، "أبلغوا نظراءهم الأتراك أن")."""
    spans = quote_texts(nlp.analyze(sentence))
    assert inner in spans and len(spans) >= 2, spans


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "ونفت الحكومة الكولومبية أي دور لها فيما يجري في فنزويلا.",
            "أي دور لها فيما يجري في فنزويلا",
        ),
        (
            "ونفى مستشار الأمن القومي الأمريكي جون بولتون أي ضلوع للولايات المتحدة في الحادث.",
            "أي ضلوع",
        ),
        ("بينما ينفي الحزب تلك الاتهامات.", "تلك الاتهامات"),
    ],
)
def test_what_was_denied_opens_with_any_or_that(nlp, sentence, quote) -> None:
    """ "نفت X أي دور"، "ينفي الحزب تلك الاتهامات": a bare object that opens with
    "أي" or a demonstrative is what was denied."""
    spans = quote_texts(nlp.analyze(sentence))
    assert len(spans) == 1 and spans[0].startswith(quote), spans


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "واندلعت الأزمة بين السعودية وكندا، عقب انتقادات كندية لحقوق الإنسان في المملكة، "
            "الأمر الذي اعتبرته الرياض تدخلا في شؤونها الخاصة، وردت بحظر جميع الأنشطة التجارية.",
            "تدخلا في شؤونها الخاصة",
        ),
        (
            "وكانت تركيا قد هددت بمهاجمة القوات الأمريكية المتحالفة مع وحدات حماية الشعب "
            'الكردية في منبج التي تعتبرها الحكومة التركية "جماعة إرهابية".',
            "جماعة إرهابية",
        ),
    ],
)
def test_what_a_judgement_calls_its_object(nlp, sentence, quote) -> None:
    """ "الأمر الذي اعتبرته الرياض تدخلا": a cue of considering with its object pronoun
    and its subject after it; what follows the subject is the judgement said."""
    assert quote in quote_texts(nlp.analyze(sentence))


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "وندد مبعوث الأمم المتحدة إلى الشرق الأوسط نيكولاي ملادينوف بمقتل أطفال في غزة.",
            "بمقتل أطفال في غزة",
        ),
        (
            "رحبت مملكة البحرين، الثلاثاء، بتصنيف أحد قادة سرايا الأشتر كإرهابي عالمي.",
            "بتصنيف أحد قادة سرايا الأشتر كإرهابي عالمي",
        ),
    ],
)
def test_condemning_and_welcoming_take_their_complement(nlp, sentence, quote) -> None:
    """ "ندد X بمقتل …"، "رحبت X بتصنيف …": what was condemned or welcomed."""
    assert quote_texts(nlp.analyze(sentence)) == [quote]


def test_a_conjoined_cue_after_a_comma_ends_the_clause(nlp) -> None:
    """ "… إنهما ضحيتا العنف الجنسي، وحثاه على تغيير رأيه": the speaker's next act of
    speech after a comma starts a quotation of its own."""
    doc = nlp.analyze(
        "لكن في طريقه إلى قاعة اللجنة قابلته امرأتان قالتا له إنهما ضحيتا العنف الجنسي، "
        "وحثاه على تغيير رأيه بشأن دعمه لكافانو."
    )
    assert quote_texts(doc)[0] == "إنهما ضحيتا العنف الجنسي"


def test_quotations_joined_by_and(nlp) -> None:
    """ "بـ"الافتراءات الباطلة" و"الإساءات غير المقبولة"": a quotation joined by "و" to
    one that is speech is the same speaker's."""
    doc = nlp.analyze(
        "رد وفد قطر لدى الأمم المتحدة، السبت، على بيان وفد المملكة العربية السعودية أمام "
        'الجمعية العامة للأمم المتحدة، واصفاً ما جاء فيه بـ"الافتراءات الباطلة" و"الإساءات '
        'غير المقبولة" تجاه البلاد.'
    )
    spans = quote_texts(doc)
    assert spans[-2:] == ["الافتراءات الباطلة", "الإساءات غير المقبولة"]
    assert doc.quotes[-1].speaker == doc.quotes[-2].speaker


def test_a_headline_names_the_speaker_and_what_they_did_before_the_colon(nlp) -> None:
    """ "ظريف يزور الأسد: …": in a title, a person named first, what they were doing,
    then a colon and their words."""
    doc = nlp.analyze(
        "استقبل الرئيس السوري بشار الأسد وزير الخارجية الإيراني محمد جواد ظريف في دمشق.",
        title="ظريف يزور الأسد: على جميع الإرهابيين الخروج من إدلب",
    )
    assert "على جميع الإرهابيين الخروج من إدلب" in quote_texts(doc)
