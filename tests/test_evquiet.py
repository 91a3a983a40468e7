"""Acts between officials in quiet sections (evquiet, issue 13; evaudit9's missed acts
of a Jawhara FM sport story): in a sport or economy article a meeting, sanction,
refusal, charge or demand whose two sides are officials or governing bodies stays an
event (events/quiet_sections.py); a match, a player's act or one body read on both
sides does not."""

from __future__ import annotations

from rasd.document import Document, Event


def _events(nlp, text: str, title: str = "", cat: str = "sport") -> tuple[Document, list[Event]]:
    """The article analysed as the news reader does: its first paragraph is its abstract."""
    abstract = text.split("\n")[0] if title else ""
    doc = nlp.analyze(text, title=title, abstract=abstract, meta={"cat": cat})
    return doc, doc.events or []


def _sides(doc: Document, event: Event) -> tuple[str, str]:
    return tuple(doc.slice(m) if m else "" for m in (event.source, event.target))  # type: ignore[return-value]


def test_a_minister_meeting_a_club_president_in_a_sport_section(nlp):
    # Jawhara FM, 2017 (JA-sport-1015, fresh seed 11841), as filed, typos kept
    title = "ماجدولين الشارني تلتقي خماخم بحضور السلامي و جراية"
    text = (
        "تجتمع حاليا وزيرة الشباب و الرياضة ماجدولين الشارني برئيس النادي الرياضي "
        "الصفافسي منصف خماخم للحديث حول العقوبة المسلطة المسلطة على هذا الاخير من قبل "
        "المنتب الجامعي و القاضية بتجميد مشاطه مدى الحياة على خلفية أحداث مقابلة "
        "الكلاسيكو الشهيرة أمام النجم الرياضي الساحلي .\n"
        "و وصل منصف خماخم إلى مقر الوزارة مرفوقا بكل من منصف السلامي و شفيق جراية . "
        "و لم تصدر أية توضيحات بخصوص الغاية من الإجتماع ولا بخصوص مشاركة السلامي و "
        "جراية فيه ."
    )
    doc, events = _events(nlp, text, title)
    meetings = [_sides(doc, e) for e in events if e.type == "CONSULT"]
    assert ("وزيرة", "منصف خماخم") in meetings


def test_a_club_president_titled_earlier_charging_the_federations_president(nlp):
    # Jawhara FM, 2017 (JA-sport-1012, evaudit9 seed 11804): coded with the section
    # politic, dropped with sport before
    title = "تفاصيل الإجتماع بين وزيرة الشباب والرياضة ومنصف خماخم"
    text = (
        "إنتهى منذ قليل الإجتماع الذي دار بين وزيرة الشباب والرياضة ماجدولين الشارني "
        "ورئيس النادي الصفاقسي منصف خماخم بحضور كل من منصف السلامي وشفيق جراية والناصر "
        "نجاح، وكان مخصصا لبيان موقف الفريق من العقوبة المسلطة على خماخم من قبل المكتب "
        "الجامعي لكرة القدم والقاضية بتجميد نشاطه مدى الحياة.\n"
        "وأكدت بعض المصادر المقربة من هيئة النادي الصفاقسي أنه تم خلال الإجتماع إعلام "
        "الوزيرة برفض العقوبة الصادرة عن المكتب الجامعي. وأوضح خماخم أنه سيمتثل لقرار "
        "التجميد وسيحيل بعض المهام إلى أعضاء الهيئة المديرة إلى حين تقديم طعن رسمي لدى "
        "لجنة الإستئناف، مشيرا إلى أن لجنة قانونية موسعة ستشرع إبتداء من اليوم في دراسة "
        "الملف بشكل دقيق وتحديد الخطوات اللاحقة التي سيتم إتباعها في صورة رفض الطعن في "
        "مرحلة الإستئناف. كما جدد خماخم خلال الإجتماع إتهام رئيس الجامعة وديع الجريء "
        "بإعتماد سياسة المكيالين في التعامل مع الأندية وتمسكه بسحب الثقة من المكتب الجامعي."
    )
    doc, events = _events(nlp, text, title)
    charges = [_sides(doc, e) for e in events if e.type == "DISAPPROVE"]
    assert ("خماخم", "رئيس الجامعة وديع الجريء") in charges
    # the refusal of the appeal ("رفض الطعن") is no act between officials: still out
    assert "REJECT" not in [e.type for e in events]


def test_fifa_asking_a_national_federation_in_a_sport_section(nlp):
    # Sky News Arabia, 2018 (SK-sport-1200, fresh seed 11843)
    text = (
        'وأضاف "طلب الفيفا معلومات إضافية من الاتحاد السعودي لكرة القدم قبل الإدلاء '
        'بأي تعليق"، وفق ما نقلت "فرانس برس".'
    )
    doc, events = _events(nlp, text)
    demands = [_sides(doc, e) for e in events if e.type == "DEMAND"]
    assert ("الفيفا", "الاتحاد السعودي لكرة القدم") in demands


def test_a_player_refusing_fifa_stays_out(nlp):
    # Jawhara FM (design seed 11835): a player is no official
    text = "ميسي يرفض المثول أمام الفيفا من أجل تخفيف عقوبته"
    _, events = _events(nlp, text)
    assert "REJECT" not in [e.type for e in events]


def test_a_match_is_no_meeting(nlp):
    # Jawhara FM (design seed 11835): "لقاء" between two clubs is a match
    text = "الرابطة الثانية: أولمبيك مدنين يواجه الرالوي في لقاء متأخر"
    _, events = _events(nlp, text)
    assert "CONSULT" not in [e.type for e in events]


def test_one_body_on_both_sides_is_no_meeting(nlp):
    # Jawhara FM (design seed 11835): a committee's own meeting
    _, events = _events(nlp, "إجتماع للجنة الدعم بالنجم الساحلي")
    assert "CONSULT" not in [e.type for e in events]
