"""An attribution frame between commas after a whole clause, followed by a new clause
or by more about its source, ends the quotation it vouches for (issue 12, qinside):
"…، بحسب ما أعلنه مكتب رئيس الحكومة، بعد ساعات على …"; the source still speaks. A
frame before the clause's content, or after a cue awaiting its words, keeps it whole.
Sentences from unseen news articles (not annotated)."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (  # a time phrase after the frame
            "قدم وزير الاقتصاد اليوناني استقالته في ساعة مبكرة، الثلاثاء، بحسب ما أعلنه "
            "مكتب رئيس الحكومة، بعد ساعات على إقالة زوجته من منصبها وزيرة دولة.",
            "قدم وزير الاقتصاد اليوناني استقالته في ساعة مبكرة، الثلاثاء",
            "مكتب رئيس الحكومة",
        ),
        (  # the writer's consequence
            "هاجم مجهولون السفارة التركية في العاصمة الدنماركية كوبنهاغن بزجاجات حارقة، "
            "الاثنين، وفق ما أعلنت الشرطة، مما تسبب بأضرار ضئيلة في واجهة المبنى دون "
            "وقوع إصابات.",
            "هاجم مجهولون السفارة التركية في العاصمة الدنماركية كوبنهاغن بزجاجات حارقة، الاثنين",
            "الشرطة",
        ),
        (  # the source's title
            "حصل والدا ميلانيا ترامب، سيدة الولايات المتحدة الأمريكية الأولى، على الجنسية "
            "الأمريكية، الخميس، بحسب مايكل وايلدس، محامي الهجرة الخاص بها.",
            "حصل والدا ميلانيا ترامب، سيدة الولايات المتحدة الأمريكية الأولى، على الجنسية "
            "الأمريكية، الخميس",
            "مايكل وايلدس",
        ),
        (  # a verb after و: the writer's next clause
            'وبلغت النسبة في الإمارات 80 بالمئة، وفق "رويترز"، وجاءت تايلاند في المركز '
            "الثاني (78 بالمئة) ثم تشيلي والبرتغال وتركيا (75).",
            "وبلغت النسبة في الإمارات 80 بالمئة",
            "رويترز",
        ),
        (  # a noun of a cue's form inside the clause awaits nothing
            "إلا أن ذلك أدى إلى إثارة رد فعل، بحسب التقرير، وسُجلت زيادة كبيرة في "
            "المجموعات المتطرفة بين السود والمسلمين.",
            "إلا أن ذلك أدى إلى إثارة رد فعل",
            "التقرير",
        ),
    ],
)
def test_mid_frame_ends_the_span(nlp: Pipeline, sentence: str, quote: str, speaker: str):
    doc = nlp.analyze(sentence)
    assert quote in quote_texts(doc)
    assert speaker in speaker_of(nlp, sentence, quote[:20])


def test_items_after_the_frame_stay_its_words(nlp: Pipeline):
    # "منها" lists the initiatives the source names: more of what it vouches for.
    sentence = (
        "ويعتمد البرنامج على عدد من المبادرات، بحسب موديز، منها تخفيض الإنفاق الحكومي، "
        "وإدخال نظام التقاعد الاختياري لموظفي الحكومة."
    )
    texts = quote_texts(nlp.analyze(sentence))
    assert any("تخفيض الإنفاق الحكومي" in t for t in texts), texts


def test_frame_after_an_opening_cue_keeps_its_words(nlp: Pipeline):
    # "يقول هيرودوت": the cue's words come after the frame and its source's title.
    sentence = (
        "وأسهم الرحالة اليونانيون في ترويج نظام السخرة وإجبار الملوك لأفراد الشعب على "
        "تشييد أبنية كهرم خوفو على سبيل المثال، إذ يقول هيرودوت، حسبما أشار العالم "
        "الفرنسي نيقولا غريمال، رئيس كرسي دراسات تاريخ مصر القديم بالكوليج دو فرانس، إن "
        "الملك خوفو أغلق المعابد."
    )
    texts = quote_texts(nlp.analyze(sentence))
    assert not any(t.endswith("إذ يقول هيرودوت") for t in texts), texts
