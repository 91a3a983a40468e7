"""A plural unit noun with what only describes it names no body: Tunisian police and
guard reports write "الوحدات الأمنية", "وحدات الشرطة التابعة لمركز الأمن بالمحارزة",
"الوحدات التابعة للمنطقة البحرية للحرس الوطني", and the tagger, trained on names such
as "وحدات حماية الشعب", tags the run as an organisation, at times swallowing the place
after it. The annotated news tag none of these (a generic force is optional at most),
and no name of dev folds 0-1 runs through "التابعة لـ". A span headed by a listed
unit noun (`data/rule_words.tsv` ``generic_unit``) is untagged when the rest is adjectives
of its field only (``unit_adjective``: الأمنية، العسكرية …, not a people's: "الوحدات
الكردية" is the YPG), or up to its tie word (``org_name_break``, ``unit_tie``: التابعة،
الخاصة); what follows the tie stays a name only when the name lists know it whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.rule_words import RULE_WORDS
from rasd.ner.scoring import chunks

# Switch for `benchmarks/ner_rule_diff.py`.
UNIT_DESCRIPTIONS = True

_UNITS = RULE_WORDS["generic_unit"]
_TIES = RULE_WORDS["org_name_break"] | RULE_WORDS["unit_tie"]
_ADJECTIVES = RULE_WORDS["unit_adjective"]
_ARTICLE = "ال"


def unit_descriptions(
    keys: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    listed: Callable[[str], bool],
) -> None:
    """Untag the unit descriptions tagged as organisations (`tags`, one sentence's,
    changed in place); `keys` are the words' loose stem keys, `stems` their match keys
    without clitics, `listed` whether the name lists hold a loose key phrase."""
    if not UNIT_DESCRIPTIONS:
        return
    for label, start, end in chunks(tags):
        if label != "ORG" or end > len(keys) or keys[start] not in _UNITS:
            continue
        tie = next((i for i in range(start + 1, end) if keys[i] in _TIES), None)
        if tie is None:
            # a unit noun alone may be a club's name ("الوحدات", Al-Wehdat)
            if end - start > 1 and all(
                _adjective(keys[i], stems[i]) for i in range(start + 1, end)
            ):
                tags[start:end] = ["O"] * (end - start)
            continue
        tags[start : tie + 1] = ["O"] * (tie + 1 - start)
        rest = tie + 1
        if rest < end and listed(" ".join(keys[rest:end])):
            tags[rest] = "B-ORG"
        else:
            tags[rest:end] = ["O"] * (end - rest)


def _adjective(key: str, stem: str) -> bool:
    """Whether a word only describes the unit before it: a listed definite adjective of
    its task or field ("الأمنية", "الصحية"). Not any nisba: the news call a militia by
    its people ("الوحدات الكردية", the YPG; optional in the annotated news, where no
    "الوحدات الأمنية" is tagged)."""
    return stem.startswith(_ARTICLE) and key in _ADJECTIVES
