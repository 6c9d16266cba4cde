"""PG18 names NOT NULL constraints; the engine keeps the NOT NULL but not its name."""

from __future__ import annotations

from psycopg import sql

from ...catalog.model import Model
from ...render import sql as render
from ..changes import Action, Change


def _clip(name: str, size: int) -> str:
    """The longest prefix of name within size bytes, cut at a character boundary (pg_mbcliplen)."""
    return name.encode()[:size].decode(errors="ignore")


def _default_name(table: str, column: str) -> str:
    """PostgreSQL's choice for an unnamed NOT NULL (makeObjectName): table and column cut, the
    longer one first, so that `<table>_<column>_not_null` fits in 63 bytes."""
    room = 63 - len("_not_null") - 1
    t, c = len(table.encode()), len(column.encode())
    while t + c > room:
        if t > c:
            t -= 1
        else:
            c -= 1
    return f"{_clip(table, t)}_{_clip(column, c)}_not_null"


def compare(old: Model, new: Model) -> list[Change]:
    """RENAME CONSTRAINT where desired names a NOT NULL other than live has (or, for a NOT NULL
    the plan adds, other than the name PostgreSQL will choose)."""
    changes = []
    for key, col in sorted(new.columns.items()):
        want = col.not_null_name
        if want is None or not col.not_null_valid or not col.not_null_local:  # NOT VALID: added by name
            continue
        live_col = old.columns.get(key)
        if live_col is None and key[:2] in new.partitions and key[:2] not in old.partitions:
            continue  # a partition the plan creates: its CREATE names its NOT NULLs (diff/fixups.py)
        have = live_col.not_null_name if live_col and live_col.not_null_name else _default_name(key[1], key[2])
        if have != want:
            statement = sql.SQL("ALTER TABLE {} RENAME CONSTRAINT {} TO {}").format(
                render.qname(key[0], key[1]), sql.Identifier(have), sql.Identifier(want))
            changes.append(Change("constraint", Action.ALTER, f"{'.'.join(key[:2])}.{want}", render.text(statement),
                                  table=".".join(key[:2]), parts=(key[0], key[1], want)))
    return changes
