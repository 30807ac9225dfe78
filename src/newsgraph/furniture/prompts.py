"""Prompts ("Click here to subscribe", "Share this") and button labels ("Share | Facebook | Email")."""

from __future__ import annotations

import re

from newsgraph.furniture.pieces import ANY_WORD, QUOTE_MARKS, Piece, pieces, starts_with, word_count
from newsgraph.furniture.scan import Scan

#: Longest prompt ("Click here to subscribe to our daily newsletter") in words.
MAX_PROMPT_WORDS = 15

_CLAUSE_BREAK = re.compile(r"[,;:–—]\s*")


class PromptRules(Scan):
    """Prompt and button rules for a segment or one of its sentences."""

    def is_buttons(self, text: str) -> bool:
        """A piece made only of button labels ("Share", "Facebook | Twitter | Email").

        The words are read one at a time, as the labels are checked: a paragraph of prose
        fails on its first word or two, and is not cut into words to the end.
        """
        found = (m.group().lower() for m in ANY_WORD.finditer(text))
        words: list[str] = []

        def read(n: int) -> bool:  # at least n words read, if the text has them
            while len(words) < n:
                word = next(found, None)
                if word is None:
                    return False
                words.append(word)
            return True

        if not read(1):
            return False
        buttons = self.vocab.buttons
        # The digit test reads every character, so it runs last, on the few pieces that
        # are button labels otherwise (a label never holds a digit).
        if text.strip(" |•·/,-").lower().replace("  ", " ") in buttons:
            read(len(text))
            return not _has_digit(words)
        i = 0
        while read(i + 1):
            if i >= 2 * MAX_PROMPT_WORDS:
                return False  # too long for a row of buttons, whatever the words
            if read(i + 2) and f"{words[i]} {words[i + 1]}" in buttons:
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
        if word_count(sentence.text, MAX_PROMPT_WORDS + 1) > MAX_PROMPT_WORDS or QUOTE_MARKS.search(
            sentence.text
        ):
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
