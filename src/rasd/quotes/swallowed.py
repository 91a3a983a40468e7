"""Where a speaker phrase read after its cue stops before what was said: an adverb of
manner or frequency between the subject and the complement ("وأدانت دولة الإمارات
العربية المتحدة بشدة التصعيد"، "وترفض واشنطن دوما فكرة المساومة") is how or how often
it was said. Read as more of the subject it took the complement after it too, so
nothing was quoted or the speaker was cut wrong."""

from __future__ import annotations

from rasd.quotes.view import DocView


def adverb_ends(v: DocView, i: int) -> bool:
    """Token i, past the phrase's first word, is a words.tsv `complement_adverb`; a
    name the entity layer tagged is a place ("في مدينة دوما"), not "always"."""
    return v.is_("complement_adverb", i) and v.entity_label(i) is None
