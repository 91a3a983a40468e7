"""A person named after an occupation title (`rasd.ner.occupation_names`): the surname
written with the article (`rasd.ner.article_surnames`), and noun phrases after a title
that name no one. Real sentences of unannotated news (SaudiNewsNet and ant-multisource,
design seeds 20261586-20261590 of the entjob2 audit, and the lead's reading of
ant-multisource), through the whole `ner` stage."""

from __future__ import annotations

import pytest

from rasd.ner.article_surnames import article_surname
from rasd.pipeline import Pipeline
from test_entjob import _persons


@pytest.fixture(scope="module")
def tagging() -> Pipeline:
    return Pipeline(["text", "ner"])


def test_mined_surnames_are_family_names_not_adjectives():
    assert all(map(article_surname, ("القحطاني", "الحربي", "العتيبي", "الغامدي")))
    assert not any(map(article_surname, ("السعودي", "الجديد", "الراحل", "العهد")))
    assert not article_surname("والحربي")  # a proclitic before the article: a new phrase


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'وعن المسلسل قالت المصادر: "سيشهد العمل الذي يشرف عليه الكاتب خلف الحربي '
            "تنوعاً في الحلقات.",
            "خلف الحربي",
        ),
        (
            "أوضحت لـ«صحتك» رئيسة اللجنة العلمية للفعاليات استشارية أمراض المخ والأعصاب "
            "الدكتورة حصة العتيبي أن مرض التصلب العصبي المتعدد من الأمراض العصبية التي "
            "ازدادت شيوعا في الفترة الأخيرة في منطقة الخليج.",
            "حصة العتيبي",
        ),
        (
            "ثم ألقى الشاعر مشوح الشمري قصيدة نبطية بهذه المناسبة لاقت استحسان الحضور ، "
            "ثم تناول الجميع طعام الإفطار.",
            "مشوح الشمري",
        ),
    ],
)
def test_a_surname_with_the_article_ends_the_name_after_a_title(tagging, text, name):
    persons = _persons(tagging, text)
    assert name in persons
    assert name.split()[0] not in persons  # not the given name alone


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (  # a noun and its adjective, written again without the title
            "ادّعت عائلة #برينس على مستشفى في #شيكاغو بسبب خطأ مهني، متهمة إياه بعدم تحليل "
            "الحبوب التي أدت إلى تناول الفنان جرعة زائدة من المسكنات أودت بحياته.\n"
            "وبعد أسبوع في 21 نيسان/إبريل 2016، توفي برينس في دارته بايزلي بارك (مينيسوتا) "
            "إثر جرعة زائدة تسببت بها مجددا هذه الحبوب.",
            "جرعة",
        ),
        (  # the same after the club's short name
            "إنهزم النجم الرياضي الساحلي أمام الأولمبي الباجي بهدف لصفر في إطار مقابلة ودية "
            "دارت صباح اليوم بمركب الفريق.\nو يجري النجم مقابلة ودية ثانية مساء اليوم تجمعه "
            "بالملعب القابسي إنطلاقا من الساعة الثالثة بالملعب الأولمبي بسوسة.",
            "مقابلة",
        ),
        (  # written again with the article: another phrase, not the name again
            "يفكك الشاعر عناصر طفولته عنصرا عنصرا، فيبدأ بالأب في قصيدة «حراس النوم».\n"
            "إن جمالية القصيدة تبنى على جماليات استعادة عناصر الطفولة، فما أن يلمسها "
            "الحنين حتى تتحول إلى عوالم قائمة بذاتها ودلالاتها.",
            "طفول",
        ),
    ],
)
def test_a_phrase_repeated_after_a_title_is_no_name(tagging, text, word):
    assert not any(word in p for p in _persons(tagging, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "زيادة الضغط على الشعب دفعت المواطنين الأردنيين إلى الانفجار، هكذا استهل الكاتب "
            "سلامة كيلة مقالا له في صحيفة العربي الجديد.",
            "سلامة",
        ),
        (
            'وأضاف: "سيشهد العمل مشاركة الفنانة شمس الكويتية التي ستشارك في تمثيل دور مغنية".',
            "شمس",
        ),
    ],
)
def test_a_listed_given_name_before_a_feminine_word_or_a_nisba_stays(tagging, text, name):
    assert any(p.startswith(name) for p in _persons(tagging, text))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "وتحدث الصعب بأنه تواصل مع اللاعب نهاية الأسبوع الماضي، ولكن اللاعب تعذر "
            "بحدوث بعض الاشكاليات في عمله.",
            "نهاية",
        ),
        ('قائلا "هو احنا ناقصين لجان؟"، مؤكدا أن الفنان رقيب على نفسه.', "رقيب"),
    ],
)
def test_a_listed_noun_after_a_title_is_no_name(tagging, text, word):
    assert word not in _persons(tagging, text)
