"""A national team is named by its country: "منتخب ألمانيا" is the place ألمانيا, as the
annotated news write it (unannotated Sky News Arabia sentence, 2018-06-02)."""

from __future__ import annotations

from rasd.pipeline import Pipeline


def test_a_national_team_is_its_country():
    doc = Pipeline(["text", "ner"]).analyze(
        "عاد حارس مرمى بايرن ميونخ، مانويل نوير، إلى تشكيلة منتخب ألمانيا بطل العالم، "
        "للمرة الأولى منذ سبتمبر الماضي"
    )
    names = {(doc.slice(e), e.label) for e in doc.entities or []}
    assert ("ألمانيا", "LOC") in names
    assert not any("منتخب" in name for name, _ in names)
