"""What was said after a parenthesis that closes the subject (an acronym, a translation,
an age): the cue's preposition there opens it as right after the subject ("وأعربت
منظمة الصحة العالمية (WHO) عن قلقها"). Sentences of unseen news articles (seeds
10740-10749 of construction_quotes.py).
"""

from __future__ import annotations

from conftest import Said


def test_preposition_after_an_age(said: Said) -> None:
    text = (
        "من جهته، عبر الميكانيكي سوريندر سينغ (60 عاما) عن تذمره من الوضع المعيشي في "
        "قطر، وقال إنه لم يواجه أبدا مثل هذا الإذلال."
    )
    quotes = said(text)
    assert quotes[0][0] == "عن تذمره من الوضع المعيشي في قطر"
    assert "سوريندر سينغ" in (quotes[0][1] or "")


def test_preposition_after_an_acronym(said: Said) -> None:
    text = (
        "ألمح الاتحاد الأوروبي لكرة القدم (يويفا) إلى إمكانية حرمان فريق ميلان الإيطالي "
        "من المشاركة ببطولة الدوري الأوروبي."
    )
    quotes = said(text)
    assert [q for q, _ in quotes] == [
        "إلى إمكانية حرمان فريق ميلان الإيطالي من المشاركة ببطولة الدوري الأوروبي"
    ]
    assert "الاتحاد الأوروبي لكرة القدم" in (quotes[0][1] or "")


def test_preposition_before_that_opens_it(said: Said) -> None:
    # Before, the complementizer after "إلى" opened the quotation.
    text = "وأشارت وكالة الأنباء السورية (سانا) إلى أن الأسد ستتلقى العلاج في مستشفى عسكري."
    assert [q for q, _ in said(text)] == ["إلى أن الأسد ستتلقى العلاج في مستشفى عسكري"]


def test_a_bare_noun_after_the_parenthesis_is_no_quotation(said: Said) -> None:
    # "بعيد" is when he spoke; the quotation marks still give what was said.
    text = (
        "وإلى الجنوب، في محافظة البصرة تحديدا، أكد مفوض المرور حسن محمد (48 عاما) بعيد "
        'الإدلاء بصوته "نريد التغيير، نريد شيئا جديدا، ولدينا أمل".'
    )
    assert [q for q, _ in said(text)] == ["نريد التغيير، نريد شيئا جديدا، ولدينا أمل"]


def test_not_a_verb_that_never_goes_without_its_object(said: Said) -> None:
    # اُتُّهِم: he was charged, he did not speak.
    text = (
        "واتهم فيليبو لومباردي (20 عاما) باللجوء إلى العنف والتسبب في إصابة الضحية "
        "بجروح وإصابات جسدية خطيرة."
    )
    assert not any("لومباردي" in (s or "") for _, s in said(text))


def test_not_an_object_after_a_verb_whose_subject_stands_before(said: Said) -> None:
    text = (
        "وكان ترامب قد طالب منظمة البلدان المصدرة للبترول (أوبك) بخفض أسعار الوقود. "
        "وتراجعت أسعار النفط."
    )
    assert not any("أوبك" in (s or "") or "منظمة" in (s or "") for _, s in said(text))
