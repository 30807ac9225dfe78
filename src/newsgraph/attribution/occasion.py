"""The occasion of a statement: its medium ("in an interview") and its time ("on Monday").

The medium is read off the cue verb when its draft is made (:func:`medium`); times
come from the times stage and are linked once speakers are known
(:func:`link_times`), and a statement that continues its speaker's previous one
takes that one's occasion (:func:`carry_occasion`). Once a statement is dated, the
relative times inside it are re-read against its day (:func:`anchor_quoted_times`):
"'Today's announcement ...,' she said in a statement on Tuesday" speaks of Tuesday.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.tokens import Doc, Token

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft, subtree_span, trim
from newsgraph.attribution.lexicon import AttributionLexicon
from newsgraph.records import TimeExpression
from newsgraph.times import reanchor

#: A time value that names one calendar day: a statement dated so anchors its own times.
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")

#: Prepositions that introduce a statement's medium ("in a post", "on television", "via X").
_MEDIUM_PREPS = frozenset({"in", "on", "during", "via", "through", "at", "to"})


#: Clauses a medium noun may govern in the parse that belong to the content instead.
_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp"})
#: Children that make a clause finite: its own subject or a subordinator ("that security
#: would be tightened"); a bare participle ("a post written that day") describes the medium.
_FINITE_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "mark"})


def _finite_clause(verb: Token) -> bool:
    return any(c.dep_ in _FINITE_CLAUSE_DEPS for c in verb.children)


def medium(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """A prepositional phrase on the cue verb (or the verb it hangs on) whose noun is a
    medium ("in a post on X", "during an interview"), outside any quotation."""
    # Asked of every cue verb: the walk reads child/head indices and the columns, and
    # makes a Token only for the medium noun it finds.
    index = ctx.index
    heads, deps, lowers = index.heads(), index.column("dep_"), index.column("lower_")
    at = verb.i
    nodes = [at]
    if deps[at] in ("advcl", "xcomp", "conj") and heads[at] != at:
        nodes.append(heads[at])
    # '"...," said Maria Lopez in a statement': the parser often hangs the phrase on the
    # inverted subject
    nodes += [c for c in index.children(at) if deps[c] == "nsubj" and c > at]
    for node in nodes:
        for k in index.children(node):
            if deps[k] != "prep" or lowers[k] not in _MEDIUM_PREPS:
                continue
            found = next((g for g in index.children(k) if deps[g] == "pobj"), None)
            if found is None or index.column("lemma_")[found].lower() not in ctx.lex.media_nouns:
                continue
            if ctx.tok_quote[found] >= 0:
                continue
            c, pobj = index.tokens[k], index.tokens[found]
            # "said in a statement that security would be tightened": the clause the parser
            # hung on the medium noun is what was said, not part of the medium
            clauses = [
                g for g in pobj.children if g.dep_ in _CLAUSE_DEPS and g.i > pobj.i and _finite_clause(g)
            ]
            return trim(ctx.text, *subtree_span(c, skip=clauses), keep_quotes=False)
    return None


def _continues_previous(doc: Doc, d: Draft, lex: AttributionLexicon) -> bool:
    if d.continues is not None:
        return True
    if d.cue_token is None:
        return False
    cue = doc[d.cue_token]
    return cue.lemma_.lower() in lex.continuing_cues or any(
        c.dep_ == "advmod" and c.lower_ in lex.continuing_adverbs for c in cue.children
    )


def carry_occasion(ctx: Context, drafts: list[Draft]) -> None:
    """A statement that continues its speaker's previous one ("she added", "also stated", a
    cue-less quotation) was made on the same occasion: with no medium or time of its own it
    takes the previous one's. Journalists name the occasion once ("said in the debate in
    September") and let "added" and "also" carry it; another speaker in between ends it."""
    previous: Draft | None = None
    for d in sorted(drafts, key=lambda x: x.start):
        if (
            previous is not None
            and d.speaker is not None
            and d.speaker == previous.speaker
            and _continues_previous(ctx.doc, d, ctx.lex)
        ):
            d.medium = d.medium or previous.medium
            d.time = d.time or previous.time
        if d.speaker is not None:
            previous = d


def link_times(ctx: Context, drafts: list[Draft]) -> None:
    """A time expression in the cue's sentence but outside the content ("in the debate in September")."""
    doc = ctx.doc
    times: list[TimeExpression] = sorted(doc._.ng_times, key=lambda t: t.start)
    if not times:
        return
    starts = [t.start for t in times]
    tokens = ctx.index.tokens
    for d in drafts:
        if d.cue is None:
            continue
        cue_range = ctx.index.token_range(d.cue[0], d.cue[1])  # offset tables, no char_span
        if cue_range is None or cue_range[0] >= cue_range[1]:
            continue
        cue_first = tokens[cue_range[0]]
        sent = ctx.sentence(cue_first)
        lo = bisect.bisect_left(starts, sent.start_char)
        best: tuple[int, str] | None = None
        own = _governing_verbs(cue_first, ctx.lex)
        for t in times[lo:]:
            if t.start >= sent.end_char:
                break
            if any(s < t.end and t.start < e for s, e in d.content):
                continue
            in_medium = d.medium is not None and d.medium[0] <= t.start and t.end <= d.medium[1]
            time_range = ctx.index.token_range(t.start, t.end)
            other_clause = (
                time_range is not None
                and time_range[0] < time_range[1]
                and _verb_above(tokens[time_range[0]]) not in own
            )
            if other_clause and not in_medium:
                continue  # "served from 2012 to 2019 and is expected to ...": another clause's time
            if (
                time_range is not None
                and not in_medium
                and _dates_another_noun(tokens, time_range, cue_first)
            ):
                continue  # "since their 2019 border war": the war's year, not the statement's
            if not in_medium and d.source is not None and d.source[0] < t.end and t.start < d.source[1]:
                continue
            distance = min(abs(t.start - d.cue[1]), abs(d.cue[0] - t.end))
            if best is None or distance < best[0]:
                best = (distance, t.id)
        if best is not None:
            d.time = best[1]


def _governing_verbs(cue: Token, lex: AttributionLexicon) -> set[int]:
    """The cue and the verbs it hangs under without crossing a coordination, and a cue
    participle hung on it: a time on any of them dates the statement ("On Monday, X
    defended the deal, saying ...", "Speaking on Sunday, the mayor said ...")."""
    out = {cue.i}
    out |= {c.i for c in cue.children if c.dep_ == "advcl" and c.lemma_.lower() in lex.cue_verbs}
    node = cue
    # a relative clause is a clause of its own ("Kivi, who has not commented on the case",
    # in a sentence dated "from 2017 to 2021" by its main verb)
    while node.dep_ not in ("conj", "ROOT") and node.head.i != node.i:
        if node.dep_ == "relcl" and not _names_a_time(node.head):
            break  # unless the clause tells of a time: "on Feb. 9, when the court ruled"
        node = node.head
        out.add(node.i)
    return out


#: Nouns of a stretch of time a relative clause may tell of ("at the same time the
#: president ridiculed him", "the day she resigned").
_TIME_NOUNS = frozenset(
    {"time", "day", "night", "moment", "week", "month", "year", "hour", "morning", "evening"}
)


def _names_a_time(noun: Token) -> bool:
    return noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in _TIME_NOUNS


#: Relations of a noun's premodifiers: a time in one describes the noun ("their 2019 war").
_PREMODIFIER_DEPS = frozenset({"compound", "nummod", "amod", "poss", "nmod"})


def _dates_another_noun(tokens: list[Token], time_range: tuple[int, int], cue: Token) -> bool:
    """Whether the time expression is a premodifier of a noun outside it ("their 2019 border
    war", "the 2024 election"): it dates that thing, not the clause it stands in. Unless the
    cue is in a clause of that noun ("Monday night's debate, when Clinton cited ..."): then
    the statement was made in it, and its time is the statement's."""
    start, end = time_range
    for token in tokens[start:end]:
        head = token.head
        if not start <= head.i < end:
            if token.dep_ not in _PREMODIFIER_DEPS or head.pos_ not in ("NOUN", "PROPN") or head.i < token.i:
                return False
            if head.left_edge.i <= cue.i <= head.right_edge.i:
                return False
            # the parser often hangs the "when" clause on the main verb instead of the noun
            when = any(c.lower_ == "when" and c.dep_ == "advmod" for c in cue.children)
            return not (head.i < cue.i and when)
    return False


def _verb_above(token: Token) -> int:
    """Index of the nearest verb at or above ``token`` (the token itself when there is none)."""
    node = token
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node.i if node.pos_ in ("VERB", "AUX") else token.i


def anchor_quoted_times(ctx: Context, drafts: list[Draft]) -> None:
    """Re-read the relative times inside each statement dated to one day against that day.

    The times stage reads "today" against the publication date, but a quotation says
    "today" on the day it was said: "'Today's announcement is a victory,' she said in a
    statement on Tuesday" speaks of Tuesday, and "In a post written that day, she wrote:
    'This morning ...'" of the day "that day" refers to. Runs after :func:`link_times`
    and :func:`carry_occasion`, when every statement that can be dated is.
    """
    times = {t.id: t for t in ctx.doc._.ng_times}
    for d in drafts:
        when = times.get(d.time) if d.time is not None else None
        if when is None or when.value is None or not _ISO_DAY.fullmatch(when.value):
            continue
        day = dt.date.fromisoformat(when.value)
        for start, end in d.content:
            if not (start <= when.start and when.end <= end):
                reanchor(ctx.doc, start, end, day)
