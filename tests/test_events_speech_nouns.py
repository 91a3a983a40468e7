"""A speaker's rejection or condemnation told as the bare verbal noun opening the cue's
object ("مؤكدا رفض تلك التصريحات") is the speaker's act; words quoted as said, a noun
with its named doer after it and bare support are not (evdemand, unseen news, seeds
10800-10809; events/speech_nouns.py)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.events.speech_lexicon import SpeechActs
from rasd.events.speech_nouns import bare_nouns, opening_act


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Al Watan (fresh seed 10805): the alliance rejects al-Maliki's statements
        (
            "اعتبر تحالف القوى العراقية أن تصريحات نائب رئيس الجمهورية نوري المالكي ضد "
            "السعودية لا تعبر عن وجهة نظر العراق الرسمية، مؤكدا رفض تلك التصريحات التي "
            'وصفها بـ"المسيئة وغير المسؤولة".',
            "تحالف القوى العراقية",
        ),
        # Sky News Arabia (design seed 10802)
        (
            "وفي سياق آخر، أكد المالكي رفض قيادة التحالف لما ورد في تقرير الأمين العام "
            "للأمم المتحدة أنطونيو غوتيريش، الذي تخللته بعض البيانات والمعلومات المغلوطة "
            "بشأن الأطفال الذين فقدوا حياتهم في النزاع المسلح.",
            "المالكي",
        ),
    ],
)
def test_a_rejection_opening_the_cue_s_object_is_the_speaker_s(nlp, text, speaker):
    assert speaker in [source for source, _ in event_sides(nlp, text, "REJECT")]


def test_words_quoted_as_said_open_with_their_own_subject(nlp):
    # CNN Arabic (design seed 10802): the Security Council's rejection, not al-Otaibi's.
    doc = nlp.analyze(
        'وأضاف العتيبي قائلا: "رفض مشروع القرار يدل أيضا على أن الأحداث الأخيرة التي راح '
        'ضحيتها العشرات من المدنيين لا يستحق حتى إجراء تحقيق شفاف ومستقل."'
    )
    acts = SpeechActs.load()
    assert doc.quotes
    assert all(opening_act(doc, q, acts.nouns) is None for q in doc.quotes)


def test_bare_support_is_backing_given_not_a_stance_told(nlp):
    # Unseen news (design seed 10801): the banks' backing of micro-credit.
    text = (
        "من جانبه، أكد المدير العام لبنك الأمان، أحمد كرم، دعم البنوك لمنظومة التمويل "
        "الصغير، مشيرا الى أن موافقة المجموعة البنكية المذكورة على تمويل القرض يجسد توفر "
        "الحوكمة في آلية تمويل المشاريع الصغرى."
    )
    assert not event_sides(nlp, text, "SUPPORT")


def test_the_bare_nouns_are_the_owned_row_without_its_pronoun():
    owned = {("رفضها",): "REJECT", ("ادانته",): "DISAPPROVE", ("دعمه",): "SUPPORT"}
    assert bare_nouns(owned) == {"رفض": "REJECT", "ادانة": "DISAPPROVE"}
