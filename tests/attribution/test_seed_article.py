"""The canonical Kabul article: every statement a reader finds, with its speaker.

Speaker names come through the entities stage (``Record.entity``): these checks
depend on it. The source words, cues, contents and kinds are this stage's alone.
"""

from __future__ import annotations

from newsgraph.records import Quote, Record


def _by_cue(record: Record, cue: str) -> list[Quote]:
    return [q for q in record.quotes if q.cue is not None and q.cue.text == cue]


def _name(record: Record, q: Quote) -> str | None:
    entity = record.entity(q.speaker)
    return entity.name if entity is not None else None


def _text(q: Quote) -> str:
    return " ".join(s.text for s in q.content)


def test_taliban_expressed_hope(seed_record: Record) -> None:
    q = next(q for q in seed_record.quotes if q.cue is not None and q.cue.text in ("expressed", "hope"))
    assert _text(q).startswith("that his administration would take")
    assert q.kind == "mixed"  # the scare-quoted “pragmatic approach” sits inside
    assert q.source is not None and "Taliban" in q.source.text
    assert _name(seed_record, q) == "Taliban"  # entities stage


def test_balkhi_said_with_medium_and_time(seed_record: Record) -> None:
    q = next(q for q in _by_cue(seed_record, "said") if "Doha agreement" in _text(q))
    assert q.source is not None and q.source.text.startswith("Abdul Qahar Balkhi")
    assert q.medium is not None and q.medium.text == "In a post on X"
    times = {t.id: t.text for t in seed_record.times}
    assert q.time is not None and times[q.time] == "today"  # times stage
    assert _name(seed_record, q) == "Abdul Qahar Balkhi"  # entities stage


def test_ministry_spokesperson_is_balkhi(seed_record: Record) -> None:
    (q,) = _by_cue(seed_record, "stated")
    assert q.source is not None and q.source.text == "The ministry’s spokesperson"
    assert "they expect Trump to play a constructive role" in _text(q)
    assert _name(seed_record, q) == "Abdul Qahar Balkhi"  # entities stage or role fallback


def test_harris_statements(seed_record: Record) -> None:
    called = _by_cue(seed_record, "called")
    assert any("“terrorist organization.”" in _text(q) and q.kind == "mixed" for q in called)
    said = next(q for q in _by_cue(seed_record, "said") if "weakest deals" in _text(q))
    assert said.kind == "direct"
    assert said.medium is not None and "presidential debate" in said.medium.text
    (added,) = _by_cue(seed_record, "added")
    assert added.source is not None and added.source.text == "she"
    assert _text(added).startswith("“He bypassed the Afghan government.")
    (described,) = _by_cue(seed_record, "described")
    assert "“we honor the importance of American diplomacy" in _text(described)
    (criticized,) = _by_cue(seed_record, "criticized")
    # the second sentence of the debate quote has no cue of its own but belongs to Harris
    assert any("5,000 terrorists" in s.text for q in seed_record.quotes for s in q.content)
    for q in [*called, said, added, described, criticized]:
        assert _name(seed_record, q) == "Kamala Harris"  # entities stage + pronoun fallback


def test_trump_defended_saying(seed_record: Record) -> None:
    (saying,) = _by_cue(seed_record, "saying")
    assert _text(saying).startswith("that it facilitated the U.S. military withdrawal")
    assert saying.source is not None and saying.source.text == "Trump"
    assert _name(seed_record, saying) == "Donald Trump"  # entities stage
    (criticizing,) = _by_cue(seed_record, "criticizing")
    assert _name(seed_record, criticizing) == "Donald Trump"


def test_narration_is_not_quoted(seed_record: Record) -> None:
    for q in seed_record.quotes:
        assert "277 electoral votes" not in _text(q)
        assert "served as U.S. president" not in _text(q)
