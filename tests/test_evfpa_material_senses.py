"""Material triggers that are another word or no act done (events/senses.py,
events/attributes.py, events/extract.py): journeys, held breath, burnt tyres, campaigns
that aim, inquiry bodies, wars that destroy, modals, incidents named by kind, and
attacks in words. Sentences from the development folds of benchmarks/news-gold."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # FR-internationalNews-643
        "وقد نشر مؤخرا سيرته الذاتية التي تروي فصول رحلته الشاقة نحو أوروبا.",
        # FR-internationalNews-1946
        "ومنذ أن رحلا من عفرين (شمال غرب سوريا)، عبرت بيريفيان وأسمر الحقول والجبال.",
    ],
)
def test_a_journey_or_leaving_is_no_deportation(nlp, text):
    assert "COERCE" not in event_types(nlp, text)


def test_holding_ones_breath_is_no_detention(nlp):
    # SK-middleEast-3493
    text = "وفي إدلب، يحبس المجتمع الدولي أنفاسه ترقبا لعملية عسكرية للجيش السوري وحلفائه."
    assert "COERCE" not in event_types(nlp, text)


def test_pretending_is_no_demonstration(nlp):
    # SK-internationalNews-179
    text = "يشار إلى أن جونغ أون تلقى تعليمه في مدرسة دولية في برن بسويسرا، حيث تظاهر بأنه ابن سائق السفارة."
    assert "PROTEST" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # BB-middleEast-559
        "وفي مينة إربد وعجلون شمالي البلاد، قطع المحتجون الطرق وأحرقوا إطارات السيارات.",
        # FR-internationalNews-2292
        "وخلال الليلة الماضية، شوهد متظاهرون يحرقون إطارات في جنوب البصرة.",
    ],
)
def test_tyres_burnt_in_a_protest_are_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # FR-internationalNews-772: a headline
        'تونس: جمعيات محلية ودولية تستنكر "خروقات دستورية" تستهدف مسار العدالة الانتقالية',
        # FR-internationalNews-1661
        'وإضافة إلى "سنترال دانون"، تستهدف حملة المقاطعة شركتي "أفريقيا" و"سيدي علي".',
    ],
)
def test_a_campaign_or_breach_that_aims_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # BB-internationalNews-1049
        "وحددت لجنة تحقيق خاصة برئاسة روبرت مولر مؤخرا 12 اسما لضباط في الاستخبارات "
        "العسكرية الروسية.",
        # CN-internationalNews-656
        "تلقت منظمة الشرطة الجنائية الدولية (الإنتربول) استقالة رئيسها الموقوف رهن التحقيق "
        "في الصين، مينغ هونغوي.",
        # FR-middleEast-805
        "وأشارت الإذاعة إلى أن هؤلاء العناصر كانوا مهددين بعد تحقيق قوات النظام السوري "
        "تقدما ميدانيا في جنوب سوريا.",
        # CN-middleEast-961
        'وزار الوفد المصري دولة الإمارات بما يسهم في تحقيق "استراتيجية مصر 2030".',
    ],
)
def test_an_inquiry_body_a_state_or_an_achievement_is_no_investigation(nlp, text):
    assert "INVESTIGATE" not in event_types(nlp, text)


def test_an_inquiry_opened_is_still_an_investigation(nlp):
    # CN-internationalNews-656
    text = "أكد مصدر مسؤول بالشرطة الفرنسية، الجمعة، أن الشرطة فتحت تحقيقاً بشأن اختفاء مينغ هونغوي."
    assert "INVESTIGATE" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # SK-internationalNews-1682
        "إلا أن معارضيه يقولون، إن الزعيم اليساري دمر اقتصاد فنزويلا.",
        # FR-internationalNews-643
        "رمزا للإنسانية في صراع يدمر سوريا منذ سبع سنوات.",
        # BB-internationalNews-1185
        "وفي بنما سيتي، اقتلعت الرياح الأشجار، وهدمت المنازل والقوارب.",
    ],
)
def test_what_a_war_or_storm_ruins_has_no_actor(nlp, text):
    types = event_types(nlp, text)
    assert "ASSAULT" not in types and "COERCE" not in types


@pytest.mark.parametrize(
    "text",
    [
        # BB-middleEast-110
        "وقال وزير الخارجية البريطاني بوريس جونسون إنه يجب بحث شن هجمات جوية في سوريا.",
        # FR-middleEast-604
        'أعلن الرئيس التركي رجب طيب أردوغان أن القوات التركية يمكن أن تشن "في أي وقت" '
        "عملية عسكرية في شمال العراق.",
    ],
)
def test_an_attack_that_must_or_may_happen_is_not_told_as_done(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # BB-internationalNews-1034
        "أدت احتجاجات بين نشطاء يمينيين متطرفين ومعارضين للنازية، بعد حادثة قتل في مدينة "
        "كيمنيتس في شرق ألمانيا، إلى إصابة عدة أفراد.",
        # BB-internationalNews-593
        "غرد ترامب على موقع تويتر عن حادث إطلاق النار في إحدى مدارس تكساس.",
    ],
)
def test_an_attack_named_by_its_kind_after_incident_is_a_topic(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # SK-internationalNews-2607
        "شنّ الرئيس الأميركي، دونالد ترامب، هجوما جديدا على حلفائه في حلف شمال الأطلسي.",
        # SK-internationalNews-3439
        "وهاجم أردوغان في أكثر من مناسبة الولايات المتحدة الأميركية.",
    ],
)
def test_a_persons_attack_on_a_state_or_alliance_is_criticism(nlp, text):
    types = event_types(nlp, text)
    assert "ASSAULT" not in types and "DISAPPROVE" in types


def test_an_attack_with_its_weapon_stays_an_attack(nlp):
    # a named person's attack told with its weapon
    text = "تعرف على طائفة أوم شينريكيو التي نفذت هجوما بغاز السارين على مترو طوكيو عام 1995."
    assert "ASSAULT" in event_types(nlp, text)


def test_taking_hostages_is_an_abduction(nlp):
    # SK-internationalNews-547
    text = (
        "وقال رئيس بلدية تريب إن ثلاثة أشخاص قتلوا في الهجوم حيث اختطف المسلح سيارة "
        'وفتح النار على الشرطة ثم احتجز رهائن في متجر وهو يهتف "الله أكبر".'
    )
    assert "COERCE" not in event_types(nlp, text)


def test_a_strike_on_a_military_site_stays_an_attack(nlp):
    # FR-middleEast-771
    text = (
        "أعلن النظام السوري أن اسرائيل استهدفت موقعا عسكريا تابعا له شمال مطار النيرب "
        "في ريف حلب الشرقي الأحد."
    )
    assert "ASSAULT" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # BB-middleEast-1106
        "كما أدخل السعودية في نزاع ضار مع جارتها قطر، واعتقل العشرات من المتظاهرين السلميين.",
        # FR-internationalNews-1270
        "بدأت أصوات ترتفع للمطالبة بالتنديد بالعنف الدموي الذي كان ضحيته متظاهرون فلسطينيون عزل.",
    ],
)
def test_protesters_arrested_or_victims_tell_no_protest(nlp, text):
    assert "PROTEST" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # BB-internationalNews-138
        "وتأتي عاصمة فنزويلا، كاراكاس، في المركز الثاني، بمعدل 111.19 حالة قتل لكل 100 ألف شخص.",
        # SK-middleEast-3348
        "واقترحت اللجنة مشروع قانون ينص على المساواة في الإرث وإلغاء عقوبة الإعدام.",
    ],
)
def test_an_act_after_a_category_or_penalty_noun_is_no_event(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # CN-middleEast-1421
        'وجه الرئيس المصري عبدالفتاح السيسي، الخميس، "تحيه تقدير" لشهداء مصر، حسب بيان صادر '
        "عن الرئاسة المصرية.",
        # SK-middleEast-904
        'وقالت الأمم المتحدة "التعذيب وسوء المعاملة ممنهج في منشآت الاعتقال في مختلف أرجاء ليبيا".',
    ],
)
def test_a_statement_issued_or_a_detention_facility_is_no_coercion(nlp, text):
    assert "COERCE" not in event_types(nlp, text)


def test_an_appeal_against_a_commission_is_no_stabbing(nlp):
    # SK-middleEast-3394
    text = "وتشرف على الانتخابات لجنة مستقلة، فيما قدمت مؤسسة زعامة المعارضة طعنا في اللجنة."
    assert "ASSAULT" not in event_types(nlp, text)


def test_support_given_with_no_aid_named_is_backing(nlp):
    # CN-middleEast-1244
    text = "قال فكرت أوزار، سفير تركيا في قطر، إن بلاده قدمت الدعم للدوحة في الأزمة الخليجية."
    types = event_types(nlp, text)
    assert "SUPPORT" in types and "AID" not in types


@pytest.mark.parametrize(
    "text",
    [
        # SK-middleEast-3679
        'ونشر ناشطون على موقع تويتر صورا من "موقع تحطم الصاروخ الباليستي في ضواحي كرمانشاه".',
        # SK-internationalNews-2109
        "وقدم الرئيس الأميركي دونالد ترامب تنازلا لزعيم كوريا الشمالية كيم جونج أون بوقف "
        "المناورات العسكرية مع كوريا الجنوبية.",
    ],
)
def test_publishing_pictures_or_halting_drills_is_no_mobilization(nlp, text):
    assert "MOBILIZE" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # CN-middleEast-1288
        "قالت وزيرة التخطيط والتعاون الدولي الأردنية الدكتورة ماري قعوار، إن الأردن ملتزم بسياسته.",
        # SK-middleEast-2207
        "ترأس ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان وولي العهد السعودي الأمير محمد بن "
        "سلمان في جدة مساء الأربعاء الاجتماع الأول لمجلس التنسيق السعودي الإماراتي.",
    ],
)
def test_cooperation_naming_a_ministry_or_council_is_no_act(nlp, text):
    assert "COOPERATE" not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # unseen news (evaudit session 25, seed 10674): tariffs proposed, not imposed
        (
            "وسعى الرئيس الأميركي دونالد ترامب لتصعيد الضغوط على الصين للحصول على تنازلات "
            "تجارية عبر اقتراح فرض رسوم جمركية نسبتها 25 بالمئة على واردات صينية بقيمة 200 "
            "مليار دولار.",
            "SANCTION",
        ),
        # (seed 10674): a session that may be held
        (
            "دعت أمريكا لعقد جلسة طارئة لمجلس الأمن لمناقشة الهجمات التي نفذتها حركة حماس "
            "وفصائل فلسطينية أخرى على إسرائيل، الثلاثاء، وأشارت إلى إمكانية عقد الجلسة بعد "
            "ظهر الخميس.",
            "CONSULT",
        ),
    ],
)
def test_an_act_of_any_type_proposed_or_possible_is_not_done(nlp, text, kind):
    assert kind not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Jawhara FM (seed 10675): the proposal made and then rejected
        (
            "وأكد أنّ تمشي الوزارة كان تمكين البحارة من خمسة رخص جديدة بعد القيام بقرعة غير "
            "أنّ هذا المقترح رفض من قبل الاتحاد الوطني للفلاحة والصيد البحري.",
            "REJECT",
        ),
        # (seed 10676): a meeting held on the proposal
        (
            'وقال رئيس الكتلة الديمقراطية، سالم الأبيض في تصريح لمراسل "الجوهرة أف أم" إنه تم '
            "تناول المقترح في اجتماع رؤساء الكتل برئيس المجلس.",
            "CONSULT",
        ),
    ],
)
def test_an_act_done_on_a_proposal_made_stands(nlp, text, kind):
    assert kind in event_types(nlp, text)
