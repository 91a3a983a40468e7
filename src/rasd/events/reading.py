"""The words of a document's sentences as the event rules read them, with each word
form's keys worked out once across documents (as the Segmenter caches its splits)."""

from __future__ import annotations

from rasd.document import Document, Sentence, Token
from rasd.events.lexicon import TriggerLexicon
from rasd.events.phrases import form_info
from rasd.events.sentence import Word, windows

_FormInfo = tuple[list[str], list[str], bool, bool, str, bool]


class SentenceReader:
    """Reads sentences into `Word`s and tells which sentences may hold a trigger."""

    def __init__(self, lexicon: TriggerLexicon) -> None:
        self.lexicon = lexicon
        self._forms: dict[str, _FormInfo] = {}
        self._triggering: dict[str, bool] = {}  # whether a word form is in the lexicon

    def words(self, doc: Document, sentence: Sentence) -> list[Word]:
        words = []
        for offset, tok in enumerate(doc.sentence_tokens(sentence)):
            surface = doc.text[tok.start : tok.end]
            keys, light, conj, prep, whole_light, content = self._form(doc, tok, surface)
            words.append(
                Word(
                    sentence.token_start + offset,
                    tok,
                    keys,
                    light,
                    surface,
                    conj,
                    prep,
                    whole_light,
                    content,
                )
            )
        return words

    def last_window(self, doc: Document, sentence: Sentence) -> list[Word]:
        """The words of a sentence's last window, which the next sentence follows."""
        return windows(self.words(doc, sentence))[-1]

    def has_trigger_form(self, doc: Document, sentence: Sentence) -> bool:
        """Whether any word of the sentence has a form of the trigger lexicon: without
        one no trigger is found, not even after a facing verb."""
        for tok in doc.sentence_tokens(sentence):
            surface = doc.text[tok.start : tok.end]
            triggering = self._triggering.get(surface)
            if triggering is None:
                keys = self._form(doc, tok, surface)[0]
                triggering = self._triggering[surface] = bool(self.lexicon.lookup(keys))
            if triggering:
                return True
        return False

    def _form(self, doc: Document, tok: Token, surface: str) -> _FormInfo:
        info = self._forms.get(surface)
        if info is None:
            info = self._forms[surface] = form_info(doc, tok)
        return info
