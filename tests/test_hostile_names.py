"""No catalog text reaches a plan unescaped: names, labels, comments, defaults and policy expressions
holding a newline followed by SQL, `;`, quotes, `*/`, `$$`, backslashes, invisible characters and
63-byte names, planted in live and in desired in every kind we diff. Each plan and rollback file
must parse (pglast) into exactly the statements it announces, carry no raw line break in a comment
line, run none of the planted SQL, and converge (pg_dump-equal, second plan empty)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from pglast import split
from psycopg import sql

from cmis_diff.oracle import schema_dump
from cmis_diff.plan import planfile

from .cli_helpers import json_out, run_cli
from .support import load_sql_file

ATTACK = "\nDROP TABLE public.canary; --"
N1 = "x" + ATTACK  # a newline, then SQL
N2 = "q'u\"o;*/$${n}{0}\\"  # quotes, a statement end, a comment end, dollar quotes, braces, a backslash
N3 = "ünï\u2028cødé\u202e\t"  # a line separator, a right-to-left override, a tab
N4 = "é" * 31 + "z"  # 63 bytes
N5 = "*/ DROP TABLE public.canary; /*"
V1 = "it's\n-- [drop] table x" + ATTACK
V2 = "$$ ; DROP TABLE public.canary; $$ \\ */ \r\n"
ROLE = "r\"ole" + ATTACK


def i(*names: str) -> str:
    return sql.Identifier(*names).as_string(None)


def lit(value: str) -> str:
    return sql.Literal(value).as_string(None)


def _common() -> str:
    return f"""
CREATE TABLE public.canary (id int);
CREATE SCHEMA {i(N2)};
CREATE TYPE {i(N2, N1)} AS ENUM ({lit(V1)}, {lit(N5)});
CREATE TYPE {i(N2, "gone")} AS ENUM ({lit(V2)}, {lit(V1)}, {lit(N2)});
CREATE TABLE {i(N2, N4)} ({i(N1)} text DEFAULT {lit(V1)}, {i(N3)} int PRIMARY KEY, e {i(N2, N1)},
    CONSTRAINT {i(N5)} CHECK ({i(N1)} <> {lit(V2)}));
ALTER TABLE {i(N2, N4)} ENABLE ROW LEVEL SECURITY;
COMMENT ON SCHEMA {i(N2)} IS {lit(V2)};
"""


def _live_only() -> str:
    return f"""
CREATE SCHEMA {i(N1)};
CREATE TABLE {i(N1, N1)} ({i(N2)} text DEFAULT {lit(V2)}, g {i(N2, "gone")});
CREATE INDEX {i(N3)} ON {i(N1, N1)} ({i(N2)});
CREATE VIEW {i(N1, N5)} AS SELECT {i(N2)} AS {i(N1)}, {lit(V1)}::text AS v FROM {i(N1, N1)};
CREATE FUNCTION {i(N1, N2)}({i(N1)} text) RETURNS text LANGUAGE sql AS $f$SELECT {lit(V2)} || $1$f$;
CREATE POLICY {i(N1)} ON {i(N2, N4)} TO {i(ROLE)} USING ({i(N1)} <> {lit(V1)});
CREATE FUNCTION {i(N2, N5)}() RETURNS trigger LANGUAGE plpgsql AS $f$BEGIN RETURN NEW; END$f$;
CREATE TRIGGER {i(N5)} BEFORE UPDATE ON {i(N2, N4)} FOR EACH ROW EXECUTE FUNCTION {i(N2, N5)}();
COMMENT ON COLUMN {i(N2, N4, N1)} IS {lit(V1)};
COMMENT ON TABLE {i(N1, N1)} IS {lit(N1)};
GRANT SELECT ({i(N1)}) ON {i(N2, N4)} TO {i(ROLE)};
"""


def _desired_only() -> str:
    return f"""
ALTER TYPE {i(N2, N1)} ADD VALUE {lit(N2)};
CREATE TYPE {i(N2, "gone")} AS ENUM ({lit(V1)}, {lit(N3)});
CREATE SCHEMA {i(N3)};
CREATE SEQUENCE {i(N3, N2)};
CREATE TABLE {i(N3, N5)} ({i(N2)} text NOT NULL DEFAULT {lit(V1 + V2)}, n bigint DEFAULT nextval({lit(i(N3, N2))}),
    g {i(N2, "gone")} DEFAULT {lit(N3)});
CREATE UNIQUE INDEX {i(N1)} ON {i(N3, N5)} ({i(N2)});
CREATE DOMAIN {i(N3, N1)} AS text DEFAULT {lit(V2)} CONSTRAINT {i(N2)} CHECK (VALUE <> {lit(V1)});
CREATE TYPE {i(N3, N3)} AS ({i(N1)} text, {i(N5)} int);
CREATE MATERIALIZED VIEW {i(N3, N4)} AS SELECT {i(N2)} AS {i(N5)}, {lit(V2)}::text AS v FROM {i(N3, N5)};
CREATE FUNCTION {i(N3, N1)}() RETURNS trigger LANGUAGE plpgsql AS $f$BEGIN NEW.{i(N2)} := {lit(V1)};
    RETURN NEW; END$f$;
CREATE TRIGGER {i(N2)} BEFORE INSERT ON {i(N3, N5)} FOR EACH ROW EXECUTE FUNCTION {i(N3, N1)}();
CREATE POLICY {i(N2)} ON {i(N2, N4)} AS RESTRICTIVE TO {i(ROLE)}, cmis_app USING ({i(N1)} <> {lit(V2)});
ALTER TABLE {i(N2, N4)} ADD CONSTRAINT {i(N1)} UNIQUE ({i(N1)});
COMMENT ON COLUMN {i(N2, N4, N1)} IS {lit(V2)};
COMMENT ON TYPE {i(N2, N1)} IS {lit(V1)};
COMMENT ON INDEX {i(N3, N1)} IS {lit(N1)};
COMMENT ON TRIGGER {i(N2)} ON {i(N3, N5)} IS {lit(V1)};
COMMENT ON POLICY {i(N2)} ON {i(N2, N4)} IS {lit(V2)};
COMMENT ON FUNCTION {i(N3, N1)}() IS {lit(N2)};
GRANT USAGE ON SCHEMA {i(N3)} TO {i(ROLE)};
GRANT SELECT, UPDATE ({i(N2)}) ON {i(N3, N5)} TO {i(ROLE)} WITH GRANT OPTION;
ALTER SEQUENCE {i(N3, N2)} OWNER TO {i(ROLE)};
ALTER DEFAULT PRIVILEGES FOR ROLE {i(ROLE)} IN SCHEMA {i(N3)} GRANT SELECT ON TABLES TO cmis_readonly;
"""


SCHEMA_A = _common() + _live_only()
SCHEMA_B = _common().replace(f"CREATE TYPE {i(N2, 'gone')} AS ENUM ({lit(V2)}, {lit(V1)}, {lit(N2)});\n", "") \
    + _desired_only()


@pytest.fixture(scope="module")
def hostile_role(server_url: str) -> str:
    with psycopg.connect(server_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", [ROLE]).fetchone():
            conn.execute(sql.SQL("CREATE ROLE {}").format(sql.Identifier(ROLE)))
    return ROLE


def _statements(text: str) -> list[str]:
    return [text[s] for s in split(text, with_parser=True, only_slices=True)]


def assert_exactly_planned(path: Path, announced: int | None = None) -> list[str]:
    """The file parses into exactly the statements its comment lines announce, and nothing else."""
    plan = planfile.read(path)  # the header parses (every line the tool writes)
    assert all(line.isprintable() for line in plan.header_text.split("\n"))  # no raw CR, LF or invisible char
    body = plan.statements_text
    slices = list(split(body, with_parser=True, only_slices=True))
    statements = [body[s] for s in slices]
    # between the statements: only their comment lines, each `;` and blank lines
    gaps = [body[a.stop:b.start] for a, b in zip([slice(0, 0), *slices], [*slices, slice(len(body), None)],
                                                  strict=True)]
    lines = [line for gap in gaps for line in gap.split("\n")]
    assert all(not line.strip() or line.strip() == ";" or line.startswith("-- ") for line in lines)
    assert all("\r" not in line and line.isprintable() for line in lines)
    notes = [line for line in lines if line.startswith("-- [")]
    assert len(statements) == len(notes) > 0
    if announced is not None:
        assert len(statements) == announced
    for st in statements:  # each is one statement: nothing planted split it
        assert len(_statements(st + ";")) == 1
    return statements


def _canary_alive(url: str) -> None:
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT to_regclass('public.canary')").fetchone() != (None,)


@pytest.mark.parametrize("direction", ["forward", "reverse"])
def test_hostile_names_are_escaped_and_converge(direction: str, hostile_role: str, tmp_path: Path,
                                                 make_db: Callable[[], str]) -> None:
    start, target = (SCHEMA_A, SCHEMA_B) if direction == "forward" else (SCHEMA_B, SCHEMA_A)
    (tmp_path / "start.sql").write_text(start)
    (tmp_path / "desired.sql").write_text(target)
    live, wanted = make_db(), make_db()
    load_sql_file(live, tmp_path / "start.sql")
    load_sql_file(wanted, tmp_path / "desired.sql")
    before = schema_dump(live)

    proc = run_cli("plan", "--desired", "desired.sql", "--live", live, "--out", "p.sql", "--format", "json",
                   "--allow-hazards", "data-loss,narrowing,rls-weakened", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    doc = json_out(proc)
    assert doc["not_converged"] == []
    plan_path, back_path = tmp_path / "p.sql", tmp_path / "p.rollback.sql"
    assert_exactly_planned(plan_path, sum(doc["counts"].values()) + sum(
        1 for c in _statements(planfile.read(plan_path).statements_text) if c.upper().startswith("SET ")))
    assert_exactly_planned(back_path)

    for path, expected in ((plan_path, wanted), (back_path, None)):
        assert run_cli("approve", path.name, "--by", N1, cwd=tmp_path).returncode == 0
        applied = run_cli("apply", path.name, "--live", live, cwd=tmp_path)
        assert applied.returncode == 0, applied.stderr
        _canary_alive(live)
        if expected is not None:
            assert schema_dump(live) == schema_dump(expected)
            again = run_cli("plan", "--desired", "desired.sql", "--live", live, cwd=tmp_path)
            assert again.returncode == 0, again.stdout + again.stderr
    assert schema_dump(live) == before  # the rollback restored live
