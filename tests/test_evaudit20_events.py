"""Classes of the evaudit20 all-types audit (seeds 10036, 10037) and of the news read
for it: the noun تحقيق after a word of striving or ability ("تحاول تركيا تحقيق طموح"،
"من أجل تحقيق"، "أمكن تحقيقه") or before a demonstrative ("تحقيق ذلك") is achieving a
goal, no INVESTIGATE event; an inquiry keeps its article or its preposition ("تعمل على
التحقيق بشأن"، "يساعد في التحقيق بشأن"; one someone is only able to open, "قادر على التحقيق
معه", is hypothetical since evhypo: tests/test_evhypo.py). ضغط names a pressure applied on someone
(DEMAND) except a physical one ("ضغط الدم"), a click ("اضغط هنا"), a lever or a state
("ورقة ضغط"، "تحت ضغط الوقت"). Visiting a web page ("زيارة الموقع الإلكتروني") is no
CONSULT. Sentences from unseen news articles."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def _investigations(nlp: Pipeline, text: str) -> int:
    return sum(e.type == "INVESTIGATE" for e in nlp.analyze(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "ولذلك تحاول تركيا تحقيق طموح بديل بزعامة قيادة الشرق الأوسط سياسيا.",
        "وشهدت المباراة إثارة كبيرة على استاد لوجنيكي بموسكو مساء الأحد، واستطاع فيها"
        " الفرنسيون تحقيق المونديال الثاني لهم عبر التاريخ.",
        "والحقيقة هي أن أعظم إنجاز طبي أمكن تحقيقه ولكن لم يتم استغلاله بالكامل.",
        "ووجه نتنياهو الشكر إلى من ساعد في تحقيق ذلك.",
        "ولعل أبرز أسلوب لجأ إليه أردوغان في سبيل تحقيق ذلك المقايضة مع الدول الأخرى.",
        "واتفق الزعيمان على العمل صوب تحقيق حل شامل ودائم للنزاع الإسرائيلي الفلسطيني.",
        "وقال إن أوبك ستركز في اجتماعها القادم على تحقيق التوازن في السوق.",
        "ولي العهد الذي يسعى لتنويع اقتصاد أكبر مصدر للنفط في العالم وتحقيق انفتاح اجتماعي.",
    ],
)
def test_a_goal_striven_for_is_no_investigation(nlp, text):
    assert _investigations(nlp, text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "وقالت وزارة الدفاع الأميركية إن الوزارة تعمل على التحقيق بشأن كيفية وصول عدد"
        " من الطرود المشبوهة.",
        "وفتح حزب المحافظين تحقيقا انضباطيا بعد تلقيه عشرات الشكاوى.",
    ],
)
def test_an_inquiry_after_a_striving_word_stays(nlp, text):
    assert _investigations(nlp, text) >= 1


def _demands(nlp: Pipeline, text: str) -> int:
    return sum(e.type == "DEMAND" for e in nlp.analyze(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "ويتم التحكم في ضغط الدم من خلال أدوية معينة تتحكم في نظام هرموني يعمل على تنظيم الضغط.",
        "ومن الأمور التي تساعد في توفير الوقود التأكد من ضبط ضغط الإطارات حسب القيم المنصوص عليها.",
        "اضغط هنا للاطلاع على ما تعرفه غوغل عن تحركاتك.",
        "أي أنه كان في يدها ورقة ضغط على الحكومة الشرعية والدول المستفيدة من واردات النفط.",
        "وتحت ضغط الوقت ومرارة الخيارات على الميليشيات، كشفت مصادر سياسية في صنعاء عن إبداء"
        " قيادات الانقلابيين استعدادها للموافقة على مقترح غريفيث.",
    ],
)
def test_a_pressure_not_applied_is_no_demand(nlp, text):
    assert _demands(nlp, text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "وضغط ساركوزي على وزير الرياضة الفرنسي لإتمام انتقال نيمار.",
        "ويضغط الحزب أيضا على الناخبين في منطقة بعلبك الهرمل شرقي لبنان.",
    ],
)
def test_pressure_on_someone_stays_a_demand(nlp, text):
    assert _demands(nlp, text) >= 1


def _meetings(nlp: Pipeline, text: str) -> int:
    return sum(e.type == "CONSULT" for e in nlp.analyze(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "وللاطلاع على الشروط ومتطلبات التصحيح في المملكة يمكن زيارة موقع مديرية الجوازات"
        " على الرابط (www.gdp.gov.sa).",
        "ولمساعدة القراء أقترح عليهم زيارة الموقع الإلكتروني للسفارة الفرنسية في الرياض.",
    ],
)
def test_a_web_page_visited_is_no_meeting(nlp, text):
    assert _meetings(nlp, text) == 0


def test_a_visit_to_a_site_on_the_ground_stays(nlp):
    assert _meetings(nlp, "وزار وزير الداخلية موقع الانفجار في بغداد والتقى بالمسؤولين المحليين.")
