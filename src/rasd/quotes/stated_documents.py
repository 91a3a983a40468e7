"""The document named after "جاء في": with its article (issue 12, qwafq), or bare with
its author after it (qaudit8).

"وجاء في التقرير "إذا لم تشارك أعداد متزايدة في سوق العمل …""، "وجاء في البيان أن
…": a statement frame whose place is the document the article told of before. The
`situation` list names its nouns bare (بيان، تقرير) because it also holds words whose
article would change their reading (الوقت، ذات); a document noun keeps its reading
with the article, so `stated_document` (words.tsv) names the ones that do.
"""

from __future__ import annotations

from rasd.quotes.circumstances import skip_adverbials
from rasd.quotes.clues import speaks
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


def document_author(v: DocView, k: int, end: int) -> Phrase | None:
    """ "وجاء في بيان مجلس الشورى: …"، "وورد في رسالة السيستاني التي تلاها …"، "وجاء في
    بيان صادر اليوم عن الخارجية الأمريكية أن"، "وجاء في البيان الذي نشرته الوزارة": a
    document (`stated_document`) names its author after "صادر عن" or "نشرته" (words.tsv
    `issued`) or, bare, as its definite or named genitive. What it says is that
    author's, as after "بيان لـ", not the latest speaker's."""
    if not 0 <= k < end - 1 or v.enclitic[k] or v.proclitics[k]:
        return None
    if not v.lexicon.has("stated_document", v.keys[k].removeprefix("ال")):
        return None
    j = k + 1
    if v.keys[j] == "الذي" and v.is_("issued", j + 1):
        j += 1  # "التقرير الذي نشرته"
    if v.is_("issued", j):
        j = skip_adverbials(v, j + 1, end)[0]  # "صادر اليوم الاثنين عن"
        j += j < end and v.keys[j] == "عن"
    elif v.definite[k] or not (v.definite[j] or v.entity_label(j) is not None):
        # "جاء في البيان الختامي": the article's own document; "بيان نقابي"، "تقرير
        # لجنة يشرف عليها …": an adjective, or an author described, not named.
        return None
    author = noun_phrase(v, j, end) if j < end else None
    if author is None or not speaks(v, author):
        return None
    # A phrase run on past "أن" holds what was said ("تقرير المخابرات الأميركية أن
    # الديمقراطية …" read as one name): no author is sure there.
    return None if any(v.complementizer(i) for i in range(author.start, author.end)) else author
