"""Background acts told by a fronted month, a clause opened by كان with an old date, or
a past stretch (evbackground, issue 13; unseen news of evaudit8, seeds 11646-11648):
"وفي يوليو/تموز الماضي، اتهمت" in a February story (`history.dated_by_month`), "وكان
كلاي أدين في عام 1967 بعد رفضه القتال" (`dated_when.recalled_when`), "على مدار الفترة
الماضية … ضربات موجعة" (`span_back.recalled_by_span`). The gold codes such acts as
background (optional); the same acts told as news stay."""

from __future__ import annotations

from event_types import event_types

# unseen (BBC, 22 February 2018): the Australian police's charge of July before
CHARGED = (
    "وفي يوليو/تموز الماضي، اتهمت الشرطة الأسترالية شقيقين، بالتورط في مخطط مزعوم "
    "لتفجير الطائرة الإماراتية، التي كانت مسافرة من سيدني إلى دبي."
)
# unseen (BBC, 8 June 2018): Muhammad Ali's refusal to fight in 1967
REFUSED = "وكان كلاي أدين في عام 1967 بعد رفضه القتال في حرب فيتنام."
# unseen (evaudit8, jawharafm): blows struck over the past stretch
STRUCK = (
    "ونجحت قوات الجيش على مدار الفترة الماضية في توجيه ضربات موجعة للجماعات "
    "الإرهابية المسلحة، بعد تدمير أعداد كبيرة من مخازن الأسلحة والذخيرة."
)


def test_a_month_fronting_the_verb_months_back_is_background(nlp):
    assert event_types(nlp, CHARGED, "2018-02-22") == []


def test_a_month_fronting_the_verb_weeks_back_stays_told(nlp):
    assert event_types(nlp, CHARGED, "2017-08-10") != []


def test_a_clause_opened_by_kana_with_an_old_year_is_background(nlp):
    assert "REJECT" not in event_types(nlp, REFUSED, "2018-06-08")


def test_the_same_clause_without_kana_stays_told(nlp):
    told = REFUSED.replace("وكان كلاي أدين", "وأدين كلاي")
    assert "REJECT" in event_types(nlp, told, "2018-06-08")


def test_acts_summed_over_a_past_stretch_are_background(nlp):
    assert "ASSAULT" not in event_types(nlp, STRUCK, "2018-05-10")


def test_acts_of_the_past_days_stay_told(nlp):
    days = STRUCK.replace("على مدار الفترة الماضية", "خلال الأيام الماضية")
    assert "ASSAULT" in event_types(nlp, days, "2018-05-10")
