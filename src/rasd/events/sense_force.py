"""Force words that are no act of force: a theft or a thing snatched ("استولى على
خزنة"، "خطف الأضواء"), a police trap, a munition found or defused, a reaction sparked
("تفجر موجة غضب"), a court's penalty or conviction, ruin without an actor, a
campaign aimed at someone, a kind of act after a generic head ("حالة قتل"), a danger
faced ("لمواجهة التهديدات"), a document issued ("بيان صادر عن"), a journey ("رحل"), and
a festival called تظاهرة. Each rule was chosen on the dev part of the gold or on an
unseen-article audit (docs/accuracy.md).
"""

from __future__ import annotations

from rasd.events.lexicon import Trigger
from rasd.events.phrases import PREPOSITIONS, QUOTE_MARKS, has_enclitic
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, bare, definite, unjoined
from rasd.text.normalize import match_key

_LOOT = WORD_LISTS.words("loot")
_SNATCHED = WORD_LISTS.forms("snatched")
# How far the thing snatched may come: right after the verb, or past its subject
# ("وخطف رونالدو الأنظار"); farther, a noun is another verb's ("اختطافه لفت الأنظار").
_SNATCH_REACH = 2
# How far after the seizing word its object comes ("استولوا على مصوغ"، "استولى على مبلغ").
_LOOT_REACH = 4
_MUNITIONS = WORD_LISTS.words("munitions")
_MUNITIONS_HANDLED = WORD_LISTS.words("munitions_handled")
# How far back the verb that finds or seizes a munition may be: anywhere in its clause
# ("عثر أمس أحد حراس الغابات بمنطقة القصيرة من معتمدية … على 6 قذائف"), within a bound
# for text without punctuation.
_HANDLED_REACH = 25
# "تفجير عدد (101) عبوة": the detonated munition follows within a count.
_DETONATING = {"تفجير", "فجر"}
_DETONATED_REACH = 5
_SPARKED = WORD_LISTS.words("sparked")
_CAMPAIGNS = WORD_LISTS.words("campaigns")
_ABSTRACT_RUINS = WORD_LISTS.words("abstract_ruins")
_RUINOUS = WORD_LISTS.words("ruinous")
_GENERIC_HEADS = WORD_LISTS.words("generic_heads")
_THREAT_SETTINGS = WORD_LISTS.words("threat_settings")
_DANGERS = WORD_LISTS.words("dangers")
_DOCUMENTS = WORD_LISTS.words("documents")
_POLICE_TRAPS = WORD_LISTS.forms("police_traps")
_FESTIVITIES = WORD_LISTS.forms("festivities")
_PROTEST_MARKS = WORD_LISTS.forms("protest_marks")
_ISSUED_BY = frozenset({"عن", "عنه", "عنها", "عنهم", "من"})
# How far the issuer may come after "صادر", past a day ("صادر اليوم الخميس عن").
_ISSUED_REACH = 4
_CONVICTED_AFTER = WORD_LISTS.words("reference_preps") | WORD_LISTS.words("passive_aux")
# How far after a penalty the one it is given to is named, past its manner ("الإعدام
# شنقا حتى الموت لقاتل").
_PENALTY_REACH = 4


def journey(words: list[Word], i: int, form: str, nxt: str) -> bool:
    """ "رحلتهم نحو أوروبا": the noun journey; "رحل عنا"، "رحلا من عفرين": leaving;
    "إرحل": the protesters' cry. Deporting ("رحّلت السلطات المهاجرين") takes an object."""
    return (
        (form.startswith(("رحلت", "رحلة")) and has_enclitic(words[i]))
        or nxt.removeprefix("و") in ("عن", "عنا", "من")
        or form.startswith("ارحل")
    )


def ruined_without_actor(words: list[Word], i: int, nxt: str) -> bool:
    """ "دمر اقتصاد فنزويلا": something abstract ruined; "صراع يدمر سوريا"، "دمرت جراء
    القتال"، "اقتلعت الرياح الأشجار، وهدمت المنازل": a war or storm is what destroys."""
    if nxt.removeprefix("ال") in _ABSTRACT_RUINS or nxt in _ABSTRACT_RUINS:
        return True
    near = words[max(0, i - 4) : i] + words[i + 1 : i + 4]
    return any(bare(w) in _RUINOUS for w in near)


def generic_head(word: Word) -> bool:
    """ "حالة"، "عقوبة"، "بملف": a noun that makes the act after it a kind of act."""
    key = bare(word)
    return key in _GENERIC_HEADS or key.removeprefix("ب").removeprefix("ال") in _GENERIC_HEADS


def campaign_aimed(words: list[Word], i: int) -> bool:
    """ "الحملات المغرضة التي تستهدف الإمارات"، "تستهدف حملة المقاطعة شركتي": a
    campaign, letter or breach near the verb is what aims at someone, no attack."""
    near = words[max(0, i - 3) : i] + words[i + 1 : i + 5]
    return any(bare(w) in _CAMPAIGNS for w in near)


def threat_faced(words: list[Word], i: int, trigger: Trigger) -> bool:
    """ "لمواجهة التهديدات"، "بوجود تهديدات ضد"، "سياسة التهديد": a threat noun, definite or
    before a preposition, after a word that makes it a danger faced or a way of acting
    (an actor's threats, "في مواجهة تهديدات ترامب", stay threats); "خطر يهدد"، "ويهدد شبح
    المجاعة": a verb whose subject beside it is a danger or an act, not an actor."""
    if trigger.kind == "noun":
        after = words[i + 1].keys[0] if i + 1 < len(words) else ""
        if not definite(words[i]) and after not in PREPOSITIONS:
            return False  # "في مواجهة تهديدات ترامب": the threats of a named actor
        j = i - 1
        while j > 0 and (bare(words[j]) in ("اي", "كل") or words[j].surface == '"'):
            j -= 1
        return j >= 0 and words[j].keys[-1].removeprefix("ال") in _THREAT_SETTINGS
    beside = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
    return any(bare(w) in _DANGERS for w in beside)


def convicted(words: list[Word], i: int) -> bool:
    """ "بعد إدانته بتسريب معلومات"، "تم إدانته": a court's conviction of him, told after
    a word of time or a passive, not his condemning something ("أعرب عن إدانته"، "بعد
    إدانته للهجوم")."""
    if i + 1 < len(words) and match_key(words[i + 1].surface).startswith("ل"):
        return False
    j = i - 1
    while j > 0 and words[j].surface in QUOTE_MARKS:
        j -= 1
    return j >= 0 and words[j].keys[-1] in _CONVICTED_AFTER


def penalty(words: list[Word], i: int, form: str) -> bool:
    """ "الإعدام شنقا لقاتل زوجته"، "الإعدام لـ15 تركية": the penalty named with the
    article and given to someone with "لـ" is a court's sentence (a headline's), not an
    execution done ("تنفيذ حكم الإعدام في الزعيم"، "إعدام سجناء")."""
    if not form.startswith("ال"):
        return False
    # The manner may come between ("الإعدام شنقا حتى الموت لقاتل").
    for w in words[i + 1 : i + 1 + _PENALTY_REACH]:
        if w.surface in BOUNDARY:
            return False
        key = unjoined(w)
        if key.startswith("ل") and not key.startswith("لا"):
            return True
    return False


def issued(words: list[Word], i: int, nxt: str) -> bool:
    """ "بيان صادر عن الرئاسة"، "بلاغ صادر اليوم الخميس عن الوزارة"، "تقرير صادر من
    هيئة": a document issued, not goods confiscated ("صادر مسؤولون كميات")."""
    if nxt in _ISSUED_BY or (i and bare(words[i - 1]) in _DOCUMENTS):
        return True
    for w in words[i + 1 : i + 1 + _ISSUED_REACH]:
        if w.surface in BOUNDARY:
            return False
        if unjoined(w) in _ISSUED_BY - {"من"}:
            return True
    return False


def trap_for_arrest(words: list[Word]) -> bool:
    """ "بعد نصب كمين محكم، من إلقاء القبض على مروج": an ambush told with an arrest, a
    seizure or drugs is the police's trap; of 98 unseen sentences with an arrest or a
    seizure, none tells an attack."""
    return any(k.removeprefix("ال").startswith(_POLICE_TRAPS) for w in words for k in w.keys)


def festival_told(words: list[Word]) -> bool:
    """ "على هامش افتتاح تظاهرة أيام المؤسسة"، "لجنة تحكيم هذه التظاهرة": in Maghrebi
    usage تظاهرة is any public event; told with a festival's words and none of a
    protest's, it is a show, not a demonstration ("تظاهرة احتجاجية ضد الحكومة")."""
    beginnings = [k.removeprefix("ال") for w in words for k in w.keys]
    festive = any(k.startswith(_FESTIVITIES) for k in beginnings)
    return festive and not any(k.startswith(_PROTEST_MARKS) for k in beginnings)


def sparked(words: list[Word], i: int) -> bool:
    """ "تفجر موجة غضب"، "فجر المنتخب مفاجأة"، "تساؤلات كثيرة فجرتها": a reaction
    named within two words before or three after the verb."""
    return any(bare(w) in _SPARKED for w in words[max(0, i - 2) : i + 4] if w is not words[i])


def munition_handled(words: list[Word], i: int, trigger: Trigger) -> bool:
    """ "عثر أحد حراس الغابات على 6 قذائف"، "تفكيك عبوة ناسفة"، "ضبط قذائف":
    a munition found, seized, defused or stored earlier in its clause is an object, no
    attack ("سقوط قذيفة"، "انفجار عبوة" stay attacks); so is its detonation by those
    who found it ("باكتشاف وتفجير 163 عبوة ناسفة"، "اكتشف … وفجر 27 عبوة")."""
    detonated = trigger.lemma in _DETONATING and any(
        bare(w) in _MUNITIONS for w in words[i + 1 : i + 1 + _DETONATED_REACH]
    )
    if trigger.lemma not in _MUNITIONS and not detonated:
        return False
    for w in reversed(words[max(0, i - _HANDLED_REACH) : i]):
        if w.surface in BOUNDARY and w.surface not in "()":
            return False  # "تفجير عدد (101) عبوة": a count in brackets ends nothing
        if bare(w) in _MUNITIONS_HANDLED:
            return True
    return False


def seized_loot(words: list[Word], i: int) -> bool:
    """ "ويستوليان على مبلغ مالي"، "الاستيلاء على أموال عمومية": money or valuables seized
    are a theft or embezzlement, which PLOVER does not code, not an attack."""
    return any(bare(w) in _LOOT for w in words[i + 1 : i + 1 + _LOOT_REACH])


def snatched_thing(words: list[Word], i: int) -> bool:
    """ "خطف فوزا صعبا"، "وخطف رونالدو الأنظار"، "خطفها الموت": the kidnapping word's object
    (past a subject) is a thing (a win, the limelight, a bag), not a person or a vehicle,
    or death is its doer."""
    return any(bare(w).startswith(_SNATCHED) for w in words[i + 1 : i + 1 + _SNATCH_REACH])
