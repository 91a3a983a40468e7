"""A closing attribution frame with no comma before it stays out of the quotation's
span when its source is followed by where it published (issue 12, qrunon): "… 23
موقعًا حسب موقع أمانة محافظة جدة على شبكة الإنترنت." ends the clause the source
vouches for before the frame, and the source speaks it (../shared/gold/README.md:
"بحسب X" makes the attributed clause a quote of X). Sentences from unseen news
articles (not annotated)."""

from __future__ import annotations

import pytest

from quote_speakers import cued_quotes, quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "ويصل عدد المنتجعات السياحية في جدة إلى 23 موقعًا حسب موقع أمانة محافظة جدة "
            "على شبكة الإنترنت.",
            "ويصل عدد المنتجعات السياحية في جدة إلى 23 موقعًا",
            "موقع أمانة",
        ),
        (
            "عين جمال بلماضي الأربعاء مدربا للمنتخب الجزائري وفق ما أعلن الاتحاد الجزائري "
            "لكرة القدم الخميس على موقعه الإلكتروني.",
            "عين جمال بلماضي الأربعاء مدربا للمنتخب الجزائري",
            "الاتحاد الجزائري لكرة القدم",
        ),
        (
            "وكان المهاجرون يحاولون عبور مضيق جبل طارق أو القسم الغربي من البحر المتوسط وفق "
            "معلومات نشرتها أجهزة الإنقاذ الإسبانية على موقع تويتر.",
            "وكان المهاجرون يحاولون عبور مضيق جبل طارق أو القسم الغربي من البحر المتوسط",
            "أجهزة الإنقاذ الإسبانية",
        ),
    ],
)
def test_frame_before_where_it_published_ends_the_span(
    nlp: Pipeline, sentence: str, quote: str, speaker: str
):
    texts = quote_texts(nlp.analyze(sentence))
    assert quote in texts, texts
    assert speaker in speaker_of(nlp, sentence, quote[:12])


def test_cue_clause_ends_before_the_frame(nlp: Pipeline):
    # The minister's words end where the ministry's page is credited.
    sentence = (
        "وعبرت الوزيرة عن تعاطفها ومساندتها لها كما شجعتها على مواصلة المثابرة والعمل "
        "لما فيه خير الطب التونسي حسب مانشر على الصفحة الرسمية لوزارة الصحة على الفايسبوك."
    )
    quotes = cued_quotes(nlp, sentence)
    assert not any(q.endswith("الفايسبوك") for _, q in quotes), quotes
    assert any(q.endswith("خير الطب التونسي") for _, q in quotes), quotes
