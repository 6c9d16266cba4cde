"""Property: for random small schemas A and B over our kinds, plan(A -> B) applied to A yields B
(normalized pg_dump) and re-plans empty, and the same from B to A.

Columns of a table are always a prefix of that table's column list, so that a plan only ever
appends or drops trailing columns: a column added in the middle cannot be placed there by ALTER
(a known limitation, see tests/cases/column_drop/case.toml). The first column's type varies
among types that cast to each other, under a view and a policy that use it (a rebuild).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .test_convergence import converge

TYPES = ["integer", "bigint", "text", "uuid", "numeric(12,2)", "timestamptz", "boolean", "jsonb",
         "app.status"]
NUMERIC = ["integer", "bigint", "numeric(12,2)"]
DEFAULTS = {"integer": "0", "bigint": "0", "text": "''", "boolean": "false", "jsonb": "'{}'::jsonb",
            "timestamptz": "now()", "numeric(12,2)": "0", "app.status": "'draft'"}


@st.composite
def schemas(draw: st.DrawFn) -> str:
    """A small CMIS-like schema in schema app, as SQL."""
    labels = draw(st.lists(st.sampled_from(["draft", "active", "paused", "done"]), min_size=1, max_size=4,
                           unique=True))
    if "draft" not in labels:
        labels = ["draft", *labels]
    sql = ["CREATE SCHEMA app;", "CREATE TYPE app.status AS ENUM (" + ", ".join(f"'{x}'" for x in labels) + ");"]
    tables = draw(st.lists(st.sampled_from(["orgs", "campaigns", "contacts"]), min_size=1, max_size=3, unique=True))
    for table in tables:
        n_columns = draw(st.integers(1, 4))
        columns = ["id uuid PRIMARY KEY" if draw(st.booleans()) else "id uuid NOT NULL"]
        for i in range(n_columns):
            # position 0 may change type (castable family); the others are fixed per position
            ctype = draw(st.sampled_from(NUMERIC)) if i == 0 else TYPES[(i * 3 + len(table)) % len(TYPES)]
            column = f"c{i} {ctype}"
            if draw(st.booleans()):
                column += " NOT NULL"
            if ctype in DEFAULTS and draw(st.booleans()):
                column += f" DEFAULT {DEFAULTS[ctype]}"
            columns.append(column)
        sql.append(f"CREATE TABLE app.{table} (" + ", ".join(columns) + ");")
        if draw(st.booleans()):
            sql.append(f"CREATE INDEX {table}_c0_idx ON app.{table} (c0);")
        if draw(st.booleans()):
            sql.append(f"COMMENT ON TABLE app.{table} IS {draw(st.sampled_from(['$$x$$', '$$y$$']))};")
        if draw(st.booleans()):
            sql.append(f"COMMENT ON COLUMN app.{table}.c0 IS {draw(st.sampled_from(['$$x$$', '$$y$$']))};")
        grant = draw(st.sampled_from([None, "SELECT ON app.{t} TO cmis_readonly",
                                      "SELECT ON app.{t} TO cmis_readonly WITH GRANT OPTION",
                                      "SELECT ON app.{t} TO PUBLIC", "MAINTAIN ON app.{t} TO cmis_app"]))
        if grant:
            sql.append(f"GRANT {grant.format(t=table)};")
        if draw(st.booleans()):
            sql.append(f"ALTER TABLE app.{table} OWNER TO cmis_app;")
        if draw(st.booleans()):
            sql.append(f"ALTER TABLE app.{table} ENABLE ROW LEVEL SECURITY;")
            using = draw(st.sampled_from(["id IS NOT NULL", "c0 IS NOT NULL"]))
            sql.append(f"CREATE POLICY {table}_read ON app.{table} USING ({using});")
    if draw(st.booleans()):
        sql.append(f"CREATE VIEW app.v_{tables[0]} AS SELECT id, c0 FROM app.{tables[0]};")
        if draw(st.booleans()):
            sql.append(f"CREATE VIEW app.vv_{tables[0]} AS SELECT c0 FROM app.v_{tables[0]};")
    if draw(st.booleans()):
        body = draw(st.sampled_from(["SELECT 1", "SELECT 2"]))
        sql.append(f"CREATE FUNCTION app.f() RETURNS integer LANGUAGE sql IMMUTABLE AS $${body}$$;")
        if draw(st.booleans()):
            sql.append("REVOKE EXECUTE ON FUNCTION app.f() FROM PUBLIC;")
    return "\n".join(sql) + "\n"


# CI explores the same examples every run (a landing must not depend on luck); locally, set
# HYPOTHESIS_PROFILE=explore to draw new ones.
settings.register_profile("ci", max_examples=12, derandomize=True, deadline=None, print_blob=True,
                          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile("explore", parent=settings.get_profile("ci"), derandomize=False, max_examples=40)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(a=schemas(), b=schemas())
def test_random_schemas_converge_both_ways(a: str, b: str, make_db: Callable[[], str], server_url: str,
                                           tmp_path_factory) -> None:  # type: ignore[no-untyped-def]
    case = tmp_path_factory.mktemp("case")
    (case / "a.sql").write_text(a)
    (case / "b.sql").write_text(b)
    for direction in ("forward", "reverse"):
        converge(Path(case), direction, make_db, server_url, tmp_path_factory.mktemp("plan"))
