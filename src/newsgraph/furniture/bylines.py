"""Bylines ("By Jane Doe, Associated Press", "(Reporting by Nils Aberg; Editing by Carla Moss)")
and timestamps ("Updated 10:32 GMT")."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from newsgraph.constants import LOWER, UPPER
from newsgraph.furniture.pieces import Piece, sentences, starts_with
from newsgraph.furniture.scan import Scan
from newsgraph.furniture.vocabulary import vocabulary
from newsgraph.records import ExcludedSpan

#: Longest timestamp or byline tail, in tokens.
MAX_TIMESTAMP_TOKENS = 14

#: Longest line crediting other reporters ("X and Y in Berlin contributed to this report").
_MAX_CONTRIBUTION_WORDS = 24

#: Words a byline's tail may hold in lower case ("By Jane Doe, Editor of the Observer").
_BYLINE_CONNECTORS = frozenset({"the", "of", "and", "for", "in", "at", "on", "with", "&"})

_TIMESTAMP_TOKEN = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?|\d+(?:[:./-]\d+)*(?:st|nd|rd|th)?|\S")
_NAME_WORD = (
    rf"(?:(?:Mc|Mac|O['’]|D['’])[{UPPER}][{LOWER}]+|[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?"
    rf"|[{UPPER}]\.|[{UPPER}][{UPPER}'’-]+\b)"
)
_PERSON = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
_NAME_JOIN = r"(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)"
_BYLINE = re.compile(rf"(?i:by)[ \t]+(?P<names>{_PERSON}(?:{_NAME_JOIN}{_PERSON}){{0,3}})")
#: Names, each with an optional place they worked from ("Nils Aberg in Lisborne and Ivo
#: Lind in Sandor").
_AT_PLACE = rf"{_PERSON}(?:[ \t]+in[ \t]+{_PERSON})?"
#: An author's note: a name, then "is a/an/the" (or "was ...").
_AUTHOR_NOTE = re.compile(rf"(?P<name>{_PERSON})[ \t]+(?:is|was)[ \t]+(?:a|an|the)[ \t]")
#: The prompt an author's note ends with: "Follow her on X", "Follow him on Twitter".
_FOLLOW = re.compile(r"\bFollow\s+(?:her|him|them|me)\b")
_CREDITED = rf"{_AT_PLACE}(?:{_NAME_JOIN}{_AT_PLACE}){{0,3}}"


def author_from_byline(text: str, spans: list[ExcludedSpan]) -> str | None:
    """The names of the first byline that opens with "By" ("By Marta Kuusk and Lars
    Eklund" -> "Marta Kuusk and Lars Eklund"): who wrote the article, for a page or text
    whose metadata names nobody. The job or agency after the names ("By Ana Ruiz,
    Political Correspondent", "By Ana Ruiz, Reuters") is not a name; desk credits
    ("Editing by ...") name no author."""
    vocab = vocabulary()
    for span in spans:
        if span.reason != "byline":
            continue
        match = _BYLINE.match(text, span.start, span.end)
        if match is None:
            continue
        names: list[str] = []
        for part in re.split(_NAME_JOIN, match.group("names")):
            words = part.split()
            if not words or part.lower() in vocab.agencies or words[-1].lower() in vocab.person_roles:
                break
            names.append(part.strip())
        if names:
            return _joined(names)
    return _reporters(text, spans)


#: The first desk credit of a wire story's foot when it credits the reporting: its names
#: (without the place they worked from) wrote the story.
_REPORTING = re.compile(
    rf"[(\[]?[ \t]*(?i:reporting)[ \t]+(?i:by)[ \t]+(?P<names>{_CREDITED})"
)


def _reporters(text: str, spans: list[ExcludedSpan]) -> str | None:
    """ "(Reporting by Anna Berg in Zerava and Ivo Lind; Editing by ...)" -> "Anna Berg and
    Ivo Lind": with no "By" line, the reporters a wire story credits at its foot are its
    authors (not "Additional reporting by", nor the editors)."""
    for span in spans:
        match = _REPORTING.match(text, span.start, span.end)
        if match is None:
            continue
        parts = re.split(_NAME_JOIN, match.group("names"))
        names = [n for n in (re.split(r"[ \t]+in[ \t]+", part)[0].strip() for part in parts) if n]
        if names:
            return _joined(names)
    return None


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@lru_cache(maxsize=8)
def _staff_credit_line(jobs: str) -> re.Pattern[str]:
    """A line made only of desk credits, in brackets or not: "(Reporting by Nils Aberg in
    Lisborne; Editing by Carla Moss)", "Additional reporting by Jane Doe."."""
    credit = rf"(?i:{jobs})[ \t]+(?i:by)[ \t]+{_CREDITED}"
    return re.compile(rf"[(\[]?[ \t]*{credit}(?:[ \t]*[;,][ \t]*(?:and[ \t]+)?{credit})*[ \t]*[)\]]?\.?")


class BylineRules(Scan):
    """Timestamp and byline rules for one segment of a line."""

    def is_timestamp(self, text: str) -> bool:
        lower = text.lower()
        label = starts_with(lower, self.vocab.timestamp_labels)
        rest = lower[len(label) :] if label else lower
        # No more tokens are read than the longest timestamp has, plus one to know it is longer.
        tokens = [m.group() for m in islice(_TIMESTAMP_TOKEN.finditer(rest), MAX_TIMESTAMP_TOKENS + 1)]
        if not tokens or len(tokens) > MAX_TIMESTAMP_TOKENS:
            return False
        number = dated = False
        for token in tokens:
            if token[0].isdigit():
                number = True
            elif token[0].isalpha():
                word = token.rstrip(".")
                if word in self.vocab.date_words or word == "ago":
                    dated = True
                elif word not in self.vocab.clock_words:
                    return False
            elif token not in ",/-–—|()·•:":
                return False
        # A bare clock time ("2:45 p.m.") heads an entry of a live blog: content, not furniture.
        return number and (label is not None or dated)

    def byline(self, segment: Piece) -> bool:
        end = self.byline_end(segment.text)
        staff = _staff_credit_line(self.vocab.staff_credit)
        text = segment.text
        if end is None and (staff.fullmatch(text) or self._contribution(text) or self._author_note(text)):
            end = len(segment.text)
        if end is None:
            return False
        self.add(segment.start, segment.start + end, "byline")
        return True

    def _contribution(self, text: str) -> bool:
        """ "Associated Press writer Lena Koch in Berlin contributed to this report.": a
        short line crediting other reporters, opening with a capital letter."""
        lower = text.rstrip(" \t.").lower()
        if not text[:1].isupper() or len(lower.split()) > _MAX_CONTRIBUTION_WORDS:
            return False
        return any(lower.endswith(tail) for tail in self.vocab.contribution_tails)

    def _author_note(self, text: str) -> bool:
        """ "Sarah Kim is a technology reporter based in San Francisco. Follow her on X
        @sarahkim.": a short line naming a writer's job ("is a ... reporter") that also
        points to the writer's accounts (a handle, or a "Follow" prompt), or that names the
        writer the byline above named ("By Tom Field ... Tom Field is the Wire's health
        correspondent."): a reporter a story is about has no byline of their own."""
        match = _AUTHOR_NOTE.match(text)
        if match is None or len(text.split()) > _MAX_CONTRIBUTION_WORDS:
            return False
        first = next(sentences(text, 0, len(text))).text.lower()
        jobs = self.vocab.author_jobs
        if not any(word.strip(".,") in jobs for word in first.split()):
            return False
        if "@" in text or _FOLLOW.search(text):
            return True
        name = match.group("name")
        return any(span.reason == "byline" and name in span.text for span in self.found)

    def byline_end(self, text: str) -> int | None:
        """Where the byline that opens ``text`` ends, or None when ``text`` opens with none."""
        match = _BYLINE.match(text)
        if match is None:
            return None
        names = match.group("names")
        if names.split()[0].lower().rstrip(".,") in self.vocab.date_words:
            return None  # "By Thursday, ..."
        end = match.end()
        following = text[end : end + 1]
        if following.isupper() and text[end - 1].isalpha():
            return end  # glued: "By Jane DoeKABUL, Afghanistan —" -> the byline ends at the glue
        rest = text[end:].strip(" ,;–—-")
        return len(text) if self._is_byline_tail(rest) else None

    def _is_byline_tail(self, rest: str) -> bool:
        """"Associated Press", "Staff Writer", "Reuters Updated 10:32 GMT": capitalised words,
        numbers and time words only (no clause), and short."""
        tokens = [m.group() for m in islice(_TIMESTAMP_TOKEN.finditer(rest), MAX_TIMESTAMP_TOKENS + 1)]
        if len(tokens) > MAX_TIMESTAMP_TOKENS:
            return False
        for token in tokens:
            lower = token.lower().rstrip(".")
            if token[0].isdigit() or token[0].isupper() or not token[0].isalnum():
                continue
            vocab = self.vocab
            if lower in _BYLINE_CONNECTORS or lower in vocab.timestamp_labels:
                continue
            if lower in vocab.date_words or lower in vocab.clock_words:
                continue
            return False
        return True
