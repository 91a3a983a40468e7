"""Quotations, the qnoncue pass: a present "يهدد/تهدد" whose subject is a thing.

"الأمر الذي يهدد بوقف النمو"، "وتهدد العقوبات الأميركية الجديدة بتسديد ضربة": a thing
that threatens to bring about something says nothing; only a subject that speaks (a name,
a title, a source, a body) makes the threat reported speech. The past tells of people
("هدد الاثنان بالتصدي"), and a message "in which" someone threatens is speech too."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline
from rasd.quotes.records import quote_rows


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def threats(nlp: Pipeline, text: str) -> list[tuple[str, str]]:
    rows = quote_rows(nlp.analyze(text))
    return [(r["speaker"] or "?", r["quote"]) for r in rows if (r["cue"] or "").endswith("هدد")]


THINGS = [
    # Unseen news (ant-multisource).
    "ويحذر الخبراء منذ أشهر من أضرار محتملة لحرب تجارية بين واشنطن وبكين، الأمر الذي "
    "يهدد بوقف النمو الاقتصادي المستمر منذ سنوات.",
    "وتهدد العقوبات الأميركية الجديدة بتسديد ضربة قاسية للاقتصاد الروسي، وقد سجلت مؤشرات "
    "البورصة في موسكو تراجعا بحوالي 10% اليوم.",
    "وتهدد الاتهامات بإقحام تيموشينكو في فضيحة أوسع نطاقا.",
    "وتقدمت أسر عدة وجمعيات لحماية المستهلكين بشكاوى ضد لاكتاليس وشركات التجزئة بشأن "
    "الفضيحة، التي تهدد بالإضرار بسمعة قطاع التجارة الزراعية في الأسواق بالخارج.",
]


@pytest.mark.parametrize("text", THINGS)
def test_a_thing_that_threatens_says_nothing(nlp: Pipeline, text: str) -> None:
    assert threats(nlp, text) == []


SPEECH = [
    (
        "وتهدد تركيا بالهجوم على مدينة منبج التي تسيطر عليها قوات سوريا الديمقراطية.",
        "تركيا",
    ),
    (
        "وبدلا من أن يتخذ المرشد الإيراني علي خامنئي أو حرسه الثوري إجراءات اقتصادية، "
        "هدد الاثنان بالتصدي للمكدرين.",
        "علي خامنئي",
    ),
    (
        'ونشرت وكالة "أعماق" التابعة لـ"داعش" السبت الماضي، فيديو عبر تطبيق "تلغرام"، يهدد '
        "فيه عناصر من التنظيم بإعدام 6 أشخاص، ما لم يتم إطلاق سراح المعتقلات خلال 3 أيام.",
        'وكالة "أعماق"',
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SPEECH)
def test_a_threat_made_by_someone_is_speech(nlp: Pipeline, text: str, speaker: str) -> None:
    assert [s for s, _ in threats(nlp, text)] == [speaker]
