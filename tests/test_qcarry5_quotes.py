"""After a sentence opened by a negated verb ("ولم يشر X إلى …، لكنه قال"), the pronoun
of "لكنه" stands for that verb's subject when it is a name (issue 12, qcarry5): the
particle hid the verb, so the speaker before was carried on. A statement or a body
without its name there is the one that spoke before, who goes on. Sentences from
unseen news (design seeds 11463-11467 and passages read while designing)."""

from __future__ import annotations

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


def test_the_subject_of_the_negated_verb_goes_on(nlp: Pipeline) -> None:
    text = (
        "وأوضح ساوثغيت الذي أهدر ضربة جزاء أمام ألمانيا في المربع الذهبي ليورو 1996، أن "
        'الأغنية "لها بعض الشعور المختلف". ولم يشر لاعب الوسط جوردان هندرسون إلى الأغنية '
        'بعينها، ولكنه قال "كل الاحتفالات والأغاني التي يرددونها في بلادنا تلهمنا كلاعبين".'
    )
    assert speaker_of(nlp, text, "كل الاحتفالات") == "جوردان هندرسون"


def test_a_feminine_present_after_the_particle(nlp: Pipeline) -> None:
    text = (
        "قالت رئيسة وزراء بريطانيا تيريزا ماي إنها ستتحدث مع الرئيس الأميركي دونالد ترمب. "
        "ولم ترد ماي بشكل مباشر على سؤال عما إذا كانت بريطانيا ستشترك مع الولايات المتحدة، "
        'لكنها قالت "نعتقد أن المسؤولين عن ذلك يجب أن يحاسبوا".'
    )
    assert speaker_of(nlp, text, "نعتقد أن") == "تيريزا ماي"


def test_a_body_without_its_name_is_the_one_named_before(nlp: Pipeline) -> None:
    text = (
        "أعلنت شرطة الخرطوم الأحد عن فك طلاسم الجريمة التي وقعت فجر يوم الخميس الماضي. "
        "ولم توضح الشرطة هوية الجانية، لكنها قالت إنها ترتبط بعلاقة عاطفية بالمجني عليه."
    )
    assert speaker_of(nlp, text, "إنها ترتبط") == "شرطة الخرطوم"


def test_a_statement_speaks_for_its_issuer(nlp: Pipeline) -> None:
    text = (
        "قالت وزارة التجارة والصناعة المصرية في بيان اليوم الجمعة إن صادرات البلاد زادت "
        "بنسبة 15% خلال الربع الأول من السنة المالية الحالية. ولم يشر البيان إلى حجم "
        "الواردات لكنه قال إن العجز في الميزان التجاري سجل تحسنا نسبته 2%."
    )
    assert speaker_of(nlp, text, "إن العجز") == "وزارة التجارة والصناعة المصرية"
