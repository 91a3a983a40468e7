"""A meeting noun carrying a possessive pronoun ("خلال لقائه"، "بعد لقائهما"): the
pronoun's referent, the subject of the noun's clause or of the sentence, is the source,
and the partner after the noun its target, not the possessor (evposs and evposs2, issue
13; `possessor.possessor_sides`): sentences of unseen news, seeds 11040-11042 and
11135-11136 (`benchmarks/event_diff.py rasd.events.noun_sides POSSESSOR_SOURCE False
True`). A referent not found, and a noun joined by و to an earlier one, leave the
general rules' sides."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _consult(nlp: Pipeline, text: str) -> list[tuple[str, str]]:
    doc = nlp.analyze(text)
    return [
        tuple(doc.slice(m) if m else "-" for m in (e.source, e.target))
        for e in doc.events or []
        if e.type == "CONSULT"
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # seed 11041: the subject before the noun, not the partner after it
        (
            "وتحدث الأمير متعب بن عبد الله بن عبد العزيز خلال لقائه منسوبي الحرس الوطني "
            "في منطقة الحدود الشمالية ومشاركتهم فرحة العيد، عن اعتزازه بالمهام التي تقوم "
            "بها وحدات الحرس الوطني المتمثلة في الدفاع عن البلاد وحمايتها من كل معتدٍ.",
            "الأمير متعب",
            "الحرس الوطني",
        ),
        # seed 11041: the sentence's subject, across the أن clause and the comma
        (
            "واكد وزير الخارجية التركي مولود جاوش اوغلو ان بلاده ستبدأ “قريبا” بمحاربة "
            "تنظيم الدولة الاسلامية في شمال سوريا في اطار “معركة واسعة النطاق”، وذلك "
            "خلال لقائه نظيره الاميركي جون كيري في ماليزيا على هامش الاجتماعات السنوية "
            "لرابطة دول جنوب شرق اسيا (اسيان).",
            "وزير الخارجية التركي",
            "جون كيري",
        ),
        # seed 11040: the dual's first party
        (
            "أكد وزير الخارجية الصيني وانغ يي لنظيره الاميركي جون كيري، أنّ بلاده أوقفت "
            "أنشطتها المثيرة للجدل في جنوب بحر الصين، بعد لقائهما على هامش اجتماع رابطة "
            "دول جنوب شرقي آسيا (اسيان) في كوالالمبور الماليزية.",
            "وزير الخارجية الصيني",
            None,
        ),
        # seed 11042: the nearest subject in the noun's own clause
        (
            'وأضاف ترامب "في هذه المرحلة من إدارتي فإن المخاطر التي يمثلها التصرف '
            "والسلوك الشارد للسيد برينان تفوق أي مزايا قد يستفيد منها كبار المسؤولين من "
            'مشاوراتهم معه.. ذلك السلوك تجاوز حدود أي مزايا مهنية تنسب إليه".',
            "المسؤولين",
            None,
        ),
    ],
)
def test_possessor_is_source(nlp: Pipeline, text: str, source: str, target: str | None) -> None:
    found = _consult(nlp, text)
    assert any(source in s and (target is None or target in t) for s, t in found), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # seed 11135: the sentence's subject before the subject of its أن clause
        (
            "وأشار غوتيريس، إلى أن المبعوث الأممي الجديد سيحصل على كل دعم ممكن للنجاح في "
            'مهمته، "والسعي للتوصل إلى اتفاق سياسي يوقف الحرب في اليمن"، وفق ما نقلته عنه '
            "وكالة الأنباء اليمنية الرسمية أثناء لقائه في جنيف وزير الخارجية اليمني "
            "عبدالملك المخلافي.",
            "غوتيريس",
            None,
        ),
        # seed 11135: the dual's first party is the sentence's subject, not the
        # subject of إنه
        (
            "والاثنين قال وزير الدفاع الأميركي جيمس ماتيس إنه تحدث ونظيره الإسرائيلي "
            "أفيغدور ليبرمان، عن الوجود الإيراني في سوريا، خلال لقائهما في البنتاغون "
            "الأسبوع الماضي.",
            "ماتيس",
            None,
        ),
        # seed 11136: the subject across a comma and إلى أنه
        (
            "وأشار الجبير، إلى أنه بحث خلال لقائه بوزير الخارجية المصري تمتين العلاقات "
            "الثنائية بين البلدين وتكثيفها.",
            "الجبير",
            "وزير الخارجية المصري",
        ),
        # seed 11136: the partner named right after the noun is no possessor
        (
            "وعبر المسؤول الأوروبي، خلال لقائه رياض ياسين وزير الخارجية اليمني والوفد "
            "المرافق له في بروكسل، عن سعادته باستكمال تحرير محافظة عدن من ميليشيات "
            "الحوثي والرئيس المخلوع صالح.",
            "المسؤول الأوروبي",
            "رياض ياسين",
        ),
        # seed 11136: a visit's source across a quotation and كما سبق و أعلن
        (
            "وقال كارتر “سنواصل الوقوف إلى جانب الأصدقاء بمواجهة نشاط إيران المؤذي”، كما "
            "سبق و أعلن خلال زيارته الاسبوع الماضي الى اسرائيل والسعودية.",
            "كارتر",
            None,
        ),
    ],
)
def test_sentence_subject(nlp: Pipeline, text: str, source: str, target: str | None) -> None:
    found = _consult(nlp, text)
    assert any(source in s and (target is None or target in t) for s, t in found), found


def test_joined_noun_keeps_general_rules(nlp: Pipeline) -> None:
    # seed 11136: "ولقائه" shares the possessor of the visit before it; the nearest
    # actor, a word of the prince's title, is not its source
    text = (
        "واكد أن زيارة صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي "
        "ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع - حفظه الله- إلى "
        "المملكة الأردنية الهاشمية ولقائه بجلالة الملك عبدالله الثاني بن الحسين يتم في "
        "اطار التشاور، والتنسيق المستمر بين البلدين الشقيقين."
    )
    assert all(s != "وزير" for s, _ in _consult(nlp, text))


def test_no_frame_no_far_subject(nlp: Pipeline) -> None:
    # seed 11042: "يرغبون في زيارتها" is no time frame, and its pronoun is the sites
    text = (
        "وأفادت تقارير بأن مسؤولين أمريكيين وأوروبيين حققوا تقدما في مطلبين من مطالب "
        "ترامب، هما سماح إيران الفوري للمفتشين الدوليين بالوصول إلى جميع المواقع التي "
        "يرغبون في زيارتها، إضافة إلى إيقاف طهران تطوير الصواريخ الباليستية واختباراتها."
    )
    assert not any("إيران" in s for s, _ in _consult(nlp, text))
