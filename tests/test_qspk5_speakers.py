"""Speakers, the qspk5 pass: relative clauses around the cue, on sentences of
development articles (folds 0 and 1).

- a verb right after a relative pronoun with its subject after it: that subject speaks,
  not the noun the pronoun stands for;
- a subject with a relative clause of its own before the verb (not a verb with و,
  which opens a second clause);
- a present plural verb inside a description ends it ("أطباء يعملون داخل …"), and a
  verb the news writes in the feminine past ("توعدت") opens no title phrase;
- a preposition carrying a pronoun ("إليهم") is never a speaker.
"""

from __future__ import annotations

import pytest

from quote_speakers import choices, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # The verb's pronoun stands for the antecedent, its object; the subject follows.
    pytest.param(
        "واحتجز برونسون للاشتباه بصلته بحزب العمال الكردستاني المحظور وحركة جماعة غولن، "
        "التي تتهمها تركيا بتنظيم انقلاب فاشل في عام 2016.",
        "بتنظيم",
        "تركيا",
        id="relative-verb-with-object-pronoun",
    ),
    # A verb of saying with its complementizer after the phrase: the antecedent is
    # what was said of, the phrase the speaker.
    pytest.param(
        "وأمسك نتنياهو بيده أثناء الكلمة التي ألقاها أمام المؤتمر قطعة من حطام الطائرة "
        "التي تقول إسرائيل إنها أسقطتها.",
        "إنها أسقطتها",
        "إسرائيل",
        id="relative-verb-of-saying",
    ),
    pytest.param(
        "وتشن الولايات المتحدة حربا تجارية بسبب ما تقول إدارته إنه اختلاس لحقوق الملكية "
        "الفكرية الأميركية.",
        "إنه اختلاس",
        "إدارته",
        id="what-the-subject-says",
    ),
    # A relative clause between the subject and a verb that takes an object: the
    # phrase after the verb is its object.
    pytest.param(
        "أغلب الآباء الذين تحدثنا إليهم وصفوا سوريا بأنها مكان يتسم بالغموض والخطر.",
        "بأنها مكان",
        "أغلب الآباء",
        id="subject-with-relative-clause",
    ),
    # A verb that opens the sentence, known as a verb by its feminine past ("توعدت"),
    # is not part of the title phrase after it.
    pytest.param(
        "وقالت الخارجية في بيان إنها تأمل أن يتم توضيح هذا الموقف. توعد رئيس الوزراء "
        'الإسرائيلي إيران وحزب الله اللبناني، مشددا على أن "السيادة الإسرائيلية في الجولان '
        'تشكل ضمانا للاستقرار في المنطقة".',
        "على أن",
        "رئيس الوزراء الإسرائيلي",
        id="verb-before-title",
    ),
    # A present plural verb ends the description it describes.
    pytest.param(
        "ووصف أطباء يعملون داخل الغوطة الشرقية، في تصريحات لـCNN، قرار مجلس الأمن بشأن "
        'الهدنة بأنه "حبر على ورق".',
        "حبر على ورق",
        "أطباء",
        id="verb-ends-description",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_speaker(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_agreeing_relative_verb_with_object_is_left_to_the_ranker(nlp: Pipeline) -> None:
    """ "تركيا التي تعتبر القوة الكردية امتدادا": the antecedent may be the subject of
    a verb that agrees with the pronoun and has no complementizer; no rule forces the
    phrase after the verb."""
    text = (
        "ووحدات حماية الشعب حليف الولايات المتحدة الرئيسي ضد تنظيم داعش في سوريا، وهي "
        "شراكة أثارت غضب تركيا التي تعتبر القوة الكردية امتدادا لحزب العمال الكردستاني."
    )
    doc, found = choices(nlp, text)
    names = {doc.slice(c.mention) for choice in found for c in choice.candidates}
    assert "تركيا" in names


def test_subject_before_relative_clause_is_a_candidate(nlp: Pipeline) -> None:
    """ "فجميع الجماهير الأجانب الذين تحدثت إليهم أعربوا": the subject before the
    relative clause is the rules' speaker; "إليهم" (to them) is no candidate."""
    text = (
        "فروسيا بدت أكثر حميمية وترحيبا. فجميع الجماهير الأجانب الذين تحدثت إليهم "
        "أعربوا عن سعادتهم واندهاشهم الشديد."
    )
    doc, found = choices(nlp, text)
    (choice,) = found
    rule = next(c for c in choice.candidates if "rule" in c.sources)
    assert doc.slice(rule.mention) == "جميع الجماهير الأجانب"
    assert "إليهم" not in {doc.slice(c.mention) for c in choice.candidates}
    assert speaker_of(nlp, text, "عن سعادتهم") == "جميع الجماهير الأجانب"


def test_coordinated_verb_after_relative_clause(nlp: Pipeline) -> None:
    """ "الأوضاع التي جرى فيها التصويت، واتهمته الحكومة": a verb with و opens a second
    clause and does not take the antecedent for subject (a sentence of the audit of
    unseen news that found the class)."""
    text = (
        "وانتقد هونكو، الأوضاع التي جرى فيها التصويت، واتهمته الحكومة بالتعاطف مع حزب "
        "العمال الكردستاني المحظور."
    )
    assert speaker_of(nlp, text, "بالتعاطف") == "الحكومة"
