"""Quotations, the qrows2 pass (issue 12: reporting verbs the cue rows lack).

"شجب" (condemned) is a speech act in every sentence of the news read for it (it stands
with ندد and استنكر): without a row its subject took the verb into the speaker's name
("شجب مفوض الأمم المتحدة …") and a participle after it went to an earlier name. Like
استنكر it takes quoted words only ("-"): its bare object is the thing condemned, not
what was said. The sentences are from unseen ant-multisource articles (seeds
10850-10859)."""

from __future__ import annotations

from conftest import Said


def test_the_verb_is_not_part_of_the_speaker(said: Said) -> None:
    text = (
        'شجب مفوض الأمم المتحدة السامي لحقوق الإنسان اليوم الأربعاء ما وصفه "بمناخ الترهيب '
        'السائد" في مصر قبل الانتخابات الرئاسية المقررة هذا الشهر وقال إنه مشوب بعمليات '
        'اعتقال وتعذيب و"إسكات" لوسائل إعلام مستقلة.'
    )
    speakers = {speaker for _, speaker in said(text)}
    assert "مفوض الأمم المتحدة السامي لحقوق الإنسان" in speakers
    assert not any(speaker and speaker.startswith("شجب") for speaker in speakers)


def test_a_participle_after_condemning_takes_its_subject(said: Said) -> None:
    text = (
        "وفرضت اتفاقية عام 2015 بين إيران والقوى العالمية، التي وصفها الرئيس السابق باراك "
        'أوباما بأنها "اختراق دبلوماسي"، قيودا على برنامج إيران النووي، بينما رفعت مجموعة '
        "من العقوبات الأميركية والدولية عن طهران.\n"
        'وفي حملته الرئاسية لعام 2016، شجب ترامب الاتفاقية باعتبارها "أسوأ صفقة على '
        'الإطلاق"، قائلا إن إيران حصلت على إعفاء من العقوبات من دون الاضطرار للتخلي عما '
        "يكفي من برنامجها النووي."
    )
    expected = (
        "إن إيران حصلت على إعفاء من العقوبات من دون الاضطرار للتخلي عما يكفي من برنامجها النووي",
        "ترامب",
    )
    assert expected in said(text)


def test_quoted_words_after_condemning_are_what_was_said(said: Said) -> None:
    text = (
        'وشجبت ريغيف "القرار المشين"لمنظمي البطولتين "بهدف إقامة تمييز بين المنتخبات '
        'الوطنية المسموحلها بالسير خلف أعلام بلدانها والاستماع إلى نشيدها الوطني".'
    )
    assert ("القرار المشين", "ريغيف") in said(text)


def test_a_bare_object_of_condemning_is_not_a_quotation(said: Said) -> None:
    # What is condemned, unquoted, is the act's object, not words of the speaker.
    text = "وشجب حلف الناتو الاعتداء الذي تعرض له الجاسوس المزدوج سيرغي سكريبال وابنته."
    assert said(text) == []
