"""Convergence: for each case, plan(A -> B) applied to A yields B's catalog, and re-planning is empty.

Judged by normalized pg_dump (owners, privileges, comments kept), not by our own model. Every case
runs in both directions; forward, the converged database's own pg_dump, used as desired, must
plan nothing. A case directory may hold case.toml with `xfail_forward = "reason"` /
`xfail_reverse = "reason"` for known engine gaps (strict: a fixed gap must be un-marked), and
`unconverged_forward = ["kind identity", ...]` (or `_reverse`) for a change no plan can make on
its own (a type change without a cast, an extension downgrade): the plan must report exactly
those objects as not converged, and leave them out.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from cmis_diff.apply.executor import apply
from cmis_diff.oracle import schema_dump
from cmis_diff.pipeline import plan

from .support import approved_plan, dump_as_desired, endpoints, load_sql_file

CASES_DIR = Path(__file__).parent / "cases"
CASES = sorted(p for p in CASES_DIR.iterdir() if p.is_dir() and (p / "b.sql").exists())


def _meta(case: Path) -> dict:
    return tomllib.loads((case / "case.toml").read_text()) if (case / "case.toml").exists() else {}


def _params() -> list:
    params = []
    for case in CASES:
        meta = _meta(case)
        for direction in ("forward", "reverse"):
            reason = meta.get(f"xfail_{direction}")
            marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
            params.append(pytest.param(case, direction, id=f"{case.name}-{direction}", marks=marks))
    return params


def converge(case: Path, direction: str, make_db: Callable[[], str], server_url: str, tmp_path: Path) -> None:
    start, target = ("a.sql", "b.sql") if direction == "forward" else ("b.sql", "a.sql")
    live_url, target_url = make_db(), make_db()
    load_sql_file(live_url, case / start)
    load_sql_file(target_url, case / target)
    live, scratch = endpoints(live_url, server_url)

    result = plan(case / target, live, scratch)
    expected = _meta(case).get(f"unconverged_{direction}")
    if expected is not None:
        assert sorted(f"{kind} {identity}" for kind, identity, _ in result.unconverged) == sorted(expected)
        assert result.verified
        if direction == "forward":
            dump_as_desired(target_url, server_url, tmp_path)
        return
    if result.changes:
        path = approved_plan(result, live_url, tmp_path / "plan.sql")
        apply(path, live_url, lock_timeout_s=5, statement_timeout_s=60)

    assert schema_dump(live_url) == schema_dump(target_url), "catalog differs from the target after apply"
    assert result.unconverged == [], "the plan reported objects it would not converge"
    again = plan(case / target, live, scratch)
    assert [c.sql for c in again.changes] == [], "second plan is not empty"
    if direction == "forward":
        dump_as_desired(live_url, server_url, tmp_path)


@pytest.mark.parametrize(("case", "direction"), _params())
def test_converges(case: Path, direction: str, make_db: Callable[[], str], server_url: str, tmp_path: Path) -> None:
    converge(case, direction, make_db, server_url, tmp_path)
