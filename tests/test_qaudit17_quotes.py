"""Speakers, the qaudit17 pass (an audit of unseen articles, seeds 10001 and 10002).

"وأضافت الممثلة والمنتجة أنها …": a title alone right after the cue, after a quotation
of a named person with no other person named between, describes that person again.
A new subject ("أما الرئيس الأمريكي") or a relative ("وقال والده") is someone else."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


# The audit's sentences (seed 10001, AL-culture-361): "الممثلة والمنتجة" was left
# unlinked, so the actress's quotes had no name.
DESCRIBED_AGAIN = (
    'وفي إطار سلسلة نقاشات "الحركة النسائية" التي يشهدها مهرجان كان، أكدت سلمى حايك، '
    "الأحد، أن شركة الإنتاج التي تمتلكها تواجه تزايدا في الطلب على مؤلفات ومخرجات.\n"
    "وأضافت الممثلة والمنتجة أنها باعت أربعة عروض تلفزيونية عن النساء هذا العام، "
    'مشيرة إلى أن التغيير "حدث بالفعل".'
)


@pytest.mark.parametrize("start", ["أنها باعت", "إلى أن التغيير"])
def test_title_after_cue_is_the_previous_named_speaker(nlp: Pipeline, start: str) -> None:
    assert speaker_of(nlp, DESCRIBED_AGAIN, start) == "سلمى حايك"


def test_other_person_between_keeps_the_title(nlp: Pipeline) -> None:
    # A second person named between: the title may be either, so it stays a title.
    text = DESCRIBED_AGAIN.replace("\nوأضافت", "\nوكانت أنجلينا جولي قد حضرت المهرجان.\nوأضافت", 1)
    assert speaker_of(nlp, text, "أنها باعت") == "الممثلة والمنتجة"


def test_relative_is_someone_else(nlp: Pipeline) -> None:
    # The shape met on unseen news (BB-middleEast-412): the boy's father is not the boy.
    text = (
        "وقال الطالب حسن دياب إنه سمع صرخات بأن هجوما كيمياويا قد وقع. "
        "وقال والده إنه لا يصدق بوقوع هجوم كيمياوي."
    )
    assert speaker_of(nlp, text, "إنه لا يصدق") != speaker_of(nlp, text, "إنه سمع")


def test_post_at_a_named_body_is_someone_new(nlp: Pipeline) -> None:
    # The shape met on unseen news (BB-middleEast-78): the ambassador at the UN is not
    # the foreign minister quoted just before.
    text = (
        'وقال وزير الخارجية الروسي سيرغي لافروف إن "الإرهابيين يقصفون دمشق".\n'
        "وأكد السفير الروسي لدى الأمم المتحدة على ضرورة التوصل إلى قرار فعال."
    )
    assert speaker_of(nlp, text, "على ضرورة") != "سيرغي لافروف"


def test_name_the_entity_layer_missed_keeps_its_own(nlp: Pipeline) -> None:
    # The shape met on unseen news (BB-internationalNews-874): a bare word right after
    # the title is the speaker's own name, though no entity covers it.
    text = (
        "ونفت فاطمة خان تهمة التخطيط لقتل صديقها وقالت إنها شعرت بالخزي لنشرها المقطع.\n"
        "وقالت المدعية العامة كيت بيكس، إن فاطمة ذهبت صحبة صديقها إلى مقهى."
    )
    assert speaker_of(nlp, text, "إن فاطمة ذهبت") != speaker_of(nlp, text, "إنها شعرت")


def test_head_of_state_is_not_the_governor_before(nlp: Pipeline) -> None:
    # The shape met on unseen news (saudinewsnet): the post with its country names
    # its own holder, not the governor quoted just before.
    text = (
        "وقال حاكم منطقة سوروتش عبدالله جيفتشي إن نحو 20 جريحا ما زالوا في حالة حرجة. "
        "وندد الرئيس التركي خلال زيارة إلى صربيا بأن الهجوم عمل إرهابي."
    )
    assert speaker_of(nlp, text, "بأن الهجوم") != "عبدالله جيفتشي"


# The audit's sentence (seed 10002, AL-internationalNews-1687): the company was read as
# the speaker's name, and its manager between commas was left out.
MANAGER = (
    "وأكد مدير شركة الأندلس للاستيراد والتصدير، عمار الأضرعي، في بلاغ صحافي، أن مشرف "
    'الحوثيين في الحديدة، المدعو "أبو علي"، نهب، الاثنين، ما تبقى للشركة من حاويات.'
)


def test_person_apposed_after_title_of_body_speaks(nlp: Pipeline) -> None:
    assert speaker_of(nlp, MANAGER, "أن مشرف") == "عمار الأضرعي"
