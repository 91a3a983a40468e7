"""Event classes from the audit of unseen articles of every type (evaudit15, seeds
10005 and 10006): "صادر" after a document or before its issuer is "issued", no
confiscation, "رحبا" after an indefinite noun is "spacious", تظاهرة told with a
festival's words is a show, people counted or applications after "استقبل" are no
meeting, a case taken up ("تعهد بالقضية") is no pledge, a shark's or crocodile's
attack is no ASSAULT (events/senses.py), and "طلب
العلم"، "طلب الدنيا" are pursuits, no demand (also as a quotation's cue, speech.py); a threat that may come ("قد يهدد") is a danger, not a threat made,
while "قد" before a perfect stem that begins with ت ("وقد توعد") still tells a done act
(events/attributes.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10006): a day between "صادر" and its issuer
        "وأكدت في بيان صادر اليوم الخميس عن وزارة الشؤون الخارجية، رفض تونس القطعي "
        "لاستخدام المواد والأسلحة الكيمياوية المحظورة دوليا في الصراعات والنزاعات المسلحة.",
        "كشف تقرير حصلت الصحيفة على نسخة منه، صادر من هيئة الاتصالات وتقنية المعلومات، "
        "انخفاض عدد مستخدمي البطاقات.",
    ],
)
def test_a_document_issued_is_no_confiscation(nlp, text):
    assert "COERCE" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال التحالف العربي إنه صادر القوارب المعادية، التي كانت تخطط للهجوم على قوات التحالف.",
        "وقد صادر مسؤولون في مطار هيثرو بلندن كميات من زيت القنب.",
    ],
)
def test_goods_confiscated_stay_coerce(nlp, text):
    assert "COERCE" in event_types(nlp, text)


def test_spacious_is_no_welcome(nlp):
    # Saudi news (audit, seed 10005): a job fair is "a wide field"
    text = (
        "كما يعد المعرض فرصة مناسبة لالتقاء المختصين، فالمعرض يعد مجالاً رحبا لتبادل "
        "التجارب والخبرات في مجال الموارد البشرية والتوظيف والتدريب."
    )
    assert "SUPPORT" not in event_types(nlp, text)


def test_two_who_welcomed_stay_support(nlp):
    text = "إلا أن الرئيس الأمريكي دونالد ترامب ووزير خارجيته مايك بومبيو رحبا بتصريحات نتانياهو."
    assert "SUPPORT" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "ولكن هناك غموضا بشأن سبل فرض تلك القواعد التي قد تهدد خصوصية المستخدم.",
        "تهاطلت كمية كبيرة من الأمطار على مركب عين البنيان بالعاصمة الجزائرية مما قد "
        "يهدد إجراء الحصة التدريبية للمنتخب.",
    ],
)
def test_a_threat_that_may_come_is_no_threat_made(nlp, text):
    assert "THREATEN" not in event_types(nlp, text)


def test_qad_before_a_perfect_stem_in_ta_is_a_done_act(nlp):
    text = 'وقد توعد مادورو الضالعين في العملية بأنهم سيواجهون "عقابا شديدا".'
    assert "THREATEN" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10006): a brand awards show
        "تم اليوم السبت في تونس العاصمة عقد ندوة لتقديم و تقييم تظاهرة » (TUNISIA BRAND AWARDS ).",
        "أكد رئيس الحكومة الأسبق في تصريح على هامش افتتاح تظاهرة أيام المؤسسة اليوم الجمعة "
        "بسوسة أن موضوع هذه الدورة هو التحول الرقمي.",
    ],
)
def test_a_festival_called_tazahura_is_no_protest(nlp, text):
    assert "PROTEST" not in event_types(nlp, text)


def test_a_protest_told_beside_a_festival_word_stays_a_protest(nlp):
    text = (
        "ونظم مئات الشبان تظاهرة احتجاجية أمام مقر الولاية على هامش افتتاح المهرجان "
        "للمطالبة بالتشغيل."
    )
    assert "PROTEST" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Saudi news (audit, seed 10005): a city's feast visitors counted
        "اختتمت أمانة الرياض احتفالاتها بعيد الفطر أول من أمس التي استمرت ثلاثة أيام "
        "واستقبلت ما يقرب من مليون و900 ألف مواطن ومقيم.",
        "وقالت منظمة أطباء بلا حدود إنها استقبلت 151 مصابا على مدى الأيام الماضية.",
    ],
)
def test_people_counted_after_istaqbala_are_a_tally_no_meeting(nlp, text):
    assert "CONSULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "وقالت المتحدثة إن وزارة الخارجية استقبلت زهاء 200 سفير أجنبي، الاثنين الماضي، "
        "لكي تشرح لهم قرار الرئيس الأميركي.",
        "واستقبل الرئيس التونسي الباجي قائد السبسي وزير الخارجية الفرنسي في قصر قرطاج.",
    ],
)
def test_envoys_received_stay_a_meeting(nlp, text):
    assert "CONSULT" in event_types(nlp, text)


def test_applications_received_are_no_meeting(nlp):
    # Saudi news (audit, seed 10005)
    text = "وتستقبل غرفة الشرقية طلبات الشركات الراغبة في المشاركة في المعرض الذي يمتد لأربعة أيام."
    assert "CONSULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10006): judges who took up a case
        "وطالب المكتب التنفيذي لجمعية القضاة السلطة التنفيذية بتحمل مسؤولياتها في ضمان "
        "أمن القضاة الذين تعهدوا بالقضية.",
        "وأفاد الناطق الرسمي باسم المحكمة الابتدائية بتونس بأن قاضي التحقيق الأول بالقطب "
        "القضائي المالي تعهد بالملف.",
    ],
)
def test_a_case_taken_up_is_no_pledge(nlp, text):
    assert "AGREE" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Saudi news (audit, seed 10005): a column
        "وبالرغم من أن أبناء أمتنا قد تركوا التمسك بتعاليم دينهم، وأصبح همهم الشاغل هو "
        "طلب الدنيا، إلا أننا أيضاً سنبتسم!",
        "وقال صديقه: كان ذا دين وخلق ومجتهدا في طلب العلم.",
    ],
)
def test_seeking_knowledge_or_livelihood_is_no_demand(nlp, text):
    assert "DEMAND" not in event_types(nlp, text)


def test_a_request_stays_a_demand(nlp):
    assert "DEMAND" in event_types(nlp, "وطلب الرئيس من الحكومة تقديم استقالتها فورا.")


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10006): a shark attack
        "لقي غواص في استراليا اليوم السبت مصرعه وذلك بعد تعرّضه لهجوم من سمكة قرش.",
        "ونقلت صحف محلية أن الرجل كان يصطاد المحار رفقة ابنته قبالة جزيرة ماريا في "
        "مقاطعة تسمانيا عندما هاجمته سمكة قرش.",
    ],
)
def test_an_animal_attack_is_no_assault(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_an_operation_named_after_a_snake_stays_an_attack(nlp):
    text = (
        "ونشر المركز الإعلامي للجيش اليمني فيديو لجانب من معارك تحرير سلسلة جبال الأزهور "
        'بمديرية رازح، ضمن عملية عسكرية شاملة اطلق عليها "قطع رأس الأفعى".'
    )
    assert "ASSAULT" in event_types(nlp, text)
