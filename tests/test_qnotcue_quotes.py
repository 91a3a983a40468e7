"""Quotations, the qnotcue pass (issue 12: words read as cues that are no act of speech).

A finite form of a cue that never goes without its object (cues.tsv M: وصف، اتهم، نعت)
with no object pronoun and its preposition right after it has no object: it is the
unvowelled passive (وُصف بأنه، اتُّهم بـ), what someone or something was called, and
nobody's words. The active names whom it describes or accuses first."""

from __future__ import annotations

import pytest

from quote_speakers import cued_quotes
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


# Unseen ant-multisource articles, design seed 11060.
PASSIVE = [
    (
        "يصل قادة #الاتحاد_الأوروبي اليوم الثلاثاء إلى طوكيو حيث سيوقعون اتفاق تبادل حر "
        'وصف بأنه "تاريخي" سيكون بمثابة بادرة بمواجهة الحمائية التي ينتهجها الرئيس '
        "الأميركي دونالد ترمب.",
        "وصف",
    ),
    (
        "وكان بوريس جونسون قد اتهم بأنه عرض زغاري راتكليف لخطر إضافة خمس سنوات إلى "
        "العقوبة التي تقضيها في سجن بعد تصريحات له أشار خلالها إلى أنها كانت تدرب "
        "صحفيين في إيران.",
        "اتهم",
    ),
]


@pytest.mark.parametrize(("text", "cue"), PASSIVE)
def test_passive_of_an_object_cue_is_no_quotation(nlp: Pipeline, text: str, cue: str) -> None:
    assert all(c != cue for c, _ in cued_quotes(nlp, text))


def test_the_passive_no_longer_swallows_a_later_cue(nlp: Pipeline) -> None:
    # Before, the passive's "quotation" ran over "أشار خلالها إلى أنها …".
    quotes = cued_quotes(nlp, PASSIVE[1][0])
    assert ("أشار", "إلى أنها كانت تدرب صحفيين في إيران") in quotes


def test_the_active_with_its_object_still_speaks(nlp: Pipeline) -> None:
    # Same design article: the object (الاتحاد الأوروبي) stands before the preposition.
    text = (
        "واتهم جونسون في مقاله الاتحاد الأوروبي بابتزاز المملكة المتحدة وتساءل عن سبب "
        '"ضعف الرد البريطاني".'
    )
    assert any(c == "اتهم" and q.startswith("بابتزاز") for c, q in cued_quotes(nlp, text))
