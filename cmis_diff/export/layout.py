"""Where each unit goes (the seed's layout) and in what order within its file.

Domain files (one per domain) hold types, tables with their CHECK constraints, row-level
security, comments, grants and policies, and views; the shared files hold, in the seed's later
phases, sequences, keys and foreign keys, indexes, functions and triggers, and at the very end
default privileges (which apply to objects created after them: live's own objects have the
grants they have, written out). Within a file units
sort by a kind order that loads (types before tables before views; keys before the foreign keys
that need them; schemas before extensions), then by the object they hang on (a table's comments,
grants and policies follow it), then by name.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..render import names
from .domains import Assignment, Facts, Table, file_name, root_of, schema_domains
from .units import Key, Unit

FOUNDATION = "extensions_and_schemas.sql"
SEQUENCES = "all_sequences.sql"
CONSTRAINTS = "all_constraints.sql"
INDEXES = "all_indexes.sql"
FUNCTIONS = "all_functions.sql"
TRIGGERS = "all_triggers.sql"
SHARED = (FOUNDATION, SEQUENCES, CONSTRAINTS, INDEXES, FUNCTIONS, TRIGGERS)

# the seed's five phases: (name, files) -- domain files fill the two table phases
PHASES = (("foundation", (FOUNDATION,)), ("independent_tables", ()), ("business_domains", ()),
          ("database_constraints", (SEQUENCES, CONSTRAINTS, INDEXES)), ("business_logic", (FUNCTIONS, TRIGGERS)))

_DOMAIN_KINDS = {"table": 1, "foreign table": 1, "column": 1, "policy": 1, "type": 0, "domain": 0,
                 "view": 2, "materialized view": 3}
_SHARED_KINDS = {
    "schema": (FOUNDATION, 0), "extension": (FOUNDATION, 1), "collation": (FOUNDATION, 2),
    "text search parser": (FOUNDATION, 2), "text search template": (FOUNDATION, 2),
    "text search dictionary": (FOUNDATION, 2), "text search configuration": (FOUNDATION, 2),
    "foreign-data wrapper": (FOUNDATION, 3), "server": (FOUNDATION, 4), "user mapping": (FOUNDATION, 5),
    "access method": (FOUNDATION, 2), "language": (FOUNDATION, 2),
    # last of all, as in a plan: the files' own objects must not get them (live's did not)
    "default privileges": (TRIGGERS, 9),
    "sequence": (SEQUENCES, 0), "index": (INDEXES, 0), "statistics object": (INDEXES, 1),
    "function": (FUNCTIONS, 0), "procedure": (FUNCTIONS, 0), "aggregate": (FUNCTIONS, 1),
    "cast": (FUNCTIONS, 2), "operator": (FUNCTIONS, 2), "operator family": (FUNCTIONS, 2),
    "operator class": (FUNCTIONS, 3), "transform": (FUNCTIONS, 2), "conversion": (FUNCTIONS, 2),
    "trigger": (TRIGGERS, 0), "rule": (TRIGGERS, 1), "event trigger": (TRIGGERS, 2),
    "publication": (TRIGGERS, 3), "publication relation": (TRIGGERS, 4), "publication namespace": (TRIGGERS, 4),
}
_MEMBER = {"constraint": 1, "comment": 2, "privilege": 3, "owner": 4, "policy": 5}

SortKey = tuple[int, tuple[str, ...], int, str]


@dataclass(frozen=True)
class Placement:
    file: str
    sort: SortKey
    anchor: tuple[str, ...]  # the object the unit hangs on (a table for its comments, indexes, ...)


def _dotted(parts: tuple[str, ...]) -> str:
    return ".".join(parts)


class Layout:
    """Placement of units, from the table assignment and desired's (live's) dependency graph."""

    def __init__(self, assignment: Assignment, facts: Facts,
                 depends: frozenset[tuple[tuple[str, str], tuple[str, str]]]) -> None:
        self.assignment = assignment
        self.facts = facts
        self._uses: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for obj, ref in depends:
            self._uses.setdefault(ref, set()).add(obj)
        self._needs: dict[tuple[str, str], set[tuple[str, str]]] = {}
        for obj, ref in depends:
            self._needs.setdefault(obj, set()).add(ref)
        self._tables = {_dotted(t): t for t in facts.tables}
        self._table_parts = set(facts.tables)
        self._rank = {f: n for n, f in enumerate(assignment.order)}
        self._owned: tuple[dict[Key, Unit], dict[tuple[str, ...], list[tuple[str, ...]]]] | None = None

    # -- which domain file an object that is not a table goes to

    def _schema_file(self, schema: str) -> str:
        """The file holding most tables of the schema, else the schema's own domain."""
        counts = Counter(f for t, f in self.assignment.file_of.items() if t[0] == schema)
        if counts:
            return sorted(counts.items(), key=lambda kv: (-kv[1], self._rank.get(kv[0], 0), kv[0]))[0][0]
        return self.assignment.default_of_schema.get(schema) or file_name(schema_domains([schema])[schema])

    def _table_files(self, start: tuple[str, str], edges: dict[tuple[str, str], set[tuple[str, str]]]) -> set[str]:
        """Files of the tables reached from `start` through `edges` (through views and types too)."""
        found, seen, todo = set(), {start}, [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt in seen:
                    continue
                seen.add(nxt)
                table = self._tables.get(nxt[1]) if nxt[0] == "rel" else None
                if table is not None and table in self.assignment.file_of:
                    found.add(self.assignment.file_of[table])
                elif nxt[0] in ("rel", "type"):
                    todo.append(nxt)
        return found

    def type_file(self, parts: tuple[str, ...]) -> str:
        """A type goes with the first domain (in load order) whose tables use it."""
        files = self._table_files(("type", _dotted(parts)), self._uses)
        return min(files, key=lambda f: (self._rank.get(f, 0), f)) if files else self._schema_file(parts[0])

    def view_file(self, parts: tuple[str, ...]) -> str:
        """A view goes with the last domain (in load order) whose tables it reads."""
        files = self._table_files(("rel", _dotted(parts)), self._needs)
        return max(files, key=lambda f: (self._rank.get(f, 0), f)) if files else self._schema_file(parts[0])

    def table_file(self, table: tuple[str, ...]) -> str:
        t: Table = (table[0], table[1]) if len(table) >= 2 else ("public", table[0])
        return self.assignment.file_of.get(t) or self._schema_file(t[0])

    # -- placement

    def place(self, unit: Unit, units: dict[Key, Unit]) -> Placement:
        kind, name = unit.key
        s = unit.first
        member = _MEMBER.get(kind, 0)
        about = s.of if kind in ("comment", "privilege", "owner") and s.of else kind
        if about == "table" and s.parts[:2] not in self._table_parts:  # GRANT ... ON TABLE names views too
            about = "view"
        if about == "constraint":
            target = unit if kind == "constraint" else units.get(("constraint", names.qualified(*s.parts)), unit)
            return self._constraint(target, member, name)
        if about in ("table", "foreign table", "column", "policy") and (s.table or len(s.parts) >= 2):
            table = s.table or s.parts[:2]
            owned = self._owned_sequences(units).get(table) if kind == "owner" else None
            if owned:  # after its sequences' OWNED BY: they take the table's owner (they must have it)
                return Placement(SEQUENCES, (0, max(owned), _MEMBER["owner"] + 1, name), max(owned))
            return Placement(self.table_file(table), (1, table, member, name), table)
        if about in ("type", "domain", "domain constraint"):
            return Placement(self.type_file(s.parts[:2]), (0, s.parts[:2], member, name), s.parts[:2])
        if about in ("view", "materialized view"):
            return Placement(self.view_file(s.parts[:2]), (_DOMAIN_KINDS[about], s.parts[:2], member, name),
                             s.parts[:2])
        if about == "index":
            return self._index(s.table or self.facts.index_table.get((s.parts[0], s.parts[-1]), ()), member, name)
        if about == "trigger" and s.table:
            return Placement(TRIGGERS, (0, s.table, member, name), s.table)
        file, group = _SHARED_KINDS.get(about, (FUNCTIONS, 8))
        anchor = s.parts or (name,)
        return Placement(file, (group, anchor, member, name), anchor)

    def _owned_sequences(self, units: dict[Key, Unit]) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
        """Table -> the sequences OWNED BY its columns (their units say)."""
        if self._owned is None or self._owned[0] is not units:
            owned: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
            for key, unit in units.items():
                table = next((s.table for s in unit.statements if s.table), ()) if key[0] == "sequence" else ()
                if table:
                    owned.setdefault(table, []).append(unit.first.parts)
            self._owned = (units, owned)
        return self._owned[1]

    def _index(self, table: tuple[str, ...], member: int, name: str) -> Placement:
        """Indexes by table; a partition's before its root's: an index created on a partitioned
        table creates the partitions' (which must exist by then, under their own names)."""
        root = root_of((table[0], table[1]), self.facts.parent) if len(table) == 2 else table
        rank = member if member else (1 if root == table else 0)
        return Placement(INDEXES, (0, root, rank, name), table)

    def _constraint(self, unit: Unit, member: int, name: str) -> Placement:
        """CHECK and NOT NULL constraints (and the renaming of a NOT NULL) stay with their table;
        keys and foreign keys go to all_constraints.sql, keys first (a foreign key needs the key it
        references)."""
        table = next((s.table for s in unit.statements if s.table), unit.first.parts[:2])
        cls = next((s.constraint for s in unit.statements if s.constraint), "")
        if cls in ("check", "not null", "rename"):
            return Placement(self.table_file(table), (1, table, _MEMBER["constraint"], name), table)
        return Placement(CONSTRAINTS, (1 if cls == "foreign" else 0, table, member, name), table)
