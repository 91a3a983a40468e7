"""Quotations, the qletters pass: acronyms spelled in Arabic letters (words.tsv
`spelled_letter`). An "إن" between two letters ("إم إس إن بي سي"), doubled after one
("سي إن إن"), before letters after a medium's noun ("محطة إن بي سي") or in a run of
letters that opens after a quotation mark ("" إن بي سي"، "" بي إن سبورت") is the letter
N, not the complementizer; a last "إن" after letters outside marks ("لبي بي سي إن")
still opens what was said. Letters in marks after a medium's noun or a cue are a name,
not a quotation. The present of اعتبر with a
word of rank (words.tsv `ranked_as`: "يعتبر أحد أبرز"، "تعتبر تركمانستان من أكثر") is
the passive, one rule (cue_readings.counted_among): no quotation, and its noun no speaker."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


LETTERS = [
    # Unseen news (aawsat): the quotation opened at MSNBC's "إن".
    (
        "وصرح وزير الخارجية الأميركي، جون كيري، لشبكة «إم إس إن بي سي»، أنه بحث مسألة "
        "الصحافي يوميًا خلال المفاوضات.",
        "أنه بحث مسألة الصحافي يوميًا خلال المفاوضات",
    ),
    # Unseen news: NBC in marks, then the complementizer.
    (
        'وقال داميكو خلال لقائه مع شبكة "إن بي سي" إن نحو 150 ألف دولار لا تزال باقية.',
        "إن نحو 150 ألف دولار لا تزال باقية",
    ),
    # Unseen news: beIN's "إن" opened the quotation.
    (
        'وتقول "بي إن" إن الحقوق الحصرية التي تمتلكها تتعرض للقرصنة.',
        "إن الحقوق الحصرية التي تمتلكها تتعرض للقرصنة",
    ),
    # Unseen news: NBC after an indefinite medium's noun, no marks.
    (
        "قالت محطة إن بي سي الأمريكية يوم السبت إن شركة أمنية إسرائيلية خاصة تم استئجارها.",
        "إن شركة أمنية إسرائيلية خاصة تم استئجارها",
    ),
    # Unseen news: CNBC in marks after "شبكة" is the network's name, not a quotation.
    (
        'وقال منتوشين في مقابلة مع شبكة "سي إن بي سي" إن الأسواق تميل للذهاب بعيدا جدا.',
        "إن الأسواق تميل للذهاب بعيدا جدا",
    ),
    (
        'لكن بومبيو أشار، في لقاء مع شبكة "سي إن بي سي"، إلى أن الرئيس مستعد للجلوس في '
        "محادثات معهم.",
        "أن الرئيس مستعد للجلوس في محادثات معهم",
    ),
    # Unseen news: CNBC without marks.
    (
        "كندا قالت في تصريحات لقناة سي إن بي سي الأميركية إن هناك تقدما في المحادثات.",
        "إن هناك تقدما في المحادثات",
    ),
]

THAT = [
    # Unseen news: after BBC, "إن" is the complementizer.
    "وقال مسؤولون لبي بي سي إن الرياح هبت بسرعة 130 كيلومترا.",
    # The complementizer before letters outside marks.
    "وفي حكمه، قال قاضي المحكمة العليا إن بي بي سي قد انتهكت القانون.",
    # "ليو" (Lew) is no letter with ل before two more letters.
    "وقال ليو إن الادارة الاميركية ستقضي فترة الصيف في الاستماع.",
]


@pytest.mark.parametrize(("text", "quote"), LETTERS)
def test_spelled_letters_open_nothing(nlp: Pipeline, text: str, quote: str) -> None:
    assert quote_texts(nlp.analyze(text)) == [quote]


@pytest.mark.parametrize("text", THAT)
def test_complementizer_after_or_before_letters(nlp: Pipeline, text: str) -> None:
    quotes = quote_texts(nlp.analyze(text))
    assert len(quotes) == 1 and quotes[0].startswith("إن ")


def test_counted_among_leaves_no_speaker(nlp: Pipeline) -> None:
    # Unseen news (alriyadh): "التدخين من أهم عوامل الخطورة" was remembered as a speaker
    # and spoke the "وجد أن" that follows; "يُعتبر من أهم" is the writer's description.
    text = (
        "ويعتبر التدخين من أهم عوامل الخطورة على القلب سواء في النساء أو الرجال، وقد وجد "
        "أن هناك ارتباطا وثيقا بين الإصابة بجلطات القلب في سن أصغر والتدخين."
    )
    assert "التدخين" not in speaker_of(nlp, text, "أن هناك")


RANKED = [
    # A word of rank where the content would start, with or without a noun before it.
    "ويعتبر الراتب المرتفع أحد أبرز العوائق أمام التوظيف.",
    "ويعتبر أحد أبرز الوجوه الشابة في الحزب.",
    # "من" and a word of rank after the noun ("تعتبر تركمانستان من أكثر").
    "وتعتبر تركمانستان من أكثر الدول انغلاقا في العالم.",
]


@pytest.mark.parametrize("text", RANKED)
def test_ranked_passive_is_no_quotation(nlp: Pipeline, text: str) -> None:
    assert quote_texts(nlp.analyze(text)) == []
