"""Reports marked by a word or a shape the parse may miss: a hearsay adverb ("the club is
reportedly spending $1.5 million"), a self-description ("a self-described democratic
socialist") and a trailing source clause the small model mis-tags ("The plane is rarely
used abroad, records show.", where "show" is tagged a noun).

Each scans the tokens once; the words come from ``hearsay_adverbs.txt``,
``self_description_participles.txt`` and the cue verbs.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft, subtree_span, trim

#: Finite verb and modal tags: a trailing source clause has none but its cue.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Tags of a trailing cue verb ("show" may be tagged a singular noun).
_CUE_TAGS = frozenset({"VBP", "VBZ", "VBD", "NN"})
#: Parts of speech that may open the noun phrase of a trailing source clause.
_PHRASE_OPENERS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def hearsay_drafts(ctx: Context) -> list[Draft]:
    """ "The club is reportedly spending ...": the adverb's clause, less the adverb, with no
    source (the writer marks it as reported by someone not named)."""
    out: list[Draft] = []
    adverbs = ctx.lex.hearsay_adverbs
    tokens = ctx.index.tokens
    for i, low in enumerate(ctx.index.column("lower_")):
        if low not in adverbs or ctx.tok_quote[i] >= 0:
            continue
        adverb = tokens[i]
        clause = adverb.head
        if adverb.dep_ != "advmod" or clause.pos_ not in ("VERB", "AUX"):
            continue
        if clause.lemma_.lower() in ctx.lex.cue_verbs:
            continue  # "Trump reportedly said, ...": the cue verb's own report names its source
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ in ("who", "which", "that"):
            continue  # "for allegedly laundering money": a phrase of another clause, not a report
        line = ctx.line(adverb.idx)
        sent = ctx.sentence(adverb)
        a, b = subtree_span(clause)
        a, b = max(a, sent.start_char, line[0]), min(b, sent.end_char, line[1])
        pieces = [trim(ctx.text, a, min(b, adverb.idx)), trim(ctx.text, max(a, adverb.idx + len(adverb)), b)]
        pieces = [p for p in pieces if p[1] - p[0] > 1]
        if pieces:
            out.append(Draft(content=pieces, cue=(adverb.idx, adverb.idx + len(adverb)), cue_token=i))
    return out


def self_description_drafts(ctx: Context) -> list[Draft]:
    """ "a self-described democratic socialist": the words after the participle up to the
    noun it describes are the content, "self" the source."""
    out: list[Draft] = []
    participles = ctx.lex.self_participles
    tokens = ctx.index.tokens
    lowers = ctx.index.column("lower_")
    for i, low in enumerate(lowers):
        if low != "self" or i + 2 >= len(tokens) or lowers[i + 1] != "-" or lowers[i + 2] not in participles:
            continue
        if ctx.tok_quote[i] >= 0:
            continue  # inside a quotation the words are the speaker's own, not a report
        participle = tokens[i + 2]
        noun = _described_noun(participle)
        if noun is None or ctx.tok_quote[noun.i] >= 0:
            continue
        start, end = tokens[i + 3].idx, noun.idx + len(noun)
        content = trim(ctx.text, start, end)
        if content[1] - content[0] < 2:
            continue
        self_tok = tokens[i]
        out.append(
            Draft(
                content=[content],
                cue=(participle.idx, participle.idx + len(participle)),
                source=(self_tok.idx, self_tok.idx + len(self_tok)),
                cue_token=participle.i,
                source_token=i,
            )
        )
    return out


def _described_noun(participle: Token) -> Token | None:
    """The noun a "self-..." participle modifies, when it comes after it."""
    node = participle
    for _ in range(3):
        if node.pos_ in ("NOUN", "PROPN") and node.i > participle.i:
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def trailing_source_drafts(ctx: Context) -> list[Draft]:
    """ "The plane is rarely used abroad, records show.": a sentence that ends in a comma, a
    short noun phrase with no finite verb, and a cue verb (whatever the tagger made of it) is
    the noun phrase's report of the words before the comma."""
    out: list[Draft] = []
    tokens = ctx.index.tokens
    lemmas = ctx.index.column("lemma_")
    tags = ctx.index.column("tag_")
    pos = ctx.index.column("pos_")
    cues = ctx.lex.cue_verbs
    for sent in ctx.index.sentences():
        last = sent.end - 1
        while last > sent.start and pos[last] == "PUNCT":
            last -= 1
        if last <= sent.start + 3 or lemmas[last].lower() not in cues or tags[last] not in _CUE_TAGS:
            continue
        if ctx.tok_quote[last] >= 0 or tokens[last].text[:1].isupper():
            continue
        window = range(last - 1, max(sent.start, last - 9), -1)
        comma = next((j for j in window if tokens[j].text == ","), None)
        if comma is None or comma == last - 1 or comma <= sent.start + 2:
            continue
        phrase = range(comma + 1, last)
        if any(tags[j] in _FINITE for j in phrase) or pos[comma + 1] not in _PHRASE_OPENERS:
            continue
        if any(lemmas[j].lower() in ctx.lex.cue_nouns for j in range(comma + 1, last - 1)):
            # ", a claim Orland denied.": a statement noun with a relative clause, the
            # writer's gloss on the sentence, not "records show" (session 20)
            continue
        # the subject's head is right before the verb and agrees with it: "records show",
        # "the report says"; a verb the tagger made a noun ("show") needs a plural subject
        before = tags[last - 1]
        if pos[last - 1] not in ("NOUN", "PROPN"):
            continue
        if tags[last] == "NN" and before not in ("NNS", "NNPS"):
            continue
        line = ctx.line(tokens[last].idx)
        a = max(sent.start_char, line[0])
        content = trim(ctx.text, a, tokens[comma].idx)
        if content[1] - content[0] < 10:
            continue
        head = last - 1
        end = tokens[last - 1].idx + len(tokens[last - 1])
        source = trim(ctx.text, tokens[comma + 1].idx, end, keep_quotes=False)
        out.append(
            Draft(
                content=[content],
                cue=(tokens[last].idx, tokens[last].idx + len(tokens[last])),
                source=source,
                cue_token=last,
                source_token=head,
            )
        )
    return out
