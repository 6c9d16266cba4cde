"""Time `cmis-diff plan` (cold and warm) against the raw-migra pipeline over the same desired schema.

All numbers come from one run on one machine (they are noisy; compare ratios, not absolutes):
  * plan cold   : server stopped, then `cmis-diff plan` (includes starting the server)
  * plan warm   : server running, `cmis-diff plan` of desired against an empty live database
  * plan noop   : warm, live already equal to desired (the "nothing to do" path)
  * raw migra   : the same job done with migra 3.0 directly: create a scratch database, load
                  the desired files, inspect both with migra, diff, drop the scratch database
Each timing is the median of --repeat runs of a fresh process. Results: bench/results/run.json.

    python bench/run.py [--desired desired] [--repeat 5]
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

REPO = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "cmis_diff"]

RAW_MIGRA = r"""
import sys, secrets, psycopg
from psycopg import sql
from sqlalchemy.pool import NullPool
from sqlbag import S
from migra import Migration
from cmis_diff.source.discover import discover
server, live, desired = sys.argv[1:4]
source = discover(__import__("pathlib").Path(desired))
name = "raw_" + secrets.token_hex(4)
with psycopg.connect(server, autocommit=True) as c:
    c.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
try:
    params = psycopg.conninfo.conninfo_to_dict(server)
    base = f"postgresql://{params['user']}@/%s?host={params['host']}"
    with psycopg.connect(base % name, autocommit=True) as c:
        if source.roles:
            c.execute(source.roles.text.encode())
        for f in source.files:
            c.execute(f.text.encode())
    with S(base % live, poolclass=NullPool) as a, S(base % name, poolclass=NullPool) as b:
        m = Migration(a, b)
        m.set_safety(False)
        m.add_all_changes(privileges=True)
        print(len(m.statements))
finally:
    with psycopg.connect(server, autocommit=True) as c:
        c.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
"""


def timed(cmd: list[str], env: dict[str, str], ok: tuple[int, ...] = (0, 2)) -> float:
    t = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=REPO)
    elapsed = time.perf_counter() - t
    if proc.returncode not in ok:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr}")
    return elapsed


def median_of(n: int, fn) -> float:  # type: ignore[no-untyped-def]
    return statistics.median(fn() for _ in range(n))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--desired", default="desired")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="cmis-diff-bench-")
    env = {**os.environ, "CMIS_DIFF_HOME": home}
    for var in ("CMIS_DIFF_LIVE_URL", "DATABASE_URL", "CMIS_DIFF_SCRATCH_URL"):
        env.pop(var, None)
    out_dir = Path(tempfile.mkdtemp(prefix="cmis-diff-bench-plans-"))
    plan = [*CLI, "plan", "--desired", args.desired, "--format", "json"]

    subprocess.run([*CLI, "server", "start"], env=env, check=True, capture_output=True)  # initdb, once
    server_url = subprocess.run([*CLI, "server", "url"], env=env, check=True, capture_output=True,
                                text=True).stdout.strip()
    import psycopg
    from psycopg import sql

    from cmis_diff.connect import with_database

    with psycopg.connect(server_url, autocommit=True) as c:
        for name in ("bench_empty", "bench_full"):
            c.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
    empty, full = with_database(server_url, "bench_empty"), with_database(server_url, "bench_full")

    def cold() -> float:
        subprocess.run([*CLI, "server", "stop"], env=env, check=True, capture_output=True)
        return timed([*plan, "--live", empty, "--out", str(out_dir / "cold.sql")], env)

    results: dict[str, float] = {}
    results["plan_cold_s"] = median_of(max(1, args.repeat // 2), cold)
    results["plan_warm_s"] = median_of(args.repeat, lambda: timed([*plan, "--live", empty, "--out",
                                                                    str(out_dir / "warm.sql")], env))
    # bench_full (empty too, so the plan's live fingerprint matches) gets the plan applied;
    # then the no-change path is timed against it
    subprocess.run([*CLI, "approve", str(out_dir / "warm.sql"), "--by", "bench"], env=env, check=True,
                   capture_output=True)
    subprocess.run([*CLI, "apply", str(out_dir / "warm.sql"), "--live", full], env=env, check=True,
                   capture_output=True)
    results["plan_noop_s"] = median_of(args.repeat, lambda: timed([*plan, "--live", full], env, ok=(0, 2)))
    raw = [sys.executable, "-c", RAW_MIGRA, server_url, "bench_empty", str(REPO / args.desired)]
    results["raw_migra_s"] = median_of(args.repeat, lambda: timed(raw, env, ok=(0,)))
    results["ratio_warm_vs_raw_migra"] = results["plan_warm_s"] / results["raw_migra_s"]
    subprocess.run([*CLI, "server", "stop"], env=env, check=False, capture_output=True)

    for key, value in results.items():
        print(f"{key:28} {value:8.3f}")
    dest = REPO / "bench" / "results"
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "run.json").write_text(json.dumps({"desired": args.desired, "repeat": args.repeat, **results}, indent=2))


if __name__ == "__main__":
    main()
