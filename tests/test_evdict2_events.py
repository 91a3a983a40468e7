"""Person or body entries of the actor dictionary whose light key cuts the name into
another word of the news ("ناسا" → "ناس" meets "الناس"، "بابا" → "باب"، "السادات" →
"ساد" meets "فساد") are left out of the build (issue 13, evdict2). Sentences from unseen
news (../shared/data/news, seeds 10945-10949)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.events.build import clashing_keys
from rasd.events.lexicon import ActorDictionary
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def test_a_cut_key_the_news_writes_more_often_than_the_name_clashes():
    lexicon = {"الناس": 5000, "والناس": 300, "ناسا": 400, "السادات": 90, "فساد": 2000}
    assert clashing_keys({"ناس": "ناسا", "سادات": "السادات"}, lexicon) == {"ناس"}


def test_keys_that_cut_nothing_or_are_rare_are_not_judged():
    lexicon = {"تهديد": 900, "ناس": 10, "ناسا": 5}
    assert clashing_keys({"تهديد": "تهديد", "ناس": "ناسا"}, lexicon) == set()


def test_a_nisba_cut_is_no_clash():
    # "المكسيكي" MEX: the dictionary's peoples are nisbas, whose key is the place's name
    lexicon = {"المكسيك": 1200, "المكسيكي": 400}
    assert clashing_keys({"مكسيك": "المكسيكي"}, lexicon) == set()


def test_shipped_dictionary():
    actors = ActorDictionary()
    for clash in ("ناس", "باب", "ساد", "عرف"):
        assert actors.get((clash,)) is None
    # a nisba's key stays the place's, a town's the town's, a body noun stays a body
    assert actors.get(("مكسيك",)).country == "MEX"
    assert actors.get(("صيد",)).country == "LBN"
    assert actors.get(("تحالف",)) is not None


@pytest.mark.parametrize(
    ("text", "event_type", "common"),
    [
        (
            'وانتقد ترامب وسائل الإعلام وقال "أنا في حرب مفتوحة مع وسائل الإعلام.. الإعلاميون '
            'من بين أكثر الناس خداعا على وجه الأرض".',
            "DISAPPROVE",
            "الناس",
        ),
        (
            "غادرت زعيمة حزب الجبهة الوطنية اليميني الفرنسي مارين لوبان اليوم الخميس أستديو "
            "قناة فرانس انتار عندما كانت في لقاء مباشر حيث ساد جو من التوتر.",
            "CONSULT",
            "ساد",
        ),
        (
            "ورفض الشرقي بعض الانتقادات الموجهة للحلقات من باب زعم عدم دقة بعض الأمور المشار "
            "إليها حول داعش.",
            "REJECT",
            "باب",
        ),
    ],
)
def test_the_common_word_is_no_side(nlp, text, event_type, common):
    sides = event_sides(nlp, text, event_type)
    assert sides and all(s != common and t != common for s, t in sides)
