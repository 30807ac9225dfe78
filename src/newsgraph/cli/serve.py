"""CLI: ``newsgraph serve`` — the JSON API and the web UI on one uvicorn server."""

from __future__ import annotations

import typer

from newsgraph.errors import NewsgraphError


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
                extraction=limits,
            )
        except NewsgraphError:
            raise
        except Exception as exc:  # a bad URL or unreachable database: one line, not a traceback
            raise NewsgraphError(f"cannot open the store {db!r}: {exc}") from exc
        typer.echo(f"newsgraph: serving {db} on http://{host}:{port}/ui/ (API docs: /docs)"
                   + ("" if token else "; writes disabled (no --token)"), err=True)
        uvicorn.run(application, host=host, port=port, log_level="info", proxy_headers=False)
