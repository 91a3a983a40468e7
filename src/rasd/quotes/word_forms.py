"""What one word form is to the quotation rules: its keys, its clitics, the word
lists it is in, the cue it may be and whether it may be a complementizer.

Answered once per new form of the stream (`DocView` caches a `WordInfo` by surface
form across documents, since segmentation depends on the form alone); the questions
that need the form's neighbours stay with the per-document view (`view.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from rasd.document import Segment, Token
from rasd.quotes.lexicon import NO_LISTS, OBJECT_ENCLITICS, CueForm, Lexicon
from rasd.text.normalize import match_key, strip_diacritics

COMPLEMENTIZER_STEMS = frozenset({"ان", "بان"})
# First person forms the segmenter leaves whole ("قال إني", "أكد أنني").
COMPLEMENTIZER_FORMS = frozenset({"اني", "انني", "باني", "بانني", "اننا", "بانا", "بانكم", "انكم"})


@dataclass(frozen=True, slots=True)
class CueHit:
    form: CueForm
    has_object: bool  # وصفه: the verb carries an object pronoun
    restored: bool = False  # "يراه": a final ى written ا before the pronoun


class WordInfo(NamedTuple):
    """What the rules ask of one word form: its key, its stem's key, its proclitics,
    whether it carries a pronoun enclitic (a third-person one: "كذبه"), the word lists
    it belongs to, and the cue it is (as a verb, and with an object pronoun).
    A tuple: made once per new form of the stream, it is built several times faster
    than a frozen dataclass, and stays immutable in the shared cache."""

    key: str
    stem: str
    proclitics: str
    enclitic: bool
    third_person: bool
    definite: bool  # the stem has the article (not "ألمانيا", whose key is "المانيا")
    lists: frozenset[str]
    cue: CueHit | None  # the form itself is a cue ("وأكد")
    cue_with_object: CueHit | None  # a cue with an object pronoun ("وصفه")
    complementizer: bool  # its form may be one (أن، بأن، إنني): `DocView.complementizer`


def word_info(text: str, tok: Token, lexicon: Lexicon) -> WordInfo:
    surface = text[tok.start : tok.end]
    key = match_key(surface)
    # One pass over the segments: every new word form of the stream comes here.
    pro = ""
    stem: Segment | None = None
    enclitic: Segment | None = None
    for g in tok.segments:
        kind = g.kind
        if kind == "proclitic":
            pro += text[g.start : g.end]
        elif kind == "stem":
            stem = stem or g
        elif kind == "enclitic":
            enclitic = enclitic or g
    stem_text = (stem.form or text[stem.start : stem.end]) if stem else ""
    # Most words are their own stem: their key serves for both.
    stem_key = key if not stem or stem_text == surface else match_key(stem_text)
    third = enclitic is not None and text[enclitic.start : enclitic.end].startswith("ه")
    # A stem written with the article has a key with it: only those are stripped.
    raw = strip_diacritics(stem_text) if stem_key.startswith("ال") else ""
    definite = raw.startswith("ال") and len(raw) > 3
    cue, with_object = _cue_forms(surface, key, lexicon)
    return WordInfo(
        key,
        stem_key,
        match_key(pro) if pro else "",
        enclitic is not None,
        third,
        definite,
        _lists_of(key, stem_key, lexicon),
        cue,
        with_object,
        _complementizer_form(key, stem_key),
    )


def _complementizer_form(key: str, stem: str) -> bool:
    """Whether the form alone may be a complementizer; its context decides
    (`DocView.complementizer`), asked of most words of a text."""
    return (
        key in COMPLEMENTIZER_FORMS
        or without_conjunction(key) in COMPLEMENTIZER_FORMS
        or stem in COMPLEMENTIZER_STEMS
        or key in COMPLEMENTIZER_STEMS
    )


def _lists_of(key: str, stem: str, lexicon: Lexicon) -> frozenset[str]:
    """The word lists a form (or its stem without proclitics) belongs to."""
    # Every new form of the stream comes here: the index's own `get`, not a method
    # call per look-up.
    get = lexicon.list_index.get
    # A union with lists already taken adds nothing: each different form is looked
    # up once (most words are their own stem and have no conjunction).
    found = stem_lists = get(stem, NO_LISTS)
    if key != stem:
        found = found | get(key, NO_LISTS)
    bare = without_conjunction(key)
    if bare != key and bare != stem:
        found = found | get(bare, NO_LISTS)
    # "المفوضة", "الوزيرة": the lists name titles once, without ال or ة.
    bare_stem = stem[2:] if stem.startswith("ال") else stem
    if "title" in (stem_lists if bare_stem == stem else get(bare_stem, NO_LISTS)) or (
        bare_stem.endswith("ة") and "title" in get(bare_stem[:-1], NO_LISTS)
    ):
        found |= {"title"}
    # "#وزير_التجارة_البريطاني": a hashtag headed by a title is a title, not a name.
    if "_" in key and "title" in _lists_of(key.split("_", 1)[0], "", lexicon):
        found |= {"title"}
    # The accusative "مسؤولا كبيرا" is listed as "مسؤول".
    if len(key) > 3 and key.endswith("ا"):
        found |= get(key[:-1], NO_LISTS)
    return found


def _cue_forms(surface: str, key: str, lexicon: Lexicon) -> tuple[CueHit | None, CueHit | None]:
    """The cue a form is, as it stands and with an object pronoun removed."""
    if _passive(surface):
        return None, None  # "يُزعم", "يُذكر": written passive, nobody speaks
    cues = lexicon.cues
    candidates = [key]
    if (len(key) > 3 and key[0] in "وف") or (len(key) == 3 and key[0] == "و"):
        candidates.append(key[1:])  # "وأكد", and "ورد" (replied) of two-letter roots
    for c in candidates:
        if c in cues:
            return CueHit(cues[c], False), None
    for c in candidates:
        if not c.endswith(OBJECT_ENCLITICS):
            continue  # most words: one test for all the enclitics
        for enclitic in OBJECT_ENCLITICS:
            base = c[: -len(enclitic)]
            if c.endswith(enclitic) and len(base) >= 2 and base in cues:
                return None, CueHit(cues[base], True)
            if c.endswith(enclitic) and _judges_after(base, lexicon):
                return None, CueHit(cues[base[:-1] + "ى"], True, restored=True)
    return None, None


def _judges_after(base: str, lexicon: Lexicon) -> bool:
    """ "يراه"، "يراها": a final ى is written ا before the pronoun; only for the cues
    of words.tsv `judging_after`, whose other forms with a pronoun (رآه، نفاه) the
    rules do not read."""
    if not base.endswith("ا"):
        return False
    form = lexicon.cues.get(base[:-1] + "ى")
    return form is not None and lexicon.has("judging_after", match_key(form.lemma))


def _passive(surface: str) -> bool:
    """A verb vowelled as a passive: damma on a present verb's prefix (يُقال، تُذكر),
    on a past verb's first letter (وُصف، صُنفت، اُعتبرت) or on the infix of its
    افتعل form (اعتُبر); an active past verb has no damma there."""
    word = surface[1:] if surface[:1] in "وف" and surface[1:2] != "\u064f" else surface
    if len(word) > 2 and word[1] == "\u064f":
        return True
    return len(word) > 4 and word[0] in "اأإ" and word[3] == "\u064f"


def without_conjunction(key: str) -> str:
    """A key without a leading conjunction و/ف (the lists hold bare words)."""
    return key[1:] if len(key) > 2 and key[0] in "وف" else key
