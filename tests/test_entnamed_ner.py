"""A body or place named after a person is one name with the label of its head, and
the person inside is no entity of its own (rasd.ner.named_after): "[مركز الملك سلمان
للإغاثة|ORG]", "[مطار الملك عبدالعزيز الدولي|LOC]", "[جامعة الإمام محمد بن سعود
الإسلامية|ORG]"; without a title the name needs its closing words, so a person after
a head noun stays a person. Sentences from unseen Saudi news articles."""

from __future__ import annotations

import pytest

from rasd.ner.named_after import named_after
from rasd.ner.stage import EntityRecognizer


def _named(ner: EntityRecognizer, sentence: str, tags: str) -> str:
    forms = [ner.tagger.featurizer.form(w) for w in sentence.split()]
    out = tags.split()
    named_after([f.key for f in forms], [f.word for f in forms], [f.stem for f in forms], out)
    return " ".join(out)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (  # head + title + person + a "لـ" phrase
            "وأضاف إن مركز الملك سلمان للإغاثة كانت له آثار",
            "O O O O B-PER O O O O",
            "O O B-ORG I-ORG I-ORG I-ORG O O O",
        ),
        (  # the phrase goes on through nouns joined by "و"
            "ومن خلال مركز الأمير محمد بن نايف للمناصحة والرعاية والذي تأسس",
            "O O O O B-PER I-PER I-PER O O O O",
            "O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O",
        ),
        (  # a place's head, its adjective; a proclitic on the head
            "تمكن رجال جمرك مطار الملك عبدالعزيز الدولي بجدة من إحباط",
            "O O O O O B-PER I-PER B-LOC O O",
            "O O O B-LOC I-LOC I-LOC I-LOC B-LOC O O",
        ),
        (
            "وحالة منومة بمستشفى الأمير محمد بن عبدالعزيز وحالة انتقلت",
            "O O O O B-PER I-PER I-PER O O",
            "O O B-LOC I-LOC I-LOC I-LOC I-LOC O O",
        ),
        (  # head and title tagged as a name of their own, the adjective alone
            "في كلية الشريعة بجامعة الإمام محمد بن سعود الإسلامية ، أن",
            "O B-ORG I-ORG B-ORG I-ORG B-PER I-PER I-PER B-ORG O O",
            "O B-ORG I-ORG B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O",
        ),
        (  # the tagger took the title into the name
            "وقعت إدارة مطار الملك فهد الدولي أمس الخميس عقد",
            "O O O B-ORG I-ORG I-ORG O O O",
            "O O B-LOC I-LOC I-LOC I-LOC O O O",
        ),
        (  # a mosque (جامع), not a university (جامعة)
            "لمجمع حلقات جامع الشيخ صالح الراجحي بحي الملك فهد",
            "O O B-LOC I-LOC B-PER I-PER O O O",
            "O O B-LOC I-LOC I-LOC I-LOC O O O",
        ),
        (  # a city of the state's science, not a town
            "أصدرت مدينة الملك عبدالعزيز للعلوم والتقنية كتيبًا جديدًا",
            "O O O B-PER O O O O",
            "O B-ORG I-ORG I-ORG I-ORG I-ORG O O",
        ),
        (
            "ومدينة الملك عبدالله الاقتصادية في رابغ",
            "O O B-PER O O O",
            "B-LOC I-LOC I-LOC I-LOC O O",
        ),
        (  # without a title, the closing adjective
            "وقدمت مؤسسة سالم بن محفوظ الخيرية مساعدات للأسر",
            "O O B-PER I-PER I-PER O O O",
            "O B-ORG I-ORG I-ORG I-ORG I-ORG O O",
        ),
    ],
)
def test_named_after_person(ner: EntityRecognizer, sentence: str, tags: str, expected: str) -> None:
    assert _named(ner, sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # a person after a head noun, with neither a title nor closing words
        ("وقال مدير مركز الشرطة سالم محمد إن الحادث", "O O B-ORG I-ORG I-ORG B-PER O O"),
        ("في ساحة محمد علي وسط المدينة", "O O B-PER I-PER O O"),
        # an office is no head; a surname spelt like an adjective closes nothing
        ("وقال مكتب السيسي إن الرئيس", "O O B-PER O O"),
        # a definite head describes
        ("وزار المركز الأمير فيصل بن خالد", "O O O B-PER I-PER I-PER"),
    ],
)
def test_person_beside_a_head(ner: EntityRecognizer, sentence: str, tags: str) -> None:
    assert _named(ner, sentence, tags) == tags


def test_award_is_no_entity(ner: EntityRecognizer) -> None:
    sentence = "فاز بجائزة الملك فيصل العالمية لخدمة الإسلام"
    assert _named(ner, sentence, "O O O B-PER O O O") == "O O O O O O O"
