"""A negated cue whose content is a thing after "عن": "ولم تعلن الحكومة البريطانية عن
الإجراءات التي قد تتخذها"، "دون أن تكشف عن موعد التقاط الصورة" tell what was not
announced or disclosed (issue 12, qnotquote). Nothing was said, so there is no
quotation; a denial with its own verb (نفى) or a negated cue before "أن" is another
matter and is left as it was.
"""

from __future__ import annotations

from rasd.quotes.view import DocView


def withheld(v: DocView, k: int, first: int) -> bool:
    """Whether the cue at k is negated and what it would say opens at "عن" (first)."""
    return v.keys[first] == "عن" and (v.is_("negation", k - 1) or _without_that(v, k))


def _without_that(v: DocView, k: int) -> bool:
    """ "دون أن تكشف"، "من دون أن يعلن": the cue after "without"."""
    return k >= 2 and v.keys[k - 1] == "ان" and v.is_("without", k - 2)
