"""Typed changes: the only contract between deciding what changed and writing the plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property


class Action(StrEnum):
    CREATE = "create"
    ALTER = "alter"
    DROP = "drop"
    SETTING = "setting"  # session settings the statements below need (not a change of the schema)


class Hazard(StrEnum):
    DATA_LOSS = "data-loss"  # rows or values are destroyed (a table, column, enum value, partition, ...)
    NARROWING = "narrowing"  # a type change that can lose or reject values
    TABLE_REWRITE = "table-rewrite"  # the table is rewritten under an ACCESS EXCLUSIVE lock
    EXCLUSIVE_LOCK = "exclusive-lock"  # ACCESS EXCLUSIVE on a big table (waits for, then blocks, everyone)
    FULL_SCAN = "full-scan"  # every row is read under a lock (SET NOT NULL, ADD CHECK/FK, VALIDATE in the plan)
    BLOCKING_INDEX = "blocking-index"  # writes blocked while an index builds on an existing table
    VIOLATIONS = "violations"  # live has rows that a constraint the plan adds or validates rejects
    IN_USE = "in-use"  # something the plan drops is used by objects the plan keeps (live's pg_depend)
    SECURITY_DEFINER = "security-definer"  # code that runs as its owner is added, changed or removed
    RLS_WEAKENED = "rls-weakened"  # row-level security disabled, or a policy dropped, loosened or added permissive
    REVOKE = "revoke"  # privileges are taken away
    GRANT_PUBLIC = "grant-public"  # privileges are given to every role


HAZARD_ORDER = tuple(Hazard)
# apply refuses these unless the plan was made with --allow-hazards naming them (narrowing: only
# when live has rows that would not survive, or they could not be counted)
BLOCKING = frozenset({Hazard.DATA_LOSS, Hazard.NARROWING, Hazard.RLS_WEAKENED})


@dataclass(frozen=True)
class Risk:
    """One hazard of one statement: what it is, on which object, and what it means on live."""

    hazard: Hazard
    subject: str  # the object, names quoted like PostgreSQL (printable)
    detail: str = ""  # e.g. "rewrites app.t: 4.2 GB, ~12M rows"; "3 rows of app.t.s are longer than 5"
    blocking: bool = False  # apply refuses the plan unless --allow-hazards names this kind

    @property
    def line(self) -> str:
        return f"{self.hazard.value} {self.subject}" + (f": {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class Change:
    kind: str  # table, column, index, function, privilege, comment, ...
    action: Action
    identity: str  # the object changed, e.g. cmis.users or cmis.users.email
    sql: str  # one statement, without the trailing semicolon
    risks: tuple[Risk, ...] = field(default=())  # diff/hazards.py
    why: str = ""  # extra explanation shown in the plan (e.g. "re-created because ...")
    table: str | None = None  # the table a column/constraint/index/trigger/policy change touches
    parts: tuple[str, ...] = ()  # the exact name parts of the object (identity joins them, unquoted)
    args: str = ""  # a function's identity arguments, as the server or pglast renders them (SQL)
    of: str = ""  # for comments, privileges and owners: what kind of object they are about
    after_commit: bool = False  # runs after the plan's transaction commits, in its own (apply's phase 2)
    notes: tuple[str, ...] = ()  # shown as `-- note:` lines (e.g. a rollback that cannot bring data back)
    lint: tuple[str, ...] = ()  # squawk's findings on this statement

    # label and hazards are read several times a change (the plan file, its summary, the output):
    # computed once (a frozen dataclass keeps them in its __dict__, outside its fields)
    @cached_property
    def label(self) -> str:
        """The object as plans and output show it: names quoted like PostgreSQL, no raw control character."""
        from ..render import names  # psycopg's sql module: not loaded by answers that list no change

        if not self.parts:
            return names.text(self.identity)
        name = names.qualified(*self.parts) + (f"({names.printable_sql(self.args)})" if self.args else "")
        return f"{self.of} {name}" if self.of else name

    @cached_property
    def hazards(self) -> tuple[Hazard, ...]:
        return tuple(dict.fromkeys(r.hazard for r in self.risks))

    @property
    def destructive(self) -> bool:
        return Hazard.DATA_LOSS in self.hazards
