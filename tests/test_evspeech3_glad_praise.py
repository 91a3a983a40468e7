"""Gladness told with a quotation, and descriptions in words of praise (evspeech3, audits
of unseen articles, seeds 10065-10067): "نحن سعداء بالدعم"، "شاكرا ماي على مساهمتها"،
"نهنئ مامودو غاساما" are no criticism, though the speech-act model typed them DISAPPROVE;
"وصف … بأنه خطوة كبرى"، "بأنها تطور مذهل" describe in praise, so "وصف" is no criticism
there (words.tsv "glad_words", "praise_words"; events/speech.py)."""

from __future__ import annotations

import pytest

from event_types import event_types, ungated_types


@pytest.mark.parametrize(
    "text",
    [
        # Saudi news (audit, seed 10065): gladness at support
        "وقال الخرساني: «نحن سعداء بالدعم الكبير الذي تقدمه مدينة الملك عبدالله الاقتصادية "
        "لمركز أرامكو لريادة الأعمال، ونحن على ثقة من أن هذا التعاون سيثمر عن العديد من "
        "الشركات الجديدة».",
        # Saudi news (audit, seed 10065): satisfaction with talks
        "وكانت المفوضية الأوروبية قد أبدت رضاها عن سير المحادثات مع اليونان بشأن خطة "
        "الإنقاذ الثالثة.",
        # BBC Arabic (audit, seed 10067): congratulations
        'وغردت السيدة هيدالغو قائلة: "نهنئ مامودو غاساما على تصرفه الشجاع، والذي أنقذ حياة طفل".',
        # Arab news (audit, seed 10066): thanks
        "وفي كلمته، أكد الرئيس الأميركي على العلاقات الخاصة بين بريطانيا وأميركا، شاكرا ماي "
        "على مساهمتها في النفقات الدفاعية لحلف شمال الأطلسي.",
    ],
)
def test_gladness_is_no_criticism(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # BBC Arabic (audit, seed 10067): a step described as big
        'ووصف الرئيس الأمريكي إرسال قوات إلى الحدود المكسيكية بأنه "خطوة كبرى".',
        # BBC Arabic (audit, seed 10067): a development described as amazing
        'وفي وقت سابق، وصف محامي دانيلز، مايكل أفيناتي، خطوة كوهين بأنها "تطور مذهل".',
    ],
)
def test_a_description_in_praise_is_no_criticism(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Sky News Arabia (audit, seed 10066): a traitor
        "وصف الرئيس الروسي، فلاديمير بوتين، الأربعاء، العميل الروسي السابق المزدوج سيرغي "
        'سكريبال بأنه "خائن".',
        # a displeasure negated is a criticism still (the lexicon's "مستاء" aside)
        'وقال وزير الخارجية الروسي سيرغي لافروف إن روسيا "لسنا سعداء" بالعقوبات الأمريكية '
        "الجديدة التي تستهدف الشعب الروسي وتهدد العلاقات.",
    ],
)
def test_criticism_stays(nlp, text):
    # the glad rule leaves them; the second holds no word of blame, which the gated
    # model asks since evmodel, so it is read with the model before the gate
    assert "DISAPPROVE" in ungated_types(nlp, text)
