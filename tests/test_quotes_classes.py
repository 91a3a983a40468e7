"""Classes of reported speech the quotes layer generalises to, each on sentences
taken from the ANT news corpus (../shared/data/news) or from the development part of
the gold articles (never the check part): no ../shared needed."""

from __future__ import annotations

import pytest

from rasd.document import Document, Quote
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _only_quote(doc: Document) -> Quote:
    assert doc.quotes is not None and len(doc.quotes) == 1, [doc.slice(q) for q in doc.quotes or []]
    return doc.quotes[0]


def _canonical(q: Quote) -> str | None:
    return q.speaker.canonical if q.speaker is not None else None


def _assert_indirect(nlp, sentence: str, speaker: str, starts: str) -> None:
    """The sentence holds one reported quote, of `speaker`, opening with `starts`."""
    doc = nlp.analyze(sentence)
    q = _only_quote(doc)
    assert q.kind == "indirect" and doc.slice(q).startswith(starts)
    assert _canonical(q) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker", "starts"),
    [
        # a cue + preposition + verbal noun: what was expressed, disclosed, called for
        (
            "وأعرب الشيخ سلطان بن سحيم عن رفض أسرة آل ثاني لسياسة الدوحة الحالية تجاه أمن الدول العربية.",
            "سلطان بن سحيم",
            "عن رفض",
        ),
        (
            "وكشف الجيش اليمني، الخميس، عن مصرع 40 قياديا حوثيا في محافظة حجة شمال غرب اليمن في يناير الماضي.",
            "الجيش اليمني",
            "عن مصرع",
        ),
        # whom a call is aimed at stands between the speaker and the preposition
        (
            'ودعا جان ايف لودريان الدول الأوروبية إلى العمل على "صوغ موقف مشترك" إزاء تدخلات إيران في المنطقة.',
            "جان ايف لودريان",
            "إلى العمل",
        ),
        (
            "ودعا نتنياهو المجتمع الدولي إلى إدانة ما وصفه بالعداء للسامية الخطير من جانب عباس.",
            "نتنياهو",
            "إلى إدانة",
        ),
    ],
)
def test_cue_with_preposition_and_verbal_noun(nlp, sentence, speaker, starts) -> None:
    _assert_indirect(nlp, sentence, speaker, starts)


def test_zero_subject_takes_the_subject_of_the_sentence_before(nlp) -> None:
    doc = nlp.analyze(
        "زارت وزيرة الداخلية البريطانية، أمبر راد، المدينة، الجمعة. "
        "وقالت إن سكريبال ويوليا لا يزالان في حالة خطيرة جدا."
    )
    q = _only_quote(doc)
    assert doc.slice(q).startswith("إن سكريبال") and _canonical(q) == "أمبر راد"


def test_a_name_is_not_read_past_the_entity_into_the_object(nlp) -> None:
    # the subject told of in the first sentence speaks in the second; its object
    # ("الضغط") is not part of her name
    doc = nlp.analyze(
        "من جهتها، واصلت السفيرة الأمريكية نيكي هايلي الضغط على النظام السوري. "
        'وقالت خلال جلسة مجلس الأمن "تحدثت إلى الرئيس هذا الصباح".'
    )
    q = _only_quote(doc)
    assert _canonical(q) == "نيكي هايلي"
    assert q.speaker is not None and doc.slice(q.speaker).endswith("هايلي")


@pytest.mark.parametrize(
    ("sentence", "speaker", "starts"),
    [
        # a statement as the cue: its author after ل
        (
            "وجاء في بيان لقائد الشرطة في وقت مبكر من صباح اليوم أن محتجين قاموا بتطويق سيارتي دورية.",
            "قائد الشرطة",
            "أن محتجين",
        ),
        # "من جهته" and "في هذا السياق" stand between the cue and what was said
        (
            "وأكد الهلال الأحمر الكردي من جهته إصابة المستشفى في الغارة.",
            "الهلال الأحمر الكردي",
            "إصابة",
        ),
        # a request made of someone: the addressee is neither speaker nor content
        (
            "طلب الاتحاد الأوروبي من إسرائيل، مراجعة قراراتها الأخيرة بشأن بناء وحدات استيطانية.",
            "الاتحاد الأوروبي",
            "مراجعة",
        ),
        # an indefinite title word after the subject is the verb's object
        (
            "وطلبت الشرطة مساعدة المواطنين بالإدلاء بمعلومات حول الحادث.",
            "الشرطة",
            "مساعدة",
        ),
    ],
)
def test_what_stands_between_cue_and_content(nlp, sentence, speaker, starts) -> None:
    _assert_indirect(nlp, sentence, speaker, starts)


def test_honorific_subject_is_the_previous_speaker(nlp) -> None:
    doc = nlp.analyze(
        "وقال وزير الداخلية عبد الله الحمدان إن الأمن مستتب. "
        "وأكد معاليه أن مرتكبي هذا العمل سيتم القبض عليهم."
    )
    assert [(_canonical(q), doc.slice(q)[:2]) for q in doc.quotes or []] == [
        ("عبد الله الحمدان", "إن"),
        ("عبد الله الحمدان", "أن"),
    ]


def test_headline_audience_is_not_the_speaker(nlp) -> None:
    doc = nlp.analyze(
        "الخبير الاقتصادي محمد العريان لـCNN: أمريكا وأوروبا لا يمكنهما وقف هبوط الأسواق\n"
        "قال العريان إن الأسواق ستتعافى."
    )
    head = doc.quotes[0]
    assert _canonical(head) == "محمد العريان" and doc.slice(head.audience) == "لـCNN"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a preposed subject, an aside between commas, then the verb
        (
            "وكانت وثيقة رسمية مسربة، نشرها موقع العربية، كشفت مؤخرا، عن توقيع عقد بيع.",
            "وثيقة رسمية مسربة",
        ),
        # a survey speaks for its maker
        (
            "ووجد استطلاع للرأي أجراه سيفل موجاني للأبحاث والاستشارات أن 87.6 في المائة يعتقدون ذلك.",
            "سيفل موجاني للأبحاث والاستشارات",
        ),
        # speaker extent: a verbal noun or another entity after a definite noun is the object
        ("وجدد الوزير التأكيد على ارادة كندا في المشاركة في التحالف الدولي.", "الوزير"),
        ("ويتهم البحث الحكومة المكسيكية بأنها لا تعمل للقضاء على الميليشيات.", "البحث"),
        ("وحذرت شركة صافر النفطية الحكومية، من خطورة ذلك العمل.", "شركة صافر النفطية"),
    ],
)
def test_speaker_of_preposed_subjects_studies_and_objects(nlp, sentence, speaker) -> None:
    doc = nlp.analyze(sentence)
    assert _canonical(_only_quote(doc)) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a verbal noun of a derived form after the subject is the verb's object
        ("وأكدت الوزارة الالتزام بدعم حرية انتقال رؤوس الأموال عبر القنوات الرسمية.", "الوزارة"),
        (
            "ورفض أحد المصادر الأمنية الإفصاح عن كيفية الحصول على الجواز، مشيرا إلى قواعد السرية.",
            "أحد المصادر الأمنية",
        ),
        ("وأكدت تقارير صحفية أميركية إبرام صفقة بين واشنطن وأنقرة.", "تقارير صحفية أميركية"),
        # not the plural أفعال ("الأكراد"), an adjective's genitive, nor a construct
        ("وقال المسؤولون الأكراد إن الهجوم فشل.", "المسؤولون الأكراد"),
        ("وأكدت الصحيفة الواسعة الانتشار أن الهجوم فشل.", "الصحيفة الواسعة الانتشار"),
        ("وقال رئيس لجنة إعادة الإعمار إن العمل بدأ.", "رئيس لجنة إعادة الإعمار"),
        (
            "وأكد عضو تنسيقية اعتصام الكامور علاء الدين الونيسي أن الخطاب زادهم إصرارا.",
            "عضو تنسيقية اعتصام الكامور علاء الدين الونيسي",
        ),
    ],
)
def test_derived_verbal_noun_after_subject_is_the_object(nlp, sentence, speaker) -> None:
    doc = nlp.analyze(sentence)
    said = _only_quote(doc).speaker
    assert said is not None and doc.slice(said) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "وأكدت فلورانس بارلي أن الصواريخ أصابت أهدافها.",
            "فلورانس بارلي",
        ),
        ("وقال المحلل السياسي، واثق الهاشمي، إن الحكومة ضعيفة.", "واثق الهاشمي"),
    ],
)
def test_first_name_in_waw_or_fa_keeps_its_letter(nlp, sentence, speaker) -> None:
    """The word analysis reads "فلورانس" as ف + "لورانس"; the entity layer's name
    starts with the letter, so the speaker's name keeps it."""
    doc = nlp.analyze(sentence)
    assert _canonical(_only_quote(doc)) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وذكرت صحيفة فايننشال تايمز أن البنك المركزي الأوروبي لديه مخاوف.", "فايننشال تايمز"),
        ("وذكرت وكالة سانا أن أنظمة الدفاع الجوي تصدت لغارات إسرائيلية.", "سانا"),
        # the entity layer's name that starts the phrase stays its name
        ("وقالت وكالة الأنباء الفرنسية إن الهجوم فشل.", "وكالة الأنباء الفرنسية"),
        # a body's head word: only before a name with no article
        ("وقالت حركة حماس إن الاحتلال يتحمل المسؤولية.", "حماس"),
        (
            "ونددت منظمة هيومن رايتس ووتش المعنية برصد الانتهاكات بإرسال أطفال للقتال.",
            "هيومن رايتس ووتش",
        ),
        (
            "وقالت وكالة الدفاع المدني بمقاطعة هاواي إن الزلزال قوي.",
            "وكالة الدفاع المدني بمقاطعة هاواي",
        ),
    ],
)
def test_medium_is_named_by_the_entity_after_its_head(nlp, sentence, speaker) -> None:
    """The gold names a newspaper or agency by its bare name ("ليزيكو" for "صحيفة
    ليزيكو الفرنسية"); the phrase keeps the head word."""
    doc = nlp.analyze(sentence)
    assert _canonical(_only_quote(doc)) == speaker


def test_expressing_cue_does_not_take_a_later_complementizer(nlp) -> None:
    doc = nlp.analyze(
        "وقال إن تويتر يعد المدخل الرئيسي للشباب، عبر معارف وهمية، كما أن بعض الدول فرضت قيودا."
    )
    assert [q.cue.canonical for q in doc.quotes or []] == ["قال"]


def test_impersonal_present_cue_is_no_quote(nlp) -> None:
    # "it is thought that": the words before the verb name no one
    assert nlp.analyze("قتل 7 يرجح أنهم من تنظيم القاعدة المتطرف في ضربة جوية.").quotes == []
    doc = nlp.analyze("الجيش يؤكد أن الهجوم فشل.")
    assert _canonical(_only_quote(doc)) == "الجيش"


def test_quotation_right_after_complementizer_is_direct(nlp) -> None:
    """The quoted words are a direct quotation. After a complementizer with the pronoun
    of the thing described they are its predicate, what was said; the clause that runs
    on after them is not read a second time (quotes/double_readings.py)."""
    doc = nlp.analyze(
        'وفي مقالة عام 2017، وصفت صحيفة "نيويورك تايمز" مدينة لوس كابوس بأنها "جنة للسياح '
        'وجحيم للسكان المحليين" نظرا لوجود ضواحي تعاني من العنف.'
    )
    said = [(q.kind, doc.slice(q)) for q in doc.quotes or []]
    assert ("direct", "جنة للسياح وجحيم للسكان المحليين") in said
    assert len(said) == 1


def test_attribution_with_its_verb(nlp) -> None:
    doc = nlp.analyze(
        "وتشهد الجمعية الوطنية الفرنسية الاثنين نقاشا حول الضربات، حسبما أعلنت مصادر برلمانية."
    )
    q = _only_quote(doc)
    assert doc.slice(q.speaker) == "مصادر برلمانية" and doc.slice(q).startswith("وتشهد")


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        # a participle opens a new clause even without a comma before it
        (
            "وأكد الوزير أن السفراء سيعملون على دعم رصيد البلاد في دولة الاعتماد مبينا أن العمل الديبلوماسي لابد أن يكون مبنيا على الاقتصاد.",
            "أن العمل الديبلوماسي",
        ),
        # so does a cue after لكنه
        (
            'وقال العريان إن الأسواق ستقبل على "بلوك تشين"، لكنه شدد على أن "بيتكوين لن تتحول أبدا إلى عملة عالمية".',
            "على أن",
        ),
    ],
)
def test_second_cue_in_a_sentence_opens_its_own_quote(nlp, sentence, second) -> None:
    doc = nlp.analyze(sentence)
    quotes = doc.quotes or []
    assert len(quotes) == 2 and doc.slice(quotes[1]).startswith(second)


def test_noun_of_a_participle_form_is_no_cue(nlp) -> None:
    doc = nlp.analyze(
        'وذكرت صحيفة "تايمز-بيكايون" أن طالبة جامعية وصديقتها تعرضتا للاعتداء هذا الشهر.'
    )
    q = _only_quote(doc)
    assert doc.slice(q).startswith("أن طالبة")


def test_replied_after_waw_is_a_cue(nlp) -> None:
    doc = nlp.analyze('ورد وزير الخارجية الصيني بالقول "شؤون هونغ كونغ هي شؤون داخلية للصين".')
    q = _only_quote(doc)
    assert q.kind == "direct" and doc.slice(q.speaker) == "وزير الخارجية الصيني"
    # "ورد في" is the statement frame, not a reply: the report's words (qwafq).
    stated = nlp.analyze("ورد في التقرير أن الوضع خطير.")
    assert [stated.slice(q.speaker) for q in stated.quotes or []] == ["التقرير"]


def test_what_someone_called_something(nlp) -> None:
    doc = nlp.analyze("ارتكب جيريمي هانت، ما وصفه بالخطأ الفادح، حين قال إن زوجته يابانية.")
    assert [(doc.slice(q), _canonical(q)) for q in doc.quotes or []] == [
        ("بالخطأ الفادح", "جيريمي هانت"),
        ("إن زوجته يابانية", "جيريمي هانت"),
    ]


def test_medium_between_cue_and_content(nlp) -> None:
    doc = nlp.analyze('وطالب بعض مشجعي النادي العراقي عبر موقع "تويتر" بتنظيم مظاهرة أمام السفارة.')
    q = _only_quote(doc)
    assert doc.slice(q.speaker) == "بعض مشجعي النادي العراقي"
    assert doc.slice(q).startswith("بتنظيم")


def test_demonstrative_source_is_the_earlier_one(nlp) -> None:
    doc = nlp.analyze(
        "وقالت مصادر يمنية إن الحوثيين باعوا النفط. "
        "ونقلت مواقع اخبارية محلية، عن تلك المصادر، ان الأنبوب تعرض للثقب من أماكن عدة."
    )
    assert [doc.slice(q.speaker) for q in doc.quotes or []] == ["مصادر يمنية", "مصادر يمنية"]
    assert doc.quotes[1].speaker.attrs.get("via") and not doc.quotes[0].speaker.attrs.get("via")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a statement's issuer speaks in it ("… بيانا أكدت فيه أن")
        ("وأصدرت الوزارة بيانا أكدت فيه أن الوضع مستقر.", "الوزارة"),
        (
            "أصدر عدد من الأحزاب السياسية، اليوم الخميس، بيانات عبروا فيها عن مساندتهم لقيام الحكومة بالإيقافات.",
            "عدد من الأحزاب السياسية",
        ),
    ],
)
def test_issuer_of_a_statement_speaks_in_it(nlp, sentence, speaker) -> None:
    doc = nlp.analyze(sentence)
    assert doc.slice(_only_quote(doc).speaker) == speaker


def test_statement_aside_and_longer_addressee(nlp) -> None:
    doc = nlp.analyze(
        "ودعا الحزب، في بيان له اليوم، كافة القوى السياسية والمجتمع المدني إلى حشد الطاقات."
    )
    q = _only_quote(doc)
    assert doc.slice(q.speaker) == "الحزب" and doc.slice(q).startswith("إلى حشد")


def test_quotation_inside_a_reported_clause(nlp) -> None:
    doc = nlp.analyze(
        'وذكرت صحيفة "تايمز-بيكايون" أن طالبة جامعية وصديقتها قالتا إنهما تعرضتا للاعتداء هذا الشهر.'
    )
    quotes = doc.quotes or []
    assert [doc.slice(q)[:5] for q in quotes] == ["أن طا", "إنهما"]
    assert doc.slice(quotes[1].speaker).startswith("طالبة جامعية")
