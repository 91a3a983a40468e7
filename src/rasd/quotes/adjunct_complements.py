"""A complementizer read past a long occasion of speaking: "قال الرئيس في خطاب ألقاه
اليوم ونقل مباشرة بمناسبة أدائه اليمين إن …"، "ذكر المحامي في تصريح للجوهرة أف أم من
نيس، اليوم الجمعة، أن …". The occasion (words.tsv `speech_occasion`) says where the
words were said; the clause that describes it (who delivered it, when, on what
occasion) holds no act of speech of its own, so the first إن / أن / بأن after it opens
what was said.
"""

from __future__ import annotations

from rasd.quotes.circumstances import occasion_span, opens_circumstance
from rasd.quotes.content import cue_content
from rasd.quotes.relays import RELAY
from rasd.quotes.view import CueHit, DocView

ADJUNCT_REACH = 16  # tokens from the occasion's opening to the complementizer
_STOPS = ".!?؟:؛;"  # a sentence, a colon or a list ends the adjunct


def complement_past_occasion(v: DocView, p: int, end: int, hit: CueHit) -> int | None:
    """The complementizer that follows an occasion of speaking opening at p, within
    ADJUNCT_REACH tokens; None when a stop, quotation marks or another cue come first
    (that cue's words are its own: "في كلمة أعلن فيها أن"), or a preposition the cue
    does not take governs it."""
    start = occasion_span(v, p, end)
    if not start:
        return None
    for j in range(start, min(end, p + ADJUNCT_REACH)):
        if v.complementizer(j):
            return None if _governed(v, j, hit) else j
        if v.punct(j, _STOPS) or j in v.region_at or _speaks(v, j):
            return None
    return None


def _speaks(v: DocView, j: int) -> bool:
    """A cue of its own at j; a relaying verb with no "عن" relays no one's words but
    says how the occasion was broadcast ("في خطاب ألقاه اليوم ونقل مباشرة")."""
    hit = v.cue(j)
    return hit is not None and not (
        RELAY in hit.form.takes and (j + 1 >= len(v.keys) or v.keys[j + 1] != "عن")
    )


Content = tuple[str, int, int, int | None]  # (kind, first, last, region), as cue_content


def content_past_occasion(
    v: DocView, k: int, hit: CueHit, p: int, end: int, content: Content | None
) -> Content | None:
    """What the cue at k says, given what was read after its speaker phrase (ending at
    p): when nothing was, or a word of the occasion's tail was read as a bare verbal
    noun or a preposition's object ("وأكد الفهد في مؤتمر صحافي بعد الاجتماع، أن …"
    read from "الاجتماع"), the indirect clause opening on the complementizer past the
    occasion (`complement_past_occasion`)."""
    if content is not None and (content[0] != "indirect" or v.complementizer(content[1])):
        return content
    j = complement_past_occasion(v, p, end, hit)
    if j is None:
        return content
    if content is not None and not _in_tail(v, content[1], j, end):
        return content
    found = cue_content(v, k, j, end, hit, False)
    if found is not None and found[0] == "indirect" and found[1] == j:
        return found
    return content


def _in_tail(v: DocView, first: int, j: int, end: int) -> bool:
    """Whether a clause read from `first` lies in the occasion's tail before the bare
    complementizer at j: the tail ends at a comma there, or `first` is the object of a
    time word ("عقب لقائه نظيره الفرنسي أن"). Not "أكد في كلمته على أهمية أن تتعاون"
    nor "على أهمية التعاون وأن …": what was stressed, and a second clause of it; nor
    "أشار في تصريحات … إلى أن": the preposition opens the clause."""
    if first >= j - 1 or v.proclitics[j].startswith("و"):
        return False
    return v.punct(j - 1, "،,") or opens_circumstance(v, first - 1, end)


_PREPOSITIONS = frozenset({"في", "على", "الى", "من", "عن"})


def _governed(v: DocView, j: int, hit: CueHit) -> bool:
    """The complementizer at j is the object of a preposition the cue does not take: a
    verb of the adjunct governs it ("ردا على سؤال حول الدافع الذي تشتبه الشرطة في أنه")."""
    before = v.keys[j - 1]
    return bool(v.word(j - 1)) and before in _PREPOSITIONS and before not in hit.form.takes
