"""Survey respondents as speakers with the percentage written in words (issue 12,
qfinding2): "قال 44 في المئة ممن شملهم الاستطلاع إنهم" is the respondents' words, the share
with the group it is of, as "قال 45٪ من المستطلعين" already was; a share word with no
percentage ("أكثر من النصف") names no group. Sentences from
unseen news articles (ant-multisource, saudinewsnet; not annotated)."""

from __future__ import annotations

from conftest import Said


def test_a_share_in_words_of_those_the_survey_reached_speaks(said: Said) -> None:
    text = (
        'وفي استطلاع أجرته مؤسسة إيفوب لاستطلاعات الرأي لحساب صحيفة "جورنال دو ديمانش"، '
        "قال 44 في المئة ممن شملهم الاستطلاع إنهم راضون عن ماكرون بتراجع ست نقاط عن "
        "الاستطلاع السابق الذي أجرته إيفوب في يناير."
    )
    found = dict(said(text))
    quote = next(q for q in found if q.startswith("إنهم راضون"))
    assert found[quote] == "44 في المئة ممن شملهم الاستطلاع"


def test_a_share_in_words_and_its_group_speak(said: Said) -> None:
    text = (
        "وفي بداية الدراسة، قال 13,1 في المائة من المشاركين إنهم يأكلون البيض كل يوم، "
        "في حين قال 9,1 في المائة إنهم نادرا ما يتناولون البيض."
    )
    found = dict(said(text))
    assert found["إنهم يأكلون البيض كل يوم"] == "13,1 في المائة من المشاركين"
    assert found["إنهم نادرا ما يتناولون البيض"] == "9,1 في المائة"


def test_a_bare_share_in_words_speaks_not_the_survey(said: Said) -> None:
    text = (
        "وفي استطلاع أجري عام 2009، قال 77 في المائة إنهم يربطون هويتهم بقوة ببريطانيا، "
        "مقارنة بـ51 في المائة من سكان البلاد."
    )
    speakers = {speaker for quote, speaker in said(text) if quote.startswith("إنهم يربطون")}
    assert speakers == {"77 في المائة"}


def test_a_share_in_words_of_a_plural_group_speaks(said: Said) -> None:
    text = (
        "وجاء في ذات الدراسة الاستطلاعية أن 35 بالمائة من المستجوبين يجهلون هويات أعضاء "
        "المجلس البلدي بمنطقتهم. كما اعتبر أكثر من 64 بالمائة من التونسيين في هذا "
        "الاستطلاع أن اعضاء البلدية لا يمثلون مصالح المواطنين بالمجالس البلدية."
    )
    found = dict(said(text))
    quote = next(q for q in found if q.startswith("أن اعضاء البلدية"))
    assert found[quote] == "أكثر من 64 بالمائة من التونسيين"


def test_a_share_word_without_a_percentage_names_no_group(said: Said) -> None:
    text = (
        "وعند سؤالهم عن فريق الإدارة العليا للشركة، قال أكثر من النصف (50,9٪) أنهم راضون "
        "تماماً عنه، في حين أن الربع تقريباً راضون إلى حد ما."
    )
    speakers = {speaker for quote, speaker in said(text) if quote.startswith("أنهم راضون")}
    assert speakers == {"أكثر من النصف"}


def test_a_share_in_words_of_them_speaks(said: Said) -> None:
    text = (
        "وأظهر الاستطلاع أن 7 من كل 10 أشخاص، من بين 26 ألف شخص تم استطلاع رأيهم في الدول "
        "الخمس والعشرين، عدم ثقتهم بترامب، فيما قال 52 في المئة منهم إنهم يثقون بميركل."
    )
    found = dict(said(text))
    assert found["إنهم يثقون بميركل"] == "52 في المئة منهم"
