"""What `cmis-diff export` (and `drift --adopt`) shows: rich text, or the JSON document
`"format": "cmis-diff export 1"` (docs/export.md)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape

from ..render import names
from .run import ExportResult
from .units import Key

FORMAT = "cmis-diff export 1"
_LIST_LIMIT = 12


def _objects(items: list[tuple[Key, str]]) -> list[dict[str, str]]:
    return [{"kind": k[0], "object": names.text(k[1]), "file": f} for k, f in items]


def document(result: ExportResult) -> dict[str, Any]:
    a = result.assignment
    domain_files = [f for f in a.order]
    return {
        "format": FORMAT,
        "status": "not-converged" if result.not_converged else "written" if result.changed_files else "unchanged",
        "source": result.source,
        "out": str(result.out),
        "mode": result.mode,
        "files": [{"file": f, "status": s, "statements": n} for f, s, n in result.files],
        "domains": [{"name": f.removeprefix("domain_").removesuffix(".sql"), "file": f, "phase": a.phase.get(f),
                     "tables": [names.qualified(*t) for t in a.tables_in(f)], "depends": a.depends.get(f, [])}
                    for f in domain_files],
        "unmapped": [names.qualified(*t) for t in result.unmapped],
        "added": _objects(result.outcome.added),
        "changed": _objects(result.outcome.changed),
        "removed": _objects(result.outcome.removed),
        "corrections": _objects(result.outcome.adjusted),
        "verified": result.verified,
        "not_converged": [{"kind": k, "object": names.text(o), "what": names.text(w)}
                          for k, o, w in result.not_converged],
        "roles_file": result.roles_file,
        "ignored": result.ignored,
        "seconds": round(result.seconds, 3),
    }


def _listing(out: Console, title: str, items: list[str]) -> None:
    if not items:
        return
    out.print(f"{title} ({len(items)}):")
    for item in items[:_LIST_LIMIT]:
        out.print(f"  {escape(item)}")
    if len(items) > _LIST_LIMIT:
        out.print(f"  ... and {len(items) - _LIST_LIMIT} more (--format json lists all)")


def print_text(result: ExportResult, out: Console) -> None:
    counts = {s: sum(1 for _, st, _ in result.files if st == s) for s in ("created", "updated", "unchanged")}
    o = result.outcome
    out.print(f"Exported {escape(names.text(result.source))} into {escape(str(result.out))} ({result.mode}): "
              f"{counts['created']} files created, {counts['updated']} updated, {counts['unchanged']} unchanged")
    out.print(f"objects: {len(o.added)} added, {len(o.changed)} changed, {len(o.removed)} removed"
              + (f"; {len(o.adjusted)} corrections added after statements that cover several objects"
                 if o.adjusted else "") + (f"; ignored: {result.ignored} objects" if result.ignored else ""))
    for f, status, n in result.files:
        if status != "unchanged":
            out.print(f"  {status:8} {escape(f)} ({n} statements)")
    if result.mode == "incremental":
        _listing(out, "changed", [f"{k[0]} {names.text(k[1])} ({f})" for k, f in o.changed])
        _listing(out, "added", [f"{k[0]} {names.text(k[1])} ({f})" for k, f in o.added])
        _listing(out, "removed", [f"{k[0]} {names.text(k[1])}" + (f" ({f})" if f else "") for k, f in o.removed])
    _listing(out, "unmapped tables (no rule of the domain map matched; placed by schema)",
             [names.qualified(*t) for t in result.unmapped])
    if result.not_converged:
        _listing(out, "not converged (the files would still differ from the source)",
                 [f"{k} {names.text(obj)}: {names.text(w)}" for k, obj, w in result.not_converged])
    elif result.verified:
        out.print("round trip verified: the files, loaded into a scratch database, plan empty against the source")
    else:
        out.print("round trip not verified (--no-verify)")
