"""Time expressions resolved against the publication date."""

from __future__ import annotations

import pytest

from rasd.events.dates import find_times

PUBLISHED = "2018-02-28"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "said", "date"),
    [
        ("اجتماع عقد يوم الخميس،", "يوم الخميس", "2018-02-22"),
        ("قرر الثلاثاء الماضي إعادة فتح", "الثلاثاء الماضي", "2018-02-27"),
        ("انتقدت تركيا الأربعاء البيان", "الأربعاء", "2018-02-28"),
        ("يلتقي الوزيران الأحد المقبل", "الأحد المقبل", "2018-03-04"),
        ("قتل أمس ثلاثة", "أمس", "2018-02-27"),
        ("وقع الهجوم أول من أمس", "أول من أمس", "2018-02-26"),
        ("اتفقتا في التاسع من سبتمبر أيلول", "التاسع من سبتمبر أيلول", "2017-09-09"),
        ("في السابع من فبراير/شباط الماضي", "السابع من فبراير/شباط", "2018-02-07"),
        ("منذ ال 20 يناير الماضي", "20 يناير", "2018-01-20"),
        ("يوم 27 ديسمبر 2007", "يوم 27 ديسمبر 2007", "2007-12-27"),
        ("في الحادي والعشرين من مارس", "الحادي والعشرين من مارس", "2017-03-21"),
        ("هجوم في حزيران/يونيو 2014", "حزيران/يونيو 2014", "2014-06"),
        ("منذ عام 2014", "عام 2014", "2014"),
    ],
)
def test_resolution(text, said, date):
    found = find_times(text, published=PUBLISHED)
    assert [(text[t.start : t.end], t.date) for t in found] == [(said, date)]


def test_relative_dates_need_a_publication_date():
    found = find_times("اجتمعوا يوم الخميس وأمس", published=None)
    assert [t.date for t in found] == [None, None]
    assert find_times("في 9 سبتمبر 2016", published=None)[0].date == "2016-09-09"


def test_no_time_no_result():
    assert find_times("اتفق الطرفان على هدنة", published=PUBLISHED) == []
