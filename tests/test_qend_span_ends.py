"""Where a reported clause ends (issue 12, spans too long): at a second act of speech
with content of its own, at a new subject and its cue after a comma, at the writer's
"وهو ما" comment, and at the end of the clause an attribution stands in. Sentences
from development-part articles (folds 0 and 1) of benchmarks/news-gold."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        # a finite cue after a closing mark, with its object and its preposition
        (
            'ودعا إلى "وقف فوري للتصعيد العسكري" وحث جميع الأطراف على الالتزام بإيقاف '
            'إطلاق النار ك "أولوية".',
            "وقف فوري للتصعيد العسكري",
            "على الالتزام بإيقاف إطلاق النار",
        ),
        # "، كما أكد" with a bare verbal noun
        (
            'اتهم رئيس السلطة الفلسطينية محمود عباس (أبومازن)، الأربعاء، حركة "حماس" '
            "بأنها ليس لديها النية لإجراء المصالحة الفلسطينية الداخلية، كما أكد رفضه لما "
            'يُوصف إعلاميا بـ"صفقة القرن"',
            "بأنها ليس لديها النية لإجراء المصالحة الفلسطينية الداخلية",
            "رفضه لما يُوصف إعلاميا",
        ),
        # "لكنه أكد" with a phrase of time before its preposition
        (
            "من جانبه، قال وزير المالية اللبناني علي حسن خليل اليوم الجمعة إن مؤتمر باريس "
            "مثل إشارة إيجابية لبلاده، وإن تعهدات المانحين خلال المؤتمر مشجعة، لكنه أكد في "
            "الوقت ذاته على ضرورة التوظيف الجيد لتلك الأموال.",
            "إن مؤتمر باريس مثل إشارة إيجابية لبلاده، وإن تعهدات المانحين خلال المؤتمر مشجعة",
            "على ضرورة التوظيف الجيد لتلك الأموال",
        ),
        # a new subject with لكن after a comma, then its cue
        (
            "ويستبعد الهاشمي أن تجد الحكومة الحالية حلا للأزمة، على اعتبار أنها لا تملك "
            "عصا سحرية وبالنظر إلى تعقد مشكلات البنية التحتية واستشراء الفساد الذي ينال من "
            "موارد العراق، لكن الباحث يؤكد أن الفساد لا يرتبط بالحكومة الحالية، وإنما "
            "بحكومات أخرى سابقة تتحمل جزءًا من المسؤولية في مراكمة إرث ثقيل.",
            "أن تجد الحكومة الحالية حلا للأزمة، على اعتبار أنها لا تملك عصا سحرية وبالنظر "
            "إلى تعقد مشكلات البنية التحتية واستشراء الفساد الذي ينال من موارد العراق",
            "أن الفساد لا يرتبط بالحكومة الحالية",
        ),
    ],
)
def test_second_act_of_speech_ends_the_clause(
    nlp: Pipeline, sentence: str, first: str, second: str
) -> None:
    texts = quote_texts(nlp.analyze(sentence))
    assert any(first in t and second not in t for t in texts), texts
    assert any(t.startswith(second) for t in texts), texts


def test_new_subject_with_fa_ends_the_clause(nlp: Pipeline) -> None:
    sentence = (
        "وأوردت الصحيفة أن عددا من القادة والمسؤولين قصدوا مؤخرا موسكو حتى يناقشوا "
        "قضايا تهم الشرق الأوسط، فرئيس الوزراء الإسرائيلي بنيامين نتنياهو قال مثلا إنه "
        "حريص على الحديث مع بوتن بشكل مباشر دون وسطاء."
    )
    texts = quote_texts(nlp.analyze(sentence))
    assert (
        "أن عددا من القادة والمسؤولين قصدوا مؤخرا موسكو حتى يناقشوا قضايا تهم الشرق الأوسط" in texts
    ), texts


def test_which_is_what_after_a_verbal_noun_is_the_writers(nlp: Pipeline) -> None:
    sentence = (
        "كما اتهمت الحكومة الفنزويلية المعارضة بتدبير الحادث، وهو ما يثير مخاوف كثيرين "
        "من حملة قمع حكومية جديدة ضد المعارضة."
    )
    assert quote_texts(nlp.analyze(sentence)) == ["بتدبير الحادث"]


def test_which_is_what_stays_in_a_complement_clause(nlp: Pipeline) -> None:
    # After أن the comment is the speaker's own (news-gold keeps it): the clause runs on.
    sentence = (
        "موازاة مع ذلك، يرى الموسوي أن جهات خارجية تسعى إلى الاستفادة من الغضب الشعبي "
        "واستغلال حالة النقمة، وهو ما يحول المنطقة العراقية إلى مسرح لصراعات دولية، كما "
        "يرجح الباحث أن ثمة جهة تريد الضغط على مكونات سياسية وإصلاحية."
    )
    texts = quote_texts(nlp.analyze(sentence))
    assert any("وهو ما يحول المنطقة العراقية" in t for t in texts), texts


def test_attributed_clause_ends_with_its_clause(nlp: Pipeline) -> None:
    sentence = (
        "ومن شأن هذا القرار أن يُفيد سكان المنطقة، بحسب ما أشار إليه حيدر، مضيفاً أنه "
        '"ليس هناك أحد يمكنه التدخل لإيقاف هذا القرار، وليس حتى حزب الله.'
    )
    texts = quote_texts(nlp.analyze(sentence))
    # The gold ends an attributed clause before "، بحسب ما …" (78 of 79 on folds 0-1).
    assert "ومن شأن هذا القرار أن يُفيد سكان المنطقة" in texts, texts
