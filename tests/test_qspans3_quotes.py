"""Quotations missed whole on development folds 0-1 (issue 12, qspans3): attributions
whose source is a name after "بحسب ما + verb" or is left unsaid, and judgements with
the cue's object pronoun. Sentences are forms of development sentences of folds 0-1
and of unseen news; each test asserts the quotation's extent and speaker."""

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
        (
            "قبل الزعيم الكوري الشمالي الدعوة لزيارة الولايات المتحدة، بحسب ما أعلنت بيونغ يانغ.",
            "قبل الزعيم الكوري الشمالي الدعوة لزيارة الولايات المتحدة",
            "بيونغ يانغ",
        ),
        (
            "وسيعقد اللقاء بين الزعيمين في قرية بانمونجوم الحدودية، حسبما تقول كوريا الشمالية.",
            "وسيعقد اللقاء بين الزعيمين في قرية بانمونجوم الحدودية",
            "كوريا الشمالية",
        ),
    ],
)
def test_name_after_the_verb_of_an_attribution_is_its_source(
    nlp: Pipeline, sentence: str, quote: str, speaker: str
) -> None:
    """Right after the reporting verb of "بحسب ما"/"حسبما", a name of any kind (a
    place standing for its government) is the verb's subject: the source."""
    assert quote in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, quote) == speaker


def test_unsaid_source_vouches_for_the_clause_before(nlp: Pipeline) -> None:
    """ "بحسب ما كتب على صفحته": no subject after the verb, only where it was said; the
    latest speaker before who spoke is the source of the clause before it."""
    text = (
        "وقال الكاتب بهروز بوجاني إن السلطات نقلته. كما أنه كتب رسائل رسمية إلى "
        "الوزراء ورؤساء الوزراء، لكنه نادراً ما كان يحصل على رد بحسب ما كتب على "
        "صفحته في تويتر."
    )
    quote = "كما أنه كتب رسائل رسمية إلى الوزراء ورؤساء الوزراء، لكنه نادراً ما كان يحصل على رد"
    assert quote in quote_texts(nlp.analyze(text))
    assert speaker_of(nlp, text, quote) == "بهروز بوجاني"


@pytest.mark.parametrize(
    "sentence",
    [
        # و + رد: it was stated in a statement, no speaker's pronoun.
        "وسيعقد اللقاء في قرية بانمونجوم الحدودية، حسبما ورد في بيان مشترك.",
        # figures show: the subject follows past the comma and the day.
        "بدا الزعيم في هيئة مغايرة خلال زيارة لمصنع، وفق ما أظهرت، الأربعاء، صور رسمية.",
    ],
)
def test_no_unsaid_source(nlp: Pipeline, sentence: str) -> None:
    assert quote_texts(nlp.analyze(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "وهو ما اعتبره الوزير انتهاكا للقانون.",
            "انتهاكا للقانون",
            "الوزير",
        ),
        (
            "وتراجع سوقا دبي ومصر، الأمر الذي اعتبره المحللون مخالفا لحقيقة الأداء.",
            "مخالفا لحقيقة الأداء",
            "المحللون",
        ),
        (
            "وأنشأت أنقرة قاعدة عسكرية في شمال العراق، في خطوة يعتبرها مراقبون غطاءً لأطماع تركية.",
            "غطاءً لأطماع تركية",
            "مراقبون",
        ),
        (
            "بدأت مصر تجارب تشغيل القناة قبل افتتاح المشروع الذي تعتبره الحكومة المصرية "
            '"مشروعا قوميا" لتحفيز الاقتصاد المتداعي.',
            "مشروعا قوميا",
            "الحكومة المصرية",
        ),
    ],
)
def test_judgement_after_the_subject_is_what_was_said(
    nlp: Pipeline, sentence: str, quote: str, speaker: str
) -> None:
    """اعتبر with its object pronoun: the subject ends before the indefinite accusative
    (or the quotation) that judges what the pronoun stands for."""
    assert quote in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, quote) == speaker


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "وأثر هذا القرار في حضوره السياسي وفق مراقبين، لذلك فهو يدخل التنافس بعد "
            "سنوات من المقاطعة.",
            "وأثر هذا القرار في حضوره السياسي",
        ),
        (
            "وعُثر على اللوحة خلال تفتيش عشوائي، حسبما ذكرت وكالة رويترز للأنباء، حيث "
            "اكتشفها موظفو الجمارك داخل حقيبة سفر.",
            "وعُثر على اللوحة خلال تفتيش عشوائي",
        ),
    ],
)
def test_writer_clause_after_the_source_is_not_vouched_for(
    nlp: Pipeline, sentence: str, quote: str
) -> None:
    """A source followed by a comma and the writer's own clause (حيث، لذلك، وهو)
    vouches for the clause before it only."""
    assert quote in quote_texts(nlp.analyze(sentence))


def test_headline_speaker_says_the_cue_inside(nlp: Pipeline) -> None:
    """A title's named person before the colon says all that follows it; the cue read
    inside those words ("تهديدات ترامب بضرب …") gives way."""
    title = 'نصرالله: إسرائيل دخلت في "قتال مباشر" مع إيران.. وتهديدات ترامب بضرب سوريا لا تخيفنا'
    doc = nlp.analyze("وقال الأمين العام لحزب الله حسن نصرالله إن الرد قادم.", title=title)
    said = quote_texts(doc)
    assert title.split(": ", 1)[1] in said
    assert "بضرب سوريا لا تخيفنا" not in said
