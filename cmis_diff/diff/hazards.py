# pglast types every AST field as Optional; the grammar guarantees the ones read here.
# mypy: disable-error-code="arg-type,union-attr,index,misc,return-value,attr-defined"
"""Hazards of a plan's statements, read from their pglast trees and weighed on live.

find() reads each statement's parse tree (and the two catalogs) and says which hazards it carries,
on which object, and which rows of live tell how bad it is (datachecks.Count); weigh() turns
those findings into Risks once live's sizes (one query for every table the plan touches) and the
counts are known: "rewrites app.campaigns: 4.2 GB, ~12M rows", "3 rows of app.t.s are longer
than 5". A table the plan creates is empty and new: nothing done to it is a hazard. Without live
(assess(): drift, the first diff) the same findings give the kinds alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from pglast import ast, parse_sql
from pglast.enums import AlterTableType as AT
from pglast.enums import ConstrType, ObjectType, RoleSpecType
from pglast.stream import RawStream
from psycopg import sql

from ..catalog.inspect import Inspected
from ..render import names
from . import datachecks as dc
from .changes import BLOCKING, Action, Change, Hazard, Risk
from .classify import parse_ahead, relation, tree

Table = tuple[str, str]
_INTS = {"int2": 5, "int4": 10, "int8": 19}  # decimal digits each integer type needs
_FLOATS = {"float4", "float8"}
_STRINGS = {"text", "varchar", "bpchar"}
# ALTER TABLE subcommands that take less than ACCESS EXCLUSIVE (everything else takes it)
_SHARED_LOCK = {AT.AT_SetStatistics, AT.AT_ClusterOn, AT.AT_DropCluster, AT.AT_SetOptions, AT.AT_ResetOptions,
                AT.AT_SetRelOptions, AT.AT_ResetRelOptions, AT.AT_ValidateConstraint, AT.AT_AttachPartition,
                AT.AT_EnableTrig, AT.AT_EnableAlwaysTrig, AT.AT_EnableReplicaTrig, AT.AT_DisableTrig,
                AT.AT_EnableTrigAll, AT.AT_DisableTrigAll, AT.AT_EnableTrigUser, AT.AT_DisableTrigUser,
                AT.AT_AlterConstraint, AT.AT_AddInherit, AT.AT_DropInherit}
_LOCKING = {Hazard.TABLE_REWRITE, Hazard.FULL_SCAN, Hazard.BLOCKING_INDEX}
_KEY_NAMES = {"rel": "relation", "func": "function", "con": "constraint", "trg": "trigger", "pol": "policy",
              "type": "type", "schema": "schema", "ext": "extension"}


@dataclass(frozen=True)
class Finding:
    """A hazard of one statement before it is weighed on live."""

    hazard: Hazard
    subject: str  # printable
    what: str  # e.g. "rewrites" (followed by the table and its size), or the whole story
    table: Table | None = None  # live's table whose size weighs it
    counts: tuple[dc.Count, ...] = ()
    big_only: bool = False  # a hazard only on a big table (an ACCESS EXCLUSIVE lock)
    note: str = ""  # said last (e.g. a possible rename)


@dataclass(frozen=True)
class Size:
    bytes: int
    rows: int | None  # pg_class.reltuples; None: never analyzed

    def text(self, table: Table) -> str:
        estimate = f"~{_rows(self.rows)} rows" if self.rows is not None else "not analyzed yet"
        return f"{names.qualified(*table)}: {_bytes(self.bytes)}, {estimate}"


@dataclass
class Context:
    """What the findings are read against."""

    live: Inspected
    desired: Inspected
    rewritten: set[Table] | None = None  # tables the rehearsal rewrote; None: not rehearsed
    bounds: dict[Table, str] = field(default_factory=dict)  # a partition's new constraint (rehearsal)
    renamed: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)  # new name -> live's (renames)

    def live_name(self, *parts: str) -> tuple[str, ...]:
        """A name as live knows it: renames the plan runs first are undone (schemas, tables, columns)."""
        for n in range(len(parts), 0, -1):
            if parts[:n] in self.renamed:
                return self.renamed[parts[:n]] + parts[n:]
        return parts


def _bytes(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}".replace(".0 ", " ")
    return f"{n} bytes"


def _rows(n: int) -> str:
    for unit, size in (("G", 10**9), ("M", 10**6), ("k", 10**3)):
        if n >= size * 10:
            return f"{round(n / size)}{unit}"
    return f"{n:,}"


@lru_cache(maxsize=4096)
def _type_name(text: str) -> Any:
    """The TypeName of a type as format_type writes it."""
    return parse_sql(f"SELECT NULL::{text}")[0].stmt.targetList[0].val.typeName


@lru_cache(maxsize=4096)
def _type_text(text: str) -> str:
    """A type as format_type writes it, rendered the way a plan's statements write it (a table's
    shape: rendered once per type, not once per column of every table a plan drops)."""
    return _render(_type_name(text))


def _type(tn: Any) -> tuple[tuple[str, ...], tuple[int, ...], bool]:
    """(name parts, integer type modifiers, is an array) of a TypeName."""
    mods = tuple(int(m.val.ival) for m in tn.typmods or () if isinstance(m, ast.A_Const)
                 and isinstance(m.val, ast.Integer))
    return tuple(str(n.sval) for n in tn.names), mods, bool(tn.arrayBounds)


def _render(node: Any) -> str:
    return str(RawStream()(node))


def _shown(node: Any) -> str:
    """A parsed type or expression as a plan comment may show it."""
    return names.printable_sql(_render(node))


def _quoted(*parts: str) -> str:
    """A name as the engine's model keys it."""
    return ".".join('"' + p.replace('"', '""') + '"' for p in parts)


def _builtin(parts: tuple[str, ...]) -> str:
    return parts[-1] if len(parts) == 1 or parts[0] == "pg_catalog" else ""


# ---- type changes --------------------------------------------------------------------------------

def _widening(old: tuple, new: tuple) -> bool:  # type: ignore[type-arg]
    """Every value of the old type survives the conversion unchanged."""
    (o_parts, o_mods, o_arr), (n_parts, n_mods, n_arr) = old, new
    o, n = _builtin(o_parts), _builtin(n_parts)
    if o_arr != n_arr or not o or not n:
        return o_parts == n_parts and o_arr == n_arr and (not n_mods or n_mods == o_mods)
    if n == "text" or (n == "varchar" and not n_mods):
        return True  # every type's text form is kept
    if n in ("varchar", "bpchar"):
        return o in ("varchar", "bpchar") and bool(o_mods) and o_mods[0] <= n_mods[0] and (o == n or n == "varchar")
    if n == "numeric":
        if not n_mods:
            return o in _INTS or o == "numeric" or o in _FLOATS
        p, s = n_mods[0], n_mods[1] if len(n_mods) > 1 else 0
        if o == "numeric" and o_mods:
            return (o_mods[1] if len(o_mods) > 1 else 0) <= s and o_mods[0] - (o_mods[1] if len(o_mods) > 1 else 0) \
                <= p - s
        return o in _INTS and _INTS[o] <= p - s
    if n in _INTS:
        return o in _INTS and _INTS[o] <= _INTS[n]
    if n == "float8":
        return o in ("float4", "int2", "int4")
    if n in ("timestamptz", "timestamp"):
        return o == "date" or (o == "timestamp" and n == "timestamptz")
    return o == n and (not n_mods or n_mods == o_mods)


def _no_rewrite(old: tuple, new: tuple) -> bool:  # type: ignore[type-arg]
    """A conversion PostgreSQL does without rewriting the table (binary-coercible widening)."""
    (o_parts, o_mods, o_arr), (n_parts, n_mods, n_arr) = old, new
    o, n = _builtin(o_parts), _builtin(n_parts)
    if o_arr != n_arr:
        return False
    if o in ("varchar", "text") and n == "text":
        return True
    if o in ("varchar", "text") and n == "varchar" and (not n_mods or (o_mods and o_mods[0] <= n_mods[0])):
        return True
    if o == n == "numeric" and o_mods and (not n_mods or (n_mods[0] >= o_mods[0] and n_mods[1:] == o_mods[1:])):
        return True
    return o == n and o_mods == n_mods


def _narrowing_count(ctx: Context, table: Table, column: str, old: tuple, new_tn: Any) -> dc.Count:  # type: ignore[type-arg]
    """The rows of live that would not survive a narrowing conversion."""
    (o_parts, _, _), (n_parts, n_mods, n_arr) = old, _type(new_tn)
    o, n = _builtin(o_parts), _builtin(n_parts)
    type_text = _render(new_tn)
    enum = ctx.desired.model.enums.get(tuple(n_parts)) if len(n_parts) == 2 else None
    if enum is not None:
        return dc.enum_values(table, column, enum, n_arr, names.qualified(*n_parts))
    if n_arr:
        return dc.conversion(table, column, type_text)
    if n in ("varchar", "bpchar") and n_mods:
        return dc.longer(table, column, n_mods[0])
    numeric_source = o in _INTS or o in _FLOATS or o == "numeric"
    if n == "numeric" and n_mods and numeric_source:
        scale = n_mods[1] if len(n_mods) > 1 else 0
        return dc.numeric(table, column, type_text, n_mods[0] - scale, scale)
    if n in _INTS and numeric_source:
        return dc.numeric(table, column, type_text, None, 0, dc.integer_bounds(n))
    return dc.conversion(table, column, type_text)


# ---- the findings of one statement ---------------------------------------------------------------

class _Reader:
    """Reads each statement of a plan against the two catalogs."""

    def __init__(self, changes: list[Change], ctx: Context) -> None:
        self.ctx = ctx
        parse_ahead(c.sql for c in changes)
        self._functions: dict[int, dict[tuple[str, str], list[Any]]] = {}
        live = ctx.live.engine_model
        self.live_tables = {(r.schema, r.name) for r in live.relations.values() if r.relationtype in ("r", "p", "f")}
        self.created = {tuple(c.identity.split(".", 1)) for c in changes
                        if c.kind in ("table", "materialized view") and c.action is Action.CREATE}
        self.keys = [_key(c) for c in changes]
        self.dropped = {k for c, k in zip(changes, self.keys, strict=True) if k and c.action is Action.DROP}
        self.made = {k for c, k in zip(changes, self.keys, strict=True)
                     if k and c.action is Action.CREATE and c.kind != "column"}  # objects the plan creates
        self.attached = {relation(cmd.def_.name) for cmd in _cmds(changes, AT.AT_AttachPartition)}
        self.added = _added_columns(changes)
        self.users: dict[tuple[str, str], set[tuple[str, str]]] = {}  # live: object -> what uses it
        for obj, ref in ctx.live.model.depends:
            self.users.setdefault(ref, set()).add(obj)
        self.recreated_policies = {(*relation(st.table), str(st.policy_name)) for st in _trees(changes)
                                   if isinstance(st, ast.CreatePolicyStmt)}
        self.added_constraints = {(*relation(st.relation), str(cmd.def_.conname)): cmd.def_ for st in _trees(changes)
                                  if isinstance(st, ast.AlterTableStmt) for cmd in st.cmds or ()
                                  if cmd.subtype == AT.AT_AddConstraint and cmd.def_.conname}

    def functions(self, side: Inspected) -> dict[tuple[str, str], list[Any]]:
        """The side's functions by (schema, name), indexed once (a plan may create thousands)."""
        key = id(side)
        if key not in self._functions:
            found: dict[tuple[str, str], list[Any]] = {}
            for f in side.engine_model.functions.values():
                found.setdefault((f.schema, f.name), []).append(f)
            self._functions[key] = found
        return self._functions[key]

    def existing(self, table: Table) -> bool:
        """A table live has and the plan does not create (anything else is new and empty)."""
        return table not in self.created and self.ctx.live_name(*table) in self.live_tables

    def read(self, change: Change) -> list[Finding]:
        st = tree(change.sql)
        handler = _HANDLERS.get(type(st))
        found = list(dict.fromkeys(handler(self, st, change))) if handler else []
        if any(f.hazard in _LOCKING for f in found):  # one lock finding a statement
            found = [f for f in found if f.hazard is not Hazard.EXCLUSIVE_LOCK]
        return found

    def column_type(self, table: Table, column: str) -> tuple | None:  # type: ignore[type-arg]
        schema, name, col = self.ctx.live_name(*table, column)
        rel = self.ctx.live.engine_model.relations.get(_quoted(schema, name))
        found = rel.columns.get(col) if rel is not None else None
        return _type(_type_name(found.dbtypestr)) if found is not None else None

    def lock(self, table: Table, subject: str) -> Finding:
        return Finding(Hazard.EXCLUSIVE_LOCK, subject, "takes an ACCESS EXCLUSIVE lock on",
                       self.ctx.live_name(*table), big_only=True)  # type: ignore[arg-type]


def _key(change: Change) -> tuple[str, str] | None:
    from ..order.graph import key_of

    return key_of(change)


def _trees(changes: list[Change]) -> Iterator[Any]:
    return (tree(c.sql) for c in changes)


def _cmds(changes: list[Change], subtype: AT) -> Iterator[Any]:
    for st in _trees(changes):
        if isinstance(st, ast.AlterTableStmt):
            yield from (cmd for cmd in st.cmds or () if cmd.subtype == subtype)


def _added_columns(changes: list[Change]) -> dict[Table, list[tuple[str, str]]]:
    """table -> (column, type as pglast renders it) of the columns the plan adds."""
    out: dict[Table, list[tuple[str, str]]] = {}
    for st in _trees(changes):
        if isinstance(st, ast.AlterTableStmt):
            for cmd in st.cmds or ():
                if cmd.subtype == AT.AT_AddColumn:
                    out.setdefault(relation(st.relation), []).append((str(cmd.def_.colname),
                                                                      _render(cmd.def_.typeName)))
    return out


def _possible_rename(reader: _Reader, table: Table, column: str) -> str:
    old = reader.column_type(table, column)
    if old is None:
        return ""
    schema, name, col = reader.ctx.live_name(*table, column)
    rel = reader.ctx.live.engine_model.relations[_quoted(schema, name)]
    old_text = _type_text(rel.columns[col].dbtypestr)
    same = [c for c, t in reader.added.get(table, ()) if t == old_text]
    if not same:
        return ""
    return (f"possible rename to {names.qualified(*table, same[0])}: add it to desired/renames.toml "
            "(kind = \"column\") to keep the data")


def _alter_table(reader: _Reader, st: Any, change: Change) -> list[Finding]:
    table = relation(st.relation)
    if st.objtype not in (ObjectType.OBJECT_TABLE, ObjectType.OBJECT_FOREIGN_TABLE) or not reader.existing(table):
        return []
    out: list[Finding] = []
    for cmd in st.cmds or ():
        out += _subcommand(reader, table, cmd, change)
        if AT(cmd.subtype) not in _SHARED_LOCK and not (
                cmd.subtype == AT.AT_AddConstraint and cmd.def_.contype == ConstrType.CONSTR_FOREIGN):
            out.append(reader.lock(table, names.qualified(*table)))
    return out


def _subcommand(reader: _Reader, table: Table, cmd: Any, change: Change) -> list[Finding]:
    sub, live_table = AT(cmd.subtype), reader.ctx.live_name(*table)
    column = str(cmd.name) if cmd.name else ""
    subject = names.qualified(*table, column) if column else names.qualified(*table)
    if sub == AT.AT_DropColumn:
        col = reader.ctx.live_name(*table, column)[2]
        return [Finding(Hazard.DATA_LOSS, subject, "drops its values in", live_table,
                        (dc.values(live_table, col),), note=_possible_rename(reader, table, column))]
    if sub == AT.AT_AlterColumnType:
        return _type_change(reader, table, column, cmd, change)
    if sub == AT.AT_AddColumn:
        return _add_column(reader, table, cmd)
    if sub == AT.AT_SetNotNull and not change.after_commit:  # after commit: proven by a validated CHECK
        col = reader.ctx.live_name(*table, column)[2]
        return [Finding(Hazard.FULL_SCAN, subject, "reads every row, under an ACCESS EXCLUSIVE lock, of",
                        live_table),
                Finding(Hazard.VIOLATIONS, subject, "SET NOT NULL fails on live as it is now", None,
                        (dc.nulls(live_table, (col,), names.ident(column)),))]
    if sub == AT.AT_AddConstraint:
        return _add_constraint(reader, table, cmd.def_)
    if sub == AT.AT_ValidateConstraint:
        return _validate(reader, table, column, change)
    if sub in (AT.AT_DisableRowSecurity, AT.AT_NoForceRowSecurity):
        return _rls_off(reader, table, sub)
    if sub in (AT.AT_SetLogged, AT.AT_SetUnLogged, AT.AT_SetAccessMethod):
        return _rewrite(reader, table, subject, None)
    if sub == AT.AT_DetachPartition:
        return _detach(reader, relation(cmd.def_.name))
    if sub == AT.AT_AttachPartition:
        return _attach(reader, relation(cmd.def_.name))
    return []


def _rewrite(reader: _Reader, table: Table, subject: str, candidate: bool | None) -> list[Finding]:
    """A rewrite: as the rehearsal saw it, else as the statement says (candidate: None = certain)."""
    rewritten = reader.ctx.rewritten
    if rewritten is not None:
        return [Finding(Hazard.TABLE_REWRITE, subject, "rewrites", reader.ctx.live_name(*table))] \
            if table in rewritten else []
    if candidate is False:
        return []
    what = "may rewrite (not rehearsed)" if candidate else "rewrites"
    return [Finding(Hazard.TABLE_REWRITE, subject, what, reader.ctx.live_name(*table))]  # type: ignore[arg-type]


def _type_change(reader: _Reader, table: Table, column: str, cmd: Any, change: Change) -> list[Finding]:
    subject = names.qualified(*table, column)
    live_table, col = reader.ctx.live_name(*table), reader.ctx.live_name(*table, column)[2]
    old, new_tn = reader.column_type(table, column), cmd.def_.typeName
    new = _type(new_tn)
    out = _rewrite(reader, table, subject, None if old is None else not _no_rewrite(old, new))
    if old is None or not _widening(old, new):
        shown = f"converts {_shown(_type_name(_old_text(reader, table, column)))} to {_shown(new_tn)} in" \
            if old is not None else f"converts to {_shown(new_tn)} in"
        count = _narrowing_count(reader.ctx, live_table, col, old or ((), (), False), new_tn)  # type: ignore[arg-type]
        out.append(Finding(Hazard.NARROWING, subject, shown, live_table, (count,)))  # type: ignore[arg-type]
    return out


def _old_text(reader: _Reader, table: Table, column: str) -> str:
    schema, name, col = reader.ctx.live_name(*table, column)
    return str(reader.ctx.live.engine_model.relations[_quoted(schema, name)].columns[col].dbtypestr)


def _add_column(reader: _Reader, table: Table, cmd: Any) -> list[Finding]:
    coldef, live_table = cmd.def_, reader.ctx.live_name(*table)
    subject = names.qualified(*table, str(coldef.colname))
    kinds = {ConstrType(c.contype): c for c in coldef.constraints or ()}
    default = kinds.get(ConstrType.CONSTR_DEFAULT)
    volatile = default is not None and _calls_functions(default.raw_expr)
    stored = ConstrType.CONSTR_GENERATED in kinds and kinds[ConstrType.CONSTR_GENERATED].generated_kind == "s"
    filled = stored or ConstrType.CONSTR_IDENTITY in kinds  # every existing row gets a value: a rewrite
    out = _rewrite(reader, table, subject, True) if volatile or filled else []
    if ConstrType.CONSTR_NOTNULL in kinds and default is None and not filled:
        out.append(Finding(Hazard.VIOLATIONS, subject, "ADD COLUMN ... NOT NULL without a default fails", None,
                           (dc.rows(live_table, dc.Says(f" of {names.qualified(*table)}", "would have no value"),
                                    cheap_only=False),)))  # type: ignore[arg-type]
    return out


def _calls_functions(node: Any) -> bool:
    """Whether an expression calls a function (its volatility decides a rewrite; the rehearsal knows)."""
    if isinstance(node, ast.FuncCall):
        return True
    if isinstance(node, ast.Node):
        return any(_calls_functions(getattr(node, f)) for f in node)
    if isinstance(node, (tuple, list)):
        return any(_calls_functions(n) for n in node)
    return False


def _constraint(definition: str) -> Any:
    return parse_sql(f"ALTER TABLE t ADD CONSTRAINT c {definition}")[0].stmt.cmds[0].def_


def _violations(reader: _Reader, table: Table, con: Any, name: str) -> list[dc.Count]:
    """Rows of live the constraint rejects."""
    live_table = reader.ctx.live_name(*table)
    ct = ConstrType(con.contype)
    if ct == ConstrType.CONSTR_CHECK:
        return [dc.check(live_table, _render(con.raw_expr), name)]  # type: ignore[arg-type]
    if ct == ConstrType.CONSTR_NOTNULL:
        return [dc.nulls(live_table, tuple(str(k.sval) for k in con.keys), name)]  # type: ignore[arg-type]
    if ct == ConstrType.CONSTR_FOREIGN:
        parent = relation(con.pktable)
        live_parent = reader.ctx.live_name(*parent) if reader.existing(parent) else None
        return [dc.foreign_key(live_table, tuple(str(k.sval) for k in con.fk_attrs), live_parent,  # type: ignore[arg-type]
                               tuple(str(k.sval) for k in con.pk_attrs or ()), name)]
    if ct in (ConstrType.CONSTR_PRIMARY, ConstrType.CONSTR_UNIQUE) and con.keys:
        keys = tuple(str(k.sval) for k in con.keys)
        counts = [dc.duplicates(live_table, tuple(sql.Identifier(k) for k in keys),  # type: ignore[arg-type]
                                ", ".join(names.ident(k) for k in keys), None, not con.nulls_not_distinct)]
        if ct == ConstrType.CONSTR_PRIMARY:
            counts.append(dc.nulls(live_table, keys, "its key"))  # type: ignore[arg-type]
        return counts
    return []


def _add_constraint(reader: _Reader, table: Table, con: Any) -> list[Finding]:
    name, ct = str(con.conname), ConstrType(con.contype)
    subject = names.qualified(*table, name)
    live_table = reader.ctx.live_name(*table)
    counts = tuple(_violations(reader, table, con, name))
    if ct in (ConstrType.CONSTR_PRIMARY, ConstrType.CONSTR_UNIQUE, ConstrType.CONSTR_EXCLUSION):
        if con.indexname:
            return []
        return [Finding(Hazard.BLOCKING_INDEX, subject, "builds its index under an ACCESS EXCLUSIVE lock on",
                        live_table), *_violating(subject, counts)]  # type: ignore[arg-type]
    if con.skip_validation or ct not in (ConstrType.CONSTR_CHECK, ConstrType.CONSTR_FOREIGN, ConstrType.CONSTR_NOTNULL):
        return []
    return [Finding(Hazard.FULL_SCAN, subject, "reads every row, under lock, of", live_table),  # type: ignore[arg-type]
            *_violating(subject, counts)]


def _violating(subject: str, counts: tuple[dc.Count, ...]) -> list[Finding]:
    return [Finding(Hazard.VIOLATIONS, subject, "fails on live as it is now", None, counts)] if counts else []


def _validate(reader: _Reader, table: Table, name: str, change: Change) -> list[Finding]:
    subject = names.qualified(*table, name)
    con = reader.added_constraints.get((*table, name))
    definition = reader.ctx.desired.model.constraints.get((*table, name))
    con = con if con is not None else _constraint(definition) if definition else None
    counts = tuple(_violations(reader, table, con, name)) if con is not None else ()
    scan = [] if change.after_commit else [
        Finding(Hazard.FULL_SCAN, subject, "reads every row inside the plan's transaction (its locks held) of",
                reader.ctx.live_name(*table))]  # type: ignore[arg-type]
    return scan + _violating(subject, counts)


def _rls_off(reader: _Reader, table: Table, sub: AT) -> list[Finding]:
    rel = reader.ctx.live.engine_model.relations.get(_quoted(*reader.ctx.live_name(*table)))
    if rel is None:
        return []
    if sub == AT.AT_DisableRowSecurity and rel.rowsecurity:
        what = "disables row-level security: its policies no longer filter rows"
    elif sub == AT.AT_NoForceRowSecurity and rel.forcerowsecurity:
        what = "no longer forces row-level security on the table's owner"
    else:
        return []
    return [Finding(Hazard.RLS_WEAKENED, names.qualified(*table), what)]


def _detach(reader: _Reader, partition: Table) -> list[Finding]:
    if partition in reader.attached:
        return []  # its bound changes: attached again, rows kept
    live_partition = reader.ctx.live_name(*partition)
    return [Finding(Hazard.DATA_LOSS, names.qualified(*partition), "its rows leave the partitioned table:",
                    live_partition, (dc.rows(live_partition, dc.Says("", "leave it", "leaves it")),))]  # type: ignore[arg-type]


def _attach(reader: _Reader, partition: Table) -> list[Finding]:
    if not reader.existing(partition):
        return []
    live_partition = reader.ctx.live_name(*partition)
    subject = names.qualified(*partition)
    out = [Finding(Hazard.FULL_SCAN, subject, "reads every row (its new bound is checked) of",
                   live_partition)]  # type: ignore[arg-type]
    bound = reader.ctx.bounds.get(partition)
    if bound:
        out += _violating(subject, (dc.outside_bound(live_partition, bound),))  # type: ignore[arg-type]
    return out


def _index(reader: _Reader, st: Any, change: Change) -> list[Finding]:
    table = relation(st.relation)
    if not reader.existing(table):
        return []
    subject = names.qualified(table[0], str(st.idxname)) if st.idxname else names.qualified(*table)
    out = [] if st.concurrent else [Finding(Hazard.BLOCKING_INDEX, subject, "blocks writes while it builds, on",
                                            reader.ctx.live_name(*table))]  # type: ignore[arg-type]
    if st.unique:
        keys = tuple(sql.Identifier(str(e.name)) if e.name else sql.SQL(_render(e.expr)) for e in st.indexParams)
        shown = ", ".join(names.ident(str(e.name)) if e.name else names.printable_sql(_render(e.expr))
                          for e in st.indexParams)
        predicate = _render(st.whereClause) if st.whereClause is not None else None
        out += _violating(subject, (dc.duplicates(reader.ctx.live_name(*table), keys, shown, predicate,  # type: ignore[arg-type]
                                                  not st.nulls_not_distinct),))
    return out


_DROPS_DATA = {ObjectType.OBJECT_TABLE: "drops", ObjectType.OBJECT_SEQUENCE: "drops it and its position",
               ObjectType.OBJECT_SCHEMA: "drops the schema", ObjectType.OBJECT_TYPE: "drops the type",
               ObjectType.OBJECT_DOMAIN: "drops the type",
               ObjectType.OBJECT_FOREIGN_TABLE: "drops it (its rows vanish from view)"}


def _drop(reader: _Reader, st: Any, change: Change) -> list[Finding]:
    kind = ObjectType(st.removeType)
    if kind == ObjectType.OBJECT_POLICY:
        return _drop_policy(reader, st)
    if kind == ObjectType.OBJECT_INDEX and not st.concurrent:
        return _drop_index(reader, change)
    out = _in_use(reader, change)
    if kind not in _DROPS_DATA or not change.parts:
        return out
    parts = change.parts
    if kind in (ObjectType.OBJECT_TYPE, ObjectType.OBJECT_DOMAIN) and not _live_type(reader, parts):
        return out  # made by the plan itself (an enum's old copy)
    subject = names.qualified(*parts)
    if kind == ObjectType.OBJECT_TABLE and len(parts) == 2:
        live_table = reader.ctx.live_name(*parts)
        note = _possible_table_rename(reader, parts)  # type: ignore[arg-type]
        return [Finding(Hazard.DATA_LOSS, subject, "drops", live_table, (dc.rows(live_table),), note=note),  # type: ignore[arg-type]
                *out]
    return [Finding(Hazard.DATA_LOSS, subject, _DROPS_DATA[kind]), *out]


def _live_type(reader: _Reader, parts: tuple[str, ...]) -> bool:
    key = reader.ctx.live_name(*parts)
    model = reader.ctx.live.model
    return any(key in kinds for kinds in (model.enums, model.domains, model.composites, model.ranges))


def _possible_table_rename(reader: _Reader, table: Table) -> str:
    rel = reader.ctx.live.engine_model.relations.get(_quoted(*reader.ctx.live_name(*table)))
    if rel is None:
        return ""
    shape = sorted((name, _type_text(c.dbtypestr)) for name, c in rel.columns.items())
    for other in reader.created:
        new = reader.ctx.desired.engine_model.relations.get(_quoted(*other))
        if other[0] == table[0] and new is not None and \
                sorted((n, _type_text(c.dbtypestr)) for n, c in new.columns.items()) == shape:
            return (f"possible rename to {names.qualified(*other)}: add it to desired/renames.toml "
                    "(kind = \"table\") to keep the rows")
    return ""


def _drop_index(reader: _Reader, change: Change) -> list[Finding]:
    index = reader.ctx.live.engine_model.indexes.get(_quoted(*reader.ctx.live_name(*change.parts)))
    if index is None or not reader.existing((index.schema, index.table_name)):
        return []
    return [reader.lock((index.schema, index.table_name), names.qualified(*change.parts))]


def _in_use(reader: _Reader, change: Change) -> list[Finding]:
    """Objects live has that use what the plan drops and that the plan keeps (pg_depend, and what
    function bodies read): they break, or make the drop fail."""
    key = _key(change)
    if key is None or (key[0] == "rel" and change.kind == "column"):
        return []
    live_key = (key[0], ".".join(reader.ctx.live_name(*key[1].split("."))))
    users = sorted(obj for obj in reader.users.get(live_key, ()) if obj != live_key and obj not in reader.dropped
                   and obj not in reader.made and not _part_of_dropped(reader, obj))
    if not users:
        return []
    shown = ", ".join(f"{_KEY_NAMES.get(k, k)} {names.text(i)}" for k, i in users[:5])
    more = f" and {len(users) - 5} more" if len(users) > 5 else ""
    return [Finding(Hazard.IN_USE, change.label, f"still used by {shown}{more}, which this plan keeps")]


def _part_of_dropped(reader: _Reader, key: tuple[str, str]) -> bool:
    if key[0] in ("con", "trg", "pol"):
        return ("rel", key[1].rsplit(".", 1)[0]) in reader.dropped
    return False


def _policies(model: Any) -> dict[tuple[str, str, str], Any]:
    return {(p.schema, p.table_name, p.name): p for p in model.rlspolicies.values()}


def _drop_policy(reader: _Reader, st: Any) -> list[Finding]:
    names_ = [str(n.sval) for n in st.objects[0]]
    key = (names_[-3] if len(names_) > 2 else "public", names_[-2], names_[-1])
    subject = names.qualified(*key)
    if key in reader.recreated_policies:
        why = _loosened(_policies(reader.ctx.live.engine_model).get(key),
                        _policies(reader.ctx.desired.engine_model).get(key))
        return [Finding(Hazard.RLS_WEAKENED, subject, why)] if why else []
    return [Finding(Hazard.RLS_WEAKENED, subject, "drops the policy: the rows it let through or held back change")]


def _loosened(old: Any, new: Any) -> str:
    """Why a changed policy may let more through ('' when it is the same or plainly stricter)."""
    if old is None or new is None:
        return ""
    reasons = []
    if set(new.roles) - set(old.roles) and set(old.roles) != {"public"}:
        reasons.append("it applies to more roles" if old.permissive else "it no longer restricts some roles")
    if new.commandtype != old.commandtype:
        reasons.append("its commands change")
    if new.permissive != old.permissive:
        reasons.append("it becomes PERMISSIVE" if new.permissive else "")
    for label, a, b in (("USING", old.qual, new.qual), ("WITH CHECK", old.withcheck, new.withcheck)):
        if a != b:
            reasons.append(f"its {label} expression changes (review whether it is looser)")
    return "; ".join(r for r in reasons if r)


def _create_policy(reader: _Reader, st: Any, change: Change) -> list[Finding]:
    table = relation(st.table)
    key = (*table, str(st.policy_name))
    if key in _policies(reader.ctx.live.engine_model) or not st.permissive or not reader.existing(table):
        return []
    rel = reader.ctx.live.engine_model.relations.get(_quoted(*reader.ctx.live_name(*table)))
    if rel is None or not rel.rowsecurity:
        return []
    return [Finding(Hazard.RLS_WEAKENED, names.qualified(*key),
                    "a new PERMISSIVE policy: rows any permissive policy lets through become visible")]


def _alter_policy(reader: _Reader, st: Any, change: Change) -> list[Finding]:
    key = (*relation(st.table), str(st.policy_name))
    why = _loosened(_policies(reader.ctx.live.engine_model).get(key),
                    _policies(reader.ctx.desired.engine_model).get(key))
    return [Finding(Hazard.RLS_WEAKENED, names.qualified(*key), why)] if why else []


def _definer(options: Any) -> bool | None:
    for o in options or ():
        if isinstance(o, ast.DefElem) and o.defname == "security":
            return bool(o.arg.boolval)
    return None


def _create_function(reader: _Reader, st: Any, change: Change) -> list[Finding]:
    parts = tuple(str(n.sval) for n in st.funcname)
    schema, name = (parts[0], parts[1]) if len(parts) == 2 else ("public", parts[-1])
    definer = bool(_definer(st.options))
    live = reader.functions(reader.ctx.live).get((schema, name), [])
    desired = {f.signature: f for f in reader.functions(reader.ctx.desired).get((schema, name), [])}
    was = any(f.security_type == "SECURITY DEFINER" for f in live)
    subject = change.label
    if definer and not was:
        path = any(isinstance(o, ast.DefElem) and o.defname == "set" and o.arg.name == "search_path"
                   for o in st.options or ())
        return [Finding(Hazard.SECURITY_DEFINER, subject, "runs as its owner (SECURITY DEFINER)" +
                        ("" if path else ", without SET search_path"))]
    if was and not definer:
        return [Finding(Hazard.SECURITY_DEFINER, subject, "no longer runs as its owner (SECURITY INVOKER)")]
    if definer and any(f.signature in desired and f.full_definition != desired[f.signature].full_definition
                       for f in live):
        return [Finding(Hazard.SECURITY_DEFINER, subject, "changes code that runs as its owner (SECURITY DEFINER)")]
    return []


def _alter_function(reader: _Reader, st: Any, change: Change) -> list[Finding]:
    definer = _definer(st.actions)
    if definer is None:
        return []
    what = "runs as its owner from now on (SECURITY DEFINER)" if definer else "no longer runs as its owner"
    return [Finding(Hazard.SECURITY_DEFINER, change.label, what)]


def _grant(reader: _Reader, st: Any, change: Change) -> list[Finding]:
    from ..order.graph import target_of

    target = target_of(change)
    if target is not None and target in reader.made:
        return []  # privileges of an object the plan creates
    return _privileges(st, change.label)


def _privileges(st: Any, subject: str) -> list[Finding]:
    privileges = ", ".join(str(p.priv_name).upper() for p in st.privileges or ()) or "ALL"
    grantees = ", ".join("PUBLIC" if g.roletype == RoleSpecType.ROLESPEC_PUBLIC else names.ident(str(g.rolename))
                         for g in st.grantees or ())
    if not st.is_grant:
        return [Finding(Hazard.REVOKE, subject, f"revokes {privileges} from {grantees}")]
    if any(g.roletype == RoleSpecType.ROLESPEC_PUBLIC for g in st.grantees or ()):
        return [Finding(Hazard.GRANT_PUBLIC, subject, f"grants {privileges} to every role (PUBLIC)")]
    return []


def _default_privileges(reader: _Reader, st: Any, change: Change) -> list[Finding]:
    return _privileges(st.action, change.label or "default privileges")


def _create_enum(reader: _Reader, st: Any, change: Change) -> list[Finding]:
    key = tuple(str(n.sval) for n in st.typeName)
    key = key if len(key) == 2 else ("public", key[-1])
    old = reader.ctx.live.model.enums.get(key)
    new = tuple(str(v.sval) for v in st.vals or ())
    removed = [label for label in old or () if label not in new]
    if not removed:
        return []
    counts = tuple(dc.enum_values((c.schema, c.table), c.column, new, c.is_array, names.qualified(*key))
                   for c in reader.ctx.live.model.enum_columns.get(key, ()))
    return [Finding(Hazard.DATA_LOSS, names.qualified(*key),
                    "removes the values " + ", ".join(names.literal(v) for v in removed), None, counts)]


_HANDLERS: dict[type, Callable[[_Reader, Any, Change], list[Finding]]] = {
    ast.AlterTableStmt: lambda r, st, c: _alter_table(r, st, c),
    ast.IndexStmt: _index,
    ast.DropStmt: _drop,
    ast.CreatePolicyStmt: _create_policy,
    ast.AlterPolicyStmt: _alter_policy,
    ast.CreateFunctionStmt: _create_function,
    ast.AlterFunctionStmt: _alter_function,
    ast.GrantStmt: _grant,
    ast.AlterDefaultPrivilegesStmt: _default_privileges,
    ast.CreateEnumStmt: _create_enum,
}


def find(changes: list[Change], ctx: Context) -> list[list[Finding]]:
    """Each statement's findings, in plan order."""
    reader = _Reader(changes, ctx)
    return [reader.read(c) for c in changes]


# ---- weighing ------------------------------------------------------------------------------------

def tables(findings: list[list[Finding]]) -> list[Table]:
    """Every live table whose size weighs a finding."""
    return sorted({f.table for fs in findings for f in fs if f.table} |
                  {c.table for fs in findings for f in fs for c in f.counts})


def counts(findings: list[list[Finding]]) -> list[dc.Count]:
    return [c for fs in findings for f in fs for c in f.counts]


def _risk(f: Finding, sizes: dict[Table, Size], counted: dict[dc.Count, dc.Counted], big: int) -> Risk | None:
    size = sizes.get(f.table) if f.table else None
    if f.big_only and (size is None or size.bytes < big):
        return None
    results = [(c, counted[c]) for c in f.counts if c in counted]
    sentences = [s for c, r in results for s in r.sentences(c)]
    affected = any(r.affected for _, r in results)
    if f.hazard is Hazard.VIOLATIONS and not affected:
        return None
    head = f.what
    if f.table is not None:
        head += " " + (size.text(f.table) if size else names.qualified(*f.table))
    if f.hazard is Hazard.NARROWING and results and not affected:
        sentences.append("no row of live is affected now")
    blocking = f.hazard in BLOCKING and (f.hazard is not Hazard.NARROWING or affected or not results)
    detail = "; ".join(p for p in (head, *sentences, f.note) if p)
    return Risk(f.hazard, f.subject, detail, blocking)


def weigh(changes: list[Change], findings: list[list[Finding]], sizes: dict[Table, Size],
          counted: dict[dc.Count, dc.Counted], big: int) -> list[Change]:
    """The changes with their risks, weighed by live's sizes and counts."""
    out = []
    for change, found in zip(changes, findings, strict=True):
        risks = tuple(r for r in (_risk(f, sizes, counted, big) for f in found) if r is not None)
        out.append(replace(change, risks=risks) if risks or change.risks else change)
    return out


def assess(changes: list[Change], live: Inspected, desired: Inspected) -> list[Change]:
    """The kinds of hazards alone, without live's sizes or rows (drift, and the diff before rehearsal)."""
    findings = find(changes, Context(live, desired))
    return weigh(changes, findings, {}, {}, big=1 << 62)


def sizes_of(conn: Any, tables_: list[Table]) -> dict[Table, Size]:
    """Live's size and row estimate of these tables, in one query."""
    from ..catalog.model import query

    if not tables_:
        return {}
    rows = conn.execute(query("table_sizes"), {"schemas": [t[0] for t in tables_],
                                               "names": [t[1] for t in tables_]}).fetchall()
    return {(r[0], r[1]): Size(int(r[2]), None if r[3] is None else int(r[3])) for r in rows}
