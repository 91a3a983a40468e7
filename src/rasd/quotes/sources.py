"""The source of an attribution (بحسب X، وفقا لـ X، نقلا عن X، في بيان صادر عن X):
who X is, where its clause ends, and the attribution before a cue that gives a
subjectless verb its speaker.
"""

from __future__ import annotations

from rasd.quotes.circumstances import audience_at
from rasd.quotes.clues import speaks, verb_free
from rasd.quotes.issued_findings import issued_study, latest_findings
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.regions import is_name_region
from rasd.quotes.relays import FROM_HIM, RELAY, relayed
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.state import NAME_MAX_WORDS, STATED
from rasd.quotes.stated_documents import study_author
from rasd.quotes.told_names import past_outlet_mark, told_body_end
from rasd.quotes.view import CueHit, DocView

ATTRIBUTION_REACH = 60  # tokens back from a cue to an attribution that gives its subject


def names_wording(v: DocView, a: int) -> bool:
    """ "وفق تعبير"، "بحسب تعبير": the attribution at a names someone's wording."""
    i = a + 1 if v.keys[a + 1 : a + 2] != ["ل"] else a + 2
    return v.is_("wording", i)


def _past_wording(v: DocView, a: int, i: int) -> int:
    """ "بحسب تعبير علي عمار": the source starts after the wording noun at i, wherever
    the entity layer's name starts (a name read as the noun's genitive is no source)."""
    return i + 1 if i == a + 1 + (v.keys[a + 1 : a + 2] == ["ل"]) and names_wording(v, a) else i


def _stated_in(v: DocView, i: int, end: int) -> int:
    """ "بحسب ما جاء في بيان الهيئة"، "وفق ما ورد في تقرير لوزارة …": where the
    statement's author begins (after the statement and a ل), or 0 when none is named."""
    if i + 3 >= end or v.keys[i] not in STATED or v.keys[i + 1] != "في":
        return 0
    statement = i + 2
    if not v.is_("situation", statement) or v.enclitic[statement]:
        return 0
    return statement + 1 + (v.keys[statement + 1] == "ل")


def _stated_study(v: DocView, a: int, i: int, end: int) -> tuple[Phrase, int] | None:
    """ "حسب ما جاء في البحث، قد شهدت …": a study with the article and no author is the
    source of its findings, as after "وجاء في" (`stated_documents.study_author`); not
    after "على" ("سلطت الضوء على ما ورد في التقرير": what the verb before is about)."""
    if v.keys[a] == "على" or i + 2 >= end or v.keys[i] not in STATED or v.keys[i + 1] != "في":
        return None
    study = study_author(v, i + 2, end)
    return None if study is None else (study, study.end)


def attribution_before(v: DocView, k: int) -> Phrase | None:
    """ "بحسب مصادر …، فإن …، وأشارت إلى …": a verb without a subject after an
    attribution in its sentence has the attributed source as its subject."""
    first = v.sent_bounds[v.sent_of[k]][0] if v.sent_of[k] >= 0 else 0
    for a in range(max(first, k - ATTRIBUTION_REACH), k):
        if v.is_("attribution", a) and a not in v.region_at:
            found = attributed_source(v, a, k)
            if found is not None:
                return found[0]
    return None


def feminine_attribution_before(v: DocView, k: int, hit: CueHit) -> Phrase | None:
    """ "وبحسب مصادر ميدانية، فإن …. وأفادت أن …": a feminine verb opening its
    sentence continues the source attributed in the sentence before when that source
    agrees with it (a feminine head, or a plural of things with a feminine adjective),
    not an earlier masculine speaker."""
    s = v.sent_of[k]
    if hit.form.gender != "f" or s < 1 or v.sent_bounds[s][0] != k:
        return None
    first, end = v.sent_bounds[s - 1]
    for a in range(first, min(end, first + 3)):
        if v.is_("attribution", a) and a not in v.region_at:
            found = attributed_source(v, a, end)
            if found is not None and found[0].name is None and _agrees_feminine(v, found[0]):
                return found[0]
    return None


def _agrees_feminine(v: DocView, phrase: Phrase) -> bool:
    """A phrase a feminine verb agrees with: its head or the adjective after it ends
    in ة ("الوزارة"، "مصادر ميدانية")."""
    last = min(phrase.end, phrase.start + 2)
    return any(v.stems[i].endswith("ة") for i in range(phrase.start, last))


def attributed_source(v: DocView, a: int, end: int) -> tuple[Phrase, int] | None:
    i = a + 1
    if v.keys[i : i + 1] == ["ل"]:
        i += 1
    verb = -1  # the reporting verb between the attribution and its source, if any
    if i < end and v.keys[i] in ("ما", "لما") and _stated_in(v, i + 1, end):
        i = _stated_in(v, i + 1, end)  # before the cue test: "ورد" is also و + رد
    elif i < end and v.keys[i] in ("ما", "لما") and _stated_study(v, a, i + 1, end):
        return _stated_study(v, a, i + 1, end)
    elif i < end and v.keys[i] in ("ما", "لما") and i + 1 < end and _reporting_verb(v, i + 1):
        verb = i + 1
        i = _past_pronoun(v, i + 2, end)  # "بحسب ما قالته المعارضة"، "ما نشرت صحيفة"
    elif i < end and v.keys[a] == "حسبما" and _reporting_verb(v, i):
        verb = i
        i = _past_pronoun(v, i + 1, end)  # "حسبما أعلنت مصادر برلمانية"
    if verb >= 0:
        i = _past_told(v, i, end)  # "بحسب ما أكده للجوهرة أف أم، منذر بن الصادق"
    timed = _past_time(v, i, end) if verb >= 0 else i
    if timed > i:
        # "بحسب ما أعلنت، الأحد، اللجنة": when it was said stands between the verb
        # and its subject; without a source past it, read on as before.
        return _source_at(v, a, timed, end, verb) or _source_at(v, a, i, end, verb)
    return _source_at(v, a, i, end, verb)


TOLD_PLACE_WORDS = 2  # words of where the one told works ("لمراسل الجوهرة في المهدية،")


def _past_told(v: DocView, i: int, end: int) -> int:
    """Past whom a frame's verb told at i and a comma ("بحسب ما أكده للجوهرة أف أم،
    منذر بن الصادق"); i when no one told is named there. With no source after it
    ("وفق ما أكده لمراسلة الجوهرة أف أم.") the frame names none."""
    j = told_end(v, i, end)
    return j + 1 if j < end and v.punct(j, "،,") else j


def told_end(v: DocView, i: int, end: int) -> int:
    """One past whom a verb told at i (`told_names`), the outlet's marked name and
    where the one told works ("لمراسل الجوهرة أف أم في المهدية"، "لمراسلة (وات)"); i
    when no one told is named there."""
    j = audience_at(v, i, end) or told_body_end(v, i, end)
    if j is None:
        return i
    j = past_outlet_mark(v, j, end)
    if j < end and v.keys[j] == "في" and not v.proclitics[j]:
        stop = next((m for m in range(j + 1, min(end, j + 2 + TOLD_PLACE_WORDS)) if v.punct(m)), 0)
        j = stop if stop and v.punct(stop, "،,") else j
    return j


def frame_source(v: DocView, a: int, end: int) -> tuple[Phrase, int] | None:
    """The source the attribution at a gives its words: none named when its verb relays
    from a pronoun ("بحسب ما نقل عنه الكرملين"), whose referent spoke
    (`unsaid_sources`); the medium is still the subject a later verb takes
    (`attribution_before`)."""
    verb = frame_verb(v, a, end)
    if verb is not None and relays_from_pronoun(v, verb, end):
        return None
    return attributed_source(v, a, end)


def frame_verb(v: DocView, a: int, end: int) -> int | None:
    """The reporting verb of "بحسب ما أعلنت"، "حسبما قال" at the attribution a, if any."""
    i = a + 1 + (v.keys[a + 1 : a + 2] == ["ل"])
    if v.keys[a] == "حسبما":
        i = a + 1
    elif i < end and v.keys[i] in ("ما", "لما"):
        i += 1
    else:
        return None
    return i if i < end and _reporting_verb(v, i) else None


def _past_time(v: DocView, i: int, end: int) -> int:
    """One past the time words at i after the reporting verb of "بحسب ما", with a comma
    before and after them ("، الأحد،"، "مساء الثلاثاء"); i when no time word is there."""
    j = i + (i < end and v.punct(i, "،,"))
    k = j
    while k < end and v.is_("time", k) and v.keys[k] != "ب":
        k += 1
    if k == j:
        return i
    return k + (k < end and v.punct(k, "،,"))


def _source_at(v: DocView, a: int, i: int, end: int, verb: int) -> tuple[Phrase, int] | None:
    """The source of the attribution at a starting at i (past "ما" and its verb, if
    any), and where it ends."""
    if i < end and v.keys[i] == "عن":
        i += 1
    i = _past_wording(v, a, i)
    named = _quoted_source(v, i, end)
    if named is not None:
        return named, named.end
    phrase = noun_phrase(v, i, end, allow_proclitic=True)
    if phrase is None and i < end and v.keys[i] in v.family_names:
        # "بحسب هوك"، "فبحسب المقبل": the family name of someone named in full.
        phrase = Phrase(i, i + 1, name=(i, i + 1))
    if phrase is None:
        return None
    r = v.region_opening(phrase.end)
    if r is not None and is_name_region(v, r) and v.regions[r].closer is not None:
        phrase.end = v.regions[r].last + 1  # "حسب موقع «بيزنس انسايدر»"
    passed_on = _relayed_source(v, phrase.end, end, verb)
    if passed_on is not None:
        return passed_on
    author = _statement_author_after(v, phrase, end)
    if author is not None:
        return author, max(phrase.end, author.end)
    publisher = _publisher_after(v, phrase, end)
    if publisher is not None:
        return publisher, _published_clause_end(v, publisher.end, end)
    source = _before_published(v, phrase)
    head_ok = (
        source.name is not None
        or source.anonymous
        or source.title
        or v.is_("source_head", source.start)
        or v.is_("cited_source", source.start)
        or latest_findings(v, source.start)
        or (verb >= 0 and _verb_subject(v, source))
    )
    return (source, phrase.end) if head_ok else None


def _before_published(v: DocView, phrase: Phrase) -> Phrase:
    """ "حسب دراسة نشرت في مجلة …"، "وبحسب أرقام نشرت الثلاثاء": a verb with no object
    pronoun after the source's noun is its own relative clause (نُشرت, published), never
    part of who speaks (issue 12): the source is the noun before it, whose head the
    annotators list as the speaker's alias. "بيان أصدره دونالد ترامب الابن" keeps its
    verb: its pronoun is the statement, and the name after it is the author. Where the
    attributed words start is left where the whole phrase ended."""
    cut = verb_free(v, phrase)
    if cut is None or cut.end == phrase.end or v.enclitic[cut.end]:
        return phrase
    return cut


def _relayed_source(v: DocView, j: int, end: int, verb: int) -> tuple[Phrase, int] | None:
    """ "طبقا لما نقلت الصحيفة البريطانية عن المصدر الاستخباري"، "حسبما ذكرت وكالة
    إرنا نقلاً عن بيان من الحرس الثوري": the medium at the attribution only passed the
    words on; who said them is named after the relay's "عن" (cues.tsv عن*) or a
    "نقلا عن" right after the medium, as a relaying cue's speaker is (relays.py)."""
    hit = v.cue(verb) if verb >= 0 else None
    if hit is not None and RELAY in hit.form.takes:
        source = relayed(v, j, end)
        if source is not None and (speaks(v, source) or v.is_("cited_source", source.start)):
            return source, source.end
    k = j + (j < end and v.punct(j, "،,"))
    if _relaying(v, k, end):
        return attributed_source(v, k, end)
    return None


def _relaying(v: DocView, k: int, end: int) -> bool:
    """ "نقلا عن" at k: the words are relayed from the source after it."""
    return k + 1 < end and v.keys[k] == "نقلا" and v.keys[k + 1] == "عن"


def relay_source(v: DocView, k: int, end: int) -> Phrase | None:
    """The source of a "نقلا عن" at k, read as an attribution's ("نقلا عن بيان أصدرته
    الهيئة": the body that issued the statement)."""
    found = attributed_source(v, k, end) if _relaying(v, k, end) else None
    return None if found is None else found[0]


def relayed_aside(v: DocView, first: int, last: int, end: int) -> Phrase | None:
    """ "وذكرت رويترز، نقلا عن وكالة الأنباء السعودية الرسمية، أن …": "نقلا عن X"
    between a cue's subject and what it said makes the words X's (gold README), the
    subject only relayed them."""
    found = (relay_source(v, j, end) for j in range(first, last))
    return next((source for source in found if source is not None), None)


def relays_from_pronoun(v: DocView, verb: int, end: int) -> bool:
    """ "بحسب ما نقلت عنها شينخوا"، "وفق ما نقل عنه الكرملين": a relaying verb of the
    frame (cues.tsv عن*) whose "عن" carries a pronoun: the words are of the one the
    pronoun stands for, named before; the noun after it is the medium that relayed."""
    hit = v.cue(verb)
    return (
        hit is not None
        and RELAY in hit.form.takes
        and verb + 1 < end
        and v.keys[verb + 1] in FROM_HIM
    )


def _verb_subject(v: DocView, phrase: Phrase) -> bool:
    """ "، بحسب ما أوضحت النيابة.": right after the reporting verb of "بحسب ما", a
    definite noun is that verb's subject, so it said the words though no list names it
    (not a time word or a place of speaking: "بحسب ما قال اليوم")."""
    k = phrase.start
    return (
        # "بحسب ما أعلنت بيونغ يانغ": a name of any kind is the verb's subject too.
        (v.definite[k] or v.entity_label(k) is not None)
        and not v.proclitics[k]
        and not any(v.is_(c, k) for c in ("time", "situation", "function", "medium"))
    )


PUBLISHED_TAIL = 6  # tokens from a publisher to the comma or "فإن" closing its clause


def _publisher_after(v: DocView, phrase: Phrase, end: int) -> Phrase | None:
    """ "وفق حصيلة جديدة أوردها المرصد السوري"، "بحسب المعلومات التي نشرتها الوزارة":
    figures or a report with no name, then a verb of publishing with its pronoun (for
    them) and who published them: findings are their publisher's words."""
    if phrase.name is not None or phrase.title or phrase.anonymous:
        return None
    j = phrase.end + (phrase.end < end and v.keys[phrase.end] in RELATIVES)
    if j + 1 >= end or not v.is_("published", j) or not v.third_person[j]:
        return None
    author = _quoted_source(v, j + 1, end) or noun_phrase(v, j + 1, end)
    if author is None:
        return None
    # "نشرها الديوان الوطني للإحصائيات": right after the verb whose pronoun is the
    # figures, a definite noun is who published them, though no list names it.
    if not (speaks(v, author) or v.is_("cited_source", author.start) or _verb_subject(v, author)):
        return None
    return author


def _published_clause_end(v: DocView, i: int, end: int) -> int:
    """Where the words attributed start after "التي نشرتها الوزارة على موقعها، فإن …":
    at the comma or "فإن" closing the publisher's clause, else right after the
    publisher."""
    for j in range(i, min(end, i + PUBLISHED_TAIL)):
        if v.punct(j, "،,") or v.keys[j] in ("فان", "فانه", "فانها"):
            return j
        if v.punct(j) or v.complementizer(j) or v.cue(j) is not None:
            break
    return i


def _reporting_verb(v: DocView, i: int) -> bool:
    """After "بحسب ما": a cue ("قال") or another verb of telling or publishing
    ("نشرت"، "أوردت"، "قالته"), which a source then follows."""
    return v.cue(i) is not None or v.is_("published", i)


def _past_pronoun(v: DocView, i: int, end: int) -> int:
    """Past "عنه"، "إليه" after the verb of "بحسب ما كشفت عنه الأرقام"."""
    return i + 1 if i < end and v.is_("pronoun_object", i) else i


def _quoted_source(v: DocView, i: int, end: int) -> Phrase | None:
    """ "بحسب "سونا""، "وفق ما أوردت "فرانس برس"": a source named in quotation marks."""
    r = v.region_opening(i)
    if r is None or not v.regions[r].closer or v.regions[r].closer >= end:
        return None
    reg = v.regions[r]
    if not 0 < reg.last - reg.first <= NAME_MAX_WORDS:
        return None
    return Phrase(reg.first, reg.closer + 1, name=(reg.first, reg.last))


_ISSUED_LINKS = frozenset({"عن", "من", "بها", "به", "صدر"})


def _statement_author_after(v: DocView, phrase: Phrase, end: int) -> Phrase | None:
    """ "حسب بيان المتحدث العسكري المصري"، "وفقا لبيان صادر عن الرئاسة"، "وفقا
    لتصريحات أدلى بها عمدة المدينة": what a statement says is its author's, the
    name after the statement noun (and "صادر عن"), not the statement; so are the
    findings of "الإحصاءات الصادرة عن وزارة المالية" (`issued_findings`)."""
    i = phrase.start
    said = v.stems[i] == "بيان" or v.is_("speech_noun", i) or v.is_("wording", i)
    if not said or v.definite[i]:
        i = issued_study(v, i)
        if i is None:
            return None
    j = i + 1
    while (
        j < end
        and j - i <= 3
        and (v.lexicon.has("issued", v.keys[j]) or v.keys[j] in _ISSUED_LINKS)
    ):
        j += 1
    if j >= end:
        return None  # "… وفقا لبيان" closing the text: no author after it
    author = noun_phrase(v, j, end, allow_proclitic=v.proclitics[j][-1:] == "ل")
    if author is None or not speaks(v, author) or v.is_("speech_noun", author.start):
        return None
    return author
