"""Cues that are not verbs: "according to X", "in a CNN poll", "X was confident that ...",
"Trump's claim that ...".

Each function scans the Doc once and returns drafts; the words come from
``nominal_cues.txt``, ``info_sources.txt``, ``cue_adjectives.txt`` and
``cue_nouns.txt``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.content import content_on_line
from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft, subtree_span, trim
from newsgraph.attribution.parse import ADJ_PREPS, SUBJ, find_subject, source_span, stance_participle
from newsgraph.attribution.senses import SenseTable

#: Prepositions naming what a received attitude is about ("support ... for his plan").
_ABOUT = frozenset({"for", "on", "about", "against", "over", "to", "at"})
#: Clause links climbed from the clause "according to" hangs on up to its sentence's main clause.
_ACCORDING_CLIMB = frozenset({"conj", "advcl", "ccomp", "parataxis", "xcomp"})


def nominal_drafts(ctx: Context) -> list[Draft]:
    """ "according to X", "in the words of X": the sentence the phrase sits in, minus the
    phrase, is what X said."""
    out: list[Draft] = []
    cues = ctx.lex.nominal_cues
    doc = ctx.doc
    tokens = ctx.index.tokens
    lowers = ctx.index.column("lower_")
    first_words = {cue[0] for cue in cues}
    for i, low in enumerate(lowers):
        if low not in first_words:
            continue
        tok = tokens[i]
        for cue in cues:
            if low != cue[0] or i + len(cue) > len(doc):
                continue
            if tuple(lowers[i : i + len(cue)]) != cue:
                continue
            draft = _nominal_draft(ctx, tok, len(cue))
            if draft is not None:
                out.append(draft)
    return out


def _nominal_draft(ctx: Context, tok: Token, length: int) -> Draft | None:
    doc = ctx.doc
    last = doc[tok.i + length - 1]
    pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in doc[tok.i : tok.i + length + 1] if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    pp_root = tok if tok.dep_ == "prep" else last
    while pp_root.head.i != pp_root.i and pp_root.head.i >= tok.i and pp_root.head.i < tok.i + length:
        pp_root = pp_root.head
    pieces = _vouched_pieces(ctx, pp_root)
    if not pieces:
        return None
    pobj = _author_of(pobj, ctx.lex.publishing_verbs) or pobj
    src = source_span(pobj, ctx.text)
    return Draft(content=pieces, cue=(tok.idx, last.idx + len(last)), source=src, source_token=pobj.i)


def _author_of(document: Token, publishing: frozenset[str]) -> Token | None:
    """ "according to a court filing released by the prosecutor", "according to audio
    provided by the station": a document put out by someone named in a by-phrase vouches
    for them; they are the source. None when the document names no such author."""
    for acl in document.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.i < document.i:
            continue
        if acl.lemma_.lower() not in publishing:
            continue
        agent = next((c for c in acl.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
    return None


def _vouched_pieces(ctx: Context, pp_root: Token) -> list[tuple[int, int]]:
    """The sentence a vouching phrase ("according to X", "in X's view") sits in, minus the
    phrase: the clause its head belongs to, climbed up to the main clause."""
    doc = ctx.doc
    head = pp_root.head
    if head.i == pp_root.i:
        return []
    # the clause the cue modifies: its head's clause, without the cue phrase
    clause = head
    while (
        clause.pos_ not in ("VERB", "AUX") or clause.dep_ in ("amod", "acl", "compound", "aux")
    ) and clause.head.i != clause.i:
        clause = clause.head
    # the phrase vouches for the whole sentence, not only the conjunct or
    # subordinate clause the parser hung it on ("A was paid X; B was paid Y, according to")
    while clause.dep_ in _ACCORDING_CLIMB and clause.head.i != clause.i:
        clause = clause.head
    pp = (doc[pp_root.left_edge.i].idx, doc[pp_root.right_edge.i].idx + len(doc[pp_root.right_edge.i]))
    sent = ctx.sentence(clause)
    s, e = subtree_span(clause)
    s, e = max(s, sent.start_char), min(e, sent.end_char)
    pieces = [(s, min(e, pp[0])), (max(s, pp[1]), e)]
    pieces = [trim(ctx.text, a, b) for a, b in pieces if b > a]
    return [p for p in pieces if p[1] - p[0] > 2]


def _set_off(pp: Token) -> bool:
    """Whether a phrase opens its sentence or stands between commas (or before its end)."""
    doc = pp.doc
    left, right = pp.left_edge.i, pp.right_edge.i
    before = left == pp.sent.start or doc[left - 1].text in (",", "—", "–", "(")
    after = right + 1 >= len(doc) or doc[right + 1].text in (",", ".", "—", "–", ")", ";", "!", "?")
    return before and after


def _under_cue(pp: Token, cue_verbs: frozenset[str]) -> bool:
    """Whether the phrase hangs on a cue verb or inside a clause one reports."""
    node = pp.head
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.lemma_.lower() in cue_verbs:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


#: Prepositions of a viewpoint phrase ("in her view", "from their perspective").
_VIEWPOINT_PREPS = frozenset({"in", "from"})


def viewpoint_drafts(ctx: Context) -> list[Draft]:
    """ "In Professor Vale's view, the tax would fail": a preposition, a possessor and a noun
    of viewpoint vouch for the clause the phrase modifies, as "according to" does; the
    possessor holds it. Without a possessor ("in view of the costs") nothing is reported."""
    out: list[Draft] = []
    nouns = ctx.lex.viewpoint_nouns
    tokens = ctx.index.tokens
    deps = ctx.index.column("dep_")
    for i, low in enumerate(ctx.index.column("lower_")):
        if low not in _VIEWPOINT_PREPS or deps[i] != "prep" or ctx.tok_quote[i] >= 0:
            continue
        prep = tokens[i]
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in nouns or pobj.i != prep.right_edge.i:
            continue  # "in his view of the economy": the view's object, not a viewpoint
        holder = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if holder is None or not _set_off(prep):
            continue
        if _under_cue(prep, ctx.lex.cue_verbs):
            continue  # "he says X was handled well in his view": the verb's report holds it
        pieces = _vouched_pieces(ctx, prep)
        if not pieces:
            continue
        a = tokens[holder.left_edge.i].idx
        source = trim(ctx.text, a, holder.idx + len(holder), keep_quotes=False)
        if holder.tag_ == "POS" or tokens[holder.i + 1].tag_ == "POS":
            source = trim(ctx.text, a, tokens[holder.i].idx + len(tokens[holder.i]), keep_quotes=False)
        out.append(
            Draft(
                content=pieces,
                cue=(pobj.idx, pobj.idx + len(pobj)),
                source=source,
                cue_token=pobj.i,
                source_token=holder.i,
            )
        )
    return out


def _generic_plural(noun: Token) -> bool:
    """ "ahead in the polls", "slid in polls": a bare or "the" plural with no modifier names
    no poll or report, only a standing; "in a CNN poll", "in recent polls from Quinnipiac"
    name their source."""
    return noun.tag_ in ("NNS", "NNPS") and all(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _closing_pp_clause(prep: Token) -> Token | None:
    """ "Ruiz held a lead over her rival among older voters in a Gazette poll.": a poll
    phrase that closes its sentence vouches for the whole clause, though the parser hung it
    on the last noun; the main verb above that noun, when no other verb is between."""
    doc = prep.doc
    end = prep.right_edge.i + 1
    if end < len(doc) and not (doc[end].is_punct and doc[end].text in (".", "!", "?", ";")):
        return None
    node = prep.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            return node if node.dep_ == "ROOT" else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def source_pp_drafts(ctx: Context) -> list[Draft]:
    """ "In a CNN poll, Clinton held a lead" / "... in the same poll": a poll-like source
    given as a prepositional phrase on a clause whose verb is no cue of its own."""
    out: list[Draft] = []
    sources = ctx.lex.info_sources
    cues = ctx.lex.cue_verbs
    text = ctx.text
    tokens = ctx.index.tokens
    deps = ctx.index.column("dep_")
    for i, low in enumerate(ctx.index.column("lower_")):
        if low not in ("in", "from") or deps[i] != "prep" or ctx.tok_quote[i] >= 0:
            continue
        tok = tokens[i]
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in sources or _generic_plural(pobj):
            continue
        clause: Token | None = tok.head if tok.head.pos_ in ("VERB", "AUX") else _closing_pp_clause(tok)
        if clause is None or clause.lemma_.lower() in cues:
            continue
        if not any(c.dep_ in SUBJ for c in clause.children):
            continue
        if low == "from" and any(c.dep_ == "dobj" for c in clause.children):
            continue  # "pooled data from 57 studies": where a thing taken came from
        passive = any(c.dep_ == "auxpass" for c in clause.children)
        if clause.tag_ == "VBN" and tok.i == clause.i + 1 and passive:
            continue  # "who was not involved in the study": the participle's own argument (session 20)
        sent = ctx.sentence(clause)
        a, b = subtree_span(clause)
        a, b = max(a, sent.start_char), min(b, sent.end_char)
        pp = subtree_span(tok)
        pieces = [trim(text, x, y) for x, y in ((a, min(b, pp[0])), (max(a, pp[1]), b)) if y > x]
        pieces = [p for p in pieces if p[1] - p[0] > 2]
        if not pieces:
            continue
        out.append(
            Draft(
                content=pieces,
                cue=(tok.idx, tok.idx + len(tok)),
                source=trim(text, *subtree_span(pobj), keep_quotes=False),
                cue_token=tok.i,
                source_token=pobj.i,
            )
        )
    return out


def adjective_drafts(ctx: Context) -> list[Draft]:
    """ "X was confident that ...", "X is critical of ...", "X is eager to ...": a stance
    adjective predicated of its holder; content is its clause, infinitive or object."""
    out: list[Draft] = []
    adjectives = ctx.lex.cue_adjectives
    tokens = ctx.index.tokens
    lemmas = ctx.index.column("lemma_")
    for i, low in enumerate(ctx.index.column("lower_")):
        # a stance participle's word or a stance adjective's lemma is in the list: test that first
        if low not in adjectives and lemmas[i].lower() not in adjectives:
            continue
        tok = tokens[i]
        participle = stance_participle(tok, adjectives)
        if not participle and (
            tok.pos_ != "ADJ"
            or tok.dep_ not in ("acomp", "oprd")
            or tok.lemma_.lower() not in adjectives
            or ctx.tok_quote[tok.i] >= 0
        ):
            continue
        parts: list[Token] = []
        cue_end = tok.idx + len(tok)
        for c in tok.children:
            if c.i < tok.i:
                continue
            if c.dep_ in ("ccomp", "xcomp"):
                parts = [c]
                break
            if c.dep_ == "prep" and c.lower_ in ADJ_PREPS:
                pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if pobj:
                    parts = pobj
                    cue_end = c.idx + len(c)
                    break
        if not parts:
            continue
        if participle:
            subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        else:
            subj = find_subject(tok.head, ctx.lex)
        if subj is None:
            continue
        content = content_on_line(ctx, tok, parts)
        if content is None:
            continue
        out.append(
            Draft(
                content=[content],
                cue=(tok.idx, cue_end),
                source=source_span(subj, ctx.text),
                cue_token=tok.i,
                source_token=subj.i,
            )
        )
    return out


def noun_drafts(ctx: Context) -> list[Draft]:
    """ "Trump's claim that ...", "her criticism of the deal": a cue noun with a holder."""
    out: list[Draft] = []
    nouns = ctx.lex.cue_nouns
    support = ctx.lex.opinion_support_verbs
    text = ctx.text
    tokens = ctx.index.tokens
    pos = ctx.index.column("pos_")
    for i, raw in enumerate(ctx.index.column("lemma_")):
        if pos[i] != "NOUN" or raw.lower() not in nouns or ctx.tok_quote[i] >= 0:
            continue
        tok = tokens[i]
        if any(c.dep_ == "compound" and c.lemma_.lower() in ctx.lex.natural_nouns for c in tok.lefts):
            continue  # "rain warnings", "flood alerts": a forecast's, nobody's words
        received = _received(ctx, tok)
        if received is not None:
            out.append(received)
            continue
        holder, clause = _holder_and_clause(tok, ctx.lex.senses, ctx.lex.alert_nouns)
        if holder is None and tok.dep_ in ("dobj", "attr") and tok.head.lemma_.lower() in support:
            # "expressed concern that ...", "made the claim that ...": the subject holds it
            holder = find_subject(tok.head, ctx.lex)
        if holder is not None and holder.tag_ == "PRP$":
            holder = _keeper(ctx, tok) or holder
        if not clause and holder is not None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be":
            # "the mayor's response was that ...", "the union's main demand was a shorter
            # week": what the held noun is, is its content
            clause = [c for c in tok.head.children if c.dep_ in ("ccomp", "attr") and c.i > tok.head.i][:1]
        if not clause:
            continue
        if holder is None and not (
            clause[0].dep_ in ("acl", "ccomp", "relcl")
            and any(m.lower_ == "that" for m in clause[0].children)
            and tok.tag_ != "NN"
        ):
            # "claims that ..." with no one holding them still report claims (many made them);
            # "criticism of the deal" with no holder is too vague to keep, and so is "the
            # suggestion that ...": one suggestion is someone's, whom the text names elsewhere
            # (train 0-690: 33 singular nouns kept that way, 5 right)
            continue
        content = content_on_line(ctx, tok, clause)
        if content is None:
            continue
        source: tuple[int, int] | None = None
        if holder is not None:
            source = (
                (holder.idx, holder.idx + len(holder)) if holder.pos_ == "PRON" else source_span(holder, text)
            )
            if holder.tag_ == "POS" or holder.dep_ == "poss":
                source = trim(text, *subtree_span(holder), keep_quotes=False)
                if text[source[1] - 2 : source[1]] in ("’s", "'s"):
                    source = (source[0], source[1] - 2)
        out.append(
            Draft(
                content=[content],
                cue=(tok.idx, tok.idx + len(tok)),
                source=source,
                cue_token=tok.i,
                source_token=holder.i if holder is not None else None,
            )
        )
    return out


def _received(ctx: Context, noun: Token) -> Draft | None:
    """ "The plan drew sharp criticism from union leaders", "the mayor won the endorsement of
    the teachers": a cue noun received by the subject of a verb of receiving
    (``stance_receiving_verbs.txt``) from a holder named by a from/of/by phrase. The holder
    is the source and the receiver what the attitude is about; with no holder named
    ("faced criticism") nothing is kept."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ctx.lex.receiving_verbs:
        return None
    # the phrase hangs on the noun, or ("from") on the verb after the noun
    phrases = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "of", "by")]
    phrases += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" and c.i > noun.i]
    holder = next(
        (g for c in phrases if c.i > noun.i for g in c.children if g.dep_ == "pobj" and _gives(c, g, ctx)),
        None,
    )
    if holder is None:
        return None
    # "support from the homeowners for his plan": what the attitude is about, when named
    about = [
        g
        for c in (*noun.children, *verb.children)
        if c.dep_ == "prep" and c.lower_ in _ABOUT and c.i > noun.i
        for g in c.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    receiver = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if not about and (receiver is None or receiver.lower_ in ("it", "this", "that", "which", "who", "there")):
        return None
    parts = about[:1] if about else [receiver] if receiver is not None else []
    content = content_on_line(ctx, noun, parts)
    if content is None:
        return None
    return Draft(
        content=[content],
        cue=(noun.idx, noun.idx + len(noun)),
        source=source_span(holder, ctx.text),
        cue_token=noun.i,
        source_token=holder.i,
    )


def _keeper(ctx: Context, noun: Token) -> Token | None:
    """ "Trump continued his attacks on the judge", "she doubled down on her support for ...":
    a stance held by a possessive pronoun and kept up, widened, defended or given up by the
    subject of a verb of ``stance_keeping_verbs.txt`` is that subject's; the source is the
    subject, named there, rather than the pronoun."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ctx.lex.keeping_verbs:
        return None
    subject = find_subject(verb, ctx.lex)
    if subject is None or subject.lower_ in ("it", "this", "that", "which", "there"):
        return None
    return subject


def _gives(prep: Token, pobj: Token, ctx: Context) -> bool:
    """Whether a from/of/by phrase names who gives the attitude: "from" and "by" always;
    "of" only for someone who can hold one ("the endorsement of the union", not "accusations
    of favoritism", where "of" gives the content)."""
    if prep.lower_ != "of":
        return True
    return (
        pobj.pos_ in ("PROPN", "PRON")
        or pobj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or ctx.lex.senses.noun_class(pobj) == "person"
    )


def _holder_and_clause(
    noun: Token, senses: SenseTable, alert_nouns: frozenset[str]
) -> tuple[Token | None, list[Token]]:
    """The holder of a cue noun (a possessor, a by/from phrase) and what is held (a
    that-clause, an infinitive, an of/for/on/about object). A "to" phrase naming a person
    or body says whom the words were for ("false statements to the FBI", "her letter to
    the regulator"), not what they said (as "objections to the plan" does); the "for"
    phrase of a public warning (``alert_nouns.txt``: "a red warning for wind") is the
    hazard or the place it covers."""
    holder: Token | None = None
    clause: list[Token] = []
    for c in noun.children:
        if c.dep_ == "poss":
            holder = c
        elif c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i > noun.i and holder is None:
            holder = next((g for g in c.children if g.dep_ == "pobj"), None)
        elif (
            c.dep_ in ("acl", "ccomp", "relcl")
            and c.i > noun.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ):
            clause = [c]
        elif (
            c.dep_ == "acl"
            and c.i > noun.i
            and c.tag_ == "VB"
            and noun.tag_ == "NN"
            and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
            and not clause
        ):
            # "her plan to raise taxes", "his refusal to concede": the infinitive is
            # what was planned or refused (kept only with a holder, below)
            clause = [c]
        elif (
            c.dep_ == "prep"
            and c.lower_ in ("of", "for", "on", "about", "against", "to")
            and c.i > noun.i
            and not clause
        ):
            pobj = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            if c.lower_ == "for" and noun.lemma_.lower() in alert_nouns:
                continue
            if pobj and not (c.lower_ == "to" and senses.noun_class(pobj[0]) == "person"):
                clause = pobj
    return holder, clause

