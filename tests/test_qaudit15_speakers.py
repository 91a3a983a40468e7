"""Speakers, the qaudit15 pass (an audit of unseen articles, seeds 9988 and 9989).

A word the news writes with the accusative tanween ("عدداً"، "فضلاً") is an object or an
adverb, never a subject, so it never starts a speaker; nor does an interrogative
("يبين كيف أن …"). Both were taken as the speaker of a cue with no subject of its own.
A head in ة or ات right after a masculine cue that names an addressee ("دعا الولايات
المتحدة إلى"، "دعا فتاة صغيرة إلى") is that addressee: a feminine subject there would make
the verb feminine."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_accusative_object_is_not_the_speaker(nlp: Pipeline) -> None:
    # The audit's sentences (seed 9988): "عدداً من القصص" was the speaker of "بقوله".
    text = (
        "الروائي الهنغاري لازلو كراسناوركاي، الفائز بجائزة مان بوكر الدولية لعام 2015م، "
        "يتحدَّث في بداية هذا الكتاب بشكل مباشر. ثم يروي عدداً من القصص القصيرة والغامضة "
        'والتأملية، ثم يودِّعنا بقوله: "هنا أود أن أغادر هذه الأرض وهذه النجوم ولن آخذ أي '
        'شيء معي".'
    )
    assert speaker_of(nlp, text, "هنا أود") == "لازلو كراسناوركاي"


def test_accusative_adverb_is_not_the_speaker(nlp: Pipeline) -> None:
    # Seed 9988: "ففضلاً عن غبار المعارك يتحدَّث عن": "فضلاً" (besides) said nothing.
    text = (
        "ومن بعدها ينتقل الحارثي إلى مسألة الغبار في الأغراض الشعرية. ففضلاً عن غبار "
        "المعارك يتحدَّث عن أنواع مختلفة من الغبار في الشعر الجاهلي."
    )
    doc = nlp.analyze(text)
    assert all("فضلا" not in doc.slice(q.speaker) for q in doc.quotes or [] if q.speaker)


def test_interrogative_is_not_the_speaker(nlp: Pipeline) -> None:
    # Seed 9988: "ومن ثم يبيِّن كيف أن العلوم …": "كيف" was the speaker.
    text = (
        "فبدراسة الأصول العميقة للغة ورواية القصص والفنون، يظهر كيف بدأ الإبداع منذ أكثر "
        "من مئة ألف سنة. ومن ثم يبيِّن كيف أن العلوم الإنسانية قد لعبت دوراً كبيرا."
    )
    doc = nlp.analyze(text)
    assert all(doc.slice(q.speaker) != "كيف" for q in doc.quotes or [] if q.speaker), quote_texts(
        doc
    )


def test_feminine_noun_after_masculine_cue_is_the_addressee(nlp: Pipeline) -> None:
    # The audit's paragraphs (seed 9989): "الولايات المتحدة" was the speaker of "دعا".
    text = (
        "ذكر سيغمار غابرييل في مداخلة أمام مؤتمر ميونخ للأمن صباح يوم الجمعة، أن "
        "الدبلوماسية المتعددة الأطراف تمكنت من حل أزمات مستعصية.\n"
        "دعا الولايات المتحدة إلى الحفاظ على الاتفاق النووي."
    )
    assert speaker_of(nlp, text, "إلى الحفاظ") != "الولايات المتحدة"


def test_girl_called_to_the_stage_did_not_speak(nlp: Pipeline) -> None:
    # A dev sentence (SK-internationalNews-190, fold 0): "فتاة صغيرة" was the speaker
    # of the words said to her.
    text = (
        "وفي خطاب له في منطقة كهرمان مرعش بشرق تركيا السبت، أثار أردوغان الدهشة عندما دعا "
        'فتاة صغيرة ترتدي زيا عسكريا إلى المنصة، وأثار فكرة أن تصبح الفتاة "شهيدة".\n'
        'وقال لها "إذا استشهدت آمل بأن يلفوك بالعلم التركي. كوني جاهزة لأي شيء"، وردت '
        'الفتاة وهي تبكي "نعم".'
    )
    assert "فتاة" not in speaker_of(nlp, text, "إذا استشهدت")


def test_masculine_name_in_ta_marbuta_still_speaks(nlp: Pipeline) -> None:
    # Names and titles in ة are masculine: "ودعا أسامة حمدان الفصائل إلى الوحدة".
    text = "ودعا أسامة حمدان الفصائل إلى الوحدة. ودعا الداعية عمرو خالد الشباب إلى العمل."
    assert speaker_of(nlp, text, "إلى الوحدة") == "أسامة حمدان"
    assert speaker_of(nlp, text, "إلى العمل") == "عمرو خالد"
