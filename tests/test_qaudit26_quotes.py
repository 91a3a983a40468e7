"""Quotations, the qaudit26 pass (an audit of unseen articles, seeds 10068 and 10069).

"وبين أن …"، "وبين الدكتور الفهيد أن …"، "وبين العياري في تصريح للتلفزة الوطنية، ان …":
"وبين" opening a clause is "and he showed", a cue, when أن/إن opens what follows its
subject; "بين" alone stays "between", and so does "وبين" paired with a "بين" before it
in its sentence ("رابطاً قوياً بين …، وبين …"), "وبينهم" (among them) and "وبين" with no
أن after its noun ("وبين الأفلام القصيرة فاز …").

"أدانت محكمة بريطانية رجلاً …"، "وأدانت هيئة محلفين في لندن المتهم …"، "أدان القضاء
امرأة …": with a court, the judiciary or a jury for subject أدان convicts; nobody
condemns anything in words. A judge who "أدان الجريمة" still speaks.

"ندوة بعنوان "المحتوى المحلي في توطين وتنمية المنشآت الصغيرة والمتوسطة""، "تحت عنوان
«خريطة العمليات الإرهابية في ذكرى 30 يونيو»": after بعنوان/عنوان a quotation of any
length is a title, not what was said.

"تعتبر الصادرات طوق النجاة لمصر"، "وتعتبر القناة ممر الشحن البحري": a present cue of
considering with a subject that cannot speak right after it and then a bare noun is the
passive (is considered); "الولايات المتحدة التي تعتبر الحزب منظمة ارهابية" and a subject
cut short before أن still speak. A place stays a possible speaker ("وتعتبر أنقرة حزب
الاتحاد الديمقراطي منظمة إرهابية"), so the audit's "وتعتبر سان بطرسبرغ نافذة روسيا"
is left."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


SHOWED = [
    # The audit's article (seed 10069): a continuation, then a named subject.
    (
        "من جهته، أوضح محافظ المؤسسة العامة للتدريب التقني والمهني الدكتور أحمد بن فهد "
        "الفهيد، أن نسب التوطين في القطاع الخاص لا تتجاوز 17%.\n"
        "وبين أن المؤسسة العامة للتدريب التقني والمهني تهدف للوصول إلى 12% في 2020.\n"
        "وبين الدكتور الفهيد أن التنسيق في كل ما يتعلق بالمدخلات تحت مظلة وزارة التعليم.",
        [
            "أن نسب التوطين في القطاع الخاص لا تتجاوز 17%",
            "أن المؤسسة العامة للتدريب التقني والمهني تهدف للوصول إلى 12% في 2020",
            "أن التنسيق في كل ما يتعلق بالمدخلات تحت مظلة وزارة التعليم",
        ],
        ["أحمد بن فهد الفهيد"] * 3,
    ),
    # Unseen news: an aside between the subject and "ان".
    (
        "وبين العياري في تصريح للتلفزة الوطنية، ان مجلس ادارة البنك قد اجتمع، اليوم الثلاثاء.",
        ["ان مجلس ادارة البنك قد اجتمع، اليوم الثلاثاء"],
        ["العياري"],
    ),
]


@pytest.mark.parametrize(("text", "quotes", "names"), SHOWED)
def test_and_he_showed_that(nlp: Pipeline, text: str, quotes: list[str], names: list[str]) -> None:
    doc = nlp.analyze(text)
    assert quote_texts(doc) == quotes
    assert speakers(doc) == names


def test_and_between_does_not_end_a_quotation(nlp: Pipeline) -> None:
    text = (
        "وقد وجد العلماء أن هناك رابطاً قوياً بين التعرض المزمن للسموم، وبين مجموعة من "
        "المشاكل الصحية التي تصيب الإنسان."
    )
    assert quote_texts(nlp.analyze(text)) == [
        "أن هناك رابطاً قوياً بين التعرض المزمن للسموم، وبين مجموعة من المشاكل الصحية "
        "التي تصيب الإنسان"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وبين الأفلام القصيرة فاز الفيلم الروسي «لا نستطيع العيش من دون كوزموز» بالجائزة الأولى.",
        "يمر التاكسي بعدة شوارع راقية، وبين الفينة والأخرى يوقظك من أحلامك صوت الزمور "
        "فتعرف بأنه يخترق شوارع شعبية.",
    ],
)
def test_among_is_no_cue(nlp: Pipeline, text: str) -> None:
    doc = nlp.analyze(text)
    assert not any(q.cue and "بين" in doc.slice(q.cue) for q in doc.quotes or [])


def test_among_them_is_no_speaker(nlp: Pipeline) -> None:
    text = "ففي حين يقول ناشطون وبينهم الداراني إن التنظيم موجود في الغوطة."
    assert speakers(nlp.analyze(text)) == ["ناشطون"]


@pytest.mark.parametrize(
    "text",
    [
        # The audit's article (seed 10069).
        "أدانت محكمة بريطانية، الجمعة، رجلاً استغل عمله في إحدى المدارس ليعمل على تجنيد "
        '"جيش" من الأطفال بهدف "شن #هجمات_إرهابية ".',
        # Unseen news: a jury, the judiciary.
        "وأدانت هيئة محلفين في #لندن المتهم، الجمعة، بالإعداد لأعمال إرهابية.",
        "أدان القضاء امرأة استرالية بالقتل بعد أن ألقت جثة صديقها المقطعة الأوصال على "
        "قارعة الطريق وأشعلت فيها النيران.",
    ],
)
def test_a_court_convicts(nlp: Pipeline, text: str) -> None:
    assert quote_texts(nlp.analyze(text)) == []


def test_a_judge_still_condemns(nlp: Pipeline) -> None:
    text = (
        "وأدان القاضي الشيخ عبدالباقي المبارك الجريمة البشعة في حق الوطن وأبناء الوطن "
        "المرابطين لحمايته."
    )
    assert any("الجريمة البشعة" in q for q in quote_texts(nlp.analyze(text)))


def test_a_long_title_is_no_quotation(nlp: Pipeline) -> None:
    # The audit's article (seed 10069).
    text = (
        "وشدد خلال حديث له أثناء ندوة بعنوان "
        '"المحتوى المحلي في توطين وتنمية المنشآت الصغيرة والمتوسطة" على أهمية وضع برنامج '
        "للمحتوى المحلي لشركات القطاع الخاص."
    )
    assert not any(q.startswith("المحتوى المحلي") for q in quote_texts(nlp.analyze(text)))


def test_what_follows_a_long_title_is_said(nlp: Pipeline) -> None:
    # Unseen news: the report's words come after its title.
    text = (
        "يقول تقرير صادر مؤخرا للمركز الإقليمي للدراسات الاستراتيجية بالقاهرة، تحت عنوان "
        "«خريطة العمليات الإرهابية في ذكرى 30 يونيو»، التي صادفت منتصف شهر رمضان، إن "
        "العمليات الإرهابية في مصر تزايدت حدتها كمّا ونوعا في ذكرى ثورة 30 يونيو."
    )
    assert quote_texts(nlp.analyze(text)) == [
        "إن العمليات الإرهابية في مصر تزايدت حدتها كمّا ونوعا في ذكرى ثورة 30 يونيو"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Unseen news.
        "تعتبر الصادرات طوق النجاة لمصر لزيادة الإيرادات والسيطرة على العجز التجاري.",
        "وتعتبر القناة ممر الشحن البحري الأسرع بين أوروبا وآسيا ومصدرا رئيسيا للعملة الصعبة "
        "للحكومة المصرية.",
        "وتعتبر السيارة الاقتصادية مهمة لخطط فولكس فاغن للمستقبل ولا سيما في جنوب شرقي آسيا.",
    ],
)
def test_is_considered(nlp: Pipeline, text: str) -> None:
    assert quote_texts(nlp.analyze(text)) == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "فإن الولايات المتحدة التي تعتبر الحزب منظمة ارهابية قد تصدر قريباً قراراً بمنعها.",
            "منظمة ارهابية",
        ),
        (
            "وعلى صعيد السلامة يعتبر دعاة التوسع في صناعة السيارات ذاتية القيادة أن هذه "
            "السيارات ستكون قادرة على تأمين الوقاية من الحوادث.",
            "",
        ),
    ],
)
def test_who_considers_still_speaks(nlp: Pipeline, text: str, start: str) -> None:
    assert any(start in q for q in quote_texts(nlp.analyze(text)))
