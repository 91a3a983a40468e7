"""Grammatical number of a candidate speaker, for cues whose verb shows it.

The ranker's gender features let a plural cue agree with anyone (a verb before its
subject stays singular, so "p" cannot clash with a singular verb); a plural or dual
cue with no written subject after it ("وأكدوا"، "وعبروا"، "وأكدا") still cannot be
the words of one named person.
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.quotes.state import token_at
from rasd.quotes.view import CueHit, DocView

PLURAL_NOT_ONE = True  # switch, for counting what the rule changes on unseen news
PLURAL_HOLDS_SUBJECT = True  # switch, for counting what the rule changes on unseen news


def plural_cue(v: DocView, k: int, hit: CueHit) -> bool:
    """A cue whose form is plural or dual ("وأكدوا"، "قالا"، "مؤكدين"، "بقولهم"); not
    "بالقول", which names no speaker and agrees with any."""
    return hit.form.gender == "p" and not v.keys[k].lstrip("وف").startswith("بال")


def holds_subject(v: DocView, k: int, hit: CueHit) -> bool:
    """A plural or dual verb ("يقدرون"، "قالوا"، "أكدا") carries its subject in its
    ending: a noun after it is its object or audience ("ودعوا المواطنين"). Standard
    Arabic keeps a verb before its subject singular, so this never drops a subject.
    Not "نقلا عن", an attribution whose source follows."""
    return PLURAL_HOLDS_SUBJECT and plural_cue(v, k, hit) and not v.is_("attribution", k)


def one_person(v: DocView, mention: Mention) -> bool:
    """The mention names one person: a single PER entity and no other ("ماكرون
    وميركل" are two), no word of a group in it ("عائلة محمد علي"، "كلا من …") and no
    name, group or post joined to it by "و" ("ترامب ومستشاروه")."""
    if v.entity_at is None or not PLURAL_NOT_ONE:
        return False
    start = token_at(v, mention.start)
    end = token_at(v, max(mention.start, mention.end - 1)) + 1
    found = {id(e): e for i in range(start, end) if (e := v.entity_at.get(i)) is not None}
    if len(found) != 1:
        return False
    (entity,) = found.values()
    if entity.label != "PER":
        return False
    # "مؤلف هذا الكتاب ميشيل إرمان" is one person; "أنصار مرسي"، "محامو ترامب" are not.
    if any(speaks_for_several(v, i) for i in range(start, end) if v.entity_at.get(i) is not entity):
        return False
    if any(v.is_(words, i) for i in range(start, end) for words in _GROUP_LISTS):
        return False  # "الجانبان" read as a person's name
    return not _joined(v, max(i for i in range(start, end) if v.entity_at.get(i) is entity) + 1)


_PLURAL_ENDINGS = ("ون", "ين")
_GROUP_LISTS = ("people", "speaking_group", "collective")


def speaks_for_several(v: DocView, i: int) -> bool:
    """A word of the mention, outside the name, that speaks for several."""
    if any(v.is_(words, i) for words in _GROUP_LISTS):
        return True
    return v.word(i) and v.stems[i].endswith(_PLURAL_ENDINGS)


def _joined(v: DocView, k: int) -> bool:
    """ "وشن ترامب ومستشاروه …، معتبرين": the name is the first of a subject joined by
    "و" to a name or a group, which the plural verb speaks for."""
    if v.punct(k, "،,") and v.entity_label(k + 1) is not None:
        k += 1  # "سالم الحارثي، وفهد الحارثي"
    if not v.word(k) or not v.keys[k].startswith("و"):
        return False
    if v.entity_label(k) is not None or speaks_for_several(v, k):
        return True
    rest = v.keys[k][1:]
    # "ومستشاروه"، "ونائبه": the joined group or post carries a pronoun of the name.
    for form in (rest, rest.removesuffix("ه"), rest.removesuffix("ها")):
        if any(v.lexicon.has(words, form) for words in (*_GROUP_LISTS, "title")):
            return True
    return False
