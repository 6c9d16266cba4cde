"""Drops that a table's own drop already makes: its CHECK, primary key, unique and exclusion
constraints, its triggers and its policies go with it.

Left in the plan, they are statements to review and rehearse for nothing (a rollback to empty of a
1,890-table schema: 16,500 of its 21,500 statements) and hazards counted twice: a policy dropped
with its table weakens no row's security, the rows go with it (the table's drop says so).
Foreign keys stay: one held by another table must go before the table it references, and the
order of drops (order/graph.py, the rehearsal) is proven with them. What these objects depend on
(a trigger's function) is dropped after the table: live's drop dependencies run through a table's
constraints, triggers and policies (catalog/model.py, drop_depends).
"""

from __future__ import annotations

from ..catalog.inspect import Inspected
from .changes import Action, Change

_WITH_THEIR_TABLE = frozenset({"constraint", "trigger", "policy"})


def _goes_with(change: Change, dropped: set[tuple[str, ...]], live: Inspected) -> bool:
    if change.action is not Action.DROP or change.kind not in _WITH_THEIR_TABLE or len(change.parts) != 3 \
            or change.parts[:2] not in dropped:
        return False
    if change.kind != "constraint":
        return True
    definition = live.model.constraints.get(change.parts)
    return definition is not None and not definition.startswith("FOREIGN KEY")


def without_implied_drops(changes: list[Change], live: Inspected) -> list[Change]:
    """The changes without the drops that the drop of their table in the same plan makes."""
    dropped: set[tuple[str, ...]] = {c.parts for c in changes
                                     if c.kind == "table" and c.action is Action.DROP and len(c.parts) == 2}
    if not dropped:
        return changes
    return [c for c in changes if not _goes_with(c, dropped, live)]
