"""Speakers, the qspk pass: classes counted on the misattributed quotes of the
development parts (folds 0-2) of benchmarks/news-gold and ../shared/gold. Every
sentence is taken from a development article of news-gold."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


# A description without a name after the verb, then the person it describes before
# what was said: the person speaks (18 dev quotes).
HOLDERS = [
    pytest.param(
        "في أول تعليق له، قال لاعب وسط المنتخب الألماني لكرة القدم مسعود أوزيل، الأحد، "
        "إنه غير نادم على التقاطه صورة مع الرئيس التركي رجب طيب أردوغان.",
        "إنه غير نادم",
        "مسعود أوزيل",
        id="title-then-name",
    ),
    pytest.param(
        'وقال أحد موقعي هذه الرسالة، يدعى إيريك لاي، إن التوصل إلى مثل هذا الاتفاق سيشكل "صدمة".',
        "إن التوصل",
        "إيريك لاي",
        id="called",
    ),
    pytest.param(
        "وقال قائممقام منطقة سوران بمحافظة أربيل، كرمانج عزت، في تصريحات هاتفية لـ"
        '"سكاي نيوز عربية"، إن القوات التركية أقامت خنادق وثكنة عسكرية على تخوم قرية برميزة.',
        "إن القوات التركية",
        "كرمانج عزت",
        id="apposed-name",
    ),
    pytest.param(
        'وقال مدير مكتبه السياسي ياسر دلوان لفرانس برس "إذا اختار النظام الحل العسكري '
        'مرة أخرى سيرى ما يسوغه في الغوطة الشرقية".',
        "إذا اختار",
        "ياسر دلوان",
        id="before-audience",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), HOLDERS)
def test_a_description_speaks_through_the_name_after_it(nlp, text, start, speaker) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_a_name_told_something_is_no_holder(nlp) -> None:
    # "لفرانس برس" is whom it was told: the holder search stops at it.
    text = "وقال الجيش لفرانس برس في بيروت إن القصف توقف."
    assert speaker_of(nlp, text, "إن القصف") != "فرانس برس"


# "حسب بيان X"، "وفقا لتصريحات أدلى بها X": the statement's author, not the statement
# (5 dev quotes).
STATEMENTS = [
    pytest.param(
        "احتفلت القوات البحرية المصرية بتدشين أول فرقاطة محلية الصنع، حسب بيان المتحدث "
        'العسكري المصري، عقيد أركان حرب تامر الرفاعي، في صفحته على موقع "فيسبوك"، الجمعة.',
        "احتفلت",
        "المتحدث العسكري المصري",
        id="statement-of",
    ),
    pytest.param(
        "وتضررت مدينة أبلاتشيكولا، التي يبلغ عدد سكانها 2300 نسمة، كثيرا وفقا لتصريحات "
        "أدلى بها عمدة المدينة والتي تضمنت سقوط كابلات الكهرباء في الطرق.",
        "وتضررت",
        "عمدة المدينة",
        id="statements-made-by",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), STATEMENTS)
def test_an_attributed_statement_is_its_authors(nlp, text, start, speaker) -> None:
    assert speaker_of(nlp, text, start) == speaker


# The extent of the speaker's name.
EXTENTS = [
    pytest.param(
        "وقالت الدكتورة كارا بوكر، قائد فريق البحث بجامعة إسيكس، إن السبب في ذلك أن "
        "هناك عوامل أخرى.",
        "إن السبب",
        "كارا بوكر",
        id="surname-opening-with-b",  # "بوكر" is no "ب" + "وكر"
    ),
    pytest.param(
        'من جانبه قال أحمد خالد موسى مخرج مسلسل "أبو عمر المصري"، إنه لم يكن يتوقع رد '
        "فعل الجمهور على مسلسل.",
        "إنه لم يكن",
        "أحمد خالد موسى",
        id="quoted-work-after-named-speaker",
    ),
    pytest.param(
        'أعلنت وكالة أنباء "فارس" الإيرانية أن الحرس الثوري في البلاد شن، فجر الإثنين، '
        '"هجوما صاروخيا" على مقر.',
        "أن الحرس",
        "فارس",
        id="quoted-agency-name",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), EXTENTS)
def test_speaker_name_extent(nlp, text, start, speaker) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_a_preposition_before_a_name_still_ends_it(nlp) -> None:
    # "لعباس": the ل is a preposition (عباس is far commoner than لعباس).
    assert speaker_of(nlp, "وقال بوتين لعباس إن روسيا تدعم الفلسطينيين.", "إن روسيا") == "بوتين"


# A participle after a clause with its own verb: the subject of that verb speaks,
# not an earlier speaker of the article (8 dev quotes; the earlier sentence gives the
# earlier speaker the rules used to prefer).
AGENTS = [
    pytest.param(
        'قال قائد فيلق القدس قاسم سليماني "لن ننام الليل".\n'
        "وتعد تصريحات سليماني الأحدث في حرب كلامية، ارتفعت وتيرتها بعد أن هاجم الرئيس "
        "الإيراني حسن روحاني نظيره الأمريكي دونالد ترامب، محذرا إدارته من اتخاذ سياسة "
        "معادية لبلاده.",
        "من اتخاذ",
        "حسن روحاني",
        id="verb-subject-object",
    ),
    pytest.param(
        "وقال ليبرون جيمس في مقابلة إن ترامب مثير للانقسام.\n"
        "وردا على هذا، شكك ترامب في مستوى ذكاء جيمس، قائلا إنه لم يكن من السهل جعل "
        'لاعب دوري المحترفين "يبدو ذكيا".',
        "إنه لم يكن",
        "ترامب",
        id="verb-subject-then-name",
    ),
    pytest.param(
        "وقبيل انقضاء المهلة التي حددتها ماي، نشرت السفارة الروسية في بريطانيا عدة تغريدات "
        "بموقع تويتر تقول فيها إنها لن ترد قبل الحصول على عينات من غاز الأعصاب.",
        "إنها لن ترد",
        "السفارة الروسية",
        id="said-in-what-the-subject-made",  # "تقول فيها": in the tweets the embassy posted
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), AGENTS)
def test_a_participle_shares_its_clauses_subject(nlp, text, start, speaker) -> None:
    assert speaker_of(nlp, text, start) == speaker


# "في" and a date between the speaker and what was said: when, not more of the
# speaker (2 dev quotes); a date before "عن" + a noun opens no quote.
DATES = [
    pytest.param(
        "وذكرت وسائل إعلام محلية في الأول من أكتوبر/تشرين الأول الحالي، أن التهم تشمل "
        '"الاتصال بقطر، والتحريض على احتجاجات الشباب على الحكومة".',
        "أن التهم تشمل",
        "وسائل إعلام محلية",
        id="day-of-month",
    ),
    pytest.param(
        "وذكرت شرطة طهران في شباط/فبراير أنه تم توقيف 29 امرأة لوقوفهن في مكان عام دون حجاب.",
        "أنه تم توقيف",
        "شرطة طهران",
        id="month",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), DATES)
def test_a_date_after_the_speaker_is_left_out(nlp, text, start, speaker) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_a_dated_announcement_of_a_deal_is_no_quote(nlp) -> None:
    doc = nlp.analyze(
        "وكانت بوينغ قد أعلنت في ديسمبر/كانون الأول 2016 عن اتفاق لبيع 80 طائرة لشركة "
        "الخطوط الجوية الإيرانية بقيمة 16,6 مليار دولار."
    )
    assert not any(doc.slice(q).startswith("عن اتفاق") for q in doc.quotes or [])


# "حساب "X""، "إدارة "X"": the quoted name completes the head (2 dev quotes).
QUOTED_NAMES = [
    pytest.param(
        'وقال حساب "باباك تاغفي" على تويتر إن إيران أطلقت 5 صواريخ باتجاه الأراضي السورية.',
        "إن إيران",
        "باباك تاغفي",
        id="account",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), QUOTED_NAMES)
def test_a_quoted_name_after_its_head(nlp, text, start, speaker) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_a_quoted_subject_before_an_aside_speaks(nlp) -> None:
    # "لكن "جيش الإسلام"، الفصيل الأقوى في الغوطة، ينفي": the quoted name, then an
    # apposition between commas, then the verb; not the speaker of the sentence before.
    text = (
        'وقال رامي عبد الرحمن إن المفاوضات فشلت. لكن "جيش الإسلام"، الفصيل الأقوى في '
        "الغوطة، ينفي مشاركته في أي مفاوضات حالياً مع النظام."
    )
    assert speaker_of(nlp, text, "مشاركته") == "جيش الإسلام"
