"""cmis-diff export: a database (or a pg_dump file) written as desired files, and back.

The round trip is the convergence property: the files, loaded into an empty database, give the
source's normalized pg_dump and its catalog counts, and a plan of the files against the source is
empty. Checked on the full CMIS schema (layout, domain map, determinism, an incremental update,
drift adoption into the hand-written desired/) and on the B side of every convergence case.
"""

from __future__ import annotations

import json
import shutil
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

import jsonschema
import psycopg
import pytest
from psycopg import sql

from cmis_diff.connect import connect, with_database
from cmis_diff.export import files as F
from cmis_diff.export.run import Options, export_dump, export_live
from cmis_diff.oracle import raw_schema_dump, schema_dump
from cmis_diff.pipeline import plan
from cmis_diff.render import names
from cmis_diff.source.discover import discover
from cmis_diff.source.load import load
from cmis_diff.stats import count

from .cli_helpers import json_out, run_cli, scratch_databases
from .support import endpoints, load_sql_file
from .test_hostile_names import SCHEMA_A, SCHEMA_B, hostile_role  # noqa: F401 (a fixture)

REPO = Path(__file__).resolve().parent.parent
DESIRED = REPO / "desired"
CASES = sorted(p for p in (Path(__file__).parent / "cases").iterdir() if p.is_dir() and (p / "b.sql").exists())
SHARED = ["all_sequences.sql", "all_constraints.sql", "all_indexes.sql", "all_functions.sql", "all_triggers.sql"]
PHASES = ["foundation", "independent_tables", "business_domains", "database_constraints", "business_logic"]


def _new_db(server_url: str, name: str, template: str = "template0") -> str:
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template)))
    return with_database(server_url, name)


def _built(url: str, directory: Path) -> dict[str, int]:
    """Load a desired directory into the (empty) database at url; its seed-style counts."""
    with connect(url, "test database") as conn:
        load(conn, discover(directory))
        return count(conn)


def _counts(url: str) -> dict[str, int]:
    with connect(url, "test database") as conn:
        return count(conn)


def _statements(path: Path) -> list[str]:
    return [b.statement.sql for b in F.parse(path.name, path.read_text()).blocks]


def _texts(directory: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(directory.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def cmis(server_url: str) -> Iterator[str]:
    """The full CMIS desired schema loaded into a database of its own (the export's source)."""
    url = _new_db(server_url, "export_cmis")
    with connect(url, "test database") as conn:
        load(conn, discover(DESIRED))
    yield url
    with psycopg.connect(server_url, autocommit=True) as conn:
        for name in ("export_cmis", "export_cmis_built", "export_cmis_hot", "export_cmis_adopt"):
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


@pytest.fixture(scope="module")
def exported(cmis: str, server_url: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Full CMIS exported once with the seed's domain map (desired/domains.toml)."""
    out = tmp_path_factory.mktemp("export") / "desired"
    live, scratch = endpoints(cmis, server_url)
    result = export_live(live, scratch, Options(out, DESIRED / "domains.toml"))
    assert result.verified and result.not_converged == [] and result.unmapped == []
    assert result.outcome.adjusted == [], "a fresh export needed corrections"
    return out


def test_cmis_layout_round_trip_and_counts(exported: Path, cmis: str, server_url: str) -> None:
    names = [f.path.name for f in discover(exported).files]
    wanted = [f.path.name for f in discover(DESIRED).files]
    assert names == wanted  # the seed's 24 files in the manifest's order, domains from the map
    manifest = (exported / "manifest.toml").read_text()
    assert [line.split('"')[1] for line in manifest.splitlines() if line.startswith("name = ")] == PHASES
    for name in names:
        assert (exported / name).read_text().startswith("-- AI Agent Context\n-- Purpose:   "), name
    # each domain file holds exactly the tables the hand-written one creates
    for name in [n for n in names if n.startswith("domain_")]:
        ours = {(b.statement.parts) for b in F.parse(name, (exported / name).read_text()).blocks
                if b.statement.key and b.statement.key[0] == "table" and b.statement.creates}
        theirs = {(b.statement.parts) for b in F.parse(name, (DESIRED / name).read_text()).blocks
                  if b.statement.key and b.statement.key[0] == "table" and b.statement.creates}
        assert ours == theirs, name
    # Depends: computed from foreign keys
    head = (exported / "domain_campaigns_and_contexts.sql").read_text().split("\n\n", 1)[0]
    assert "domain_core_identity_and_access.sql (foreign keys)" in head
    assert "-- Depends:   extensions_and_schemas.sql\n" in (exported / "domain_public_reference_tables.sql").read_text()

    live, scratch = endpoints(cmis, server_url)
    again = plan(exported, live, scratch, verify=False)
    assert [c.sql for c in again.changes] == [] and again.unconverged == []
    built = _new_db(server_url, "export_cmis_built")
    assert _built(built, exported) == _counts(cmis)
    assert schema_dump(built) == schema_dump(cmis)


def test_cmis_export_is_deterministic(exported: Path, cmis: str, server_url: str, tmp_path: Path) -> None:
    live, scratch = endpoints(cmis, server_url)
    export_live(live, scratch, Options(tmp_path / "again", DESIRED / "domains.toml", verify=False))
    assert _texts(tmp_path / "again") == _texts(exported)


def test_incremental_export_rewrites_only_the_changed_statement(exported: Path, cmis: str, server_url: str,
                                                                tmp_path: Path) -> None:
    """A hot-fix (one column added in live) adopted into an exported directory: one statement of
    one file changes, every other byte stays (so an unchanged database changes nothing)."""
    hot = _new_db(server_url, "export_cmis_hot", template="export_cmis")
    with psycopg.connect(hot, autocommit=True) as conn:
        conn.execute("ALTER TABLE cmis.campaigns ADD COLUMN hot_fix_note text")
    out = tmp_path / "desired"
    shutil.copytree(exported, out)
    live, scratch = endpoints(hot, server_url)
    result = export_live(live, scratch, Options(out, verify=False))  # the plan below checks the round trip
    before, after = _texts(exported), _texts(out)
    assert sorted(n for n in after if after[n] != before[n]) == ["domain_campaigns_and_contexts.sql"]
    old = _statements(exported / "domain_campaigns_and_contexts.sql")
    new = _statements(out / "domain_campaigns_and_contexts.sql")
    assert len(old) == len(new)
    differ = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    assert len(differ) == 1
    assert differ[0][1].startswith('create table "cmis"."campaigns"') and '"hot_fix_note" text' in differ[0][1]
    assert [k for k, _ in result.outcome.changed] == [("table", "cmis.campaigns")]
    assert plan(out, live, scratch, verify=False).changes == []


def test_drift_adopt_into_hand_written_desired(cmis: str, server_url: str, tmp_path: Path) -> None:
    """Hot-fixes in live (a column, an index, a new table with keys, a dropped CHECK written inside
    a hand-written CREATE TABLE, a comment removed, a privilege revoked despite a GRANT ... ON ALL
    TABLES) adopted into a copy of desired/: drift is clean afterwards, untouched files keep
    every byte."""
    hot = _new_db(server_url, "export_cmis_adopt", template="export_cmis")
    with psycopg.connect(hot, autocommit=True) as conn:
        conn.execute("ALTER TABLE cmis.orgs ADD COLUMN region text")
        conn.execute("CREATE INDEX orgs_region_idx ON cmis.orgs (region)")
        conn.execute("CREATE TABLE cmis.org_notes (note_id uuid PRIMARY KEY, "
                     "org_id uuid NOT NULL REFERENCES cmis.orgs, body text CHECK (body <> ''))")
        conn.execute("ALTER TABLE cmis.roles DROP CONSTRAINT roles_system_has_no_org")
        conn.execute("COMMENT ON TABLE cmis.users IS NULL")
        conn.execute("REVOKE SELECT ON cmis.orgs FROM cmis_readonly")
    desired = tmp_path / "desired"
    shutil.copytree(DESIRED, desired)
    proc = run_cli("drift", "--desired", str(desired), "--live", hot, "--adopt", "--format", "json", cwd=tmp_path)
    assert proc.returncode == 2, proc.stderr
    adopted = json_out(proc)["adopted"]
    jsonschema.validate(adopted, json.loads((REPO / "docs" / "json" / "export.schema.json").read_text()))
    assert adopted["format"] == "cmis-diff export 1" and adopted["mode"] == "incremental"
    assert adopted["verified"] and adopted["not_converged"] == []
    assert {(o["kind"], o["object"]) for o in adopted["added"]} >= {("table", "cmis.org_notes"),
                                                                      ("index", "cmis.orgs_region_idx")}
    assert ("comment", "table cmis.users") in {(o["kind"], o["object"]) for o in adopted["removed"]}
    changed = sorted(n for n, t in _texts(desired).items() if t != _texts(DESIRED).get(n))
    assert changed == ["all_constraints.sql", "all_indexes.sql", "domain_core_identity_and_access.sql"]
    core = (desired / "domain_core_identity_and_access.sql").read_text()
    assert "Multi-tenant identity and RBAC" in core  # the person's header stays
    assert "cmis.org_notes" in core.split("\n\n", 1)[0]  # its Tables line names the new table
    assert core.index('REVOKE SELECT ON TABLE "cmis"."orgs" FROM "cmis_readonly"') > \
        core.index("GRANT SELECT ON ALL TABLES IN SCHEMA cmis TO cmis_readonly")
    clean = run_cli("drift", "--desired", str(desired), "--live", hot, cwd=tmp_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert scratch_databases(server_url) == []


def _case_params() -> list:
    params = []
    for case in CASES:
        meta = tomllib.loads((case / "case.toml").read_text()) if (case / "case.toml").exists() else {}
        reason = meta.get("xfail_export")
        params.append(pytest.param(case, id=case.name,
                                   marks=[pytest.mark.xfail(reason=reason, strict=True)] if reason else []))
    return params


@pytest.mark.parametrize("case", _case_params())
def test_round_trip_every_case(case: Path, make_db: Callable[[], str], server_url: str, tmp_path: Path) -> None:
    """B of every convergence case exported, loaded into an empty database: the same pg_dump and
    counts, and a plan of the files against B is empty."""
    source, built = make_db(), make_db()
    load_sql_file(source, case / "b.sql")
    live, scratch = endpoints(source, server_url)
    out = tmp_path / "desired"
    meta = tomllib.loads((case / "case.toml").read_text()) if (case / "case.toml").exists() else {}
    if "export_unconverged" in meta:  # what no file may hold (a secret): reported by the round trip
        reported = export_live(live, scratch, Options(out)).not_converged
        assert sorted(f"{kind} {identity}" for kind, identity, _ in reported) == sorted(meta["export_unconverged"])
        return
    result = export_live(live, scratch, Options(out, verify=False))
    assert result.mode == "fresh" and result.outcome.removed == []
    assert _built(built, out) == _counts(source)
    assert schema_dump(built) == schema_dump(source)
    again = plan(out, live, scratch, verify=False)
    assert [c.sql for c in again.changes] == [] and again.unconverged == []


def test_small_schema_domain_map_unmapped_roles_json(make_db: Callable[[], str], server_url: str,
                                                      tmp_path: Path) -> None:
    """Globs of a domain map, an unmapped table (listed, kept in its schema's domain), a type and a
    view placed with the tables that use them, FK dependencies, a schema name that is not a file
    name, roles.sql, and the JSON document."""
    source = make_db()
    with psycopg.connect(source, autocommit=True) as conn:
        conn.execute('CREATE SCHEMA crm; CREATE SCHEMA "Odd\nName";'
                     "CREATE TYPE crm.stage AS ENUM ('new', 'won');"
                     "CREATE TABLE crm.accounts (account_id int PRIMARY KEY, name text NOT NULL);"
                     "CREATE TABLE crm.deals (deal_id int PRIMARY KEY, account_id int REFERENCES crm.accounts, "
                     "stage crm.stage NOT NULL DEFAULT 'new');"
                     "CREATE TABLE crm.audit_trail (at timestamptz NOT NULL DEFAULT now());"
                     'CREATE TABLE "Odd\nName"."T" (x int);'
                     "CREATE VIEW crm.won_deals AS SELECT d.deal_id, a.name FROM crm.deals d "
                     "JOIN crm.accounts a USING (account_id) WHERE d.stage = 'won';"
                     "GRANT SELECT ON crm.won_deals TO cmis_readonly;"
                     "COMMENT ON TABLE crm.deals IS 'Sales pipeline.';")
    domains = tmp_path / "domains.toml"
    domains.write_text('[[domain]]\nname = "accounts"\ntables = ["crm.acc*"]\n'
                       '[[domain]]\nname = "sales"\npurpose = "Deals through the pipeline."\ntables = ["crm.deal*"]\n')
    proc = run_cli("export", "--live", source, "--out", "out", "--domains", str(domains), "--roles", "--format", "json",
                   cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    doc = json_out(proc)
    jsonschema.validate(doc, json.loads((REPO / "docs" / "json" / "export.schema.json").read_text()))
    assert doc["format"] == "cmis-diff export 1" and doc["status"] == "written" and doc["verified"]
    assert doc["unmapped"] == [names.qualified("Odd\nName", "T"), "crm.audit_trail"]
    domains_doc = {d["name"]: d for d in doc["domains"]}
    assert domains_doc["accounts"]["tables"] == ["crm.accounts"] and domains_doc["accounts"]["depends"] == []
    assert domains_doc["sales"]["depends"] == ["domain_accounts.sql"]
    assert domains_doc["sales"]["phase"] == "business_domains"
    assert domains_doc["accounts"]["phase"] == "independent_tables"
    out = tmp_path / "out"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["all_constraints.sql", "domain_accounts.sql", "domain_crm.sql", "domain_odd_name.sql", "domain_sales.sql",
         "extensions_and_schemas.sql", "manifest.toml", "roles.sql"])
    sales = (out / "domain_sales.sql").read_text()
    assert sales.startswith("-- AI Agent Context\n-- Purpose:   Deals through the pipeline.\n-- Tables:    crm.deals\n")
    assert 'CREATE TYPE "crm"."stage"' in sales and '"crm"."won_deals"' in sales  # used by deals; reads deals last
    assert "Sales pipeline." in sales and "crm.audit_trail" in (out / "domain_crm.sql").read_text()
    assert "CREATE ROLE cmis_readonly NOLOGIN" in (out / "roles.sql").read_text()
    assert "\n" not in (out / "domain_odd_name.sql").read_text().split("\n\n", 1)[0].replace("\n--", "")
    text = run_cli("export", "--live", source, "--out", "out", cwd=tmp_path)
    assert text.returncode == 0 and "unchanged" in text.stdout and "round trip verified" in text.stdout
    assert run_cli("plan", "--desired", "out", "--live", source, cwd=tmp_path).returncode == 0
    # a person's roles.sql is never overwritten
    (out / "roles.sql").write_text("-- mine\nSELECT 1;\n")
    refused = run_cli("export", "--live", source, "--out", "out", "--roles", cwd=tmp_path)
    assert refused.returncode == 1 and "not written by cmis-diff export --roles" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1


def test_from_dump_plans_empty_against_its_source(make_db: Callable[[], str], server_url: str,
                                                   tmp_path: Path) -> None:
    source = make_db()
    load_sql_file(source, REPO / "tests" / "cases" / "multi_kind_realistic" / "b.sql")
    dump = tmp_path / "schema.sql"
    dump.write_text(raw_schema_dump(source))
    live, scratch = endpoints(source, server_url)
    result = export_dump(dump, scratch, Options(tmp_path / "desired"))
    assert result.source == str(dump) and result.verified and result.not_converged == []
    again = plan(tmp_path / "desired", live, scratch, verify=False)
    assert [c.sql for c in again.changes] == [] and again.unconverged == []


def test_bad_input_is_one_line(make_db: Callable[[], str], tmp_path: Path) -> None:
    source = make_db()
    (tmp_path / "domains.toml").write_text('[[domain]]\nname = "Bad Name"\ntables = ["a.*"]\n')
    (tmp_path / "file.sql").write_text("SELECT 1;\n")
    for args, message in [
        (("--domains", "domains.toml", "--out", "out"), "domains.toml: [[domain]] 1: name must be"),
        (("--out", "file.sql"), "file.sql: not a directory"),
        (("--from-dump", "file.sql", "--out", "out"), "--from-dump and --live name two sources"),
    ]:
        proc = run_cli("export", "--live", source, *args, cwd=tmp_path)
        assert proc.returncode == 1 and message in proc.stderr, proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.usefixtures("hostile_role")
@pytest.mark.parametrize("schema", ["a", "b"])
def test_hostile_names_round_trip(schema: str, make_db: Callable[[], str], server_url: str, tmp_path: Path) -> None:
    """The hostile schemas of test_hostile_names exported (with --roles): every comment and header
    line shows its text escaped (no raw line break), every file splits into its statements, nothing
    planted runs, file names are plain, and the files load into the same pg_dump."""
    source, built = make_db(), make_db()
    load_sql_file(source, _hostile_file(tmp_path, SCHEMA_A if schema == "a" else SCHEMA_B))
    live, scratch = endpoints(source, server_url)
    result = export_live(live, scratch, Options(tmp_path / "out", roles=True))
    assert result.verified and result.not_converged == []
    for path in (tmp_path / "out").iterdir():
        assert set(path.name) <= set("abcdefghijklmnopqrstuvwxyz0123456789_."), path.name
        text = path.read_text()
        assert all(line.isprintable() for line in text.split("\n") if line.startswith("--")), path.name
        if path.suffix == ".sql" and path.name != "roles.sql":
            blocks = F.parse(path.name, text).blocks
            assert all(b.ours for b in blocks)  # each statement under its own comment line: nothing merged
    assert "CREATE ROLE U&" in (tmp_path / "out" / "roles.sql").read_text()
    _built(built, tmp_path / "out")
    assert schema_dump(built) == schema_dump(source)
    with psycopg.connect(built) as conn:
        assert conn.execute("SELECT count(*) FROM public.canary").fetchone() == (0,)


def _hostile_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hostile.sql"
    path.write_text(text)
    return path
