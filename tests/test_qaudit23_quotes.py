"""Quotations, the qaudit23 pass (an audit of unseen articles, seeds 10040 and 10041).

"قال رئيس جمعية الصويا الأميركية إن …": a word in -ية right after a masculine title
cannot be the title's adjective (it would agree), so it is the noun the title governs,
and the definite word after it goes on the speaker's phrase instead of ending it.

"ووفقا لبيانات نشرها الديوان الوطني للإحصائيات، ارتفع …"، "وبحسب المعلومات التي جمعتها
"العربية نت" من مصادر …": after the verb of publishing whose pronoun is the figures, a
definite noun or a name in quotation marks is who published them, and the words
attributed start after the publisher's clause.

"وأكد مصدر في خفر السواحل أن …"، "مسؤولون في كوريا الجنوبية": a proper noun after a
preposition closes the modifier, unless the entity layer reads it on over the definite
word after it."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


GOVERNED = [
    # The audit's article (seed 10041): the speaker was "رئيس جمعية".
    (
        "من الجانب الأميركي، قال رئيس جمعية الصويا الأميركية إن الرسوم الجمركية التي "
        "فرضتها الصين على صادرات الولايات المتحدة، سيكون تأثيرها كارثياً على مزارعي "
        "الصويا الأميركيين.",
        "إن الرسوم",
        "رئيس جمعية الصويا الأميركية",
    ),
    # Unseen news: the mayor was "رئيس بلدية", the minister "وزير خارجية".
    (
        "وقال رئيس بلدية المدينة إن الشاب المدعو جيمس شو بطل.",
        "إن الشاب",
        "رئيس بلدية المدينة",
    ),
    (
        'وقال وزير خارجية الكويت في المؤتمر صحافي "علاقتنا أكبر من أن تتوقف، وقد اتخذنا '
        'إجراءات لعودة العلاقات الطبيعية ووجود سفيرين"، من دون أن يحدد موعدا لذلك.',
        "علاقتنا",
        "وزير خارجية الكويت",
    ),
    # Unseen news: a call the cut speaker had lost.
    (
        "دعا وزير خارجية الأردن أيمن الصفدي، إلى احترام الوضع التاريخي والقانوني القائم في القدس.",
        "إلى احترام",
        "أيمن الصفدي",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), GOVERNED)
def test_a_noun_a_title_governs_goes_on_the_speaker(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_an_indefinite_adjective_still_ends_the_speaker(nlp: Pipeline) -> None:
    # "مفوض أممي" agrees: an adjective, and "الحكومة" is what he urged.
    text = "وحث مفوض أممي الحكومة على الحوار مع المعارضة."
    doc = nlp.analyze(text)
    assert speaker_of(nlp, text, "على") == "مفوض أممي"
    assert quote_texts(doc)[0].startswith("على الحوار")


PUBLISHED = [
    # The audit's articles (seeds 10041 and 10040): the speakers were "بيانات"، "المعلومات".
    (
        "ووفقا لبيانات نشرها الديوان الوطني للإحصائيات، ارتفع مؤشر أسعار المستهلكين 0.6 "
        "بالمئة عن الشهر السابق في أبريل نيسان.",
        "ارتفع مؤشر",
        "الديوان الوطني للإحصائيات",
    ),
    (
        'وبحسب المعلومات التي جمعتها "العربية نت" من مصادر غربية متعددة فإن مسلسل '
        "العقوبات الاقتصادية المفروضة على إيران يشتمل ما يلي:",
        "فإن مسلسل",
        "العربية نت",
    ),
    # Unseen news: a quotation that had no speaker at all.
    (
        'وبحسب التسريبات التي نشرتها "فوربس"، سيدعم الهاتف الجديد معالج "كوالكوم" من نوع '
        '"سناب دراغون 845".',
        "سيدعم الهاتف",
        "فوربس",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), PUBLISHED)
def test_who_published_the_figures_speaks(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


WHOLE_ENTITY = [
    # The audit's article (seed 10041): the speaker was "مصدر في خفر".
    (
        "وأكد مصدر في خفر السواحل أن تحقيقاً يجري بدون أن يضيف أي تفاصيل.",
        "أن تحقيقاً",
        "مصدر في خفر السواحل",
    ),
    # Unseen news: "مسؤولون من كوريا".
    (
        "وقال مسؤولون من كوريا الجنوبية إنهم يحاولون تحديد التدريبات التي قصدها ترامب في تصريحاته.",
        "إنهم",
        "مسؤولون من كوريا الجنوبية",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), WHOLE_ENTITY)
def test_a_modifier_ends_after_the_whole_entity(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker
