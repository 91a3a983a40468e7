"""Quotations, the qrank2 pass (issue 12: the wrong person chosen as speaker).

A cue that opens its sentence with no subject ("وقال إن …") may take the subject of
the sentence before, read after its opening verb. A sentence that opens with a name
("الصين تنفتح …"، "تيريزا ماي تخسر تصويتا حاسما", a related story's headline) has
no verb there: the word after the name is not its subject, and the speaker is found
as for any continuation (the last speaker)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_name_opening_sentence_gives_no_subject(nlp: Pipeline) -> None:
    # Unseen news (Chinese statement): "تنفتح", the verb after "الصين", was read as
    # the subject the next "وأشار" continues.
    text = (
        'وأفاد البيان أن "إصلاحات الصين وانفتاحها يتماشى مع مصالح الشعب الصيني". '
        "وأضاف أن الصين ستوفر مناخا أفضل للشركات الأجنبية من أجل الاستثمار.\n"
        'وقال إن "الانفتاح لابد أن يعمل في الاتجاهين. الصين تنفتح أمام الدول الأخرى '
        'وتأمل بانفتاح الآخرين على الصين".\n'
        "وأشار إلى أنه على الرغم من أن الخلافات بشأن التجارة أمر عادي فمن المهم العمل "
        "من أجل التوصل لحلول معقولة."
    )
    assert speaker_of(nlp, text, "إلى أنه على الرغم") == "البيان"


def test_headline_line_keeps_the_last_speaker(nlp: Pipeline) -> None:
    # A related story's headline between a speaker and his "وقال" (BBC Arabic layout).
    text = (
        "وصرح وزير الخزانة في حكومة الظل، جون ماكدونيل، لبي بي سي بأنه يرى أن أي "
        "تصويت من هذا القبيل يجب أن يكون حول شروط الاتفاق.\n"
        "تيريزا ماي تخسر تصويتا حاسما في البرلمان بشأن الخروج من الاتحاد الأوروبي\n"
        "وقال إن حزب العمال يحترم استفتاء عام 2016 الذي صوت فيه الناس."
    )
    assert speaker_of(nlp, text, "إن حزب العمال") == "جون ماكدونيل"


def test_verb_opening_sentence_still_gives_its_subject(nlp: Pipeline) -> None:
    # The rule it narrows: "واصلت السفيرة نيكي هايلي الضغط …. وقالت".
    text = (
        "واصلت السفيرة الأمريكية نيكي هايلي الضغط على مجلس الأمن لفرض عقوبات جديدة. "
        "وقالت إن الوقت قد حان للتحرك."
    )
    assert speaker_of(nlp, text, "إن الوقت") == "نيكي هايلي"
