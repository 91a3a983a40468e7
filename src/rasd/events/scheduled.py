"""Acts told as scheduled or expected ("ومن المقرر أن يلتقي ترامب بوتين"، "ومن المقرر أن
يصل ولي العهد … في زيارة"، "ويتوقع أن يعقد الرئيسان اجتماعا"): the act is to come, not
done, so it is marked future like "سيلتقي" (evaudit2, an unseen-news audit; words in
`data/words.tsv` `scheduled`)."""

from __future__ import annotations

from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word
from rasd.text.normalize import match_key

# A switch for `benchmarks/event_diff.py`.
ON = True
_SCHEDULED = WORD_LISTS.words("scheduled")
# "من المقرر أن يصل ولي العهد السعودي الأمير محمد بن سلمان الأحد إلى القاهرة في زيارة":
# the act may come some words after its "أن", in one clause.
_REACH = 14


def scheduled(words: list[Word], pos: int) -> bool:
    """Whether a schedule word and its "أن" come before the trigger at `pos` in its clause."""
    if not ON:
        return False
    for j in range(pos - 1, max(0, pos - _REACH) - 1, -1):
        if words[j].surface in BOUNDARY:
            return False
        if match_key(words[j].surface) == "ان" and j:
            return match_key(words[j - 1].surface).removeprefix("و") in _SCHEDULED
    return False
