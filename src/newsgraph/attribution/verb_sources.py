"""The source of a cue verb: its subject on the parse, or where the parser lost it, the
name next to the verb (after a closing mark, after an inverted cue, just before the verb),
kept out of the dateline and to the cue's paragraph.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import QUOTE_CHARS, trim
from newsgraph.attribution.parse import (
    find_subject,
    reduced_passive,
    set_off_participle,
    shared_passive_subject,
    source_span,
)
from newsgraph.constants import FINITE_TAGS

#: Marks that may close a name after an inverted cue ('said Robin Kale, half joking').
_NAME_ENDS = frozenset({",", ".", ";", "''", "'", "\u201d", "\u2019"})
#: Pronouns that stand for one or more of a group named before ('"...," tweeted another',
#: '"...," read one' of a row of placards): an inverted subject like a name.
_ONE_OF_MANY = frozenset({"another", "one", "others", "some", "many", "several", "both", "most"})

Spans = list[tuple[int, int]]


def verb_source(
    ctx: Context, verb: Token, spans: Spans, line: tuple[int, int]
) -> tuple[tuple[int, int] | None, int | None]:
    """The source words of a cue verb and the token they resolve from, kept out of the
    dateline and (mostly) to the cue's paragraph."""
    text = ctx.text
    subj = _verb_subject(ctx, verb, spans)
    asked = subj is None and set_off_participle(verb, ctx.lex) is not None  # "X, asked about it, said"
    named = _name_before(ctx, verb) if subj is None and not asked else None
    source = source_span(subj, text) if subj is not None else named
    src_tok = subj.i if subj is not None else (ctx.token_at(named[1] - 1) if named else None)
    if source is None or subj is None:
        return source, src_tok
    if source[0] < ctx.body_start <= subj.idx:
        # "LONDON (Reuters) - Donald Trump said": the dateline is no part of the subject
        source = trim(text, ctx.body_start, source[1], keep_quotes=False)
    if source[0] < line[0] <= subj.idx:
        # the subject's head is in the cue's paragraph, the parse ran its modifiers across
        # the break ("5:15 p.m.\n\nLarge majorities of voters ... said"): keep this side
        source = trim(text, line[0], source[1], keep_quotes=False)
    elif source[0] < line[0]:
        # the parse ran the subject across a paragraph break ("4:40 p.m.\n\nRubio says")
        lead = ctx.doc.char_span(line[0], verb.idx, alignment_mode="contract")
        nouns = [t for t in lead or () if t.pos_ in ("PROPN", "NOUN", "PRON")]
        if lead is None or not nouns or any(t.pos_ == "VERB" for t in lead):
            return None, None
        return trim(text, lead.start_char, lead.end_char, keep_quotes=False), nouns[-1].i
    return source, src_tok


def _verb_subject(ctx: Context, verb: Token, spans: Spans) -> Token | None:
    """The token naming who made the statement: the parse's subject, else a name the parser
    hung elsewhere (after a closing mark, after an inverted cue, the noun of "voters saying")."""
    doc = ctx.doc
    # "... and is expected to visit": the shared subject is what is expected, no source.
    agentless = shared_passive_subject(verb) is not None
    subj = None if agentless else find_subject(verb, ctx.lex)
    if subj is not None and subj.head.i != verb.i and ctx.tok_quote[subj.i] >= 0 and subj.i < verb.i:
        # '"We were wrong ...," Ramos, 58, told AFP': climbing a conjunct reached a subject
        # inside the quotation, which cannot be who said it; the name after its closing
        # mark is
        subj = subject_after_quote(ctx, verb) or subj
    if subj is None and not agentless and not reduced_passive(verb, ctx.lex):
        # (a reduced passive, "when asked about ...", names no asker: nothing to look for)
        subj = subject_after_quote(ctx, verb)
    if subj is None and spans and spans[0][1] <= verb.idx:
        # '"...," said Jealous' / 'explained 62-year-old Brenda Johnson': inverted subject
        subj = next(
            (
                c
                for c in verb.children
                if c.i > verb.i
                and c.dep_ in ("dobj", "nsubj", "attr", "npadvmod", "dative", "oprd")
                and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("he", "she", "they", *_ONE_OF_MANY))
            ),
            None,
        )
        nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if (
            subj is None
            and nxt is not None
            and nxt.is_alpha
            and nxt.text[0].isupper()
            and nxt.head.i == verb.i
            and nxt.dep_ not in ("ccomp", "xcomp", "advcl", "conj")
        ):
            # '"...," said Skelly, explaining ...': a name the parser tagged as something else
            subj = nxt
        if subj is None:
            subj = _inverted_name(verb)
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        if doc[verb.left_edge.i - 1].text == "," and verb.left_edge.i > 0:
            # "endorsed Sanders' approach Saturday, saying ...": an adjunct of the clause
            # the parser hung on its object; the clause's subject is the speaker
            node = verb.head
            for _ in range(4):
                if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
                    break
                node = node.head
            if node.pos_ in ("VERB", "AUX"):
                subj = find_subject(node, ctx.lex)
        else:
            # "the share of Republicans saying ...": the participle's noun is who says it
            subj = verb.head
    return subj


def _inverted_name(verb: Token) -> Token | None:
    """ '"...," said Robin Kale, half joking' / 'said Ann Lee, who served as ...': a name right
    after an inverted cue, which the parser made the subject of the clause after it (the
    trailing participle or relative clause). The name is the run of proper nouns that starts
    right after the verb and ends at a comma, a closing mark or the sentence's end."""
    doc = verb.doc
    sent_end = verb.sent.end
    k = verb.i + 1
    while k < sent_end and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        k += 1
    if k == verb.i + 1:
        described = _described_person_end(verb)
        if described is None:
            return None
        k = described
    if k < sent_end and not (doc[k].is_punct and doc[k].text in _NAME_ENDS):
        return None
    name = doc[k - 1]
    if name.head.i == verb.i:
        return None  # the parse already made it the verb's own dependent: not this case
    return name


def _described_person_end(verb: Token) -> int | None:
    """'"...," said the woman, who ...', 'said retired surgeon Ben Carson, asked about ...':
    after an inverted cue, a noun phrase opened by a determiner or a description (adjectives,
    a participle used as one, nouns) and closed by a noun or name; the index after it, or
    None. The parser made it the subject of the clause that follows it."""
    doc = verb.doc
    sent_end = verb.sent.end
    k = verb.i + 1
    if k < sent_end and doc[k].pos_ == "DET" and doc[k].lower_ in ("the", "a", "an"):
        k += 1
    while k < sent_end and (
        doc[k].pos_ in ("ADJ", "NOUN", "PROPN") or (doc[k].tag_ == "VBN" and doc[k].dep_ == "amod")
    ):
        k += 1
    if k == verb.i + 1 or doc[k - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    return k


def _name_before(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """ "..., Col. Steven Warren, a military spokesman, said, ...": when the parser lost a
    finite cue verb's subject, the named person or group just before it (no verb between,
    but for a bracketed aside right before the verb)."""
    if verb.tag_ not in FINITE_TAGS or verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass", "expl") for c in verb.children):
        return None
    doc = verb.doc
    sent_start = ctx.sentence(verb).start
    i = verb.i - 1
    if doc[i].text == ")":
        # "Sen. Tom Hale (a Republican so young he still gets carded) says": a bracketed
        # aside between the name and its verb is skipped, whatever verbs it holds
        opening = next((k for k in range(i - 1, max(sent_start, i - 40) - 1, -1) if doc[k].text == "("), None)
        if opening is None:
            return None
        i = opening - 1
    while i >= max(sent_start, verb.i - 15 - (verb.i - 1 - i)):
        t = doc[i]
        if t.pos_ in ("VERB", "AUX") or ctx.tok_quote[i] >= 0:
            return None
        if t.head.i == verb.i and t.pos_ == "NUM" and t.dep_ in ("nummod", "npadvmod", "dep"):
            # "About 4 in 10 say ...": the parser hung the share of people on the verb
            return doc[t.left_edge.i].idx, t.idx + len(t)
        if t.ent_type_ in ("PERSON", "ORG", "NORP"):
            if _names_a_thing(ctx, t):
                return None  # "Negotiators at the UN climate summit agreed": no summit speaks
            end = i
            while i > sent_start and doc[i].ent_iob_ == "I":
                i -= 1
            return doc[i].idx, doc[end].idx + len(doc[end])
        i -= 1
    return None


def _names_a_thing(ctx: Context, name: Token) -> bool:
    """Whether the name only modifies a later common noun that names no speaker: neither
    a person ("Kremlin spokesman") nor a body ("the UN agency")."""
    head = name.head
    return (
        name.dep_ == "compound"
        and head.i > name.i
        and head.pos_ == "NOUN"
        and ctx.lex.senses.noun_class(head) != "person"
        and head.lemma_.lower() not in ctx.lex.body_nouns
    )


def subject_after_quote(ctx: Context, verb: Token) -> Token | None:
    """'"...," Brent Bozell III, founder of X, tells Y': when the parser lost the subject,
    the noun phrase between the closing mark and the verb is it."""
    doc = verb.doc
    i = verb.i - 1
    nouns: list[Token] = []
    while i >= 0 and verb.i - i <= 15:
        t = doc[i]
        if ctx.tok_quote[i] >= 0 or t.text in QUOTE_CHARS:
            break
        if t.pos_ in ("VERB", "AUX") or (
            ctx.is_sentence_start(i) and i != verb.i - 1 and t.pos_ not in ("PROPN",)
        ):
            return None
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            nouns.append(t)
        i -= 1
    if i < 0 or not nouns or (ctx.tok_quote[i] < 0 and doc[i].text not in QUOTE_CHARS):
        return None
    # the first name after the quotation heads the phrase
    first = min(nouns, key=lambda t: t.i)
    while first.dep_ in ("compound", "poss") and first.i < first.head.i < verb.i:
        # "the agency's director, Dr. Ingrid Holm, said": the possessor is no speaker, the
        # noun it modifies is (session 20)
        first = first.head
    return first
