"""Quotations, the qaudit20 pass (an audit of unseen articles, seeds 10022 and 10023).

"علق وزير الداخلية عبر تويتر …، مطالبا …، قائلا "…"": "عبر" before a site is "via";
read as the verb "expressed" it made the site a remembered speaker, whom the clause's
participles then took over from the minister. "وأكد ضرورة الإسراع …": a noun of
necessity or importance opens what was stressed; it was read as the subject. "ودعا X،
المنسق الخاص لعملية السلام …، إلى": the apposed title is no part of the content.
"ويعتبر الراتب المرتفع أحد أبرز العوائق": the passive "is considered", no quotation.
"سي إن إن" (CNN in Arabic letters): its "إن"s open nothing. "أتاه الرد من X، …، مشددا":
the participle is X's, whom the reply came from. "رئيس الحكومة اللبنانية ووزير
الداخلية": a title after "و" is coordinated, so the name before it is not its holder's."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_site_after_via_never_speaks(nlp: Pipeline) -> None:
    # The audit's sentence (seed 10022): "تويتر" spoke all three quotations.
    text = (
        "فبعد أن علق وزير الداخلية عبر تويتر السبت على القضية، مطالباً الشعب اللبناني "
        'بالاعتذار من الممثل "البيروتي الأصيل والعروبي"، قائلاً "الويل لهؤلاء الذين لم '
        'يجدوا غير هذا الهدف الشريف".'
    )
    assert speaker_of(nlp, text, "الويل") == "وزير الداخلية"


NEEDED = [
    # The audit's sentence (seed 10022): "ضرورة الإسراع" was the speaker of "أزمة الطاقة …".
    (
        "وقال نيكولاي ملادينوف إن قتل الفلسطينيين في غزة أمس لا مبرر له. وأكد ضرورة الإسراع "
        "في تنفيذ المشروعات لحل أزمة الطاقة والعلاج في قطاع غزة.",
        "ضرورة الإسراع",
        "نيكولاي ملادينوف",
    ),
    # A subject before the noun: the phrase "الوزير ضرورة" spoke "الحوار".
    ("وقال الوزير أحمد علي إن الوضع مستقر. وأكد الوزير ضرورة الحوار.", "ضرورة الحوار", "أحمد علي"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), NEEDED)
def test_necessity_noun_opens_what_was_stressed(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    """ "وأكد ضرورة …"، "وأكد الوزير أهمية …": a noun of necessity or importance after
    the cue is what was stressed, never the speaker or part of the speaker."""
    assert speaker_of(nlp, text, start) == speaker


APPOSED_TITLE = [
    # The audit's sentence (seed 10022): "لعملية السلام …" was taken for the content.
    (
        "ودعا نيكولاي ملادينوف، المنسق الخاص لعملية السلام في الشرق الأوسط، إلى التنديد "
        "باستخدام إسرائيل القوة المميتة ضد الفلسطينيين.",
        "إلى التنديد باستخدام إسرائيل القوة المميتة ضد الفلسطينيين",
    ),
    # Unseen news: the description of the company opened the quotation.
    (
        'وأكدت ياهو، المملوكة لشركة فيرايزون للاتصالات، أنها ستوقف خدمة "ميسنجر" يوم 17 '
        "يوليو المقبل.",
        'أنها ستوقف خدمة "ميسنجر" يوم 17 يوليو المقبل',
    ),
]


@pytest.mark.parametrize(("text", "quote"), APPOSED_TITLE)
def test_title_between_commas_is_not_the_content(nlp: Pipeline, text: str, quote: str) -> None:
    """ "ودعا X، المنسق الخاص لـ…، إلى": a description between commas after the name,
    with the cue's complement after the second comma, is no part of what was said."""
    assert quote_texts(nlp.analyze(text)) == [quote]


CONSIDERED = [
    # The audit's construction (seed 10023's "وتعتبر الصين الشريك …"), on unseen news.
    "وتعتبر هذه أول زيارة لترمب إلى مقر وزارة الخارجية بعد وصوله البيت الأبيض.",
    "ويعتبر الراتب المرتفع أحد أبرز العوائق التي قد تحول دون استمرار القائد السابق لريال "
    "مدريد مع بورتو.",
    "والحكم يعتبر سفيراً رياضياً لموطنه.",
]


@pytest.mark.parametrize("text", CONSIDERED)
def test_passive_considered_is_no_quotation(nlp: Pipeline, text: str) -> None:
    """ "يُعتبر"/"تُعتبر" (is considered) before a word of rank, a demonstrative or an
    accusative: the writer's description, not anyone's words."""
    assert quote_texts(nlp.analyze(text)) == []


ACTIVE_CONSIDERED = [
    ("وتعتبر أنقرة حزب الاتحاد الديمقراطي منظمة إرهابية.", "أنقرة"),
    ("ويعتبر الخبراء هذه الخطوة تصعيدا خطيرا.", "الخبراء"),
]


@pytest.mark.parametrize(("text", "speaker"), ACTIVE_CONSIDERED)
def test_active_considered_keeps_its_quotation(nlp: Pipeline, text: str, speaker: str) -> None:
    doc = nlp.analyze(text)
    assert len(quote_texts(doc)) == 1
    assert speaker_of(nlp, text, quote_texts(doc)[0][:5]) == speaker


CNN = [
    # The audit's sentence (seed 10023): the quotation opened at the first "أن" of CNN.
    (
        'وصرح الرئيس الأسبق لبلدية نيويورك لشبكتي "سي أن أن" و"فوكس نيوز" أن فريق مولر قبل '
        "بالالتزام بتفسير قضائي قديم.",
        "أن فريق مولر قبل بالالتزام بتفسير قضائي قديم",
    ),
    # Unseen news: CNN's letters opened the quotation.
    (
        "وقالت كارين ماكدوغال لشبكة سي إن إن إنها بكت في طريق عودتها إلى المنزل.",
        "إنها بكت في طريق عودتها إلى المنزل",
    ),
    # BBC ends in "سي": the "إنه" after it still opens what was said.
    (
        "وقالت المحاضرة لبي بي سي إنه ليس من المحتمل أن يعمد غوغل إلى ذلك.",
        "إنه ليس من المحتمل أن يعمد غوغل إلى ذلك",
    ),
]


@pytest.mark.parametrize(("text", "quote"), CNN)
def test_cnn_letters_are_no_complementizer(nlp: Pipeline, text: str, quote: str) -> None:
    assert quote_texts(nlp.analyze(text)) == [quote]


def test_reply_came_from_its_speaker(nlp: Pipeline) -> None:
    # The audit's paragraph (seed 10022): once the minister of the first sentence spoke,
    # the participle of the reply went on to him instead of the one the reply came from.
    text = (
        "فبعد أن علق وزير الداخلية عبر تويتر السبت على القضية، مطالباً الشعب اللبناني "
        "بالاعتذار من الممثل.\nإلا أن الرد أتاه سريعاً من وزير العدل، سليم جريصاتي، ومن على "
        "نفس المنصة، مشدداً على أن الشعب اللبناني لا يعتذر من أحد."
    )
    assert speaker_of(nlp, text, "على أن الشعب") == "سليم جريصاتي"


def test_coordinated_title_names_nobody(nlp: Pipeline) -> None:
    # The audit's article (seed 10022): "ووزير الداخلية" after "رئيس الحكومة اللبنانية"
    # linked the minister's later title to the government's name.
    text = (
        "أعاد فرع المعلومات فتح الملف بناء على طلب من رئيس الحكومة اللبنانية ووزير "
        'الداخلية. فبعد أن علق وزير الداخلية عبر تويتر السبت على القضية، قائلاً "الويل '
        'لهؤلاء".'
    )
    assert speaker_of(nlp, text, "الويل") == "وزير الداخلية"
