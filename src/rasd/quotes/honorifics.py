"""An honorific pronoun as the cue's subject: "وأضاف معاليه للصحفيين عقب لقائه …
جون كيري إنه" is said by the one "معاليه" stands for, the speaker carried from before,
never a name in the adjunct after it.
"""

from __future__ import annotations

from rasd.quotes.speaker_words import Phrase
from rasd.quotes.view import DocView

HONORIFIC_REACH = 3  # tokens from the cue to its honorific ("وقال فيه معاليه")


def honorific_subject(v: DocView, k: int, after: Phrase | None) -> bool:
    """Whether an honorific right after the cue k is its subject and the phrase after
    it is not: an apposed title straight after it ("وقال معاليه الوزير …") still names
    the speaker, so the phrase must stand past some other word."""
    if after is None:
        return False
    for j in range(k + 1, min(after.start, k + 1 + HONORIFIC_REACH)):
        if v.is_("honorific", j):
            return after.start > j + 1
    return False
