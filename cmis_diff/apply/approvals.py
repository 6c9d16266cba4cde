"""Approvals recorded in live (cmis_diff.approvals), under the database role that approves.

A file approval proves only that the file was not edited since someone ran `approve`; a row in
live's ledger also says which database role did (session_user, filled in by the server: a role
granted only INSERT on the other columns cannot claim another name), so that apply can require
one (--require-live-approval) and require it to come from a role other than the applying one
(--four-eyes).
"""

from __future__ import annotations

from datetime import UTC, datetime

from .. import waits
from ..config import Endpoint
from ..connect import connect
from ..plan.planfile import PlanText
from ..render import names
from . import ledger


def approve_in_live(live: Endpoint, plan: PlanText, label: str, by: str) -> str:
    """Record the approval of this plan (its hash) in live; returns the approving role, quoted."""
    with connect(live.url, "live", limits=live.limits) as conn, waits.explained(live.url, live.limits, conn), \
            ledger.locked(conn, label, live.limits):
        ledger.ensure(conn, plan.header.last_applied, label)
        with conn.transaction():
            ledger.Ledger(conn, write=True).append(ledger.APPROVALS, {
                "plan_file": label, "plan_hash": plan.plan_hash, "approved_by": by,
                "approved_at": datetime.now(UTC)})
        role = conn.execute("SELECT session_user").fetchone()
    return names.ident(str(role[0])) if role else "?"
