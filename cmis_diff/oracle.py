"""The convergence oracle: normalized `pg_dump --schema-only`, which shares none of our blind spots.

Owners, privileges and comments are kept. Dropped: SQL comment lines, blank lines, SET lines,
psql's \\restrict/\\unrestrict lines (random per dump) and the search_path reset.
"""

from __future__ import annotations

import subprocess
from typing import Any

from pglast import ast
from pglast.stream import RawStream

from .catalog import LEDGER_SCHEMA
from .connect import child_dsn
from .errors import CmisDiffError
from .parsing import parse_sql
from .server import bin_dir
from .waits import Limits, ms

_DROP_PREFIXES = ("--", "SET ", "\\restrict", "\\unrestrict", "SELECT pg_catalog.set_config('search_path'")


def strip_psql_meta(dump: str) -> str:
    """pg_dump output minus psql meta-commands, so that the server can run it as is."""
    return "\n".join(line for line in dump.split("\n") if not line.startswith("\\"))


def normalize(dump: str) -> str:
    """Drop noise lines; sort each run of consecutive GRANT/REVOKE lines (pg_dump writes them in
    the ACL's internal order, which says nothing about the privileges themselves)."""
    lines = [line for line in dump.split("\n") if line.strip() and not line.startswith(_DROP_PREFIXES)]
    out: list[str] = []
    run: list[str] = []
    for line in [*lines, ""]:
        if line.startswith(("GRANT ", "REVOKE ")):
            run.append(line)
            continue
        out.extend(sorted(run))
        run = []
        if line:
            out.append(line)
    return "\n".join(out)


def raw_schema_dump(url: str, purpose: str = "pg_dump failed", limits: Limits | None = None) -> str:
    """`pg_dump --schema-only` of the database at url, the ledger schema excluded. The password
    reaches pg_dump through its environment, never its argv; with `limits`, its table locks wait
    at most the lock timeout."""
    dsn, env = child_dsn(url)
    cmd = [str(bin_dir() / "pg_dump"), "--schema-only", "--no-tablespaces", f"--exclude-schema={LEDGER_SCHEMA}",
           "--dbname", dsn]
    if limits is not None and limits.lock_timeout_s:
        cmd.append(f"--lock-wait-timeout={ms(limits.lock_timeout_s)}")
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
    except subprocess.TimeoutExpired:
        raise CmisDiffError(f"{purpose}: no result after 600 s") from None
    if proc.returncode != 0:
        detail = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"
        raise CmisDiffError(f"{purpose}: {detail}")
    return proc.stdout


def schema_dump(url: str) -> str:
    """Normalized schema-only dump: what the convergence tests compare."""
    return normalize(raw_schema_dump(url))


def _columns_sorted(dump: str) -> str:
    """The dump with each CREATE TABLE's columns in name order (its constraints after them), for
    comparing schemas whose only difference may be column order (cosmetic: see --strict-column-order)."""
    out = []
    for raw in parse_sql(strip_psql_meta(dump)):
        st: Any = raw.stmt
        if isinstance(st, ast.CreateStmt) and st.tableElts:
            columns = sorted((e for e in st.tableElts if isinstance(e, ast.ColumnDef)), key=lambda e: str(e.colname))
            st.tableElts = (*columns, *(e for e in st.tableElts if not isinstance(e, ast.ColumnDef)))
        out.append(str(RawStream()(st)) + ";")
    return "\n".join(out)


def schema_dump_any_column_order(url: str) -> str:
    """schema_dump, blind to the order of table columns only."""
    return normalize(_columns_sorted(raw_schema_dump(url)))
