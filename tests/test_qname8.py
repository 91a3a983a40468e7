"""Speaker names cut or merged (qname8, issue 12).

Three classes from an audit of unseen quotations: a body's hashtag that the tagger ran
into the name after it ("الناطق باسم #حركة_فتح أسامة القواسمي"), a rare verb with its
conjunction and future سـ grown into the name after it ("، وسيجرم نتنياهو"), and the
first noun of a title's genitive chain read as a name ("وزير حقوق الإنسان" → "حقوق").
Sentences from unseen news (ant-multisource, saudinewsnet)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


FATAH = (
    "نفى الناطق باسم #حركة_فتح أسامة القواسمي، الاثنين، كل ما تردد من أنباء عن وفاة "
    'الرئيس الفلسطيني محمود عباس.\nوكتب القواسمي على صفحته في فيسبوك أن كل "الأنباء '
    'التي تتحدث عن وفاة الرئيس عباس، إشاعات مبرمجة من جهات مشبوهة".'
)


def test_body_hashtag_is_apart_from_the_name_after_it(nlp: Pipeline) -> None:
    doc = nlp.analyze(FATAH)
    labels = {doc.slice(e): e.label for e in doc.entities}
    assert labels["حركة_فتح"] == "ORG"
    assert labels["أسامة القواسمي"] == "PER"
    assert speaker_of(nlp, FATAH, "أن كل") == "أسامة القواسمي"


NETANYAHU = (
    "ذكرت وسائل إعلام إسرائيلية أن أحد المقربين من رئيس الوزراء بنيامين #نتنياهو تحول "
    'إلى "شاهد ملك"، وسيجرم نتنياهو في مزاعم بالفساد.\nوينفي نتنياهو ارتكاب أي مخالفات '
    "ويقول إن الاتهامات هي عملية مطاردة ساحرات أوسع ضده من قبل وسائل إعلام عدائية."
)


def test_future_verb_does_not_join_the_name(nlp: Pipeline) -> None:
    assert speaker_of(nlp, NETANYAHU, "إن الاتهامات") == "نتنياهو"


def test_first_name_before_the_name_still_joins(nlp: Pipeline) -> None:
    text = "ولم يعلق رئيس الوزراء بنيامين نتنياهو على التقارير.\n" + NETANYAHU.split("\n")[1]
    assert speaker_of(nlp, text, "إن الاتهامات") == "بنيامين نتنياهو"


def test_title_genitive_is_no_name(nlp: Pipeline) -> None:
    text = (
        "وشدد وزير حقوق الإنسان اليمني على أهمية أن تكون المنظمات الإنسانية في أوائل "
        "المبادرين لزيارة المناطق المتضررة."
    )
    assert speaker_of(nlp, text, "على أهمية") == "وزير حقوق الإنسان اليمني"


def test_name_after_title_and_genitive_still_read(nlp: Pipeline) -> None:
    text = (
        "قال وزير الخارجية الأردني أيمن الصفدي إن الحكومة ستحترم مطالب الشعب، وذلك بعد "
        "أن قال المتظاهرون إنهم سيستمرون في الاحتجاج."
    )
    assert speaker_of(nlp, text, "إن الحكومة") == "أيمن الصفدي"
