"""Quotations, the qaudit9 pass (an audit of unseen articles, seeds 9961 and 9962).

A post held in a body whose name is quoted, or ranked "أول", goes on to the person's
name after it: "قال شريك أول في "استراتيجي آند" فادي عدرا" is فادي عدرا's.

A fronted topic ("وبخصوص التعليم قال ولي العهد") is no speaker: the subject follows
the verb.

A demand's object may stand past an aside with a hashtag, time words and a comma
("دعا روتش كابوري، رئيس #بوركينافاسو، اليوم السبت، مواطني بلاده إلى …") and hold
an adverb ("شعبه مجددا إلى").

A cue that is also a common word, with its object pronoun and a number after it, is
"amounting to" ("رقما قياسيا قدره 2.6 مليون"). "، إلا أن" with a subject and a cue
opens another speaker's clause, as "، لكن" does.

A headline "PLACE: …" whose statement opens with a negation is the country's words
("روسيا: لا يوجد اتفاق …"), as one in the first person is; a dateline's news is not.
In an article's title, any short phrase before a denial speaks ("الداخلية اليمنية: لا
وجود لسجون سرية"); a "we" read off the first word alone does not make it speak ("كرة
القدم: نادي أرسنال يعين …").

"مقرا له/لها" is a headquarters, not the participle "acknowledging"; an aside between
commas does not count towards how far a common-word cue's complement may be."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


HOLDER_CASES = [
    # The audit's sentence (seed 9962): the speaker was "شريك".
    pytest.param(
        'قال شريك أول في "استراتيجي آند" فادي عدرا، في مقابلة مع قناة "العربية"، على '
        "هامش القمة العالمية للحكومات في دبي، إن تغيير السلوك يسهم بشكل كبير في تقبل "
        "الإصلاحات الحكومية التي تقوم بها الحكومات.",
        "إن تغيير",
        "فادي عدرا",
        id="audit-post-in-quoted-body",
    ),
    # An unseen article: the quoted body closes the company's description.
    pytest.param(
        'وقال خبير اقتصادي في شركة الاستثمار "بيمكو"، يواكيم فيلس، إن إدارة ترامب تشارك '
        "في حرب عملة باردة.",
        "إن إدارة",
        "يواكيم فيلس",
        id="post-in-quoted-company",
    ),
    # The audit's article: a fronted topic, the subject after the verb.
    pytest.param(
        "قال ولي العهد السعودي الأمير محمد بن سلمان إن المشروع سيساعد السعودية على توفير "
        "40 مليار دولار سنويا. وبخصوص التعليم قال ولي العهد إن التعليم في السعودية ليس "
        "سيئا بل إنه جيد.",
        "إن التعليم",
        "محمد بن سلمان",
        id="audit-fronted-topic",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), HOLDER_CASES)
def test_speaker_past_description(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


DEMAND_CASES = [
    # The audit's sentence (seed 9962), missed before.
    pytest.param(
        "دعا روتش كابوري، رئيس #بوركينافاسو، اليوم السبت، مواطني بلاده إلى التعاون "
        "الوثيق مع القوات المسلحة بعد يوم من هجومين استهدفا مقر الجيش والسفارة الفرنسية.",
        "إلى التعاون",
        "روتش كابوري",
        id="audit-object-past-hashtag-and-time",
    ),
    # An unseen article: time words after the aside, and no object.
    pytest.param(
        'ودعا البابا فرانسيس، بابا الفاتيكان، الأحد إلى وقف "المذبحة" في سوريا، وذلك خلال '
        "العظة التي ألقاها بمناسبة عيد الفصح.",
        "إلى وقف",
        "فرانسيس",
        id="time-after-aside-no-object",
    ),
    # An unseen article: an adverb inside the object.
    pytest.param(
        "دعا الرئيس التركي، رجب طيب أردوغان، الجمعة، شعبه مجددا إلى تغيير الدولارات التي "
        "لديهم بالليرة التركية.",
        "إلى تغيير",
        "رجب طيب أردوغان",
        id="adverb-in-object",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), DEMAND_CASES)
def test_demand_past_its_object(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_amounting_to_is_no_cue(nlp: Pipeline) -> None:
    """The audit's sentence (seed 9962): "رقما قياسيا قدره 2.6 مليون" is "amounting
    to", not a number estimating anything."""
    doc = nlp.analyze(
        "وتمثل إيران 5% من الإنتاج العالمي، وتصدر رقما قياسيا قدره 2.6 مليون برميل من "
        "النفط الخام يوميا حتى نيسان/أبريل الماضي."
    )
    assert quote_texts(doc) == []


def test_but_that_opens_another_speakers_clause(nlp: Pipeline) -> None:
    """The audit's sentence (seed 9961): "، إلا أن ناردين أكدت" is another speaker's
    clause, which ends the one before it."""
    doc = nlp.analyze(
        'وتحدثت إلى مقدمة البرنامج قائلة "أنا أحلام بلشت أعصب" وكررتها، ما جعل إليسا تؤكد '
        "أن أحلام كانت ترغب في الحديث، إلا أن ناردين أكدت أنها لم تنتبه إلى أحلام التي "
        "تستطيع الحديث في أي وقت تريد."
    )
    texts = quote_texts(doc)
    assert "أن أحلام كانت ترغب في الحديث" in texts
    assert speaker_of(nlp, doc.text, "أنها لم تنتبه") == "ناردين"


HEADLINE_CASES = [
    # Unseen articles' titles: a country denying speaks, as one speaking as "we" does.
    pytest.param(
        "روسيا: لا يوجد اتفاق في مجلس الأمن بشأن الهدنة في سوريا\n"
        "وقالت الخارجية الروسية إن المشاورات مستمرة.",
        "لا يوجد اتفاق",
        "روسيا",
        id="country-denies",
    ),
    pytest.param(
        'فرنسا: لسنا من شن "ضربة التيفور"\nنفت باريس أي مشاركة في الضربة.',
        "لسنا من شن",
        "فرنسا",
        id="country-we-are-not",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), HEADLINE_CASES)
def test_country_headline_denial(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_body_denies_in_title(nlp: Pipeline) -> None:
    """An unseen article's title: a body the entity layer does not name, before a
    denial."""
    doc = nlp.analyze(
        "نفت وزارة الداخلية اليمنية وجود سجون سرية في المحافظات المحررة.",
        title="الداخلية اليمنية: لا وجود لسجون سرية بالمحافظات المحررة",
    )
    said = dict(zip(quote_texts(doc), speakers(doc), strict=True))
    assert said.get("لا وجود لسجون سرية بالمحافظات المحررة") == "وزارة الداخلية اليمنية"


def test_topic_before_noun_in_nun_is_no_quote(nlp: Pipeline) -> None:
    """An unseen article's title: "نادي" is no "we"; "كرة القدم" is a topic."""
    doc = nlp.analyze(
        "عين نادي أرسنال الإسباني أوناي إيمري مدربا جديدا له.",
        title="كرة القدم: نادي أرسنال يعين الإسباني أوناي إيمري مدربا جديدا له",
    )
    assert not any(q.startswith("نادي أرسنال") for q in quote_texts(doc))


def test_dateline_headline_is_no_quote(nlp: Pipeline) -> None:
    """A place then the news ("غزة: مقتل شاب …") is a dateline, not a statement."""
    doc = nlp.analyze(
        "غزة: مقتل شاب فلسطيني بنيران إسرائيلية خلال التظاهرات\n"
        "قتل شاب فلسطيني الجمعة بنيران إسرائيلية شرق مدينة غزة."
    )
    assert not any(q.startswith("مقتل شاب") for q in quote_texts(doc))


SEAT_CASES = [
    # The audit's article (seed 9962) and unseen ones: "مقرا لها" is a headquarters;
    # the quotation is the reporting verb's, past the relative clause holding it.
    pytest.param(
        "وقالت المنظمة التي تتخذ من نيويورك مقرا لها إن الحملة خلفت آلاف النازحين.",
        "قالت",
        id="said-past-seat",
    ),
    pytest.param(
        "وذكر البنك، الذي يتخذ من طرابلس مقرا له في بيان، أن إجمالي الإنفاق بلغ 16 مليار دينار.",
        "ذكر",
        id="common-word-cue-past-aside",
    ),
]


@pytest.mark.parametrize(("text", "cue"), SEAT_CASES)
def test_seat_is_no_cue(nlp: Pipeline, text: str, cue: str) -> None:
    doc = nlp.analyze(text)
    assert [doc.slice(q.cue) for q in doc.quotes or [] if q.cue is not None] == [cue]


def test_seat_alone_is_no_quote(nlp: Pipeline) -> None:
    doc = nlp.analyze(
        "ستحتفظ الخطوط الجوية التي تتخذ من دبي مقرا لها بحقوق التسويق للقيام بحملات "
        "ترويجية حول العالم."
    )
    assert quote_texts(doc) == []


def test_dual_verb_after_comma_ends_demand(nlp: Pipeline) -> None:
    """The audit's sentence (seed 9962): "، وخلفا 16 قتيلا" (a dual past verb) is the
    next act of the sentence, not more of what was demanded."""
    doc = nlp.analyze(
        "دعا روتش كابوري، رئيس #بوركينافاسو، اليوم السبت، مواطني بلاده إلى التعاون "
        "الوثيق مع القوات المسلحة بعد يوم من هجومين استهدفا مقر الجيش والسفارة الفرنسية، "
        "وخلفا 16 قتيلاً بينهم ثمانية مسلحين."
    )
    assert quote_texts(doc) == [
        "إلى التعاون الوثيق مع القوات المسلحة بعد يوم من هجومين استهدفا مقر الجيش والسفارة الفرنسية"
    ]
