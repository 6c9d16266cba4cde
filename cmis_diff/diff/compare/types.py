"""Domains, composite and range types (the engine does not diff them)."""

from __future__ import annotations

from psycopg import sql

from ...catalog.model import CompositeType, Domain
from ...render import sql as render
from ..changes import Action, Change


def _domain_alters(old: Domain, new: Domain) -> list[str]:
    out = []
    if old.default != new.default:
        out.append(render.alter_domain(new, "DROP DEFAULT") if new.default is None
                   else render.alter_domain(new, "SET DEFAULT {}", sql.SQL(new.default)))
    if old.not_null != new.not_null:
        out.append(render.alter_domain(new, "SET NOT NULL" if new.not_null else "DROP NOT NULL"))
    old_c, new_c = dict(old.constraints), dict(new.constraints)
    for name in sorted(old_c):
        if old_c[name] != new_c.get(name):
            out.append(render.alter_domain(new, "DROP CONSTRAINT {}", sql.Identifier(name)))
    for name in sorted(new_c):
        if old_c.get(name) != new_c[name]:
            out.append(render.alter_domain(new, "ADD CONSTRAINT {} {}", sql.Identifier(name), sql.SQL(new_c[name])))
    return out


def compare_domains(old: dict[tuple[str, str], Domain], new: dict[tuple[str, str], Domain]) -> list[Change]:
    changes = []
    for key in sorted(new.keys() - old.keys()):
        d = new[key]
        changes.append(Change("domain", Action.CREATE, f"{d.schema}.{d.name}", render.create_domain(d), parts=key))
    for key in sorted(old.keys() & new.keys()):
        o, n = old[key], new[key]
        if (o.base, o.collation) != (n.base, n.collation):
            changes.append(Change("domain", Action.ALTER, f"{n.schema}.{n.name}", render.drop_type("DOMAIN", *key),
                                  why="base type or collation changed: dropped and re-created", parts=key))
            changes.append(Change("domain", Action.CREATE, f"{n.schema}.{n.name}", render.create_domain(n), parts=key))
            continue
        changes += [Change("domain", Action.ALTER, f"{n.schema}.{n.name}", s, parts=key) for s in _domain_alters(o, n)]
    for key in sorted(old.keys() - new.keys()):
        changes.append(Change("domain", Action.DROP, ".".join(key), render.drop_type("DOMAIN", *key), parts=key))
    return changes


def _composite_alters(old: CompositeType, new: CompositeType) -> list[str]:
    old_a, new_a = dict(old.attributes), dict(new.attributes)
    out = [render.alter_composite(new, "DROP ATTRIBUTE {}", sql.Identifier(n)) for n in old_a if n not in new_a]
    out += [render.alter_composite(new, "ALTER ATTRIBUTE {} TYPE {}", sql.Identifier(n), sql.SQL(t))
            for n, t in new_a.items() if n in old_a and old_a[n] != t]
    out += [render.alter_composite(new, "ADD ATTRIBUTE {} {}", sql.Identifier(n), sql.SQL(t))
            for n, t in new_a.items() if n not in old_a]
    return out


def compare_composites(old: dict[tuple[str, str], CompositeType],
                       new: dict[tuple[str, str], CompositeType]) -> list[Change]:
    changes = []
    for key in sorted(new.keys() - old.keys()):
        t = new[key]
        changes.append(Change("type", Action.CREATE, f"{t.schema}.{t.name}", render.create_composite(t), parts=key))
    for key in sorted(old.keys() & new.keys()):
        changes += [Change("type", Action.ALTER, ".".join(key), s, parts=key)
                    for s in _composite_alters(old[key], new[key])]
    for key in sorted(old.keys() - new.keys()):
        changes.append(Change("type", Action.DROP, ".".join(key), render.drop_type("TYPE", *key), parts=key))
    return changes


def compare_ranges(old: dict[tuple[str, str], str], new: dict[tuple[str, str], str]) -> list[Change]:
    """A range type cannot be altered: a changed one is dropped and created again."""
    changes = []
    for key in sorted(old.keys() - new.keys()) + sorted(k for k in old.keys() & new.keys() if old[k] != new[k]):
        if key in new:  # dropped right before it is created again (ALTER: it stays in the plan's first part)
            changes.append(Change("type", Action.ALTER, ".".join(key), render.drop_type("TYPE", *key),
                                  why="range options changed: dropped and re-created", parts=key))
        else:
            changes.append(Change("type", Action.DROP, ".".join(key), render.drop_type("TYPE", *key), parts=key))
    for key in sorted(k for k in new if old.get(k) != new[k]):
        statement = sql.SQL("CREATE TYPE {} AS RANGE ({})").format(render.qname(*key), sql.SQL(new[key]))
        changes.append(Change("type", Action.CREATE, ".".join(key), render.text(statement), parts=key))
    return changes


def compare_type_comments(old_d: dict[tuple[str, str], Domain], new_d: dict[tuple[str, str], Domain],
                          old_c: dict[tuple[str, str], CompositeType],
                          new_c: dict[tuple[str, str], CompositeType]) -> list[Change]:
    changes = []
    for kind, old, new in (("DOMAIN", old_d, new_d), ("TYPE", old_c, new_c)):
        for key in sorted(new):
            before = old[key].comment if key in old else None
            if new[key].comment != before:
                changes.append(Change("comment", Action.ALTER, f"{kind.lower()} {'.'.join(key)}",
                                      render.comment(kind, *key, new[key].comment), parts=key, of=kind.lower()))
    return changes
