"""The verb's subject, not its object, speaks (issue 12, second speaker pass): classes
counted on the misattributed quotes of the development part of benchmarks/news-gold.
Every sentence is taken from a development article of that set."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _speakers(doc: Document) -> list[str]:
    """The speaker of each quote: its canonical name, else its surface."""
    return [
        "?" if q.speaker is None else q.speaker.canonical or doc.slice(q.speaker)
        for q in doc.quotes or []
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'ونعت سليماني ترامب بالمقامر مؤكدا أنه "في اللحظة التي أنت فيها عاجز عن التفكير '
            'نحن قريبون منك لدرجة لا يمكنك تصورها".',
            "سليماني",
        ),
        (
            'وخاطب خاشقجي كاسن، قائلا: "يجب أن تفتخر بانفتاحكم على كل التيارات، ولا تكن '
            'اعتذاريا أمام ثقافة الاستبداد التي سادت في عالمنا"، حسب تعبيره.',
            "خاشقجي",
        ),
        (
            'وحذر صالحي ترامب من الانسحاب من الاتفاق قائلا "إيران لاتناور... فنيا نحن '
            'مستعدون تماما لتخصيب اليورانيوم لمستوى أعلى مما كان عليه قبل التوصل للاتفاق".',
            "صالحي",
        ),
    ],
)
def test_a_second_name_after_the_subject_is_the_object(nlp, sentence, speaker) -> None:
    """ "ونعت سليماني ترامب"، "وخاطب خاشقجي كاسن": the entity layer reads two names;
    the first is the subject, the second (who was addressed) is not part of it."""
    assert set(_speakers(nlp.analyze(sentence))) == {speaker}
