"""A text cut after a comma (the audits read an article's first 3,000 characters; Al
Arabiya, 2018, unseen): the quotation rules look for "لكن" after the last comma and
must not read past the end (quotes/clause_cuts.but_clause)."""

from __future__ import annotations


def test_a_text_ending_in_a_comma_is_analysed(nlp):
    text = (
        "وأكد الوزير على الدور الذي يقوم به من أجل حماية شبابنا، حتى لا يقعوا فريسة للأفكار "
        "الإرهابية والمتطرفة، مؤكدًا الدور الذى تقوم به المؤسسات الدينية،"
    )
    assert nlp.analyze(text).text
