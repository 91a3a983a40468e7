"""A person's first name alone in the document that names them in full
(`rasd.ner.first_names`), on real sentences of unannotated news (seeds 20261344-59
of `benchmarks/ner_rule_diff.py`), with the tags a tagger gives them."""

from __future__ import annotations

from rasd.ner.first_names import first_names
from rasd.ner.gazetteer import loose_key

# News counts of the words the rule weighs: names almost never take the article.
_LEXICON = {"حورية": 310, "الحورية": 2, "أندروميدا": 40, "تيكى": 6}


def _sentence(text: str, tagged: dict[str, str]) -> tuple[list[str], list[str], list[str]]:
    words = text.split()
    return [loose_key(w) for w in words], words, [tagged.get(w, "O") for w in words]


def _run(*sentences: tuple[list[str], list[str], list[str]]) -> list[list[str]]:
    tags = [t for _, _, t in sentences]
    first_names([k for k, _, _ in sentences], [w for _, w, _ in sentences], tags, _LEXICON)
    return tags


def test_a_first_name_alone_after_the_full_name_is_the_person():
    full = {"حورية": "B-PER", "فرغلي": "I-PER"}
    title = _sentence("حورية فرغلي : درة خطفت هذا الدور مني .. وتسيء لي", full)
    film = _sentence("حفل فيلم ديكور الذي قامت ببطولته حورية فرغلي رفضت طلب مصور", full)
    alone = _sentence("وفي لقاء تلفزيوني مساء الجمعة كشفت حورية أن درة هي من حصلت على الدور", {})
    tags = _run(title, film, alone)
    assert tags[2][alone[1].index("حورية")] == "B-PER"
    assert tags[0] == title[2] and tags[1] == film[2]


def test_a_name_no_person_word_or_speech_verb_precedes_stays_untagged():
    # A product's code name the tagger read twice as a person's name with its Latin
    # spelling: nothing before its mentions says it is a person.
    full = {"أندروميدا": "B-PER", "Andromeda": "I-PER"}
    named = _sentence("ويحمل هذا الجهاز الاسم الرمزي أندروميدا Andromeda ،", full)
    again = _sentence("تم الكشف عن الاسم الرمزي أندروميدا Andromeda في العام الماضي", full)
    alone = _sentence("وتشير مصادر على دراية بمشروع أندروميدا إلى أن الشركة تستطيع", {})
    assert _run(named, again, alone)[2] == alone[2]


def test_a_first_word_before_the_rest_of_its_name_is_not_tagged_alone():
    full = {"تيكى": "B-PER", "تاكا": "I-PER"}
    built = _sentence("ببناء الهجمات بطريقة تيكى تاكا ، التى تمزج بين تبادل الكرة", full)
    style = _sentence("فهل يتوارى أسلوب تيكى تاكا .. هل يتوارى هذا الأسلوب", full)
    untagged = _sentence("إلا أن روما واجه أسلوب تيكى تاكا بطريقة الضغط العالى", {})
    assert _run(built, style, untagged)[2] == untagged[2]
