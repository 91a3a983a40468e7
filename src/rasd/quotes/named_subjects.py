"""A name the rules read as the subject right after the cue is not overruled by a
speaker from another sentence.

The speaker ranker weighs the earlier speakers of the article; after "وحذر صندوق النقد
من أن" or "ودعا ائتلاف الاتحاد الصهيوني … إلى" it carried the previous speaker (ترامب،
نتنياهو) over the organisation the sentence names after its verb. A phrase right after
the cue that holds a person's or a body's name is the verb's subject far more often
than its object, which the rules have already cut off ("دعا الولايات المتحدة إلى");
an unnamed phrase there ("انفعاله"، "جميع الأطراف") stays the ranker's to judge.
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.quotes.state import token_at
from rasd.quotes.view import DocView

SPEAKER_LABELS = frozenset({"ORG"})


def named_subject_stays(v: DocView, k: int, rule: Mention | None, chosen: Mention) -> bool:
    """The rules' speaker of the cue at k opens right after it and holds a body's (ORG)
    name, and the ranker's `chosen` lies outside the cue's sentence."""
    if rule is None or token_at(v, rule.start) != k + 1:
        return False
    last = token_at(v, max(rule.start, rule.end - 1))
    if not any(v.entity_label(i) in SPEAKER_LABELS for i in range(k + 1, last + 1)):
        return False
    return not _in_sentence(v, k, chosen)


def _in_sentence(v: DocView, k: int, mention: Mention) -> bool:
    s = v.sent_of[k]
    if s < 0:
        return True  # no sentence read: nothing tells the choice came from elsewhere
    first, end = v.sent_bounds[s]
    return v.tokens[first].start <= mention.start < v.tokens[end - 1].end
