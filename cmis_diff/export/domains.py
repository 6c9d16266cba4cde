"""Which domain file each table goes to, and what the domains depend on.

A domain map (`--domains FILE`, TOML) lists domains in order, each with globs on qualified table
names; the first domain whose glob matches a table takes it. Without a map every schema is one
domain. A table no rule matches is *unmapped*: it still goes somewhere (its partition parent's
file, else the file the existing directory suggests, else its schema's default domain) and is
listed, never dropped. Known tables (already in an existing directory) keep their file.

    [[domain]]
    name = "core_identity_and_access"       # file domain_core_identity_and_access.sql
    phase = "independent_tables"            # optional: independent_tables | business_domains
    purpose = "Multi-tenant identity and RBAC."   # optional: the file header's Purpose line
    tables = ["cmis.orgs", "cmis.users", "cmis.user_*"]
"""

from __future__ import annotations

import fnmatch
import string
import tomllib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import psycopg

from ..errors import CmisDiffError

Table = tuple[str, str]  # (schema, name)

INDEPENDENT, BUSINESS = "independent_tables", "business_domains"
_NAME_CHARS = set(string.ascii_lowercase + string.digits + "_")


@dataclass(frozen=True)
class DomainRule:
    name: str
    globs: tuple[str, ...]
    phase: str | None = None
    purpose: str | None = None


@dataclass(frozen=True)
class DomainMap:
    rules: tuple[DomainRule, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.rules)

    def rule_for(self, table: Table) -> DomainRule | None:
        name = f"{table[0]}.{table[1]}"
        return next((r for r in self.rules if any(fnmatch.fnmatchcase(name, g) for g in r.globs)), None)

    def rule_named(self, name: str) -> DomainRule | None:
        return next((r for r in self.rules if r.name == name), None)


def _rule(item: object, where: str) -> DomainRule:
    if not isinstance(item, dict):
        raise CmisDiffError(f"{where}: expected a table with name and tables")
    name, tables = item.get("name"), item.get("tables")
    if not isinstance(name, str) or not name or not set(name) <= _NAME_CHARS:
        raise CmisDiffError(f"{where}: name must be lower-case letters, digits and _ (it names the file "
                            f"domain_<name>.sql), not {name!r}")
    if not isinstance(tables, list) or not tables or not all(isinstance(t, str) and t for t in tables):
        raise CmisDiffError(f"{where} ({name}): tables must be a list of globs such as \"cmis.user_*\"")
    phase, purpose = item.get("phase"), item.get("purpose")
    if phase is not None and phase not in (INDEPENDENT, BUSINESS):
        raise CmisDiffError(f"{where} ({name}): phase must be {INDEPENDENT!r} or {BUSINESS!r}")
    if purpose is not None and not isinstance(purpose, str):
        raise CmisDiffError(f"{where} ({name}): purpose must be a string")
    unknown = sorted(set(item) - {"name", "tables", "phase", "purpose"})
    if unknown:
        raise CmisDiffError(f"{where} ({name}): unknown key {unknown[0]!r}")
    return DomainRule(name, tuple(tables), phase, " ".join(purpose.split()) if purpose else None)


def load_map(path: Path) -> DomainMap:
    """Read a domain map; one-line errors name the file (and the domain)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CmisDiffError(f"{path}: cannot read the domain map ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise CmisDiffError(f"{path}: {exc}") from None
    items = data.get("domain")
    if not isinstance(items, list) or not items or set(data) != {"domain"}:
        raise CmisDiffError(f"{path}: expected one or more [[domain]] tables (name, tables, optional phase "
                            "and purpose) and nothing else")
    rules = tuple(_rule(item, f"{path}: [[domain]] {n}") for n, item in enumerate(items, 1))
    seen = Counter(r.name for r in rules)
    twice = sorted(n for n, c in seen.items() if c > 1)
    if twice:
        raise CmisDiffError(f"{path}: domain {twice[0]!r} is defined twice")
    return DomainMap(rules)


@dataclass(frozen=True)
class Facts:
    """What the catalog says about tables, for laying them out."""

    tables: tuple[Table, ...]
    parent: dict[Table, Table]  # partition or inheritance child -> its parent
    references: dict[Table, frozenset[Table]]  # table -> the tables its foreign keys reference
    index_table: dict[Table, Table]  # (schema, index) -> its table
    schema_comments: dict[str, str | None]


@cache
def catalog_query(name: str) -> bytes:
    """A query of catalog/queries/, behind the shared scope (managed schemas, extension members)."""
    files = resources.files("cmis_diff.catalog") / "queries"
    return ((files / "_scope.sql").read_text() + (files / f"{name}.sql").read_text()).encode()


def read_facts(conn: psycopg.Connection) -> Facts:
    tables: list[Table] = []
    parent: dict[Table, Table] = {}
    references: dict[Table, set[Table]] = {}
    index_table: dict[Table, Table] = {}
    comments: dict[str, str | None] = {}
    for what, schema, name, ref_schema, ref_name in conn.execute(catalog_query("export_layout")).fetchall():
        if what == "table":
            if (schema, name) not in tables:
                tables.append((schema, name))
            if ref_name is not None:
                parent.setdefault((schema, name), (ref_schema, ref_name))
        elif what == "fk":
            references.setdefault((schema, name), set()).add((ref_schema, ref_name))
        elif what == "index":
            index_table[(schema, name)] = (ref_schema, ref_name)
        else:
            comments[schema] = ref_schema
    return Facts(tuple(tables), parent, {k: frozenset(v) for k, v in references.items()}, index_table, comments)


def file_name(domain: str) -> str:
    return f"domain_{domain}.sql"


def domain_name(file: str) -> str:
    """The domain a file holds: domain_<name>.sql -> name; any other file -> its stem."""
    stem = file.removesuffix(".sql")
    return stem.removeprefix("domain_")


def _safe(schema: str) -> str:
    """A schema name as a file-name part: lower case, letters, digits and _ (never a path)."""
    out = "".join(ch if ch in _NAME_CHARS else "_" for ch in schema.lower())
    return "_".join(p for p in out.split("_") if p) or "schema"


def schema_domains(schemas: list[str]) -> dict[str, str]:
    """Default domain per schema: its safe name, numbered when two schemas would share one."""
    taken: dict[str, str] = {}
    used: set[str] = set()
    for schema in sorted(schemas):
        base = name = _safe(schema)
        n = 2
        while name in used:
            name, n = f"{base}_{n}", n + 1
        used.add(name)
        taken[schema] = name
    return taken


@dataclass
class Assignment:
    """Table -> file, and the domain files with what they hold and need."""

    file_of: dict[Table, str] = field(default_factory=dict)
    unmapped: list[Table] = field(default_factory=list)
    default_of_schema: dict[str, str] = field(default_factory=dict)  # schema -> default domain file
    purpose: dict[str, str] = field(default_factory=dict)  # domain file -> purpose (map or schema comment)
    phase: dict[str, str] = field(default_factory=dict)  # domain file -> phase
    depends: dict[str, list[str]] = field(default_factory=dict)  # domain file -> domain files its FKs need
    order: list[str] = field(default_factory=list)  # domain files, load order

    def tables_in(self, file: str) -> list[Table]:
        return sorted(t for t, f in self.file_of.items() if f == file)


def root_of(table: Table, parent: dict[Table, Table]) -> Table:
    """The table at the top of a partition (or inheritance) tree."""
    seen = {table}
    while table in parent and parent[table] not in seen:
        table = parent[table]
        seen.add(table)
    return table


def _suggested(table: Table, facts: Facts, known: dict[Table, str]) -> str | None:
    """For a new table in an existing directory: the file of the tables it references most, else the
    file that holds most tables of its schema."""
    targets = Counter(known[t] for t in facts.references.get(table, ()) if t in known)
    if not targets:
        targets = Counter(f for t, f in known.items() if t[0] == table[0])
    if not targets:
        return None
    return sorted(targets.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def assign(facts: Facts, domain_map: DomainMap, known: dict[Table, str] | None = None) -> Assignment:
    """Every table of live to a file: known tables keep theirs; then the map; a partition or child
    goes with its parent; then the existing directory's suggestion; else its schema's domain."""
    known = known or {}
    out = Assignment(default_of_schema={s: file_name(d) for s, d in
                                        schema_domains(sorted({t[0] for t in facts.tables}
                                                              | set(facts.schema_comments))).items()})
    for table in sorted(facts.tables, key=lambda t: (root_of(t, facts.parent) != t, t)):  # parents first
        root = root_of(table, facts.parent)
        rule = domain_map.rule_for(table)
        if table in known:
            out.file_of[table] = known[table]
        elif rule is not None:
            out.file_of[table] = file_name(rule.name)
        elif root != table and root in out.file_of:
            out.file_of[table] = out.file_of[root]
        else:
            if domain_map:
                out.unmapped.append(table)
            out.file_of[table] = _suggested(table, facts, known) or out.default_of_schema[table[0]]
    _describe(out, facts, domain_map)
    return out


def _describe(out: Assignment, facts: Facts, domain_map: DomainMap) -> None:
    """Purposes, FK dependencies, phases and load order of the domain files."""
    files = sorted(set(out.file_of.values()))
    for f in files:
        needs = {out.file_of[r] for t in out.tables_in(f) for r in facts.references.get(t, ()) if r in out.file_of}
        out.depends[f] = sorted(needs - {f})
        rule = domain_map.rule_named(domain_name(f))
        schema = next((s for s, d in out.default_of_schema.items() if d == f), None)
        if rule is not None and rule.purpose:
            out.purpose[f] = rule.purpose
        elif schema is not None and facts.schema_comments.get(schema):
            out.purpose[f] = " ".join(str(facts.schema_comments[schema]).split())
        out.phase[f] = rule.phase if rule is not None and rule.phase else (BUSINESS if out.depends[f] else INDEPENDENT)
    rank = {r.name: n for n, r in enumerate(domain_map.rules)}
    out.order = _topological(files, out.depends, lambda f: (out.phase[f] != INDEPENDENT,
                                                            rank.get(domain_name(f), len(rank)), f))


def _topological(files: list[str], depends: dict[str, list[str]], tie: Callable[[str], Any]) -> list[str]:
    """Files after what their foreign keys need (cycles broken at the first file by `tie`)."""
    pending = sorted(files, key=tie)
    order: list[str] = []
    while pending:
        ready = [f for f in pending if all(d in order or d not in pending for d in depends.get(f, ()))]
        chosen = ready[0] if ready else pending[0]
        order.append(chosen)
        pending.remove(chosen)
    return order
