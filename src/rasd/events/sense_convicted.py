"""A court's conviction told with the passive "أُدين" or the noun "إدانة" (evsense2, issue
13): "كما أدين بتدربه على فك وتركيب سلاح"، "حكماً ابتدائياً يقضي بثبوت إدانة مواطن
بافتياته"، "بعد إدانته بقضايا فساد"، "وأدين شخصان في هذه القضية". PLOVER codes a
conviction SANCTION (COERCE when it jails) and the dev gold does so, optional; never
DISAPPROVE, the condemnation the same words tell ("أدانت فرنسا قصف المدنيين"، "أعربت عن
إدانتها بشدة"، "إدانته للهجوم"). `sense_words.court_conviction` reads a court or jury as
the subject and a listed crime; this module reads any charge after بـ, the legal words
near the passive, and the proof or verdict before the noun. Lists in `data/words.tsv`.
"""

from __future__ import annotations

from rasd.events.phrases import RELATIVES
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, bare, unjoined
from rasd.text.normalize import match_key

# A switch for `benchmarks/event_diff.py`.
ON = True
_LEGAL = WORD_LISTS.forms("legal_words")
_CRIMES = WORD_LISTS.forms("crimes_charged")
_NOT_CHARGES = WORD_LISTS.words("not_charges") | WORD_LISTS.words("act_manner")
_CONDEMNING_NEXT = WORD_LISTS.words("condemning_next") | WORD_LISTS.words("demonstratives")
_PROVEN = WORD_LISTS.words("guilt_proven")
_CONDEMNED_ACTS = WORD_LISTS.words("condemned_acts")
_PRONOUNS = ("ه", "ها", "هم", "هما")
# The noun, bare and with its pronoun (read as "إدانته", it may be "أدانته", she
# condemned him: a charge after it is a conviction's all the same).
_NOUN_FORMS = frozenset({"ادانة", *("ادانت" + p for p in _PRONOUNS)})
# "وأدين قطب الدين، الذي أوقف في أكتوبر 2016، بـ"الانضمام…"": the charge may follow the
# one convicted and a relative clause.
_PASSIVE_REACH = 12
# "إدانة برلسكوني بدفع رشوة"، "إدانته من قبل روسيا بتسريب": the one convicted between.
_NOUN_REACH = 4
# "الأحكام القضائية الصادرة بإدانة": the verdict a few words before the noun.
_PROOF_REACH = 3
# Sentence ends: a comma may part the passive from its charge, a full stop may not.
_ENDS = BOUNDARY - {"،", ",", "(", ")"}


def convicted(words: list[Word], i: int) -> bool:
    """Whether "أدين" or "إدانة" at `i` tells a court's conviction."""
    if not ON:
        return False
    form = unjoined(words[i])
    if form == "ادين":
        return _passive(words, i)
    noun = form.removeprefix("ب").removeprefix("ال")
    if noun in _NOUN_FORMS:
        return _guilt(words, i, noun)
    return False  # "أدانت فرنسا"، "أدانه": the active verb, read by `court_conviction`


def _passive(words: list[Word], i: int) -> bool:
    """ "وأدين الصحفيون الستة بعلاقتهم"، "وأدين مع حقي في محكمة أولد بايلي": the passive
    with a charge or a legal word after it. The first person "أدين" (I condemn) opens its
    object or a manner instead ("أدين بشدة هذا الهجوم"، "أدين باسم بلدي الحادث")."""
    after = words[i + 1 : i + 1 + _PASSIVE_REACH]
    if not after or unjoined(after[0]) in _CONDEMNING_NEXT | _NOT_CHARGES:
        return False
    for w in after:
        if w.surface in _ENDS:
            return False
        if _charge(w) or bare(w).startswith(_LEGAL):
            return True
    return False


def _guilt(words: list[Word], i: int, form: str) -> bool:
    """ "ثبوت إدانة مواطن"، "حكما بإدانة"، "إدانته بتستره"، "إدانة برلسكوني بدفع رشوة": the
    noun after a proof or verdict, or with a charge after the one convicted (right after
    the noun when a pronoun names them). An act condemned ("إدانة الهجوم بالغاز") or its
    condemner ("إدانة بوتين للهجوم") has no charge after it."""
    for w in reversed(words[max(0, i - _PROOF_REACH) : i]):
        if w.surface in BOUNDARY:
            break
        if bare(w) in _PROVEN:
            return True
    owned = form.endswith(_PRONOUNS)
    for k, w in enumerate(words[i + 1 : i + 1 + _NOUN_REACH]):
        if w.surface in BOUNDARY or unjoined(w) in RELATIVES or _joined(w, "ل"):
            return False  # "الإدانة الدولية للإرهاب": what is condemned, after لـ
        if k == 0 and bare(w) in _CONDEMNED_ACTS:
            return False
        if (k or owned) and _charge(w):
            return True
    return False


def _charge(w: Word) -> bool:
    """A word that opens a charge with بـ: the preposition alone ("بـ"الانضمام""), joined
    as the segmenter splits it ("بدفع"، "بتهمة"), a listed crime, or an unknown verbal
    noun with its pronoun ("بتدربه"، "بانضمامه"). Names that begin with ب ("بوتين") are
    not split, and manner, cause and place words are no charge."""
    key = unjoined(w)
    if not key.startswith("ب") or key in _NOT_CHARGES:
        return False
    if key in ("ب", "بـ") or key.startswith(_CRIMES):
        return True
    return _joined(w, "ب") or (len(key) > 4 and key.endswith(_PRONOUNS))


def _joined(w: Word, preposition: str) -> bool:
    """Whether the segmenter split the proclitic `preposition` off the word."""
    tok = w.token
    if tok is None:
        return False
    for seg in tok.segments:
        if seg.kind != "proclitic":
            return False
        if match_key(w.surface[seg.start - tok.start : seg.end - tok.start]) == preposition:
            return True
    return False
