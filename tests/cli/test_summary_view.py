"""The terminal summary says what the records say: a quote reported as not said is marked."""

from __future__ import annotations

import io

from rich.console import Console

from newsgraph.cli.summary_view import print_summary
from tests.conftest import run


def test_a_quote_reported_as_not_said_is_marked_in_the_table() -> None:
    record = run(
        "Harbour operator Nordline said on Monday that the ferry would sail again in May. "
        "The ship's owner, Kestrel Holdings, did not respond to a request for comment."
    )
    assert any(q.negated for q in record.quotes)
    out = io.StringIO()
    print_summary(record, Console(file=out, width=200))
    rows = [line for line in out.getvalue().splitlines() if "request for comment" in line]
    assert rows and all("(not said)" in row for row in rows)
    said = [line for line in out.getvalue().splitlines() if "ferry would sail" in line]
    assert said and "(not said)" not in said[0]
