"""Quotes that no cue of their sentence introduces: headlines "X: …" and
"X "…"", continuations of the previous speaker, subheadings and coordinated
quotations.
"""

from __future__ import annotations

from rasd.document import Document, Entity, Mention, Quote
from rasd.quotes.candidates import speakers_in_sentence
from rasd.quotes.circumstances import audience_at, skip_adverbials
from rasd.quotes.clues import entity_spans, in_title
from rasd.quotes.marks import TERMINAL
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.regions import before_complementizer, is_name_region, one_name, region_words
from rasd.quotes.speaker_words import Phrase, entity_end
from rasd.quotes.speakers import speaker_mention
from rasd.quotes.state import (
    CONTINUATION_MIN_WORDS,
    HEADLINE_BREAKS,
    NAME_MAX_WORDS,
    SCARE_MAX_WORDS,
    Said,
    State,
    make_quote,
    overlaps,
    record,
    token_at,
)
from rasd.quotes.view import DocView
from rasd.text.normalize import match_key

HEADLINE_MAX_TOKENS = 25
PLACE_WORDS = 3  # "بمجلس الأمن" between a headline's speaker and its colon
POSTPOSED_REACH = 10  # tokens after a quotation within which its speaker may be named


def headlines(state: State) -> None:
    """ "مصدر روسي: …" and "الجيش العراقي "…"" in a headline-like paragraph, or in each
    part of one split by an ellipsis ("تركيا تؤكد …. وأردوغان: الأسد "قاتل"")."""
    v = state.view
    for p_first, p_last in v.para_bounds:
        for first, last in _headline_parts(v, p_first, p_last):
            if last - first > HEADLINE_MAX_TOKENS or last <= first:
                continue
            if overlaps(state, first, last):
                if not _over_inner_cue(state, first, last):
                    _said_after_colon(state, first, last)
                continue
            if any(v.punct(j) and v.texts[j] in TERMINAL for j in range(first, last - 1)):
                continue
            for i in range(first + 1, min(last, first + 7)):
                if v.punct(i, ":"):
                    _headline_quote(state, first, i, i + 1, last)
                    break
                colon = _colon_after_outlet(v, i, last)
                if colon is not None:
                    _headline_quote(state, first, colon, colon + 1, last)
                    break
                r = v.region_opening(i)
                if r is not None:
                    if region_words(v, r) > SCARE_MAX_WORDS - 1 and not is_name_region(v, r):
                        reg = v.regions[r]
                        _headline_quote(state, first, i, reg.first, reg.last, r)
                    break
                if v.punct(i):
                    break


def _over_inner_cue(state: State, first: int, last: int) -> bool:
    """ "نصرالله: إسرائيل دخلت في "قتال مباشر" مع إيران.. وتهديدات ترامب بضرب سوريا لا
    تخيفنا": a title whose named speaker (a person) stands before its colon says all
    that follows; a cue's quotation read inside those words gives way to it."""
    v = state.view
    if not in_title(v, first):
        return False
    colon = next((i for i in range(first + 1, min(last, first + 7)) if v.punct(i, ":")), None)
    if colon is None or colon + 1 >= last:
        return False
    phrase = noun_phrase(v, first, colon, allow_proclitic=False)
    if phrase is None or phrase.end != colon or phrase.name is None:
        return False
    if v.entity_label(phrase.name[0]) != "PER":
        return False
    start, end = v.tokens[colon + 1].start, v.tokens[last - 1].end
    inner = [q for q in state.quotes if q.start < end and v.tokens[first].start < q.end]
    if not inner or any(q.start < start or q.end > end for q in inner):
        return False
    if any(a < colon + 1 and first < b for a, b in state.covered if (a, b) != (first, last)):
        return False
    for q in inner:
        state.quotes.remove(q)
    state.covered = [
        (a, b)
        for a, b in state.covered
        if not (colon < a and b <= last) and (a, b) != (first, last)
    ]
    _headline_quote(state, first, colon, colon + 1, last)
    return True


def _colon_after_outlet(v: DocView, i: int, last: int) -> int | None:
    """ "كابيلو لـ"العربية": …"، "مصادر ل "سبق": …": the colon after the quoted outlet
    a headline's speaker spoke to; its quotation marks are a name, not the words said."""
    if v.keys[i] != "ل" or v.region_opening(i + 1) is None:
        return None
    end = audience_at(v, i, last)
    return end if end is not None and end < last and v.punct(end, ":") else None


def _headline_parts(v: DocView, first: int, last: int) -> list[tuple[int, int]]:
    """A title split at the ellipses ("..") that open a new "X: …"; else whole."""
    if last <= first or not in_title(v, first):
        return [(first, last)]
    parts, start = [], first
    for j in range(first, last):
        if v.texts[j] in HEADLINE_BREAKS and any(
            v.punct(c, ":") for c in range(j + 2, min(last, j + 8))
        ):
            parts.append((start, j))
            start = j + 1
    parts.append((start, last))
    return parts


def _said_after_colon(state: State, first: int, last: int) -> None:
    """ "أنقرة تنفي تسليم … خاشقجي: سنعلن نتائج التحقيق": in a headline, what follows a
    colon right after a quotation is the same speaker's words."""
    v = state.view
    for q in state.quotes:
        if q.speaker is None or not v.tokens[first].start <= q.start < v.tokens[last - 1].end:
            continue
        colon = next((j for j in range(first, last) if v.punct(j, ":")), None)
        if colon is None or v.tokens[colon].start < q.end or overlaps(state, colon + 1, last):
            return
        if any(v.word(j) for j in range(first, colon) if v.tokens[j].start >= q.end):
            return
        quote = make_quote(v, "direct", colon + 1, last, None, q.speaker, None)
        if quote is not None:
            quote.cue = Mention(v.tokens[colon].start, v.tokens[colon].end)
            record(state, quote, (colon + 1, last), None)
        return


def _spoke_from(v: DocView, phrase: Phrase, stop: int) -> int | None:
    """ "وزير خارجية قطر من بروكسل: …"، "قائد القيادة المركزية الأمريكية من الكويت: …":
    "من" and the place that closes a determined title (its last word definite or a
    name) is where the headline's speaker spoke, not part of the title; after an
    indefinite word ("نائب من البصرة") it says where the speaker comes from."""
    if not phrase.title or phrase.anonymous or phrase.end != stop:
        return None
    for j in range(phrase.start + 1, stop - 1):
        if v.keys[j] != "من" or v.proclitics[j] or v.entity_label(j + 1) != "LOC":
            continue
        determined = v.definite[j - 1] or v.entity_label(j - 1) is not None
        return j if determined and entity_end(v, j + 1, stop) == stop else None
    return None


def _place_of_statement(v: DocView, i: int, stop: int) -> bool:
    """ "الجعفري بمجلس الأمن: …"، "نائب الرئيس الأمريكي أمام الكنيست: …": where the
    headline's speaker said it, between the speaker and the colon."""
    opens = v.keys[i] in ("امام", "في") or (v.proclitics[i] == "ب" and v.word(i))
    opens = opens or (v.keys[i] == "من" and v.entity_label(i + 1) == "LOC")
    return opens and stop - i <= PLACE_WORDS and all(v.word(j) for j in range(i, stop))


def _first_person(v: DocView, i: int) -> bool:
    """A statement in the first person plural: "لن نفرق"، "لا نسير"، "أخذنا"."""
    particle = i < v.n and v.keys[i] in ("لن", "لا", "لم", "سوف", "قد")
    i += particle
    if i >= v.n or not v.word(i):
        return False
    key = v.keys[i]
    verb = particle or not v.name_like(i)  # after لن/لا a word in نـ is a verb
    return (verb and key.startswith("ن") and len(key) >= 3) or (
        len(key) >= 5 and key.endswith("نا")
    )


def _headline_quote(
    state: State, first: int, stop: int, q_first: int, q_last: int, region: int | None = None
) -> None:
    v = state.view
    phrase = noun_phrase(v, first, stop, allow_proclitic=False)
    if phrase is None:
        return
    spoke_from = _spoke_from(v, phrase, stop)
    if spoke_from is not None:
        phrase = noun_phrase(v, first, spoke_from, allow_proclitic=False) or phrase
    after, audience = skip_adverbials(v, phrase.end, stop)  # "العريان لـCNN: …"
    if after != stop and not (
        _place_of_statement(v, after, stop) or _titled_speaker(v, phrase, stop, region)
    ):
        return
    # A speaker's head word, or a name; before a quotation (no colon) a name needs
    # the entity layer's word for it ("استحوذت "…"" starts with a verb, not a name).
    label = v.entity_label(phrase.name[0]) if phrase.name is not None else None
    # "إسرائيل: لن نفرق بين …": a country speaking as "we"; "روسيا: لا يوجد اتفاق …"،
    # "قطر: لا صلة لنا …": or denying, which a dateline's news ("غزة: مقتل شاب …")
    # never opens with.
    denial = region is None and v.is_("negation", q_first)
    country = (
        region is None and v.entity_label(first) == "LOC" and (denial or _first_person(v, q_first))
    )
    if v.entity_at is not None and label not in ("PER", "ORG"):
        label = None  # "سوسة : اضراب …": a dateline, not a speaker
    named = phrase.name is not None and (
        label == "PER" or (region is None and (label == "ORG" or v.entity_at is None))
    )
    speaker_like = (
        named
        or country
        or phrase.anonymous
        or phrase.title
        or v.is_("source_head", first)
        or (region is None and _surname_of_speaker(state, phrase))
        # "الداخلية اليمنية: لا وجود لسجون سرية"، "علماء ببريطانيا: لا يمكننا": in the
        # title, whoever stands before a denial speaks (a "we" read off the first word
        # alone is too often a noun in ن: "كرة القدم: نادي أرسنال …").
        or (denial and in_title(v, first))
        or _ministry(v, first, stop)
    )
    if not speaker_like:
        return
    if region is None:
        r = v.region_opening(q_first)
        # "العريان: "بيتكوين" لن تصبح …": a quoted word opening the statement is a
        # term inside it; only a quotation that runs to the end is the statement.
        if r is not None and v.regions[r].last + 2 >= q_last:
            region, q_first, q_last = r, v.regions[r].first, v.regions[r].last
    speaker = speaker_mention(v, phrase, "m")
    quote = make_quote(v, "direct", q_first, q_last, None, speaker, audience)
    if quote is None:
        return
    quote.cue = Mention(v.tokens[stop].start, v.tokens[stop].end) if v.punct(stop, ":") else None
    record(state, quote, (first, q_last), region)


def _ministry(v: DocView, first: int, stop: int) -> bool:
    """ "الداخلية السعودية: …"، "الصحة المصرية: …": a ministry's short name (words.tsv
    `ministry`) and its country's nisba right before the colon: the ministry speaks."""
    return (
        stop == first + 2
        and v.punct(stop, ":")
        and v.is_("ministry", first)
        and not v.proclitics[first]
        and v.keys[first + 1].startswith("ال")
        and v.keys[first + 1].endswith(("ية", "يه"))
    )


def _titled_speaker(v: DocView, phrase: Phrase, stop: int, region: int | None) -> bool:
    """ "أبومازن مهاجما حماس: …"، "ظريف يزور الأسد: …"، "وزير الخارجية الإيراني يرد على
    ترامب: …": in an article's title, a person named or titled first and what they
    were doing, then a colon and their words."""
    return (
        region is None
        and in_title(v, phrase.start)
        and ((phrase.name is not None and v.entity_label(phrase.name[0]) == "PER") or phrase.title)
        and all(v.word(j) for j in range(phrase.end, stop))
    )


def _surname_of_speaker(state: State, phrase: Phrase) -> bool:
    """ "العيبان: المملكة ستجتث …": a one-word headline subject before a colon that
    is the family name of a speaker the body quotes in full ("بندر بن محمد العيبان")."""
    v = state.view
    if phrase.end - phrase.start != 1:
        return False
    word = v.stems[phrase.start]
    return any(
        q.speaker is not None
        and q.speaker.canonical
        and len(q.speaker.canonical.split()) > 1
        and match_key(q.speaker.canonical.split()[-1]) == word
        for q in state.quotes
    )


def continuations(state: State) -> None:
    """A long quotation no cue claimed, opening its paragraph or following a quote in
    it, continues the previous speaker; elsewhere it is the words of the person or body
    named before it in its sentence (news writes "دان شهباز شريف عمليات "…"" with no
    reporting verb)."""
    v = state.view
    # The speaker a continuation was given, at its quotation: a run of paragraphs
    # that are each one quotation continues the same speaker ("أضافت: "…" ¶ "…" ¶ "…"").
    chained: Said | None = None
    for r, reg in enumerate(v.regions):
        if r in state.claimed or reg.opener is None or overlaps(state, reg.first, reg.last):
            continue
        if region_words(v, r) < CONTINUATION_MIN_WORDS or is_name_region(v, r):
            continue
        if region_words(v, r) <= NAME_MAX_WORDS and before_complementizer(v, r):
            continue  # a quoted name as the subject: "… "خالد البلوي"؛ أن …"
        para_first = v.para_bounds[reg.para][0]
        previous = [s for s in state.said if s.token < reg.opener]
        last = previous[-1] if previous else None
        if chained is not None and (last is None or last.token < chained.token):
            last = chained
        # "واستطردت: "في كلا الزيارتين …"": after a colon the quotation opens what is
        # said, as at the head of a paragraph; but one whose paragraph names its own
        # speaker first ("إحدى الأمهات، واسمها عائشة، سألتنا: "…"") is that speaker's.
        after_colon = v.punct(reg.opener - 1, ":")
        same_paragraph = last is not None and v.para_of[last.token] == reg.para
        # A name quoted whole, or a long title after its naming word ("تحت عنوان "…""),
        # is no one's words.
        if one_name(v, reg.first, reg.last) or v.is_("naming", reg.opener - 1):
            continue
        named = _named_before(v, reg.opener)
        if after_colon and named is not None and not same_paragraph:
            _claim(state, r, speaker_mention(v, named, "m"))
            continue
        opens = (
            reg.opener == para_first
            or all(not v.word(j) for j in range(para_first, reg.opener))
            or after_colon
        )
        # ""نحن من أكثر الدول صرامة …".. بهذه الكلمات تحدث السفير البريطاني جون كاسن":
        # the speaker named right after the quotation, when none spoke in its paragraph.
        after = _named_after(v, r)
        if after is not None and not same_paragraph:
            _claim(state, r, speaker_mention(v, after, "m"))
        elif (
            last is not None and v.para_of[last.token] >= reg.para - 1 and (opens or same_paragraph)
        ):
            _claim(state, r, last.mention)
            if opens and r in state.claimed:
                chained = Said(last.mention, last.gender, reg.opener)
        elif named is not None:
            _claim(state, r, speaker_mention(v, named, "m"))


def _named_after(v: DocView, r: int) -> Phrase | None:
    """The first person or body named (not as an object) within a few words after a
    closed quotation, before its sentence ends ("..", a pause, does not end it)."""
    reg = v.regions[r]
    if reg.closer is None:
        return None
    end = min(v.para_end(reg.closer), reg.closer + 1 + POSTPOSED_REACH)
    names = {a: b for a, b, label in entity_spans(v) if label in ("PER", "ORG")}
    for j in range(reg.closer + 1, end):
        if v.region_opening(j) is not None or (
            v.punct(j, ".!?؟") and v.texts[j] not in HEADLINE_BREAKS
        ):
            return None
        if j in names and not _object_name(v, j):
            return Phrase(j, names[j], name=(j, names[j]))
    return None


def subheadings(state: State) -> None:
    """ "\"ضربة لمرة واحدة\"" alone on its line: a subheading that quotes words said in
    the article is a quotation of whoever said them there; one whose words no quotation
    repeats is a title ("\"أسئلة صعبة\"")."""
    v = state.view
    said = [(match_key(v.doc.slice(q)), q) for q in state.quotes]
    for r, reg in enumerate(v.regions):
        if r in state.claimed or reg.opener is None or reg.closer is None:
            continue
        p_first, p_last = v.para_bounds[reg.para]
        if reg.opener != p_first or any(v.word(j) for j in range(reg.closer + 1, p_last)):
            continue
        words = " ".join(v.keys[j] for j in range(reg.first, reg.last) if v.word(j))
        if len(words.split()) < 2:
            continue
        source = next(
            (
                q
                for key, q in said
                if words in key and not reg.first <= token_at(v, q.start) < reg.last
            ),
            None,
        )
        if source is not None:
            _claim(state, r, source.speaker)
            state.quotes[-1].cue = source.cue


def _claim(state: State, r: int, speaker: Mention | None) -> None:
    v = state.view
    reg = v.regions[r]
    quote = make_quote(v, "direct", reg.first, reg.last, None, speaker, None)
    if quote is not None:
        state.quotes.append(quote)
        state.covered.append((reg.first, reg.last))
        state.claimed.add(r)


def _named_before(v: DocView, k: int) -> Phrase | None:
    """ "وأثنت مراجعة صحيفة نيويورك تايمز للكتاب … "…""، "دان شهباز شريف عمليات "…"":
    the last person or body named before token k in its sentence, unless a
    preposition or a function word makes it an object ("لروسيا"، "على ماكماستر")."""
    names = [
        (a, b)
        for a, b in speakers_in_sentence(v, v.sent_of[k])
        if b <= k and not _object_name(v, a)
    ]
    if not names:
        return None
    a, b = names[-1]
    return Phrase(a, b, name=(a, b))


def _object_name(v: DocView, a: int) -> bool:
    """A name (with its titles and head noun: "للرئيس فلاديمير بوتين"، "لموقع
    "بلومبيرغ"") after a preposition."""
    while a > 0 and v.sent_of[a - 1] == v.sent_of[a] and _heads_name(v, a - 1):
        a -= 1
    return bool(v.proclitics[a].strip("و")) or v.is_("function", a - 1)


def _heads_name(v: DocView, k: int) -> bool:
    return v.is_("title", k) or v.is_("naming", k) or (v.punct(k) and k in v.region_at)


def coordinated(state: State) -> None:
    """ "واصفا ما جاء فيه بـ"الافتراءات الباطلة" و"الإساءات غير المقبولة"": a quotation
    joined by "و" to a quoted one that is speech is the same speaker's words."""
    v = state.view
    by_start = {q.start: q for q in state.quotes if q.kind == "direct"}
    for r, reg in enumerate(v.regions):
        said = by_start.get(v.tokens[reg.first].start) if reg.first < v.n else None
        if said is None or r not in state.claimed or reg.closer is None:
            continue
        j = reg.closer + 1
        j += v.punct(j, "،,")
        nxt = v.region_opening(j + 1) if j < v.n and v.keys[j] == "و" else None
        if nxt is None or nxt in state.claimed or is_name_region(v, nxt):
            continue
        following = v.regions[nxt]
        quote = make_quote(v, "direct", following.first, following.last, None, said.speaker, None)
        if quote is None:
            continue
        quote.cue = said.cue
        record(state, quote, (following.first, following.last), nxt)
        by_start[quote.start] = quote


DESCRIPTION_REACH = 400  # characters from the previous named speaker to a description of them


def descriptions_of_previous(v: DocView, quotes: list[Quote]) -> None:
    """A speaker told by a title alone right after the verb ("وأضافت الممثلة
    والمنتجة"، "وشدد المندوب البريطاني") is the person the previous quotation named,
    when no other person is named between them outside quotations and the gender
    agrees: the article says who, then goes on describing them. A headline's speaker
    is no antecedent: the text after it starts again."""
    doc = v.doc
    persons = [e for e in doc.entities or [] if e.label == "PER"]
    names = {e.canonical or doc.slice(e) for e in persons}
    previous: Mention | None = None
    for q in quotes:
        speaker = q.speaker
        if speaker is None:
            continue
        if (
            previous is not None
            and _description(v, speaker)
            and speaker.attrs.get("gender") == previous.attrs.get("gender")
            and speaker.start - previous.end <= DESCRIPTION_REACH
            and not _person_between(persons, quotes, previous, speaker)
        ):
            speaker.canonical = previous.canonical
        if speaker.canonical in names and q.cue is not None and _word_cue(doc, q.cue):
            previous = speaker


def _word_cue(doc: Document, cue: Mention) -> bool:
    return any(c.isalpha() for c in doc.slice(cue))


def _description(v: DocView, speaker: Mention) -> bool:
    """A definite title after a verb, with no name, source word, entity or pronoun
    in it ("الممثلة والمنتجة"); not a relative ("والده": someone else) nor a
    spokesman (who speaks for someone else)."""
    doc = v.doc
    if speaker.attrs.get("anonymous") or speaker.attrs.get("role"):
        return False
    if speaker.canonical and speaker.canonical != doc.slice(speaker):
        return False
    head = token_at(v, speaker.start)
    if not v.is_("title", head) or not v.definite[head] or v.enclitic[head] or head == 0:
        return False
    if v.cue(head - 1) is None:
        return False  # "أما الرئيس الأمريكي": a new subject, not one described again
    last = token_at(v, speaker.end - 1)
    if any(v.keys[j] in _SPOKESMAN for j in range(head, last + 1)):
        return False
    if _bare_after_title(v, head, last):
        return False  # "المدعية العامة كيت بيكس": a name the entity layer missed
    if v.is_("sovereign", head) and last > head:
        return False  # "وندد الرئيس التركي" after a governor: the post names its holder
    # "السفير الروسي لدى الأمم المتحدة" after Lavrov: a post at a named body or place
    # is most often a new person, introduced by the post alone.
    return not any(e.start < speaker.end and speaker.start < e.end for e in doc.entities or [])


def _bare_after_title(v: DocView, head: int, last: int) -> bool:
    """A word without the article right after the title and its adjectives, before
    any preposition ("لدى"، "لبرشلونة"): a name, not more of the description."""
    for j in range(head + 1, last + 1):
        if v.is_("function", j) or (v.proclitics[j] and not v.definite[j]):
            return False
        if not v.definite[j] and v.word(j):
            return True
    return False


_SPOKESMAN = frozenset({"باسم", "المتحدث", "الناطق", "المتحدثة", "الناطقة"})


def _person_between(
    persons: list[Entity], quotes: list[Quote], first: Mention, second: Mention
) -> bool:
    """Another person named between two speakers, outside what was quoted."""
    return any(
        first.end <= e.start
        and e.end <= second.start
        and e.canonical != first.canonical
        and not any(q.start <= e.start and e.end <= q.end for q in quotes)
        for e in persons
    )
