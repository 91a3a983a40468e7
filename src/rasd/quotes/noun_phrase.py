"""Reading the speaker phrase token by token from where the subject starts
(noun_phrase), and whether a phrase can start at a token.
"""

from __future__ import annotations

from copy import copy

from rasd.quotes.adverb_starts import adverb_ends
from rasd.quotes.body_audience import press_name_end
from rasd.quotes.circumstances import (
    ITSELF,
    ends_phrase,
    manner,
    opens_circumstance,
    place_of_speaking,
)
from rasd.quotes.clues import hides_own_name
from rasd.quotes.lexicon import OBJECT_ENCLITICS
from rasd.quotes.phrase_names import (
    CONNECTORS,
    HARD_STOPS,
    KEEP_PROCLITICS,
    apposed_after_modifier,
    apposition,
    bare_words,
    head_of_place,
    lone_surname,
    name_after_post,
    name_before_title,
    nisba_surname,
    parenthesised,
    person_after_rank,
    person_named,
    run_may_start,
    surname_before_apposition,
    surname_follows,
    title_genitive,
    titled_person,
    verb_before_name,
)
from rasd.quotes.phrase_objects import (
    PREPOSITIONS,
    complement_to,
    described_place,
    disagreeing_after_title,
    genitive,
    names_represented,
    negated_adjective,
    object_after_adjective,
    object_after_name,
    object_after_plural,
    object_noun,
    object_starts,
    organisation_adjective,
    organisation_of,
    place_in_modifier,
    plural_then_title,
    rank_adjective,
    starts_object,
    titled_name_ahead,
    verbal_noun_after_adjective,
)
from rasd.quotes.quoted_names import held_at_body, holder_after_quoted, quoted_name
from rasd.quotes.share_phrases import share_phrase
from rasd.quotes.speaker_words import (
    Phrase,
    accusative,
    apposed_tag,
    attached,
    clause_verb,
    construct_plural,
    definite,
    entity_after_adjective,
    entity_end,
    entity_ended,
    governed_by_title,
    hashtag_phrase,
    held_tag,
    informed_of,
    nisba,
    noun_after_complementizer,
    opens_sentence,
    other_entity,
    people_conjunct,
    place_conjunct,
    possessed_person,
    pronoun_noun,
    title_tag,
    unsplit_preposition,
    verb_alone,
)
from rasd.quotes.title_chains import chain_holder
from rasd.quotes.view import DocView

MAX_PHRASE = 12  # tokens
_KUNYA = frozenset({"ام", "ابو", "ابي"})  # "أم ثائر"، "أبو محمد": one name with the next word
_INSIDE = frozenset({"داخل", "خارج"})  # after "من": one preposition with it
_QUANTIFIERS = frozenset({"كافة", "جميع", "كل"})


def noun_phrase(
    v: DocView,
    k: int,
    limit: int,
    allow_proclitic: bool = False,
    complements: frozenset[str] = frozenset(),
) -> Phrase | None:
    """The speaker phrase starting at token k, or None when none starts there.

    `complements`: prepositions the cue takes (ب for طالب): such a phrase after the
    subject is what was demanded, not part of the subject ("المتظاهرون بإطلاق").
    The cues of a sentence ask for the same phrases (a fifth of the calls): each is
    read once per document and handed out as a copy, since callers complete it."""
    key = ("noun_phrase", k, limit, allow_proclitic, complements)
    if key not in v.memo:
        v.memo[key] = _noun_phrase(v, k, limit, allow_proclitic, complements)
    known = v.memo[key]
    return copy(known) if known is not None else None


def _noun_phrase(
    v: DocView, k: int, limit: int, allow_proclitic: bool, complements: frozenset[str]
) -> Phrase | None:
    if v.punct(k, "#") and v.word(k + 1):
        k += 1  # "فيما تمسكت #الأمم_المتحدة بأن": the speaker is the hashtag's name
    k = _after_abbreviations(v, k, limit)
    share = share_phrase(v, k, limit)
    if share is not None:
        return share
    if not _can_start(v, k, limit, allow_proclitic):
        return None
    if verb_before_name(v, k, limit):
        k += 1  # "اعتذر ترودو عن سلوكه وقال": the verb of the sentence, then its subject
    phrase = Phrase(k, k)
    # "زوجة وليد زروق": the name after a relation word is someone else's.
    phrase.organisation = v.is_("relation", k) and not definite(v, k) and not v.enclitic[k]
    # "منتقدو قرار مطعم "ريد هين"": the name completes the plural; they speak.
    phrase.organisation = phrase.organisation or construct_plural(v, k)
    run: list[int] = []  # the current name run [start, end)
    after_title = False
    in_pp = False  # inside a prepositional modifier ("بشرطة منطقة مكة")
    i = k
    while i < limit and i - k < MAX_PHRASE:
        if phrase.places and not place_conjunct(v, i):
            break  # "أكدت فرنسا وبريطانيا في إعلان مشترك": the list ends the phrase
        if v.punct(i, "#") and v.word(i + 1):
            if run and hashtag_phrase(v, i + 1):
                break  # "#رضا_رجب #وكيل_نقابة_الموسيقيين": a title after the name
            if after_title and not run and phrase.name is None and held_tag(v, i):
                i = phrase.end = i + 2  # the tag is where the title is held
                continue
            if after_title and not run and phrase.name is None and apposed_tag(v, i):
                phrase.name = (i + 1, i + 2)  # the tag is the title's holder
                phrase.end = i + 2
                break
            i += 1  # "#سمير_جعجع": a hashtag name
            continue
        if i > k and not run and after_title and _after_abbreviations(v, i, limit) > i:
            # "وأوضح مدير الجامعة د. خالد": the title's holder, past the abbreviation.
            i = phrase.end = _after_abbreviations(v, i, limit)
            continue
        if run and unsplit_preposition(v, i):
            break  # "وقال بوتين لعباس": to whom, not more of the name
        acronym = parenthesised(v, i, limit)
        if acronym and i > k:
            i = phrase.end = acronym  # "مدير عمليات (أونروا) في الأردن رودجر ديفيس"
            continue
        if v.punct(i):
            if (
                v.texts[i] in "،,"
                and phrase.name is None
                and bare_words(v, k, i)
                and v.is_("title", i + 1)
            ):
                # "أكد هاني تهامي، مدير أعمال الفنان": bare words apposed to a title.
                phrase.name = (k, i)
                phrase.end = i
                break
            if v.texts[i] in "،," and phrase.name is None and run == []:
                apposed = apposition(v, i + 1, limit)
                if apposed is not None:
                    phrase.name = apposed
            holder = (
                holder_after_quoted(v, k, i, limit) if phrase.name is None and not run else None
            )
            quoted = quoted_name(v, i, k, run, phrase)
            if holder is not None:
                # "الناطق الرسمي باسم "غرفة العمليات …" ابراهيم الجباوي": the quoted
                # body is the title's; the person after it speaks.
                phrase.name, phrase.end = holder, holder[1]
            elif quoted is not None and phrase.title and held_at_body(v, i - 1, quoted[0]):
                # "الرئيس التنفيذي لشركة "جنرال إلكتريك"": the quoted body is where
                # the title is held; the title stands for a person, not the body (a
                # spokesman "باسم" one speaks for it).
                phrase.end = quoted[1] + 1
                run = []
            elif quoted is not None:
                # "صحيفة "هآرتس"": the quoted name completes the speaker's head noun.
                phrase.name, phrase.end = quoted, quoted[1] + 1
                run = []
            break
        if i > k and not run and negated_adjective(v, i) and not (i == k + 1 and definite(v, k)):
            # "تقرير لمنظمتين غير حكوميتين"; not after a lone definite head ("وقالت
            # المنظمة غير الحكومية"), which stands for the body named before it.
            i = phrase.end = i + 2
            continue
        if i > k and not run and phrase.name is None and informed_of(v, i):
            in_pp = True  # "مسؤول أمني مطلع على قضية …": the adjective's complement
            i += 1
            continue
        # "مندوب سوريا لدى الأمم المتحدة بشار الجعفري": where the title is held.
        posted = v.keys[i] == "لدى" and phrase.title
        represented = i == k + 1 and names_represented(v, k, i, limit)
        named = press_name_end(v, k, i, limit) if i > k else 0
        if named:
            # "النقابة الوطنية للصحفيين التونسيين": the press word is the body's name,
            # not whom it spoke to; a name or a title may follow it.
            i = phrase.end = named
            in_pp = True
            continue
        if (
            i > k
            and not posted
            and not represented
            and (ends_phrase(v, i, limit) or v.keys[i] in HARD_STOPS)
        ):
            break
        if i > k and v.keys[i] in _QUANTIFIERS:
            break  # "وحثت الجبهة كافة القوى": a quantifier opens the object
        if i > k and v.is_("needed", i):
            break  # "وأكد الوزير ضرورة الحوار": what he stressed
        if i > k and hides_own_name(v, i):
            break  # "وقال مسؤول رافضا الكشف عن اسمه إن": how he spoke, not who
        if i > k and not run and phrase.name is None and described_place(v, k, i):
            break  # "وأعلنت الكويت العضو غير الدائم أنها": the place speaks
        if i > k and (manner(v, i) or adverb_ends(v, i)):
            break  # "وأعلن مسؤولون مصريون مرارا أن"، "وأدانت الخارجية بشدة": how, not who
        if i > k and (object_starts(v, i, limit) or object_after_name(v, i)):
            break
        if i > k and not run and phrase.name is None and object_after_plural(v, i):
            break  # "تداول ناشطون مقطع فيديو"، "نشر مغردون صورا": the verb's object
        if definite(v, i) and not v.proclitics[i] and place_in_modifier(v, i - 1, k):
            break  # "وسيط الأمم المتحدة إلى ليبيا الجولة": the verb's object
        if (
            not run
            and i - 1 > k
            and (definite(v, i) or entity_after_adjective(v, i))
            and not v.proclitics[i]
            and nisba(v, i - 1)
            and not v.proclitics[i - 1].endswith(("ل", "ب"))
            and not governed_by_title(v, i - 1)
        ):
            # "صحف ألمانية الشعب الإيطالي", "دبلوماسيون غربيون موسكو": after an
            # indefinite adjective, the object. A word in -ية carrying ل or ب is no
            # adjective but the noun of a modifier ("المنسق الخاص لعملية السلام"،
            # "الجهة التنظيمية لحماية البيانات"): the definite word is its genitive.
            break
        if i > k and disagreeing_after_title(v, i, k):
            # "وحث الأمير السلطات على", "جدد الوزير الأمريكي الرسالة": a plural or a
            # feminine cannot describe "الأمير"، "الوزير".
            break
        inside = v.keys[i] in _INSIDE and v.keys[i - 1] == "من"  # "مصدر من داخل الحزب"
        if (
            i > k
            and v.is_("function", i)
            and v.keys[i] not in PREPOSITIONS
            and not inside
            and not rank_adjective(v, i)
        ):
            break  # "الصقور الذين…": a relative clause or a particle ends the phrase
        pro = v.proclitics[i]
        # Coordination: "والإسلام والمجتمع" inside a description goes on; a second
        # person ("وسيرغي") is a second speaker, which ends this one.
        # "منظمات تونسية ودولية"، "تقارير حقوقية محلية ودولية": two adjectives of
        # one noun go on.
        two_adjectives = pro == "و" and not run and nisba(v, i - 1) and nisba(v, i)
        if i > k and place_conjunct(v, i):
            # "وقالت ألمانيا وفرنسا وبريطانيا": the places speak together, none alone.
            run, phrase.name, phrase.places = [], None, True
            i = phrase.end = entity_end(v, i, limit)
            continue
        if i > k and not in_pp and people_conjunct(v, k, i):
            # "مسؤولون وشهود"، "شهود عيان ومسؤولون محليون": the second group with its
            # adjectives; what follows describes it alone, or is the circumstance.
            # After a modifier ("مصادر في المعارضة وصحفيون على الأرض") each group has
            # its own, and the first is named alone.
            while i < limit and people_conjunct(v, k, i):
                i += 1  # "نشطاء وأطباء ومسعفون": as many groups as are joined
                while i < limit and nisba(v, i) and not v.proclitics[i]:
                    i += 1
            phrase.end = i
            break
        if pro in ("و", "ف") and i > k and (not definite(v, i) or run) and not two_adjectives:
            break
        if v.keys[i] in PREPOSITIONS or (i > k and (pro in KEEP_PROCLITICS or attached(v, i))):
            circumstance = not posted and (
                opens_circumstance(v, i, limit) or place_of_speaking(v, i, phrase)
            )
            if run and organisation_of(v, run, i):
                # "المفوضية السامية للأمم المتحدة لشؤون اللاجئين": one body's name.
                run[1] = i = entity_end(v, i, limit)
                phrase.end = i
                continue
            if circumstance or ((run or phrase.name) and not after_title) or title_tag(v, i - 1):
                break  # "#أمير_قطر في الدورة": the tag holds its own complement
            if complement_to(v, i, phrase):
                break  # "وتوصلت دراسة حديثة إلى نتيجة"، "ودعا المركز إلى حظر"
            complement = v.keys[i] in complements or pro[-1:] in complements
            if complement and v.keys[i] != "باسم" and not titled_name_ahead(v, i, limit):
                break
            in_pp = True
            i += 1
            if pro:
                phrase.end = i  # "الأمين العام للمنظمة": the word holds its object
            continue
        # Next to a name, a connector or a title word itself, rarer names pass
        # ("حامي"); further on the strict test keeps out nouns ("وقوع").
        loose = bool(run) or (i > k and (v.keys[i - 1] in CONNECTORS or v.is_("title", i - 1)))
        if i > k and pronoun_noun(v, i) and not v.is_("title", i):
            break  # "عن مسؤول قوله إن": a noun with a pronoun is not part of the speaker
        if v.keys[i] in CONNECTORS and (run or i == k):
            run = run or [i, i]
            run[1] = i + 1
        elif i > k + 1 and not run and phrase.name is None and verbal_noun_after_adjective(v, i):
            break
        elif (
            v.name_like(i, loose=loose)
            and not title_tag(v, i)
            and not (i > k and v.entity_label(i) == "ORG")  # "وسيط الأمم المتحدة"
            # "نفى ترودو ارتكاب": the name ended; "ونعت سليماني ترامب": the object's begins
            and not (run and (entity_ended(v, i) or other_entity(v, i - 1, i)))
            and not phrase.anonymous
            and not construct_plural(v, i)
            and not (i > k and not run and rank_adjective(v, i))  # "متحدث ثان"
            and not (i > k and not run and title_genitive(v, i))  # "وزير حقوق الإنسان"
            and (run or run_may_start(v, i, k, after_title) or name_after_post(v, i, in_pp))
            and (run or not head_of_place(v, i, limit))
        ):
            if not run:
                if phrase.name is not None:
                    break  # a second name: another actor ("أقصوي البيان" is not a name)
                if v.keys[i - 1] in PREPOSITIONS:
                    # "إلى ليبيا": a place closing a modifier, not the speaker's name;
                    # a definite word after it is the verb's object ("… ليبيا الجولة").
                    i += 1
                    phrase.end = i
                    if i < limit and definite(v, i) and not v.proclitics[i]:
                        break
                    continue
                if i > k and genitive(v, i, in_pp, after_title):
                    # "شرطة جدة", "بشرطة منطقة مكة": a name that completes a noun
                    # belongs to it; the phrase is the speaker, not the name.
                    phrase.organisation = True
                run = [i, i]
            run[1] = i + 1
            after_title = False
            last = entity_end(v, i, limit)
            if surname_before_apposition(v, last, limit):
                last += 1  # "ابراهيم كالين، المتحدث باسم …": the entity layer cut the name
            if last < limit and v.punct(last - 1, "#") and v.word(last):
                last += 1  # "وزارة #الخارجية_التركية": the entity layer stopped at the mark
            if last > i + 1:
                # "قوات الجيش اليمني": the entity layer's name is read whole.
                run[1] = last
                i = last
                phrase.end = i
                continue
        elif i > k and not run and (starts_object(v, i, phrase) or plural_then_title(v, k, i)):
            break  # "وجدد الوزير التأكيد", "ويتهم البحث الحكومة المكسيكية"
        elif run and organisation_adjective(v, i, run):
            phrase.name = (run[0], run[1])
            run = []
            phrase.end = i + 1  # "شركة صافر النفطية الحكومية، من …"
            i += 1
            continue
        elif run and v.keys[run[1] - 1] in _KUNYA and run[1] == i and not pro:
            run[1] = i + 1  # "أم ثائر": the word after أم or أبو is the rest of the name
        elif run and nisba_surname(v, i, run):
            run[1] = i + 1
            phrase.name = (run[0], run[1])
            run = []
        elif run:
            phrase.name = (run[0], run[1])
            run = []
            if not v.is_("title", i):
                break  # "ووصف أقصوي البيان": what follows the name is the object
            after_title = True
            phrase.title = True
        elif after_title and not run and phrase.name is None and surname_follows(v, i):
            # "وزير الخارجية الأردني أيمن الصفدي": a first name that is also a common
            # word ("أيمن"), recognised by the family name after it.
            run = [i, i + 1]
        elif v.is_("title", i) and object_noun(v, i, k, phrase):
            break  # "وطلبت الشرطة مساعدة المواطنين": a verbal noun, not a title
        elif v.is_("title", i):
            if name_before_title(v, k, i, phrase):
                # "وقالت كفاح خميس رئيسة جمعية …": a name the entity layer missed; the
                # title after it describes the speaker but is not part of the name.
                phrase.name = (k, i)
            phrase.title = True
            after_title = True
            in_pp = False
        elif v.is_("anonymous", i) and i == k:
            phrase.anonymous = True
        elif phrase.anonymous and object_after_adjective(v, k, i):
            break  # "وأكد مصدر عسكري تواصل التقدم": the verb's object
        elif i > k and not definite(v, i) and (definite(v, i - 1) or entity_ended(v, i)):
            # "الرئيسان بحثا", "الوزير سنبدأ", "صحيفة لوفيغارو وضعت": a bare word after
            # a definite noun or a name is the verb or its object.
            break
        i += 1
        phrase.end = i
    if run:
        phrase.name = (run[0], run[1])
        phrase.end = max(phrase.end, run[1])
    elif phrase.name is None and not (phrase.organisation or phrase.anonymous):
        apposed = apposed_after_modifier(v, phrase.end, limit)
        if apposed is not None:
            phrase.name, phrase.end = apposed, apposed[1]
    elif phrase.title and phrase.name is not None and v.entity_label(phrase.name[1] - 1) == "ORG":
        # "مدير شركة الأندلس للاستيراد والتصدير، عمار الأضرعي،": the body is where
        # the title is held; the person between commas after it speaks.
        apposed = apposed_after_modifier(v, phrase.end, limit)
        if apposed is not None:
            phrase.name, phrase.end = apposed, apposed[1]
    held = chain_holder(v, phrase, limit) if phrase.title else None
    if held is not None:
        # "مستشار الرئيس الأمريكي دونالد ترامب، جاريد كوشنر،": the name after the chain
        # is the genitive's; the person apposed after it holds the head title.
        phrase.name, phrase.end, phrase.organisation = held, held[1], False
    if phrase.name is None and phrase.end == k + 1 and lone_surname(v, k):
        phrase.name = (k, k + 1)  # "وكان الصفدي قال"
    if phrase.title and phrase.name is None and not (phrase.organisation or phrase.anonymous):
        ranked = person_after_rank(v, phrase.end, limit)
        if ranked is not None:
            phrase.name, phrase.end = ranked, ranked[1]
    elif phrase.title and not (phrase.anonymous or person_named(v, phrase)):
        # "نائب رئيس شرطة دبي الفريق ضاحي خلفان عن": a place or body completed the
        # title; the person after the rank holds it, and what was said starts past him.
        ranked = person_after_rank(v, phrase.end, limit) or titled_person(v, phrase.end, limit)
        if ranked is not None:
            phrase.name, phrase.end, phrase.organisation = ranked, ranked[1], False
    if phrase.name is not None:
        phrase.end = max(phrase.end, phrase.name[1])
    if phrase.organisation or phrase.places:
        phrase.name = None
    if phrase.end == k + 1 and phrase.name is None and verb_alone(v, k):
        return None  # "بعد أن استعرض ما قال", "وفقد صرح": a verb, not a subject
    if phrase.end < limit and v.keys[phrase.end] in ITSELF and definite(v, phrase.end - 1):
        phrase.end += 1  # "وأضاف المصدر ذاته": the emphasis belongs to the noun
    while phrase.end > phrase.start and (
        v.keys[phrase.end - 1] in PREPOSITIONS
        or (v.punct(phrase.end - 1) and v.region_at.get(phrase.end - 1) is None)
    ):
        phrase.end -= 1
    if phrase.name is None and possessed_person(v, k) and not v.is_("title", k):
        phrase.end = k + 1  # "ونفت أسرته صحة ذلك": a noun with a pronoun takes no genitive
    if phrase.name is None:
        phrase.end = next(
            (j for j in range(phrase.start + 1, phrase.end) if clause_verb(v, j)), phrase.end
        )
    return phrase if phrase.end > phrase.start else None


# A preposition carrying a pronoun, which the tokenizer leaves whole ("إليهم"،
# "عليه"): whom a verb was said to or of, never its subject.
_PRONOUN_PREPOSITIONS = frozenset(
    p + e for p in ("الي", "علي", "لدي", "عن", "من", "مع", "ل", "ب", "في") for e in OBJECT_ENCLITICS
)


_WHAT = frozenset({"ما", "فيما", "بما", "مما", "وما", "لما"})  # "فيما يتعلق بـ"


def _after_abbreviations(v: DocView, k: int, limit: int) -> int:
    """Past a title's one-letter abbreviations and their dots ("وأضاف د. يوسف"، "أ.د.
    سعيد"; words.tsv `title_abbreviation`): the name after them speaks, where the dot
    had ended the phrase on the letter."""
    j = k
    while (
        j + 2 < limit
        and v.lexicon.has("title_abbreviation", v.keys[j])
        and v.punct(j + 1, ".")
        and v.tokens[j].end == v.tokens[j + 1].start
    ):
        j += 2
    return j if j > k and v.word(j) else k


def _can_start(v: DocView, k: int, limit: int, allow_proclitic: bool) -> bool:
    if k >= limit or not v.word(k) or v.keys[k] in _PRONOUN_PREPOSITIONS:
        return False
    if v.is_("function", k) and not v.is_("anonymous", k):
        return False
    if k > 0 and v.keys[k - 1] in _WHAT and v.keys[k][:1] in ("ي", "ت"):
        return False  # "فيما يتعلق باللعبة، أضاف": a verb after "what", no one who speaks
    if accusative(v, k):
        return False  # "ثم يروي عدداً من القصص … ثم يودعنا بقوله"، "ففضلاً عن … يتحدث عن"
    if v.is_("time", k) or (v.is_("situation", k) and v.keys[k] != "تقرير"):
        return v.is_("source_head", k) or v.is_("anonymous", k)
    cue = v.cue(k) is not None and not noun_after_complementizer(v, k)
    if v.complementizer(k) or (cue and not v.is_("title", k)):
        return False
    if pronoun_noun(v, k) and not (v.is_("title", k) or possessed_person(v, k)):
        return False  # "كشف كذبه": a noun with a pronoun is the object, not the speaker
    pro = v.proclitics[k]
    if pro[:1] in ("و", "ف") and opens_sentence(v, k) and verb_alone(v, k):
        return False  # "ومضى وزير المال …": a sentence opening with a verb
    if allow_proclitic or v.clitic_in_name(k):
        return True  # "وأعلنت لوبن": a name's own first letter
    return not (pro.endswith("ب") or pro.endswith("ل") or pro.endswith("ك"))
