"""Who did it, found beside the trigger: the doer after a verb of doing ("نفذ"), the
subject after it, a passive's agent ("على يد"، "بنيران"، "من قبل"), a speaker of
a saying verb, and the subject of a relative clause ("الذي"، "التي") or its
antecedent.
"""

from __future__ import annotations

from rasd.events.clause_bounds import AGENT_MARKERS
from rasd.events.count_phrases import COUNT_NOUNS, is_count
from rasd.events.phrases import (
    PREPOSITIONS,
    RELATIVES,
    by_fire,
    has_enclitic,
    last_before,
    possessive_lam,
    verb_in,
)
from rasd.events.sentence import WORD_LISTS, Word
from rasd.events.sides import Actor, marked
from rasd.text.normalize import match_key

DOING = WORD_LISTS.forms("doing")
# The nouns of the agent phrases ("على يد"، "من قبل" …), which no actor grows leftwards
# over ("من جانب [مسلحين]").
AGENT_NOUNS = frozenset(noun for _, noun in AGENT_MARKERS)


def doer_after(words: list[Word], after: list[Actor], pos: int) -> Actor | None:
    """ "الهجوم الذي نفذته طالبان": the actor right after a verb of doing that
    follows the noun (with an object pronoun pointing back to it)."""
    for j in range(pos + 1, min(len(words), pos + 6)):
        key = words[j].keys[0].removeprefix("و")
        if key.startswith(DOING) and key not in DOING:
            return next((a for a in after if j < a.first <= j + 2), None)
    return None


_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")


def subject_after_doing(words: list[Word], after: list[Actor], pos: int) -> Actor | None:
    """ "هجوم مسلح شنه متمردون": the actor right after a verb of doing whose object
    pronoun points back to the act named before it; one after a preposition ("هجوم
    مباغت شنته على تجمعات للميليشيات") is what it hit, the doer being the verb's own
    pronoun."""
    key = words[pos].keys[0].removeprefix("و")
    if not (key.startswith(DOING) and key not in DOING and key.endswith(_OBJECT_PRONOUNS)):
        return None
    actor = next((a for a in after if pos < a.first <= pos + 2), None)
    if actor is None or any(w.keys[-1] in PREPOSITIONS for w in words[pos + 1 : actor.first]):
        return None
    return actor


# "من [جماعات حماية] الأطفال"، "من [تنظيم] داعش": the doer's name may follow one of
# these group nouns (and their genitives) after من; any other noun there ("من نوعه"،
# "من أجل") makes من no mark of the doer.
_DOER_HEADS = WORD_LISTS.words("doer_heads")
# "الهجوم من خارج إيران"، "الهجوم من أراض لبنانية": where an attack came from.
_ORIGINS = WORD_LISTS.words("origins")
_FROM_REACH = 3


def from_agent(words: list[Word], after: list[Actor], pos: int) -> Actor | None:
    """ "شهدت هجوما من تنظيم داعش"، "بعد احتجاجات من جماعات حماية الأطفال": the actor
    named just after a من that follows an attack or protest noun (and at most one
    adjective of it) is the act's doer."""
    j = pos + 1
    if j < len(words) and words[j].keys[-1] != "من" and _adjective(words, after, pos, j):
        j += 1  # "ضربات جوية من"
    if j + 1 >= len(words) or words[j].keys[-1] != "من":
        return None
    actor = next((a for a in after if a.first > j), None)
    if actor is None or actor.is_place or actor.first > j + _FROM_REACH:
        return None
    head = words[j + 1]
    if has_enclitic(head) or _bare(head) in _ORIGINS:
        return None  # "من بينهم"، "من خارج"
    between = words[j + 1 : actor.first]
    if between and _bare(between[0]) not in _DOER_HEADS:
        return None
    return None if any(w.prep or has_enclitic(w) for w in between) else actor


def doer_head(word: Word) -> bool:
    """Whether the word heads a group that acts ("تنظيم"، "حزب"، "الطيران")."""
    return _bare(word) in _DOER_HEADS


def _adjective(words: list[Word], after: list[Actor], pos: int, j: int) -> bool:
    """Whether word `j` may be an adjective of the noun at `pos`: no clitic, no count,
    no name (a genitive: "هجمات إيتا من"), and as definite as the noun ("الضربات
    الجوية"، but "الهجوم بالقرب من"، "الغارات أتت من")."""
    word = words[j]
    if match_key(word.surface).startswith(("بال", "لل", "كال")):
        return False  # "مظاهرة بالقرب من البرلمان": a preposition the Segmenter left joined
    if word.prep or has_enclitic(word) or is_count(words, j) or word.keys[-1] in COUNT_NOUNS:
        return False  # "هجوم عدد من العناصر": a count, whose من is partitive
    if any(a.first == j for a in after):
        return False
    return _definite(words[pos]) == _definite(word)


def _definite(word: Word) -> bool:
    return match_key(word.surface).removeprefix("و").startswith("ال")  # not "بالقرب"


def _bare(word: Word) -> str:
    return word.keys[-1].removeprefix("و").removeprefix("ال")


def _agent_marker(words: list[Word], j: int) -> bool:
    """Whether words `j`, `j`+1 are "على يد" / "من قبل" / "من جانب" / "من فعل"."""
    pair = (words[j].keys[-1], words[j + 1].keys[-1])
    # "من جانبها" (for its part) is no agent phrase: the agent is a noun after it
    return (
        pair in AGENT_MARKERS
        and not has_enclitic(words[j + 1])
        and not (j + 2 < len(words) and words[j + 2].keys[-1] == "اخر")  # "من جانب آخر"
    )


def passive_agent(words: list[Word], after: list[Actor], pos: int) -> Actor | None:
    """The actor after "على يد" / "من قبل" / "من جانب" / "من فعل" / "بنيران" within
    a few words of the trigger, or the armed group after an attack noun led by ب."""
    for j in range(pos + 1, min(len(words) - 1, pos + 6)):
        if _agent_marker(words, j):
            return next((a for a in after if a.first >= j + 2), None)
        if by_fire(words[j]):
            return next((a for a in after if j < a.first <= j + 2), None)
        if (
            ATTACK_MEANS_AGENT
            and not has_enclitic(words[pos])
            and (doer := attack_doer(words, after, j)) is not None
        ):
            # "لقي مصرعه بغارة للتحالف": the pronoun is the victim, told elsewhere
            return doer
    return None


# Nouns of attacks that, led by ب, tell what something was hit with ("بغارة"، "بقصف").
_ATTACK_MEANS = WORD_LISTS.words("attack_means")
# `benchmarks/event_diff.py rasd.events.side_agents ATTACK_MEANS_AGENT False True`
ATTACK_MEANS_AGENT = True
# Armed roles of the actor dictionary, whose group after ل made the attack.
ARMED_ROLES = frozenset({"MIL", "REB", "UAF", "COP", "SPY"})


def attack_doer(words: list[Word], after: list[Actor], j: int) -> Actor | None:
    """ "قتل القيادي بغارة لطيران التحالف"، "بقصف مدفعي لقوات النظام": after an
    attack noun led by ب (and at most one adjective), an armed group joined to ل
    made the attack, as the shooter after "برصاص"."""
    word = words[j]
    if not (word.prep and word.keys[0].removeprefix("و")[:1] == "ب"):
        return None
    if not set(word.keys) & _ATTACK_MEANS:
        return None
    lam = next((k for k in (j + 1, j + 2) if k < len(words) and possessive_lam(words[k])), None)
    if lam is None or (lam == j + 2 and not words[j + 1].is_content):
        return None
    # The actor holding the group noun, or named right after it ("لطيران [التحالف]").
    doer = next((a for a in after if a.first <= lam < a.last or a.first == lam + 1), None)
    if doer is None or not _armed_at(words, doer, lam):
        return None
    # Named as the doer in so many words: the side ranker keeps it (`side_choice`).
    return marked(doer, "held")


def armed_after_lam(words: list[Word], actor: Actor) -> bool:
    """Whether an actor is an armed group joined to ل ("للقوات التركية"), or starts
    with the attack's nisba adjective it grew over ("[مدفعي] لميليشيات الحوثي"، "[جوي]
    لطائرات النظام"); a noun there owns the group ("مسجد لقوات الطوارئ")."""
    if possessive_lam(words[actor.first]):
        return _armed_at(words, actor, actor.first)
    lam = actor.first + 1
    return (
        lam < actor.last
        and possessive_lam(words[lam])
        and nisba(words[actor.first])
        and doer_head(words[lam])
    )


def nisba(word: Word) -> bool:
    """A relative adjective ("مدفعي"، "الجوية")."""
    return match_key(word.surface).endswith(("ي", "ية", "يه"))


def _armed_at(words: list[Word], actor: Actor, lam: int) -> bool:
    return actor.mention.attrs.get("role") in ARMED_ROLES or doer_head(words[lam])


def agent_marker_end(words: list[Word], pos: int) -> int | None:
    """The last word of an agent marker ("من [قبل]") within a few words after the
    trigger and before any fire noun, whose agent may be a phrase no dictionary names."""
    for j in range(pos + 1, min(len(words) - 1, pos + 6)):
        if _agent_marker(words, j):
            return j + 1
        if by_fire(words[j]):
            return None
    return None


_SAYING = WORD_LISTS.words("saying")


# "أنه"، "بأنها": the complementizer's own pronoun is the clause's subject.
PRONOUN_COMPLEMENTIZERS = {"انه", "انها", "بانه", "بانها"}


def complementizer_pronoun(words: list[Word], pos: int) -> bool:
    """Whether the verb at `pos` comes right after "أنه/إنها/بأنه": that pronoun is
    its subject, so a noun after the verb is its object ("قال الجيش إنه قصف مواقع")."""
    return pos > 0 and words[pos - 1].keys[0].removeprefix("و") in PRONOUN_COMPLEMENTIZERS


def pronoun_subject_of(words: list[Word], pos: int) -> bool:
    """Whether the complementizer's pronoun before the verb at `pos` is its subject:
    not the masculine pronoun of the matter before a feminine verb, whose subject
    follows ("أعلن المرصد أنه قصفت قوات النظام")."""
    if not complementizer_pronoun(words, pos):
        return False
    masculine = words[pos - 1].keys[0].endswith("نه")
    return not (masculine and match_key(words[pos].surface).endswith("ت"))


def speaking_subject(words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The speaker a pronoun subject of the reported clause points back to, not a
    hearer after the saying verb ("وأوضح للصحافيين")."""
    said_by = speaker(words, actors, pos)
    return None if said_by is None or words[said_by.first].prep else said_by


def speaker_pronoun(words: list[Word], pos: int, source: Actor | None) -> bool:
    """Whether the subject of a verb in a reported clause is a pronoun: "أنه قتل"
    (no subject but the complementizer's pronoun) or "إن قواته قصفت"."""
    if source is None:
        return complementizer_pronoun(words, pos)
    opener = words[source.first - 1].keys[-1] if source.first > 0 else ""
    return (
        source.last == source.first + 1
        and source.last <= pos
        and opener in {"ان", "إن", "بان"}
        and has_enclitic(words[source.first])
    )


def speaker(words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The actor right after the saying verb that introduces the clause of `pos`."""
    verb = last_before(words, pos, verb_in(_SAYING), farthest=15)
    return subject_after(actors, verb, pos) if verb is not None else None


def subject_after(actors: list[Actor], verb: int, pos: int) -> Actor | None:
    """The person or group right after a verb (within two words), before `pos`."""
    return next(
        (a for a in actors if verb < a.first <= verb + 2 and a.last <= pos and not a.is_place),
        None,
    )


def relative_subject(words: list[Word], pos: int, kind: str, source: Actor | None) -> bool:
    """Whether the verb at `pos` opens a relative clause about its subject ("الدول
    التي طالبت الموقع"): no object pronoun on the verb or on a preposition after it
    ("التي اتهم فيها"، "التي أدلى بها") points back to the antecedent, and the
    source the rules read follows the verb."""
    if kind != "verb" or pos == 0 or words[pos - 1].keys[-1] not in RELATIVES:
        return False
    if has_enclitic(words[pos]) or source is None or source.first <= pos:
        return False
    agent = passive_agent(words, [source], pos)
    if agent is not None and (agent.first, agent.last) == (source.first, source.last):
        return False  # "التكريتي الذي خطف على يد مسلحين": a passive and its agent
    # "الاستفتاء الذي رفضت بغداد الاعتراف به": a verb not agreeing with the relative
    # pronoun has a subject of its own.
    feminine = words[pos - 1].keys[-1] in _FEMININE_RELATIVES
    verb = words[pos].keys[-1].removeprefix("و").removeprefix("ف")
    if verb.startswith("ي") or (verb.startswith("ت") and not verb.endswith("ت")):
        return False  # "الذي يشن تمردا": a present verb describes the antecedent
    if feminine != (verb.startswith("ت") or verb.endswith("ت")):
        return False
    return not any(resumptive(w) for w in words[pos + 1 : source.last + 3])


def resumptive(word: Word) -> bool:
    """A preposition carrying a pronoun ("فيها"، "عليه"، "به"، "لها"): in a relative
    clause, the pointer back to the antecedent."""
    form = match_key(word.surface)
    if form[:1] in "وف" and form[1:] in _CLITIC_PREPS:
        return True
    return form in _CLITIC_PREPS or (
        has_enclitic(word) and bool(set(word.keys) & (PREPOSITIONS | {"علي", "الي", "لدي"}))
    )


_CLITIC_PREPS = {p + s for p in "بل" for s in ("ه", "ها", "هم", "هما", "هن")}


def relative_antecedent(words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The actor a relative pronoun before `pos` refers to ("الدول التي"، "حزب العمال
    الكردستاني، الذي")."""
    end = pos - 2 if pos > 1 and words[pos - 2].surface in {"،", ","} else pos - 1
    return next((a for a in actors if a.last == end and not a.is_place), None)


_FEMININE_RELATIVES = {"التي", "اللتان", "اللتين", "اللواتي", "اللاتي"}


def pronoun_suffix(word: Word) -> bool:
    """Whether a word ends in a pronoun ("وتركه"، "بأنه"), not in the ي or ني that a
    nisba ("لبناني"، "سوري") shares with "my" and "me"."""
    start = word.token.start
    return any(
        seg.kind == "enclitic"
        and match_key(word.surface[seg.start - start : seg.end - start]) not in {"ي", "ني"}
        for seg in word.token.segments
    )
