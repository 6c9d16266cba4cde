"""Time `cmis-diff plan` of other git revisions against this checkout, in one run, same server.

Issue #5 asks for the warm plan time of full CMIS before and after the fidelity work, and issue #6
for the cost of verification (plan with and without the rehearsal). Each revision is checked out
into a temporary git worktree and run with that worktree first on PYTHONPATH (same interpreter and
libraries); every revision plans the same desired files against the same live databases:
  * empty      live is an empty database (the plan creates all of CMIS)
  * small      live is full CMIS with three hand-made changes (a dropped index, a comment, a column)
Medians of --repeat runs of a fresh process, after one warm-up run per revision (desired caches).

    python bench/versions.py [--refs 71180a8 HEAD] [--desired desired] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from psycopg import sql

REPO = Path(__file__).resolve().parent.parent
SMALL_CHANGES = (
    "DROP INDEX cmis.ad_sets_org_id_idx",
    "COMMENT ON TABLE cmis.ad_sets IS 'changed by hand'",
    "ALTER TABLE cmis.ad_sets ADD COLUMN legacy_note text",
)


def worktree(ref: str) -> Path:
    path = Path(tempfile.mkdtemp(prefix=f"cmis-diff-{ref[:12]}-"))
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(path), ref], check=True,
                   capture_output=True)
    return path


def run_plan(src: Path, desired: Path, live: str, scratch: str, home: str, extra: list[str]) -> float:
    env = {**os.environ, "PYTHONPATH": str(src), "CMIS_DIFF_HOME": home}
    out = Path(tempfile.mkdtemp(prefix="cmis-diff-bench-out-")) / "plan.sql"
    cmd = [sys.executable, "-m", "cmis_diff", "plan", "--desired", str(desired), "--live", live,
           "--scratch-url", scratch, "--out", str(out), "--format", "json", *extra]
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=src)
    elapsed = time.perf_counter() - t
    if proc.returncode not in (0, 2):
        raise SystemExit(f"plan failed ({proc.returncode}) for {src}: {proc.stderr.strip()[-400:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--refs", nargs="+", default=["71180a8", "HEAD"],
                        help="git revisions (default: the foundation's last commit, and HEAD)")
    parser.add_argument("--desired", default="desired")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from cmis_diff import server
    from cmis_diff.connect import with_database
    from cmis_diff.source.discover import discover
    from cmis_diff.source.load import load

    home = tempfile.mkdtemp(prefix="cmis-diff-bench-")
    os.environ["CMIS_DIFF_HOME"] = home
    scratch = server.start()
    desired = (REPO / args.desired).resolve()
    lives = {}
    with psycopg.connect(scratch, autocommit=True) as conn:
        for name in ("bench_empty", "bench_small"):
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            lives[name.removeprefix("bench_")] = with_database(scratch, name)
    with psycopg.connect(lives["small"], autocommit=True) as conn:
        load(conn, discover(desired))
        for statement in SMALL_CHANGES:
            conn.execute(statement)  # type: ignore[arg-type]

    results: dict[str, dict[str, float]] = {}
    trees = {ref: worktree(ref) for ref in args.refs}
    try:
        for ref, src in trees.items():
            modes: list[tuple[str, list[str]]] = [("", [])]
            if "--no-verify" in subprocess.run([sys.executable, "-m", "cmis_diff", "plan", "--help"], text=True,
                                               capture_output=True, cwd=src,
                                               env={**os.environ, "PYTHONPATH": str(src)}).stdout:
                modes.append(("_no_verify", ["--no-verify"]))
            row: dict[str, float] = {}
            for live_name, live in lives.items():
                for suffix, extra in modes:
                    run_plan(src, desired, live, scratch, home, extra)  # warm-up: caches
                    row[f"{live_name}{suffix}_s"] = round(statistics.median(
                        run_plan(src, desired, live, scratch, home, extra) for _ in range(args.repeat)), 2)
            results[ref] = row
            print(ref, row, flush=True)
    finally:
        for src in trees.values():
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(src)], capture_output=True)
        server.stop()
    first, last = args.refs[0], args.refs[-1]
    ratios = {f"{k} {last}/{first}": round(results[last][k] / results[first][k], 2)
              for k in results[first] if k in results[last]}
    for k in ("empty", "small"):
        if f"{k}_no_verify_s" in results[last]:
            cost = results[last][f"{k}_s"] - results[last][f"{k}_no_verify_s"]
            ratios[f"verify cost {k} ({last}), s"] = round(cost, 2)
    print(json.dumps({"results": results, "ratios": ratios}, indent=2))
    out = REPO / "bench" / "results" / "versions.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"results": results, "ratios": ratios}, indent=2))


if __name__ == "__main__":
    main()
