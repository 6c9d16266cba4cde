"""Refusal by default: a plan that destroys data, narrows values live holds, or weakens row-level
security applies only when it was planned with `--allow-hazards` naming those kinds. Both the
allowed kinds and each refused hazard are header lines, sealed by the approval like the rest."""

from __future__ import annotations

from ..errors import CmisDiffError
from ..plan.planfile import ALLOW_HAZARDS, PlanText, refused_lines


def check(plan: PlanText, label: str) -> None:
    """Refuse, in one line naming the first hazard (kind, object, size), unless every blocking
    hazard's kind is allowed."""
    extra = plan.header.extra
    if ALLOW_HAZARDS not in extra:
        raise CmisDiffError(f"{label}: header lacks '-- {ALLOW_HAZARDS}:' (made by an older cmis-diff? plan again)")
    refused = refused_lines(extra)
    if not refused:
        return
    kinds = ",".join(sorted({line.split(" ", 1)[0] for line in refused}))
    more = f" (and {len(refused) - 1} more)" if len(refused) > 1 else ""
    raise CmisDiffError(f"{label}: refused: {refused[0]}{more}; review it, then plan again with --allow-hazards "
                        f"{kinds} to accept")
