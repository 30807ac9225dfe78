"""Asides: a cue set into the clause it reports ("This campaign, he says, is different",
"..., records show.", "As the Post reported, ..."), and wording asides ("as the mayor put
it"), whose speaker said the host clause, not "it".

``verb_cues`` asks here whether a cue verb is an aside and, if so, which pieces of its host
clause are the content.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import QUOTE_CHARS, trim
from newsgraph.attribution.parse import SUBJ, can_speak, lemma
from newsgraph.constants import FINITE_TAGS

Spans = list[tuple[int, int]]



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


def after_wording(verb: Token) -> int:
    """The first token of the host after a root aside: past "it", a particle and punctuation."""
    obj = _wording_object(verb)
    k = (obj.i if obj is not None else verb.i) + 1
    doc = verb.doc
    while k < len(doc) and (doc[k].dep_ == "prt" or doc[k].text in (",", ":", "—", "–")):
        k += 1
    return k


def inside_as_clause(verb: Token, token: int | None) -> bool:
    """Whether ``token`` lies between a wording aside's "as" and its verb."""
    mark = next((c.i for c in verb.children if c.dep_ == "mark"), verb.i)
    return token is not None and mark < token < verb.i


def aside_host(ctx: Context, verb: Token, line: tuple[int, int]) -> Spans:
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


#: What the subject of a verb that carries speech on must denote to be a speaker (a
#: person, or a body: ``senses`` gives organisations the class of persons).
_SPEAKER_CLASSES = frozenset({"person"})


def is_aside(ctx: Context, verb: Token) -> bool:
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
        and not _own_topic(verb, ctx)
    ):
        # "As the Post reported, ...": the host clause is what was reported; "As the hall
        # cheered, ..." is when it happened, and so is "as the count continues": a verb
        # that carries speech on ("as the minister added") has a speaker for its subject
        word = lemma(verb)
        if word in ctx.lex.continuing_cues:
            subject = next((c for c in verb.children if c.dep_ in SUBJ), None)
            return subject is not None and ctx.lex.senses.noun_class(subject) in _SPEAKER_CLASSES
        return word not in ctx.lex.reaction_verbs
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


#: Prepositions whose phrase is the topic of a cue verb that is no verb of saying.
_TOPIC_PREPS = frozenset({"on", "about", "of", "over", "for"})


def _own_topic(verb: Token, ctx: Context) -> bool:
    """Whether an "as" clause's cue verb has a content phrase of its own ("stocks rose as
    investors bet on rate cuts", "as analysts warned of a slowdown"): then the clause it
    hangs on is no report of it. A date in the phrase is no content ("As the Post reported
    on Monday, ...")."""
    word = lemma(verb)
    preps = ctx.lex.prep_cues.get(word, frozenset())
    if word not in ctx.lex.speech_verbs:
        preps |= _TOPIC_PREPS  # "bet on", "hope for", "fear for": a belief's topic
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        for c in verb.children
    )


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
    return clause_ends_after(verb)


def clause_ends_after(verb: Token) -> bool:
    """'... Trump said.': nothing but the subject and punctuation follows the verb."""
    doc = verb.doc
    for t in doc[verb.i + 1 : min(len(doc), verb.i + 6)]:
        if t.is_punct or t.is_space:
            return t.text in (".", "!", "?") or t.is_space
        if t.dep_ not in ("nsubj", "compound", "det", "amod", "appos", "prt"):
            return False
    return False


def tag_host(ctx: Context, verb: Token, line: tuple[int, int]) -> Spans:
    """ "Those who borrow heavily struggle, even with a good job, he said." / "The vote signals
    the end of the pact, said Anna Berg, a party founder.": a tag that closes its sentence after
    a comma, where the parser hung the clause before it on the tag as anything but its
    complement (a subject, a loose dependent). The words from the sentence's start to that
    comma are what was said. Only for a finite verb of saying that heads its sentence and
    has nothing else to report, with a subject that can speak ("..., the borrowing continued."
    is no tag)."""
    if verb.head.i != verb.i or verb.tag_ not in FINITE_TAGS:
        return []
    if lemma(verb) not in ctx.lex.speech_verbs:
        return []
    doc = verb.doc
    sent = ctx.sentence(verb)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    after = next((c for c in subjects if c.i > verb.i), None)
    before = next((c for c in reversed(subjects) if c.i < verb.i), None)
    speaker = after if after is not None and after.left_edge.i == verb.i + 1 else before
    if speaker is None or not can_speak(speaker, ctx.lex):
        return []  # "..., the borrowing continued.": a thing that goes on says nothing
    if speaker is after:
        # inverted: ", said Anna Berg, a party founder." and nothing after the subject
        comma = verb.i - 1
        end = after.right_edge.i + 1
        if end < sent.end and doc[end].text not in (".", "!", "?"):
            return []
    elif speaker.right_edge.i == verb.i - 1 and clause_ends_after(verb):
        comma = speaker.left_edge.i - 1  # ", he said."
    else:
        return []
    if comma <= sent.start or doc[comma].text != ",":
        return []
    start = max(sent.start_char, line[0])
    if start >= doc[comma].idx:
        return []
    if all(t.is_punct or t.pos_ in ("ADV", "CCONJ", "SCONJ") for t in doc[ctx.token_at(start) : comma]):
        return []  # "Then, she apologized.": a linking adverb is no statement
    host = trim(ctx.text, start, doc[comma].idx)
    return [host] if host[1] - host[0] > 1 else []

