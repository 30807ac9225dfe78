"""Cue verbs on the parse: "X said (that) ...", '"...," she said', "As the Post reported, ...".

A verb whose lemma is a cue (``speech_verbs.tsv`` or ``cue_verbs.txt``) and that is
outside any quotation yields a draft: its content is a complement (``content.py``),
the host clause of an aside, an adjacent quotation or a passive subject; its source
is its subject, found on the parse or, where the parser lost it, next to the verb.
Verbs of impression ("it seems that ...") yield drafts with no source.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Token

from newsgraph.attribution.content import (
    clause_span,
    content_children,
    list_continuations,
    relative_object,
    that_clause_in_prep,
)
from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import QUOTE_CHARS, TRIM, Draft, subtree_span, trim
from newsgraph.attribution.lexicon import AttributionLexicon
from newsgraph.attribution.occasion import medium
from newsgraph.attribution.parse import (
    SUBJ,
    find_subject,
    lemma,
    purpose_infinitive,
    reduced_passive,
    shared_passive_subject,
    source_span,
    stance_participle,
    subject_left,
    verb_tagged_noun,
    verbal_use,
)
from newsgraph.attribution.senses import STATEMENT, complement_class, frames, passive_class
from newsgraph.attribution.tags import tag_verbs

#: Prepositions that carry the rest of a passive report ("was criticized for failing ...",
#: "was confirmed as a passenger", "was charged with murder").
_PASSIVE_PREPS = frozenset({"for", "as", "with"})
#: Marks that may close a name after an inverted cue ('said Robin Kale, half joking').
_NAME_ENDS = frozenset({",", ".", ";", "''", "'", "\u201d", "\u2019"})
#: Subject pronouns of someone who can hold a report ("she seemed to imply ...").
_PERSONAL = frozenset({"he", "she", "they", "i", "we", "you"})

Spans = list[tuple[int, int]]


def verb_drafts(ctx: Context) -> list[Draft]:
    """A draft for every cue verb (and verb of impression) outside the quotations."""
    out: list[Draft] = []
    cues = ctx.lex.cue_verbs
    physical = ctx.lex.physical_verbs
    tokens = ctx.index.tokens
    lemmas = ctx.index.column("lemma_")
    wording = ctx.lex.wording_verbs
    for i, raw in enumerate(lemmas):
        # a cheap test on the lemma first; ``lemma`` mends "hop" -> "hope" (see there)
        if raw.lower() not in cues and raw.lower() != "hop" and raw.lower() not in wording:
            continue
        tok = tokens[i]
        word = lemma(tok)
        if word not in cues and not (word in wording and wording_aside(tok)):
            continue
        if tok.pos_ not in ("VERB", "AUX") and not verb_tagged_noun(tok):
            continue
        if ctx.tok_quote[tok.i] >= 0:
            continue
        if ctx.text[max(0, tok.idx - 2) : tok.idx].endswith(("<", "</")):
            continue  # the name of a markup tag ("<tweet author=...>"), not a word of the prose
        if (tok.pos_ == "AUX" and tok.dep_ == "aux") or tok.dep_ in ("amod", "compound"):
            continue
        if tok.tag_ == "VBN" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN"):
            # "pledged delegates": a participle used as an adjective
            continue
        if word in physical and not verbal_use(tok):
            continue  # "Taliban attacks German consulate" is a bombing, not a statement
        if _discourse_connective(tok):
            continue  # "That said, ...": the writer's concession, nobody's statement
        draft = _verb_draft(ctx, tok)
        if draft is not None:
            out.append(draft)
    for verb in tag_verbs(ctx):
        # a quotation tag whatever its verb ('"...," Trump shot back'): ``tags.py``
        draft = _verb_draft(ctx, verb)
        if draft is not None:
            out.append(draft)
    seem = ctx.lex.seem_verbs
    for i, raw in enumerate(lemmas):
        if raw.lower() not in seem:
            continue
        tok = tokens[i]
        if tok.pos_ in ("VERB", "AUX") and ctx.tok_quote[tok.i] < 0:
            draft = _seem_draft(ctx, tok)
            if draft is not None:
                out.append(draft)
    return out


#: Demonstratives that make a verb of saying a discourse connective ("That said, ...").
_CONNECTIVE_PRONOUNS = frozenset({"that", "this"})


def _discourse_connective(verb: Token) -> bool:
    """ "That said, ...", "That being said, ...", "Having said that, ...": a concessive
    connective made of a verb of saying and a demonstrative, set off by a comma at the start
    of its sentence. It refers back to the writer's own text and reports nothing."""
    doc = verb.doc
    start = verb.sent.start
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if verb.tag_ not in ("VBN", "VBD") or nxt is None:
        return False
    words = [t.lower_ for t in doc[start : verb.i]]
    if words[-1:] == ["being"]:
        words = words[:-1]
    if len(words) == 1 and words[0] in _CONNECTIVE_PRONOUNS:
        return nxt.text == ","  # "That said," / "That being said,"
    after = nxt.lower_ in _CONNECTIVE_PRONOUNS and verb.i + 2 < len(doc) and doc[verb.i + 2].text == ","
    return words == ["having"] and after  # "Having said that,"


def _verb_draft(ctx: Context, verb: Token) -> Draft | None:
    """The draft of one cue verb: content, then source, cue and medium."""
    word = lemma(verb)
    lex = ctx.lex
    if stance_participle(verb, lex.cue_adjectives):
        return None  # an adjective's report (``other_cues.adjective_drafts``)
    children = list(verb.children)  # each ``verb.children`` walk makes new Token objects
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
    # "Twitter is increasingly seen as a news site", "is better known as a Cowboys fan" is a
    # view someone holds; "Ohio is considered a battleground state" is common knowledge
    seen_as = word in lex.seen_as_verbs and any(c.dep_ == "prep" and c.lower_ == "as" for c in children)
    agent = any(c.dep_ == "agent" for c in children)
    if passive and word in lex.knowledge_verbs and not seen_as and not agent:
        # "Ohio is considered a battleground state", "is known as": common knowledge, no report
        return None
    line = ctx.line(verb.idx)
    line = (max(line[0], ctx.body_start) if verb.idx >= ctx.body_start else line[0], line[1])
    found = _verb_content(ctx, verb, word, line)
    if found is None:
        return None
    spans, complement = found
    if lex.senses.has_rules(word) and lex.senses.sense(word, frames(verb), complement) != STATEMENT:
        # "claimed the title", "called him in", "named by police": the act, not a report
        return None
    source, src_tok = _verb_source(ctx, verb, spans, line)
    if word in lex.wording_verbs and wording_aside(verb) and not _inside_as_clause(verb, src_tok):
        # "as X put it": whoever put it is named inside the "as" clause or not at all
        source, src_tok = None, None
    cue_end = verb.idx + len(verb)
    for c in verb.children:
        if c.dep_ == "prt" and c.i == verb.i + 1:
            cue_end = c.idx + len(c)
    d = Draft(content=spans, cue=(verb.idx, cue_end), source=source, cue_token=verb.i, source_token=src_tok)
    d.medium = medium(ctx, verb)
    if d.source is not None and d.medium is not None and d.source[0] < d.medium[0] < d.source[1]:
        # '"...," said Maria Lopez in a statement on Tuesday': the parser hung the medium
        # on the inverted subject; it is the occasion, not part of who spoke
        d.source = trim(ctx.text, d.source[0], d.medium[0], keep_quotes=False)
    return d


def _verb_content(ctx: Context, verb: Token, word: str, line: tuple[int, int]) -> tuple[Spans, str] | None:
    """What a cue verb reports, kept to its paragraph, and the class of complement it came
    from (``senses.complement_class``; "" for a verb no sense row names); None when it
    reports nothing here.

    Tried in order: its complement, a relative pronoun it takes as object, the host
    clause of an aside, an adjacent quotation, a passive subject.
    """
    lex = ctx.lex
    text = ctx.text
    if word in lex.wording_verbs and wording_aside(verb):
        return _wording_content(ctx, verb, line)
    parts, how = content_children(verb, lex)
    if word in lex.clause_only_verbs and how != "clause":
        # "the poll found that ..." reports; "found a job" does not
        return None
    if word in lex.infinitive_only_verbs and how == "np":
        # "seek the presidency" is an aim, "seek to calm his supporters" a stated intention
        return None
    if (
        how == "np"
        and word not in lex.speech_verbs
        and purpose_infinitive(verb, lex)
        and _things_acted_on(lex, parts)
    ):
        # "raised rates to support the currency": an aim of the subject's act, no statement;
        # a verb of saying still says something there ("marched to demand reforms", "went
        # on television to defend his record": the demand and the defence are made)
        return None
    if parts and adjacent_quote(ctx, verb, before_only=True) >= 0:
        # '"...," Kiedis said, mentioning ...': the quotation is what was said
        parts = []
    if not parts:
        parts = that_clause_in_prep(verb)
        how = "clause" if parts else ""
    # the class is read only for a verb with sense rows (reading it walks the parse)
    classify = lex.senses.has_rules(word)
    complement = complement_class(lex.senses, verb, parts, how, text) if classify else ""
    spans: Spans = []
    if parts:
        parts = parts + list_continuations(verb, parts, lex)
        span = clause_span(ctx, verb, parts)
        if span is not None:
            spans = [trim(text, max(span[0], line[0]), min(span[1], line[1]))]
        before = [p for p in parts if p.right_edge.i < verb.i]
        if (not spans or spans[0][0] >= spans[0][1]) and before and len(before) < len(parts):
            # "Populists have little interest in ..., he said.": the parser ran the sentence
            # into the next paragraph and gave the cue a complement there too
            span = clause_span(ctx, verb, before)
            if span is not None:
                spans = [trim(text, max(span[0], line[0]), min(span[1], line[1]))]
    rel = relative_object(verb, word, lex)
    if rel is not None:
        # "Rubio, who many in the establishment had backed", "Florida, which he describes
        # as his second home": the relative pronoun stands for what is backed or described
        if classify and complement == "none":
            # "Rubio, who many had backed": what the pronoun stands for is the object
            complement = lex.senses.noun_class(verb.head) if verb.head.pos_ in ("NOUN", "PROPN") else "object"
        spans = [(rel.idx, rel.idx + len(rel))] + [sp for sp in spans if sp[0] < sp[1]]
    if (not spans or spans[0][0] >= spans[0][1]) and _is_aside(ctx, verb):
        q = adjacent_quote(ctx, verb, before_only=True)
        if q >= 0 and _quoted_clause(ctx, q):
            # '"It has been years," the senator said, asked about the delay': the parser hung
            # the tag on the participle after it; the quotation is still what was said
            spans = [(qs.start, qs.end) for qs in ctx.quotes[q].head().chain()]
            complement = "quote"
        else:
            spans = _aside_host(ctx, verb, line)
            complement = "clause"
    if not spans or spans[0][0] >= spans[0][1]:
        q = adjacent_quote(ctx, verb)
        if q >= 0:
            spans = [(qs.start, qs.end) for qs in ctx.quotes[q].head().chain()]
            complement = "quote"
        else:
            spans, subject = _passive_content(ctx, verb, line)
            if not spans:
                return None
            # "its new kit was announced", "what is called a debate": what the passive
            # subject denotes, or what it is called
            complement = passive_class(lex.senses, verb, subject) if classify else ""
    return spans, complement


def _things_acted_on(lex: AttributionLexicon, parts: list[Token]) -> bool:
    """Whether every object is a thing, not a person or body ("the currency", "the port"),
    nor a word of content ("his record", "the plan"): what an act, not a statement, is done to."""
    return bool(parts) and all(
        lex.senses.noun_class(p) not in ("person", "content") for p in parts if p.dep_ in ("dobj", "obj")
    )


def _quoted_clause(ctx: Context, q: int) -> bool:
    """Whether the quotation holds a clause of its own (a verb), not a fragment the host
    clause goes on from ('"Supporters of other candidates," he added, "have ..."')."""
    span = ctx.doc.char_span(ctx.quotes[q].start, ctx.quotes[q].end, alignment_mode="contract")
    return span is not None and any(t.pos_ in ("VERB", "AUX") for t in span)


def _wording_content(ctx: Context, verb: Token, line: tuple[int, int]) -> tuple[Spans, str] | None:
    """ "As the mayor put it, '...'": the host clause, or the quotation it is, is the wording.
    "X pledges to '...', as she put it" adds nothing to the host verb's own report."""
    if verb.head.i != verb.i and lemma(verb.head) in ctx.lex.cue_verbs:
        return None
    doc = verb.doc
    if verb.head.i == verb.i:
        # the parser made the aside the sentence's root ('As X put it, "..."'): only a
        # quotation right after it is surely the wording (a clause may run on anywhere)
        first = _after_wording(verb)
        q = _quote_after(ctx, verb) if first < len(doc) else -1
        quoted = q >= 0 and ctx.quotes[q].start <= doc[first].idx
        host_spans = [(qs.start, qs.end) for qs in ctx.quotes[q].head().chain()] if quoted else []
    else:
        host_spans = _aside_host(ctx, verb, line)
    host = [
        (a, b)
        for a, b in host_spans
        # "Or, as one economist put it: ...": a lone conjunction before the aside is no wording
        if (span := doc.char_span(a, b, alignment_mode="expand")) is None
        or any(t.dep_ not in ("cc", "punct", "intj") for t in span)
    ]
    return (host, "clause") if host else None


def wording_aside(verb: Token) -> bool:
    """ "as the mayor put it", "as critics described it": an "as" clause whose verb's only
    object is "it", the pronoun standing for the wording of the clause it is set in. Its
    speaker said the host clause (or the quotation after it), not "it". When the parser made
    the aside the root, what it hung on the verb after the "it" and a comma or colon is the
    host, not a complement."""
    obj = _wording_object(verb)
    if obj is None or not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
        return False
    root = verb.head.i == verb.i
    complements = ("ccomp", "xcomp", "dobj", "dative", "oprd")
    return not any(
        c.i != obj.i and c.dep_ in complements and (not root or c.i < obj.i) for c in verb.children
    )


def _wording_object(verb: Token) -> Token | None:
    """The "it" right after a wording verb (a particle may come between: "summed it up")."""
    doc = verb.doc
    for k in (verb.i + 1, verb.i + 2):
        if k < len(doc) and doc[k].lower_ == "it" and doc[k].head.i == verb.i and doc[k].dep_ == "dobj":
            return doc[k]
    return None


def _after_wording(verb: Token) -> int:
    """The first token of the host after a root aside: past "it", a particle and punctuation."""
    obj = _wording_object(verb)
    k = (obj.i if obj is not None else verb.i) + 1
    doc = verb.doc
    while k < len(doc) and (doc[k].dep_ == "prt" or doc[k].text in (",", ":", "—", "–")):
        k += 1
    return k


def _inside_as_clause(verb: Token, token: int | None) -> bool:
    """Whether ``token`` lies between a wording aside's "as" and its verb."""
    mark = next((c.i for c in verb.children if c.dep_ == "mark"), verb.i)
    return token is not None and mark < token < verb.i


def _aside_host(ctx: Context, verb: Token, line: tuple[int, int]) -> Spans:
    """ "This campaign, he says, is different": the host clause minus the aside."""
    host = verb.head
    left, right = host.left_edge.i, host.right_edge.i
    own = (verb.left_edge.i, verb.right_edge.i)
    if verb.dep_ == "conj" and _closing_tag(verb):
        # "..., but only just, Costa said.": what the parser hung on the tag before its
        # subject belongs to the clause it closes
        own = (next(c for c in verb.children if c.dep_ == "nsubj").left_edge.i, own[1])
    doc = verb.doc
    for i in range(own[1] + 1, right):
        if doc[i].text in (".", "?", "!") and ctx.tok_quote[i] < 0 and (
            ctx.tok_quote[i + 1] >= 0 or doc[i + 1].text in QUOTE_CHARS
        ):
            # "Time, Mr. Pence added, was on their side. ''It's early,'' he said": the parser
            # ran the host into the next sentence, a quotation of its own; the host ends here
            right = i
            break
    pieces = []
    if own[0] > left:
        pieces.append((doc[left].idx, doc[own[0] - 1].idx + len(doc[own[0] - 1])))
    if right > own[1]:
        pieces.append((doc[own[1] + 1].idx, doc[right].idx + len(doc[right])))
    pieces = [trim(ctx.text, max(a, line[0]), min(b, line[1])) for a, b in pieces]
    return [p for p in pieces if p[1] - p[0] > 1]


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
        subj = _subject_after_quote(ctx, verb) or subj
    if subj is None and not agentless and not reduced_passive(verb, ctx.lex):
        # (a reduced passive, "when asked about ...", names no asker: nothing to look for)
        subj = _subject_after_quote(ctx, verb)
    if subj is None and spans and spans[0][1] <= verb.idx:
        # '"...," said Jealous' / 'explained 62-year-old Brenda Johnson': inverted subject
        subj = next(
            (
                c
                for c in verb.children
                if c.i > verb.i
                and c.dep_ in ("dobj", "nsubj", "attr", "npadvmod", "dative", "oprd")
                and (c.pos_ in ("PROPN", "NOUN") or c.lower_ in ("he", "she", "they"))
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
        return None
    if k < sent_end and not (doc[k].is_punct and doc[k].text in _NAME_ENDS):
        return None
    name = doc[k - 1]
    if name.head.i == verb.i:
        return None  # the parse already made it the verb's own dependent: not this case
    return name


def _verb_source(
    ctx: Context, verb: Token, spans: Spans, line: tuple[int, int]
) -> tuple[tuple[int, int] | None, int | None]:
    """The source words of a cue verb and the token they resolve from, kept out of the
    dateline and (mostly) to the cue's paragraph."""
    text = ctx.text
    subj = _verb_subject(ctx, verb, spans)
    named = _name_before(ctx, verb) if subj is None else None
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


def _name_before(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """ "..., Col. Steven Warren, a military spokesman, said, ...": when the parser lost a
    finite cue verb's subject, the named person or group just before it (no verb between,
    but for a bracketed aside right before the verb)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ not in ("ROOT", "ccomp", "parataxis"):
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
            end = i
            while i > sent_start and doc[i].ent_iob_ == "I":
                i -= 1
            return doc[i].idx, doc[end].idx + len(doc[end])
        i -= 1
    return None


def _seem_draft(ctx: Context, verb: Token) -> Draft | None:
    """ "X seems to be Y", "it appears that ...": an impression with no one holding it
    (PolNeAR takes subject + complement as content and no source)."""
    comp = [
        c for c in verb.children if c.dep_ in ("xcomp", "acomp", "ccomp", "attr", "oprd") and c.i > verb.i
    ]
    if not comp:
        return None
    line = ctx.line(verb.idx)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is not None and _seems_to_report(ctx, comp[0], subj):
        # "Obama seemed to recognize the stakes", "she appeared to imply that ...": the
        # infinitive is a report of its own, whose holder is the subject of "seem"
        return None
    parts: list[Token] = comp[:1]
    if subj is not None and subj.lower_ not in ("it", "there"):
        parts = [subj, *parts]
    pieces = []
    for p in parts:
        a, b = subtree_span(p)
        a, b = trim(ctx.text, max(a, line[0]), min(b, line[1]))
        if b > a:
            pieces.append((a, b))
    if not pieces:
        return None
    return Draft(content=pieces, cue=(verb.idx, verb.idx + len(verb)), cue_token=verb.i)


def _seems_to_report(ctx: Context, comp: Token, subj: Token) -> bool:
    """Whether "X seems to V" is X's own report: V is a cue verb in the simple infinitive (not
    "seems to have found", "appears to be relishing", which are states the writer sees) and X
    is someone who can hold it (a person or a name, not "his tone" or "coal consumption")."""
    if comp.dep_ != "xcomp" or lemma(comp) not in ctx.lex.cue_verbs:
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in comp.children):
        return False
    return (
        subj.lower_ in _PERSONAL
        or subj.pos_ == "PROPN"
        or subj.ent_type_ in ("PERSON", "ORG", "NORP")
        or ctx.lex.senses.noun_class(subj) == "person"
    )


def _passive_content(ctx: Context, verb: Token, line: tuple[int, int]) -> tuple[Spans, Token | None]:
    """ "Her name was announced", "the birth is expected to coincide with ...": what was
    reported is the passive subject (with its infinitive), returned with that subject;
    the source is the agent, if any."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
    subj = subj or shared_passive_subject(verb)
    if subj is None or (subj.pos_ == "PRON" and subj.lower_ in ("it", "this", "that", "which", "who")):
        return [], None
    parts = [subj] + [
        c
        for c in verb.children
        if c.i > verb.i and (c.dep_ in ("xcomp", "oprd") or (c.dep_ == "prep" and c.lower_ in _PASSIVE_PREPS))
    ]
    pieces = []
    for p in parts:
        a, b = subtree_span(p)
        a, b = trim(ctx.text, max(a, line[0]), min(b, line[1]))
        if b > a:
            pieces.append((a, b))
    return pieces, subj


def _subject_after_quote(ctx: Context, verb: Token) -> Token | None:
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
    return first.head if first.dep_ == "compound" and first.head.i < verb.i else first


def _is_aside(ctx: Context, verb: Token) -> bool:
    """ "This campaign, he says, is different" / "..., records show.": the cue is an aside
    to the clause that holds the content."""
    if verb.head.i == verb.i:
        return False
    if ctx.tok_quote[verb.head.i] >= 0:
        # '"...," he said': the quotation is found as such; but "The industry, she said,
        # is ''doing better''" is an aside inside a mixed statement
        host = verb.head
        return (
            verb.dep_ == "parataxis"
            and host.left_edge.i < verb.left_edge.i
            and ctx.tok_quote[host.left_edge.i] < 0
        )
    if verb.dep_ == "parataxis":
        return True
    if (
        verb.dep_ == "conj"
        and verb.i > verb.head.i
        and verb.left_edge.i == verb.i
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in SUBJ and c.i < verb.i for c in verb.children)
    ):
        # "..., but it is under pressure, said the chief executive": a trailing inverted cue
        return True
    if verb.dep_ == "conj" and verb.i > verb.head.i and _closing_tag(verb):
        # "A: I think it will, but only just, Costa said.": the parser joined the closing
        # tag to the clause it closes
        return True
    if (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp") for c in verb.children)
    ):
        # "As the Post reported, ...": the host clause is what was reported; "As the hall
        # cheered, ..." is when it happened
        return lemma(verb) not in ctx.lex.reaction_verbs
    if verb.dep_ in ("ccomp", "advcl") and verb.i > verb.head.i:
        doc = verb.doc
        before = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
        # a participle with no subject of its own (", adding to his wins", ", telling the
        # story of ...") is the host's adjunct, not a speaker's aside on the host clause
        return (
            before is not None
            and before.text in (",", "—", "–")
            and not any(c.dep_ in ("mark", "advmod") and c.i < verb.i for c in verb.children)
            and not (verb.tag_ == "VBG" and not any(c.dep_ in SUBJ for c in verb.children))
        )
    return False


def _closing_tag(verb: Token) -> bool:
    """ "..., Costa said.": a subject right after a comma, then the verb with no complement
    of its own, then the end of the sentence."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 1 or subjects[0].right_edge.i != verb.i - 1:
        return False
    left = subjects[0].left_edge.i
    if left == 0 or verb.doc[left - 1].text != ",":
        return False
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "prep", "dative") for c in verb.children):
        return False
    return _clause_ends_after(verb)


def _clause_ends_after(verb: Token) -> bool:
    """'... Trump said.': nothing but the subject and punctuation follows the verb."""
    doc = verb.doc
    for t in doc[verb.i + 1 : min(len(doc), verb.i + 6)]:
        if t.is_punct or t.is_space:
            return t.text in (".", "!", "?") or t.is_space
        if t.dep_ not in ("nsubj", "compound", "det", "amod", "appos", "prt"):
            return False
    return False


def adjacent_quote(ctx: Context, verb: Token, before_only: bool = False) -> int:
    """A quotation right before the clause (""…," she said") or right after it (said: "…"),
    as an index into ``ctx.quotes``; -1 when there is none."""
    k = _quote_before(ctx, verb, before_only)
    if k >= 0 or before_only:
        return k
    return _quote_after(ctx, verb)


def _quote_before(ctx: Context, verb: Token, before_only: bool) -> int:
    """Only punctuation and space between the quotation's end and the clause's start."""
    text = ctx.text
    sent = ctx.sentence(verb)
    subj = find_subject(verb, ctx.lex)
    left_tok = min(verb.i, subject_left(subj) if subj is not None and subj.head.i == verb.i else verb.i)
    if subj is None or subj.head.i != verb.i:
        # '"...," Ramos, 58, told AFP': the parser lost the subject after the closing mark;
        # the noun phrase there is it (``_subject_after_quote``), so the clause starts there
        lost = _subject_after_quote(ctx, verb)
        if lost is not None:
            left_tok = min(left_tok, lost.i)
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
    ends = ends_clause or _clause_ends_after(verb)
    # a short quotation is a phrase ('the "elite," he said'), unless it is a whole utterance
    # of its own: it opens the sentence and closes on its own comma or mark ('"Denver," he
    # answered', '"Quiet!" he demanded')
    whole = starts_sentence and inner_end[-1:] in (",", "?", "!") and gap.strip() == ""
    return k if q.double and (q.end - q.start > 12 or whole) and opens and ends else -1


def _quote_after(ctx: Context, verb: Token) -> int:
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
