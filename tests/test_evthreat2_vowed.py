"""Force a speaker announces for their own side, in the future or under a condition,
and a pledge of retaliation are threats (events/vowed.py); force another side is said
to prepare and a reply promised to someone are not; a measure announced without a
condition or warning is a SANCTION."""

from __future__ import annotations

import pytest


def _threats(nlp, text: str) -> list[tuple[str | None, str | None]]:
    doc = nlp.analyze(text)
    return [
        (doc.slice(e.source) if e.source else None, doc.slice(e.target) if e.target else None)
        for e in doc.events or []
        if e.type == "THREATEN"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            # SK-middleEast-2281 (news-gold development fold): the conditional no
            # longer cancels the verb of the threat it conditions
            "وقال الرئيس التركي، رجب طيب أردوغان، الخميس الماضي، إنه إذا لم يقم العراق "
            "بتطهير المنطقة من حزب العمال، فإن بلاده ستقصف جبال قنديل ومنطقة سنجار.",
            "أردوغان",
        ),
        (
            # unseen news (seed 10154)
            "قال أفيغدور ليبرمان، وزير الدفاع الإسرائيلي، إن بلاده ستدمر العاصمة "
            "الإيرانية، طهران، إذا أقدمت الأخيرة على مهاجمة تل ابيب.",
            "ليبرمان",
        ),
    ],
)
def test_own_side_force_announced_is_the_speakers_threat(nlp, text, source):
    threats = _threats(nlp, text)
    assert len(threats) == 1 and source in (threats[0][0] or "")


@pytest.mark.parametrize(
    "text",
    [
        "وقال المرصد السوري لحقوق الإنسان إن النظام سيشن هجوما على إدلب.",
        # unseen news (seed 10157): Russia's threat, not the tweet's author's
        'وكتب ترامب، في تغريدة، إن "روسيا تقسم بأنها ستسقط أي صاروخ يطلق على سوريا".',
        "وقال أردوغان إن بلاده لن تقصف جبال قنديل.",
        # BB-internationalNews-973: a boycott announced is a measure, not a threat
        "وأعلن الرئيس التركي رجب طيب أردوغان الثلاثاء أن بلاده سوف تقاطع المنتجات "
        "الإلكترونية الأمريكية.",
    ],
)
def test_force_not_threatened_by_the_speaker(nlp, text):
    assert _threats(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("وتعهدت الصين بالرد على كل خطوة.", "الصين"),  # unseen news
        ("وألقت إيران باللائمة على إسرائيل وتعهدت بالرد.", "إيران"),  # unseen news
    ],
)
def test_a_pledge_of_retaliation_is_a_threat(nlp, text, source):
    assert [s for s, _ in _threats(nlp, text)] == [source]


def test_a_reply_promised_to_someone_is_no_threat(nlp):
    text = "وأوضح كامبل أن الوزارة تعهدت له بالرد عليه، لكن ذلك لم يتم حتى اللحظة."
    doc = nlp.analyze(text)
    assert [e.type for e in doc.events or []] == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # unseen news (seed 10157): a measure the speaker's side announces is decided
        (
            "قال وزير الخارجية الروسي، سيرغي لافروف، إن بلاده ستطرد دبلوماسيين بريطانيين "
            '"قريبا"، ردا على طرد لندن 23 دبلوماسيا روسيا.',
            "SANCTION",
        ),
        # unseen news (seed 10150): under a warning and a condition it is threatened
        (
            'كما حذر ترامب في بيان من أنه سيفرض "رسوما إضافية" في حال ردت الصين على '
            "إجراءاته بفرضها رسوما على سلع وخدمات أميركية مستوردة.",
            "THREATEN",
        ),
    ],
)
def test_a_measure_announced_is_a_sanction_unless_threatened(nlp, text, kind):
    doc = nlp.analyze(text)
    assert kind in [e.type for e in doc.events or []]
