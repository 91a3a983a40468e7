"""An abstract that the first paragraph repeats tells its acts once, and two verbs in two
sentences tell two acts (helper evtold, events/merging.py). The sentences are the opening
of a dev article (news-gold FR-internationalNews-1366, folds 0-1): Pompeo's threat to
Iran and his warning to European companies, told in the abstract and again in the body."""

from __future__ import annotations

from rasd.events.merging import told_again

TITLE = 'بومبيو للأوروبيين: الشركات التي ستتعامل مع إيران "ستحمل مسؤولية" ذلك'
THREAT = (
    "توعد وزير الخارجية الأمريكي مايك بومبيو الاثنين إيران قائلا "
    '"لن تكون بعد الآن مطلقة اليد للهيمنة على الشرق الأوسط"، معلنا إستراتيجية جديدة '
    "تتضمن 12 بندا وتشكل ضغطا كبيرا على طهران."
)
WARNING = (
    "وحذر بومبيو بشدة الشركات الأوروبية التي ستستمر في القيام بأعمال تجارية في إيران "
    'في قطاعات محظورة بموجب العقوبات الأمريكية من أنها "ستتحمل المسؤولية".'
)
NEXT = (
    'هددت واشنطن طهران بفرض عقوبات "غير مسبوقة" إذا لم تلتزم بشروطها القاسية للتوصل '
    'إلى "اتفاق جديد" موسع بعد الانسحاب الأمريكي المثير للجدل من الاتفاق النووي مع إيران.'
)
BODY = f"{THREAT} {WARNING}\n{NEXT}"


def _threats(doc) -> list[tuple[str, str]]:
    return [
        (e.attrs.get("trigger", ""), doc.slice(e.source) if e.source else "")
        for e in doc.events
        if e.type == "THREATEN"
    ]


def test_the_abstract_sentences_are_paired_with_their_copies(nlp):
    doc = nlp.analyze(BODY, title=TITLE, abstract=f"{THREAT} {WARNING}")
    copies = told_again(doc)
    assert len(copies) == 2
    for lead, copy in copies.items():
        first, again = doc.sentences[lead], doc.sentences[copy]
        assert doc.text[first.start : first.end] == doc.text[again.start : again.end]


def test_an_abstract_cut_short_is_still_a_copy(nlp):
    doc = nlp.analyze(BODY, title=TITLE, abstract=f"{THREAT} {WARNING[:70]}…")
    assert len(told_again(doc)) == 2


def test_a_lead_that_the_body_does_not_repeat_has_no_copy(nlp):
    doc = nlp.analyze(f"{WARNING}\n{NEXT}", title=TITLE, abstract=THREAT)
    assert told_again(doc) == {}


def test_the_warning_told_twice_is_one_event(nlp):
    doc = nlp.analyze(BODY, title=TITLE, abstract=f"{THREAT} {WARNING}")
    triggers = [trigger for trigger, _ in _threats(doc)]
    assert triggers.count("حذر") == 1
    assert "توعد" in triggers


def test_two_verbs_in_two_sentences_are_two_acts(nlp):
    # the quoted warning no longer absorbs the threat of the sentence before
    triggers = [trigger for trigger, _ in _threats(nlp.analyze(f"{THREAT} {WARNING}"))]
    assert sorted(triggers) == ["توعد", "حذر"]
