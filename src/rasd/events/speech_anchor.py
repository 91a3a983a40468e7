"""Where a speech-act event stands: the sentence of its cue.

A quotation's speaker may be carried from an earlier sentence ("وقال … . وأضاف أن …":
the quotes layer gives the second quotation the first one's speaker), and a quotation
may open before its cue ("«…» . وتابع الوزير"); taking the earliest of the three as the
event's evidence put the act in a sentence that does not hold it, and users read the
event's sentence in the timeline as its citation. The act is told where its cue
stands (where the quotation has no cue, where it opens), so the event's sentence is
that one, and its evidence opens at the first of quotation, speaker and cue inside it.
Where the telling opens in an earlier sentence, that sentence is kept as the event's
`opens_in`: the statement may tell again the act told there ("وندد ملادينوف بمقتل
أطفال في غزة" then "وقال في تغريدة: …"), and merging reads the two as one sentence.
"""

from __future__ import annotations

from bisect import bisect_right

from rasd.document import Event, Quote


def anchor(quote: Quote, starts: list[int]) -> tuple[int, int, int, int]:
    """The evidence's start and end, the sentence of the act a quotation tells and the
    sentence its telling opens in (its earliest part); `starts` are the sentences'
    starts."""
    assert quote.speaker is not None
    at = quote.cue.start if quote.cue is not None else quote.start
    sentence = max(0, bisect_right(starts, at) - 1)
    opening = starts[sentence] if starts else 0
    parts = [quote, quote.speaker, quote.cue or quote]
    inside = [p for p in parts if p.start >= opening]
    start = min(p.start for p in inside)
    # A quotation told wholly in an earlier sentence ("«…» . وأضاف"): the evidence is
    # what the cue's sentence holds of the act, its cue and its speaker there.
    end = quote.end if quote.end > start else max(p.end for p in inside)
    opens = max(0, bisect_right(starts, min(p.start for p in parts)) - 1)
    return start, end, sentence, opens


def opens_with(a: Event, b: Event) -> bool:
    """Whether speech event `a` opens its telling in the sentence of event `b`."""
    return a.attrs.get("opens_in", a.sentence) == b.sentence
