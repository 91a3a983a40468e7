"""Mine, per speech act, the stems that follow the act's own verbs (انتقد، طالب، نفى،
هدد، أشاد …, the lexicon's cues) far more often than a plain verb of saying (قال، أضاف،
أكد) in the same sentence, over the unannotated news (`news_sample.unseen_records`, the
annotated articles skipped): distant supervision for the speech-act model's content
features (`speech_model.content_features`; issue 13, evcontent).

Usage: python benchmarks/mine_speech_stems.py [--seed 10490] [-n 40000]
       > src/rasd/events/data/speech_stems.tsv
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
from collections import Counter
from pathlib import Path

from news_sample import record_text, unseen_records

from rasd.events.speech_model import _stems
from rasd.text.normalize import match_key

FILES = ("ant-multisource", "saudinewsnet", "ant-jawharafm")
# Past, present and participle forms of each act's verbs (match keys), as the lexicon's
# cues (speech_acts.tsv) list them.
CUES = {
    "DISAPPROVE": "انتقد انتقدت ينتقد تنتقد منتقدا ندد نددت يندد تندد منددا استنكر استنكرت "
    "يستنكر تستنكر مستنكرا اتهم اتهمت يتهم تتهم متهما هاجم هاجمت يهاجم تهاجم ادان ادانت "
    "يدين تدين",
    "DEMAND": "طالب طالبت يطالب تطالب مطالبا دعا دعت يدعو تدعو داعيا حث حثت يحث تحث ناشد "
    "ناشدت يناشد تناشد مناشدا",
    "REJECT": "نفى نفت ينفي تنفي نافيا رفض رفضت يرفض ترفض رافضا",
    "THREATEN": "هدد هددت يهدد تهدد مهددا توعد توعدت يتوعد تتوعد متوعدا حذر حذرت يحذر تحذر محذرا",
    "SUPPORT": "اشاد اشادت يشيد تشيد مشيدا رحب رحبت يرحب ترحب مرحبا ايد ايدت يؤيد تؤيد "
    "مؤيدا ثمن ثمنت يثمن تثمن مثمنا",
}
PLAIN = "قال قالت يقول تقول اضاف اضافت يضيف تضيف اكد اكدت يؤكد تؤكد"
# A stem is kept when seen after the act's verbs this often and this many times more
# often (per sentence) than after a plain verb.
MIN_COUNT = 10
MIN_RATIO = 2.0


def _verbs(forms: str) -> re.Pattern[str]:
    return re.compile(r"(?:^|\s)[وف]?(?:" + "|".join(forms.split()) + r")\s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--seed", type=int, default=10490)
    parser.add_argument("-n", type=int, default=40000, help="articles per news file")
    args = parser.parse_args()
    cues = {t: _verbs(forms) for t, forms in CUES.items()}
    plain_cue = _verbs(PLAIN)
    counts = {t: Counter() for t in [*CUES, "plain"]}
    sentences = Counter()
    for name in FILES:
        records = unseen_records(args.news / f"{name}.jsonl.gz", args.seed)
        for record in itertools.islice(records, args.n):
            for sentence in re.split(r"[.!؟?\n]+", match_key(record_text(record))):
                found = [(m.end(), t) for t, rx in cues.items() if (m := rx.search(sentence))]
                if not found and (m := plain_cue.search(sentence)):
                    found = [(m.end(), "plain")]
                for end, kind in found[:1]:
                    counts[kind].update(_stems(sentence[end:]))
                    sentences[kind] += 1
    print("# type\tstem\tlog ratio\tafter the act's verbs\tafter a plain verb")
    print("# sentences: " + ", ".join(f"{t} {n}" for t, n in sentences.items()))
    plain, n_plain = counts["plain"], sentences["plain"]
    for kind in CUES:
        rows = []
        for stem, count in counts[kind].items():
            ratio = (count / sentences[kind]) / ((plain[stem] + 1) / n_plain)
            if count >= MIN_COUNT and ratio >= MIN_RATIO:
                rows.append((math.log(ratio), stem, count, plain[stem]))
        for score, stem, count, other in sorted(rows, reverse=True):
            print(f"{kind}\t{stem}\t{score:.3f}\t{count}\t{other}")


if __name__ == "__main__":
    main()
