"""Classes of quotations the quotes layer missed (span recall, task qspan): every
sentence is taken from a development-part article of benchmarks/news-gold, and each
test asserts the quotation found and, where the class is about it, its speaker."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # "بحسب ما + a verb of publishing + source", with "عنه" after the verb
        (
            "وفي الوقت الذي يفرض فيه الرئيس الأمريكي، دونالد ترامب، رسوما جمركية على "
            "الصادرات الصينية، ويتحدث إلى بكين بلهجة صارمة، يشجع رئيس الوزراء الإسرائيلي، "
            "بنيامين نتانياهو، شركات بلاده على قبول استثمارات صينية، حسب ما تكشف عنه الأرقام.",
            "شركات بلاده على قبول استثمارات صينية",
        ),
        # a source named in quotation marks
        (
            'وأسس بريغوجين عام 2016 منظمة أخرى أطلق عليها "يورو بوليس" بحسب "فونتانكا".',
            "وأسس بريغوجين عام 2016 منظمة أخرى",
        ),
        # a definite source noun: "بحسب الصحيفة"
        (
            "وتشكل هذه المقابلة، بحسب الصحيفة، أول مقابلة للأسد مع صحفي بريطاني منذ عام 2015.",
            "أول مقابلة للأسد",
        ),
    ],
)
def test_attributions_with_a_published_or_quoted_source(nlp, sentence, quote) -> None:
    spans = quote_texts(nlp.analyze(sentence))
    assert len(spans) == 1 and quote in spans[0], spans


def test_a_credit_line_is_no_quotation(nlp) -> None:
    """ "* نقلاً عن "الرياض" السعودية": the newspaper an article is taken from."""
    doc = nlp.analyze('وهذا ما ينتظره الجميع.\n* نقلاً عن "الرياض" السعودية')
    assert quote_texts(doc) == []


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("وأنكر كافانو جميع التهم، ووصف الخميس اتهام سويتنيك بأنه مزحة.", "جميع التهم"),
        (
            "وعزت مصادر موالية تأخر تنفيذ الاتفاق إلى أسباب لوجستية أبرزها قصف تركي طال الطريق.",
            "إلى أسباب لوجستية",
        ),
        (
            "وفي جنيف، أدان المفوض السامي للأمم المتحدة لحقوق الإنسان الأمير زيد بن رعد "
            "استمرار تطبيق حكم الإعدام ضد القصر في إيران، مشددا على الحظر الصارم لمثل هذه "
            "الإعدامات.",
            "استمرار تطبيق حكم الإعدام ضد القصر في إيران",
        ),
    ],
)
def test_cues_of_denying_blaming_and_condemning(nlp, sentence, quote) -> None:
    spans = quote_texts(nlp.analyze(sentence))
    assert any(quote in s for s in spans), spans


def test_a_named_addressee_ends_at_the_name(nlp) -> None:
    """ "وطلبت تركيا من قطر التدخل": what was asked starts after the name asked."""
    doc = nlp.analyze("وطلبت تركيا من قطر التدخل من أجل إيجاد حل للأزمة التي تعاني منها مع واشنطن.")
    spans = quote_texts(doc)
    assert len(spans) == 1 and spans[0].startswith("التدخل من أجل إيجاد حل"), spans


def test_a_bare_subject_before_the_complementizer_speaks(nlp) -> None:
    doc = nlp.analyze("ويصفه معارضوه بأنه مستبد قاس، ويقول أنصاره إنه يحمي البلاد من انقلاب آخر.")
    spans = quote_texts(doc)
    assert "إنه يحمي البلاد من انقلاب آخر" in spans, spans
    assert speakers(doc)[spans.index("إنه يحمي البلاد من انقلاب آخر")] == "أنصاره"


def test_a_relay_read_through_its_source(nlp) -> None:
    """ "ونقل التلفزيون الرسمي عن محافظ البنك …": the relay ends at "عن"."""
    doc = nlp.analyze(
        "ونقل التلفزيون الرسمي عن محافظ البنك المركزي الإيراني، ولي الله سيف، قوله، "
        "الاثنين، إن الحكومة تعتزم إنشاء سوق موازية الأسبوع المقبل لمواجهة السوق السوداء."
    )
    spans = quote_texts(doc)
    assert len(spans) == 1 and spans[0].startswith("إن الحكومة تعتزم"), spans
    assert "سيف" in speakers(doc)[0]


def test_a_relay_of_someone_named_before(nlp) -> None:
    """ "ونقل مكتب العبادي عنه قوله": the words are still relayed words."""
    doc = nlp.analyze(
        "ونقل مكتب العبادي عنه قوله، في الاتصال الهاتفي مع يلدريم، إن القوات المسلحة "
        'العراقية لديها تعليمات بمنع "أي مقاتلين أجانب" من شن هجمات على تركيا.'
    )
    assert any(s.startswith("إن القوات المسلحة العراقية") for s in quote_texts(doc))


def test_an_aside_of_source_after_the_speaker(nlp) -> None:
    """ "وشددت وزارة المالية الصينية، بحسب ما نقلت عنها شينخوا، على أن …"."""
    doc = nlp.analyze(
        "وشددت وزارة المالية الصينية، بحسب ما نقلت عنها شينخوا، على أن بكين تؤيد نظام "
        "تجارة متعدد الأطراف."
    )
    assert "على أن بكين تؤيد نظام تجارة متعدد الأطراف" in quote_texts(doc)


def test_a_quoted_subheading_is_the_speaker_who_says_it(nlp) -> None:
    doc = nlp.analyze(
        "وأعلن البيت الأبيض انتهاء الضربات على سوريا.\n"
        '"ضربة لمرة واحدة"\n'
        'بيد أن وزير الدفاع جيمس ماتيس قال "حتى الآن، هذه ضربة لمرة واحدة".'
    )
    spans = quote_texts(doc)
    assert "ضربة لمرة واحدة" in spans, spans
    said = speakers(doc)
    assert (
        said[spans.index("ضربة لمرة واحدة")] == said[spans.index("حتى الآن، هذه ضربة لمرة واحدة")]
    )


def test_a_quoted_subheading_no_quotation_repeats_is_a_title(nlp) -> None:
    doc = nlp.analyze('وقال الوزير إن المفاوضات ستستمر.\n"أسئلة صعبة"\nوتواجه الحكومة أزمة.')
    assert "أسئلة صعبة" not in quote_texts(doc)


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # whom a request is made of, as a pronoun before the subject
        (
            "وطلب منها الصندوق إلغاء الدعم ورفع الضرائب من أجل استفياء شروط الحصول على قروض أخرى.",
            "إلغاء الدعم ورفع الضرائب",
        ),
        (
            "وقد طلب منه الفاتيكان مؤخرا التنحي ليحل محله الأسقف فنسنت جان سيلو.",
            "التنحي ليحل محله",
        ),
        # "عدم" opens a verbal noun of what was stated
        (
            "أكد النجم المصري محمد صلاح عدم وجود مكان للأنانية بين ثلاثي هجوم فريقه "
            "ليفربول الإنكليزي، وذلك عشية المباراة النهائية لدوري أبطال أوروبا.",
            "عدم وجود مكان للأنانية",
        ),
    ],
)
def test_requests_of_a_pronoun_and_denials_with_adam(nlp, sentence, quote) -> None:
    spans = quote_texts(nlp.analyze(sentence))
    assert any(s.startswith(quote) for s in spans), spans
