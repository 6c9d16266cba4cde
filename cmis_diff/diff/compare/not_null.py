"""PG18 names NOT NULL constraints; the engine keeps the NOT NULL but not its name."""

from __future__ import annotations

from psycopg import sql

from ...catalog.model import Model
from ...render import sql as render
from ..changes import Action, Change


def _default_name(table: str, column: str) -> str:
    return f"{table}_{column}_not_null"[:63]  # PostgreSQL's choice for an unnamed NOT NULL


def compare(old: Model, new: Model) -> list[Change]:
    """RENAME CONSTRAINT where desired names a NOT NULL other than live has (or, for a NOT NULL
    the plan adds, other than the name PostgreSQL will choose)."""
    changes = []
    for key, col in sorted(new.columns.items()):
        want = col.not_null_name
        if want is None or not col.not_null_valid or not col.not_null_local:  # NOT VALID: added by name
            continue
        live_col = old.columns.get(key)
        have = live_col.not_null_name if live_col and live_col.not_null_name else _default_name(key[1], key[2])
        if have != want:
            statement = sql.SQL("ALTER TABLE {} RENAME CONSTRAINT {} TO {}").format(
                render.qname(key[0], key[1]), sql.Identifier(have), sql.Identifier(want))
            changes.append(Change("constraint", Action.ALTER, f"{'.'.join(key[:2])}.{want}", render.text(statement),
                                  table=".".join(key[:2]), parts=(key[0], key[1], want)))
    return changes
