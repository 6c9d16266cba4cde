"""The product's own desired schema: seed-scale counts, the seed's design, and a full round trip."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from cmis_diff.apply.executor import apply
from cmis_diff.oracle import schema_dump
from cmis_diff.pipeline import plan
from cmis_diff.source.discover import discover
from cmis_diff.stats import count

from .support import approved_plan, dump_as_desired, endpoints, load_sql_file

DESIRED = Path(__file__).resolve().parent.parent / "desired"
SCHEMAS = {"archive", "cmis", "cmis_ai_analytics", "cmis_analytics", "cmis_audit", "cmis_dev", "cmis_knowledge",
           "cmis_marketing", "cmis_ops", "cmis_security_backup_20251111_202413", "cmis_staging",
           "cmis_system_health", "lab", "operations"}


@pytest.fixture(scope="module")
def built(server_url: str) -> str:
    """desired/ loaded once into a database of its own (as the scratch build does)."""
    from cmis_diff.connect import with_database

    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS desired_built WITH (FORCE)")
        conn.execute("CREATE DATABASE desired_built TEMPLATE template0")
    url = with_database(server_url, "desired_built")
    with psycopg.connect(url, autocommit=True) as conn:
        from cmis_diff.source.load import load

        load(conn, discover(DESIRED))
    return url


def test_layout_follows_the_seed() -> None:
    source = discover(DESIRED)
    names = [f.path.name for f in source.files]
    assert len(names) == 24
    assert names[0] == "extensions_and_schemas.sql"
    assert names[-5:] == ["all_sequences.sql", "all_constraints.sql", "all_indexes.sql", "all_functions.sql",
                          "all_triggers.sql"]
    assert len([n for n in names if n.startswith("domain_")]) == 18
    for f in source.files:
        assert f.text.startswith("-- AI Agent Context"), f.display


def test_catalog_counts(built: str) -> None:
    with psycopg.connect(built) as conn:
        counts = count(conn)
        schemas = {r[0] for r in conn.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
            "AND nspname NOT IN ('information_schema', 'public')")}
        extensions = {r[0] for r in conn.execute("SELECT extname FROM pg_extension WHERE extname <> 'plpgsql'")}
    assert schemas == SCHEMAS
    assert extensions == {"vector", "pg_trgm", "btree_gin", "btree_gist", "citext", "ltree", "unaccent",
                          "pg_stat_statements"}
    assert counts["tables"] == 189
    assert counts["constraints"] >= 409
    assert counts["indexes"] >= 171
    assert counts["sequences"] >= 30
    assert counts["functions"] >= 126
    assert counts["triggers"] >= 20
    assert counts["materialized_views"] >= 2


def test_seed_design_is_visible(built: str) -> None:
    with psycopg.connect(built) as conn:
        q = conn.execute
        # every tenant table (org_id uuid) has RLS enabled and at least one policy
        missing = q("""SELECT c.oid::regclass::text FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
                        WHERE a.attname = 'org_id' AND a.atttypid = 'uuid'::regtype AND c.relkind IN ('r', 'p')
                          AND (NOT c.relrowsecurity OR NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid))
                     """).fetchall()
        assert missing == []
        assert q("SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am m "
                 "ON m.oid = c.relam WHERE m.amname = 'hnsw'").fetchone()[0] >= 2  # type: ignore[index]
        assert q("SELECT count(*) FROM pg_attribute WHERE atttypid = 'vector'::regtype AND atttypmod = 1536"
                 ).fetchone()[0] >= 2  # type: ignore[index]
        assert q("SELECT count(*) FROM pg_index WHERE indpred IS NOT NULL AND pg_get_expr(indpred, indrelid) "
                 "LIKE '%deleted_at IS NULL%'").fetchone()[0] >= 20  # type: ignore[index]
        assert q("SELECT count(*) FROM pg_attribute WHERE atttypid = 'tsvector'::regtype").fetchone()[0] >= 5  # type: ignore[index]
        # SECURITY DEFINER functions always pin search_path
        unpinned = q("""SELECT p.oid::regprocedure::text FROM pg_proc p
                         WHERE p.prosecdef AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) s
                                                            WHERE s LIKE 'search\\_path=%')""").fetchall()
        assert unpinned == []
        assert q("SELECT count(*) FROM pg_proc WHERE prosecdef").fetchone()[0] >= 5  # type: ignore[index]
        assert q("SELECT count(*) FROM pg_type WHERE typtype = 'd' AND typnamespace::regnamespace::text LIKE "
                 "'cmis%'").fetchone()[0] >= 1  # type: ignore[index]
        assert q("SELECT count(*) FROM pg_type WHERE typtype = 'e'").fetchone()[0] >= 5  # type: ignore[index]
        for role in ("cmis_app", "cmis_readonly"):
            assert q("SELECT has_table_privilege(%s, 'cmis.campaigns', 'SELECT')", [role]).fetchone()[0]  # type: ignore[index]
        assert q("SELECT obj_description('cmis.orgs'::regclass, 'pg_class')").fetchone()[0]  # type: ignore[index]
        # relationships as the seed draws them
        fks = {r[0] for r in q("SELECT conrelid::regclass::text || '->' || confrelid::regclass::text "
                                "FROM pg_constraint WHERE contype = 'f'")}
        assert {"cmis.user_orgs->cmis.users", "cmis.user_orgs->cmis.orgs", "cmis.campaigns->cmis.orgs"} <= fks


def _plan_and_apply(desired: Path, live_url: str, server_url: str, tmp_path: Path, name: str) -> None:
    live, scratch = endpoints(live_url, server_url)
    result = plan(desired, live, scratch)
    assert result.verified and result.unconverged == []
    path = approved_plan(result, live_url, tmp_path / name)
    apply(path, live_url, lock_timeout_s=5, statement_timeout_s=300)
    assert plan(desired, live, scratch).changes == []


def test_empty_to_full_cmis_and_back(built: str, make_db: Callable[[], str], server_url: str,
                                     tmp_path: Path) -> None:
    live = make_db()
    _plan_and_apply(DESIRED, live, server_url, tmp_path, "up.sql")
    assert schema_dump(live) == schema_dump(built)
    dump_as_desired(live, server_url, tmp_path)  # its own pg_dump as desired: nothing to do

    empty = tmp_path / "empty.sql"
    empty.write_text("")
    _plan_and_apply(empty, live, server_url, tmp_path, "down.sql")
    blank = make_db()
    load_sql_file(blank, empty)
    assert schema_dump(live) == schema_dump(blank)
