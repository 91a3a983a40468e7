"""Held-out figures of the event confidence filter with lexical sense features.

The shipped filter (`rasd/events/confidence.py`) sees generic features only. This
ablation adds, per coded event, features of the word that triggered it and its context,
and reports the held-out event P/R/F1 of each feature set the way `rasd train
event-filter` chooses its model: each development fold (0-2 of both folders) filtered
by a model fitted on the other two, C and threshold chosen for the best held-out F1
with precision at least recall. The check folds are neither read nor trained on.

Feature groups (on top of the generic ones):
- trigger: the light key of the trigger word's stem, and type × key;
- lemma: the trigger lexicon's lemma and kind (verb, noun…), each × type; a speech
  act's cue key;
- context: the keys of the two words before and after the trigger, in its sentence;
- syntax: a negator, modal/intent/conditional word, habitual adverb or relative
  pronoun in the four words before the trigger; a preposition before it or a ب/ل
  clitic on it; the article on it; its position in the sentence;
- story: section × type, whether the type is coded in the opening or the headline,
  the type's share of the article's events, whether the speech act was typed by the
  learned model.
Lexical features are kept when seen in `--min-count` training events, and are not
standardised (a rare word must not weigh as much as a common one).

    python benchmarks/event_filter_lexical.py ../shared/gold benchmarks/news-gold \\
        --cache /tmp/coded-dev.pkl

The first run codes the development articles (a few minutes: the pipeline, with each
fold's speech acts typed by a model fitted without that fold); `--cache` keeps them.
Needs scikit-learn (the train extra).
"""

from __future__ import annotations

import argparse
import pickle
from bisect import bisect_right
from collections import Counter
from pathlib import Path

import numpy as np
from rich.console import Console

from rasd.document import Document, Event, Token
from rasd.evaluate.gold import event_labels
from rasd.events.commands import _coded_dev_articles
from rasd.events.confidence import event_features
from rasd.events.confidence_train import THRESHOLDS, Examples
from rasd.events.keys import light_key, token_keys
from rasd.events.lexicon import TriggerLexicon
from rasd.events.sentence import BOUNDARY, WORD_LISTS
from rasd.events.speech_train import Articles
from rasd.text.normalize import match_key

LEXICON = TriggerLexicon()
NEGATORS = WORD_LISTS.words("negators")
MODALS = WORD_LISTS.words("possible") | WORD_LISTS.words("conditional")
MODALS |= WORD_LISTS.words("intent")
HABITUAL = WORD_LISTS.words("habitual")
RELATIVES = WORD_LISTS.words("relatives")
PREPOSITIONS = frozenset(match_key(w) for w in WORD_LISTS.words("prepositions"))
GROUPS = ("trigger", "lemma", "context", "syntax", "story")
CONFIGS = {
    "generic (shipped recipe)": (),
    "+ trigger": ("trigger",),
    "+ lemma": ("lemma",),
    "+ syntax": ("syntax",),
    "+ story": ("story",),
    "+ trigger, context, syntax": ("trigger", "context", "syntax"),
    "+ all": GROUPS,
}
C_GRID = (0.03, 0.1, 0.3, 1.0)


def word_key(doc: Document, token: Token) -> str:
    """The light key of a word's stem; punctuation as itself, other tokens by kind."""
    if token.kind == "punct":
        return doc.text[token.start : token.end]
    if token.kind != "word":
        return token.kind
    stem = next((s for s in token.segments if s.kind == "stem"), None)
    text = (stem.form or doc.text[stem.start : stem.end]) if stem else doc.slice(token)
    return light_key(text)


def bare(doc: Document, token: Token) -> str:
    word = match_key(doc.slice(token))
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def trigger_token(doc: Document, event: Event, starts: list[int]) -> int | None:
    """Index of the token the event's trigger (or speech cue) starts with."""
    words = str(event.attrs.get("trigger") or "").split()
    if not words:
        return None
    for i in range(max(0, bisect_right(starts, event.start) - 1), len(doc.tokens)):
        token = doc.tokens[i]
        if token.start >= event.end:
            break
        if doc.slice(token) == words[0]:
            return i
    return None


def lexical_features(
    doc: Document, events: list[Event], groups: tuple[str, ...]
) -> list[dict[str, float]]:
    """The generic features of each event and those of `groups`."""
    rows = event_features(doc, events)
    starts = [t.start for t in doc.tokens]
    section = str(doc.meta.get("cat") or "none")
    opening = {e.type for e in events if e.sentence <= 2 or e.attrs.get("headline")}
    for event, row in zip(events, rows, strict=True):
        if "story" in groups:
            row[f"section|type={section}|{event.type}"] = 1.0
            row["type_in_opening"] = float(event.type in opening)
            row["type_share"] = sum(e.type == event.type for e in events) / len(events)
            row["said_learned"] = float(bool(event.attrs.get("learned")))
        i = trigger_token(doc, event, starts)
        if i is None:
            row["no_trigger"] = 1.0
            continue
        sentence = doc.sentences[event.sentence]
        lo, hi = sentence.token_start, sentence.token_end
        token, key = doc.tokens[i], word_key(doc, doc.tokens[i])
        if "trigger" in groups:
            row[f"trig={key}"] = 1.0
            row[f"type|trig={event.type}|{key}"] = 1.0
        if "lemma" in groups:
            row |= _lemma(doc, event, token, key)
        if "context" in groups:
            for d in (-2, -1, 1, 2):
                j = i + d
                where = ("prev" if d < 0 else "next") + str(abs(d))
                row[f"{where}={word_key(doc, doc.tokens[j]) if lo <= j < hi else '<edge>'}"] = 1.0
        if "syntax" in groups:
            row |= _syntax(doc, i, lo, hi)
    return rows


def _lemma(doc: Document, event: Event, token: Token, key: str) -> dict[str, float]:
    if event.attrs.get("speech"):
        lemma, kind = f"said:{key}", "said"
    else:
        found = LEXICON.lookup(token_keys(doc, token))
        trigger = next((t for t in found if t.type == event.type), found[0] if found else None)
        lemma, kind = (trigger.lemma, trigger.kind) if trigger else (key, "none")
    return {
        f"lemma={lemma}": 1.0,
        f"type|lemma={event.type}|{lemma}": 1.0,
        f"kind={kind}": 1.0,
        f"type|kind={event.type}|{kind}": 1.0,
    }


def _syntax(doc: Document, i: int, lo: int, hi: int) -> dict[str, float]:
    before = [bare(doc, doc.tokens[j]) for j in range(max(lo, i - 4), i)]
    clause = before[max((k for k, w in enumerate(before) if w in BOUNDARY), default=-1) + 1 :]
    token = doc.tokens[i]
    word = match_key(doc.slice(token)).removeprefix("و").removeprefix("ف")
    clitic = any(
        s.kind == "proclitic" and match_key(doc.text[s.start : s.end]) in ("ب", "ل")
        for s in token.segments
    )
    return {
        "neg_near": float(any(w in NEGATORS for w in clause)),
        "modal_near": float(any(w in MODALS for w in clause)),
        "habit_near": float(any(w in HABITUAL for w in clause)),
        "relative_near": float(any(w in RELATIVES for w in clause[-3:])),
        "after_prep": float((bool(before) and before[-1] in PREPOSITIONS) or clitic),
        "definite": float(word.removeprefix("ب").removeprefix("ل").startswith("ال")),
        "trig_pos": (i - lo) / max(1, hi - lo),
    }


def _lexical(name: str) -> bool:
    return "=" in name and not name.startswith(("type=", "section="))


def fit(rows: list[dict[str, float]], labels: list[bool], c: float, min_count: int):
    """Class-balanced logistic weights: generic features standardised, lexical ones
    seen in at least `min_count` events kept as they are."""
    from sklearn.linear_model import LogisticRegression

    counts = Counter(n for r in rows for n, v in r.items() if v)
    names = sorted(n for n in counts if counts[n] >= min_count or not _lexical(n))
    x = matrix(rows, names)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    lexical = np.array([_lexical(n) for n in names])
    mean[lexical], scale[lexical] = 0.0, 1.0
    fitted = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    fitted.fit((x - mean) / scale, np.array(labels))
    weights = fitted.coef_[0] / scale
    return names, weights, float(fitted.intercept_[0] - (weights * mean).sum())


def matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    index = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, row in enumerate(rows):
        for name, value in row.items():
            if name in index:
                x[i, index[name]] = value
    return x


def held_out(folds: dict[int, Examples], c: float, min_count: int) -> dict[float, tuple]:
    """(P, R, F1) of the held-out folds per threshold."""
    probs, labels = [], []
    for fold, held in folds.items():
        train = [e for f, e in folds.items() if f != fold]
        names, w, b = fit(
            [r for e in train for r in e.rows], [y for e in train for y in e.labels], c, min_count
        )
        probs.append(1.0 / (1.0 + np.exp(-(matrix(held.rows, names) @ w + b))))
        labels.append(np.array(held.labels))
    p, y = np.concatenate(probs), np.concatenate(labels)
    required = sum(e.required for e in folds.values())
    table = {}
    for t in THRESHOLDS:
        kept, tp = int((p >= t).sum()), int(((p >= t) & y).sum())
        precision, recall = (tp / kept if kept else 0.0), tp / required
        table[t] = (precision, recall, 2 * precision * recall / (precision + recall) if tp else 0.0)
    return table


def coded_articles(gold_dirs: list[Path], cache: Path | None) -> Articles:
    """The coded development articles, from `cache` (a pickle) when it exists: analysing
    them takes minutes and every configuration reads the same ones."""
    if cache and cache.is_file():
        return pickle.loads(cache.read_bytes())
    articles = _coded_dev_articles(gold_dirs, Console(stderr=True))
    if cache:
        cache.write_bytes(pickle.dumps(articles))
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold_dirs", type=Path, nargs="+")
    parser.add_argument("--cache", type=Path, help="pickle of the coded dev articles")
    parser.add_argument("--min-count", type=int, default=10)
    args = parser.parse_args()
    articles = coded_articles(args.gold_dirs, args.cache)
    labelled = [(g, d, f, event_labels(d, g)) for g, d, f in articles]
    for title, groups in CONFIGS.items():
        folds: dict[int, Examples] = {}
        for _, doc, fold, (labels, required) in labelled:
            group = folds.setdefault(fold, Examples([], []))
            group.required += required
            for row, label in zip(
                lexical_features(doc, doc.events or [], groups), labels, strict=True
            ):
                if label is not None:
                    group.rows.append(row)
                    group.labels.append(label)
        results = {(c, t): s for c in C_GRID for t, s in held_out(folds, c, args.min_count).items()}
        allowed = [k for k, (p, r, _) in results.items() if p >= r] or list(results)
        c, t = max(allowed, key=lambda k: (round(results[k][2], 3), -k[1], -k[0]))
        p, r, f1 = results[(c, t)]
        print(f"{title:32s} C {c:<5} threshold {t:<5} P {p:.3f} R {r:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
