"""Quoted words that belong to the speaker's phrase, not to what was said (issue 12).

News puts marks around a descriptor of the speaker ("وقال محمد حسين لباد "والد
الطفلة": إن ابنته …"), the topic of an occasion ("وأضاف عبد السلام خلال ندوة دولية حول
"الإرهاب في المنطقة الإفريقية" أن الإرهاب …") or the accused ("الهايكا تتهم "الحوار
التونسي" بانتهاك كرامة الأشخاص"). When such a short quotation (no longer than a quoted
name) is followed by the cue's own complement, what was said is what the complement opens; the marks only set
off a name.
"""

from __future__ import annotations

from rasd.quotes.content import cue_content
from rasd.quotes.marks import Region
from rasd.quotes.regions import region_words
from rasd.quotes.state import NAME_MAX_WORDS, State
from rasd.quotes.view import CueHit, DocView

_THAT = "ان"  # cues.tsv `takes`: أن/إن/بأن (match key)

Content = tuple[str, int, int, int | None]


def past_quoted_piece(
    state: State, k: int, end: int, hit: CueHit, content: Content | None, no_subject: bool
) -> Content | None:
    """The content of the cue at `k` past a short quotation that `content` took for
    what was said, when the cue's complement follows the closing mark. The quotation
    passed over is claimed, so that no later pass reads it as someone's words."""
    v = state.view
    if content is None or content[0] != "direct" or content[3] is None:
        return content
    reg = v.regions[content[3]]
    if reg.opener is None or reg.closer is None or region_words(v, content[3]) > NAME_MAX_WORDS:
        return content
    if not _complement_follows(v, reg, end, hit):
        return content
    past = cue_content(v, k, reg.closer + 1, end, hit, no_subject)
    if past is None:
        return content
    state.claimed.add(content[3])
    return past


def _complement_follows(v: DocView, reg: Region, end: int, hit: CueHit) -> bool:
    """The cue's own complement follows the quotation: a colon, أن/إن for a cue that
    takes it, or the charge in ب of a cue whose object the quotation is ("تتهم "…"
    بانتهاك"); not when the quotation is itself in ب ("ما وصفه بـ«الحزم» بوصفه مبدأ")."""
    j = reg.closer + 1  # a closed quotation (past_quoted_piece)
    while j < end and v.punct(j, "،,"):
        j += 1
    if j >= end:
        return False
    if v.punct(j, ":"):
        return True
    if v.complementizer(j):
        return _THAT in hit.form.takes
    return (
        "ب" in hit.form.takes
        and "O" in hit.form.takes
        and v.keys[reg.opener - 1] != "ب"
        and v.keys[j].startswith("ب")
        and v.word(j)
        and v.entity_label(j) is None
    )
