"""Quotations, the qend pass (issue 12: spans that run on past their end).

"في إشارة إلى …" (in reference to …) is the writer's note on what the words pointed at.
After a comma it already ended the reported clause (words.tsv `cut_pair`); with no comma
before it, the span ran on through the writer's note (words.tsv `bare_cut_pair`,
`clause_cuts.bare_comment`)."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


POINTER_CASES = [
    # Unseen ant-multisource articles, design seeds 10995-10997.
    (
        "قال الشيخ سعود بن عبدالرحمن آل ثاني، سفير قطر في ألمانيا، إن بلاده استفادت من "
        '"تجربة الحصار المرّة" في إشارة إلى الأزمة الخليجية ومقاطعة كل من السعودية '
        "والإمارات والبحرين لقطر.",
        "إن بلاده",
        'إن بلاده استفادت من "تجربة الحصار المرّة',  # spans leave a closing mark out
    ),
    (
        "أقر مجلس النواب العراقي، الخميس، قرارا يدعو الحكومة إلى وضع جدول زمني لمغادرة "
        "القوات الأجنبية من العراق في إشارة إلى التحالف الدولي الذي قدم الإسناد خلال "
        "المعارك ضد داعش.",
        "إلى وضع",
        "إلى وضع جدول زمني لمغادرة القوات الأجنبية من العراق",
    ),
    # "وذلك" only leads to the note.
    (
        "وقال وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش إن مصر تعتبر الضامن الأهم "
        "تاريخيا وذلك في إشارة إلى الجهود التي بذلتها القاهرة في حفظ أرواح الفلسطينيين.",
        "إن مصر",
        "إن مصر تعتبر الضامن الأهم تاريخيا",
    ),
    # An adjective before the preposition: "في إشارة جديدة على أن".
    (
        "وأظهرت بيانات أن الصادرات الألمانية هبطت على نحو غير متوقع في فبراير، مسجلة أكبر "
        "هبوط شهري في عامين ونصف العام، ليتقلص الفائض التجاري في إشارة جديدة على أن "
        "النزاعات التجارية العالمية بدأت تؤثر على الاقتصاد.",
        "أن الصادرات",
        "أن الصادرات الألمانية هبطت على نحو غير متوقع في فبراير، مسجلة أكبر هبوط شهري في "
        "عامين ونصف العام، ليتقلص الفائض التجاري",
    ),
]


@pytest.mark.parametrize(("text", "start", "quote"), POINTER_CASES)
def test_pointer_ends_the_quote(nlp: Pipeline, text: str, start: str, quote: str) -> None:
    texts = [t for t in quote_texts(nlp.analyze(text)) if t.startswith(start)]
    assert texts == [quote]
