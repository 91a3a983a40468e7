"""Where a name starts in its first word: a letter that looks like a proclitic is the
name's own when the whole word is a word of its own, and a proclitic glued to a
listed name stays outside it (corpus sentences of `../shared/data/news`)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def ner() -> Pipeline:
    return Pipeline(["text", "ner"])


def _names(ner: Pipeline, sentence: str) -> set[str]:
    doc = ner.analyze(sentence)
    return {doc.slice(e) for e in doc.entities or []}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "قال الكاتب و الإعلامي الفلسطيني بسام برهوم إن ما تمرّ به الأمة العربية من "
            "حالة تمزّق وانشغال بشؤونها الداخلية أثّر مباشرة على موقع القضية الفلسطينية",
            "بسام برهوم",
        ),
        (
            "اتهم رئيس حزب الشعب الجمهوري المعارض في تركيا، كمال كيليجدار أوغلو، رئيس "
            "البلاد رجب طيب أردوغان، باستغلال قضية القس الأميركي المعتقل أندرو برانسون",
            "كمال كيليجدار أوغلو",
        ),
    ],
)
def test_a_frequent_word_keeps_its_first_letter(ner, sentence, name):
    # The segmenter splits "ب" from "بسام" and "ك" from "كمال"; the news shows the
    # whole words about as often as their rests ("سام", "مال"), so they are words.
    assert name in _names(ner, sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "وقال مسؤولون لبي بي سي إن الرياح هبت بسرعة 130 كيلومترا في الساعة، وهو ما "
            "تسبب في انهيار العمودين",
            "بي بي سي",
        ),
        (
            "وقد شغل منذ سنة 1989 إلى غاية سنة 2004 عددا من المواقع الأخرى بما فيها "
            "البعثات الخارجية في كل من برازيليا، دمشق، تونس، وتل أبيب بالإضافة إلى عمله",
            "تل أبيب",
        ),
    ],
)
def test_a_proclitic_glued_to_a_listed_name_stays_outside(ner, sentence, name):
    names = _names(ner, sentence)
    assert name in names
    assert not any(n.endswith(name) and n != name for n in names)


def test_a_proclitic_before_a_frequent_place_is_split_off(ner):
    # "وليتوانيا" is frequent in lists of places, but less than twice "ليتوانيا".
    names = _names(ner, "وقعت الاتفاقية دول البلطيق الثلاث إستونيا ولاتفيا وليتوانيا.")
    assert "ليتوانيا" in names or "لاتفيا" in names
    assert not names & {"ولاتفيا", "وليتوانيا"}


def test_a_name_split_into_two_proclitics_keeps_them(ner):
    # The segmenter reads "وليام" as "و" + "ل" + "يام"; the news writes the whole word
    # ten times as often as "ليام", so it is the name William.
    names = _names(
        ner,
        "وصل الأمير وليام نجل ولي العهد البريطاني الأمير تشارلز إلى الأردن، الأحد، في "
        "مستهل رحلة تاريخية في الشرق الأوسط",
    )
    assert "وليام" in names
    assert "يام" not in names


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "وسبق لفيدال أن لعب في الدوري الألماني وتحديدا مع باير ليفركوزن، علما أنه توج "
            "أخيرا مع منتخب بلاده بطلا لكوبا أميركا.",
            "باير ليفركوزن",
        ),
        (
            'ويمتلك لوبيتيغي "أسلحة" إسبانية عدة في كتيبته، تتمثل في إيسكو ولوكاس فاسكيز '
            'وماركو أسينسيو، وكلهم من العوامل الرئيسية في "الشكل الجديد" لريال مدريد.',
            "لوكاس فاسكيز",
        ),
        (
            'قالت صحيفة "نيويورك تايمز" الأمريكية في عددها الصادر الجمعة إن مايكل كوهين، '
            "المحامي السابق للرئيس الأمريكي دونالد ترامب، سجل خلسة حديثا تطرق فيه الرجلان "
            "إلى دفع مال لفتاة غلاف مجلة بلاي بوي سابقة، مقابل سكوتها.",
            "بلاي بوي",
        ),
    ],
)
def test_a_listed_name_keeps_the_letter_its_rest_would_lose(ner, sentence, name):
    # The segmenter splits "ب" off "باير" and "ل" off "لوكاس"; the name lists know
    # "باير" and "لوكاس" but not "اير" and "وكاس" (`clitic_names.listed_whole`).
    assert name in _names(ner, sentence)


def test_a_body_after_a_preposition_stays_outside_it(ner):
    # The segmenter splits "ل" off "لرابطة", a word no list knows: the "ل" is "of".
    sentence = (
        "جاء ذلك في البيان الذي أصدره معالي الأمين العام لرابطة العالم الإسلامي الدكتور "
        "عبدالله بن عبدالمحسن التركي. ودعا معالي الأمين العام لرابطة العالم الإسلامي في "
        "ختام بيانه بأن يحفظ الله المملكة العربية السعودية."
    )
    assert "رابطة العالم الإسلامي" in _names(ner, sentence)


def test_a_listed_feminine_noun_keeps_its_preposition_outside(ner):
    # The lists hold "لنقابة" (from a mined body's name), not "نقابة": a feminine
    # noun heading a body after "ل" "of" (`clitic_names.listed_whole`).
    sentence = (
        "أكد الكاتب العام لنقابة الإعلام، محمد السعيدي أنه تقرر تنفيذ إضراب عام يومي 1 "
        "و2 افريل المقبل بمؤسستي الإذاعة والتلفزة التونسية."
    )
    assert "نقابة الإعلام" in _names(ner, sentence)
