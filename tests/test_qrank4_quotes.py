"""Quotations, the qrank4 pass (issue 12: the wrong person chosen as speaker).

In a relay ("نقلت وكالة الصحافة الفرنسية عن هولاند قوله") the verb agrees with the
medium that relays the words; the speaker's gender is on the pronoun of "قوله"،
"قولها". A later participle ("مضيفا") continues the relayed speaker, not the medium
nor an earlier speaker of the verb's gender."""

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
