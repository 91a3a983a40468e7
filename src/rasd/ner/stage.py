"""The `ner` stage: entities with canonical names, apposed roles and countries.

The CRF tags each sentence's tokens; an entity's span starts at the stem of its
first token, so attached proclitics (و ب ل ف ك) stay outside ("للأمم المتحدة" →
"الأمم المتحدة", the stem's `form`). Within a document, a person's `canonical` is the
fullest name containing the mention ("كيري" → "جون كيري"); a title right before a
name is its `role`; `country` comes from the name lists, the actor dictionary and
nationality adjectives (الأميركي → USA) in the role or the name (`countries.Countries`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from rasd.document import Document, Entity, Token
from rasd.ner.bootstrap import load_news_names
from rasd.ner.boundaries import apply_boundaries, descriptor_nisbas
from rasd.ner.bracketed_aliases import bracketed_aliases
from rasd.ner.clitic_names import listed_whole
from rasd.ner.club_abbreviations import club_abbreviations, cut_heads
from rasd.ner.common_bodies import common_bodies
from rasd.ner.common_words import common_words
from rasd.ner.coordinated_names import coordinated_genitives
from rasd.ner.corpora import LABELS
from rasd.ner.corpus_org_names import corpus_org_names
from rasd.ner.corpus_places import mined_places
from rasd.ner.countries import Countries
from rasd.ner.descriptor_edges import descriptor_edges
from rasd.ner.descriptor_names import descriptor_names
from rasd.ner.division_towns import all_towns, single_towns, whole_towns
from rasd.ner.document_rules import (
    cued_clubs,
    named_organisations,
    national_clubs,
    scored_clubs,
)
from rasd.ner.gazetteer import COUNTRY, loose_key
from rasd.ner.glued_towns import glued_towns
from rasd.ner.hashtag_names import spaced_hashtags
from rasd.ner.hyphen_names import hyphenated_organisations
from rasd.ner.line_ups import line_ups
from rasd.ner.listed_places import listed_places
from rasd.ner.mentions import (
    TITLE_HEADS,
    Found,
    canonical_names,
    has_proclitic,
    person_roles,
    stem_start,
)
from rasd.ner.model import Tagger
from rasd.ner.named_after import named_after
from rasd.ner.named_competitions import named_competitions
from rasd.ner.nisba_names import first_name_nisbas, nisba_surnames, nisbas_alone
from rasd.ner.noun_chains import chain_bodies
from rasd.ner.person_rules import korean_syllables
from rasd.ner.place_bodies import place_bodies
from rasd.ner.place_rules import division_descriptors
from rasd.ner.pronoun_tails import pronoun_tails
from rasd.ner.purpose_bodies import purpose_bodies
from rasd.ner.rule_words import (
    FEMININE_COUNTRIES,
    NATIONALITIES,
    PERSON_TITLES,
    RULE_WORDS,
    NameList,
)
from rasd.ner.rules import apply_rules
from rasd.ner.scoring import chunks
from rasd.ner.short_forms import short_forms
from rasd.ner.surface_rules import headed_hashtags, ordinals_alone, split_organisations
from rasd.ner.town_clubs import town_clubs
from rasd.ner.unit_descriptions import unit_descriptions
from rasd.ner.variants import load_variants
from rasd.ner.verb_edges import verb_edges
from rasd.text.normalize import match_key

# Proclitics glued to names in running text; ف and ك are left out because too many
# names start with them ("فيصل", "كمال": "مال" is a frequent word).
_NAME_PROCLITICS = "وبل"
# A whole form seen under this many times in the news is a rare name; its rest must
# be seen at least this many times, and twice as often as the whole.
_RARE_NAME = 10
_SEEN_NAME = 5
# A word seen this many times, at least half as often as its rest, is a word of its own.
_COMMON_WHOLE = 20
# Proclitics that seldom precede a name ("like", "so"): split off a name, they cut it.
_RARE_BEFORE_NAMES = "كف"
# Shorter keys listed as places are too often words ("ليل" is three letters: the night).
_MIN_TOWN_LETTERS = 3
# Words the news writes after a place noun are places (`corpus_places`); a switch for
# measuring the rule.
MINED_PLACES = True
_SPORTS_ROLES = RULE_WORDS["sports_role"]
NISBA_NAMES = True
# Long organisation names the news writes whole (`corpus_org_names`); a switch for
# measuring the rule.
CORPUS_ORG_NAMES = True
# An organisation's short name in brackets after its name (`bracketed_aliases`).
BRACKETED_ALIASES = True
# An organisation's hashtag that begins with a body noun (`surface_rules.headed_hashtags`).
HASHTAG_HEADS = True
# A hashtag takes the label of its words written spaced in the document (`hashtag_names`).
SPACED_HASHTAGS = True
# A descriptor leaves a body's name that the document also writes without it
# (`descriptor_names`).
DESCRIPTOR_NAMES = True
# An ordinal tagged as a name of one word names nothing (`surface_rules.ordinals_alone`).
ORDINALS_ALONE = True
# Two organisations side by side without the article are one name (`split_organisations`).
SPLIT_ORGANISATIONS = True
# A town before a masculine nationality adjective is its club (`national_clubs`).
NATIONAL_CLUBS = True
# A person of two words after an indefinite "نادي"/"فريق" is the club (`cued_clubs`).
CUED_CLUBS = True
# A multi-word organisation's last word alone is the organisation (`short_forms`).
SHORT_FORMS = True
# A club named by its first word cut short is the club ("مان سيتي", `club_abbreviations`).
CLUB_ABBREVIATIONS = True
# A body word before a Tunisian town is the town's club ("جمعية أريانة", `town_clubs`).
TOWN_CLUBS = True
# A person right after a competition head is the competition ("بطولة رولان غاروس",
# `named_competitions`).
NAMED_COMPETITIONS = True
# An untagged name in a comma list of persons is a person (a line-up, `line_ups`).
LINE_UPS = True
# A Korean name's last syllable spelt like an Arabic word ends it (`korean_syllables`).
KOREAN_SYLLABLES = True


class EntityRecognizer:
    """Fills `Document.entities` (requires tokens and sentences)."""

    def __init__(
        self, tagger: Tagger | None = None, variants: dict[str, str] | None = None
    ) -> None:
        self.tagger = tagger or Tagger()
        self.gazetteer = self.tagger.featurizer.gazetteer
        self.countries = Countries(self.gazetteer)
        self._cut_heads = cut_heads(self.gazetteer.items())
        # Spelling variant -> the news corpus's usual spelling (ترمب → ترامب).
        self.variants = load_variants() if variants is None else variants
        self.news_names = NameList.of(
            " ".join(loose_key(w) for w in name.split()) for name in load_news_names()
        )

    def __call__(self, doc: Document) -> Document:
        found: list[Found] = []
        sentences = [doc.tokens[s.token_start : s.token_end] for s in doc.sentences]
        featurizer = self.tagger.featurizer
        text = doc.text
        all_forms = [[featurizer.form(text[t.start : t.end], t) for t in ts] for ts in sentences]
        all_tags = self.tagger.tag_forms(all_forms)
        # The rules read the same views of each sentence's forms: built once here.
        all_keys = [[f.key for f in forms] for forms in all_forms]
        all_words = [[f.word for f in forms] for forms in all_forms]
        all_stems = [[f.stem for f in forms] for forms in all_forms]
        for tokens, keys, words, stems, tags in zip(
            sentences, all_keys, all_words, all_stems, all_tags, strict=True
        ):
            conjoined = [self._conjoined(text, t) for t in tokens]
            apply_rules(
                keys,
                tags,
                self._is_nationality,
                self._is_country,
                featurizer.phrases,
                words,
                [has_proclitic(t) for t in tokens],
                stems,
                self._is_nisba,
                self._is_org,
                self.news_names,
                conjoined,
                [i > 0 and tokens[i - 1].end == t.start for i, t in enumerate(tokens)],
            )
            apply_boundaries(words, keys, tags)
            if KOREAN_SYLLABLES:
                korean_syllables(words, tags)
            descriptor_nisbas(words, stems, tags, self._is_nisba)
            common_bodies(keys, stems, tags, self._is_nisba)
            if CORPUS_ORG_NAMES:
                corpus_org_names(keys, words, tags)
            if BRACKETED_ALIASES:
                bracketed_aliases(words, tags)
            if HASHTAG_HEADS:
                headed_hashtags(words, tags, _is_title)
            if ORDINALS_ALONE:
                ordinals_alone(keys, tags)
            if SPLIT_ORGANISATIONS:
                split_organisations(
                    keys,
                    stems,
                    tags,
                    partial(self._glued, text, tokens),
                    conjoined,
                )
            hyphenated_organisations(text, tokens, tags)
            # before `coordinated_genitives`, which carries a chain on through و
            chain_bodies(words, stems, tags, featurizer.segmenter.lexicon)
            purpose_bodies(words, stems, tags)
            coordinated_genitives(
                words,
                stems,
                keys,
                tags,
                self.gazetteer.__contains__,
            )
            listed_places(keys, conjoined, tags, self.gazetteer)
            glued_towns(words, tags, self._is_town, featurizer.segmenter.lexicon)
            verb_edges(
                words,
                stems,
                tags,
                featurizer.segmenter.lexicon,
                self.gazetteer.__contains__,
            )
            pronoun_tails(words, stems, tags, featurizer.segmenter.lexicon)
            descriptor_edges(stems, tags)
            division_descriptors(stems, tags)
            whole_towns(words, stems, tags)
            unit_descriptions(
                keys,
                stems,
                tags,
                self.gazetteer.__contains__,
            )
            place_bodies(
                keys,
                words,
                stems,
                tags,
                self._is_nationality,
            )
            named_after(keys, words, stems, tags)
            if NAMED_COMPETITIONS:
                named_competitions(keys, stems, tags)
            if LINE_UPS:
                line_ups(words, stems, tags)
        scored_clubs(all_keys, all_tags, self._is_country, self._is_town)
        if NATIONAL_CLUBS:
            national_clubs(
                all_keys, all_words, all_tags, self._is_country, self._is_nationality, self._is_town
            )
        if CUED_CLUBS:
            cued_clubs(all_keys, all_words, all_tags, self._is_nationality)
        named_organisations(all_keys, all_tags, self._is_nationality)
        if SHORT_FORMS:
            short_forms(
                all_keys,
                all_stems,
                all_tags,
                featurizer.segmenter.lexicon,
                self._listed_body,
                self._is_nationality,
            )
        if CLUB_ABBREVIATIONS:
            club_abbreviations(
                all_keys,
                all_stems,
                all_tags,
                self._cut_heads,
                self.gazetteer,
                featurizer.segmenter.lexicon,
                self._listed_body,
            )
        if MINED_PLACES:
            mined_places(
                all_keys,
                all_stems,
                all_words,
                all_tags,
                self._other_than_place,
                self._names_person,
                single_towns(),
            )
        if TOWN_CLUBS:
            town_clubs(all_keys, all_stems, all_tags, self._is_tunisian_town)
        if NISBA_NAMES:
            self._nisba_names(all_keys, all_stems, all_words, all_tags)
        if SPACED_HASHTAGS:
            spaced_hashtags(all_words, all_tags, _is_title)
        if DESCRIPTOR_NAMES:
            descriptor_names(all_keys, all_stems, all_tags)
        # a link line ("رابط الخبر") or a technology's abbreviation ("GPS") names nothing
        common_words(all_stems, all_words, all_tags)
        for sentence, tokens, tags in zip(doc.sentences, sentences, all_tags, strict=True):
            for label, i, j in chunks(tags):
                if label in LABELS:
                    span = tokens[i:j]
                    found.append(
                        Found(
                            Entity(self._name_start(text, span, label), span[-1].end, label),
                            span,
                            sentence.token_start + i,
                        )
                    )
        canonical_names(doc, found, self.variants)
        titles = person_roles(doc, found)
        # A title tagged as a name of its own ("مستشار الأمن القومي الأميركي" before a
        # person) is the person's role, not an organisation.
        found = [f for f in found if f.entity.label == "PER" or f.entity.start not in titles]
        self.countries(doc, [f.entity for f in found])
        doc.entities = [f.entity for f in found]
        return doc

    def _name_start(self, text: str, span: list[Token], label: str) -> int:
        """Where a name begins in its first token: after the proclitics the segmenter
        split off, unless the last of them belongs to the name; or after a conjunction
        or preposition glued to a rare name that the news shows mostly without it
        ("بجاكارتا", "وانجيلو") or to a listed name ("لبي بي سي"), which the segmenter,
        made for common words, leaves whole; and after "ب" glued to a listed place."""
        token = span[0]
        if label == "LOC" and self._place_after_bi(text, span):
            return token.start + 1
        start = stem_start(token)
        word = text[token.start : token.end]
        freq = self.tagger.featurizer.segmenter.lexicon.get
        if start != token.start:
            return self._split_start(text, span, start, label)
        whole, rest = freq(match_key(word), 0), freq(match_key(word[1:]), 0)
        if word[0] not in _NAME_PROCLITICS or len(word) < 3:
            return start
        # "لاورا", "باسم": before a bare alef, ل and ب belong to the name.
        glued = word[0] == "و" or word[1] != "ا"
        rare_whole = whole < _RARE_NAME and rest >= max(_SEEN_NAME, 2 * whole)
        if glued and len(word) > 4 and rare_whole:
            return token.start + 1
        if glued and len(span) > 1 and self._listed_rest(text, span):
            return token.start + 1
        return start

    def _glued(self, text: str, tokens: list[Token], start: int, end: int) -> bool:
        """Whether the organisation of tokens start to end begins after a proclitic."""
        return self._name_start(text, tokens[start:end], "ORG") != tokens[start].start

    def _split_start(self, text: str, span: list[Token], start: int, label: str) -> int:
        """Where a name begins in a word whose proclitics the segmenter split off at
        `start`: one letter earlier when that letter belongs to the name."""
        token, first = span[0], start - 1
        if self._whole_name(text, token, start):
            return token.start
        if _stem_form(token) or not any(
            s.end == start and s.start == first for s in token.segments
        ):
            return start
        letter, word, rest = text[first], text[first : token.end], text[start : token.end]
        words = [word, *(text[t.start : t.end] for t in span[1:])]
        if listed_whole(self.gazetteer, words, label):
            return first
        freq = self.tagger.featurizer.segmenter.lexicon.get
        whole, rest_freq = freq(match_key(word), 0), freq(match_key(rest), 0)
        # "بسام", "كمال", "فيشر": a word as frequent as its rest is no
        # proclitic + word (a preposition goes with a few percent of a word's uses:
        # "بلندن"); "و" with far more, in lists of places ("وليتوانيا"), so "واثق"
        # must be twice as frequent as its rest.
        common = whole >= 2 * rest_freq if letter == "و" else 2 * whole >= rest_freq
        if first == token.start and whole >= _COMMON_WHOLE and common:
            return first
        # "كلاين", "كيلي", "كوفي", "فليك": "like" and "so" rarely come before a name,
        # and a split rest that is no listed name ("يلي", "وفي") is no name at all;
        # "كإسرائيل", "فروسيا", "فالولايات المتحدة" keep the split.
        listed = match_key(rest).startswith("ال") or loose_key(rest) in self.gazetteer
        if letter in _RARE_BEFORE_NAMES and not listed:
            return first
        return start

    def _whole_name(self, text: str, token: Token, start: int) -> bool:
        """Whether a word the segmenter split into two one-letter proclitics and a
        stem is one name ("وليام": William, not "and for Yam"): the news writes the
        whole word far more often than the word without its first letter ("ليام"),
        whereas a proclitic pair before a name is rarer than the name after one
        ("وبلندن" against "بلندن")."""
        if start != token.start + 2 or _stem_form(token):
            return False
        word = text[token.start : token.end]
        freq = self.tagger.featurizer.segmenter.lexicon.get
        whole = freq(match_key(word), 0)
        return whole >= _COMMON_WHOLE and whole >= 4 * freq(match_key(word[1:]), 0)

    def _place_after_bi(self, text: str, span: list[Token]) -> bool:
        """Whether a place's name is "ب" glued to a listed place and is itself no listed
        name ("بسوسة", "بالمنستير"; not "بنزرت", "بيونغ يانغ"): Tunisian outlets write
        "in Sousse" so often that the whole word is as frequent as the place, which
        would otherwise keep the letter in the name."""
        words = [text[t.start : t.end] for t in span]
        if not words[0].startswith("ب"):
            return False
        whole = " ".join(loose_key(w) for w in words)
        rest = " ".join(loose_key(w) for w in [words[0][1:], *words[1:]])
        if whole in self.gazetteer or loose_key(words[0]) in self.gazetteer:
            return False
        return any(label in ("LOC", COUNTRY) for label, _ in self.gazetteer.get(rest, ()))

    def _conjoined(self, text: str, token: Token) -> bool:
        """Whether a word starts with the conjunction "و": split off by the segmenter,
        or glued to a rare name that the news shows mostly without it ("وديغو")."""
        word = text[token.start : token.end]
        if not word.startswith("و") or len(word) < 4:
            return False
        if has_proclitic(token) and token.segments[0].end == token.start + 1:
            return True
        freq = self.tagger.featurizer.segmenter.lexicon.get
        whole, rest = freq(match_key(word), 0), freq(match_key(word[1:]), 0)
        return whole < _RARE_NAME and rest >= max(_SEEN_NAME, 2 * whole)

    def _listed_rest(self, text: str, span: list[Token]) -> bool:
        """Whether a multi-word name without its first letter is a listed name and
        with it is not ("لبي بي سي", "وتل أبيب")."""
        words = [text[t.start : t.end] for t in span]
        whole = " ".join(loose_key(w) for w in words)
        rest = " ".join(loose_key(w) for w in [words[0][1:], *words[1:]])
        return rest in self.gazetteer and whole not in self.gazetteer

    def _is_nationality(self, key: str) -> bool:
        """Whether a loose key is a nationality adjective: listed as one, or its
        own alef-lam gone ("الألماني" keys as "الماني", listed as "ماني"), or one of
        the rule words' nationalities the gazetteer lacks ("الإنكليزي")."""
        if key in NATIONALITIES or self._listed_nationality(key):
            return True
        bare = loose_key(key)
        return bare != key and self._listed_nationality(bare)

    def _listed_nationality(self, key: str) -> bool:
        return any(label == "NAT" for label, _ in self.gazetteer.get(key, ()))

    def _is_org(self, key: str) -> bool:
        return any(label == "ORG" for label, _ in self.gazetteer.get(key, ()))

    def _is_town(self, key: str) -> bool:
        """Whether a loose key is listed as a city of a country ("ديجون", France), not
        as a person: ANERgazet's places without a country hold common words ("أرض")."""
        entries = self.gazetteer.get(key, ())
        return (
            any(label == "LOC" and country for label, country in entries)
            and all(label != "PER" for label, _ in entries)
            and len(key) >= _MIN_TOWN_LETTERS
        )

    def _is_tunisian_town(self, keys: Sequence[str], stems: Sequence[str]) -> bool:
        """Whether a span names a town the lists place in Tunisia, not the country, or
        one mined after a division word (`division_towns`)."""
        entries = self.gazetteer.get(" ".join(keys), ())
        labels = {label for label, _ in entries}
        if ("LOC", "TUN") in entries and COUNTRY not in labels and "PER" not in labels:
            return True
        return " ".join(match_key(s) for s in stems) in all_towns()

    def _nisba_names(
        self,
        keys: list[list[str]],
        stems: list[list[str]],
        words: list[list[str]],
        all_tags: list[list[str]],
    ) -> None:
        alone = nisbas_alone(
            stems, words, all_tags, self._nationality_nisba, keys, self._given_name
        )
        if not alone:
            return
        for sentence in zip(keys, stems, words, all_tags, strict=True):
            first_name_nisbas(*sentence, self._given_name, alone)
        nisba_surnames(stems, words, all_tags, self._nationality_nisba)

    def _nationality_nisba(self, stem: str) -> bool:
        """A nisba of a country or nationality ("السوداني"), not of a common noun
        ("الحالي", "العلمي")."""
        return self._is_nisba(stem) and self._is_nationality(loose_key(stem))

    def _given_name(self, key: str) -> bool:
        """Whether the lists know a key as a person's name only."""
        labels = {label for label, _ in self.gazetteer.get(key, ())}
        return labels == {"PER"} and len(key) >= _MIN_TOWN_LETTERS

    def _names_person(self, key: str) -> bool:
        """Whether a word before a name makes it a person's: a title ("المدرب") or a
        nationality ("الروماني")."""
        return (
            key in TITLE_HEADS
            or key in PERSON_TITLES
            or key in _SPORTS_ROLES
            or self._is_nationality(key)
        )

    def _other_than_place(self, key: str) -> bool:
        """Whether the lists know a key as a person ("خليل", the name and Hebron) or,
        never as a place, as a body or nationality."""
        labels = {label for label, _ in self.gazetteer.get(key, ())}
        if "PER" in labels:
            return True
        placed = bool(labels & {"LOC", COUNTRY})
        return not placed and (bool(labels & {"ORG", "NAT"}) or self._is_nationality(key))

    def _listed_body(self, key: str) -> bool:
        """Whether the lists know a key as a body ("سيتي", "يونايتد") and not as a
        country, a town of a country ("مدريد") or a person only."""
        entries = self.gazetteer.get(key, ())
        labels = {label for label, _ in entries}
        town = any(label == "LOC" and country for label, country in entries)
        return "ORG" in labels and COUNTRY not in labels and not town

    def _is_country(self, key: str) -> bool:
        return any(label == COUNTRY for label, _ in self.gazetteer.get(key, ()))

    def _is_nisba(self, stem: str) -> bool:
        """Whether a stem key is a nationality adjective with the article: "السعودي",
        "الكورية" (of كوريا), "التونسي"; not a country or city that the feminine
        spells ("السعودية", "الإسكندرية")."""
        if not stem.startswith("ال") or not stem.endswith(("ي", "ية")):
            return False
        key = loose_key(stem)
        entries = self.gazetteer.get(key, ())
        feminine = stem.endswith("ية")
        if feminine and self._is_country(key):
            # "السعودية" is the country; "المالية" the adjective, not مالي.
            return key not in FEMININE_COUNTRIES
        if self._is_nationality(key):
            return True
        if feminine and any(label == "LOC" and code for label, code in entries):
            return False  # a city placed in a country: "الإسكندرية"
        base = key[:-1]
        return any(
            label in ("LOC", COUNTRY)
            for place in (base, base + "ا", base + "يا")
            for label, _ in self.gazetteer.get(place, ())
        )


def _is_title(key: str) -> bool:
    return key in TITLE_HEADS or key in PERSON_TITLES


def _stem_form(token: Token) -> str | None:
    """The underlying form of the token's stem where the surface hides it ("لأمم")."""
    return next((seg.form for seg in token.segments if seg.kind == "stem"), None)
