"""A country described in words of blame is criticised (evmiss4, issue 13; a describing
cue whose target the entity layer tags as a place was dropped, dev folds 0-1):
"ووصفت الخارجية الروسية خطوات بريطانيا بـ"الاستفزازية"". A city, a place something is
set in, or a description with no word of blame stays no act (events/described.py)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # news-gold, dev fold 1
        (
            'ووصفت الخارجية الروسية خطوات بريطانيا بـ"الاستفزازية وغير المبررة"، وأمهلت '
            "بريطانيا شهرا واحدا لتقليص عدد دبلوماسييها.",
            ("الخارجية الروسية", "بريطانيا"),
        ),
        # unseen news (seed 10580): the country as a participle's object
        (
            'واتهمت بيونغ يانغ الولايات المتحدة بمحاولة "عزل الجمهورية وخنقها"، واصفة واشنطن '
            'بـ"مدبر وراء الكواليس لأعمال إرهاب الدولة الفظيعة".',
            ("بيونغ يانغ", "واشنطن"),
        ),
        # unseen news (seed 10585): the country as the verb's object
        (
            'وقال جونسون أمام النواب إن حكومته سترد. ووصف روسيا بأنها "قوة ضارة ومزعزعة '
            'للاستقرار في جوانب كثيرة".',
            ("جونسون", "روسيا"),
        ),
    ],
)
def test_a_country_described_in_words_of_blame_is_criticised(nlp, text, sides):
    assert sides in event_sides(nlp, text, "DISAPPROVE")


@pytest.mark.parametrize(
    "text",
    [
        # a city described, not a party
        'ووصفت الصحيفة حلب بأنها "مدينة مدمرة بفعل العدوان".',
        # the place a state of things is set in
        'ووصف الوزير الأوضاع في سوريا بأنها "كارثية".',
        # no word of blame
        'ووصف الوزير فرنسا بأنها "شريك أساسي في المنطقة".',
        # the country against which the described act was done (unseen, seed 10585)
        "وجاء تقديم النص غداة اجتماع عاصف لمجلس الأمن دعت إليه روسيا التي وصفت العملية "
        'الغربية ضد سوريا بـ"العدوان" وطلبت إدانتها.',
        # a second conjunct of what is described (unseen, seed 10585)
        "ووصف المسؤول الصيني التراشق الضريبي الدائر حاليا بين بلاده والولايات المتحدة بأنه "
        '"وقت فوضوي في التجارة الدولية".',
        # a region, not a party (unseen, seed 10586)
        "وأكد أردوغان أنهم يدعمون شرق أوسط يحترم وحدة الأراضي، واصفا تمزق الشرق الأوسط بأنه "
        "إهانة أخرى لشعوب الشرق الأوسط.",
        # the country is named in the description, not described (unseen, seed 10584)
        'وفي يونيو/حزيران، وصفت هيلي المجلس بأنه "بالوعة من الانحياز السياسي" يظهر عداء لا '
        "له نهاية تجاه إسرائيل، الحليف القريب للولايات المتحدة.",
    ],
)
def test_a_place_or_a_plain_description_is_no_criticism(nlp, text):
    doc = nlp.analyze(text)
    described = [e for e in doc.events if "وصف" in e.attrs.get("trigger", "")]
    assert not described
