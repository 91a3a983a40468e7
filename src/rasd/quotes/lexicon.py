"""The quotation rules' word knowledge, read from the package's data files.

`cues.tsv` holds the reporting verbs (قال، أكد، أضاف…) with their forms by gender and
number; `words.tsv` the word lists (titles, time words, audiences…). Both are plain
text so that linguists can extend them without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

from rasd.text.normalize import match_key

PACKAGE = "rasd.quotes"
CUES_RESOURCE = "cues.tsv"
# Cues mined from the news corpus by their frames (mine.py, `rasd train cues`), read
# after cues.tsv: a hand-written form keeps its entry.
MINED_RESOURCE = "mined_cues.tsv"
WORDS_RESOURCE = "words.tsv"
NOUNS_COLUMN = "nouns"

# Pronoun enclitics a cue may carry as its object (وصفه، اعتبرته، رأتها); not نا,
# which is as often the subject ("اشترطنا": we demanded).
OBJECT_ENCLITICS = ("هما", "هم", "هن", "ها", "ه")

# Relative pronouns ("التي قال"، "الذي اتهم"): closed-class grammar, kept here so that
# the rules (extract.py) and the ranker (ranker.py) read one definition.
RELATIVES = frozenset({"الذي", "التي", "الذين"})

# Demonstratives ("تلك المصادر"، "وتعتبر هذه أول زيارة"), closed-class grammar too.
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هذين", "هاتين"})


# The letters of cues.tsv's `takes` column that are flags (its header says what each
# means), not words that may follow the cue.
_FLAGS = frozenset({"N", "-", "O", "S", "M", "F", "A", "C"})


@dataclass(frozen=True, slots=True)
class CueForm:
    """One surface form of a reporting verb."""

    lemma: str
    takes: frozenset[str]  # what may follow: أن على ب إلى من عن N, or "-" (quotes only)
    gender: str  # "m" | "f" | "p" (plural or dual)
    participle: bool  # مضيفا: takes its speaker from the clause

    @property
    def complements(self) -> frozenset[str]:
        """The words that may open what was said after the cue: its complementizer and
        prepositions ("ان"، "على"، "ب"، "الى" …, as match keys)."""
        return self.takes - _FLAGS


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: dict[str, CueForm]  # match_key of the form → cue
    words: dict[str, frozenset[str]]  # category → match_keys
    # match_key of a verbal noun of speech (تصريح، إعلان) → its verb's cue
    nouns: dict[str, CueForm] = field(default_factory=dict)

    # match_key → the word lists holding it (built from `words`), so that a word's
    # lists are found in one lookup.
    _lists_of: dict[str, frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        lists: dict[str, set[str]] = {}
        for category, keys in self.words.items():
            for key in keys:
                lists.setdefault(key, set()).add(category)
        self._lists_of.update((key, frozenset(c)) for key, c in lists.items())

    def has(self, category: str, key: str) -> bool:
        # Asked a hundred thousand times per stream: the shared empty set, not a new
        # `frozenset()` call for every look-up.
        return key in self.words.get(category, NO_LISTS)

    def lists_of(self, key: str) -> frozenset[str]:
        """The word lists that hold `key`."""
        return self._lists_of.get(key, NO_LISTS)

    @property
    def list_index(self) -> dict[str, frozenset[str]]:
        """match_key → the word lists holding it (absent: none, `NO_LISTS`), for a
        caller that looks up many forms: its bound `get` costs less than `lists_of`."""
        return self._lists_of

    @property
    def lemmas(self) -> set[str]:
        return {c.lemma for c in self.cues.values()}


# Most forms are in no list: one shared empty set, not a new one per look-up (Python
# makes a fresh `frozenset()` on every call, and each new word form asks several times).
NO_LISTS: frozenset[str] = frozenset()


def _rows(text: str) -> list[list[str]]:
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def parse_cues(text: str) -> dict[str, CueForm]:
    rows = _rows(text)
    header, body = rows[0], rows[1:]
    if header[:2] != ["lemma", "takes"]:
        raise ValueError(f"{CUES_RESOURCE}: the first row must name the columns")
    cues: dict[str, CueForm] = {}
    for row in body:
        row = row + [""] * (6 - len(row))
        lemma, takes = row[0], frozenset(match_key(t) for t in row[1].split())
        for column, gender, participle in ((2, "m", False), (3, "f", False), (4, "p", False)):
            for form in row[column].split():
                cues.setdefault(match_key(form), CueForm(lemma, takes, gender, participle))
        for form in row[5].split():
            key = match_key(form)
            cues.setdefault(key, CueForm(lemma, takes, _participle_gender(key), True))
    return cues


def _participle_gender(key: str) -> str:
    """A participle's gender by its ending (قائلة، قائلين), or by the pronoun of a
    speech noun that serves as one ("بقولها"); "بالقول" names no speaker and, like a
    plural, agrees with any."""
    if key.endswith(("ة", "ها")):
        return "f"
    if key.endswith(("ين", "ون", "هم", "هما")) or key.startswith("بال"):
        return "p"
    return "m"


def parse_nouns(text: str) -> dict[str, CueForm]:
    """The `nouns` column: verbal nouns that introduce what their possessor said
    ("تصريح الرئيس بأن"), each with its verb's cue."""
    rows = _rows(text)
    header, body = rows[0], rows[1:]
    if NOUNS_COLUMN not in header:
        return {}
    column = header.index(NOUNS_COLUMN)
    nouns: dict[str, CueForm] = {}
    for row in body:
        if len(row) <= column:
            continue
        form = CueForm(row[0], frozenset(match_key(t) for t in row[1].split()), "m", False)
        for noun in row[column].split():
            nouns.setdefault(match_key(noun), form)
    return nouns


def parse_words(text: str) -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for row in _rows(text):
        category, _, items = row[0], None, row[1] if len(row) > 1 else ""
        words.setdefault(category, set()).update(
            match_key(w).replace("_", " ") for w in items.split()
        )
    return {k: frozenset(v) for k, v in words.items()}


def load_lexicon(mined: bool = True) -> Lexicon:
    """The shipped cue lexicon and word lists; `mined=False` leaves out the mined cues
    (for the miner, which lists only forms not yet known)."""
    files = resources.files(PACKAGE)
    cue_text = (files / CUES_RESOURCE).read_text(encoding="utf-8")
    words = parse_words((files / WORDS_RESOURCE).read_text(encoding="utf-8"))
    cues = parse_cues(cue_text)
    mined_file = files / MINED_RESOURCE
    if mined and mined_file.is_file():
        for key, form in parse_cues(mined_file.read_text(encoding="utf-8")).items():
            cues.setdefault(key, form)
    return Lexicon(cues, words, parse_nouns(cue_text))
