"""A judgement with the cue's object pronoun: "وهو ما اعتبره الوزير انتهاكا للقانون"،
"في خطوة يعتبرها مراقبون غطاءً لأطماع تركية"، "الذي تعتبره الحكومة المصرية "مشروعا
قوميا"". The pronoun stands for what was judged, the subject follows the verb, and
the indefinite accusative after the subject is the judgement: what was said. The speaker
phrase read after the verb would run on into it ("مراقبون غطاءً لأطماع تركية"), and
the adverbial skip would pass it ("اعتبره المحللون مخالفا لحقيقة …").
"""

from __future__ import annotations

from dataclasses import replace

from rasd.quotes.participle_nouns import with_noun
from rasd.quotes.speaker_words import Phrase, accusative
from rasd.quotes.view import CueHit, DocView
from rasd.text.normalize import match_key

MIN_PREDICATE_CHARS = 4  # "أمرا"; shorter words ending in ا are particles or pronouns


def _judges_after(v: DocView, hit: CueHit) -> bool:
    return hit.has_object and v.lexicon.has("judging_after", match_key(hit.form.lemma))


def aside_judgement(v: DocView, k: int, hit: CueHit) -> bool:
    """A `judging_after` judgement ("وهو ما يراه مراقبون محاولة") is the writer's aside:
    its subject is no speaker a later cue ("مضيفا") goes on with."""
    return _judges_after(v, hit) and v.judged_antecedent(k)


def bare_judgement(v: DocView, phrase: Phrase | None, first: int) -> bool:
    """What an aside judgement says opens, after its subject, with an indefinite word
    ("يراه مراقبون محاولة"، "يراها محللون رفضا"): not with a definite one, the end of
    a construct read as content ("ما يراه أعتى المتشددين لهذا الاتفاق"), nor with أن,
    which رأى takes without a pronoun ("يراه أن")."""
    if phrase is None or first >= v.n:
        return False  # "حول ما يرونه صحيحاً": the unsaid judge is no one read here
    if v.region_at.get(first) is not None:
        return True
    return not (v.definite[first] or v.proclitics[first] or v.complementizer(first))


def judging(v: DocView, k: int, hit: CueHit) -> bool:
    """A cue of judging (words.tsv `judging`) carrying its object pronoun, or one that
    judges only after what stands for the thing judged (`judging_after` after
    `judged_antecedent`: "وهو ما يراه مراقبون محاولة"، "فيما يراها محللون رفضا"):
    elsewhere رأى sees ("لا تراه ذاهبا إلى المسجد")."""
    if not hit.has_object:
        return False
    return v.lexicon.has("judging", match_key(hit.form.lemma)) or aside_judgement(v, k, hit)


def as_judgement(v: DocView, k: int, hit: CueHit) -> CueHit:
    """A cue of `judging_after` that judges here takes the bare judgement (N) as
    what was said, as اعتبر does; elsewhere it takes only its complementizer, but for
    a participle that states a claim with a verbal noun (`participle_nouns`)."""
    if "N" in hit.form.takes or not judging(v, k, hit):
        return with_noun(v, k, hit)
    return replace(hit, form=replace(hit.form, takes=hit.form.takes | {"N"}))


def judged_subject(v: DocView, k: int, hit: CueHit, phrase: Phrase | None) -> Phrase | bool | None:
    """The subject phrase cut before the judgement it ran into; False when the phrase
    opens with the judgement (the subject stood before the verb: "وهي تعتبرها امتدادا
    لحزب العمال"); the phrase itself when nothing is to cut."""
    if phrase is None or not judging(v, k, hit):
        return phrase
    for j in range(phrase.start, phrase.end):
        if _predicate_word(v, j) or (j > phrase.start and _after_sound_plural(v, j)):
            r = v.region_at.get(j)
            if r is not None and v.regions[r].opener is not None:
                j = v.regions[r].opener  # "تعتبره الحكومة "مشروعا قوميا"": the quotation
            if j <= phrase.start:
                return False
            name = phrase.name
            if name is not None and name[1] > j:
                name = (name[0], j) if name[0] < j else None
            return replace(phrase, end=j, name=name)
    return phrase


def _predicate_word(v: DocView, j: int) -> bool:
    """An indefinite accusative: written with its tanween ("غطاءً") or ending in the
    alef of one ("أمرا"، "محاولة" is not one, but "مخالفا"، "انتهاكا" are), with no
    proclitic, article or name."""
    if v.proclitics[j] or v.definite[j] or v.entity_label(j) is not None:
        return False
    if accusative(v, j):
        return True
    key = v.keys[j]
    return (
        key.endswith("ا")
        and len(key) >= MIN_PREDICATE_CHARS
        and not v.is_("function", j)
        and not key.endswith(("ها", "نا", "هما"))
    )


def judgement_start(v: DocView, k: int, hit: CueHit, p: int, p2: int) -> int:
    """Where what was said starts after the subject: at the judgement among the words
    the adverbial skip passed ("اعتبره المحللون مخالفا لحقيقة …": an accusative reads
    as an adverb of manner), else where the skip stopped."""
    if not judging(v, k, hit):
        return p2
    return next((j for j in range(p, p2) if _predicate_word(v, j)), p2)


def _after_sound_plural(v: DocView, j: int) -> bool:
    """ "وهو ما يعتبره مراقبون محاولة للإيحاء …": a sound plural with its ن ("مراقبون"،
    "محللين") heads no genitive, so an indefinite noun after it that is no agreeing
    adjective (no ون/ين of its own) starts the judgement."""
    before, key = v.keys[j - 1], v.keys[j]
    return (
        before.endswith(("ون", "ين"))
        and not v.definite[j - 1]
        and not v.proclitics[j]
        and not v.definite[j]
        and not key.endswith(("ون", "ين"))
        and v.entity_label(j) is None
        and not v.is_("function", j)
    )
