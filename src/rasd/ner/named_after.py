"""A body or place named after a person ("مركز الملك سلمان للإغاثة", "مؤسسة سالم بن
محفوظ الخيرية", "مستشفى الملك فهد", "جامعة الإمام محمد بن سعود الإسلامية"): the
tagger knows the person and not the body, so it tags the person alone inside the name.
The annotated news write such a name whole, with the label of its head ("مدينة الملك
عبد العزيز للعلوم والتقنية" ORG, "مطار الملك عبد العزيز" LOC), and do not tag the person
inside; an award named so ("جائزة الملك فيصل") is no entity at all.

An indefinite head noun (`data/rule_words.tsv` ``named_after_body``,
``named_after_place``, ``named_after_award``; compared by stem), an optional title (``named_after_title``)
and a tagged person make one name with what closes it: definite relative adjectives
("الخيرية", "التخصصي") or a phrase with "لـ" ("للإغاثة والأعمال الإنسانية"). Without a
title the closing words are required, since a head before a person who is not part of a
name ("مركز الشرطة سالم محمد") has none.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.ner.gazetteer import loose_key_of_match_key
from rasd.ner.rule_words import PREPOSITIONS, RULE_WORDS, load_rule_words
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

# A switch for measuring the rule (benchmarks/ner_rule_diff.py).
NAMED_AFTER = True

# Heads by their stem, with ة: the loose key of جامعة is that of جامع (a mosque).
_HEAD_WORDS = load_rule_words(key=match_key)
_LABELS = {
    **{k: "ORG" for k in _HEAD_WORDS["named_after_body"]},
    **{k: "LOC" for k in _HEAD_WORDS["named_after_place"]},
    **{k: "O" for k in _HEAD_WORDS["named_after_award"]},
}
# Place heads that a "لل" phrase makes a body's ("مدينة ... للعلوم والتقنية").
_LAM_BODIES = _HEAD_WORDS["named_after_lam_body"]
_TITLES = RULE_WORDS["named_after_title"]
_ARTICLE = "ال"
# Words after the "لـ" phrase's noun that still close the name ("للعلوم والتقنية").
_MAX_CLOSING = 4


def named_after(
    keys: Sequence[str], words: Sequence[str], stems: Sequence[str], tags: list[str]
) -> None:
    """Join head + title + person + closing words into one name in one sentence's
    `tags` (changed in place); `keys` are loose stem keys, `words` the words with
    their proclitics, `stems` the stems with the article."""
    if not NAMED_AFTER:
        return
    for label, start, end in chunks(tags):
        # the tagger takes the title into the name at times ("[الملك فهد|ORG]")
        title_first = _title(keys[start], stems[start]) and end - start > 1
        if label != "PER" and not title_first:
            continue
        head, titled = _head(keys, stems, tags, start + title_first)
        if head is None:
            continue
        close = _closing(words, stems, tags, end)
        if close == end and not titled and not _feminine(words[end - 1], stems[end - 1]):
            continue  # "مركز الشرطة سالم محمد": a person beside the head, not in a name
        name = _LABELS[stems[head]]
        if stems[head] in _LAM_BODIES and close > end and _lam(words[end], stems[end]):
            name = "ORG"  # "مدينة الملك عبد العزيز للعلوم والتقنية" is an institution
        if name == "O":
            tags[head:close] = ["O"] * (close - head)
        else:
            tags[head:close] = [f"B-{name}"] + [f"I-{name}"] * (close - head - 1)


def _head(
    keys: Sequence[str], stems: Sequence[str], tags: list[str], person: int
) -> tuple[int | None, bool]:
    """The head noun's index before the person at `person` (through a title) and
    whether a title stands between; the head and title may be untagged or a name of
    their own ("[جامعة الإمام] [محمد بن سعود]"), not part of a longer one."""
    titled = person > 0 and _title(keys[person - 1], stems[person - 1])
    head = person - 1 - titled
    if head < 0 or stems[head] not in _LABELS:  # "المركز": a definite head describes
        return None, False
    if tags[head].startswith("I-") or any(t.startswith("B-") for t in tags[head + 1 : person - 1]):
        return None, False
    return head, titled


def _title(key: str, stem: str) -> bool:
    """A definite title ("الملك", "الإمام")."""
    return key in _TITLES and stem.startswith(_ARTICLE)


def _closing(words: Sequence[str], stems: Sequence[str], tags: list[str], end: int) -> int:
    """Where the name ends after the person ending at `end`: past definite adjectives,
    or a "لـ" phrase with its adjectives and nouns joined by "و"."""
    i = end
    while i < len(tags) and _loose_adjective(words, stems, tags, i):
        i += 1
    if i == end and i < len(tags) and tags[i] == "O" and _lam(words[i], stems[i]):
        last = min(len(tags), i + 1 + _MAX_CLOSING)
        i += 1
        while i < last and (
            _loose_adjective(words, stems, tags, i)
            or (tags[i] == "O" and _joined(words[i], stems[i]))
        ):
            i += 1
    return i


def _loose_adjective(words: Sequence[str], stems: Sequence[str], tags: list[str], i: int) -> bool:
    """An adjective untagged or tagged as a name of its own: the tagger tags some alone
    ("[الإسلامية|ORG]", "[الاولمبي|ORG]" after the person)."""
    alone = tags[i] == "O" or (
        tags[i].startswith("B-") and (i + 1 == len(tags) or not tags[i + 1].startswith("I-"))
    )
    return alone and _adjective(words[i], stems[i])


def _adjective(word: str, stem: str) -> bool:
    """A definite relative adjective standing on its own ("الخيرية", "التخصصي"), not a
    relative pronoun ("التي", "الذي")."""
    return (
        match_key(word) == stem
        and stem.startswith(_ARTICLE)
        and stem.endswith(("ي", "ية"))
        and _word(stem)
    )


def _word(stem: str) -> bool:
    """Whether a stem is a content word, not a pronoun or preposition ("الذي")."""
    return loose_key_of_match_key(stem) not in PREPOSITIONS


def _feminine(word: str, stem: str) -> bool:
    """A feminine relative adjective the tagger took into the person ("[سالم بن محفوظ
    الخيرية]"); a masculine one is as often a surname ("مكتب السيسي")."""
    return _adjective(word, stem) and stem.endswith("ية")


def _lam(word: str, stem: str) -> bool:
    """A definite noun with "لـ" ("للإغاثة", "للعلوم")."""
    return match_key(word).startswith("لل") and stem.startswith(_ARTICLE)


def _joined(word: str, stem: str) -> bool:
    """A definite noun joined by "و" that goes on with the "لـ" phrase ("والتقنية")."""
    return match_key(word) == "و" + stem and stem.startswith(_ARTICLE) and _word(stem)
