"""Name patterns of news Arabic that the statistical tagger under-finds.

Applied to one sentence's BIO tags after tagging:
  1. institutions qualified by a nationality adjective ("وزارة الخارجية التركية",
     "الجيش العراقي", "الحكومة الفرنسية") are organisations, and so is a feminine
     body noun agreeing with one ("الخارجية الروسية", "البحرية الأسترالية"); a
     public body's name goes on through its nationality adjectives ("مجلس الشيوخ
     الفرنسي") and a ministry's through its other portfolios ("وزارة الحج والعمرة");
     a body named as an organisation's own takes it ("الجمعية العامة للأمم المتحدة");
  2. a movement head with a definite noun is a group ("جبهة النصرة", "خلية الصقور");
     a group noun a few words before a place or organisation is left to the tagger:
     as a rule it joined descriptions to names ("مجلس إدارة شركة كاربون القابضة",
     "التحالف بقيادة الولايات المتحدة") more often than it found a name;
  3. a place head before a place is part of it ("قطاع غزة"), not a descriptor
     ("محافظة تعز", "إقليم دارفور"; nor a group noun right before a name, "تنظيم داعش": the gold
     convention); two places side by side are one ("كردستان العراق"), and so are
     compass words and a continent ("جنوب شرق آسيا"); Latin capitals (CNN) are
     organisations, and a hashtag of a listed name is that name ("#دونالد_ترامب");
  4. multi-word names listed only as organisations ("حركة النهضة") are tagged where
     the tagger tagged only part of them or read them as a person; where it left
     them untagged they stay so ("الحزب الحاكم": the lists hold descriptions too);
  5. a nationality adjective standing alone ("السعودي", "الكورية") is no place or
     organisation, though the tagger, trained on 2007 news, often reads it as one;
     nor is a country named like its feminine adjective after a definite noun
     ("البورصة السعودية");
  6. a kinship noun with a possessive pronoun ("أبيه جورج بوش", "شقيقه فادي")
     introduces a person and is not part of the name, a word with the conjunction
     "و" begins a second person ("غريزمان وديغو كوستا"), a kunya ("أبي العلاء المعري")
     begins the name that follows it, and a word with a preposition
     and the article ("بالتشافيزية", "للرئاسة") ends a person's name;
  7. words joined by a hyphen or dot without a space ("جونغ-أون", "أو.إن.جي.سي",
     "بيت.كوم") are one word of a name: the tokenizer splits them and the tagger
     tags a part at most;
  8. a short quoted name after an indefinite group noun is the organisation
     ('منظمة "أطباء بلا حدود"').
Over a whole document (document_rules.py: `named_organisations`), a name put after
"شركة", "نادي" or "فريق" is an organisation wherever it occurs ("شركة نايكي" ...
"نايكي"), and so is a club's town beside a match's score (`scored_clubs`: "بالفوز 3-1
على نانت" ... "نانت").
This module keeps the order in which the patterns apply; they live by what they name
(organisation_rules.py, place_rules.py, person_rules.py, surface_rules.py), their
shared words in rule_words.py and their tag edits in tag_edits.py.
Keys are the loose stem keys of `gazetteer.loose_key` (no clitics, article or ة).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.organisation_rules import (
    bare_group_nouns,
    board_of,
    body_nationality,
    clubs_after_roles,
    competitions,
    descriptions,
    descriptors,
    feminine_bodies,
    foreign_nationality,
    government_of,
    institutions,
    learnt_names,
    listed_organisations,
    ministry_portfolios,
    movements,
    owned_bodies,
    quoted_names,
)
from rasd.ner.person_rules import (
    blessings,
    coined_terms,
    coordinated_people,
    function_words,
    kinship,
    kunya_begins_name,
    person_titles,
    prepositional_tail,
    pronoun_chunks,
)
from rasd.ner.place_rules import (
    adjacent_places,
    adjective_spelled_country,
    agreeing_adjective,
    bare_places,
    described_by_adjective,
    indefinite_adjective,
    nisba,
    place_heads,
    regions,
    titled_places,
)
from rasd.ner.rule_words import NameList, Phrases
from rasd.ner.surface_rules import acronyms, hashtags, joined_words


def apply_rules(
    keys: Sequence[str],
    tags: list[str],
    is_nationality: Callable[[str], bool],
    is_country: Callable[[str], bool],
    phrases: Phrases,
    words: Sequence[str] = (),
    proclitic: Sequence[bool] = (),
    stems: Sequence[str] = (),
    is_nisba: Callable[[str], bool] | None = None,
    is_org: Callable[[str], bool] | None = None,
    news_names: NameList | None = None,
    conjoined: Sequence[bool] = (),
    attached: Sequence[bool] = (),
) -> list[str]:
    """Apply the patterns to one sentence; `words` are the surface words and
    `proclitic` says which of them start with a proclitic (وروسيا); `stems` are
    their stem match keys (with the article); `is_nisba` tells a nationality
    adjective from its stem key, `is_org` a listed organisation from its keys;
    `news_names` are the loose keys of the organisations learnt from the news;
    `conjoined` says which words start with the conjunction "و" (split off by the
    segmenter, or glued to a rare name: "وديغو"); `attached` which of them follow the
    word before without a space."""
    institutions(keys, tags, stems, is_nationality)
    feminine_bodies(keys, stems, tags, is_nationality)
    descriptions(keys, tags, stems)
    movements(keys, tags, stems, words)
    ministry_portfolios(keys, tags, stems, words, is_nationality)
    body_nationality(keys, tags, stems, words, is_nationality)
    place_heads(keys, tags)
    adjacent_places(keys, tags, proclitic, is_country)
    regions(keys, tags)
    acronyms(words, tags)
    hashtags(words, tags, phrases)
    if is_nisba is not None:
        nisba(stems, tags, is_nisba)
    agreeing_adjective(keys, stems, tags, words, proclitic, is_country)
    indefinite_adjective(keys, stems, tags, is_country)
    adjective_spelled_country(keys, stems, words, tags)
    described_by_adjective(keys, stems, tags, is_nationality)
    board_of(keys, stems, tags)
    bare_places(keys, stems, tags)
    kinship(words, tags)
    coordinated_people(tags, conjoined)
    kunya_begins_name(words, tags)
    prepositional_tail(words, tags)
    owned_bodies(keys, words, tags)
    function_words(keys, tags)
    blessings(words, tags)
    pronoun_chunks(words, tags)
    coined_terms(keys, tags)
    titled_places(keys, tags)
    person_titles(keys, stems, tags)
    listed_organisations(keys, tags, phrases)
    competitions(keys, tags)
    if is_org is not None:
        clubs_after_roles(keys, tags, is_country, is_org)
        descriptors(keys, tags, stems, is_org)
    if news_names is not None:
        learnt_names(keys, tags, news_names)
    joined_words(words, tags, attached)
    quoted_names(keys, stems, words, tags)
    bare_group_nouns(keys, tags)
    foreign_nationality(keys, stems, tags, is_nationality, is_country)
    government_of(keys, stems, tags, is_country)
    return tags
