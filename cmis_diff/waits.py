"""Bounded waits on live: the session limits every connection to live runs with, and, when one is
hit, a one-line error naming what we waited for (looked up on a second connection)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import CmisDiffError

if TYPE_CHECKING:
    import psycopg

LOCK_TIMEOUT_S = 5.0
STATEMENT_TIMEOUT_S = 300.0
CHECK_INTERVAL_MS = 1000  # client_connection_check_interval: a dead client's backend stops within ~1 s
_LOCK_NOT_AVAILABLE = "55P03"
_QUERY_CANCELED = "57014"


@dataclass(frozen=True)
class Limits:
    """lock_timeout and statement_timeout in seconds; 0 means no limit."""

    lock_timeout_s: float = LOCK_TIMEOUT_S
    statement_timeout_s: float = STATEMENT_TIMEOUT_S

    @property
    def settings(self) -> dict[str, str]:
        return {"lock_timeout": ms(self.lock_timeout_s), "statement_timeout": ms(self.statement_timeout_s)}


def ms(seconds: float) -> str:
    return f"{round(seconds * 1000)}ms"


def check(seconds: float, flag: str) -> float:
    """A timeout flag's value: 0 (no limit) or at least one millisecond."""
    if seconds != seconds or seconds < 0 or 0 < seconds < 0.001:  # NaN, negative, rounds to 0 ms
        raise CmisDiffError(f"{flag} {seconds:g}: must be 0 (no limit) or at least 0.001 seconds")
    return seconds


def session_options(limits: Limits | None) -> str:
    """Startup options (libpq `options`) for every session we open: the server notices a client
    that died; on live, lock and statement timeouts bound every query."""
    opts = [f"-c client_connection_check_interval={CHECK_INTERVAL_MS}"]
    if limits is not None:
        opts += [f"-c {name}={value}" for name, value in limits.settings.items()]
    return " ".join(opts)


def _seconds(value: float) -> str:
    return "no limit" if value == 0 else f"{value:g} s"


def _blocker(live_url: str, exclude: list[int]) -> str:
    """Who holds the strongest lock on a relation of live's database, from a second connection."""
    from importlib import resources

    import psycopg

    from .connect import connect
    from .render import names

    query = (resources.files("cmis_diff.catalog") / "queries" / "blockers.sql").read_text()
    try:
        with connect(live_url, "live", limits=Limits(1, 5)) as conn:
            row = conn.execute(query.encode(), [exclude]).fetchone()
    except (CmisDiffError, psycopg.Error):
        return "the lock holder could not be looked up"
    if row is None:
        return "no other session holds a relation lock now"
    relation, mode, pid, state, query_text = row
    first = (query_text or "").strip().splitlines()[0][:100] if (query_text or "").strip() else ""
    return (f"{names.printable_sql(relation)} is locked ({mode}) by pid {pid} ({state or 'unknown state'}"
            + (f": {names.literal(first)})" if first else ")"))


def describe(exc: psycopg.Error, live_url: str, limits: Limits, exclude: list[int]) -> str | None:
    """A lock or statement timeout as one line naming what we waited for; None for other errors."""
    if exc.sqlstate == _LOCK_NOT_AVAILABLE:
        return f"lock timeout ({_seconds(limits.lock_timeout_s)}, --lock-timeout) on live: " + \
            _blocker(live_url, exclude)
    if exc.sqlstate == _QUERY_CANCELED and "statement timeout" in (exc.diag.message_primary or ""):
        return f"statement timeout ({_seconds(limits.statement_timeout_s)}, --statement-timeout) on live: " + \
            _blocker(live_url, exclude)
    return None


@contextmanager
def explained(live_url: str, limits: Limits, conn: psycopg.Connection | None = None) -> Iterator[None]:
    """Turn a timeout on live into a one-line error naming the lock (exit 1, no traceback)."""
    import psycopg  # loaded by then: conn, or the connection that raised

    try:
        yield
    except psycopg.Error as exc:
        exclude = [conn.info.backend_pid] if conn is not None and not conn.closed else []
        line = describe(exc, live_url, limits, exclude)
        if line is None:
            raise
        raise CmisDiffError(line) from None


def lock_room(conn: psycopg.Connection, needed: int) -> str | None:
    """A notice when a plan's one transaction needs more lock table entries (`needed`, counted in
    its rehearsal) than live's server has in all: apply would fail with "out of shared memory"."""
    row = conn.execute("SELECT current_setting('max_locks_per_transaction')::int, "
                       "current_setting('max_connections')::int, "
                       "current_setting('max_prepared_transactions')::int").fetchone()
    if row is None or needed <= row[0] * (row[1] + row[2]):
        return None
    per, sessions = row[0], row[1] + row[2]
    return (f"the plan holds {needed:,} locks in its one transaction, more than live's lock table has room for "
            f"({per * sessions:,}: max_locks_per_transaction {per} x (max_connections {row[1]} + "
            f"max_prepared_transactions {row[2]})): apply would fail with 'out of shared memory'; set "
            f"max_locks_per_transaction to at least {-(-needed // sessions)} on live (a restart), or split the plan")
