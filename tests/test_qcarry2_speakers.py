"""Speakers, the qcarry2 pass: a continuation cue with no subject ("وتقول"، "ويقدر"،
"وأضاف") goes on with the person the text told of just before it, not with an earlier
speaker:

- a story told in the present ("وتعيش ناتالي … . وتقول"): a verb in ت that opens the
  previous sentence is a feminine present when the cue is one too, so its subject is
  the topic;
- the subject of a cue that said nothing of its own in the previous sentence ("ويتوقع
  روني جال … حصول "ملكية فكرية ثمينة" … . ويقدر أن"), when the entity layer names
  the person or a title heads the phrase; not one inside a relative clause or what
  someone said, nor one of the cue's own sentence.
"""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # Sentences of unseen news articles (seeds 10683-10689 of the audit).
    pytest.param(
        "وقال المحللون إن السوق تنمو. ويتوقع روني جال، المحلل لدى شركة بيرنشتاين للأبحاث، "
        'حصول "ملكية فكرية ثمينة" للشركات العاملة في هذا المجال. ويقدر أن تبديل الوصفات '
        "الطبية الأمريكية سيمنح الشركات مكاسب كبيرة.",
        "أن تبديل",
        "روني جال",
        id="subject-of-a-cue-with-nothing-said",
    ),
    pytest.param(
        'وأوضح متحدث باسم منظمة "لايف لاين" الألمانية غير الحكومية إريك ماركوارت "هناك '
        'الكثير من المعلومات المتداولة". وكتب وزير الداخلية الإيطالي ماتيو سالفيني الذي '
        'يشغل أيضا منصب نائب رئيس الوزراء، في تغريدة "بعد "أكواريوس التي أرسلت إلى '
        "إسبانيا، جاء دور سفينة منظمة لايف لاين لكي تذهب إلى مالطا، هذه السفينة الخارجة "
        'عن القانون سيتم احتجازها بشكل نهائي". وأضاف "للنساء والأطفال الذي يفرون فعلا من الحرب الأبواب '
        'مفتوحة، لكل ما عداهم، كلا!".',
        "للنساء والأطفال",
        "ماتيو سالفيني",
        id="titled-writer-then-added",
    ),
    # Sentences of development articles (folds 0 and 1).
    pytest.param(
        'وتقول سميرة طراد من الجمعية "قانونيا هم أشخاص غير موجودين". وتعيش ناتالي '
        "مجدلاني (42 عاما)، وهي من أب فرنسي وأم لبنانية، في لبنان منذ 38 عاما من دون أن "
        'تحصل على الجنسية. وتقول لوكالة الأنباء الفرنسية "تربيت وكبرت ودرست هنا، لكن لا '
        'يمكنني أن أحصل على الجنسية".',
        "تربيت وكبرت",
        "ناتالي مجدلاني",
        id="present-story-topic",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_speaker(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_subject_in_a_relative_clause_is_not_carried(nlp: Pipeline) -> None:
    """ "المهمة التي طالبه مولر بها": the relative clause's subject is not who goes on."""
    text = (
        "وقال سام نانبرغ إنه سيقدم شهادته أمام هيئة محلفين يوم الجمعة. وكشف المساعد "
        "السابق في هجومه عن إحباطه من حجم المهمة التي طالبه مولر بها. وأكد في "
        'تصريحاته التالية إنه يعتبر أمر الاستدعاء "مضيعة للوقت".'
    )
    assert speaker_of(nlp, text, "إنه يعتبر") != "مولر"


def test_past_verb_in_ta_stays_masculine(nlp: Pipeline) -> None:
    """ "وتحدث الوزير … . وتقول": a past in ت is masculine; a feminine present cue does
    not take its subject."""
    text = (
        'وقالت الناشطة ريم علي إن "الوضع صعب". وتحدث وزير الداخلية خالد سعيد عن الخطة '
        'الجديدة. وتقول "لا نثق بهذه الوعود".'
    )
    assert speaker_of(nlp, text, "لا نثق") != "خالد سعيد"
