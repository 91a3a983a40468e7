"""Findings as their issuer's words (issue 12, qfinding).

Findings of a report, survey or study are quotes of the body that wrote it (gold
README). A bare study noun already finds its maker ("وفقا لدراسة صادرة عن جامعة
هارفارد": `speakers._study_author`), but with the article the noun itself was left the
speaker ("وفق الإحصاءات الصادرة عن وزارة المالية" → "الإحصاءات الصادرة"), though
"الصادرة عن" names the issuer as plainly. And an attribution to the latest figures
("ووفقا لأحدث الإحصاءات، تتصدر …") was no attribution at all: the recency word after
ل heads a phrase that no list names, while without ل it is skipped as a verb.
"""

from __future__ import annotations

from rasd.quotes.view import DocView

_ISSUER_LINKS = frozenset({"عن", "من"})


def study_noun(v: DocView, k: int) -> bool:
    """Token k is a `study` noun (words.tsv), bare or with the article."""
    if not 0 <= k < v.n:
        return False
    key = v.keys[k]
    return v.lexicon.has("study", key[2:] if key.startswith("ال") else key)


def issued_study(v: DocView, k: int) -> int | None:
    """ "الإحصاءات الصادرة عن وزارة المالية"، "آخر المعطيات الصادرة عن الناطق": the study
    noun at k (or past a `latest` word there), when an `issued` word and "عن"/"من"
    follow it: who issued the findings is named next."""
    k += v.is_("latest", k)
    found = study_noun(v, k) and k + 2 < v.n and v.is_("issued", k + 1)
    return k if found and v.keys[k + 2] in _ISSUER_LINKS else None


def latest_findings(v: DocView, k: int) -> bool:
    """ "لأحدث الإحصاءات"، "لآخر البيانات": after ل, a `latest` word before a source
    noun heads the same source. Without ل the word already gives way to the noun
    (`phrase_names.verb_before_name` reads "أحدث" as a verb there), and it does so
    before the same nouns: "وفق أحدث الدراسات في مختلف المجالات" is a method, no
    attribution."""
    return v.is_("latest", k) and v.proclitics[k][-1:] == "ل" and v.is_("source_head", k + 1)
