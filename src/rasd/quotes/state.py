"""What the passes over a document share: the quotes found so far, the speakers
known, the regions claimed, the ranker's choices, and the limits several passes
read. A quote is made and recorded here.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from rasd.document import Mention, Quote
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.ranker import Candidate, SpeakerRanker, plain_noun
from rasd.quotes.view import DocView

MAX_GAP = 25  # tokens between a cue (and its speaker) and its content
OBJECT_GAP = 6  # tokens of an object between a demand cue and its preposition
SCARE_MAX_WORDS = 3  # a quoted phrase this short needs a cue to be speech
NAME_MAX_WORDS = 5  # a quoted name or title is short: حزب "النضال الديمقراطي"
CONTINUATION_MIN_WORDS = 4
RECENT_SPEAKERS = 40  # how many earlier speakers a zero subject is compared with
PARENTHESIS_MAX = 15  # tokens of an aside between commas after the subject
HEADLINE_BREAKS = frozenset({"..", "...", "…"})

# A relative pronoun or a word that opens a clause before its verb ("التي قال"، "كما
# أكد"، "حيث أشار").
CLAUSE_OPENERS = RELATIVES | frozenset({"كما", "ثم", "حيث"})

# "إلا أن"، "غير أن"، "بيد أن": "but", with the complementizer before the subject.
EXCEPT = frozenset({"الا", "غير", "بيد"})

BUT = frozenset({"لكن", "لكنه", "لكنها", "ولكن", "ولكنه", "ولكنها", "لكنهم", "ولكنهم"})
BUT_PRONOUN = BUT - {"لكن", "ولكن"}  # "لكنه"، "ولكنها": the verb's subject carried

# Word lists of things, not of who speaks (a medium, an occasion, an event).
_THING_LISTS = ("medium", "situation", "reported_fact", "speech_noun", "time")

RELATIVE_GENDER = {"الذي": "m", "التي": "f", "الذين": "p", "اللذين": "p", "اللتين": "p"}
IN_IT = frozenset({"فيه", "فيها", "فيهم", "فيهما"})
KANA = frozenset({"كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"})
STATED = frozenset({"جاء", "وجاء", "ورد", "وورد"})


@dataclass(slots=True)
class Said:
    """A speaker known at some point of the text, for continuations."""

    mention: Mention
    gender: str
    token: int
    spoke: bool = True  # False: a subject whose cue had no content of its own


@dataclass(slots=True)
class State:
    view: DocView
    quotes: list[Quote] = field(default_factory=list)
    said: list[Said] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)  # regions used by a quote
    covered: list[tuple[int, int]] = field(default_factory=list)  # token spans of quotes
    ranker: SpeakerRanker | None = None
    # For training the ranker: each cue quote with its candidates and their features.
    choices: list[Choice] | None = None


@dataclass(slots=True)
class Choice:
    quote: Quote
    candidates: list[Candidate]
    rows: list[dict[str, float]]
    # The candidates the ranker chooses among (not a verb's object); empty where the
    # rules' speaker stands without it ("التي تتهمها تركيا").
    ranked: list[int] = field(default_factory=list)


def token_at(v: DocView, offset: int) -> int:
    return max(0, bisect_right(v.starts, offset) - 1)


def remember(state: State, said: Said) -> None:
    """Keeps a speaker for later quotes unless it names a thing: such a subject was
    misread for its own quote ("عبر الهاتف" read as "expressed the phone"), and
    carried forward it takes the quotes of the people named before it."""
    if not _thing_speaker(state.view, said.mention):
        state.said.append(said)


def _thing_speaker(v: DocView, mention: Mention) -> bool:
    """A speaker headed by a word for a thing ("الهاتف"، "البيان"، "مقتل"), with no
    name, title or source word at its head; or a site named after "عبر" ("علق الوزير
    عبر تويتر": via Twitter, which a name does not make "expressed Twitter")."""
    if mention.attrs.get("anonymous") or mention.attrs.get("role"):
        return False
    head = token_at(v, mention.start)
    if head > 0 and v.keys[head - 1] == "عبر" and v.is_("medium", head):
        return True
    return plain_noun(v, head) and any(v.is_(c, head) for c in _THING_LISTS)


def recent(said: list[Said]) -> list[Said]:
    """The latest speakers, newest first: a pronoun or a continuation never reaches
    further back, and a bound keeps long texts linear."""
    return said[: -RECENT_SPEAKERS - 1 : -1]


def make_quote(
    v: DocView,
    kind: str,
    first: int,
    last: int,
    cue: int | None,
    speaker: Mention | None,
    audience: tuple[int, int] | None,
) -> Quote | None:
    while last > first and v.punct(last - 1) and v.texts[last - 1] not in ")]»”":
        last -= 1
    while first < last and v.punct(first, "،,:-–—"):
        first += 1
    if last <= first or not any(
        (v.word(j) and not v.complementizer(j)) or v.tokens[j].kind == "number"
        for j in range(first, last)
    ):
        return None  # nothing said, or a lone "أن" before the clause's own cue
    tokens = v.tokens
    quote = Quote(tokens[first].start, tokens[last - 1].end, kind, speaker=speaker)
    if cue is not None:
        quote.cue = Mention(tokens[cue].start, tokens[cue].end)
        key = v.keys[cue]
        if key not in v.lexicon.cues and key[:1] in ("و", "ف") and key[1:] in v.lexicon.cues:
            quote.cue.start += 1  # "وأضافت" → "أضافت"
        hit = v.cue(cue)
        if hit is not None:
            quote.cue.canonical = hit.form.lemma
    if audience is not None:
        a, b = audience
        quote.audience = Mention(tokens[a].start, tokens[b - 1].end)
    return quote


def overlaps(state: State, first: int, last: int) -> bool:
    return any(a < last and first < b for a, b in state.covered)


def record(state: State, quote: Quote, words: tuple[int, int], region: int | None) -> None:
    """Keep a quotation found: its words are covered, its quoted region claimed."""
    state.quotes.append(quote)
    state.covered.append(words)
    if region is not None:
        state.claimed.add(region)
