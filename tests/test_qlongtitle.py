"""Quotations, the qlongtitle pass (issue 12: a speaker's name after a long title cut,
not read, or read into the quotation).

A first name in -ه that opens a person's name of several words in the entity layer is
a name, not a noun with its pronoun ("وزير الداخلية اليمني عبده الحذيفي": عبد + ه cut
the name off its title and read it into the quotation; `speaker_words.pronoun_noun`).
A one-word honorific the entity layer tags ("وأضاف فضيلته") stays a noun with its
pronoun. A second description apposed between commas after the title ("وزير الإدارة
المحلية اليمني، رئيس اللجنة العليا للإغاثة، عبدالرقيب فتح، أن") is passed to the name
after it (`phrase_names.apposed_after_modifier`); the first apposed name still wins.
The sentences are from unseen news (ant-multisource, saudinewsnet, ant-jawharafm)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _quote_start(nlp: Pipeline, text: str, speaker_word: str) -> str:
    """The opening of the quotation whose speaker holds `speaker_word`."""
    doc = nlp.analyze(text)
    for q in doc.quotes or []:
        if q.speaker is not None and speaker_word in doc.slice(q.speaker):
            return doc.slice(q)
    raise AssertionError(f"no quotation of {speaker_word!r}")


SPLIT_FIRST_NAME = (
    "أكد وزير الداخلية اليمني عبده الحذيفي سيطرة الأجهزة الأمنية التابعة للحكومة "
    "الشرعية على مدينة عدن، لافتا إلى أن هذه الأجهزة تقوم بدورها إلى جانب المقاومة."
)


def test_a_first_name_in_ha_stays_with_its_title(nlp: Pipeline) -> None:
    assert speaker_of(nlp, SPLIT_FIRST_NAME, "سيطرة") == "عبده الحذيفي"
    assert _quote_start(nlp, SPLIT_FIRST_NAME, "الحذيفي").startswith("سيطرة الأجهزة")


HONORIFIC = (
    "وأكَّد الشليل أن الرئاسة العامة تحرص على تفعيل الجانب التوعوي الذي يمثل الشق "
    "الأول من رسالتها.\n"
    "وأضاف فضيلته: أن الرئاسة العامة تستقبل البلاغات التي تدخل ضمن اختصاصاتها النوعية "
    "ومنها قضايا التحرش عن طريق الرقم الموحد 1909."
)


def test_an_honorific_with_its_pronoun_is_no_speaker(nlp: Pipeline) -> None:
    assert speaker_of(nlp, HONORIFIC, "أن الرئاسة العامة تستقبل") == "الشليل"


SECOND_DESCRIPTION = (
    "وأكد وزير الإدارة المحلية اليمني، رئيس اللجنة العليا للإغاثة، عبدالرقيب فتح، أن "
    "ذلك يؤثر على الحصص الغذائية لمحافظة الحديدة وعدد من المحافظات المجاورة ويمثل "
    "خسارة لأموال المانحين والجهات الإغاثية العربية والدولية."
)


def test_the_name_after_a_second_apposed_description_speaks(nlp: Pipeline) -> None:
    assert speaker_of(nlp, SECOND_DESCRIPTION, "أن ذلك") == "عبدالرقيب فتح"


FIRST_APPOSED = (
    "أكد وزير الداخلية، الهادي مجدوب, الثلاثاء, بحضور نظيره الإيطالي، ماركو مينيتي، أن "
    "مكافحة الإرهاب والقضاء على ظاهرة الهجرة السرية تعد من المواضيع الهامة وذات "
    "أولوية مطلقة بالنسبة لتونس وايطاليا."
)


def test_the_first_apposed_name_speaks_not_the_one_after(nlp: Pipeline) -> None:
    assert speaker_of(nlp, FIRST_APPOSED, "أن مكافحة") == "الهادي مجدوب"
