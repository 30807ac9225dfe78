"""Quotation tags whatever their verb: '"Jeb wants to be a tough guy," Trump shot back',
'Hillary shot back, "I suppose ..."', '"France will always be France," an angry Marchand
retaliated'.

A reader credits such a quotation to the subject of the clause that tags it, even when the
verb is a manner of speaking no cue list holds ("shot back", "went on", "cut in"). The
shape decides: the quotation closes with a comma (or ? !) and the subject and verb follow
at once, or a clause with a speaking subject ends in a comma or colon right before the
quotation; the verb takes no object of its own. Without this the quotation would be read
as a continuation of the previous speaker's words (``continuity.py``), a wrong named
speaker. ``verb_cues.verb_drafts`` turns the verbs found here into drafts.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.context import Context
from newsgraph.attribution.parse import lemma, subject_left

#: Subject pronouns of someone who can speak.
_PERSONAL = frozenset({"he", "she", "they", "i", "we", "you"})


def tag_verbs(ctx: Context) -> list[Token]:
    """ '"Jeb wants to be a tough guy tonight," Trump shot back.', '"Can happen when you're
    45," she went on.': a quotation closed by a comma (or ? !) and followed at once by a
    subject that can speak and its verb, with nothing else the verb takes, is that
    subject's statement whatever the verb (a manner of speaking: "shot back", "went on",
    "cut in", "retaliated"). Without this the quotation would be read as a continuation
    of the previous speaker's words. Cue verbs are handled with the others; the verbs
    returned here become drafts as cue verbs do (``verb_cues.verb_drafts``)."""
    out: list[Token] = []
    text = ctx.text
    doc = ctx.doc
    cues = ctx.lex.cue_verbs
    for q in ctx.quotes:
        if not q.double or q.end - q.start <= 12:
            continue
        inner_end = text[max(q.start, q.end - 3) : q.end].rstrip("\"'”»’ ")
        if inner_end[-1:] not in (",", "?", "!"):
            continue
        i = ctx.token_at(q.end)
        while 0 <= i < len(doc) and doc[i].idx < q.end:
            i += 1  # the first token after the closing mark
        if i < 0 or i >= len(doc) or text[q.end : doc[i].idx].strip():
            continue
        verb = _tag_verb(ctx, doc[i], cues)
        if verb is not None:
            out.append(verb)
    for q in ctx.quotes:
        verb = _lead_verb(ctx, q.start, cues)
        if verb is not None:
            out.append(verb)
    return out


def _lead_verb(ctx: Context, start: int, cues: frozenset[str]) -> Token | None:
    """ 'Hillary shot back, "I suppose I could have ..."', 'The ministry reacted within the
    hour: "..."': a quotation after a comma or colon that ends a clause whose subject can
    speak is what that subject said, whatever the verb. The clause is the quotation's
    whole lead: its verb, with nothing after it but adverbs and prepositional phrases."""
    text = ctx.text
    k = start - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    if k < 0 or text[k] not in ",:":
        return None
    i = ctx.token_at(k)
    if i <= 0 or ctx.tok_quote[i] >= 0:
        return None
    doc = ctx.doc
    node = doc[i - 1]
    for _ in range(6):
        if node.pos_ == "VERB" and node.dep_ not in ("nsubj", "compound", "amod"):
            break
        if node.head.i == node.i:
            return None
        node = node.head
    verb = node
    if verb.pos_ != "VERB" or verb.i >= i or lemma(verb) in cues or verb.tag_ not in ("VBD", "VBZ"):
        return None
    if ctx.tok_quote[verb.i] >= 0:
        return None
    if verb.dep_ not in ("ROOT", "conj") and not (
        verb.dep_ in ("ccomp", "parataxis", "advcl") and ctx.tok_quote[verb.head.i] >= 0
    ):
        return None  # (the parser often hangs the lead on the quoted clause's verb)
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "attr", "xcomp", "acomp", "oprd", "dative", "ccomp") and c.i < i for c in kids):
        return None  # 'the company released a statement: "..."' has its own object
    subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subj is None or not _can_speak_here(ctx, subj):
        return None
    return verb


def _can_speak_here(ctx: Context, subj: Token) -> bool:
    """A subject that can say something: a name, a personal pronoun, a person noun."""
    return (
        subj.pos_ == "PROPN"
        or subj.lower_ in _PERSONAL
        or subj.ent_type_ in ("PERSON", "ORG", "NORP")
        or ctx.lex.senses.noun_class(subj) == "person"
    )


def _tag_verb(ctx: Context, first: Token, cues: frozenset[str]) -> Token | None:
    """The verb of a quotation tag starting at ``first`` ("Trump shot back", "an angry Ana
    Ruiz retaliated"), if the tag is a speaking subject and an intransitive verb."""
    doc = first.doc
    for j in range(first.i, min(first.i + 6, len(doc))):
        verb = doc[j]
        if verb.pos_ != "VERB" or verb.dep_ in ("nsubj", "compound"):
            continue  # the small model tags some names as verbs ("Trump")
        if lemma(verb) in cues or ctx.tok_quote[j] >= 0 or verb.tag_ not in ("VBD", "VBZ"):
            return None
        kids = list(verb.children)
        subj = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subj is None or subject_left(subj) != first.i:
            return None
        if any(c.dep_ in ("dobj", "attr", "xcomp", "acomp", "oprd", "dative") for c in kids):
            return None  # '"...," the report found a pattern': the verb takes its own object
        speaks = (
            subj.pos_ == "PROPN"
            or subj.text[:1].isupper()  # after a closing mark, a capital starts a name
            or subj.lower_ in _PERSONAL
            or subj.ent_type_ in ("PERSON", "ORG", "NORP")
            or ctx.lex.senses.noun_class(subj) == "person"
        )
        return verb if speaks else None
    return None
