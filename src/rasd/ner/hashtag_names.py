"""A hashtag written like a name the document also writes spaced ("#الولايات_المتحدة"
… "الولايات المتحدة", "#البيت_الأبيض", "#الشرطة_الفلبينية"): the hashtag is that name,
kept as written, under the label the spaced form gets. The tagger reads one long
token it has never seen by its letters alone (the United States as a body, the White
House as a person, or nothing), while it reads the spaced words in context.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from rasd.ner.gazetteer import loose_key
from rasd.ner.scoring import chunks
from rasd.ner.surface_rules import after_indefinite_title, is_hashtag

_MAJORITY = 0.75  # as in rasd.ner.consistency


def spaced_hashtags(
    words: Sequence[Sequence[str]],
    tags: list[list[str]],
    is_title: Callable[[str], bool] = lambda key: False,
) -> None:
    """Give each hashtag standing alone the label the document's names of its words,
    spaced, clearly take; not right after an indefinite title (`is_title`), where the
    quotes layer reads it as where the title is held (`surface_rules.headed_hashtags`).
    `words` and `tags` are per sentence, `tags` changed in place."""
    labels = _spaced_labels(words, tags)
    if not labels:
        return
    for sentence_words, sentence_tags in zip(words, tags, strict=True):
        for i, word in enumerate(sentence_words):
            if not is_hashtag(sentence_words, i) or not _alone(sentence_tags, i):
                continue
            if after_indefinite_title(sentence_words, i, is_title):
                continue
            label = labels.get(tuple(loose_key(p) for p in word.strip("#_").split("_") if p))
            if label:
                sentence_tags[i] = "B-" + label


def _spaced_labels(
    words: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
) -> dict[tuple[str, ...], str]:
    """The majority label of each name of two words or more written with spaces."""
    seen: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for sentence_words, sentence_tags in zip(words, tags, strict=True):
        for label, i, j in chunks(sentence_tags):
            name = sentence_words[i:j]
            if j - i >= 2 and not any("_" in w for w in name):
                seen[tuple(loose_key(w) for w in name)][label] += 1
    labels = {}
    for name, counts in seen.items():
        label, n = counts.most_common(1)[0]
        if n >= _MAJORITY * sum(counts.values()):
            labels[name] = label
    return labels


def _alone(tags: Sequence[str], i: int) -> bool:
    """Whether word `i` is untagged or a name of one word."""
    return not tags[i].startswith("I-") and (i + 1 == len(tags) or not tags[i + 1].startswith("I-"))
