"""Every CLI command is a top-level function a test or a script can import and call."""

from __future__ import annotations

import importlib

from newsgraph.cli.main import app


def test_every_command_is_an_importable_top_level_function() -> None:
    for info in app.registered_commands:
        callback = info.callback
        assert callback is not None
        assert "<locals>" not in callback.__qualname__, f"{info.name} is a closure"
        module = importlib.import_module(callback.__module__)
        assert getattr(module, callback.__name__) is callback


def test_the_commands_are_listed_in_the_same_order() -> None:
    """``newsgraph --help`` lists the commands in registration order; users know it."""
    assert [info.name for info in app.registered_commands] == [
        "extract", "eval", "ingest", "runs", "quotes", "events", "claims", "stances", "timeline", "search",
        "actors", "export", "generate", "check", "serve", "batch",
    ]
