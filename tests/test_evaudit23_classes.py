"""Event classes from the audit of unseen articles (evaudit23, seeds 10050 and 10051):
cold, heat and snow are disasters (events/data/words.tsv "disasters"): a death told
with them ("لقي ثلاثة أشخاص مصرعهم … جراء انخفاض درجات الحرارة") or snow that
"besieges" travellers ("حاصرتهم الثلوج") is no attack; missiles launched in a sentence of tests ("أجرت 5 تجارب
نووية وأطلقت عددا من الصواريخ") were tested (events/attributes.tested)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Sky News Arabia, 2018 (audit, seed 10051): three deaths coded as attacks
        "لقي ثلاثة أشخاص مصرعهم في صربيا وسلوفينيا، جراء انخفاض درجات الحرارة منذ مطلع "
        "الأسبوع الجاري في منطقة البلقان.",
        "وذكرت وسائل إعلام سلوفينية أن شخصًا لقي مصرعه في مدينة ماريبور شمال شرق البلاد، "
        "بسبب انخفاض درجات الحرارة.",
        # Jawhara FM, 2017 (unseen, 1,500 articles naming cold, heat or snow)
        "دعا نائب مجلس الشعب عن حزب صوت الفلاحين، فيصل التبيني إلى التدخل السريع لفك العزلة "
        "عن عدد من الأرياف والمناطق في ولاية جندوبة ومساعدة المتضررين الذين حاصرتهم الثلوج.",
    ],
)
def test_a_death_or_siege_by_the_weather_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_a_reply_is_no_cold(nlp):
    # a bare برد is "with a reply": the attack beside it stays one
    text = "وتوعد الجيش برد قاس بعد أن قتل مسلحون خمسة جنود في هجوم على حاجز أمني."
    assert "ASSAULT" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM, 2017 (audit, seed 10050)
        "وسبق لبيونغيانغ أن أجرت 5 تجارب نووية وأطلقت عددا من الصواريخ الباليستية.",
        # Sky News Arabia, 2018 (unseen, 200 articles telling a launch beside a test)
        "في تجربة هي الأولى من نوعها، أطلقت غواصة نووية روسية بنجاح، الثلاثاء، أربعة صواريخ "
        "بالستية عابرة للقارات.",
    ],
)
def test_a_launch_told_with_tests_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_a_launch_at_a_town_is_still_an_attack(nlp):
    text = "وأطلقت حركة حماس عشرات الصواريخ على مدينة عسقلان جنوب إسرائيل مساء السبت."
    assert "ASSAULT" in event_types(nlp, text)
