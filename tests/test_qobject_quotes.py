"""Quotations, the qobject pass (issue 12: the object of a judging verb taken as the
speaker).

A verb that never goes without its object (cues.tsv flag M: وصف، اتهم، نعت) with a
title and the person's name it heads right before its preposition has that person for
its object, and its subject is an earlier clause's (`titled_objects.titled_name`,
asked by `candidates._object_after`). A title and name followed by another noun before
the preposition are the subject, and stay the speaker. The sentences are from unseen
ant-multisource articles."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _speaker(nlp: Pipeline, text: str, opening: str) -> str | None:
    doc = nlp.analyze(text)
    quote = next(q for q in doc.quotes if doc.text[q.start : q.end].startswith(opening))
    return doc.slice(quote.speaker) if quote.speaker is not None else None


ACCUSED = (
    'ندد زعيم حزب "الجمهوريون" اليميني لوران فوكييه السبت، بنشر تصريحات أدلى بها خلال '
    "محاضرة أمام عدد من الطلاب، اتهم فيها الرئيس الأسبق نيكولا ساركوزي بالتنصت على "
    "وزراء حكومته."
)


def test_the_titled_person_accused_is_no_speaker(nlp: Pipeline) -> None:
    speaker = _speaker(nlp, ACCUSED, "بالتنصت")
    assert speaker is not None
    assert "ساركوزي" not in speaker
    assert speaker.startswith("زعيم حزب")


ACCUSER = (
    "واتهم الزعيم القبرصى التركى مصطفى اكينجى القبارصة اليونانيين بالتصرف في موارد "
    "الجزيرة وكأنها ملك لهم فقط."
)


def test_a_titled_subject_before_the_object_speaks(nlp: Pipeline) -> None:
    assert _speaker(nlp, ACCUSER, "بالتصرف") == "الزعيم القبرصى التركى مصطفى اكينجى"
