"""Where a name ends: patterns of the words right after a name that the tagger, seeing a
sentence's words one window at a time, reads into it or out of it.

Applied to one sentence's BIO tags after `rasd.ner.rules.apply_rules`:
  1. a station's name before the letters "FM" spelled in Arabic ("موزاييك أف أم",
     "الجوهرة اف ام") is one organisation with them: the tagger leaves the letters
     out or the whole untagged;
  2. the title "ولي العهد" after a prince's name ("محمد بن سلمان ولي العهد السعودي") is
     no part of the name;
  3. a person's name does not end on a particle that needs the name after it (بن، أبو،
     آل، عبد): it goes on through the next word ("مشعل بن فهم"), or ends before the
     particle where no word follows;
  4. a militia's nisba tagged alone ("صواريخ حوثية", "مسلحين حوثيين") is no name;
  5. "قوات" before "التحالف" is the coalition's forces, not part of its name;
  6. a name does not end on the first word of a foreign compound place name
     (`place_head`: "سانت إيتيين", "لوس كابوس"): it goes on through the next word;
  7. a stadium's word (`stadium`: ستاد، استاد) right before a place is part of its
     name ("ستاد القاهرة", "استاد لوجنيكي"): the tagger tags the place alone;
  8. a masculine nationality ending an organisation whose words before it are
     feminine ("القوة الجوية العراقي") describes the club, not this name
     (`descriptor_nisbas`, given the stage's nisba test).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.gazetteer import loose_key
from rasd.ner.rule_words import load_rule_words
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

_RULE_WORDS = load_rule_words()
_RULE_WORD_FORMS = load_rule_words(key=match_key)
_RADIO_F = _RULE_WORDS["radio_f"]
_RADIO_M = _RULE_WORDS["radio_m"]
_NAME_PARTICLES = _RULE_WORDS["name_particle"]
_PLACE_HEADS = _RULE_WORD_FORMS["place_head"]
_DIRECTIONS = _RULE_WORD_FORMS["direction"]
_PROCLITICS = ("و", "ل", "ب")
_HEIR_TITLES = _RULE_WORDS["heir_title"]
_REIGN = loose_key("العهد")
_MILITIA_NISBAS = _RULE_WORD_FORMS["militia_nisba"]
_FEMININE_NISBAS = frozenset(w for w in _MILITIA_NISBAS if w.endswith("ة"))
_FORCES = loose_key("قوات")
_COALITION = loose_key("التحالف")
_STADIUMS = _RULE_WORDS["stadium"]
_TV = tuple(loose_key(w) for w in ("تي", "في"))


def apply_boundaries(words: Sequence[str], keys: Sequence[str], tags: list[str]) -> list[str]:
    """Apply the patterns to one sentence's `tags` (changed in place and returned);
    `words` are its surface words, `keys` their loose stem keys."""
    _radio_stations(words, keys, tags)
    _heir_titles(keys, tags)
    _dangling_particles(words, tags)
    _dangling_place_heads(words, tags)
    _militia_adjectives(words, tags)
    _coalition_forces(keys, tags)
    _stadium_names(keys, tags)
    return tags


def _stadium_names(keys: Sequence[str], tags: list[str]) -> None:
    """The tagger takes "القاهرة" of "ستاد القاهرة" or "لوجنيكي" of "استاد لوجنيكي"
    without the word the ground's name begins with. Not an organisation after it: a
    club named so ("ستاد رانس") and a ground named after a body ("استاد جامعة الملك
    سعود") need another label, which this rule cannot tell apart."""
    for label, start, _ in chunks(tags):
        before = start > 0 and tags[start - 1] == "O" and keys[start - 1] in _STADIUMS
        if label == "LOC" and before:
            tags[start - 1], tags[start] = f"B-{label}", f"I-{label}"


def _radio_stations(words: Sequence[str], keys: Sequence[str], tags: list[str]) -> None:
    for i in range(1, len(keys) - 1):
        if keys[i] not in _RADIO_F or keys[i + 1] not in _RADIO_M or not _is_word(words[i - 1]):
            continue
        start = i - 1
        # A head the tagger took into the name stays in it ("إذاعة موزاييك أف أم").
        while start > 0 and tags[start] == "I-ORG":
            start -= 1
        if tags[start] != "B-ORG":
            start = i - 1
        end = i + 2
        if tuple(keys[end : end + 2]) == _TV:
            end += 2  # "بي أف أم تي في" is BFM TV, a channel
        # What the tagger ran on into after the letters ("الجوهرة أف أم في صفاقس") is
        # no part of the station.
        _untag_run(tags, end)
        tags[start:end] = ["B-ORG"] + ["I-ORG"] * (end - start - 1)


def _heir_titles(keys: Sequence[str], tags: list[str]) -> None:
    for label, start, end in chunks(tags):
        if label != "PER":
            continue
        for i in range(start + 1, end):
            if keys[i] in _HEIR_TITLES and i + 1 < len(keys) and keys[i + 1] == _REIGN:
                tags[i:end] = ["O"] * (end - i)
                break


def _dangling_particles(words: Sequence[str], tags: list[str]) -> None:
    for label, start, end in chunks(tags):
        # The surface word, not its loose key: "بنك" (bank) is stemmed "بن" + "ك", and
        # "الابن" (junior, "بوش الابن") keys as "ابن".
        if label != "PER" or match_key(words[end - 1]) not in _NAME_PARTICLES:
            continue
        if end < len(tags) and tags[end] in ("O", "B-PER") and _is_word(words[end]):
            tags[end] = "I-PER"  # a name tagged after it joins this one
        elif end - start > 1:
            tags[end - 1] = "O"
        else:
            tags[start] = "O"


def _dangling_place_heads(words: Sequence[str], tags: list[str]) -> None:
    """The tagger, which knows "إيتيين" or "كابوس" from no list, stops after "سانت" or
    "لوس"; the next word, untagged or tagged a name of its own, completes the name.
    Only a place or body of the head alone: a head after a name is an English "St"
    ("ليثام سانت", Lytham St Annes), and a person's "دي لوس" (De Luce) is whole."""
    for label, start, end in chunks(tags):
        if label not in ("LOC", "ORG") or end - start > 1 or end >= len(tags):
            continue
        if not _is_place_head(words[start]) or _is_listed(words[end], _DIRECTIONS):
            continue
        if tags[end] in ("O", f"B-{label}") and _is_word(words[end]):
            tags[end] = f"I-{label}"


def _is_place_head(word: str) -> bool:
    return _is_listed(word, _PLACE_HEADS)


def _is_listed(word: str, words: frozenset[str]) -> bool:
    key = match_key(word)
    return key in words or (key[:1] in _PROCLITICS and key[1:] in words)


def _militia_adjectives(words: Sequence[str], tags: list[str]) -> None:
    """The nisba of a militia tagged alone is no name in the feminine ("الحركة
    الحوثية", "جماعة حوثية") or as a bare plural ("ناشطون حوثيون", "مسلحين حوثيين");
    "الحوثيين" and "للحوثيين" name the group."""
    for label, start, end in chunks(tags):
        if label != "ORG" or end - start != 1:
            continue
        form = match_key(words[start])
        if form in _MILITIA_NISBAS or (form.startswith("ال") and form[2:] in _FEMININE_NISBAS):
            tags[start] = "O"


def _coalition_forces(keys: Sequence[str], tags: list[str]) -> None:
    # "قوات التحالف العربي": the forces of the coalition, whose name is "التحالف
    # العربي" (or "التحالف", optional in the annotated news).
    for label, start, end in chunks(tags):
        forces = label == "ORG" and end - start > 1 and keys[start] == _FORCES
        if forces and keys[start + 1] == _COALITION:
            tags[start], tags[start + 1] = "O", "B-ORG"


def descriptor_nisbas(
    words: Sequence[str], stems: Sequence[str], tags: list[str], is_nisba: Callable[[str], bool]
) -> None:
    """A masculine nationality ending an organisation whose first word and last word
    before it end in ة agrees with neither: it describes the club or body the name
    stands for ("القوة الجوية العراقي" is the Iraqi club القوة الجوية), and the gold
    leaves such a descriptor out. A masculine head takes the nisba into its name
    ("بنك الدولة الهندي", "مجلس الدولة الصيني"). Names of three words or more only."""
    for label, start, end in chunks(tags):
        last = end - 1
        if label != "ORG" or end - start < 3 or not _feminine(words[start], words[last - 1]):
            continue
        if stems[last].endswith("ي") and is_nisba(stems[last]):
            tags[last] = "O"


def _feminine(*words: str) -> bool:
    return all(word.endswith("ة") for word in words)


def _untag_run(tags: list[str], i: int) -> None:
    while i < len(tags) and tags[i].startswith("I-"):
        tags[i] = "O"
        i += 1


def _is_word(word: str) -> bool:
    return len(word) > 1 and all("\u0621" <= c <= "\u064a" for c in word)
