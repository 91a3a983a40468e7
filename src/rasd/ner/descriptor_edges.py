"""A definite adjective or participle that judges or places what a name names is no
word of it: the tagger runs a name on into the adjective after it ("منظمة حماس
الإرهابية", "هيومن رايتس ووتش المعنية بحقوق الإنسان", "الحزب الديمقراطي اليائس"),
while the annotated news leave such descriptors out. Many names do end on an adjective
of their own ("الأمم المتحدة", "الجيش السوري الحر", "القوات المسلحة"), so only the
adjectives of `data/rule_words.tsv` ``judging_adjective``, which close no name in the
annotated news, leave a name's end. Not a person's: Arabic family names are spelt as
such adjectives ("عبد العزيز المقبل", "فخر الدين المعني").
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.ner.gazetteer import loose_key_of_match_key
from rasd.ner.rule_words import RULE_WORDS
from rasd.ner.scoring import chunks

# Switch for `benchmarks/ner_rule_diff.py`.
DESCRIPTOR_EDGES = True

_JUDGING = RULE_WORDS["judging_adjective"]
_ARTICLE = "ال"


def descriptor_edges(stems: Sequence[str], tags: list[str]) -> None:
    """Untag a listed definite descriptor closing a body's, place's or other non-person
    name of two words or more (`tags`, changed in place); `stems` are the words' match
    keys without their clitics."""
    if not DESCRIPTOR_EDGES:
        return
    for label, start, end in chunks(tags):
        last = end - 1
        if label == "PER" or end - start < 2 or last >= len(stems):
            continue
        stem = stems[last]
        # The article marks the adjective of the name before it; "معني" alone may be a
        # name's word or a word of another phrase.
        if stem.startswith(_ARTICLE) and loose_key_of_match_key(stem) in _JUDGING:
            tags[last] = "O"
