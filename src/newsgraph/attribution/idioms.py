"""Reports made with a light verb and a fixed word: "made clear that ...", "took issue with
the plan", "cast doubt on the figures", "took a swipe at the ministry".

Neither word is a cue alone ("made a cake", "took the train", "the issue with the bridge"):
the pair is, and the list ``phrasal_cues.tsv`` names each pair with where its content is
(a clause, the object of a preposition, or the verb's own object: "shrugged off the
criticism"). The fixed word is one the verb governs (its
object, predicate or particle); the content is a clause of the verb or the word, or the
object of the named preposition hung on the word or on the verb. The source is the verb's
subject, found as for any cue verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.content import content_on_line
from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft
from newsgraph.attribution.parse import find_subject, lemma, source_span

#: Links from the light verb to its fixed word.
_WORD_DEPS = frozenset({"dobj", "oprd", "ccomp", "acomp", "prt", "advmod", "attr", "xcomp"})


def idiom_drafts(ctx: Context) -> list[Draft]:
    """A draft for every light verb whose fixed word and content are found."""
    table = ctx.lex.phrasal_cues
    if not table:
        return []
    verbs = {verb for verb, _word in table}
    out: list[Draft] = []
    tokens = ctx.index.tokens
    pos = ctx.index.column("pos_")
    for i, raw in enumerate(ctx.index.column("lemma_")):
        if pos[i] not in ("VERB", "AUX") or raw.lower() not in verbs or ctx.tok_quote[i] >= 0:
            continue
        draft = _idiom_draft(ctx, tokens[i], table)
        if draft is not None:
            out.append(draft)
    return out


def _idiom_draft(ctx: Context, verb: Token, table: dict[tuple[str, str], frozenset[str]]) -> Draft | None:
    kids = list(verb.children)
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
        return None  # "concerns were made clear": who made them is not said here
    word_lemma = lemma(verb)
    for word in kids:
        if word.dep_ not in _WORD_DEPS or word.i < verb.i:
            continue
        wanted = table.get((word_lemma, word.lemma_.lower()))
        if wanted is None:
            continue
        parts = _content_parts(verb, word, wanted)
        if not parts:
            continue
        content = content_on_line(ctx, word, parts)
        subj = find_subject(verb, ctx.lex)
        if content is None or subj is None:
            return None
        end = word.idx + len(word)
        return Draft(
            content=[content],
            cue=(verb.idx, max(end, min(content[0], _prep_end(verb, word, parts)))),
            source=source_span(subj, ctx.text),
            cue_token=verb.i,
            source_token=subj.i,
        )
    return None


def _content_parts(verb: Token, word: Token, wanted: frozenset[str]) -> list[Token]:
    """The clause (for "that") or the preposition's object the phrase reports."""
    if "object" in wanted:
        # "shrugged off the criticism", "singled out the manager": the verb's own object
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i != word.i]
        if objects:
            return objects[:1]
    for host in (word, verb):
        for c in host.children:
            if c.i <= word.i:
                continue
            if "that" in wanted and (
                c.dep_ == "ccomp"
                or (c.dep_ in ("advcl", "acl") and _has_that(c))
            ):
                # "made it clear that ...", "made the case that ...": the parser hangs the
                # clause on the verb or the word, as a complement or an adverbial clause
                return [c]
            if c.dep_ == "prep" and c.lower_ in wanted:
                objects = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
                if objects:
                    return objects
    return []


def _has_that(clause: Token) -> bool:
    """Whether a clause opens with the complementiser "that"."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _prep_end(verb: Token, word: Token, parts: list[Token]) -> int:
    """End of the cue words: the fixed word, or the preposition before the content."""
    first = parts[0]
    head = first.head
    if head.dep_ == "prep" and head.i > word.i:
        return head.idx + len(head)
    return word.idx + len(word)
