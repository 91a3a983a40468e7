"""Quotations, the qaudit19 pass (an audit of unseen articles, seeds 10009 and 10010).

"الخبير الاقتصادي لدى "إس.إم.بي.سي نيكو" للأوراق المالية: "…"": a short quoted string
right after "لدى" is the body the speaker works for (or someone is held by), a name, not
the speaker's words; the cue's quotation is the one after it.

"أوضح الجيش أنّ جنوده ردوا "…" ولمنع …": a quotation that comes after the reported
clause's own words (its subject, its verb) is part of that indirect clause, as the
annotations have it (94 such clauses in dev folds 0-1 against about 9 direct); only one
that opens right after the complementizer ("أن "…" بعدما") is the direct quote.

"وأكدت المغنية عبر صفحتها على شبكة #فيسبوك، "…"": "على شبكة" names the site the words
were posted on, like "على موقع"; it is not the "على" that "أكد" takes.

"…، وذلك حسب ما قاله مصدر ناقش المسألة مع البيت الأبيض": "وذلك" after a comma leads to
the attribution, which closes the clause before it; the quote is that clause, without
"وذلك" and without the source's own words. Nor does the writer's transition that opens
the sentence ("من جهة أخرى،"، "إلى ذلك،") belong to what the source vouches for."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


HELD_AT = [
    # The audit's sentence (seed 10010): the firm's name was the first direct quote.
    (
        'وقال يوشيماسا ماروياما، الخبير الاقتصادي المعني بالأسواق لدى "إس.إم.بي.سي نيكو" '
        'للأوراق المالية: "العناصر المرتبطة بتكنولوجيا المعلومات في مرحلة تكيف على مستوى '
        'العالم، وهو ما أثر سلباً على صادرات اليابان وإنتاجها الصناعي".',
        "العناصر المرتبطة بتكنولوجيا المعلومات في مرحلة تكيف على مستوى العالم، وهو ما أثر "
        "سلباً على صادرات اليابان وإنتاجها الصناعي",
    ),
    # Unseen news.
    (
        'وقال مايكل مكارثي كبير محللي السوق لدى "سي.إم.سي ماركتس" في سيدني "العزوف التام '
        "عن المخاطرة الذي نراه بوضوح في شتى الأسواق ينال أيضا من النفط، وتلك المخاوف "
        'السابقة بشأن المعروض تبخرت ببساطة".',
        "العزوف التام عن المخاطرة الذي نراه بوضوح في شتى الأسواق ينال أيضا من النفط، وتلك "
        "المخاوف السابقة بشأن المعروض تبخرت ببساطة",
    ),
]


@pytest.mark.parametrize(("text", "quote"), HELD_AT)
def test_quoted_name_after_lada_is_no_quotation(nlp: Pipeline, text: str, quote: str) -> None:
    doc = nlp.analyze(text)
    assert quote_texts(doc) == [quote]
    assert speakers(doc)[0] != "?"


INSIDE_CLAUSE = [
    # The audit's sentence (seed 10010): the quoted middle was a direct quote.
    (
        'وأوضح الجيش أنّ جنوده ردوا "باستخدام وسائل مكافحة الشغب وأطلقوا الرصاص الحي تطبيقا '
        'لقواعد الاشتباك" ولمنع محاولة تسلل إلى إسرائيل.',
        'أنّ جنوده ردوا "باستخدام وسائل مكافحة الشغب وأطلقوا الرصاص الحي تطبيقا لقواعد '
        'الاشتباك" ولمنع محاولة تسلل إلى إسرائيل',
        "indirect",
    ),
    # Unseen news.
    (
        'وقال مصدر أمني إن القوات الإسرائيلية "قصفت بأربع قذائف مدفعية نقطتي رصد لحماس شرق '
        'حي الزيتون" شرق غزة ولم تسجل إصابات.',
        'إن القوات الإسرائيلية "قصفت بأربع قذائف مدفعية نقطتي رصد لحماس شرق حي الزيتون" شرق '
        "غزة ولم تسجل إصابات",
        "indirect",
    ),
    # A quotation right after the complementizer stays the direct quote.
    (
        'وأكد المرصد أن "التصعيد الجديد يمهد لهجوم بري لقوات النظام" بعدما استكملت '
        "القوات تعزيزاتها.",
        "التصعيد الجديد يمهد لهجوم بري لقوات النظام",
        "direct",
    ),
]


@pytest.mark.parametrize(("text", "quote", "kind"), INSIDE_CLAUSE)
def test_quotation_after_the_clause_words_is_indirect(
    nlp: Pipeline, text: str, quote: str, kind: str
) -> None:
    doc = nlp.analyze(text)
    assert quote_texts(doc) == [quote]
    assert [q.kind for q in doc.quotes or []] == [kind]


def test_network_after_the_page_is_where_it_was_said(nlp: Pipeline) -> None:
    # The audit's sentence (seed 10010): the quotation began at "على شبكة".
    text = (
        'وأكدت المغنية عبر صفحتها على شبكة #فيسبوك، "عاكسني الحظ في الفترة الأخيرة.. كنت '
        'متشوقة للصعود مجددا إلى المسرح إلا أنني مريضة".'
    )
    doc = nlp.analyze(text)
    assert quote_texts(doc) == [
        "عاكسني الحظ في الفترة الأخيرة.. كنت متشوقة للصعود مجددا إلى المسرح إلا أنني مريضة"
    ]
    assert speakers(doc) == ["المغنية"]


THAT_IS_ACCORDING = [
    # The audit's sentence (seed 10009): the quote ran on to the source's last word.
    (
        "تسعى إدارة الرئيس الأميركي دونالد ترمب إلى فرض رسوم جمركية على واردات من الصين "
        "بقيمة 60 مليار دولار، وستستهدف قطاعي التكنولوجيا والاتصالات، وذلك حسب ما قاله "
        "مصدر ناقش المسألة مع البيت الأبيض.",
        "تسعى إدارة الرئيس الأميركي دونالد ترمب إلى فرض رسوم جمركية على واردات من الصين "
        "بقيمة 60 مليار دولار، وستستهدف قطاعي التكنولوجيا والاتصالات",
    ),
    # Unseen news: the quote ended with "، وذلك".
    (
        "تعتزم شركة آبل إطلاق هاتفيها الجديدين بلونيهما الأحمر الاثنين، وذلك بحسب موقع "
        "ماك رومرز المتخصص.",
        "تعتزم شركة آبل إطلاق هاتفيها الجديدين بلونيهما الأحمر الاثنين",
    ),
]


@pytest.mark.parametrize(("text", "quote"), THAT_IS_ACCORDING)
def test_that_is_according_to_closes_the_clause(nlp: Pipeline, text: str, quote: str) -> None:
    assert quote_texts(nlp.analyze(text)) == [quote]


def test_transition_opening_the_sentence_is_the_writers(nlp: Pipeline) -> None:
    # Unseen news: the quote began with "إلى ذلك،".
    text = (
        "إلى ذلك، قتل خمسة أشخاص وجرح 16 في هجوم استهدف منطقة الشعب ذات الغالبية الشيعية، "
        "بحسب المصدر نفسه."
    )
    assert quote_texts(nlp.analyze(text)) == [
        "قتل خمسة أشخاص وجرح 16 في هجوم استهدف منطقة الشعب ذات الغالبية الشيعية"
    ]
