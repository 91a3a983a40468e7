"""Which one-word entries of the actor dictionary the words of unseen news meet, and
through which surface forms: an entry a common word keeps hitting ("الناس" → ناسا,
"مالي" → Mali, "التحالف" → CHN) shows up at the top with that word (issue 13).

Each Arabic word of the unannotated articles is keyed as the actor finder keys it
without the segmenter (the whole form's light key, then the light key left after its
proclitics), and counted under the one-word entry it meets, with the entry's codes and
its most frequent surface forms. No pipeline is run: it counts words, not sides.

Usage: python benchmarks/dictionary_hits.py [--stride 20] [--top 40] [--forms 6]
       [--all]   (every one-word entry; default: entries with a country)
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

from news_sample import annotated, unannotated_words

from rasd.events.keys import light_key, strip_proclitics
from rasd.events.lexicon import ActorDictionary, ActorEntry
from rasd.text.normalize import match_key

NEWS = Path("../shared/data/news")


def entry_of(actors: ActorDictionary, word: str) -> tuple[str, ActorEntry] | None:
    """The one-word entry a word meets, as `ActorFinder._dictionary_at` tries it:
    the light key of the word's most stripped form, then of its whole form."""
    forms = strip_proclitics(match_key(word))
    for key in (light_key(forms[-1]), light_key(forms[0])):
        entry = actors.get((key,))
        if entry is not None:
            return key, entry
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stride", type=int, default=20, help="read every n-th article")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--forms", type=int, default=6)
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()
    actors = ActorDictionary()
    known = annotated()
    hits: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    articles = 0
    for path in sorted(NEWS.glob("*.jsonl.gz")):
        for n, words in enumerate(unannotated_words(path, known)):
            if n % args.stride:
                continue
            articles += 1
            for word in words:
                found = entry_of(actors, word)
                if found is None or not (args.all or found[1].country):
                    continue
                hits[found[0]] += 1
                forms[found[0]][word] += 1
    print(f"{articles} articles")
    for key, n in hits.most_common(args.top):
        entry = actors.get((key,))
        assert entry is not None
        top = " ".join(f"{f}×{c}" for f, c in forms[key].most_common(args.forms))
        codes = f"{entry.country or '-'} {','.join(entry.roles) or '-'} {entry.canonical or ''}"
        print(f"{n}\t{key}\t{codes}\t{top}")


if __name__ == "__main__":
    main()
