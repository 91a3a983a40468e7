"""Where or how the words were said between the speaker and what was said ("في مؤتمر
صحفي"، "في أكثر من تصريح إعلامي"، "في تغريدة عبر تويتر"): skipped like an adverbial
(`circumstances.occasion_end`). Sentences from unseen news and the development part."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "speaker", "starts"),
    [
        # a bare noun after an occasion an adjective closed
        (
            "وقد نفى الرئيس في أكثر من تصريح إعلامي نيته الترشح، أو تغيير تلك المادة.",
            "الرئيس",
            "نيته الترشح",
        ),
        # an occasion, then a medium, then what was said
        (
            "فيما أكد وزير الداخلية الفرنسي في تغريدة عبر تويتر سيطرة الشرطة على الوضع بشكل كامل.",
            "وزير الداخلية الفرنسي",
            "سيطرة الشرطة",
        ),
        # an occasion closed by a comma before the cue's preposition
        (
            'ودعت قناة "بلقيس" الفضائية إلى الوقوف صفا واحدا، وأشارت في بيان لها، الى أبشع'
            " أنواع الانتهاكات التي يتعرض لها الصحافيون.",
            "بلقيس",
            "الى أبشع",
        ),
        # the occasion keeps its own adjective ("لاحق") and is no speaker
        (
            "والتقى ترامب بزعيم كوريا الشمالية في قمة تاريخية، وأعلن في مؤتمر صحفي لاحق أن كيم"
            " وافق على إعادة رفات جنود أميركيين.",
            "ترامب",
            "أن كيم",
        ),
    ],
)
def test_occasion_of_speaking_is_skipped(nlp, sentence: str, speaker: str, starts: str) -> None:
    doc = nlp.analyze(sentence)
    found = [q for q in doc.quotes or [] if doc.slice(q).startswith(starts)]
    assert len(found) == 1, [doc.slice(q) for q in doc.quotes or []]
    q = found[0]
    assert q.kind == "indirect"
    assert q.speaker is not None and speaker in (q.speaker.canonical or "")


def test_genitive_after_occasion_is_not_skipped(nlp) -> None:
    """ "في بيان الحكومة": the statement's owner follows, so nothing is skipped as a
    bare noun read as content."""
    doc = nlp.analyze("وأكد الوزير في بيان الحكومة التزامها بالاتفاق.")
    assert not any(doc.slice(q).startswith("الحكومة") for q in doc.quotes or [])
