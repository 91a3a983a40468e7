"""The fullest form of a name in the document ("كيري" -> "جون كيري"), a
name's text, and the name a title stands for (linked_name).
"""

from __future__ import annotations

from collections.abc import Iterator

from rasd.quotes.lexicon import NO_LISTS
from rasd.quotes.noun_phrase import MAX_PHRASE, noun_phrase
from rasd.quotes.phrase_names import CONNECTORS, surname_before_apposition, verb_before_name
from rasd.quotes.speaker_words import Phrase, other_entity, title_tag
from rasd.quotes.view import DocView


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
        # Most words have no proclitic: their key is their name key.
        v.memo["name_keys"] = [
            _name_key(key, pro) if pro else key
            for key, pro in zip(v.keys, v.proclitics, strict=True)
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
    while (
        not placed
        and a > lo
        and b - a < 5
        and v.proclitics[a] == ""
        and not _hashtag_edge(v, a - 1, a)
        and not _future_verb(v, a - 1)
        and _name_part(v, a - 1)
    ):
        if verb_before_name(v, a - 1, hi):
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
        and not other_entity(v, b - 1, b)  # "وزارة الخارجية الروسية ماريا زاخاروفا"
        and not _hashtag_edge(v, b - 1, b)
        and _name_part(v, b)
    ):
        b += 1
    if surname_before_apposition(v, b, hi):
        b += 1
    return a, b


def _hashtag_edge(v: DocView, i: int, j: int) -> bool:
    """Whether a hashtag of several words ends between tokens `i` and `j`: its words
    are one name of their own, never grown over the name beside it ("المستشار في
    #الديوان_الملكي_السعودي سعود القحطاني" is the court, then the adviser)."""
    return ("_" in v.keys[i]) != ("_" in v.keys[j])


# A present verb the news writes alone this often is a verb, not the end of a name
# ("يجرم" 111 times; "تون" of "وستون" 6, "يلة" of "وسيلة" none).
_PRESENT_MIN_FREQ = 20


def _future_verb(v: DocView, i: int) -> bool:
    """ "، وسيجرم نتنياهو في مزاعم": a rare verb left whole by the segmenter, with its
    conjunction and future سـ before a present form the news writes alone, ends the
    clause before the name; it is no first name."""
    key = v.keys[i]
    present = key[2:]
    return (
        key[:1] in ("و", "ف")
        and key[1:2] == "س"
        and len(present) >= 3
        and present[0] in "يتنا"
        and v.freq.get(present, 0) >= _PRESENT_MIN_FREQ
    )


def _name_key(key: str, pro: str) -> str:
    """A name word (its key and proclitics) without a conjunction before it ("وسيرغي"
    → "سيرغي"); other proclitics are kept, since the segmenter splits rare names
    wrongly ("بيو")."""
    return key[1:] if pro[:1] in ("و", "ف") and len(key) > 3 else key


def _name_part(v: DocView, i: int) -> bool:
    if title_tag(v, i):
        return False
    label = v.entity_label(i)
    if label is None and "_" in v.keys[i]:
        return False  # "وزير #قطاع_الأعمال_العام_المصري خالد بدوي": a topic tag, not a first name
    if label is not None:
        return label == "PER"  # "وزارة التعليم مبارك العصيمي": not across an organisation
    key = v.keys[i]
    if v.proclitics[i] not in ("", "و", "ف", "ك") or key.endswith(("نا", "وا")):
        return False  # "لأطروحة", "رجعنا": a preposition or a verb, not a first name
    if key[:1] in ("ل", "ب") and v.freq.get(key[1:], 0) > v.freq.get(key, 0):
        return False
    return v.name_like(i) or v.keys[i] in CONNECTORS


def name_text(v: DocView, first: int, last: int) -> str:
    """Surface text of name tokens, without a proclitic on the first ("وسيرغي"),
    unless the entity layer's name starts with it ("واثق الهاشمي": a first name in و
    the word analysis reads as و + "اثق")."""
    tok = v.tokens[first]
    entity = v.entity_at.get(first) if v.entity_at is not None else None
    own = entity is not None and entity.start == tok.start and entity.label == "PER"
    start = tok.start + (1 if v.proclitics[first][:1] in ("و", "ف") and not own else 0)
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
        titles = v.memo["title_keys"] = _title_keys(v)
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


def _title_keys(v: DocView) -> list[str]:
    """Each token's stem, titles compared with synonymous heads made one ("وسيط" =
    "مبعوث")."""
    envoys = v.lexicon.words.get("envoy", NO_LISTS)
    return ["مبعوث" if stem in envoys else stem for stem in v.stems]


def _name_before(v: DocView, m: int) -> tuple[int, int] | None:
    if v.proclitics[m]:
        return None  # "رئيس الحكومة اللبنانية ووزير الداخلية": coordinated, not apposed
    if m > 1 and (v.punct(m - 1, "،") or v.punct(m - 1, ",")):
        # "جون فلانري، الرئيس التنفيذي لشركة …": a person the entity layer names,
        # apposed to the title by a comma.
        if v.entity_label(m - 2) != "PER":
            return None
        m -= 1
    a = m
    while a > 0 and m - a < 4 and (v.name_like(a - 1, loose=True) or v.keys[a - 1] in CONNECTORS):
        a -= 1
    return (a, m) if a < m and v.name_like(m - 1, loose=True) else None
