"""Times stage: time expressions normalised against the publication date.

Candidates come from our own patterns (``rules.PATTERNS``, one pass of each compiled
regex over the text) and from spaCy's DATE/TIME entities; where the two overlap our
pattern wins, because it knows how to normalise what it matched. Entities no pattern
explains go to dateparser (``fallback``), cached. Expressions joined by "from ... to",
"between ... and" or a dash become one interval; "that day" takes the day named before
it. Output: ``doc._.ng_times``.

A relative time inside a quotation was said on the statement's day, which this stage
cannot know (statements are found later): :func:`reanchor` re-reads the expressions of
a span against another date, and the attribution stage calls it for each quote whose
statement is dated ("..., she said in a statement on Tuesday").
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsgraph.constants import FUTURE_AUX
from newsgraph.docindex import doc_index
from newsgraph.extensions import document_text, published_date
from newsgraph.lemmas import repaired_lemma
from newsgraph.records import TimeExpression, TimePrecision
from newsgraph.times import anaphora, fallback, named, rules
from newsgraph.times.rules import Normalised
from newsgraph.times.vocabulary import Words, words

__all__ = ["annotate", "reanchor", "time_for_span", "times_in_span"]

_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[\s-]*$")
_COUNT_LABELS = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT"})
_TITLE_LABELS = frozenset({"PRODUCT", "LAW", "ORG", "FAC", "WORK_OF_ART"})
#: Auxiliaries whose clause looks ahead: the future ones, and "would" ("said it would
#: meet on Tuesday": the future seen from the past).
_FUTURE_AUX = FUTURE_AUX | {"would", "'d", "’d"}
# Entities that are not time expressions in our sense: ages, bare numbers/ordinals, frequencies.
_NOT_A_TIME = re.compile(
    r"(?:\byears?[- ]old\b|-year-old|^(?:the\s+)?\d+(?:st|nd|rd|th)?$|"
    r"^(?:the\s+)?(?:first|second|third|\w+th)$|"
    r"^(?:annual|annually|daily|weekly|monthly|yearly|quarterly|nightly|biannual|biennial)$|"
    r"\bages?\b|^(?:early|late|last|all|over)-[a-z]+$|^(?:each|every|per)\b|"
    # a bare plural unit ("for days", "on days when"): no amount, no point in time
    r"^(?:minutes|hours|days|weeks|months|years|decades|centuries)$)",
    re.IGNORECASE,
)
#: "60 Minutes", "28 Days Later": a capitalised unit after a number is a title.
_TITLE = re.compile(r"\b\d+\s+(?:Seconds|Minutes|Hours|Days|Weeks|Months|Years)\b")
#: A fraction the tagger may read as a period ("a quarter", "half") and the "of" phrase
#: that makes it a share of something rather than of a year ("a quarter of 2024" stays).
_FRACTION_END = re.compile(r"\b(?:quarter|quarters|half|third|thirds)$", re.IGNORECASE)
_OF_A_THING = re.compile(
    r"\s+of\s+(?!(?:the\s+|this\s+|that\s+|next\s+|last\s+)?(?:year|month|century|decade|\d{4})\b)",
    re.IGNORECASE,
)
_DURATION_WORD = re.compile(r"\b(?:years|months|weeks|days|hours|decades|centuries|minutes)\b", re.IGNORECASE)


@dataclass
class _Found:
    start: int
    end: int
    norm: Normalised
    order: int  # index of the pattern; entities come last


class _DocView:
    """Lazy token look-ups by character offset, built once per document."""

    def __init__(self, doc: Doc, text: str, words: Words) -> None:
        self.doc = doc
        self.text = text  # doc.text rebuilds the string on every access: read it once
        self.words = words  # the word lists, fetched once per document
        self.index = doc_index(doc)
        self.parsed = doc.has_annotation("DEP")
        self.tagged = doc.has_annotation("TAG")

    def token_at(self, char: int) -> Token | None:
        return self.index.token_at(char)

    def previous_word(self, start: int) -> str:
        m = _PREVIOUS_WORD.search(self.text, max(0, start - 24), start)
        return m.group(1).lower() if m else ""

    def gate_ok(self, start: int, end: int) -> bool:
        if self.previous_word(start) in self.words.gate_words:
            return True
        tok = self.token_at(start)
        return tok is not None and tok.ent_type_ in ("DATE", "TIME", "EVENT")

    def year_ok(self, start: int, end: int) -> bool:
        if self.previous_word(start) in self.words.strong_year_gate:
            return True
        tok = self.token_at(start)
        if tok is None:
            return True
        nxt = tok.nbor(1) if tok.i + 1 < len(self.doc) else None
        if self.tagged and nxt is not None and nxt.tag_ in ("NNS", "NNPS"):
            return False  # "2000 troops": a count, not a year
        return tok.ent_type_ not in _COUNT_LABELS and tok.ent_type_ not in _TITLE_LABELS  # "Windows 2000"

    def modifies_noun(self, start: int, end: int) -> bool:
        """Is the name at [start, end) a modifier of a noun after it ("Christmas tree")?"""
        if not self.parsed:
            return False
        tok = self.token_at(max(start, end - 1))
        return tok is not None and tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i

    def adverb_of_plain_clause(self, start: int) -> bool:
        """Is the word at ``start`` an adverbial of a past clause that is neither negated
        nor one of sudden change ("shelled two villages overnight", not "an overnight
        curfew", "did not happen overnight" or "became a star overnight")?"""
        if not self.parsed:
            return False
        tok = self.token_at(start)
        if tok is None or tok.dep_ not in ("advmod", "npadvmod", "obl", "pobj", "prep"):
            return False
        head = tok.head
        while head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
        if head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in head.children):
            return False
        change = self.words.sudden_change_verbs
        if repaired_lemma(head.lemma_, head.lower_, change) in change:
            return False
        return head.tag_ == "VBD" or (
            head.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in head.children)
        )

    def opens_a_clause_after(self, end: int) -> bool:
        """Does the phrase ending at ``end`` take a clause or comparison after it ("the same
        day it seated its delegation", "the day after the vote", "the same day as the vote")?
        Then it counts from that event, not from the day told before."""
        if not self.parsed:
            return False
        tok = self.token_at(end - 1)
        if tok is None:
            return False
        return any(
            c.i > tok.i
            and (c.dep_ in ("relcl", "acl", "advcl") or (c.dep_ == "prep" and c.lower_ in ("as", "of")))
            for c in tok.children
        )

    def is_future(self, char: int) -> bool:
        """Does the clause around ``char`` look ahead ("will meet on Tuesday", "is due in April")?

        The plain present does not count: captions and headlines use it for the past
        ("his motorcade arrives at the club on Wednesday") at least as often as
        schedules use it for the future ("the trial opens on Monday").
        """
        return self.tense(char) == "future"

    def is_past(self, char: int) -> bool:
        """Is the clause around ``char`` plainly past ("met on Tuesday", "had met")?"""
        return self.tense(char) == "past"

    def _directed(self, tok: Token) -> bool:
        """``tok`` is the complement or object of a verb of asking, wanting or promising
        ("urged them to return", "hopes to finish", "wants the sale ...")."""
        head = tok.head
        directive = self.words.directive_verbs
        return head.i != tok.i and repaired_lemma(head.lemma_, head.lower_, directive) in directive

    def _looks_ahead(self, verb: Token) -> bool:
        """Whether ``verb`` is one of expecting or planning ("expect", "plan", "schedule")."""
        lemmas = self.words.future_lemmas
        return repaired_lemma(verb.lemma_, verb.lower_, lemmas) in lemmas

    def tense(self, char: int) -> str:
        """ "future", "present", "past" or "other" for the verb governing the token at ``char``."""
        if not self.parsed:
            return "other"
        tok = self.token_at(char)
        future_adjectives = self.words.future_adjectives
        for _ in range(6):
            if tok is None:
                return "other"
            if tok.dep_ == "acomp" and tok.tag_ in ("VBD", "VBN") and tok.head.i != tok.i:
                tok = tok.head  # "stays closed": the participle is an adjective; the tense is the verb's
                continue
            if tok.pos_ in ("VERB", "AUX"):
                if self._looks_ahead(tok):
                    return "future"
                past = tok.tag_ == "VBD"
                present = tok.tag_ in ("VBZ", "VBP")
                for child in tok.children:
                    if child.dep_ in ("aux", "auxpass"):
                        if child.lower_ in _FUTURE_AUX or child.lower_ == "going":
                            return "future"
                        perfect = child.lower_ in ("has", "have", "had", "'ve", "’ve")
                        past = past or child.tag_ == "VBD" or perfect
                        present = present or child.tag_ in ("VBZ", "VBP")
                    elif child.dep_ == "acomp" and child.lower_ in future_adjectives:
                        return "future"  # "is due in April"
                object_outcome = tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "dobj"
                if object_outcome and self._directed(tok.head):
                    return "future"  # "wants the sale completed by March": an outcome asked for
                if past:
                    return "past"
                if present:
                    return "present"
                to = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
                infinitive = tok.dep_ == "ccomp" and to
                if infinitive and (self._directed(tok) or self._looks_ahead(tok.head)):
                    return "future"  # "expect the river to peak on Sunday", "wants the talks to resume"
                if tok.dep_ != "xcomp":
                    return "other"
                if self._directed(tok):
                    return "future"  # "urged them to return by Friday", "hopes to finish in March"
                if tok.head.pos_ == "ADJ" and (
                    tok.head.lower_ in future_adjectives or tok.head.lower_ in self.words.intention_adjectives
                ):
                    return "future"  # "was willing to resume talks on Thursday": not yet done
            if tok.head.i == tok.i:
                return "other"
            tok = tok.head
        return "other"


def _candidates(
    view: _DocView, published: dt.date | None, window: tuple[int, int] | None = None
) -> list[_Found]:
    """Every pattern match normalised against ``published``; within ``window`` only when given."""
    text = view.text
    lo, hi = window if window is not None else (0, len(text))
    ctx = rules.Context(
        text=text,
        published=published,
        is_future=view.is_future,
        is_past=view.is_past,
        gate_ok=view.gate_ok,
        year_ok=view.year_ok,
    )
    found: list[_Found] = []
    lowered = text[lo:hi].lower()
    anchors: dict[int, list[tuple[int, int]]] = {}
    for order, (name, pattern, normalise) in enumerate(rules.PATTERNS):
        needles = rules.NEEDLES.get(name)
        if needles is not None and not any(n in lowered for n in needles):
            continue
        core = rules.CORES.get(name)
        if core is None:
            matches: Iterator[re.Match[str]] = pattern.finditer(text, lo, hi)
        else:
            spots = anchors.get(id(core))
            if spots is None:
                spots = anchors[id(core)] = [(a.start(), a.end()) for a in core.finditer(text, lo, hi)]
            matches = _around(pattern, text, spots)
        for m in matches:
            if m.start() < lo or m.end() > hi:
                continue
            norm = normalise(m, ctx)
            if norm is not None:
                found.append(_Found(m.start(), m.end(), norm, order))
    found.extend(
        _Found(a, b, norm, len(rules.PATTERNS))
        for a, b, norm in named.find(text, lo, hi, ctx, view.words, view)
    )
    return found


def _around(pattern: re.Pattern[str], text: str, spots: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` that contain an anchor hit, each once (see ``rules.CORES``)."""
    seen: set[tuple[int, int]] = set()
    for start, end in spots:
        window_start = max(0, start - rules.CORE_BEFORE)
        window_end = min(len(text), end + rules.CORE_AFTER)
        for m in pattern.finditer(text, window_start, window_end):
            if m.start() <= start and m.end() >= end and (m.start(), m.end()) not in seen:
                seen.add((m.start(), m.end()))
                yield m


def _select(found: list[_Found], length: int) -> list[_Found]:
    """Longest first, earlier pattern on ties; never two overlapping expressions."""
    taken = bytearray(length + 1)
    chosen: list[_Found] = []
    for f in sorted(found, key=lambda f: (f.start - f.end, f.order, f.start)):
        if any(taken[f.start : f.end]):
            continue
        taken[f.start : f.end] = b"\x01" * (f.end - f.start)
        chosen.append(f)
    return chosen


def _entity_candidates(doc: Doc, doc_text: str, taken: bytearray, published: dt.date | None) -> list[_Found]:
    out: list[_Found] = []
    for ent in doc_index(doc).ents:  # made once per Doc; ``doc.ents`` builds new Spans each time
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start, end = ent.start_char, ent.end_char
        if any(taken[start:end]):
            continue
        text = ent.text
        if _NOT_A_TIME.search(text) or _TITLE.search(text):
            continue
        if doc_text.startswith(("'s", "’s"), end) and ent.label_ == "DATE" and " " not in text:
            continue  # "May's office": a one-word DATE that owns something is usually a person
        if _FRACTION_END.search(text) and _OF_A_THING.match(doc_text, end):
            continue  # "about a quarter of the world's copper": a share, not three months
        norm = fallback.parse(text, published)
        if norm is None:
            precision: TimePrecision = "duration" if _DURATION_WORD.search(text) else "unknown"
            norm = Normalised(None, precision, True)
        out.append(_Found(start, end, norm, len(rules.PATTERNS)))
    return out


def _merge_ranges(text: str, items: list[_Found]) -> list[_Found]:
    """Join "from 2017 to 2021", "between May 5 and May 9", "2019 – 2021" into intervals."""
    out: list[_Found] = []
    i = 0
    while i < len(items):
        a = items[i]
        if i + 1 < len(items):
            b = items[i + 1]
            joined = _join(text, a, b)
            if joined is not None:
                out.append(joined)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _join(text: str, a: _Found, b: _Found) -> _Found | None:
    if "duration" in (a.norm.precision, b.norm.precision) or "interval" in (
        a.norm.precision,
        b.norm.precision,
    ):
        return None
    gap = rules.RANGE_JOIN.fullmatch(text, a.end, b.start)
    if gap is None:
        return None
    joiner = gap.group(0).strip().lower()
    opener = rules.RANGE_OPEN.search(text, max(0, a.start - 10), a.start)
    if opener is None and joiner not in ("-", "–", "—"):
        return None
    if opener is not None and (opener.group(0).lower().startswith("between") != (joiner == "and")):
        return None
    start = opener.start() if opener is not None else a.start
    relative = a.norm.relative or b.norm.relative
    if a.norm.value is None or b.norm.value is None:
        return _Found(start, b.end, Normalised(None, "interval", relative), a.order)
    return _Found(start, b.end, Normalised(f"{a.norm.value}/{b.norm.value}", "interval", relative), a.order)


def _with_preposition(text: str, f: _Found) -> int:
    """Where the time's phrase starts: with the preposition that governs it ("on Tuesday"),
    unless the time is a possessive determiner of a noun after it ("the count in Sunday's
    runoff", "in last week's vote"): the preposition then governs that noun."""
    if f.norm.precision in ("duration", "interval"):
        return f.start
    if text.startswith(("'s", "’s"), f.end):
        return f.start
    m = rules.LEADING_PREPOSITION.search(text, max(0, f.start - 12), f.start)
    return m.start() if m else f.start


def find_times(doc: Doc, published: dt.date | None) -> list[TimeExpression]:
    """All time expressions of ``doc``, in text order, normalised against ``published``."""
    text = document_text(doc)
    if not text.strip():
        return []
    view = _DocView(doc, text, words())
    chosen = _select(_candidates(view, published), len(text))
    taken = bytearray(len(text) + 1)
    for f in chosen:
        taken[f.start : f.end] = b"\x01" * (f.end - f.start)
    chosen.extend(_entity_candidates(doc, text, taken, published))
    chosen.sort(key=lambda f: f.start)
    merged = _merge_ranges(text, chosen)
    out: list[TimeExpression] = []
    for n, f in enumerate(merged, start=1):
        start = _with_preposition(text, f)
        value = f.norm.value
        out.append(
            TimeExpression(
                id=f"t{n}",
                start=start,
                end=f.end,
                text=text[start : f.end],
                value=value,
                precision=f.norm.precision,
                resolved=value is not None,
                anchor_date=published if f.norm.relative and value is not None else None,
            )
        )
    starts = [sent.start_char for sent in doc_index(doc).sentences()] if view.parsed else []
    return anaphora.resolve(out, view.words, published, lambda char: bisect_right(starts, char))


def reanchor(doc: Doc, start: int, end: int, anchor: dt.date) -> None:
    """Re-read the relative time expressions lying in [start, end) against ``anchor``.

    For a statement dated other than the article ("'Today's announcement ...,' she said in
    a statement on Tuesday"): "today" inside it is that Tuesday. Each relative
    expression there gets its new value, ``anchor="statement"`` and ``anchor_date``;
    absolute ones ("in 2020") and ones already read from an antecedent keep theirs.
    ``doc._.ng_times`` is replaced (ids and spans unchanged), so look-ups rebuild.
    """
    times: list[TimeExpression] = doc._.ng_times
    inside = [t for t in times if start <= t.start and t.end <= end and t.anchor == "publication"]
    if not inside:
        return
    text = document_text(doc)
    view = _DocView(doc, text, words())
    found = _select(_candidates(view, anchor, (start, end)), len(text))
    by_end = {f.end: f for f in found}
    changed: dict[str, TimeExpression] = {}
    for t in inside:
        f = by_end.get(t.end)
        norm = f.norm if f is not None and f.start >= t.start else fallback.parse(t.text, anchor)
        if norm is None or not norm.relative or norm.value is None:
            continue
        changed[t.id] = t.model_copy(
            update={
                "value": norm.value, "precision": norm.precision, "resolved": True,
                "anchor": "statement", "anchor_date": anchor,
            }
        )  # fmt: skip
    if changed:
        doc._.ng_times = [changed.get(t.id, t) for t in times]


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_times``: every time expression, normalised to ISO 8601."""
    doc._.ng_times = find_times(doc, published_date(doc))


def times_in_span(doc: Doc, start: int, end: int) -> list[TimeExpression]:
    """The time expressions lying wholly inside the character range [start, end)."""
    return doc_index(doc).times_in_span(start, end)


def time_for_span(doc: Doc, start: int, end: int) -> TimeExpression | None:
    """The time expression that dates a clause or sentence spanning [start, end): see
    ``DocIndex.time_for_span``."""
    return doc_index(doc).time_for_span(start, end)
