"""Targets of speech acts told under a plain cue (evspeech, issue 13): the words between
a plain cue and its quotation tell who the speaker is or where and through what they
spoke, so the target is read in the quoted words; an act cue keeps its object."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def _acts(nlp: Pipeline, text: str, kind: str) -> list[tuple[str, str]]:
    doc = nlp.analyze(text)
    return [
        (doc.slice(e.source) if e.source else "", doc.slice(e.target) if e.target else "")
        for e in doc.events or []
        if e.type == kind
    ]


def test_a_plain_cue_aims_its_act_at_a_side_in_the_quoted_words(nlp):
    # FR-internationalNews-428 (news-gold development fold): the speaker's party between
    # the cue and the quotation is no target of his threat
    text = (
        'وقال خليل وهو قيادي أيضاً في صفوف الوحدات الكردية في سوريا، "في المدينة مئات '
        'الآلاف من المدنيين، والمدافعون عنها على أسوارها ولن يسمحوا باقتراب الجيش التركي".'
    )
    acts = _acts(nlp, text, "THREATEN")
    assert acts and all("الوحدات الكردية" not in target for _, target in acts)
    assert any("الجيش التركي" in target for _, target in acts)


def test_the_medium_of_a_plain_cue_is_no_target(nlp):
    # FR-internationalNews-2345 (news-gold development fold): "على تويتر" is where she spoke
    text = (
        'وقالت نانسي بيلوسي زعيمة الديمقراطيين في مجلس النواب على تويتر، "في كل يوم أسأل '
        'نفسي: ما الذي يمسكه الروس على دونالد ترامب شخصيا؟ هذا غير صحيح".'
    )
    targets = [target for kind in ("REJECT", "DISAPPROVE") for _, target in _acts(nlp, text, kind)]
    assert targets and all("تويتر" not in target for target in targets)


def test_an_act_cue_keeps_its_object_before_the_quotation(nlp):
    # FR-middleEast-295 (news-gold development fold)
    text = (
        'وطالب سفير روسيا في الأمم المتحدة فاسيلي نيبنزيا الغرب بـ"الإنهاء الفوري لتحركاته '
        'ضد سوريا والامتناع عنها في المستقبل".'
    )
    acts = _acts(nlp, text, "DEMAND")
    assert any(target == "الغرب" for _, target in acts)


def test_the_audience_of_a_plain_cue_is_no_target(nlp):
    # SK-middleEast-3797 (news-gold development fold): told to a news site, aimed at the
    # man the quoted words are about
    text = (
        'وقال الخبير في شؤون الجماعات الإرهابية، منير أديب، لموقع "سكاي نيوز عربية" إن '
        '"هشام عشماوي من أخطر الإرهابيين، وقد تورط في عمليات إرهابية مروعة".'
    )
    targets = [target for _, target in _acts(nlp, text, "DISAPPROVE")]
    assert targets and all("سكاي نيوز" not in target for target in targets)
    assert any("عشماوي" in target for target in targets)
