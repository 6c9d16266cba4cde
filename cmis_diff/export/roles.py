"""roles.sql for `export --roles`: the cluster roles the database's objects reference, each created
only if missing (an idempotent DO block), never with a password."""

from __future__ import annotations

import psycopg

from ..errors import CmisDiffError
from ..render import names
from . import headers
from .domains import catalog_query

MARK = "-- Written by cmis-diff export --roles (it rewrites this file)."


def referenced(conn: psycopg.Connection) -> list[tuple[str, bool]]:
    """(role, can log in) of every role an object, grant, policy or default privilege names."""
    return [(str(r[0]), bool(r[1])) for r in conn.execute(catalog_query("export_roles")).fetchall()]


def _block(role: str, login: bool) -> str:
    body = (f"BEGIN\n    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = {names.literal(role)}) THEN\n"
            f"        CREATE ROLE {names.ident(role)} {'LOGIN' if login else 'NOLOGIN'};\n    END IF;\nEND\n")
    tag, n = "$role$", 1
    while tag in body:  # a name may hold the tag: pick one it does not
        tag, n = f"$role{n}$", n + 1
    return f"DO {tag}\n{body}{tag};\n"


def render(roles: list[tuple[str, bool]]) -> str:
    purpose = ("cluster-wide roles this schema's objects reference (owners, grants, policies), each created if "
               "missing. cmis-diff runs this file on the scratch server before the desired files. Roles that can "
               "log in are created without a password: set one on the real server.")
    lines = ["-- AI Agent Context", *headers.prose("Purpose", purpose),
             *headers.field("Roles", [names.qualified(r) for r, _ in roles] or ["none."]), MARK]
    return "\n".join(lines) + "\n" + "".join("\n" + _block(r, login) for r, login in roles)


def check_ours(text: str | None, where: str) -> None:
    """Refuse to overwrite a roles.sql that a person wrote."""
    if text is not None and MARK not in text.split("\n\n", 1)[0].split("\n"):
        raise CmisDiffError(f"{where}: exists and was not written by cmis-diff export --roles; "
                            "remove it or export without --roles")
