"""Our own per-kind comparisons: pure compare(old, new) -> list[Change], for kinds the engine gets wrong."""
