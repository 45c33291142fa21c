"""The words around a figure that context-bound indicators need (`诉求`, `确诊`): its paragraph and headline, or
in a run-on paragraph only the text near the figure's sentence."""

from __future__ import annotations

from .catalog import ContextWords
from .figure_filters import notifiable_diseases, other_disease
from .lexicon import lexicon
from .sentences import Sentence, is_item_line

_LIST_REACH = 30   # lines of a numbered list read back to the line that opened it
_RUN_ON = 1200     # a paragraph longer than this (a whole report run together) gives context only near a figure:
_CONTEXT_NEAR = 400  # the characters either side of the figure's sentence
_WHOLE_HEADING = lexicon().compile("case_whole_heading")


class FigureContext:
    """Mixin of the Resolver: the context words in force for a sentence, cached per paragraph (per sentence in
    run-on text), and whether the paragraph is about notifiable diseases other than covid."""

    def _reset_context(self) -> None:
        self._context_key, self._context_ids = (-1, -1), self.catalog.context_words("")
        self._other_disease = False   # the paragraph is about notifiable diseases other than covid
        self._notifiable = False      # the paragraph is about the notifiable diseases, covid among them or not

    def _context(self, s: Sentence) -> ContextWords:
        """The context-bound indicators that the words near the sentence allow: its paragraph's and the headline's
        (cached per paragraph); in a run-on paragraph only the text around the sentence, since one `热线电话` or
        `受理` far away in a 10,000-character report makes no share of it a hotline's."""
        start, end = self.seg.paragraphs[s.paragraph]
        run_on = end - start > _RUN_ON
        key = (s.paragraph, s.start if run_on else -1)
        if self._context_key != key:
            first = s.paragraph  # the lines of a numbered list (`1.鄂尔多斯市11例`) read with the line that opened it
            while first > 0 and s.paragraph - first < _LIST_REACH and is_item_line(self.text, *self.seg.paragraphs[first]):
                first -= 1
            headline = " " + self.seg.articles[s.article].headline
            if self._context_key[0] != s.paragraph:
                told = self.text[self.seg.paragraphs[first][0]:end] + headline
                self._other_disease, self._notifiable = other_disease(told), notifiable_diseases(told)
            self._context_key = key
            if run_on:
                start, end = max(start, s.start - _CONTEXT_NEAR), min(end, s.end + _CONTEXT_NEAR)
            else:
                start = self.seg.paragraphs[first][0]
                if first > 0 and _WHOLE_HEADING.match(self.text, start, end) is not None:
                    start = self.seg.paragraphs[first - 1][0]  # `确诊病例中,…`: the whole the paragraph before counted
            self._context_ids = self.catalog.context_words(self.text[start:end] + headline)
        return self._context_ids
