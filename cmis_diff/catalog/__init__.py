"""Catalog inspection: the engine's model plus our own per-kind catalog fingerprint."""

LEDGER_SCHEMA = "cmis_diff"  # our apply ledger: never part of any diff

# A database fresh from template0 (a scratch build, a restored copy of live) keeps the statistics
# of template0's small catalogs: once desired is loaded, the planner takes pg_depend's thousands of
# rows for a few and the inspection's joins run as nested loops (0.7 s for the dependency query on
# CMIS, 0.09 s analyzed; 0.13 s to analyze). A database owner may analyze these (no shared catalog
# among them); never run on live.
ANALYZE_CATALOGS = "ANALYZE " + ", ".join(f"pg_catalog.{c}" for c in (
    "pg_depend", "pg_class", "pg_attribute", "pg_type", "pg_proc", "pg_constraint", "pg_index", "pg_attrdef",
    "pg_description", "pg_trigger", "pg_namespace", "pg_rewrite", "pg_policy", "pg_init_privs",
    "pg_extension"))
