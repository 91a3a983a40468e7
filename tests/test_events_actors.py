"""Sources and targets of attacks and protests, on sentences of the arabic-event-gsr
train half and of the news corpus (quoted here, so no ../shared is needed)."""

from __future__ import annotations

import pytest

from rasd.document import Document, Event
from rasd.events.extract import EventExtractor
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def full_nlp() -> Pipeline:
    return Pipeline()


def _of_type(nlp: Pipeline, text: str, event_type: str) -> tuple[Document, list[Event]]:
    doc = nlp.analyze(text)
    return doc, [e for e in doc.events or [] if e.type == event_type]


def _sides(doc: Document, events: list[Event], side: str) -> list[str]:
    return [doc.slice(m) for e in events if (m := getattr(e, side)) is not None]


def test_a_count_takes_the_people_it_counts(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وفي حادث منفصل، اعلن مصدر امني «مقتل اثنين من عناصر الشرطة واصابة ثلاثة في تفجير"
        " سيارة مفخخة يقودها انتحاري».",
        "ASSAULT",
    )
    assert any("عناصر الشرطة" in t for t in _sides(doc, events, "target"))


def test_the_shooter_after_the_fire_is_the_source(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وفي الديوانية قتل أحد عناصر الشرطة بنيران مسلحين مجهولين وسط المدينة، بحسب مصدر"
        " في الشرطة.",
        "ASSAULT",
    )
    assert "مسلحين" in " ".join(_sides(doc, events, "source"))
    assert all("بنيران" not in s for s in _sides(doc, events, "source"))
    assert any("الشرطة" in t for t in _sides(doc, events, "target"))


def test_the_noun_before_a_killing_verb_without_object_is_the_victim(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وقال المتحدث العسكري ان 11 مدنيا وأربعة من رجال الشرطة قتلوا في التفجير الانتحاري"
        " الذي وقع في البلدة.",
        "ASSAULT",
    )
    assert any("الشرطة" in t for t in _sides(doc, events, "target"))
    assert all("الشرطة" not in s for s in _sides(doc, events, "source"))


def test_a_killing_verb_with_an_object_pronoun_keeps_its_agent():
    # A belief ("ويعتقد") is background to the relevance model: kept here for its sides.
    nlp = Pipeline(components={"events": EventExtractor(keep_background=True)})
    doc, events = _of_type(nlp, "ويعتقد أن تنظيم الدولة كشفه وقتله.", "ASSAULT")
    assert _sides(doc, events, "source") == ["تنظيم الدولة"]


def test_a_pronoun_in_a_reported_clause_is_the_speaker(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "قال الجيش التركي في بيان، أمس ان طائراته قصفت مجموعة من المتمردين الاكراد في شمال العراق.",
        "ASSAULT",
    )
    assert _sides(doc, events, "source") == ["الجيش التركي"]
    assert any("المتمردين" in t for t in _sides(doc, events, "target"))


def test_triggers_of_one_attack_complete_each_other(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "الجيش العراقي يقتل 45 من عناصر تنظيم الدولة في غارات جوية شرقي سوريا.",
        "ASSAULT",
    )
    assert set(_sides(doc, events, "source")) == {"الجيش العراقي"}


def test_protesters_named_in_the_sentence_are_the_source(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وقال المتظاهرون إن الهدف من المظاهرة هو الالتماس من رئيس الوزراء اتخاذ موقف عاجل.",
        "PROTEST",
    )
    assert _sides(doc, events, "source") == ["المتظاهرون"]


def test_whom_protesters_call_on_is_the_target(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وجابت المظاهرة شوارع مدينة غزة، وردد المتظاهرون هتافات تدعو الحكومة الفلسطينية الى"
        " صرف الرواتب.",
        "PROTEST",
    )
    assert "الحكومة الفلسطينية" in _sides(doc, events, "target")


def test_the_organisers_of_a_march_are_its_source(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "اندلعت أعمال شغب في أثينا امس خلال مظاهرة نظمها محتجون يساريون ضد خطط الحكومة.",
        "PROTEST",
    )
    assert "محتجون يساريون" in _sides(doc, events, "source")
    assert all(not s.startswith("نظمها") for s in _sides(doc, events, "target"))


def test_a_quoted_clause_after_inna_keeps_its_fronted_subject(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وقالت مصادر في وزارة الداخلية، ان «انتحاريا يقود شاحنة مفخخة فجر نفسه وسط سوق».",
        "ASSAULT",
    )
    assert "انتحاريا" in _sides(doc, events, "source")


def test_who_claims_an_act_did_it(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "واعلنت جماعة انصار السنة مسؤوليتها عن خطف اربعة اميركيين في جنوب العراق.",
        "ASSAULT",
    )
    sources = _sides(doc, events, "source")
    assert sources and all("مسؤوليتها" not in s for s in sources)
    assert any("اميركيين" in t for t in _sides(doc, events, "target"))


def test_the_act_after_a_light_verb_is_found_across_its_subject(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "بعد ان قام مسلحون يرتدون بزات قوات الامن بخطف وكيل وزارة النفط العراقية.",
        "ASSAULT",
    )
    assert any("مسلحون" in s for s in _sides(doc, events, "source"))


def test_whom_protesters_condemn_is_the_target(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "ورفع المتظاهرون الأعلام التركية، واتهموا حكومة رئيس الوزراء رجب طيب اردوغان بالفشل.",
        "PROTEST",
    )
    assert any("حكومة" in t for t in _sides(doc, events, "target"))


def test_going_out_to_protest_is_a_protest_by_those_who_went(full_nlp):
    doc, events = _of_type(
        full_nlp, "وخرج مئات الطلاب الى الشوارع للاحتجاج على قرار الحكومة.", "PROTEST"
    )
    assert _sides(doc, events, "source") == ["مئات الطلاب"]
    assert _sides(doc, events, "target") == ["الحكومة"]


def test_dawn_before_a_day_is_a_time_not_an_explosion(full_nlp):
    doc = full_nlp.analyze("سقطت عدة قذائف على مبان سكنية فجر امس في بغداد.")
    assert all(e.attrs.get("trigger") != "فجر" for e in doc.events or [])


def test_a_count_before_min_belongs_to_the_actor(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وكان 1000 لاجئ من التبت على الاقل قد احتشدوا خارج نصب «جانتار مانتار» بوسط نيودلهي.",
        "PROTEST",
    )
    assert _sides(doc, events, "source") == ["1000 لاجئ من التبت"]


def test_a_counted_crowd_after_a_protest_verb_is_its_source(full_nlp):
    doc, events = _of_type(
        full_nlp, "تظاهر نحو الفي شخص امس في عمان تضامنا مع الشعب الفلسطيني.", "PROTEST"
    )
    assert _sides(doc, events, "source") == ["الفي شخص"]


def test_an_attack_without_named_sides_is_kept_by_its_place_and_dead(full_nlp):
    _, events = _of_type(
        full_nlp,
        "من ناحية ثانية، أوقع هجوم بسيارة مفخخة على حفل زفاف بالفلوجة سبعة قتلى.",
        "ASSAULT",
    )
    assert [(e.attrs.get("dead"), e.where and e.where.canonical) for e in events] == [
        (7, "الفلوجة")
    ]


def test_the_pronoun_of_anna_before_a_verb_is_the_speaker(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وفي يناير اكد حلف شمال الاطلسي انه قتل نحو 150 متمردا من طالبان في وزيرستان.",
        "ASSAULT",
    )
    assert "حلف شمال الاطلسي" in _sides(doc, events, "source")
    assert any("متمردا من طالبان" in t for t in _sides(doc, events, "target"))


def test_victims_after_time_words_are_the_target(full_nlp):
    doc, events = _of_type(
        full_nlp, "وقتل اول من امس 4 جنود إثيوبيين في هجوم شنه مسلحون صوماليون.", "ASSAULT"
    )
    assert any("جنود" in t for t in _sides(doc, events, "target"))
    assert "مسلحون صوماليون" in _sides(doc, events, "source")


def test_the_one_a_relative_killing_clause_is_about_is_the_victim(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "أن قوات الجيش حررت الفريق ثامر سلطان التكريتي الذي خطف أول من امس على يد مسلحين.",
        "ASSAULT",
    )
    assert _sides(doc, events, "source") == ["مسلحين"]
    assert any("التكريتي" in t for t in _sides(doc, events, "target"))


def test_what_an_attack_targeted_is_its_target(full_nlp):
    doc, events = _of_type(
        full_nlp, "وأصيب أربعة من رجال الشرطة في هجوم استهدف نقطة تفتيش.", "ASSAULT"
    )
    assert "نقطة تفتيش" in _sides(doc, events, "target")
    assert all("الشرطة" not in s for s in _sides(doc, events, "source"))


def test_protesters_take_only_words_that_agree_with_them(full_nlp):
    doc, events = _of_type(full_nlp, "وأحرق المتظاهرون الغاضبون الإطارات في حي ماتاري.", "PROTEST")
    assert _sides(doc, events, "source") == ["المتظاهرون الغاضبون"]


def test_no_genitive_across_a_verb(full_nlp):
    doc, events = _of_type(
        full_nlp, "وعشية التظاهرة أوقف رجال الشرطة حوالي مائة متظاهر أمام البيت الأبيض.", "PROTEST"
    )
    assert all("الشرطة" not in s for s in _sides(doc, events, "source"))


def test_protesters_as_the_subject_of_any_act_make_a_protest(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "واشتبك متظاهرون فلسطينيون واجانب مع الجيش الإسرائيلي في قرية نعلين قرب رام الله.",
        "PROTEST",
    )
    assert _sides(doc, events, "source") == ["متظاهرون فلسطينيون"]
    assert _sides(doc, events, "target") == ["الجيش الإسرائيلي"]


def test_a_protest_is_not_aimed_at_its_own_protesters(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وهاجم المتظاهرون محافظ العاصمة الذين قدموا للتفاوض مع المتظاهرين.",
        "PROTEST",
    )
    assert _sides(doc, events, "source") == ["المتظاهرون"]
    targets = _sides(doc, events, "target")
    assert targets and all("المتظاهر" not in t for t in targets)


def test_a_demand_cue_outranks_a_place_cue_for_the_protest_target(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "ورفع المتظاهرون صورا للرئيس الراحل ياسر عرفات، مرددين شعارات تطالب بطرد السفيرين"
        " الأميركي والإسرائيلي من القاهرة.",
        "PROTEST",
    )
    assert any("السفيرين" in t for t in _sides(doc, events, "target"))


def test_raids_of_an_air_force_name_it_with_lam(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "سقط قتلى وجرحى في غارات لمقاتلات التحالف العربي على منطقة المبها.",
        "ASSAULT",
    )
    assert any("التحالف" in s for s in _sides(doc, events, "source"))


def test_attacks_of_a_party_name_it_with_lam(full_nlp):
    # A group head ("حزب"، "الطيران") after ل names the doers when the actor
    # dictionary gives no armed role.
    doc, events = _of_type(
        full_nlp,
        "وقتل أربعة جنود أتراك وأصيب عشرات في هجمات منفصلة لحزب العمال الكردستاني خلال"
        " مطلع الأسبوع في جنوب شرق تركيا.",
        "ASSAULT",
    )
    assert any("حزب العمال" in s for s in _sides(doc, events, "source"))
    assert all("حزب العمال" not in t for t in _sides(doc, events, "target"))


def test_raids_of_an_air_force_without_a_role(full_nlp):
    doc, events = _of_type(full_nlp, "وأصيب عشرات في غارات للطيران الروسي على ريف إدلب.", "ASSAULT")
    assert any("طيران الروسي" in s for s in _sides(doc, events, "source"))


def test_a_weapon_adjective_is_no_actor(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وقالت الحكومة إن مجهولا ألقى عبوة ناسفة على مبنى السفارة الأميركية.",
        "ASSAULT",
    )
    assert _sides(doc, events, "source") == ["مجهولا"]
    assert all("ناسفة" not in t for t in _sides(doc, events, "target"))


def test_a_second_subject_is_not_the_target(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "قصفت قوات الشرعية اليمنية ومقاتلات التحالف العربي، الخميس، مواقع لمليشيات الحوثي.",
        "ASSAULT",
    )
    assert all("التحالف" not in t for t in _sides(doc, events, "target"))


def test_an_attack_in_words_is_disapproval(full_nlp):
    doc = full_nlp.analyze(
        "هاجم البرلماني مصطفى بكري الرئيس التونسي السابق، الأربعاء، قائلا إنه ارتهن نفسه."
    )
    types = {e.type for e in doc.events or []}
    assert "DISAPPROVE" in types and "ASSAULT" not in types


def test_an_armed_attack_has_no_armed_man_and_its_target_follows(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وأدان مصدر مسؤول الهجوم المسلح الذي استهدف كنيسة في غروزني وأسفر عن مقتل ثلاثة أشخاص.",
        "ASSAULT",
    )
    assert "كنيسة" in _sides(doc, events, "target")
    assert all("المسلح" not in s for s in _sides(doc, events, "source"))


def test_who_carried_out_a_sit_in_is_its_source(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "نفذ صباح اليوم أعوان الحضائر البلدية في مدنين وقفة احتجاجية للمطالبة بتسوية وضعياتهم.",
        "PROTEST",
    )
    assert _sides(doc, events, "source") == ["أعوان الحضائر"]


def test_a_traffic_accident_is_no_attack_but_passing_cars_are_no_accident(full_nlp):
    crash = full_nlp.analyze("توفي 3 أفراد وأصيب 5 أشخاص إثر حادث مرور مروع صباح اليوم.")
    assert not [e for e in crash.events or [] if e.type == "ASSAULT"]
    bomb = full_nlp.analyze(
        "قتل خمسة من فريق الحماية في انفجار عبوة ناسفة عند مرور سيارتهم قرب كركوك."
    )
    assert [e for e in bomb.events or [] if e.type == "ASSAULT"]


def test_the_subject_between_kana_and_qad_is_the_source(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وكانت مجموعة من حوالي ثلاثين طالبا من المسجد الاحمر قد اقتحمت ليلا عيادة في اسلام"
        " اباد وخطفت تسعة اشخاص.",
        "ASSAULT",
    )
    assert any(s.startswith("مجموعة من حوالي ثلاثين طالبا") for s in _sides(doc, events, "source"))
    assert not [e for e in doc.events if e.type == "DEMAND"]  # "ثلاثين طالبا": students


def test_whom_a_march_supports_is_no_target(full_nlp):
    doc, events = _of_type(
        full_nlp, "تظاهر نحو الفي شخص امس في عمان تضامنا مع الشعب الفلسطيني.", "PROTEST"
    )
    assert _sides(doc, events, "target") == []


def test_a_protest_before_an_embassy_is_aimed_at_its_state(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وبعد تجمع في احدى الساحات، سار المتظاهرون مسافة كيلومترين وهتفوا قرب السفارة الاسرائيلية.",
        "PROTEST",
    )
    assert any("الاسرائيلية" in t for t in _sides(doc, events, "target"))


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # deaths in a storm
        ("قتل 17 شخصا عندما ضربت عاصفة استوائية قوية مدغشقر.", "ASSAULT"),
        # an appeal against a ruling, no stabbing
        ("وقال محامو الرئيس السابق إنه سيطعن على قرار إحالته إلى المحاكمة.", "ASSAULT"),
        # a match report
        (
            "وتميزت معظم مواجهات الفريقين بالحماسة، فقد التقيا 13 مرة، وتعادلا سلبا في برشلونة.",
            "ASSAULT",
        ),
        # changing, not raiding
        ("ويمكن لهذه التقنية أن تغير مجرى الأحداث في البلاد.", "ASSAULT"),
        # a road accident
        (
            "لقي 12 شخصا مصرعهم وأصيب 28 آخرون، الخميس، في حادث انقلاب سيارة نقل ثم اصطدامها"
            " بحافلة ركاب صغيرة.",
            "ASSAULT",
        ),
        # a cultural تظاهرة is a festival
        (
            "أكد منسق البلدية على هامش تظاهرة ثقافية تقام بمسرح الجم أن الهدف هو التعريف.",
            "PROTEST",
        ),
    ],
)
def test_no_event_of_the_type(full_nlp, text, event_type):
    doc = full_nlp.analyze(text)
    assert not [e for e in doc.events or [] if e.type == event_type]


def test_a_title_takes_no_bare_words_after_it_as_a_name(full_nlp):
    # Unseen news: what follows a title ending in a nationality is the verb, its object or
    # an adverb, not the holder's name (the entity layer tags names).
    doc, events = _of_type(
        full_nlp,
        "من جانبه، غادر السفير الإيراني في الرباط، المغرب، الثلاثاء كما طلبت الحكومة المغربية"
        " من عدد من الدبلوماسيين الإيرانيين مغادرة البلاد، وفقا لما ذكرته وكالة الأنباء.",
        "DEMAND",
    )
    targets = _sides(doc, events, "target")
    assert any(t.endswith("الدبلوماسيين الإيرانيين") for t in targets)
    assert all("مغادرة" not in t for t in targets)


def test_a_verb_after_a_title_is_not_part_of_its_holder(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وزير الخزانة الأمريكي يعلن عدم مشاركته في مؤتمر للاستثمار بالسعودية بعد لقاء مع ترامب"
        " وبومبيو",
        "CONSULT",
    )
    assert "وزير الخزانة الأمريكي" in _sides(doc, events, "source")
    assert all("يعلن" not in s for s in _sides(doc, events, "source"))


def test_an_actor_does_not_grow_over_the_verb_of_saying_before_it(full_nlp):
    # Unseen news: "قال" heads no noun phrase, so the speaker carried to the next
    # sentence's call is the minister, not "قال وزير الخارجية الفلسطيني".
    doc, events = _of_type(
        full_nlp,
        "من جهته، قال وزير الخارجية الفلسطيني رياض المالكي إن الموقف الأميركي يعطي غطاء"
        " لإسرائيل لمواصلة جرائمها بحق الشعب الفلسطيني.\nودعا إلى حماية دولية للشعب"
        " الفلسطيني والتحقيق في الجرائم الإسرائيلية في قطاع غزة، وإلى تحرك عربي فاعل لمواجهة"
        " تداعيات نقل السفارة الأميركية إلى القدس.",
        "DEMAND",
    )
    sources = _sides(doc, events, "source")
    assert "وزير الخارجية الفلسطيني رياض المالكي" in sources
    assert all(not s.startswith("قال") for s in sources)


def test_the_doer_after_an_attack_noun_does_not_take_its_adjective(full_nlp):
    # Unseen news: the adjective between the attack noun and the ل phrase describes the
    # raids, not the coalition.
    doc, events = _of_type(
        full_nlp,
        "هذا وقتل 48 عنصرا من ميليشيات الحوثي وجرح عدد آخر في غارات جوية لمقاتلات التحالف"
        " العربي في مناطق متفرقة في الساحل الغربي.",
        "ASSAULT",
    )
    assert "مقاتلات التحالف العربي" in _sides(doc, events, "source")


def test_an_armed_group_after_an_attack_noun_and_its_adjective_is_the_doer(full_nlp):
    doc, events = _of_type(
        full_nlp,
        "وشهد المدخل الجنوبي الغربي لمركز مديرية الدريهمي معارك عنيفة وقصفا عنيفا لمقاتلات"
        " التحالف استهدف تعزيزات للحوثيين شرقي المديرية.",
        "ASSAULT",
    )
    assert "مقاتلات التحالف" in _sides(doc, events, "source")
    sides = _sides(doc, events, "source") + _sides(doc, events, "target")
    assert all(not s.startswith("عنيفا") for s in sides)
