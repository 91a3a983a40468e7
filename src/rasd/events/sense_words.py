"""Trigger forms that are other words in the sentence (evaudit2, an unseen-news audit):
"طالب سابق"، "ألف طالب وطالبة" name students, not a demand; "ونوه بأن" notes a fact
rather than praising; "اتفقت الشركة مع الرأي السابق"، "تتفق على هذه الحقيقة" share a
view, no deal; "قد يشكل ضغطا على عائدات الطاقة" is a strain something poses, not
pressure applied on anyone; "وأدين رايت بالكذب" is a court's conviction; "صواريخ كوريا الشمالية تهدد أوروبا" a
danger named. An unseen audit of speech acts (evaudit3) adds blessings and prayers,
God the verb's subject ("قيادتنا الرشيدة أيدها الله"، "دعا الله"), and attacks named
by who did them or suffered them ("منفذ الهجوم"), deeds, not words of blame
(`physical_attack`), and the passive "أدينوا"/"أدينت"/"أدينا", a conviction whatever
follows. The word lists are in `data/words.tsv`.
"""

from __future__ import annotations

from rasd.events.lexicon import Trigger
from rasd.events.sense_convicted import convicted
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, bare, unjoined
from rasd.text.normalize import match_key

# Switches for `benchmarks/event_diff.py` (the unseen count of these rules).
ON = True
THINGS_THREATEN = True
BLESSINGS = True
CONVICTED_PLURALS = True
# The passive's plural, feminine and dual: the active is أدانوا، أدانت، أدانا (evaudit3).
_CONVICTED = frozenset({"ادينوا", "ادينت", "ادينا"})
PERPETRATORS = True

_STUDENT_NEXT = WORD_LISTS.words("student_next")
_STUDENT_BEFORE = WORD_LISTS.words("student_before")
_NOTED = WORD_LISTS.words("noted_that")
_VIEWS = WORD_LISTS.words("views_shared")
_POSING = WORD_LISTS.words("posing")
_CRIMES_CHARGED = WORD_LISTS.forms("crimes_charged")
_THREATENING_THINGS = WORD_LISTS.words("threatening_things")
_DIVINE = WORD_LISTS.words("divine")
_ATTACK_PARTIES = WORD_LISTS.words("attack_parties")
# "صواريخ كوريا الشمالية تهدد": the subject's head and its genitive before the verb.
_THREAT_SUBJECT_REACH = 3
_COURTS = WORD_LISTS.forms("courts") + WORD_LISTS.forms("juries")
# "وأدين الثلاثة الذين وصفهم المدعون بأنهم … بالتآمر": the crime may follow a relative.
_CONVICTION_REACH = 12
# "أدانت هيئة محلفين بمحكمة": the court or jury right after the verb.
_COURT_REACH = 3
# "مع الرأي"، "على هذه الحقيقة": a preposition, a demonstrative at most, then the view.
_VIEW_REACH = 3
# "ونوه وزير الشؤون البلدية بأن": the subject between نوه and its "بأن".
_REMARK_REACH = 5


def other_word(words: list[Word], i: int, trigger: Trigger) -> bool:
    """Whether the trigger at `i` is here a student, a remark, a shared view or a strain."""
    if not ON:
        return False
    if trigger.kind == "verb" and blessing(words, i):
        return True
    if trigger.lemma == "طالب":
        return student_named(words, i)
    if trigger.lemma == "نوه":
        return remark(words, i)
    if trigger.type == "AGREE" and trigger.kind == "verb":
        return view_shared(words, i)
    if trigger.lemma == "ضغط":
        return strain_posed(words, i)
    if trigger.lemma in ("ادان", "دان"):
        return court_conviction(words, i) or convicted(words, i)
    if trigger.lemma == "ادانة":
        return convicted(words, i)  # "ثبوت إدانة مواطن"، "بعد إدانته بقضايا فساد"
    if trigger.type == "THREATEN" and trigger.kind == "verb":
        return thing_threatens(words, i)
    return False


def student_named(words: list[Word], i: int) -> bool:
    """ "فتح طالب سابق النار"، "طالب جامعي"، "طالب وطالبة"، "500 طالب": the bare noun
    (not "وطالب"، "فطالب": a verb joined to its clause)."""
    if match_key(words[i].surface) != "طالب":
        return False
    before = words[i - 1].surface if i else ""
    return student_noun(before, words[i + 1].surface if i + 1 < len(words) else "")


def student_noun(before: str, after: str) -> bool:
    """Whether "طالب" between these words is a student: an adjective of students after
    it, or a count or a preposition before it. The verb opens its clause and is
    followed by its subject or بـ."""
    if not ON:
        return False
    nxt = match_key(after.strip('،,.؛:!؟()"')).removeprefix("و").removeprefix("ال")
    prev = match_key(before.strip('،,.؛:!؟()"'))
    return nxt in _STUDENT_NEXT or prev.isdigit() or prev in _STUDENT_BEFORE


def remark(words: list[Word], i: int) -> bool:
    """ "ونوه بأن دور الهيئة …"، "ونوه العمر إلى أن": noting that something is so, its
    subject between at most; praise takes بـ and the thing praised ("نوه بجهود")."""
    after = [match_key(w.surface) for w in words[i + 1 : i + 1 + _REMARK_REACH]]
    for k, key in enumerate(after):
        if key in _NOTED or (key == "الى" and after[k + 1 : k + 2] == ["ان"]):
            return True
        if key.startswith("ب"):
            return False  # "نوه بجهود": the thing praised
    return False


def view_shared(words: list[Word], i: int) -> bool:
    """ "واتفقت شركة نعيم القابضة مع الرأي السابق"، "تتفق على هذه الحقيقة": agreeing with
    a view or a fact, told by a view noun right after مع or على (a demonstrative
    between), no deal made."""
    after = words[i + 1 : i + 1 + 2 * _VIEW_REACH]
    for j, w in enumerate(after):
        if unjoined(w) not in ("مع", "على"):
            continue
        for v in after[j + 1 : j + _VIEW_REACH]:
            if bare(v) in _VIEWS:
                return True
            if bare(v) not in ("هذا", "هذه", "ذلك", "تلك"):
                break
    return False


def strain_posed(words: list[Word], i: int) -> bool:
    """ "قد يشكل ضغطا على عائدات الطاقة"، "تمثل ضغطا على الميزانية": a strain a thing
    poses, not pressure a party applies."""
    return bool(i) and words[i - 1].keys[-1] in _POSING


def court_conviction(words: list[Word], i: int) -> bool:
    """ "وأدين رايت أيضا بالكذب"، "أدانت هيئة محلفين … ثلاثة رجال بالتخطيط لتفجير": a
    court's conviction (the gold codes it SANCTION, not DISAPPROVE): the passive "أُدين"
    with the crime after بـ, or a court or jury as the subject. "أدين بشدة هذا الهجوم"
    (I condemn) names no crime."""
    after = words[i + 1 : i + 1 + _CONVICTION_REACH]
    if CONVICTED_PLURALS and unjoined(words[i]) in _CONVICTED:
        return True  # "الأشخاص الذين أدينوا في جرائم": only a passive has these forms
    if unjoined(words[i]) == "ادين" and any(unjoined(w).startswith(_CRIMES_CHARGED) for w in after):
        return True
    return any(bare(w).startswith(_COURTS) for w in after[:_COURT_REACH])


def thing_threatens(words: list[Word], i: int) -> bool:
    """ "صواريخ كوريا الشمالية تهدد أوروبا"، "الأزمة تهدد": a weapon or a trend as the
    subject before the verb is a danger named, not a threat an actor makes."""
    if not THINGS_THREATEN:
        return False
    for w in reversed(words[max(0, i - _THREAT_SUBJECT_REACH) : i]):
        if w.surface in BOUNDARY:
            return False
        if bare(w) in _THREATENING_THINGS:
            return True
    return False


def blessing(words: list[Word], i: int) -> bool:
    """ "تمشياً مع توجهات قيادتنا الرشيدة أيدها الله"، "ودعا الله أن يحفظ البلاد": God
    right after the verb is its subject or the one prayed to, a blessing or a prayer,
    no act of anyone ("حزب الله"، "عبد الله" hold the word after another)."""
    if not BLESSINGS or i + 1 >= len(words):
        return False
    return match_key(words[i + 1].surface.strip('،,.؛:!؟()"-')) in _DIVINE


def physical_attack(words: list[Word], i: int) -> bool:
    """ "ان منفذ الهجوم رجل في العشرين"، "ضحايا الهجوم": an attack named by who carried it
    out or suffered it is a deed, not an attack in words, whatever saying word is near."""
    return PERPETRATORS and i > 0 and bare(words[i - 1]) in _ATTACK_PARTIES
