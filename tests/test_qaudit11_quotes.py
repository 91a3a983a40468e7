"""Quotations, the qaudit11 pass (an audit of unseen articles, seeds 9965 and 9966).

"كما" and a cue with its subject closing a sentence ("، كما قال لنا أحد المعالجين."،
"، كما أفادت وكالة أنباء الصين الجديدة.") name who said what came before it: the
quotation right before, else the sentence up to "كما". A cue with an object pronoun
("كما يرويها الإنجيل") tells a story, not the sentence, and a subject that cannot speak
("كما تتابع الدراما السورية": also follows) says nothing.

"وفق تعبير X"، "بحسب تعبير X" (in X's words) make the quotation right before X's, not the
sentence around it."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


POSTPOSED_CASES = [
    # The audit's sentence (seed 9966): the quotation went to "داعش" before it.
    (
        "يجْهَدُ هؤلاء الأطباء والمعالِجون لدفع أحد الأطفال وهو يامن إلى التحدث قليلاً بعد أن "
        'اعتصم بالصمت منذ تحريره من سجون داعش، "يحتاج يامن وقتاً طويلاً كي يثق مجدداً '
        'بالكبار" كما قال لنا أحد المعالِجين النفسيين.',
        "يحتاج يامن",
        "أحد المعالِجين النفسيين",
    ),
    # Dev fold 0 or 1 (AL-internationalNews-66): the earlier speaker took it.
    (
        'وقالت فاليري آموس إن الوضع صعب.\n"نصف سكان سورية يحتاجون إلى مساعدات إنسانية '
        'عاجلة. نحو 9.3 ملايين شخص يحتاجون إلى مساعدات عاجلة"، كما قال الأمين العام للأمم '
        "المتحدة. ولنا أن نتخيل حجم الكارثة.",
        "نصف سكان سورية",
        "الأمين العام للأمم المتحدة",
    ),
    # Dev (FR-economy-26): the sentence was missed.
    (
        "فرضت الصين الاثنين رسوما جمركية على 128 صنفا من المنتجات التي تستوردها من الولايات "
        "المتحدة وتصل قيمتها إلى ثلاثة مليارات دولار سنويا، كما أفادت وكالة أنباء الصين "
        "الجديدة (شينخوا) الرسمية.",
        "فرضت الصين",
        "وكالة أنباء الصين الجديدة",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), POSTPOSED_CASES)
def test_as_said_by_after_the_words(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker in speaker_of(nlp, text, start)


@pytest.mark.parametrize(
    "text",
    [
        # Unseen: "as the Bible tells it" (the story).
        'وتساءل دوتيرتي: "من هو هذا الرب السخيف؟"، منتقدا قصة خلق آدم وحواء وخروجهما من '
        "الجنة وأكلهما من الشجرة، كما يرويها الإنجيل.",
        # Unseen: "she also follows Syrian drama".
        'هي تتابع حالياً أعمال الفنان عادل إمام ومسلسلات "طريق" للثنائي نادين نجيم وعابد فهد، '
        "كما تتابع الدراما السورية.",
    ],
)
def test_as_with_no_speaker_is_no_quotation(nlp: Pipeline, text: str) -> None:
    doc = nlp.analyze(text)
    assert not [t for t in quote_texts(doc) if t.startswith(("الجنة", "هي تتابع", "منتقدا"))]


WORDING_CASES = [
    # The audit's sentence (seed 9966): the quotation went to "داعش" before it.
    (
        "في المَرْسَم الذي خُصّص لهم رسم الأطفال في الأيام الأولى علمَ داعش وسجونه وأنفاقه "
        "ومقرّه قبل أن يبدأوا لاحقاً برسم البيوت والحدائق التي يحلمون بها، "
        '"وهذا يفسّره الإرتياح النسبي الذي طرأ عليهم"، وفق تعبير أحد معالِجيهم.',
        "وهذا يفسّره الإرتياح النسبي الذي طرأ عليهم",
        "أحد معالِجيهم",
    ),
    # Unseen: a short quoted expression, not the sentence around it.
    (
        'ولم يكتفِ بهذا، بل راح يكيل كافة الصفات لنصرالله من "السيد إلى المفدى إلى الأخ '
        'والقائد"، لتصل ذروة الأوصاف إلى اعتباره "حسين هذه المرحلة"، بحسب تعبير علي عمار.',
        "حسين هذه المرحلة",
        "علي عمار",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), WORDING_CASES)
def test_in_whose_words(nlp: Pipeline, text: str, quote: str, speaker: str) -> None:
    doc = nlp.analyze(text)
    assert quote in quote_texts(doc)
    assert speaker_of(nlp, text, quote) == speaker


def test_wording_with_no_quotation_before_says_nothing(nlp: Pipeline) -> None:
    doc = nlp.analyze("وتستمر المعارك في المدينة منذ أسبوعين وسط قصف عنيف، بحسب تعبير أحد السكان.")
    assert quote_texts(doc) == []
