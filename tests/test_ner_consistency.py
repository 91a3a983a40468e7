"""The document pass on real sentences (a dev article of benchmarks/news-gold), with
the tags a CRF that never saw the article gave them."""

from __future__ import annotations

from rasd.ner.consistency import propagate


def _sentence(text: str, tagged: dict[str, str]) -> tuple[list[str], list[str]]:
    words = text.split()
    return words, [tagged.get(w, "O") for w in words]


def test_a_surname_tagged_alone_as_a_place_is_the_person():
    first = _sentence(
        "عادل لويس هاميلتون بطل العالم لسباقات فورمولا 1 للسيارات رقم مايكل شوماخر",
        {"لويس": "B-PER", "هاميلتون": "I-PER", "مايكل": "B-PER", "شوماخر": "I-PER"},
    )
    later = _sentence(
        "وبينما بدا أن فيتل يتحمل اللوم على سوء حظه أشار إلى أن هاميلتون كان السبب .",
        {"فيتل": "B-ORG", "هاميلتون": "B-LOC"},
    )
    place = _sentence("وقال إن إيطاليا تستضيف السباق", {"إيطاليا": "B-LOC"})
    sentences = [first, later, place]
    tags = propagate([w for w, _ in sentences], [t for _, t in sentences])
    assert tags[1][later[0].index("هاميلتون")] == "B-PER"
    # Other names keep their labels: "فيتل" ends no person's name in the document.
    assert tags[1][later[0].index("فيتل")] == "B-ORG"
    assert tags[2] == place[1]


def test_a_name_found_whole_once_is_whole_where_only_part_was_tagged():
    first = _sentence(
        "تقول خديجة الرياضي ، الرئيسة السابقة للجمعية المغربية لحقوق الإنسان",
        {"خديجة": "B-PER", "الرياضي": "I-PER"},
    )
    later = _sentence("لكن خديجة الرياضي تقول إن القانون لم يحل المشكلة بعد", {"خديجة": "B-PER"})
    tags = propagate([first[0], later[0]], [first[1], later[1]])
    assert tags[1][1:3] == ["B-PER", "I-PER"]


def test_a_surname_after_a_movement_head_stays_the_group():
    leader = _sentence(
        "ولقي عدد من عناصر ميليشيات الحوثي مصرعهم مما دفع زعيمهم عبد الملك الحوثي إلى الدعوة",
        {"الحوثي": "B-ORG", "عبد": "B-PER", "الملك": "I-PER"},
    )
    leader[1][leader[0].index("الحوثي", 6)] = "I-PER"
    group = _sentence("وحوصرت عناصر ميليشيات الحوثي داخل المطار", {"الحوثي": "B-ORG"})
    alone = _sentence("كما أقر الحوثي بوجود حالة من الارتباك", {"الحوثي": "B-ORG"})
    sentences = [leader, group, alone]
    tags = propagate([w for w, _ in sentences], [list(t) for _, t in sentences])
    assert tags[0][leader[0].index("الحوثي")] == "B-ORG"
    assert tags[1][group[0].index("الحوثي")] == "B-ORG"
    # Alone, the surname still names the person the document calls by his full name.
    assert tags[2][alone[0].index("الحوثي")] == "B-PER"


def test_a_name_the_words_around_call_a_person_is_not_spread_as_a_body():
    # FR-internationalNews-229-20180303: the first pass tagged "نيمار" once as an
    # organisation; "النجم البرازيلي نيمار" says it is a person, so the label is not spread.
    from rasd.ner.gazetteer import loose_key

    star = _sentence("وصل النجم البرازيلي نيمار مساء الجمعة إلى أحد مستشفيات", {})
    title = _sentence("البرازيل : نيمار يصل إلى المستشفى", {"نيمار": "B-ORG"})
    later = _sentence("ويرجح أن نيمار سيقيم في غرفة", {})
    sentences = [star, title, later]
    words = [w for w, _ in sentences]
    keys = [[loose_key(w) for w in ws] for ws in words]
    tags = propagate(keys, [list(t) for _, t in sentences], words)
    assert tags[0] == star[1]
    assert tags[2] == later[1]
    # A player of a club is no person word: "لاعب" without its article heads the club.
    club = _sentence("وقال لاعب ليفانتي إن الفريق جاهز", {})
    named = _sentence("وفاز ليفانتي على برشلونة", {"ليفانتي": "B-ORG", "برشلونة": "B-ORG"})
    sentences = [club, named]
    words = [w for w, _ in sentences]
    keys = [[loose_key(w) for w in ws] for ws in words]
    tags = propagate(keys, [list(t) for _, t in sentences], words)
    assert tags[0][club[0].index("ليفانتي")] == "B-ORG"
