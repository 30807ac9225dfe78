"""Interview transcripts: "Q: ..." / "A: ..." lines after an introduction that names the
person interviewed, and broadcast transcripts whose turns are labelled with the speaker's
name in capitals ("WALLACE: ...", "PENCE: ...").

A published interview marks turns with labels, not with quotation marks or verbs, so
no other step sees the answers as anyone's words: the colon step reads "A" as a
speaker called "A". When the text has at least two question lines and two answer lines,
or one question answered on the next line, each answer line is the interviewee's words,
verbatim (a direct quote), and a question line is no one's report. The interviewee is
the one person named before the first question (the introduction: "Mayor Ines Barros
spoke to the Herald ..."); with none, or more than one, the answers keep an unresolved
speaker rather than a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft, trim
from newsgraph.records import Entity

#: A turn label at the start of a line: "Q:", "A:", "Q.", "A -" (case as printed).
_TURN = re.compile(r"^[ \t]*(?P<label>[QA])[ \t]*[:.–—-][ \t]+(?=\S)", re.MULTILINE)
#: Fewest question and answer lines that make a transcript.
MIN_TURNS = 2


def turn_labels(text: str) -> list[re.Match[str]]:
    """The turn labels of a transcript, in order; empty when ``text`` is not one.

    Two questions and two answers make a transcript; so does one question answered on the
    next line (a short interview tail under a story): a "Q:" line followed by an "A:" line
    is an exchange, never two colon headlines."""
    labels = list(_TURN.finditer(text))
    questions = sum(1 for m in labels if m.group("label") == "Q")
    if questions >= MIN_TURNS and len(labels) - questions >= MIN_TURNS:
        return labels
    if any(_answered(text, q, a) for q, a in pairwise(labels)):
        return labels
    return []


def _answered(text: str, question: re.Match[str], answer: re.Match[str]) -> bool:
    """Whether ``answer`` is an "A:" label on the line right after the "Q:" line ``question``
    (blank lines between allowed)."""
    if question.group("label") != "Q" or answer.group("label") != "A":
        return False
    end = text.find("\n", question.end())
    return end >= 0 and not text[end : answer.start()].strip()


#: A speaker's name as a turn label at the start of a line, in capitals as broadcast
#: transcripts print it ('"WALLACE: Let's start ...', "JAKE TAPPER: ..."); a paragraph of a
#: long quotation may open with a quotation mark.
_NAMED_TURN = re.compile(
    r"^[ \t]*[\"“]?(?P<label>[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,2})[ \t]*(?P<colon>:)[ \t]+(?=\S)",
    re.MULTILINE,
)


def named_turns(ctx: Context) -> list[re.Match[str]]:
    """The speaker labels of a broadcast transcript, in order; empty when the text is not one.

    A transcript has at least two speakers who each take at least ``MIN_TURNS`` turns
    (one capitalised label alone is a rubric: "UPDATE:", "WATCH:", an editorial label)."""
    labels = [
        m for m in _NAMED_TURN.finditer(ctx.text) if m.group("label").lower() not in ctx.lex.editorial_labels
    ]
    counts: dict[str, int] = {}
    for m in labels:
        counts[m.group("label")] = counts.get(m.group("label"), 0) + 1
    if sum(1 for n in counts.values() if n >= MIN_TURNS) < 2:
        return []
    return labels


def named_turn_drafts(ctx: Context, labels: list[re.Match[str]]) -> list[Draft]:
    """A direct-quote draft for each turn of a broadcast transcript: the line after the
    label is the words of the one the label names (its source; the colon is the cue)."""
    out: list[Draft] = []
    for m in labels:
        source = m.span("label")
        draft = _turn(ctx, m, m.span("colon"), source, ctx.token_at(source[1] - 1))
        if draft is not None:
            out.append(draft)
    return out


def _turn(
    ctx: Context,
    label: re.Match[str],
    cue: tuple[int, int],
    source: tuple[int, int] | None,
    source_token: int | None,
) -> Draft | None:
    """The draft of one turn: the rest of the label's line, or None when it is empty."""
    text = ctx.text
    end = text.find("\n", label.end())
    content = trim(text, label.end(), len(text) if end < 0 else end)
    if content[1] - content[0] < 2:
        return None
    return Draft(
        content=[content], cue=cue, source=source, cue_token=ctx.token_at(cue[0]), source_token=source_token
    )


def transcript_drafts(ctx: Context, labels: list[re.Match[str]], drafts: list[Draft]) -> list[Draft]:
    """A direct-quote draft for each answer line (see the module docstring).

    An answer line that carries its own speech tag ("A: They can stay, Vidal said.") is that
    tag's report, which ``drafts`` (the other steps' finds) already holds with its source:
    the line gets no second draft. Such a tag also names the interviewee, before the
    introduction does: every tagged answer naming one person makes the untagged answers
    theirs too."""
    tagged = {id(m): _tag_in_line(ctx, m, drafts) for m in labels if m.group("label") == "A"}
    source = _one_tagged_speaker(ctx, tagged.values()) or _interviewee_mention(ctx, labels[0].start())
    source_token = ctx.token_at(source[0]) if source is not None else None
    out: list[Draft] = []
    for m in labels:
        if m.group("label") != "A" or tagged[id(m)] is not None:
            continue
        # with no interviewee named, the label is the only word that names the answerer there
        # (as a broadcast transcript's "WALLACE:"): the source, with no speaker behind it
        label = source if source is not None else m.span("label")
        draft = _turn(ctx, m, (m.start("label"), m.end("label") + 1), label, source_token)
        if draft is not None:
            out.append(draft)
    return out


def _tag_in_line(ctx: Context, label: re.Match[str], drafts: list[Draft]) -> Draft | None:
    """The report that closes the answer line after ``label`` (", Vidal said."): its content
    opens the line, and its named source and its cue follow the content, or None."""
    end = ctx.text.find("\n", label.end())
    end = len(ctx.text) if end < 0 else end
    for d in drafts:
        if d.cue is None or d.source is None or not d.content:
            continue
        after = d.content[-1][1] <= min(d.cue[0], d.source[0]) and max(d.cue[1], d.source[1]) <= end
        if d.content[0][0] == label.end() and after and _names_someone(ctx, d):
            return d
    return None


def _names_someone(ctx: Context, d: Draft) -> bool:
    """Whether a draft's source is a name (a token tagged as a proper noun), not "I" or "he"."""
    assert d.source is not None
    pos = ctx.index.column("pos_")
    return any(pos[i] == "PROPN" for i in range(ctx.token_at(d.source[0]), ctx.token_at(d.source[1] - 1) + 1))


def _one_tagged_speaker(ctx: Context, tags: Iterable[Draft | None]) -> tuple[int, int] | None:
    """The source of the first tagged answer when every tagged answer names the same words
    (the interviewee's surname as the tags repeat it), else None."""
    sources = [d.source for d in tags if d is not None and d.source is not None]
    if not sources or len({ctx.text[s:e] for s, e in sources}) != 1:
        return None
    return sources[0]


def _interviewee_mention(ctx: Context, first_turn: int) -> tuple[int, int] | None:
    """The first mention of the only person named before the first turn, or None."""
    entities: list[Entity] = ctx.doc._.ng_entities
    people = [e for e in entities if e.type == "PERSON" and any(m.start < first_turn for m in e.mentions)]
    if len(people) != 1:
        return None
    first = min((m for m in people[0].mentions if m.start < first_turn), key=lambda m: m.start)
    return first.start, first.end
