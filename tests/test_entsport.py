"""Sports names the tagger reads as persons or misses (issue 14), on sentences of
unannotated news (ANT corpus, Jawhara FM, Saudi newspapers): a competition named after
a person or a sponsor (`rasd.ner.named_competitions`) and a name missed in a comma list
of players or actors (`rasd.ner.line_ups`)."""

from __future__ import annotations

from rasd.ner.line_ups import line_ups
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


def _entities(ner: EntityRecognizer, text: str) -> set[tuple[str, str]]:
    doc = ner(Pipeline(["text"]).analyze(text))
    return {(text[e.start : e.end], e.label) for e in doc.entities}


def test_tournament_named_like_a_person(ner):
    found = _entities(
        ner,
        "وقررت أنس جابر عدم المشاركة في دورة نانا تروفي للتنس هذا العام.",
    )
    assert ("نانا تروفي", "PER") not in found
    assert ("أنس جابر", "PER") in found


def test_quoted_tournament(ner):
    found = _entities(ner, "روبي وسميث لعبا معًا بطولة «فوكاس» في العام الماضي.")
    assert not any(label == "PER" and "فوكاس" in text for text, label in found)


def test_place_after_the_head_stays(ner):
    found = _entities(
        ner,
        "وكانت شارابوفا لم تخسر في الدور الأول لبطولة فرنسا المفتوحة منذ بداية مشاركتها.",
    )
    assert ("فرنسا", "LOC") in found


def test_starring_is_no_tournament(ner):
    # "بطولة" in a sentence about a film is "starring": the actor stays a person
    found = _entities(
        ner,
        "حياة رامون تم تجسيدها في فيلم من بطولة خافيير باردوم الذي قام بأجمل أدواره.",
    )
    assert any(label == "PER" and "باردوم" in text for text, label in found)


def test_line_up_name_left_untagged(ner):
    found = _entities(
        ner,
        "النجم الساحلي : أيمن المثلوثي ، غازي عبد الرزاق ، رامي البدوي ، زياد بوغطاس ، "
        "وجدي كشريدة ، بن أمين عمر ، حمزة لحمر ، الخالي بنغورا ، عامر بوعزة ، "
        "إيهاب المساكني ، دياغو أكوستا .",
    )
    assert ("الخالي بنغورا", "PER") in found
    assert ("أيمن المثلوثي", "PER") in found


def test_cast_list_name_of_one_word(ner):
    found = _entities(
        ner,
        "المسلسل من تأليف علي الدوحان وإخراج مناف عبدال ومشاركة كل من باسم عبد الأمير، "
        "مشاري البلام، إلهام علي، نور الغندور، عبدالله الطليحي، حسين المهدي، يعقوب عبد الله، "
        "عبير أحمد، زهرة الخرجي، ياسة، محمد جابر، نواف نجم، شهد الكندري و رتاج العلي.",
    )
    assert ("ياسة", "PER") in found


def test_heading_before_the_colon_is_no_player(ner):
    found = _entities(
        ner,
        "التشكيلة الاساسية: فاروق بن مصطفى، بلال العيفة، فخر الدين الجزيري، علي العابدي، "
        "مختار بالخيثر، نادر الغندري، عصام الدخيلي، غازي العيادي، أسامة الدراجي",
    )
    assert not any("التشكيلة" in text for text, _ in found)


def test_list_of_few_persons_is_left():
    # two persons of four items are no line-up: the words stay untagged
    stems = ["محمد", "صلاح", "،", "ماني", "،", "فيرمينو", "،", "هندرسون"]
    tags = ["B-PER", "I-PER", "O", "B-PER", "O", "O", "O", "O"]
    line_ups(stems, stems, tags)
    assert tags[5] == "O" and tags[7] == "O"
