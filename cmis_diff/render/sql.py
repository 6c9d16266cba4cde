"""SQL text for our own changes. Identifiers go through psycopg.sql.Identifier; type names and
expressions come verbatim from the server's own deparsers (format_type, pg_get_constraintdef)."""

from __future__ import annotations

from psycopg import sql

from ..catalog.model import CompositeType, Domain, Grant

_PRIVILEGES = {"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER", "MAINTAIN",
               "USAGE", "CREATE", "EXECUTE", "TEMPORARY", "CONNECT"}


def text(composed: sql.Composable) -> str:
    return composed.as_string(None)


def qname(schema: str, name: str) -> sql.Composable:
    return sql.Identifier(schema, name)


def create_domain(d: Domain) -> str:
    parts: list[sql.Composable] = [sql.SQL("CREATE DOMAIN {} AS {}").format(qname(d.schema, d.name), sql.SQL(d.base))]
    if d.collation:
        parts.append(sql.SQL("COLLATE {}").format(sql.SQL(d.collation)))
    if d.default is not None:
        parts.append(sql.SQL("DEFAULT {}").format(sql.SQL(d.default)))
    if d.not_null:
        parts.append(sql.SQL("NOT NULL"))
    parts += [sql.SQL("CONSTRAINT {} {}").format(sql.Identifier(n), sql.SQL(defn)) for n, defn in d.constraints]
    return text(sql.SQL(" ").join(parts))


def alter_domain(d: Domain, clause: str, *args: sql.Composable) -> str:
    return text(sql.SQL("ALTER DOMAIN {} ").format(qname(d.schema, d.name)) + sql.SQL(clause).format(*args))


def drop_type(kind: str, schema: str, name: str) -> str:
    return text(sql.SQL("DROP {} {}").format(sql.SQL(kind), qname(schema, name)))


def create_composite(t: CompositeType) -> str:
    attrs = sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(n), sql.SQL(ty)) for n, ty in t.attributes)
    return text(sql.SQL("CREATE TYPE {} AS ({})").format(qname(t.schema, t.name), attrs))


def alter_composite(t: CompositeType, clause: str, *args: sql.Composable) -> str:
    return text(sql.SQL("ALTER TYPE {} ").format(qname(t.schema, t.name)) + sql.SQL(clause).format(*args))


def comment(kind: str, schema: str, name: str, value: str | None) -> str:
    literal = sql.Literal(value) if value is not None else sql.SQL("NULL")
    return text(sql.SQL("COMMENT ON {} {} IS {}").format(sql.SQL(kind), qname(schema, name), literal))


def _grant_target(g: Grant) -> sql.Composable:
    if g.kind == "SCHEMA":
        return sql.SQL("SCHEMA {}").format(sql.Identifier(g.schema))
    if g.kind in ("FOREIGN DATA WRAPPER", "FOREIGN SERVER"):
        return sql.SQL("{} {}").format(sql.SQL(g.kind), sql.Identifier(g.name))
    if g.kind in ("FUNCTION", "PROCEDURE"):
        return sql.SQL("{} {}({})").format(sql.SQL(g.kind), qname(g.schema, g.name), sql.SQL(g.args))
    if g.kind == "COLUMN":
        return sql.SQL("TABLE {}").format(qname(g.schema, g.name))
    return sql.SQL("{} {}").format(sql.SQL(g.kind), qname(g.schema, g.name))


def _grantee(g: Grant) -> sql.Composable:
    return sql.SQL("PUBLIC") if g.grantee == "PUBLIC" else sql.Identifier(g.grantee)


def _privilege(g: Grant) -> sql.Composable:
    if g.privilege not in _PRIVILEGES:
        raise ValueError(f"unknown privilege {g.privilege!r}")
    if g.kind == "COLUMN":
        return sql.SQL("{} ({})").format(sql.SQL(g.privilege), sql.Identifier(g.column))
    return sql.SQL(g.privilege)


def grant(g: Grant) -> str:
    option = sql.SQL(" WITH GRANT OPTION") if g.grantable else sql.SQL("")
    return text(sql.SQL("GRANT {} ON {} TO {}{}").format(_privilege(g), _grant_target(g), _grantee(g), option))


def revoke(g: Grant) -> str:
    return text(sql.SQL("REVOKE {} ON {} FROM {}").format(_privilege(g), _grant_target(g), _grantee(g)))
