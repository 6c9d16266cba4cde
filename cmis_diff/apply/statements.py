"""The statements of a plan file as apply runs them: split with pglast, with their per-statement
settings and whether they can run inside the plan's transaction.

A comment line right before a statement may override the timeouts for it alone:

    -- cmis-diff: lock_timeout=30s statement_timeout=15min

and `-- cmis-diff: after-commit` runs a statement that could run in the transaction after it
commits, in its own (VALIDATE CONSTRAINT of a constraint added NOT VALID: the scan holds no lock
that blocks writes, nor the plan's locks), with the statements that cannot (apply's phase 2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import psycopg
from pglast import ast, parse_sql
from pglast import split as pg_split
from pglast.enums import AlterTableType as AT
from pglast.enums import ObjectType
from pglast.parser import ParseError
from pglast.stream import RawStream
from psycopg import sql

from ..errors import CmisDiffError

DIRECTIVE = "-- cmis-diff:"
AFTER_COMMIT = "after-commit"
_SETTINGS = {"lock_timeout", "statement_timeout"}


@dataclass(frozen=True)
class PlanStatement:
    index: int  # 1-based position in the plan
    sql: str
    settings: dict[str, str] = field(default_factory=dict)
    transactional: bool = True  # False: phase 2 (cannot run in a transaction, or marked after-commit)

    @property
    def first_line(self) -> str:
        return self.sql.strip().splitlines()[0][:80]

    def idempotent_steps(self, conn: psycopg.Connection) -> list[str]:
        """What to run so that a re-run after a failure resumes instead of failing: an index
        built CONCURRENTLY is skipped when a valid one exists, and an invalid leftover of an
        interrupted build is dropped first; DROP INDEX CONCURRENTLY and an after-commit DROP
        CONSTRAINT get IF EXISTS; a RENAME CONSTRAINT whose constraint is gone (renamed by the
        interrupted run) is skipped. VALIDATE and SET NOT NULL are idempotent as they are."""
        st: Any = parse_sql(self.sql)[0].stmt
        if isinstance(st, ast.IndexStmt) and st.idxname:
            relation: Any = st.relation
            schema = relation.schemaname or "public"
            # every name qualified: this runs with live's search path (phase 2 has no transaction to set one in)
            row = conn.execute("SELECT i.indisvalid FROM pg_catalog.pg_index i, pg_catalog.pg_class c, "
                               "pg_catalog.pg_namespace n WHERE c.oid OPERATOR(pg_catalog.=) i.indexrelid "
                               "AND n.oid OPERATOR(pg_catalog.=) c.relnamespace "
                               "AND n.nspname OPERATOR(pg_catalog.=) %s AND c.relname OPERATOR(pg_catalog.=) %s",
                               [schema, st.idxname]).fetchone()
            if row is not None and row[0]:
                return []
            if row is not None:
                drop = sql.SQL("DROP INDEX CONCURRENTLY IF EXISTS {}").format(sql.Identifier(schema, st.idxname))
                return [drop.as_string(None), self.sql]
        if isinstance(st, ast.DropStmt) and not st.missing_ok:
            st.missing_ok = True
            return [str(RawStream()(st))]
        cmds: Any = getattr(st, "cmds", None) or ()
        if isinstance(st, ast.AlterTableStmt) and len(cmds) == 1 and cmds[0].subtype == AT.AT_DropConstraint \
                and not cmds[0].missing_ok:
            cmds[0].missing_ok = True
            return [str(RawStream()(st))]
        if isinstance(st, ast.RenameStmt) and st.renameType == ObjectType.OBJECT_TABCONSTRAINT and \
                not _constraint_exists(conn, st.relation, str(st.subname)):
            return []
        return [self.sql]


def _constraint_exists(conn: psycopg.Connection, relation: Any, name: str) -> bool:
    table = sql.Identifier(relation.schemaname or "public", relation.relname).as_string(None)
    row = conn.execute("SELECT 1 FROM pg_catalog.pg_constraint WHERE conrelid OPERATOR(pg_catalog.=) "
                       "pg_catalog.to_regclass(%s) AND conname OPERATOR(pg_catalog.=) %s", [table, name]).fetchone()
    return row is not None


def _directives(gap: str, label: str) -> tuple[dict[str, str], bool]:
    """(settings, after commit) from the directive lines before a statement."""
    out: dict[str, str] = {}
    after_commit = False
    for line in gap.splitlines():
        line = line.strip()
        if not line.startswith(DIRECTIVE):
            continue
        for item in line[len(DIRECTIVE):].split():
            name, _, value = item.partition("=")
            if item == AFTER_COMMIT:
                after_commit = True
            elif name not in _SETTINGS or not value:
                raise CmisDiffError(f"{label}: bad directive {line!r} (allowed: lock_timeout=, statement_timeout=, "
                                    f"{AFTER_COMMIT})")
            else:
                out[name] = value
    return out, after_commit


def _transactional(statement: str) -> bool:
    st: Any = parse_sql(statement)[0].stmt
    if isinstance(st, (ast.IndexStmt, ast.DropStmt)) and st.concurrent:
        return False
    if isinstance(st, ast.ReindexStmt):
        return not any(p.defname == "concurrently" for p in st.params or ())
    return not isinstance(st, ast.VacuumStmt)


def plan_statements(text: str, label: str) -> list[PlanStatement]:
    try:
        slices = list(pg_split(text, with_parser=True, only_slices=True))
    except ParseError as exc:
        raise CmisDiffError(f"{label}: statements do not parse: {exc.args[0]}") from None
    out = []
    previous_end = 0
    for i, s in enumerate(slices, 1):
        statement = text[s]
        settings, after_commit = _directives(text[previous_end:s.start], label)
        out.append(PlanStatement(i, statement, settings, not after_commit and _transactional(statement)))
        previous_end = s.stop
    return out
