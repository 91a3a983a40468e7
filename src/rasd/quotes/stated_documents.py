"""The document named after "جاء في" with its article (issue 12, qwafq).

"وجاء في التقرير "إذا لم تشارك أعداد متزايدة في سوق العمل …""، "وجاء في البيان أن
…": a statement frame whose place is the document the article told of before. The
`situation` list names its nouns bare (بيان، تقرير) because it also holds words whose
article would change their reading (الوقت، ذات); a document noun keeps its reading
with the article, so `stated_document` (words.tsv) names the ones that do.
"""

from __future__ import annotations

from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.view import DocView


def stated_place(v: DocView, k: int) -> bool:
    """Whether token k, right after "جاء في", opens the place of a statement: a
    `situation` word, or a `stated_document` noun with its article."""
    if v.is_("situation", k):
        return True
    key = v.keys[k] if 0 <= k < v.n else ""
    return key.startswith("ال") and v.lexicon.has("stated_document", key[2:])


def study_author(v: DocView, k: int, end: int) -> Phrase | None:
    """ "وجاء في التقرير "…""، "وجاء في الدراسة أن": a study or report with the article
    and no author after ل is the speaker of its findings, as when it is a cue's
    subject ("وبين التقرير أن"), not whoever spoke last in the article."""
    key = v.keys[k] if 0 <= k < v.n else ""
    if not key.startswith("ال") or not v.lexicon.has("study", key[2:]):
        return None
    return noun_phrase(v, k, end)
