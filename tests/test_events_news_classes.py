"""Classes of events the unseen news (news-gold development part) showed missing or
wrong: warnings as threats, arrests and sentences as coercion, tariffs and expelled
diplomats as sanctions, stated opposition, praise and pressure, signed agreements,
"ما" as a relative pronoun, and sources asking not to be named. Every sentence is from
a news-gold development article or the ANT corpus."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.events.speech_lexicon import SpeechActs
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def test_a_quoted_warning_is_a_threat_by_its_speaker(nlp):
    found = event_sides(
        nlp,
        "وبحسب مسؤول أمريكي بارز، حذر بولتون السفير من أن واشنطن لن تقدم أي تنازلات.",
        "THREATEN",
    )
    assert any("بولتون" in source for source, _ in found), found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "لكنه عمل في تحرير المواد، إلا أن السلطات ألقت القبض على 11 من زملائه بعد عامين.",
            "السلطات",
        ),
        (
            "وقضت محكمة عسكرية الثلاثاء الماضي بحبس الصحافي والباحث إسماعيل الإسكندراني عشر سنوات.",
            "محكمة عسكرية",
        ),
    ],
)
def test_arrests_and_prison_sentences_are_coercion(nlp, text, source):
    found = event_sides(nlp, text, "COERCE")
    assert any(source in s for s, _ in found), found


def test_tariffs_imposed_are_a_sanction(nlp):
    text = (
        "وفرضت الصين رسوما جمركية بنسبة 15% على 120 نوعا من المنتجات الأمريكية بما في ذلك الفواكه."
    )
    found = event_sides(nlp, text, "SANCTION")
    assert any("الصين" in source for source, _ in found), found


def test_expressed_opposition_is_a_disapproval(nlp):
    text = "وأعرب وقتها الرئيس الفرنسي جاك شيراك عن معارضة شديدة للتدخل العسكري."
    found = event_sides(nlp, text, "DISAPPROVE")
    assert any("شيراك" in source for source, _ in found), found


def test_a_stated_retaliation_is_a_threat(nlp):
    text = (
        "قال وزير خارجية تركيا مولود تشاووش أوغلو، الأحد، إن أنقرة سترد إذا سنت الولايات "
        "المتحدة قانونا بوقف مبيعات السلاح لها."
    )
    found = event_sides(nlp, text, "THREATEN")
    assert any("تشاووش أوغلو" in source for source, _ in found), found


def test_quoted_words_of_concern_and_condemnation_are_disapproval():
    acts = SpeechActs.load()
    # the phrase's first word may carry ب or ل
    assert acts.content_type("الولايات المتحدة تشعر بقلق بالغ إزاء قرار أنقرة") == "DISAPPROVE"
    assert acts.content_type("يوجه اللوم للولايات المتحدة وليس للعدوان الروسي. هذا أمر مشين") == (
        "DISAPPROVE"
    )
    assert acts.content_type("تدرك الدور الذي يقوم به الإخوان في هذه الحملات المغرضة") == (
        "DISAPPROVE"
    )


def test_praise_and_pressure_are_support_and_demand(nlp):
    praised = event_sides(
        nlp, "وتحدث بوتين عن أهمية تعاون البلدين سويا وأثنى على ترامب.", "SUPPORT"
    )
    assert ("بوتين", "ترامب") in praised, praised
    pressed = event_sides(
        nlp,
        "وتضغط إسرائيل والأردن وواشنطن أيضا على موسكو لإخراج المقاتلين المدعومين من إيران.",
        "DEMAND",
    )
    assert any("إسرائيل" in source for source, _ in pressed), pressed


def test_signing_an_agreement_is_agree_not_support(nlp):
    text = "وكانت تركيا وقعت اتفاقا مع روسيا في ديسمبر لشراء بطاريات صواريخ إس-400 سطح جو."
    assert ("تركيا", "روسيا") in event_sides(nlp, text, "AGREE")
    assert not event_sides(nlp, text, "SUPPORT")


def test_ma_after_a_pronoun_is_relative_not_a_negation(nlp):
    text = (
        "لكن التحالف العسكري الذي تقوده السعودية في اليمن ويقدم دعما للقوات الموالية "
        "للحكومة، يعتبر الميناء ممرا لتهريب الأسلحة ولمهاجمة سفن في البحر الأحمر، ويطالب "
        "بانسحاب الحوثيين من المدينة من دون شرط لوقف الهجوم، وهو ما يرفضه الحوثيون."
    )
    found = event_sides(nlp, text, "REJECT")
    assert any("الحوثيون" in source for source, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "لكن بحسب مصدر أمني رفيع المستوى رفض الكشف عن اسمه، فإن مستوى أعمال العنف التي تقوم "
        "بها طالبان تراجع بشكل كبير.",
        "لكن وفقا لدبلوماسي طلب عدم ذكر اسمه، فإن غوتيريش قال إنه يحتاج الى تفويض من مجلس الأمن.",
        # FR-middleEast-886 (news-gold development fold): "نشر" as well as "ذكر"
        "وقال مسؤول بالخزانة الأمريكية طلب عدم نشر اسمه إنه سيعاد فرض هذه العقوبات في الساعة 12.",
    ],
)
def test_a_source_asking_not_to_be_named_is_no_rejection_or_demand(nlp, text):
    assert not event_sides(nlp, text, "REJECT")
    assert not event_sides(nlp, text, "DEMAND")


@pytest.mark.parametrize(
    "text",
    [
        "وقتل الإعصار مايكل حوالي 13 شخصا أثناء مروره في أمريكا الوسطى، من بينهم ستة أشخاص في "
        "نيكاراغوا، وثلاثة في جمهورية السلفادور.",
        "وبدأت سرعة الرياح في الهبوط تدريجيا بالاتجاه إلى اليابسة نحو شمال شرق الولاية، لكن ستة "
        "أشخاص على الأقل قُتلوا بسبب العاصفة، أغلبهم من فلوريدا.",
    ],
)
def test_a_storm_named_as_the_killer_is_no_attack(nlp, text):
    assert not event_sides(nlp, text, "ASSAULT")


def test_a_speech_participle_is_the_speakers_act_on_the_name_after_it(nlp):
    text = (
        "وفيما يتعلق بتحذيرات الغرب من اتفاق أنقرة وموسكو على شراء بطاريات صواريخ إس-400 سطح "
        "جو، رفض تشاووش أوغلو التحذيرات، قائلا إن علاقة تركيا واتفاقاتها مع روسيا ليست بديلا "
        "لعلاقاتها مع الغرب، متهما الولايات المتحدة بمحاولة السيطرة على تحركات تركيا."
    )
    assert ("تشاووش أوغلو", "الولايات المتحدة") in event_sides(nlp, text, "DISAPPROVE")


def test_abstaining_from_a_vote_and_applying_for_citizenship_are_no_acts(nlp):
    vote = "وصوتت ثماني دول أعضاء في المجلس ضد المشروع بينما امتنعت أربع دول عن التصويت."
    assert not event_sides(nlp, vote, "REJECT")
    applied = (
        "وأكد رجل الأعمال السوري المعروف فاروق جود، وهو صاحب شركات ومعامل عدة في قطاعات "
        "الأغذية والفولاذ والمطاحن، ما ذكرته التقارير عن تجنيس أبنائه الثلاثة، مشيرا إلى أن "
        'الهدف من طلبهم الجنسية "تسهيل أعمالهم".'
    )
    assert not event_sides(nlp, applied, "DEMAND")
