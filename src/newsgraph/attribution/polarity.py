"""Step 10 of the attribution stage: attributions of something *not* said.

"Banks did not say whether the strike would spread", "She never said the talks had
failed", "The ministry declined to say how many were hurt", "No official would confirm
the figure": the cue is a verb of saying, so the earlier steps find an attribution
with a source, a cue and a content, and PolNeAR annotates them so. But the content is
the reporter's account of what went unsaid; showing it as the source's statement would
put words in the source's mouth. Such a draft is kept (the attribution is real) and
marked ``negated``; the claims stage then credits no claim to its speaker.

A cue is negated when the act of saying is denied in its own clause or by the clause
that governs it, by grammatical category:

- a negation on the cue verb ("did not say", "never said", "couldn't confirm");
- a verb of refusal or failure governing it ("declined to say", "refused to confirm",
  "failed to mention": ``refusal_verbs.txt``), unless that verb is itself negated ("did
  not hesitate to say", "did not fail to mention": the saying happened); or a negated
  verb of another kind governing it ("did not want to say");
- a verb of refusal as the cue itself with a verb of saying as its complement ("declined
  to say whether ...", "declined to comment": the earlier steps may take "declined" as
  the cue);
- a subject that denies there is any source ("no official would say", "nobody
  confirmed": ``negating_subjects.txt``);
- the cue as the object of "without" ("summoned the envoy without naming China",
  "campaigned for weeks without mentioning her rival", "left without having to explain
  the delay"): the clause says the act was left undone. PolNeAR annotates such cues as
  attributions (train: "without mentioning X", "without speaking his name"), so they
  stay, marked like "did not say".

A refusal with another complement ("refused to back the plan") is an attribution of
intention that did happen, and a denied refusal ("could not resist pointing out that
...") an act of saying that did: both stay unmarked.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft
from newsgraph.constants import SUBJECT_DEPS

#: How far up the chain of governing verbs a refusal or negation is looked for
#: ("did not want to be seen to say" is already far-fetched).
_MAX_GOVERNORS = 2


def mark_negated(ctx: Context, drafts: list[Draft]) -> None:
    """Set ``negated`` on each draft whose cue reports an act of saying that did not happen."""
    doc = ctx.doc
    tokens = ctx.index.tokens
    for d in drafts:
        if d.cue_token is None or not 0 <= d.cue_token < len(doc):
            continue
        cue = tokens[d.cue_token]
        if cue.pos_ not in ("VERB", "AUX"):
            continue
        if _left_undone(cue):
            d.negated = True
            continue
        if not any(c.dep_ in SUBJECT_DEPS for c in cue.children) and cue.dep_ not in ("xcomp", "conj"):
            # an imperative ("Don't forget that ...") is the writer's advice, not a report; a
            # complement or a second verb shares its subject ("she smiled but did not say")
            continue
        d.negated = _denied(cue, _Outside(ctx, d))


class _Outside:
    """Which tokens may deny the act of saying: not one inside the draft's content or inside
    quotation marks the cue is not in ('"Probably not," Ms. Moore said': the parser may hang
    the quoted "not" on "said")."""

    def __init__(self, ctx: Context, draft: Draft) -> None:
        self.ctx = ctx
        self.content = draft.content
        self.cue_quote = ctx.tok_quote[draft.cue_token] if draft.cue_token is not None else -1

    def negation(self, verb: Token) -> bool:
        """ "not", "n't", "never" on the verb (spaCy labels each ``neg``), outside the content."""
        for child in verb.children:
            if child.dep_ != "neg":
                continue
            at = child.idx
            if any(start <= at < end for start, end in self.content):
                continue
            quote = self.ctx.tok_quote[child.i]
            if quote >= 0 and quote != self.cue_quote:
                continue
            return True
        return False


def _denied(cue: Token, outside: _Outside) -> bool:
    lex = outside.ctx.lex
    if _no_source(cue, lex.negating_subjects):
        return True
    if cue.lemma_.lower() in lex.refusal_verbs:
        # "declined to say whether ...": the refusal is the cue and a verb of saying its
        # content. A denied refusal ("did not hesitate to say", "could not resist pointing
        # out") is the act done; a refusal of another act ("refused to back the plan") is an
        # intention that was held.
        saying = any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.speech_verbs for c in cue.children)
        return saying and not outside.negation(cue)
    if outside.negation(cue):
        return True
    node = cue
    for _ in range(_MAX_GOVERNORS):
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        governor = node.head
        if governor.lemma_.lower() in lex.refusal_verbs:
            return not outside.negation(governor)  # "refused to confirm"; "did not fail to mention"
        if outside.negation(governor) or _no_source(governor, lex.negating_subjects):
            return True
        node = governor
    return False


def _left_undone(cue: Token) -> bool:
    """The cue, or the verb whose complement it is, is the object of "without" ("without
    naming China", "without having to explain"): the preposition denies the act, so no
    subject is needed (the gerund has none of its own)."""
    node = cue
    for _ in range(_MAX_GOVERNORS + 1):
        if node.dep_ == "pcomp" and node.head.lower_ == "without":
            return True
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _no_source(verb: Token, negating_subjects: frozenset[str]) -> bool:
    """The verb's subject says nobody did it: "nobody said", "no official said",
    "neither side confirmed"."""
    for child in verb.children:
        if child.dep_ not in SUBJECT_DEPS:
            continue
        if child.lower_ in negating_subjects:
            return True
        if any(d.dep_ in ("det", "preconj") and d.lower_ in negating_subjects for d in child.children):
            return True
    return False
