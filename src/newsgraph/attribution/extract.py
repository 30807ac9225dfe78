"""Finding attributions on a parsed ``Doc``: the steps in order, as drafts.

Three sources of evidence are combined, cheapest first:

1. quotation marks, paired once over the whole text (``marks.py``, indexed in
   ``context.py``);
2. cues: verbs of saying, belief or intention on the dependency parse with their
   subject as source and their complement as content (``verb_cues.py``,
   ``content.py``); nominal, adjectival and noun cues ("according to", "confident
   that", "her claim that", ``other_cues.py``); headline shapes (``headlines.py``);
   quotations signed with a dash and a name (``signatures.py``);
3. continuity: a quotation with no cue near it that follows a quote takes
   that quote's speaker, as a reader assumes (``continuity.py``).

The drafts are then made whole and reduced to one per token (``selection.py``).
Every step is linear in the number of tokens (plus the number of quotations),
so the stage stays cheap next to the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.attribution.context import Context
from newsgraph.attribution.continuity import add_continuations
from newsgraph.attribution.draft import Draft
from newsgraph.attribution.headlines import headline_drafts, tag_title_draft, title_drafts
from newsgraph.attribution.idioms import idiom_drafts
from newsgraph.attribution.lexicon import lexicon
from newsgraph.attribution.markers import hearsay_drafts, self_description_drafts, trailing_source_drafts
from newsgraph.attribution.other_cues import (
    adjective_drafts,
    nominal_drafts,
    noun_drafts,
    source_pp_drafts,
    viewpoint_drafts,
)
from newsgraph.attribution.selection import bare_fragment, clip_datelines, extend_over_quotes, kind_of, select
from newsgraph.attribution.signatures import signature_drafts
from newsgraph.attribution.transcripts import named_turn_drafts, named_turns, transcript_drafts, turn_labels
from newsgraph.attribution.verb_cues import verb_drafts


def _found_by(origin: str, drafts: list[Draft]) -> list[Draft]:
    """Mark which step found each draft (a feature of its confidence)."""
    for d in drafts:
        d.origin = origin
    return drafts


def extract_drafts(doc: Doc, ctx: Context | None = None) -> list[Draft]:
    """All attributions in ``doc`` as drafts (char spans), in text order."""
    ctx = ctx if ctx is not None else Context(doc, lexicon())
    drafts = (
        _found_by("verb", verb_drafts(ctx))
        + _found_by("verb", idiom_drafts(ctx))
        + _found_by("verb", trailing_source_drafts(ctx))
        + _found_by("nominal", hearsay_drafts(ctx))
        + _found_by("adjective", self_description_drafts(ctx))
        + _found_by("nominal", nominal_drafts(ctx))
        + _found_by("nominal", viewpoint_drafts(ctx))
        + _found_by("headline", headline_drafts(ctx))
        + _found_by("noun", noun_drafts(ctx))
        + _found_by("adjective", adjective_drafts(ctx))
        + _found_by("source_pp", source_pp_drafts(ctx))
        + _found_by("signature", signature_drafts(ctx))
    )
    labels = turn_labels(ctx.text)
    if labels:
        # an interview: its answer lines are the interviewee's words, its "Q:"/"A:"
        # labels nobody's colon headline
        turns = {m.start("label") for m in labels}
        drafts = [d for d in drafts if d.cue is None or ctx.text[d.cue[0]] != ":" or not _labelled(d, turns)]
        drafts += _found_by("transcript", transcript_drafts(ctx, labels, drafts))
    named = named_turns(ctx)
    turn_drafts: list[Draft] = []
    if named:
        # a broadcast transcript: each labelled turn is its speaker's, not a colon headline's
        starts = {m.start("label") for m in named}
        drafts = [d for d in drafts if d.cue is None or ctx.text[d.cue[0]] != ":" or not _labelled(d, starts)]
        turn_drafts = _found_by("transcript", named_turn_drafts(ctx, named))
        drafts += turn_drafts
    tag = tag_title_draft(ctx)
    if tag is not None:
        # "..., sources say": the tag reports the whole headline; the headline's own verbs
        # are what was reported
        head_end = tag.cue[1] if tag.cue is not None else 0
        drafts = [d for d in drafts if d.cue is None or d.cue[0] >= head_end] + _found_by("headline", [tag])
    title = _found_by("headline", title_drafts(ctx, drafts)) if tag is None else []
    if title:
        # "The Latest: Sanders declares ...": the headline's verb, not its colon, is the cue
        cue = title[0].cue or (0, 0)
        drafts = [d for d in drafts if not any(s <= cue[0] < e for s, e in d.content)] + title
    for d in drafts:
        if d.origin != "transcript":  # a turn is its line, whatever quotation marks open it
            extend_over_quotes(ctx, d)
        clip_datelines(ctx, d)
    drafts = _within_turns(drafts, turn_drafts)
    drafts = [d for d in drafts if not _question_to_you(ctx, d)]
    drafts = select(ctx, drafts)
    drafts = _within_turns(add_continuations(ctx, drafts), turn_drafts)
    for d in drafts:
        # an answer line is verbatim speech without quotation marks
        d.kind = "direct" if d.origin == "transcript" else kind_of(ctx, d)
        _drop_source_inside_quotation(ctx, d)
    # a one- to three-word indirect report that nobody holds ("it was announced", "seems
    # likely") is mostly a false alarm (precision 0.2-0.4 on PolNeAR train)
    return [d for d in drafts if not bare_fragment(ctx.text, d) or _question_topic(ctx, d)]


def _drop_source_inside_quotation(ctx: Context, d: Draft) -> None:
    """A source inside a quotation that is part of the draft's own content ('telling the
    crowd, "Some people get carried away"', '"... a test he failed in the view of many of
    us."') is a word of what was said, never who said it: the draft keeps no source."""
    if d.source is None or d.origin == "transcript":
        return
    start = d.source[0]
    k = ctx.quote_at(start)
    if k < 0:
        return
    if any(s <= start < e for s, e in d.content) and any(
        s <= ctx.quotes[k].start < e for s, e in d.content
    ):
        d.source = None
        d.source_token = None
        d.anchor = None


def _question_topic(ctx: Context, d: Draft) -> bool:
    """ "Asked about the merger, Lopez said ...", "Lopez was asked about the merger": a
    passive verb addressed to someone (asked, warned) with its topic preposition names what
    was asked, though not who asked; it is a report of its own however short the topic,
    unlike a bare "it was announced"."""
    if d.cue_token is None:
        return False
    verb = ctx.doc[d.cue_token]
    word = verb.lemma_.lower()
    if verb.tag_ != "VBN" or word not in ctx.lex.addressee_verbs:
        return False
    preps = ctx.lex.prep_cues.get(word, frozenset())
    return any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children)


def _within_turns(drafts: list[Draft], turns: list[Draft]) -> list[Draft]:
    """Without the drafts that run across a transcript's turns: a report inside one turn
    stays (nested speech), a quotation paired from one turn's opening mark to the next
    turn's does not."""
    if not turns:
        return drafts
    return [d for d in drafts if d.origin == "transcript" or not _across_turns(d, turns)]


def _across_turns(d: Draft, turns: list[Draft]) -> bool:
    """Whether a draft's content overlaps a transcript turn without lying inside it."""
    for turn in turns:
        start, end = turn.content[0]
        pieces = [(s, e) for s, e in d.content if s < end and start < e]
        if pieces and any(s < start or e > end for s, e in d.content):
            return True
    return False


def _labelled(d: Draft, turns: set[int]) -> bool:
    """Whether a colon draft's source is a transcript's turn label ("Q", "A")."""
    return d.source is not None and d.source[0] in turns


def _question_to_you(ctx: Context, d: Draft) -> bool:
    """Whether the draft is a question put to "you" ("Q: Are you worried about the US
    election?", "Do you think the deal will hold?"): it asks what someone thinks and
    reports nothing anyone said."""
    if d.source is None or d.cue is None or ctx.text[d.source[0] : d.source[1]].lower() != "you":
        return False
    tok = ctx.index.token_at(d.cue[0])
    return tok is not None and ctx.text[tok.sent.start_char : tok.sent.end_char].rstrip().endswith("?")

