"""The converted CAMEO / Phoenix package data: complete, mapped to PLOVER, reproducible."""

from __future__ import annotations

import datetime as dt
import filecmp
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from newsgraph.actors import cameo
from newsgraph.errors import ConfigError
from newsgraph.events.ontology import CATEGORIES, OTHER
from tests.conftest import REPO, shared_file

DATA = REPO / "src" / "newsgraph" / "data" / "cameo"
SHIPPED_FILES = ("verbs.json", "synsets.yaml", "cameo2plover.tsv", "agents.tsv", "actors.tsv")


def _verbs() -> list[dict[str, object]]:
    blocks: list[dict[str, object]] = json.loads((DATA / "verbs.json").read_text(encoding="utf-8"))["blocks"]
    return blocks


def _converter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("convert_cameo", REPO / "scripts" / "convert_cameo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_every_cameo_code_in_the_verbs_maps_to_a_plover_category() -> None:
    known = {*CATEGORIES, OTHER}
    codings = 0
    for block in _verbs():
        entries = [block, *block["verbs"], *block.get("patterns", [])]  # type: ignore[misc]
        for entry in entries:
            for prefix in ("", "reverse_"):
                code = entry.get(f"{prefix}cameo")
                if code is None:
                    assert f"{prefix}plover" not in entry
                    continue
                assert code.isdigit() and 2 <= len(code) <= 4, code
                assert entry[f"{prefix}plover"] in known, entry
                codings += 1
    assert codings > 4000


def test_the_shipped_files_have_the_expected_sizes() -> None:
    blocks = _verbs()
    assert len(blocks) > 390
    assert sum(len(b["verbs"]) for b in blocks) > 1800  # type: ignore[arg-type]
    assert sum(len(b.get("patterns", [])) for b in blocks) > 4000  # type: ignore[arg-type]
    synsets = yaml.safe_load((DATA / "synsets.yaml").read_text(encoding="utf-8"))["synsets"]
    assert len(synsets) >= 40
    assert {"prisoner", "captive", "hostage"} <= set(synsets["HOSTAGE"]["words"])
    tables = cameo.load_cameo_actors()
    assert len(tables.agents) > 5000
    assert len(tables.actors) > 25000
    # The package data stays small enough to ship in the wheel.
    assert sum((DATA / name).stat().st_size for name in SHIPPED_FILES) < 4_000_000


def test_the_plover_table_keeps_its_official_rows_and_marks_ours() -> None:
    rows = [
        line.split("\t")
        for line in (DATA / "cameo2plover.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ][1:]
    by_code = {row[0]: row for row in rows}
    assert by_code["181"][1:3] == ["ASSAULT", "abduct"]
    assert by_code["163"][1] == "COERCE"
    assert by_code["02"][1] == "REQUEST"
    assert by_code["02"][4] == "newsgraph"
    assert by_code["0871"][4] == "plover-2021"


def test_agents_give_sector_codes() -> None:
    tables = cameo.load_cameo_actors()
    police = tables.agent("Police")
    assert police is not None
    assert police.code == "COP"
    assert police.attach == "after"
    farmers = tables.agent("farmers")
    assert farmers is not None
    assert farmers.code == "AGR"


def test_actors_resolve_dated_roles() -> None:
    tables = cameo.load_cameo_actors()
    country = tables.actor("Afghanistan")
    assert country is not None
    assert country.code == "AFG"
    # An office holder's code depends on the day: a ministry in 2003, the undated code later.
    ghani = tables.actor("ashraf ghani")
    assert ghani is not None
    assert ghani.code_on(dt.date(2003, 1, 1)) == "AFGGOVBUS"
    assert ghani.code_on(dt.date(2012, 1, 1)) == ghani.code
    assert cameo.split_code("AFGGOVBUS") == ("AFG", ("GOV", "BUS"))


def test_a_malformed_actor_table_is_a_clear_error(tmp_path: Path) -> None:
    table = "names\tcode\tperiods\nsomeone\tAFG\tAFGGOV@20xx..\n"
    (tmp_path / "actors.tsv").write_text(table, encoding="utf-8")
    (tmp_path / "agents.tsv").write_text("phrase\tcode\tattach\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad date"):
        cameo.load_cameo_actors(tmp_path)


def test_converter_codes_and_dates() -> None:
    converter = _converter()
    assert converter.parse_code("042:043") == ("042", "043", True)
    assert converter.parse_code("---") == (None, None, True)
    assert converter.parse_code(":173") == (None, "173", True)
    assert converter.parse_code("s")[2] is False
    assert converter.parse_restriction("AFGGOV 331108-730717", 30) == ("AFGGOV", "1933-11-08", "1973-07-17")
    assert converter.parse_restriction("AFGGOV >100701", 30) == ("AFGGOV", "2010-07-01", "")
    assert converter.parse_restriction("USAELI 18970101-450703", 30) == ("USAELI", "1897-01-01", "1945-07-03")


@pytest.mark.dataset
def test_the_converter_is_deterministic_and_the_shipped_files_are_current(tmp_path: Path) -> None:
    source = shared_file("data/cameo/CAMEO.2.0.txt").parent
    converter = _converter()
    for run in ("first", "second"):
        converter.convert(source, tmp_path / run)
    for name in SHIPPED_FILES:
        assert filecmp.cmp(tmp_path / "first" / name, tmp_path / "second" / name, shallow=False), name
        current = filecmp.cmp(tmp_path / "first" / name, DATA / name, shallow=False)
        assert current, f"{name} differs from a fresh conversion: rerun scripts/convert_cameo.py"
