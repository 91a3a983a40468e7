"""Who announces an act is no target the side ranker may give it when the reported
clause names the act's own subject: "أكد عبد اللطيف المكي … أن نقابات الأمن ومكونات
المجتمع المدني طالبت بتحقيق"، "وقال كوهين إن الرئيس الأمريكي ينكر …". The speaker is
the doer when the clause speaks of it by a pronoun ("أعلن الجيش أنه استهدف"، "إن بلاده
أوقفت"), may be the one acted on when a pronoun follows the act ("تقول إن كافانو اعتدى
عليها") or the unnamed doer of a passive ("تقول الشرطة إن … اعتقل في"), and is often
a party of a meeting or an agreement it announces ("ذكر المتحدث باسم الرئاسة أن اللواء
عباس كامل كان حاضرا في اللقاء"): those are left to the ranker. Nor is the announcer
the source the ranker may give the act when the rules read the clause's own subject
before it ("قالت الشرطة الأمريكية إن مسلحا فتح النار")."""

from __future__ import annotations

from rasd.document import Document, Mention
from rasd.events.clauses import unvoiced_passive
from rasd.events.lexicon import Trigger
from rasd.events.phrases import COMPLEMENTIZERS
from rasd.events.sentence import Word
from rasd.events.side_agents import PRONOUN_COMPLEMENTIZERS, pronoun_suffix
from rasd.events.side_ranker import PARTNERED

# `benchmarks/event_diff.py rasd.events.announcers ANNOUNCER_TARGET False True`
ANNOUNCER_TARGET = True


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def told_speaker(doc: Document, words: list[Word], pos: int) -> Mention | None:
    """The speaker of the quotation holding the word at `pos`, when the sentence of
    `words` names it before that word: a speaker carried from an earlier sentence
    ("وكما طلب مجلس الشيوخ" inside a quotation opened before) is left alone."""
    at = words[pos].token.start
    for q in doc.quotes or []:
        speaker = q.speaker
        if (
            q.start <= at < q.end
            and speaker is not None
            and words[0].token.start <= speaker.start
            and speaker.end <= at
        ):
            return speaker
    return None


# The words of a subject phrase with its genitives and one coordinated phrase ("أن
# نقابات الأمن بجهة تطاوين ومكونات المجتمع المدني طالبت"); a verb farther from أن
# is seldom the clause's own ("بأن هناك وثائق … سوف تظهر حال قتل عنان").
_SUBJECT_REACH = 8


def own_subject(words: list[Word], speaker: Mention, pos: int) -> bool:
    """Whether the clause holding `pos` opens with أن/إن after the speaker and then a
    subject of its own, no pronoun pointing back ("أن عددا من العاملين"، not "أنه"، "إن
    بلاده"), and no pronoun follows the act ("اعتدى عليها")."""
    opener = next(
        (
            i
            for i in range(pos - 1, -1, -1)
            if words[i].token.start >= speaker.end and set(words[i].keys) & COMPLEMENTIZERS
        ),
        None,
    )
    if opener is None or not opener + 1 < pos <= opener + 1 + _SUBJECT_REACH:
        return False
    if set(words[opener].keys) & PRONOUN_COMPLEMENTIZERS or pronoun_suffix(words[opener + 1]):
        return False
    after = words[pos : pos + 2]
    # "وتقول الشرطة إن دكتور دينيس فورتادو اعتقل في ريو": a passive's unnamed doer
    # may be who tells it.
    return not any(pronoun_suffix(w) for w in after) and not unvoiced_passive(words, pos)


def announcer_target(
    doc: Document, words: list[Word], pos: int, trigger: Trigger, target: Mention | None
) -> bool:
    """Whether the ranker's target of the one-sided act the verb at `pos` tells is who
    tells it, while the reported clause names the verb's own subject. A verbal noun
    inside the clause ("سوف تظهر حال قتل عنان"، "إن أي انتقاد … يرقى") is not the
    clause's act, and its sides are not the clause's subject."""
    if (
        not ANNOUNCER_TARGET
        or target is None
        or trigger.kind != "verb"
        or trigger.type in PARTNERED
    ):
        return False
    speaker = told_speaker(doc, words, pos)
    return speaker is not None and _overlap(speaker, target) and own_subject(words, speaker, pos)


# `benchmarks/event_diff.py rasd.events.announcers ANNOUNCER_SOURCE False True`
ANNOUNCER_SOURCE = True


def clause_source(
    doc: Document,
    words: list[Word],
    pos: int,
    trigger: Trigger,
    source: Mention | None,
    rule: Mention | None,
) -> Mention | None:
    """The rules' source instead of the ranker's when the ranker gave the act to who
    tells it while the rules read the reported clause's own subject before the verb
    ("قالت الشرطة الأمريكية إن مسلحا فتح النار" → مسلحا, not الشرطة). A rules' side
    after the verb is more often its object ("إن موقعا أمنيا سقط … وقتل العديد"), so
    the speaker stays there."""
    if not ANNOUNCER_SOURCE or source is None or rule is None or trigger.kind != "verb":
        return source
    speaker = told_speaker(doc, words, pos)
    if speaker is None or not _overlap(speaker, source) or _overlap(speaker, rule):
        return source
    if not (speaker.end <= rule.start and rule.end <= words[pos].token.start):
        return source
    return rule if own_subject(words, speaker, pos) else source
