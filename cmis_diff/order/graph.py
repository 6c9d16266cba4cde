"""Order the plan by dependency graphs: creates and alters by desired's, drops by live's.

Each statement is mapped to the object it creates or alters (a key such as ('rel', 'cmis.users')
or ('func', 'cmis.current_org_id')); pg_depend, read from the desired database, says which
objects each object needs; a statement moves after every statement on what it needs. The sort is
a stable topological sort (Kahn's algorithm, ties broken by the engine's original position), so
statements the graph says nothing about keep their place. A cycle (e.g. a column default on a
sequence OWNED BY that column) is broken at its earliest statement; the rehearsal proves the result.
Drops are sorted among their own positions by live's graph, reversed: an object is dropped
before what it depends on (a view before its function, an FK before the unique key it uses).
"""

from __future__ import annotations

import heapq
from collections import defaultdict

from ..diff.changes import Action, Change
from ..diff.compare.others import KINDS as RARE_KINDS

Key = tuple[str, str]
_REL_KINDS = {"table", "view", "materialized view", "sequence", "index", "foreign table"}
_KEY_KINDS = {"function": "func", "procedure": "func", "constraint": "con", "trigger": "trg", "policy": "pol",
              "type": "type", "domain": "type", "schema": "schema", "extension": "ext"}


_RARE = tuple(sorted((k for k in RARE_KINDS if k not in _REL_KINDS and k not in _KEY_KINDS), key=len, reverse=True))


def key_of(change: Change) -> Key | None:
    if change.kind in _RARE:  # as depends.sql keys them: ('obj', 'operator app.===(integer,integer)')
        return ("obj", f"{change.kind} {change.identity}")
    if change.kind in _REL_KINDS:
        return ("rel", change.identity)
    if change.kind in ("function", "procedure"):  # overloads share a key, as in the depends query
        return ("func", change.identity.split("(", 1)[0].strip())
    if change.kind in _KEY_KINDS:
        return (_KEY_KINDS[change.kind], change.identity)
    if change.kind == "column" and change.table:
        return ("rel", change.table)
    return None


_LABEL_KINDS = {"table": "rel", "view": "rel", "materialized view": "rel", "sequence": "rel", "index": "rel",
                "foreign table": "rel", "column": "rel", "function": "func", "procedure": "func", "type": "type",
                "domain": "type", "schema": "schema"}
_LABELS = tuple((label + " ", kind) for label, kind in sorted(_LABEL_KINDS.items(), key=lambda kv: -len(kv[0])))
_RARE_LABELS = tuple(f"{k} " for k in _RARE)


def target_of(change: Change) -> Key | None:
    """The object a comment, privilege or owner change is about ("function cmis.f(uuid)" ->
    ('func', 'cmis.f')), so that it follows the statement creating that object."""
    if change.kind not in ("comment", "privilege", "owner"):
        return None
    if change.identity.startswith(_RARE_LABELS):
        return ("obj", change.identity)
    for label, kind in (("foreign data wrapper ", "foreign-data wrapper "), ("foreign server ", "server ")):
        if change.identity.startswith(label):  # privileges name these as GRANT does
            return ("obj", kind + change.identity[len(label):])
    for label, kind in _LABELS:
        if change.identity.startswith(label):
            name = change.identity[len(label):].split("(", 1)[0].strip().replace('"', "")
            if label == "column ":
                name = name.rsplit(".", 1)[0]
            return (kind, name)
    return None


def _needs(change: Change, key: Key | None, depends: dict[Key, set[Key]]) -> set[Key]:
    needs = set(depends.get(key, ())) if key else set()
    if change.table and ("rel", change.table) != key:
        needs.add(("rel", change.table))
    target = target_of(change)
    if target is not None:
        needs.add(target)
    return needs


def stable_topological(changes: list[Change], depends: dict[Key, set[Key]], implicit: bool = True) -> list[Change]:
    """Kahn's algorithm, ties broken by position. `implicit`: a statement also needs its table and
    the object a comment/grant/owner change is about (true of creates and alters, not of drops)."""
    keys = [key_of(c) for c in changes]
    # what a statement needs is the object's CREATE where the plan creates it (depending on
    # every later ALTER of it too would tie cycles, e.g. table -> sequence -> OWNED BY table)
    providers: dict[Key, list[int]] = defaultdict(list)
    creators: dict[Key, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if k is not None:
            providers[k].append(i)
            if changes[i].action is Action.CREATE:
                creators[k].append(i)
    for k, created in creators.items():
        providers[k] = created
    after: dict[int, set[int]] = defaultdict(set)  # i -> the statements that must wait for i
    indegree = [0] * len(changes)
    for i, change in enumerate(changes):
        key = keys[i]
        for need in _needs(change, key, depends) if implicit else depends.get(key, set()) if key else set():
            for j in providers.get(need, ()):
                if j != i and i not in after[j]:
                    after[j].add(i)
                    indegree[i] += 1
    ready = [i for i, d in enumerate(indegree) if d == 0]
    heapq.heapify(ready)
    order: list[int] = []
    placed: set[int] = set()
    waiting = iter(range(len(changes)))  # to break cycles: the earliest statement not yet placed
    while len(order) < len(changes):
        i = heapq.heappop(ready) if ready else next(j for j in waiting if j not in placed)
        if i in placed:
            continue
        placed.add(i)
        order.append(i)
        for j in after[i]:
            indegree[j] -= 1
            if indegree[j] == 0 and j not in placed:
                heapq.heappush(ready, j)
    return [changes[i] for i in order]


def _graph(edges: frozenset[tuple[Key, Key]], reverse: bool = False) -> dict[Key, set[Key]]:
    graph: dict[Key, set[Key]] = defaultdict(set)
    for obj, ref in edges:
        if reverse:
            graph[ref].add(obj)  # dropping ref needs obj dropped first
        else:
            graph[obj].add(ref)
    return graph


def _sort_slots(changes: list[Change], slots: list[int], graph: dict[Key, set[Key]], implicit: bool) -> None:
    for slot, change in zip(slots, stable_topological([changes[i] for i in slots], graph, implicit), strict=True):
        changes[slot] = change


def order(changes: list[Change], depends: frozenset[tuple[Key, Key]],
          live_depends: frozenset[tuple[Key, Key]] = frozenset()) -> list[Change]:
    out = list(changes)
    _sort_slots(out, [i for i, c in enumerate(changes) if c.action not in (Action.DROP, Action.SETTING)],
                _graph(depends), implicit=True)
    _sort_slots(out, [i for i, c in enumerate(changes) if c.action is Action.DROP], _graph(live_depends, reverse=True),
                implicit=False)
    return out
