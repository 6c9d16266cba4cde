"""Extensions moved to another schema: ALTER EXTENSION ... SET SCHEMA (the engine sees only the
types and functions it moves, and would re-type every column using them)."""

from __future__ import annotations

from psycopg import sql

from ...catalog.inspect import Inspected
from ...render import names
from ...render import sql as render
from ..changes import Action, Change


def moves(current: Inspected, desired: Inspected) -> list[Change]:
    old, new = current.engine_model.extensions, desired.engine_model.extensions
    changes = []
    for key in sorted(old.keys() & new.keys()):
        if old[key].schema != new[key].schema:
            statement = sql.SQL("ALTER EXTENSION {} SET SCHEMA {}").format(sql.Identifier(new[key].name),
                                                                          sql.Identifier(new[key].schema))
            changes.append(Change("extension", Action.ALTER, new[key].name, render.text(statement),
                                  why=f"moved from schema {names.ident(old[key].schema)}", parts=(new[key].name,)))
    return changes
