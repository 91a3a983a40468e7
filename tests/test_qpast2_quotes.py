"""What was said when it starts past the speaker phrase: a relative clause on the
subject (`content.after_relative_clause`), an object closed by a comma with a name in
apposition or a relative clause on it (`cue_complements.preposition_after_long_object`),
the writer's "، في الوقت الذي" and "ردا على" after a call (`content._at_the_time`,
`content._in_reply`) and a time phrase with "الـ24"
(`circumstances._article_of_number`). The sentences are from unseen news articles."""

from __future__ import annotations

from conftest import Said


def test_preposition_past_a_relative_clause_on_the_subject(said: Said) -> None:
    text = (
        "وأعلن نادي الدحيل القطري، الذي يلعب له المساكني عن إصابة مهاجمه التونسي "
        "بقطع جزئي في الرباط الصليبي."
    )
    assert said(text) == [
        ("عن إصابة مهاجمه التونسي بقطع جزئي في الرباط الصليبي", "نادي الدحيل القطري")
    ]


def test_preposition_past_the_comma_that_closes_the_relative_clause(said: Said) -> None:
    text = (
        "فيما طالب دونالد ترامب الذي وقع مرسوما يفرض المزيد من العزلة على النظام، "
        'بإجراء "انتخابات حرة ونزيهة".'
    )
    assert said(text) == [('بإجراء "انتخابات حرة ونزيهة', "دونالد ترامب")]


def test_the_relative_verbs_own_preposition_is_not_the_cues(said: Said) -> None:
    text = (
        "وأكد الباحثون، الذين ركزوا في دراستهم على مخاطر الموت من أثر التدخين، على أن "
        "التدخين السلبي لدى الأطفال قد يزيد من الإصابة بالأمراض المزمنة."
    )
    assert [q for q, _ in said(text)] == [
        "على أن التدخين السلبي لدى الأطفال قد يزيد من الإصابة بالأمراض المزمنة"
    ]
    text = (
        "وكشفت النشرة الإحصائية التي تصدرها دوريا مؤسسة النقد العربي السعودي عن شهر "
        "مايو الماضي وأطلعت عليها وكالة الأنباء السعودية عن بلوغ عدد مراكز الحوالات "
        "المالية 600 مركز."
    )
    assert not any(q.startswith("عن شهر") for q, _ in said(text))


def test_a_thing_with_a_relative_clause_says_nothing(said: Said) -> None:
    text = "وتشير التوترات التي أحاطت بالانتخابات إلى إمكانية اندلاع مزيد من الاضطرابات في العراق."
    assert said(text) == []


def test_object_with_a_name_in_apposition(said: Said) -> None:
    text = (
        "حث نائب الرئيس الأميركي، مايك بنس، رئيس باراغواي الجديد، ماريو عبده، على "
        "الالتزام بقرار سلفه بنقل مقر السفارة في إسرائيل من تل أبيب إلى القدس."
    )
    [(quote, speaker)] = said(text)
    assert quote.startswith("على الالتزام بقرار سلفه")
    assert speaker is not None and "مايك بنس" in speaker


def test_object_with_a_relative_clause_closed_by_a_comma(said: Said) -> None:
    text = (
        "وتتهم إسرائيل حركة حماس التي تسيطر على القطاع، باستخدام هذه المسيرات ذريعة "
        "للتسبب بأعمال عنف."
    )
    assert said(text) == [("باستخدام هذه المسيرات ذريعة للتسبب بأعمال عنف", "إسرائيل")]


def test_a_charge_past_the_phrase_and_its_clause_has_an_unsaid_subject(said: Said) -> None:
    # اتهم never goes without its object: the phrase with its clause is the object.
    text = (
        "وتتهم حركة حماس التي تسيطر على القطاع وشنت ثلاث حروب عليها منذ نهاية 2008، "
        "باستخدام الاحتجاجات غطاء لارتكاب أعمال العنف."
    )
    assert all(speaker != "حركة حماس" for _, speaker in said(text))


def test_a_clause_after_the_comma_is_no_object(said: Said) -> None:
    text = (
        "وكلف المجلس كوكس بالتحقيق في المضايقات داخل مجلس العموم بعد أن اتهم بيركو، "
        "البالغ من العمر 55 عاما، ويرأس المجلس منذ عام 2009، بمضايقة موظفتين، لكنه نفى "
        "بشدة هذه الاتهامات."
    )
    assert not any(q.startswith("بمضايقة") for q, _ in said(text))


def test_at_the_time_when_ends_what_a_call_or_welcome_holds(said: Said) -> None:
    text = (
        "ورحب عدد من متابعي نجم النادي الأهلي سابقا بعودته إلى مصر، في الوقت الذي "
        "حذره فيه بعض المتابعين من العودة."
    )
    assert [q for q, _ in said(text)] == ["بعودته إلى مصر", "من العودة"]


def test_at_the_time_when_stays_in_a_finding(said: Said) -> None:
    text = (
        "وأشارت الإحصائية، إلى ارتفاع حجم الواردات من السكر خلال السنوات الأربع الماضية، "
        "في الوقت الذي بلغت فيه حتى نهاية العام الماضي نحو مليون طن."
    )
    [(quote, _)] = said(text)
    assert "في الوقت الذي" in quote


def test_time_phrase_with_the_article_apart_from_its_number(said: Said) -> None:
    text = (
        "وأكد المسؤولون في تصريحات لـCNN خلال الساعات الـ24 الماضية أن أقمارا صناعية "
        "وطائرات مراقبة تكثف عمليات المراقبة."
    )
    assert said(text) == [("أن أقمارا صناعية وطائرات مراقبة تكثف عمليات المراقبة", "المسؤولون")]


def test_in_reply_to_is_the_writers_reason_for_the_act(said: Said) -> None:
    text = (
        'حذرت روسيا الولايات المتحدة من تنفيذ ضربات جوية ردا على "الهجوم الكيميائي" في '
        "سوريا، وما يمكن أن تؤدي إليه هذه الضربات من حرب بين الدولتين."
    )
    assert said(text) == [("من تنفيذ ضربات جوية", "روسيا")]


def test_in_reply_to_stays_in_a_reported_sentence(said: Said) -> None:
    text = (
        "وكانت #بكين حذرت في آذار/مارس من أنها لن تتوانى عن فرض رسوم جمركية على صادرات "
        "أميركية ردا على الرسوم الباهظة التي فرضتها إدارة الرئيس الأميركي دونالد ترمب على "
        "واردات الولايات المتحدة من الفولاذ والألمنيوم."
    )
    [(quote, _)] = said(text)
    assert "ردا على الرسوم" in quote
