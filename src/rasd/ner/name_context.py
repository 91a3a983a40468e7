"""What the words before a name say it is, over all its mentions in a document.

The document spread (`rasd.ner.consistency.propagate`) gives every untagged mention
of a name the label the tagger gave it most often; when that label is wrong, so are
all the mentions it fills ("نيمار" tagged once as an organisation, then spread over
a dozen untagged mentions), and the tagger's own marginals cannot tell such a spread
from a right weak one (issue 14). The words just before the name's mentions can: a
person word ("اللاعب نيمار"), a speech verb whose subject it is ("قال نيمار": people
and bodies speak, places rarely), a place word or preposition ("في"، "مدينة"), a body
word ("وزارة"، "نادي"). A label those words contradict, and none supports, is not
spread.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rasd.ner.rule_words import RULE_WORDS

_CUES = {
    "person": RULE_WORDS["person_cue"] | RULE_WORDS["person_title"],
    "speech": RULE_WORDS["speech_verb"],
    "place": RULE_WORDS["place_cue"],
    "body": RULE_WORDS["body_cue"],
}
# The cues that support each label; a label is contradicted by a cue of `_AGAINST`.
_FOR = {"PER": ("person", "speech"), "LOC": ("place",), "ORG": ("body", "speech")}
_AGAINST = {"PER": (), "LOC": ("person",), "ORG": ("person",)}


def cue_before(keys: Sequence[str], words: Sequence[str] | None, i: int) -> str | None:
    """The cue just before word i: the word before, or a person word before a
    definite nisba adjective ("اللاعب البرازيلي نيمار"). A person word counts only
    with its article, and before a name with no preposition on it ("الرئيس التنفيذي
    لألفابت": the body the person heads)."""
    if i == 0:
        return None
    for cue, listed in _CUES.items():
        if keys[i - 1] in listed and (cue != "person" or _apposed(words, i - 1, i)):
            return cue
    nisba = i >= 2 and keys[i - 1].endswith("ي") and (words is None or _definite(words[i - 1]))
    if nisba and keys[i - 2] in _CUES["person"] and _apposed(words, i - 2, i):
        return "person"
    return None


def _on_name(cue: str | None, words: Sequence[str], key: str) -> str | None:
    """The name's own words: "ب" on it is "in" ("بالمملكة": a place, as "في" is), and a
    word with "لل" is no person's ("الأمير نايف للإسعافات الأولية": a body named after him),
    nor a definite nisba after a person word."""
    if words[0].startswith("ب") and not key.startswith("ب"):
        return "place"
    if cue == "person" and any(w.startswith("لل") for w in words):
        return None
    if cue == "person" and len(words) == 1 and key.endswith("ي") and _definite(words[0]):
        return None  # "الصحفي السعودي": the adjective of the person word, not a name
    return cue


def _apposed(words: Sequence[str] | None, cue: int, name: int) -> bool:
    return words is None or (_definite(words[cue]) and not words[name].startswith(("ل", "ب")))


def _definite(word: str) -> bool:
    """A person word with its article stands beside the name ("اللاعب نيمار"); without
    it, it heads the name that follows ("لاعب ليفانتي": a player of the club)."""
    core = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    return core.startswith(("ال", "لل", "بال"))


def cue_counts(
    keys: Sequence[Sequence[str]],
    names: dict[tuple[str, ...], str],
    longest: dict[str, int],
    words: Sequence[Sequence[str]] | None = None,
) -> dict[tuple[str, ...], Counter[str]]:
    """Per name, the cues before its mentions, tagged or not, in one pass; `words`
    are the surface words (for a person word's article), when known."""
    out: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for s, sentence_keys in enumerate(keys):
        sentence_words = None if words is None else words[s]
        n = len(sentence_keys)
        for i in [i for i, key in enumerate(sentence_keys) if key in longest]:
            for length in range(min(longest[sentence_keys[i]], n - i), 0, -1):
                name = tuple(sentence_keys[i : i + length])
                if name in names:
                    cue = cue_before(sentence_keys, sentence_words, i)
                    if sentence_words is not None:
                        cue = _on_name(cue, sentence_words[i : i + length], sentence_keys[i])
                    if cue is not None:
                        out[name][cue] += 1
                    break
    return out


def contradicted(label: str, cues: Counter[str]) -> bool:
    """Whether the words around a name's mentions speak against its label and none for it."""
    return _against(label, cues) and not any(cues[c] for c in _FOR.get(label, ()))


def _against(label: str, cues: Counter[str]) -> bool:
    # Countries speak too ("أكدت المملكة"): a speech verb tells a body from a place only
    # beside a body word ("قالت حركة النهضة" ... "أكدت النهضة").
    speaks = label == "LOC" and bool(cues["speech"] and cues["body"])
    return speaks or any(cues[c] for c in _AGAINST.get(label, ()))


def votes(label: str, cues: Counter[str]) -> str:
    """What the cues say of a label: "for", "against", "both" or "none"."""
    pro = any(cues[c] for c in _FOR.get(label, ()))
    con = _against(label, cues)
    return "both" if pro and con else "for" if pro else "against" if con else "none"
