"""Finding the triggers of a sentence: the words of `triggers.tsv` in the sense of
an event, not the same words as nouns of a topic, a purpose, a name or a time; and
the act a facing verb's subject suffered ("تعرضت القرية لقصف"), read as a passive."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from rasd.events.attributes import cultural
from rasd.events.clause_bounds import asides
from rasd.events.consent import consent_given
from rasd.events.count_phrases import is_count, is_number
from rasd.events.keys import light_key, preposition_cut
from rasd.events.lexicon import Trigger, TriggerLexicon
from rasd.events.merging import ONE_INCIDENT
from rasd.events.phrases import (
    FACING,
    QUANTITIES,
    attached_preposition,
    follows_going_out,
    has_enclitic,
    has_prep_clitic,
    objects_follow,
    protesting,
    stripped_preposition,
    time_of_day,
    verb_in,
)
from rasd.events.sense_arrest import arrest_word, not_arrest
from rasd.events.senses import other_sense
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, definite, unjoined
from rasd.events.speech_model import SPEECH_TYPES
from rasd.events.vowed import pledged_force
from rasd.text.normalize import match_key

_REFERENCE_PREPS = WORD_LISTS.words("reference_preps")
_TOPIC_PREPS = WORD_LISTS.words("topic_preps")
LIGHT_VERBS = WORD_LISTS.forms("light_verbs")
_COUNTERING = WORD_LISTS.words("countering")
_STOPPING = WORD_LISTS.words("stopping")
_CALLING_OFF = WORD_LISTS.words("calling_off")
_CALLED_OFF = WORD_LISTS.words("called_off")
_DEMONSTRATIVES = WORD_LISTS.words("demonstratives")
_OWN_WAW = WORD_LISTS.words("own_waw")
_RECOUNTING = WORD_LISTS.words("recounting")
_PASSIVE_AUX = WORD_LISTS.words("passive_aux")
_PACTS = WORD_LISTS.words("pacts")
_ORDERING = WORD_LISTS.words("ordering")
# How far before its act an order may be ("أمرت مفوضية حقوق الإنسان في الأمم المتحدة بتحقيق").
_ORDER_REACH = 7
_RELATIVES = WORD_LISTS.words("relatives")
# How far a withdrawal's "من" may follow it ("انسحاب الرئيس الأمريكي دونالد ترامب من
# الاتفاق"), and how far before it the pact a relative clause is about may be.
_PACT_REACH = 8

# What one appeals against ("طعن في الحكم"، "قدمت المعارضة طعنا في اللجنة").
_APPEALED = frozenset(
    light_key(w)
    for w in (
        "قرار",
        "حكم",
        "نتائج",
        "نتيجة",
        "قانون",
        "دستورية",
        "شرعية",
        "انتخابات",
        "قضية",
        "لجنة",
    )
)

# The types whose accusative participles are listed as nouns ("متهما"، "مطالبا").


def _counted_participle(words: list[Word], i: int, trigger: Trigger) -> bool:
    """A speaker's participle after a number names counted people, not an act:
    "بإعدام 17 متهما" (defendants), against "…، متهما الولايات المتحدة"."""
    return (
        trigger.kind == "noun"
        and trigger.type in SPEECH_TYPES
        and trigger.lemma.endswith("ا")
        and i > 0
        and is_count(words, i - 1)
    )


def _named_before(word: Word) -> bool:
    """A noun made definite by the article or by a possessor's pronoun ("بعد الاجتماع"،
    "منذ زيارته إلى القنصلية") names an act the text has told or takes as known."""
    return definite(word) or has_enclitic(word)


def _recounted(words: list[Word], i: int) -> bool:
    """ "وتناول اللقاء تطورات الملف الليبي"، "وتم خلال الاجتماع عرض خطة الحكومة": a meeting
    noun with the article, the subject of a verb telling what it covered or after "تم
    خلال", is the meeting the text has told."""
    if i == 0 or not definite(words[i]) or has_enclitic(words[i]):
        return False
    before = unjoined(words[i - 1])
    if before in _RECOUNTING:
        return True
    return before == "خلال" and i > 1 and unjoined(words[i - 2]) in _PASSIVE_AUX


def _objects_after(words: list[Word], i: int, objects: frozenset[str]) -> int:
    """Position of one of `objects` after word `i`, looking past time asides
    ("وقعت حكومة البحرين، مساء الخميس، اتفاقية"), then past short asides, or -1."""
    found = objects_follow(words, i, objects)
    for short in (False, True):
        if found >= 0:
            return found
        skipped = asides(words, short)
        kept = [j for j in range(len(words)) if j not in skipped]
        if not skipped or i not in kept:
            continue
        at = objects_follow([words[j] for j in kept], kept.index(i), objects)
        found = kept[at] if at >= 0 else -1
    return found


def _pact(word: Word) -> bool:
    return bool(set(word.light) & _PACTS)


def _pact_quit(words: list[Word], i: int) -> int:
    """Position of the pact that the withdrawal at `i` is from ("انسحاب ترامب من الاتفاق
    النووي"، "الاتفاق النووي الذي أعلن ترامب انسحابه منه"), or -1."""
    for j in range(i + 1, min(len(words), i + 1 + _PACT_REACH)):
        if words[j].surface in BOUNDARY:
            break
        form = match_key(words[j].surface)
        if form == "من" and j + 1 < len(words) and _pact(words[j + 1]):
            return j + 1
        if form in ("منه", "منها"):
            return _pact_before(words, i)
    return -1


def _pact_before(words: list[Word], i: int) -> int:
    """The pact a relative clause holding word `i` is about ("الاتفاق الذي …"), or -1."""
    relative = False
    for j in range(i - 1, max(-1, i - 1 - _PACT_REACH), -1):
        if words[j].surface in BOUNDARY:
            break
        if match_key(words[j].surface) in _RELATIVES:
            relative = True
        elif relative and _pact(words[j]):
            return j
    return -1


def pact_rejected(words: list[Word], i: int, trigger: Trigger) -> tuple[Trigger, int] | None:
    """A withdrawal from a pact rejects it (REJECT, as the gold codes "الانسحاب من الاتفاق
    النووي"), with the pact as its object; from a place or a battle it is a retreat."""
    if trigger.type != "RETREAT" or trigger.objects:
        return None
    pact = _pact_quit(words, i)
    return (replace(trigger, type="REJECT", cameo="120"), pact) if pact >= 0 else None


# A noun's ة written ت before a pronoun, as a past verb's ت before its object.
_CONSTRUCT_PRONOUNS = ("ته", "تها", "تهم", "تهما")


def _verb_after_preposition(word: Word, lexicon: TriggerLexicon) -> bool:
    """Whether the word is a lexicon form only once a joined ب/ل/ك is cut off, which a
    verb never carries. The segmenter leaves such a clitic on a rare word
    ("بإقالتها"), where the word's own flag misses it."""
    cut = preposition_cut(word.keys[0])
    if cut is None or cut not in word.keys:
        return False
    return not lexicon.lookup([k for k in word.keys if k != cut])


def _hamza_below(word: Word) -> bool:
    """Whether the word is a form-IV verbal noun with a pronoun, written with its hamza
    below ("إقالتها"، "إدانته"): it folds to the past verb with an object ("أقالتها").
    Verbs misspelt with إ ("إجتمعت"، "وإنسحب") carry no ت before a pronoun."""
    surface = word.surface[1:] if word.surface[:1] in "وف" else word.surface
    return surface.startswith("إ") and word.keys[0].endswith(_CONSTRUCT_PRONOUNS)


def _noun_of_type(candidates: list[Trigger], etype: str) -> bool:
    """Whether a noun row of the type shares the form ("إدانتها"): the verb row then
    codes the same act, and stays where the noun row would lose to a conjoined one."""
    return any(t.kind == "noun" and t.type == etype for t in candidates)


# How many words other than a name's may stand between a light verb and its noun.
_LIGHT_REACH = 7
# Whether the words of a name between them count towards that reach.
LIGHT_OVER_NAMES = True


def _after_light_verb(words: list[Word], i: int, in_name: Callable[[int], bool]) -> bool:
    """Whether word `i` follows a light verb ("قام … بزيارة": the act itself, not a
    purpose). A subject's long name does not count towards the reach: "قام أمير قطر
    جاسم بن حمد آل ثاني بزيارة مفاجئة لتركيا"."""
    counted = 0
    for j in range(i - 1, -1, -1):
        if counted == _LIGHT_REACH:
            return False
        if words[j].keys[-1].startswith(LIGHT_VERBS):
            return True
        if not (LIGHT_OVER_NAMES and in_name(words[j].token.start)):
            counted += 1
    return False


def find_triggers(
    words: list[Word], lexicon: TriggerLexicon, in_name: Callable[[int], bool]
) -> list[tuple[int, Trigger, int]]:
    """The triggers of a sentence: (position, trigger, position of its required
    object or -1). `in_name` tells whether an offset lies inside the name of a
    place or person, where no word is a trigger."""
    found: list[tuple[int, Trigger, int]] = []
    for i, w in enumerate(words):
        if w.token.kind != "word":
            continue
        if w.keys[0] in _OWN_WAW:
            continue  # "ميزانية وزارته": his ministry, not "and she visited him"
        candidates = lexicon.lookup(w.keys)
        if not candidates or in_name(w.token.start):
            continue  # "بين مدينتي حمص وتدمر": a town, not "destroys"
        prev = set(words[i - 1].keys) if i else set()
        if prev & {"في", "على", "عن", "الى"}:
            # After such a preposition a word is a noun: "نجح في قتل العشرات".
            candidates = sorted(candidates, key=lambda t: t.kind == "verb")
        light_verb = _after_light_verb(words, i, in_name) or bool(prev & FACING)
        # "وأمر العبادي بتخصيص ثلاثة مليارات"، "أمرت المفوضية بتحقيق": the act ordered
        ordered = any(set(x.keys) & _ORDERING for x in words[max(0, i - _ORDER_REACH) : i])
        for trigger in candidates:
            obj = _objects_after(words, i, trigger.objects) if trigger.objects else -1
            if trigger.objects and obj < 0:
                continue
            if prev & _TOPIC_PREPS or (
                trigger.kind == "noun"
                and prev & _REFERENCE_PREPS
                and (_named_before(w) or trigger.type == "ASSAULT")
            ):
                # "بعد الاجتماع"، "منذ زيارته"، "على هامش اجتماع": told elsewhere; an
                # attack or killing after بعد/عقب ("بعد مقتل العشرات") dates another act,
                # background, as the definite nouns do.
                break
            if trigger.type == "CONSULT" and _recounted(words, i):
                break  # "وتناول اللقاء تطورات الملف الليبي": the meeting told before
            if (
                trigger.kind == "noun"
                and prev & _DEMONSTRATIVES
                and definite(w)
                and not w.conj
                and trigger.type not in ONE_INCIDENT
            ):
                # "ورفضت الجزائر هذا الانتقاد": a criticism told before ("في ذلك والرفع":
                # a pronoun, then a new conjunct). An attack or protest named again
                # ("هذا الهجوم") is merged into the one told before instead
                # (`merging.Candidate.anaphoric`), which it completes with its sides.
                break
            if trigger.kind != "noun" and has_prep_clitic(w):
                continue  # "بطلب" is a noun, never a verb
            if trigger.kind in ("verb", "passive") and (
                _verb_after_preposition(w, lexicon)
                or (_hamza_below(w) and not _noun_of_type(candidates, trigger.type))
            ):
                continue  # "بإقالتها"، "إقالتها" are the noun, never "أقالتها"
            if trigger.kind == "verb" and i > 0 and is_count(words, i - 1):
                continue  # "ثلاثين طالبا": a counted noun, never a verb
            if _counted_participle(words, i, trigger):
                continue
            went_out = trigger.type == "PROTEST" and follows_going_out(words, i)
            if (
                trigger.kind in ("noun", "counted", "agent")
                and attached_preposition(w, lexicon)
                and not (light_verb or went_out or ordered)
            ):
                break  # "لترحيل"، "باغتيال": a purpose, charge or measure, not an act
            if trigger.kind == "agent" and not (protesting(words, i) or w.keys[-1].endswith("ون")):
                break  # "قمع الشرطة للمتظاهرين"، "كان بين المتظاهرين": no protest act
            if trigger.kind == "counted" and not (
                prev & QUANTITIES or is_number(words, i - 1) or went_out
            ):
                break  # "قمع المتظاهرين": the participants as objects
            if prev & _COUNTERING:
                break  # "مكافحة الشغب"، "مكافحة الإرهاب"
            if trigger.lemma == "طعن" and objects_follow(words, i, _APPEALED, window=3) >= 0:
                break  # "سيطعن على القرار": an appeal, not a stabbing
            if trigger.type == "PROTEST" and cultural(words, i):
                break  # "تظاهرة ثقافية": a festival, not a demonstration
            trigger = pledged_force(words, i, trigger) or trigger
            trigger = consent_given(words, i, trigger) or trigger
            if other_sense(words, i, trigger):
                break  # "تستهدف إشعال الفتنة"، "تحقيق تقدم"، "اتفقا على أن الحل…"
            if arrest_word(trigger) and not_arrest(words, i, trigger):
                break  # "أوقفت الشرطة حركة السيارات": a thing stopped, no arrest
            if time_of_day(words, i):
                break  # "فجر أمس" is dawn, not "blew up"
            if trigger.type in ("ASSAULT", "PROTEST", "MOBILIZE") and prev & _STOPPING:
                break  # "وقف إطلاق النار" is a ceasefire, "بوقف المناورات" ends drills
            called_off = i + 1 < len(words) and set(words[i + 1].keys) & _CALLED_OFF
            if trigger.kind == "noun" and (prev & _CALLING_OFF or called_off):
                break  # "إلغاء الإضراب"، "تأجيل الزيارة": called off, it did not happen
            trigger, obj = pact_rejected(words, i, trigger) or (trigger, obj)
            found.append((i, trigger, obj))
            break
    return found


def faced(
    words: list[Word],
    found: list[tuple[int, Trigger, int]],
    lexicon: TriggerLexicon,
    in_name: Callable[[int], bool],
) -> list[tuple[int, Trigger, int]]:
    """The triggers found, and the act that a facing verb's subject suffered told
    after that subject ("تعرضت القرية لقصف من قبل …"، "وتعرضت المتحولة جنسيا أليشا
    لإطلاق نار"): only an act right after the verb is read as one by itself."""
    have = {p for p, _, _ in found}
    suffered = []
    for i, w in enumerate(words):
        if not set(w.keys) & FACING:
            continue
        for j in range(i + 2, min(len(words), i + 8)):
            if j in have or words[j].surface in BOUNDARY:
                break
            if not (words[j].prep or stripped_preposition(words[j])):
                continue
            act = _act_at(words, j, lexicon, in_name)
            if act is not None:
                # told as suffered: the subject before is its target, as of a passive
                suffered.append((j, replace(act[0], kind="passive"), act[1]))
                break
    return sorted(found + suffered, key=lambda f: f[0])


def _act_at(
    words: list[Word], j: int, lexicon: TriggerLexicon, in_name: Callable[[int], bool]
) -> tuple[Trigger, int] | None:
    """The noun trigger at word `j` with its required object, if any."""
    if in_name(words[j].token.start):
        return None
    for t in lexicon.lookup(words[j].keys):
        obj = objects_follow(words, j, t.objects) if t.objects else -1
        if t.kind == "noun" and (obj >= 0 or not t.objects):
            return t, obj
    return None


_SAYING = WORD_LISTS.words("saying")
_RETELLING_LINKS = WORD_LISTS.words("retelling_links")
_RETELLING_RELATIVES = WORD_LISTS.words("retelling_relatives")
_RETOLD_ATTACKS = WORD_LISTS.words("retold_attacks")


def attack_retold(words: list[Word], pos: int, trigger: Trigger) -> bool:
    """ "وقتل 14 شخصا وجرح آخرون في القصف"، "وأسفر الهجوم الإرهابي عن مقتل 5": a
    definite attack noun that the sentence's dead and wounded are told of, or that a
    relative clause describes, is the attack an earlier sentence told."""
    if not (trigger.kind == "noun" and trigger.type == "ASSAULT"):
        return False
    if unjoined(words[pos]) not in _RETOLD_ATTACKS:
        return False
    before = pos > 0 and unjoined(words[pos - 1]) in _RETELLING_LINKS
    after = pos + 1 < len(words) and unjoined(words[pos + 1]) in _RETELLING_RELATIVES
    return before or after


def participants_speaking(words: list[Word], pos: int, trigger: Trigger) -> bool:
    """ "وقال المحتجون إن …"، "وأكد المحتجون أن …": the protesters named as a saying verb's
    subject speak for the protest the article tells; they name it again, not a new one."""
    return (
        trigger.kind == "agent"
        and definite(words[pos])
        and pos > 0
        and verb_in(_SAYING)(words[pos - 1])
    )
