"""Typed changes: the only contract between deciding what changed and writing the plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ..render import names


class Action(StrEnum):
    CREATE = "create"
    ALTER = "alter"
    DROP = "drop"
    SETTING = "setting"  # session settings the statements below need (not a change of the schema)


class Hazard(StrEnum):
    DATA_LOSS = "data-loss"  # rows or values are destroyed (DROP TABLE/COLUMN/SCHEMA/SEQUENCE)
    TABLE_REWRITE = "table-rewrite"  # the table is rewritten under an ACCESS EXCLUSIVE lock
    FULL_SCAN = "full-scan"  # every row is read under a lock (SET NOT NULL, VALIDATE, ADD CHECK)
    LONG_LOCK = "long-lock"  # writes blocked while an index builds on an existing table
    SECURITY = "security"  # row-level security or privileges are loosened
    NON_TRANSACTIONAL = "non-transactional"  # cannot run inside the plan's transaction


HAZARD_ORDER = tuple(Hazard)


@dataclass(frozen=True)
class Change:
    kind: str  # table, column, index, function, privilege, comment, ...
    action: Action
    identity: str  # the object changed, e.g. cmis.users or cmis.users.email
    sql: str  # one statement, without the trailing semicolon
    hazards: tuple[Hazard, ...] = field(default=())
    why: str = ""  # extra explanation shown in the plan (e.g. "re-created because ...")
    table: str | None = None  # the table a column/constraint/index/trigger/policy change touches
    parts: tuple[str, ...] = ()  # the exact name parts of the object (identity joins them, unquoted)
    args: str = ""  # a function's identity arguments, as the server or pglast renders them (SQL)
    of: str = ""  # for comments, privileges and owners: what kind of object they are about

    @property
    def label(self) -> str:
        """The object as plans and output show it: names quoted like PostgreSQL, no raw control character."""
        if not self.parts:
            return names.text(self.identity)
        name = names.qualified(*self.parts) + (f"({names.printable_sql(self.args)})" if self.args else "")
        return f"{self.of} {name}" if self.of else name

    @property
    def destructive(self) -> bool:
        return Hazard.DATA_LOSS in self.hazards
