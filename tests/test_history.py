"""A schema's history, planned step by step both ways (tests/history/README.md).

Versions are pg_dump texts made at test time: the base slice of desired/ plus the evolution
scripts up to that version. One live database walks empty -> v1 -> ... -> vN -> empty, another
empty -> vN -> ... -> v1 -> empty, so every step is planned in both directions, from empty and
back to empty. Each plan is verified (rehearsed), applied, judged by normalized pg_dump against
the version's own dump, and planned again: the second plan must be empty.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from cmis_diff.apply.executor import apply
from cmis_diff.connect import connect
from cmis_diff.oracle import normalize, raw_schema_dump, schema_dump
from cmis_diff.pipeline import plan
from cmis_diff.source.discover import DesiredFile, DesiredSource
from cmis_diff.source.load import load

from .support import approved_plan, endpoints

HISTORY = Path(__file__).parent / "history"
DESIRED = Path(__file__).resolve().parent.parent / "desired"
STEPS = sorted(HISTORY.glob("v*.sql"), key=lambda p: int(p.stem[1:]))


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory, server_url: str) -> list[Path]:
    """One desired directory per version, each holding that version's pg_dump (and the empty start)."""
    import psycopg
    from psycopg import sql

    from cmis_diff.connect import with_database

    root = tmp_path_factory.mktemp("history")
    base = tomllib.loads((HISTORY / "base.toml").read_text())["files"]
    files = tuple(DesiredFile(DESIRED / n, f"desired/{n}", (DESIRED / n).read_text()) for n in base)
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS history_build WITH (FORCE)")
        conn.execute(sql.SQL("CREATE DATABASE history_build TEMPLATE template0"))
    url = with_database(server_url, "history_build")
    out = []
    with connect(url, "history") as conn:
        load(conn, DesiredSource(DESIRED, None, files))
        for step in STEPS:
            load(conn, DesiredSource(HISTORY, None, (DesiredFile(step, step.name, step.read_text()),)))
            folder = root / step.stem
            folder.mkdir()
            (folder / "schema.sql").write_text(raw_schema_dump(url))
            out.append(folder)
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("DROP DATABASE history_build WITH (FORCE)")
    empty = root / "empty"
    empty.mkdir()
    (empty / "schema.sql").write_text("")
    return [empty, *out, empty]


def _step(desired: Path, live_url: str, server_url: str, tmp_path: Path) -> None:
    live, scratch = endpoints(live_url, server_url)
    result = plan(desired, live, scratch)
    assert result.verified and result.unconverged == [], f"{desired.name}: not converged {result.unconverged}"
    if result.changes:
        path = approved_plan(result, live_url, tmp_path / f"to_{desired.name}.sql")
        apply(path, live_url, lock_timeout_s=5, statement_timeout_s=120)
    assert schema_dump(live_url) == normalize((desired / "schema.sql").read_text()), f"{desired.name}: differs"
    assert [c.sql for c in plan(desired, live, scratch).changes] == [], f"{desired.name}: second plan not empty"


@pytest.mark.parametrize("direction", ["forward", "backward"])
def test_history_converges_step_by_step(direction: str, versions: list[Path], make_db: Callable[[], str],
                                        server_url: str, tmp_path: Path) -> None:
    walk = versions if direction == "forward" else [versions[0], *reversed(versions[1:-1]), versions[-1]]
    live_url = make_db()
    for desired in walk[1:]:
        _step(desired, live_url, server_url, tmp_path)
