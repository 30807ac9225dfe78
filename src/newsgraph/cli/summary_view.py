"""The readable terminal view of one record: what a journalist checks first."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsgraph.records import Record, Span, TimeExpression


def _clip(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _content(spans: list[Span]) -> str:
    return " … ".join(span.text for span in spans)


def print_summary(record: Record, console: Console) -> None:
    """The record as a heading and one table per kind of finding, then its warnings."""
    article = record.article
    heading = article.title or article.id
    meta = [f"published {article.published}" if article.published else "no publication date"]
    if article.dateline:
        meta.append(f"dateline {article.dateline.place}")
    console.rule(f"[bold]{heading}[/bold]")
    console.print(" · ".join(meta), highlight=False)

    names = {entity.id: entity.name for entity in record.entities}
    times = {time.id: time for time in record.times}
    tables = [
        _entities(record) if record.entities else None,
        _quotes(record, names, times) if record.quotes else None,
        _times(record) if record.times else None,
        _events(record, names, times) if record.events else None,
        _claims(record, names) if record.claims else None,
        _stances(record, names) if record.stances else None,
    ]
    for table in tables:
        if table is not None:
            console.print(table)
    for warning in record.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)


def _entities(record: Record) -> Table:
    table = Table(title="Entities", title_justify="left", show_lines=False)
    for column in ("name", "type", "mentions", "roles / affiliations"):
        table.add_column(column)
    for entity in record.entities:
        extras = [f"{r.title}" + (f" ({r.org})" if r.org else "") for r in entity.roles]
        extras += [a.name for a in entity.affiliations]
        mentions = sorted({m.text for m in entity.mentions}, key=str.lower)
        table.add_row(
            entity.name, entity.type, _clip(", ".join(mentions), 50), _clip("; ".join(extras), 60)
        )
    return table


def _quotes(record: Record, names: dict[str, str], times: dict[str, TimeExpression]) -> Table:
    table = Table(title="Quotes", title_justify="left", show_lines=True)
    for column in ("speaker", "kind", "cue", "content", "medium / time"):
        table.add_column(column)
    for quote in record.quotes:
        speaker = names.get(quote.speaker or "") or (quote.source.text if quote.source else "?")
        medium = quote.medium.text if quote.medium else ""
        when = times[quote.time].text if quote.time in times else ""
        if when and when in medium:
            when = ""  # "in the debate in September" already says when
        context = " ".join(x for x in (medium, when) if x)
        table.add_row(
            speaker,
            # "did not respond to a request for comment": reported as not said, as the web
            # page tags it, so the table never reads like a statement made
            f"{quote.kind} (not said)" if quote.negated else quote.kind,
            quote.cue.text if quote.cue else "",
            _clip(_content(quote.content), 80),
            context,
        )
    return table


def _times(record: Record) -> Table:
    table = Table(title="Times", title_justify="left")
    for column in ("text", "value", "precision"):
        table.add_column(column)
    for time in record.times:
        table.add_row(time.text, time.value or "(unresolved)", time.precision)
    return table


def _events(record: Record, names: dict[str, str], times: dict[str, TimeExpression]) -> Table:
    table = Table(title="Events", title_justify="left")
    for column in ("actor", "action", "target", "when", "where", "modality"):
        table.add_column(column)
    for event in record.events:
        when = times[event.time].value or times[event.time].text if event.time in times else ""
        if when and event.time_basis in ("quote", "context"):
            when = f"{when} ({event.time_basis})"  # not from the event's own clause
        table.add_row(
            ", ".join(names.get(a, a) for a in event.actors),
            f"{event.category} ({event.lemma})",
            ", ".join(names.get(t, t) for t in event.targets),
            when or "",
            names.get(event.place or "", ""),
            event.modality,
        )
    return table


def _claims(record: Record, names: dict[str, str]) -> Table:
    table = Table(title="Claims", title_justify="left")
    table.add_column("claimant")
    table.add_column("claim")
    for claim in record.claims:
        table.add_row(names.get(claim.claimant, claim.claimant), _clip(claim.span.text, 100))
    return table


def _stances(record: Record, names: dict[str, str]) -> Table:
    table = Table(title="Stances", title_justify="left")
    for column in ("holder", "", "target", "evidence"):
        table.add_column(column)
    for stance in record.stances:
        sign = "[green]+[/green]" if stance.polarity == "positive" else "[red]−[/red]"
        table.add_row(
            names.get(stance.holder, stance.holder),
            sign,
            names.get(stance.target, stance.target),
            ", ".join(stance.evidence),
        )
    return table
