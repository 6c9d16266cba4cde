"""The ledger in live (schema cmis_diff): what was applied (`applied`) and approved (`approvals`).

It is created only when missing, under the apply lock, and checked before every use to be exactly
the tables cmis-diff creates: a plain table with our columns, constraints and indexes, no trigger,
rule, row security, policy or inheritance, no privileges for others beyond reading and adding rows,
and, before anything is written, owned (table and schema) by the applying role, a superuser or a
member of the applying role. Anything else is refused with one line and never touched, so nobody
can plant code that would run as the person applying. Rows are chained: each stores the sha256 of
the previous row's hash and its own fields, so an edited or removed row breaks the chain, which is
verified before every use. Every statement here runs with search_path = pg_catalog, pg_temp.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import resources
from typing import Any

import psycopg
from psycopg import sql

from ..catalog import LEDGER_SCHEMA
from ..errors import CmisDiffError
from ..render import names
from ..waits import Limits

LOCK_KEY = 0x636D6973  # "cmis": one apply (or approval) at a time per live database
GENESIS = "sha256:" + "0" * 64  # the "previous hash" of a table's first row
_SAFE_PATH = "pg_catalog, pg_temp"


@dataclass(frozen=True)
class Column:
    name: str
    ddl: str  # the column's definition in CREATE TABLE
    described: tuple[str, ...]  # what ledger.sql may report for it (types as format_type under pg_catalog)
    filled: bool = True  # written by us (False: identity, or a default the server fills in)


def _col(name: str, type_: str, not_null: bool = False) -> Column:
    null = " not null" if not_null else ""
    return Column(name, f"{name} {type_}{null.upper()}", (f"{name} {type_}{null}",))


_ID = Column("id", "id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY", ("id bigint not null identity a",),
             filled=False)
# the approving role: the server fills in session_user (servers print the default either way)
_SESSION_ROLE = Column("approving_role", "approving_role text NOT NULL DEFAULT SESSION_USER",
                       ("approving_role text not null default SESSION_USER",
                        'approving_role text not null default "session_user"()'), filled=False)
_CHAIN = (_col("prev_hash", "text", True), _col("row_hash", "text", True))


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]

    @property
    def fields(self) -> tuple[str, ...]:
        """The columns a row hash covers, in order (all but id and the chain itself)."""
        return tuple(c.name for c in self.columns if c.name not in ("id", "prev_hash", "row_hash"))

    @property
    def qualified(self) -> sql.Composable:
        return sql.Identifier(LEDGER_SCHEMA, self.name)

    @property
    def shown(self) -> str:
        return f"{LEDGER_SCHEMA}.{self.name}"

    def ddl(self) -> sql.Composed:
        return sql.SQL("CREATE TABLE {} ({})").format(
            self.qualified, sql.SQL(", ").join(sql.SQL(c.ddl) for c in self.columns))


APPLIED = Table("applied", (
    _ID, _col("plan_file", "text", True), _col("plan_hash", "text", True), _col("approved", "text"),
    _col("applied_by", "text", True),  # the operating-system user running cmis-diff
    _col("db_role", "text", True),  # session_user
    _col("started_at", "timestamp with time zone", True), _col("finished_at", "timestamp with time zone", True),
    _col("result", "text", True), _col("error", "text"),
    _col("live_before", "text"), _col("live_after", "text"),  # live's fingerprint around the change
    _col("other_target", "text"),  # the target the plan named, when applied elsewhere (--allow-other-target)
    _col("pending", "text[]"),  # phase-2 statements still to run (result partial)
    *_CHAIN))
APPROVALS = Table("approvals", (
    _ID, _col("plan_file", "text", True), _col("plan_hash", "text", True),
    _col("approved_by", "text", True),  # the name given to approve --by
    _SESSION_ROLE,
    _col("approved_at", "timestamp with time zone", True), *_CHAIN))
TABLES = (APPLIED, APPROVALS)


def _query(name: str) -> bytes:
    return (resources.files("cmis_diff.catalog") / "queries" / f"{name}.sql").read_text().encode()


@contextmanager
def safe_path(conn: psycopg.Connection) -> Iterator[None]:
    """Inside a transaction: our statements resolve names in pg_catalog only (a function or
    operator planted in a schema on the search path cannot stand in for a built-in)."""
    with conn.transaction():
        row = conn.execute("SELECT pg_catalog.current_setting('search_path')").fetchone()
        conn.execute("SELECT pg_catalog.set_config('search_path', %s, true)", [_SAFE_PATH])
        yield
        conn.execute("SELECT pg_catalog.set_config('search_path', %s, true)", [row[0] if row else ""])


@contextmanager
def locked(conn: psycopg.Connection, label: str, limits: Limits) -> Iterator[None]:
    """The session's apply lock (applies, live approvals and ledger init take turns): a second one
    waits for it, at most the lock timeout."""
    try:
        conn.execute("SELECT pg_catalog.pg_advisory_lock(%s)", [LOCK_KEY])
    except psycopg.errors.LockNotAvailable:
        holder = conn.execute("SELECT pid FROM pg_catalog.pg_locks WHERE locktype = 'advisory' "
                              "AND objid = %s::oid AND granted", [LOCK_KEY]).fetchone()
        raise CmisDiffError(f"{label}: another cmis-diff apply is running on live (pid {holder[0] if holder else '?'}"
                            f" holds the apply lock; waited {limits.lock_timeout_s:g} s, --lock-timeout)") from None
    try:
        yield
    finally:
        if not conn.closed and not conn.broken:
            conn.execute("SELECT pg_catalog.pg_advisory_unlock(%s)", [LOCK_KEY])


def _canonical(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value


def row_hash(table: Table, prev: str, values: dict[str, Any]) -> str:
    payload = json.dumps([table.name, prev, *(_canonical(values.get(f)) for f in table.fields)],
                         ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(payload.encode()).hexdigest()


def present(conn: psycopg.Connection) -> dict[str, bool]:
    """Which of the schema and tables exist (names compared as data, nothing resolved)."""
    with safe_path(conn):
        schema = conn.execute("SELECT EXISTS (SELECT FROM pg_namespace WHERE nspname = %s)",
                              [LEDGER_SCHEMA]).fetchone()
        rows = conn.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = %s AND c.relname = ANY(%s)",
                            [LEDGER_SCHEMA, [t.name for t in TABLES]]).fetchall()
    found = {r[0] for r in rows}
    return {"schema": bool(schema and schema[0]), **{t.name: t.name in found for t in TABLES}}


def _problems(desc: dict[str, Any], table: Table, write: bool) -> list[str]:
    """What makes the described table other than ours (empty: it is exactly ours)."""
    out = []
    if desc["relkind"] != "r" or desc["is_partition"] or desc["access_method"] != "heap":
        out.append(f"it is not a plain table (relkind {desc['relkind']}, access method {desc['access_method']})")
    if desc["persistence"] != "p":
        out.append("it is not a permanent (logged) table")
    for n, c in enumerate(table.columns):
        have = desc["columns"][n] if n < len(desc["columns"]) else "nothing"
        if have not in c.described:
            out.append(f"column {n + 1} is {names.text(have)}, expected {c.described[0]}")
            break
    if len(desc["columns"]) > len(table.columns):
        out.append(f"it has extra columns ({names.text(', '.join(desc['columns'][len(table.columns):]))})")
    if list(desc["constraints"]) != [f"{table.name}_pkey PRIMARY KEY (id)"]:
        out.append(f"its constraints are {names.text('; '.join(desc['constraints']) or 'none')}")
    if list(desc["indexes"]) != [f"CREATE UNIQUE INDEX {table.name}_pkey ON {table.shown} USING btree (id)"]:
        out.append(f"its indexes are {names.text('; '.join(desc['indexes']) or 'none')}")
    for what in ("triggers", "rules", "policies"):
        if desc[what]:
            out.append(f"it has {desc[what]} {what[:-1] if desc[what] == 1 else what}")
    if desc["row_security"]:
        out.append("it has row-level security enabled")
    if desc["inheritance"]:
        out.append("it takes part in inheritance")
    if desc["other_privileges"]:
        out.append(f"other roles hold {', '.join(desc['other_privileges'])} on it")
    if write and not desc["owner_ok"]:
        out.append(f"it is owned by {names.ident(desc['owner'])}, not by the connecting role, a superuser or a "
                   "member of the connecting role")
    if write and not desc["schema_owner_ok"]:
        out.append(f"its schema is owned by {names.ident(desc['schema_owner'])}, not by the connecting role, a "
                   "superuser or a member of the connecting role")
    return out


class Ledger:
    """The ledger on one connection, inside the caller's transaction. Every method checks first,
    under a lock that keeps triggers, rules and policies from being added until the transaction
    ends, that the tables are exactly ours (and, to write, owned by a role we trust), and that
    their hash chains are unbroken."""

    def __init__(self, conn: psycopg.Connection, write: bool) -> None:
        self.conn = conn
        self.write = write

    def _check(self, table: Table) -> None:
        kind = self.conn.execute("SELECT c.relkind::text, has_table_privilege(c.oid, 'INSERT') FROM pg_class c "
                                 "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = %s "
                                 "AND c.relname = %s", [LEDGER_SCHEMA, table.name]).fetchone()
        if kind is None:
            raise CmisDiffError(f"live's ledger {table.shown} is missing (run `cmis-diff ledger init`)")
        if kind[0] != "r":
            raise CmisDiffError(f"live's ledger {table.shown} is not cmis-diff's own, refusing to use it: it is not a "
                                f"plain table (relkind {kind[0]})")
        # held to the end of the transaction: ROW EXCLUSIVE conflicts with CREATE TRIGGER, CREATE RULE,
        # CREATE POLICY and ALTER TABLE; a role that may only add approvals holds ACCESS SHARE
        mode = "ROW EXCLUSIVE" if self.write and kind[1] else "ACCESS SHARE"
        self.conn.execute(sql.SQL("LOCK TABLE {} IN {} MODE").format(table.qualified, sql.SQL(mode)))
        with self.conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
            desc = cur.execute(_query("ledger"), {"table": table.name}).fetchone()
        assert desc is not None
        problems = _problems(desc, table, self.write)
        if any(c.startswith("statements_hash ") for c in desc["columns"]):
            problems = ["it has the layout of an earlier cmis-diff (move it aside: ALTER TABLE cmis_diff.applied "
                        "RENAME TO applied_v0; then run `cmis-diff ledger init`)"]
        if problems:
            raise CmisDiffError(f"live's ledger {table.shown} is not cmis-diff's own, refusing to use it: "
                                f"{problems[0]}")

    def _rows(self, table: Table) -> list[dict[str, Any]]:
        """All rows, oldest first, after checking the table and its hash chain."""
        self._check(table)
        columns = sql.SQL(", ").join(sql.Identifier(c.name) for c in table.columns)
        with self.conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
            rows = cur.execute(sql.SQL("SELECT {} FROM {} ORDER BY id").format(columns, table.qualified)).fetchall()
        prev = GENESIS
        for r in rows:
            if r["prev_hash"] != prev or r["row_hash"] != row_hash(table, prev, r):
                raise CmisDiffError(f"live's ledger {table.shown} has been tampered with: row {r['id']} breaks "
                                    "its hash chain (edited, inserted by hand, or a row before it was removed)")
            prev = r["row_hash"]
        return rows

    def rows(self, table: Table) -> list[dict[str, Any]]:
        with safe_path(self.conn):
            return self._rows(table)

    def append(self, table: Table, values: dict[str, Any]) -> None:
        """Add a row at the end of the chain (the caller holds the apply lock)."""
        with safe_path(self.conn):
            rows = self._rows(table)
            me = self.conn.execute("SELECT session_user").fetchone()
            values = {**values, **({"approving_role": me[0]} if me and table is APPROVALS else {})}
            prev = rows[-1]["row_hash"] if rows else GENESIS
            filled = [c.name for c in table.columns if c.filled]
            record = {**values, "prev_hash": prev, "row_hash": row_hash(table, prev, values)}
            self.conn.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                table.qualified, sql.SQL(", ").join(map(sql.Identifier, filled)),
                sql.SQL(", ").join(sql.Placeholder() * len(filled))), [record.get(f) for f in filled])


def last_applied(rows: list[dict[str, Any]]) -> str:
    """`<id> <plan hash>` of the last plan that changed live (applied, or phase 1 of a partial), or none."""
    done = [r for r in rows if r["result"] in ("applied", "partial")]
    return f"{done[-1]['id']} {done[-1]['plan_hash']}" if done else "none"


def applied_rows(conn: psycopg.Connection) -> list[dict[str, Any]]:
    """Live's ledger of applied plans, oldest first (checked; empty when there is no ledger)."""
    if not present(conn)["applied"]:
        return []
    try:
        with conn.transaction():
            return Ledger(conn, write=False).rows(APPLIED)
    except psycopg.errors.InsufficientPrivilege as exc:
        raise CmisDiffError(f"cannot read live's ledger {APPLIED.shown}: {names.text(str(exc.diag.message_primary))} "
                            "(cmis-diff ledger init --grant-to ROLE grants what is needed)") from None


def read_last_applied(conn: psycopg.Connection) -> str:
    """Live's last applied plan for a plan header (none when there is no ledger)."""
    return last_applied(applied_rows(conn))


def check_history(rows: list[dict[str, Any]], last: str, label: str) -> None:
    """The ledger must still hold the row that was live's last applied plan when the plan was made."""
    if last == "none":
        return
    row_id, _, plan_hash = last.partition(" ")
    if not any(str(r["id"]) == row_id and r["plan_hash"] == plan_hash for r in rows):
        raise CmisDiffError(f"{label}: live's ledger {APPLIED.shown} no longer holds row {names.text(row_id)}, its "
                            "last applied plan when this plan was made: history was removed; plan again to accept "
                            "the missing history")


def create(conn: psycopg.Connection, grant_to: tuple[str, ...] = ()) -> list[str]:
    """Create what is missing of the ledger (never touching what exists, which must be ours), and
    grant ROLEs what applying and approving need. Returns what was done."""
    done = []
    state = present(conn)
    with safe_path(conn):
        if not state["schema"]:
            conn.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(LEDGER_SCHEMA)))
            done.append(f"created schema {LEDGER_SCHEMA}")
        for table in TABLES:
            if not state[table.name]:
                conn.execute(table.ddl())
                done.append(f"created table {table.shown}")
        ledger = Ledger(conn, write=True)
        for table in TABLES:
            ledger.rows(table)  # ours, and chained
        for role in grant_to:
            conn.execute(_grants(role))
            done.append(f"granted {names.ident(role)} what apply and approve --in-live need")
    return done


def _grants(role: str) -> sql.Composed:
    """Use of the schema, reading both tables, adding apply rows, and adding approvals without
    choosing the approving role (the server fills in session_user)."""
    who = sql.Identifier(role)
    approval_columns = sql.SQL(", ").join(sql.Identifier(c.name) for c in APPROVALS.columns if c.filled)
    return sql.SQL("; ").join([
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(LEDGER_SCHEMA), who),
        sql.SQL("GRANT SELECT, INSERT ON {} TO {}").format(APPLIED.qualified, who),
        sql.SQL("GRANT SELECT ON {} TO {}").format(APPROVALS.qualified, who),
        sql.SQL("GRANT INSERT ({}) ON {} TO {}").format(approval_columns, APPROVALS.qualified, who),
    ])


def ensure(conn: psycopg.Connection, last: str, label: str) -> None:
    """Before an apply or a live approval, under the apply lock: create the ledger if it is
    missing, unless the plan says live had history (then it was removed: refused)."""
    state = present(conn)
    if all(state.values()):
        return
    if not state["applied"] and last != "none":
        raise CmisDiffError(f"{label}: live's ledger {APPLIED.shown} is missing, but when this plan was made it "
                            f"recorded applied plans (last: row {names.text(last.split(' ')[0])}); the history was "
                            "removed: plan again to accept the missing history")
    try:
        create(conn)
    except psycopg.errors.InsufficientPrivilege as exc:
        raise CmisDiffError(f"cannot create live's ledger {APPLIED.shown}: {names.text(str(exc.diag.message_primary))}"
                            " (a DBA can create it once: cmis-diff ledger init --grant-to ROLE)") from None
