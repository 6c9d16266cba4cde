"""Rehearse a plan before it is written: apply it to a schema-only copy of live in scratch.

The rehearsal proves the plan applies, fixes its order where the engine got it wrong (a
statement that fails because something it needs comes later in the plan is moved after it, as
the desired loader does), and reports every object whose catalog entry still differs from
desired afterwards ("not converged") -- so a plan never claims to do what it does not.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass

import psycopg

from .catalog import fingerprint
from .catalog.inspect import LEDGER_SCHEMA
from .config import Endpoint
from .connect import connect
from .diff.changes import Change
from .errors import CmisDiffError
from .oracle import strip_psql_meta
from .scratch import scratch_database
from .server import bin_dir
from .source.discover import DesiredSource
from .source.load import MISSING_DEPENDENCY, run_roles

# a drop that something else still needs (it is dropped later in the plan)
_RETRYABLE = MISSING_DEPENDENCY | {"2BP01"}


@dataclass(frozen=True)
class Rehearsal:
    changes: list[Change]  # in an order proven to apply
    reordered: int  # how many statements had to move
    unconverged: list[tuple[str, str, str]]  # (kind, identity, missing|extra|differs)


def _live_schema_sql(live_url: str) -> str:
    cmd = [str(bin_dir() / "pg_dump"), "--schema-only", "--no-tablespaces", f"--exclude-schema={LEDGER_SCHEMA}",
           "--dbname", live_url]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        detail = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"
        raise CmisDiffError(f"cannot copy the live schema for rehearsal: pg_dump: {detail}")
    # pg_dump empties search_path, but pg_get_triggerdef cannot schema-qualify the operator that
    # IS DISTINCT FROM uses (e.g. on ltree): such a dump does not restore. Keep the default path.
    return "\n".join(line for line in strip_psql_meta(proc.stdout).splitlines()
                     if not line.startswith("SELECT pg_catalog.set_config('search_path', '', false)"))


def _message(exc: psycopg.Error) -> str:
    return (exc.diag.message_primary or str(exc)).strip().splitlines()[0]


def _does_not_apply(change: Change, exc: psycopg.Error) -> CmisDiffError:
    return CmisDiffError(f"plan does not apply (rehearsal on a copy of live): {_message(exc)} "
                         f"in: {change.sql.strip().splitlines()[0][:100]}")


def _apply_in_order(conn: psycopg.Connection, changes: list[Change]) -> tuple[list[Change], int]:
    """Apply in one transaction, as `apply` will. If the planned order fails, retry statement by
    statement inside that one transaction (a savepoint each), deferring those whose dependencies
    come later, until all have applied or none makes progress."""
    try:
        with conn.transaction():
            conn.execute(";\n".join(c.sql for c in changes).encode())
        return changes, 0
    except psycopg.Error:
        pass
    done: list[Change] = []
    pending = changes
    deferred: set[int] = set()
    with conn.transaction():
        while pending:
            failed: list[tuple[Change, psycopg.Error]] = []
            for change in pending:
                try:
                    with conn.transaction():  # a savepoint
                        conn.execute(change.sql.encode())
                    done.append(change)
                except psycopg.Error as exc:
                    if exc.sqlstate not in _RETRYABLE:
                        raise _does_not_apply(change, exc) from None
                    failed.append((change, exc))
                    deferred.add(id(change))
            if len(failed) == len(pending):
                raise _does_not_apply(*failed[0])
            pending = [c for c, _ in failed]
    return done, len(deferred)


def rehearse(changes: list[Change], live_url: str, source: DesiredSource, scratch: Endpoint,
             desired: fingerprint.Fingerprint) -> Rehearsal:
    schema_sql = _live_schema_sql(live_url)
    with scratch_database(scratch.url) as url, connect(url, "rehearsal database") as conn:
        if source.roles is not None:
            run_roles(conn, source.roles)
        try:
            conn.execute(schema_sql.encode())
        except psycopg.Error as exc:
            raise CmisDiffError(f"cannot copy the live schema for rehearsal: {_message(exc)}") from None
        conn.execute("RESET ALL")  # the dump empties search_path; the plan runs with the defaults
        ordered, moved = _apply_in_order(conn, changes)
        after = fingerprint.read(conn)
    return Rehearsal(ordered, moved, after.differences(desired))
