"""Cue verbs on the parse: "X said (that) ...", '"...," she said', "As the Post reported, ...".

A verb whose lemma is a cue (``speech_verbs.tsv`` or ``cue_verbs.txt``) and that is
outside any quotation yields a draft: its content is a complement (``content.py``),
the host clause of an aside, an adjacent quotation or a passive subject; its source
is its subject, found on the parse or, where the parser lost it, next to the verb.
Verbs of impression ("it seems that ...") yield drafts with no source.

The steps of a draft live in their own modules: asides (``asides.py``), adjacent
quotations (``adjacent_quotes.py``) and the source (``verb_sources.py``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.adjacent_quotes import adjacent_quote, quote_after
from newsgraph.attribution.asides import (
    after_wording,
    aside_host,
    inside_as_clause,
    is_aside,
    tag_host,
    wording_aside,
)
from newsgraph.attribution.content import (
    clause_span,
    content_children,
    list_continuations,
    relative_object,
    that_clause_in_prep,
)
from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft, subtree_span, trim
from newsgraph.attribution.lexicon import AttributionLexicon
from newsgraph.attribution.occasion import medium
from newsgraph.attribution.parse import (
    find_subject,
    lemma,
    purpose_infinitive,
    shared_passive_subject,
    stance_participle,
    verb_tagged_noun,
    verbal_use,
)
from newsgraph.attribution.senses import STATEMENT, complement_class, frames, passive_class
from newsgraph.attribution.tags import tag_verbs
from newsgraph.attribution.verb_sources import verb_source
from newsgraph.docindex import doc_index

#: Prepositions that carry the rest of a passive report ("was criticized for failing ...",
#: "was confirmed as a passenger", "was charged with murder").
_PASSIVE_PREPS = frozenset({"for", "as", "with"})
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
        low = raw.lower()
        if low not in cues and low != "hop" and low not in wording:
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
        if word in physical and not verbal_use(tok, ctx.lex):
            continue  # "Taliban attacks German consulate" is a bombing, not a statement
        if _discourse_connective(tok):
            continue  # "That said, ...": the writer's concession, nobody's statement
        if _asked(tok):
            continue  # "Will you accept a ceasefire?": a question, nothing reported
        if _thing_as_relative_subject(ctx, tok):
            continue  # "postal votes, which favour his party": no one holds anything
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
    if verb.tag_ not in ("VBN", "VBD") or verb.i + 1 >= len(doc):
        return False
    index = doc_index(doc)
    sent = index.sentence_of(verb)
    start = sent.start if sent is not None else 0
    nxt = doc[verb.i + 1]
    words = index.column("lower_")[start : verb.i]  # a slice of the column: no Token per word
    if words[-1:] == ["being"]:
        words = words[:-1]
    if len(words) == 1 and words[0] in _CONNECTIVE_PRONOUNS:
        return nxt.text == ","  # "That said," / "That being said,"
    after = nxt.lower_ in _CONNECTIVE_PRONOUNS and verb.i + 2 < len(doc) and doc[verb.i + 2].text == ","
    return words == ["having"] and after  # "Having said that,"


#: Relative pronouns that can be a relative clause's subject.
_RELATIVE_SUBJECTS = frozenset({"which", "that"})


def _thing_as_relative_subject(ctx: Context, verb: Token) -> bool:
    """A verb of attitude in a relative clause whose subject, "which" or "that", stands
    for a thing that is no entity ("postal votes, which traditionally favour the party"):
    it holds no view. A verb of saying or of a record keeps its report ("the report,
    which says ...", "returns that showed ..."), and a body, a person, a place or an
    entity the entities stage found keeps its view ("the union, which opposes ...")."""
    if verb.dep_ != "relcl" or verb.head.pos_ != "NOUN":
        return False
    if lemma(verb) in ctx.lex.speech_verbs or lemma(verb) in ctx.lex.record_verbs:
        return False
    # (active only: "a plan which is expected to cut fares" is held by unnamed others)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _RELATIVE_SUBJECTS:
        return False
    # the noun the clause hangs on, and the one right before its pronoun ("a number of
    # cities that support": the parser often takes the first noun of the phrase)
    before = ctx.index.tokens[subject.i - 1] if subject.i > 0 else verb.head
    return not any(_may_hold_a_view(ctx, noun) for noun in (verb.head, before))


def _may_hold_a_view(ctx: Context, noun: Token) -> bool:
    word = noun.lemma_.lower()
    if word in ctx.lex.body_nouns or word in ctx.lex.finding_subjects:
        return True
    if noun.pos_ == "NOUN" and ctx.lex.senses.noun_class(noun) in ("person", "place"):
        return True  # a place noun is its people or its government ("cities that support")
    return ctx.index.entity_for_span(noun.idx, noun.idx + len(noun)) is not None


def _asked(verb: Token) -> bool:
    """A yes/no question on the cue verb ("Will you accept ...?", "Did she say ...?"): its
    auxiliary comes before its subject and its sentence ends in a question mark. Whether
    something was said or held is what is asked, so nothing is reported."""
    sent = doc_index(verb.doc).sentence_of(verb)
    if sent is None:
        return False
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text != "?":
        return False
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    if aux is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > aux.i for c in verb.children):
        return False
    # the auxiliary opens the clause: only its sentence's start or a label ("Q:") is before it
    return aux.i == sent.start or verb.doc[aux.i - 1].text == ":"


def _anonymity_request(ctx: Context, children: list[int]) -> bool:
    """Whether a cue verb with these children asks for its speaker not to be named: its
    complement is a passive infinitive of a naming verb ("asked not to be named",
    "requested not to be identified")."""
    index = ctx.index
    deps, lemmas = index.column("dep_"), index.column("lemma_")
    return any(
        deps[comp] == "xcomp"
        and lemmas[comp].lower() in ctx.lex.anonymity_verbs
        and any(deps[c] == "auxpass" for c in index.children(comp))
        for comp in children
    )


def _verb_draft(ctx: Context, verb: Token) -> Draft | None:
    """The draft of one cue verb: content, then source, cue and medium."""
    word = lemma(verb)
    lex = ctx.lex
    if stance_participle(verb, lex.cue_adjectives):
        return None  # an adjective's report (``other_cues.adjective_drafts``)
    # the children by index and their relations from the columns: no Token per child
    index = ctx.index
    deps, lowers = index.column("dep_"), index.column("lower_")
    children = index.children(verb.i)
    passive = any(deps[c] in ("nsubjpass", "auxpass") for c in children)
    # "Twitter is increasingly seen as a news site", "is better known as a Cowboys fan" is a
    # view someone holds; "Ohio is considered a battleground state" is common knowledge
    seen_as = word in lex.seen_as_verbs and any(deps[c] == "prep" and lowers[c] == "as" for c in children)
    agent = any(deps[c] == "agent" for c in children)
    if passive and word in lex.knowledge_verbs and not seen_as and not agent:
        # "Ohio is considered a battleground state", "is known as": common knowledge, no report
        return None
    line = ctx.line(verb.idx)
    line = (max(line[0], ctx.body_start) if verb.idx >= ctx.body_start else line[0], line[1])
    found = _verb_content(ctx, verb, word, line)
    if found is None:
        return None
    spans, complement = found
    if _anonymity_request(ctx, children):
        return None  # "who asked not to be named": the condition of speaking, no report
    if lex.senses.has_rules(word) and lex.senses.sense(word, frames(verb), complement) != STATEMENT:
        # "claimed the title", "called him in", "named by police": the act, not a report
        return None
    source, src_tok = verb_source(ctx, verb, spans, line)
    if source is None and (_holderless_nonfinite(verb) or _imperative(verb)):
        return None  # nobody holds it here: mostly no report, or one whose holder is lost
    if word in lex.wording_verbs and wording_aside(verb) and not inside_as_clause(verb, src_tok):
        # "as X put it": whoever put it is named inside the "as" clause or not at all
        source, src_tok = None, None
    cue_end = verb.idx + len(verb)
    for c in children:
        if deps[c] == "prt" and c == verb.i + 1:
            particle = index.tokens[c]
            cue_end = particle.idx + len(particle)
    d = Draft(content=spans, cue=(verb.idx, cue_end), source=source, cue_token=verb.i, source_token=src_tok)
    d.medium = medium(ctx, verb)
    if d.source is not None and d.medium is not None and d.source[0] < d.medium[0] < d.source[1]:
        # '"...," said Maria Lopez in a statement on Tuesday': the parser hung the medium
        # on the inverted subject; it is the occasion, not part of who spoke
        d.source = trim(ctx.text, d.source[0], d.medium[0], keep_quotes=False)
    return d


#: Links of a gerund or infinitive set into another clause or phrase ("by saying", "after
#: attacking ..., calling", "a plan to defend", "who went on to say", "updated to note").
_EMBEDDED_DEPS = frozenset({"pcomp", "advcl", "conj", "acl", "csubj", "relcl", "xcomp"})


def _holderless_nonfinite(verb: Token) -> bool:
    """A gerund or bare infinitive set into another clause or phrase ("criticism for
    insulting women", "his habit of calling rivals names", "a push to embrace the deal", "has
    been updated to note that ...") whose holder the parse did not give: whoever reported it, if
    anyone, is not where the cue hangs. PolNeAR train 0-690: 182 such reports on the first
    six links, 13 right, and 36 infinitive complements of a verb, 6 right (most were no
    report at all, the others someone's the parse had lost). So is a finite verb the parser
    hung on a noun as a participle (15 more, 1 right)."""
    if verb.dep_ == "xcomp" and (
        verb.head.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in verb.head.children)
    ):
        # "it is hard to see how ...", "free to support ...": an impression nobody in
        # particular holds, kept as such
        return False
    if verb.tag_ in ("VBD", "VBN") and verb.dep_ == "acl":
        # "a poll found that ...", read as a participle on a noun: a finite report whose
        # subject the parse lost; "a senator known to be wary of ..." still reports (the
        # noun and the infinitive, as a passive relative clause does)
        return not any(c.dep_ == "xcomp" for c in verb.children)
    return verb.tag_ in ("VBG", "VB") and verb.dep_ in _EMBEDDED_DEPS


#: Dependents that make a base form something other than an imperative ("you say", "do say").
_IMPERATIVE_BLOCKERS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})


def _imperative(verb: Token) -> bool:
    """ "Remember that ...", "Call it a fluke", "Ask any voter": a base form heading its
    sentence with no subject and no auxiliary is the writer's imperative to the reader,
    whose words are the writer's own (train 0-690: 16 such reports, 4 right)."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and not any(c.dep_ in _IMPERATIVE_BLOCKERS for c in verb.children)
    )


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
    if word in lex.clause_only_verbs and how != "clause" and not (how == "np" and _inquiry_finds(verb, lex)):
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
    if (not spans or spans[0][0] >= spans[0][1]) and is_aside(ctx, verb):
        q = adjacent_quote(ctx, verb, before_only=True)
        if q >= 0 and _quoted_clause(ctx, q):
            # '"It has been years," the senator said, asked about the delay': the parser hung
            # the tag on the participle after it; the quotation is still what was said
            spans = [(qs.start, qs.end) for qs in ctx.quotes[q].head().chain()]
            complement = "quote"
        else:
            spans = aside_host(ctx, verb, line)
            complement = "clause"
    if not spans or spans[0][0] >= spans[0][1]:
        q = adjacent_quote(ctx, verb)
        if q >= 0:
            spans = [(qs.start, qs.end) for qs in ctx.quotes[q].head().chain()]
            complement = "quote"
        else:
            spans, subject = _passive_content(ctx, verb, line)
            if spans:
                # "its new kit was announced", "what is called a debate": what the passive
                # subject denotes, or what it is called
                complement = passive_class(lex.senses, verb, subject) if classify else ""
            else:
                spans = tag_host(ctx, verb, line)
                if not spans:
                    return None
                complement = "clause"
    return spans, complement


def _inquiry_finds(verb: Token, lex: AttributionLexicon) -> bool:
    """ "A survey by the union found broad support for the plan", "the audit found no record
    of the payments": what a poll, study or inquiry (``finding_subjects.txt``) finds is its
    finding, object and all; a person who "found a job" or "discovered a cache" reports
    nothing, so other subjects still need a clause."""
    subject = find_subject(verb, lex)
    return subject is not None and subject.pos_ == "NOUN" and lemma(subject) in lex.finding_subjects


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
        first = after_wording(verb)
        q = quote_after(ctx, verb) if first < len(doc) else -1
        quoted = q >= 0 and ctx.quotes[q].start <= doc[first].idx
        host_spans = [(qs.start, qs.end) for qs in ctx.quotes[q].head().chain()] if quoted else []
    else:
        host_spans = aside_host(ctx, verb, line)
    host = [
        (a, b)
        for a, b in host_spans
        # "Or, as one economist put it: ...": a lone conjunction before the aside is no wording
        if (span := doc.char_span(a, b, alignment_mode="expand")) is None
        or any(t.dep_ not in ("cc", "punct", "intj") for t in span)
    ]
    return (host, "clause") if host else None


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
    if subj is None or (
        subj.pos_ == "PRON"
        and subj.lower_ in ("it", "this", "that", "which", "who")
        and not _raised_relative(verb, subj)
    ):
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


def _raised_relative(verb: Token, subj: Token) -> bool:
    """ "the fair, which is expected to draw 50,000 visitors", "a minister who was asked to
    resign": a passive relative clause whose infinitive says what is expected or asked of
    the thing the relative pronoun stands for. PolNeAR takes the pronoun and the infinitive
    as content, with no source; without an infinitive ("which was announced on Monday") the
    pronoun alone says nothing."""
    return (
        verb.dep_ == "relcl"
        and subj.lower_ in ("which", "who", "that")
        and any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children)
    )
