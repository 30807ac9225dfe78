"""The attribution context's quotation look-ups agree with each other."""

from __future__ import annotations

from newsgraph.attribution.context import Context
from newsgraph.attribution.lexicon import lexicon
from newsgraph.extensions import register_extensions
from newsgraph.model import load_parser

TEXT = (
    'The mayor said "the bridge opens in May" and added \'no delay\'.\n\n'
    '"We are ready," she said. "It is on time.\n\n'
    '"And on budget," she added.'
)


def test_quoted_pieces_cover_exactly_the_characters_quote_at_places_in_a_quotation() -> None:
    register_extensions()
    ctx = Context(load_parser()(TEXT), lexicon())
    assert ctx.quotes  # the text has quotations
    for start, end in [(0, len(TEXT)), (5, 40), (20, 21), (TEXT.index("We"), len(TEXT) - 3), (30, 30)]:
        by_char = {i for i in range(start, end) if ctx.quote_at(i) >= 0}
        by_piece = {i for a, b in ctx.quoted_pieces(start, end) for i in range(a, b)}
        assert by_piece == by_char, (start, end)
