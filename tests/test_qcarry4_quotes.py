"""A plural participle with no subject of its own speaks for the plural subject of its
clause (issue 12, qcarry4): protesters, crowds and researchers are no named speakers,
and the participle took the last speaker of an earlier sentence, whatever his number.
Sentences from unseen news (seeds 11000-11002)."""

from __future__ import annotations

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


def test_protesters_after_a_singular_verb_speak_the_participle(nlp: Pipeline) -> None:
    text = (
        "كما عمدوا إلى قطع كل الطرق التي تؤدي إلى ولاية القيروان حسب ما أفادنا به مراسل "
        'الجوهرة "اف ام" بالجهة. ويواصل المحتجون منذ يوم '
        "أمس مطالبهم بتوفير الماء الصالح للشراب على الفور لأهالي المنطقة مؤكدين "
        "لمراسلنا أنهم عجزوا عن توفير المياه لأبنائهم."
    )
    assert speaker_of(nlp, text, "أنهم عجزوا") == "المحتجون"


def test_a_count_of_people_ends_before_where_they_gathered(nlp: Pipeline) -> None:
    text = (
        "وقال إن تقرير مصيره يعود إلى البرلمان. وشارك آلاف الأردنيين في وقفات احتجاجية "
        "على مدى ليلتين متتاليتين خارج مقر مجلس الوزراء مرددين هتافات معارضة للحكومة، "
        "داعين العاهل الأردني الملك عبد الله إلى إقالة رئيس الوزراء."
    )
    assert speaker_of(nlp, text, "إلى إقالة") == "آلاف الأردنيين"


def test_the_crowd_goes_on_past_an_earlier_speaker(nlp: Pipeline) -> None:
    text = (
        'وأضاف الشرطي "كان خطأ"، وتحدث شريطة عدم نشر هويته. وعادة ما يخرج المحتجون إلى '
        "شوارع سريناغار بعد صلاة الجمعة، مطالبين بإنهاء حكم نيودلهي على الشطر الهندي "
        "من كشمير."
    )
    assert speaker_of(nlp, text, "بإنهاء حكم") == "المحتجون"


def test_an_indefinite_crowd_ends_before_its_object(nlp: Pipeline) -> None:
    text = (
        'وتقول جماعات هندوسية متشددة أن فيلم "بادمافات" لم يحترم ثقافتها. وحرق متظاهرون '
        "السيارات وهاجموا دور السينما، مطالبين بعدم عرض الفيلم."
    )
    assert speaker_of(nlp, text, "بعدم عرض") == "متظاهرون"


def test_ministers_after_a_news_agency_speak_the_participle(nlp: Pipeline) -> None:
    text = (
        "عقد وزراء خارجية السعودية ومصر والإمارات والبحرين اجتماعاً تشاورياً في الرياض، "
        "وفق ما أوردت وكالة الأنباء السعودية (واس). وبحث الوزراء آخر التطورات على "
        "الساحتين الإقليمية والدولية، مؤكدين مواقف دولهم الثابتة في مكافحة التطرف."
    )
    assert speaker_of(nlp, text, "مواقف دولهم") == "الوزراء"
