"""ALTER DEFAULT PRIVILEGES: the privileges future objects get (the engine diffs none)."""

from __future__ import annotations

from collections import defaultdict

from psycopg import sql

from ...catalog.model import DefaultGrant
from ...render import names
from ...render import sql as render
from ..changes import Action, Change, Hazard

_OBJECTS = {"r": "TABLES", "S": "SEQUENCES", "f": "FUNCTIONS", "T": "TYPES", "n": "SCHEMAS", "L": "LARGE OBJECTS"}
# what a role's new objects get when it has no global entry (besides the owner's own privileges)
_BUILT_IN = {"f": {("PUBLIC", "EXECUTE", False)}, "T": {("PUBLIC", "USAGE", False)}}

Key = tuple[str, str, str]  # role, schema ('' = global), object type


def _entries(grants: frozenset[DefaultGrant]) -> dict[Key, set[tuple[str, str, bool]]]:
    out: dict[Key, set[tuple[str, str, bool]]] = defaultdict(set)
    for g in grants:
        if g.grantee != g.role:  # the owner's own privileges are implicit
            out[(g.role, g.schema, g.objtype)].add((g.grantee, g.privilege, g.grantable))
    return out


def _statement(key: Key, verb: str, grantee: str, privilege: str, grantable: bool) -> str:
    role, schema, objtype = key
    parts = [sql.SQL("ALTER DEFAULT PRIVILEGES FOR ROLE {}").format(sql.Identifier(role))]
    if schema:
        parts.append(sql.SQL("IN SCHEMA {}").format(sql.Identifier(schema)))
    who = sql.SQL("PUBLIC") if grantee == "PUBLIC" else sql.Identifier(grantee)
    if verb == "GRANT":
        option = sql.SQL(" WITH GRANT OPTION") if grantable else sql.SQL("")
        parts.append(sql.SQL("GRANT {} ON {} TO {}{}").format(sql.SQL(privilege), sql.SQL(_OBJECTS[objtype]), who,
                                                               option))
    else:
        parts.append(sql.SQL("REVOKE {} ON {} FROM {}").format(sql.SQL(privilege), sql.SQL(_OBJECTS[objtype]), who))
    return render.text(sql.SQL(" ").join(parts))


def compare(old: frozenset[DefaultGrant], new: frozenset[DefaultGrant]) -> list[Change]:
    before, after = _entries(old), _entries(new)
    changes = []
    for key in sorted(before.keys() | after.keys()):
        built_in = _BUILT_IN.get(key[2], set()) if not key[1] else set()
        have = before.get(key, built_in)
        want = after.get(key, built_in)
        # not an ordering key: shown as is, so its names are quoted here
        label = f"for role {names.ident(key[0])}" + (f" in schema {names.ident(key[1])}" if key[1] else "") + \
            f" on {_OBJECTS[key[2]].lower()}"
        for item in sorted(have - want):
            changes.append(Change("default privileges", Action.ALTER, label, _statement(key, "REVOKE", *item)))
        for item in sorted(want - have):
            hazards = (Hazard.SECURITY,) if item[0] == "PUBLIC" else ()
            changes.append(Change("default privileges", Action.ALTER, label, _statement(key, "GRANT", *item),
                                  hazards))
    return changes
