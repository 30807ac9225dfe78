"""The package as a user meets it: ``import newsgraph`` and ``newsgraph --help`` are quick
(no spaCy until a pipeline is needed), yet every public name and the spaCy factories work."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import newsgraph


def _run(code: str) -> str:
    """Run ``code`` in a fresh interpreter (nothing imported yet) and return its stdout."""
    command = [sys.executable, "-c", textwrap.dedent(code)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_import_newsgraph_does_not_load_spacy_until_a_pipeline_is_used() -> None:
    out = _run(
        """
        import sys
        import newsgraph
        after_import = "spacy" in sys.modules
        record_type, error_type = newsgraph.Record, newsgraph.InputError
        after_types = "spacy" in sys.modules
        assert callable(newsgraph.extract)
        after_extract = "spacy" in sys.modules
        print(after_import, after_types, after_extract)
        """
    )
    assert out.split() == ["False", "False", "True"]


def test_help_of_every_command_does_not_load_spacy() -> None:
    out = _run(
        """
        import contextlib, io, json, sys
        from typer.main import get_command
        from newsgraph.cli.main import app

        commands = [[]] + [[name] for name in get_command(app).commands]
        loaded = {}
        for command in commands:
            with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
                app([*command, "--help"], prog_name="newsgraph")
            loaded[" ".join(command) or "(none)"] = "spacy" in sys.modules
        print(json.dumps(loaded))
        """
    )
    loaded = json.loads(out.splitlines()[-1])
    assert {"(none)", "extract", "serve", "ingest", "eval"} <= set(loaded)
    assert not any(loaded.values()), loaded


def test_spacy_factory_works_in_a_fresh_process_through_the_entry_point() -> None:
    out = _run(
        """
        import spacy
        from newsgraph.model import choose_model

        nlp = spacy.load(choose_model())
        nlp.add_pipe("newsgraph")  # found through the spacy_factories entry point, not our import
        doc = nlp("Maria Lopez, the mayor, said the bridge would reopen on Monday.")
        print(doc._.newsgraph.schema_, len(doc._.ng_quotes))
        """
    )
    assert out.split() == ["newsgraph/1", "1"]


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in newsgraph.__all__:
        assert getattr(newsgraph, name) is not None, name
    assert set(newsgraph.__all__) <= set(dir(newsgraph))
    assert newsgraph.extract.__module__ == "newsgraph.pipeline"
    assert issubclass(newsgraph.InputError, newsgraph.NewsgraphError)


def test_unknown_names_raise_attribute_error_and_subpackages_still_import() -> None:
    try:
        newsgraph.no_such_name  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:
        raise AssertionError("newsgraph.no_such_name should raise AttributeError")
    from newsgraph import entities

    assert entities.__name__ == "newsgraph.entities"
