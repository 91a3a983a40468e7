"""Whom the words were told, named after ل, is no speaker (issue 12, qaddress): after
the verb of a "بحسب ما" frame ("وفق ما أكده لمراسلة الجوهرة أف أم، X") the source is
named past the audience, its outlet's marked name and where it works; after a cue, a
body the entity layer names ("للجوهرة أف أم") or an outlet's quoted name ("لمراسل
"الجوهرة أف أم"") is the audience too. Sentences from unseen news articles
(ant-jawharafm, ant-multisource, saudinewsnet; not annotated)."""

from __future__ import annotations

import pytest

from conftest import Said
from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def canonical() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def speakers(nlp: Pipeline, text: str) -> list[tuple[str, str | None]]:
    """Each quotation's words and its speaker's canonical name (else its words)."""
    doc = nlp(Document(text=text))
    out = []
    for q in doc.quotes or []:
        name = q.speaker.canonical or doc.slice(q.speaker) if q.speaker else None
        out.append((doc.slice(q), name))
    return out


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "قررت الإدارة العامة للديوانة وإدارة الإحصاءات والإعلامية بالديوانة التونسية، "
            "وضع ثلاث خدمات جديدة على شبكة الانترنات لفائدة التونسيين المقيمين بالخارج، "
            "وفق ما صرح لمراسلة الجوهرة أف أم، العقيد يونس بدوي رئيس وحدة المراقبة "
            "والتدقيق للمنظومة المعلوماتية بالإدارة العامة للديوانة التونسية.",
            None,
            "يونس بدوي",
        ),
        (
            "تقرّر تأجيل الإضراب الجهوي للأطباء والصيادلة وأطباء الأسنان للصحة لعمومية "
            "بسوسة إلى يومي 28 و29 افريل الحالي في حال عد التوصل إلى إتفاق يرضي جميع "
            "الأطراف قبل هذا التاريخ وفق ما أكدته لجوهرة أف أم الكاتبة العامة للنقابة "
            "منية الحمزاوي",
            "تقرّر تأجيل الإضراب الجهوي للأطباء والصيادلة وأطباء الأسنان للصحة لعمومية "
            "بسوسة إلى يومي 28 و29 افريل الحالي في حال عد التوصل إلى إتفاق يرضي جميع "
            "الأطراف قبل هذا التاريخ",
            "منية الحمزاوي",
        ),
        (
            "ورفع المحتجون شعارات تطالب السلط المعنية بالاتخاذ الاجراءات الضرورية بشأن "
            "المعتدين وتوفير نقطة أمنية قارة بمركز المنطقة الصحي لحماية أعوانه من "
            "الاعتداءات المتكررة عليهم،وفق ما ذكره لمراسلة (وات) الممرض الأول بالمركز "
            "ياسين زمالي.",
            None,
            "ياسين زمالي",
        ),
    ],
)
def test_frame_source_named_past_whom_it_told(
    canonical: Pipeline, text: str, quote: str | None, speaker: str
) -> None:
    found = speakers(canonical, text)
    assert [name for _, name in found] == [speaker]
    if quote is not None:  # (a source with an apposition after it keeps the frame)
        assert found[0][0] == quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'والأمر لا يتوقف عند "تسميم الشيخ سحيم بن حمد"، حسب ما قال لـ"العربية" الشيخ '
            "سلطان بن سحيم، بل يتعداه لتآمر حمد بن خليفة على الرئيس الليبي السابق معمر "
            "#القذافي.",
            "الشيخ سلطان بن سحيم",
        ),
        (
            "وانضمت كامبل إلى صفوف وحدات حماية الشعب الكردية في عفرين للقتال ضد القوات "
            "التركية قبل 10 أيام من مقتلها، وفق ما قالت للصحيفة ماريا إدغاردا (26 عاما)، وهي "
            "متطوعة إيطالية مع القوات الكردية.",
            "ماريا إدغاردا",
        ),
    ],
)
def test_frame_source_after_the_outlet_told(said: Said, text: str, speaker: str) -> None:
    """A definite "للصحيفة" takes no name after it; "لـ"العربية"" ends at its mark."""
    assert [name for _, name in said(text)] == [speaker]


def test_title_after_the_correspondent(said: Said) -> None:
    text = (
        "كما تم القاء القبض على بائع للخمر خلسة وحجز عدد 225 علبة من الجعة و10قوارير من "
        "الخمر، حسبما أكده لمراسل الجوهرة أف أم، المكلف بالاعلام بالمنطقة الجهوية للحرس "
        "الوطني بالمهدية."
    )
    assert said(text) == [
        (
            "كما تم القاء القبض على بائع للخمر خلسة وحجز عدد 225 علبة من الجعة و10قوارير من الخمر",
            "المكلف بالاعلام بالمنطقة الجهوية للحرس الوطني بالمهدية",
        )
    ]


def test_cue_to_a_quoted_outlet_names_no_speaker(said: Said) -> None:
    """ "قال لمراسل "الجوهرة أف أم"" with no name after it: the outlet is no speaker."""
    text = (
        'وقال لمراسل "الجوهرة أف أم" إن كل المؤشرات تدل على ان هناك تقصيرا كبيرا في '
        "عملية الانقاذ وعدم تحمل المسؤولية."
    )
    assert [speaker for _, speaker in said(text)] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A name whose first letter reads as ل is the subject, not whom it was told.
        (
            "وقالت ليان شواف، مديرة المهرجان، إن العروض السينمائية ستعقبها ندوات مع صناع "
            "السينما والأفلام وهي أشبه بدروس سينمائية تعقب كل فيلم.",
            "ليان شواف",
        ),
    ],
)
def test_name_with_a_lam_stays_the_speaker(canonical: Pipeline, text: str, speaker: str) -> None:
    assert [name for _, name in speakers(canonical, text)] == [speaker]


def test_body_after_a_verb_with_nothing_said_is_no_quote(said: Said) -> None:
    """ "يجدد للأهلي" (renews with the club): no words follow the body told."""
    assert said("الفهمي يجدد للأهلي واليوناني فتفاتزيديس يصل لوزان") == []


def test_frame_told_an_agency_keeps_its_clause_and_no_agency(said: Said) -> None:
    """ "حسب ما ذكر لوكالة تونس افريقيا للأنباء،": the agency heard it and names no
    source; the clause before is still attributed (here, with no speaker before it,
    to nobody named), never to the agency."""
    text = (
        "ولئن تحصل الباحث حمدي حشاد على براءة الاختراع لاستخراج الوقود العضوي منذ سنة 2009 "
        "الا أن جهوده لم تلق في تونس المساعدة والدعم الكافيين، حسب ما ذكر لوكالة تونس "
        "افريقيا للأنباء، ولفت الى أنه لم يقع تسهيل الاجرءات بالنسبة اليه."
    )
    frame = [speaker for quote, speaker in said(text) if quote.startswith("ولئن")]
    assert frame == [None]
