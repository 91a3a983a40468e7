"""A body named by a chain of nouns in construct is one ORG (rasd.ner.noun_chains):
"[ديوان تنمية الوسط الغربي|ORG]"; a head with no definite genitive after its bare
nouns ("جمعية خيرية أحد …") or a head straight before a definite word is left to the
tagger. Sentences from unseen Jawhara FM and SaudiNewsNet articles."""

from __future__ import annotations

import pytest

from rasd.ner.noun_chains import chain_bodies
from rasd.ner.stage import EntityRecognizer


def _chained(ner: EntityRecognizer, sentence: str, tags: str) -> str:
    forms = [ner.tagger.featurizer.form(w) for w in sentence.split()]
    out = tags.split()
    lexicon = ner.tagger.featurizer.segmenter.lexicon
    chain_bodies([f.word for f in forms], [f.stem for f in forms], out, lexicon)
    return " ".join(out)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (  # untagged: head, a bare noun, the genitive and its adjective
            "انجاز مشروع بناء مقر ديوان تنمية الوسط الغربي بمدينة القصرين",
            "O O O O O O O O O B-LOC",
            "O O O O B-ORG I-ORG I-ORG I-ORG O B-LOC",
        ),
        (  # the tagger stopped at the head, joined by و
            "وعدد من البلديات المجاورة ووكالة حماية وتهيئة الشريط الساحلي بتنفيذ 7 قرارات",
            "O O O O B-ORG O O O O O O O",
            "O O O O B-ORG I-ORG I-ORG I-ORG I-ORG O O O",
        ),
    ],
)
def test_chain_body(ner: EntityRecognizer, sentence: str, tags: str, expected: str) -> None:
    assert _chained(ner, sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # no definite genitive after the bare nouns
        ("وترسل جمعية خيرية أحد العاملين في مجال الصحة", "O O O O O O O O"),
        # a head straight before a definite word
        ("وبالتحديد في فترة الإدارة الجديدة التي تقود الجمعية حاليًا", "O O O O O O O O O"),
        # a bare head, then coordinated bare heads
        ("أو أدار جمعية أو مركزا أو هيئة أو منظمة", "O O O O O O O O O"),
    ],
)
def test_no_chain(ner: EntityRecognizer, sentence: str, tags: str) -> None:
    assert _chained(ner, sentence, tags) == tags
