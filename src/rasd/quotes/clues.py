"""Small readings of the text that rules of several passes share: whether a cue is
also a common word, whether a phrase can speak, a title line, how far a cue's
sentence reaches, the entities' token spans.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.quotes.construct_chain import genitive_noun
from rasd.quotes.speaker_words import Phrase, verb_alone
from rasd.quotes.view import VERB_MIN_FREQ, CueHit, DocView
from rasd.text.normalize import match_key


def ambiguous(v: DocView, hit: CueHit) -> bool:
    """A cue that is as often a common word ("بين" between, "عبر" via; words.tsv
    `ambiguous_cue`): it needs a subject or a verb's reading, and its content close."""
    return v.lexicon.has("ambiguous_cue", match_key(hit.form.lemma))


def seat(v: DocView, k: int, hit: CueHit) -> bool:
    """ "التي تتخذ من لاهاي مقرا لها": a headquarters, not "acknowledging"."""
    return (
        hit.form.participle
        and v.is_("seat", k)
        and k + 1 < v.n
        and v.keys[k + 1] in ("له", "لها", "لهم")
    )


def hides_own_name(v: DocView, k: int) -> bool:
    """ "طالبا عدم نشر اسمه"، "رافضا الكشف عن هويته": token k asks that the source's name
    stay unsaid, or is the disclosure asked against (words.tsv `disclosure`, `own_name`);
    neither reports anything."""
    j = k if v.is_("disclosure", k) else k + 1 + (k + 1 < v.n and v.keys[k + 1] == "عدم")
    if not v.is_("disclosure", j):
        return False
    j += 1 + (j + 1 < v.n and v.keys[j + 1] in ("عن", "الى"))
    return v.is_("own_name", j)


def entity_spans(v: DocView) -> list[tuple[int, int, str]]:
    """Token spans `[a, b)` of the entity layer's entities (none without it)."""
    if "entities" not in v.memo:
        spans: list[tuple[int, int, str]] = []
        if v.entity_at is not None:
            for k in sorted(v.entity_at):
                e = v.entity_at[k]
                if spans and v.entity_at.get(k - 1) is e:
                    spans[-1] = (spans[-1][0], k + 1, e.label)
                else:
                    spans.append((k, k + 1, e.label))
        v.memo["entities"] = spans
    return v.memo["entities"]


def in_title(v: DocView, k: int) -> bool:
    return bool(v.doc.title) and v.para_of[k] == 0


def scan_limit(v: DocView, k: int) -> int:
    """Where the search for a cue's content ends: its sentence, or the end of a
    quotation that opens in it."""
    return min(max(v.sentence_end(k), v.region_reach[k]), v.para_end(k))


def finite_verb(v: DocView, j: int) -> bool:
    """A verb that has a subject: a cue that is no participle, a bare verb, or a
    feminine past ("رفضت"، "قدمت": "رفضوا" is as common)."""
    if not v.word(j) or v.definite[j] or v.entity_label(j) is not None:
        return False
    hit = v.cue(j)
    if hit is not None:  # not "عبر تويتر" (via)
        return not hit.form.participle and not ambiguous(v, hit)
    if verb_alone(v, j):
        return True
    stem = v.stems[j]
    return (
        len(stem) > 3
        and stem.endswith("ت")
        and not v.is_("title", j)
        and v.freq.get(stem[:-1] + "وا", 0) >= VERB_MIN_FREQ
    )


def verb_free(v: DocView, phrase: Phrase) -> Phrase | None:
    """The phrase without a finite verb after its noun, since a verb is never a
    speaker: a lone verb is none ("ولم يشر البيان … لكنه قال": the verb, not its
    subject), and a verb after the noun ends it ("أظهر مسح نشرت نتائجه": the survey,
    not "مسح نشرت")."""
    if _verb(v, phrase.start) and phrase.end - phrase.start == 1:
        return None  # a verb with words after it is read with its subject ("هاجم البرلماني")
    for i in range(phrase.start + 1, phrase.end):
        # a title takes a genitive, whatever verb it spells ("رئيس قسم الأبحاث"), and
        # so does a bare noun before a word mostly read as a noun ("حراس أمن مستشفى")
        if _verb(v, i) and not v.is_("title", i - 1) and not genitive_noun(v, i):
            kept = (phrase.name, phrase.group)
            if any(span is not None and span[1] > i for span in kept):
                return phrase  # the cut would split its name or group: the reading stands
            return replace(phrase, end=i)
    return phrase


def _verb(v: DocView, i: int) -> bool:
    # A function word spelt like a verb is none ("تقرير غير مؤكد": غير, not غيّر). The
    # name reader takes "يشر" of "ولم يشر" for a name: after "لم" it is a verb.
    if v.is_("function", i):
        return False
    return finite_verb(v, i) or (v.word(i) and v.is_("verb_particle", i - 1))


def speaks(v: DocView, phrase: Phrase) -> bool:
    """A possessor that can say something: a name, a titled or anonymous source, a body."""
    named = phrase.name is not None and v.entity_label(phrase.name[0]) is not None
    return (
        named
        or phrase.title
        or phrase.anonymous
        or v.is_("source_head", phrase.start)
        or v.entity_label(phrase.start) is not None
    )
