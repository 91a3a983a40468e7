"""What a word or a short run of words is, as the event rules ask it: clitics and
passive marks, prepositions before a word, and the word lists (data/words.tsv)
these tests look words up in. Counts are `count_phrases.py`'s, clause bounds
`clause_bounds.py`'s."""

from __future__ import annotations

from collections.abc import Callable

from rasd.document import Document, Token
from rasd.events.count_phrases import is_number
from rasd.events.keys import light_key, token_keys
from rasd.events.lexicon import Trigger, TriggerLexicon
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, unjoined
from rasd.text.normalize import match_key

RELATIVES = WORD_LISTS.words("relatives")

PREPOSITIONS = WORD_LISTS.words("prepositions")

_PARTICLES = PREPOSITIONS | {
    "ان",
    "أن",
    "إن",
    "بان",
    "بأن",
    "لم",
    "لن",
    "لا",
    "ما",
    "قد",
    "كان",
    "كانت",
    "انه",
    "انها",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "يوم",
    "امس",
    "اليوم",
    "كما",
    "ثم",
    "او",
    "أو",
    "و",
    "ف",
    "كل",
    "بعض",
    "تم",
    "جرى",
    "عدة",
    "نحو",
    "حوالي",
    "اكثر",
    "اما",
    "نفسه",
    "نفسها",
    "انفسهم",
    "نفسيهما",
    "فيه",
    "فيها",
    "عليه",
    "عليها",
    "منه",
    "منها",
    "له",
    "لها",
    "به",
    "بها",
    "اليه",
    "اليها",
    "هو",
    "هي",
    "هم",
    "انهم",
    "كانوا",
    "وكان",
    "وكانت",
}

COMPLEMENTIZERS = WORD_LISTS.words("complementizers")

_ADVERBIAL = WORD_LISTS.words("adverbial_nouns")

QUANTITIES = WORD_LISTS.words("quantities")

_MONTH_WORDS = WORD_LISTS.words("month_words")

TIME_WORDS = (
    _MONTH_WORDS
    | {
        "اول",
        "يوم",
        "امس",
        "اليوم",
        "غدا",
        "الماضي",
        "المقبل",
        "صباح",
        "مساء",
        "ليل",
        "فجر",
        "عام",
        "العام",
        "الاسبوع",
        "الشهر",
        "حاليا",
        "مؤخرا",
        "ايضا",
        "امس،",
        # Adverbs of the time of day ("اقتحمت ليلا عيادة") are no part of a name.
        "ليلا",
        "نهارا",
        "صباحا",
        "فجرا",
        "ظهرا",
        "عصرا",
        "لاحقا",
        "سابقا",
    }
    | {"السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة"}
)

# Words that are never part of a name or noun phrase, one set built once: `form_info`
# checks every new word form against it.
_NOT_CONTENT = frozenset(_PARTICLES | TIME_WORDS | _ADVERBIAL)


def attached_preposition(word: Word, lexicon: TriggerLexicon) -> bool:
    """Whether ب/ل/ك is joined to the word, per the Segmenter or because only the
    form without it is a known trigger ("باغتيال")."""
    if word.prep:
        return True
    bare = word.keys[0].removeprefix("و").removeprefix("ف")
    return bare[:1] in "بلك" and bare not in lexicon.by_form and bare[1:] in lexicon.by_form


def form_info(doc: Document, tok: Token) -> tuple[list[str], list[str], bool, bool, str, bool]:
    """Matching keys, light keys, clitic flags and content flag of a token's form."""
    surface = doc.text[tok.start : tok.end]
    if tok.kind != "word":
        return [surface], [], False, False, "", False
    keys = token_keys(doc, tok)
    clitics = [doc.text[s.start : s.end] for s in tok.segments if s.kind == "proclitic"]
    conj = any(c in ("و", "ف") for c in clitics)
    prep = any(c in ("ب", "ل", "ك") for c in clitics)
    key = match_key(surface)
    bare = key.removeprefix("و").removeprefix("ف")
    content = key not in _NOT_CONTENT and bare not in _NOT_CONTENT
    light = [light_key(k) for k in keys[1:] or keys]
    return keys, light, conj, prep, light_key(keys[0]), content


def content_word(word: Word) -> bool:
    """A word that can be part of a name or noun phrase."""
    return word.is_content


def has_pronoun_subject(word: Word) -> bool:
    """A verb whose plural or dual ending already names its subject ("وخطفوا"،
    "ورحبا"): the subject is not a noun after it."""
    key = word.keys[-1]
    if len(key) < 4:
        return False
    return key.endswith(("وا", "ون", "تا")) or (key.endswith("ا") and not key.endswith("يا"))


def continues_subject(words: list[Word], pos: int) -> bool:
    """A verb joined by و/ف with no subject after it: its ending names the subject
    ("وهددوا") or a preposition follows it ("وتطالب بالحصول"). It goes on with the
    subject of the verb before it, not with a noun of that verb's object."""
    if not words[pos].conj:
        return False
    if has_pronoun_subject(words[pos]):
        return True
    nxt = words[pos + 1] if pos + 1 < len(words) else None
    return nxt is not None and (nxt.prep or match_key(nxt.surface) in PREPOSITIONS)


def stripped_preposition(word: Word) -> bool:
    """Whether a form without a leading ب or ل was needed to read the word."""
    bare = word.keys[0].removeprefix("و").removeprefix("ف")
    return any(k == bare[1:] for k in word.keys[1:]) and bare[:1] in "بل"


def marked_passive(word: Word) -> bool:
    """A verb voweled as passive, a damma on its first letter ("قُتل"، "وأُصيب")."""
    s = word.surface
    return len(s) > 2 and (s[1] == "\u064f" or (s[0] in "وف" and s[2] == "\u064f"))


def has_enclitic(word: Word) -> bool:
    return any(seg.kind == "enclitic" for seg in word.token.segments)


def pronoun_verbal_noun(doc_text: str, word: Word) -> bool:
    """A verbal noun carrying an object pronoun ("تطويره"، "اعتقالهم"، "استخدامها"):
    an act done to someone, never a side. Read off the stem's pattern (تفعيل، تفاعل،
    افتعال، انفعال، استفعال), not a word list."""
    stems = [seg for seg in word.token.segments if seg.kind == "stem"]
    if not has_enclitic(word) or not stems:
        return False
    s = match_key(doc_text[stems[0].start : stems[0].end])
    if len(s) == 5 and s[0] == "ت":
        return s[3] == "ي" or s[2] == "ا"  # تطوير، تعاون
    if len(s) == 6 and s[0] == "ا" and s[4] == "ا":
        return s[2] == "ت" or s[1] == "ن"  # اعتقال، انسحاب
    return len(s) == 7 and s.startswith("است") and s[5] == "ا"  # استخدام


def preposition_before(words: list[Word], first: int, pos: int) -> bool:
    prev = words[first - 1] if first > 0 else None
    if prev is None or first - 1 == pos:
        return has_prep_clitic(words[first])
    return match_key(prev.surface) in PREPOSITIONS or has_prep_clitic(words[first])


def possessive_lam(word: Word) -> bool:
    return word.prep and word.keys[0].removeprefix("و")[:1] == "ل"


def has_prep_clitic(word: Word) -> bool:
    return word.prep


def paired_passive(found: list[tuple[int, Trigger, int]], pos: int) -> bool:
    """Whether the killing verb at `pos` is followed by a passive one ("قتل وأصيب
    العشرات"), which makes it the unvoiced passive too."""
    return any(p == pos + 1 and t.kind == "passive" for p, t, _ in found)


def between_word(words: list[Word], pos: int, ce: int, obj: int) -> int | None:
    """Where "بين" stands right after the trigger or its object, if it does."""
    return next((j for j in (pos + 1, obj + 1) if pos < j < ce and "بين" in words[j].keys), None)


def between_parties(
    words: list[Word], pos: int, ce: int, obj: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "بين X و Y" right after the trigger: the two parties as word ranges."""
    b = between_word(words, pos, ce, obj)
    if b is None or b + 1 >= ce:
        return None
    split = next((j for j in range(b + 2, min(ce, b + 8)) if words[j].conj), None)
    if split is None:
        return None
    end = next(
        (
            j
            for j in range(split + 1, min(ce, split + 5))
            if words[j].conj or not content_word(words[j])
        ),
        min(ce, split + 5),
    )
    return (b + 1, split), (split, end)


_GOING_OUT = WORD_LISTS.forms("going_out")


def follows_going_out(words: list[Word], i: int) -> bool:
    return any(goes_out(w) for w in words[max(0, i - 6) : i])


_PLURAL_ENDINGS = ("ون", "ين")


def agrees(word: Word, head: Word) -> bool:
    """Whether a word can qualify a plural of persons: "المتظاهرون [الغاضبون]"
    but not "وأحرق المتظاهرون [الإطارات]"."""
    if not head.keys[-1].endswith(_PLURAL_ENDINGS):
        return True
    return word.keys[-1].endswith(_PLURAL_ENDINGS)


def plural_genitive(words: list[Word], i: int) -> bool:
    """Whether word `i` is a definite masculine plural ("العاملين"، "المعلمون"), the
    people a protest noun before it is of."""
    if i >= len(words):
        return False
    w = words[i]
    key = match_key(w.surface)
    return (
        content_word(w)
        and not w.conj
        and not w.prep
        and key.startswith("ال")
        and key.endswith(_PLURAL_ENDINGS)
        and len(key) > 5
    )


_NISBA_ENDINGS = ("ي", "ية", "يه", "يون", "يين")
_PARTITIVE = {"بين", "من"}


def governs_no_genitive(word: Word, head: Word) -> bool:
    """Whether `head`, the first word of an actor, cannot be the genitive of `word`
    before it: a word with a pronoun suffix has its genitive already ("تبادل خلالها
    [المرشحان]"), unless the actor is a definite nisba adjective describing it
    ("نظيره [الإيراني]") or the word is partitive, the actor one of the group before
    it ("سياسيين بينهم [زعيمة المعارضة]"); a verb whose plural ending names its
    subject takes an object, not a genitive ("وأطلقوا [هتافات]")."""
    if word.keys[-1].endswith("وا"):
        return True
    if not has_enclitic(word) or set(word.keys) & _PARTITIVE:
        return False
    key = unjoined(head)
    return not (key.startswith("ال") and key.endswith(_NISBA_ENDINGS))


def title_words(between: list[str]) -> bool:
    """Whether the words between a title and a name continue the title ("وزير
    [الخارجية] عبد الله غل"): at most two definite words of letters only."""
    return len(between) <= 2 and all(w.isalpha() and w.startswith("ال") for w in between)


def time_of_day(words: list[Word], i: int) -> bool:
    """A word that names a time of day before a day ("فجر أمس"، "فجر الخميس")."""
    return (
        words[i].keys[-1] in TIME_WORDS
        and i + 1 < len(words)
        and words[i + 1].keys[-1] in TIME_WORDS
    )


def opens(words: list[Word], cs: int, pos: int) -> bool:
    """Whether the trigger opens its clause (only particles before it)."""
    return all(not content_word(w) for w in words[cs:pos])


def complement_between(words: list[Word], pos: int, first: int) -> bool:
    """Whether a "أن" clause starts between the trigger and a word: what follows is
    the content of a statement, not a participant."""
    return any(set(w.keys) & COMPLEMENTIZERS for w in words[pos + 1 : first])


def objects_follow(words: list[Word], i: int, objects: frozenset[str], window: int = 12) -> int:
    """Position of the first of `objects` within `window` words after `i`, or -1."""
    for j in range(i + 1, min(len(words), i + 1 + window)):
        w = words[j]
        if w.surface in BOUNDARY:
            return -1
        if any(k in objects for k in w.light) or any(light_key(k) in objects for k in w.keys):
            return j
    return -1


FACING = WORD_LISTS.words("facing")

_PROTEST_ACTS = WORD_LISTS.forms("protest_acts")


def protesting(words: list[Word], i: int) -> bool:
    """Whether participants named at word `i` are doing a protest act nearby."""
    if i > 0 and (is_number(words, i - 1) or set(words[i - 1].keys) & QUANTITIES):
        return True
    near = words[max(0, i - 3) : i] + words[i + 1 : i + 5]
    return any(w.keys[-1].removeprefix("و").startswith(_PROTEST_ACTS) for w in near)


_FIRE = WORD_LISTS.words("fire")


def fire(word: Word) -> bool:
    return bool(set(word.keys) & _FIRE)


def by_fire(word: Word) -> bool:
    """A fire noun led by ب ("بنيران مسلحين"، "برصاص الجيش"): the segmenter leaves
    "برصاص" whole, so ب is read off the form when no proclitic was split."""
    if not fire(word):
        return False
    bare = word.keys[0].removeprefix("و").removeprefix("ف")
    return word.prep or (bare.startswith("ب") and bare[1:] in _FIRE)


def claimed(words: list[Word], pos: int) -> bool:
    """Whether the trigger follows "مسؤوليته عن" / "المسؤولية عن"."""
    return (
        pos > 1
        and words[pos - 1].keys[-1] == "عن"
        and any(k.startswith(("مسؤولي", "المسؤولي")) for k in words[pos - 2].keys)
    )


def last_before(
    words: list[Word],
    pos: int,
    test: Callable[[Word], bool],
    nearest: int = 1,
    farthest: int = 8,
) -> int | None:
    """Position of the word nearest before `pos`, between `nearest` and `farthest`
    words back, that `test` accepts."""
    return next(
        (j for j in range(pos - nearest, max(-1, pos - farthest - 1), -1) if test(words[j])),
        None,
    )


def verb_in(forms: frozenset[str] | tuple[str, ...]) -> Callable[[Word], bool]:
    return lambda w: w.keys[-1].removeprefix("و") in forms


def is_kana(word: Word) -> bool:
    return any(k.removeprefix("و") in {"كان", "كانت", "كانوا"} for k in word.keys)


def goes_out(word: Word) -> bool:
    return word.keys[-1].removeprefix("و").startswith(_GOING_OUT)


QUOTE_MARKS = {'"', "«", "»", "“", "”"}


def no_object(words: list[Word], pos: int, ce: int) -> bool:
    """Whether nothing a verb could take as its object follows it: a preposition,
    a conjunction or the clause's end ("قتلوا في"، "قتل بالرصاص"، "قتل وأصيب")."""
    if has_enclitic(words[pos]):
        return False  # "وقتله": the pronoun is the object
    nxt_at = pos + 1
    while nxt_at < ce and words[nxt_at].surface in QUOTE_MARKS:
        nxt_at += 1  # 'قتل "جراء إطلاق رصاصات عليه"': the quotation opens after the verb
    if nxt_at >= ce:
        return True
    nxt = words[nxt_at]
    return (
        nxt.conj
        or nxt.prep
        or stripped_preposition(nxt)
        or nxt.keys[-1] in PREPOSITIONS
        or match_key(nxt.surface) in _ADVERBIAL  # "استهدف مباشرة"
    )


def accused(words: list[Word], pos: int) -> bool:
    return any(set(w.keys) & FACING for w in words[max(0, pos - 4) : pos])
