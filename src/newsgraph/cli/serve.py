"""CLI: ``newsgraph serve`` — the JSON API and the web UI on one uvicorn server."""

from __future__ import annotations

from enum import StrEnum

import typer

from newsgraph.errors import NewsgraphError


class ExtractAccessChoice(StrEnum):
    read = "read"
    write = "write"


#: Addresses that mean "every interface": no single host name to allow then.
ALL_INTERFACES = ("0.0.0.0", "::", "")


def allowed_hosts(host: str, extra: list[str]) -> list[str]:
    """Host names the server answers to: loopback names, the bound address, and ``--allow-host``."""
    from newsgraph.api.security import DEFAULT_ALLOWED_HOSTS

    bound = [] if host in ALL_INTERFACES else [host]
    return list(dict.fromkeys([*DEFAULT_ALLOWED_HOSTS, *bound, *extra]))


def register(app: typer.Typer) -> None:
    """Add ``serve`` to ``app``."""

    @app.command("serve")
    def serve_command(
        db: str = typer.Option(
            "sqlite:///newsgraph.db", "--db", envvar="NEWSGRAPH_DB",
            help="Store URL: sqlite:///file.db or postgresql+psycopg://user@host/db",
        ),
        host: str = typer.Option("127.0.0.1", help="Address to listen on (loopback by default)"),
        port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on"),
        token: str | None = typer.Option(
            None, envvar="NEWSGRAPH_TOKEN", show_default=False,
            help="Bearer token that allows writes (POST /articles); without it writes are refused",
        ),
        read_token: str | None = typer.Option(
            None, "--read-token", envvar="NEWSGRAPH_READ_TOKEN", show_default=False,
            help="Bearer token required for reads too (default: reads are open)",
        ),
        max_body_mb: float = typer.Option(5.0, "--max-body-mb", min=0.01, help="Largest request body, in MB"),
        model: str | None = typer.Option(None, help="spaCy pipeline package for extraction"),
        allow_host: list[str] = typer.Option(
            [], "--allow-host", envvar="NEWSGRAPH_ALLOWED_HOSTS", show_default=False,
            help="Host name clients use to reach the server (repeatable; *.example.org for subdomains; "
                 "* for any, which drops the DNS-rebinding protection). Loopback names and --host are "
                 "always allowed",
        ),
        extract_access: ExtractAccessChoice = typer.Option(
            ExtractAccessChoice.read, "--extract-access", envvar="NEWSGRAPH_EXTRACT_ACCESS",
            help="Who may run POST /extract and the paste box (CPU-heavy): 'read' = whoever may read, "
                 "'write' = only holders of the write token",
        ),
        extract_workers: int = typer.Option(
            1, "--extract-workers", min=1, max=64,
            help="Worker processes for POST /extract and POST /articles (each loads the spaCy model)",
        ),
        extract_queue: int = typer.Option(
            4, "--extract-queue", min=0, max=1000,
            help="Extraction requests that may wait for a busy worker; more get 503 with Retry-After",
        ),
        extract_timeout: float = typer.Option(
            30.0, "--extract-timeout", min=0.1, max=3600.0,
            help="Seconds one extraction may take; its worker is then killed and the request gets 503",
        ),
        extract_max_mb: float = typer.Option(
            2.0, "--extract-max-mb", min=0.001, help="Largest POST /extract body, in MB (413 past it)",
        ),
    ) -> None:
        """Serve the corpus: JSON API (OpenAPI at /openapi.json, docs at /docs) and web UI at /ui/."""
        import uvicorn

        from newsgraph.api import create_app
        from newsgraph.api.limits import ExtractionLimits

        limits = ExtractionLimits(
            workers=extract_workers, queue=extract_queue, timeout_seconds=extract_timeout,
            max_body_bytes=max(1, int(extract_max_mb * 1024 * 1024)),
        )
        try:
            application = create_app(
                db, token, read_token=read_token, max_body_bytes=int(max_body_mb * 1024 * 1024), model=model,
                allowed_hosts=allowed_hosts(host, allow_host),
                extract_access=extract_access.value,
                extraction=limits,
            )
        except NewsgraphError:
            raise
        except Exception as exc:  # a bad URL or unreachable database: one line, not a traceback
            raise NewsgraphError(f"cannot open the store {db!r}: {exc}") from exc
        typer.echo(f"newsgraph: serving {db} on http://{host}:{port}/ui/ (API docs: /docs)"
                   + ("" if token else "; writes disabled (no --token)"), err=True)
        if extract_access is ExtractAccessChoice.write and not token:
            typer.echo("newsgraph: --extract-access write without --token: POST /extract and the paste box "
                       "are disabled", err=True)
        if host in ALL_INTERFACES and not allow_host:
            typer.echo("newsgraph: listening on every interface but answering only to localhost names: "
                       "add --allow-host NAME for each name clients use", err=True)
        uvicorn.run(application, host=host, port=port, log_level="info", proxy_headers=False)
