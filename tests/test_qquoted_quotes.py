"""Quotations, the qquoted pass (issue 12: quoted words that are not speech taken as the
direct quotation).

A short quotation inside or right after the speaker's phrase and followed by the cue's
own complement (إن / أن / a colon, or the charge in ب after an accusation) is a
descriptor, a topic or the accused; what was said is what the complement opens
(`quoted_pieces.past_quoted_piece`). The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


PIECE_CASES = [
    # A descriptor of the speaker before the colon.
    (
        'وقال محمد حسين لباد "والد الطفلة": إن ابنته بصحة جيدة بعد فترة عصيبة عاشتها بعد '
        "إصابتها بالرصاصة الطائشة.",
        "والد الطفلة",
        "إن ابنته",
        "محمد حسين لباد",
    ),
    (
        "من جهته يقول فهد الغانمي «موظف في منتجع سياحي بأبحر»: إن السبب الرئيسي في الإقبال "
        "على الشاليهات هو المميزات والخدمات الشاملة المتوفرة لسائح من مسابح وأنشطة البحرية "
        "وغيرها.",
        "موظف في منتجع سياحي بأبحر",
        "إن السبب الرئيسي",
        "فهد الغانمي",
    ),
    # The topic of an occasion before أن.
    (
        'وأضاف عبد السلام خلال ندوة دولية حول "الإرهاب في المنطقة الإفريقية" أن الإرهاب ظاهرة '
        "عالمية تستهدف كل الشعوب و لابد من مقاربة أمنية شاملة لمجابهتها وتعزيز الوحدة الوطنية "
        "والثقة مع مؤسسات الدولة، وفق تعبيره.",
        "الإرهاب في المنطقة الإفريقية",
        "أن الإرهاب ظاهرة",
        "عبد السلام",
    ),
    # A body's name in the speaker's phrase before أن.
    (
        'وأوضح تقرير صادر عن "أوفيد" أن اجتماعات الصندوق في فيينا سواء مجلس وزراء المالية في '
        "الدول الأعضاء أو مجلس محافظي الصندوق ركزت على تطوير سياسات واستراتيجيات عمل أوفيد خلال "
        "العام المقبل.",
        "أوفيد",
        "أن اجتماعات الصندوق",
        "تقرير",
    ),
]


@pytest.mark.parametrize(("text", "piece", "start", "speaker"), PIECE_CASES)
def test_quoted_piece_before_the_complement_is_not_what_was_said(
    nlp: Pipeline, text: str, piece: str, start: str, speaker: str
) -> None:
    assert piece not in quote_texts(nlp.analyze(text))
    # The speaker as the phrase reads it (where it ends is another rule's).
    assert speaker_of(nlp, text, start).startswith(speaker)


def test_quoted_accused_before_the_charge_is_not_what_was_said(nlp: Pipeline) -> None:
    text = 'الهايكا تتهم "الحوار التونسي" بانتهاك كرامة الأشخاص'
    assert quote_texts(nlp.analyze(text)) == ["بانتهاك كرامة الأشخاص"]
    assert speaker_of(nlp, text, "بانتهاك") == "الهايكا"


def test_quoted_word_in_ba_stays_what_was_called_so(nlp: Pipeline) -> None:
    # "بوصفه" (as) after the quotation is no charge: the quotation is itself in ب.
    text = (
        "المحلل السياسي السعودي عبد الرحمن الطريري، امتدح خلال حديث لـ«الشرق الأوسط» ما وصفه "
        "بـ«الحزم» بوصفه مبدأ للعدل في الحكم في عهد الملك سلمان."
    )
    assert "الحزم" in quote_texts(nlp.analyze(text))
