"""CREATE statements of the rarer kinds (catalog/queries/others.sql), rendered by PostgreSQL's own
renderer: `pg_dump -Fc --schema-only` of the database, `pg_restore -l` to list its entries and
`pg_restore -L` to print only those of the objects asked for, read back with pglast.

Owners, grants, comments and security labels are left out (--no-owner, --no-acl, ...): they are
diffed on their own. Secrets are never kept: an option whose name says password or secret is
removed from a server's or user mapping's statement (a person sets it by hand).
"""

from __future__ import annotations

import bisect
import os
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
from pglast import ast, parse_sql
from pglast import split as pg_split
from pglast.enums import RoleSpecType
from pglast.parser import scan
from pglast.stream import RawStream
from psycopg.conninfo import make_conninfo

from ..errors import CmisDiffError
from ..server import bin_dir
from ..source.split import without_dump_guards

Key = tuple[int, int]  # (catalog OID, object OID), as pg_dump's TOC names them
USER_MAPPING_CLASS = 1418  # pg_user_mapping: pg_dump gives user mappings no catalog id
_LEAVE_OUT = ("--no-owner", "--no-acl", "--no-comments", "--no-security-labels", "--no-subscriptions",
              "--no-tablespaces", "--no-sync")


@dataclass(frozen=True)
class Dumped:
    statements: tuple[str, ...]  # to create the object, secrets removed
    secrets: tuple[str, ...]  # names of the options removed (set by hand)


def _secret(name: str) -> bool:
    return "password" in name.lower() or "secret" in name.lower()


def _without_secrets(sql: str) -> tuple[str, tuple[str, ...]]:
    """A server's or user mapping's statement without its secret options, and their names."""
    st: Any = parse_sql(sql)[0].stmt
    if not isinstance(st, (ast.CreateUserMappingStmt, ast.CreateForeignServerStmt, ast.CreateFdwStmt)):
        return sql, ()
    options = list(st.options or ())
    secrets = tuple(str(o.defname) for o in options if _secret(str(o.defname)))
    if not secrets:
        return sql, ()
    st.options = tuple(o for o in options if not _secret(str(o.defname))) or None
    return str(RawStream()(st)), secrets


def _run(args: list[str], env: dict[str, str], what: str) -> str:
    proc = subprocess.run(args, capture_output=True, text=True, timeout=600, env=env)
    if proc.returncode != 0:
        detail = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"
        raise CmisDiffError(f"{what} failed: {detail}")
    return proc.stdout


def _connection(conn: psycopg.Connection) -> tuple[str, dict[str, str]]:
    """The connection's parameters for a child process: the password only in its environment."""
    env = dict(os.environ)
    if conn.info.password:
        env["PGPASSWORD"] = conn.info.password
    return make_conninfo(**conn.info.get_parameters()), env


def _toc_key(line: str) -> Key | None:
    """(class, oid) of a `pg_restore -l` line `1860; 2616 158869 OPERATOR CLASS app ...`."""
    head = line.split(";", 1)
    if len(head) != 2 or not head[0].strip().isdigit():
        return None
    parts = head[1].split()
    return (int(parts[0]), int(parts[1])) if len(parts) > 2 and parts[0].isdigit() and parts[1].isdigit() else None


def _user_mapping(sql: str) -> tuple[str, str] | None:
    st: Any = parse_sql(sql)[0].stmt
    if not isinstance(st, ast.CreateUserMappingStmt):
        return None
    user: Any = st.user
    role = "public" if user.roletype == RoleSpecType.ROLESPEC_PUBLIC else str(user.rolename)
    return role, str(st.servername)


def _entries(text: str) -> list[tuple[Key, str]]:
    """(TOC key, statement) in the order pg_restore printed them; its verbose `-- TOC entry N
    (class C OID O)` comments (found by the scanner, so never inside a string) say which is whose."""
    text = without_dump_guards(text)
    marks = []
    for tok in scan(text):
        comment = text[tok.start:tok.end + 1]
        if tok.name == "SQL_COMMENT" and comment.startswith("-- TOC entry "):
            words = comment.split()  # -- TOC entry 1860 (class 2616 OID 158869)
            marks.append((tok.start, (int(words[5]), int(words[7].rstrip(")")))))
    starts = [at for at, _ in marks]
    out = []
    for piece in pg_split(text, with_parser=True, only_slices=True):
        n = bisect.bisect_left(starts, piece.start)
        if n:
            out.append((marks[n - 1][1], text[piece].strip()))
    return out


def statements(conn: psycopg.Connection, wanted: set[Key], user_mappings: dict[tuple[str, str], int]
               ) -> dict[Key, Dumped]:
    """CREATE statements of `wanted` objects of the database `conn` is connected to. User
    mappings (no catalog id in pg_dump) are matched by (role, server) -> OID."""
    dbname, env = _connection(conn)
    tools = bin_dir()
    with tempfile.TemporaryDirectory(prefix="cmis-diff-dump-") as tmp:
        archive, listing = Path(tmp) / "schema.dump", Path(tmp) / "wanted.list"
        _run([str(tools / "pg_dump"), "-Fc", "--schema-only", *_LEAVE_OUT, "--exclude-schema=cmis_diff",
              "-f", str(archive), "--dbname", dbname], env, "pg_dump (rarer kinds)")
        toc = _run([str(tools / "pg_restore"), "-l", str(archive)], env, "pg_restore -l")
        keep = [line for line in toc.splitlines() if (key := _toc_key(line)) is not None
                and (key in wanted or (key == (0, 0) and " USER MAPPING " in line))]
        if not keep:
            return {}
        listing.write_text("\n".join(keep) + "\n")
        text = _run([str(tools / "pg_restore"), "-v", "--no-owner", "-L", str(listing), "-f", "-", str(archive)], env,
                    "pg_restore -L")
    found: dict[Key, list[str]] = {}
    secrets: dict[Key, list[str]] = {}
    for key, sql in _entries(text):
        if key == (0, 0):
            mapping = _user_mapping(sql)
            if mapping is None or mapping not in user_mappings:
                continue
            key = (USER_MAPPING_CLASS, user_mappings[mapping])
        if key not in wanted or isinstance(parse_sql(sql)[0].stmt, ast.VariableSetStmt):
            continue
        sql, removed = _without_secrets(sql)
        found.setdefault(key, []).append(sql)
        secrets.setdefault(key, []).extend(removed)
    return {k: Dumped(tuple(v), tuple(secrets.get(k, ()))) for k, v in found.items()}
