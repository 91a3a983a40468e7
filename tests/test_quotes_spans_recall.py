"""Classes of quotations the quotes layer missed on news-gold's development part
(issue 12, span recall): every sentence is taken from a development-part article of
benchmarks/news-gold, and each test asserts where the quotation starts and ends."""

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
        # inside the sentence, the attribution vouches for all of it
        (
            "وتزامنا مع الضربات الجوية، تمكنت قوات النظام الخميس بحسب المرصد من السيطرة "
            "للمرة الأولى منذ أكثر من ثلاثة أعوام على نقطة على الحدود السورية الأردنية.",
            "من السيطرة للمرة الأولى",
        ),
        (
            "ويمكن للبنانيين في الخارج، وفق وزارة الخارجية، الاقتراع في 232 قلما موزعين "
            "على 116 مركزا معظمها في السفارات.",
            "الاقتراع في 232 قلما",
        ),
    ],
)
def test_an_attribution_inside_the_sentence_covers_all_of_it(nlp, sentence, quote) -> None:
    spans = quote_texts(nlp.analyze(sentence))
    assert len(spans) == 1 and quote in spans[0], spans
    assert spans[0].endswith(sentence.rstrip(".")[-12:]), spans


def test_a_second_demand_ends_the_first(nlp) -> None:
    """ "وتنفي روسيا التورط … وتطالب بالحصول …": a conjoined cue with its own
    preposition starts a second quotation."""
    doc = nlp.analyze(
        "وتنفي روسيا التورط في تسميم سكربيل وابنته وتطالب بالحصول على عينات من المادة المستخدمة."
    )
    assert quote_texts(doc) == [
        "التورط في تسميم سكربيل وابنته",
        "بالحصول على عينات من المادة المستخدمة",
    ]


@pytest.mark.parametrize(
    ("sentence", "starts"),
    [
        # threats, insistence and conditions with their complement
        (
            "وهددت موسكو بالفعل بطرد وسائل الإعلام البريطانية من روسيا في حال سحبت تراخيص "
            'عمل قناة "آر تي"، التي يمولها الكرملين، في بريطانيا.',
            "بطرد وسائل الإعلام",
        ),
        (
            "ويتشارك فصيلان إسلاميان السيطرة على الغوطة الشرقية مع تنظيم سوري كان مواليا "
            "لتنظيم القاعدة، وتصر روسيا على أنه لا هدنة مع جهاديين أو حلفائهم.",
            "على أنه لا هدنة",
        ),
        (
            "وفي الوقت الذي طالب فيه وزير المالية الأمريكية الصين والاتحاد الأوروبي إلى "
            "تقديم مزيد من التنازلات، اشترط وزير الاقتصاد الفرنسي إعفاء دول الاتحاد من "
            "الرسوم الجمركية الأمريكية قبل بدء أي حوار مع واشنطن.",
            "إعفاء دول الاتحاد",
        ),
        # a monitor's count is its statement
        (
            "وأحصى المرصد مقتل ستة مدنيين على الأقل بينهم امرأة وأربعة أطفال جراء القصف على "
            "بلدة صيدا.",
            "ستة مدنيين",  # "مقتل" is read into the speaker phrase for now (speakers.py)
        ),
        # an estimate is a statement
        (
            "وقدر قائد مجلس منبج العسكري محمد مصطفى أبو عادل عدد المستشارين الأكراد "
            'الموجودين حاليا في المدينة بـ"العشرات".',
            "عدد المستشارين الأكراد",
        ),
        # a rejection of something
        (
            "واستهجنت الوزارة إقحام موضوع السيادة الذي لا يمت للواقع الحالي بصلة، خاصة في "
            "ظل ظروف الأزمة الحالية.",
            "إقحام موضوع السيادة",
        ),
        # a noun that is also a cue is the verb after a relative pronoun
        (
            "وخرجت العديد من المظاهرات التي تطالب بإغلاق مركز الاحتجاز في جزيرة مانوس.",
            "بإغلاق مركز الاحتجاز",
        ),
        # تحدث عن: what was spoken about
        (
            "وتحدث بوتين عن أهمية تعاون البلدين سويا وأثنى على ترامب.",
            "عن أهمية تعاون البلدين",
        ),
    ],
)
def test_cue_with_its_complement(nlp, sentence, starts) -> None:
    spans = quote_texts(nlp.analyze(sentence))
    assert any(s.startswith(starts) or s.startswith("مقتل " + starts) for s in spans), spans


def test_a_short_quotation_after_the_object_and_bi(nlp) -> None:
    """ "وصف … النساء اللاتي لسن أمهات بال "ناقصات"": what the object was called."""
    doc = nlp.analyze(
        'ففي مسيرة حاشدة قبل عامين وصف الرئيس التركي النساء اللاتي لسن أمهات بال "ناقصات".'
    )
    assert quote_texts(doc) == ["ناقصات"]


def test_a_participle_after_a_comma_is_the_next_statement(nlp) -> None:
    """ "…، متهما الولايات المتحدة بـ…": the reported clause ends at the comma and the
    participle's charge is a quotation of its own."""
    doc = nlp.analyze(
        "وفيما يتعلق بتحذيرات الغرب من اتفاق أنقرة وموسكو على شراء بطاريات صواريخ إس-400 "
        "سطح جو، رفض تشاووش أوغلو التحذيرات، قائلا إن علاقة تركيا واتفاقاتها مع روسيا "
        "ليست بديلا لعلاقاتها مع الغرب، متهما الولايات المتحدة بمحاولة السيطرة على "
        "تحركات تركيا."
    )
    spans = quote_texts(doc)
    assert "إن علاقة تركيا واتفاقاتها مع روسيا ليست بديلا لعلاقاتها مع الغرب" in spans
    assert "بمحاولة السيطرة على تحركات تركيا" in spans


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # a charge whose object is the verb's pronoun is still speech
        (
            "ويقبع القس الإنجيلي قيد الاحتجاز في تركيا منذ نحو عامين لاتهامه بالارتباط "
            "بحزب العمال الكردستاني المحظور وحركة جماعة غولن، التي تتهمها تركيا بتنظيم "
            "انقلاب فاشل في عام 2016، وهو ما ينفيه محامو برونسون.",
            "بتنظيم انقلاب فاشل في عام 2016",
        ),
        # بـ before ألا (that … not) after the addressee
        (
            "وجه وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش، الأحد، رسالة إلى لبنان "
            'بعد استقبال حسن نصرالله، أمين عام جماعة "حزب الله"، لوفد من الحوثيين '
            "اليمنيين، مطالبا لبنان بألا يكون محطة لوجستية أو سياسية للحوثيين.",
            "بألا يكون محطة لوجستية أو سياسية للحوثيين",
        ),
    ],
)
def test_charge_or_demand_after_its_object(nlp, sentence, quote) -> None:
    assert quote in quote_texts(nlp.analyze(sentence))


def test_a_verbal_noun_of_speech_with_its_possessor(nlp) -> None:
    """ "بعد أيام من تصريح الرئيس رجب طيب أردوغان بأن …": the noun's possessor said it."""
    doc = nlp.analyze(
        "ذكرت وسائل إعلام تركية، الخميس، أن أنقرة تخطط لإنشاء قاعدة عسكرية في شمال "
        "العراق.\nوجاء ذلك بعد أيام من تصريح الرئيس رجب طيب أردوغان بأن أمن بلاده يتطلب "
        "السيطرة على مساحات من العراق وسوريا."
    )
    said = [(q.speaker.canonical or doc.slice(q.speaker), doc.slice(q)) for q in doc.quotes or []]
    assert (
        "رجب طيب أردوغان",
        "بأن أمن بلاده يتطلب السيطرة على مساحات من العراق وسوريا",
    ) in said


def test_quoted_words_opening_a_reported_clause(nlp) -> None:
    """ "إن "من المرجح جدا" أن تكون روسيا مسؤولة …": the quoted words open a clause
    that runs on past them; the reported clause is the one quotation."""
    doc = nlp.analyze(
        'وفي وقت سابق، قالت رئيسة الوزراء البريطانية تيريزا ماي إن "من المرجح جدا" أن '
        "تكون روسيا مسؤولة عن الاعتداء على الجاسوس السابق سيرغي سكريبل وابنته."
    )
    assert [(q.kind, doc.slice(q)) for q in doc.quotes or []] == [
        (
            "indirect",
            'إن "من المرجح جدا" أن تكون روسيا مسؤولة عن الاعتداء على الجاسوس السابق '
            "سيرغي سكريبل وابنته",
        ),
    ]


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        # a country speaking in the first person plural
        ("إسرائيل: لن نفرق بين الدولة اللبنانية وحزب الله في أي حرب في المستقبل", "إسرائيل"),
        # where it was said, between the speaker and the colon
        ("الجعفري بمجلس الأمن: اخذنا الاحتياطات إن رفض الإرهابيون بإدلب إلقاء السلاح", "الجعفري"),
    ],
)
def test_headline_statements(nlp, headline, speaker) -> None:
    doc = nlp.analyze(headline + "\nوقال المسؤول إن الوضع صعب.")
    first = (doc.quotes or [])[0]
    assert doc.slice(first) == headline.split(": ", 1)[1]
    assert doc.slice(first.speaker) == speaker


def test_a_name_takes_no_genitive_before_a_denial(nlp) -> None:
    """ "وتنفي إيران السعي لزعزعة …": what follows the name is what was denied."""
    doc = nlp.analyze(
        "وتنفي إيران السعي لزعزعة الاستقرار في الشرق الأوسط، مطالبة بالتعامل معها كلاعب "
        "أقليمي أساسي فيها.\n"
        'لكن بالمقابل نفى ترودو ارتكاب أي خطأ، قائلا إنه واثق تماما من أنه "لم يتصرف '
        'بشكل غير لائق".'
    )
    spans = quote_texts(doc)
    assert "السعي لزعزعة الاستقرار في الشرق الأوسط" in spans
    assert "ارتكاب أي خطأ" in spans


def test_a_place_between_subject_and_preposition(nlp) -> None:
    """ "وأعرب قادة بارزون في المنطقة عن اعتراضهم": the cue's preposition after a short
    phrase of place."""
    assert quote_texts(nlp.analyze("وأعرب قادة بارزون في المنطقة عن اعتراضهم.")) == ["عن اعتراضهم"]


@pytest.mark.parametrize(
    ("sentence", "starts"),
    [
        (
            "فإن المرسوم الرئاسي نص على أن الجيش هو المسؤول عن حفظ الأمن في المنطقة بدلا "
            "من قوة الشرطة.",
            "على أن الجيش",
        ),
        (
            "كما نص الاتفاق على أن تقوم تركيا بإخراج كافة الفصائل بعتادها من دبابات وصواريخ "
            "ومدافع هاون من إدلب.",
            "على أن تقوم تركيا",
        ),
        (
            "وعرفت وسائل إعلام محلية المحتجة بأنها واندا كليفلاند (61عاما) وأنها ممن يحضرون "
            "باستمرار اجتماعات مجلس مدينة ساكرامنتو.",
            "بأنها واندا كليفلاند",
        ),
    ],
)
def test_what_a_text_stipulates_or_defines(nlp, sentence, starts) -> None:
    """ "نص المرسوم على أن …"، "عرفت وسائل إعلام محلية المحتجة بأنها …": what a
    decree or agreement says, or how someone is defined, is a statement."""
    spans = quote_texts(nlp.analyze(sentence))
    assert len(spans) == 1 and spans[0].startswith(starts), spans


def test_what_a_study_concluded(nlp) -> None:
    """ "وتوصلت دراسة إلى أن …": a study's findings are its statement; a person who
    "arrives" somewhere says nothing."""
    doc = nlp.analyze(
        "وتوصلت دراسة إلى أن مشاركة النساء التركيات في الاقتصاد يمكن له أن يزيد الناتج "
        "الاقتصادي بنسبة 20 بالمئة مع حلول عام 2025."
    )
    spans = quote_texts(doc)
    assert len(spans) == 1 and "أن مشاركة النساء التركيات" in spans[0], spans
    assert quote_texts(nlp.analyze("وتوصل الطرفان إلى أن الاتفاق ممكن.")) == []
