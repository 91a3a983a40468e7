"""A noun with a pronoun suffix ends a person's name: "تتهم أنقرة غولن بتدبيرها" (the
coup's planning), "وضيع كوكي وأسباس ركلتيهما" (their penalties). The tagger, reading
a rare foreign surname, runs the name on into the verbal noun or object after it; a
name word never carries a possessive pronoun, which the segmenter splits off. Only
a common word is read so, attested in the news lexicon without the pronoun and the
preposition ("تدبير", "ركلتي"), at least four letters long: a surname the segmenter
cuts alike ("براهم" as "برا" + "هم") is too short or unseen. The bare "ه" is left to
a word after a preposition the segmenter split off ("بتكليفه"): names end in it
("طه", "نزيه", "بيكيه"). Held out (issue 14, entextent): folds 0-1 entities 10,062 →
10,063 tp; rare on random news (1 change in 500 design articles).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

# A switch for `benchmarks/ner_rule_diff.py`.
PRONOUN_TAILS = True

# Possessive pronouns a noun carries, longest first; "ه" only after a preposition.
_PRONOUNS = ("هما", "كما", "هم", "هن", "كم", "ها")
_HIS = "ه"
_PREPOSITIONS = ("ب", "ل")
_MIN_LETTERS = 4
# A form counts as a common word from this many occurrences in the news lexicon.
_ATTESTED = 20


def pronoun_tails(
    words: Sequence[str], stems: Sequence[str], tags: list[str], lexicon: Mapping[str, int]
) -> None:
    """End each person's name of a sentence (`tags`, changed in place) before its first
    word after the first that is a common noun with a pronoun suffix; `stems` are match
    keys, `lexicon` counts word forms."""
    if not PRONOUN_TAILS:
        return
    for label, start, end in chunks(tags):
        if label != "PER" or end > len(stems):
            continue
        for i in range(start + 1, end):
            if _suffixed_noun(words[i], stems[i], lexicon):
                for j in range(i, end):
                    tags[j] = "O"
                break


def _suffixed_noun(word: str, stem: str, lexicon: Mapping[str, int]) -> bool:
    """Whether a word is a common noun with a possessive pronoun that the segmenter
    split off, after a preposition or not: split off too ("بتكليفه") or left on the
    stem ("بتدبير" + "ها")."""
    form = match_key(word)
    pronoun = next((p for p in (*_PRONOUNS, _HIS) if form.endswith(stem + p)), "")
    if not pronoun:
        return False
    after_preposition = form[: len(form) - len(stem) - len(pronoun)][-1:] in _PREPOSITIONS
    if pronoun == _HIS and not after_preposition:
        return False  # "بيكيه" is "بيكي" + "ه" to the segmenter, "ربه" of "عبد ربه"
    bases = [stem, stem[1:]] if stem[:1] in _PREPOSITIONS else [stem]
    return any(len(b) >= _MIN_LETTERS and lexicon.get(b, 0) >= _ATTESTED for b in bases)
