"""Quiet sections, and the acts between officials told in them.

Sport and economy pages tell matches, markets and shows in the words of attacks,
visits and demands ("استقبل خمسة أهداف"، "هجوم الفريق"، "ضرورة التركيز على الأسواق"):
there `attributes.flag_background` marks background every event but a few types, and
the confidence filter, which learned the section as a feature (`section=sport`), drops
most of the rest. Their acts between officials are news all the same: a minister
meeting a club's president, a federation's bureau suspending him, his charge against
the federation's president, a federation cutting ties with another (evaudit9, issue
13). An act of a governing type whose two sides are officials or governing bodies is
read as in an article of no section, by both.
"""

from __future__ import annotations

from rasd.document import Document, Event, Mention
from rasd.events.sentence import WORD_LISTS
from rasd.events.speech_model import bare_forms
from rasd.text.normalize import match_key

# Sections whose words for matches, markets and shows read as attacks, visits and
# demands: there only sanctions, strikes and agreements are coded as events; the rest
# is `background`. Chosen on the dev part of ../shared/gold (its sport and economy
# articles). Criticism, demands, denials, threats and praise are kept there too: trade
# wars and boycotts are told in economy pages ("وحذر ترامب من أن أي رد … من قبل الصين"،
# "انتقد الوزير البريطاني للتجارة"); pooled dev event F1 of both sets' development
# parts 0.547 → 0.552.
QUIET_SECTIONS = WORD_LISTS.words("quiet_sections")
_SECTION_TYPES = frozenset(
    {"SANCTION", "PROTEST", "AGREE", "DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "SUPPORT"}
)
# The types of acts between officials kept in a quiet section: meetings, sanctions,
# refusals, charges and demands. Not attacks, visits, aid or retreats, which a match
# or a market tells in the same words.
_OFFICIAL_TYPES = frozenset({"CONSULT", "SANCTION", "REJECT", "DISAPPROVE", "DEMAND"})
# Offices and governing bodies ("وزيرة الشباب"، "المكتب الجامعي"، "رئيس النادي"،
# "الفيفا"): bare match keys, without و, a preposition or the article.
_OFFICIALS = WORD_LISTS.words("officials")
# Titles two different officials share ("رئيس الجامعة" and "رئيس النادي").
_TITLES = frozenset({"رئيس", "رئيسة", "نائب", "وزير", "وزيرة", "امين", "مفوض", "قاضي"})


def section(doc: Document) -> str:
    """The article's section as its source files it ("sport", "economy"), lower case."""
    return str(doc.meta.get("cat") or doc.meta.get("category") or "").strip().lower()


def quiet_background(doc: Document, event: Event) -> bool:
    """Whether the section marks the event background: a quiet section's event of a
    type told in matches and markets, unless it is an act between officials."""
    return (
        section(doc) in QUIET_SECTIONS
        and event.type not in _SECTION_TYPES
        and not official_act(doc, event)
    )


def filter_section(doc: Document, event: Event) -> str:
    """The section the confidence filter reads for the event: none for an act between
    officials in a quiet section, the article's section as filed otherwise."""
    if section(doc) in QUIET_SECTIONS and official_act(doc, event):
        return "none"
    return str(doc.meta.get("cat") or "none")


def official_act(doc: Document, event: Event) -> bool:
    """ "جدد خماخم … إتهام رئيس الجامعة وديع الجريء": an act of a governing type between
    two officials or governing bodies."""
    source, target = event.source, event.target
    return (
        event.type in _OFFICIAL_TYPES
        and source is not None
        and target is not None
        and official(doc, source)
        and official(doc, target)
        and _apart(doc, source, target)
    )


def official(doc: Document, side: Mention) -> bool:
    """Whether a side's head names an office or a governing body ("وزيرة"، "رئيس
    الجامعة"، "الاتحاد الإيراني لكرة القدم"; not "داعية وزير"، "تشكيل لجنة"), or a person
    the article gives an office's title ("خماخم" after "رئيس النادي الصفاقسي منصف
    خماخم")."""
    if _office(doc.slice(side)):
        return True
    return any(
        e.label == "PER" and e.start < side.end and side.start < e.end and _office(e.role or "")
        for e in doc.entities or []
    )


def _apart(doc: Document, source: Mention, target: Mention) -> bool:
    """ "إجتماع للجنة الدعم" → لجنة الدعم both ways, "هيئة الرياضة" and "رئيس الهيئة":
    two sides that share a word other than a title are one body read twice."""
    a, b = (_bodies(doc.slice(m)) for m in (source, target))
    return a.isdisjoint(b)


def _bodies(text: str) -> set[str]:
    """The words of a side, bare, but its titles ("رئيس"، "وزير")."""
    forms = (bare_forms(match_key(w)) for w in text.split())
    return {f for word in forms if word.isdisjoint(_TITLES) for f in word}


def _office(phrase: str) -> bool:
    """Whether a phrase's first word names an office or a governing body ("وللوزيرة"،
    "بالاتحاد")."""
    head = phrase.split()[0] if phrase.split() else ""
    return not _OFFICIALS.isdisjoint(bare_forms(match_key(head)))
