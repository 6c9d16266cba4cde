"""Helpers shared by tests and bench: load SQL into a database, run a plan end to end."""

from __future__ import annotations

from pathlib import Path

from cmis_diff.config import Endpoint
from cmis_diff.connect import connect
from cmis_diff.source.discover import discover
from cmis_diff.source.load import load


def load_sql_file(url: str, path: Path) -> None:
    """Load one SQL file the way desired files are loaded (pglast split, dependency retry)."""
    if not path.read_text().strip():
        return
    with connect(url, "test database") as conn:
        load(conn, discover(path))


def endpoints(live_url: str, server_url: str) -> tuple[Endpoint, Endpoint]:
    return Endpoint(live_url, False), Endpoint(server_url, False)
