"""Quotations, the qaudit20 pass (an audit of unseen articles, seeds 10022 and 10023).

"علق وزير الداخلية عبر تويتر …، مطالبا …، قائلا "…"": "عبر" before a site is "via";
read as the verb "expressed" it made the site a remembered speaker, whom the clause's
participles then took over from the minister."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_site_after_via_never_speaks(nlp: Pipeline) -> None:
    # The audit's sentence (seed 10022): "تويتر" spoke all three quotations.
    text = (
        "فبعد أن علق وزير الداخلية عبر تويتر السبت على القضية، مطالباً الشعب اللبناني "
        'بالاعتذار من الممثل "البيروتي الأصيل والعروبي"، قائلاً "الويل لهؤلاء الذين لم '
        'يجدوا غير هذا الهدف الشريف".'
    )
    assert speaker_of(nlp, text, "الويل") == "وزير الداخلية"
