"""Cues mined from the news corpus (mined_cues.tsv, rasd/quotes/mine.py) on sentences
of development articles (folds 0-1): a verb whose بأن follows its object (طمأن الشعب
بأن، فسر انفعاله بأن) reports its subject's words, not the object's."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline
from rasd.quotes.lexicon import load_lexicon


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_mined_cues_are_read_after_the_hand_written_ones() -> None:
    lexicon = load_lexicon()
    assert "طمان" in lexicon.cues and "O" in lexicon.cues["طمان"].takes
    assert "طمان" not in load_lexicon(mined=False).cues
    # a hand-written form keeps its entry
    assert lexicon.cues["قال"].lemma == "قال"


def test_object_before_bi_an_is_not_the_speaker(nlp: Pipeline) -> None:
    text = (
        'اعتبر الرئيس التركي رجب طيب أردوغان، العقوبات الأمريكية على بلاده "طعنة بالظهر"، '
        "وطمأن الشعب التركي بأن الليرة ستعود إلى مستواها الطبيعي قريبا، وفقا لما قاله "
        "الإثنين، في العاصمة التركية، أنقرة"
    )
    assert speaker_of(nlp, text, "بأن الليرة") == "رجب طيب أردوغان"


def test_continuing_speaker_of_an_explanation(nlp: Pipeline) -> None:
    text = (
        "ودافع المتحدث باسم الرئاسة، هاري روك، عن دوتيرتي، وقال إنه عبر عن قناعاته "
        "الشخصية. وفسر انفعاله بأنه تعرض وهو طفل إلى اعتداء من قبل قس في مدرسة كاثوليكية."
    )
    assert speaker_of(nlp, text, "بأنه تعرض") == "هاري روك"


def test_a_prepositional_phrase_after_the_object_is_not_content(nlp: Pipeline) -> None:
    """Audit of unseen articles (AL-culture-32): a mined object verb takes أن, not ب and
    a noun: "طمأن الزعيم محبيه بالوطن العربي" reports nothing."""
    doc = nlp.analyze(
        "وفي مداخلة هاتفية أجراها عادل إمام مع الإعلامي وائل الإبراشي، طمأن الزعيم محبيه "
        "بالوطن العربي على حالته الصحية."
    )
    assert not any(doc.slice(q).startswith("بالوطن") for q in doc.quotes or [])
