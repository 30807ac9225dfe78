"""Whole-line rules: captions, photo credits and picture counters.

A credit opens with a word from a list ("Photograph:", "Image copyright") or is a
``NAME/AGENCY`` credit ending the line; the words before it on the same line are its caption.
"""

from __future__ import annotations

import re

from newsgraph.constants import UPPER
from newsgraph.furniture.pieces import Piece, starts_with, word_count
from newsgraph.furniture.scan import Scan
from newsgraph.furniture.vocabulary import OPENER_LEAD

#: Longest credit after its opener ("Photograph: Wakil Kohsar/AFP via Getty Images").
MAX_CREDIT_WORDS = 10
#: Longest caption standing before a credit on its line.
MAX_CAPTION_WORDS = 45

_COUNTER_LINE = re.compile(
    r"\(?\s*(?:(?:image|photo|picture|slide|gallery)s?\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*\)?", re.IGNORECASE
)
_COUNTER_FRAGMENT = re.compile(
    r"\b(?:image|photo|picture|slide)s?\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\b", re.IGNORECASE
)
#: A gallery's own counter: "1/19", "2/19" (no word before it needed, unlike a fragment).
_GALLERY_COUNTER = re.compile(r"(?<![\w/])(?P<k>\d{1,3})/(?P<total>\d{1,3})(?![\w/])")
#: A gallery's heading: "... 19 show all ..." (the number of pictures, then "show all").
_GALLERY_HEADING = re.compile(
    r"(?:^|(?<=[.!?\"”]\s))[^.!?\n]{0,80}?\b(?P<total>\d{1,3}) show all\b", re.IGNORECASE
)
#: Fewest counters in order that make a gallery ("3/8" alone may be a score or a date).
MIN_GALLERY = 3
#: Fewest words of a caption and its credit between two counters ("counts 1/3, 2/3 and
#: 3/3" is a list in a sentence).
MIN_CAPTION_WORDS = 4
#: What every ``_COUNTER_FRAGMENT`` holds ("3 of", "3/"), found by a scan that starts only at
#: digits; the fragment pattern itself (a word boundary first) is tried at every position.
_COUNTER_CORE = re.compile(r"\d\s*(?:of|/)", re.IGNORECASE)
#: A wire desk's currency conversion note on a line of its own: "($1 = 10.65 Norwegian
#: crowns)", "(£1 = $1.2710)", "(1 euro = $1.08)": no sentence of the article, and no claim.
_CONVERSION_NOTE = re.compile(
    r"[(\[]\s*(?:[$€£¥₹]\s?1|1\s+[a-z]+|[A-Z]{3}\s?1)\s*=\s*[$€£¥₹]?\s?\d[\d.,]*"
    r"(?:\s+[^\W\d_][\w ]{0,30})?\s*[)\]]\.?"
)
_SLASH_CREDIT = re.compile(
    rf"(?P<names>(?:[{UPPER}][\w'’.-]*[ \t]+){{0,3}}[{UPPER}][\w'’.-]*)[ \t]*/[ \t]*"
    r"(?P<agency>[A-Z][\w&.-]*(?:[ -][A-Z][\w&.-]*){0,2})"
    r"(?P<via>[ \t]+via[ \t]+[A-Z][\w]*(?:[ \t]+[A-Z][\w]*){0,2})?[ \t]*\)?[ \t]*$"
)

#: A year right after a copyright opener: the form of a rights notice, not a sentence
#: about copyright ("Copyright law was changed in 2019").
_NOTICE_YEAR = re.compile(r"\s*(?:\(c\)\s*)?(?:19|20)\d\d\b")


class CreditRules(Scan):
    """Caption, credit and counter rules, which look at a line as a whole."""

    def whole_line(self, line: Piece) -> bool:
        """Caption, credit and counter rules, which look at a line as a whole."""
        lower = line.text.lower()
        opener = starts_with(lower, self.vocab.caption_openers)
        longest = MAX_CAPTION_WORDS + len(opener.split()) if opener is not None else 0
        if opener is not None and word_count(line.text, longest + 1) <= longest:
            self.add(line.start, line.end, "caption")
            return True
        if self.is_counter_line(line.text):
            self.add(line.start, line.end, "counter")
            return True
        if _CONVERSION_NOTE.fullmatch(line.text):
            self.add(line.start, line.end, "note")
            return True
        if lower.strip(" .()") in self.vocab.agencies:
            self.add(line.start, line.end, "credit")
            return True
        if self._credit(line):
            return True
        if _COUNTER_CORE.search(self.text, line.start, line.end):  # most lines have none
            for m in _COUNTER_FRAGMENT.finditer(self.text, line.start, line.end):
                self.add(m.start(), m.end(), "counter")
            self._gallery(line)
        return False

    def _gallery(self, line: Piece) -> None:
        """A picture gallery scraped into the running text: "UK news in pictures 19 show
        all UK news in pictures 1/19 The Palm House is illuminated ... Getty 2/19 ...": a
        run of at least ``MIN_GALLERY`` counters 1/N, 2/N, ... in order, each opening a
        caption that ends in a credit. Everything from the first counter (or the gallery's
        "N show all" heading before it) to the last counter is captions and credits; the
        last caption is left in, as nothing marks where it ends and the article resumes."""
        run: list[re.Match[str]] = []
        for m in _GALLERY_COUNTER.finditer(self.text, line.start, line.end):
            last = run[-1] if run else None
            if (
                last
                and m["total"] == last["total"]
                and int(m["k"]) == int(last["k"]) + 1
                and word_count(self.text[last.end() : m.start()], MIN_CAPTION_WORDS) >= MIN_CAPTION_WORDS
            ):
                run.append(m)
                continue
            self._add_gallery(line, run)
            run = [m] if m.group("k") == "1" else []
        self._add_gallery(line, run)

    def _add_gallery(self, line: Piece, run: list[re.Match[str]]) -> None:
        if len(run) < MIN_GALLERY:
            return
        start = run[0].start()
        heading = _GALLERY_HEADING.search(self.text, line.start, start)
        if heading is not None and heading.group("total") == run[0].group("total"):
            start = heading.start()
        self.add(start, run[-1].end(), "caption")

    def is_counter_line(self, text: str) -> bool:
        """A picture counter ("Image 3 of 8") or a page count ("5 min read", "72 comments")."""
        return bool(_COUNTER_LINE.fullmatch(text) or self.vocab.page_count.fullmatch(text))

    def _credit(self, line: Piece) -> bool:
        """A credit ending the line; the words before it on the line are its caption."""
        credit_start: int | None = None
        at_start = self.vocab.credit_opener.match(self.text, line.start, line.end)
        inside = self._openers_inside(line.start + 1, line.end)
        for m in ([at_start] if at_start else []) + inside:
            opener = m.group("opener")
            tail_end = line.end
            opened_by_paren = m.start() > line.start and self.text[m.start() - 1] == "("
            if opened_by_paren:
                close = self.text.find(")", m.end(), line.end)
                if close < 0 or self.text[close + 1 : line.end].strip(" .;"):
                    continue  # "(Photo ...)" must close and end the line
                tail_end = close
            tail = self.text[m.end() : tail_end]
            n = word_count(tail, MAX_CAPTION_WORDS + 1)  # compared with the limits below only
            # "Photograph: ...", "Photo by ...", and a notice's year ("Copyright 2025 ...",
            # "© 2024 ...") say the line is a credit even with a verb in it ("All rights reserved")
            marked = opener.endswith(":") or opener.endswith(" by") or bool(_NOTICE_YEAR.match(tail))
            at_line_start = m.start() == line.start
            if n == 0:
                continue
            if not marked and self.finite_verb(m.end(), tail_end):
                continue  # "Copyright law was changed": a sentence
            if n <= MAX_CREDIT_WORDS or (marked and at_line_start and n <= MAX_CAPTION_WORDS):
                credit_start = m.start() - (1 if opened_by_paren else 0)
                break
        if credit_start is None and self.text.find("/", line.start, line.end) >= 0:
            slash = _SLASH_CREDIT.search(self.text, line.start, line.end)
            if slash is not None and self._is_slash_credit(slash):
                credit_start = slash.start()
                if credit_start > line.start and self.text[credit_start - 1] == "(":
                    credit_start -= 1
        if credit_start is None:
            return False
        caption = self.text[line.start : credit_start]
        if not caption.strip(" ([|–—-"):
            self.add(line.start, line.end, "credit")
        elif word_count(caption, MAX_CAPTION_WORDS + 1) <= MAX_CAPTION_WORDS:
            self.add(line.start, line.end, "caption")
        else:
            self.add(credit_start, line.end, "credit")
        return True

    def _openers_inside(self, start: int, end: int) -> list[re.Match[str]]:
        """``list(credit_opener_inside.finditer(text, start, end))``, with the opener tried only
        where its lead ("(", ". ", "| ") ends rather than at every character of the line.
        A lead is at most three characters and no two overlap, so a scan from three
        characters before ``start`` finds every place the pattern's look-behind holds."""
        found: list[re.Match[str]] = []
        taken = start  # matches do not overlap: the next one starts after the last
        opener = self.vocab.credit_opener_bare
        for lead in OPENER_LEAD.finditer(self.text, max(0, start - 3), end):
            at = lead.end()
            if at < taken or at >= end:
                continue
            m = opener.match(self.text, at, end)
            if m is not None:
                found.append(m)
                taken = m.end()
        return found

    def _is_slash_credit(self, match: re.Match[str]) -> bool:
        names = match.group("names").split()
        agency = match.group("agency")
        if agency.lower() in self.vocab.agencies or agency.split()[0].lower() in self.vocab.agencies:
            return True
        if names[-1].lower().startswith("photo"):  # "(AP Photo/Rahmat Gul)"
            return True
        if names[-1].lower() in self.vocab.agencies:
            # the agency first, then its photographer ("... on Thursday. REUTERS/Ana Ruiz")
            return True
        # A photographer's name in capitals ("JAMES PRIOR/Coastline Images") is the credit
        # form itself: the agency after it, a capitalised group ending the line, may be any.
        # The search may start the names in the caption ("... on Tuesday. JAMES PRIOR/..."):
        # the capitalised words nearest the slash are the name.
        letters = [w for w in names if any(c.isalpha() for c in w)]
        in_capitals = 0
        for word in reversed(letters):
            if not word.isupper():
                break
            in_capitals += 1
        return in_capitals >= 2
