"""Quotations, the qrank4 pass (issue 12: the wrong person chosen as speaker).

In a relay ("نقلت وكالة الصحافة الفرنسية عن هولاند قوله") the verb agrees with the
medium that relays the words; the speaker's gender is on the pronoun of "قوله"،
"قولها". A later participle ("مضيفا") continues the relayed speaker, not the medium
nor an earlier speaker of the verb's gender.

"وكان X قد أبلغ Y أن": the subject stands between "كان" and "قد"; the phrase after
the verb is whom X told. A manner adverb after the verb ("نفى تماما أن") is how, so the
content still opens at "أن"."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_participle_after_relay_continues_the_relayed_speaker(nlp: Pipeline) -> None:
    # Unseen news (Jawhara FM, Euro 2016): "مضيفا" was given to the agency.
    text = (
        'قال الرئيس الفرنسي فرانسوا هولاند أن خطر حصول اعتداءات خلال هذه الألعاب "قائم" '
        'لكن "علينا ألا نستسلم أبدا للخوف".\n'
        'ونقلت وكالة الصحافة الفرنسية عن هولاند قوله "هذا الخطر سيبقى قائما وللأسف لوقت '
        'طويل" مضيفا أن هذا الأمر يتطلب اتخاذ كافة الإحتياطات حتى تكون كأس أوروبا ناجحة.'
    )
    assert speaker_of(nlp, text, "أن هذا الأمر") == "فرانسوا هولاند"


def test_quoted_participle_after_relay_is_not_the_mediums(nlp: Pipeline) -> None:
    # Unseen news (Sky News Arabia, Rivaldo): "مضيفا" was given to the newspaper.
    text = (
        "نصح النجم السابق لفريق برشلونة، البرازيلي ريفالدو، مواطنه نيمار دا سيلفا بمغادرة "
        "باريس سان جيرمان الفرنسي والانتقال إلى ريال مدريد الإسباني.\n"
        'ونقلت صحيفة "الماركا" عن ريفالدو قوله "إذا أراد نيمار الفوز بالكرة الذهبية عليه '
        'أن يلعب في أقوى الأندية بالعالم"، مضيفا "في باريس سان جيرمان، لن يفوز أبدا '
        'بجائزة أفضل لاعب".'
    )
    assert speaker_of(nlp, text, "في باريس سان جيرمان") == "ريفالدو"


def test_subject_between_kana_and_qad_speaks(nlp: Pipeline) -> None:
    # Unseen news (BBC Arabic, Ghouta): "قد أخبرت الأمم المتحدة": the phrase after
    # the verb is whom Russia told; the subject stands before "قد".
    text = (
        "وقال غوتيريس إن تقدما قد أحرز في المحادثات.\n"
        "وكانت روسيا قد أخبرت الأمم المتحدة السبت أن وقفا أحادي الجانب لإطلاق النار "
        "سيبدأ في الجيب الشمالي حول دوما التي يسيطر عليها جيش الإسلام."
    )
    assert speaker_of(nlp, text, "أن وقفا") == "روسيا"


def test_subject_between_kana_and_qad_with_its_medium(nlp: Pipeline) -> None:
    # Unseen news (France 24, Hodeidah): Reuters was told, the official spoke.
    text = (
        "وأكدت الوزارة أن باريس لا تنفذ في هذه المرحلة أي عمليات عسكرية في منطقة الحديدة.\n"
        "وكان مسؤول إماراتي قد أبلغ رويترز الخميس بأن فرنسا وافقت على تقديم الدعم في "
        "إزالة الألغام للعملية."
    )
    assert speaker_of(nlp, text, "بأن فرنسا") == "مسؤول إماراتي"


def test_manner_adverb_opens_no_content(nlp: Pipeline) -> None:
    # Unseen news (Egyptian team): "نفى تماما أن": how he denied, not what.
    text = (
        "وكان إيهاب لهيطة مدير المنتخب قد نفى تماما أن تكون هناك مشادة اندلعت بين "
        "الحضري والجهاز الفني."
    )
    doc = nlp.analyze(text)
    assert [doc.slice(q)[:7] for q in doc.quotes or []] == ["أن تكون"]
