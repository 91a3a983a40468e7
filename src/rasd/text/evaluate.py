"""Clitic segmentation measured against UD Arabic treebanks.

The treebanks here write clitics as separate syntactic words and do not keep the
orthographic word: PUD marks a clitic joined to the next word with SpaceAfter=No,
PADT v1.3 has no such marks, so its words are rebuilt from single-letter proclitics
(و ف ب ل ك س) and pronoun enclitics (PRON tagged SP with genitive or accusative
case). UD keeps the article ال inside its noun and writes the restored stem
("للأمم" → "ل" + "الأمم"), which is what Rasd's segments carry in `form`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rasd.text.normalize import match_key
from rasd.text.tokens import TOKEN_RE, Segmenter

_PROCLITICS = {"و", "ف", "ب", "ل", "ك", "س"}


class ConlluError(ValueError):
    """A file that is not CoNLL-U: the message names the file and the line."""


def _sentences(lines: list[str], path: Path) -> Iterator[list[list[str]]]:
    rows: list[list[str]] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            if rows:
                yield rows
            rows = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(_checked(cols, path, number))
    if rows:
        yield rows


def _checked(cols: list[str], path: Path, number: int) -> list[str]:
    if len(cols) < 10:
        raise ConlluError(f"{path}:{number}: {len(cols)} columns, CoNLL-U has 10")
    return cols


def _joins_next(cols: list[str], marked: bool) -> bool:
    if marked:
        return "SpaceAfter=No" in cols[9]
    return match_key(cols[1]) in _PROCLITICS and cols[3] in ("ADP", "CCONJ", "PART", "AUX", "SCONJ")


def _is_enclitic(cols: list[str]) -> bool:
    xpos = cols[4]
    return cols[3] == "PRON" and xpos.startswith("SP") and len(xpos) > 8 and xpos[8] in "24"


def _surface(parts: list[str]) -> str:
    word = parts[0]
    for part in parts[1:]:
        # ل + ال is written لل: the article's alef disappears.
        word += (
            part[1:] if word.endswith("ل") and len(word) <= 2 and part.startswith("ال") else part
        )
    return word


def conllu_words(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(orthographic word, UD segment forms) for each word of a CoNLL-U file, forms
    under `match_key`."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConlluError(f"{path}: not UTF-8 text (byte {exc.start}), not CoNLL-U") from None
    marked = "SpaceAfter=No" in text
    for rows in _sentences(text.split("\n"), path):  # read_text made every newline \n
        groups: list[list[str]] = []
        glue = False
        for cols in rows:
            form = match_key(cols[1])
            if groups and (glue or (not marked and _is_enclitic(cols))):
                groups[-1].append(form)
            else:
                groups.append([form])
            glue = _joins_next(cols, marked) and TOKEN_RE.fullmatch(form) is not None
        for parts in groups:
            yield _surface(parts), parts


def _predicted(word: str, segmenter: Segmenter) -> list[str]:
    pieces = segmenter.split(word).pieces
    return [form or word[start:end] for start, end, _, form in pieces]


def evaluate_segmentation(path: Path, segmenter: Segmenter) -> dict[str, float]:
    """Word accuracy (all segments right) and segment precision/recall/F1 over the
    Arabic words of `path`."""
    words = correct = tp = n_pred = n_gold = 0
    for surface, gold in conllu_words(path):
        match = TOKEN_RE.fullmatch(surface)
        if match is None or match.lastgroup != "word":
            continue
        predicted = [match_key(p) for p in _predicted(surface, segmenter)]
        expected = gold
        words += 1
        correct += predicted == expected
        n_pred += len(predicted)
        n_gold += len(expected)
        tp += _common_prefix_segments(predicted, expected)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    return {
        "words": words,
        "word_accuracy": round(correct / words, 4) if words else 0.0,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(2 * precision * recall / (precision + recall), 4) if tp else 0.0,
    }


def _common_prefix_segments(predicted: list[str], expected: list[str]) -> int:
    """Segments that agree, aligned by their character positions in the word."""

    def boundaries(parts: list[str]) -> set[tuple[int, str]]:
        out, pos = set(), 0
        for p in parts:
            out.add((pos, p))
            pos += len(p)
        return out

    return len(boundaries(predicted) & boundaries(expected))
