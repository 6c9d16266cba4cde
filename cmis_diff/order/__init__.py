"""Ordering changes by the dependencies the catalog records (pg_depend)."""
