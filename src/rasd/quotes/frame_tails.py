"""What may follow the source of a closing attribution frame in its sentence while the
frame still closes the reported clause (issue 12, qrunon).

`bare_frames.bare_frame` ends a reported clause before a frame with no comma
("… حسب وكالة رويترز.") only when at most two words follow the source, so a frame
whose source is followed by where it published, by a report with no full stop before
it, or by the writer's next clause after a comma was read as more of what was said:

- "أغلقت 23 موقعًا حسب موقع أمانة محافظة جدة على شبكة الإنترنت."، "بحسب ما كتب على
  صفحته في تويتر.": على / في / عبر and a medium word (words.tsv `medium`,
  `medium_head`, `network`), up to the sentence end;
- "… حسب المرصد السوري لحقوق الإنسان من جانبها، أعلنت اللجنة الدولية …": the
  writer's transition that opens the next report (words.tsv `side_turn`, with its
  pronoun);
- "… بحسب مكتب الإحصاءات، مع الإشارة إلى …"، "… وفق مراقبين، لذلك فهو …": a comma and
  a word that opens the writer's own clause after a source (`after_source`,
  `cut_pair`, `source_then_pair`).
"""

from __future__ import annotations

from rasd.quotes.view import DocView

PUBLISHED_REACH = 8  # words of "في تغريدة على حسابه الرسمي في موقع تويتر" after the source
TIME_WORDS = 3  # "أمس الأحد" between the source and where it published
_WHERE = frozenset({"على", "في", "عبر"})
_MEDIUM_LISTS = ("medium", "medium_head", "network")
_POSSESSIVES = ("ها", "هم", "ه")


def closing_tail(v: DocView, start: int, end: int) -> bool:
    """Whether the tokens from `start` (one past the frame's source) to the sentence
    end `end` leave the frame closing the clause before it."""
    return (
        _published_at(v, _past_time(v, start, end), end)
        or _side_turn(v, start)
        or (v.punct(start, "،,") and _writer_clause(v, start + 1))
    )


def _past_time(v: DocView, start: int, end: int) -> int:
    """Past the day it was said ("الثلاثاء"، "أمس الأحد") between source and medium."""
    j = start
    while j < end and j - start < TIME_WORDS and v.word(j) and v.is_("time", j):
        j += 1
    return j


def _published_at(v: DocView, start: int, end: int) -> bool:
    """ "على شبكة الإنترنت"، "في تغريدة على حسابه في (تويتر)": where the source
    published, and nothing past it but words, brackets and the site's Latin name (no
    comma, colon or quoted words of its own)."""
    if start + 1 >= end or v.keys[start] not in _WHERE or v.proclitics[start]:
        return False
    if not _listed(v, start + 1, _MEDIUM_LISTS):
        return False
    tail = range(start, end)
    if any(v.punct(j, "،,;؛:") or v.complementizer(j) for j in tail):
        return False
    return sum(1 for j in tail if v.word(j) or v.tokens[j].kind == "latin") <= PUBLISHED_REACH


def _listed(v: DocView, j: int, lists: tuple[str, ...]) -> bool:
    """Token j is in one of the word lists, read without the article or a possessive
    pronoun."""
    if not v.word(j) or v.proclitics[j]:
        return False
    key = v.keys[j]
    forms = {key, key[2:] if key.startswith("ال") else key}
    forms |= {key[: -len(p)] for p in _POSSESSIVES if key.endswith(p) and len(key) > len(p) + 2}
    return any(v.lexicon.has(c, f) for c in lists for f in forms)


def _side_turn(v: DocView, start: int) -> bool:
    """ "من جانبها،"، "من جهته،": the transition of the next report, then its comma."""
    return (
        start + 2 < v.n
        and v.keys[start] == "من"
        and not v.proclitics[start]
        and v.keys[start + 1] not in v.lexicon.words.get("side_turn", frozenset())
        and _listed(v, start + 1, ("side_turn",))
        and v.punct(start + 2, "،,")
    )


def _writer_clause(v: DocView, j: int) -> bool:
    """After the source's comma, a word that opens the writer's own clause."""
    words = f"{v.keys[j]} {v.keys[j + 1]}" if j + 1 < v.n else ""
    pair = any(v.lexicon.has(c, words) for c in ("cut_pair", "source_then_pair"))
    # Not any `cut` word: "حسب الكاتبين، إذ يقع اللوم …" goes on with the sources'
    # own reasoning.
    return pair or v.is_("after_source", j)
