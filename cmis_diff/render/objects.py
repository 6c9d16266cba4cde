"""DROP, COMMENT ON and OWNER TO for the rarer kinds, from an object's address
(pg_identify_object_as_address: names and args). Names go through psycopg.sql.Identifier; type
names come verbatim from the server's format_type (as everywhere in render/), operator names
only if made of operator characters."""

from __future__ import annotations

from psycopg import sql

from . import sql as render

# kinds that have an owner (ALTER ... OWNER TO) and take a comment
OWNED = {"operator", "operator class", "operator family", "aggregate", "event trigger", "publication",
         "statistics object", "text search configuration", "text search dictionary", "collation", "conversion",
         "foreign-data wrapper", "server", "foreign table"}
_OPERATOR_CHARS = set("+-*/<>=~!@#%^&|`?")
_SIMPLE = {"event trigger": "EVENT TRIGGER", "publication": "PUBLICATION", "server": "SERVER",
           "foreign-data wrapper": "FOREIGN DATA WRAPPER", "access method": "ACCESS METHOD"}
_QUALIFIED = {"statistics object": "STATISTICS", "text search configuration": "TEXT SEARCH CONFIGURATION",
              "text search dictionary": "TEXT SEARCH DICTIONARY", "text search parser": "TEXT SEARCH PARSER",
              "text search template": "TEXT SEARCH TEMPLATE", "collation": "COLLATION", "conversion": "CONVERSION",
              "foreign table": "FOREIGN TABLE"}


def _types(args: tuple[str, ...]) -> sql.Composable:
    return sql.SQL(", ").join(sql.SQL(a) if a is not None else sql.SQL("NONE") for a in args)


def _operator(schema: str, name: str) -> sql.Composable:
    if not name or not set(name) <= _OPERATOR_CHARS:
        raise ValueError(f"not an operator name: {name!r}")
    return sql.SQL("{}.{}").format(sql.Identifier(schema), sql.SQL(name))


def target(kind: str, names: tuple[str, ...], args: tuple[str, ...]) -> sql.Composable:
    """The object as DROP / COMMENT ON / ALTER ... OWNER TO name it."""
    if kind in _SIMPLE:
        return sql.SQL("{} {}").format(sql.SQL(_SIMPLE[kind]), sql.Identifier(names[0]))
    if kind in _QUALIFIED:
        return sql.SQL("{} {}").format(sql.SQL(_QUALIFIED[kind]), sql.Identifier(*names))
    if kind == "cast":
        return sql.SQL("CAST ({} AS {})").format(sql.SQL(names[0]), sql.SQL(args[0]))
    if kind == "operator":
        return sql.SQL("OPERATOR {} ({})").format(_operator(*names), _types(args))
    if kind in ("operator class", "operator family"):
        return sql.SQL("{} {} USING {}").format(sql.SQL(kind.upper()), sql.Identifier(names[1], names[2]),
                                                sql.Identifier(names[0]))
    if kind in ("function", "procedure"):
        return sql.SQL("{} {}({})").format(sql.SQL(kind.upper()), sql.Identifier(*names), _types(args))
    if kind == "aggregate":
        return sql.SQL("AGGREGATE {}({})").format(sql.Identifier(*names), _types(args) if args else sql.SQL("*"))
    if kind == "rule":
        return sql.SQL("RULE {} ON {}").format(sql.Identifier(names[2]), sql.Identifier(names[0], names[1]))
    if kind == "transform":
        return sql.SQL("TRANSFORM FOR {} LANGUAGE {}").format(sql.SQL(names[0]), sql.Identifier(args[0]))
    if kind == "user mapping":
        role = sql.SQL("PUBLIC") if names[0] == "public" else sql.Identifier(names[0])
        return sql.SQL("USER MAPPING FOR {} SERVER {}").format(role, sql.Identifier(args[0]))
    raise ValueError(f"no address for a {kind}")


def drop(kind: str, names: tuple[str, ...], args: tuple[str, ...]) -> str:
    if kind == "publication relation":
        return render.text(sql.SQL("ALTER PUBLICATION {} DROP TABLE {}").format(
            sql.Identifier(args[0]), sql.Identifier(*names)))
    if kind == "publication namespace":
        return render.text(sql.SQL("ALTER PUBLICATION {} DROP TABLES IN SCHEMA {}").format(
            sql.Identifier(args[0]), sql.Identifier(names[0])))
    return render.text(sql.SQL("DROP {}").format(target(kind, names, args)))


def comment(kind: str, names: tuple[str, ...], args: tuple[str, ...], text: str | None) -> str:
    value = sql.Literal(text) if text is not None else sql.SQL("NULL")
    return render.text(sql.SQL("COMMENT ON {} IS {}").format(target(kind, names, args), value))


def owner(kind: str, names: tuple[str, ...], args: tuple[str, ...], role: str) -> str:
    return render.text(sql.SQL("ALTER {} OWNER TO {}").format(target(kind, names, args), sql.Identifier(role)))
