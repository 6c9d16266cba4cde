"""ALTER DEFAULT PRIVILEGES: the privileges future objects get (the engine diffs none), and what
an object the plan creates starts with under live's default privileges."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from psycopg import sql

from ...catalog.model import DefaultGrant
from ...render import names
from ...render import sql as render
from ..changes import Action, Change, Hazard

_OBJECTS = {"r": "TABLES", "S": "SEQUENCES", "f": "FUNCTIONS", "T": "TYPES", "n": "SCHEMAS", "L": "LARGE OBJECTS"}
# acldefault(): what a role's new objects get when it has no global entry (the owner's own
# privileges included: an entry may revoke them from the role itself, or spell them out)
_OWNER = {"r": ("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER", "MAINTAIN"),
          "S": ("USAGE", "SELECT", "UPDATE"), "f": ("EXECUTE",), "T": ("USAGE",), "n": ("USAGE", "CREATE"),
          "L": ("SELECT", "UPDATE")}
_PUBLIC = {"f": ("EXECUTE",), "T": ("USAGE",)}

Key = tuple[str, str, str]  # role, schema ('' = global), object type
Entry = set[tuple[str, str, bool]]  # (grantee, privilege, grantable)


def built_in(objtype: str, role: str) -> Entry:
    return {(role, p, False) for p in _OWNER[objtype]} | {("PUBLIC", p, False) for p in _PUBLIC.get(objtype, ())}


def _entries(grants: frozenset[DefaultGrant]) -> dict[Key, Entry]:
    out: dict[Key, Entry] = defaultdict(set)
    for g in grants:
        out[(g.role, g.schema, g.objtype)].add((g.grantee, g.privilege, g.grantable))
    return out


def initial(grants: frozenset[DefaultGrant], creator: str, objtype: str, schema: str) -> Entry:
    """The ACL of an object of `objtype` that `creator` creates in `schema`: its global entry (or
    the built-in default) plus the schema's entry."""
    entries = _entries(grants)
    start = entries.get((creator, "", objtype), built_in(objtype, creator))
    return start | (entries.get((creator, schema, objtype), set()) if objtype != "n" else set())


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


def compare(old: frozenset[DefaultGrant], new: frozenset[DefaultGrant], schemas: Collection[str]) -> list[Change]:
    """GRANT / REVOKE per entry, the role's own privileges included (ALTER DEFAULT PRIVILEGES
    FOR ROLE x ... TO x is stored explicitly). Entries in a schema desired lacks go with the
    schema (`schemas`: desired's): the plan drops it, and a statement naming it would fail."""
    before, after = _entries(old), _entries(new)
    changes = []
    for key in sorted(before.keys() | after.keys()):
        role, schema, objtype = key
        if schema and schema not in schemas:
            continue
        default = built_in(objtype, role) if not schema else set()
        have, want = before.get(key, default), after.get(key, default)
        # not an ordering key: shown as is, so its names are quoted here
        label = f"for role {names.ident(role)}" + (f" in schema {names.ident(schema)}" if schema else "") + \
            f" on {_OBJECTS[objtype].lower()}"
        for item in sorted(have - want):
            changes.append(Change("default privileges", Action.ALTER, label, _statement(key, "REVOKE", *item)))
        for item in sorted(want - have):
            hazards = (Hazard.SECURITY,) if item[0] == "PUBLIC" else ()
            changes.append(Change("default privileges", Action.ALTER, label, _statement(key, "GRANT", *item),
                                  hazards))
    return changes
