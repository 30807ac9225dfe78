"""The JSON API (FastAPI) over the corpus store; the web UI is mounted on the same app."""

from newsgraph.api.app import create_app

__all__ = ["create_app"]
