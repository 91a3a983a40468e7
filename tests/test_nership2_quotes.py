"""Quote-layer rules that do not lean on the NER model's exact extent of a name
(sentences from unannotated news, outside both annotated sets)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def test_affiliated_body_in_the_speakers_fullest_name(nlp: Pipeline) -> None:
    """ "التابعة لـ X": the body it belongs to is part of the speaker's fullest name,
    whether or not the entity layer's name runs through it."""
    text = (
        "أفادت، النقابة العامة للاطباء والصيادلة التابعة للاتحاد العام التونسي للشغل، أن "
        'الهيئة الادارية القطاعية قررت اطلاق تسمية "شهيدة الصحة العمومية" على الدكتورة، '
        "ليليا المحمدي، التي توفيت أثناء أداء عملها."
    )
    assert speaker_of(nlp, text, "أن الهيئة الادارية") == (
        "النقابة العامة للاطباء والصيادلة التابعة للاتحاد العام التونسي للشغل"
    )


def test_source_after_the_wording_noun(nlp: Pipeline) -> None:
    """ "على حد تعبير X": the quotation before is X's, X read from the word after
    "تعبير"."""
    text = (
        'وقد تم حظر تلك النسخ من التداول بتهمة "نشر رسائل كراهية وأيديولوجيات معادية '
        'للدستور"، على حد تعبير وزير الداخلية الألماني توماس دي ميزيير.'
    )
    assert speaker_of(nlp, text, "نشر رسائل كراهية") == "توماس دي ميزيير"


def test_description_after_but_is_left_to_the_ranker(nlp: Pipeline) -> None:
    """ "إلا أن مهاجم الريال أكد": a description, not a name, between "إلا أن" and the
    verb; the ranker links it to the name said before ("بنزيما")."""
    text = (
        "وتداول نشطاء عبر مواقع التواصل الإجتماعي، صور لكريم بنزيما وهو يؤدي مناسك "
        "العمرة في المملكة العربية السعودية. "
        "يشار أن مدرب المنتخب الفرنسي ديدي ديشان قد إستبعد بنزيما من المشاركة في منافسات "
        "اليورو 2016 مع المنتخب الفرنسي على خلفية فضيحة إبتزازه لزميله الفرنسي ماثيو "
        "فالبوينا بشريط إباحي إلا أن مهاجم الريال أكد أن استبعاده جاء لأسباب عنصرية."
    )
    assert "بنزيما" in speaker_of(nlp, text, "أن استبعاده")


def test_body_at_the_end_of_the_text(nlp: Pipeline) -> None:
    # Found by the token-soup property test: a cue whose organisation speaker ends the
    # text has nothing after it to read as an affiliation.
    for text in ("المتحدة وقال المتحدة", "وقالت الأمم المتحدة"):
        assert nlp.analyze(text).quotes == []
