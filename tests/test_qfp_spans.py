"""Spurious quotations and span boundaries, each class on sentences of the development
part of the gold articles: written passives and the adverb مجددا are no cues, a
reported clause ends where the writer's next clause starts, a quoted name right after
the verb is its subject, and a clause mostly in quotation marks is one direct quote."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _texts(nlp: Pipeline, sentence: str) -> tuple[Document, list[str]]:
    doc = nlp.analyze(sentence)
    return doc, quote_texts(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        # a past verb vowelled as a passive: nobody speaks
        'وقد اُعتبرت كلمة "نسوية" باللغة الإنجليزية، أي "فيمينيزم،" من بين الكلمات الأكثر '
        "بحثاً عنها في قاموس ميريام ويبستير الرقمي، خلال العام 2017.",
        "لكن إقامتها في المستشفى لخمسة أيام، بسبب ما وُصف بأنه جراحة بسيطة، لم تكف لوقف "
        "النميمة والشائعات.",
        "واعتُبر قرار المحكمة العليا تاريخي، حيث إنه وضع حداً للمستقبل السياسي لعدد من الساسة.",
        # مجددا after a verb or its object is "again", not "renewing" a statement
        "وكانت الشرطة قد قتلت كلارك، والتي أطلقت شرارة احتجاجات بالشوارع وأثارت مجددا الجدل "
        "على مستوى البلاد بشأن التحيز في نظام العدالة الجنائية الأميركي.",
        "أما حزب الشعب في سيراليون المعارض فقد رشح مجددا جوليوس مادا بيو (53 عاما) الذي هزم "
        "أمام كوروما في انتخابات 2012.",
        # a present verb of believing or expecting right before أن is the passive يُعتقد
        "ويعتقد أن أكثر من 500 مدني قتلوا بعد أسبوع من القصف الكثيف لقوات النظام السوري.",
        "وهذا يعقد عملية تنظيف الموقع التي يتوقع أن تستغرق عامين وأن تصل تكلفتها إلى نحو "
        "مليون ونصف مليون دولار.",
        # a quoted name right after the verb is its subject
        'وتعتبر "أدنوك للحفر" هي أكبر شركة حفر في منطقة الشرق الأوسط وهي المزود الوحيد '
        "لمنصات الحفر والخدمات.",
        'وتعتبر "وحدات حماية الشعب" العمود الفقري لقوات سوريا الديمقراطية.',
    ],
)
def test_no_quote(nlp: Pipeline, sentence: str) -> None:
    assert _texts(nlp, sentence)[1] == []


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # a verbal noun or a preposition's phrase ends before a conjoined verb
        (
            "جددت المملكة العربية السعودية ترحيبها بالمواطنين القطريين الراغبين بأداء فريضة "
            "الحج، وسمحت لهم بتسجيل بياناتهم الشخصية فور وصولهم إلى مطار الملك عبد العزيز في جدة.",
            "ترحيبها بالمواطنين القطريين الراغبين بأداء فريضة الحج",
        ),
        (
            "وكانت نقابات عمالية دعت الخميس إلى إضرابات، فخرج مئات الأردنيين في مسيرات احتجاجية.",
            "إلى إضرابات",
        ),
        # any reported clause ends before the writer's comment
        (
            "وأشارت متحدثة الخارجية الروسية، ماريا زاخاروفا، إلى أن الفرق في عدد الدبلوماسيين "
            "الروس والبريطانيين في البلدين يزيد على 50 شخصا، في إشارة إلى ضرورة تقليص الزائدين "
            "من البريطانيين.",
            "إلى أن الفرق في عدد الدبلوماسيين الروس والبريطانيين في البلدين يزيد على 50 شخصا",
        ),
        (
            "أعلن مسؤول كبير في وزارة الخارجية الكويتية الأربعاء، أن الكويت أمهلت سفير الفلبين "
            "ربناتو أوفيلا أسبوعا لمغادرة أراضيها، وسط خلاف بين البلدين حول عاملات النظافة.",
            "أن الكويت أمهلت سفير الفلبين ربناتو أوفيلا أسبوعا لمغادرة أراضيها",
        ),
        (
            "قال نديم كاشيش، وهو اسم اختارته نياب علي عندما تحولت جنسيا إلى رجل، إن الترشح "
            "للانتخابات شيء لكن الفوز شيء مختلف تماما، إذ يواجه اثنين من السياسيين المرشحين "
            "لمنصب رئيس الوزراء في باكستان.",
            "إن الترشح للانتخابات شيء لكن الفوز شيء مختلف تماما",
        ),
        # after أن a conjoined verb may be the reported clause's own: kept
        (
            "وأشار مراسلو وكالة الأنباء الفرنسية إلى أن اللاعب البالغ من العمر 26 عاما، وصل إلى "
            "مطار المدينة على متن طائرة خاصة، وخرج من حرم المطار في موكب يتألف من ثلاث سيارات.",
            "إلى أن اللاعب البالغ من العمر 26 عاما، وصل إلى مطار المدينة على متن طائرة خاصة، "
            "وخرج من حرم المطار في موكب يتألف من ثلاث سيارات",
        ),
        # a long title after its naming word is no one's words, not even a continuation
        (
            "في سبيل معرفة العناصر التي تجعل السيرة الذاتية للخريجين الجدد مثالية، قام بيت.كوم، "
            'أكبر موقع للوظائف في الشرق الأوسط، بإجراء استبيان تحت عنوان "السيرة الذاتية '
            'المثالية للخريجين الجدد في الشرق الأوسط"، حيث قال غالبية المجيبين (89٪) بأنه من '
            "الضروري إضافة هدف وظيفي على السيرة الذاتية للخريجين الجدد.",
            "بأنه من الضروري إضافة هدف وظيفي على السيرة الذاتية للخريجين الجدد",
        ),
        # a clause mostly in quotation marks is one direct quote
        (
            'وقال مدير المرصد المعارض رامي عبد الرحمن أن "التصعيد الجديد يُمهد لهجوم بري لقوات '
            'النظام" بعدما استكملت تعزيزاتها العسكرية قرب الغوطة.',
            "التصعيد الجديد يُمهد لهجوم بري لقوات النظام",
        ),
    ],
)
def test_one_quote(nlp: Pipeline, sentence: str, quote: str) -> None:
    assert _texts(nlp, sentence)[1] == [quote]


@pytest.mark.parametrize(
    "sentence",
    [
        "وكشفت تقارير صحافية عن هوية القتلى الروس، مشيرة إلى تواجد مجموعات شبه عسكرية "
        'روسية "خفية" تدعم الجيش السوري.',
        "كشفت شركة شياومي الصينية النقاب عن هاتف ذكي جديد بمميزات عالية وسعر رخيص، تحت "
        "علامة تجارية جديدة.",
    ],
)
def test_thing_shown_is_no_quote(nlp: Pipeline, sentence: str) -> None:
    """ "كشف عن" a thing shown or identified (هوية، هاتف) states nothing."""
    assert not any(t.startswith("عن ") for t in _texts(nlp, sentence)[1])


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            'وقال نتنياهو إن إيران كذبت. وأردف قائلا "المواد والوثائق التي نتوفر عليها تظهر '
            'أن إيران سمحت بمواصلة مشروع عماد".',
            "المواد والوثائق التي نتوفر عليها تظهر أن إيران سمحت بمواصلة مشروع عماد",
        ),
        (
            'وقال الهاجري عبر صفحته على تويتر، الأربعاء: "البرامج الرياضية غير الهادفة سيتم '
            'حضرها من القرب من معقل الزعيم".',
            "البرامج الرياضية غير الهادفة سيتم حضرها من القرب من معقل الزعيم",
        ),
    ],
)
def test_two_cues_one_quote(nlp: Pipeline, sentence: str, quote: str) -> None:
    """ "وأردف قائلا"، "قال عبر": two cues of the same words make one quotation."""
    assert _texts(nlp, sentence)[1].count(quote) == 1


def test_quoted_subject_speaks(nlp: Pipeline) -> None:
    doc, texts = _texts(
        nlp,
        'وأعلنت "هيئة الحقيقة والكرامة" في تونس نهاية الأسبوع الفائت أنها سلمت إلى القضاء '
        "المختص ملفين متعلقين بانتهاكات إنسانية.",
    )
    assert texts == ["أنها سلمت إلى القضاء المختص ملفين متعلقين بانتهاكات إنسانية"]
    speaker = doc.quotes[0].speaker
    assert speaker is not None and "هيئة الحقيقة والكرامة" in doc.slice(speaker)
