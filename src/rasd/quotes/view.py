"""A per-document view of the tokens that the quotation rules ask about.

It precomputes each token's match key and stem key (proclitics removed), which
paragraph, sentence and quoted region it lies in, and answers the questions the
rules need: is this a reporting cue, a complementizer, a name-like word? What a
word form is by itself (its keys, lists and cue readings) is `word_forms.py`'s.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress
from operator import attrgetter, itemgetter
from typing import Any

from rasd.document import Document, Entity
from rasd.quotes.byline import desk_cue
from rasd.quotes.lexicon import Lexicon
from rasd.quotes.marks import Region, find_regions
from rasd.quotes.relative_frames import mark_relative_frames
from rasd.quotes.shown_cues import needs_subject, subject_then_content
from rasd.quotes.word_forms import (
    COMPLEMENTIZER_FORMS,
    COMPLEMENTIZER_STEMS,
    CueHit,
    WordInfo,
    without_conjunction,
    word_info,
)
from rasd.text.normalize import match_key
from rasd.text.sentences import dot_inside_name

# A word whose "ال" form is at least this share as frequent as itself is a common
# noun ("وزارة"/"الوزارة"), not a name ("كيري" never takes the article). Next to a
# name or a title the looser share applies ("حامي أقصوي").
STRICT_ARTICLE_SHARE = 0.08
VERB_MIN_FREQ = 5
LOOSE_ARTICLE_SHARE = 0.28
# "أن" after these is not reported speech: "قبل أن", "إلا أن" (however), "يجب أن".
_NOT_AFTER = frozenset(
    "قبل بعد دون بدون منذ يمكن يجب ينبغي يتعين بد لابد الا غير حتى رغم برغم يفترض المقرر المتوقع المرجح المنتظر الممكن مجرد سبق".split()
)
_PERSON_LABELS = ("PER", "ORG")


def _family_names(text: str, entities: list[Entity]) -> frozenset[str]:
    """Last words of multi-word person names ("العيبان" of "بندر بن محمد العيبان")."""
    names = (text[e.start : e.end].split() for e in entities if e.label == "PER")
    return frozenset(match_key(words[-1]) for words in names if len(words) > 1)


_NOUN_BEFORE = frozenset({"حد", "حسب", "بحسب", "وفق", "وفقا"})
_CONTENT_PREPOSITIONS = frozenset({"الى", "على", "عن", "ب", "ل", "من"})
# "وبين" is a cue (and he showed) unless a "بين" this many tokens before pairs with it
# ("رابطاً قوياً بين التعرض للسموم، وبين مجموعة من المشاكل": and between); "وبينهم" is
# "among them".
_BETWEEN_REACH = 40
_BETWEEN = frozenset({"بين", "بينه", "بينها", "بينهم", "بينهما", "بينهن", "بيننا", "بينكم", "بيني"})
_AMONG = _BETWEEN - {"بين"}  # with a pronoun: never the verb (shown_cues.py)
# Marks before an acronym spelled in letters ("" بي إن سبورت"، "( في بي إن )").
_OPENING = '"«“('
_KIND = attrgetter("kind")
_START = attrgetter("start")


class DocView:
    """`words` caches `WordInfo` by surface form across documents (segmentation
    depends on the form alone), which keeps the stage cheap."""

    def __init__(
        self,
        doc: Document,
        lexicon: Lexicon,
        frequencies: dict[str, int],
        words: dict[str, WordInfo] | None = None,
    ) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.freq = frequencies
        text = doc.text
        self.tokens = doc.tokens
        self.n = len(doc.tokens)
        self.texts = [text[t.start : t.end] for t in doc.tokens]
        # The rules ask `word` and `punct` of a token hundreds of thousands of times
        # per stream: a list lookup each, not an attribute of a Token.
        self._kinds = list(map(_KIND, doc.tokens))
        cache = words if words is not None else {}
        # Most forms are cached: one lookup each (a WordInfo is never falsy).
        infos = [
            cache.get(surface) or cache.setdefault(surface, word_info(text, tok, lexicon))
            for tok, surface in zip(doc.tokens, self.texts, strict=True)
        ]
        # The fields as lists, one per field (keys, stems, …): a `map` each runs in C,
        # where a comprehension costs a pass of Python (and `zip(*infos)` would make
        # an iterator per token for the garbage collector to count).
        columns = [list(map(itemgetter(i), infos)) for i in range(len(WordInfo._fields))]
        self.keys, self.stems, self.proclitics, self.enclitic, self.third_person = columns[:5]
        definite, self._lists, _, _, may_complement = columns[5:]  # `is_` asks `_lists`
        self._infos = infos
        for k in mark_relative_frames(infos, self.texts, self.keys):
            self._lists[k] = infos[k].lists
        function = lexicon.words.get("function", frozenset())
        self.definite = [  # not "الذي"
            article and key not in function
            for article, key in zip(definite, self.keys, strict=True)
        ]
        # `complementizer` is asked of most tokens of a text, many times each; its
        # answer depends on the text alone, so it is worked out once for the few words
        # whose form may be one.
        self.complementizers = frozenset(
            k for k in compress(range(self.n), may_complement) if self._complementizer(k)
        )
        self.starts = list(map(_START, doc.tokens))  # each token's offset, in order
        self.para_of = self._index_of(doc.paragraphs)
        self.sent_of = self._index_of(doc.sentences)
        self.sent_bounds = [(s.token_start, s.token_end) for s in doc.sentences]
        self.para_bounds = self._para_bounds()
        self.regions: list[Region] = find_regions(text, doc.tokens, doc.paragraphs)
        self.region_at: dict[int, int] = {}  # token index (marks and content) → region
        self.orphan_at: dict[int, int] = {}  # closing mark of an orphan → region
        for r_index, r in enumerate(self.regions):
            if r.opener is None:
                self.orphan_at[r.last] = r_index  # its extent is not known yet
                continue
            for k in range(r.opener, r.last + (1 if r.closer is not None else 0)):
                self.region_at[k] = r_index
        self.region_reach = self._region_reach()
        self.entity_at = self._entities(doc.entities)
        self._labels = {k: e.label for k, e in (self.entity_at or {}).items()}
        self.family_names = _family_names(text, doc.entities or [])
        # Per-document answers of the name searches (each scans the whole text) and
        # the ranker's word counts.
        self.memo: dict[object, Any] = {}
        self._positions: dict[str, list[int]] = {}
        self._cue_positions: list[int] | None = None
        self._name_like: tuple[dict[int, bool], dict[int, bool]] = ({}, {})  # strict, loose

    def positions(self, category: str) -> list[int]:
        """The tokens in a word list, in text order (listed once per document, so that
        a rule that starts from such a word visits those words, not every token)."""
        found = self._positions.get(category)
        if found is None:
            found = self._positions[category] = [
                k for k, lists in enumerate(self._lists) if category in lists
            ]
        return found

    def cue_positions(self) -> list[int]:
        """The tokens that may be cues, in text order: every k whose `cue(k)` is not
        None, and a few whose word before unmakes them ("على حد وصفه")."""
        if self._cue_positions is None:
            self._cue_positions = [
                k
                for k, info in enumerate(self._infos)
                if (info.cue is not None or info.cue_with_object is not None)
                and self.word(k)
                and not desk_cue(self, k)
            ]
        return self._cue_positions

    # --- layout -------------------------------------------------------------------

    def _index_of(self, spans: list) -> list[int]:
        """Per token, the index of the span (paragraph, sentence) it starts in, or -1."""
        out = [-1] * self.n
        for j, (lo, hi) in enumerate(self._token_ranges(spans)):
            out[lo:hi] = [j] * (hi - lo)
        return out

    def _token_ranges(self, spans: list) -> list[tuple[int, int]]:
        """Per span (in text order, not overlapping), the tokens `[lo, hi)` that
        start inside it."""
        starts = self.starts
        return [(bisect_left(starts, s.start), bisect_left(starts, s.end)) for s in spans]

    def _para_bounds(self) -> list[tuple[int, int]]:
        return [
            (lo, hi) if lo < hi else (self.n, 0)
            for lo, hi in self._token_ranges(self.doc.paragraphs)
        ]

    def _entities(self, entities: list[Entity] | None) -> dict[int, Entity] | None:
        if entities is None:
            return None
        at: dict[int, Entity] = {}
        j = 0
        ordered = sorted(entities, key=lambda e: e.start)
        tokens = self.tokens
        for k in self._entity_tokens(ordered):
            tok = tokens[k]
            while j < len(ordered) and ordered[j].end <= tok.start:
                j += 1
            if j == len(ordered) or ordered[j].start >= tok.end:
                continue  # the next entity (by start) begins after the token
            for e in ordered[j : j + 3]:
                if e.start < tok.end and tok.start < e.end:
                    at[k] = e
                    break
        return at

    def _entity_tokens(self, ordered: list[Entity]) -> list[int]:
        """The tokens that overlap some entity, in text order: the others are never
        tagged, and skipping them leaves `_entities`' pointer where it would be (it
        only moves past entities that end before a token's start)."""
        ends = [t.end for t in self.tokens]
        found: set[int] = set()
        for e in ordered:
            found.update(range(bisect_right(ends, e.start), bisect_left(self.starts, e.end)))
        return sorted(found)

    def sentence_end(self, k: int) -> int:
        """One past the last token of k's sentence, extended over a quote it opens."""
        s = self.sent_of[k]
        end = self.sent_bounds[s][1] if s >= 0 else self.n
        return end

    def _region_reach(self) -> list[int]:
        """Per token k, one past the furthest quotation that has a token between k
        and k's sentence end (k itself when none): a suffix maximum per sentence, so
        that each cue's search limit costs O(1) and long texts stay linear."""
        if not self.region_at:
            return [0] * self.n  # no quotation: no reach (most articles)
        reach = [0] * self.n
        sent_of, regions, region_at = self.sent_of, self.regions, self.region_at
        in_sentence = everywhere = 0
        following = None  # the sentence of token k + 1
        # Past the last quotation's last token nothing is reached: those stay 0.
        for k in range(max(region_at), -1, -1):
            sentence = sent_of[k]
            if sentence != following:
                in_sentence = 0
            following = sentence
            r = region_at.get(k)
            if r is not None:
                in_sentence = max(in_sentence, regions[r].last + 1)
                everywhere = max(everywhere, regions[r].last + 1)
            reach[k] = in_sentence if sentence >= 0 else everywhere
        return reach

    def para_end(self, k: int) -> int:
        p = self.para_of[k]
        return self.para_bounds[p][1] if p >= 0 else self.n

    # --- word classes ---------------------------------------------------------------

    def future_form(self, key: str, persons: str = "يتن", min_freq: int = VERB_MIN_FREQ) -> bool:
        """Whether `key` is a present verb of one of these person prefixes that the news
        also writes with the future prefix سـ ("يقدم" beside "سيقدم"): no name is."""
        return key[:1] in persons and self.freq.get("س" + key, 0) >= min_freq

    def word(self, k: int) -> bool:
        return 0 <= k < self.n and self._kinds[k] in ("word", "latin")

    def punct(self, k: int, marks: str | None = None) -> bool:
        if not 0 <= k < self.n or self._kinds[k] != "punct":
            return False
        return marks is None or self.texts[k] in marks

    def is_(self, category: str, k: int) -> bool:
        """Whether token k (or its stem without proclitics) is in a word list."""
        return 0 <= k < self.n and category in self._lists[k]

    def cue(self, k: int) -> CueHit | None:
        if not (0 <= k < self.n and self._kinds[k] in ("word", "latin")):  # `word`, inline
            return None
        info = self._infos[k]
        hit = info.cue or info.cue_with_object
        if hit is None:
            return None  # most words
        if hit.form.lemma == "بين" and not self._showed(k):
            return None
        if self.keys[k] in _AMONG:
            return None  # "بينهم نحو 2200 طفل": among them, not "showed them"
        if needs_subject(self, k) and not subject_then_content(self, k):
            return None  # "بين الطرفين": between
        if hit.form.gender == "f" and self._in_comment(k):
            return None  # "، في خطوة قد تشير إلى …": the step the writer names says nothing
        if self._governed_noun(k, hit):
            return None  # "على طلب الرياض": the request, so a "قال" before reads past it
        if info.cue is not None:
            return info.cue
        if k > 0 and self.keys[k - 1] in _NOUN_BEFORE:
            return None  # "على حد وصفه": the verbal noun, not the verb
        if info.cue_with_object.restored and not self.judged_antecedent(k):
            return None  # "لا تراه ذاهبا"، "التي يراها الإنسان": seeing, not judging
        return info.cue_with_object

    def _governed_noun(self, k: int, hit: CueHit) -> bool:
        """ "بناء على طلب الدول العربية"، "وإثر طلب روسيا ضمانات"، "قال في طلب
        الاستئناف إن": the letters of a cue whose verbal noun names a thing asked for
        (words.tsv `asked_noun`) right after a preposition or a noun that governs a
        genitive (words.tsv `noun_governor`) are that noun; no verb can stand there.
        A promise or a charge so written still reports words ("بناء على وعد بدحر")."""
        return (
            not hit.form.participle
            and not self.proclitics[k]
            and self.is_("noun_governor", k - 1)
            and self.lexicon.has("asked_noun", match_key(hit.form.lemma))
        )

    def _in_comment(self, k: int) -> bool:
        """A verb with no subject of its own (a feminine one: the step is its subject)
        right after the words that open the writer's comment (words.tsv `cut_pair`):
        "في خطوة تؤكد أن"، "في خطوة قد تشير إلى" tell what the step shows, while "في
        خطوة وصفها أردوغان بأنها" and "في خطوة قالت الحكومة إنها" report a speaker."""
        j = k - 1 - (k >= 1 and self.keys[k - 1] == "قد")
        if j < 1 or not self.lexicon.has("cut_pair", f"{self.keys[j - 1]} {self.keys[j]}"):
            return False
        # What it says follows the verb at once: no speaker stands between.
        after = k + 1
        return after < self.n and (
            self.complementizer(after) or self.keys[after] in _CONTENT_PREPOSITIONS
        )

    def judged_antecedent(self, k: int) -> bool:
        """A word that stands for what was judged right before the cue at k (words.tsv
        `judged_antecedent`: "وهو ما يراه"، "فيما يراها"), but not "ما" after a word of
        `unjudged_before_what` ("بحسب ما تراه الجهات الأمنية": as one sees fit; "أول ما
        يراه الزائرون": what one sees)."""
        if k < 1 or not self.is_("judged_antecedent", k - 1):
            return False
        return not (self.keys[k - 1] == "ما" and self.is_("unjudged_before_what", k - 2))

    def _showed(self, k: int) -> bool:
        """ "بين" is a cue but for "وبين" (see `_BETWEEN_REACH`)."""
        key = self.keys[k]
        if key[:1] != "و" or key[1:] not in _BETWEEN:
            return True
        if key != "وبين":
            return False
        s = self.sent_of[k]
        start = max(self.sent_bounds[s][0] if s >= 0 else 0, k - _BETWEEN_REACH)
        return not any(self.keys[j] in _BETWEEN for j in range(start, k))

    def complementizer(self, k: int) -> bool:
        """أن، إن، بأن، أنه، إنها… that opens reported speech (not "قبل أن")."""
        return k in self.complementizers

    def _complementizer(self, k: int) -> bool:
        """`complementizer` for a token whose form may be one."""
        if not self.word(k):
            return False
        stem = self.stems[k]
        key = self.keys[k]
        if key in COMPLEMENTIZER_FORMS or without_conjunction(key) in COMPLEMENTIZER_FORMS:
            return True
        if not (stem in COMPLEMENTIZER_STEMS or key in COMPLEMENTIZER_STEMS):
            return False
        if stem == "ان" and self.proclitics[k] not in ("", "ب", "و", "وب", "ف"):
            return False  # لأن (because), كأن (as if)
        if self.acronym_dot(k - 1) or self.acronym_dot(k + 1):
            return False  # "قناة سي.إن.إن": a letter of a dotted acronym
        prev = self.keys[k - 1] if k > 0 else ""
        if self.acronym_letter(k):
            return False  # "لشبكة "سي إن إن"" (CNN) spelled out in Arabic letters
        return without_conjunction(prev) not in _NOT_AFTER and prev not in _NOT_AFTER

    def acronym_letter(self, k: int) -> bool:
        """Whether token k "إن" is the letter N of an acronym spelled in Arabic letters
        (words.tsv `spelled_letter`): between two letters ("سي إن بي سي"), doubled after
        one ("سي إن إن"), before letters after a medium ("شبكة إن بي سي"), or in a run of
        letters that opens after a mark ("" بي إن سبورت"، "" إن بي سي نيوز").
        Not a last "إن" after letters outside marks: "لبي بي سي إن" is BBC and "that"."""
        if self.keys[k] != "ان":
            return False
        if self.spelled_letter(k - 1) and self.spelled_letter(k + 1):
            return True
        if self.keys[k - 1] == "ان" and self.spelled_letter(k - 2) and self.keys[k - 2] != "ان":
            return True
        if self.spelled_letter(k + 1) and self.medium(k - 1):
            return True  # "قالت محطة إن بي سي الأمريكية إن": an indefinite noun takes no "that"
        first, last = k, k
        while self.spelled_letter(first - 1):
            first -= 1
        while self.spelled_letter(last + 1):
            last += 1
        return last > first and self.punct(first - 1, _OPENING)

    def medium(self, k: int) -> bool:
        """Whether token k is an indefinite noun of a medium ("شبكة"، "لقناة"; words.tsv
        `audience`) that the name after it completes."""
        return self.word(k) and self.is_("audience", k) and not self.definite[k]

    def spelled_letter(self, k: int) -> bool:
        """Whether token k is a Latin letter spelled in Arabic (words.tsv `spelled_letter`)."""
        if not self.word(k):
            return False
        if self.is_("spelled_letter", k):
            return True
        # "لسي إن إن": the segmenter leaves ل on a lone letter; two letters after it make
        # an acronym, where one may be a word ("وقال ليو إن" Lew said that).
        key = self.keys[k]
        return (
            key[:1] == "ل"
            and self.lexicon.has("spelled_letter", key[1:])
            and all(self.word(j) and self.is_("spelled_letter", j) for j in (k + 1, k + 2))
        )

    def acronym_dot(self, k: int) -> bool:
        """Whether token k is a dot glued between two letters of an acronym
        ("سي.إن.إن"، "إن.تي.في")."""
        return self.punct(k, ".") and dot_inside_name(self.doc.text, self.tokens, k)

    def name_like(self, k: int, loose: bool = False) -> bool:
        """Whether token k may be (part of) a name; asked of the same tokens by every
        cue's candidates, so answered once per token."""
        known = self._name_like[loose]
        answer = known.get(k)
        if answer is None:
            answer = known[k] = self._looks_like_name(k, loose)
        return answer

    def _looks_like_name(self, k: int, loose: bool) -> bool:
        if not self.word(k):
            return False
        if self.entity_at is not None and k in self.entity_at:
            # The entity layer decides where it has an opinion; elsewhere (names it
            # missed) the word-frequency test below still applies.
            return self.entity_at[k].label in _PERSON_LABELS
        if self.tokens[k].kind == "latin":
            return True
        key = self.keys[k] if self.proclitics[k] == "" else self.stems[k]
        if self.definite[k] or self.third_person[k] or len(key) < 2:
            return False
        for category in ("function", "title", "anonymous", "time", "situation", "audience", "cut"):
            if self.is_(category, k):
                return False
        if self.cue(k) is not None or self.complementizer(k):
            return False
        if key[0] in "بلك" and self.freq.get(key[1:], 0) >= max(20, self.freq.get(key, 0)):
            return False  # an unsplit preposition on a word ("بصفتي")
        if (len(key) >= 6 and key.endswith("نا")) or (len(key) >= 5 and key.endswith("وا")):
            return False  # "تواصلنا", "أكدوا": a verb with its subject suffix
        if self.freq.get(key + "وا", 0) >= VERB_MIN_FREQ:
            return False  # a past verb: it has a plural "رفضوا" (names do not)
        if key.endswith("ت") and self.freq.get(key[:-1] + "وا", 0) >= VERB_MIN_FREQ:
            return False  # a feminine past verb: "أصدرت" beside "أصدروا"
        if self.future_form(key, min_freq=20):
            return False  # an imperfect verb: it also occurs with the future سـ ("يقدم")
        base = key[:-1] if key.endswith("ا") and len(key) > 3 else key
        own = self.freq.get(key, 0)
        with_article = self.freq.get("ال" + key, 0)
        if base != key:
            own += self.freq.get(base, 0)
            with_article += self.freq.get("ال" + base, 0)
        share = LOOSE_ARTICLE_SHARE if loose else STRICT_ARTICLE_SHARE
        return with_article <= share * max(own, 1)

    def entity_label(self, k: int) -> str | None:
        return self._labels.get(k)

    def clitic_in_name(self, k: int) -> bool:
        """Whether the entity layer reads token k's proclitic letters as the start of a
        person's name ("لوبان"، "لوبن"), not as a preposition before it ("لعباس"). Not
        of a place or body, where it keeps the preposition on ("بسوسة"، "للمرصد")."""
        e = self.entity_at.get(k) if self.entity_at is not None else None
        return (
            e is not None
            and e.label == "PER"
            and bool(self.proclitics[k])
            and e.start <= self.tokens[k].start
        )

    def region_opening(self, k: int) -> int | None:
        """The region whose opening mark is token k."""
        r = self.region_at.get(k)
        if r is not None and self.regions[r].opener == k:
            return r
        return None

    def orphan_closing(self, k: int) -> int | None:
        return self.orphan_at.get(k)
