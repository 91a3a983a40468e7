"""Speakers: the noun phrase that says something, and the name it stands for.

A speaker phrase is read token by token from where the subject starts: titles
("وزير الخارجية الأميركي"), names ("جون كيري"), descriptions of anonymous sources
("مسؤول كبير بوزارة الخارجية"), prepositional modifiers before a name ("المسؤولون في
الاتحاد الأوروبي") and an apposed name after a comma ("المفوض الأوروبي، ديمتري
افراموبولوس،"). It stops at what starts the circumstances of speaking: time words,
"في بيان", the audience ("للصحافيين"), a complementizer or punctuation.

Where the rules live (lowest first; each module imports only those before it):
`speaker_words.py` (token-level tests, the Phrase record), `circumstances.py`
(audience, medium, time, manner: what ends a phrase), `phrase_objects.py`
(objects, complements and modifiers after the head), `share_phrases.py` (shares
of a group), `quoted_names.py` (a quoted name inside the phrase),
`phrase_names.py` (names, appositions, surnames inside the phrase),
`noun_phrase.py` (reading the phrase), `full_names.py` (the fullest name, the
name a title stands for). This module keeps speaker_mention (the mention a
phrase makes: its name, title, role, the body it belongs to) and its helpers.
"""

from __future__ import annotations

import re

from rasd.document import Mention
from rasd.quotes.full_names import fullest_name, linked_name, name_text
from rasd.quotes.issued_findings import issued_study
from rasd.quotes.noun_phrase import MAX_PHRASE, noun_phrase
from rasd.quotes.phrase_names import parenthesised
from rasd.quotes.share_phrases import earlier_group
from rasd.quotes.speaker_words import Phrase, closes_bracket, entity_end, held_tag, title_tag
from rasd.quotes.view import DocView

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
    end = entity_end(v, j, limit)
    return parenthesised(v, end, limit) or end


def speaker_mention(v: DocView, phrase: Phrase, gender: str) -> Mention:
    """A speaker Mention: the phrase's span; canonical from the entity layer when it
    has one here, else the fullest form of its name, or a titled name elsewhere."""
    tokens = v.tokens
    mention = Mention(tokens[phrase.start].start, tokens[phrase.end - 1].end)
    if v.proclitics[phrase.start] and not v.clitic_in_name(phrase.start):
        stem = next((g for g in tokens[phrase.start].segments if g.kind == "stem"), None)
        if stem is not None:
            mention.start = stem.start
    mention.attrs["gender"] = gender
    if phrase.share:
        group = phrase.group if phrase.group and v.definite[phrase.group[0]] else None
        group = group or earlier_group(v, phrase.start) or phrase.group
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
    elif phrase.title and any(held_tag(v, j) for j in range(phrase.start + 1, phrase.end)):
        # "رئيس #مجلس_الأعمال_السعودي_الفرنسي": the title and where it is held, spaced.
        entity_name = " ".join(v.doc.slice(mention).replace("#", " ").replace("_", " ").split())
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
            return _with_tag(v, e.canonical or v.doc.slice(e), j)
    return _earlier_maker(v, k, head) if v.lexicon.has("study", head) else None


def _with_tag(v: DocView, name: str, j: int) -> str:
    """ "وزارة #": the entity layer stopped at the mark of "وزارة #الخارجية_التركية";
    the body's name is the head and its tag, spaced."""
    if not name.endswith("#"):
        return name
    end = next((i for i in range(j, v.n) if v.punct(i, "#")), None)
    if end is None or end + 1 >= v.n or not v.word(end + 1):
        return name
    return " ".join(f"{name[:-1]} {v.texts[end + 1].replace('_', ' ')}".split())


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
    if (
        v.proclitics[phrase.start][-1:] in ("ل", "ب")
        and name.startswith(raw)
        and not v.clitic_in_name(phrase.start)
    ):
        first = _phrase_form(v, Phrase(phrase.start, phrase.start + 1))
        return first + name[len(raw) :]
    return name


def _study_author(v: DocView, phrase: Phrase) -> str | None:
    """The maker of a survey or study the phrase names: "استطلاع بيو ريزارتش لعام
    2013" (a name inside it), "استطلاع للرأي أجراه سيفل موجاني" (after أجراه)."""
    if v.entity_at is None:
        return None
    if not v.is_("study", phrase.start):
        # "الإحصاءات الصادرة عن وزارة المالية": with the article, only a named issuer.
        issued = issued_study(v, phrase.start) == phrase.start
        return _maker_after_preposition(v, phrase) if issued else None
    after = phrase.end
    authored = after < v.n and v.is_("authored", after)
    first = after + 1 if authored else phrase.start + 1
    # The name opens what follows the head or أجراه ("استطلاع للرأي" is no name);
    # after أجراه also past the maker's head noun and its quotation mark ("تقرير
    # نشرته صحيفة "الغارديان""، "دراسة أجرتها جمعية "رواد الحقوق"").
    for i in range(first, min(first + (AUTHOR_REACH if authored else 2), v.n)):
        e = v.entity_at.get(i)
        if e is not None and e.label in ("ORG", "PER"):
            end = entity_end(v, i, v.n)
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
    if stem is not None and v.proclitics[phrase.start] and not v.clitic_in_name(phrase.start):
        head = stem.form or v.doc.slice(stem)
    else:
        head = v.doc.slice(first)
    last = phrase.end if closes_bracket(v, phrase.start, phrase.end) else phrase.end - 1
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
    return _medium_name(v, phrase)


def _medium_name(v: DocView, phrase: Phrase) -> str | None:
    """ "صحيفة ليزيكو الفرنسية"، "موقع (سباه نیوز)"، "منظمة هيومن رايتس ووتش المعنية":
    after the bare head word of a medium or body (words.tsv `medium_head`,
    `body_head`), the organisation the entity layer names next, past a quotation mark
    or bracket, is its name; after a body's head, only a name with no article."""
    k = phrase.start
    body = v.is_("body_head", k)
    if phrase.name is not None or v.entity_at is None or not (body or v.is_("medium_head", k)):
        return None
    j = k + 1
    while j < phrase.end and v.punct(j):
        j += 1
    e = v.entity_at.get(j) if j < phrase.end else None
    if e is None or e.label != "ORG" or e.start < v.tokens[j].start or (body and v.definite[j]):
        return None
    after = j
    while after < v.n and v.tokens[after].end <= e.end:
        after += 1
    if j > k + 1 and not v.punct(after):
        return None  # "قناة (سي.إن.إن ترك)": the entity layer's name stops inside the marks
    return e.canonical or v.doc.slice(e)
