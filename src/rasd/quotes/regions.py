"""Quoted regions: which are names or titles (حزب "…") rather than speech, which
name the speaker ("مساعد المدير "خالد البلوي"؛ أن"), which a cue introduces,
which say what a cue's object was called (وصفه بـ"…"), and the quotation just
before a point.
"""

from __future__ import annotations

from rasd.quotes.clues import ambiguous
from rasd.quotes.marks import Region
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.state import CONTINUATION_MIN_WORDS, NAME_MAX_WORDS, SCARE_MAX_WORDS, State
from rasd.quotes.view import CueHit, DocView
from rasd.text.normalize import match_key

DESCRIBED_GAP = 8  # tokens of an object before "بـ "…"" that says what it was called


def region_words(v: DocView, r: int) -> int:
    reg = v.regions[r]
    return sum(1 for k in range(reg.first, reg.last) if v.word(k) or v.tokens[k].kind == "number")


def is_name_region(v: DocView, r: int) -> bool:
    """A quoted name or title: right after a naming word (باسم "…", حزب "…"), or an
    acronym spelled in letters (words.tsv `spelled_letter`)."""
    reg = v.regions[r]
    if reg.opener is None:
        return False
    # A long quotation after a naming word is speech, unless it was never closed
    # (حزب "القوات اللبنانية، … with the closing mark forgotten).
    before = reg.opener - 1
    long = reg.closer is not None and region_words(v, r) > NAME_MAX_WORDS
    if long and not _titled(v, before):
        return False  # "بعنوان "…""، "الموسومة بـ"…"" name a title of any length
    if v.punct(before, ":") or before < 0:
        return False
    if v.is_("naming", before) or v.is_("held_at", before):
        return True
    if _letters_after_medium(v, reg, before):
        return True
    if v.keys[before] == "ل":
        return True  # "لـ"الوطن"": told to a newspaper
    # "المعروف بـ "…"": the naming word before a lone preposition.
    return v.keys[before] == "ب" and v.is_("naming", before - 1)


def _titled(v: DocView, before: int) -> bool:
    """A titling word right before the quotation, or before its lone "بـ"."""
    if before >= 0 and v.keys[before] == "ب":
        before -= 1
    return v.is_("titled", before)


def _letters_after_medium(v: DocView, reg: Region, before: int) -> bool:
    """ "مع شبكة "سي إن بي سي""، "وتشير "بي أن" إلى": an acronym spelled in letters after
    a medium's noun or a cue is the medium's name; after a speaker's name it may be
    his employer ("مراسل "سي إن إن""), which quoted_subject reads."""
    if reg.closer is None or not (v.spelled_letter(reg.first) and v.spelled_letter(reg.first + 1)):
        return False
    return v.medium(before) or v.cue(before) is not None


def quoted_subject(v: DocView, k: int, phrase: Phrase | None) -> Phrase | None:
    """The speaker whose name is quoted: "مساعد المدير "خالد البلوي"؛ أن", "وأكد "البلوي" أن"."""
    at = phrase.end if phrase is not None else k + 1
    r = v.region_opening(at)
    if r is None or not names_the_subject(v, r, k, at):
        return None
    if phrase is not None and phrase.name is not None and is_name_region(v, r):
        # "أحمد خالد موسى مخرج مسلسل "أبو عمر المصري"": the work's name, after a
        # speaker already named.
        return None
    reg = v.regions[r]
    if not any(v.word(j) for j in range(reg.first, reg.last)) or reg.closer is None:
        return None
    start = phrase.start if phrase is not None else reg.opener
    return Phrase(start, reg.closer + 1, name=(reg.first, reg.last), title=phrase is not None)


def names_the_subject(v: DocView, r: int, cue: int, start: int) -> bool:
    """ "أوضح مساعد المدير "خالد البلوي" أن …", "وأكد "البلوي" أن": a short quotation
    right after the cue or its speaker and right before the complementizer is the
    speaker's name, not what was said; so is a quoted number ("156")."""
    reg = v.regions[r]
    if not any(v.word(j) for j in range(reg.first, reg.last)):
        return True
    if reg.closer is None or reg.opener not in (start, cue + 1):
        return False
    if region_words(v, r) > NAME_MAX_WORDS:
        return False
    if (
        reg.opener == cue + 1
        and not v.cue(cue).form.participle
        and one_name(v, reg.first, reg.last)
    ):
        return True  # "وتعتبر "أدنوك للحفر" هي أكبر …": the verb's subject, named
    return before_complementizer(v, r)


def before_complementizer(v: DocView, r: int) -> bool:
    reg = v.regions[r]
    if reg.closer is None:
        return False
    after = reg.closer + 1
    while after < v.n and v.punct(after, "،,؛;"):
        after += 1
    return v.complementizer(after)


def introduced(v: DocView, r: int, start: int, cue: int) -> bool:
    """A short quotation is speech when it is introduced: right after the cue or its
    speaker, or after بـ / عن / a colon ("وصف البيان بـ "غير الأمين""); a short
    quotation after any other word completes that word ("مراسل "العربية"")."""
    before = v.regions[r].opener - 1
    if before < start:
        # Right after the cue it is speech; right after the speaker it is the
        # speaker's name ("مراسل "العربية"", "مؤسسة النقد العربي السعودي "ساما""),
        # unless the speaker is already named or a time closes the phrase.
        if region_words(v, r) < 2:
            return False  # not 'ماذا قال "رابح"'
        return before == cue or _object_after_speaker(v, r, cue, before)
    if v.punct(before, ":"):
        return True
    return v.keys[before] in ("ب", "عن", "بانه", "بانها") or v.complementizer(before)


def _object_after_speaker(v: DocView, r: int, cue: int, before: int) -> bool:
    """A short quotation after a speaker that is a name, after a time that ends the
    speaker's phrase ("انتقد البيت الأبيض الجمعة "الأفعال المتهورة"") or after the
    speaker of a cue that takes quotation marks only is the cue's object, not another
    name; one quoted word there ("قال بوتين "نعم"") is left out
    as after the cue itself."""
    reg = v.regions[r]
    hit = v.cue(cue)
    if (
        hit is None  # a verbal noun's possessor: "تصريحات ترامب "الودية""
        or "O" in hit.form.takes  # "يطالب إسرائيل "بضبط النفس"": its object
        or v.lexicon.has("describing", match_key(hit.form.lemma))  # "تعتبر لبنان "سلة غذاء""
        or one_name(v, reg.first, reg.last)
    ):
        return False
    if v.is_("time", before) or _quoted_only_object(v, reg, hit):
        return True
    entity = v.entity_at.get(before) if v.entity_at is not None else None
    return (
        entity is not None
        and entity.label in ("PER", "ORG", "LOC")
        and v.entity_at.get(reg.first) is not entity
    )


def _quoted_only_object(v: DocView, reg: Region, hit: CueHit) -> bool:
    """ "وشجب الأمير زيد … مفوض الأمم المتحدة "الانتهاكات المروعة"": a cue whose words are
    only ever quoted (cues.tsv "-") has no other complement the marks could stand for,
    whatever ends its speaker's phrase. Not when the quotation runs on into its noun
    phrase ("انتقد فيه "الإدارة المتطرفة" للرئيس …": only part of what was said), nor
    after a cue that is as often a common word ("نداءات عبر مكبرات الصوت "…"": via)."""
    return "-" in hit.form.takes and ends_clause(v, reg.closer) and not ambiguous(v, hit)


def describing_quote(v: DocView, r: int, start: int, hit: CueHit) -> bool:
    """A short quotation that says what the cue's object was called: after بـ or
    "بالقول" ("وصف الرئيس التركي النساء اللاتي لسن أمهات بال "ناقصات""، "أجاب ترامب
    بالقول "سوف نرى""), or ending the clause of a cue of describing ("واعتبر تنظيم
    النسل "خيانة""), with the object between and no punctuation but a comma."""
    reg = v.regions[r]
    before = reg.opener - 1
    if (
        reg.opener == start
        and reg.closer is not None
        and _names_its_object(v, hit)
        and (v.cue(before) is None or judged(v, hit, Phrase(start, start)))
    ):
        # "التي تعتبرها الحكومة التركية "جماعة إرهابية""، "تصنفهم أنقرة "إرهابيين"": the
        # object pronoun is what the quotation names, after the cue's subject.
        return True
    if before < start or reg.closer is None:
        return False
    if any(v.punct(j) and not v.punct(j, "،,") for j in range(start, reg.opener)):
        return False
    if before - start > DESCRIBED_GAP:
        # "وصف الشيخ السديس، الرئيس العام …، ولي العهد …، بـ"الشاب الطموح"": a cue of
        # describing keeps its "بـ" however long the object and its asides.
        return (
            v.keys[before] in ("ب", "بال")
            and v.lexicon.has("describing", match_key(hit.form.lemma))
            and not any(v.cue(j) is not None for j in range(start, before))
        )
    if v.keys[before] in ("ب", "بال", "بالقول"):
        return True
    return ends_clause(v, reg.closer) and v.lexicon.has("describing", match_key(hit.form.lemma))


def ends_clause(v: DocView, closer: int | None) -> bool:
    """The closing mark ends its clause: a stop, a comma or "و" follows."""
    if closer is None:
        return False
    after = closer + 1
    return after >= v.n or v.punct(after, ".،,؛;") or v.keys[after] == "و"


def _names_its_object(v: DocView, hit: CueHit) -> bool:
    return hit.has_object and v.lexicon.has("describing", match_key(hit.form.lemma))


def named_object(v: DocView, hit: CueHit, phrase: Phrase | None) -> int | None:
    """The short quotation that ends the clause right after the object of a cue of
    describing with no object pronoun ("واعتبر تنظيم النسل "خيانة""، "التي تعتبر حركة
    حماس "منظمة إرهابية""): what the object was called."""
    if (
        phrase is None
        or hit.has_object
        or not v.lexicon.has("describing", match_key(hit.form.lemma))
    ):
        return None
    r = v.region_opening(phrase.end)
    if r is None or is_name_region(v, r) or region_words(v, r) > SCARE_MAX_WORDS:
        return None
    closer = v.regions[r].closer
    if closer is None or not any(v.word(j) for j in range(v.regions[r].first, closer)):
        return None
    return r if ends_clause(v, closer) else None


def judged(v: DocView, hit: CueHit, phrase: Phrase | None) -> bool:
    """ "الأمر الذي اعتبرته الرياض تدخلا في شؤونها": a cue of considering with its
    object pronoun and a subject after it states a judgement of what the pronoun
    stands for."""
    return (
        hit.has_object
        and phrase is not None
        and v.lexicon.has("considering", match_key(hit.form.lemma))
    )


def one_name(v: DocView, first: int, last: int) -> bool:
    """ "داعش" in quotation marks: a name the writer quotes, not words said."""
    entity = v.entity_at.get(first) if v.entity_at is not None else None
    return entity is not None and all(v.entity_at.get(j) is entity for j in range(first, last))


def quoted_name_before(v: DocView, i: int) -> Phrase | None:
    """The short quoted name whose closing mark is token i ("لكن "جيش الإسلام"،")."""
    r = v.region_at.get(i)
    if r is None or v.regions[r].closer != i:
        return None
    reg = v.regions[r]
    if not 0 < reg.last - reg.first <= NAME_MAX_WORDS or v.entity_label(reg.first) is None:
        return None
    return Phrase(reg.first, reg.last, name=(reg.first, reg.last))


def quotation_before(state: State, k: int, first: int, worded: bool = False) -> int | None:
    """The quotation that closes right before token k (a comma between) in its
    sentence (`first` opens it) and that no cue has claimed: one of a few words or more
    standing as a clause of its own (opening its sentence or after a comma), or any one
    when k names whose wording it is (`worded`); None when there is none."""
    v = state.view
    j = k - 1
    if j > first and v.punct(j, "،,"):
        j -= 1
    r = v.region_at.get(j)
    if r is None or j <= first or v.regions[r].closer != j or r in state.claimed:
        return None
    opener = v.regions[r].opener  # before `first` when a dot inside it split the sentence
    if opener is None:
        return None
    if worded:
        return r
    if opener > first and not v.punct(opener - 1, "،,"):
        return None  # "عبارات "الموت لأمريكا" و"…"": a quoted item of the sentence
    return r if region_words(v, r) >= CONTINUATION_MIN_WORDS else None
