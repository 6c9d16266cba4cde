"""The benchmark's own inputs (bench/generate.py, the edit of bench/run.py's everyday loop), at CMIS's
size: the generated schema must load, look like CMIS by the catalog's counts, and the edit must be
exactly one added column and one added index. Timings are never asserted here (they live in bench/)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from bench.generate import Generator
from bench.run import edited_copy
from cmis_diff.diff.changes import Action
from cmis_diff.pipeline import plan
from cmis_diff.source.discover import discover
from cmis_diff.source.load import load
from cmis_diff.stats import count

from .support import endpoints

# full CMIS (desired/, 189 tables), as `cmis-diff stats` counts it
CMIS = {"schemas": 14, "extensions": 8, "tables": 189, "constraints": 1236, "indexes": 491, "sequences": 38,
        "functions": 196, "triggers": 177, "rls_policies": 150, "views": 14, "materialized_views": 2}


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("generated") / "desired"
    Generator(189, seed=1).write(out)
    return out


def test_generator_is_deterministic_and_scales(generated: Path, tmp_path: Path) -> None:
    again, other, big = tmp_path / "again", tmp_path / "other", tmp_path / "big"
    Generator(189, seed=1).write(again)
    Generator(189, seed=2).write(other)
    read = lambda d: {p.name: p.read_text() for p in sorted(d.iterdir())}  # noqa: E731
    assert read(again) == read(generated)
    assert read(other) != read(generated)
    statements = Generator(1890, seed=1).write(big)
    assert 25_000 <= statements <= 35_000  # the "roughly 30,000 statements" at 10x
    source = discover(big)  # the seed's layout: manifest phases, roles first
    assert source.roles is not None and source.files[0].path.name == "extensions_and_schemas.sql"
    assert [f.path.name for f in source.files[-2:]] == ["all_functions.sql", "all_triggers.sql"]


def test_generated_schema_loads_with_cmis_proportions(generated: Path, make_db: Callable[[], str]) -> None:
    live = make_db()
    with psycopg.connect(live, autocommit=True) as conn:
        report = load(conn, discover(generated))
        counts = count(conn)
    assert report.retried == 0  # loads in the seed's order, file by file, like CMIS
    assert counts["tables"] == 189 and counts["schemas"] == 14 and counts["extensions"] == 8
    for kind, want in CMIS.items():
        assert 0.75 * want <= counts[kind] <= 1.25 * want, (kind, counts[kind], want)


def test_the_everyday_edit_is_one_column_and_one_index(tmp_path: Path, make_db: Callable[[], str],
                                                      server_url: str) -> None:
    generated = tmp_path / "small"
    Generator(20, seed=1).write(generated)  # the edit does not depend on size: keep the plan cheap
    live = make_db()
    with psycopg.connect(live, autocommit=True) as conn:
        load(conn, discover(generated))
    what = edited_copy(generated, tmp_path / "edited", 7)
    live_endpoint, scratch = endpoints(live, server_url)
    result = plan(tmp_path / "edited", live_endpoint, scratch, verify=False)
    changes = [(c.kind, c.action) for c in result.changes]
    assert sorted(changes) == [("column", Action.CREATE), ("index", Action.CREATE)], result.changes
    assert "bench_note_7" in what and all("bench_note_7" in c.identity for c in result.changes)
