"""One index per Doc for the questions every stage asks: which token, sentence, quote,
entity or time sits at this character offset?

Before this module each stage built its own copy (token-at-offset three times,
quote-at-offset four, span-to-entity three), with small differences that made
stages disagree about the same words. Now each look-up is written once and built
lazily, once per Doc, the first time a stage asks: :func:`doc_index` caches the
index in ``doc.user_data``.

The look-ups over records (quotes, entities, times) read the ``doc._.ng_*`` lists
the stages write. A stage may replace those lists or items in them after the
index was built (the actors stage swaps entities for coded copies), so each of
those tables is keyed on the identity of the objects it was built from and
rebuilt when they change: the index never hands out a stale record.

Entity look-up is the place where "who is this mention?" is answered for every
stage, so that attribution speakers, event actors, stance holders and claimants
all get the same answer.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, POS, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Span, Token

from newsgraph.extensions import document_text
from newsgraph.records import Entity, ExcludedSpan, Quote, TimeExpression
from newsgraph.records import Span as TextSpan

_CACHE_KEY = "_ng_docindex"

#: The longest entity mention we expect; bounds the backwards scan in ``entity_for_span``.
MAX_MENTION_CHARS = 200

#: Dependency labels of a clause's head below its governing verb.
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "conj"})

#: The per-token string attributes :meth:`DocIndex.column` serves, by the name of the
#: ``Token`` property they equal.
_COLUMNS = {"lower_": LOWER, "lemma_": LEMMA, "pos_": POS, "dep_": DEP, "tag_": TAG, "text": ORTH}

#: String-store hash -> string, shared by every Doc of the process. spaCy's hashes are a
#: fixed function of the string, whatever the vocabulary, so the table never goes stale;
#: it holds the words of the texts seen, as the vocabulary's own string store does.
_STRINGS: dict[int, str] = {}
_MAX_STRINGS = 1_000_000  # a long-running server starts the table afresh past this


#: Non-ASCII letters a case-insensitive regex matches to an ASCII letter that ``str.lower``
#: does not turn into that letter ("İ" lowers to "i" and a combining dot).
_CASE_FOLD_ODD = ("İ", "ı", "ſ", "K")


def may_contain(text: str, lowered: str, needles: tuple[str, ...]) -> bool:
    """False only when no case-insensitive regex match that must hold one of ``needles``
    (lower-case ASCII) can exist in ``text``: a substring test on ``lowered``
    (``text.lower()``) runs at C speed, where a pattern opening with ``\b`` and
    alternatives is tried at every character. Text with a letter the two disagree on
    always gets the regex."""
    return any(n in lowered for n in needles) or any(c in text for c in _CASE_FOLD_ODD)


def doc_index(doc: Doc) -> DocIndex:
    """The index of ``doc``, built on first use and cached on the Doc."""
    index = doc.user_data.get(_CACHE_KEY)
    if not isinstance(index, DocIndex) or index.doc is not doc:
        index = DocIndex(doc)
        doc.user_data[_CACHE_KEY] = index
    return index


def release_index(doc: Doc) -> None:
    """Drop the cached index once the stages are done with ``doc``.

    The index holds Token objects, which hold the Doc, which holds the index: a cycle
    that only the cyclic garbage collector frees, so every finished Doc and its
    thousands of Token objects would linger and be traversed by the collector.
    Dropping it lets reference counting free them at once; a later ``doc_index``
    call simply builds a new one.
    """
    doc.user_data.pop(_CACHE_KEY, None)


def _strings_of(ids: list[int], doc: Doc) -> list[str]:
    """The strings of string-store hashes: a dict look-up each (``StringStore`` indexing
    costs several times more per call), new ones fetched once per process."""
    try:
        return list(map(_STRINGS.__getitem__, ids))
    except KeyError:
        if len(_STRINGS) > _MAX_STRINGS:
            _STRINGS.clear()
        strings = doc.vocab.strings
        for i in ids:
            if i not in _STRINGS:
                _STRINGS[i] = strings[i]
        return list(map(_STRINGS.__getitem__, ids))


class DocIndex:
    """Character-offset look-ups into one Doc and the records the stages wrote on it."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = document_text(doc)  # doc.text rebuilds the string on every access: read it once
        self._tokens: list[Token] | None = None
        self._token_ends: dict[int, int] | None = None
        self._starts: list[int] | None = None  # character start and end of every token
        self._ends: list[int] | None = None
        self._sentence_starts: list[int] | None = None
        self._sentences: list[Span] | None = None
        self._tables: dict[str, tuple[tuple[int, ...], Any]] = {}
        self._columns: dict[str, list[str]] = {}
        self._positions: dict[str, dict[str, list[int]]] = {}
        self._heads: list[int] | None = None
        self._children: list[list[int]] | None = None
        self._ents: tuple[Span, ...] | None = None

    # ------------------------------------------------------------------ tokens and sentences
    @property
    def tokens(self) -> list[Token]:
        """The Doc's tokens as one list, made once.

        Iterating a Doc (or indexing it) creates a new ``Token`` object each time; the
        stages together walk every document a dozen times, and those objects were the
        largest single cost of the stages. Loop over this list instead.
        """
        if self._tokens is None:
            self._tokens = list(self.doc)
        return self._tokens

    def column(self, name: str) -> list[str]:
        """One string attribute of every token, as a list made once: ``column("lemma_")[i]
        == doc[i].lemma_``; also ``"lower_"``, ``"pos_"``, ``"dep_"``, ``"tag_"``, ``"text"``.

        A stage's first pass over a document usually looks for a few words or tags among
        thousands of tokens; reading them from these lists (one ``doc.to_array`` and a
        string look-up per token, shared by every stage) lets it skip the tokens that do
        not match without making a ``Token`` object for each.
        """
        values = self._columns.get(name)
        if values is None:
            if len(self.doc) == 0:
                values = []
            else:
                ids = self.doc.to_array(_COLUMNS[name]).tolist()
                values = [POS_NAMES[i] for i in ids] if name == "pos_" else _strings_of(ids, self.doc)
            self._columns[name] = values
        return values

    def heads(self) -> list[int]:
        """The index of every token's head (``doc[i].head.i``; a root is its own head), as
        a list made once: a walk up the tree by ``Token.head`` makes a new ``Token`` at
        every step, where this reads an int and the ``column("dep_")`` a string."""
        if self._heads is None:
            if len(self.doc) == 0:
                self._heads = []
            else:
                offsets = self.doc.to_array(HEAD).astype("int64").tolist()  # relative, signed
                self._heads = [i + offset for i, offset in enumerate(offsets)]
        return self._heads

    def children(self, i: int) -> list[int]:
        """The indices of token ``i``'s children in text order (``[c.i for c in
        doc[i].children]``; the caller must not change the list), from one table made
        once per Doc: ``Token.children`` makes a new ``Token`` for every child on every
        walk, and most walks only test each child's relation (``column("dep_")``)."""
        if self._children is None:
            heads = self.heads()
            table: list[list[int]] = [[] for _ in heads]
            for k, head in enumerate(heads):
                if head != k:
                    table[head].append(k)
            self._children = table
        return self._children[i]

    def conjuncts(self, i: int) -> list[int]:
        """The indices of ``doc[i].conjuncts`` in spaCy's order (up the "conj" chain to its
        first member, then each member's "conj" children on its right, breadth first; ``i``
        itself left out), read from the ``heads``/``children`` tables and the ``dep_``
        column: the Token property makes a Token per step and per member."""
        heads, deps = self.heads(), self.column("dep_")
        start = i
        while start != heads[start] and deps[start] == "conj":
            start = heads[start]
        found = [start]
        for word in found:
            found.extend(c for c in self.children(word) if c > word and deps[c] == "conj")
        return [k for k in found if k != i]

    def positions(self, name: str, value: str) -> list[int]:
        """Indices of the tokens whose ``column(name)`` is ``value``, in text order (the
        caller must not change the list): one table per column, made on first use, so a
        question about one word, asked once per name of a long document, reads that
        word's tokens instead of scanning every token each time."""
        table = self._positions.get(name)
        if table is None:
            table = {}
            for i, found in enumerate(self.column(name)):
                table.setdefault(found, []).append(i)
            self._positions[name] = table
        return table.get(value, [])

    @property
    def ents(self) -> tuple[Span, ...]:
        """``doc.ents``, made once: spaCy builds new ``Span`` objects (three ``Token``
        objects each) on every access, and no newsgraph stage changes the parser's entities."""
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents

    def ents_within(self, span: Span) -> list[Span]:
        """``span.ents`` (the parser's entities lying wholly inside ``span``) from the cached
        entities; like spaCy's, the scan stops at the first entity that starts inside the
        span but runs past its end."""
        found: list[Span] = []
        for ent in self.ents:
            if ent.start >= span.start:
                if ent.end <= span.end:
                    found.append(ent)
                else:
                    break
        return found

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` (tokens ``[start, end)``, no trailing space) without
        building a Span and its Token objects: a slice of the text between the first
        token's start and the last token's end."""
        if start >= end:
            return ""
        self._offset_tables()
        assert self._starts is not None and self._ends is not None
        return self.text[self._starts[start] : self._ends[end - 1]]

    def _offset_tables(self) -> None:
        if self._starts is None:
            if len(self.doc):
                self._starts = self.doc.to_array(IDX).tolist()
                lengths = self.doc.to_array(LENGTH).tolist()
                self._ends = [s + n for s, n in zip(self._starts, lengths, strict=True)]
            else:
                self._starts, self._ends = [], []

    def line(self, char: int) -> tuple[int, int]:
        """Bounds of the line (a news paragraph) holding character ``char``."""
        start = self.text.rfind("\n", 0, char) + 1
        end = self.text.find("\n", char)
        return start, len(self.text) if end < 0 else end

    def token_index_at(self, char: int) -> int:
        """Index of the token covering ``char`` (or the last token starting before it); 0 for an empty Doc.

        A ``bisect`` on the list of starts: asked thousands of times per document, one
        at a time, where ``numpy.searchsorted`` costs several times more per call.
        """
        if self._starts is None:
            self._offset_tables()  # no Token objects
        return max(bisect_right(self._starts, char) - 1, 0)  # type: ignore[arg-type]

    def token_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Token indices ``[i, j)`` of ``doc.char_span(start, end, alignment_mode="expand")``.

        Record spans (entity mentions) nearly always start and end on token
        boundaries; those are answered from the offset tables, without building a
        ``Span`` (three ``Token`` objects each). Any other span goes to spaCy.
        """
        if self._token_ends is None:
            self._offset_tables()
            assert self._ends is not None
            self._token_ends = {end: i for i, end in enumerate(self._ends)}
        if start < end and len(self.doc):
            i = self.token_index_at(start)
            j = self._token_ends.get(end)
            if self._starts[i] == start and j is not None and j >= i:  # type: ignore[index]
                return i, j + 1
        span = self.doc.char_span(start, end, alignment_mode="expand")
        return (span.start, span.end) if span is not None else None

    def token_at(self, char: int) -> Token | None:
        """The token covering ``char`` (or the last one starting before it); None for an empty Doc."""
        if len(self.doc) == 0:
            return None
        return self.doc[self.token_index_at(char)]

    def sentences(self) -> list[Span]:
        """The Doc's sentences, built once (``Doc.sents`` makes a new Span per sentence on
        every pass); empty without sentence boundaries."""
        if self._sentences is None:
            if not (self.doc.has_annotation("SENT_START") or self.doc.has_annotation("DEP")):
                return []
            self._sentences = list(self.doc.sents)
            self._sentence_starts = [s.start for s in self._sentences]
        return self._sentences

    def sentence_of(self, token: Token | int) -> Span | None:
        """The sentence holding ``token`` (a Token or a token index); None without sentence boundaries.

        ``Token.sent`` walks the Doc to find the boundaries on every call; the starts
        are collected here once.
        """
        i = token.i if isinstance(token, Token) else token
        sentences = self.sentences()
        if not sentences:
            return None
        assert self._sentence_starts is not None
        k = bisect_right(self._sentence_starts, i) - 1
        return sentences[k] if 0 <= k < len(sentences) else None

    @staticmethod
    def clause_head(token: Token) -> Token:
        """The verb heading the clause ``token`` is in: up the tree to the first clausal head.

        "she said [the talks failed]" -> "failed" for "talks"; a token outside any
        verbal clause (a fragment, a headline) gets its sentence's root.
        """
        current = token
        while True:
            if current.pos_ in ("VERB", "AUX") and current.dep_ in _CLAUSE_DEPS:
                return current
            if current.head.i == current.i:  # the root (``Token.head`` is a new object each time)
                return current
            current = current.head

    # ------------------------------------------------------------------ page furniture
    def excluded_at(self, start: int, end: int) -> ExcludedSpan | None:
        """The page-furniture span (``doc._.ng_excluded``) overlapping ``[start, end)``, if any.

        The one question every stage asks about furniture, answered in one place: a
        mention, quote, claim or event taken from a photo credit or a share prompt is
        wrong whatever the stage (see ``newsgraph.furniture``).
        """
        if end <= start:
            end = start + 1
        spans: list[ExcludedSpan] = self.doc._.ng_excluded if Doc.has_extension("ng_excluded") else []
        if not spans:
            return None

        def build(items: Sequence[ExcludedSpan]) -> tuple[list[int], list[ExcludedSpan]]:
            rows = sorted(items, key=lambda s: (s.start, s.end))
            return [s.start for s in rows], rows

        starts, rows = self._table("excluded", spans, build)
        # The spans do not overlap one another, so only the last one starting before ``end``
        # can reach ``start``.
        k = bisect_left(starts, end) - 1
        return rows[k] if k >= 0 and rows[k].end > start else None

    def is_excluded(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` touches page furniture, so no record may be taken from it."""
        return self.excluded_at(start, end) is not None

    # ------------------------------------------------------------------ records
    def _table(self, name: str, items: Sequence[object], build: Any) -> Any:
        key = tuple(map(id, items))  # asked thousands of times per document: no generator
        cached = self._tables.get(name)
        if cached is None or cached[0] != key:
            cached = (key, build(items))
            self._tables[name] = cached
        return cached[1]

    def quote_at(self, char: int) -> tuple[Quote, TextSpan] | None:
        """The quote whose content covers ``char``, with the content piece that does."""
        quotes: list[Quote] = self.doc._.ng_quotes

        def build(items: Sequence[Quote]) -> tuple[list[int], list[tuple[int, int, Quote, TextSpan]]]:
            rows = sorted(((p.start, p.end, q, p) for q in items for p in q.content), key=lambda r: r[:2])
            return [r[0] for r in rows], rows

        starts, rows = self._table("quotes", quotes, build)
        i = bisect_right(starts, char) - 1
        # Content pieces do not nest, but a cut piece may leave a short earlier one covering
        # ``char``: look a few rows back.
        for j in range(i, max(-1, i - 4), -1):
            start, end, quote, piece = rows[j]
            if start <= char < end:
                return quote, piece
        return None

    def quote_by_cue(self, char: int) -> Quote | None:
        """The quote whose cue (the speech verb or noun) starts at ``char``: a trigger that
        is a quote's own cue ("Harris criticized Trump for ...") is the speech act itself."""
        quotes: list[Quote] = self.doc._.ng_quotes

        def build(items: Sequence[Quote]) -> dict[int, Quote]:
            return {q.cue.start: q for q in items if q.cue is not None}  # a later quote wins

        by_cue: dict[int, Quote] = self._table("cues", quotes, build)
        return by_cue.get(char)

    def entity_for_span(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping ``[start, end)`` (character offsets).

        Preference: a mention inside the span, the earliest and then the longest such
        (so "Abdul Qahar Balkhi, spokesperson for the Taliban ministry" gives Balkhi, not
        the ministry, and "the ministry's spokesperson" gives the spokesperson); else the
        tightest mention overlapping it. ``None`` when no mention overlaps.
        """
        if end <= start:
            end = start + 1
        entities: list[Entity] = self.doc._.ng_entities

        def build(items: Sequence[Entity]) -> tuple[list[int], list[tuple[int, int, Entity]]]:
            rows = sorted(((m.start, m.end, e) for e in items for m in e.mentions), key=lambda r: r[:2])
            return [r[0] for r in rows], rows

        starts, rows = self._table("entities", entities, build)
        hi = bisect_right(starts, end - 1)
        lo = bisect_right(starts, start - MAX_MENTION_CHARS)
        best: tuple[int, int, int] | None = None
        best_entity: Entity | None = None
        for m_start, m_end, entity in rows[max(0, lo - 1) : hi]:
            if m_end <= start or m_start >= end:
                continue
            if m_start >= start and m_end <= end:
                rank = (0, m_start, start - m_end)
            else:
                rank = (1, m_end - m_start, m_start)
            if best is None or rank < best:
                best, best_entity = rank, entity
        return best_entity

    def entity_for_token(self, token: Token) -> Entity | None:
        """The entity one token belongs to (see :meth:`entity_for_span`)."""
        return self.entity_for_span(token.idx, token.idx + len(token.text))

    def times_starting_in(self, start: int, end: int) -> list[TimeExpression]:
        """The time expressions starting inside ``[start, end)``, in text order (one may
        run past ``end``: a clause cut short still owns the date it begins)."""
        times: list[TimeExpression] = self.doc._.ng_times

        def build(items: Sequence[TimeExpression]) -> tuple[list[int], list[TimeExpression]]:
            rows = sorted(items, key=lambda t: (t.start, t.end))
            return [t.start for t in rows], rows

        starts, rows = self._table("times", times, build)
        found: list[TimeExpression] = rows[bisect_left(starts, start) : bisect_left(starts, end)]
        return found

    def times_in_span(self, start: int, end: int) -> list[TimeExpression]:
        """The time expressions lying wholly inside ``[start, end)``, in text order."""
        return [t for t in self.times_starting_in(start, end) if t.end <= end]

    def time_for_span(self, start: int, end: int) -> TimeExpression | None:
        """The time expression that dates a clause or sentence spanning ``[start, end)``.

        A point or interval (a day, a month, "from 2017 to 2021") is preferred over a
        duration ("eleven weeks"), which says how long, not when; among those the
        first in the text wins.
        """
        inside = self.times_in_span(start, end)
        for t in inside:
            if t.precision not in ("duration", "unknown"):
                return t
        return inside[0] if inside else None
