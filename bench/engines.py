"""Measure the two candidate engines on our convergence cases, raw (without cmis-diff's wrapping).

For every case in tests/cases and both directions: load A and B, let the engine write its SQL for
A -> B, run that SQL on A, and judge by normalized pg_dump whether A now equals B and whether the
engine then finds no further changes. Prints a table and writes bench/results/engines.json.

    python bench/engines.py [--only NAME_SUBSTRING]
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from collections.abc import Callable
from pathlib import Path

import psycopg
from psycopg import sql

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cmis_diff import server  # noqa: E402
from cmis_diff.connect import with_database  # noqa: E402
from cmis_diff.oracle import schema_dump  # noqa: E402
from tests.support import load_sql_file  # noqa: E402


def results_sql(a_url: str, b_url: str) -> str:
    from results.dbdiff import Migration
    from results.schemainspect import PostgreSQL

    with psycopg.connect(a_url) as ca, psycopg.connect(b_url) as cb, ca.cursor() as xa, cb.cursor() as xb:
        m = Migration(PostgreSQL(xa), PostgreSQL(xb))
        m.set_safety(False)
        m.add_all_changes_ordered(privileges=True)
        return str(m.sql)


def migra_sql(a_url: str, b_url: str) -> str:
    from migra import Migration
    from sqlalchemy.pool import NullPool
    from sqlbag import S

    def sa(url: str) -> str:
        params = psycopg.conninfo.conninfo_to_dict(url)
        return f"postgresql://{params['user']}@/{params['dbname']}?host={params['host']}"

    with S(sa(a_url), poolclass=NullPool) as sa_a, S(sa(b_url), poolclass=NullPool) as sa_b:
        m = Migration(sa_a, sa_b)
        m.set_safety(False)
        m.add_all_changes(privileges=True)
        return str(m.sql)


ENGINES: dict[str, Callable[[str, str], str]] = {"results": results_sql, "migra": migra_sql}


def run_case(engine: Callable[[str, str], str], admin: str, case: Path, direction: str) -> str:
    start, target = ("a.sql", "b.sql") if direction == "forward" else ("b.sql", "a.sql")
    names = [f"eng_{secrets.token_hex(4)}", f"eng_{secrets.token_hex(4)}"]
    with psycopg.connect(admin, autocommit=True) as conn:
        for n in names:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(n)))
    a_url, b_url = (with_database(admin, n) for n in names)
    try:
        load_sql_file(a_url, case / start)
        load_sql_file(b_url, case / target)
        try:
            script = engine(a_url, b_url)
        except Exception as exc:
            return f"engine error: {type(exc).__name__}"
        if script.strip():
            try:
                with psycopg.connect(a_url, autocommit=True) as conn:
                    conn.execute(script.encode())
            except psycopg.Error as exc:
                return f"apply error: {exc.diag.message_primary}"
        if schema_dump(a_url) != schema_dump(b_url):
            return "catalog differs"
        if engine(a_url, b_url).strip():
            return "second diff not empty"
        return "ok"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            for n in names:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(n)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    admin = server.start()
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute((REPO / "desired" / "roles.sql").read_text().encode())
    cases = sorted(p for p in (REPO / "tests" / "cases").iterdir() if p.is_dir() and args.only in p.name)
    outcome: dict[str, dict[str, str]] = {name: {} for name in ENGINES}
    for case in cases:
        for direction in ("forward", "reverse"):
            key = f"{case.name}-{direction}"
            for name, engine in ENGINES.items():
                outcome[name][key] = run_case(engine, admin, case, direction)
            print(f"{key:60} " + "  ".join(f"{n}={outcome[n][key]}" for n in ENGINES), flush=True)
    total = len(cases) * 2
    summary = {n: sum(v == "ok" for v in outcome[n].values()) for n in ENGINES}
    print("\nconverged: " + ", ".join(f"{n} {summary[n]}/{total}" for n in ENGINES))
    out = REPO / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "engines.json").write_text(json.dumps({"total": total, "converged": summary, "cases": outcome}, indent=2))


if __name__ == "__main__":
    main()
