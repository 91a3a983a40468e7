"""A speaker's participle listed as a trigger noun ("متهما"، "مطالبا") is an act after a
clause ("…، متهما رئيس الوزراء الكندي…") but counted people after a number ("بإعدام
17 متهما": defendants). Sentences from development articles of benchmarks/news-gold."""

from __future__ import annotations

from event_types import event_types


def test_counted_defendants_are_no_accusation(nlp):
    text = (
        "قضت المحكمة العسكرية بمحافظة الإسكندرية في مصر، الخميس، بإعدام 17 متهما وسجن 29"
        ' آخرين في وقائع "تفجير كنائس" واستهداف كمين أمني بالبلاد.'
    )
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_the_participle_after_a_clause_is_an_accusation(nlp):
    text = (
        "وكان الرئيس الأميركي قد سحب بشكل مفاجئ تأييده لبيان مشترك صدر في نهاية قمة مجموعة"
        " السبع في كندا، بسبب نزاع حول التجارة، متهما رئيس الوزراء الكندي جاستن ترودو الذي"
        " ترأس القمة بأنه غير نزيه وضعيف."
    )
    assert "DISAPPROVE" in event_types(nlp, text)
