"""Quotations signed with a dash: '"We deserve better." ― Carla Ruiz'.

Vox-pop round-ups, reader comments and epigraphs attribute a quotation by the name
after it, set off by a dash (horizontal bar, em or en dash), with no verb: the typographic
convention of a signature. The parse gives no cue for it, and the continuity step would
hand the quotation to the previous speaker, so the signature is read here: a closed
quotation, a dash, and a short run of capitalised words that ends its line or sentence.
"""

from __future__ import annotations

import re

from newsgraph.attribution.context import Context
from newsgraph.attribution.draft import Draft, trim
from newsgraph.constants import UPPER

#: A space within a line: a blank, a tab, or a typographic space (a no-break space after the
#: dash is common in pasted web text: "―\xa0Jorge Falcon").
_SPACE = r"[^\S\r\n]"
#: The dash, then a name: one to four capitalised words (initials, hyphens, apostrophes
#: and accented letters allowed), then the end of the line or sentence, a comma or an
#: opening quotation mark. A verb after the name ("— Ruiz said") is the verb step's.
_SIGNATURE = re.compile(
    rf"{_SPACE}*(?P<dash>[―—–]{{1,2}}){_SPACE}*"
    rf"(?P<name>[{UPPER}][\w'’.-]*(?:{_SPACE}+(?:[{UPPER}][\w'’.-]*|de|da|van|von|del|al|bin)){{0,4}})"
    rf"(?={_SPACE}*(?:[.,;]?{_SPACE}*(?:\n|$|[“\"‘])|\.{_SPACE}+[A-Z]))"
)


def signature_drafts(ctx: Context) -> list[Draft]:
    """A draft for each closed quotation signed with a dash and a name."""
    out: list[Draft] = []
    text = ctx.text
    for quote in ctx.quotes:
        if not quote.closed or not quote.double:
            continue
        m = _SIGNATURE.match(text, quote.end)
        if m is None:
            continue
        name_start, name_end = m.span("name")
        cue_start, cue_end = m.span("dash")
        source = trim(text, name_start, name_end, keep_quotes=False)
        out.append(
            Draft(
                content=[(quote.start, quote.end)],
                cue=(cue_start, cue_end),
                source=source,
                cue_token=ctx.token_at(cue_start),
                source_token=ctx.token_at(max(source[1] - 1, source[0])),
            )
        )
    return out
