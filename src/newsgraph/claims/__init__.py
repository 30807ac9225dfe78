"""Claims stage: check-worthy factual statements and who makes them.

A statement is check-worthy when it carries something a fact-checker could look up:
a number, count, sum of money, percentage or rank ("47th president"); a superlative
or record ("the largest ... in history", "one of the weakest deals"); a comparison
("12 percent more than"); a first ("the first agreement in a decade"); or a span of
years ("served as president from 2017 to 2021"). Each such *trigger* is mapped to
the clause that carries it (spaCy's parse: the nearest clausal head, minus sibling
clauses without the trigger); triggers in the same clause make one claim.

A claim inside a quote's content (``doc._.ng_quotes``, from the attribution stage)
belongs to the quote's speaker and links the quote; otherwise the claimant is
``"narrator"``. A quote whose speaker is unresolved links the quote and gets claimant
``"unresolved"``: the words are someone's, and crediting them to the reporter would be
the confident wrong link the precision-first rule forbids. So does a quote of what its
source did *not* say (``Quote.negated``). Output: ``doc._.ng_claims``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Token

from newsgraph.claims import quantities as qty
from newsgraph.claims.vocabulary import Words, words
from newsgraph.confidence import claim_confidence
from newsgraph.docindex import doc_index, may_contain
from newsgraph.extensions import document_text
from newsgraph.records import Claim, Quantity, Span, TimeExpression

__all__ = ["annotate", "find_claims"]

NARRATOR = "narrator"
UNRESOLVED = "unresolved"  # inside a quote whose speaker the attribution stage left open

_NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "NORP"}
)
_CLAUSE_HEAD_DEPS = frozenset({"ROOT", "advcl", "ccomp", "conj", "relcl", "parataxis"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CUT_DEPS = frozenset({"advcl", "conj", "parataxis", "ccomp"})
_TRIM_DEPS = frozenset({"cc", "mark", "punct"})
_QUOTE_CHARS = "\"“”‘’'«»"
_DOUBLE_QUOTES = '"“”«»'  # single marks double as apostrophes ("Trump’s"), so only these pair up
_TRIM_PUNCT = ".,;:!?-–—_* \n\t\xa0"
_SCOPE_PREPS = frozenset({"in", "on", "since", "among", "across", "worldwide"})

_PHRASES = re.compile(
    r"\b(?:all-time|record-(?:breaking|setting|high|low)|unprecedented|never\s+before|first-ever|"
    r"(?:twice|three\s+times|four\s+times|half)\s+as\s+\w+\s+as|"
    r"doubled|tripled|quadrupled|halved)\b",
    re.IGNORECASE,
)
#: A word every ``_PHRASES`` match holds: a text with none is not scanned.
_PHRASE_NEEDLES = (
    "all-time", "record-", "unprecedented", "never", "first-ever", "twice", "times", "half",
    "doubled", "tripled", "quadrupled", "halved",
)
_YEAR_RANGE = re.compile(r"\d{4}/\d{4}")
_LONG_DIGITS = re.compile(r"\d{10,}")
_DIGIT_GROUP = re.compile(r"\d{2,4}")


@dataclass
class _Trigger:
    start: int  # characters of the thing that makes the clause check-worthy
    end: int
    kind: str
    quantity: Quantity | None = None
    weak: bool = False  # not check-worthy alone ("for about five minutes"), only alongside others


@dataclass
class _Draft:
    start: int
    end: int
    triggers: list[_Trigger] = field(default_factory=list)


class _View:
    """Character-offset look-ups into a Doc, built once (``doc.text`` is rebuilt per access)."""

    def __init__(self, doc: Doc, text: str, words: Words) -> None:
        self.doc = doc
        self.text = text
        self.words = words  # the word lists, fetched once per document
        self.index = doc_index(doc)  # offsets, tokens and tag columns shared with the other stages
        self.parsed = doc.has_annotation("DEP")

    def token_at(self, char: int) -> Token:
        return self.index.tokens[self.index.token_index_at(char)]


# --- triggers --------------------------------------------------------------------


def _time_mask(times: list[TimeExpression], length: int) -> tuple[bytearray, bytearray]:
    """Characters inside dates (not quantities) and inside durations (quantities)."""
    dates, durations = bytearray(length + 1), bytearray(length + 1)
    for t in times:
        target = durations if t.precision == "duration" else dates
        target[t.start : t.end] = b"\x01" * (t.end - t.start)
    return dates, durations


def _unit_from_parse(view: _View, q: qty.FoundQuantity) -> tuple[str | None, int]:
    """The noun a count modifies ("5,000 terrorists"), and where the unit text ends."""
    if not view.parsed:
        return None, q.end
    tok = view.token_at(max(q.end - 1, q.start))
    head = tok.head
    for _ in range(3):
        if head.pos_ == "NUM" and head.i != head.head.i:
            head = head.head
            continue
        break
    if head.pos_ in ("NOUN", "PROPN") and 0 < head.i - tok.i <= 5 and head.idx >= q.end:
        end = head.idx + len(head.text)
        unit = view.text[q.end : end].strip()
        first_word = unit.split(maxsplit=1)[0].lower() if unit else ""
        if (
            unit
            and first_word not in ("or", "and", "to", "of", "than")  # "two or three things"
            and not any(c in unit for c in ',;:()"“”')
            and not any(c.isdigit() for c in unit)
        ):
            return unit, end
    return None, q.end


def _quantity_triggers(view: _View, times: list[TimeExpression]) -> list[_Trigger]:
    text = view.text
    dates, durations = _time_mask(times, len(text))
    short_units = view.words.short_units
    out: list[_Trigger] = []
    for q in qty.scan(text, view.words.units):
        if any(dates[q.start : q.end]):
            continue  # a date: "Sept. 11", "in 2020"
        if qty.is_referring(text, q):
            continue
        tok = view.token_at(q.start)
        ent = tok.ent_type_
        if ent in _NAME_LABELS and q.kind not in ("percent", "money"):
            continue  # "Air Force One", "G7", "Boeing 737", "the Fifth Amendment"
        if q.kind == "count" and _LONG_DIGITS.fullmatch(text, q.start, q.end):
            continue  # an identifier or phone number, not an amount
        if ent in ("DATE", "TIME") and not any(durations[q.start : q.end]) and q.kind != "percent":
            continue  # "10 a.m.", a date our times stage did not normalise
        unit, end = q.unit, q.end
        if q.kind == "ordinal":
            shown = text[q.start : q.end]
        else:
            if unit is None:
                unit, end = _unit_from_parse(view, q)
            shown = text[q.start : end]
        short = (unit or "").lower().rstrip("s") in short_units
        weak = (any(durations[q.start : q.end]) and short) or (
            q.kind == "count" and unit is None and q.value < 10  # "all but two of the states"
        )
        out.append(_Trigger(q.start, end, q.kind, Quantity(text=shown, value=q.value, unit=unit), weak))
    return out


_LOOK_TAGS = frozenset({"JJS", "RBS", "JJR", "RBR"})
_LOOK_WORDS = frozenset({"first", "record"})


def _tag_indices(view: _View) -> list[int]:
    """Token indices worth a closer look, read from the tag and word columns every stage shares."""
    tags, lowers = view.index.column("tag_"), view.index.column("lower_")
    return [i for i, tag in enumerate(tags) if tag in _LOOK_TAGS or lowers[i] in _LOOK_WORDS]


def _is_superlative(tok: Token, words: Words) -> bool:
    lower = tok.lower_
    if tok.i > 0 and (tok.nbor(-1).lower_ == "at" or tok.nbor(-1).tag_ == "PRP$"):
        return False  # "at least", "at best", "did his best"
    if lower in ("most", "least"):  # "the most expensive", not "most people" or "most importantly"
        if not (tok.tag_ == "RBS" and tok.head.pos_ == "ADJ" and tok.head.i > tok.i):
            return False
        tok = tok.head
    elif lower in words.skip_superlatives:
        return False
    return _has_scope(tok)


def _has_scope(adj: Token) -> bool:
    """Does the superlative say *among what* ("in history", "the nation's", "one of")?

    A scoped superlative is a ranking someone can check; a bare one ("the best
    approach", "America is strongest") is usually an opinion.
    """
    doc = adj.doc
    before = doc[max(0, adj.i - 4) : adj.i]
    words = [t.lower_ for t in before]
    if "among" in words or any(pair == ("one", "of") for pair in pairwise(words)):
        return True  # "one of the weakest deals"
    after = doc[adj.i + 1 : adj.i + 4]
    if any(t.lower_ in ("ever", "yet") for t in after):
        return True
    noun = adj.head if adj.dep_ == "amod" else adj
    children = list(noun.children)
    if noun.dep_ == "attr":
        # "It was the strongest quake to hit the region": the parser hangs the infinitive
        # right after the noun on the copula
        children += [c for c in noun.head.children if c.dep_ == "xcomp" and c.left_edge.i == noun.i + 1]
    for child in children:
        if child.dep_ == "poss" and child.i < adj.i:
            return True  # "the nation's largest"
        if child.dep_ == "prep" and child.lower_ in _SCOPE_PREPS:
            return True  # "the largest ... in history", "the highest level since 2019"
        if child.dep_ in ("relcl", "acl", "xcomp") and any(
            g.lower_ == "ever" or (g.dep_ == "prep" and g.lower_ in _SCOPE_PREPS) for g in child.subtree
        ):
            return True  # "the largest crowd that ever gathered", "the strongest to hit ... since 2020"
        infinitive = any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
        if child.dep_ in ("acl", "xcomp") and infinitive:
            return True  # "the biggest company to list in London": among those that did
    return False


def _is_comparison(doc: Doc, tok: Token, words: Words) -> bool:
    if tok.lower_ not in words.measurable_comparatives:
        return False
    if tok.tag_ == "RBR" and tok.head.pos_ in ("ADJ", "ADV") and tok.head.i > tok.i:
        return False  # "more skillful than"
    window = doc[tok.i + 1 : min(len(doc), tok.i + 5)]
    return any(t.lower_ == "than" for t in window)


#: First- and second-person subjects: what they did first is a memory, not a record.
_PERSONAL = frozenset({"i", "we", "you"})


def _an_it_is_clause(verb: Token) -> bool:
    """ "It is ...", "This was ...": a copula whose subject is a pronoun standing for the
    event told, so "the first time" states a record, not when something happened."""
    return verb.lemma_ == "be" and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ in ("it", "this") for c in verb.children
    )


def _is_first(doc: Doc, tok: Token, words: Words) -> bool:
    nxt = doc[tok.i + 1 : tok.i + 3]
    if any(t.lower_ == "ever" for t in nxt):
        return True
    if tok.i >= 2 and doc[tok.i - 2].lower_ == "for" and doc[tok.i - 1].lower_ == "the":
        # "for the first time in 30 years" / "since 1990"; plain "for the first time" is narrative
        after = doc[tok.i + 2 : tok.i + 4]
        return (
            len(nxt) > 0
            and nxt[0].lower_ == "time"
            and any(t.lower_ in ("in", "since", "ever") for t in after)
        )
    noun = tok.head if tok.dep_ == "amod" else tok
    if noun.lower_ == "time" and noun.dep_ == "attr" and _an_it_is_clause(noun.head):
        # "It was the first time a former minister had been jailed": never before (not a
        # memory: "It was the first time we saw the sea")
        told = [c for c in noun.children if c.dep_ == "relcl"]
        return bool(told) and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PERSONAL for c in told[0].children
        )
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "since":
            return True  # "the first rise since 2019"
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in words.first_spans:
                    return True  # "the first agreement in a decade"
        if child.dep_ in ("acl", "relcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return True  # "the first woman to lead"
        if child.dep_ == "advmod" and child.lower_ == "ever":
            return True
    return False


def _is_record(tok: Token, words: Words) -> bool:
    if tok.dep_ in ("amod", "compound", "nmod") and tok.head.i > tok.i:
        return True  # "a record high", "record turnout"
    return tok.dep_ == "dobj" and tok.head.lemma_ in words.record_verbs  # "set a record"


def _word_triggers(view: _View) -> list[_Trigger]:
    doc, lists = view.doc, view.words
    out: list[_Trigger] = []
    if view.parsed and len(doc):
        tokens = view.index.tokens
        for i in _tag_indices(view):
            tok = tokens[i]
            kind = None
            if tok.tag_ in ("JJS", "RBS"):
                kind = "superlative" if _is_superlative(tok, lists) else None
            elif tok.tag_ in ("JJR", "RBR"):
                kind = "comparison" if _is_comparison(doc, tok, lists) else None
            elif tok.lower_ == "first":
                kind = "first" if _is_first(doc, tok, lists) else None
            elif tok.lower_ == "record":
                kind = "record" if _is_record(tok, lists) else None
            if kind is not None:
                out.append(_Trigger(tok.idx, tok.idx + len(tok.text), kind))
    if may_contain(view.text, view.text.lower(), _PHRASE_NEEDLES):
        for m in _PHRASES.finditer(view.text):
            out.append(_Trigger(m.start(), m.end(), "record"))
    return out


def _range_triggers(times: list[TimeExpression]) -> list[_Trigger]:
    """Spans of years ("from 2017 to 2021"): terms of office, wars, tenures."""
    return [
        _Trigger(t.start, t.end, "range")
        for t in times
        if t.precision == "interval"
        and t.value is not None
        and _YEAR_RANGE.fullmatch(t.value)
        and len(_DIGIT_GROUP.findall(t.text)) >= 2  # written as a range, not "the 1990s"
    ]


# --- clauses ---------------------------------------------------------------------


def _clause_head(tok: Token) -> Token:
    t = tok
    for _ in range(50):
        if t.head.i == t.i or t.dep_ == "ROOT":
            return t
        if t.dep_ in _CLAUSE_HEAD_DEPS and t.pos_ in ("VERB", "AUX") and (t.dep_ != "ccomp" or _is_finite(t)):
            return t  # a non-finite complement ("getting 5,000 released") belongs to its verb
        t = t.head
    return t


def _is_cause(tok: Token, causal_marks: frozenset[str]) -> bool:
    """An adverbial clause giving the cause or the event before ("after the budget was cut
    by 20 percent", "because 40 members were absent"): it stays in the claim of the clause
    it explains, since a change's cause is what a checker checks with it. (A figure inside
    such a clause is a claim of its own clause: "It doesn't matter because ..." adds nothing.)"""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in causal_marks for c in tok.children)


def _is_finite(tok: Token) -> bool:
    """A finite verb or one with a finite auxiliary or a "that"/"if" marker: a clause of its own."""
    if tok.tag_ in _FINITE_TAGS:
        return True
    return any(
        (c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS) or c.dep_ == "mark" for c in tok.children
    )


#: Tags of a relative pronoun ("which", "who", "that").
_RELATIVE_TAGS = frozenset({"WDT", "WP"})


def _clause_chars(view: _View, trigger: _Trigger) -> tuple[int, int]:
    """Character bounds of the clause carrying ``trigger``."""
    tok = view.token_at(trigger.start)
    if not view.parsed:
        return _sentence_chars(view.text, trigger.start)
    marks = view.words.causal_marks
    head = _clause_head(tok)
    lo, hi = head.left_edge.i, head.right_edge.i
    for child in head.children:
        if child.dep_ not in _CUT_DEPS or child.left_edge.i <= tok.i <= child.right_edge.i:
            continue
        if _is_cause(child, marks):
            continue
        if child.i > head.i:
            hi = min(hi, child.left_edge.i - 1)
        else:
            lo = max(lo, child.right_edge.i + 1)
    doc = view.doc
    if head.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in _RELATIVE_TAGS for c in head.children
    ):
        # "The FNV union, which represents about 4,000 workers": the claim is about the
        # noun the relative clause describes, so it starts there ("which represents ..."
        # alone names nobody)
        lo = min(lo, head.head.left_edge.i)
    while (
        lo < hi and (doc[lo].dep_ in _TRIM_DEPS and doc[lo].i != tok.i) and doc[lo].text not in _QUOTE_CHARS
    ):
        lo += 1
    while hi > lo and doc[hi].dep_ in ("cc", "punct") and doc[hi].i != tok.i:
        hi -= 1
    start = doc[lo].idx
    end = doc[hi].idx + len(doc[hi].text)
    return _tidy(view.text, start, end)


_SENTENCE_END = re.compile(r"[.!?]\s+")


def _sentence_chars(text: str, char: int) -> tuple[int, int]:
    """Without a parse: the sentence around ``char`` by punctuation."""
    window = max(0, char - 2000)  # bounded look-back: no quadratic scans of long texts
    start = window
    for before in _SENTENCE_END.finditer(text, window, char):
        start = before.end()
    after = _SENTENCE_END.search(text, char)
    end = after.start() + 1 if after else len(text)
    return _tidy(text, start, end)


def _count_quotes(text: str) -> int:
    return sum(text.count(q) for q in _DOUBLE_QUOTES)


def _tidy(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and punctuation; keep quote marks only when they pair up inside."""
    while True:
        before = (start, end)
        while start < end and text[start] in _TRIM_PUNCT:
            start += 1
        while end > start and text[end - 1] in _TRIM_PUNCT:
            end -= 1
        inner = text[start:end]
        odd = _count_quotes(inner) % 2 == 1
        if odd:
            # 'the “twenty-year occupation' + '.”': take the closing mark in rather than drop the opener
            close = re.match(r"[.,;:!?]?[”\"»]", text[end : end + 3])
            if close is not None and inner[0] not in _DOUBLE_QUOTES:
                return start, end + close.end()
        if (
            len(inner) > 2
            and inner[0] in _DOUBLE_QUOTES
            and inner[-1] in _DOUBLE_QUOTES
            and _count_quotes(inner) == 2
        ):
            start, end = start + 1, end - 1  # the claim, not the quotation marks around it
            continue
        if inner and inner[0] in _DOUBLE_QUOTES and odd:
            start += 1
        elif inner and inner[-1] in _DOUBLE_QUOTES and odd:
            end -= 1
        if (start, end) == before:
            return start, end


def _group(view: _View, triggers: list[_Trigger]) -> list[_Draft]:
    by_span: dict[tuple[int, int], _Draft] = {}
    text = view.text
    for trig in triggers:
        start, end = _clause_chars(view, trig)
        # Never across a line break: paragraphs are separate statements.
        line_start = text.rfind("\n", 0, trig.start) + 1
        line_end = text.find("\n", trig.end)
        start, end = _tidy(text, max(start, line_start), min(end, len(text) if line_end < 0 else line_end))
        if end <= start:
            continue
        start, end = min(start, trig.start), max(end, trig.end)
        by_span.setdefault((start, end), _Draft(start, end)).triggers.append(trig)
    drafts = sorted(by_span.values(), key=lambda d: (d.start, -d.end))
    merged: list[_Draft] = []
    for d in drafts:
        if merged and d.start >= merged[-1].start and d.end <= merged[-1].end:
            merged[-1].triggers.extend(d.triggers)  # a nested clause joins its container
        else:
            merged.append(d)
    return [d for d in merged if not all(t.weak for t in d.triggers)]


def _asserts(view: _View, start: int, end: int) -> bool:
    """Whether the content at ``[start, end)`` states something: a clause with a finite verb
    at its root ("that profit fell", "the deal would bring ..."), not an infinitive, an
    object or a reason ("to repay ...", "her for eight years of service", "the offer, which
    values ...")."""
    if not view.parsed:
        return True
    span = view.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    root = span.root
    return root.tag_ in _FINITE_TAGS or _is_finite(root)


def find_claims(doc: Doc) -> list[Claim]:
    """The check-worthy statements of ``doc`` in text order (see the module docstring)."""
    text = document_text(doc)
    if not text.strip() or len(doc) == 0:
        return []
    view = _View(doc, text, words())
    times: list[TimeExpression] = list(doc._.ng_times)
    index = doc_index(doc)  # which quote holds a character: by bisect, not a scan per claim
    triggers = _quantity_triggers(view, times) + _word_triggers(view) + _range_triggers(times)
    dateline = doc._.ng_dateline
    floor = dateline.span.end if dateline is not None else 0  # "KABUL, AFGHANISTAN –" is no part of a claim
    triggers = [t for t in triggers if t.start >= floor]
    claims: list[Claim] = []
    for draft in _group(view, triggers):
        start, end = _tidy(text, max(draft.start, floor), draft.end)
        draft.triggers.sort(key=lambda t: t.start)
        claimant, quote_id, quote_conf = NARRATOR, None, None
        for trig in draft.triggers:
            found = index.quote_at(trig.start)
            if found is None:
                continue
            quote, piece = found
            if quote.kind == "indirect" and not _asserts(view, piece.start, piece.end):
                # "ordered him to repay 3 million euros", "thanked her for eight years of
                # service": what was asked or thanked for is no statement of the speaker's;
                # that the act happened is the narrator's
                continue
            q_start, q_end = piece.start, piece.end
            quote_id, quote_conf = quote.id, quote.confidence
            # a quote of what its source did *not* say ("did not confirm the figure of 40
            # dead") holds someone's figure, but not the speaker's
            claimant = (quote.speaker if not quote.negated else None) or UNRESOLVED
            start, end = _tidy(text, max(start, q_start), min(end, q_end))
            break
        seen: set[int] = set()
        amounts: list[Quantity] = []
        for trig in draft.triggers:
            if trig.quantity is not None and trig.start not in seen and start <= trig.start < end:
                seen.add(trig.start)
                amounts.append(trig.quantity)
        if end <= start:
            continue
        claims.append(
            Claim(
                id="",
                span=Span(start=start, end=end, text=text[start:end]),
                claimant=claimant,
                quantities=amounts,
                quote=quote_id,
                confidence=claim_confidence(quote_conf, in_quote=quote_id is not None),
            )
        )
    claims.sort(key=lambda c: (c.span.start, c.span.end))
    for n, claim in enumerate(claims, start=1):
        claim.id = f"c{n}"
    return claims


def annotate(doc: Doc) -> None:
    """Write ``doc._.ng_claims``."""
    doc._.ng_claims = find_claims(doc)
