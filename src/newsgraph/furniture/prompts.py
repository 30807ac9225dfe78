"""Prompts ("Click here to subscribe", "Share this") and button labels ("Share | Facebook | Email")."""

from __future__ import annotations

import re

from newsgraph.furniture.pieces import ANY_WORD, QUOTE_MARKS, Piece, pieces, starts_with, words_in
from newsgraph.furniture.scan import Scan

#: Longest prompt ("Click here to subscribe to our daily newsletter") in words.
MAX_PROMPT_WORDS = 15

_CLAUSE_BREAK = re.compile(r"[,;:–—]\s*")


class PromptRules(Scan):
    """Prompt and button rules for a segment or one of its sentences."""

    def is_buttons(self, text: str) -> bool:
        """A piece made only of button labels ("Share", "Facebook | Twitter | Email")."""
        words = [w.lower() for w in ANY_WORD.findall(text)]
        if not words:
            return False
        buttons = self.vocab.buttons
        # The digit test reads every character, so it runs last, on the few pieces that
        # are button labels otherwise (a label never holds a digit).
        if text.strip(" |•·/,-").lower().replace("  ", " ") in buttons:
            return not _has_digit(words)
        i = 0
        while i < len(words):
            if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in buttons:
                i += 2
            elif words[i] in buttons:
                i += 1
            else:
                return False
        short = len(words) <= 2 * MAX_PROMPT_WORDS and (len(words) > 1 or len(text) < 20)
        return short and not _has_digit(words)

    def is_prompt(self, sentence: Piece) -> bool:
        """A short verbless sentence whose clause opens with a prompt phrase ("Click here to
        subscribe", "For the full statement, click here")."""
        if len(words_in(sentence.text)) > MAX_PROMPT_WORDS or QUOTE_MARKS.search(sentence.text):
            return False
        for clause in pieces(self.text, sentence.start, sentence.end, _CLAUSE_BREAK):
            phrase = starts_with(clause.text.lower(), self.vocab.prompts)
            if phrase is None:
                continue
            after = clause.start + len(phrase)
            before_phrase = self.finite_verb(sentence.start, clause.start)
            if not before_phrase and not self.finite_verb(after, sentence.end):
                return True
        return False


def _has_digit(words: list[str]) -> bool:
    return any(c.isdigit() for w in words for c in w)
