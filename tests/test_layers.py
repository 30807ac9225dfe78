"""The layers of newsgraph, checked on the code: every import goes down, and none goes round.

The table below is the architecture (docs/architecture.md shows the same one). A
module may import modules of its own layer and of the layers below it; a stage may
import the base layers and *earlier* stages only, and of another package only its
public names. The test reads every module under ``src/newsgraph`` with ``ast`` and
follows every import in it, at module level or inside a function (a deferred import
is still a dependency: it only moves the cost), and under ``TYPE_CHECKING`` too.

An import that breaks the rule and is meant to stay is listed in ``ALLOWED`` with its
reason; one that should go but lives in another owner's code is listed in
``KNOWN_VIOLATIONS`` (or ``KNOWN_CYCLES``) with a TODO, so it is visible and cannot
grow unnoticed.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsgraph"

#: The layers, lowest first: (name, the top-level modules or packages of ``newsgraph`` in it).
#: ``newsgraph`` itself is the package's ``__init__`` (the lazy public facade).
LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Models, vocabularies and helpers every other layer may use; they import nothing above.
    (
        "base",
        (
            "errors", "records", "schema", "lexicons", "resources", "constants", "numbers", "lemmas",
            "extensions", "textguard", "attribute_table", "model", "samples", "resolver", "confidence",
            "syntax_repairs", "phrases",
        ),
    ),
    # Readers: inputs (files, JSONL, HTML, feeds, WARC) into Documents. Below the pipeline.
    ("readers", ("ingest",)),
    # Per-document look-up tables shared by the stages.
    ("docindex", ("docindex",)),
    # The analysis stages, in pipeline order (STAGES below orders them among themselves).
    (
        "stages",
        (
            "dateline", "furniture", "entities", "times", "attribution", "actors", "events", "claims",
            "stances", "summary",
        ),
    ),
    # The spaCy component running the stages, the Python API, and the package facade over it.
    ("pipeline", ("component", "pipeline", "newsgraph")),
    # Users of the pipeline's records: the store, the gold-set scorers, the batch runner.
    # ``tables`` (record-to-table flattening, the one Arrow schema) serves both store and batch.
    ("records users", ("tables", "store", "evaluation", "batch", "training")),
    # The corpus runner (read -> extract -> store) and the synthetic corpus writer.
    ("corpus", ("corpus", "synthetic")),
    # The JSON API; the HTML UI is built on its request handling (errors, auth, extraction).
    ("api", ("api",)),
    ("web", ("web",)),
    # The command line, over everything.
    ("cli", ("cli", "__main__")),
)

#: Order of the stages: a stage may use the public names of the stages before it.
STAGES = (
    "dateline", "furniture", "entities", "times", "attribution", "actors", "events", "claims", "stances",
    "summary",
)

#: Imports against the layering that are by design: (importer, imported) -> reason.
ALLOWED: dict[tuple[str, str], str] = {
    ("newsgraph.api.app", "newsgraph.web.routes"): (
        "the app factory mounts the HTML UI on the JSON API's app, so one server on one port "
        "serves both (the design sketch's one upward import)"
    ),
}

#: Imports that break the layering and should be fixed, in code another engineer owns.
#: (importer, imported) -> TODO. Empty: every violation found was fixed.
KNOWN_VIOLATIONS: dict[tuple[str, str], str] = {}

#: Module cycles that should be broken, in code another engineer owns: the modules -> TODO.
#: Empty: the last one (store.core <-> store.integrity) went with the store split.
KNOWN_CYCLES: dict[tuple[str, ...], str] = {}

#: Top-level names the table lists before their module exists (planned by other work).
PLANNED = {"constants"}


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    names: tuple[str, ...]  # the names taken from ``imported`` (empty for ``import x``)


def modules() -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its ``__init__``)."""
    found: dict[str, Path] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(known: dict[str, Path]) -> Iterator[Import]:
    """Every import of one newsgraph module by another, wherever it is in the file."""
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.split(".")[0] == "newsgraph":
                        yield Import(name, _existing(alias.name, known), ())
            elif isinstance(node, ast.ImportFrom):
                base = _absolute(node, package)
                if base.split(".")[0] != "newsgraph":
                    continue
                for alias in node.names:
                    submodule = f"{base}.{alias.name}"
                    if submodule in known:  # ``from newsgraph import component``
                        yield Import(name, submodule, ())
                    else:
                        yield Import(name, _existing(base, known), (alias.name,))


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".")
    parts = parts[: len(parts) - (node.level - 1)]
    return ".".join([*parts, *([node.module] if node.module else [])])


def _existing(dotted: str, known: dict[str, Path]) -> str:
    """The module ``dotted`` names, or its nearest existing parent (``import a.b.c`` of
    a name that is an attribute, not a module)."""
    while dotted not in known and "." in dotted:
        dotted = dotted.rpartition(".")[0]
    return dotted


def unit(module: str) -> str:
    """The top-level module or package ``module`` belongs to (``newsgraph`` for the facade)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "newsgraph"


LAYER_OF = {top: rank for rank, (_, tops) in enumerate(LAYERS) for top in tops}


def violations(edges: list[Import]) -> dict[tuple[str, str], str]:
    """Every import against the table: (importer, imported) -> why it breaks the rule."""
    found: dict[tuple[str, str], str] = {}
    for edge in edges:
        source, target = unit(edge.importer), unit(edge.imported)
        if source == target:
            continue
        key = (edge.importer, edge.imported)
        if LAYER_OF[target] > LAYER_OF[source]:
            found[key] = f"{source} ({LAYERS[LAYER_OF[source]][0]}) imports up into {target}"
        elif source in STAGES and target in STAGES:
            if STAGES.index(target) > STAGES.index(source):
                found[key] = f"stage {source} imports the later stage {target}"
            private = [n for n in edge.names if n.startswith("_")]
            private += [p for p in edge.imported.split(".") if p.startswith("_")]
            if private:
                found[key] = f"stage {source} imports private names of {target}: {', '.join(private)}"
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one node (Tarjan), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:  # recursion depth is bounded by the ~150 modules
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


@pytest.fixture(scope="module")
def edges() -> list[Import]:
    return list(imports(modules()))


def test_every_module_has_a_layer() -> None:
    tops = {unit(name) for name in modules()}
    assert sorted(tops - set(LAYER_OF)) == [], "add the new module or package to LAYERS"
    assert sorted(set(LAYER_OF) - tops - PLANNED) == [], "LAYERS names a module that does not exist"
    assert len(LAYER_OF) == sum(len(tops) for _, tops in LAYERS), "a name is in two layers"


def test_each_layer_imports_only_from_layers_below_it(edges: list[Import]) -> None:
    found = violations(edges)
    listed = ALLOWED.keys() | KNOWN_VIOLATIONS.keys()
    unexpected = {key: why for key, why in found.items() if key not in listed}
    assert unexpected == {}


def test_the_listed_exceptions_still_exist(edges: list[Import]) -> None:
    """An exception that was fixed is taken off the list, so the list stays true."""
    found = violations(edges)
    assert sorted(set(ALLOWED) - set(found)) == []
    assert sorted(set(KNOWN_VIOLATIONS) - set(found)) == []


def test_no_module_imports_itself_round_a_cycle(edges: list[Import]) -> None:
    graph: dict[str, set[str]] = {}
    for edge in edges:
        if edge.imported != edge.importer:
            graph.setdefault(edge.importer, set()).add(edge.imported)
    # A package's __init__ re-exporting its submodules is not a cycle of design: the
    # submodules are the package. Only imports between different modules count.
    found = cycles(_without_package_reexports(graph))
    assert [c for c in found if tuple(c) not in KNOWN_CYCLES] == []
    assert sorted(set(KNOWN_CYCLES) - {tuple(c) for c in found}) == [], "a fixed cycle is still listed"


def test_no_two_packages_import_each_other(edges: list[Import]) -> None:
    graph: dict[str, set[str]] = {}
    for edge in edges:
        source, target = unit(edge.importer), unit(edge.imported)
        if source != target and (edge.importer, edge.imported) not in ALLOWED:
            graph.setdefault(source, set()).add(target)
    # The facade imports the pipeline and records lazily and every module lives inside
    # it by name, which Python resolves without importing the facade's names: not a cycle.
    assert cycles(graph) == []


def _without_package_reexports(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """``graph`` without the edges from a package to its own submodules."""
    return {
        node: {target for target in targets if not target.startswith(node + ".")}
        for node, targets in graph.items()
    }


def test_the_checker_sees_function_level_and_relative_imports(tmp_path: Path) -> None:
    """The walk finds an import inside a function body and resolves ``from . import x``."""
    tree = ast.parse("def f():\n    from . import numbers\n    import newsgraph.records\n")
    nodes = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom | ast.Import)]
    assert len(nodes) == 2
    relative = next(n for n in nodes if isinstance(n, ast.ImportFrom))
    assert _absolute(relative, "newsgraph") == "newsgraph"
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    upward = [Import("newsgraph.ingest.readers", "newsgraph.pipeline", ("extract",))]
    assert list(violations(upward)) == [("newsgraph.ingest.readers", "newsgraph.pipeline")]
    later = [Import("newsgraph.entities", "newsgraph.events", ("EVENTS",))]
    assert "later stage" in violations(later)[("newsgraph.entities", "newsgraph.events")]
    private = [Import("newsgraph.events", "newsgraph.entities.build", ("_helper",))]
    assert "private" in violations(private)[("newsgraph.events", "newsgraph.entities.build")]
