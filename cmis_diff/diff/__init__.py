"""Deciding what changed: typed Change objects, and the engine that produces them."""
