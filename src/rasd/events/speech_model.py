"""Speech acts under a plain cue, learned: "قال"، "أكد"، "أضاف" followed by a criticism,
a demand, a denial, a threat or support.

The lexicon of `speech.py` codes a quotation whose cue names the act ("انتقد"،
"طالب") or whose words hold one of its phrases. Most speech acts in the news are told
with a plain cue, and their act lies in the content words ("إن ترامب مثير للانقسام"،
"روسيا يجب أن تقدم أجوبة"). A logistic model per act type, one against all others and
against no act, reads the cue, the quotation's words (light stems) and the lexicon's
readings, and gives each quotation the lexicon leaves uncoded a type when its
probability clears the threshold chosen in training (`rasd train speech-acts`, model
card `SPEECH_ACT_CARD.md`). The speaker is the source, as for the lexicon's acts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from rasd.document import Document, Quote
from rasd.events.keys import light_key
from rasd.events.sentence import WORD_LISTS
from rasd.events.speech_lexicon import SpeechActs
from rasd.linear import LinearModel, load_json_model
from rasd.text.normalize import match_key

PACKAGE = "rasd.events"
MODEL_RESOURCE = "data/speech_act_model.json"
SPEECH_TYPES = ("DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "SUPPORT")
_NEGATORS = frozenset({"لا", "لم", "لن", "ليس", "ليست", "غير", "عدم", "دون"})
_ATTRIBUTING = WORD_LISTS.words("attributing")
# Function words carry no act; left out so the vocabulary is the content's.
_FUNCTION = frozenset(
    "في من الى على عن ان أن إن انه انها ما مع هذا هذه ذلك التي الذي الذين كان كانت "
    "قد لقد او أو ثم كما بعد قبل حتى هو هي هم عند بين كل".split()
)
_CLITICS = ("وال", "فال", "بال", "لل", "كال", "ال", "و", "ف", "ب", "ل", "ك")
_SUFFIXES = ("", "ه", "ها", "هم", "ة", "ا", "ات", "ي")


def _evaluative_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[tuple[str, str]]]:
    """The `evaluative` list of words.tsv: whole words, openings and two-word phrases."""
    whole, openings, pairs = set(), [], set()
    for entry in WORD_LISTS.forms("evaluative"):
        if "_" in entry:
            first, second = entry.split("_")
            pairs.add((first, second))
        elif entry.endswith("="):
            whole.update(entry[:-1] + s for s in _SUFFIXES)
        else:
            openings.append(entry)
    return frozenset(whole), tuple(openings), frozenset(pairs)


_WHOLE, _OPENINGS, _PAIRS = _evaluative_words()
_FIRSTS = frozenset(a for a, _ in _PAIRS)


def bare_forms(word: str) -> set[str]:
    """The word and its forms without a leading conjunction, preposition or article."""
    forms = {word}
    for clitic in _CLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 3:
            forms.add(word[len(clitic) :])
    return forms


def evaluative(text: str) -> bool:
    """Whether a quotation holds a word of blame or a bad judgement (`evaluative`)."""
    words = re.findall(r"\w+", match_key(text))
    for i, word in enumerate(words):
        forms = bare_forms(word)
        negated = i > 0 and words[i - 1].removeprefix("و") in _NEGATORS
        if not negated and (forms & _WHOLE or any(f.startswith(_OPENINGS) for f in forms)):
            return True
        first = word.removeprefix("و")
        if i + 1 < len(words) and first in _FIRSTS:
            nexts = bare_forms(words[i + 1])
            if any(n.startswith(b) for a, b in _PAIRS if a == first for n in nexts):
                return True
    return False


def _stems(text: str) -> set[str]:
    """The light stems of a text's words, without a leading و/ف."""
    out = set()
    for word in re.findall(r"\w+", match_key(text)):
        word = word[1:] if word[:1] in "وف" and len(word) > 3 else word
        if word not in _FUNCTION and not word.isdigit():
            out.add(light_key(word))
    return out


@cache
def _content_stems() -> dict[str, dict[str, float]]:
    """Per act type, stem -> log ratio of how much more often the stem follows the act's
    own verbs than a plain verb of saying in unannotated news
    (`benchmarks/mine_speech_stems.py`). The shipped model was fitted with these
    features, so a missing table is an install error, not an empty feature set."""
    path = resources.files(PACKAGE) / "data" / "speech_stems.tsv"
    tables: dict[str, dict[str, float]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            kind, stem, score, *_ = line.split("\t")
            tables.setdefault(kind, {})[stem] = float(score)
    return tables


def content_features(stems: set[str]) -> dict[str, float]:
    """How much a quotation's words are those of each act in the news at large (the
    words after "انتقد"، "طالب"، "نفى"، "هدد"، "أشاد" against those after "قال"): a few
    dense features learnt on 120,000 articles, where the bag of stems is learnt on 3,500
    quotations."""
    row = {}
    for kind, table in _content_stems().items():
        scores = sorted((table[s] for s in stems if s in table), reverse=True)
        row[f"{kind}_count"] = min(len(scores), 4) / 4
        row[f"{kind}_top"] = sum(scores[:2]) / 10
    return row


def quote_features(doc: Document, quote: Quote, acts: SpeechActs) -> dict[str, float]:
    """One row for a quotation: its cue, kind, the lexicon's readings, negation, the
    light stems of its words and how much they are each act's words in the news
    (`content_features`)."""
    cue = doc.slice(quote.cue) if quote.cue else ""
    words = match_key(doc.slice(quote)).split()
    row = {
        f"cue={light_key(cue.removeprefix('و').removeprefix('ف')) if cue else '-'}": 1.0,
        f"kind={quote.kind}": 1.0,
        f"lexicon={acts.content_type(doc.slice(quote)) or '-'}": 1.0,
        "negated": float(any(w in _NEGATORS for w in words)),
        "long": float(len(words) > 25),
    }
    stems = _stems(doc.slice(quote))
    row.update((f"w={s}", 1.0) for s in stems)
    row.update(content_features(stems))
    return row


class SpeechActModel:
    """One linear model per act type, the probability an act must reach and the types
    it codes: every model competes for a quotation, but a type whose held-out acts are
    mostly wrong (training chooses) is not coded, so its quotations stay statements.
    `aimed`: an act it types is kept only when the side rules read a person or body
    other than the speaker as its target (a plain statement is aimed at no one).
    `judging`: only when its quotation holds a word of blame or a bad judgement
    (`evaluative`; an account of facts holds none)."""

    def __init__(
        self,
        models: dict[str, LinearModel],
        threshold: float,
        coded: frozenset[str] | None = None,
        aimed: bool = False,
        judging: bool = False,
    ) -> None:
        self.models = models
        self.threshold = threshold
        self.coded = frozenset(models) if coded is None else coded
        self.aimed = aimed
        self.judging = judging

    def classify(self, rows: list[dict[str, float]]) -> list[str | None]:
        """Per row, the most probable act type at or above the threshold, else None."""
        if not rows:
            return []
        types = list(self.models)
        probs = np.stack([self.models[t].probabilities(rows) for t in types], axis=1)
        best = probs.argmax(axis=1)
        return [
            types[b] if probs[i, b] >= self.threshold and types[b] in self.coded else None
            for i, b in enumerate(best)
        ]

    def to_dict(self) -> dict[str, object]:
        return {
            "threshold": self.threshold,
            "coded": sorted(self.coded),
            "aimed": self.aimed,
            "judging": self.judging,
            "types": {
                t: m.to_dict() | {"weights": [round(w, 5) for w in m.weights.tolist()]}
                for t, m in self.models.items()
            },
        }

    @classmethod
    def from_dict(cls, data: dict) -> SpeechActModel:
        models = {t: LinearModel.from_dict(m) for t, m in data["types"].items()}
        coded = frozenset(data["coded"]) if "coded" in data else None
        aimed, judging = (bool(data.get(k, False)) for k in ("aimed", "judging"))
        return cls(models, float(data["threshold"]), coded, aimed, judging)


def _attributing(doc: Document, quote: Quote) -> bool:
    if quote.cue is None:
        return False
    return match_key(doc.slice(quote.cue)).removeprefix("و").removeprefix("ف") in _ATTRIBUTING


def load_speech_model(path: Path | None = None) -> SpeechActModel | None:
    """The shipped model (or one at `path`); None when the package has none."""
    return load_json_model(SpeechActModel.from_dict, PACKAGE, MODEL_RESOURCE, path)


def learned_types(
    doc: Document, quotes: Iterable[Quote], model: SpeechActModel, acts: SpeechActs
) -> dict[int, str]:
    """The act type the model gives each quotation it codes, by the quotation's start."""
    quotes = [q for q in quotes if not _attributing(doc, q)]
    kinds = model.classify([quote_features(doc, q, acts) for q in quotes])
    return {
        q.start: t
        for q, t in zip(quotes, kinds, strict=True)
        if t is not None and (not model.judging or evaluative(doc.slice(q)))
    }
