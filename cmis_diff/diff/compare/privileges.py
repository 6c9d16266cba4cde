"""Privileges on schemas, functions, procedures, sequences, columns and types: effective ACLs
compared as sets (the engine diffs only table privileges)."""

from __future__ import annotations

from collections import defaultdict

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


def _by_target(grants: frozenset[Grant]) -> dict[tuple[str, ...], set[Grant]]:
    out: dict[tuple[str, ...], set[Grant]] = defaultdict(set)
    for g in grants:
        out[g.target].add(g)
    return out


def compare(old: frozenset[Grant], new: frozenset[Grant], new_defaults: frozenset[Grant]) -> list[Change]:
    """GRANT what desired has and live lacks; REVOKE the reverse. An object the plan creates
    starts from the default privileges; an object the plan drops needs nothing."""
    before, after, created_with = _by_target(old), _by_target(new), _by_target(new_defaults)
    changes = []
    for target in sorted(after.keys() | (before.keys() & {t for t in before if t[0] == "COLUMN"})):
        if target[0] == "COLUMN" and target not in after and not any(t[:3] == target[:3] for t in after):
            continue  # the table lost all column grants or is dropped: nothing safe to revoke
        start = before.get(target, created_with.get(target, set()))
        want = after.get(target, set())
        for g in sorted(start - want, key=lambda g: (g.grantee, g.privilege)):
            changes.append(Change("privilege", Action.ALTER, _label(g), render.revoke(g)))
        for g in sorted(want - start, key=lambda g: (g.grantee, g.privilege)):
            hazards = (Hazard.SECURITY,) if g.grantee == "PUBLIC" else ()
            changes.append(Change("privilege", Action.ALTER, _label(g), render.grant(g), hazards))
    return changes
