"""Storage parameters (fillfactor, autovacuum_*, toast.*) of tables and materialized views, and
the access method of tables the plan keeps (one it creates gets it in CREATE TABLE: fixups.py)."""

from __future__ import annotations

from psycopg import sql

from ...catalog.model import Model
from ...render import sql as render
from ..changes import Action, Change, Hazard


def _name(option: str) -> sql.Composable:
    return sql.Identifier(*option.split(".", 1))  # toast.autovacuum_enabled -> "toast"."autovacuum_enabled"


def compare(old: Model, new: Model) -> list[Change]:
    changes = []
    for key in sorted(new.reloptions):
        kind, want_list = new.reloptions[key]
        have_list = old.reloptions.get(key, (kind, ()))[1]
        want = dict(o.split("=", 1) for o in want_list)
        have = dict(o.split("=", 1) for o in have_list)
        target = sql.SQL("ALTER {} {}").format(sql.SQL(kind), render.qname(*key))
        settings = {k: v for k, v in want.items() if have.get(k) != v}
        resets = sorted(k for k in have if k not in want)
        label = ".".join(key)
        if settings:
            items = sql.SQL(", ").join(sql.SQL("{} = {}").format(_name(k), sql.Literal(v)) for k, v in settings.items())
            changes.append(Change(kind.lower(), Action.ALTER, label,
                                  render.text(sql.SQL("{} SET ({})").format(target, items)), table=label, parts=key))
        if resets:
            items = sql.SQL(", ").join(_name(k) for k in resets)
            changes.append(Change(kind.lower(), Action.ALTER, label,
                                  render.text(sql.SQL("{} RESET ({})").format(target, items)), table=label,
                                  parts=key))
    return changes


def compare_access_methods(old: Model, new: Model) -> list[Change]:
    """ALTER TABLE ... SET ACCESS METHOD where a table both have uses another (a rewrite)."""
    changes = []
    for key in sorted(old.access_methods.keys() & new.access_methods.keys()):
        kind = new.reloptions.get(key, ("TABLE", ()))[0]
        if old.access_methods[key] != new.access_methods[key] and kind == "TABLE":
            statement = sql.SQL("ALTER TABLE {} SET ACCESS METHOD {}").format(
                render.qname(*key), sql.Identifier(new.access_methods[key]))
            changes.append(Change("table", Action.ALTER, ".".join(key), render.text(statement),
                                  (Hazard.TABLE_REWRITE,), table=".".join(key)))
    return changes
