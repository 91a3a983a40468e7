"""Quotations, the qrows3 pass (issue 12: a reporting verb's bare object that is what was
said).

After أعلن a bare verbal noun with the announcer's own pronoun states a stance: support,
solidarity, rejection or readiness (words.tsv `own_stance`, read with `reported_fact` by
cues.tsv F in `cue_complements.prepositional`). It is what was said, like "أعلن رفضه"
for "قال إنه يرفض", unless its pronoun is someone else's (a singular pronoun that does
not agree with the verb) or the verb opens a relative clause describing its antecedent.
The sentences are from unseen ant-multisource articles (seeds 10940-10944)."""

from __future__ import annotations

from conftest import Said


def test_readiness_announced_is_what_was_said(said: Said) -> None:
    text = "من جانبه، أعلن الاتحاد الغاني لكرة القدم استعداده للتعاون مع سلطات التحقيق بشكل كامل."
    expected = ("استعداده للتعاون مع سلطات التحقيق بشكل كامل", "الاتحاد الغاني لكرة القدم")
    assert expected in said(text)


def test_rejection_announced_is_what_was_said(said: Said) -> None:
    text = "ولكن زعيم الأغلبية في مجلس الشيوخ ميتش ماكونيل أعلن مسبقا رفضه مبادرة ساندرز وزملائه."
    quotes = said(text)
    assert any(quote.startswith("رفضه مبادرة ساندرز") for quote, _ in quotes)


def test_solidarity_announced_by_a_present_verb(said: Said) -> None:
    text = "الرئيس التركي، رجب طيب أردوغان، يعلن تضامنه مع مسعود أوزيل."
    assert any(quote == "تضامنه مع مسعود أوزيل" for quote, _ in said(text))


def test_a_feminine_speaker_announces_her_support(said: Said) -> None:
    text = (
        "للمرة الأولى، كسرت المغنية تايلور سويفت صمتها عن الحديث علانية في مجال السياسة، "
        "حيث أعلنت دعمها لاثنين من أعضاء الحزب الديمقراطي قبل انتخابات التجديد النصفي "
        "للبرلمان الأمريكي (الكونغرس)."
    )
    assert any(quote.startswith("دعمها لاثنين") for quote, _ in said(text))


def test_a_dual_pronoun_after_a_verb_that_opens_its_clause(said: Said) -> None:
    text = (
        "والجمعة أنقذت في عمليتين منفصلتين 141 شخصا، نصفهم من الأطفال لكنها لقيت مجددا "
        "صعوبة في إيجاد مرفأ للرسو، بعد أن كانت أعلنت مالطا وإيطاليا رفضهما استقبال السفينة."
    )
    assert any(quote == "رفضهما استقبال السفينة" for quote, _ in said(text))


def test_a_stance_in_a_relative_clause_describes_its_antecedent(said: Said) -> None:
    text = (
        "وكان حزب المسار، غير الممثل في البرلمان، الوحيد الذي أعلن دعمه لتقرير لجنة "
        "الحريات الفردية والمساواة وتبنيه التوصيات التي تضمنها."
    )
    assert not any(quote.startswith("دعمه") for quote, _ in said(text))


def test_an_act_announced_is_not_a_stance(said: Said) -> None:
    # The noun is the act the announcement performs (README: أعلن انسحابه is an event).
    text = "وفي مايو/أيار أعلن ترامب انسحاب بلاده من الاتفاق النووي الموقع مع إيران في عام 2015."
    assert said(text) == []
