"""Speakers: the noun phrase that says something, and the name it stands for.

A speaker phrase is read token by token from where the subject starts: titles
("وزير الخارجية الأميركي"), names ("جون كيري"), descriptions of anonymous sources
("مسؤول كبير بوزارة الخارجية"), prepositional modifiers before a name ("المسؤولون في
الاتحاد الأوروبي") and an apposed name after a comma ("المفوض الأوروبي، ديمتري
افراموبولوس،"). It stops at what starts the circumstances of speaking: time words,
"في بيان", the audience ("للصحافيين"), a complementizer or punctuation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rasd.document import Mention
from rasd.quotes.lexicon import OBJECT_ENCLITICS
from rasd.quotes.view import VERB_MIN_FREQ, DocView

MAX_PHRASE = 12  # tokens
NAME_AHEAD = 7  # how far a title and name may follow a modifier of the speaker
MANNER_FEMININE_MIN = 5  # news count of "مبتسمة" that shows "مبتسما" is an adjective
# A definite word this rare after a first name is a family name ("الخطيب", "الصفدي"),
# not a common noun ("البيان").
SURNAME_MAX_FREQ = 1500
MIN_WORD_FREQ = 20  # a form this frequent is a word of its own
STRICT_PROPER_SHARE = 0.02  # "ليبيا" almost never takes the article, "مطار" does
_PREPOSITIONS = frozenset({"في", "الى", "من", "لدى"})
_HARD_STOPS = frozenset({"على", "عن", "مع", "منذ", "حول", "ضد", "عبر"})
_KUNYA = frozenset({"ام", "ابو", "ابي"})  # "أم ثائر"، "أبو محمد": one name with the next word
_KEEP_PROCLITICS = ("ب", "ل")  # بوزارة، للشؤون: modifiers inside a description
_CONNECTORS = frozenset(
    {"بن", "ابن", "ابو", "ابي", "ام", "عبد", "ال", "بنت", "دي", "دو", "فان", "فون"}
)
_INSIDE = frozenset({"داخل", "خارج"})  # after "من": one preposition with it
_QUANTIFIERS = frozenset({"كافة", "جميع", "كل"})
_THIS = frozenset({"هذا", "هذه", "ذلك", "تلك"})


@dataclass(slots=True)
class Phrase:
    """Tokens `[start, end)` of a speaker phrase and what it is made of."""

    start: int
    end: int
    name: tuple[int, int] | None = None  # the name's tokens, when it has one
    title: bool = False  # it has a title word (وزير، المتحدث، مبعوث)
    anonymous: bool = False  # its head is مسؤول، مصدر، شهود…
    organisation: bool = False  # a noun completed by a name ("شرطة جدة")
    share: bool = False  # a share of a group ("18٪ من المجيبين", "غالبية المجيبين")
    group: tuple[int, int] | None = None  # that group's noun, when the phrase names it


def audience_at(v: DocView, k: int, limit: int) -> int | None:
    """End of an audience phrase ("للصحافيين", "لشبكة CNN", "أمام الصحافيين") at k."""
    if not v.word(k) or k >= limit:
        return None
    key = v.keys[k]
    head = k
    if key == "امام" and k + 1 < limit:
        head = k + 1
    elif not (v.proclitics[k].endswith("ل") or key.startswith("ل")):
        return None
    if v.keys[head] == "ل" and v.tokens[head].kind == "word":
        # "لـ CNN", "لـ"الوطن"": the preposition written alone before a name.
        nxt = head + 1
        if nxt < limit and v.tokens[nxt].kind == "latin":
            return _extend_latin(v, nxt, limit)
        r = v.region_opening(nxt)
        if r is not None and v.regions[r].closer is not None and v.regions[r].last - nxt <= 6:
            return v.regions[r].last + 1
        return None
    if head == k and v.proclitics[k].endswith("ل") and v.entity_label(k) == "PER":
        return k + 1  # "وقال بوتين لعباس": told to a person
    stem = v.stems[head] if head == k else v.keys[head]
    bare = stem[2:] if stem.startswith("ال") else stem
    raw = v.keys[head][1:] if head == k and v.keys[head].startswith("ل") else ""
    candidates = {stem, bare, "ال" + bare, raw, raw[1:] if raw.startswith("ل") else raw}
    # "لرويترز"، "لبي بي سي": an agency named without "وكالة" (words.tsv `outlet`).
    outlet = head == k and (v.lexicon.has("outlet", stem) or v.lexicon.has("outlet", raw))
    if not outlet and not any(v.lexicon.has("audience", c) for c in candidates if c):
        return None
    # "لبي بي سي": the outlet's whole name, as the entity layer reads it.
    end = _entity_end(v, head, limit) if outlet else head + 1
    while (
        end < limit
        and end - head <= 3
        and (
            v.tokens[end].kind == "latin"
            or v.name_like(end, loose=True)
            or (_definite(v, end) and not v.proclitics[end])
        )
    ):
        end += 1
    return end


def _place_of_saying(v: DocView, k: int, limit: int) -> int:
    """One past "في بيروت" at k (0 when none): "في" and a whole place name, where the
    words were said, followed by a medium or the words themselves."""
    if k + 1 >= limit or v.keys[k] != "في" or v.entity_at is None:
        return 0
    place = v.entity_at.get(k + 1)
    if place is None or place.label != "LOC":
        return 0
    j = k + 1
    while j < limit and v.entity_at.get(j) is place:
        j += 1
    said = _medium_at(v, j, limit) or (j < limit and v.region_opening(j) is not None)
    return j if said else 0


def _statement_aside(v: DocView, k: int, limit: int) -> int:
    """One past "، في بيان له اليوم،": where it was said, between commas (0 when
    none); also "، بحسب ما نقلت عنها شينخوا،" and "، عبر حسابه على تويتر،", whose
    source or medium is no part of the speaker or of what was said."""
    if not v.punct(k - 1, "،,"):
        return 0
    if v.keys[k] == "في" and v.is_("situation", k + 1):
        reach = 6
    elif v.is_("attribution", k) or (v.keys[k] in _ASIDE_OPENERS and not v.proclitics[k]):
        reach = ASIDE_REACH
    else:
        return 0
    for j in range(k + 2, min(limit, k + reach)):
        if v.punct(j, "،,"):
            return j + 1
        if v.punct(j) or v.complementizer(j):
            return 0
    return 0


ASIDE_REACH = 10  # tokens of an attribution or medium between commas after a speaker
_ASIDE_OPENERS = frozenset({"عبر", "خلال", "اثناء", "لدى"})


def _medium_at(v: DocView, k: int, limit: int) -> int:
    """One past "عبر موقع "تويتر"", "عبر حسابه على فيسبوك" at k (0 when none)."""
    if k + 1 >= limit or v.keys[k] != "عبر" or not v.is_("medium", k + 1):
        return 0
    j = k + 2
    r = v.region_opening(j)
    if r is not None and v.regions[r].closer is not None and v.regions[r].last - j <= 4:
        return v.regions[r].last + 1  # the quoted name of the site
    if j + 1 < limit and v.keys[j] == "على" and (v.is_("medium", j + 1) or v.is_("network", j + 1)):
        return j + 2
    while j < limit and j - k < 4 and v.tokens[j].kind == "latin":
        j += 1
    return j


# "وشدد مرة أخرى على"، "اتهمت إسرائيل للمرة الأولى إيران": how often, not who.
_TIMES = frozenset({"مرة", "المرة"})
_ORDINALS = frozenset({"اخرى", "ثانية", "جديدة", "الاولى", "الثانية", "الثالثة", "الاخيرة"})


def _manner(v: DocView, k: int) -> bool:
    """An indefinite accusative participle of the form مُفعِلاً ("مبتسما"، "متأثرا"،
    "مستغربا"): a subject is never accusative, so it says how the words were said."""
    key = v.keys[k]
    # "ويقول صراحة إنه"، "وأشار خصوصا إلى": a listed adverb (words.tsv `manner_adverb`).
    if v.lexicon.has("manner_adverb", key) and not v.proclitics[k]:
        return True
    return (
        len(key) >= 5
        and key.startswith("م")
        and key.endswith("ا")
        and not v.proclitics[k]
        and not v.definite[k]
        and (v.entity_label(k) is None or _has_feminine(v, key))
        and v.cue(k) is None
        and not v.is_("title", k)
        and not v.is_("anonymous", k)
    )


def _has_feminine(v: DocView, key: str) -> bool:
    """The news writes the participle's feminine too ("مبتسمة" beside "مبتسما"): an
    adjective, even where the entity layer took it for a name; names have none."""
    return v.freq.get(key[:-1] + "ة", 0) >= MANNER_FEMININE_MIN


# Time words that take an object: "قال قبل أيام", "أفادت قبل يومين", "قال قبيل القمة"
# (prepositions, a closed class: kept here, not in words.tsv).
_TIME_PREPOSITIONS = frozenset({"قبل", "بعد", "قبيل", "بعيد", "خلال", "اثناء", "عقب", "اثر", "منذ"})
# "وقال وسط تصفيق الحضور"، "وقال وسط موظفين": amid whom or what, like a time phrase.
_AMID = "وسط"
_SAME = frozenset({"ذاته", "ذاتها", "نفسه", "نفسها", "ذلك", "تلك", "هذا", "هذه"})
_YEAR = frozenset({"عام", "العام", "سنة", "السنة"})
TIME_OBJECT_WORDS = 3  # words of a time phrase's object ("قبيل انطلاق القمة")


def _time_phrase_end(v: DocView, k: int, limit: int) -> int:
    """One past a time phrase at k whose object is no speaker: "قبل أيام", "قبيل
    القمة", "خلال المؤتمر ذاته", "عام ٢٠١٤" (0 when none). The object stops before
    a title, a name or a source ("قال بعد الاجتماع وزير الخارجية")."""
    key = v.keys[k]
    if key in _YEAR and k + 1 < limit and v.tokens[k + 1].kind == "number":
        return k + 2
    if (key not in _TIME_PREPOSITIONS and key != _AMID) or v.proclitics[k]:
        return 0
    j = k + 1
    while j < limit and j - k <= TIME_OBJECT_WORDS and _time_object_word(v, j, k):
        j += 1
    return j if j > k + 1 else 0


def _time_object_word(v: DocView, j: int, k: int) -> bool:
    """Whether token j still belongs to the object of the time word at k."""
    if v.tokens[j].kind == "number":
        return True
    if not v.word(j) or v.complementizer(j) or v.cue(j) is not None or v.proclitics[j]:
        return False
    if j > k + 1 and v.word(j - 1) and not _definite(v, j - 1) and not v.enclitic[j - 1]:
        # "خلال جلسة مجلس الأمن": a bare noun takes the next word as its genitive,
        # a name or a title too.
        return not v.is_("function", j)
    if v.is_("title", j) or v.is_("anonymous", j) or v.is_("source_head", j):
        return False
    if v.entity_label(j) in ("PER", "ORG") or v.is_("function", j):
        return v.keys[j] in _SAME
    # After the object only its adjective: a definite word or "ذاته".
    return j == k + 1 or v.keys[j] in _SAME or _definite(v, j)


def _in_this_context(v: DocView, k: int, limit: int) -> bool:
    """ "في هذا السياق", "في هذا الصدد" at k."""
    if k + 2 >= limit or v.keys[k] != "في" or v.keys[k + 1] not in _THIS:
        return False
    return v.is_("situation", k + 2) or v.lexicon.has("situation", v.stems[k + 2][2:])


def _extend_latin(v: DocView, k: int, limit: int) -> int:
    while k < limit and v.tokens[k].kind == "latin":
        k += 1
    return k


def skip_adverbials(v: DocView, k: int, limit: int) -> tuple[int, tuple[int, int] | None]:
    """Skips time words, "له" and an audience; returns the next index and the audience."""
    audience = None
    while k < limit:
        if v.keys[k] == "بكل":
            k += 2  # "بكل وضوح"
            continue
        timed = _time_phrase_end(v, k, limit) or _date_end(v, k, limit)
        if timed:
            k = timed  # "قال قبل أيام إن", "كشف عام ٢٠١٤ أن": when, not who
            continue
        if (
            v.is_("time", k)
            or v.lexicon.has("informal", v.keys[k])
            or v.punct(k, "،,")
            or v.is_("aside", k)
        ):
            k += 1
            continue
        if _manner(v, k):
            k += 1  # "ويقول مبتسما"، "يضيف متأثرا": how he spoke, not who
            continue
        if v.stems[k] in _TIMES:
            k += 2 if k + 1 < limit and v.keys[k + 1] in _ORDINALS else 1
            continue
        if v.keys[k] == "من" and v.is_("aside", k + 1):
            k += 2  # "وأكد الهلال الأحمر من جهته إصابة …"
            continue
        if _in_this_context(v, k, limit):
            k += 3  # "مؤكدا في هذا السياق أهمية …"
            continue
        aside = _statement_aside(v, k, limit)
        if aside:
            k = aside  # "ودعا الحزب، في بيان له اليوم، كافة القوى إلى …"
            continue
        medium = _medium_at(v, k, limit)
        if medium:
            k = medium  # "وطالب بعض المشجعين عبر موقع "تويتر" بتنظيم …"
            continue
        place = _place_of_saying(v, k, limit)
        if place:
            k = place  # "وقال لوكالة الأنباء الفرنسية في بيروت عبر الهاتف "…""
            continue
        end = audience_at(v, k, limit)
        if end is None:
            break
        audience = (k, end)
        k = end
    return k, audience


def noun_phrase(
    v: DocView,
    k: int,
    limit: int,
    allow_proclitic: bool = False,
    complements: frozenset[str] = frozenset(),
) -> Phrase | None:
    """The speaker phrase starting at token k, or None when none starts there.

    `complements`: prepositions the cue takes (ب for طالب): such a phrase after the
    subject is what was demanded, not part of the subject ("المتظاهرون بإطلاق")."""
    if v.punct(k, "#") and v.word(k + 1):
        k += 1  # "فيما تمسكت #الأمم_المتحدة بأن": the speaker is the hashtag's name
    share = share_phrase(v, k, limit)
    if share is not None:
        return share
    if not _can_start(v, k, limit, allow_proclitic):
        return None
    if _verb_before_name(v, k, limit):
        k += 1  # "اعتذر ترودو عن سلوكه وقال": the verb of the sentence, then its subject
    phrase = Phrase(k, k)
    # "زوجة وليد زروق": the name after a relation word is someone else's.
    phrase.organisation = v.is_("relation", k) and not _definite(v, k) and not v.enclitic[k]
    # "منتقدو قرار مطعم "ريد هين"": the name completes the plural; they speak.
    phrase.organisation = phrase.organisation or _construct_plural(v, k)
    run: list[int] = []  # the current name run [start, end)
    after_title = False
    in_pp = False  # inside a prepositional modifier ("بشرطة منطقة مكة")
    i = k
    while i < limit and i - k < MAX_PHRASE:
        if v.punct(i, "#") and v.word(i + 1):
            if run and _hashtag_phrase(v, i + 1):
                break  # "#رضا_رجب #وكيل_نقابة_الموسيقيين": a title after the name
            i += 1  # "#سمير_جعجع": a hashtag name
            continue
        if run and _unsplit_preposition(v, i):
            break  # "وقال بوتين لعباس": to whom, not more of the name
        acronym = _parenthesised(v, i, limit)
        if acronym and i > k:
            i = phrase.end = acronym  # "مدير عمليات (أونروا) في الأردن رودجر ديفيس"
            continue
        if v.punct(i):
            if (
                v.texts[i] in "،,"
                and phrase.name is None
                and _bare_words(v, k, i)
                and v.is_("title", i + 1)
            ):
                # "أكد هاني تهامي، مدير أعمال الفنان": bare words apposed to a title.
                phrase.name = (k, i)
                phrase.end = i
                break
            if v.texts[i] in "،," and phrase.name is None and run == []:
                apposed = _apposition(v, i + 1, limit)
                if apposed is not None:
                    phrase.name = apposed
            holder = (
                _holder_after_quoted(v, k, i, limit) if phrase.name is None and not run else None
            )
            quoted = _quoted_name(v, i, k, run, phrase)
            if holder is not None:
                # "الناطق الرسمي باسم "غرفة العمليات …" ابراهيم الجباوي": the quoted
                # body is the title's; the person after it speaks.
                phrase.name, phrase.end = holder, holder[1]
            elif quoted is not None:
                # "صحيفة "هآرتس"": the quoted name completes the speaker's head noun.
                phrase.name, phrase.end = quoted, quoted[1] + 1
                run = []
            break
        if i > k and not run and phrase.name is None and _informed_of(v, i):
            in_pp = True  # "مسؤول أمني مطلع على قضية …": the adjective's complement
            i += 1
            continue
        # "مندوب سوريا لدى الأمم المتحدة بشار الجعفري": where the title is held.
        posted = v.keys[i] == "لدى" and phrase.title
        represented = i == k + 1 and _represented(v, k, i, limit)
        if (
            i > k
            and not posted
            and not represented
            and (_ends_phrase(v, i, limit) or v.keys[i] in _HARD_STOPS)
        ):
            break
        if i > k and v.keys[i] in _QUANTIFIERS:
            break  # "وحثت الجبهة كافة القوى": a quantifier opens the object
        if i > k and v.is_("needed", i):
            break  # "وأكد الوزير ضرورة الحوار": what he stressed
        if i > k and not run and phrase.name is None and _described_place(v, k, i):
            break  # "وأعلنت الكويت العضو غير الدائم أنها": the place speaks
        if i > k and _manner(v, i):
            break  # "وأعلن مسؤولون مصريون مرارا أن": how, not who
        if i > k and (_object_starts(v, i, limit) or _object_after_name(v, i)):
            break
        if i > k and not run and phrase.name is None and _object_after_plural(v, i):
            break  # "تداول ناشطون مقطع فيديو"، "نشر مغردون صورا": the verb's object
        if _definite(v, i) and not v.proclitics[i] and _place_in_modifier(v, i - 1, k):
            break  # "وسيط الأمم المتحدة إلى ليبيا الجولة": the verb's object
        if (
            not run
            and i - 1 > k
            and (_definite(v, i) or _entity_after_adjective(v, i))
            and not v.proclitics[i]
            and _nisba(v, i - 1)
        ):
            # "صحف ألمانية الشعب الإيطالي", "دبلوماسيون غربيون موسكو": after an
            # indefinite adjective, the object.
            break
        if i > k and _disagreeing_after_title(v, i, k):
            # "وحث الأمير السلطات على", "جدد الوزير الأمريكي الرسالة": a plural or a
            # feminine cannot describe "الأمير"، "الوزير".
            break
        inside = v.keys[i] in _INSIDE and v.keys[i - 1] == "من"  # "مصدر من داخل الحزب"
        if (
            i > k
            and v.is_("function", i)
            and v.keys[i] not in _PREPOSITIONS
            and not inside
            and not _rank_adjective(v, i)
        ):
            break  # "الصقور الذين…": a relative clause or a particle ends the phrase
        pro = v.proclitics[i]
        # Coordination: "والإسلام والمجتمع" inside a description goes on; a second
        # person ("وسيرغي") is a second speaker, which ends this one.
        # "منظمات تونسية ودولية"، "تقارير حقوقية محلية ودولية": two adjectives of
        # one noun go on.
        two_adjectives = pro == "و" and not run and _nisba(v, i - 1) and _nisba(v, i)
        if pro in ("و", "ف") and i > k and (not _definite(v, i) or run) and not two_adjectives:
            break
        if v.keys[i] in _PREPOSITIONS or (i > k and (pro in _KEEP_PROCLITICS or _attached(v, i))):
            circumstance = not posted and (
                _circumstance(v, i, limit) or _place_of_speaking(v, i, phrase)
            )
            if run and _organisation_of(v, run, i):
                # "المفوضية السامية للأمم المتحدة لشؤون اللاجئين": one body's name.
                run[1] = i = _entity_end(v, i, limit)
                phrase.end = i
                continue
            if circumstance or ((run or phrase.name) and not after_title) or title_tag(v, i - 1):
                break  # "#أمير_قطر في الدورة": the tag holds its own complement
            if _complement_to(v, i, phrase):
                break  # "وتوصلت دراسة حديثة إلى نتيجة"، "ودعا المركز إلى حظر"
            complement = v.keys[i] in complements or pro[-1:] in complements
            if complement and v.keys[i] != "باسم" and not _titled_name_ahead(v, i, limit):
                break
            in_pp = True
            i += 1
            if pro:
                phrase.end = i  # "الأمين العام للمنظمة": the word holds its object
            continue
        # Next to a name, a connector or a title word itself, rarer names pass
        # ("حامي"); further on the strict test keeps out nouns ("وقوع").
        loose = bool(run) or (i > k and (v.keys[i - 1] in _CONNECTORS or v.is_("title", i - 1)))
        if i > k and v.third_person[i] and not v.is_("title", i):
            break  # "عن مسؤول قوله إن": a noun with a pronoun is not part of the speaker
        if v.keys[i] in _CONNECTORS and (run or i == k):
            run = run or [i, i]
            run[1] = i + 1
        elif (
            v.name_like(i, loose=loose)
            and not title_tag(v, i)
            and not (i > k and v.entity_label(i) == "ORG")  # "وسيط الأمم المتحدة"
            # "نفى ترودو ارتكاب": the name ended; "ونعت سليماني ترامب": the object's begins
            and not (run and (_entity_ended(v, i) or _other_entity(v, i - 1, i)))
            and not phrase.anonymous
            and not _construct_plural(v, i)
            and (run or _run_may_start(v, i, k, after_title) or _name_after_post(v, i, in_pp))
            and (run or not _head_of_place(v, i, limit))
        ):
            if not run:
                if phrase.name is not None:
                    break  # a second name: another actor ("أقصوي البيان" is not a name)
                if v.keys[i - 1] in _PREPOSITIONS:
                    # "إلى ليبيا": a place closing a modifier, not the speaker's name;
                    # a definite word after it is the verb's object ("… ليبيا الجولة").
                    i += 1
                    phrase.end = i
                    if i < limit and _definite(v, i) and not v.proclitics[i]:
                        break
                    continue
                if i > k and _genitive(v, i, in_pp, after_title):
                    # "شرطة جدة", "بشرطة منطقة مكة": a name that completes a noun
                    # belongs to it; the phrase is the speaker, not the name.
                    phrase.organisation = True
                run = [i, i]
            run[1] = i + 1
            after_title = False
            last = _entity_end(v, i, limit)
            if _surname_before_apposition(v, last, limit):
                last += 1  # "ابراهيم كالين، المتحدث باسم …": the entity layer cut the name
            if last > i + 1:
                # "قوات الجيش اليمني": the entity layer's name is read whole.
                run[1] = last
                i = last
                phrase.end = i
                continue
        elif i > k and not run and (_starts_object(v, i, phrase) or plural_then_title(v, k, i)):
            break  # "وجدد الوزير التأكيد", "ويتهم البحث الحكومة المكسيكية"
        elif run and _organisation_adjective(v, i, run):
            phrase.name = (run[0], run[1])
            run = []
            phrase.end = i + 1  # "شركة صافر النفطية الحكومية، من …"
            i += 1
            continue
        elif run and v.keys[run[1] - 1] in _KUNYA and run[1] == i and not pro:
            run[1] = i + 1  # "أم ثائر": the word after أم or أبو is the rest of the name
        elif run and _nisba_surname(v, i, run):
            run[1] = i + 1
            phrase.name = (run[0], run[1])
            run = []
        elif run:
            phrase.name = (run[0], run[1])
            run = []
            if not v.is_("title", i):
                break  # "ووصف أقصوي البيان": what follows the name is the object
            after_title = True
            phrase.title = True
        elif after_title and not run and phrase.name is None and _surname_follows(v, i):
            # "وزير الخارجية الأردني أيمن الصفدي": a first name that is also a common
            # word ("أيمن"), recognised by the family name after it.
            run = [i, i + 1]
        elif v.is_("title", i) and _object_noun(v, i, k, phrase):
            break  # "وطلبت الشرطة مساعدة المواطنين": a verbal noun, not a title
        elif v.is_("title", i):
            if _name_before_title(v, k, i, phrase):
                # "وقالت كفاح خميس رئيسة جمعية …": a name the entity layer missed; the
                # title after it describes the speaker but is not part of the name.
                phrase.name = (k, i)
            phrase.title = True
            after_title = True
            in_pp = False
        elif v.is_("anonymous", i) and i == k:
            phrase.anonymous = True
        elif phrase.anonymous and _object_after_adjective(v, k, i):
            break  # "وأكد مصدر عسكري تواصل التقدم": the verb's object
        elif i > k and not _definite(v, i) and (_definite(v, i - 1) or _entity_ended(v, i)):
            # "الرئيسان بحثا", "الوزير سنبدأ", "صحيفة لوفيغارو وضعت": a bare word after
            # a definite noun or a name is the verb or its object.
            break
        i += 1
        phrase.end = i
    if run:
        phrase.name = (run[0], run[1])
        phrase.end = max(phrase.end, run[1])
    elif phrase.name is None and not (phrase.organisation or phrase.anonymous):
        apposed = _apposed_after_modifier(v, phrase.end, limit)
        if apposed is not None:
            phrase.name, phrase.end = apposed, apposed[1]
    elif phrase.title and phrase.name is not None and v.entity_label(phrase.name[1] - 1) == "ORG":
        # "مدير شركة الأندلس للاستيراد والتصدير، عمار الأضرعي،": the body is where
        # the title is held; the person between commas after it speaks.
        apposed = _apposed_after_modifier(v, phrase.end, limit)
        if apposed is not None:
            phrase.name, phrase.end = apposed, apposed[1]
    if phrase.name is None and phrase.end == k + 1 and _lone_surname(v, k):
        phrase.name = (k, k + 1)  # "وكان الصفدي قال"
    if phrase.title and phrase.name is None and not (phrase.organisation or phrase.anonymous):
        ranked = _person_after_rank(v, phrase.end, limit)
        if ranked is not None:
            phrase.name, phrase.end = ranked, ranked[1]
    if phrase.name is not None:
        phrase.end = max(phrase.end, phrase.name[1])
    if phrase.organisation:
        phrase.name = None
    if phrase.end == k + 1 and phrase.name is None and verb_alone(v, k):
        return None  # "بعد أن استعرض ما قال", "وفقد صرح": a verb, not a subject
    if phrase.end < limit and v.keys[phrase.end] in _ITSELF and _definite(v, phrase.end - 1):
        phrase.end += 1  # "وأضاف المصدر ذاته": the emphasis belongs to the noun
    while phrase.end > phrase.start and (
        v.keys[phrase.end - 1] in _PREPOSITIONS
        or (v.punct(phrase.end - 1) and v.region_at.get(phrase.end - 1) is None)
    ):
        phrase.end -= 1
    if phrase.name is None:
        phrase.end = next(
            (j for j in range(phrase.start + 1, phrase.end) if _clause_verb(v, j)), phrase.end
        )
    return phrase if phrase.end > phrase.start else None


def _clause_verb(v: DocView, i: int) -> bool:
    """A word of a description that is the verb of a clause describing it ("أطباء
    يعملون داخل الغوطة"، "مدعون يحققون في"): a present plural (a nisba in -يون is an
    adjective: "مسؤولون يمنيون"). The speaker is the noun so described."""
    key = v.keys[i]
    return (
        not v.proclitics[i]
        and len(key) > 4
        and key[0] == "ي"
        and key.endswith("ون")
        and not key.endswith("يون")
    )


def _closes_bracket(v: DocView, start: int, i: int) -> bool:
    """Whether token i closes a bracket opened inside the phrase: a speaker's name
    never ends inside an open bracket ("مكتب الإحصاء التابع للاتحاد الأوروبي (يوروستات)")."""
    return i < v.n and v.punct(i, ")") and any(v.punct(j, "(") for j in range(start, i))


CONSTRUCT_PLURAL_MIN = 10  # news count of "منتقدون" and "منتقدين" that shows "منتقدو" is one


def _construct_plural(v: DocView, i: int) -> bool:
    """A sound plural in the construct state ("منتقدو قرار المطعم"، "ممثلو سيف
    الإسلام"): a noun whose genitive follows, not a name, when the news writes the
    word with both plural endings ("منتقدون"، "منتقدين"; not "ماكرو" of "ماكرون")."""
    key = v.stems[i]
    if not key.endswith("و") or v.definite[i] or v.entity_label(i) is not None:
        return False
    base = key[:-1]
    return all(v.freq.get(base + end, 0) >= CONSTRUCT_PLURAL_MIN for end in ("ون", "ين"))


def _entity_after_adjective(v: DocView, i: int) -> bool:
    """A name after a masculine relative adjective ("غربيون موسكو"); after a noun in
    ية it is a genitive ("وزير خارجية تركيا", "ولاية فلوريدا")."""
    return v.entity_label(i) is not None and v.keys[i - 1].endswith(("ي", "يون", "يين"))


_SHARE_LINKS = frozenset({"من", "كل"})
SHARE_WORDS = 12  # tokens of a share phrase with its percentages
GROUP_REACH = 400  # tokens back to the group a bare share ("قال 21٪") is of


def _share_word(v: DocView, i: int) -> bool:
    """ "غالبية", "ربعهم", "غالبيتهم": a share word, alone or with the group's pronoun."""
    key = v.keys[i]
    if key.endswith(("هم", "هن")) and len(key) > 4:
        key = key[:-2]
        key = key[:-1] + "ة" if key.endswith("ت") else key
    return v.lexicon.has("share", key)  # words.tsv `share`


def share_phrase(v: DocView, k: int, limit: int) -> Phrase | None:
    """A survey's findings told as speech: "قال 18٪ من المجيبين", "قال غالبية المجيبين
    (89٪)", "قال رُبعهم", "قال 21٪ بأن". The phrase is the share as written; its group
    (the noun of the respondents) is kept for the speaker's name."""
    if k >= limit or not (v.tokens[k].kind == "number" or (v.word(k) and _share_word(v, k))):
        return None
    i, group, shares = k, None, False
    while i < limit and i - k < SHARE_WORDS:
        if v.tokens[i].kind == "number" or v.keys[i] in _SHARE_LINKS:
            i += 1
        elif v.texts[i] in "٪%":
            shares, i = True, i + 1
        elif v.punct(i, "(") and _percentage_in(v, i, limit):
            shares, i = True, _percentage_in(v, i, limit)
        elif v.word(i) and _share_word(v, i) and group is None:
            shares, i = True, i + 1
        elif group is None and _group_noun(v, i):
            group, i = (i, i + 1), i + 1
        else:
            break
    if group is None and (not shares or (i < limit and v.word(i) and not v.complementizer(i))):
        return None  # "بعض وسائل الإعلام": a noun phrase of its own
    while i > k and v.keys[i - 1] in _SHARE_LINKS:
        i -= 1
    return Phrase(k, i, share=True, group=group) if i > k else None


def _percentage_in(v: DocView, i: int, limit: int) -> int:
    """One past "(89٪)" at i (0 when the brackets hold something else)."""
    j = i + 1
    while j < limit and j - i <= 3 and (v.tokens[j].kind == "number" or v.texts[j] in "٪%"):
        j += 1
    return j + 1 if j > i + 1 and v.punct(j, ")") else 0


def _group_noun(v: DocView, i: int) -> bool:
    """A plural noun that a share is of ("المجيبين", "مجيبين", "منهم")."""
    if not v.word(i) or v.proclitics[i] or v.complementizer(i) or v.cue(i) is not None:
        return False
    if v.keys[i] in ("منهم", "منهن"):
        return True
    return not v.is_("function", i) and v.stems[i].endswith(("ين", "ون", "ات"))


def _earlier_group(v: DocView, k: int) -> tuple[int, int] | None:
    """The group the latest share before k was of ("خمس المجيبين … قال 10,3٪")."""
    for j in range(k - 1, max(0, k - GROUP_REACH), -1):
        if not v.definite[j] or not v.stems[j].endswith(("ين", "ون")):
            continue
        before = j - 1
        if v.keys[before] == "من":
            before -= 1  # "18٪ من المجيبين"
        if v.tokens[before].kind == "number" or v.texts[before] in "٪%":
            return (j, j + 1)
        if v.word(before) and _share_word(v, before):
            return (j, j + 1)
    return None


def _disagreeing_after_title(v: DocView, i: int, k: int) -> bool:
    """A definite title in the masculine singular ("الأمير", "الوزير"), with its
    masculine adjectives ("الوزير الأمريكي"), takes no genitive, and its adjective
    agrees with it: a definite plural or feminine word after it is the verb's object."""
    h = i - 1
    while h > k and v.definite[h] and v.keys[h].endswith("ي") and not v.is_("title", h):
        h -= 1  # "الأمريكي": a masculine adjective of the title
    head, key = v.stems[h], v.keys[i]
    return (
        v.definite[h]
        and v.is_("title", h)
        and not head.endswith(("ة", "اء", *_SOUND_PLURAL))
        and v.definite[i]
        and not v.proclitics[i]
        and v.entity_label(i) is None
        and not v.is_("title", i)
        and key.endswith(("ة", *_SOUND_PLURAL))
        and not key.endswith("ية")  # "الأمين العام" … "العامة" never; a nisba may be a name's
    )


def verb_alone(v: DocView, k: int) -> bool:
    """A bare word that the news also writes with the plural ending of a past verb
    ("استعرضوا", "فقدوا") or with the future prefix ("سيتعلق"): a verb, when nothing
    of a name, title or description goes with it."""
    if v.definite[k] or v.entity_label(k) is not None or v.tokens[k].kind != "word":
        return False
    if v.is_("title", k) or v.is_("anonymous", k) or v.is_("source_head", k):
        return False
    key = v.stems[k]
    plural = key[:-1] + "وا" if key.endswith("ى") else key + "وا"  # "مضى" → "مضوا"
    if v.freq.get(plural, 0) >= VERB_MIN_FREQ:
        return True
    return v.future_form(key)


def _object_noun(v: DocView, i: int, k: int, phrase: Phrase) -> bool:
    """An indefinite title word right after a definite noun that is no title, with no
    name in reach, is the verb's object ("الشرطة مساعدة المواطنين"), not an
    apposed post ("الوزير مساعد" does not occur; "وزير الخارجية" starts with the
    title)."""
    return (
        i > k
        and phrase.name is None
        and not _definite(v, i)
        and _definite(v, i - 1)
        and not v.is_("title", i - 1)
        and not _titled_name_ahead(v, i - 1, min(v.n, i + NAME_AHEAD))
        and not v.name_like(i + 1, loose=True)
    )


def _starts_object(v: DocView, i: int, phrase: Phrase) -> bool:
    """A definite word after a definite noun cannot be its genitive: when it is a
    verbal noun of the تفعيل form ("الوزير التأكيد") or starts another entity ("البحث
    الحكومة المكسيكية"), it is the verb's object, not part of the speaker."""
    if phrase.name is not None or not _definite(v, i) or not _definite(v, i - 1):
        return False
    if v.proclitics[i] or v.is_("title", i):
        return False
    if verbal_noun(v, i):
        return True
    e = v.entity_at.get(i) if v.entity_at is not None else None
    return (
        e is not None
        and e.start >= v.tokens[i].start
        and v.entity_label(i - 1) is None
        and not v.is_("title", i - 1)
    )


def _object_after_adjective(v: DocView, k: int, i: int) -> bool:
    """ "وأكد مصدر عسكري تواصل التقدم"، "مصدر عسكري مقتل العشرات": after an unnamed
    source's bare relative adjective, a bare noun heading a definite genitive starts
    the verb's object; an adjective heads such a genitive too ("مسؤول سعودي رفيع
    المستوى", words.tsv `genitive_adjective`)."""
    if i < k + 2 or i + 1 >= v.n or not (_nisba(v, i - 1) and v.word(i)):
        return False
    if _definite(v, i) or v.proclitics[i] or _nisba(v, i) or v.is_("function", i):
        return False
    if any(v.is_(c, i) for c in ("genitive_adjective", "title", "anonymous", "time", "cut")):
        return False
    after = i + 1
    return _definite(v, after) and not v.proclitics[after] and not v.is_("time", after)


def _nisba(v: DocView, i: int) -> bool:
    """A bare relative adjective ("عسكري", "طبية"), not a particle ("في")."""
    key = v.keys[i]
    return (
        not _definite(v, i)
        and len(key) > 3
        and key.endswith(("ي", "يه", "ية"))
        and not v.is_("function", i)
    )


def plural_then_title(v: DocView, k: int, i: int) -> bool:
    """ "وصف المصريون في سياق ساخر الممثل عمرو عبدالجليل بأنه": a definite plural in
    -ون heads no genitive (it would lose its ن) and takes no singular apposition, so a
    singular title before a person's name after it starts the verb's object."""
    head = v.keys[k]
    if not (_definite(v, k) and head.endswith("ون")) or v.proclitics[i]:
        return False
    if not (_definite(v, i) and v.is_("title", i)) or v.keys[i].endswith(("ون", "ين", "ات")):
        return False
    return i + 1 < v.n and v.entity_label(i + 1) == "PER"


def _informed_of(v: DocView, i: int) -> bool:
    """ "على" after "مطلع" (words.tsv `informed`) completes the description of a source
    ("مصدر مطلع على الملف"), where elsewhere it opens the verb's complement."""
    return v.keys[i] == "على" and v.is_("informed", i - 1)


def verbal_noun(v: DocView, i: int) -> bool:
    """A definite verbal noun of the تفعيل form ("التأكيد", "التحذير"; not the
    adjective "التركية")."""
    stem = v.stems[i]
    return len(stem) == 7 and stem.startswith("الت") and stem[-2] == "ي" and stem[-1] != "ة"


def _complement_to(v: DocView, i: int, phrase: Phrase) -> bool:
    """إلى joins to a noun phrase only a post and where it is held ("المندوب الروسي
    إلى الأمم المتحدة"); after any other subject it opens the verb's complement
    ("توصلت الدراسة إلى نتيجة"، "دعت جماعة الإخوان المسلمين إلى إخراج")."""
    return v.keys[i] == "الى" and not phrase.title


def _organisation_adjective(v: DocView, i: int, run: list[int]) -> bool:
    """A definite relative adjective right after an organisation's name describes it
    ("شركة صافر النفطية الحكومية"); after a person's name it is more often the
    object ("حذر بوتين الأوروبيين")."""
    return (
        v.entity_label(run[1] - 1) == "ORG"
        and v.entity_label(i) is None
        and _definite(v, i)
        and not v.proclitics[i]
        and v.keys[i].endswith(("ية", "ي"))
        and (i + 1 >= v.n or v.punct(i + 1) or not v.name_like(i + 1, loose=True))
    )


def _entity_ended(v: DocView, i: int) -> bool:
    return (
        v.entity_at is not None
        and v.entity_at.get(i - 1) is not None
        and v.entity_at.get(i) is None
    )


def _described_place(v: DocView, k: int, i: int) -> bool:
    """Tokens `[k, i)` are a place the entity layer names and a definite word follows
    it: what describes the place ("الكويت العضو غير الدائم"، "مصر الشقيقة"), not more
    of its name."""
    if v.entity_at is None or v.entity_label(k) != "LOC" or not _entity_ended(v, i):
        return False
    return v.entity_at.get(k) is v.entity_at.get(i - 1) and _definite(v, i) and not v.proclitics[i]


_SOUND_PLURAL = ("ين", "ون", "ات")


def _object_starts(v: DocView, i: int, limit: int) -> bool:
    """Where a definite noun after the subject is the verb's object: a place or body
    right after another one ("وحثت الصين الولايات المتحدة"، "الاتحاد الأوروبي إيران")
    unless a person's name follows it (a title: "رئيس إقليم كردستان العراق مسعود
    بارزاني"), or a plural in -ين after a singular ("ودعا الرئيس المواطنين")."""
    if v.proclitics[i] or v.entity_at is None:
        return False
    here, before = v.entity_at.get(i), v.entity_at.get(i - 1)
    if here is not None and before is not None and here is not before:
        after = _entity_end(v, i, limit)
        person_next = after < limit and v.entity_label(after) == "PER"
        return here.label in ("LOC", "ORG") and not person_next
    return (
        here is None
        and before is None
        and v.definite[i]
        and v.definite[i - 1]
        and v.stems[i].endswith("ين")
        and not v.stems[i - 1].endswith(_SOUND_PLURAL)
        and not v.is_("title", i)
        and not _plural_adjective_of_partitive(v, i)
    )


def _object_after_plural(v: DocView, i: int) -> bool:
    """A sound plural that keeps its ن ("ناشطون"، "مغردون") is in no construct: a bare
    noun after it is no genitive, and it is no adjective of people unless it is a
    relative adjective or a plural too ("ناشطون سوريون"، "مسؤولون أمريكيون"), so it is
    the verb's object ("ناشطون مقطع فيديو"، "كثيرون محاولات")."""
    h = i - 1
    if not (_bare_plural(v, h) and v.word(i)) or v.definite[i] or v.proclitics[i]:
        return False
    if v.entity_label(i) is not None or v.name_like(i):
        return False
    key = v.keys[i]
    if (
        key.endswith(("ون", "ين"))
        or _nisba(v, i)
        or v.is_("title", i)
        or v.is_("function", i)
        or v.is_("anonymous", i)
    ):
        return False
    # A broken plural of people may still describe it ("مسؤولون أتراك أنها"); a thing
    # shows itself by a plural in -ات, the accusative ending or a genitive of its own.
    return key.endswith(("ات", "ا")) or _takes_genitive(v, i + 1)


def _takes_genitive(v: DocView, j: int) -> bool:
    """A word at j that may complete the noun before it ("مقطع فيديو")."""
    return (
        j < v.n
        and v.word(j)
        and not v.proclitics[j]
        and not v.is_("function", j)
        and not v.complementizer(j)
        and v.cue(j) is None
        and not _nisba(v, j)
        and not v.keys[j].endswith(("ون", "ين"))
    )


def _bare_plural(v: DocView, i: int) -> bool:
    """An indefinite sound plural in -ون with no clitics ("ناشطون"), not a name."""
    key = v.keys[i]
    return (
        v.word(i)
        and len(key) >= 5
        and key.endswith("ون")
        and not v.definite[i]
        and not v.proclitics[i]
        and v.entity_label(i) is None
        and not v.name_like(i, loose=True)
    )


def _plural_adjective_of_partitive(v: DocView, i: int) -> bool:
    """ "عدد من النواب الديمقراطيين"، "مجموعة من الخبراء الدوليين": a relative
    adjective in -يين after the plural that من takes describes it."""
    return i > 1 and v.keys[i - 2] == "من" and v.stems[i].endswith("يين")


def _object_after_name(v: DocView, i: int) -> bool:
    """A name takes no genitive: a definite noun right after a whole entity that is
    neither its adjective (-ي/-ية) nor a title is the verb's object ("وتنفي روسيا
    التورط"، "ونفى الكرملين الاتهامات")."""
    return (
        _entity_ended(v, i)
        and v.entity_at is not None
        and v.entity_at.get(i) is None
        and v.definite[i]
        and not v.proclitics[i]
        and not _relative_adjective(v, i)
        and not v.is_("title", i)
        and not _person_ahead(v, i)
    )


NISBA_FEMININE_MIN = 20  # news count of "الروسية" that shows "الروسي" is an adjective


def _relative_adjective(v: DocView, i: int) -> bool:
    """A definite relative adjective ("الروسي", "الإيرانية"); a verbal noun in -ي
    ("السعي", "الرمي") has no feminine in ية."""
    key = v.keys[i]
    if key.endswith("ية"):
        return True
    return key.endswith("ي") and v.freq.get(key + "ة", 0) >= NISBA_FEMININE_MIN


def _person_ahead(v: DocView, i: int, reach: int = 3) -> bool:
    """ "نجم ليفربول السابق مايكل أوين": a person's name just ahead makes the words
    before it a description of the speaker, not an object."""
    for j in range(i + 1, min(v.n, i + 1 + reach)):
        if v.punct(j) or v.keys[j] in _PREPOSITIONS:
            return False  # "روسيا التورط في تسميم سكربيل": a name inside the object
        if v.entity_label(j) == "PER":
            return True
    return False


def _genitive(v: DocView, i: int, in_pp: bool, after_title: bool) -> bool:
    """Whether a name at i completes the bare noun before it (idafa)."""
    # A place or body the entity layer names takes no genitive: "السفير السعودي في
    # لندن محمد بن نواف" is a title and a name, not an organisation.
    prev_bare = (
        not _definite(v, i - 1) and not v.is_("title", i - 1) and v.entity_label(i - 1) is None
    )
    return prev_bare and not v.name_like(i - 1, loose=True) and (in_pp or not after_title)


def _represented(v: DocView, k: int, i: int, limit: int) -> bool:
    """ "ممثل لبورتمان"، "مراسل لوكالة الأنباء": after an indefinite title word that
    opens the phrase, ل names whom it represents, not whom the words were told. A
    medium after any other title is still the audience ("قال متحدث لوكالة رويترز")."""
    if not (
        v.is_("title", k)
        and not _definite(v, k)
        and not v.enclitic[k]
        and v.proclitics[i].endswith("ل")
        and v.word(i)
    ):
        return False
    medium = audience_at(v, i, limit) is not None and v.entity_label(i) != "PER"
    return not medium or v.is_("audience", k)


def _organisation_of(v: DocView, run: list[int], i: int) -> bool:
    """An organisation's name runs on through ل and another organisation's name
    ("المفوضية السامية للأمم المتحدة"): both read by the entity layer, back to back."""
    return (
        run[1] == i
        and v.proclitics[i].endswith("ل")
        and v.entity_label(run[0]) == "ORG"
        and v.entity_label(i) == "ORG"
        and v.entity_at.get(i) is not v.entity_at.get(i - 1)
    )


def _name_before_title(v: DocView, k: int, i: int, phrase: Phrase) -> bool:
    """Two or three plain words opening the phrase, right before its first title: a
    name ("كفاح خميس رئيسة جمعية")."""
    return (
        phrase.name is None
        and not phrase.title
        and not phrase.anonymous
        and not phrase.organisation
        and 2 <= i - k <= 3
        and _bare_words(v, k, i)
        and not any(v.proclitics[j] for j in range(k, i))
        and not any(
            v.is_("title", j) or v.is_("anonymous", j) or v.is_("relation", j) for j in range(k, i)
        )
    )


def _bare_words(v: DocView, k: int, i: int) -> bool:
    return 0 < i - k <= 4 and all(
        v.word(j) and not _definite(v, j) and not v.is_("function", j) for j in range(k, i)
    )


def _head_of_place(v: DocView, i: int, limit: int) -> bool:
    """ "حاكم ولاية فلوريدا": a word the entity layer leaves out, right before a place
    or body it names, is the head noun of that name ("ولاية"), not a first name."""
    return (
        v.entity_label(i) is None
        and i + 1 < limit
        and v.entity_label(i + 1) in ("LOC", "ORG")
        and not v.proclitics[i + 1]
    )


def _name_after_post(v: DocView, i: int, in_pp: bool) -> bool:
    """ "المرشد الشيعي الأعلى في العراق علي السيستاني": a person's name right after
    the place of a post names the one who holds it."""
    return in_pp and v.entity_label(i) == "PER" and _other_entity(v, i - 1, i)


def _verb_before_name(v: DocView, k: int, limit: int) -> bool:
    """A bare verb form right before a name the entity layer starts there ("اعتذر
    ترودو"، "أصدر ناصر أمين"), or before a title, a source or a plural of people
    ("أصدر النائب العام المصري"، "تداول ناشطون مقطع فيديو"، "نشر مغردون صورا"): the
    name or description, not the verb, opens the speaker phrase."""
    if k + 1 >= limit or v.proclitics[k] or v.entity_at is None or k in v.entity_at:
        return False
    if v.proclitics[k + 1]:
        return False
    # Also a verb when the news writes its feminine past ("اعتذرت"، "توعدت"): rarer verbs.
    feminine = v.stems[k] + "ت"
    verb = verb_alone(v, k) or (
        not v.definite[k] and not v.is_("title", k) and v.freq.get(feminine, 0) >= VERB_MIN_FREQ * 4
    )
    if k + 1 not in v.entity_at:
        return verb and _describes_people(v, k + 1)
    return verb


def _describes_people(v: DocView, i: int) -> bool:
    """A title, a source or an indefinite plural in -ون ("مغردون"، "متظاهرون")."""
    if v.is_("title", i) or v.is_("anonymous", i) or v.is_("source_head", i):
        return True
    return v.word(i) and not v.definite[i] and v.keys[i].endswith("ون") and not verb_alone(v, i)


def _apposed_after_modifier(v: DocView, i: int, limit: int) -> tuple[int, int] | None:
    """A person's name between commas after the modifier that ended a description
    ("النائب الجمهوري عن ولاية أريزونا، جيف فليك،"، "منسق الأمم المتحدة … في سوريا،
    بانوس مومتزيس،"): that person is the speaker."""
    for j in range(i, min(limit, i + NAME_AHEAD)):
        if v.punct(j, "،") or v.punct(j, ","):
            apposed = _apposition(v, j + 1, limit)
            if apposed is None or v.entity_label(apposed[0]) != "PER":
                return None
            after = apposed[1]
            return apposed if after < limit and v.texts[after] in "،," else None
        if v.punct(j) or v.complementizer(j) or v.cue(j) is not None:
            return None
    return None


def _surname_before_apposition(v: DocView, i: int, limit: int) -> bool:
    """A bare word right after a person's name the entity layer ended, before a comma
    and a description ("ابراهيم كالين، المتحدث باسم"): the name's last word."""
    if v.entity_at is None or i + 2 >= limit or v.entity_label(i - 1) != "PER":
        return False
    if i in v.entity_at or not v.word(i):
        return False
    # "كالين" also reads as ك + الين: a comparison, rare right before an apposition.
    if v.proclitics[i] not in ("", "ك") or (v.definite[i] and not v.proclitics[i]):
        return False
    if v.is_("function", i) or v.is_("time", i) or v.cue(i) is not None or verb_alone(v, i):
        return False
    if not (v.punct(i + 1, "،") or v.punct(i + 1, ",")):
        return False
    return v.is_("title", i + 2)


def _run_may_start(v: DocView, i: int, k: int, after_title: bool) -> bool:
    """A name starts the phrase, follows a title ("وزير الخارجية جون كيري") or an
    indefinite head ("استطلاع بيو"); after a plain definite noun a bare word is
    the verb or object ("الرئيسان بحثا"), and so is a word the entity layer leaves
    out right after a name it ends ("أعلنت موسكو مقتل خمسة")."""
    if i > k and _entity_ended(v, i) and v.entity_label(i) is None:
        return False
    return i == k or after_title or not _definite(v, i - 1) or _person_starts(v, i)


def _person_starts(v: DocView, i: int) -> bool:
    """The entity layer starts a person's name at i after a plain word: "المستخدم محمد
    شعبان"، "السناتور الجمهوري جون ماكين" (descriptions that are not title words)."""
    return (
        v.entity_at is not None
        and v.entity_label(i) == "PER"
        and v.entity_at.get(i - 1) is None
        and not v.proclitics[i]
    )


PARENTHESIS_WORDS = 3  # an acronym or short gloss in brackets inside a speaker phrase


# "التابع لـ"، "التابعة لـ": the body something belongs to follows.
_AFFILIATED = frozenset({"التابع", "التابعة", "التابعين", "التابعون", "التابعتين"})


def _affiliation_end(v: DocView, i: int, limit: int) -> int:
    """After "التابع للاتحاد الأوروبي (يوروستات)" at i: the word, ل with a named body
    and a bracketed acronym after it; else 0."""
    if i + 1 >= limit or v.keys[i] not in _AFFILIATED:
        return 0  # a phrase at the end of the text has nothing after it
    j = i + 2 if v.keys[i + 1] == "ل" else i + 1
    if j >= limit or (j == i + 1 and not v.proclitics[j].endswith("ل")):
        return 0
    if v.entity_label(j) not in ("ORG", "LOC"):
        return 0
    end = _entity_end(v, j, limit)
    return _parenthesised(v, end, limit) or end


def _parenthesised(v: DocView, i: int, limit: int) -> int:
    """After a bracketed acronym of a few words at i ("(أونروا)"، "(سي.إن.إن)": one
    word spelled with dots), else 0."""
    if not v.punct(i, "("):
        return 0
    words = 0
    for j in range(i + 1, limit):
        if v.punct(j, ")"):
            return j + 1 if words else 0
        if v.acronym_dot(j):
            continue
        if (not v.word(j) and v.tokens[j].kind != "latin") or words == PARENTHESIS_WORDS:
            return 0
        words += not v.acronym_dot(j - 1)
    return 0


def title_tag(v: DocView, i: int) -> bool:
    """ "#وزير_التجارة_البريطاني": a hashtag headed by a title word is a title, though
    the entity layer often tags it as a person; the name next to it is the speaker's."""
    return "_" in v.keys[i] and v.is_("title", i)


def _hashtag_phrase(v: DocView, k: int) -> bool:
    """A hashtag of several words that names no entity: a title or topic tag."""
    return "_" in v.keys[k] and v.entity_at is not None and k not in v.entity_at


# A preposition carrying a pronoun, which the tokenizer leaves whole ("إليهم"،
# "عليه"): whom a verb was said to or of, never its subject.
_PRONOUN_PREPOSITIONS = frozenset(
    p + e for p in ("الي", "علي", "لدي", "عن", "من", "مع", "ل", "ب", "في") for e in OBJECT_ENCLITICS
)


def _can_start(v: DocView, k: int, limit: int, allow_proclitic: bool) -> bool:
    if k >= limit or not v.word(k) or v.keys[k] in _PRONOUN_PREPOSITIONS:
        return False
    if v.is_("function", k) and not v.is_("anonymous", k):
        return False
    if accusative(v, k):
        return False  # "ثم يروي عدداً من القصص … ثم يودعنا بقوله"، "ففضلاً عن … يتحدث عن"
    if v.is_("time", k) or (v.is_("situation", k) and v.keys[k] != "تقرير"):
        return v.is_("source_head", k) or v.is_("anonymous", k)
    cue = v.cue(k) is not None and not noun_after_complementizer(v, k)
    if v.complementizer(k) or (cue and not v.is_("title", k)):
        return False
    if v.third_person[k] and not v.is_("title", k):
        return False  # "كشف كذبه": a noun with a pronoun is the object, not the speaker
    pro = v.proclitics[k]
    if pro[:1] in ("و", "ف") and _opens_sentence(v, k) and verb_alone(v, k):
        return False  # "ومضى وزير المال …": a sentence opening with a verb
    return allow_proclitic or not (pro.endswith("ب") or pro.endswith("ل") or pro.endswith("ك"))


# Tanween of the accusative as the news writes it: "عدداً"، "فضلاً" (the mark before or after the alif).
_ACCUSATIVE_ENDINGS = ("اً", "ًا", "ةً", "ىً")


def accusative(v: DocView, k: int) -> bool:
    """A word written with the accusative tanween ("عدداً"، "فضلاً"): an object or an
    adverb, never a subject, so never the first word of a speaker."""
    return v.texts[k].endswith(_ACCUSATIVE_ENDINGS)


def _opens_sentence(v: DocView, k: int) -> bool:
    s = v.sent_of[k]
    return s >= 0 and v.sent_bounds[s][0] == k


def noun_after_complementizer(v: DocView, i: int) -> bool:
    """ "أن طالبة جامعية": a participle form right after أن is the clause's subject
    noun (a student), not a cue."""
    hit = v.cue(i)
    return hit is not None and hit.form.participle and v.complementizer(i - 1)


def _ends_phrase(v: DocView, i: int, limit: int) -> bool:
    return (
        v.complementizer(i)
        or v.is_("time", i)
        or v.lexicon.has("informal", v.keys[i])
        or (v.cue(i) is not None and not v.is_("title", i))
        or audience_at(v, i, limit) is not None
        or v.region_opening(i) is not None
    )


def _circumstance(v: DocView, i: int, limit: int) -> bool:
    """A preposition that opens the circumstances of speaking ("في بيان")."""
    if v.is_("situation", i) or v.is_("time", i) or v.stems[i] in _TIMES:
        return True
    nxt = i + 1
    if v.keys[i] == "في" and _date_at(v, nxt, limit):
        return True  # "وذكرت شرطة طهران في شباط/فبراير أنه": when, not whose
    if nxt + 1 < limit and v.keys[nxt + 1] in _ITSELF:
        return True  # "ومضى وزير المال الأمريكي في الاتجاه ذاته": how, not whose
    if nxt < limit and v.keys[i] == "في" and _definite(v, nxt) and not v.proclitics[nxt]:
        # "وقال الوزير الفرنسي في المؤتمر الصحافي": the lists hold "مؤتمر" bare.
        return v.lexicon.has("situation", v.stems[nxt][2:])
    return nxt < limit and (v.is_("situation", nxt) or v.is_("time", nxt))


_ITSELF = frozenset({"ذاته", "ذاتها", "نفسه", "نفسها"})


_MONTH_PARTS = frozenset({"الاول", "الثاني", "الحالي", "الجاري", "الماضي", "المقبل"})


def _date_end(v: DocView, k: int, limit: int) -> int:
    """One past "في" and a date at k ("في الأول من أكتوبر/تشرين الأول الحالي"،
    "في شباط/فبراير") before what was said; 0 when none."""
    if v.keys[k] != "في" or not _date_at(v, k + 1, limit):
        return 0
    j = k + 1 if v.is_("month", k + 1) else k + 3
    while j < limit and (
        v.is_("month", j)
        or v.punct(j, "/()")
        or v.tokens[j].kind == "number"
        or v.keys[j] in _MONTH_PARTS
    ):
        j += 1
    # Only before what was said ("، أن", "بوجود"): "أعلنت في ديسمبر عن اتفاق"
    # announces a deal.
    after = j + 1 if v.punct(j, "،,") else j
    said = (
        v.complementizer(after)
        or v.region_opening(after) is not None
        or v.punct(after, ":")
        or v.proclitics[after][-1:] == "ب"  # "واعترف … في أبريل/نيسان 2016، بوجود"
    )
    return j if said else 0


def _date_at(v: DocView, j: int, limit: int) -> bool:
    """A month, or a day then "من" and a month ("الأول من أكتوبر"، "3 من مارس")."""
    if j < limit and v.is_("month", j):
        return True
    return j + 2 < limit and v.keys[j + 1] == "من" and v.is_("month", j + 2)


def _place_of_speaking(v: DocView, i: int, phrase: Phrase) -> bool:
    """ "المفوضية الأوروبية في بروكسل": a place after a body says where it spoke; a
    title keeps its post's place ("السفير الأمريكي في دمشق"), a source its own
    ("مصدر في بغداد")."""
    return (
        v.keys[i] == "في"
        and v.entity_label(i + 1) == "LOC"
        and not (phrase.title or phrase.anonymous)
        # "المرشد الشيعي الأعلى في العراق علي السيستاني": a person's post, not a place.
        and v.entity_label(_entity_end(v, i + 1, v.n)) != "PER"
    )


def _nisba_surname(v: DocView, i: int, run: list[int]) -> bool:
    """A definite word closing a name: "أبو علي البصري", "زيد بن رعد الحسين", and
    "سارة الخطيب" (a rare word, not "البيان", where the phrase ends)."""
    key = v.stems[i]
    if not v.definite[i] or v.is_("title", i) or v.is_("time", i) or v.proclitics[i]:
        return False
    if _entity_ended(v, i) or _other_entity(v, i - 1, i):
        return False  # "نيكي هايلي الضغط": the entity layer ends the name before
    connector = any(v.keys[j] in _CONNECTORS for j in range(run[0], run[1]))
    rare = v.freq.get(key, 0) < SURNAME_MAX_FREQ
    return connector or (rare and (key.endswith("ي") or _phrase_ends(v, i + 1)))


def _phrase_ends(v: DocView, i: int) -> bool:
    return (
        i >= v.n
        or v.punct(i)
        or _ends_phrase(v, i, v.n)
        or v.keys[i] in _PREPOSITIONS
        or v.keys[i] in _HARD_STOPS
        or v.proclitics[i] in _KEEP_PROCLITICS
    )


RANK_GAP = 5  # words of a body, a rank or an honorific between a title and its holder
_RANK_PARTS = frozenset({"اول"})  # "الفريق أول": a rank's own ordinal, no particle


def _person_after_rank(v: DocView, i: int, limit: int) -> tuple[int, int] | None:
    """ "قائد القيادة المركزية الأمريكية الفريق أول ركن جوزيف فوتيل،"، "الأمين العام
    لمؤتمر أساقفة الصين المونسينور غو جينكاي في": a rank or honorific that is no title
    word ended the title's phrase; the person the entity layer names right after it,
    before a mark or a particle, holds the title. Not over a title word ("المتحدث باسم
    الرئيس محمود عباس": someone else's title), a pronoun ("لنظيره") or a conjunction."""
    if v.entity_at is None:
        return None
    j = i
    while j < limit and j - i < RANK_GAP and v.entity_label(j) != "PER":
        if not v.word(j) or v.proclitics[j] not in ("", "ل", "ال", "لل"):
            return None
        if v.enclitic[j] or v.third_person[j] or v.is_("title", j):
            return None
        if v.is_("function", j) and not (v.keys[j] in _RANK_PARTS and _definite(v, j - 1)):
            return None
        if v.cue(j) is not None or v.complementizer(j) or v.is_("time", j):
            return None
        j += 1
    if j == i or j >= limit or v.entity_label(j) != "PER" or v.entity_at.get(j - 1) is not None:
        return None
    if not (_definite(v, i) or v.proclitics[i] or i in v.entity_at or v.keys[i] in _RANK_PARTS):
        return None  # "مدير سابق للمخابرات أداء ترامب": a bare noun opens the object
    end = _entity_end(v, j, limit)
    # Looked at past the limit too: "… ترامب ووصفه" goes on as the object's clause.
    if v.word(end) and not v.is_("function", end) and not v.complementizer(end):
        return None
    return (j, end)


def _lone_surname(v: DocView, k: int) -> bool:
    """ "وكان الصفدي قال", "وعبر العيبان عن": a family name alone, known by its
    nisba form or as the last word of a person the article names in full."""
    key = v.stems[k]
    if any(v.is_(c, k) for c in ("title", "anonymous", "source_head", "time")):
        return False
    if key in v.family_names:
        return True
    return v.definite[k] and key.endswith("ي") and v.freq.get(key, 0) < SURNAME_MAX_FREQ


def _surname_follows(v: DocView, i: int) -> bool:
    if not v.word(i) or _definite(v, i) or v.proclitics[i] or v.third_person[i]:
        return False
    if any(v.is_(c, i) for c in ("function", "title", "anonymous", "time", "situation")):
        return False
    return i + 1 < v.n and _nisba_surname(v, i + 1, [i, i + 1])


def _apposition(v: DocView, k: int, limit: int) -> tuple[int, int] | None:
    """ ", ديمتري افراموبولوس،": a name between commas after a title."""
    if v.punct(k, "#"):
        k += 1  # "، #سمير_جعجع،"
    if k < limit and (v.complementizer(k) or v.keys[k] == "فان"):
        # "بحسب مصادر …، فإن جواد …": the main clause (ف + إن); this is far more
        # frequent after a comma than a name that begins with "van".
        return None
    if _verb_before_name(v, k, limit):
        return None  # "ووفقا للافتتاحية، اعتذر ترودو": a clause, not an apposed name
    i = k
    while (
        i < limit
        and i - k < 5
        and (
            v.name_like(i, loose=True)
            or v.keys[i] in _CONNECTORS
            or (v.punct(i, "#") and v.word(i + 1))  # "أنور #قرقاش"
        )
        and not (i > k and _other_entity(v, i - 1, i))  # "أولف موسبيرج لبي بي سي"
    ):
        i += 1
    if i == k:
        return None
    if v.entity_label(i - 1) == "PER":
        return (k, i)  # the entity layer marks where the name ends
    if i < limit and _nisba_surname(v, i, [k, i]):
        i += 1
    if i < limit and not (v.punct(i) or v.complementizer(i) or _ends_phrase(v, i, limit)):
        return None
    return (k, i)


# --- names -------------------------------------------------------------------------


def fullest_name(v: DocView, first: int, last: int) -> tuple[int, int]:
    """The longest occurrence in the document of a name containing tokens
    `[first, last)` ("كيري" → "جون كيري"), as token indices. The name as written
    here wins ties: "إيفانكا ترمب" elsewhere must not replace "دونالد ترمب"."""
    # Once per name of a document: each cue's candidates ask for the same names.
    known = v.memo.get(("fullest", first, last))
    if known is None:
        known = v.memo[("fullest", first, last)] = _fullest_name(v, first, last)
    return known


def _fullest_name(v: DocView, first: int, last: int) -> tuple[int, int]:
    own = _extend_name(v, first, last)
    key = ("name", tuple(v.keys[first:last]))
    if key not in v.memo:
        v.memo[key] = _longest_occurrence(v, first, last)
    other = v.memo[key]
    if other is not None and other[1] - other[0] > own[1] - own[0]:
        return other
    return own


def _longest_occurrence(v: DocView, first: int, last: int) -> tuple[int, int] | None:
    keys = _name_keys(v)
    wanted = keys[first:last]
    best: tuple[int, int] | None = None
    for m in _occurrences(keys, wanted[-1]):
        if not v.word(m):
            continue
        lo = m - len(wanted) + 1
        if lo < 0 or keys[lo : m + 1] != wanted:
            continue
        a, b = _extend_name(v, lo, m + 1)
        if best is None or b - a > best[1] - best[0]:
            best = (a, b)
    return best


def _name_keys(v: DocView) -> list[str]:
    """Each token's `_name_key`, once per document."""
    if "name_keys" not in v.memo:
        v.memo["name_keys"] = [
            _name_key(key, pro) for key, pro in zip(v.keys, v.proclitics, strict=True)
        ]
    return v.memo["name_keys"]


def _occurrences(keys: list[str], key: str) -> Iterator[int]:
    """Where `key` occurs, in text order: `list.index` compares in C, so each name's
    search costs less than indexing every word of the text for the few names asked."""
    m = -1
    while True:
        try:
            m = keys.index(key, m + 1)
        except ValueError:
            return
        yield m


def _extend_name(v: DocView, a: int, b: int) -> tuple[int, int]:
    """Name tokens `[a, b)` grown over the name words around them, within their
    sentence (a name never runs from a headline into the next line)."""
    sentence = v.sent_of[a]
    lo, hi = v.sent_bounds[sentence] if sentence >= 0 else (0, v.n)
    # A place or a body takes no first name: the word before it is the verb ("تثني
    # بكين"، "أمهلت الكويت").
    placed = v.entity_label(a) in ("LOC", "ORG")
    while not placed and a > lo and b - a < 5 and v.proclitics[a] == "" and _name_part(v, a - 1):
        if _verb_before_name(v, a - 1, hi):
            break  # "اعتذر ترودو": the verb before the name the entity layer starts
        if v.proclitics[a - 1] and v.entity_label(a - 1) != "PER":
            break  # "وعزا تشن": a word after و is as often a verb as a first name
        a -= 1
        if v.proclitics[a]:
            break  # "وسيرغي لافروف": the conjunction opens the name
    # Rightwards only over what the entity layer calls a name (when it ran): a word
    # after a name is as often its adjective or verb ("نتنياهو مستاء").
    while (
        b < hi
        and b - a < 5
        and v.proclitics[b] == ""
        and (v.keys[b][:1] != "و" or v.entity_label(b) == "PER")  # not "وجوب"
        and (v.entity_at is None or v.entity_label(b) == "PER")
        and not _other_entity(v, b - 1, b)  # "وزارة الخارجية الروسية ماريا زاخاروفا"
        and _name_part(v, b)
    ):
        b += 1
    if _surname_before_apposition(v, b, hi):
        b += 1
    return a, b


def _other_entity(v: DocView, i: int, j: int) -> bool:
    """Tokens i and j lie in two different entities of the entity layer."""
    if v.entity_at is None:
        return False
    first, second = v.entity_at.get(i), v.entity_at.get(j)
    return first is not None and second is not None and first is not second


def _name_key(key: str, pro: str) -> str:
    """A name word (its key and proclitics) without a conjunction before it ("وسيرغي"
    → "سيرغي"); other proclitics are kept, since the segmenter splits rare names
    wrongly ("بيو")."""
    return key[1:] if pro[:1] in ("و", "ف") and len(key) > 3 else key


def _name_part(v: DocView, i: int) -> bool:
    if title_tag(v, i):
        return False
    label = v.entity_label(i)
    if label is not None:
        return label == "PER"  # "وزارة التعليم مبارك العصيمي": not across an organisation
    key = v.keys[i]
    if v.proclitics[i] not in ("", "و", "ف", "ك") or key.endswith(("نا", "وا")):
        return False  # "لأطروحة", "رجعنا": a preposition or a verb, not a first name
    if key[:1] in ("ل", "ب") and v.freq.get(key[1:], 0) > v.freq.get(key, 0):
        return False
    return v.name_like(i) or v.keys[i] in _CONNECTORS


def name_text(v: DocView, first: int, last: int) -> str:
    """Surface text of name tokens, without a proclitic on the first ("وسيرغي")."""
    tok = v.tokens[first]
    start = tok.start + (1 if v.proclitics[first][:1] in ("و", "ف") else 0)
    return v.doc.text[start : v.tokens[last - 1].end]


def linked_name(v: DocView, phrase: Phrase) -> tuple[int, int] | None:
    """For a title without a name ("المفوض الأوروبي"), the name the article gives
    with the same title elsewhere ("المفوض الأوروبي، ديمتري افراموبولوس")."""
    key = ("title", tuple(v.keys[phrase.start : phrase.end]))
    if key not in v.memo:
        v.memo[key] = _linked_name(v, phrase)
    return v.memo[key]


def _linked_name(v: DocView, phrase: Phrase) -> tuple[int, int] | None:
    titles = v.memo.get("title_keys")
    if titles is None:  # once per document, for all its titles
        titles = v.memo["title_keys"] = [_title_key(v, j) for j in range(v.n)]
    for width in range(min(phrase.end - phrase.start, 4), 1, -1):
        title = titles[phrase.start : phrase.start + width]
        for m in range(v.n - width):
            if m == phrase.start or titles[m : m + width] != title:
                continue
            other = noun_phrase(v, m, min(v.n, m + MAX_PHRASE + 4), allow_proclitic=True)
            if other is not None and other.name is not None:
                return other.name
            before = _name_before(v, m)
            if before is not None:
                return before  # "أنطونيو غوتيريش الأمين العام للأمم المتحدة"
    if phrase.end - phrase.start == 1:
        return _one_titled_name(v, titles, phrase.start)
    return None


def _one_titled_name(v: DocView, titles: list[str], k: int) -> tuple[int, int] | None:
    """A lone title ("وحذر السفير") is the one person the article named with it
    before ("للسفير الإيطالي، بيترو بيناسي"); none when it named two or none."""
    found: dict[str, tuple[int, int]] = {}
    for m in range(k):
        if titles[m] != titles[k]:
            continue
        other = noun_phrase(v, m, min(v.n, m + MAX_PHRASE + 4), allow_proclitic=True)
        name = other.name if other is not None else None
        if name is not None:
            found.setdefault(name_text(v, *name), name)
    return next(iter(found.values())) if len(found) == 1 else None


def _title_key(v: DocView, i: int) -> str:
    """Titles compared with synonymous heads made one ("وسيط" = "مبعوث")."""
    key = v.stems[i]
    return "مبعوث" if v.lexicon.has("envoy", key) else key


def _name_before(v: DocView, m: int) -> tuple[int, int] | None:
    if v.proclitics[m]:
        return None  # "رئيس الحكومة اللبنانية ووزير الداخلية": coordinated, not apposed
    a = m
    while a > 0 and m - a < 4 and (v.name_like(a - 1, loose=True) or v.keys[a - 1] in _CONNECTORS):
        a -= 1
    return (a, m) if a < m and v.name_like(m - 1, loose=True) else None


def speaker_mention(v: DocView, phrase: Phrase, gender: str) -> Mention:
    """A speaker Mention: the phrase's span; canonical from the entity layer when it
    has one here, else the fullest form of its name, or a titled name elsewhere."""
    tokens = v.tokens
    mention = Mention(tokens[phrase.start].start, tokens[phrase.end - 1].end)
    if v.proclitics[phrase.start]:
        stem = next((g for g in tokens[phrase.start].segments if g.kind == "stem"), None)
        if stem is not None:
            mention.start = stem.start
    mention.attrs["gender"] = gender
    if phrase.share:
        group = phrase.group if phrase.group and v.definite[phrase.group[0]] else None
        group = group or _earlier_group(v, phrase.start) or phrase.group
        if group is not None:
            mention.canonical = _phrase_form(v, Phrase(*group))
        return mention
    if phrase.anonymous:
        mention.attrs["anonymous"] = True
        if phrase.name is None:
            if v.proclitics[phrase.start]:
                # "وفقا للمصدر": the source as written elsewhere ("المصدر"), not "لمصدر".
                mention.canonical = _phrase_form(v, phrase)
            return mention  # "أحد كتاب الأعمدة، فينيسيوس توريس فريري،": the name
    role = _role(v, phrase)
    if role:
        mention.attrs["role"] = role
    entity_name = _entity_canonical(v, phrase)
    author = _study_author(v, phrase)
    if author is not None:
        mention.canonical = author
        return mention
    name = phrase.name or (linked_name(v, phrase) if phrase.title else None)
    body = _named_body(v, phrase) if name is None and entity_name is None else None
    if body is not None:
        mention.canonical = body
        return mention
    if name is not None:
        a, b = fullest_name(v, *name)
        # A hashtag name is the person of its spaced form ("#سعد_الحريري").
        found = " ".join(name_text(v, a, b).replace("#", "").replace("_", " ").split())
        # The entity layer's canonical name when it agrees with the name written
        # here; not when it tagged only part of it ("أنور" of "أنور #قرقاش") or
        # linked it elsewhere ("إيفانكا ترمب" for "دونالد ترمب").
        if entity_name is None or not set(found.split()) <= set(entity_name.split()):
            entity_name = found
    elif title_tag(v, phrase.start):
        # "#قائد_الجيش_البورمي": a title tag with no name is the title, spaced.
        entity_name = " ".join(v.texts[phrase.start].replace("#", " ").replace("_", " ").split())
    canonical = _without_audience(_without_proclitic(v, phrase, entity_name))
    mention.canonical = _with_affiliation(v, phrase, canonical)
    return mention


def _with_affiliation(v: DocView, phrase: Phrase, name: str) -> str:
    """ "مكتب حقوق الإنسان التابع للأمم المتحدة": a body's fullest name holds the body
    it belongs to, which the phrase leaves out (what follows the phrase is read as
    before)."""
    if v.entity_label(phrase.end - 1) != "ORG":
        return name
    end = _affiliation_end(v, phrase.end, v.n)
    if not end:
        return name
    return f"{name} {v.doc.text[v.tokens[phrase.end].start : v.tokens[end - 1].end]}"


def _named_body(v: DocView, phrase: Phrase) -> str | None:
    """For a lone definite head noun ("الوزارة"، "الوكالة"), the nearest body named
    before it with that head ("وزارة الخارجية الأميركية"), as a title is linked to
    its name."""
    k = phrase.start
    if phrase.end != k + 1 or v.entity_at is None or not v.stems[k].startswith("ال"):
        return None
    head = v.stems[k][2:]
    for j in range(k - 1, -1, -1):
        e = v.entity_at.get(j)
        if (
            e is not None
            and e.label == "ORG"
            and v.stems[j] == head
            and e.start == v.tokens[j].start
        ):
            return e.canonical or v.doc.slice(e)
    return _earlier_maker(v, k, head) if v.lexicon.has("study", head) else None


def _earlier_maker(v: DocView, k: int, head: str) -> str | None:
    """ "وأظهرت البيانات إن": the nearest maker named before for findings of the same
    noun ("أظهرت بيانات من مكتب الإحصاء … أن")."""
    for j in range(k - 1, -1, -1):
        if v.stems[j] != head:
            continue
        earlier = noun_phrase(v, j, min(v.n, j + MAX_PHRASE), allow_proclitic=True)
        maker = _study_author(v, earlier) if earlier is not None else None
        if maker is not None:
            return maker
    return None


def _without_proclitic(v: DocView, phrase: Phrase, name: str | None) -> str:
    """The name without the preposition the entity layer kept on it ("للمرصد السوري"
    → "المرصد السوري"), or the phrase's own form."""
    if name is None:
        return _phrase_form(v, phrase)
    raw = v.texts[phrase.start]
    if v.proclitics[phrase.start][-1:] in ("ل", "ب") and name.startswith(raw):
        first = _phrase_form(v, Phrase(phrase.start, phrase.start + 1))
        return first + name[len(raw) :]
    return name


def _study_author(v: DocView, phrase: Phrase) -> str | None:
    """The maker of a survey or study the phrase names: "استطلاع بيو ريزارتش لعام
    2013" (a name inside it), "استطلاع للرأي أجراه سيفل موجاني" (after أجراه)."""
    if not v.is_("study", phrase.start) or v.entity_at is None:
        return None
    after = phrase.end
    authored = after < v.n and v.is_("authored", after)
    first = after + 1 if authored else phrase.start + 1
    # The name opens what follows the head or أجراه ("استطلاع للرأي" is no name);
    # after أجراه also past the maker's head noun and its quotation mark ("تقرير
    # نشرته صحيفة "الغارديان""، "دراسة أجرتها جمعية "رواد الحقوق"").
    for i in range(first, min(first + (AUTHOR_REACH if authored else 2), v.n)):
        e = v.entity_at.get(i)
        if e is not None and e.label in ("ORG", "PER"):
            end = _entity_end(v, i, v.n)
            affiliated = _affiliation_end(v, end, v.n) if e.label == "ORG" else 0
            if affiliated:
                # "بيانات من مكتب الإحصاء التابع للاتحاد الأوروبي (يوروستات)"
                return v.doc.text[e.start : v.tokens[affiliated - 1].end]
            return e.canonical or v.doc.slice(e)
        if authored and v.punct(i):
            return _quoted_author(v, i)
    return _maker_after_preposition(v, phrase)


def _maker_after_preposition(v: DocView, phrase: Phrase) -> str | None:
    """The body the phrase names after "من" or "صادرة عن" ("بيانات من مكتب الإحصاء
    التابع للاتحاد الأوروبي (يوروستات)"): the findings are its own."""
    j = phrase.start + 1
    if j < phrase.end and v.is_("issued", j) and j + 2 < v.n and v.keys[j + 1] == "عن":
        # The phrase stops at "عن"; the entity after it is the issuer.
        e = v.entity_at.get(j + 2) if v.entity_at is not None else None
        return e.canonical or v.doc.slice(e) if e is not None and e.label == "ORG" else None
    if j + 1 >= phrase.end or v.keys[j] != "من":
        return None
    return _phrase_form(v, Phrase(j + 1, phrase.end))


AUTHOR_REACH = 3  # tokens after "أجراه" to the maker's name
AUTHOR_WORDS = 4  # words of a maker's name in quotation marks


def _quoted_author(v: DocView, i: int) -> str | None:
    """The short name in quotation marks that opens at token i."""
    r = v.region_opening(i)
    if r is None:
        return None
    reg = v.regions[r]
    if reg.closer is None or not 0 < reg.last - reg.first <= AUTHOR_WORDS:
        return None
    return v.doc.text[v.tokens[reg.first].start : v.tokens[reg.last - 1].end]


def _without_audience(name: str) -> str:
    """A name cut before a preposition written apart ("محمد العريان لـ CNN", as the
    entity layer sometimes reads it): what follows is who was told."""
    words = name.split()
    for j, word in enumerate(words[1:], 1):
        if _APART_PREPOSITION.match(word):
            return " ".join(words[:j])
    return name


_APART_PREPOSITION = re.compile(r"^[لب]ـ?(?:[A-Za-z].*)?$")


def _phrase_form(v: DocView, phrase: Phrase) -> str:
    """A nominal speaker as a name: "للمرصد" is "المرصد", so that it meets the same
    speaker written in full elsewhere ("المرصد السوري لحقوق الإنسان")."""
    first = v.tokens[phrase.start]
    stem = next((g for g in first.segments if g.kind == "stem"), None)
    if stem is not None and v.proclitics[phrase.start]:
        head = stem.form or v.doc.slice(stem)
    else:
        head = v.doc.slice(first)
    last = phrase.end if _closes_bracket(v, phrase.start, phrase.end) else phrase.end - 1
    rest = v.doc.text[first.end : v.tokens[last].end]
    return (head + rest).replace("#", "")


def _role(v: DocView, phrase: Phrase) -> str | None:
    """The title beside the name ("وزير الخارجية الفرنسي" of "وزير الخارجية الفرنسي
    جان إيف لودريان", "الأمين العام للأمم المتحدة" after "أنطونيو غوتيريش")."""
    if phrase.name is None or not phrase.title:
        return None
    a, b = phrase.name
    first, last = (phrase.start, a) if a > phrase.start else (b, phrase.end)
    while first < last and v.punct(first):
        first += 1
    while last > first and v.punct(last - 1):
        last -= 1
    if last <= first:
        return None
    return v.doc.text[v.tokens[first].start : v.tokens[last - 1].end]


def _entity_canonical(v: DocView, phrase: Phrase) -> str | None:
    """The entity layer's name for the speaker: an entity over the phrase's name, or
    one the phrase starts with ("وزارة الخارجية الروسية"); an entity further in is a
    modifier ("وسيط الأمم المتحدة")."""
    if v.entity_at is None:
        return None
    span = range(*phrase.name) if phrase.name is not None else range(phrase.start, phrase.start + 1)
    found = [v.entity_at.get(i) for i in span]
    last = v.tokens[span[-1]].end
    for label in ("PER", "ORG"):
        for e in found:
            if e is None or e.label != label:
                continue
            surface = v.doc.slice(e)
            if e.end > last and (e.canonical or surface) == surface:
                continue  # the entity runs past the name ("بوتين لعباس"): not its name
            return e.canonical or surface
    return None


def _entity_end(v: DocView, i: int, limit: int) -> int:
    """One past the last token of the entity over token i (i + 1 without one)."""
    if v.entity_at is None or i not in v.entity_at:
        return i + 1
    e = v.entity_at[i]
    j = i + 1
    # Not over a preposition inside a person's name ("بوتين لعباس" tagged as one name);
    # an organisation's holds its own ("المرصد السوري لحقوق الإنسان").
    while (
        j < limit
        and v.entity_at.get(j) is e
        and (e.label == "ORG" or not _split_preposition(v, j))
        and v.keys[j] not in ("ل", "ب")  # "العريان لـCNN": the preposition written apart
    ):
        j += 1
    return j


def _split_preposition(v: DocView, j: int) -> bool:
    """Whether the ل or ب the tokenizer split from word j is a preposition ("بوتين
    لعباس"): so when the word without it is much the commoner; otherwise the letter
    begins a surname ("كارا بوكر"، "جو بايدن")."""
    if v.proclitics[j][-1:] not in ("ل", "ب"):
        return False
    key = v.keys[j]
    return v.freq.get(key[1:], 0) > 2 * v.freq.get(key, 0)


def _unsplit_preposition(v: DocView, i: int) -> bool:
    key = v.keys[i]
    return (
        key[:1] in ("ل", "ب")
        and not v.proclitics[i]
        and v.entity_label(i) != "PER"
        and v.freq.get(key[1:], 0) >= max(MIN_WORD_FREQ, v.freq.get(key, 0))
    )


def _attached(v: DocView, i: int) -> bool:
    """ "لعباس": a preposition the segmenter left on a name the entity layer found."""
    e = v.entity_at.get(i) if v.entity_at is not None else None
    return e is not None and e.start > v.tokens[i].start and v.texts[i][:1] in "لبك"


def _titled_name_ahead(v: DocView, i: int, limit: int) -> bool:
    """ "نوه رئيس المجلس بمجلس الغرف الدكتور محمد بن لادن": the phrase after the
    preposition leads to a title and a name, so it still belongs to the speaker."""
    for j in range(i + 1, min(limit, i + NAME_AHEAD)):
        if v.punct(j) or v.complementizer(j) or v.cue(j) is not None:
            return False
        if v.is_("title", j) and j + 1 < limit and v.name_like(j + 1, loose=True):
            return True
    return False


QUOTED_BODY_WORDS = 8  # a quoted body's name between a title and its holder


def _holder_after_quoted(v: DocView, k: int, i: int, limit: int) -> tuple[int, int] | None:
    """The person's name right after a quoted body's name that completes a title
    ("باسم "غرفة العمليات المركزية في الجنوب" ابراهيم الجباوي", "باسم تحالف "دعم
    الشرعية في اليمن"، تركي المالكي،") or a post held in it ("شريك أول في "استراتيجي
    آند" فادي عدرا"، "خبير اقتصادي في شركة الاستثمار "بيمكو"، يواكيم فيلس")."""
    r = v.region_opening(i)
    held_in = any(v.keys[j] == "في" for j in range(k + 1, i))
    if r is None or not (held_in or any(v.is_(c, i - 1) for c in ("naming", "title"))):
        return None
    reg = v.regions[r]
    if reg.closer is None or not 0 < reg.last - reg.first <= QUOTED_BODY_WORDS:
        return None
    j = reg.closer + 1
    if v.punct(j, "،,"):
        j += 1
    if j >= limit or v.entity_label(j) != "PER":
        return None
    return (j, _entity_end(v, j, limit))


def _rank_adjective(v: DocView, i: int) -> bool:
    """ "أول" right after an indefinite post is its rank ("شريك أول"، "نائب أول"), which
    goes on describing the speaker; elsewhere it is "first" ("أول من …")."""
    return (
        v.keys[i] == "اول"
        and i + 1 < v.n
        and v.keys[i + 1] not in ("من", "ما")
        and not v.proclitics[i]
        and v.word(i - 1)
        and not v.is_("function", i - 1)
        and not _definite(v, i - 1)
    )


def _quoted_name(
    v: DocView, i: int, k: int, run: list[int], phrase: Phrase
) -> tuple[int, int] | None:
    """Tokens of a short closed quotation at i that names the phrase's head (a news
    agency's too: "وكالة الأنباء الرسمية السورية "بترا""), unless a name was read."""
    r = v.region_opening(i)
    if r is None or i == k or phrase.name is not None:
        return None
    if run and not (run[0] == k and v.is_("source_head", k)):
        return None  # a name read before the quotation, not an agency's description
    reg = v.regions[r]
    head = i - 1
    # "وكالة الأنباء الرسمية السورية "بترا"", "وكالة أنباء "فارس"": the head's
    # complement, definite or one common word, then its name.
    named = any(v.is_(c, head) for c in ("naming", "source_head", "title")) or (
        v.is_("source_head", k)
        and (_one_common_word(v, k, i) or all(_definite(v, j) for j in range(k + 1, i)))
    )
    if reg.closer is None or not named or not 0 < reg.last - reg.first <= 4:
        return None
    return (reg.first, reg.last)


def _one_common_word(v: DocView, k: int, i: int) -> bool:
    """One common word between an outlet or body and a quotation ("وكالة أنباء"), not
    its name ("حركة حماس "منظمة إرهابية"") nor "مجلس إدارة"."""
    return (
        i - k == 2
        and v.is_("naming", k)
        and v.entity_label(k + 1) is None
        and not v.name_like(k + 1)
    )


def _place_in_modifier(v: DocView, i: int, k: int) -> bool:
    """A proper noun right after a preposition ("إلى ليبيا"): unlike "في مطار", it
    takes no genitive, so a definite word after it starts something else."""
    if i - 1 <= k or v.keys[i - 1] not in _PREPOSITIONS or not v.word(i) or _definite(v, i):
        return False
    key = v.keys[i]
    return v.freq.get("ال" + key, 0) <= STRICT_PROPER_SHARE * max(v.freq.get(key, 0), 1)


def _nisba(v: DocView, i: int) -> bool:
    """An indefinite relative adjective ("ألمانية", "عراقيون")."""
    key = v.keys[i]
    return (
        v.word(i)
        and not _definite(v, i)
        and key.endswith(("ي", "ية", "يون", "يين", "يان"))
        and not v.name_like(i)
        and not v.is_("title", i)
        and not v.is_("function", i)
    )


def _definite(v: DocView, i: int) -> bool:
    """A word with the article ("الوزير"); "إلى" (key "الى") and "الذي" are not."""
    return v.definite[i]
