"""Meetings told with a noun ending in hamza and a pronoun (evmeet, issue 13): "خلال
لقائه"، "لدى لقائه" write the hamza on its seat, which the lexicon's generated noun forms
lacked, so the meeting was never read (`lexicon.noun_forms`); reporters met are an
audience, no party consulted (`sense_talk._met_press`); speaking by phone ("تحدث هاتفيا")
is a call, CONSULT (triggers.tsv). Sentences from unseen articles (design seeds
10975-10977)."""

from __future__ import annotations

from event_types import event_sides
from rasd.events.lexicon import noun_forms


def test_a_hamza_noun_takes_pronouns_on_each_seat():
    forms = noun_forms("لقاء")
    assert {"لقائه", "لقائهما", "لقاؤهما", "لقاءه"} <= forms


def test_a_meeting_during_which_one_spoke_is_consulted(nlp):
    # Jawhara FM (JA-localNews-3650-20170503): "لدى لقائه" with the partner after it
    text = (
        "أكد وزير الخارجية النرويجي، بورج براندي، لدى لقائه رئيس الجمهورية، الباجي قايد "
        'السبسي، اليوم الأربعاء بقصر قرطاج، "حرص بلاده على تطوير علاقات التعاون وتعزيز '
        'الشراكة مع تونس خاصة في مجالات تشغيل الشباب والتكوين المهني وتعزيز دور المرأة"، '
        "حسب بلاغ لرئاسة الجمهورية."
    )
    sides = event_sides(nlp, text, "CONSULT")
    # the meeting is read, held by the minister (evposs2: before, the partner after
    # the noun was read as its possessor, السبسي as the source)
    assert any("وزير الخارجية النرويجي" in source for source, _ in sides)


def test_a_meeting_with_a_partner_after_mae(nlp):
    # France 24 (FR-internationalNews-1729-20180609)
    text = (
        'وقال بوتين خلال لقائه مع روحاني أن الامر بحاجة إلى حوار "جدي ومهم" بين روسيا '
        "وإيران بشأن الاتفاق النووي."
    )
    assert ("بوتين", "روحاني") in event_sides(nlp, text, "CONSULT")


def test_reporters_met_are_no_party_consulted(nlp):
    # Sky News Arabia (SK-internationalNews-3443-20181012): the visit to Hungary is a
    # meeting; the talk with reporters on the plane is not
    text = (
        "ووفقا لوسائل إعلام تركية، فقد صرّح الرئيس التركي، الخميس، خلال لقائه عددا من "
        'الصحفيين على متن الطائرة الرئاسية أثناء عودته من زيارة أجراها للمجر: "تركيا دولة '
        "قانون، وعلى الجميع احترام القرار الذي سيصدر بحق القس الأميركي أندري برانسون الذي "
        'يحاكم في تركيا بقضايا تجسس وإرهاب".'
    )
    doc = nlp.analyze(text)
    triggers = [e.attrs.get("trigger") for e in doc.events or [] if e.type == "CONSULT"]
    assert "لقائه" not in triggers


def test_speaking_by_phone_is_consulting(nlp):
    # Sky News Arabia (SK-middleEast-1014-20180414): "تحدث هاتفيا مع", a phone call
    text = (
        "قال متحدث باسم رئاسة الوزراء في بريطانيا إن رئيسة الوزراء تيريزا ماي تحدثت "
        "هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون الجمعة بشأن الهجوم الكيماوي الذي وقع "
        "في دوما بسوريا."
    )
    sides = event_sides(nlp, text, "CONSULT")
    assert any("ماي" in source and "ماكرون" in target for source, target in sides)
