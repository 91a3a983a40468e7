"""Attributions "بحسب ما / حسب ما / وفق ما VERB X" after what was said (issue 12,
qbihasb): a time between the verb and its subject does not hide the source ("بحسب ما
أعلنت، الأحد، اللجنة"), and the verb of the frame opens no indirect quotation of its own
after its subject ("حسب ما أفادت الناطقة الإعلامية باسمه السبت"). Sentences from unseen
news articles (not annotated)."""

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
            "أدرجت مدينة الزهراء الأندلسية في جنوب إسبانيا العائدة للعصر الإسلامي في القرن "
            "العاشر، في قائمة التراث العالمي لمنظمة يونسكو، بحسب ما أعلنت، الأحد، اللجنة "
            "المجتمعة في البحرين.",
            "أدرجت مدينة الزهراء الأندلسية في جنوب إسبانيا العائدة للعصر الإسلامي في القرن "
            "العاشر، في قائمة التراث العالمي لمنظمة يونسكو",
            "اللجنة المجتمعة",
        ),
        (
            "انضمت فلسطين إلى اتفاقية حظر الأسلحة الكيميائية لتصبح بذلك الدولة الـ193 "
            "الموقعة على الاتفاقية، وفق ما أعلن الأربعاء متحدث باسم منظمة حظر الأسلحة "
            "الكيميائية.",
            "انضمت فلسطين إلى اتفاقية حظر الأسلحة الكيميائية لتصبح بذلك الدولة الـ193 "
            "الموقعة على الاتفاقية",
            "متحدث باسم منظمة حظر الأسلحة الكيميائية",
        ),
        (
            "قررت محكمة الاستئناف في باريس الأربعاء رفض الطلب الثاني بإخلاء السبيل الذي تقدم "
            "به دفاع المفكر الإسلامي طارق رمضان الذي أوقف منذ ستة أشهر بتهم الاغتصاب، بحسب "
            "ما أعلن الخميس مصدر قضائي ومحاميه.",
            "قررت محكمة الاستئناف في باريس الأربعاء رفض الطلب الثاني",
            "مصدر قضائي",
        ),
    ],
)
def test_time_before_the_source(nlp: Pipeline, sentence: str, quote: str, speaker: str) -> None:
    """The source after the verb and a time ("، الأحد،"، "الأربعاء") says the clause
    before the frame, which ends before "بحسب"."""
    texts = quote_texts(nlp.analyze(sentence))
    assert any(t.startswith(quote) and "بحسب" not in t and "وفق" not in t for t in texts)
    assert speaker_of(nlp, sentence, quote[:12]) == speaker


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        (
            "أصيب المغني الفرنسي شارل أزنافور (93 عاما) بكسر في عظم العضد بعد سقوطه في منزله "
            'في مورييس قرب مدينة "آرل" في جنوب فرنسا، حسب ما أفادت الناطقة الإعلامية باسمه '
            "السبت.",
            "باسمه",
        ),
        (
            "وسيكون للاحتفال مع المشجعين طعم مختلف، بحسب ما أكد اللاعبون أنفسهم بعدما تمكنوا "
            "من رسم النجمة الثانية على قميصهم الأزرق.",
            "أنفسهم",
        ),
        (
            "وصلت بعثة منظمة حظر الأسلحة الكيميائية إلى مدينة دوما السبت ومن المقرر أن تبدأ "
            "عملها الأحد، وفق ما أكد مسؤول سوري رفيع لوكالة فرانس برس، تمهيدا لمباشرة "
            "تحقيقاتها حول هجوم كيميائي مفترض اتهمت دمشق بتنفيذه.",
            "تمهيدا",
        ),
    ],
)
def test_frame_verb_says_nothing_after_its_subject(
    nlp: Pipeline, sentence: str, fragment: str
) -> None:
    """The words after the frame's subject are no quotation of the frame's verb; the
    clause before the frame is still the source's."""
    texts = quote_texts(nlp.analyze(sentence))
    assert not any(t.startswith(fragment) for t in texts)
    assert any(t.startswith(sentence[:12]) for t in texts)


def test_quoted_words_after_the_frame_stay(nlp: Pipeline) -> None:
    """Quoted words after the subject of "وفق ما قال" are still what it said."""
    sentence = (
        "ووافقت الفصائل خلال الاجتماع، وفق ما قال مصدر معارض في مدينة درعا مطلع على مسار "
        'التفاوض لوكالة الأنباء الفرنسية "على تسليم سلاحها على دفعات، لكن الجانب الروسي '
        'أصر على استلام كامل الأسلحة الثقيلة دفعة واحدة".'
    )
    assert speaker_of(nlp, sentence, "على تسليم سلاحها") == "مصدر معارض في مدينة درعا"


def test_that_clause_after_the_frame_stays(nlp: Pipeline) -> None:
    """ "حسبما أوردت صحيفة …، الجمعة، من أن …": the أن clause is the source's."""
    sentence = (
        'وحذرت المنظمة، حسبما أوردت صحيفة "الغارديان" البريطانية، الجمعة، من أن كثيرا '
        "من النساء لا يخضن تجربة الولادة الطبيعية التي يردنها."
    )
    texts = quote_texts(nlp.analyze(sentence))
    assert any(t.startswith("أن كثيرا من النساء") for t in texts)
