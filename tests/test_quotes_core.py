"""Quotation rules on short news-like paragraphs written for these tests
(tests/fixtures/quotes/cases.txt): no ../shared needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.document import Document, Quote
from rasd.pipeline import Pipeline

CASES = Path(__file__).resolve().parent / "fixtures" / "quotes" / "cases.txt"


@pytest.fixture(scope="module")
def quote_nlp() -> Pipeline:
    return Pipeline(["text", "quotes"])


@pytest.fixture(scope="module")
def cases(quote_nlp: Pipeline) -> Document:
    lines = CASES.read_text(encoding="utf-8").splitlines()
    return quote_nlp.analyze("\n".join(lines[1:]), title=lines[0])


def _find(doc: Document, fragment: str) -> Quote:
    found = [q for q in doc.quotes or [] if fragment in doc.slice(q)]
    assert found, f"no quote contains {fragment!r}: {[doc.slice(q) for q in doc.quotes or []]}"
    return found[0]


def _speaker(doc: Document, q: Quote) -> tuple[str, str | None]:
    assert q.speaker is not None
    return doc.slice(q.speaker), q.speaker.canonical


def test_direct_quote_after_verb_first_cue_with_title_name_and_audience(cases: Document) -> None:
    q = _find(cases, "سنواصل العمل مع شركائنا")
    assert q.kind == "direct"
    assert cases.slice(q) == "سنواصل العمل مع شركائنا لحماية الحدود"  # no quotation marks
    assert _speaker(cases, q) == ("وزير الخارجية الأردني أيمن الصفدي", "أيمن الصفدي")
    assert q.audience is not None and cases.slice(q.audience) == "للصحافيين"
    assert q.cue is not None and q.cue.canonical == "قال"


def test_indirect_quote_starts_at_the_complementizer(cases: Document) -> None:
    q = _find(cases, "الوزارة ستعلن خطتها")
    assert q.kind == "indirect"
    assert cases.slice(q) == "إن الوزارة ستعلن خطتها قريبا"
    assert _speaker(cases, q)[1] == "سارة الخطيب"


def test_continuation_inherits_the_previous_speaker_of_the_same_gender(cases: Document) -> None:
    # "وأضافت" (feminine) skips the minister quoted in between (masculine).
    q = _find(cases, "الخطة تشمل دعم المزارعين")
    assert q.cue is not None and cases.slice(q.cue) == "أضافت"
    assert _speaker(cases, q)[1] == "سارة الخطيب"


def test_preposed_subject_and_short_name_takes_the_fullest_form(cases: Document) -> None:
    q = _find(cases, "الحل السياسي هو الطريق الوحيد")
    assert _speaker(cases, q) == ("الصفدي", "أيمن الصفدي")


def test_anonymous_source_keeps_its_description(cases: Document) -> None:
    q = _find(cases, "الهجوم وقع فجر اليوم")
    text, canonical = _speaker(cases, q)
    assert text == "مصدر أمني" and canonical is None
    assert q.speaker is not None and q.speaker.attrs.get("anonymous") is True


def test_attribution_makes_the_clause_the_sources(cases: Document) -> None:
    q = _find(cases, "الرئيس سيزور العاصمة")
    assert q.kind == "indirect"
    assert _speaker(cases, q)[0] == "وكالة الأنباء الرسمية"


def test_headline_speaker_colon_statement(cases: Document) -> None:
    q = _find(cases, "المفاوضات ستستأنف")
    assert q.kind == "direct"
    assert _speaker(cases, q)[0] == "مصدر دبلوماسي"
    assert q.cue is not None and cases.slice(q.cue) == ":"


def test_names_of_operations_and_slogans_are_not_quotes(cases: Document) -> None:
    texts = [cases.slice(q) for q in cases.quotes or []]
    assert not any("درع الشمال" in t or "لا للحرب" in t for t in texts)


def test_unclosed_quote_runs_to_the_end_of_its_paragraph(cases: Document) -> None:
    q = _find(cases, "سنعيد بناء الجسر")
    assert q.kind == "direct"
    assert cases.slice(q).endswith("ولن نسمح بأي تأخير")


def test_demand_with_a_verbal_noun_is_an_indirect_quote(cases: Document) -> None:
    q = _find(cases, "بإطلاق سراح المعتقلين")
    assert q.kind == "indirect"
    assert _speaker(cases, q)[0] == "المتظاهرون"


def test_impersonal_yudhkar_anna_is_not_a_quote(cases: Document) -> None:
    assert not any("كانت قد أعلنت الخطة" in cases.slice(q) for q in cases.quotes or [])


def test_title_only_speaker_is_linked_to_the_named_holder(cases: Document) -> None:
    q = _find(cases, "الاتحاد سيزيد مخزونه")
    assert _speaker(cases, q) == ("المفوض الأوروبي للطاقة", "كادري سيمسون")
    apposed = _find(cases, "أسعار الغاز ستنخفض")
    assert _speaker(cases, apposed)[1] == "كادري سيمسون"


def test_quote_opened_inside_an_indirect_clause_makes_a_direct_quote(cases: Document) -> None:
    q = _find(cases, "التخزين يحمي المستهلكين")
    assert q.kind == "direct"
    assert cases.slice(q) == "التخزين يحمي المستهلكين من الصدمات"
    assert _speaker(cases, q)[1] == "كادري سيمسون"


def test_closing_mark_without_opening_mark_quotes_from_the_cue(cases: Document) -> None:
    q = _find(cases, "سنبدأ التنفيذ فورا")
    assert cases.slice(q) == "سنبدأ التنفيذ فورا"
    assert _speaker(cases, q)[0] == "الوزير"


def test_multi_sentence_and_embedded_quotes(quote_nlp: Pipeline) -> None:
    doc = quote_nlp.analyze(
        "وقال الأمين العام للمنظمة «لقد فعلنا ما علينا. والآن جاء دور الآخرين لأن "
        '"الوقت ينفد" كما قلت مرارا».'
    )
    assert doc.quotes is not None and len(doc.quotes) == 1
    q = doc.quotes[0]
    assert doc.slice(q).startswith("لقد فعلنا ما علينا. والآن")
    assert doc.slice(q).endswith("كما قلت مرارا")
    assert q.speaker is not None and doc.slice(q.speaker) == "الأمين العام للمنظمة"


def test_every_quote_and_mention_lies_inside_the_text(cases: Document) -> None:
    assert cases.quotes
    for q in cases.quotes:
        assert 0 <= q.start < q.end <= len(cases.text)
        for m in (q.cue, q.speaker, q.audience):
            if m is not None:
                assert 0 <= m.start < m.end <= len(cases.text)
                assert not (q.start <= m.start and m.end <= q.end), "a speaker inside its quote"


def test_quotes_survive_the_json_round_trip(cases: Document) -> None:
    again = Document.from_dict(cases.to_dict())
    assert again.quotes == cases.quotes


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "وارتفعت الأسعار بنسبة عشرة في المئة، نقلا عن مصادر في وزارة التجارة.",
            "مصادر في وزارة التجارة",
            "وارتفعت الأسعار بنسبة عشرة في المئة",
        ),
        (
            "وسيعقد الاجتماع في جنيف الأسبوع المقبل، وفقا لما ذكره المتحدث باسم المنظمة.",
            "المتحدث باسم المنظمة",
            "وسيعقد الاجتماع في جنيف الأسبوع المقبل",
        ),
        ("حسب ما أفاد مصدر مطلع، فإن الوفد سيصل غدا.", "مصدر مطلع", "فإن الوفد سيصل غدا"),
    ],
)
def test_attributions(quote_nlp: Pipeline, text: str, speaker: str, quote: str) -> None:
    doc = quote_nlp.analyze(text)
    assert doc.quotes is not None and len(doc.quotes) == 1
    q = doc.quotes[0]
    assert (q.kind, doc.slice(q)) == ("indirect", quote)
    assert q.speaker is not None and doc.slice(q.speaker) == speaker


def test_relayed_words_belong_to_the_source_not_the_agency(quote_nlp: Pipeline) -> None:
    doc = quote_nlp.analyze("ونقلت وكالة الأنباء عن مسؤول كبير قوله إن المحادثات ستستأنف قريبا.")
    assert doc.quotes is not None and len(doc.quotes) == 1
    q = doc.quotes[0]
    assert doc.slice(q) == "إن المحادثات ستستأنف قريبا"
    assert q.speaker is not None and doc.slice(q.speaker) == "مسؤول كبير"
    assert q.speaker.attrs["via"] == "وكالة الأنباء"


def test_denial_with_a_verbal_noun_after_the_subject(quote_nlp: Pipeline) -> None:
    doc = quote_nlp.analyze("ونفى المتحدث باسم الجيش وقوع إصابات بين الجنود.")
    assert doc.quotes is not None and len(doc.quotes) == 1
    q = doc.quotes[0]
    assert doc.slice(q) == "وقوع إصابات بين الجنود"
    assert q.speaker is not None and doc.slice(q.speaker) == "المتحدث باسم الجيش"


@pytest.mark.parametrize("marks", [("'", "'"), ("‘", "’")])
def test_single_quotation_marks(quote_nlp: Pipeline, marks: tuple[str, str]) -> None:
    doc = quote_nlp.analyze(f"وقال الوزير {marks[0]}لن نتراجع عن قرارنا{marks[1]} أمام البرلمان.")
    assert doc.quotes is not None
    assert [doc.slice(q) for q in doc.quotes] == ["لن نتراجع عن قرارنا"]


def test_speaker_role_is_the_title_beside_the_name(cases: Document) -> None:
    q = _find(cases, "سنواصل العمل مع شركائنا")
    assert q.speaker is not None
    assert q.speaker.attrs["role"] == "وزير الخارجية الأردني"
    assert q.speaker.attrs["gender"] == "m"


def test_relative_clause_speaker_is_the_antecedent_when_the_verb_agrees(
    quote_nlp: Pipeline,
) -> None:
    doc = quote_nlp.analyze("وتساءل النائب عن موقف الحكومة الحالية التي تقول إن الأزمة انتهت.")
    q = _find(doc, "الأزمة انتهت")
    assert q.speaker is not None and doc.slice(q.speaker) == "الحكومة الحالية"


def test_newspaper_name_in_quotes_completes_the_speaker(quote_nlp: Pipeline) -> None:
    doc = quote_nlp.analyze('وذكرت صحيفة "الأيام" أن الحكومة ستجتمع غدا.')
    q = _find(doc, "الحكومة ستجتمع غدا")
    assert q.speaker is not None
    assert (doc.slice(q.speaker), q.speaker.canonical) == ('صحيفة "الأيام"', "الأيام")


def test_object_after_an_indefinite_speaker_is_left_out(quote_nlp: Pipeline) -> None:
    doc = quote_nlp.analyze("ووصفت صحف ألمانية الشعب الإيطالي بأنه شعب كسول.")
    q = _find(doc, "شعب كسول")
    assert q.speaker is not None and doc.slice(q.speaker) == "صحف ألمانية"


def test_quoted_name_of_the_speaker_is_not_what_was_said(quote_nlp: Pipeline) -> None:
    doc = quote_nlp.analyze(
        'وأوضح مدير المبيعات بالشركة "سامي بن علي الراشد"؛ أن الشركة ستضيف رحلات جديدة.\n'
        'وأكد "الراشد" أن الأسعار لن ترتفع.'
    )
    texts = [doc.slice(q) for q in doc.quotes or []]
    assert texts == ["أن الشركة ستضيف رحلات جديدة", "أن الأسعار لن ترتفع"]
    for q in doc.quotes or []:
        assert q.speaker is not None and q.speaker.canonical == "سامي بن علي الراشد"


def test_title_with_a_synonymous_head_links_to_the_name_given_before_it(
    quote_nlp: Pipeline,
) -> None:
    doc = quote_nlp.analyze(
        "وقال كريم ناصر مبعوث الأمم المتحدة إلى ليبيا إن المحادثات ستستمر.\n"
        'ووصف وسيط الأمم المتحدة إلى ليبيا الجولة بأنها "مثمرة وصريحة".'
    )
    q = _find(doc, "مثمرة وصريحة")
    assert q.speaker is not None
    assert (doc.slice(q.speaker), q.speaker.canonical) == (
        "وسيط الأمم المتحدة إلى ليبيا",
        "كريم ناصر",
    )


@pytest.mark.parametrize(
    "text",
    [
        'ماذا قال "سامر" في أول مقابلة له؟',  # a quoted name after the cue
        "ويُقال إن الاتفاق سيوقع قريبا.",  # a written passive: nobody speaks
    ],
)
def test_not_quotations(quote_nlp: Pipeline, text: str) -> None:
    assert quote_nlp.analyze(text).quotes == []


def test_headline_subject_comes_before_the_verb(quote_nlp: Pipeline) -> None:
    doc = quote_nlp.analyze(
        "وقال متحدث إن الطلب رسمي.", title="كوريا الشمالية تطالب اليابان بالاعتذار"
    )
    q = _find(doc, "بالاعتذار")
    assert q.speaker is not None and doc.slice(q.speaker) == "كوريا الشمالية"


def test_speaker_title_with_a_modifier_before_the_name(quote_nlp: Pipeline) -> None:
    doc = quote_nlp.analyze(
        "ونوه رئيس مجلس الأعمال بغرفة التجارة الدكتور سمير بن علي الراشد بأهمية الزيارة."
    )
    q = _find(doc, "بأهمية الزيارة")
    assert q.speaker is not None and q.speaker.canonical == "سمير بن علي الراشد"


def test_short_nominal_speaker_meets_its_full_name(quote_nlp: Pipeline) -> None:
    doc = quote_nlp.analyze(
        "أفاد المرصد السوري لحقوق الإنسان بأن مقاتلي التنظيم سيطروا على الحي.\n"
        "ووفقا للمرصد، قتل 36 من القوات الحكومية في الاشتباكات."
    )
    assert doc.quotes is not None and len(doc.quotes) == 2
    full, short = (_speaker(doc, q) for q in doc.quotes)
    assert full == ("المرصد السوري لحقوق الإنسان", "المرصد السوري لحقوق الإنسان")
    assert short[1] == "المرصد السوري لحقوق الإنسان"
