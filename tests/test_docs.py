"""The contracts in docs/ are the code's: the CLI reference is current, and every command's JSON
document validates against its schema (one plan -> approve -> apply -> rollback loop, in JSON)."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema

from .cli_helpers import run_cli
from .support import SMALL_DESIRED

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_cli_reference_is_current() -> None:
    spec = importlib.util.spec_from_file_location("make_cli_reference", DOCS / "make_cli_reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (DOCS / "cli.md").read_text() == module.render(), "docs/cli.md is stale: run docs/make_cli_reference.py"


def test_every_schema_is_valid_and_listed() -> None:
    index = (DOCS / "README.md").read_text()
    for path in sorted((DOCS / "json").glob("*.schema.json")):
        jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text()))
        assert f"(json/{path.name})" in index, f"{path.name} is not in docs/README.md"


def _json(schema: str, *args: str, cwd: Path, code: int = 0) -> dict[str, Any]:
    proc = run_cli(*args, "--format", "json", cwd=cwd)
    assert proc.returncode == code, (args, proc.stdout[-2000:], proc.stderr)
    doc = json.loads(proc.stdout)
    jsonschema.validate(doc, json.loads((DOCS / "json" / f"{schema}.schema.json").read_text()))
    assert doc["format"].startswith(f"cmis-diff {schema.replace('-', ' ')} ")
    return doc


def test_every_json_document_matches_its_schema(tmp_path: Path, make_db: Callable[[], str]) -> None:
    live = make_db()
    (tmp_path / "desired").mkdir()
    (tmp_path / "desired" / "schema.sql").write_text(SMALL_DESIRED)
    at = {"cwd": tmp_path}
    first = _json("plan", "plan", "--live", live, "--out", "diffs/p.sql", code=2, **at)
    assert first["reused"] is False and "statement_list" not in first
    again = _json("plan", "plan", "--live", live, "--statements", code=2, **at)
    assert again["reused"] is True and again["plan_file"] == "diffs/p.sql"
    same = ("statements", "counts", "by_kind", "follow_ups", "hazards", "hazardous", "not_converged", "notes")
    assert {k: again[k] for k in same} == {k: first[k] for k in same}  # read back from the file: the same summary
    assert len(again["statement_list"]) == again["statements"]  # no session setting in this plan
    assert [p["state"] for p in _json("plans", "plans", "--live", live, **at)["plans"]] == ["pending", "stale"]
    approved = _json("approve", "approve", "diffs/p.sql", "--by", "alice", **at)
    assert approved["by"] == "alice" and approved["counts"]["create"] > 0
    assert _json("apply", "apply", "diffs/p.sql", "--live", live, "--dry-run", **at)["result"] == "dry-run"
    applied = _json("apply", "apply", "diffs/p.sql", "--live", live, **at)
    assert applied["result"] == "applied" and applied["verification"]["status"] == "matches"
    assert [r["result"] for r in _json("history", "history", "--live", live, **at)["applied"]] == ["applied",
                                                                                                  "dry-run"]
    assert _json("drift", "drift", "--live", live, **at)["status"] == "clean"
    status = _json("status", "status", "--live", live, **at)
    assert status["last_applied"]["plan_file"] == "diffs/p.sql"
    assert [w["file"] for w in status["waiting"]] == ["diffs/p.rollback.sql"]
    assert _json("stats", "stats", "--live", live, **at)["counts"]["tables"] == 2
    back = _json("rollback", "rollback", "--live", live, "--yes", "--allow-hazards", "data-loss", **at)
    assert back["rollback_of"] == "diffs/p.sql" and back["verification"]["status"] == "matches"
    assert _json("stats", "stats", "--live", live, **at)["counts"]["tables"] == 0
    assert _json("server", "server", "status", **at)["running"] is True
    assert _json("ledger-init", "ledger", "init", "--live", live, **at)["done"] == []
    reset = _json("reset", "reset", "--live", live, "--force", **at)
    assert reset["statements"] == 5
    assert _json("stats", "stats", "--live", live, **at)["counts"]["tables"] == 2


def test_every_command_takes_format_json() -> None:
    import click

    from cmis_diff.cli import main

    def leaves(group: click.Group, path: str) -> list[tuple[str, click.Command]]:
        out: list[tuple[str, click.Command]] = []
        for name, cmd in group.commands.items():
            out += leaves(cmd, f"{path} {name}") if isinstance(cmd, click.Group) else [(f"{path} {name}", cmd)]
        return out

    missing = [name for name, cmd in leaves(main, "cmis-diff")
               if not any("--format" in p.opts for p in cmd.params if isinstance(p, click.Option))]
    assert missing == []
