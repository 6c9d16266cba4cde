"""Owners of every object (the engine diffs none)."""

from __future__ import annotations

from psycopg import sql

from ...catalog.model import Model
from ...render import sql as render
from ..changes import Action, Change


def _target(kind: str, schema: str, name: str, args: str) -> sql.Composable:
    if kind == "SCHEMA":
        return sql.SQL("SCHEMA {}").format(sql.Identifier(schema))
    if kind in ("FUNCTION", "PROCEDURE"):
        return sql.SQL("{} {}({})").format(sql.SQL(kind), render.qname(schema, name), sql.SQL(args))
    return sql.SQL("{} {}").format(sql.SQL(kind), render.qname(schema, name))


def compare(old: Model, new: Model) -> list[Change]:
    """ALTER ... OWNER TO where the owner differs. An object the plan creates is owned by whoever
    applies the plan; it is re-owned only where desired gives it an owner other than the role
    that loaded desired (i.e. an explicit ALTER ... OWNER in the desired files)."""
    changes = []
    for key in sorted(new.owners):
        want = new.owners[key]
        have = old.owners.get(key)
        if have is None and want == new.current_user:
            continue
        if have == want:
            continue
        statement = sql.SQL("ALTER {} OWNER TO {}").format(_target(*key), sql.Identifier(want))
        parts = tuple(p for p in key[1:3] if p)
        routine = key[0] in ("FUNCTION", "PROCEDURE", "AGGREGATE")
        changes.append(Change("owner", Action.ALTER, f"{key[0].lower()} {'.'.join(parts)}", render.text(statement),
                              parts=parts, args=key[3] if routine else "", of=key[0].lower()))
    return changes
