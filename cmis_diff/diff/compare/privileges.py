"""Privileges on schemas, tables, views, functions, procedures, sequences, columns and types:
effective ACLs compared as sets (the engine's own privilege diff quotes PUBLIC as a role, loses
WITH GRANT OPTION and MAINTAIN, and is blind to most kinds)."""

from __future__ import annotations

from collections import defaultdict

from ...catalog.model import Grant, Model
from ...render import sql as render
from ..changes import Action, Change, Hazard
from .default_privileges import initial


def _label(g: Grant) -> str:
    name = ".".join(p for p in (g.schema, g.name) if p)
    if g.args or g.kind in ("FUNCTION", "PROCEDURE"):
        name += f"({g.args})"
    if g.column:
        name += f".{g.column}"
    return f"{g.kind.lower()} {name}"


def _change(g: Grant, statement: str, hazards: tuple[Hazard, ...] = ()) -> Change:
    """The change, naming its object exactly (the label is rendered from the name parts)."""
    args = g.args if g.args or g.kind in ("FUNCTION", "PROCEDURE") else ""
    return Change("privilege", Action.ALTER, _label(g), statement, hazards,
                  parts=tuple(p for p in (g.schema, g.name, g.column) if p), args=args, of=g.kind.lower())


def _by_target(grants: frozenset[Grant]) -> dict[tuple[str, ...], set[Grant]]:
    out: dict[tuple[str, ...], set[Grant]] = defaultdict(set)
    for g in grants:
        out[g.target].add(g)
    return out


_OBJTYPE = {"TABLE": "r", "SEQUENCE": "S", "FUNCTION": "f", "PROCEDURE": "f", "TYPE": "T", "SCHEMA": "n"}


def _created_with(old: Model, new: Model, target: tuple[str, ...]) -> set[Grant]:
    """The grants an object the plan creates starts with: live's default privileges for the role
    that applies the plan (who creates it), less what ALTER OWNER makes implicit."""
    objtype = _OBJTYPE.get(target[0])
    if objtype is None:
        return set()
    creator, owner = old.current_user, new.grant_owners.get(target)
    kind, schema, name, args, column = target
    return {Grant(kind, schema, name, args, column, grantee, privilege, grantable)
            for grantee, privilege, grantable in initial(old.default_grants_acl, creator, objtype, target[1])
            if grantee not in (creator, owner)}


def _order(target: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """Table-level changes before column-level ones: a table-level REVOKE also takes the column
    privileges of the same kind, so it must not follow the column GRANTs."""
    return (target[0] == "COLUMN", target)


def compare(old: Model, new: Model) -> list[Change]:
    """GRANT what desired has and live lacks; REVOKE the reverse. An object the plan creates
    starts from live's default privileges; an object the plan drops needs nothing. Column grants
    exist only while granted, so those of a table that desired still has are compared both ways."""
    before, after = _by_target(old.grants), _by_target(new.grants)
    changes = []
    live_columns = {t for t in before if t[0] == "COLUMN" and (t[1], t[2], t[4]) in new.columns}
    for target in sorted(new.grant_targets | after.keys() | live_columns, key=_order):
        # an object live has starts from its grants (none at all is a state too, e.g. EXECUTE
        # revoked from PUBLIC); one the plan creates starts from what CREATE gives it
        start = before.get(target, set()) if target in old.grant_targets else _created_with(old, new, target)
        want = after.get(target, set())
        for g in sorted(start - want, key=lambda g: (g.grantee, g.privilege)):
            if g.grantee == new.grant_owners.get(target):
                continue  # it becomes the owner (ALTER OWNER runs first): its privileges are implicit
            changes.append(_change(g, render.revoke(g)))
        for g in sorted(want - start, key=lambda g: (g.grantee, g.privilege)):
            hazards = (Hazard.SECURITY,) if g.grantee == "PUBLIC" else ()
            changes.append(_change(g, render.grant(g), hazards))
    return changes
