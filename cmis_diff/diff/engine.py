"""The diff engine: the pinned `results` differ, wrapped so that kinds can be replaced one by one.

The engine compares two inspected models and emits SQL; we split that SQL with pglast, drop
exact repeats (the engine emits some statements twice), and classify each statement into a typed
Change. Everything downstream (plan file, summary, apply) sees only Changes.
"""

from __future__ import annotations

from dataclasses import replace

from pglast import split as pg_split

from ..catalog.inspect import Inspected
from .changes import Action, Change, Hazard
from .classify import classify


def _engine_sql(live: Inspected, desired: Inspected) -> list[str]:
    from results.dbdiff import Migration

    migration = Migration(live.engine_model, desired.engine_model)
    migration.set_safety(False)  # we mark hazards ourselves; the engine must not refuse drops
    migration.add_all_changes_ordered(privileges=True)
    out: list[str] = []
    for chunk in migration.statements:
        out.extend(str(s).strip() for s in pg_split(chunk, with_parser=True))
    return out


def _without_repeats(statements: list[str]) -> list[str]:
    seen: set[str] = set()
    unique = []
    for s in statements:
        if s and s not in seen:
            seen.add(s)
            unique.append(s)
    return unique


_LOCKING = {Hazard.LONG_LOCK, Hazard.FULL_SCAN, Hazard.TABLE_REWRITE}


def _settle_hazards(changes: list[Change]) -> list[Change]:
    """Locks and scans on a table that the same plan creates block nobody: it is empty and new."""
    created = {c.identity for c in changes if c.kind == "table" and c.action is Action.CREATE}
    return [replace(c, hazards=tuple(h for h in c.hazards if h not in _LOCKING))
            if c.table in created and _LOCKING & set(c.hazards) else c
            for c in changes]


def diff(live: Inspected, desired: Inspected) -> list[Change]:
    """Changes that turn live into desired, in the order they must run."""
    changes = [classify(s) for s in _without_repeats(_engine_sql(live, desired))]
    if all(c.action is Action.SETTING for c in changes):
        return []
    return _settle_hazards(changes)
