"""Quotations adjacent to a cue verb's clause: '"...," she said' and 'she said: "..."'.

A quotation right before the clause (only punctuation between it and the clause's first
word) or right after the verb (no verb between) is what the cue reports.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from newsgraph.attribution.asides import clause_ends_after
from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import QUOTE_CHARS, TRIM
from newsgraph.attribution.parse import find_subject, subject_left
from newsgraph.attribution.verb_sources import subject_after_quote


def adjacent_quote(ctx: Context, verb: Token, before_only: bool = False) -> int:
    """A quotation right before the clause (""…," she said") or right after it (said: "…"),
    as an index into ``ctx.quotes``; -1 when there is none."""
    k = _quote_before(ctx, verb, before_only)
    if k >= 0 or before_only:
        return k
    return quote_after(ctx, verb)


def _quote_before(ctx: Context, verb: Token, before_only: bool) -> int:
    """Only punctuation and space between the quotation's end and the clause's start."""
    text = ctx.text
    sent = ctx.sentence(verb)
    subj = find_subject(verb, ctx.lex)
    left_tok = min(verb.i, subject_left(subj) if subj is not None and subj.head.i == verb.i else verb.i)
    if subj is None or subj.head.i != verb.i:
        # '"...," Ramos, 58, told AFP': the parser lost the subject after the closing mark;
        # the noun phrase there is it (``subject_after_quote``), so the clause starts there
        lost = subject_after_quote(ctx, verb)
        if lost is not None:
            # from the phrase's first word ("the agency's director, ..."), not past the mark
            # (a finite verb's: a participle on a noun, "the hacker known as", takes none)
            edge = lost.left_edge.i if verb.tag_ in ("VBD", "VBZ", "VBP") else lost.i
            while edge < lost.i and (ctx.tok_quote[edge] >= 0 or ctx.doc[edge].text in QUOTE_CHARS):
                edge += 1
            left_tok = min(left_tok, edge)
    left_char = ctx.doc[left_tok].idx
    k = bisect.bisect_right(ctx.q_starts, left_char) - 1
    if k < 0:
        return -1
    q = ctx.quotes[k]
    gap = text[q.end : left_char]
    if not (q.end <= left_char and len(gap) <= 4 and all(ch in TRIM for ch in gap) and "\n" not in gap):
        return -1
    inner_end = text[max(q.start, q.end - 3) : q.end].rstrip("\"'”»’ ")
    ends_clause = inner_end[-1:] in (",", "?", "!", "—", "–", "-", "…") or gap.strip() in (",", "—")
    # a quotation inside the sentence ('blamed it on a "bad earpiece," claiming ...')
    # is a phrase of it, not the statement the verb introduces
    starts_sentence = not text[sent.start_char : q.start].strip()
    opens = not before_only or starts_sentence
    ends = ends_clause or clause_ends_after(verb)
    # a short quotation is a phrase ('the "elite," he said'), unless it is a whole utterance
    # of its own: it opens the sentence and closes on its own comma or mark ('"Denver," he
    # answered', '"Quiet!" he demanded')
    whole = starts_sentence and inner_end[-1:] in (",", "?", "!") and gap.strip() == ""
    return k if q.double and (q.end - q.start > 12 or whole) and opens and ends else -1


def quote_after(ctx: Context, verb: Token) -> int:
    """A quotation after the verb within its sentence (or after a colon), no verb between."""
    text = ctx.text
    sent = ctx.sentence(verb)
    right_limit = min(len(text), sent.end_char + 3 if sent.end < len(ctx.doc) else len(text))
    k = bisect.bisect_left(ctx.q_starts, verb.idx + len(verb))
    if k >= len(ctx.quotes):
        return -1
    q = ctx.quotes[k]
    gap = text[verb.idx + len(verb) : q.start]
    colon_break = gap.rstrip().endswith(":") and gap.count("\n") <= 2
    near = q.start <= right_limit + 1 or colon_break
    short = len(gap) < 90 and "." not in gap and ("\n\n" not in gap or colon_break)
    if q.double and near and short:
        gap_toks = ctx.doc.char_span(verb.idx + len(verb), q.start, alignment_mode="contract")
        no_verb = gap_toks is None or not any(t.pos_ == "VERB" for t in gap_toks)
        if no_verb and (not gap.strip() or gap.rstrip().endswith((":", ",", "that"))):
            return k
    return -1
