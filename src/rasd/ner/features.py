"""Token features for the CRF tagger, computed once per word form and cached.

Feature groups (each can be switched off to measure what it adds):
  word       the normalised form
  stem       clitic-stripped stem from Rasd's segmenter, the proclitics, the article
  affix      prefixes and suffixes of the stem
  shape      script, length, digits, Latin capitals
  context    the same features of the neighbouring words (±1, ±2)
  gazetteer  membership in name lists, longest multi-word match over the sentence
  clusters   word2vec/k-means cluster ids of the stem (two granularities)
  lexicon    how frequent the stem is in the news, and how often it takes the article
             (common nouns and adjectives do; most names, above all foreign ones, never)
  vectors    principal components of the stem's word2vec vector, for the word and ±1
             (real-valued attributes: finer similarities than the clusters)

Per-form work is cached, so tagging costs a dictionary look-up per token plus the
sentence-level gazetteer scan, which only starts at words that begin some name.
A featurizer made `for_model` keeps only the attributes the model has weights for:
crfsuite drops the others anyway, and the cache then holds shared strings only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from rasd.document import Token
from rasd.ner.gazetteer import MAX_WORDS, TYPES, loose_key_of_match_key
from rasd.ner.vectors import SlotAttributes, WordVectors
from rasd.text.normalize import match_key
from rasd.text.tokens import TOKEN_RE, Segmenter

GROUPS = (
    "word",
    "stem",
    "affix",
    "shape",
    "context",
    "gazetteer",
    "clusters",
    "lexicon",
    "vectors",
)
# An attribute name: text when training, UTF-8 when made `for_model` (what crfsuite
# reads, so no encoding per token).
Feature = str | bytes
Features = tuple[Feature, ...]
# A token's features for crfsuite: names (weight 1), or names with real values.
Item = list[Feature] | dict[Feature, Any]

# Forms in each of the cache's two generations. A form made `for_model` takes ~0.55 KB
# (its tuples and keys are shared with other forms, its strings are the model's
# attribute names): ~90 MB at most, as the 20K forms of 4.5 KB cached before.
MAX_CACHED_FORMS = 80_000
# The same for a featurizer that keeps every attribute (training): ~2.9 KB a form.
MAX_CACHED_FULL_FORMS = 16_000

# (offset, which of a neighbour's features it contributes)
_WINDOW = ((-2, "far"), (-1, "near"), (1, "near"), (2, "far"))
_PREFIXES = tuple((f"{off:+d}", which) for off, which in _WINDOW)
# The copy prefix whose copies take only the attributes of the word itself that carry a
# corpus's naming conventions (`OWN_CONVENTION`); any other prefix copies every attribute.
OWN_COPY = "ao"
# Those attributes: the bias, the word and its stem (with clitics and article), its
# suffixes (nisba adjectives: الروسي), its name-list matches. Not the neighbours', the
# shape, the stem's prefixes, clusters or lexicon counts: what a corpus teaches about
# name shapes and contexts stays in the shared weights that tag news.
OWN_CONVENTION = ("w=", "s=", "pro=", "al=", "x1=", "x2=", "x3=", "g1=", "gz=")


class Form:
    """Everything the tagger needs to know about one word form."""

    __slots__ = ("context", "key", "own", "stem", "word")

    def __init__(
        self,
        word: str,
        own: Features,
        context: tuple[Features, ...],
        key: str,
        stem: str,
    ) -> None:
        self.word = word
        self.own = own
        self.context = context  # what this form contributes to each neighbour, by _WINDOW
        self.key = key  # loose key of the stem, for the gazetteer scan
        self.stem = stem


class Featurizer:
    def __init__(
        self,
        segmenter: Segmenter,
        clusters: dict[str, tuple[str, str]],
        gazetteer: dict[str, tuple[tuple[str, str | None], ...]],
        groups: Iterable[str] = GROUPS,
        vectors: WordVectors | None = None,
        known: Collection[str] | None = None,
    ) -> None:
        self.segmenter = segmenter
        self.clusters = clusters
        self.gazetteer = gazetteer
        self.groups = frozenset(groups)
        unknown = self.groups - set(GROUPS)
        if unknown:
            raise ValueError(f"unknown feature groups: {', '.join(sorted(unknown))}")
        if "vectors" in self.groups and vectors is None:
            raise ValueError("the 'vectors' feature group needs word vectors")
        self.vectors = vectors if "vectors" in self.groups else None
        # The first words and the longer beginnings of multi-word names: the scan starts
        # only at such a word and stops as soon as no name goes on that way.
        self._starts: set[str] = set()
        self._beginnings: set[str] = set()
        for name in gazetteer:
            words = name.split(" ")
            if len(words) > 1:
                self._starts.add(words[0])
                self._beginnings.update(" ".join(words[:n]) for n in range(2, len(words) + 1))
        # Attribute -> its one UTF-8 object, shared by the cached forms; None keeps all.
        self._known = None if known is None else {a: a.encode() for a in known}
        # Per window slot, what a neighbour's feature is called there in the model
        # ("w=X" -> b"-1w=X" for the word before): a feature the model lacks in that
        # slot costs a look-up, no prefixed string.
        self._slots = (
            None
            if self._known is None
            else tuple(
                {name[len(p) :]: attr for name, attr in self._known.items() if name.startswith(p)}
                for p, _ in _PREFIXES
            )
        )
        self._limit = MAX_CACHED_FULL_FORMS if known is None else MAX_CACHED_FORMS
        self._cache: dict[str, Form] = {}
        self._old: dict[str, Form] = {}
        self._domain_cache: dict[tuple[str, str], list[Feature]] = {}
        # A stand-in neighbour beyond either end of the sentence, for each window slot.
        self._pad = tuple(tuple(self._keep([f"{off:+d}=pad"])) for off, _ in _WINDOW)
        # One tuple for each distinct feature list of the cached forms: the context
        # a rare word gives its neighbours is much the same from word to word.
        self._pool: dict[Features, Features] = {}
        self._keys: dict[str, str] = {}  # likewise for stems ("قال" of وقال, فقال)

    def for_model(self, attributes: Collection[str]) -> Featurizer:
        """A featurizer over the same resources that emits only `attributes` (those a
        trained model knows), so the tags stay the same and the strings get fewer."""
        return Featurizer(
            self.segmenter, self.clusters, self.gazetteer, self.groups, self.vectors, attributes
        )

    def form(self, word: str, token: Token | None = None) -> Form:
        """The form of `word`; with the `token` it was read from, the text stage's
        segments of it are used instead of segmenting it again."""
        cached = self._cache.get(word)
        if cached is None:
            # Two generations: a long-running process meets ever new forms, so the
            # older half is dropped when the newer fills up; a form used since moved
            # to the newer half and stays.
            cached = self._old.pop(word, None) or self._form(word, token)
            if len(self._cache) >= self._limit:
                self._old, self._cache = self._cache, {}
                self._domain_cache.clear()
                self._pool.clear()
                self._keys.clear()
            self._cache[word] = cached
        return cached

    def _keep(self, features: list[str]) -> list[Feature]:
        """`features` the model knows, as the shared strings."""
        known = self._known
        if known is None:
            return list(features)
        return list(filter(None, map(known.get, features)))  # names are never empty

    def _analyse(self, word: str, token: Token | None = None) -> tuple[str, str, str]:
        """(normalised word, proclitics, stem key) of a surface word."""
        key = match_key(word)
        if token is not None and token.kind == "word" and "_" not in word:
            # What the general case below finds, from the segments the text stage made
            # with the same segmenter (the token is one Arabic word, its own core).
            pro = stem = ""
            for seg in token.segments:
                piece = word[seg.start - token.start : seg.end - token.start]
                if seg.kind == "proclitic":
                    pro += piece
                elif seg.kind == "stem":
                    whole = piece == word and seg.form is None
                    stem = key if whole else match_key(seg.form or piece)
            return key, pro, stem
        # Corpus tokens may carry punctuation ("(د"): analyse their first real word.
        m = next(
            (x for x in TOKEN_RE.finditer(word) if x.lastgroup in ("word", "latin", "number")),
            None,
        )
        core = m.group() if m else word
        # A hashtag name ("دونالد_ترمب") is analysed by its last name, which carries
        # the clitics and the lexicon's evidence; the underscores show in its shape.
        core = core.rsplit("_", 1)[-1]
        if m is None or m.lastgroup != "word":
            return key, "", match_key(core).lower()
        pro = []
        stem = match_key(core)
        for start, end, kind, form in self.segmenter.split(core).pieces:
            if kind == "proclitic":
                pro.append(core[start:end])
            elif kind == "stem":
                stem = match_key(form or core[start:end])
        return key, "".join(pro), stem

    def _form(self, word: str, token: Token | None) -> Form:
        own, context, key, stem = self._features(word, token)
        context = tuple(self._in_slot(i, c) for i, c in enumerate(context))
        key, stem = self._keys.setdefault(key, key), self._keys.setdefault(stem, stem)
        return Form(word, self._shared(own), context, key, stem)

    def _shared(self, features: list[str]) -> Features:
        kept = tuple(self._keep(features))
        return self._pool.setdefault(kept, kept)

    def _in_slot(self, slot: int, features: list[str]) -> Features:
        """`_shared` for what a form gives the neighbour in window slot `slot`."""
        if self._slots is None:
            kept: Features = tuple(_PREFIXES[slot][0] + f for f in features)
        else:
            kept = tuple(filter(None, map(self._slots[slot].get, features)))
        return self._pool.setdefault(kept, kept)

    def _features(
        self, word: str, token: Token | None = None
    ) -> tuple[list[str], tuple[list[str], ...], str, str]:
        """All features of a form: its own, those it gives each neighbour (by
        `_WINDOW`, before the slot's prefix); then the loose key and the stem key."""
        g = self.groups
        key, pro, stem = self._analyse(word, token)
        loose = loose_key_of_match_key(stem)
        own = ["b"]
        near: list[str] = []
        far: list[str] = []
        if "word" in g:
            w = "w=" + key
            own.append(w)
            near.append(w)
        if "stem" in g:
            s = "s=" + stem
            own += [s, "pro=" + pro, "al=" + str(stem.startswith("ال"))]
            near.append(s)
            far.append(s)
        if "affix" in g:
            own += ["p2=" + stem[:2], "p3=" + stem[:3]]
            own += ["x1=" + stem[-1:], "x2=" + stem[-2:], "x3=" + stem[-3:]]
        if "shape" in g:
            shape = _shape(key or word) + ("_" if "_" in key else "")
            own += ["sh=" + shape, "len=" + str(min(len(stem), 8))]
            near.append("sh=" + shape)
        if "clusters" in g:
            ids = self.clusters.get(stem) or self.clusters.get(key)
            if ids:
                own += ["cf=" + ids[0], "cc=" + ids[1]]
                near += ["cf=" + ids[0], "cc=" + ids[1]]
                far.append("cc=" + ids[1])
            else:
                own.append("cf=none")
        if "lexicon" in g:
            lex = self._lexicon_features(stem)
            own += lex
            near += lex
        entries = self.gazetteer.get(loose) if "gazetteer" in g else None
        if entries:  # most words are in no name list
            types = ["g1=" + t for t in sorted({t for t, _ in entries if t in TYPES})]
            own += types
            near += types
        lists = {"near": near, "far": far}
        context = tuple(lists[which] for _, which in _PREFIXES)
        return own, context, loose, stem

    def _lexicon_features(self, stem: str) -> list[str]:
        freq = self.segmenter.lexicon.get
        count = freq(stem, 0)
        if stem.startswith("ال"):
            bare, with_article = freq(stem[2:], 0), count
        else:
            bare, with_article = count, freq("ال" + stem, 0)
        share = with_article / (bare + with_article) if bare + with_article else -1.0
        return [f"fq={count.bit_length() // 2}", f"art={round(share * 5) if share >= 0 else 'na'}"]

    def sentence(
        self,
        words: Sequence[str],
        domain: str | None = None,
        mark: str | None = None,
        copy: str | None = None,
    ) -> list[Item]:
        """One feature list per word of a sentence.

        With `domain`, each word's own features are repeated under that domain's
        name ("frustratingly easy" domain adaptation, Daumé 2007): corpora with other
        annotation habits share the general weights but keep their quirks apart.
        With `mark`, every word also gets the one attribute "dom=<mark>": a per-label
        bias for the sentences of one corpus (see `rasd.ner.model.train`).
        With `copy`, every attribute of a word (its own, its neighbours', the gazetteer
        matches; not the mark nor the vectors) is repeated once more as "<copy>:<attribute>": the full
        feature augmentation of Daumé 2007 for one corpus, whose conventions go to the
        copies' weights while the shared weights are pulled towards the other data.
        With `copy` `OWN_COPY`, only the bias and the `OWN_CONVENTION` attributes are.
        """
        return self.items([self.form(w) for w in words], domain, mark, copy)

    def items(
        self,
        forms: Sequence[Form],
        domain: str | None = None,
        mark: str | None = None,
        copy: str | None = None,
    ) -> list[Item]:
        """`sentence` for the words' forms."""
        if "context" in self.groups:
            pad = self._pad
            # Each word gets its own features, then those of the words 2 and 1 before
            # it and 1 and 2 after it (`_WINDOW`); the sentence's ends give pads.
            before2 = [pad[0], pad[0], *(f.context[0] for f in forms)]
            before1 = [pad[1], *(f.context[1] for f in forms)]
            after1 = [*(f.context[2] for f in forms[1:]), pad[2]]
            after2 = [*(f.context[3] for f in forms[2:]), pad[3], pad[3]]
            out = [
                [*f.own, *a, *b, *c, *d]
                for f, a, b, c, d in zip(forms, before2, before1, after1, after2, strict=False)
            ]
        else:
            out = [list(f.own) for f in forms]
        if domain is not None:
            # Inserted after the own features: the order crfsuite was trained with.
            for feats, f in zip(out, forms, strict=True):
                feats[len(f.own) : len(f.own)] = self._domain_features(f.word, domain)
        if "gazetteer" in self.groups:
            for start, end, types in self.phrases([f.key for f in forms]):
                for i in range(start, end):
                    tag = "B" if i == start else "I"
                    out[i] += self._keep([f"gz={tag}-{t}" for t in types])
        if copy is not None:
            for feats in out:
                copied: Iterable[str] = map(_text, feats)
                if copy == OWN_COPY:
                    copied = filter(_own_convention, copied)
                feats += self._keep([f"{copy}:{f}" for f in copied])
        if mark is not None:
            marked = self._keep(["dom=" + mark])
            for feats in out:
                feats += marked
        if self.vectors is None:
            plain: list[Item] = list(out)
            return plain
        return _with_vectors(out, [self.vectors.slot_attributes(f.stem) for f in forms])

    def _domain_features(self, word: str, domain: str) -> list[Feature]:
        cached = self._domain_cache.get((word, domain))
        if cached is None:
            # From all the word's own features: the model may know "news|w=X" but not "w=X".
            own = self._features(word)[0]
            cached = self._keep([f"{domain}|{f}" for f in own])
            self._domain_cache[(word, domain)] = cached
        return cached

    def phrases(self, keys: Sequence[str]) -> list[tuple[int, int, list[str]]]:
        """Longest gazetteer matches of two words or more, left to right."""
        found: list[tuple[int, int, list[str]]] = []
        n = len(keys)
        free = 0  # the first word not inside a match found
        starts, beginnings = self._starts, self._beginnings
        for i in [i for i, key in enumerate(keys) if key in starts]:
            if i < free:
                continue
            phrase = keys[i]
            longest: tuple[tuple[str, str | None], ...] = ()
            for j in range(i + 1, min(i + MAX_WORDS, n)):
                phrase += " " + keys[j]
                if phrase not in beginnings:
                    break
                entries = self.gazetteer.get(phrase)
                if entries:
                    longest, free = entries, j + 1
            if longest:
                found.append((i, free, sorted({t for t, _ in longest if t in TYPES})))
        return found


def _with_vectors(out: list[list[Feature]], vectors: list[SlotAttributes | None]) -> list[Item]:
    """Binary features plus the vector components of the word and its neighbours
    (crfsuite names them "v:3", "-1v:3", "+1v:3"). The components are looked up per
    sentence, not kept in the form cache: a form's memory would double."""
    items: list[Item] = []
    last = len(out) - 1
    for i, feats in enumerate(out):
        item: dict[Feature, Any] = dict.fromkeys(feats, 1.0)
        own = vectors[i]
        if own is not None:
            item.update(own[0])
        before = vectors[i - 1] if i > 0 else None
        if before is not None:
            item.update(before[1])
        after = vectors[i + 1] if i < last else None
        if after is not None:
            item.update(after[2])
        items.append(item)
    return items


def _own_convention(attribute: str) -> bool:
    """Whether `OWN_COPY` copies `attribute`."""
    return attribute == "b" or attribute.startswith(OWN_CONVENTION)


def _text(feature: Feature) -> str:
    """An attribute's name as text (a featurizer made `for_model` keeps UTF-8)."""
    return feature.decode() if isinstance(feature, bytes) else feature


def _shape(word: str) -> str:
    ch = word[0]
    if "\u0600" <= ch <= "\u06ff":
        return "ar" + ("-long" if len(word) > 7 else "")
    if ch.isdigit():
        return "num"
    if ch.isalpha():
        return "LAT" if word.isupper() else ("Lat" if ch.isupper() else "lat")
    return "punct"
