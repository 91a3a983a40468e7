"""Speech acts the events layer used to miss (evmissv): acts told under a plain cue
("قال"، "أكد") whose quoted words threaten, deny or support, two statements in two
sentences kept as two acts, and thanks told without a quotation. Sentences from
development articles of ../shared/gold and benchmarks/news-gold."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.document import Event, Mention
from rasd.events.merging import Candidate, merge
from rasd.events.speech_lexicon import SpeechActs
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.fixture(scope="module")
def acts() -> SpeechActs:
    return SpeechActs.load()


@pytest.mark.parametrize(
    ("quoted", "act"),
    [
        # refusing to allow, readiness to respond, announced measures: threats
        ("إسرائيل لن تسمح للنظام في إيران بلف حبل مشنقة الإرهاب على رقابنا", "THREATEN"),
        ('إن الهجوم على حليفتها سوريا "لن يمر من دون عواقب', "THREATEN"),
        ('إن الاتحاد "مستعد للرد" واتخاذ إجراءات في مواجهة الضرائب الأمريكية', "THREATEN"),
        ("إنه سيتخذ إجراءات قانونية ضد جنينة", "THREATEN"),
        # a claim called baseless or false, a refusal to recognise: denials
        ('إنه "لا توجد أدلة" على المزاعم', "REJECT"),
        ('إن ادعاءات اختفاء خاشقجي "كاذبة', "REJECT"),
        ("إن إدارة الرئيس دونالد ترامب لن تعترف بالانتخابات", "REJECT"),
        # solidarity, gratitude, standing by: support
        ("لكي أعبر عن تضامني مع الأكراد الذين لعبوا دورا هاما", "SUPPORT"),
        ("نحن ممتنون للمانحين لكننا نؤكد أهمية استمرار الدعم", "SUPPORT"),
        ("نحن نقف إلى جانب تركيا وندعمها خاصة في المحنة", "SUPPORT"),
    ],
)
def test_quoted_words_state_the_act(acts, quoted, act):
    assert acts.content_type(quoted) == act


@pytest.mark.parametrize(
    "quoted",
    [
        # readiness to cooperate or vote is no threat
        "إن روسيا على استعداد للتصويت لصالح مسودة قرار مجلس الأمن الدولي",
        "الشعب الإيراني غير سعيد، ليس مع الأمريكيين وإنما مع قيادته",
    ],
)
def test_words_near_an_act_are_no_act(acts, quoted):
    assert acts.content_type(quoted) is None


def test_readiness_to_respond_under_said_is_a_threat_by_the_speaker(nlp):
    text = (
        "وعلى خلفية قرار ترامب قال نائب رئيس المفوضية الأوروبية يركي كتاينن الجمعة إن "
        'الاتحاد "مستعد للرد" واتخاذ إجراءات في مواجهة الضرائب الأمريكية على الصلب '
        "والألمنيوم إذا لزم الأمر."
    )
    sources = [source for source, _ in event_sides(nlp, text, "THREATEN")]
    assert any("كتاينن" in s for s in sources), sources


def _said(sentence: int, start: int, quoted: bool = True) -> Candidate:
    """A disapproval by the Saudi crown prince of the Houthis (FR-internationalNews-518:
    "وتابع ولي العهد السعودي أن "الميليشيات هددت حدود" بلاده" and, later, "مضيفا:
    "ميليشيات الحوثي كانت تقوم بمناورات وتنشر الصواريخ على حدودنا"")."""
    event = Event(
        start,
        start + 40,
        "DISAPPROVE",
        sentence,
        Mention(start, start + 10, "محمد بن سلمان"),
        Mention(start + 20, start + 30, "الحوثي"),
    )
    if quoted:
        event.attrs["speech"] = True
    return Candidate(event, False, None, start)


def test_one_speakers_quotations_in_two_sentences_stay_two_acts():
    assert len(merge([_said(3, 100), _said(5, 300)], keep_negated=False)) == 2
    # in one sentence they are one act told by several cues
    assert len(merge([_said(3, 100), _said(3, 160)], keep_negated=False)) == 1
    # a trigger's event joins a quotation aimed at a target only inside it (evmerge)
    assert len(merge([_said(5, 300), _said(6, 310, quoted=False)], keep_negated=False)) == 1
    assert len(merge([_said(3, 100, quoted=False), _said(5, 300)], keep_negated=False)) == 2


def test_thanking_a_state_is_support_of_it(nlp):
    text = (
        "شكر وزير الخارجية الأمريكي، مايك بومبيو، المملكة العربية السعودية، وذلك خلال "
        "مكالمة هاتفية أجراها، الإثنين، مع الأمير محمد بن سلمان، ولي العهد السعودي."
    )
    sides = event_sides(nlp, text, "SUPPORT")
    assert any("بومبيو" in source for source, _ in sides), sides


def test_an_ultimatum_is_a_demand_of_the_state_given_it(nlp):
    text = (
        'ووصفت الخارجية الروسية خطوات بريطانيا بـ"الاستفزازية وغير المبررة"، وأمهلت '
        "بريطانيا شهرا واحدا لتقليص عدد دبلوماسييها في السفارة البريطانية والقنصليات "
        "العامة لدى روسيا."
    )
    sides = event_sides(nlp, text, "DEMAND")
    assert any("بريطانيا" in source + target for source, target in sides), sides
