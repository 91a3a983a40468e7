"""Reporting cues mined from the news corpus by the frames that introduce speech.

A word that introduces quotations shows it by what follows it across thousands of
articles: a complementiser (أن/إن/بأن, with pronoun suffixes), directly ("أكد أن") or
after a short subject ("أكد الوزير أن"), or a colon and an opening quotation mark
("قال الوزير: «…»"). For each word form (match key, a proclitic و/ف stripped) this
module counts those frames against the form's total count; `rasd train cues` writes the
forms not yet in `cues.tsv` whose ratios pass one threshold for the whole list.

Modal and temporal words also precede أن directly ("يجب أن"، "بعد أن"), so the frame
that counts is the one with a subject between the word and the complementiser, and
the subject may not open with a preposition ("يجب على الحكومة أن"). Articles of the
annotated sets (their id, url or title) are skipped, so that the evaluation texts do
not choose the cues.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rasd.quotes.lexicon import Lexicon
from rasd.text.normalize import match_key
from rasd.text.tokens import TOKEN_RE

BARE_SHARE = 100  # a bare form this much rarer than the form with و/ف is another word
MAX_SUBJECT = 3  # words of a subject between the cue and its complementiser
# أن، إن، بأن with a pronoun suffix, after match_key (one alef).
COMPLEMENTISER = re.compile(r"^ب?ان(?:ه|ها|هم|هما|هن|ني|نا|ك|كم)?$")
# The first word of a subject is a noun, not a preposition or particle ("يجب على").
NOT_SUBJECT = frozenset(
    match_key(w)
    for w in "على من في إلى عن مع ب ل عند لدى قبل بعد منذ حتى لا لم لن ما قد لقد أن إن".split()
)
PREPOSITIONAL = ("بال", "لل", "كال")  # ب/ل/ك with the article: a prepositional phrase
OPENING_MARKS = frozenset('«"“')
CLOSED_CLASSES = ("function", "opener", "cut")  # words.tsv lists that are never cues
MIN_OPENS = 0.5  # share of a cue's occurrences that open a clause, as verbs do (VSO)
OBJECT_SHARE = 0.5  # share of بأن in a form's subject frames that marks an object
PARTNER_RATIO = 0.05  # speech-frame share a form's gender/number partner needs
# Forms ending so are feminine (قالت، مضيفة), plural or dual (قالوا، يقولون، قالا).
FEMININE_ENDINGS = ("ت", "ة")
PLURAL_ENDINGS = ("وا", "ون", "ين", "تا")


@dataclass(slots=True)
class FormCounts:
    """How often one word form occurs, and in which speech frames."""

    total: int = 0
    direct: int = 0  # followed directly by أن/إن/بأن
    subject: int = 0  # followed by a 1-3 word subject, then أن/إن/بأن
    colon: int = 0  # followed (after up to 3 words) by a colon and a quotation mark
    inna: int = 0  # direct or subject frame with إن written with its hamza (قال-type)
    bi: int = 0  # subject frame closed by بأن: the words between are mostly an object
    opens: int = 0  # opens a clause: after punctuation or with a proclitic و/ف

    def ratio(self, frame: str) -> float:
        return getattr(self, frame) / self.total if self.total else 0.0


@dataclass(slots=True)
class Mined:
    forms: dict[str, FormCounts] = field(default_factory=dict)
    articles: int = 0

    def of(self, key: str) -> FormCounts:
        counts = self.forms.get(key)
        if counts is None:
            counts = self.forms[key] = FormCounts()
        return counts


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """Match keys of words, punctuation kept as itself (a subject may not cross it),
    and the words as written (إن and أن differ there)."""
    keys, raw = [], []
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        word = m.group()
        keys.append(match_key(word) if kind == "word" else word if kind == "punct" else "#")
        raw.append(word)
    return keys, raw


def _is_word(token: str) -> bool:
    return token[:1].isalpha()


def _stem(key: str, frequencies: dict[str, int]) -> str:
    """The form without a proclitic و/ف ("وقال" → "قال") where the bare form is a word
    of its own, at least 1/BARE_SHARE as frequent ("ويليامسون" stays whole); short words are
    kept whole."""
    if key[:1] in "وف" and len(key) > 3:
        bare = key[1:]
        if frequencies.get(bare, 0) * BARE_SHARE >= frequencies.get(key, 0):
            return bare
    return key


def _subject_word(token: str) -> bool:
    """A word that may stand in a subject: not a particle nor a prepositional phrase
    ("الجدير بالذكر أن"، "تجدر الإشارة إلى أن")."""
    return _is_word(token) and token not in NOT_SUBJECT and not token.startswith(PREPOSITIONAL)


def count_frames(text: str, mined: Mined, frequencies: dict[str, int]) -> None:
    """Add one text's frame counts to `mined`; `frequencies` (word form → count) decides
    whether a leading و/ف is a proclitic."""
    tokens, raw = _tokens(text)
    n = len(tokens)
    for i, token in enumerate(tokens):
        if not _is_word(token) or COMPLEMENTISER.match(token):
            continue
        stem = _stem(token, frequencies)
        counts = mined.of(stem)
        counts.total += 1
        if stem != token or i == 0 or not _is_word(tokens[i - 1]) or tokens[i - 1] in "وف":
            counts.opens += 1
        nxt = tokens[i + 1] if i + 1 < n else ""
        if COMPLEMENTISER.match(nxt):
            counts.direct += 1
            counts.inna += raw[i + 1].startswith("إ")
            continue
        for j in range(i + 1, min(i + 2 + MAX_SUBJECT, n)):
            t = tokens[j]
            if t == ":" and j + 1 < n and tokens[j + 1] in OPENING_MARKS:
                counts.colon += 1
                break
            if j > i + 1 and COMPLEMENTISER.match(t):
                counts.subject += 1
                counts.inna += raw[j].startswith("إ")
                counts.bi += t.startswith("ب")
                break
            if not _subject_word(t):
                break


def held_out(dirs: Iterable[Path]) -> set[str]:
    """Ids, urls and titles of the annotated articles (ANT/TREC files), never mined."""
    keys: set[str] = set()
    for folder in dirs:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            keys.add(path.stem)
            for tag in ("DOCNO", "URL", "TITLE"):
                m = re.search(rf"<{tag}>(.*?)</{tag}>", text, re.S)
                if m and m.group(1).strip():
                    keys.add(m.group(1).strip())
            if "<DOC>" not in text:  # a plain article: its first line is the title
                keys.add(text.strip().splitlines()[0].strip())
    return keys


def news_articles(paths: Iterable[Path], skip: set[str]) -> Iterator[str]:
    """Title, abstract and body of each corpus article not in `skip`."""
    for path in paths:
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                ids = (record.get(k) for k in ("id", "url", "title"))
                if any(isinstance(v, str) and v.strip() in skip for v in ids):
                    continue
                parts = (record.get(k) for k in ("title", "abstract", "text", "content"))
                yield "\n".join(p for p in parts if isinstance(p, str))


def mine(texts: Iterable[str], frequencies: dict[str, int]) -> Mined:
    mined = Mined()
    for text in texts:
        mined.articles += 1
        count_frames(text, mined, frequencies)
    return mined


def gender_of(key: str) -> tuple[str, bool]:
    """The speaker's gender/number a form agrees with, and whether it is a participle
    (مضيفا، سائلا), read from its affixes: the mined forms have no paradigm."""
    participle = (
        key.endswith(("ا", "ة", "ين"))
        and not key.endswith("وا")
        and (key[:1] == "م" or key[1:2] == "ا")
    )
    if key.endswith(PLURAL_ENDINGS) or (key[:1] == "ي" and key.endswith("ان")):
        return "p", participle
    if key.endswith(FEMININE_ENDINGS):
        return "f", participle
    return "m", participle


def speech_ratio(c: FormCounts) -> float:
    """Share of a form's occurrences in a speech frame: subject + أن/إن, or colon + mark."""
    return (c.subject + c.colon) / c.total if c.total else 0.0


def partners(key: str) -> set[str]:
    """The forms that agree with another speaker's gender or number: past قال/قالت,
    present يقول/تقول, participle قائلا/قائلة/قائلين, plural past قال/قالوا."""
    out = {key[:-1]} if key.endswith("ت") else {key + "ت"}
    if key.endswith("وا"):
        out.add(key[:-2])
    else:
        out.add(key + "وا")
    if key.endswith("ا"):
        out.update((key[:-1] + "ة", key[:-1] + "ين"))
    if key.endswith(("ة", "ين")):
        out.add(key[: -1 if key.endswith("ة") else -2] + "ا")
    if key[:1] in "يت":
        out.add("تي"[key[:1] == "ت"] + key[1:])
    return out


def _verb_like(c: FormCounts | None, min_opens: float) -> bool:
    return c is not None and c.ratio("opens") >= min_opens and speech_ratio(c) >= PARTNER_RATIO


def candidates(
    mined: Mined, known: set[str], min_count: int, min_ratio: float, min_opens: float = MIN_OPENS
) -> list[tuple[str, FormCounts]]:
    """Forms not in `known` seen at least `min_count` times, opening a clause (a verb's
    place) in `min_opens` of them and in a speech frame in `min_ratio`, whose form for
    another gender or number (قالت for قال) also opens clauses in speech frames: a
    first-person verb (نسأل، أكاد), a particle (لكني) or a name has no such partner.
    Sorted by ratio."""
    rows = [
        (key, c)
        for key, c in mined.forms.items()
        if key not in known
        and c.total >= min_count
        and c.ratio("opens") >= min_opens
        and speech_ratio(c) >= min_ratio
        and any(_verb_like(mined.forms.get(p), min_opens) for p in partners(key))
    ]
    return sorted(rows, key=lambda kc: (-speech_ratio(kc[1]), kc[0]))


MINED_HEADER = """\
# Reporting cues mined from the news corpus (rasd train cues; rasd/quotes/mine.py):
# forms not in cues.tsv that open a clause at least {opens:.0%} of the time and are
# followed by a subject and أن/إن, or by a colon and a quotation mark, in at least
# {min_ratio:.0%} of their {min_count}+ occurrences. Same columns as cues.tsv; each form is
# its own lemma, its gender read from its affixes. Generated: edit the thresholds, not
# the rows.
lemma\ttakes\tmasc\tfem\tplural\tparticiple
"""


def cue_rows(rows: list[tuple[str, FormCounts]]) -> list[str]:
    """cues.tsv rows for mined forms: the complementiser frame takes أن (with an object
    before it where بأن closes most of its frames; not ب and a noun, which the corpus
    does not show), a colon frame alone quotations only."""
    lines = []
    for key, c in rows:
        takes = "أن" if c.subject >= c.colon else "-"
        if takes == "أن" and c.bi >= c.subject * OBJECT_SHARE:
            takes = "أن O"  # "طمأن الشعب بأن": an object stands before بأن (cf. وعد، هدد)
        gender, participle = gender_of(key)
        cells = ["", "", "", ""]
        cells[3 if participle else "mfp".index(gender)] = key
        lines.append("\t".join([key, takes, *cells]))
    return lines


# The thresholds, chosen on dev folds 0-1 (quote spans and attributed F1) and confirmed
# on dev fold 2 (docs/accuracy.md, "Cues mined from the news corpus").
MIN_COUNT = 50
MIN_RATIO = 0.1


def known_words(lexicon: Lexicon) -> set[str]:
    """Forms the miner leaves out: the cues and speech nouns already listed, and the
    closed-class words of words.tsv (particles, openers, clause cuts)."""
    known = set(lexicon.cues) | set(lexicon.nouns)
    for category in CLOSED_CLASSES:
        known |= lexicon.words.get(category, frozenset())
    return known


def mined_cues_text(
    mined: Mined, lexicon: Lexicon, min_count: int = MIN_COUNT, min_ratio: float = MIN_RATIO
) -> str:
    """The mined cue file: its header, then one row per selected form."""
    rows = candidates(mined, known_words(lexicon), min_count, min_ratio)
    header = MINED_HEADER.format(opens=MIN_OPENS, min_ratio=min_ratio, min_count=min_count)
    return header + "".join(line + "\n" for line in cue_rows(rows))
