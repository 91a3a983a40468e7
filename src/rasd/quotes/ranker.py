"""The speaker ranker: which of a quote's candidate speakers said it.

The rules (`extract.py`) propose candidates for each cue: the phrase after the verb,
the subject before it, the antecedent of a relative pronoun, the sentence's or the
previous sentence's subject, a source of attribution, recent speakers, the names the
entity layer finds near the cue and the article's most mentioned person. Each
candidate is described by a few features (where it stands from the cue, which rules
proposed it, its entity type, gender agreement with the cue, how often the article
names it) and scored by a logistic model trained on the gold quotes of the development
folds (`rasd train quotes`, model card `RANKER_CARD.md`). The weights ship as JSON and
are scored with numpy, so analysis needs no scikit-learn.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rasd.document import Mention
from rasd.linear import load_json_model
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.speaker_words import verb_alone
from rasd.quotes.view import CueHit, DocView
from rasd.ranking import Ranker
from rasd.text.normalize import match_key

PACKAGE = "rasd.quotes"
MODEL_RESOURCE = "speaker_ranker.json"


@dataclass(slots=True)
class Candidate:
    """One possible speaker of a quote: its mention, first token and how it was found.

    `sources` name the rules that proposed it: rule (the rules' own choice), after
    (the phrase after the verb), before (the subject before it), antecedent ("… الذي
    قال"), sentence (the sentence's subject), previous (the previous sentence's named
    subject), opening (the named or titled phrase opening the sentence), attribution
    ("بحسب X، … وأشارت"), nearest (the name before a participle), described (the
    indefinite phrase a present verb describes: "مشروع قرار يدعو"), said (an earlier
    speaker), entity_here / entity_prev (PER and ORG names of the cue's or the previous
    sentence), protagonist (the article's most named person).
    """

    mention: Mention
    token: int
    sources: set[str] = field(default_factory=set)
    said_rank: int | None = None  # 0: the latest earlier speaker
    said_gender: str | None = None
    said_spoke: bool = False
    name_follows: bool = False  # the phrase after the verb, with a name right after it


def candidate_key(m: Mention, text: str) -> str:
    """Candidates naming the same speaker are one: their canonical (or surface) name."""
    name = m.canonical or text[m.start : m.end]
    return " ".join(match_key(name).split())


def _doc_counts(v: DocView) -> Counter[str]:
    if "counts" not in v.memo:
        v.memo["counts"] = Counter(v.stems)
    return v.memo["counts"]


def features(
    v: DocView, cue: int, hit: CueHit, c: Candidate, rule_found: bool, span: tuple[int, int]
) -> dict[str, float]:
    """The candidate's features for the quote whose cue is token `cue` and whose
    content is tokens `span`."""
    f: dict[str, float] = {f"src_{s}": 1.0 for s in c.sources}
    f["in_quote"] = float(span[0] <= c.token < span[1])
    participle = hit.form.participle
    f["n_sources"] = math.log1p(len(c.sources))
    distance = c.token - cue
    f["dist_log"] = math.log1p(abs(distance))
    f["before"] = float(distance < 0)
    s_cue, s_cand = v.sent_of[cue], v.sent_of[c.token]
    f["same_sentence"] = float(s_cue == s_cand)
    f["prev_sentence"] = float(s_cand == s_cue - 1)
    f["same_paragraph"] = float(v.para_of[cue] == v.para_of[c.token])
    label = v.entity_label(c.token)
    for lab in ("PER", "ORG", "LOC"):
        f[f"label_{lab}"] = float(label == lab)
    f["label_none"] = float(label is None)
    words = (c.mention.canonical or "").split()
    f["one_word"] = float(len(words) <= 1)
    f["anonymous"] = float(bool(c.mention.attrs.get("anonymous")))
    f["role"] = float("role" in c.mention.attrs)
    f["title"] = float(v.is_("title", c.token))
    f["head_common"] = math.log1p(v.freq.get(v.stems[c.token], 0)) / 10
    last = match_key(words[-1]) if words else v.stems[c.token]
    f["doc_count"] = math.log1p(_doc_counts(v).get(last, 0))
    if c.said_rank is not None:
        f["said_recent"] = 1.0 / (1 + c.said_rank)
        f["said_first"] = float(c.said_rank == 0)
        f["said_spoke"] = float(c.said_spoke)
        agree = c.said_gender == hit.form.gender or "p" in (c.said_gender, hit.form.gender)
        f["said_agree"] = float(agree)
        f["said_clash"] = float(not agree)
    gender = candidate_gender(v, c)
    if gender is not None:
        agree = gender == hit.form.gender or "p" in (gender, hit.form.gender)
        f["gender_agree"] = float(agree)
        f["gender_clash"] = float(not agree)
    after = "after" in c.sources
    objecting = "O" in hit.form.takes  # اتهم، وصف، دعا، حث: the verb takes an object
    # Asked only of the phrase after the verb: the features below are 0 otherwise.
    preposed = after and subject_precedes(v, cue)
    f["after_preposed"] = float(after and preposed)
    f["after_object_preposed"] = float(after and objecting and preposed)
    f["after_object_pronoun"] = float(after and hit.has_object)
    f["plain_noun"] = float(plain_noun(v, c.token) and not c.mention.attrs.get("anonymous"))
    subject = verb_subject(v, c.token)
    f["verb_subject"] = float(subject)
    f["verb_subject_participle"] = float(subject and participle)
    f["rule_none_said"] = float(not rule_found and c.said_rank == 0)
    f["participle_said"] = float(participle and c.said_rank is not None)
    f["conj_said"] = float(bool(v.proclitics[cue]) and c.said_rank == 0)
    f["name_follows"] = float(c.name_follows)
    f["possessor"] = float(possessor(v, c.token))
    # "حذر بولتون السفير من": a name with a role read into it is the subject, the
    # role the object the phrase swallowed.
    f["after_then_complement"] = float(
        after and objecting and "role" not in c.mention.attrs and complement_next(v, c, hit)
    )
    return f


_PARTICLES = frozenset({"قد", "وقد", "فقد", "لقد", "كان", "كانت", "وكان", "وكانت"})
# "التي اتهمت"، "ما وصفته"، "عمن وصفهم": the verb's subject is what the pronoun
# (a relative, or ما and من, "what" and "who") stands for, so the phrase after the verb
# is its object.
_RELATIVE_WORDS = RELATIVES | frozenset({"ما", "مما", "عما", "من", "عمن", "لما", "بما"})


def subject_precedes(v: DocView, cue: int) -> bool:
    """Whether the cue's verb has its subject before it in its sentence ("تركيا
    تتهم"، "وكانت الولايات المتحدة قد اتهمت"، "التي وصفت"), so that a noun after it
    is its object."""
    if v.proclitics[cue] or v.keys[cue][:1] in ("و", "ف"):
        return False  # "واتهم": a verb that opens its clause
    j = cue - 1
    while j >= 0 and v.keys[j] in _PARTICLES:
        j -= 1
    if j < 0 or not v.word(j) or v.sent_of[j] != v.sent_of[cue]:
        return False
    if v.keys[j] in _RELATIVE_WORDS:
        return True
    if v.cue(j) is not None or v.is_("function", j) or v.is_("time", j):
        return False
    return v.entity_label(j) is not None or (v.definite[j] and not v.proclitics[j])


def verb_subject(v: DocView, i: int) -> bool:
    """Whether the candidate at token i stands right after a verb of its sentence, as
    its subject ("هاجم الرئيس الإيراني حسن روحاني نظيره …، محذرا"; not "ذكاء جيمس،
    قائلا")."""
    j = i - 1
    if j < 0 or not v.word(j) or v.sent_of[j] != v.sent_of[i]:
        return False
    return (v.cue(j) is not None and not v.cue(j).form.participle) or verb_alone(v, j)


def possessor(v: DocView, i: int) -> bool:
    """Whether the candidate at token i is the possessor of the bare noun right before
    it ("مديرة مكتب آل غور"، "حملة ترامب"، "تلاميذ دافنشي"): named beside what it owns,
    not as who speaks. Not after a noun its possessor speaks through ("بيان X"، "حديث
    X"، "تصريحات X": words.tsv `voiced_by`, `speech_noun`, `inner_speech_noun`)."""
    j = i - 1
    if j < 0 or not v.word(j) or v.sent_of[j] != v.sent_of[i]:
        return False
    if v.definite[j] or v.proclitics[j] or v.cue(j) is not None or verb_alone(v, j):
        return False
    if v.name_like(j) or v.entity_label(j) is not None:
        return False
    heads = ("function", "title", "time", "voiced_by", "speech_noun", "inner_speech_noun")
    return not any(v.is_(words, j) for words in heads)


def complement_next(v: DocView, c: Candidate, hit: CueHit) -> bool:
    """Whether the verb's preposition follows the candidate at once ("ووصف الأمر
    بأنه"، "اتهمت طهران إسرائيل باغتيال"، "دعت جميع الأطراف إلى"): then it is the
    verb's object more often than its subject."""
    e = next((j for j in range(c.token, v.n) if v.tokens[j].start >= c.mention.end), v.n)
    if not v.word(e):
        return False
    preps = hit.form.complements
    key = v.keys[e]
    clitic = v.proclitics[e][-1:] or _unsplit_clitic(v, e)
    return key in preps or (clitic != "" and clitic in preps) or key.startswith("بان")


def _unsplit_clitic(v: DocView, e: int) -> str:
    """ "بشن": a one-letter preposition the tokenizer left on a short word, when the
    word without it is the commoner one (not "بريطانيا")."""
    key = v.keys[e]
    if key[:1] in ("ب", "ل") and v.freq.get(key[1:], 0) > v.freq.get(key, 0):
        return key[0]
    return ""


def plain_noun(v: DocView, i: int) -> bool:
    """A common noun or a verb, not a name, title or source ("الأمر"، "الهاتف"،
    "بيانا"): rarely who speaks."""
    return (
        v.entity_label(i) is None
        and not v.name_like(i)
        and not v.is_("title", i)
        and not v.is_("anonymous", i)
        and not v.is_("source_head", i)
    )


def candidate_gender(v: DocView, c: Candidate) -> str | None:
    """ "m", "f" or "p" where the text shows it: the verb the candidate said
    something with, else a describing noun that heads it or stands right before it
    ("الفنانة ليلى علوي", "المطربة", "الوزير"); None for a bare name."""
    if c.said_gender is not None:
        return c.said_gender
    for i in (c.token, c.token - 1):
        if not v.word(i) or v.name_like(i) or v.entity_label(i) is not None:
            continue
        if not (v.definite[i] or v.is_("title", i) or v.is_("anonymous", i)):
            continue
        stem = v.stems[i]
        if stem.endswith(("ون", "ين", "ات")):
            return "p"
        return "f" if stem.endswith("ة") else "m"
    return None


class SpeakerRanker(Ranker):
    """The speaker ranker: a `Ranker` over candidate speakers."""


def load_ranker(path: Path | None = None) -> SpeakerRanker | None:
    """The shipped model (or one at `path`); None when the package has none."""
    return load_json_model(SpeakerRanker.from_dict, PACKAGE, MODEL_RESOURCE, path)
