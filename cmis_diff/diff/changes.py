"""Typed changes: the only contract between deciding what changed and writing the plan."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


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

    @property
    def destructive(self) -> bool:
        return Hazard.DATA_LOSS in self.hazards
