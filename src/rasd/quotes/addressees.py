"""Where the addressee starts inside a speaker phrase read after a verb that takes one
("طالب الرئيس الأميركي | حلفاء الناتو بزيادة"، "حث غوتيريش | الحكومات على"، "دعا
رئيس الحكومة | الشباب إلى"): verbs of asking, urging, accusing, describing and warning
(cues.tsv flag O, words.tsv `addressing` for those without it) put their object right
after the subject, and the phrase reader, which knows nothing of the verb, may run on
into it. The speaker is the name and its title only; the rest is whom the act is aimed
at.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.document import Entity, Mention
from rasd.quotes.circumstances import audience_at, manner, skip_adverbials
from rasd.quotes.speaker_words import Phrase, definite, nisba
from rasd.quotes.view import CueHit, DocView
from rasd.text.normalize import match_key

# The rule can be switched off to count what it changes (benchmarks/addressee_speakers.py).
ENABLED = True


def without_addressee(
    v: DocView, phrase: Phrase, hit: CueHit
) -> tuple[Phrase, tuple[int, int] | None]:
    """The phrase cut where the addressee starts, and the addressee's tokens (the
    phrase itself and None when no addressee is inside it)."""
    j = addressee_start(v, phrase, hit)
    if not j:
        return phrase, None
    name = phrase.name
    if name is not None and name[1] > j:
        name = (name[0], j) if name[0] < j else None
    addressee = (j, _addressee_end(v, j, phrase.end)) if aimable(v, j) else None
    return replace(phrase, end=j, name=name, group=None), addressee


def aimable(v: DocView, p: int) -> bool:
    """A word that may open whom an act is aimed at: a name the entity layer reads, a
    listed addressee, a title, or people in the plural ("المتقدمين"، "العراقيين"); not a
    thing described ("التجمع"، "سوق القمح") nor an adjective ("الغربية"، "المعارض")."""
    here = _entity_of(v, p)
    if here is not None and here.start >= v.tokens[p].start:
        return True
    if v.is_("addressee", p) or v.is_("title", p):
        return True
    return definite(v, p) and v.keys[p].endswith(("ين", "ون"))


def _addressee_end(v: DocView, j: int, end: int) -> int:
    """One past the addressee: before a preposition the phrase ran on into ("دعا كيم
    الرئيس الكوري الجنوبي لعبور الخط": what he was invited to), and on over the name
    of a title it ends on ("اتهم أورين الرئيس أوباما")."""
    e = next(
        (i for i in range(j + 1, end) if v.proclitics[i] or v.is_("function", i) or v.punct(i)),
        end,
    )
    after = _entity_of(v, e)
    if v.is_("title", e - 1) and after is not None and after.label == "PER":
        while e < v.n and _entity_of(v, e) is after:
            e += 1
    return e


def addressee_start(v: DocView, phrase: Phrase, hit: CueHit) -> int:
    """The index where the addressee starts inside `phrase` (0 when none does)."""
    if not ENABLED or phrase.share or not takes_addressee(v, hit):
        return 0
    for j in range(phrase.start + 1, phrase.end):
        if _starts_addressee(v, phrase, j):
            return j
    return 0


def takes_addressee(v: DocView, hit: CueHit) -> bool:
    """The cue names whom its act is aimed at right after its subject."""
    return "O" in hit.form.takes or v.lexicon.has("addressing", match_key(hit.form.lemma))


def _starts_addressee(v: DocView, phrase: Phrase, j: int) -> bool:
    if not v.word(j) or v.proclitics[j]:
        return False
    return (
        _after_person(v, j)
        or _listed_after_complete(v, j)
        or _definite_after_bare_plural(v, j)
        or _entity_after_possessed(v, j)
        or _construct_after_definite(v, phrase, j)
    )


def _entity_of(v: DocView, j: int) -> Entity | None:
    return v.entity_at.get(j) if v.entity_at is not None else None


def _after_person(v: DocView, j: int) -> bool:
    """ "واتهم دمرتاش | الرئيس التركي"، "اتهم أورين | الرئيس أوباما"، "وحذر صالحي | الرئيس
    الأمريكي":
    a person's whole name takes no genitive, and another entity, a listed addressee or a
    title with its nationality or holder right after it, with no comma, is the object
    (a title so apposed without a comma is cut too, which leaves the person who
    spoke)."""
    before, here = _entity_of(v, j - 1), _entity_of(v, j)
    if before is None or before.label != "PER" or here is before:
        return False
    if here is not None and here.start >= v.tokens[j].start:
        return here.label in ("PER", "LOC", "ORG")
    if not definite(v, j) or _adjective(v, j):
        return False
    return (v.is_("title", j) and _nationality_or_name(v, j + 1)) or v.is_("addressee", j)


def _nationality_or_name(v: DocView, i: int) -> bool:
    """A title's nationality or its holder's name follows ("الرئيس التركي"، "الرئيس
    أوباما"), or the cue's complement ("السفير من أن"); an apposed post goes on to where
    it is held ("فهد العنزي الموظف بالقطاع العسكري"، "منعم عميرة الأمين العام المساعد
    بالاتحاد")."""
    after = _entity_of(v, i)
    if after is not None and after.label == "PER":
        return True
    if i < v.n and (v.complementizer(i) or v.keys[i] in _OPENERS):
        return True  # "حذر بولتون السفير من أن": what was said follows the title
    return i < v.n and definite(v, i) and not v.proclitics[i] and _adjective(v, i)


_OPENERS = frozenset({"من", "الى", "على"})  # a cue's complement, written apart


def _adjective(v: DocView, j: int) -> bool:
    """A definite relative adjective ("الإيراني"، "الشرعية"), which may describe the
    word before it."""
    key = v.keys[j]
    return key.endswith(("ي", "ية", "يون", "يين")) and not v.is_("title", j)


def _complete_before(v: DocView, j: int) -> bool:
    """The word before j closes a noun phrase, so a definite word at j is not its
    genitive: it has the article, a pronoun, or ends an entity."""
    h = j - 1
    if not v.word(h):
        return False
    ended = _entity_of(v, h) is not None and _entity_of(v, h) is not _entity_of(v, j)
    return definite(v, h) or bool(v.enclitic[h]) or ended


def _listed_after_complete(v: DocView, j: int) -> bool:
    """ "ودعت السلطات | الجماهير"، "ودعا رئيس الحكومة | الشباب"، "ودعا القرار | الدول":
    people and bodies a call is aimed at (words.tsv `addressee`) are nouns, never the
    adjective of the definite noun before them, nor its genitive."""
    return v.is_("addressee", j) and definite(v, j) and _complete_before(v, j)


def _definite_after_bare_plural(v: DocView, j: int) -> bool:
    """ "وأبلغ مسؤولون | النادي الإيطالي": a plural that keeps its ن is in no construct,
    and a definite word cannot be the adjective of an indefinite one."""
    h = j - 1
    key = v.keys[h]
    return (
        v.word(h)
        and definite(v, j)
        and not v.definite[h]
        and not v.proclitics[h]
        and len(key) >= 5
        and key.endswith("ون")
        and _entity_of(v, h) is None
    )


def _entity_after_possessed(v: DocView, j: int) -> bool:
    """ "وحذر رئيسها | الولايات المتحدة": a noun with a pronoun takes no genitive, so a
    place or body the entity layer names right after it is the object."""
    h = j - 1
    here = _entity_of(v, j)
    return (
        v.word(h)
        and bool(v.enclitic[h])
        and here is not None
        and here.label in ("LOC", "ORG")
        and here.start >= v.tokens[j].start
    )


def _construct_after_definite(v: DocView, phrase: Phrase, j: int) -> bool:
    """ "طالب الرئيس الأميركي | حلفاء الناتو"، "أبلغ الطبيب الشرعي | شقيق المتوفى":
    after a definite noun and its adjectives, a bare noun heading a definite genitive
    is neither their adjective (it would take the article) nor a name; unless a person's
    name follows in the phrase (an apposed post: "… رئيس الحزب فلان")."""
    h, after = j - 1, j + 1
    if after >= phrase.end or definite(v, j) or not definite(v, h) or v.proclitics[after]:
        return False
    if not (definite(v, after) or _entity_of(v, after) is not None):
        return False
    if _entity_of(v, h) is not None and _entity_of(v, h).label == "PER":
        return False  # "دعا راشد الغنوشي رئيس حركة النهضة": his post, apposed
    if _entity_of(v, j) is not None and _entity_of(v, j).label == "PER":
        return False
    if v.name_like(j) or nisba(v, j) or v.is_("function", j) or v.is_("time", j):
        return False
    if v.cue(j) is not None or v.complementizer(j) or v.keys[j] in _NOT_HEADS:
        return False
    return not any(
        _entity_of(v, m) is not None and _entity_of(v, m).label == "PER"
        for m in range(after, phrase.end)
    )


# Prepositions written as nouns ("المتحدث الرسمي باسم الحكومة"، "عقب الاجتماع").
_NOT_HEADS = frozenset({"باسم", "عقب", "اثر", "خلال", "بعد", "قبل", "عند", "لدى", "امام"})


OBJECT_WORDS = 6  # tokens of an addressee between the speaker and what was said


def object_before(
    v: DocView, p: int, first: int, hit: CueHit, said: bool
) -> tuple[int, int] | None:
    """ "حث غوتيريش الحكومات على"، "اتهم بومبيو إيران بانتهاك": the short noun phrase
    between the speaker (ending before p) and the preposition or "أن" that opens what
    was said at `first` is whom the act is aimed at. A comma and time words may come
    first ("دعا عبد الغني، البلد الجار باكستان إلى"، "حث X، الجمعة، الحكومة على")."""
    if not (ENABLED and said and takes_addressee(v, hit)):
        return None
    p = skip_adverbials(v, p, first)[0]
    if v.punct(p, "،,"):
        p = skip_adverbials(v, p + 1, first)[0]
    if not 0 < first - p <= OBJECT_WORDS:
        return None
    if not (v.proclitics[first] or v.complementizer(first) or v.is_("function", first)):
        return None
    if v.proclitics[p] or not (definite(v, p) or _entity_of(v, p) is not None):
        return None
    h = p - 1 if v.punct(p - 1, '"»”،,') else p
    adjective = nisba(v, h - 1) and v.keys[h - 1].endswith(("ية", "يون", "يين"))
    if not (_complete_before(v, h) or adjective):
        # "طالب بعض مربي الإبل بفرض": a genitive the speaker lost; a masculine -ي may
        # be a noun in construct ("مربي"), a feminine or plural one is an adjective.
        return None
    if not aimable(v, p):
        return None  # "ووصفت الوزارة التجمع بأنه": a thing described, aimed at no one
    if v.is_("affiliation", p):
        return None  # "دعا مكتب حقوق الإنسان التابع للأمم المتحدة": still the speaker's
    if v.is_("title", p) and not _nationality_or_name(v, p + 1):
        return None  # "ناشد فهد العنزي الموظف بالقطاع العسكري": his post, apposed
    for j in range(p, first):
        if j > p and (v.is_("time", j) or manner(v, j)):
            return (p, j)  # "طالب ترمب كوريا الجنوبية مرارا بدفع": when or how, after it
        if not v.word(j) or v.complementizer(j) or v.cue(j) is not None or v.is_("time", j):
            return None
        if j > p and (v.proclitics[j] or v.is_("function", j)):
            return None
    return (p, first)


def speaks_before(v: DocView, phrase: Phrase | None, speaker: Mention | None) -> bool:
    """The chosen speaker is the phrase the addressee was read after, so the addressee
    stands; a speaker the ranker found elsewhere ("لكن ماي حذرت الزعماء الأوروبيين")
    makes that phrase the object itself."""
    if phrase is None or speaker is None:
        return False
    return v.tokens[phrase.start].start <= speaker.start < v.tokens[phrase.end - 1].end


def told_to(v: DocView, phrase: Phrase) -> bool:
    """The phrase read after the cue is whom the words were told, never who said them:
    it opens with the preposition ل ("كي يوضح لإسرائيل أن"), or it is the adjective of
    an audience the reader stepped over ("قال لصحف محلية:" would give محلية). Not a
    name whose first letter the entity layer reads as its own ("وقال لوبان إن")."""
    i = phrase.start
    if not v.word(i):
        return False
    if v.proclitics[i].endswith("ل") and not v.clitic_in_name(i):
        return True
    if _unsplit_lam(v, i):
        return True
    h = i - 1
    return (
        h >= 0
        and nisba(v, i)
        and v.proclitics[h].endswith("ل")
        and audience_at(v, h, phrase.end) == i
    )


def _unsplit_lam(v: DocView, i: int) -> bool:
    """ "لتل أبيب": a name the entity layer read with the preposition on, shown by the
    word without its ل being the commoner one in the news ("تل" against "لتل"; not
    "لبنان" against "بنان"). Places and bodies only."""
    key = v.keys[i]
    if v.proclitics[i] or not key.startswith("ل") or len(key) < 3:
        return False
    if v.entity_label(i) not in ("LOC", "ORG"):
        return False  # "يوضح ليو": a person's name may well start with ل
    return v.freq.get(key[1:], 0) > v.freq.get(key, 0)
