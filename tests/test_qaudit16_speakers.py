"""Speaker classes from the audit of unseen articles (seeds 9992/9993, issue 12)."""

from __future__ import annotations

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline

AMBASSADOR = (
    "وجاء ذلك في بيان للسفير الإيطالي، بيترو بيناسي، تعليقًا على مقالات نشرتها مجلة دير شبيغل. "
    "وقال بيناسي إن ممارسة السياسة تتفاعل مع حرية الصحافة والخطاب الديمقراطي. "
    "وحذر السفير من أن السير على نهج توجيه الشتائم للشعوب يعني اتباع سبيل خطير في أوروبا."
)


def test_lone_title_is_the_one_person_named_with_it_before(nlp: Pipeline) -> None:
    assert speaker_of(nlp, AMBASSADOR, "من أن السير") == "بيترو بيناسي"


CENTRAL_BANK = (
    "ويتوالى صدور التحذيرات من قبل المنظمين حول مخاطر الاستثمار في العملات المشفرة، "
    "وجاء آخرها من البنك المركزي الألماني الذي شدد على ضرورة دراسة تنظيم هذه العملات "
    "من أجل حماية المستهلكين."
)


def test_relative_pronoun_antecedent_keeps_its_adjectives(nlp: Pipeline) -> None:
    assert speaker_of(nlp, CENTRAL_BANK, "على ضرورة") == "البنك المركزي الألماني"
