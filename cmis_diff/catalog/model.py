"""Our own catalog model for the kinds the engine is blind to: frozen dataclasses, no SQL rendering."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import psycopg

from . import dumped, session
from .bodies import references as bodies_of

_SEP = "\x1f"  # separates name and definition inside aggregated arrays


@dataclass(frozen=True)
class Domain:
    schema: str
    name: str
    base: str  # format_type() text, e.g. "public.citext" or "numeric(14,2)"
    default: str | None
    not_null: bool
    collation: str | None
    constraints: tuple[tuple[str, str], ...]  # (name, pg_get_constraintdef)
    comment: str | None


@dataclass(frozen=True)
class CompositeType:
    schema: str
    name: str
    attributes: tuple[tuple[str, str], ...]  # (name, type)
    comment: str | None


@dataclass(frozen=True)
class Grant:
    """One privilege on one object, as aclexplode reports it (grantor ignored)."""

    kind: str  # SCHEMA, FUNCTION, PROCEDURE, SEQUENCE, COLUMN, TYPE
    schema: str
    name: str
    args: str  # function identity arguments
    column: str
    grantee: str  # role name or PUBLIC
    privilege: str  # SELECT, USAGE, EXECUTE, ...
    grantable: bool

    @property
    def target(self) -> tuple[str, str, str, str, str]:
        return (self.kind, self.schema, self.name, self.args, self.column)


@dataclass(frozen=True)
class Comment:
    kind: str  # SCHEMA, EXTENSION, TABLE, COLUMN, TYPE, SEQUENCE, INDEX, VIEW, FUNCTION, CONSTRAINT, ...
    schema: str
    name: str
    parent: str  # the table of a column, constraint, trigger or policy; a function's identity arguments
    text: str | None


@dataclass(frozen=True)
class EnumColumn:
    schema: str
    table: str
    column: str
    is_array: bool
    default: str | None


@dataclass(frozen=True)
class DefaultGrant:
    role: str  # whose new objects
    schema: str  # '' = all schemas (a global entry)
    objtype: str  # r tables, S sequences, f functions, T types, n schemas, L large objects
    grantee: str
    privilege: str
    grantable: bool


@dataclass(frozen=True)
class Column:
    generated: str  # '' plain, 's' stored, 'v' virtual
    not_null_name: str | None  # PG18 names NOT NULL constraints
    not_null_local: bool  # False when only inherited (named by the parent; cannot be renamed)
    not_null_valid: bool  # False for PG18's NOT NULL ... NOT VALID
    storage: str | None  # attstorage: p plain, e external, m main, x extended; None for views
    type_storage: str  # what a new column of this type gets
    compression: str  # '' default, p pglz, l lz4
    position: int  # attnum: desired's order for columns a plan adds
    collation: str | None  # where not the type's, schema-qualified
    statistics: int | None  # SET STATISTICS target; None for the default
    default: str | None  # (a partition's: the engine leaves partitions alone)
    local: bool  # False: only inherited from a parent


@dataclass(frozen=True)
class TableSettings:
    replica_identity: str  # d default, n nothing, f full, i index
    replica_index: str | None
    cluster_index: str | None
    parent: tuple[str, str] | None  # a partition's parent (schema, name)
    of_type: str | None  # a typed table's type (CREATE TABLE ... OF type)


@dataclass(frozen=True)
class Other:
    """An object of the rarer kinds (queries/others.sql), with the statements pg_dump creates it by."""

    kind: str  # pg_identify_object's type: cast, operator, operator class, aggregate, rule, ...
    identity: str  # pg_identify_object's identity: schema-qualified whatever the search_path
    names: tuple[str, ...]  # pg_identify_object_as_address: how DROP / COMMENT / OWNER TO name it
    args: tuple[str, ...]
    owner: str | None  # None for kinds without one
    comment: str | None
    create: tuple[str, ...]  # pg_dump's statements (its definition, too); () if pg_dump has none
    secrets: tuple[str, ...]  # options left out of `create` (a person sets them by hand)


@dataclass(frozen=True)
class Model:
    domains: dict[tuple[str, str], Domain]
    composites: dict[tuple[str, str], CompositeType]
    grants: frozenset[Grant]
    grant_targets: frozenset[tuple[str, ...]]  # every object whose grants are compared (Grant.target)
    grant_owners: dict[tuple[str, ...], str]  # Grant.target -> its owner (whose privileges are implicit)
    comments: dict[tuple[str, str, str, str], Comment]
    constraints: dict[tuple[str, str, str], str]  # (schema, table, name) -> pg_get_constraintdef
    inherited_constraints: frozenset[tuple[str, str, str]]  # only inherited (a partition's copy of its parent's)
    owners: dict[tuple[str, str, str, str], str]  # (KIND, schema, name, identity args) -> owner
    reloptions: dict[tuple[str, str], tuple[str, tuple[str, ...]]]  # (schema, name) -> (KIND, options)
    access_methods: dict[tuple[str, str], str]  # (schema, name) -> table access method (tables, matviews)
    current_user: str  # who creates the objects a plan creates (on live) / who loaded desired
    enums: dict[tuple[str, str], tuple[str, ...]]  # (schema, name) -> labels in order
    enum_columns: dict[tuple[str, str], tuple[EnumColumn, ...]]  # enum -> columns of that type
    default_grants_acl: frozenset[DefaultGrant]
    columns: dict[tuple[str, str, str], Column]  # (schema, relation, column)
    depends: frozenset[tuple[tuple[str, str], tuple[str, str]]]  # (object, what it depends on)
    drop_depends: frozenset[tuple[tuple[str, str], tuple[str, str]]]  # plus: a table needs what its parts need
    ranges: dict[tuple[str, str], str]  # (schema, name) -> CREATE TYPE ... AS RANGE options
    invalid_indexes: frozenset[tuple[str, str]]  # (schema, index) not valid or not ready
    # (schema, name, input types) -> (identity arguments, what CREATE OR REPLACE cannot change)
    functions: dict[tuple[str, str, str], tuple[str, str]]
    partitions: dict[tuple[str, str], tuple[str, str, str]]  # (schema, name) -> (parent schema, parent, bound)
    others: dict[tuple[str, str], Other]  # (kind, identity) -> the object
    cloned_triggers: frozenset[tuple[str, str, str]]  # (schema, partition, trigger): its parent's trigger's copy
    table_settings: dict[tuple[str, str], TableSettings]  # (schema, name) of tables and materialized views
    # (schema, table, column) -> (start, increment, min, max, cache, cycle, type) of identity columns' sequences
    identity_sequences: dict[tuple[str, str, str], tuple[int, int, int, int, int, bool, str]]


@cache
def query(name: str) -> bytes:
    """A catalog query, with the scope CTEs (_scope.sql) before it."""
    files = resources.files("cmis_diff.catalog") / "queries"
    return ((files / "_scope.sql").read_text() + (files / f"{name}.sql").read_text()).encode()


def _pairs(items: list[str]) -> tuple[tuple[str, str], ...]:
    return tuple(tuple(i.split(_SEP, 1)) for i in items)  # type: ignore[misc]


def _depends(conn: psycopg.Connection) -> tuple[frozenset, frozenset]:
    """(depends, drop_depends). For creates: pg_depend's edges plus what string function bodies
    use (evaluated when a default, CHECK or index runs them). For drops: pg_depend's edges plus a
    table's edges through its constraints, triggers and policies (bodies hold nothing up there)."""
    rows = conn.execute(query("depends")).fetchall()
    catalog = frozenset(((r[0], r[1]), (r[2], r[3])) for r in rows)
    from ..cache import memoized  # (not at the top: the cache module reads this package)

    functions = conn.execute(query("function_bodies")).fetchall()
    used = memoized("bodies", bodies_of, [(r[2], r[3] or "", r[4], r[5]) for r in functions])
    bodies = {(("func", f"{r[0]}.{r[1]}"), ref) for r, refs in zip(functions, used, strict=True)
              for ref in refs if ref != ("func", f"{r[0]}.{r[1]}")}
    parts = frozenset((("rel", r[4]), (r[2], r[3])) for r in rows if r[4] and ("rel", r[4]) != (r[2], r[3]))
    return catalog | bodies, catalog | parts


def _others(conn: psycopg.Connection) -> dict[tuple[str, str], Other]:
    """The rarer kinds, with pg_dump's statements for them (pg_dump runs only if there are any)."""
    rows = conn.execute(query("others")).fetchall()
    if not rows:
        return {}
    mappings = {(r[4][0], r[5][0]): r[1] for r in rows if r[2] == "user mapping"}
    statements = dumped.statements(conn, {(r[0], r[1]) for r in rows}, mappings)
    out = {}
    for classid, objid, kind, identity, names, args, owner, comment in rows:
        found = statements.get((classid, objid))
        out[(kind, identity)] = Other(kind, identity, tuple(names), tuple(args), owner, comment,
                                      found.statements if found else (), found.secrets if found else ())
    return out


def read(conn: psycopg.Connection) -> Model:
    with session.pinned(conn):
        return _read(conn)


def _read(conn: psycopg.Connection) -> Model:
    domains = {(r[0], r[1]): Domain(r[0], r[1], r[2], r[3], r[4], r[5], _pairs(r[6]), r[7])
               for r in conn.execute(query("domains")).fetchall()}
    composites = {(r[0], r[1]): CompositeType(r[0], r[1], _pairs(r[2]), r[3])
                  for r in conn.execute(query("composites")).fetchall()}
    rows = conn.execute(query("acls")).fetchall()
    grant_targets = frozenset(tuple(r[1:6]) for r in rows)
    grant_owners = {tuple(r[1:6]): r[0] for r in rows}
    grants = frozenset(Grant(*r[1:]) for r in rows if r[6] is not None)
    comments = {(r[0], r[1], r[2], r[3]): Comment(*r) for r in conn.execute(query("comments")).fetchall()}
    rows = conn.execute(query("constraints")).fetchall()
    constraints = {(r[0], r[1], r[2]): r[3] for r in rows}
    inherited_constraints = frozenset((r[0], r[1], r[2]) for r in rows if r[4])
    owners = {(r[0], r[1], r[2], r[3]): r[4] for r in conn.execute(query("owners")).fetchall()}
    rows = conn.execute(query("reloptions")).fetchall()
    reloptions = {(r[0], r[1]): (r[2], tuple(r[3])) for r in rows}
    access_methods = {(r[0], r[1]): r[4] for r in rows if r[4]}
    user = conn.execute("SELECT current_user").fetchone()
    enums = {(r[0], r[1]): tuple(r[2]) for r in conn.execute(query("enums")).fetchall()}
    enum_columns: dict[tuple[str, str], list[EnumColumn]] = {}
    for r in conn.execute(query("enum_columns")).fetchall():
        enum_columns.setdefault((r[0], r[1]), []).append(EnumColumn(*r[2:]))
    default_acl = frozenset(DefaultGrant(*r) for r in conn.execute(query("default_acls")).fetchall())
    return Model(domains, composites, grants, grant_targets, grant_owners, comments, constraints,
                 inherited_constraints, owners,
                 reloptions, access_methods,
                 str(user[0]) if user else "", enums, {k: tuple(v) for k, v in enum_columns.items()}, default_acl,
                 {(r[0], r[1], r[2]): Column(*r[3:]) for r in conn.execute(query("columns")).fetchall()},
                 *_depends(conn),
                 {(r[0], r[1]): r[2] for r in conn.execute(query("ranges")).fetchall()},
                 frozenset((r[0], r[1]) for r in conn.execute(query("invalid_indexes")).fetchall()),
                 {(r[0], r[1], r[2]): (r[3], r[4]) for r in conn.execute(query("functions")).fetchall()},
                 {(r[0], r[1]): (r[2], r[3], r[4]) for r in conn.execute(query("partitions")).fetchall()},
                 _others(conn),
                 frozenset((r[0], r[1], r[2]) for r in conn.execute(query("cloned_triggers")).fetchall()),
                 {(r[0], r[1]): TableSettings(r[2], r[3], r[4], tuple(r[5]) if r[5] else None, r[6])  # type: ignore[arg-type]
                  for r in conn.execute(query("table_settings")).fetchall()},
                 {(r[0], r[1], r[2]): tuple(r[3:]) for r in conn.execute(query("identity_sequences")).fetchall()})
