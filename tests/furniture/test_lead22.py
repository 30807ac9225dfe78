"""Session 22 (lead): an author's note at the foot that names the byline's writer, with no
handle, is a byline too."""

from __future__ import annotations

from tests.furniture.helpers import assert_nothing_taken_from, excluded_span
from tests.furniture.test_kinds import CLOSE, LEAD, names, run


def test_a_note_about_the_bylines_writer_at_the_foot_is_a_byline() -> None:
    note = "Ines Calder is the Courier's transport editor. She has covered railways since 2012."
    record = run("By Ines Calder\n\n" + LEAD + "\n" + CLOSE + "\n\n" + note + "\n")
    span = excluded_span(record, note)
    assert span.reason == "byline"
    assert_nothing_taken_from(record, span)
    assert "Ines Calder" not in names(record)


def test_a_note_about_another_reporter_without_a_handle_is_kept() -> None:
    sentence = "Elif Kaya is a reporter for a local paper. She was released on Friday."
    record = run("By Ines Calder\n\n" + LEAD + "\n" + CLOSE + "\n\n" + sentence + "\n")
    assert not [s for s in record.article.excluded if "Elif" in s.text]
