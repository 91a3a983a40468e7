"""The speech-act lexicon (`data/speech_acts.tsv`) loaded and looked up: which cue
forms and which quoted phrases make a quotation an act, by PLOVER type, with the
finite inflections of each cue verb derived by rule. Apart from `speech.py`, which
asks which quotation is an act and who its sides are: this module only reads the
lexicon and matches a cue or a quotation's words against it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rasd.events.lexicon import _read_text
from rasd.events.sentence import WORD_LISTS
from rasd.events.speech_nouns import bare_nouns
from rasd.text.normalize import match_key

_SUFFIXES = ("هما", "هم", "ها", "ه")


@dataclass(frozen=True, slots=True)
class SpeechActs:
    """The cue forms and quoted phrases that make a quotation an act, by type."""

    cues: dict[str, str] = field(default_factory=dict)  # match key → PLOVER type
    phrases: dict[tuple[str, ...], str] = field(default_factory=dict)  # words → type
    # Cues that are an act only when aimed at a person or body ("وصف"): describing a
    # city or a meeting is no criticism.
    aimed: frozenset[str] = frozenset()
    # Cues that are an act only when aimed at someone, a country included ("حذر"): a
    # warning aimed at nobody states a danger, it threatens no one.
    warning: frozenset[str] = frozenset()
    # Phrases the speaker owns ("رفضها"، "قلقه"): an act only where they open the quoted
    # words, the cue's object; further in they mostly report another's act.
    owned: frozenset[tuple[str, ...]] = frozenset()
    # Phrases that are an act only before a named party ("إن على إيران"): kept apart
    # from `phrases`, which the speech-act model also reads as a feature.
    addressed: dict[tuple[str, ...], str] = field(default_factory=dict)
    # Words of obligation ("يجب") that are an act only when a named party is the one
    # obliged ("روسيا يجب أن تقدم"، "ينبغي للمجتمع الدولي أن").
    obliged: dict[str, str] = field(default_factory=dict)
    # The owned phrases' bare verbal nouns ("رفض"، "ادانة"), an act where they open the
    # cue's object (`speech_nouns.opening_act`); kept apart from `phrases`, which the
    # speech-act model also reads as a feature.
    nouns: dict[str, str] = field(default_factory=dict)
    # The phrases by their first word, with their place in the lexicon: a quotation is
    # looked up word by word, not against every phrase at every word.
    _by_first: dict[str, list[tuple[int, tuple[str, ...], str]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for order, (phrase, event_type) in enumerate(self.phrases.items()):
            self._by_first.setdefault(phrase[0], []).append((order, phrase, event_type))

    @classmethod
    def load(cls, text: str | None = None) -> SpeechActs:
        cues: dict[str, str] = {}
        phrases: dict[tuple[str, ...], str] = {}
        aimed: set[str] = set()
        warning: set[str] = set()
        owned: set[tuple[str, ...]] = set()
        addressed: dict[tuple[str, ...], str] = {}
        modals: dict[str, str] = {}
        for line in (text or _read_text("speech_acts.tsv", None)).splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            event_type, where, forms = line.split("\t")
            listed = forms.split()
            if where == "addressed":
                addressed |= {tuple(match_key(f).split("_")): event_type for f in listed}
                continue
            if where == "obliged":
                modals |= {match_key(f): event_type for f in listed}
                continue
            for form in cue_inflections(listed) if where in _CUE_ROWS else listed:
                if where in _CUE_ROWS:
                    cues[match_key(form)] = event_type
                    {"aimed": aimed, "warning": warning}.get(where, set()).add(match_key(form))
                else:
                    phrases[tuple(match_key(form).split("_"))] = event_type
                    if where == "owned":
                        owned.add(tuple(match_key(form).split("_")))
        return cls(
            cues,
            phrases,
            frozenset(aimed),
            frozenset(warning),
            frozenset(owned),
            addressed,
            modals,
            bare_nouns({p: phrases[p] for p in owned}),
        )

    def cue_type(self, cue: str) -> str | None:
        """The act a cue word names: "ووصفه" as "وصف", "وطالبت" as "طالبت"."""
        form = self._cue_form(cue)
        return self.cues[form] if form else None

    def needs_target(self, cue: str) -> bool:
        """Whether the cue is an act only when aimed at a person or body."""
        return self._cue_form(cue) in self.aimed

    def needs_any_target(self, cue: str) -> bool:
        """Whether the cue is an act only when aimed at someone, a place included."""
        return self._cue_form(cue) in self.warning

    def _cue_form(self, cue: str) -> str | None:
        key = match_key(cue)
        forms = [key, key[1:] if key[:1] in "وف" else key]
        forms += [f.removesuffix(s) for f in forms[:] for s in _SUFFIXES if f.endswith(s)]
        return next((f for f in forms if f in self.cues), None)

    def content_type(self, quoted: str) -> str | None:
        """The act the quoted words state, from the first phrase of the lexicon in them."""
        words = [w.removeprefix("و") for w in re.findall(r"\w+", match_key(quoted))]
        # "بقلق بالغ"، "لدعمه": a phrase's first word may carry a preposition.
        bare = [w[1:] if w[:1] in "بل" and len(w) > 3 else w for w in words]
        clause = next((i for i, w in enumerate(words) if w in _CLAUSE_OPENERS), len(words))
        for i in range(len(words)):
            if words[i] not in self._by_first and bare[i] not in self._by_first:
                continue  # most words open no phrase: skip building the matches
            found = [
                (order, event_type)
                for first in {words[i], bare[i]}
                for order, phrase, event_type in self._by_first.get(first, ())
                if phrase
                in (tuple(words[i : i + len(phrase)]), (bare[i], *words[i + 1 : i + len(phrase)]))
                and not (phrase in self.owned and _reported(words, bare, i, clause))
                and not self._anothers(phrase, words, i)
                and not _passive_measure(words, i)
            ]
            if found:
                return min(found)[1]  # the lexicon's first phrase at the earliest word
        return None

    def _anothers(self, phrase: tuple[str, ...], words: list[str], i: int) -> bool:
        """Whether a bare verbal noun of the lexicon ("قلق") at word `i` is in construct
        with a definite noun past the quotation's opening: that noun's feeling, which
        the speaker tells as analysis ("زاد قلق الناس على الجيل القادم"، "يتزايد قلق
        البنتاغون من أن"). The speaker's own is told with a pronoun ("قلقنا") or as the
        cue's object after عن ("أعرب عن قلق الحكومة")."""
        return (
            len(phrase) == 1
            and phrase[0] in self.nouns
            and 0 < i < len(words) - 1
            and words[i + 1].startswith("ال")
            and words[i - 1] != "عن"
        )


_CUE_ROWS = ("cue", "aimed", "warning")


_CLAUSE_OPENERS = WORD_LISTS.words("reported_clause")
_PASSIVE_AUX = WORD_LISTS.words("passive_aux")
_AGAINST = WORD_LISTS.words("measure_aims")


def _passive_measure(words: list[str], i: int) -> bool:
    """Whether the phrase at word `i` follows a passive auxiliary ("تم اتخاذ إجراءات جديدة
    للاستيراد"، "سيتم اتخاذ إجراءات في هذه المجالات لضمان التنافسية") in quoted words
    that aim it at no one (words.tsv "measure_aims": ضد، مواجهة …): a measure taken or
    planned, told as an account, not a threat."""
    before = words[i - 1].removeprefix("س") if i > 0 else ""
    return before in _PASSIVE_AUX and _AGAINST.isdisjoint(words)


def _reported(words: list[str], bare: list[str], i: int, clause: int) -> bool:
    """Whether the owned phrase at word `i` is another's act the quotation reports: it
    comes after a clause opener ("أن زيهوفر أبدى تأييده"، "بسبب دعمها للإرهاب") or, past
    the first word, carries a preposition ("لرفضهم الترخيص")."""
    return clause < i or (i > 0 and words[i] != bare[i])


def cue_inflections(forms: list[str]) -> list[str]:
    """A cue row's forms and the finite inflections the news writes of its verb, derived
    from the row's first form (the past, "طالب") and its present ("يطالب"): the past
    plural and feminine dual ("طالبوا"، "طالبتا"), the present plural and duals and the
    feminine plural ("يطالبون"، "يطالبان"، "تطالبان"، "يطالبن"), and the future of the
    singular and plural ("سيطالب"، "ستطالب"، "سيطالبون"). Which verbs are acts is the
    lexicon's; how a verb inflects is Arabic's, so it is a rule, not a list. The past
    masculine dual is left out: it is written as the accusative of the verbal noun or
    participle ("طلبا"، "رفضا"، "وصفا"، "نفيا قاطعا"، "طالبا"), which the news writes
    more often."""
    keys = [match_key(f) for f in forms]
    derived = _past_forms(keys[0]) if keys and not keys[0].startswith(("ي", "ت", "م")) else []
    present = next((k for k in keys if k.startswith("ي") and len(k) > 2), None)
    if present is not None:
        derived += _present_forms(present)
    return list(dict.fromkeys(keys + derived))


def _past_forms(past: str) -> list[str]:
    # "دعا"، "نفى": the last root letter gives way ("دعوا"، "دعتا"، "نفوا"، "نفتا").
    stem = past[:-1] if past[-1] in "اى" else past
    return [stem + "وا", stem + "تا"]


def _present_forms(present: str) -> list[str]:
    stem = present[1:]
    # "يدعو"، "ينفي": the plural drops the last root letter ("يدعون"، "ينفون"), whose
    # feminine plural is written as the masculine or otherwise ("ينفين"): left out.
    defective = stem[-1] in "وي"
    plural = stem[:-1] if defective else stem
    finite = ["ي" + plural + "ون", "ي" + stem + "ان", "ت" + stem + "ان"]
    finite += [] if defective else ["ي" + stem + "ن"]
    future = ["ي" + stem, "ت" + stem, "ي" + plural + "ون"]
    return finite + ["س" + f for f in future]
