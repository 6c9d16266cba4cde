"""Bring a directory of desired files to live's state, touching only what differs.

`old` are the units of what the existing files define (rendered from the database they build),
`new` the units of live, both rendered by the same differ, so equal objects render equally:

* an object in both whose rendering differs is rewritten where its statements are (the first
  one replaced, the others removed);
* an object only in the files is removed, one only in live is added to the file the layout
  gives it, next to what it hangs on (its table's statements, its domain's section);
* an object the files define only implicitly (a key declared inside a hand-written CREATE TABLE)
  that changed or went away has its table rewritten, and the table's other implicit parts are
  added back as statements of their own.

Statements that name no single object (GRANT ... ON ALL TABLES IN SCHEMA) are kept as written;
whatever they leave different is found by the round trip and fixed by statements added after
them (see run.py).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from ..render import names
from .files import Block, SqlFile
from .layout import Layout, Placement
from .units import Key, Unit, rekey


@dataclass
class Outcome:
    added: list[tuple[Key, str]] = field(default_factory=list)  # (key, file)
    changed: list[tuple[Key, str]] = field(default_factory=list)
    removed: list[tuple[Key, str]] = field(default_factory=list)
    adjusted: list[tuple[Key, str]] = field(default_factory=list)  # statements added to converge


def known_tables(files: list[SqlFile], old: dict[Key, Unit]) -> dict[tuple[str, str], str]:
    """Tables the existing files define, and the file of each (where its first statement is)."""
    out: dict[tuple[str, str], str] = {}
    for f in files:
        for b in f.blocks:
            s = b.statement
            if s.key is not None and s.key[0] == "table" and s.key in old and len(s.parts) == 2:
                out.setdefault((s.parts[0], s.parts[1]), f.name)
    return out


def tables_in(f: SqlFile) -> list[tuple[str, str]]:
    """Tables whose CREATE is in the file."""
    return sorted({(b.statement.parts[0], b.statement.parts[1]) for b in f.blocks
                   if b.statement.key is not None and b.statement.key[0] == "table" and len(b.statement.parts) == 2
                   and b.statement.creates})


class Merger:
    def __init__(self, files: list[SqlFile], layout: Layout, new: dict[Key, Unit], old: dict[Key, Unit],
                 new_file: Callable[[str], SqlFile]) -> None:
        self.files = {f.name: f for f in files}
        self.layout = layout
        self.new, self.old = new, old
        self._units = {**old, **new}  # what placements look up (a comment's constraint)
        self._new_file = new_file  # a file that does not exist yet, by name
        self._placements: dict[Key, Placement] = {}
        self.outcome = Outcome()
        statements = rekey([b.statement for f in files for b in f.blocks])
        for block, statement in zip((b for f in files for b in f.blocks), statements, strict=True):
            block.statement = statement

    # -- where things are

    def blocks_of(self, key: Key) -> list[tuple[SqlFile, Block]]:
        return [(f, b) for f in self.files.values() for b in f.blocks if b.statement.key == key]

    def placement(self, key: Key) -> Placement | None:
        if key not in self._placements:
            unit = self.new.get(key) or self.old.get(key)
            if unit is None:
                return None
            self._placements[key] = self.layout.place(unit, self._units)
        return self._placements[key]

    # -- the merge

    def run(self) -> Outcome:
        known, live = set(self.old), set(self.new)
        explicit = {k for f in self.files.values() for b in f.blocks if (k := b.statement.key) is not None} & known
        changed = {k for k in known & live if self.old[k].text != self.new[k].text}
        gone = known - live
        added = live - known
        rewrite, siblings = self._tables_to_rewrite((changed | gone) - explicit, changed, explicit)
        for key in sorted(gone & explicit):
            for f, b in self.blocks_of(key):
                f.remove(f.blocks.index(b))
                self.outcome.removed.append((key, f.name))
        for key in sorted(((changed | rewrite) & explicit) - gone):
            self._rewrite(key)
        for key in sorted(gone - explicit):
            self.outcome.removed.append((key, ""))  # went with its table's statement
        for key in sorted(added | siblings, key=self._order):
            name = self.insert(self.new[key])
            # a sibling was written inside its table's CREATE: now it is a statement of its own
            (self.outcome.changed if key in siblings else self.outcome.added).append((key, name))
        return self.outcome

    def _order(self, key: Key) -> tuple[str, object]:
        p = self.placement(key)
        return (p.file, p.sort) if p else ("", (0, (), 0, key[1]))

    def _tables_to_rewrite(self, implicit: set[Key], changed: set[Key],
                           explicit: set[Key]) -> tuple[set[Key], set[Key]]:
        """Tables to rewrite because their CREATE holds (written inside it by hand) a key that
        changed or went away, and the keys held inside the CREATE of every table rewritten, to be
        added as statements of their own."""
        tables: dict[Key, tuple[str, ...]] = {k: self.old[k].first.parts for k in changed & explicit
                                              if k[0] == "table"}
        for key in implicit:
            table = next((s.table for s in self.old[key].statements if s.table), ())
            tkey = ("table", names.qualified(*table)) if table else None
            if key[0] in ("constraint", "sequence") and tkey in explicit and tkey in self.new:
                tables[tkey] = table
        held = set(tables.values())
        siblings = {k for k, u in self.old.items()
                    if k not in explicit and k in self.new and k[0] in ("constraint", "sequence")
                    and any(s.table in held for s in u.statements)}
        return set(tables), siblings

    def _rewrite(self, key: Key) -> None:
        """The object's first statement becomes live's unit; its other statements go."""
        found = self.blocks_of(key)
        first_file, first = found[0]
        for f, b in found[1:]:
            f.remove(f.blocks.index(b))
        at = first_file.blocks.index(first)
        statements = self.new[key].statements
        first_file.replace_statement(at, statements[0])
        for n, statement in enumerate(statements[1:], 1):
            first_file.insert(at + n, statement)
        self.outcome.changed.append((key, first_file.name))

    def insert(self, unit: Unit, file: str | None = None) -> str:
        """Add a unit's statements where the layout puts it, beside its neighbours; or, for
        statements that correct what the files do (`file` given, else the layout's file), at the
        end of that file, after whatever they correct."""
        p = self.placement(unit.key) or self.layout.place(unit, self._units)
        target = file or p.file
        f = self.files.get(target) or self._add_file(target)
        at, before = (len(f.blocks), False) if file is not None else self._position(f, p)
        for n, statement in enumerate(unit.statements):
            f.insert(at + n, statement, before and n == 0)
        return f.name

    def snapshot(self) -> tuple[dict[str, SqlFile], int]:
        return copy.deepcopy(self.files), len(self.outcome.adjusted)

    def restore(self, saved: tuple[dict[str, SqlFile], int]) -> None:
        self.files = saved[0]
        del self.outcome.adjusted[saved[1]:]

    def correct(self, unit: Unit, last_file: str) -> str:
        """Statements that make the files converge on live: at the end of the object's file; for an
        object corrected before (something later in the load order undid it), at the very end."""
        again = any(k == unit.key for k, _ in self.outcome.adjusted)
        p = self.placement(unit.key) or self.layout.place(unit, self._units)
        name = self.insert(unit, last_file if again else p.file)
        self.outcome.adjusted.append((unit.key, name))
        return name

    def _add_file(self, name: str) -> SqlFile:
        f = self._new_file(name)
        self.files[name] = f
        return f

    def _position(self, f: SqlFile, p: Placement) -> tuple[int, bool]:
        """Index for a new unit, and whether it goes in front of the block there: among the
        statements on the same object, else of the same kind and section (the domain of the table
        they hang on), else of the file; after the last one that sorts before it, else before the
        first; at the end of a file with none."""
        placed = [(i, q) for i, b in enumerate(f.blocks)
                  if b.statement.key is not None and (q := self.placement(b.statement.key)) is not None]
        if all(a[1].sort <= b[1].sort for a, b in pairwise(placed)):
            tiers = [placed]  # a sorted file (export's own) stays sorted
        else:  # a person's order: beside the same object, else in the same section
            section = self._section(p)
            tiers = [[(i, q) for i, q in placed if q.anchor == p.anchor and q.sort[0] == p.sort[0]],
                     [(i, q) for i, q in placed if q.sort[0] == p.sort[0] and self._section(q) == section], placed]
        for candidates in tiers:
            if candidates:
                smaller = [i for i, q in candidates if q.sort <= p.sort]
                return (smaller[-1] + 1, False) if smaller else (candidates[0][0], True)
        return len(f.blocks), False

    def _section(self, p: Placement) -> str:
        return self.layout.table_file(p.anchor) if len(p.anchor) == 2 else ""
