"""Whether a cue's form is an act of speech here, or another reading of the same
letters: the passive (يُعتبر, يُعتقد), an impersonal present, تبيّن "it became
clear", "amounting to", "again", a thing that threatens or shows ("ما يشير إلى أن"),
a court that convicts, a common word (عبر "via", بين "among") that is no verb.
"""

from __future__ import annotations

from rasd.quotes.clues import ambiguous, speaks
from rasd.quotes.considered import bare_accusative, considered_thing, predicate_after_verb
from rasd.quotes.cue_complements import prepositional
from rasd.quotes.lexicon import DEMONSTRATIVES, RELATIVES
from rasd.quotes.regions import before_complementizer, quoted_subject, region_words
from rasd.quotes.speaker_words import Phrase, verbal_noun
from rasd.quotes.state import BUT_PRONOUN, CONTINUATION_MIN_WORDS, IN_IT, RELATIVE_GENDER
from rasd.quotes.subjects import relative_antecedent, subject_before
from rasd.quotes.view import CueHit, DocView
from rasd.text.normalize import match_key

_ONE = frozenset({"واحد", "واحده", "واحدة", "واحدا", "احد", "احدى", "احدي"})


def counted_among(v: DocView, cue: int, start: int, end: int, hit: CueHit) -> bool:
    """ "ويعتبر الراتب المرتفع أحد أبرز العوائق"، "وتعتبر تركمانستان من أكثر الدول
    انغلاقا"، "وتعتبر البرشاويات واحدة من أفضل زخات الشهب": the present of اعتبر with a
    word of rank (words.tsv `ranked_as`) where its content would start, or after "من"
    past its noun, is the passive "is considered, counted among": nobody's view."""
    if not v.lexicon.has("considering", match_key(hit.form.lemma)) or hit.form.participle:
        return False
    if not v.stems[cue].startswith(("ي", "ت")):
        return False
    if start < end and v.is_("ranked_as", start):
        return True
    for j in range(cue + 1, min(start + 1, end - 1)):
        if v.keys[j] == "من" and v.is_("ranked_as", j + 1):
            return True
        if v.keys[j] in _ONE and v.keys[j + 1] == "من":
            return True
    return False


def passive_participle(v: DocView, k: int, hit: CueHit) -> bool:
    """ "كما أنها متهمة بشن هجمات"، "وكانت روسيا متهمة بالتدخل": a participle written
    as its passive is (words.tsv `passive_alike`) of a cue that never goes without its
    object, followed at once by its preposition, is the passive "accused of": nobody
    speaks; the active one names whom it accuses first ("متهمة الولايات المتحدة بـ").
    So is a finite form of such a cue (`passive_finite`)."""
    if not hit.form.participle:
        return passive_finite(v, k, hit)
    return (
        v.is_("passive_alike", k)
        and k + 1 < v.n
        and not v.complementizer(k + 1)
        and prepositional(v, k + 1, hit.form.takes - {"N", "F"}, True)
    )


def passive_finite(v: DocView, k: int, hit: CueHit) -> bool:
    """ "بشعارات وصفت بأنها مسيئة"، "الأوضاع التي وصفت بأنها بلغت مرحلة حرجة"، "اتهم
    بالفساد": a finite form of a cue that never goes without its object (cues.tsv M:
    وصف، اتهم، نعت) with no object pronoun and its preposition right after it has no
    object, so it is the unvowelled passive (وُصفت، اتُّهم): what someone was called,
    not anyone's words. The active names whom it describes first, or carries them as a
    pronoun ("وصفها بأنها"، "وصف ترامب الاتفاق بأنه")."""
    return (
        "M" in hit.form.takes
        and not hit.has_object
        and k + 1 < v.n
        and prepositional(v, k + 1, hit.form.complements, True)
    )


def considered_as(
    v: DocView, k: int, hit: CueHit, first: int, p: int, phrase: Phrase | None
) -> bool:
    """ "وتعتبر هذه أول زيارة"، "يعتبر سفيراً رياضياً": a present cue of considering
    whose content opens right after the verb with a demonstrative or an indefinite
    accusative is the passive "يُعتبر" (is considered): the writer describes (a word of
    rank: counted_among). The active verb has a subject and then an object
    ("وتعتبر أنقرة الحزب منظمة إرهابية"). So is one opening its sentence with a
    thing after it ("ويعتبر التجنيس موضوعا شائكا": considered.considered_thing)."""
    if hit.form.participle or hit.form.gender == "p":
        return False
    if not v.lexicon.has("considering", match_key(hit.form.lemma)):
        return False
    if not v.stems[k].startswith(("ي", "ت")):
        return False
    if considered_thing(v, k, first, p, phrase):
        return True  # "ويعتبر التجنيس موضوعا شائكا": a thing after the verb
    if not hit.has_object and predicate_after_verb(v, k, phrase, subject_before(v, k)):
        return True  # "… يعتبر شيئا مهما": the phrase is what the noun before is
    if first != p:
        return False
    if phrase is not None:
        # "التحالف … يعتبر الميناء ممرا"، "ويعتبر الخبراء هذه الخطوة تصعيدا": the
        # subject stood before, and the phrase is the object of the active verb;
        # "وتعتبر الصادرات طوق النجاة لمصر": a bare noun right after a subject that
        # cannot speak is what it is considered.
        # "الولايات المتحدة التي تعتبر الحزب منظمة ارهابية": the relative's antecedent
        # is the subject.
        after_relative = k > 0 and v.keys[k - 1] in RELATIVES
        return (
            _bare_predicate(v, first)
            and not after_relative
            and not speaks(v, phrase)  # "وتعتبر أنقرة حزب الاتحاد الديمقراطي منظمة"
            and subject_before(v, k) is None
        )
    if v.keys[first] in DEMONSTRATIVES:
        return True  # "وتعتبر هذه أول زيارة"
    return bare_accusative(v, first)


def considered_after_subject(v: DocView, k: int, hit: CueHit) -> bool:
    """ "وكانت المقامرة تعتبر سلوكا قهريا": a present cue of considering with no
    object pronoun and an indefinite accusative right after it is the passive "تُعتبر"
    (is considered), so the noun before it is what is considered, not its subject.
    The active names the one it considers first ("كانت أنقرة تعتبر الحزب منظمة")."""
    return (
        not hit.form.participle
        and not hit.has_object
        and v.lexicon.has("considering", match_key(hit.form.lemma))
        and v.stems[k].startswith(("ي", "ت"))
        and k + 1 < v.n
        and bare_accusative(v, k + 1)
    )


def _bare_predicate(v: DocView, j: int) -> bool:
    """An indefinite noun in the nominative ("نافذة"، not "ممرا"), no name, and no أن
    right after it (the end of a subject cut short: "دعاة التوسع في صناعة السيارات
    ذاتية القيادة أن")."""
    that_follows = any(v.complementizer(i) for i in range(j + 1, min(j + PREDICATE_REACH, v.n)))
    return (
        not that_follows
        and v.word(j)
        and not v.proclitics[j]
        and not v.definite[j]
        and not v.enclitic[j]
        and not v.keys[j].endswith("ا")
        and v.keys[j] not in DEMONSTRATIVES
        and v.entity_label(j) is None
        and not v.complementizer(j)
        and v.cue(j) is None
    )


PREDICATE_REACH = 4  # tokens after a bare predicate in which an أن shows it was none


def amounting(v: DocView, k: int, hit: CueHit) -> bool:
    """ "زيادة قدرها 917 مليون دولار": a cue that is also a common word, with its object
    pronoun and then a number, is "amounting to"; no number estimates or says."""
    return ambiguous(v, hit) and hit.has_object and k + 1 < v.n and v.tokens[k + 1].kind == "number"


def that_opens(v: DocView, p: int, first: int) -> bool:
    """Content that opens with أن/إن (a quotation may follow it: "وبين انه "ستستعمل …"")
    at p or after an aside ("وبين العياري في تصريح للتلفزة الوطنية، ان")."""
    near = first - p <= 2 or v.keys[p] == "في" or v.punct(p, "،,")
    return near and any(v.complementizer(j) for j in range(max(p, first - 2), first + 1))


_WHO = frozenset({"من", "ومن"})


def impersonal_belief(v: DocView, k: int, hit: CueHit) -> bool:
    """A present verb of believing or expecting right before its أن ("ويعتقد أن"،
    "التي يتوقع أن تستغرق عامين") is read as the unvowelled passive
    يُعتقد / يُتوقع: what is believed, not what anyone said (words.tsv `belief`)."""
    key = v.keys[k]
    if v.proclitics[k] or (key[:1] in "وف" and key not in v.lexicon.cues):
        key = key[1:] if key[:1] in "وف" else key
    return (
        not hit.form.participle
        and hit.form.gender == "m"
        and key[:1] == "ي"
        and v.complementizer(k + 1)
        and v.keys[k - 1] not in _WHO  # "ثمة من يتوقع أن": "who" is its subject
        and v.lexicon.has("belief", match_key(hit.form.lemma))
    )


def it_turned_out(v: DocView, k: int, hit: CueHit, phrase: Phrase | None) -> bool:
    """ "وتبين أن له سوابق"، "ثم تبين لاحقا أنه …"، "وبفحصها تبين أن"، "تبين لها أن": a
    feminine present that is also the past of an intransitive verb (words.tsv
    `turned_out`: تبيّن, it became clear) is that past when no subject follows it nor
    stands right before it ("الدراسات تبين أن" shows): what was found, not anyone's
    words."""
    key = v.keys[k]
    joined = key[:1] in "وف" and key not in v.lexicon.cues
    bare = key[1:] if joined else key
    if hit.form.participle or not v.lexicon.has("turned_out", bare):
        return False
    if phrase is not None and phrase.start > k:
        # "تبين لها أن": it became clear to her; "وتبين الوثائق أن": they show.
        return _governed(v, phrase.start, "ل")
    return joined or v.proclitics[k] != "" or not _subject_right_before(v, k - 1)


def _subject_right_before(v: DocView, j: int) -> bool:
    """A name or a definite noun at j that no preposition governs ("الدراسات"، not
    "وبفحصها"، "من النيابة"، "التي")."""
    if j < 0 or not v.word(j) or v.keys[j] in RELATIVES:
        return False
    if _governed(v, j, "بل") or (j > 0 and v.keys[j - 1] in _GOVERNING):
        return False
    return v.definite[j] or v.name_like(j)


_GOVERNING = frozenset({"من", "في", "على", "عن", "الى", "مع", "بعد", "قبل", "عند"})
# Written forms of a preposition joined to its noun where the word reader leaves
# them on the key: "وبفحصها"، "للواعين"، "لها".
_JOINED = {"ب": ("وب", "فب"), "ل": ("لل", "له", "لها", "لهم")}


def _governed(v: DocView, j: int, letters: str) -> bool:
    """Token j has one of the prepositions `letters` joined to it."""
    if any(c in v.proclitics[j] for c in letters):
        return True
    key = v.keys[j]
    return any(key.startswith(_JOINED[c]) for c in letters if c in _JOINED)


def renews(v: DocView, k: int, hit: CueHit) -> bool:
    """ "…، مجددا دعوته إلى"، "…، مجددا التأكيد على": a participle that is also an
    adverb is a cue after a comma and before a verbal noun with its pronoun or the
    cue's complement; after a verb or its object it is the adverb ("هاجم مجددا
    شركاءه": attacked again)."""
    j = k + 1
    return (
        j < v.n
        and v.punct(k - 1)
        and (
            v.enclitic[j] or verbal_noun(v, j) or v.complementizer(j) or v.keys[j] in hit.form.takes
        )
    )


def thing_acts(v: DocView, k: int, hit: CueHit, phrase: Phrase | None) -> bool:
    """ "الأمر الذي يهدد بوقف النمو"، "العقوبات تهدد بتسديد ضربة": the subject of a
    present form, after the verb or before it, is a thing that threatens; nobody
    speaks. The past tells of people ("هدد الاثنان بالتصدي"), and so does a message
    that threatens ("فيديو … يهدد فيه عناصر من التنظيم بإعدام")."""
    in_it = k + 1 < len(v.keys) and v.keys[k + 1] in IN_IT
    if in_it or not v.stems[k].startswith(("ي", "ت")):
        return False
    if phrase is None:
        phrase = subject_before(v, k) or relative_antecedent(v, k, hit.form.gender)
    return phrase is not None and not speaks(v, phrase)


def what_shows(v: DocView, k: int, hit: CueHit, phrase: Phrase | None) -> bool:
    """ "ارتفعت المبيعات قليلا بما يشير إلى أن الطلب ظل فاترا"، "وهو ما يؤكد أن أنقرة
    تحاول": a present form right after the relative "ما" (words.tsv `shown_by_what`)
    with no subject of its own tells what a fact shows; nobody speaks. Not "غالبا ما
    يشير" (often, words.tsv `often_before_what`) nor "بحسب ما تشير" (as one says)."""
    if phrase is not None or hit.form.participle or k < 1:
        return False
    if v.proclitics[k] or v.enclitic[k] or not v.stems[k].startswith(("ي", "ت")):
        return False  # "وهو ما تعتبره عرب سات إساءة": a judge named after the verb
    if not v.is_("shown_by_what", k - 1):
        return False
    bare = v.keys[k - 1] == "ما"
    return not bare or not (
        v.is_("often_before_what", k - 2) or v.is_("unjudged_before_what", k - 2)
    )


def mute_subject(v: DocView, k: int, hit: CueHit, phrase: Phrase | None) -> bool:
    """ "وتشير الزيارة إلى تحركات"، "يكشف مقتل X عن وجه خفي"، "الوقائع تؤكد أن": the
    subject of a present form of a cue that can mean "show" (words.tsv `showing`), after
    the verb, before it, or a relative antecedent, is an event, a sign or an object
    (words.tsv `mute_subject`); nobody speaks. Protests still demand ("تطالب
    المظاهرات بإغلاق")."""
    if not v.lexicon.has("showing", match_key(hit.form.lemma)):
        return False
    in_it = k + 1 < len(v.keys) and v.keys[k + 1] in IN_IT
    if in_it or hit.form.participle or not v.stems[k].startswith(("ي", "ت")):
        return False
    if phrase is None:
        phrase = subject_before(v, k) or relative_antecedent(v, k, hit.form.gender)
    return phrase is not None and v.is_("mute_subject", phrase.start)


_BODY = match_key("هيئة")  # "هيئة محلفين": a body whose next word says what it is


def court(v: DocView, phrase: Phrase) -> bool:
    """A court, the judiciary or a jury ("هيئة محلفين في لندن")."""
    start = phrase.start
    jury = v.keys[start] == _BODY and start + 1 < phrase.end
    return v.is_("court", start) or (jury and v.is_("court", start + 1))


def documents(v: DocView, phrase: Phrase) -> bool:
    """A subject that can state findings: a study, survey, report or figures."""
    return any(v.is_(c, phrase.start) for c in ("study", "source_head", "cited_source"))


def read_as_verb(v: DocView, k: int, p: int, takes: frozenset[str]) -> bool:
    """A cue that is also a noun (طالب: student, كتب: books) with no subject after
    it is the verb when its complement follows at once and its subject is before it
    ("صحيفة العربي الجديد كتبت إن") or a conjunction makes it a verb ("كما طالب
    بوضع…", "وكتبت أن")."""
    if k > 0 and v.entity_label(k - 1) == "PER" and not v.proclitics[k]:
        return True  # "إليسا طلبت من الحلاق أن": right after a person's name
    if p >= len(v.keys):
        return False  # the cue closes the text: nothing follows it
    if _quoted_subject_then_complement(v, k, p):
        return True  # "وذكرت "يوروكونترول" أن …": a named subject, then what it said
    complement = (
        v.complementizer(p) or prepositional(v, p, takes - {"N"}, True) or _speech_follows(v, p)
    )
    if not complement:
        return False
    conjoined = (
        bool(v.proclitics[k])
        or (v.keys[k][:1] in "وف" and v.keys[k] not in v.lexicon.cues)  # "وبين" left whole
        or (k > 0 and v.keys[k - 1] in ("كما", "ثم"))
        or (k > 0 and v.keys[k - 1] in RELATIVE_GENDER)  # "المظاهرات التي تطالب بـ…"
        or (k > 0 and v.keys[k - 1] in _BEFORE_VERB)  # "وكانت ماي، قد عبرت عن"
    )
    return conjoined or subject_before(v, k) is not None


def _quoted_subject_then_complement(v: DocView, k: int, p: int) -> bool:
    """A quoted name right after the cue and right before a complementizer is the
    verb's subject ("وذكرت "يوروكونترول" أن"), so the cue is the verb, not a noun."""
    r = v.region_opening(p)
    return (
        r is not None
        and p == k + 1
        and quoted_subject(v, k, None) is not None
        and before_complementizer(v, r)
    )


def _speech_follows(v: DocView, p: int) -> bool:
    """ "وتابع: "…"", "وتابع "ستوفر هذه الوجهة …"": a colon or a sentence in quotation
    marks; the preposition reads "عبر "تويتر"" with a quoted name, never a colon."""
    if v.punct(p, ":"):
        return True
    r = v.region_opening(p)
    return r is not None and region_words(v, r) >= CONTINUATION_MIN_WORDS


def via(v: DocView, k: int, hit: CueHit, first: int) -> bool:
    """ "أطلقت حملة واسعة عبر وسائل الإعلام من أجل «الحفاظ على أمن واستقرار البلاد»":
    عبر is the verb "expressed" only with عن before what was said ("وعبر الوزير عن
    أمله"); without it, it is the preposition "via" and the quoted words a slogan's."""
    if match_key(hit.form.lemma) != "عبر" or hit.form.participle:
        return False
    return all(v.keys[j] != "عن" for j in range(k + 1, first + 1))


def impersonal_present(v: DocView, k: int) -> bool:
    """A present cue with no subject said: impersonal ("يشير إلى أن"), unless "لكن"
    carries its subject ("لكنه يقول إنه لا يزال ملتزما"), which names someone."""
    return v.keys[k].startswith(("ي", "وي")) and not (k > 0 and v.keys[k - 1] in BUT_PRONOUN)


# Words only a verb follows: "قد"، and "لكن" carrying the verb's subject ("لكنه يرد بأنه").
_BEFORE_VERB = frozenset({"قد", "وقد", "فقد", "لقد"}) | BUT_PRONOUN
