"""Quotation boundaries from the fourth span pass (issue 12, qspan4): a cue's
participle right after a reported clause with no comma before it. Sentences from
unseen news (../shared/data/news), none of them annotated."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "دعت الكاتبة ألفة يوسف اليوم الاثنين إلى تغيير منهج التعليم الحالي وجعله ملائما "
            "مع التغيرات التكنولوجية التي يشهدها العالم مشددة على ضرورة الملائمة بين التاريخ "
            "والحاضر.",
            "إلى تغيير منهج التعليم الحالي وجعله ملائما مع التغيرات التكنولوجية التي يشهدها العالم",
            "على ضرورة الملائمة بين التاريخ والحاضر",
        ),
        (
            "وقال توربجورن تورنكفيست الرئيس التنفيذي لجانفور إنه يتوقع أسعارا أقل العام "
            "القادم عند ما بين 70 و75 دولارا للبرميل مشيرا إلى تباطؤ في نمو والطلب وإمدادات "
            "كافية في السوق.",
            "إنه يتوقع أسعارا أقل العام القادم عند ما بين 70 و75 دولارا للبرميل",
            "إلى تباطؤ في نمو والطلب وإمدادات كافية في السوق",
        ),
        (
            "واعتبر بن فرحات أن اللوبي السعودي قوي ويحكم تونس وله أياد ويحكم رئاسة الحكومة "
            "وحتى رئاسة الجمهورية معبرا عن شجبه للقرار.",
            "أن اللوبي السعودي قوي ويحكم تونس وله أياد ويحكم رئاسة الحكومة وحتى رئاسة الجمهورية",
            "عن شجبه للقرار",
        ),
    ],
)
def test_participle_without_comma_opens_the_next_act_of_speech(
    nlp: Pipeline, sentence: str, first: str, second: str
) -> None:
    quotes = quote_texts(nlp.analyze(sentence))
    assert first in quotes and second in quotes


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "حذرت #الصين من أنها ستتخذ إجراءات لحماية مصالحها، في حال فرضت الولايات المتحدة "
            "عقوبات تجارية مشددة على صادراتها من #الفولاذ والألمنيوم.",
            "من أنها ستتخذ إجراءات لحماية مصالحها، في حال فرضت الولايات المتحدة عقوبات "
            "تجارية مشددة على صادراتها من #الفولاذ والألمنيوم",
        ),
        (
            "أعلنت السلطات المصرية، السبت، أنها تسلمت من قبرص مصريا متهما بخطف طائرة ركاب "
            "عام 2016، بعد إقلاعها من مطار مدينة الإسكندرية الساحلية.",
            "أنها تسلمت من قبرص مصريا متهما بخطف طائرة ركاب عام 2016، بعد إقلاعها من مطار "
            "مدينة الإسكندرية الساحلية",
        ),
        (
            "ويرى غولدن أن السلطات مطالبة بتقديم دليل رسمي للآباء حتى يطلعوا على الاستخدام "
            "السليم للهواتف الذكية لدى الأطفال.",
            "أن السلطات مطالبة بتقديم دليل رسمي للآباء حتى يطلعوا على الاستخدام السليم "
            "للهواتف الذكية لدى الأطفال",
        ),
    ],
)
def test_participle_as_adjective_or_passive_stays_in_the_clause(
    nlp: Pipeline, sentence: str, quote: str
) -> None:
    assert quote in quote_texts(nlp.analyze(sentence))
