"""Where a demand's complement ends (issue 12, qdemand): a verbal noun or a
preposition's phrase ("طالبت بالانسحاب"، "مطالبين بإنهاء النفوذ الإيراني") runs to
the sentence end unless something cuts it. Two things the writer adds after it are
not part of what was demanded: a participle of another act that puts blame on someone
("، محملين طهران مسؤولية …"), and how often it was said ("في أكثر من مناسبة"،
"مرارا")."""

from __future__ import annotations

from rasd.quotes.view import DocView


def blame_participle(v: DocView, i: int) -> bool:
    """ "بإنهاء النفوذ الإيراني في البلاد، محملين طهران مسؤولية …": a participle of
    holding someone responsible (words.tsv `blame_participle`) after a comma is the
    speaker's next act, not more of the demand."""
    return v.is_("blame_participle", i) and not v.proclitics[i]


def repeat_adverbial(v: DocView, i: int, end: int) -> bool:
    """ "طالبت حكومة بغداد أنقرة بالانسحاب في أكثر من مناسبة": how often the demand
    was made (words.tsv `repeat_adverb`, or "في أكثر من" + `repeat_occasion`), when it
    closes the phrase, says when the speaker spoke, not what was demanded."""
    if v.is_("repeat_adverb", i) and not v.proclitics[i]:
        return _closes(v, i + 1, end)
    return (
        i + 3 < v.n
        and v.keys[i] == "في"
        and v.keys[i + 1] == "اكثر"
        and v.keys[i + 2] == "من"
        and v.is_("repeat_occasion", i + 3)
        and _closes(v, i + 4, end)
    )


def _closes(v: DocView, j: int, end: int) -> bool:
    return j >= end or v.punct(j)
