"""Privileges on schemas, tables, views, functions, procedures, sequences, columns and types:
effective ACLs compared as sets (the engine's own privilege diff quotes PUBLIC as a role, loses
WITH GRANT OPTION and MAINTAIN, and is blind to most kinds)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from ...catalog.model import Grant
from ...render import sql as render
from ..changes import Action, Change, Hazard


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


def compare(old: frozenset[Grant], new: frozenset[Grant], new_defaults: frozenset[Grant],
            live_targets: frozenset[tuple[str, ...]], desired_targets: frozenset[tuple[str, ...]],
            desired_columns: Collection[tuple[str, str, str]], desired_owners: dict[tuple[str, ...], str]
            ) -> list[Change]:
    """GRANT what desired has and live lacks; REVOKE the reverse. An object the plan creates
    starts from the default privileges; an object the plan drops needs nothing. Column grants
    exist only while granted, so those of a table that desired still has are compared both ways."""
    before, after, created_with = _by_target(old), _by_target(new), _by_target(new_defaults)
    changes = []
    live_columns = {t for t in before if t[0] == "COLUMN" and (t[1], t[2], t[4]) in desired_columns}
    for target in sorted(desired_targets | after.keys() | live_columns):
        # an object live has starts from its grants (none at all is a state too, e.g. EXECUTE
        # revoked from PUBLIC); one the plan creates starts from what CREATE gives it
        start = before.get(target, set()) if target in live_targets else created_with.get(target, set())
        want = after.get(target, set())
        for g in sorted(start - want, key=lambda g: (g.grantee, g.privilege)):
            if g.grantee == desired_owners.get(target):
                continue  # it becomes the owner (ALTER OWNER runs first): its privileges are implicit
            changes.append(_change(g, render.revoke(g)))
        for g in sorted(want - start, key=lambda g: (g.grantee, g.privilege)):
            hazards = (Hazard.SECURITY,) if g.grantee == "PUBLIC" else ()
            changes.append(_change(g, render.grant(g), hazards))
    return changes
