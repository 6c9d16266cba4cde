"""Our own catalog reading: one row per object (kind, identity, definition), hashed per kind.

It is independent of the diff engine, so it sees what the engine is blind to: owners, grants,
comments, reloptions, domains, default privileges, and kinds we do not diff at all. Plans use it
for the live fingerprint (staleness), and for "not converged" accounting.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

import psycopg

from ..render import names
from . import session

KINDS = ("schema", "extension", "relation", "column", "constraint", "index", "sequence", "function",
         "trigger", "policy", "type", "default_privilege", "other")


KINDS_HEADER = "live-kinds"  # plan header line with a short hash per kind, to say what changed


def short(digest: str) -> str:
    return digest[:12]


def format_kinds(fp: Fingerprint) -> str:
    return " ".join(f"{kind}={short(d)}" for kind, d in sorted(fp.per_kind.items()))


def parse_kinds(text: str) -> dict[str, str]:
    return dict(item.split("=", 1) for item in text.split() if "=" in item)


@cache
def _query() -> str:
    files = resources.files("cmis_diff.catalog") / "queries"
    scope = (files / "_scope.sql").read_text()
    parts = [f"SELECT '{kind}' AS kind, identity, definition FROM (\n{(files / f'{kind}.sql').read_text()}\n)"
             f" AS k_{kind}" for kind in KINDS]
    return scope + "\n" + "\nUNION ALL\n".join(parts)


@dataclass(frozen=True)
class Fingerprint:
    objects: dict[tuple[str, str], str]  # (kind, identity) -> definition

    @cached_property  # objects never change once read; plans and drift ask for digests often
    def per_kind(self) -> dict[str, str]:
        grouped: dict[str, list[str]] = defaultdict(list)
        for (kind, identity), definition in sorted(self.objects.items()):
            grouped[kind].append(f"{identity}\0{definition}")
        return {k: hashlib.sha256("\n".join(v).encode()).hexdigest() for k, v in grouped.items()}

    @property
    def digest(self) -> str:
        h = hashlib.sha256()
        for kind, digest in sorted(self.per_kind.items()):
            h.update(f"{kind}:{digest}\n".encode())
        return "sha256:" + h.hexdigest()

    def without(self, ignored: Callable[[str, str], bool]) -> tuple[Fingerprint, int]:
        """This fingerprint minus the objects `ignored(kind, identity)` says to leave alone."""
        kept = {k: v for k, v in self.objects.items() if not ignored(*k)}
        return Fingerprint(kept), len(self.objects) - len(kept)

    def cosmetic(self) -> Fingerprint:
        """This fingerprint without table columns' positions (column order is cosmetic: PostgreSQL
        cannot reorder columns in place); every other part of a column's definition is kept."""
        return Fingerprint({k: _without_position(v) if k[0] == "column" else v for k, v in self.objects.items()})

    def differences(self, other: Fingerprint) -> list[tuple[str, str, str]]:
        """(kind, identity, what) for every object that differs: missing, extra or changed."""
        out = []
        for key in sorted(self.objects.keys() | other.objects.keys()):
            mine, theirs = self.objects.get(key), other.objects.get(key)
            if mine == theirs:
                continue
            what = "missing" if mine is None else "extra" if theirs is None else _differs(mine, theirs)
            out.append((key[0], key[1], _unmanaged(key[0], key[1], what)))
        return out


POSITION = " | position="  # the last field of a table column's definition (catalog/queries/column.sql)
ORDER_NOTE = "column order differs; PostgreSQL cannot reorder in place"


def _without_position(definition: str) -> str:
    head, sep, tail = definition.rpartition(POSITION)
    return head if sep and tail.isdigit() else definition


def _position(definition: str) -> str | None:
    _, sep, tail = definition.rpartition(POSITION)
    return tail if sep and tail.isdigit() else None


Difference = tuple[str, str, str]  # (kind, identity, what)


def compare(have: Fingerprint, want: Fingerprint,
            strict_column_order: bool = False) -> tuple[list[Difference], list[Difference]]:
    """(differences, notes) between two fingerprints. Table columns out of desired's order are notes
    (ORDER_NOTE), not differences, unless strict_column_order; composite types' and views' column
    order is part of what they are, and always compared."""
    if strict_column_order:
        return have.differences(want), []
    notes = []
    for key in sorted(have.objects.keys() & want.objects.keys()):
        if key[0] == "column":
            mine, theirs = _position(have.objects[key]), _position(want.objects[key])
            if mine != theirs and mine is not None and theirs is not None:
                notes.append((key[0], key[1], f"{ORDER_NOTE} (position {mine}, want {theirs})"))
    return have.cosmetic().differences(want.cosmetic()), notes


def _fields(definition: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in definition.split(" | ") if "=" in part)


def _differs(mine: str, theirs: str) -> str:
    """'differs', naming the fields where a definition is a list of `field=value` parts."""
    a, b = _fields(mine), _fields(theirs)
    fields = sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))
    if fields == ["secrets"]:
        return (f"secret options ({b.get('secrets', '-')}) are never written to a plan: "
                "set them by hand (ALTER ... OPTIONS (ADD ...))")
    if not fields or len(fields) > 3:
        return "differs"
    return "differs: " + ", ".join(_field_change(k, a.get(k, "-"), b.get(k, "-")) for k in fields)


_BARE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.,-+*=")


def _value(value: str) -> str:
    """A catalog value as "what" shows it: bare when it is a plain word or number, else a literal."""
    return value if value and set(value) <= _BARE else names.literal(value)


def _field_change(field: str, have: str, want: str) -> str:
    """`position 4 (want 5)`; a long value (a function's definition, a view's query) by name only."""
    return field if max(len(have), len(want)) > 40 else f"{field} {_value(have)} (want {_value(want)})"


# kinds cmis-diff reports but does not diff (catalog/queries/other.sql), with why
UNMANAGED = {"security label ": "security labels are not diffed (they need the label provider loaded)",
             "subscription ": "subscriptions are not diffed (they hold a connection to another server)",
             "large object ": "large objects are data, not schema: not diffed",
             "language ": "languages made without an extension are not diffed"}


def _unmanaged(kind: str, identity: str, what: str) -> str:
    why = next((w for prefix, w in UNMANAGED.items() if kind == "other" and identity.startswith(prefix)), None)
    return f"{what}: {why}" if why else what


def read(conn: psycopg.Connection) -> Fingerprint:
    """The fingerprint of conn's database. Identities are SQL text (quote_ident, regclass) that may
    hold raw control characters inside quotes: they are made printable once, here."""
    with session.pinned(conn):
        rows = conn.execute(_query()).fetchall()
    return _from_rows(rows)


# a server too old for the signature's catalogs, or one where some part of it is not for this user
_UNSIGNABLE = (psycopg.errors.UndefinedTable, psycopg.errors.UndefinedFunction, psycopg.errors.InsufficientPrivilege)


def read_signed(conn: psycopg.Connection) -> tuple[Fingerprint, str | None]:
    """The fingerprint and the catalog signature it was read at (catalog/signature.py), in one
    statement (one snapshot); no signature where it cannot be read (a server before 15)."""
    with session.pinned(conn):
        try:
            with conn.transaction():  # a savepoint: a failed signature leaves the read usable
                rows = conn.execute(_signed_query()).fetchall()
        except _UNSIGNABLE:
            return _from_rows(conn.execute(_query()).fetchall()), None
    signed = [r for r in rows if r[0] == _SIGNATURE]
    return _from_rows([r for r in rows if r[0] != _SIGNATURE]), signed[0][1]


def read_signature(conn: psycopg.Connection, local: bool = False) -> str | None:
    """Only the catalog signature: a few milliseconds. None where it cannot be read. `local`: the
    database's catalogs alone (signature.LOCAL_SQL, a kept copy's own)."""
    from . import signature

    with session.pinned(conn):
        try:
            with conn.transaction():
                row = conn.execute(signature.LOCAL_SQL if local else signature.SQL).fetchone()
                return str(row[0]) if row else None
        except _UNSIGNABLE:
            return None


_SIGNATURE = "signature"  # not a kind: the signature's row in _signed_query


@cache
def _signed_query() -> str:
    from . import signature

    return f"{_query()}\nUNION ALL\nSELECT '{_SIGNATURE}', ({signature.SQL}), NULL"


def _from_rows(rows: list[tuple[str, str, str | None]]) -> Fingerprint:
    return Fingerprint({(kind, names.printable_sql(identity)): definition or "" for kind, identity, definition in rows})
