"""A site's line that links back to its own article ("رابط الخبر بصحيفة الوئام: مقتل 3 في
تفجير لغم", the close of about one in fifteen saudinewsnet articles) repeats the
headline: its acts are the headline's, told again after the text, so it codes none
(evaudit2, an unseen-news audit; phrases in `data/words.tsv` `link_lines`)."""

from __future__ import annotations

from rasd.document import Document, Sentence
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

# A switch for `benchmarks/event_diff.py`.
ON = True
_LINKS = tuple(p.replace("_", " ") for p in WORD_LISTS.forms("link_lines"))


def link_line(doc: Document, sentence: Sentence) -> bool:
    """Whether the sentence opens with a link-back phrase."""
    if not ON:
        return False
    head = match_key(doc.text[sentence.start : sentence.start + 40].lstrip())
    return head.startswith(_LINKS)
