"""Quotations, the qrecall pass (issue 12: calls the layer never found).

"دعا" takes ل for إلى ("يدعو للتحقيق"), but the speaker phrase reads ل as a title's
complement ("الأمين العام للأمم المتحدة") and swallowed what was called for after a
subject ("ودعت المنظمة لجبهة موحدة"). A demand or call whose verbal noun is negated with
"عدم" ("بعدم الرضوخ"، "لعدم وجود") opens what was said, though "عدم" is a function word.
"""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CALLED_FOR = [
    # Unseen ant-multisource articles, seeds 10400, 10402 and 10401.
    (
        "كما يدعو الاتفاق لعدم وجود قوات مسلحة أجنبية من غير الدول المطلة على البحر.",
        "لعدم وجود قوات مسلحة أجنبية",
        "الاتفاق",
    ),
    (
        "ودعت المنظمة لجبهة موحدة ضد هذه المقترحات في بيان أصدرته يوم الخميس.",
        "لجبهة موحدة ضد هذه المقترحات",
        "المنظمة",
    ),
    (
        "وكان القائد العام للقوات المسلحة الليبية خليفة حفتر قد قال إن الجيش سيقاتل حتى "
        "استعادة درنة من الإرهابيين، ودعا سكان المدينة لدعم الجيش.",
        "لدعم الجيش",
        "خليفة حفتر",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CALLED_FOR)
def test_a_call_with_lam_after_its_subject(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


NO_CALL = [
    # Unseen ant-multisource, seed 10402: "دعت" leads to, after a relative pronoun.
    "وأعرب الأعلى للإعلام، عن تفهمه للأسباب التي دعت السعودية لمنع قنوات بي إن سبورت.",
    # Seed 10400: whom she invited, an indefinite accusative.
    "وأعلنت بيونغ يانغ خطتها لتفكيك المنشأة، ودعت عددا من الصحافيين لمشاهدة عملية تدمير الموقع.",
]


@pytest.mark.parametrize("text", NO_CALL)
def test_no_call_read_from_lam_where_the_verb_leads_or_invites(nlp: Pipeline, text: str) -> None:
    doc = nlp.analyze(text)
    assert not any(q.startswith("ل") for q in quote_texts(doc))


def test_a_title_keeps_its_lam_when_ila_follows(nlp: Pipeline) -> None:
    text = "ودعا المرصد السوري لحقوق الإنسان إلى وقف القصف على المدنيين."
    assert quote_texts(nlp.analyze(text)) == ["إلى وقف القصف على المدنيين"]


def test_a_demand_negated_with_adam_after_its_object(nlp: Pipeline) -> None:
    # Unseen ant-multisource article, seed 10400 (CNN).
    text = (
        'اتهمت وزارة الخارجية الإسرائيلية، الثلاثاء، الفلسطينيين بـ"استغلال" المحكمة '
        'الجنائية الدولية لأغراض سياسية، مطالبة المحكمة بعدم الرضوخ إلى ما وصفته بـ"الضغط '
        'الفلسطيني الرامي إلى تسييسها".'
    )
    assert speaker_of(nlp, text, "بعدم الرضوخ") == "وزارة الخارجية الإسرائيلية"


WRITTEN_CALLS = [
    # Unseen ant-multisource articles, seeds 10400-10402: a present cue right after an
    # indefinite document is a relative clause on it; its maker speaks.
    (
        "صوت مجلس النواب الأميركي لصالح مشروع قانون يدعو لمحاسبة إيران على انتهاك حقوق "
        "الإنسان واحتجاز الرهائن.",
        "لمحاسبة إيران",
        "مجلس النواب الأميركي",
    ),
    (
        "كذلك أصدر مركز الأزهر العالمي للفتوى الإلكترونية بيانا يحذر من الانخراط في لعبة "
        '"الحوت الأزرق"، وأدرج فيه عدة "نصائح وقائية".',
        "من الانخراط",
        "مركز الأزهر العالمي للفتوى الإلكترونية",
    ),
    (
        "وبث التلفزيون الرسمي الإيراني لاحقا تقريرا يقول إن سيد إمامي وزملاءه كانوا يقولون "
        "لأعداء إيران إن الدولة لن تقدر على مواصلة الإنتاج الزراعي.",
        "إن سيد إمامي",
        "التلفزيون الرسمي الإيراني",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), WRITTEN_CALLS)
def test_a_document_s_call_is_its_maker_s(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker
