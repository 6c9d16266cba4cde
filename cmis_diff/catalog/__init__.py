"""Catalog inspection: the engine's model plus our own per-kind catalog fingerprint."""

LEDGER_SCHEMA = "cmis_diff"  # our apply ledger: never part of any diff

# A database fresh from template0 (a scratch build, a restored copy of live) keeps the statistics
# of template0's small catalogs: once desired is loaded, the planner takes pg_depend's thousands of
# rows for a few and the inspection's joins run as nested loops (0.7 s for the dependency query on
# CMIS, 0.09 s analyzed; 0.13 s to analyze). A database owner may analyze these (no shared catalog
# among them); never run on live.
_ANALYZED = ("pg_depend", "pg_class", "pg_attribute", "pg_type", "pg_proc", "pg_constraint", "pg_index",
             "pg_attrdef", "pg_description", "pg_trigger", "pg_namespace", "pg_rewrite", "pg_policy",
             "pg_init_privs", "pg_extension")
ANALYZE_CATALOGS = "ANALYZE " + ", ".join(f"pg_catalog.{c}" for c in _ANALYZED)

# Whether one of those catalogs holds many more rows than its statistics say (half again, and 500
# more): a copy of live analyzed when restored, which a plan then grew in its transaction (from
# empty: by thousands of rows), or barely (an edit: a few rows, where analyzing again costs 0.13 s).
OUTGROWN = "SELECT " + " OR ".join(
    f"(SELECT count(*) FROM pg_catalog.{c}) > 1.5 * greatest((SELECT reltuples FROM pg_catalog.pg_class "
    f"WHERE oid = 'pg_catalog.{c}'::regclass), 0) + 500" for c in _ANALYZED)
