"""PLOVER JSON and GDELT-like TSV exports of a record's events."""

from __future__ import annotations

import datetime as dt

from newsgraph.events.formats import gdelt_header, plover_category, to_gdelt_rows, to_plover
from newsgraph.records import Article, Entity, Event, Record, Span, TimeExpression

TEXT = "Chile and Peru signed a pact in Lima in 2020.\tTabs\nand lines."


def _record() -> Record:
    trigger = Span(start=15, end=21, text="signed")
    return Record(
        article=Article(id="a1", text=TEXT, published=dt.date(2024, 11, 7), url="https://example.org/a1"),
        entities=[
            Entity(id="e1", name="Chile", type="GPE", country="CHL"),
            Entity(id="e2", name="Peru", type="GPE", country="PER"),
            Entity(id="e3", name="Lima", type="GPE", country="PER"),
        ],
        times=[TimeExpression(id="t1", start=37, end=44, text="in 2020", value="2020", resolved=True)],
        events=[
            Event(
                id="v1", category="AGREE", lemma="sign", trigger=trigger, actors=["e1", "e2"],
                time="t1", place="e3", quad=1, score=4.0, evidence=Span(start=0, end=len(TEXT), text=TEXT),
                mentions=[trigger],
            ),
            Event(
                id="v2", category="ASSAULT", mode="firearms", lemma="shoot", trigger=trigger,
                actors=["e1"], targets=["e2"], modality="future", quad=4, score=-9.0,
                evidence=Span(start=0, end=10, text=TEXT[:10]),
            ),
        ],
    )  # fmt: skip


def test_plover_records_are_dyadic() -> None:
    rows = to_plover(_record())
    agree = [r for r in rows if r["event_id"] == "v1"]
    assert [(r["source"], r["src_actor"], r["target"]) for r in agree] == [
        ("Chile", "CHL", ""),
        ("Peru", "PER", ""),
    ]
    assert agree[0]["date"] == "2020" and agree[0]["location"]["name"] == "Lima"
    assert agree[0]["date_basis"] == "clause"
    assert agree[0]["quad_class"] == 1 and agree[0]["eventText"] == "signed"
    threat = next(r for r in rows if r["event_id"] == "v2")
    assert threat["event"] == "THREATEN" and threat["newsgraph_category"] == "ASSAULT"
    assert threat["date"] == "2024-11-07" and threat["tgt_actor"] == "PER"
    assert threat["date_basis"] == "published"  # no time of its own: the article's date


def test_gdelt_rows_are_flat_and_tab_free() -> None:
    header = gdelt_header()
    rows = to_gdelt_rows(_record())
    assert header[0] == "GlobalEventID" and "QuadClass" in header and header[-1] == "SourceURL"
    assert all(len(row) == len(header) for row in rows)
    first = dict(zip(header, rows[0], strict=True))
    assert first["Actor1Code"] == "CHL" and first["Actor1CountryCode"] == "CHL"
    assert first["EventCode"] == "AGREE" and first["QuadClass"] == "1" and first["Day"] == "2020"
    assert first["DayBasis"] == "clause"
    assert first["ActionGeo_FullName"] == "Lima" and first["SourceURL"] == "https://example.org/a1"
    assert all("\t" not in cell and "\n" not in cell for row in rows for cell in row)


def test_plover_category_codes_intentions() -> None:
    record = _record()
    base = record.events[0]
    assert plover_category(base) == "AGREE"
    assert (
        plover_category(base.model_copy(update={"category": "AID", "quad": 2, "modality": "future"}))
        == "AGREE"
    )
    assert (
        plover_category(base.model_copy(update={"category": "AID", "quad": 2, "modality": "negated"}))
        == "REJECT"
    )
    assert plover_category(base.model_copy(update={"category": "OTHER", "quad": None})) == "OTHER"


def test_empty_record_exports_nothing() -> None:
    record = Record(article=Article(id="x", text=""))
    assert to_plover(record) == [] and to_gdelt_rows(record) == []


def test_event_date_is_the_events_own_calendar_date_else_publication() -> None:
    """One rule for every export and table: a year/month/day of the event's own, else the
    publication date; the GDELT day only from a time naming exactly one day."""
    import datetime as dt

    from newsgraph.records import Article, Event, Record, Span, TimeExpression, event_date

    trigger = Span(start=0, end=6, text="signed")
    record = Record(
        article=Article(id="a", text="signed", published=dt.date(2025, 3, 14)),
        times=[
            TimeExpression(id="t1", start=0, end=1, text="May", value="2024-05", precision="month"),
            TimeExpression(id="t2", start=0, end=1, text="May 2", value="2024-05-02", precision="day"),
            TimeExpression(id="t3", start=0, end=1, text="then", value=None),
        ],
    )

    def dated(time: str | None) -> tuple[str | None, str, dt.date | None]:
        event = Event(id="v1", category="AGREE", lemma="sign", trigger=trigger, evidence=trigger, time=time)
        found = event_date(record, event)
        return found.value, found.basis, found.day

    assert dated("t1") == ("2024-05", "clause", dt.date(2025, 3, 14))
    assert dated("t2") == ("2024-05-02", "clause", dt.date(2024, 5, 2))
    assert dated("t3") == ("2025-03-14", "published", dt.date(2025, 3, 14))
    assert dated(None) == ("2025-03-14", "published", dt.date(2025, 3, 14))
