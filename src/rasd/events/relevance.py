"""Relevance of ASSAULT and PROTEST events: does the sentence *report* a specific,
new event, or only mention one?

The arabic-event-gsr annotators said "yes" only when a sentence reports a specific
attack or protest; sentences that mention one in passing (a past killing, an
accusation, a plan, a statistic, the marchers of a protest told earlier) are "no".
The trigger rules find the mentions; this model scores whether the sentence
reports the event itself, from general properties of event reports:

- the words of the sentence and word pairs (light keys);
- cue-word classes: future and intent, accusation and trial, history, statistics,
  reporting verbs, negation, condition, recent-time words;
- the event as the extractor coded it: trigger lemma and form (verb, verbal noun,
  participant noun; perfective or imperfect; definite), its place in the
  sentence, what precedes it (a relative pronoun, "بعد"/"منذ", a negator, a
  future word), time expression and its kind, place, casualty counts, the roles
  of source and target, and whether it sits inside a quotation;
- the sentence's mean word vector (`ContextVectors`), so that words no train
  report used still count by what they are near in the news corpus.

One logistic regression is shared by both types: every sparse feature is present
once plainly and once prefixed with the type (the vector's weights are shared), so
the few PROTEST reports borrow what ASSAULT reports teach about reporting. Labels are soft: each sentence counts as
"yes" with the share of annotators who accepted it. Inference is plain Python and
numpy over the shipped weights (`relevance.json.gz`); training (`rasd train events
--relevance`) uses scikit-learn.
"""

from __future__ import annotations

import gzip
import io
import itertools
import json
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from rasd.document import Event
from rasd.events.keys import light_key, strip_proclitics
from rasd.ner.vectors import VECTORS_RESOURCE
from rasd.text.normalize import match_key

RESOURCE = "relevance.json.gz"
TYPES = ("ASSAULT", "PROTEST")
# Standardised context-vector components are scaled to this size, so that under the
# L2 penalty they weigh a little less than one binary feature each (chosen by CV).
CONTEXT_SCALE = 0.3

# Cue-word classes (match keys, compared with and without proclitics).
_CUES: dict[str, frozenset[str]] = {
    "future": frozenset(
        "سوف يعتزم تعتزم يعتزمون ينوي تنوي يخطط تخطط المقرر مقرر المقبل المقبلة غدا يتوقع "
        "دعا دعت تدعو يدعو هدد يهدد هددت تهدد قد ربما يمكن محتمل المحتمل امكانية احتمال "
        "خشية مخاوف حذر حذرت تحذر".split()
    ),
    "accuse": frozenset(
        "اتهم اتهمت اتهام اتهامات يتهم تتهم اتهموا ندد نددت تنديد دان دانت ادان ادانت ادانة "
        "استنكر استنكرت شجب شجبت نفى نفت ينفي تنفي مسؤولية بتهمة تهمة متهم متهمين المتهمين "
        "محاكمة المحكمة حكم القضاء تحقيق التحقيق".split()
    ),
    "history": frozenset(
        "منذ سابق سابقة السابق السابقة ذكرى الذكرى تاريخ عام خلال الماضية الاخيرة مؤخرا "
        "سنوات اعوام".split()
    ),
    "statistics": frozenset("حصيلة عدد نسبة ارتفع ارتفاع اجمالي مجموع سنويا احصاء بلغ".split()),
    "reported": frozenset(
        "قال قالت افاد افادت اعلن اعلنت ذكر ذكرت اكد اكدت اضاف اضافت اوضح اوضحت مصادر مصدر "
        "شهود مراسل وكالة الشرطة متحدث المتحدث".split()
    ),
    "negation": frozenset("لم لن لا ما ليس عدم دون".split()),
    "condition": frozenset("اذا لو لولا حال حالة".split()),
    "recent": frozenset(
        "امس اليوم الليلة صباح مساء فجر ليل السبت الاحد الاثنين الثلاثاء الاربعاء الخميس "
        "الجمعة".split()
    ),
}
_RELATIVE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
_REFERENCE = frozenset({"بعد", "اثر", "عقب", "قبل", "منذ", "اثناء", "خلال"})
_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")


def _stem(form: str) -> str:
    return strip_proclitics(form)[-1]


def sentence_features(text: str, forms: Sequence[str]) -> set[str]:
    """Features of a sentence: words, word pairs and cue classes. `forms` are the
    match keys of its tokens, in order."""
    lights = [k for k in (light_key(_stem(f)) for f in forms) if k]
    feats = {f"w:{w}" for w in lights}
    feats |= {f"b:{a}_{b}" for a, b in itertools.pairwise(lights)}
    seen = set(forms) | {_stem(f) for f in forms}
    feats |= {f"L:{name}" for name, cue in _CUES.items() if seen & cue}
    if "؟" in text or "?" in text:
        feats.add("L:question")
    if _DIGIT.search(text):
        feats.add("L:digit")
    if _YEAR.search(text):
        feats.add("L:year")
    feats.add(f"L:len{min(len(forms) // 15, 4)}")
    feats |= {f"s:{f}" for f in forms}  # for the sentence's mean word vector
    return feats


@dataclass(frozen=True, slots=True)
class Coded:
    """What the extractor knows about one event when scoring it."""

    event: Event
    position: int  # of the trigger among the sentence's tokens
    kind: str  # the trigger's kind: verb, passive, noun, counted, agent
    lemma: str
    when_text: str  # the time expression's text ("" without one)
    in_quote: bool


def event_features(forms: Sequence[str], coded: Coded) -> set[str]:
    """Features of one coded event in its sentence (`forms` as for `sentence_features`)."""
    e, pos = coded.event, coded.position
    trigger = match_key(e.attrs.get("trigger", ""))
    stem = _stem(trigger)
    feats = {
        f"E:kind={coded.kind}",
        f"E:lemma={coded.lemma}",
        f"E:t={light_key(stem)}",
        f"E:pos{min(pos // 5, 3)}",
    }
    if coded.kind == "verb":
        # Imperfect (يقتل، تهاجم) tells habits, plans and reported claims more than news.
        feats.add("E:imperf" if stem[:1] in "يتن" and not stem.startswith("تم") else "E:perf")
    if trigger.removeprefix("و").removeprefix("ف").startswith(("ال", "بال", "لل")):
        feats.add("E:def")  # "المتظاهرون"، "الهجوم": often an event told before
    before = {_stem(f) for f in forms[max(0, pos - 3) : pos]}
    for name, cue in (
        ("afterrel", _RELATIVE),
        ("afterref", _REFERENCE),
        ("neg", _CUES["negation"]),
        ("fut", _CUES["future"]),
    ):
        if before & cue:
            feats.add(f"E:{name}")
    if e.when is not None:
        when = coded.when_text
        feats.add("E:when")
        feats.add("E:whenrecent" if set(when.split()) & _CUES["recent"] else "E:whenother")
        if "الماضي" in when or _YEAR.search(when):
            feats.add("E:whenpast")
    if e.where is not None:
        feats.add("E:where")
    feats |= {f"E:{k}" for k in ("dead", "injured", "arrested") if k in e.attrs}
    for side in ("source", "target"):
        m = getattr(e, side)
        if m is None:
            feats.add(f"E:{side}=none")
            continue
        feats.add(f"E:{side}role={m.attrs.get('role')}")
        if m.attrs.get("inferred"):
            feats.add(f"E:{side}inferred")
    if coded.in_quote:
        feats.add("E:inquote")
    return feats


_LEXICAL = ("w:", "b:")  # word and word-pair features
_CONTEXT = "s:"  # the word forms of the sentence, for its mean word vector


def _expand(event_type: str, feats: Iterable[str], lexical: bool = True) -> list[str]:
    """Each feature plainly and under its type, plus the type itself; without
    `lexical`, the words and word pairs are left out (a type with few train
    reports does better on the cue and event features alone)."""
    feats = [
        f for f in feats if not f.startswith(_CONTEXT) and (lexical or not f.startswith(_LEXICAL))
    ]
    return [*feats, *(f"{event_type}|{f}" for f in feats), f"type={event_type}"]


class ContextVectors:
    """The mean word vector of the sentence (the NER work's word2vec vectors,
    `rasd/ner/data/vectors.npz`, keyed by match key). With a few dozen reports,
    words seen in no train report still carry what their neighbours in the news
    corpus teach ("احتشد" near "تظاهر"). The mean over the words around the
    trigger was tried too and added nothing in cross-validation."""

    def __init__(self, path: Path | None = None) -> None:
        raw = (
            path.read_bytes()
            if path
            else (resources.files("rasd.ner") / "data" / VECTORS_RESOURCE).read_bytes()
        )
        with np.load(io.BytesIO(raw), allow_pickle=False) as data:
            self._row = {str(w): i for i, w in enumerate(data["words"])}
            self._matrix = data["matrix"].astype(np.float32)

    def __call__(self, feats: Iterable[str]) -> np.ndarray:
        """The mean vector of the sentence's words known to the vectors (zeros
        without any)."""
        rows = [
            row
            for f in feats
            if f.startswith(_CONTEXT) and (row := self._lookup(f[len(_CONTEXT) :])) is not None
        ]
        if not rows:
            return np.zeros(self._matrix.shape[1], np.float32)
        return self._matrix[rows].mean(axis=0)

    def _lookup(self, form: str) -> int | None:
        # The whole form first (the vectors keep frequent clitic forms: "وفي"), then
        # the form without its proclitics.
        for key in (form, *reversed(strip_proclitics(form)[1:])):
            row = self._row.get(key)
            if row is not None:
                return row
        return None


class RelevanceModel:
    """`score` is the probability that a sentence reports the event of a type."""

    def __init__(self, path: Path | None = None) -> None:
        raw = (
            path.read_bytes()
            if path
            else (resources.files("rasd.events") / "data" / RESOURCE).read_bytes()
        )
        model: dict[str, Any] = json.loads(gzip.decompress(raw))
        self.bias: float = model["bias"]
        self.weights: dict[str, float] = model["weights"]
        self.thresholds: dict[str, float] = model["thresholds"]
        self.lexical: frozenset[str] = frozenset(model.get("lexical", TYPES))
        context = model.get("context")
        self.context = ContextVectors() if context else None
        if context:
            self._center = np.array(context["center"], np.float32)
            self._context_weights = np.array(context["weights"], np.float32)

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(self.thresholds)

    def score(self, event_type: str, feats: set[str]) -> float | None:
        """None for a type the model does not cover."""
        if event_type not in self.thresholds:
            return None
        w = self.weights
        lexical = event_type in self.lexical
        z = self.bias + sum(w.get(f, 0.0) for f in _expand(event_type, feats, lexical))
        if self.context is not None:
            z += float(self._context_weights @ (self.context(feats) - self._center))
        return 1.0 / (1.0 + math.exp(-z))

    def relevant(self, event_type: str, score: float | None) -> bool:
        """Whether a score says the sentence reports the event (True without a model)."""
        return score is None or score >= self.thresholds[event_type]


class FeatureRecorder(RelevanceModel):
    """Stands in for the model while training: keeps the features the extractor
    would score, per type, until `clear`, and scores nothing."""

    def __init__(self) -> None:
        self.bias, self.weights = 0.0, {}
        self.thresholds = dict.fromkeys(TYPES, 0.0)
        self.lexical = frozenset(TYPES)
        self.context = None
        self.seen: dict[str, set[str]] = {}

    def clear(self) -> None:
        self.seen = {}

    def score(self, event_type: str, feats: set[str]) -> float | None:
        self.seen.setdefault(event_type, set()).update(feats)
        return None


@dataclass(slots=True)
class Example:
    """One train sentence: its features for the type (None: no event of the type was
    coded, so it can never be reported) and the annotators' votes."""

    event_type: str
    feats: set[str] | None
    accept: int
    reject: int
    label: str  # "yes", "easy no", "difficult no"


def train(
    examples: list[Example],
    c: float = 1.0,
    seeds: Sequence[int] = (0, 1, 2, 3, 4),
    context: ContextVectors | None = None,
) -> dict:
    """Fit the shared model. Which types use word features, and each type's
    threshold, are chosen by the mean F1 over 5-fold cross-validation (repeated
    with `seeds`) on the same train sentences, where a sentence without an event of
    the type counts as "no" (thresholds: best F1 averaged with the two neighbouring
    thresholds). A type is covered only when its cross-validated F1 beats
    reporting every mention. With `context`, the sentence's mean word vector is
    a feature too."""
    dense = np.array([context(ex.feats or ()) for ex in examples]) if context else None
    choices = [
        frozenset(kept)
        for n in range(len(TYPES), -1, -1)
        for kept in itertools.combinations(TYPES, n)
    ]
    trials = {k: _cross_validate(examples, c, seeds, k, dense) for k in choices}
    lexical = max(choices, key=lambda k: sum(f for f, _ in trials[k].values()))
    thresholds, cv = {}, {}
    for event_type, (f1, th) in trials[lexical].items():
        mentioned = _f1_mentioned(examples, event_type)
        cv[event_type] = {
            "f1": round(f1, 4),
            "mentioned_f1": round(mentioned, 4),
            "annotator_f1": round(annotator_f1(examples, event_type), 4),
        }
        if f1 > mentioned:
            thresholds[event_type] = th
    usable = [i for i, ex in enumerate(examples) if ex.feats is not None]
    fitted = _fit([examples[i] for i in usable], c, lexical, _take(dense, usable))
    return {
        **fitted.export(),
        "thresholds": thresholds,
        "lexical": sorted(lexical),
        "cv": cv,
        "cv_by_lexical": {
            "+".join(sorted(k)) or "none": {t: round(f, 4) for t, (f, _) in v.items()}
            for k, v in trials.items()
        },
        "c": c,
        "train_sentences": {t: sum(ex.event_type == t for ex in examples) for t in TYPES},
        "train_yes": {
            t: sum(ex.event_type == t and ex.label == "yes" for ex in examples) for t in TYPES
        },
    }


def _take(dense: np.ndarray | None, rows: Sequence[int]) -> np.ndarray | None:
    return None if dense is None else dense[list(rows)]


def _cross_validate(
    examples: list[Example],
    c: float,
    seeds: Sequence[int],
    lexical: frozenset[str],
    dense: np.ndarray | None,
) -> dict[str, tuple[float, float]]:
    """Per type: the best mean cross-validated F1 and the threshold that gives it."""
    from sklearn.model_selection import StratifiedKFold

    usable = [i for i, ex in enumerate(examples) if ex.feats is not None]
    gold = np.array([ex.label == "yes" for ex in examples])
    coded = np.array([ex.feats is not None for ex in examples])
    probs = np.zeros((len(seeds), len(examples)))
    strata = [f"{examples[i].event_type}{examples[i].label}" for i in usable]
    for s, seed in enumerate(seeds):
        folds = StratifiedKFold(5, shuffle=True, random_state=seed)
        for fit, held in folds.split(usable, strata):
            rows = [usable[i] for i in fit]
            fitted = _fit([examples[i] for i in rows], c, lexical, _take(dense, rows))
            rows = [usable[i] for i in held]
            probs[s, rows] = fitted.predict([examples[i] for i in rows], _take(dense, rows))
    out = {}
    for event_type in TYPES:
        mask = np.array([ex.event_type == event_type for ex in examples])
        grid = np.arange(0.05, 0.95, 0.05)
        curve = np.array(
            [
                np.mean([_f1((p >= th)[mask] & coded[mask], gold[mask]) for p in probs])
                for th in grid
            ]
        )
        # The threshold where F1 is best over it and its two neighbours: with a few
        # dozen reports the raw curve has sharp, chance peaks at its edges.
        smooth = np.convolve(np.pad(curve, 1, mode="edge"), np.ones(3) / 3, mode="valid")
        best = int(np.argmax(smooth))
        out[event_type] = (float(curve[best]), round(float(grid[best]), 2))
    return out


def annotator_f1(examples: list[Example], event_type: str) -> float:
    """Expected F1 against the labels of one annotator drawn at random from each
    sentence's panel (who accepts with the panel's accept share): a human reference
    for any model, since a "yes" needs every annotator to accept."""
    tp = fp = fn = 0.0
    for ex in examples:
        total = ex.accept + ex.reject
        if ex.event_type != event_type or not total:
            continue
        if ex.label == "yes":
            tp += ex.accept / total
            fn += ex.reject / total
        else:
            fp += ex.accept / total
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _f1_mentioned(examples: list[Example], event_type: str) -> float:
    """F1 of reporting every sentence where the type is coded."""
    typed = [ex for ex in examples if ex.event_type == event_type]
    gold = np.array([ex.label == "yes" for ex in typed])
    return _f1(np.array([ex.feats is not None for ex in typed]), gold)


def _row(ex: Example, lexical: frozenset[str]) -> dict[str, int]:
    return dict.fromkeys(_expand(ex.event_type, ex.feats or (), ex.event_type in lexical), 1)


@dataclass(slots=True)
class _Fitted:
    """A fitted regression: sparse features through `vec`, then the context
    vectors standardised by `center` and `scale`."""

    vec: Any
    clf: Any
    lexical: frozenset[str]
    center: np.ndarray | None
    scale: np.ndarray | None

    def matrix(self, examples: list[Example], dense: np.ndarray | None) -> Any:
        from scipy.sparse import csr_matrix, hstack

        x = self.vec.transform([_row(ex, self.lexical) for ex in examples])
        if dense is None or self.center is None:
            return x
        return hstack([x, csr_matrix((dense - self.center) * self.scale)]).tocsr()

    def predict(self, examples: list[Example], dense: np.ndarray | None) -> np.ndarray:
        return self.clf.predict_proba(self.matrix(examples, dense))[:, 1]

    def export(self) -> dict[str, Any]:
        """Bias, sparse weights (|w| >= 0.01) and the context weights folded with
        their scaling, as `RelevanceModel` reads them."""
        names = self.vec.get_feature_names_out()
        coef = self.clf.coef_[0]
        out: dict[str, Any] = {
            "bias": round(float(self.clf.intercept_[0]), 4),
            "weights": {
                name: round(float(w), 4)
                for name, w in zip(names, coef[: len(names)], strict=True)
                if abs(w) >= 0.01
            },
        }
        if self.center is not None and self.scale is not None:
            out["context"] = {
                "center": [round(float(v), 5) for v in self.center],
                "weights": [round(float(v), 5) for v in coef[len(names) :] * self.scale],
            }
        return out


def _fit(
    examples: list[Example], c: float, lexical: frozenset[str], dense: np.ndarray | None
) -> _Fitted:
    """Logistic regression on soft labels: a sentence is a "yes" row weighted by the
    share of accepting annotators and a "no" row weighted by the rest; the two
    classes are then balanced."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    picked, ys, ws = [], [], []
    for i, ex in enumerate(examples):
        total = ex.accept + ex.reject
        for y, votes in ((1, ex.accept), (0, ex.reject)):
            if votes:
                picked.append(i)
                ys.append(y)
                ws.append(votes / total)
    y = np.array(ys)
    w = np.array(ws)
    for cls in (0, 1):
        w[y == cls] *= w.sum() / (2 * w[y == cls].sum())
    vec = DictVectorizer().fit([_row(ex, lexical) for ex in examples])
    center = scale = None
    if dense is not None:
        center = dense.mean(axis=0)
        scale = CONTEXT_SCALE / (dense.std(axis=0) + 1e-6)
    fitted = _Fitted(vec, None, lexical, center, scale)
    rows = [examples[i] for i in picked]
    x = fitted.matrix(rows, _take(dense, picked))
    fitted.clf = LogisticRegression(C=c, max_iter=5000).fit(x, y, sample_weight=w)
    return fitted


def _f1(predicted: Any, gold: Any) -> float:
    tp = int((predicted & gold).sum())
    return 2 * tp / (int(predicted.sum()) + int(gold.sum())) if tp else 0.0


def save(model: dict[str, Any], out: Path) -> None:
    out.write_bytes(
        gzip.compress(
            json.dumps(model, ensure_ascii=False, sort_keys=True).encode("utf-8"), mtime=0
        )
    )
