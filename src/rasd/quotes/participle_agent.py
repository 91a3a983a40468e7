"""The subject of the verb a circumstantial participle follows ("قائلا"، "مضيفة"،
"معتبرين"): a name inside that verb's object or preposition phrase is not the
participle's speaker ("ودخل جمال خاشقجي على الخط مع رد كاسن، معتبرا"، "علقت السفارة
اليمنية على زيارة وفد … حسن نصرالله، واصفة").
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.quotes.clues import finite_verb
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.state import token_at
from rasd.quotes.subjects import subject_before
from rasd.quotes.view import CueHit, DocView
from rasd.quotes.what_called import verb_agrees

VERB_REACH = 40  # tokens back from the participle to the verb whose subject it shares


def complement_speaker(v: DocView, k: int, hit: CueHit, speaker: Mention | None) -> Phrase | None:
    """The subject of the clause's verb when `speaker` stands between that subject and
    the participle at k, inside what the verb governs; None when it does not, or when
    the verb's subject is not read."""
    if not hit.form.participle or speaker is None:
        return None
    found = _clause_verb(v, k, hit.form.gender)
    if found is None:
        return None
    verb, subject = found
    at = token_at(v, speaker.start)
    if v.entity_label(at) == "PER" and not _holds(v, subject, "PER") and _apposed(v, at):
        return None  # "أغلق المرشد الأعلى …، آية الله علي خامنئي، حسابه": the title's name
    if subject.start < verb:
        return subject if verb < at < k else None
    # "حدد ولي العهد السعودي، الأمير محمد بن سلمان، موعد …": a name after the subject
    # and a comma is its apposition; the object or preposition phrase holds a word first.
    words = [i for i in range(subject.end, at) if not v.punct(i)]
    return subject if at < k and words else None


def _clause_verb(v: DocView, k: int, gender: str) -> tuple[int, Phrase] | None:
    """The nearest finite verb before the participle in its sentence, with its subject
    when that can speak, if the verb agrees with the participle. What someone said has
    its own verbs, a relative clause's verb its antecedent ("هيئة سوق المال، التي غردت
    على تويتر، محذرة"), and a clause after a comma and "و" or "ف" ("…، وبعدها طلبت
    النجدة من أصدقاء لها، قائلة") its own subject: each ends the search."""
    s = v.sent_of[k]
    if s < 0:
        return None
    start = v.sent_bounds[s][0]
    for j in range(k - 1, max(start, k - VERB_REACH) - 1, -1):
        if v.punct(j, ":") or j in v.region_at or _new_clause(v, j) or v.keys[j] in RELATIVES:
            return None
        if not finite_verb(v, j):
            if v.cue(j) is not None and _opens_clause(v, j):
                return None  # "…، رد المتحدث باسم الجيش، قائلا": a verb all the same
            continue
        if (j > 0 and v.keys[j - 1] in RELATIVES) or not verb_agrees(v, j, gender):
            return None
        subject = _subject_of(v, j, k)
        return None if subject is None else (j, subject)
    return None


def _new_clause(v: DocView, j: int) -> bool:
    return j > 0 and v.punct(j - 1, "،,") and v.proclitics[j][:1] in ("و", "ف")


def _subject_of(v: DocView, j: int, k: int) -> Phrase | None:
    """The named subject of the verb at j: the phrase right after a verb that opens
    its clause ("…، علق رئيس الوزراء الإسرائيلي بنيامين نتانياهو بالقول"), else the
    subject before it ("كانت القيادة المركزية الأميركية تهاجم روسيا، قائلة") or,
    failing that, the phrase after it ("وسرعان ما أيد رئيس الوزراء الإيطالي جوزيبي
    كونتي دعوة ترامب مؤكدا"). A phrase without a name (a title alone: "ناقش مساعد
    مدير قسم …، جورج بيرو") is not trusted over the speaker read."""
    before = None if _opens_clause(v, j) else subject_before(v, j)
    if before is not None and _named(v, before):
        return before
    after = noun_phrase(v, j + 1, k)
    if after is None or after.start != j + 1 or not _named(v, after):
        return None
    return after


def _opens_clause(v: DocView, j: int) -> bool:
    return j == 0 or v.punct(j - 1) or v.proclitics[j][:1] in ("و", "ف")


def _named(v: DocView, phrase: Phrase) -> bool:
    return any(v.entity_label(i) is not None for i in range(phrase.start, phrase.end))


APPOSED_REACH = 3  # words before a name after a comma (titles: "آية الله")


def _apposed(v: DocView, at: int) -> bool:
    """The name at `at` follows a comma, past a few untagged words at most."""
    for i in range(at - 1, max(-1, at - APPOSED_REACH - 2), -1):
        if v.punct(i, "،,"):
            return True
        if v.punct(i) or v.entity_label(i) is not None:
            return False
    return False


def _holds(v: DocView, phrase: Phrase, label: str) -> bool:
    return any(v.entity_label(i) == label for i in range(phrase.start, phrase.end))
