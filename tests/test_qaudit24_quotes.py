"""Quotations, the qaudit24 pass (an audit of unseen articles, seeds 10048 and 10049).

"…، بحسب ما أكدت وزارة الدفاع في بيان اطلعت عليه "العربية نت"."، "…، وفق ما أكده
مصدر أمني لوكالة تونس افريقيا للأنباء.": a statement or an audience after the source
of an attribution that runs on to the clause's end is where the source spoke; the
words it vouches for end before the attribution, as the gold spans do.

"وقالت لوبان إن …"، "وأضاف لطيف أنه …": where the entity layer reads a person's name
from its first letter "ل" on, that letter is no preposition: the name is the speaker,
not someone spoken to, and it keeps its letter ("لوبان", not "وبان").

"…، ليرد عليه ساويرس قائلا"، "…، لتسألها إليسا قائلة": after a comma, a present verb
with "ل" or "ف" opens a new clause; its subject, right before the participle, speaks,
not the speaker of the clause before (unless the verb is a copula: "ليكون زينيت
مطالبا").

"حيث أفادت قناة "فوكس 17" في ناشفيل بوقوع أضرار"، "نددت عصبة مكافحة التشهير في نيويورك
بتصريحات عباس": a place of saying between the speaker and what "ب" tells is skipped,
as before a quotation; not a second place ("في كيوتو باليابان") nor who led or attended
("بزعامة"، "بحضور", words.tsv accompanied).

"وفقًا لبيانات وزارة التجارة الأميركية للعام 2017 فإن البلدان …": after an attribution
that opens the sentence, the words attributed open at "فإن"; the date, place or
relative clause before it is still the source's."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


WHERE_SPOKEN = [
    # The audit's articles (seeds 10048, 10049): the attribution stayed in the span.
    (
        "وشاركت 30 مركبة إضافة إلى أكثر من 60 جندي من القوات الملكية الخاصة والجيش وسلاح "
        "الجو في عمليات المساعدة والانقاذ بسبب الثلوج الكثيفة والعاصفة التي ضربت بريطانيا، "
        'بحسب ما أكدت وزارة الدفاع في بيان اطلعت عليه "العربية نت".',
        "وشاركت 30 مركبة إضافة إلى أكثر من 60 جندي من القوات الملكية الخاصة والجيش وسلاح "
        "الجو في عمليات المساعدة والانقاذ بسبب الثلوج الكثيفة والعاصفة التي ضربت بريطانيا",
        "وزارة الدفاع",
    ),
    (
        "وفي منطقة ريفية بولاية كنتاكي، توفيت السيدة دالاس جين كومبس (79 عاماً) بعد أن "
        "اجتاح إعصار منزلها في مدينة أديرفيل مساء السبت، وفقاً لما ذكره شرطة مقاطعة لوغان "
        'لقناة "دبليو كيه آر إن".',
        "وفي منطقة ريفية بولاية كنتاكي، توفيت السيدة دالاس جين كومبس (79 عاماً) بعد أن "
        "اجتاح إعصار منزلها في مدينة أديرفيل مساء السبت",
        "شرطة مقاطعة لوغان",
    ),
    # Unseen news: an agency as the audience, a statement with its date.
    (
        "وتحتجز السلطات العراقية 833 طفلا من 14 جنسية مختلفة، بحسب ما أفاد مسؤول عسكري "
        "لوكالة الأنباء الفرنسية.",
        "وتحتجز السلطات العراقية 833 طفلا من 14 جنسية مختلفة",
        "مسؤول عسكري",
    ),
    (
        "وقع النجم المصري محمد صلاح عقدا جديدا طويل الأمد مع نادي ليفربول الإنكليزي لكرة "
        "القدم، وفق ما أعلن النادي في بيان الاثنين.",
        "وقع النجم المصري محمد صلاح عقدا جديدا طويل الأمد مع نادي ليفربول الإنكليزي لكرة القدم",
        "النادي",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), WHERE_SPOKEN)
def test_where_the_source_spoke_is_no_part_of_the_words(
    nlp: Pipeline, text: str, quote: str, speaker: str
) -> None:
    doc = nlp.analyze(text)
    assert quote_texts(doc) == [quote]
    assert speakers(doc) == [speaker]


def test_the_clause_going_on_after_the_source_stays_its(nlp: Pipeline) -> None:
    # "بحسب المرصد" inside the clause vouches for the words after it too.
    text = (
        "وتمكنت قوات النظام الخميس بحسب المرصد السوري لحقوق الإنسان من السيطرة على "
        "ثلاث قرى في ريف حماة الشمالي."
    )
    doc = nlp.analyze(text)
    assert quote_texts(doc) == [text.removesuffix(".")]


NAMES_IN_L = [
    # The audit's article (seed 10049): the speaker was "وبان".
    (
        'ورد لوبان لدى سؤاله في مقابلة مع إذاعة "آر تي لي" حول ما إذا كان سيشارك في '
        'التعذيب لو طلب منه ذلك بالقول "دون شك".',
        "دون شك",
        "لوبان",
    ),
    # Unseen news: the speaker was the outlet, another name or the name less its "ل".
    (
        'وأضافت لوبان خلال المناظرة على قناة "تي إف 1"، أن منافسها ليست لديه خطة لمحاربة الإرهاب.',
        "أن منافسها",
        "لوبان",
    ),
    ("وأضاف لطيف أنه تفاجأ بقرار إنهاء تكليفه.", "أنه تفاجأ", "لطيف"),
    ("وأعلنت لوبن عن إعادة تأسيس الجبهة الوطنية في مؤتمر الحزب.", "عن إعادة", "لوبن"),
    # A name after the preposition is still the one spoken to.
    ("وقال ترامب لبوتين إن الجيش عاد إلى ثكناته.", "إن الجيش", "ترامب"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), NAMES_IN_L)
def test_a_name_that_starts_with_lam_is_the_speaker(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


ANSWERS = [
    # The audit's article (seed 10049): the speaker was the one asked, "أحلام".
    (
        "وحينما همّ المتسابق بالمغادرة طلبت منه أحلام أن ينتظر، لتسألها إليسا قائلة "
        '"هذا ذهب أحلام ؟".',
        "هذا ذهب",
        "إليسا",
    ),
    # Unseen news: the speaker was the one answered.
    (
        'وفي تفاصيل المناوشة، سأل أحد متابعي ساويرس سؤالا له قال فيه: "ما رأيك الآن"، '
        'ليرد عليه ساويرس قائلا: "اتباع بالريال".',
        "اتباع",
        "ساويرس",
    ),
    (
        'وتابع كونتي: "كنت سأنزعج إذا حدث هذا الأمر معي"، ليمازحه أحد الصحفيين قائلا '
        '"ربما أرادتك أن تحضر قليلا من الحليب".',
        "ربما",
        "أحد الصحفيين",
    ),
    (
        'ونشر تريكة تغريدة تتضمن أعلام مصر وكتب فيها "قريبا"، ليرد عليه هنيدي قائلا '
        '"ترجع بالسلامة يا حبيب الناس".',
        "ترجع",
        "هنيدي",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), ANSWERS)
def test_the_subject_of_the_answering_clause_speaks_its_participle(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker.split()[-1] in speaker_of(nlp, text, start).split()


def test_a_copula_subject_does_not_speak_its_predicate(nlp: Pipeline) -> None:
    text = (
        "وتلقى زينيت ضربة أخرى بعدما سجل فريق دينامو مينسك الهدف الأول له، لتصبح "
        "النتيجة 4-1، ليكون زينيت مطالباً بتسجيل هدفين من أجل التأهل."
    )
    doc = nlp.analyze(text)
    assert "زينيت" not in [s.split()[-1] for s in speakers(doc)]


TOLD_AFTER_PLACE = [
    # The audit's article (seed 10049): the quotation was missed.
    (
        "كما تم الإبلاغ عن أضرار ناجمة عن عواصف في ولاية تينيسي، حيث أفادت قناة "
        '"فوكس 17" في ناشفيل بوقوع أضرار جسيمة في منازل ومركبات.',
        "بوقوع أضرار",
        "فوكس 17",
    ),
    # Unseen news: missed too.
    ("كما نددت عصبة مكافحة التشهير في نيويورك بتصريحات عباس.", "بتصريحات", "عصبة مكافحة التشهير"),
    (
        "من جهتهم، تعهد مقاتلو المعارضة في الغوطة الشرقية بمواصلة القتال.",
        "بمواصلة",
        "مقاتلو المعارضة",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), TOLD_AFTER_PLACE)
def test_what_bi_tells_after_the_place_of_saying(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_who_led_is_not_what_was_said(nlp: Pipeline) -> None:
    text = (
        "وإذا اعترف حزب المحافظين في كندا بزعامة أندرو شير، بالقدس عاصمة لإسرائيل، "
        "فإن حكومتهم ستكون من الحكومات القلائل."
    )
    assert not any(q.startswith("بزعامة") for q in quote_texts(nlp.analyze(text)))


THEN_INNA = [
    # The audit's article (seed 10048): the span opened with "للعام 2017".
    (
        "وفقًا لبيانات وزارة التجارة الأميركية للعام 2017 فإن البلدان العشرة الأولى "
        "المصدرة للصلب هي كندا والبرازيل.",
        "فإن البلدان العشرة الأولى المصدرة للصلب هي كندا والبرازيل",
    ),
    # Unseen news: the source's place, its own relative clause.
    (
        'وبحسب مراسل "الجوهرة أف أم" بجندوبة فإن المفقود كان غادر مقر سكناه منذ يومين.',
        "فإن المفقود كان غادر مقر سكناه منذ يومين",
    ),
    (
        "ووفقا للبيان الشهري للميزانية الذي تصدره الخزانة فإن الميزانية الأميركية سجلت "
        "فائضا بلغ 182 مليار دولار.",
        "فإن الميزانية الأميركية سجلت فائضا بلغ 182 مليار دولار",
    ),
]


@pytest.mark.parametrize(("text", "quote"), THEN_INNA)
def test_the_attributed_words_open_at_fa_inna(nlp: Pipeline, text: str, quote: str) -> None:
    assert quote_texts(nlp.analyze(text)) == [quote]
