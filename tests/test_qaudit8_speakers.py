"""Speakers, the qaudit8 pass (an audit of unseen articles, seed 9951).

A verb that never goes without its object (اتهم، وصف، نعت; `M` in quotes/cues.tsv) with a single
noun phrase before its preposition. That phrase is the object; the subject is left
unsaid and is an earlier clause's ("واتهمت واشنطن بمحاولة …" after "أدانت كوريا
الشمالية"). With two phrases the first is still the subject.

A definite plural subject in -ون followed by a singular title and a name: the title
and name are the object ("وصف المصريون الممثل عمرو عبدالجليل بأنه")."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # The audit's sentence: واشنطن is whom North Korea accused.
    pytest.param(
        "أدانت #كوريا_الشمالية، الأحد، أحدث جولة من العقوبات التي فرضتها "
        "#الولايات_المتحدة، واتهمت واشنطن بمحاولة تقويض التحسن في العلاقات بين "
        "الكوريتين خلال دورة الألعاب الشتوية.",
        "بمحاولة",
        "كوريا الشمالية",
        id="audit-accused-object",
    ),
    # A dev article (fold 0): the accuser is the previous sentence's speaker.
    pytest.param(
        "كما أدلى كافانو بشهادته، رافضا بشدة الادعاء وقال إنه لم يعتد على فورد أو شخص "
        "أخر على الإطلاق. واتهم الديمقراطيين بتسييس القضية وإلحاق الضرر بأسرته وتشويه "
        "سمعته.",
        "بتسييس",
        "كافانو",
        id="dev-accused-object",
    ),
    # Two phrases before the preposition: the first is the subject.
    pytest.param(
        "واتهم مادورو كولومبيا وعناصر في الولايات المتحدة بتحريك الهجوم.",
        "بتحريك",
        "مادورو",
        id="subject-and-object",
    ),
    # A dev article (fold 1): a name with a reflexive object is the subject.
    pytest.param(
        "ووصف الدوسري نفسه بأنه محترف لكرة القدم الإلكترونية، مشيرا إلى انتشارها في بلاده.",
        "بأنه",
        "الدوسري",
        id="dev-reflexive-object",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_object_of_accusing_verb_is_not_the_speaker(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


# A definite plural in -ون heads no genitive and takes no singular apposition: a
# singular title before a person's name after it opens the verb's object.
PLURAL_CASES = [
    # The audit's sentence (seed 9951), with a phrase between subject and object.
    pytest.param(
        'وصف المصريون في سياق ساخر الممثل عمرو عبدالجليل، أحد نجوم مسلسل "طايع"، بأنه '
        "أكثر شخصية مكروهة في مصر بعد لاعب ريال مدريد راموس.",
        "بأنه",
        "المصريون",
        id="audit-plural-subject",
    ),
    pytest.param(
        "وصف المصريون الممثل عمرو عبدالجليل بأنه أكثر شخصية مكروهة في مصر.",
        "بأنه",
        "المصريون",
        id="plural-subject-next-to-title",
    ),
    # A singular subject keeps its title and name.
    pytest.param(
        "ووصف الرئيس الأمريكي دونالد ترامب الاتفاق النووي بأنه أسوأ اتفاق على الإطلاق.",
        "بأنه",
        "دونالد ترامب",
        id="singular-title-subject",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), PLURAL_CASES)
def test_title_after_plural_subject_is_the_object(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker
