"""An attribution that closes a sentence telling an act with speech inside it vouches
for the whole sentence, speaker and cue included (sentence forms of the development
part of the gold articles and of unseen news)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _spans(nlp: Pipeline, sentence: str) -> list[str]:
    doc = nlp.analyze(sentence)
    return [doc.slice(q) for q in doc.quotes or []]


@pytest.mark.parametrize(
    ("sentence", "whole", "inner"),
    [
        (
            "وكانت السلطات قد هددت النساء المحتجات بأنهن قد يواجهن السجن لمدة تصل لعشر "
            "سنوات، بحسب منظمة العفو الدولية.",
            "وكانت السلطات قد هددت النساء المحتجات بأنهن قد يواجهن السجن لمدة تصل لعشر سنوات",
            "بأنهن قد يواجهن السجن لمدة تصل لعشر سنوات",
        ),
        (
            "أمهلت الكويت السفير الفلبيني لديها أسبوعا لمغادرة أراضيها، معتبرة أنه شخص "
            "غير مرغوب فيه، وفق ما أعلن مسؤول بوزراة الخارجية الكويتية الأربعاء.",
            "أمهلت الكويت السفير الفلبيني لديها أسبوعا لمغادرة أراضيها، معتبرة أنه شخص "
            "غير مرغوب فيه",
            "أنه شخص غير مرغوب فيه",
        ),
    ],
)
def test_attribution_vouches_for_the_told_sentence(nlp, sentence, whole, inner):
    spans = _spans(nlp, sentence)
    assert whole in spans and inner in spans


@pytest.mark.parametrize(
    ("sentence", "inner"),
    [
        # The source stands inside the cue's sentence: it relays the speaker's words.
        ("وقال المتحدث باسم الوزارة، بحسب وكالة الأنباء، إن الوزير سيزور القاهرة.", "إن الوزير"),
        # A sentence of saying that an agency opens or closes: it only relayed it.
        ("وحسب فرانس برس، قالت وزارة الخارجية الجزائرية، إنها استدعت السفير.", "إنها"),
        (
            "قال وزير المالية التركي، براءت ألبيرق، الخميس، إن بلاده ستلجأ للأسواق "
            "المالية الدولية، وفقا لوكالة أنباء الأناضول.",
            "إن بلاده",
        ),
    ],
)
def test_relayed_speech_stays_one_quotation(nlp, sentence, inner):
    spans = _spans(nlp, sentence)
    assert len(spans) == 1 and spans[0].startswith(inner)


def test_idh_with_a_cue_opens_the_next_act_of_speech(nlp):
    # "إذ" + a cue gives the ground of what was said in another act of speech, as
    # "حين" + a cue does; the first quotation ends before it.
    spans = _spans(
        nlp,
        "وأبدى العراق دعمه هو أيضا لتركيا إذ أكد رئيس الوزراء حيدر العبادي أن بلاده "
        "تقف بجانب الليرة التركية.",
    )
    assert spans == ["دعمه هو أيضا لتركيا", "أن بلاده تقف بجانب الليرة التركية"]
