"""Quotations, the qzero pass (issue 12: a zero subject resolved to the previous speaker
while the clause's own subject stands in the sentence).

"ضد من وصفهم بالإرهابيين"، "لمواجهة ما وصفه بالعدوان": a cue with an object pronoun
after the relative "ما/من" is what the subject of the verb before called so, not what
the article's previous speaker said. A participle's subject is not a name after a
preposition ("رد على روحاني محذرا") nor the subject of a verb of another gender
("الموعد الذي حدده ماكرون قائلة")."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CALLED_CASES = [
    # The forms of dev articles (folds 0-1): the subject after the verb, after the verb
    # with a time between, and before the verb after "أن".
    (
        'وتصنف تركيا الوحدات الكردية "منظمة إرهابية". بينما دفع النظام السوري بقوات '
        'موالية له إلى عفرين لمواجهة ما وصفه بـ"العدوان".',
        "العدوان",
        "النظام السوري",
    ),
    (
        "حذرت سارة ساندرز، المتحدثة باسم البيت الأبيض، إيران من مغبة مهاجمة القنصلية. "
        'طالبت قطر، الثلاثاء، من وصفتهم بـ"دول الحصار" بالتفاوض.',
        "دول الحصار",
        "قطر",
    ),
    (
        'قال المتحدث إن الهجوم فشل. أعلنت وكالة أنباء "فارس" الإيرانية أن الحرس الثوري '
        'في البلاد شن، فجر الإثنين، "هجوما صاروخيا" على مقر من وصفهم بـ"الإرهابيين".',
        "الإرهابيين",
        "الحرس الثوري",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CALLED_CASES)
def test_what_the_clause_subject_called(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_called_by_a_verb_of_another_gender_keeps_the_speaker(nlp: Pipeline) -> None:
    # "القوات" takes a feminine verb: "وصفهم" is the sentence's speaker's word.
    text = 'قال أردوغان إن القوات ستواصل عملياتها ضد من وصفهم بـ"الإرهابيين".'
    assert speaker_of(nlp, text, "الإرهابيين") == "أردوغان"


PARTICIPLE_CASES = [
    # The form of a dev article (folds 0-1) and of an unseen ant-multisource article
    # (seed 10460).
    (
        'وقال روحاني إن إيران "تمتلك الكثير من المضائق". وكان الرئيس الأمريكي رد على '
        "روحاني محذرا من مغبة تهديد الولايات المتحدة.",
        "من مغبة",
        "الرئيس الأمريكي",
    ),
    (
        "وفي مؤتمر صحافي أعقب جولة مباحثات بين الزعيمين في باريس، أيدت ميركل الموعد "
        'الذي حدده ماكرون قائلة "علينا التوصل لنتائج بحلول حزيران/يونيو".',
        "علينا",
        "ميركل",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), PARTICIPLE_CASES)
def test_participle_subject_is_not_an_object_or_another_verbs(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker
