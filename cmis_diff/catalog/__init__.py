"""Catalog inspection: the engine's model plus our own per-kind catalog fingerprint."""

LEDGER_SCHEMA = "cmis_diff"  # our apply ledger: never part of any diff
