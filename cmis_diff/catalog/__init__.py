"""Catalog inspection: the engine's model plus our own per-kind catalog fingerprint."""
