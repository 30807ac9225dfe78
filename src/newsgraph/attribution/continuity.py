"""Continuity: quotations with no cue of their own, read as a reader reads them.

A sentence-like quotation that no draft covers either is introduced by a clause
ending in a colon ('Cruz called them on it: "..."'), joins the statement it
interrupts ('"A," she said. "B."') or continues the previous speaker as a
cue-less quote of its own (PolNeAR's convention: its source is the previous
quote's source mention).
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft, overlaps, trim
from newsgraph.attribution.marks import QuoteSpan
from newsgraph.attribution.parse import find_subject, source_span

#: Function words a title leaves in lower case ("The Late Show with Stephen Colbert").
_TITLE_LOWER = frozenset(
    {"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from"}
    | {"as"}
)


def _title_case(words: list[str]) -> bool:
    """Every word capitalised but the short function words: the name of a show, book or
    article ("The Nightly Show with Larry Wilmore."), not a sentence someone said."""
    letters = [w.strip("\"'“”‘’«»()[],.:;!?") for w in words]
    letters = [w for w in letters if w[:1].isalpha()]
    return bool(letters) and all(w[0].isupper() or w.lower() in _TITLE_LOWER for w in letters)


def _is_statement_quote(text: str, q: QuoteSpan) -> bool:
    """Long enough, and sentence-like, to be a statement rather than a title or scare quote."""
    inner = text[q.start + 1 : q.end].strip()
    words = inner.split()
    if len(words) < 5 or _title_case(words):
        return False
    return inner[-2:].strip()[-1:] in ".,!?…—-\"”'’" or len(words) >= 12 or not q.closed


def _is_short_sentence_quote(text: str, q: QuoteSpan) -> bool:
    """A quotation too short for ``_is_statement_quote`` that is a whole sentence of its own
    ('"They did nothing."'): capitalised, ending in a full stop, question or exclamation
    mark, after the end of a sentence. Taken only as the rest of a statement its cue
    interrupted, never as a statement alone."""
    # the marks may be two characters (a doubled apostrophe: ''They did nothing.'')
    inner = text[q.start + 1 : q.end].strip().lstrip("'‘’`")
    before = text[: q.start].rstrip()
    return (
        len(inner.split()) >= 2
        and inner[:1].isupper()
        and inner.rstrip("\"”'’")[-1:] in ".!?"
        and (not before or before[-1] in ".!?\"”\n")
    )


def _phrase_in_sentence(text: str, q: QuoteSpan) -> bool:
    """A quotation that opens in lower case in the middle of the writer's sentence ('Obama
    is giving them "lectures, distractions and attempts to ..."', 'ranked her among the
    worst "in the history of business."'): a phrase the writer quotes as part of their own
    description, not a turn of the last speaker's. PolNeAR train (all 840): of 87 such
    phrases read as the last speaker's, 52 are no attribution, 18 someone else's, 17 right.
    A phrase that is the rest of a statement its cue interrupted still joins it, and one in
    a sentence about the last speaker stays theirs (``_about_the_speaker``)."""
    inner = text[q.start + 1 : q.end]
    first = next((ch for ch in inner if ch.isalpha()), "")
    if not first.islower():
        return False
    before = text[max(0, q.start - 40) : q.start].rstrip()
    return bool(before) and before[-1] not in ".!?\n\"”'’:"


def _about_the_speaker(ctx: Context, prev: Draft, q: QuoteSpan) -> bool:
    """Whether the subject of the sentence holding quotation ``q`` names the previous
    statement's source ('Reid has gone after Trump as a "human leech ..."', 'she was
    "whisked off to the hospital"'): the phrase the writer quotes is then that speaker's."""
    if prev.source is None:
        return False
    sent = ctx.sentence(ctx.token_at(q.start))
    subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or ctx.tok_quote[subj.i] >= 0:
        return False
    speaker = ctx.index.entity_for_span(*prev.source)
    named = ctx.index.entity_for_token(subj)
    return speaker is not None and named is not None and speaker.id == named.id


def _colon_intro(ctx: Context, q: QuoteSpan) -> Draft | None:
    """'Cruz called them on it: "..."': a clause ending in a colon introduces the quotation,
    and its subject is the source."""
    text = ctx.text
    before = text[max(0, q.start - 4) : q.start].rstrip()
    if not before.endswith(":"):
        return None
    colon = text.rfind(":", 0, q.start)
    tok_i = ctx.token_at(colon)
    doc = ctx.doc
    if tok_i >= len(doc) or doc[tok_i].text != ":" or ctx.tok_quote[tok_i] >= 0:
        return None
    label = _label_before_colon(ctx, tok_i)
    if label is not None:
        # "- Carl Bialik: “...”", "Republican pollster Daron Shaw: “...”": a name set off
        # before the colon introduces the quotation
        lead = doc[label:tok_i]
        return Draft(
            content=[(c.start, c.end) for c in q.head().chain()],
            cue=(doc[tok_i].idx, doc[tok_i].idx + 1),
            source=trim(text, lead.start_char, lead.end_char, keep_quotes=False),
            source_token=tok_i - 1,
        )
    root = ctx.sentence(tok_i).root
    if root.pos_ not in ("VERB", "AUX") or root.i > tok_i:
        return None
    subj = find_subject(root, ctx.lex)
    if subj is None:
        return None
    return Draft(
        content=[(c.start, c.end) for c in q.head().chain()],
        cue=(root.idx, root.idx + len(root)),
        source=source_span(subj, text),
        cue_token=root.i,
        source_token=subj.i,
    )


def _label_before_colon(ctx: Context, colon: int) -> int | None:
    """Start of a short name that alone precedes a colon after a dash or at a line start."""
    doc = ctx.doc
    i = colon - 1
    while i >= 0 and colon - i <= 6:
        t = doc[i]
        dash = t.text in ("-", "—", "–", "--") or "\n" in t.text
        if dash or (i > 0 and "\n" in doc[i - 1].text_with_ws[-1:]):
            start = i + 1 if dash else i
            lead = doc[start:colon]
            if (
                0 < len(lead) <= 5
                and lead[-1].pos_ == "PROPN"
                and not any(w.pos_ in ("VERB", "AUX") for w in lead)
                and all(w.is_alpha or w.text in (".", "'s", "’s", "-") for w in lead)
            ):
                return start
            return None
        if not (t.is_alpha or t.text in (".", "'s", "’s")):
            return None
        i -= 1
    return None


def _statement_continued(ctx: Context, by_start: list[Draft], p: int) -> Draft:
    """The statement a quotation after ``by_start[p]`` continues: that draft, unless it is a
    report inside an earlier speaker's description ("said Mark Dubowitz, director of a
    policy institute focused on national security"), which is skipped for its holder."""
    prev = by_start[p]
    if prev.cue is None:
        return prev
    cue = prev.cue
    for d in by_start[max(0, p - 3) : p]:
        if (d.source is not None and d.source[0] <= cue[0] < d.source[1]) or (
            d.source_token is not None
            and prev.cue_token is not None
            and ctx.doc[d.source_token].is_ancestor(ctx.doc[prev.cue_token])
        ):
            return d
        if _question_put_to(ctx, prev, d):
            return d
    return prev


def _question_put_to(ctx: Context, inner: Draft, outer: Draft) -> bool:
    """'"A," he said when asked about the plan. "B."': a report nobody holds (a question put
    to the speaker, "when asked about ...") inside the clause of another statement is that
    statement's circumstance; the quotation after it goes on with the statement."""
    if inner.cue_token is None or outer.cue_token is None:
        return False
    if inner.source is not None and not _same_speakers_circumstance(ctx, inner, outer):
        return False
    if any(ctx.quote_at(s) >= 0 for s, _ in inner.content):
        return False
    if not any(ctx.quote_at(s) >= 0 for s, _ in outer.content):
        return False
    return ctx.doc[outer.cue_token].is_ancestor(ctx.doc[inner.cue_token])


#: Personal pronouns that, in a clause under a statement's own cue, stand for its speaker.
_PERSONAL = frozenset({"he", "she", "they", "i", "we"})
#: Subordinators of a clause that tells when or how a statement was made.
_CIRCUMSTANCE_MARKS = frozenset({"as", "when", "while", "after", "before"})


def _same_speakers_circumstance(ctx: Context, inner: Draft, outer: Draft) -> bool:
    """Whether a sourced report inside another statement's clause is that speaker's own
    circumstance: a participle with the same source ("said, referring to ..."), or a clause
    of time or manner whose subject is a personal pronoun ("said as she accepted her award",
    "said ..., as he called for ...")."""
    if inner.source is None or inner.cue_token is None:
        return False
    verb = ctx.doc[inner.cue_token]
    if verb.tag_ == "VBG" and inner.source == outer.source:
        return True
    source = ctx.text[inner.source[0] : inner.source[1]].lower()
    marked = any(c.dep_ in ("mark", "advmod") and c.lower_ in _CIRCUMSTANCE_MARKS for c in verb.children)
    return source in _PERSONAL and marked and verb.dep_ == "advcl"


def _new_subject_before(ctx: Context, prev: Draft, q: QuoteSpan) -> Token | None:
    """The named subject of the sentence right before quotation ``q`` when that sentence lies
    after the previous statement, outside quotation marks, and names someone other than its
    source ("Her deputy, Ivan Petrov, was less worried.", "Opposition leader Paul Meyer
    struck a harsher tone."); None for a pronoun or a thing, which keeps the last speaker."""
    start = ctx.token_at(q.start)
    if start == 0:
        return None
    sent = ctx.sentence(start - 1)
    if sent.start_char < prev.end or any(ctx.tok_quote[i] >= 0 for i in range(sent.start, sent.end)):
        return None
    subj = next((c for c in sent.root.children if c.dep_ == "nsubj"), None)
    if subj is None or sent.root.pos_ not in ("VERB", "AUX"):
        return None
    if subj.pos_ != "PROPN" and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children):
        return None
    named = ctx.text[subj.idx : subj.idx + len(subj)]
    if prev.source is not None and named in ctx.text[prev.source[0] : prev.source[1]]:
        return None
    return subj


def _joins_statement(ctx: Context, prev: Draft, q: QuoteSpan, between: str) -> bool:
    """'"A," she said. "B."': the quotation is the rest of the statement its cue interrupted
    (same line, or the next paragraph right after a closing cue)."""
    trailing_cue = prev.cue is not None and prev.end <= prev.cue[0] < q.start
    same_line = "\n" not in between and (len(between) < 120 or (trailing_cue and len(between) < 400))
    next_paragraph = not between.strip() and prev.cue is not None
    if trailing_cue and not next_paragraph:
        # '"A," Massie said.\n\n"B."': the cue closes the paragraph, the quotation opens the next
        head, _, tail = between.partition("\n")
        next_paragraph = (
            not tail.strip() and len(head) < 200 and not any(ch in head.rstrip()[:-1] for ch in ".!?")
        )
    return (same_line or next_paragraph) and any(ctx.quote_at(s) >= 0 for s, _ in prev.content)


def _uncovered_statements(ctx: Context, drafts: list[Draft]) -> list[tuple[int, QuoteSpan]]:
    """The sentence-like double quotations (first of each chain) that no draft's content,
    cue or source touches, with their index into ``ctx.quotes``."""
    covered: list[tuple[int, int]] = sorted(
        [span for d in drafts for span in d.content]
        + [d.cue for d in drafts if d.cue is not None]
        + [d.source for d in drafts if d.source is not None]
    )
    starts = [c[0] for c in covered]
    out: list[tuple[int, QuoteSpan]] = []
    seen_chain: set[int] = set()
    for qi, q in enumerate(ctx.quotes):
        if not q.double or id(q.head()) in seen_chain:
            continue
        k = bisect.bisect_right(starts, q.start) - 1
        near = covered[max(0, k - 3) : min(len(covered), k + 4)]
        if any(overlaps(span, (q.start, q.end)) for span in near) or not (
            _is_statement_quote(ctx.text, q) or _is_short_sentence_quote(ctx.text, q)
        ):
            continue
        seen_chain.add(id(q.head()))
        out.append((qi, q))
    return out


def add_continuations(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Quotations nobody was given that follow a quote: same speaker, no cue."""
    text = ctx.text
    out = list(drafts)
    by_start = sorted(drafts, key=lambda d: d.start)
    d_starts = [d.start for d in by_start]
    for qi, q in _uncovered_statements(ctx, drafts):
        intro = _colon_intro(ctx, q)
        if intro is not None:
            out.append(intro)
            continue
        # the previous attribution, if close enough (this or the previous two paragraphs)
        p = bisect.bisect_left(d_starts, q.start) - 1
        if p < 0:
            continue
        prev = _statement_continued(ctx, by_start, p)
        between = text[prev.end : q.start]
        if between.count("\n") > 3 or len(between) > 600:
            continue
        if (
            prev.kind == "indirect"
            and not any(ctx.quote_at(s) >= 0 for s, _ in prev.content)
            and between.count("\n") > 1
        ):
            continue
        spans = [(c.start, c.end) for c in q.head().chain()]
        introduced = _new_subject_before(ctx, prev, q)
        if introduced is not None and _is_statement_quote(text, q):
            # 'Her deputy, Ivan Petrov, was less worried. "..."': a sentence about someone else
            # between the two turns the reader to that person, not back to the last speaker
            cont = Draft(content=spans, source=source_span(introduced, text), source_token=introduced.i)
            cont.quote_ids.add(qi)
            out.append(cont)
            continue
        joins = _joins_statement(ctx, prev, q, between)
        if not joins and not _is_statement_quote(text, q):
            continue  # a short sentence only ends a statement its cue interrupted
        if joins:
            # '"A," she said. "B."': one statement interrupted by its cue
            prev.content = sorted(set(prev.content + spans))
            continue
        if _phrase_in_sentence(text, q) and not _about_the_speaker(ctx, prev, q):
            continue
        # the reader takes the speaker from the earlier mention, and so does PolNeAR: that
        # mention is the continuation's source too (its cue stays None)
        cont = Draft(content=spans, anchor=None, source=prev.source)
        cont.quote_ids.add(qi)
        cont.continues = prev
        out.append(cont)
    out.sort(key=lambda d: d.start)
    return out
