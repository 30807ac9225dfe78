"""Related-link runs: a heading ("Related:", "More on this story") and the short headlines
after it, or, without a heading, three or more title-case headlines in a row."""

from __future__ import annotations

from newsgraph.dateline import find_dateline
from newsgraph.furniture.pieces import QUOTE_MARKS, Piece, is_title_case, word_count
from newsgraph.furniture.scan import Scan

#: Longest related-link headline.
MAX_TEASER_WORDS = 20
#: Longest title-case headline counted in an unlabelled run.
MAX_RUN_HEADLINE_WORDS = 16
#: Fewest title-case headline lines that make an unlabelled run (a title is one line).
MIN_UNLABELLED_RUN = 3
#: Longest section name after a heading ("More from" + "US Politics").
MAX_SECTION_WORDS = 3
#: Most headlines taken after one "Related:" heading.
MAX_LABELLED_RUN = 12


class RelatedRules(Scan):
    """The related-link rules, which look at the lines together."""

    def is_other_furniture(self, line: Piece) -> bool:
        """Whether another rule knows ``line`` as furniture of its own kind (a byline, a
        timestamp, a row of buttons): such a line is no headline, so it neither starts nor
        extends an unlabelled run, and keeps its own reason (a timestamp's reason is what
        dates an undated page). The detector, which holds every rule, answers."""
        return False

    def _is_dateline(self, line: Piece) -> bool:
        return find_dateline(self.text, line.start) is not None

    def _is_teaser(self, line: Piece) -> bool:
        """A headline: short, no final full stop or closing quotation mark, not a dateline."""
        return (
            2 <= word_count(line.text, MAX_TEASER_WORDS + 1) <= MAX_TEASER_WORDS
            and line.text[-1] not in ".:\"”’"
            and not QUOTE_MARKS.search(line.text)
            and not self._is_dateline(line)
        )

    def _is_headline(self, line: Piece) -> bool:
        """A title-case teaser short enough to be a linked headline, and not the title."""
        return (
            line.text != self.title
            and self._is_teaser(line)
            and word_count(line.text, MAX_RUN_HEADLINE_WORDS + 1) <= MAX_RUN_HEADLINE_WORDS
            and is_title_case(line.text)
        )

    def _related_label(self, line: Piece) -> str | None:
        """``"heading"`` for a line that is a related-links heading, ``"inline"`` for one
        that opens with a heading and a colon ("Related: Taliban welcome ...")."""
        lower = line.text.lower()
        label = lower.rstrip(": ").strip()
        if label in self.vocab.related_labels:
            return "heading"
        if line.text[-1] not in ".!?\"”’" and self._label_and_section(label):
            return "heading"  # "More from Politics", "Most read in Business"
        head, colon, rest = lower.partition(":")
        labelled = colon and head.strip() in self.vocab.related_labels
        if labelled and 0 < word_count(rest, MAX_TEASER_WORDS + 1) <= MAX_TEASER_WORDS:
            return "inline"
        return None

    def _label_and_section(self, label: str) -> bool:
        """A heading word group followed by a short section name ("more from" + "politics")."""
        words = label.split()
        for cut in range(1, min(len(words), 4)):
            if " ".join(words[:cut]) in self.vocab.related_labels:
                return 0 < len(words) - cut <= MAX_SECTION_WORDS
        return False

    def related_runs(self, lines: list[Piece]) -> set[int]:
        taken: set[int] = set()
        i = 0
        while i < len(lines):
            if self._related_label(lines[i]) is not None:
                self.add(lines[i].start, lines[i].end, "related")
                taken.add(i)
                j = i + 1
                while (
                    j < len(lines)
                    and j - i <= MAX_LABELLED_RUN
                    and self._is_teaser(lines[j])
                    and not self.is_other_furniture(lines[j])
                ):
                    self.add(lines[j].start, lines[j].end, "related")
                    taken.add(j)
                    j += 1
                i = j
                continue
            i += 1
        # Without a heading: three or more title-case headlines in a row. The first line
        # (the title) never starts one.
        run: list[int] = []
        for i, line in enumerate(lines):
            headline = (
                i > 0
                and i not in taken
                and self._is_headline(line)
                and not self.is_other_furniture(line)  # every other rule: asked last
            )
            if headline:
                run.append(i)
                continue
            self._close_run(lines, run, taken)
            run = []
        self._close_run(lines, run, taken)
        self._trailing_headlines(lines, taken)
        return taken

    def _trailing_headlines(self, lines: list[Piece], taken: set[int]) -> None:
        """Title-case headlines after the article's last sentence, with nothing but other
        furniture after them ("... from their homes." then a photo credit and "Top Ten
        Transfers City Utd"): a page's link teasers, one is enough. An article ends on a
        sentence, so a headline-like line there opens no section of it."""
        trailing: list[int] = []
        for i in range(len(lines) - 1, 0, -1):
            line = lines[i]
            if i in taken or self.is_other_furniture(line) or _bracketed(line.text):
                continue  # a bracketed desk note ("(Reporting by ...)") is its rule's own
            if self._is_headline(line):
                trailing.append(i)
                continue
            if line.text.rstrip()[-1:] not in ".!?\"”’":
                return  # the body does not end on a sentence here: leave the lines be
            break
        else:
            return  # nothing but headlines: no article body to follow
        for k in trailing:
            self.add(lines[k].start, lines[k].end, "related")
            taken.add(k)

    def _close_run(self, lines: list[Piece], run: list[int], taken: set[int]) -> None:
        if len(run) >= MIN_UNLABELLED_RUN:
            for k in run:
                self.add(lines[k].start, lines[k].end, "related")
                taken.add(k)


def _bracketed(text: str) -> bool:
    return text[:1] in "([" and text[-1:] in ")]"
