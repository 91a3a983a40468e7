"""Quotations: direct and reported speech with their speakers, cue and audience.

The rules, in the order they run over a document:

1. Quoted regions are found per paragraph (`marks.py`); those right after a naming
   word (باسم، حزب، عملية، وكالة…) are names, not speech.
2. Each reporting cue outside quotes (قال، أكد، مضيفا…, `cues.tsv`) gets a speaker:
   the noun phrase after it (verb-first; after عن for relays "نقلت X عن Y", and after
   "نقلا عن" in "ذكرت X، نقلا عن Y، أن"; X itself in "نقلت X أن"), else the
   subject before it ("لافروف قال", "أما X فاعتبر"), else the antecedent of a relative
   pronoun that agrees with the verb, else the speaker of the clause (participles,
   "التي قال"), else the previous speaker of the same gender. A quoted name right
   after the cue or speaker ("مدير المبيعات "سامي الراشد"؛ أن") is the speaker's
   name. Then the cue's content: the first quoted region, colon, orphan
   closing mark or complementizer (أن، إن، بأن، على…) after it in the sentence. A
   complementizer whose clause is one quotation makes a direct quote of it; otherwise
   the clause up to the next cue, clause cut or sentence end is an indirect quote.
3. Attributions (بحسب X، وفقا لـ X، نقلا عن X) make the rest of their sentence X's.
4. Headlines "X: …" and "X "…"" are X's; a long quotation that no cue claimed and
   that opens its paragraph continues the previous speaker.
5. A title alone right after its cue ("وأضافت الممثلة والمنتجة") names again the
   person the previous quotation named, when nobody else was named in between.

Where the rules live (lowest first; each module imports only those before it):
`state.py` (the passes' shared state, making and recording a quote), `clues.py`
(small shared readings), `regions.py` (quoted regions), `sources.py`
(attribution sources), `cue_complements.py` (the preposition, object or
addressee that opens a cue's complement), `clause_cuts.py` (where a reported
clause is cut), `asides.py` (what stands between a cue's subject and its
content), `content.py` (what was said, clause ends), `subjects.py`
(subjects before the verb, antecedents), `implicit.py` (zero subjects),
`candidates.py` (candidate speakers, the ranker's choice), `inner.py` (quotes
inside a reported clause), `cue_readings.py` (whether a cue's form is speech),
`cue_subjects.py` (the speaker phrase's edges around a cue), `relays.py` (نقل عن),
`cue_quotes.py` (a cue's quotation), `attributions.py`
(بحسب/وفقا لـ, statements, launched, noun cues), `headlines.py` (headlines,
continuations, subheadings, coordinated). The speaker phrase itself is read by
`speakers.py` and the modules under it (`speaker_words.py`, `circumstances.py`,
`phrase_objects.py`, `share_phrases.py`, `quoted_names.py`, `phrase_names.py`,
`noun_phrase.py`, `full_names.py`; its docstring says which decides what);
`double_readings.py` drops a clause read again around its quoted predicate. This module keeps QuoteExtractor and the
order of the passes.
"""

from __future__ import annotations

from rasd.document import Document, Quote
from rasd.quotes.as_put import as_put
from rasd.quotes.attributions import attributions, launched, noun_cues, slogans, statements
from rasd.quotes.cue_quotes import cue_quotes
from rasd.quotes.double_readings import drop_clause_doubles
from rasd.quotes.headlines import (
    continuations,
    coordinated,
    descriptions_of_previous,
    headlines,
    subheadings,
)
from rasd.quotes.lexicon import Lexicon, load_lexicon
from rasd.quotes.ranker import SpeakerRanker, load_ranker
from rasd.quotes.state import Choice, State
from rasd.quotes.view import DocView
from rasd.quotes.word_forms import WordInfo
from rasd.text.normalize import match_key
from rasd.text.tokens import load_lexicon as load_frequencies

MAX_CACHED_WORDS = 200_000


class QuoteExtractor:
    """Finds the quotations of analysed documents (needs tokens and sentences)."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        frequencies: dict[str, int] | None = None,
        ranker: SpeakerRanker | bool | None = True,
    ):
        """`ranker`: True for the shipped speaker ranker, False for the rules' own
        choice, or a `SpeakerRanker`."""
        self.lexicon = lexicon or load_lexicon()
        self.frequencies = frequencies if frequencies is not None else load_frequencies()
        self.words: dict[str, WordInfo] = {}  # per word form, filled as documents come
        self.ranker = load_ranker() if ranker is True else ranker or None

    def __call__(self, doc: Document) -> list[Quote]:
        return self._run(doc, None)

    def choices(self, doc: Document) -> list[Choice]:
        """The cue quotes of `doc` with their candidate speakers and features (for
        training and inspecting the ranker)."""
        found: list[Choice] = []
        self._run(doc, found)
        return found

    def _run(self, doc: Document, choices: list[Choice] | None) -> list[Quote]:
        if not doc.tokens:
            return []
        if len(self.words) > MAX_CACHED_WORDS:
            self.words.clear()
        view = DocView(doc, self.lexicon, self.frequencies, self.words)
        state = State(view, ranker=self.ranker, choices=choices)
        cue_quotes(state)
        statements(state)
        launched(state)
        noun_cues(state)
        slogans(state)
        attributions(state)
        as_put(state)
        headlines(state)
        continuations(state)
        subheadings(state)
        coordinated(state)
        _complete_names(state.quotes, doc, self.lexicon)
        state.quotes.sort(key=lambda q: (q.start, q.end))
        descriptions_of_previous(state.view, state.quotes)
        return drop_clause_doubles(state.quotes, doc, self.lexicon)


def _complete_names(quotes: list[Quote], doc: Document, lexicon: Lexicon) -> None:
    """A short name takes the longest speaker name of the article that contains it
    ("الصفدي" → "أيمن الصفدي" when another quote names him in full), else the
    longest organisation it begins ("المرصد السوري" → "المرصد السوري لحقوق الإنسان").
    A name that only holds it as a title's complement ("مدير صندوق الاستثمارات
    العامة" for "صندوق الاستثمارات العامة") names someone else.
    Names are kept in the article's order, so of two equally long the first told wins
    on every run (a set's order changes with the string hash seed)."""
    names = dict.fromkeys(
        q.speaker.canonical for q in quotes if q.speaker is not None and q.speaker.canonical
    )
    organisations = _organisations(doc)
    words = {name: name.split() for name in names}
    for q in quotes:
        if q.speaker is None or q.speaker.attrs.get("anonymous"):
            continue
        short = (q.speaker.canonical or doc.slice(q.speaker)).split()
        longer = [
            name
            for name, parts in words.items()
            if len(parts) > len(short)
            and _contains(parts, short)
            and not _post_of(parts, short, lexicon)
        ]
        if longer and (q.speaker.canonical or len(short) == 1):
            q.speaker.canonical = max(longer, key=len)
            continue
        body = [name for name in organisations if name.split()[: len(short)] == short]
        if body and len(short) > 1:
            q.speaker.canonical = max(body, key=len)


def _organisations(doc: Document) -> list[str]:
    """Organisation names as the entity layer writes them ("المرصد السوري لحقوق
    الإنسان"), which complete a shorter speaker they begin with ("المرصد السوري"),
    in the article's order."""
    return list(
        dict.fromkeys(
            " ".join(doc.slice(e).split()) for e in doc.entities or [] if e.label == "ORG"
        )
    )


def _contains(parts: list[str], short: list[str]) -> bool:
    n = len(short)
    return any(parts[i : i + n] == short for i in range(len(parts) - n + 1))


def _post_of(parts: list[str], short: list[str], lexicon: Lexicon) -> bool:
    """`short` follows a title without the article ("مدير صندوق …"، "وزير خارجية …"):
    the construct makes it the body whose post the longer name holds, not its holder
    (with the article, "الرئيس دونالد ترمب", the title is apposed to the same person)."""
    n = len(short)
    return any(
        parts[i : i + n] == short and lexicon.has("title", match_key(parts[i - 1]))
        for i in range(1, len(parts) - n + 1)
        if not match_key(parts[i - 1]).startswith("ال")
    )


def extract_quotes(doc: Document, extractor: QuoteExtractor | None = None) -> list[Quote]:
    """The quotations of an analysed document (tokens and sentences filled).

    For many documents build one `QuoteExtractor` and pass it: it loads the lexicons.
    """
    return (extractor or QuoteExtractor())(doc)
