"""Quotations, the qaside pass (issue 12: an honorific subject resolved to a nearby
noun).

"معاليه"، "سموه" right after a cue are its subject: a name read after them, past an
adjunct ("عقب لقائه …"، "خلال المجلس …"), is whom he met or where he spoke, never
the speaker, who is the person the article names most (`honorifics.py`,
`candidates._honored`). The sentences are from unseen saudinewsnet articles."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # A name in the adjunct after the honorific: whom he met.
    (
        "أكد معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير أن دول المنطقة تريد أن ترى "
        "حلا سلميا للبرنامج النووي الإيراني. وأضاف معاليه للصحفيين عقب لقائه معالي وزير "
        'الخارجية الأمريكية جون كيري إنه "إذا حاولت إيران أن تسبب مشاكل في المنطقة، فنحن '
        'سوف نواجهها بحزم".',
        "إذا حاولت",
        "عادل بن أحمد الجبير",
    ),
    # A place noun in the adjunct: where he spoke.
    (
        "رفع صاحب السمو الملكي الأمير سعود بن نايف بن عبدالعزيز أمير المنطقة الشرقية "
        "التعازي باسمه ونيابة عن أهالي المنطقة في شهداء الواجب من رجال قوات الطوارئ "
        "الخاصة في مدينة أبها ولذويهم جميعا. وقال سموه خلال المجلس الأسبوعي بإمارة "
        "المنطقة أمس، إن هذه آفة من الآفات التي لا تراعي لا حرمة مكان ولا حرمة زمان.",
        "إن هذه آفة",
        "سعود بن نايف بن عبدالعزيز",
    ),
    # The journalist of a press conference is no speaker either.
    (
        "اجتمع معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير أمس في فرع وزارة الخارجية "
        "بجدة مع معالي وزير خارجية جمهورية مصر العربية سامح شكري. وأوضح الجبير أن اللقاء "
        "بحث العلاقات الثنائية. وأشار معاليه خلال المؤتمر الصحفي الذي عقده أمس مع نظيره "
        "المصري بمقر فرع وزارة الخارجية بجدة، إلى أنه بحث خلال لقائه وزير الخارجية "
        "المصري تمتين العلاقات الثنائية بين البلدين.",
        "إلى أنه بحث",
        "عادل بن أحمد الجبير",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_honorific_subject_is_not_the_name_after_it(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_honorific_alone_still_carries_the_speaker(nlp: Pipeline) -> None:
    text = (
        "قال وزير الخارجية عادل الجبير إن إيران يجب أن تتغير. وأضاف معاليه للصحفيين إنه "
        '"إذا حاولت إيران أن تسبب مشاكل في المنطقة، فنحن سوف نواجهها بحزم".'
    )
    assert speaker_of(nlp, text, "إذا حاولت") == "عادل الجبير"
