"""Event classes from an audit of unseen articles (issue 13): a first-person verb in a
direct quotation is the speaker's act, a name inside a denied "أن" clause is no
target of the denial, a verbal noun with a pronoun ("تطويره") is never a side, a
banner's words are no one's act, and "طالب في معهد" is a student."""

from __future__ import annotations

from event_types import event_sides, event_types


def test_first_person_verb_in_a_quotation_is_the_speakers_act(nlp):
    text = (
        'وقال الرئيس التركي رجب طيب أردوغان: "أدعو المواطنين الذين لديهم حسابات بالعملة '
        'الأجنبية لتحويلها إلى الليرة التركية".'
    )
    sides = event_sides(nlp, text, "DEMAND")
    assert sides and all("أردوغان" in source for source, _ in sides)
    assert all("المواطنين" not in source for source, _ in sides)


def test_a_third_person_verb_keeps_its_subject(nlp):
    text = 'وقال المتحدث: "يدعو الرئيس المواطنين إلى الهدوء".'
    assert all("المتحدث" not in source for source, _ in event_sides(nlp, text, "DEMAND"))


def test_a_banner_says_nothing(nlp):
    text = 'ورفعت لافتة كُتب عليها بعدد من اللغات "نرحب بكم في بلدنا".'
    assert "SUPPORT" not in event_types(nlp, text)


def test_a_name_in_the_denied_clause_is_no_target(nlp):
    text = "ولكن أبل نفت أن تكون تلك التغييرات تهدف إلى إحباط تطبيق القانون في الولايات المتحدة."
    sides = event_sides(nlp, text, "REJECT")
    assert sides and all(target == "" for _, target in sides)
    assert any(source == "أبل" for source, _ in sides)


def test_a_verbal_noun_with_a_pronoun_is_no_side(nlp):
    text = (
        "وهذا يبدو متناقضاً مع الموقف الرسمي لموسكو التي نفت تطويره، وسط عاصفة دبلوماسية "
        "دولية بسبب تسميم العميل."
    )
    sides = event_sides(nlp, text, "REJECT")
    assert all("تطويره" not in source and "تطويره" not in target for source, target in sides)


def test_a_student_at_an_institute_demands_nothing(nlp):
    text = (
        "أرناف كابور طالب في معهد ماساتشوستس للتكنولوجيا MIT كان يضع سماعة على رأسه فقط "
        "حينما سألوه في برنامج 60 دقيقة على قناة CBS، أسئلة معقدة وأجاب بدقة."
    )
    assert "DEMAND" not in event_types(nlp, text)


def test_a_demand_made_in_a_speech_is_still_one(nlp):
    text = "وطالب الرئيس الفرنسي في كلمته الحكومة الإيرانية بالإفراج عن المعتقلين."
    assert "DEMAND" in event_types(nlp, text)


def test_a_student_after_a_pronoun_demands_nothing(nlp):
    text = (
        "يقول أرناف كابور، وهو طالب دراسات عليا في معهد ماساتشوستس للتكنولوجيا الذي قاد "
        "فريق تطوير النظام الجديد: إن الجهاز يسهل التفاعل مع الحواسيب."
    )
    assert "DEMAND" not in event_types(nlp, text)
