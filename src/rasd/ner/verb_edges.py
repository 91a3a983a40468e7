"""A finite verb or an indefinite accusative beside a name is no part of it: the
tagger, reading a sentence one window at a time, tags the verb before a subject or
after it as a word of the name ("وتعادلت اليابان مع السنغال", "مصر والصين توقعان
اتفاقيات", "القوات المسلحة ستستخدم كافة الحقوق"), and `place_rules.adjacent_places`
then joins a verb tagged a place to the country after it; it runs a name on into the
circumstantial adjective or the object after it too ("وعين مارادونا مدربا", "الجيش
الوطني اليمني مدعوما بالتحالف", "الأمير محمد بن نايف اتصالا هاتفيا"). A verb at
either edge of a name leaves it, an indefinite accusative its end; a verb tagged as a
name alone names nothing.

A word is a finite verb by its shape and by the news lexicon's word counts, since no
part-of-speech tagger runs before the names:
  - the imperfect, ي or ت (after the future's س or not) with the dual or plural
    ending or none ("توقعان", "سيعقدان", "ستستخدم", "يضحك"): the stem takes both
    prefixes, stands as a perfect and takes the plural "يـ…ون" ("يوقع", "توقع",
    "وقع", "يوقعون"). Foreign names shaped alike ("توري", "يورو", "توما", "سيلبي")
    have no plural;
  - the perfect with the feminine ت ("تعادلت", "كررت"): the word without ت is a verb
    of the lexicon that also takes the imperfect's ي ("تعادل", "يتعادل"; "أعلن",
    "يعلن").
Words the gazetteer lists (تدمر، ينبع، رفعت، يزيد، تونس، صوفيا) are names whatever
their shape, and so are words after the article or ب/ك. A person's name may open with
a word shaped as a verb ("يوري تيلمانس", "تامر حسين", Turkish "فكرت أوزار"): only a
perfect after the conjunction و that opens a clause ("وحذرت ميركل") leaves the start
of a person's name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rasd.ner.gazetteer import loose_key_of_match_key
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

# Switches for `benchmarks/ner_rule_diff.py`: verbs, and circumstantial accusatives.
VERB_EDGES = True
CIRCUMSTANTIAL = True

# A form counts as attested from this many occurrences in the news lexicon; the
# imperfect plural, rarer, from _PLURAL_ATTESTED.
_ATTESTED = 20
_PLURAL_ATTESTED = 3
_MIN_ROOT = 3
_ENDINGS = ("ان", "ون", "ين")
_FUTURE = "س"
_ARTICLE = "ال"
_NOUN_PROCLITICS = ("ب", "ك")

Lexicon = Mapping[str, int]
Listed = Callable[[str], bool]


def verb_edges(
    words: Sequence[str], stems: Sequence[str], tags: list[str], lexicon: Lexicon, listed: Listed
) -> None:
    """Untag the finite verbs at the edges of a sentence's names (`tags`, changed in
    place); `stems` are match keys, `lexicon` counts word forms, `listed` tells the
    gazetteer's loose keys."""
    if not VERB_EDGES:
        return
    for label, start, end in chunks(tags):
        if end > len(stems):
            continue
        if end - start == 1:
            if _plainly_verbal(words[start], stems[start], lexicon, listed):
                tags[start] = "O"
            continue
        # Of the verbs only the imperfect closes a name: one may end in a word shaped as
        # a perfect ("هالو تراست", HALO Trust, keys as "ترأست").
        last = end - 1
        closing = _imperfect(stems[last], lexicon) or _circumstantial(
            words[last], stems[last], lexicon
        )
        if closing and not _name_word(words[last], stems[last], listed):
            tags[last] = "O"
            end -= 1
        if _opens_name(label, words[start], stems[start], lexicon, listed):
            tags[start] = "O"
            if end - start > 1:
                tags[start + 1] = f"B-{label}"


def _name_word(word: str, stem: str, listed: Listed) -> bool:
    """Whether a word is a noun or a name's whatever its shape: the article or a
    preposition no verb takes before it ("بيكون" is ب + "يكون" to the segmenter), or
    the gazetteer lists it."""
    form = match_key(word)
    glued = form[: max(form.find(stem), 0)]
    if stem.startswith(_ARTICLE) or any(c in _NOUN_PROCLITICS for c in glued):
        return True
    return listed(loose_key_of_match_key(stem))


def _opens_name(label: str, word: str, stem: str, lexicon: Lexicon, listed: Listed) -> bool:
    """Whether the first word of a name is a verb that opens the clause. A person's
    name may open with a word shaped as one ("يوري تيلمانس", "فكرت أوزار"): only a
    perfect after و leaves it."""
    if _name_word(word, stem, listed):
        return False
    if label != "PER":
        return _imperfect(stem, lexicon) or _perfect(stem, lexicon)
    form = match_key(word)
    return form != stem and form.startswith("و") and _perfect(stem, lexicon)


def _perfect(stem: str, lexicon: Lexicon) -> bool:
    if not stem.endswith("ت") or len(stem) <= _MIN_ROOT:
        return False
    root = stem[:-1]
    # "أعلن" takes "يعلن", "افتتح" "يفتتح": the imperfect drops the first alef.
    imperfects = ["ي" + root] + (["ي" + root[1:]] if root[0] == "ا" else [])
    attested = max(lexicon.get(form, 0) for form in imperfects)
    return attested >= _ATTESTED and lexicon.get(root, 0) >= _ATTESTED


def _imperfect(stem: str, lexicon: Lexicon) -> bool:
    core = stem.removeprefix(_FUTURE)
    if core[:1] not in ("ي", "ت"):
        return False
    rest = core[1:]
    for ending in (*_ENDINGS, ""):
        base = rest.removesuffix(ending) if ending else rest
        if (ending and base == rest) or len(base) < _MIN_ROOT:
            continue
        both = min(lexicon.get("ي" + base, 0), lexicon.get("ت" + base, 0))
        perfect = lexicon.get(base, 0) + lexicon.get("ا" + base, 0)
        plural = lexicon.get("ي" + base + "ون", 0)
        if both >= _ATTESTED and perfect >= _ATTESTED and plural >= _PLURAL_ATTESTED:
            return True
    return False


def _circumstantial(word: str, stem: str, lexicon: Lexicon) -> bool:
    """An indefinite accusative, adjective, participle or object ("مدربا", "غاضبا",
    "هاتفيا", "بلاغا"): a common word, with and without the article, that the lexicon
    also knows with the accusative's alef (not "مجندا": "المجند" is rare). The word itself ends in the
    alef: "طالباني" is no "طالبا" + ني."""
    if not CIRCUMSTANTIAL or not stem.endswith("ا") or len(stem) <= _MIN_ROOT + 1:
        return False
    if not match_key(word).endswith(stem):
        return False
    base = stem[:-1]
    forms = (stem, base, _ARTICLE + base)
    return all(lexicon.get(form, 0) >= _ATTESTED for form in forms)


def _plainly_verbal(word: str, stem: str, lexicon: Lexicon, listed: Listed) -> bool:
    """A name of one word leaves only for a verb no name is shaped like: the future's
    س or the dual or plural ending on an imperfect ("سيعلنان")."""
    shaped = stem.startswith(_FUTURE) or stem.endswith(_ENDINGS)
    return shaped and not _name_word(word, stem, listed) and _imperfect(stem, lexicon)


def verbal(stem: str, lexicon: Lexicon) -> bool:
    """Whether a word without clitics (its match key) is a finite verb or an
    indefinite accusative by the lexicon's counts ("يقول", "قالت", "سابقا"): for rules
    that take an untagged word into a name."""
    return (
        _imperfect(stem, lexicon) or _perfect(stem, lexicon) or _circumstantial(stem, stem, lexicon)
    )
