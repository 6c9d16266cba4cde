"""Fix-ups of the pinned engine's output, from the two catalogs: statements it renders wrongly are
re-rendered from desired's own deparsers, statements PostgreSQL makes for us (or that change
nothing) are removed. Each fix-up says which engine behaviour it corrects."""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import replace
from typing import Any

from pglast import ast, parse_sql
from pglast.enums import AlterTableType as AT
from pglast.enums import ConstrType, ObjectType
from pglast.stream import RawStream
from psycopg import sql

from ..catalog.inspect import Inspected
from ..render import sql as render
from .changes import Action, Change
from .classify import relation, tree


def _exact_constraint(change: Change, desired: Inspected) -> Change:
    """Re-render an engine ADD CONSTRAINT from the desired catalog's own pg_get_constraintdef:
    the engine drops clauses it does not know (ON DELETE SET NULL (column), WITHOUT OVERLAPS)."""
    st: Any = tree(change.sql)
    if not isinstance(st, ast.AlterTableStmt) or len(st.cmds or ()) != 1:
        return change
    con: Any = st.cmds[0].def_  # type: ignore[index]
    rel: Any = st.relation
    key = (*relation(rel), str(con.conname))
    definition = desired.model.constraints.get(key)
    if definition is None or (con.indexname and "WITHOUT OVERLAPS" not in definition):
        return change  # "USING INDEX" forms are right, except for temporal keys (no unique gist index)
    not_valid = con.skip_validation and "NOT VALID" not in definition
    statement = sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} {}{}").format(
        sql.Identifier(key[0], key[1]), sql.Identifier(key[2]), sql.SQL(definition),
        sql.SQL(" NOT VALID" if not_valid else ""))
    return replace(change, sql=render.text(statement))


def _temporal_key_indexes(desired: Inspected) -> set[tuple[str, str]]:
    """(schema, name) of indexes the engine would create for WITHOUT OVERLAPS keys: the
    constraint creates them itself (a unique gist index cannot be created on its own)."""
    return {(k[0], k[2]) for k, d in desired.model.constraints.items() if "WITHOUT OVERLAPS" in d}


def _exact_column(change: Change, desired: Inspected) -> Change:
    """The engine adds VIRTUAL generated columns as STORED: fix the parse tree, render it again."""
    st: Any = parse_sql(change.sql)[0].stmt  # a tree of our own: it is changed below
    column_def: Any = st.cmds[0].def_
    key = (*relation(st.relation), str(column_def.colname))
    col = desired.model.columns.get(key)
    if col is None or col.generated != "v":
        return change
    for constraint in column_def.constraints or ():
        if constraint.contype == ConstrType.CONSTR_GENERATED:
            constraint.generated_kind = "v"
    return replace(change, sql=str(RawStream()(st)))


def _table_access_method(change: Change, desired: Inspected) -> Change:
    """The engine creates every table with the session's default access method: say desired's
    (CREATE TABLE ... USING) where it is not heap."""
    shared: Any = tree(change.sql)  # read only: most tables are heap
    if not isinstance(shared, ast.CreateStmt):
        return change
    am = desired.model.access_methods.get(relation(shared.relation))
    if am is None or am == "heap" or shared.accessMethod == am:
        return change
    st: Any = parse_sql(change.sql)[0].stmt  # a tree of our own: it is changed
    st.accessMethod = am
    return replace(change, sql=str(RawStream()(st)))


def _own_not_nulls(st: Any, desired: Inspected) -> list[tuple[str, str]]:
    """(column, name) of a partition's NOT NULLs named otherwise than the parent's (it was attached
    with its own): PARTITION OF would give it the parent's names, which cannot be renamed. Named
    in the CREATE, they are the partition's, as in desired (pg_dump alike)."""
    if st.partbound is None:
        return []
    schema, table = relation(st.relation)
    parent = desired.model.partitions.get((schema, table))
    if parent is None:
        return []
    out = []
    for key, col in sorted(desired.model.columns.items()):
        if key[:2] != (schema, table) or not col.not_null_valid or not col.not_null_name:
            continue
        above = desired.model.columns.get((parent[0], parent[1], key[2]))
        if col.not_null_local or above is None or above.not_null_name != col.not_null_name:
            out.append((key[2], col.not_null_name))
    return out


def _name_not_nulls(st: Any, own: dict[str, str]) -> None:
    """Give the partition's CREATE its own NOT NULLs by name: on the column it lists already, or as
    a column element of its own (`col CONSTRAINT name NOT NULL`)."""
    listed = {str(e.colname): e for e in st.tableElts or () if isinstance(e, ast.ColumnDef)}
    added = []
    for column, name in own.items():
        element = listed.get(column)
        if element is None:
            added.append(ast.ColumnDef(colname=column, constraints=(
                ast.Constraint(contype=ConstrType.CONSTR_NOTNULL, conname=name),)))
            continue
        kept = tuple(c for c in element.constraints or () if c.contype != ConstrType.CONSTR_NOTNULL)
        element.constraints = (*kept, ast.Constraint(contype=ConstrType.CONSTR_NOTNULL, conname=name))
    st.tableElts = (*(st.tableElts or ()), *added)


def _inexact_columns(st: Any, desired: Inspected) -> bool:
    """Whether the engine's CREATE TABLE has a VIRTUAL column or a NOT NULL ... NOT VALID wrong, or
    creates a partition without the NOT NULLs it has of its own."""
    if _own_not_nulls(st, desired):
        return True
    schema, table = relation(st.relation)
    for element in st.tableElts or ():
        col = desired.model.columns.get((schema, table, str(element.colname))) \
            if isinstance(element, ast.ColumnDef) else None
        if col is not None and ((not col.not_null_valid and col.not_null_name) or (col.generated == "v" and any(
                c.contype == ConstrType.CONSTR_GENERATED for c in element.constraints or ()))):
            return True
    return False


def _exact_table_columns(change: Change, desired: Inspected) -> list[Change]:
    """The engine creates a table's VIRTUAL generated columns as STORED and its NOT NULL ... NOT
    VALID as a valid NOT NULL: fix the CREATE TABLE's tree (rendered again only then), and add
    each such NOT NULL by its name, NOT VALID, right after."""
    shared: Any = tree(change.sql)  # read only: most tables need nothing here
    if not isinstance(shared, ast.CreateStmt) or not _inexact_columns(shared, desired):
        return [change]
    st: Any = parse_sql(change.sql)[0].stmt  # a tree of our own: it is changed below
    schema, table = relation(st.relation)
    after, changed = [], False
    for element in st.tableElts or ():
        col = desired.model.columns.get((schema, table, str(element.colname))) \
            if isinstance(element, ast.ColumnDef) else None
        if col is None:
            continue
        for constraint in element.constraints or ():
            if constraint.contype == ConstrType.CONSTR_GENERATED and col.generated == "v":
                constraint.generated_kind, changed = "v", True
        if not col.not_null_valid and col.not_null_name:
            kept = tuple(c for c in element.constraints or () if c.contype != ConstrType.CONSTR_NOTNULL)
            element.constraints, changed = kept or None, True
            statement = sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} NOT NULL {} NOT VALID").format(
                sql.Identifier(schema, table), sql.Identifier(col.not_null_name), sql.Identifier(element.colname))
            after.append(Change("constraint", Action.CREATE, f"{schema}.{table}.{col.not_null_name}",
                                render.text(statement), table=f"{schema}.{table}",
                                parts=(schema, table, col.not_null_name)))
    own = dict(_own_not_nulls(st, desired))
    if own:
        _name_not_nulls(st, own)
        changed = True
    return [replace(change, sql=str(RawStream()(st))), *after] if changed else [change]


def _not_valid_not_null(change: Change, desired: Inspected) -> Change:
    """PG18's NOT NULL ... NOT VALID: the engine emits SET NOT NULL (which scans the table and
    validates); add the named constraint NOT VALID instead."""
    st: Any = tree(change.sql)
    cmd: Any = st.cmds[0] if isinstance(st, ast.AlterTableStmt) and st.cmds else None
    if cmd is None or cmd.subtype != AT.AT_SetNotNull:
        return change
    rel: Any = st.relation
    (schema, table), column = relation(rel), str(cmd.name)
    col = desired.model.columns.get((schema, table, column))
    if col is None or col.not_null_valid or not col.not_null_name:
        return change
    statement = sql.SQL("ALTER TABLE {} ADD CONSTRAINT {} NOT NULL {} NOT VALID").format(
        sql.Identifier(schema, table), sql.Identifier(col.not_null_name), sql.Identifier(column))
    return replace(change, sql=render.text(statement))


def _index_attaches(changes: list[Change]) -> dict[tuple[str, str], tuple[int, tuple[str, str]]]:
    """child index (schema, name) -> (position, parent index) of the engine's ATTACH PARTITIONs."""
    out = {}
    for n, c in enumerate(changes):
        st: Any = tree(c.sql)
        if isinstance(st, ast.AlterTableStmt) and st.objtype == ObjectType.OBJECT_INDEX and \
                st.cmds and st.cmds[0].subtype == AT.AT_AttachPartition:
            out[relation(st.cmds[0].def_.name)] = (n, relation(st.relation))
    return out


def _created_on_only(changes: list[Change]) -> set[tuple[str, str]]:
    """Partitioned indexes the plan creates (pg_get_indexdef says CREATE INDEX ... ON ONLY)."""
    out = set()
    for c in changes:
        st: Any = tree(c.sql)
        if isinstance(st, ast.IndexStmt) and st.relation is not None and not st.relation.inh:
            out.add((str(st.relation.schemaname or "public"), str(st.idxname)))
    return out


def _partition_index_noise(changes: list[Change], live: Inspected) -> set[int]:
    """Positions of index statements PostgreSQL does itself: CREATE TABLE ... PARTITION OF creates
    and attaches the partition's copies of the parent's existing indexes (the engine's CREATE
    INDEX and ATTACH PARTITION would collide), and DROP TABLE drops a partition's attached indexes
    (the engine's DROP INDEX of one is refused: the parent index requires it). Not so for a parent
    index the plan creates itself (_partitioned_indexes)."""
    partitions, dropped = set(), set()
    for c in changes:
        st: Any = tree(c.sql)
        if isinstance(st, ast.CreateStmt) and st.partbound is not None:
            partitions.add(relation(st.relation))
        elif c.kind == "table" and c.action is Action.DROP:
            dropped.add(c.identity)
    table_of = {f"{i.schema}.{i.name}": f"{i.schema}.{i.table_name}" for i in live.engine_model.indexes.values()}
    attached = _index_attaches(changes)
    new_parents = _created_on_only(changes)
    noise = {n for n, c in enumerate(changes)
             if c.kind == "index" and c.action is Action.DROP and table_of.get(c.identity) in dropped}
    for n, c in enumerate(changes):
        st = tree(c.sql)
        if isinstance(st, ast.IndexStmt) and st.relation is not None:
            key = (relation(st.relation)[0], str(st.idxname))
            if relation(st.relation) in partitions and key in attached and attached[key][1] not in new_parents:
                noise |= {n, attached[key][0]}
    return noise


def _partitioned_indexes(changes: list[Change]) -> list[Change]:
    """A partitioned index the plan creates is created on the parent without ONLY, after its
    partitions' own indexes: PostgreSQL attaches those (desired's names kept) and creates any
    still missing, so the parent index is valid. The engine's ON ONLY + ATTACH PARTITION leaves it
    invalid wherever a partition gets no index of its own (partitions created before it)."""
    new_parents = _created_on_only(changes)
    if not new_parents:
        return changes
    attached = _index_attaches(changes)
    attaches = {n for n, parent in attached.values() if parent in new_parents}
    children: dict[tuple[str, str], list[int]] = {}
    for n, c in enumerate(changes):
        st: Any = tree(c.sql)
        if isinstance(st, ast.IndexStmt) and st.relation is not None:
            key = (relation(st.relation)[0], str(st.idxname))
            if key in attached and attached[key][1] in new_parents:
                children.setdefault(attached[key][1], []).append(n)
    out: list[Change] = []
    held: dict[int, Change] = {}  # parent creates waiting for their last child
    after_child: dict[int, list[int]] = {}
    for n, c in enumerate(changes):
        st = tree(c.sql)
        if isinstance(st, ast.IndexStmt) and st.relation is not None and not st.relation.inh:
            mine: Any = parse_sql(c.sql)[0].stmt  # a tree of our own: changed below
            mine.relation.inh = True
            c = replace(c, sql=str(RawStream()(mine)))
            later = [k for k in children.get((str(st.relation.schemaname or "public"), str(st.idxname)), ()) if k > n]
            if later:
                held[n] = c
                after_child.setdefault(max(later), []).append(n)
                continue
        if n not in attaches:
            out.append(c)
        out.extend(held.pop(k) for k in after_child.get(n, ()))
    return out


def _inheritance_noise(changes: list[Change], live: Inspected, desired: Inspected) -> set[int]:
    """Positions of column statements that INHERIT / NO INHERIT make for us: the engine drops the
    columns a new child now inherits (refused: they are inherited) and adds back the columns a
    former child keeps (NO INHERIT leaves them in place, as local columns)."""
    inherits: dict[tuple[str, str], set[str]] = {}  # child -> columns it inherits (INHERIT) or keeps
    for c in changes:
        st: Any = tree(c.sql)
        if not isinstance(st, ast.AlterTableStmt) or not st.cmds or \
                st.cmds[0].subtype not in (AT.AT_AddInherit, AT.AT_DropInherit):
            continue
        pkey = relation(st.cmds[0].def_)
        side = desired if st.cmds[0].subtype == AT.AT_AddInherit else live
        child = relation(st.relation)
        inherits.setdefault(child, set()).update(k[2] for k in side.model.columns if k[:2] == pkey)
    noise = set()
    for n, c in enumerate(changes):
        if c.kind == "column" and c.action in (Action.DROP, Action.CREATE) and c.table:
            schema, table = c.table.split(".", 1)
            if c.identity[len(c.table) + 1:] in inherits.get((schema, table), ()):
                noise.add(n)
    return noise


def _inherited_constraint_noise(changes: list[Change], live: Inspected, desired: Inspected) -> set[int]:
    """Positions of the engine's ADD / DROP CONSTRAINT of a partition's inherited copy of its
    parent's constraint: PostgreSQL adds it with PARTITION OF, ATTACH or the parent's ADD, and
    drops it with the parent's constraint or the table (dropping it alone is refused)."""
    return _copies(changes, "constraint", _constraint_key, live.model.inherited_constraints,
                   desired.model.inherited_constraints)


def _copies(changes: list[Change], kind: str, key_of: Callable[[Change], Any], in_live: Container[Any],
            in_desired: Container[Any]) -> set[int]:
    """Positions of the drops of `kind` whose key live holds as a partition's copy, and of the
    creates whose key desired holds as one (PostgreSQL makes and drops those copies itself)."""
    noise = set()
    for n, c in enumerate(changes):
        key = key_of(c) if c.kind == kind else None
        if key is not None and (key in in_live if c.action is Action.DROP
                                else key in in_desired and c.action is Action.CREATE):
            noise.add(n)
    return noise


def _columns_in_desired_order(changes: list[Change], desired: Inspected) -> list[Change]:
    """Columns added to one table in desired's order (the engine's order is its own): ADD COLUMN
    appends, so the order of the statements is the order of the columns."""
    slots: dict[str, list[int]] = {}
    for n, c in enumerate(changes):
        if c.kind == "column" and c.action is Action.CREATE and c.table:
            slots.setdefault(c.table, []).append(n)
    out = list(changes)
    for positions in slots.values():
        def position(n: int) -> int:
            st: Any = tree(changes[n].sql)
            found = desired.model.columns.get((*relation(st.relation), str(st.cmds[0].def_.colname)))
            return found.position if found else 0
        for slot, n in zip(positions, sorted(positions, key=position), strict=True):
            out[slot] = changes[n]
    return out


def _cloned_trigger_noise(changes: list[Change], live: Inspected, desired: Inspected) -> set[int]:
    """Positions of the engine's CREATE / DROP TRIGGER of a partition's copy of its parent's
    trigger: PostgreSQL makes the copy with the parent's trigger (or PARTITION OF / ATTACH) and
    drops it with it (refused on its own)."""
    return _copies(changes, "trigger", _trigger_key, live.model.cloned_triggers, desired.model.cloned_triggers)


def _created_children(changes: list[Change], desired: Inspected) -> list[Change]:
    """A table the plan creates as a child of another lists only the columns of its own: the
    engine lists the inherited ones too (CREATE TABLE ... INHERITS, or CREATE TABLE then INHERIT),
    which makes them local as well, and no statement can undo that."""
    inherit_at: dict[tuple[str, str], tuple[int, Any]] = {}
    for n, c in enumerate(changes):
        st: Any = tree(c.sql)
        if isinstance(st, ast.AlterTableStmt) and st.cmds and len(st.cmds) == 1 and \
                st.cmds[0].subtype == AT.AT_AddInherit:
            inherit_at[relation(st.relation)] = (n, st.cmds[0].def_)
    columns = desired.model.columns
    done = set()
    out = []
    for c in changes:
        st = tree(c.sql)
        if isinstance(st, ast.CreateStmt) and st.partbound is None and (st.inhRelations or relation(st.relation) in
                                                                         inherit_at):
            table = relation(st.relation)
            mine: Any = parse_sql(c.sql)[0].stmt  # a tree of our own: changed below
            mine.tableElts = tuple(e for e in mine.tableElts or () if not isinstance(e, ast.ColumnDef)
                                   or columns.get((*table, str(e.colname))) is None
                                   or columns[(*table, str(e.colname))].local) or None
            if not mine.inhRelations:
                position, parent = inherit_at[table]
                mine.inhRelations = (parent,)
                done.add(position)
            c = replace(c, sql=str(RawStream()(mine)))
        out.append(c)
    return [c for n, c in enumerate(out) if n not in done]


def _constraint_key(change: Change) -> tuple[str, str, str] | None:
    st: Any = tree(change.sql)
    if not isinstance(st, ast.AlterTableStmt) or not st.cmds or len(st.cmds) != 1:
        return None
    cmd: Any = st.cmds[0]
    rel: Any = st.relation
    if cmd.subtype in (AT.AT_DropConstraint, AT.AT_ValidateConstraint):
        name = cmd.name
    elif cmd.subtype == AT.AT_AddConstraint:
        name = cmd.def_.conname
    else:
        return None
    return (*relation(rel), str(name))


def _unchanged_constraint_noise(changes: list[Change], live: Inspected, desired: Inspected) -> set[int]:
    """Positions of the engine's drop + re-add of constraints that do not change: it re-creates
    every FK on or to a table with any change (each re-add a full scan, each drop a lock). An FK
    whose key really goes away is re-created by diff/rebuild.py, which follows pg_depend."""
    rebuilt_tables = {c.identity for c in changes if c.kind == "table" and c.action in (Action.CREATE, Action.DROP)}
    noise = set()
    for n, c in enumerate(changes):
        key = _constraint_key(c) if c.kind == "constraint" else None
        if key is None or f"{key[0]}.{key[1]}" in rebuilt_tables:
            continue
        before, after = live.model.constraints.get(key), desired.model.constraints.get(key)
        if before is not None and before == after and _referenced_table(before) not in rebuilt_tables:
            noise.add(n)
    return noise


def _referenced_table(definition: str) -> str | None:
    """schema.table an FK definition (pg_get_constraintdef) references, from the parse tree."""
    st: Any = parse_sql(f"ALTER TABLE t ADD CONSTRAINT c {definition}")[0].stmt
    pktable: Any = st.cmds[0].def_.pktable
    return f"{pktable.schemaname or 'public'}.{pktable.relname}" if pktable is not None else None


_TRIGGER_STATE = {AT.AT_EnableTrig, AT.AT_EnableAlwaysTrig, AT.AT_EnableReplicaTrig, AT.AT_DisableTrig}
_ENABLE = {"O": "ENABLE", "D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS"}


def _trigger_key(change: Change) -> tuple[str, str, str] | None:
    """(schema, table, trigger) of a DROP TRIGGER, CREATE TRIGGER or ENABLE/DISABLE TRIGGER."""
    st: Any = tree(change.sql)
    if isinstance(st, ast.DropStmt) and st.removeType == ObjectType.OBJECT_TRIGGER:
        objects: Any = st.objects
        names = [str(n.sval) for n in objects[0]]
        return (names[-3] if len(names) > 2 else "public", names[-2], names[-1])
    rel: Any = getattr(st, "relation", None)
    if isinstance(st, ast.CreateTrigStmt):
        return (*relation(rel), str(st.trigname))
    if isinstance(st, ast.AlterTableStmt) and st.cmds and len(st.cmds) == 1 and st.cmds[0].subtype in _TRIGGER_STATE:
        cmd: Any = st.cmds[0]
        return (*relation(rel), str(cmd.name))
    return None


def _trigger_states(changes: list[Change], live: Inspected, desired: Inspected) -> list[Change]:
    """A trigger whose only change is its state (ENABLE, DISABLE, REPLICA, ALWAYS) is altered in
    place: the engine drops and re-creates it (and cannot set plain ENABLE back at all)."""
    old, new = live.engine_model.triggers, desired.engine_model.triggers
    state_only = {(t.schema, t.table_name, t.name): t.enabled for k, t in new.items()
                  if k in old and old[k].full_definition == t.full_definition and old[k].enabled != t.enabled}
    if not state_only:
        return changes
    out, placed = [], set()
    for c in changes:
        key = _trigger_key(c) if c.kind in ("trigger", "table") else None
        if key not in state_only:
            out.append(c)
        elif key not in placed:
            placed.add(key)
            statement = sql.SQL("ALTER TABLE {} {} TRIGGER {}").format(
                sql.Identifier(key[0], key[1]), sql.SQL(_ENABLE[state_only[key]]), sql.Identifier(key[2]))
            out.append(Change("trigger", Action.ALTER, ".".join(key), render.text(statement), table=".".join(key[:2]),
                              parts=key))
    return out


def _placeholder(change: Change) -> bool:
    """The engine writes `select 1; -- create index ...` for the index of an exclusion constraint
    (the constraint makes it): a bare SELECT of a constant is no change, only noise in a plan."""
    st: Any = tree(change.sql)
    return isinstance(st, ast.SelectStmt) and not st.fromClause and st.targetList is not None and \
        len(st.targetList) == 1 and isinstance(st.targetList[0].val, ast.A_Const)


def fix(changes: list[Change], live: Inspected, desired: Inspected) -> list[Change]:
    """The engine's changes, corrected: noise removed, statements re-rendered from desired's catalog."""
    temporal = _temporal_key_indexes(desired)
    noise = _partition_index_noise(changes, live) | _inheritance_noise(changes, live, desired) | \
        _unchanged_constraint_noise(changes, live, desired) | _inherited_constraint_noise(changes, live, desired) | \
        _cloned_trigger_noise(changes, live, desired)
    changes = _trigger_states([c for n, c in enumerate(changes) if n not in noise and not _placeholder(c)], live,
                              desired)
    changes = _columns_in_desired_order(_created_children(_partitioned_indexes(changes), desired), desired)
    out = []
    for c in changes:
        if c.kind == "index" and c.action is Action.CREATE and tuple(c.identity.split(".", 1)) in temporal:
            continue
        if c.kind == "constraint" and c.action is Action.CREATE:
            c = _exact_constraint(c, desired)
        elif c.kind == "column" and c.action is Action.CREATE:
            c = _exact_column(c, desired)
        elif c.kind == "table" and c.action is Action.CREATE:
            out.extend(_exact_table_columns(_table_access_method(c, desired), desired))
            continue
        elif c.kind == "column" and c.action is Action.ALTER:
            c = _not_valid_not_null(c, desired)
        out.append(c)
    return out
