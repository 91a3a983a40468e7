"""A common noun of the feminine form is no masculine cue's subject (issue 12, qzero).

A cue whose subject is dropped or stands far before it ("أظهرت سجلات قضائية أن الحزب
الديمقراطي رفع دعوى …، متهما") may be given the common noun nearest it, which the
verb's gender shows is not who speaks: a masculine verb or participle does not take
a noun ending in ة or ات (a thing, or women), save the masculine persons the news
writes in that form and the numbers and quantities that agree with whom they count
(words.tsv `masculine_feminine_form`: قادة، داعية، ثمانية، عدة). Such a speaker gives
way to the zero subject's.
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.quotes.implicit import implicit
from rasd.quotes.noun_objects import aimed_speaker
from rasd.quotes.ranker import plain_noun
from rasd.quotes.state import State, token_at
from rasd.quotes.verb_speakers import verb_mention
from rasd.quotes.view import CueHit, DocView

FEMININE_ENDINGS = ("ة", "ات")
MASCULINE = ("m", "p")  # cue genders: a plural cue is read as masculine
# Persons, or who stands for them: never read as a thing of another gender.
_PERSON_LISTS = ("masculine_feminine_form", "people", "speaking_group", "collective")


def feminine_noun(v: DocView, i: int) -> bool:
    """Token i is a common noun of the feminine form: "سجلات"، "الحكومة"، "أنظار" no."""
    if not v.word(i) or not plain_noun(v, i):
        return False
    if any(v.is_(category, i) for category in _PERSON_LISTS):
        return False
    return v.stems[i].endswith(FEMININE_ENDINGS)


def feminine_plural(v: DocView, k: int) -> bool:
    """Cue `k` is a feminine dual or plural, whose subject is women: "قالتا"، "تقولان"،
    "أكدن"، "مؤكدتين"، "مؤكدات" ("طالبة جامعية وصديقتها قالتا")."""
    key = v.keys[k]
    if key.endswith(("تا", "تين", "تان", "ات")):
        return True
    if key[:1] == "ت" and key.endswith("ان"):
        return True
    return key.endswith("ن") and not key.endswith(("ون", "ين", "ان"))


def other_gender_noun(v: DocView, mention: Mention | None, hit: CueHit, k: int) -> bool:
    """A speaker `mention` with no name, title or source that opens with a feminine
    common noun, for a masculine or plural cue `k` ("قال"، "متهما"، "أكدوا"), not a
    feminine plural one."""
    if mention is None or hit.form.gender not in MASCULINE:
        return False
    if hit.form.gender == "p" and feminine_plural(v, k):
        return False
    if mention.attrs.get("role") or mention.attrs.get("anonymous"):
        return False
    start = token_at(v, mention.start)
    end = token_at(v, max(mention.start, mention.end - 1)) + 1
    if any(v.entity_label(i) is not None for i in range(start, end)):
        return False
    return feminine_noun(v, start)


def zero_speaker(state: State, k: int, hit: CueHit, speaker: Mention | None) -> Mention | None:
    """The speaker of cue `k` when the chosen one is a bare verb (`verb_speakers`: the
    zero subject's speaker, or none) or a noun of the other gender (the zero subject's
    speaker where one is found; else the noun stays: a quotation left with no speaker
    may be dropped, and the events of its cue with it)."""
    v = state.view
    if verb_mention(v, speaker):
        # "وأضافت نتوقع أن": a verb read as the subject.
        carried = implicit(state, k, hit, verbs=False)
        return None if verb_mention(v, carried) else carried
    if other_gender_noun(v, speaker, hit, k):
        carried = implicit(state, k, hit, verbs=False)
        if carried is not None and not verb_mention(v, carried):
            return speaker if other_gender_noun(v, carried, hit, k) else carried
    return aimed_speaker(state, k, hit, speaker)
