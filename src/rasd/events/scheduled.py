"""Acts told as scheduled or expected ("ومن المقرر أن يلتقي ترامب بوتين"، "ومن المقرر أن
يصل ولي العهد … في زيارة"، "ويتوقع أن يعقد الرئيسان اجتماعا"): the act is to come, not
done, so it is marked future like "سيلتقي" (evaudit2, an unseen-news audit; words in
`data/words.tsv` `scheduled`). So is an act named by the object of a verb of doing in the
future tense ("ستنفذ اضرابها"، "سيتوجه غدا في زيارة"; evaudit, session 25)."""

from __future__ import annotations

from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, unjoined
from rasd.text.normalize import match_key

# Switches for `benchmarks/event_diff.py`.
ON = True
DOING_ON = True
_SCHEDULED = WORD_LISTS.words("scheduled")
# "من المقرر أن يصل ولي العهد السعودي الأمير محمد بن سلمان الأحد إلى القاهرة في زيارة":
# the act may come some words after its "أن", in one clause.
_REACH = 14


def scheduled(words: list[Word], pos: int) -> bool:
    """Whether a schedule word and its "أن" come before the trigger at `pos` in its clause."""
    if DOING_ON and done_later(words, pos):
        return True
    if not ON:
        return False
    for j in range(pos - 1, max(0, pos - _REACH) - 1, -1):
        if words[j].surface in BOUNDARY:
            return False
        if match_key(words[j].surface) == "ان" and j:
            return match_key(words[j - 1].surface).removeprefix("و") in _SCHEDULED
    return False


_DOING = WORD_LISTS.words("future_doing")
# "سيتوجه وفد من مجلس نواب الشعب غدا في زيارة": the doer and a time word may stand
# between the verb and the act it names, in one clause; no further ("سيعقد جلسة طارئة
# الليلة بناء على طلب الكويت": the request was made).
_DOING_REACH = 5
_PERSONS = ("ي", "ت", "ن")
_PLURALS = ("ون", "ان", "ين", "ن")


def done_later(words: list[Word], pos: int) -> bool:
    """Whether a verb of doing in the future tense ("ستنفذ"، "سوف يعقد"، "سيقومون") comes
    before the trigger at `pos` in its clause: the act it carries out is not done yet."""
    for j in range(pos - 1, max(0, pos - _DOING_REACH) - 1, -1):
        if words[j].surface in BOUNDARY:
            return False
        key = unjoined(words[j]).removeprefix("ف")
        if key.startswith("س") and _doing(key[1:]):
            return True
        if j and unjoined(words[j - 1]) == "سوف" and _doing(key):
            return True
    return False


def _doing(verb: str) -> bool:
    """Whether `verb` is an imperfect form of a verb of doing ("ينفذ"، "يعقدان")."""
    if not verb.startswith(_PERSONS):
        return False
    stem = verb[1:]
    return stem in _DOING or any(stem.endswith(p) and stem[: -len(p)] in _DOING for p in _PLURALS)
