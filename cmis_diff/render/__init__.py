"""Rendering our own changes as SQL, always through psycopg.sql (identifiers quoted, never pasted)."""
