"""Words vouched for after they were said: "… على حد قوله"، "… على حد تعبير X"،
"… على حد وصفها". The phrase credits what stands right before it to the speaker, a
pronoun's antecedent or the name after the wording noun: quoted words just before it
are a direct quotation ("لـ"إنقاذ الدولة المصرية" على حد قوله"), a sentence with no
act of speech of its own an indirect one ("وأدى ذلك إلى توتر العلاقات … على حد قول
القائدة العسكرية كردستان"). Where a cue's quotation already holds the words, the
phrase only closes it.
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.quotes.clause_cuts import as_put_at, as_put_closes
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.regions import quotation_before
from rasd.quotes.speakers import speaker_mention
from rasd.quotes.state import State, make_quote, overlaps, record
from rasd.quotes.subjects import sentence_subject
from rasd.quotes.unsaid_sources import earlier_speaker
from rasd.quotes.view import DocView

AS_PUT_MIN_WORDS = 4  # words of a sentence before the phrase that make a claim of its own


def as_put(state: State) -> None:
    """Quotations credited by "على حد قوله/تعبيره/وصفه" or "على حد قول X"."""
    v = state.view
    for k in v.positions("as_put"):
        if not _opens_phrase(v, k):
            continue
        s = v.sent_of[k - 2]
        if s < 0:
            continue
        first, end = v.sent_bounds[s]
        region = quotation_before(state, k - 2, first, worded=True)
        if region is not None:
            kind, start, last = "direct", v.regions[region].first, v.regions[region].last
            if overlaps(state, start, last):
                # "قال إن … في "منطقتنا وفي سياساتهم" على حد تعبيره": words of the
                # cue's quotation, which the gold seldom lists again.
                continue
        else:
            kind, start, last = "indirect", first, k - 2
            # "بالقيود التي تفرضها على حد قولها بكين على الأويغور": the sentence goes
            # on past the phrase, which credits a word of it, not all of it.
            if not as_put_closes(v, k - 2) or not _own_claim(state, start, last):
                continue
        speaker = _speaker(state, k, end, kind == "direct")
        if speaker is None:
            continue
        quote = make_quote(v, kind, start, last, k - 2, speaker, None)
        if quote is None:
            continue
        quote.cue.canonical = "على حد قوله"
        record(state, quote, (start, last), region)


def _opens_phrase(v: DocView, k: int) -> bool:
    """ "على حد" then the wording noun at k, outside quotation marks."""
    return k >= 2 and as_put_at(v, k - 2) and k not in v.region_at


def _own_claim(state: State, first: int, last: int) -> bool:
    """The sentence before the phrase is no one's yet: no cue, no quotation of its
    own, enough words to be a claim."""
    v = state.view
    if last - first < AS_PUT_MIN_WORDS or overlaps(state, first, last):
        return False
    return not any(
        v.cue(j) is not None or v.region_at.get(j) is not None for j in range(first, last)
    )


def _speaker(state: State, k: int, end: int, quoted: bool) -> Mention | None:
    """The name after the noun ("على حد قول القائدة العسكرية كردستان"); for a
    pronoun ("على حد قوله") the latest speaker, or for quoted words the sentence's
    own subject first ("وكان عنان قد أعلن عزمه … لـ"إنقاذ الدولة المصرية" على حد
    قوله"). A sentence credited by a pronoun with no speaker before it is the
    writer's ("هكذا قلت …، على حد تعبيرها")."""
    v = state.view
    if not v.enclitic[k]:
        phrase = noun_phrase(v, k + 1, end)
        return speaker_mention(v, phrase, "m") if phrase is not None else None
    key = v.keys[k]
    gender = "f" if key.endswith("ها") else "p" if key.endswith(("هم", "هما")) else "m"
    subject = sentence_subject(v, k) if quoted else None
    # "دبي - العربية.نت": a dateline opening the article is where, not who.
    if subject is not None and v.entity_label(subject.start) != "LOC":
        return speaker_mention(v, subject, gender)
    return earlier_speaker(state, k, gender)
