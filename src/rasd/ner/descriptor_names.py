"""A body's descriptor is no part of its name where the document also names the body
without it (issue 14): "حزب فريليمو" … "فريليمو", "شركة نايكي" … "نايكي" are the
organisation "فريليمو" and "نايكي" (the gold convention: a descriptor word belongs to
the name only when the article uses it as part of the name).

The descriptors are those of parties, companies, organisations and movements
(rule_words `name_descriptor`); "تنظيم" and the militia words stay: the annotated news
write "تنظيم الدولة" and "ميليشيا الحوثي" as names, and the events stage reads a
later "التنظيم" as the group whose name starts with it. A definite rest keeps its
descriptor: the annotated news list "حزب العمال الكردستاني" and "منظمة العفو
الدولية" whole even where the article also writes "العمال الكردستاني".
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.ner.rule_words import RULE_WORDS
from rasd.ner.scoring import chunks

_DESCRIPTORS = RULE_WORDS["name_descriptor"]


def descriptor_names(
    keys: Sequence[Sequence[str]], stems: Sequence[Sequence[str]], tags: list[list[str]]
) -> None:
    """Cut the descriptor off an organisation whose rest, a name without the article,
    the document tags as an organisation alone; `keys` are loose keys and `stems` the
    words without their proclitics, per sentence; `tags` changed in place."""
    alone: set[tuple[str, ...]] = set()
    headed: list[tuple[int, int, int]] = []  # sentence, start, end of descriptor-led names
    for n, (sentence_keys, sentence_tags) in enumerate(zip(keys, tags, strict=True)):
        for label, i, j in chunks(sentence_tags):
            if label != "ORG":
                continue
            if i == 0 or sentence_keys[i - 1] not in _DESCRIPTORS:
                alone.add(tuple(sentence_keys[i:j]))
            if j - i >= 2 and sentence_keys[i] in _DESCRIPTORS:
                headed.append((n, i, j))
    for n, i, j in headed:
        if not stems[n][i + 1].startswith("ال") and tuple(keys[n][i + 1 : j]) in alone:
            tags[n][i] = "O"
            tags[n][i + 1] = "B-ORG"
