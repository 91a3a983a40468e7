"""A bare complement after whom it was told to ("أكدت مصادر رسمية لقناة "العربية" دعم
الاتحاد …"، "أعلنوا لوكالة فرانس برس في وقت سابق مقتل جنديين"). The speaker phrase
stops at the audience, and a bare noun opens what was said only right there: an
outlet's quoted name, its adjectives or a time phrase after the audience left the
noun after them unread."""

from __future__ import annotations

from rasd.quotes.circumstances import audience_at, skip_adverbials
from rasd.quotes.regions import is_name_region
from rasd.quotes.speaker_words import nisba
from rasd.quotes.state import MAX_GAP
from rasd.quotes.view import DocView

AUDIENCE_REACH = 6  # tokens of an audience phrase before where the speaker phrase stopped


def after_audience(v: DocView, cue: int, start: int, end: int) -> frozenset[int]:
    """Where what was said may open past an audience that ends at `start`: past the
    outlet's quoted name ("لقناة "العربية""، "لوكالة "فرانس برس"") and its relative
    adjectives, and past the time words after them ("لـ"سكاي نيوز عربية" في وقت
    سابق،"); empty when no audience ends there."""
    if not _audience_ends_at(v, cue, start, end):
        return frozenset()
    past = _past_adjectives(v, _past_outlet_name(v, start), end)
    timed = skip_adverbials(v, _past_told_when(v, past, end), end)[0]
    return frozenset(j for j in {past, timed} - {start} if j < end and not _that_follows(v, j, end))


def _that_follows(v: DocView, j: int, end: int) -> bool:
    """ "لصحيفة "نيويورك تايمز" الأميركية، أن …"، "لصحيفة "بيلد" واسعة النطاق الجمعة، أن
    …": the words after the outlet describe it, and the complementizer is what was
    said; another cue or the sentence's end stops the search."""
    for k in range(j, min(end, j + MAX_GAP)):
        if v.complementizer(k):
            return True
        if v.punct(k, ".!?؟:") or (k > j and v.cue(k) is not None):
            return False
    return False


def _audience_ends_at(v: DocView, cue: int, start: int, end: int) -> bool:
    """An audience phrase opened after the cue closes right at `start` (for "لقناة
    "العربية"" at the quoted name)."""
    for k in range(max(cue + 1, start - AUDIENCE_REACH), start):
        if audience_at(v, k, end) == start:
            return True
    return False


def _past_told_when(v: DocView, j: int, end: int) -> int:
    """One past "في وقت سابق" at j (words.tsv `told_when_head`, `told_when`), which
    `skip_adverbials` leaves: alone, "في وقت" opens a clause ("في وقت تشهد …")."""
    if (
        j + 2 < end
        and v.keys[j] == "في"
        and v.is_("told_when_head", j + 1)
        and v.is_("told_when", j + 2)
    ):
        return j + 3
    return j


OUTLET_ADJECTIVES = 2  # "لصحيفة "ليكيب" الفرنسية"، "لقناة تلفزيونية محلية"


def _past_adjectives(v: DocView, j: int, end: int) -> int:
    """Past the outlet's relative adjectives and a comma after them ("لصحيفة "ليكيب"
    الفرنسية، صحة هذه التقارير"، "لقناة تلفزيونية مقتل شخص")."""
    k = j
    while k < end and k - j < OUTLET_ADJECTIVES and (nisba(v, k) or _definite_nisba(v, k)):
        k += 1
    return k + 1 if k > j and v.punct(k, "،,") else k


def _definite_nisba(v: DocView, k: int) -> bool:
    key = v.keys[k]
    return (
        v.word(k)
        and not v.proclitics[k]
        and key.startswith("ال")
        and key.endswith(("ي", "ية"))
        and not v.is_("title", k)
    )


def _outlet_name(v: DocView, j: int) -> bool:
    r = v.region_opening(j)
    return r is not None and v.regions[r].closer is not None and is_name_region(v, r)


def _past_outlet_name(v: DocView, j: int) -> int:
    """One past the quoted name at j, j itself when none is there."""
    if not _outlet_name(v, j):
        return j
    closer = v.regions[v.region_opening(j)].closer
    return closer + 1 if closer is not None else j
