"""Speakers, fourth pass: classes counted on the misattributed quotes of the
development parts (folds 0-2) of benchmarks/news-gold and ../shared/gold. Every
sentence is taken from a development article of news-gold."""

from __future__ import annotations

import pytest

from quote_speakers import choices, speakers
from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.quotes.extract import Choice


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner"])


def candidate(doc: Document, choice: Choice, source: str) -> int:
    """Index of the candidate a rule (`source`) proposed."""
    return next(i for i, c in enumerate(choice.candidates) if source in c.sources)


def of_cue(doc: Document, found: list[Choice], cue: str) -> Choice:
    """The quote whose cue is the word `cue`."""
    return next(c for c in found if c.quote.cue is not None and doc.slice(c.quote.cue) == cue)


def speaker_of(doc: Document, choice: Choice) -> str:
    m = choice.quote.speaker
    return "?" if m is None else m.canonical or doc.slice(m)


OBJECT_THEN_PREPOSITION = [
    pytest.param(
        "وكانت الولايات المتحدة قد اتهمت النظام السوري بشن هجوم بالأسلحة الكيماوية في "
        "مدينة دوما، وتعهد بالرد عليه.",
        "اتهمت",
        "الولايات المتحدة",
        id="accused-whom-of-what",
    ),
    pytest.param(
        'وأعربت روسيا عن "قلقها الشديد" إزاء الغارات الجوية الإسرائيلية، ودعت جميع '
        "الأطراف إلى ضبط النفس.",
        "دعت",
        "روسيا",
        id="called-on-whom-to-what",
    ),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), OBJECT_THEN_PREPOSITION)
def test_the_phrase_before_the_verbs_preposition_is_its_object(nlp, text, cue, speaker) -> None:
    """اتهم/وصف/دعا/حث X بـ/إلى/على: X right before the verb's preposition is whom
    the verb is about; the speaker is the subject before the verb or the clause's."""
    doc, found = choices(nlp, text)
    choice = of_cue(doc, found, cue)
    after = candidate(doc, choice, "after")
    assert choice.rows[after]["after_then_complement"] == 1.0
    if speaker is not None:
        assert speaker_of(doc, choice) == speaker


def test_a_name_with_a_role_before_the_preposition_is_the_subject(nlp) -> None:
    """ "حذر بولتون السفير من": the phrase read the object in as the name's role; the
    name is the subject, so the feature leaves it alone."""
    doc, found = choices(
        nlp, "وبحسب مسؤول أمريكي بارز، حذر بولتون السفير من أن واشنطن لن تقدم أي تنازلات."
    )
    choice = of_cue(doc, found, "حذر")
    after = candidate(doc, choice, "after")
    assert choice.rows[after]["after_then_complement"] == 0.0
    assert speaker_of(doc, choice) == "بولتون"


def test_a_speaking_verb_without_its_preposition_leaves_the_phrase_alone(nlp) -> None:
    doc, (choice,) = choices(
        nlp,
        "وقال مسؤولان من المعارضة لرويترز إن الطائرات السورية نفذت ثماني ضربات جوية.",
    )
    after = candidate(doc, choice, "after")
    assert choice.rows[after]["after_then_complement"] == 0.0


def test_a_country_of_the_sentence_is_a_candidate(nlp) -> None:
    """Countries and cities speak for their governments ("تركيا تتهم"، "نفت كولومبيا
    هذه الاتهامات قائلة"); the entity candidates were persons and organisations only."""
    doc, found = choices(
        nlp,
        "واتهم مادورو كولومبيا بالضلوع في هذه المحاولة، بينما نفت كولومبيا هذه "
        'الاتهامات قائلة إنها "لا أساس لها".',
    )
    choice = found[-1]
    places = {doc.slice(c.mention) for c in choice.candidates if "place_here" in c.sources}
    assert "كولومبيا" in places


def test_the_name_after_a_title_phrase_is_a_candidate(nlp) -> None:
    """ "وقال مدير مكتبه السياسي ياسر دلوان": a phrase after the verb that stops before
    the name; the name right after it is offered, and the phrase marked. (Since the
    qspk pass the phrase itself reads on to the name, and "لفرانس برس", whom it was
    told, is no candidate.)"""
    doc, (choice,) = choices(
        nlp,
        'وقال مدير مكتبه السياسي ياسر دلوان لفرانس برس "إذا اختار النظام الحل العسكري '
        'مرة أخرى سيرى ما يسوغه في الغوطة الشرقية".',
    )
    offered = {
        c.mention.canonical or doc.slice(c.mention)
        for c in choice.candidates
        if c.sources & {"after", "after_name"}
    }
    assert "ياسر دلوان" in offered and "فرانس برس" not in offered
    after = candidate(doc, choice, "after")
    named = [i for i, c in enumerate(choice.candidates) if "after_name" in c.sources]
    if named and after != named[0]:
        assert choice.candidates[after].name_follows


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


PHRASE_EXTENT = [
    pytest.param(
        "أصدر النائب العام المصري بياناً، الأربعاء، أكد فيه خلو جسدي السائحين البريطانيين "
        'اللذين توفيا في مدينة الغردقة بمصر الشهر الماضي من أي "عنف جنائي".',
        "النائب العام المصري",
        id="verb-before-a-title-opens-no-speaker",
    ),
    pytest.param(
        "واتهم عدد من النواب الديمقراطيين البيت الأبيض والجمهوريين بالسعي إلى عرقلة عمل "
        "روبرت مولر الذي يحقق منذ سنة في احتمال حصول تواطؤ بين موسكو وفريق حملة ترامب.",
        "عدد من النواب الديمقراطيين",
        id="plural-adjective-after-a-partitive",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), PHRASE_EXTENT)
def test_the_speaker_phrase_extent(full, text, speaker) -> None:
    assert speakers(full.analyze(text)) == [speaker]


def test_a_plural_after_a_singular_is_still_the_object(full) -> None:
    """ "ودعا الرئيس المواطنين": the partitive exception leaves the object rule alone."""
    assert speakers(full.analyze("ودعا الرئيس المواطنين إلى الهدوء.")) == ["الرئيس"]
