"""The cue miner (rasd/quotes/mine.py) on a tiny fixture corpus."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from rasd.quotes.lexicon import load_lexicon, parse_cues
from rasd.quotes.mine import (
    MINED_HEADER,
    FormCounts,
    Mined,
    candidates,
    count_frames,
    gender_of,
    held_out,
    mine,
    mined_cues_text,
    news_articles,
    partners,
)

# Word-form counts for the و/ف decision: "وأبان" is و + أبان, "ويليامسون" one word.
FREQUENCIES = {"ابان": 50, "وابان": 40, "ابانت": 20, "ويليامسون": 30}


def test_frames_subject_colon_and_direct() -> None:
    mined = Mined()
    count_frames("وأبان الوزير أن الاتفاق قريب.", mined, FREQUENCIES)
    count_frames("واستطرد الوزير: «لن نتراجع».", mined, FREQUENCIES)
    count_frames("ويجب أن نعمل.", mined, FREQUENCIES)
    assert mined.forms["ابان"].subject == 1 and mined.forms["ابان"].opens == 1
    assert mined.forms["استطرد"].colon == 1
    assert mined.forms["يجب"].direct == 1 and mined.forms["يجب"].subject == 0


def test_no_subject_frame_through_a_preposition() -> None:
    """ "تجدر الإشارة إلى أن" and "يجب على الحكومة أن" are not speech frames."""
    mined = Mined()
    count_frames("تجدر الإشارة إلى أن الاتفاق قريب.", mined, {})
    count_frames("يجب على الحكومة أن تعمل.", mined, {})
    count_frames("الجدير بالذكر أن الاتفاق قريب.", mined, {})
    assert mined.forms["تجدر"].subject == 0
    assert mined.forms["يجب"].subject == 0
    assert mined.forms["الجدير"].subject == 0


def test_a_name_keeps_its_leading_waw() -> None:
    mined = Mined()
    count_frames("ويليامسون قال إن الفريق جاهز.", mined, FREQUENCIES)
    assert "ويليامسون" in mined.forms and "يليامسون" not in mined.forms


def test_partners_and_gender() -> None:
    assert "ابانت" in partners("ابان") and "ابان" in partners("ابانت")
    assert "سائلة" in partners("سائلا") and "سائلا" in partners("سائلين")
    assert gender_of("ابانت") == ("f", False)
    assert gender_of("سائلا") == ("m", True)
    assert gender_of("هتفوا") == ("p", False)
    assert gender_of("طمان") == ("m", False)


def test_candidates_need_a_partner_and_the_thresholds() -> None:
    mined = Mined(
        {
            "ابان": FormCounts(total=100, subject=30, opens=80),
            "ابانت": FormCounts(total=20, subject=6, opens=15),
            "نسال": FormCounts(total=100, subject=40, opens=80),  # first person: no partner
            "ندر": FormCounts(total=100, subject=2, opens=80),  # rarely in a speech frame
        }
    )
    keys = {k for k, _ in candidates(mined, set(), min_count=20, min_ratio=0.1)}
    assert keys == {"ابانت", "ابان"}
    assert [k for k, _ in candidates(mined, {"ابان"}, 20, 0.1)] == ["ابانت"]
    assert candidates(mined, set(), min_count=50, min_ratio=0.1)[0][0] == "ابان"


def test_mined_file_reads_as_cues() -> None:
    mined = Mined(
        {
            "ابان": FormCounts(total=100, subject=30, opens=80),
            "ابانت": FormCounts(total=60, subject=18, opens=45),
            "ختم": FormCounts(total=100, colon=30, opens=90),
            "ختمت": FormCounts(total=60, colon=18, opens=54),
            "طمان": FormCounts(total=80, subject=10, bi=8, opens=50),
            "طمانت": FormCounts(total=10, subject=1, bi=1, opens=6),
        }
    )
    text = mined_cues_text(mined, load_lexicon(mined=False))
    assert text.startswith(MINED_HEADER.splitlines()[0])
    cues = parse_cues(text)
    assert cues["ابانت"].gender == "f" and "ان" in cues["ابانت"].takes
    assert cues["ختم"].takes == frozenset({"-"})
    assert cues["طمان"].takes == frozenset({"ان", "O"})  # بأن after an object
    assert "طمانت" not in cues  # under the minimum count


def test_annotated_articles_are_not_mined(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "X-1.txt").write_text(
        "<DOC>\n<DOCNO>X-1</DOCNO>\n<URL>http://a/1</URL>\n<TITLE>عنوان</TITLE>\n</DOC>",
        encoding="utf-8",
    )
    skip = held_out([gold])
    assert {"X-1", "http://a/1", "عنوان"} <= skip
    news = tmp_path / "news.jsonl.gz"
    records = [
        {"id": "X-1", "title": "t", "text": "وأبان الوزير أن الأمر محسوم."},
        {"url": "http://a/1", "title": "t2", "content": "وأبان الوزير أن الأمر محسوم."},
        {"id": "Y-2", "title": "عنوان آخر", "text": "وأبانت الوزيرة أن الأمر محسوم."},
    ]
    with gzip.open(news, "wt", encoding="utf-8") as out:
        out.write("\n".join(json.dumps(r, ensure_ascii=False) for r in records))
    mined = mine(news_articles([news], skip), FREQUENCIES)
    assert mined.articles == 1
    assert "ابان" not in mined.forms and mined.forms["ابانت"].subject == 1
