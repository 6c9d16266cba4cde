"""Time cmis-diff against the raw-migra pipeline over the same desired schema, in one run.

All numbers come from one run on one machine (they are noisy; compare ratios, not absolutes).
Each timing is the median of --repeat runs of a fresh process (a cron job pays imports too):
  * plan cold         server stopped, then `plan` of desired against an empty database
  * plan warm         server running, the same (desired model cached after the first run)
  * plan no-verify    warm, without the rehearsal on a copy of live (verification cost)
  * plan noop         warm, live already equal to desired
  * drift clean       warm, live equal to desired (fingerprint fast path)
  * raw migra         what a migra user runs for the same job: create a scratch database,
                      load the desired files, inspect both with migra, diff, drop scratch
  * fleet             `drift --targets` over --fleet copies of the full database
Results: bench/results/run.json (or run-core.json with --core: phase 1 + core identity only,
the foundation's desired).

    python bench/run.py [--desired desired] [--repeat 5] [--core] [--fleet 20]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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


def median_of(n: int, fn: Callable[[], float]) -> float:
    return statistics.median(fn() for _ in range(n))


def core_only(desired: Path) -> Path:
    """The foundation's desired: roles, phase 1 and the core identity domain (with its sections of
    the all_*.sql files), in a directory of its own."""
    out = Path(tempfile.mkdtemp(prefix="cmis-diff-core-"))
    for name in ("roles.sql", "extensions_and_schemas.sql", "domain_core_identity_and_access.sql"):
        (out / name).write_text((desired / name).read_text())
    order = ["extensions_and_schemas.sql", "domain_core_identity_and_access.sql"]
    for part in ("sequences", "constraints", "indexes", "functions", "triggers"):
        text = (desired / f"all_{part}.sql").read_text()
        # sections start at "-- <domain>" lines; keep the header, shared and core sections
        sections = re.split(r"(?m)^(?=-- [a-z_ ]+$)", text)
        kept = [s for s in sections if not re.match(r"-- [a-z_ ]+\n", s)
                or s.startswith(("-- core_identity_and_access\n", "-- shared"))]
        (out / f"all_{part}.sql").write_text("".join(kept))
        order.append(f"all_{part}.sql")
    (out / "manifest.toml").write_text('[[phase]]\nname = "core"\nfiles = [' + ", ".join(f'"{n}"' for n in order)
                                       + "]\n")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--desired", default="desired")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--core", action="store_true", help="the foundation's desired (phase 1 + core identity)")
    parser.add_argument("--fleet", type=int, default=20, help="databases for the fleet drift timing (0: skip)")
    args = parser.parse_args()
    desired = core_only(REPO / args.desired) if args.core else REPO / args.desired
    home = tempfile.mkdtemp(prefix="cmis-diff-bench-")
    env = {**os.environ, "CMIS_DIFF_HOME": home}
    for var in ("CMIS_DIFF_LIVE_URL", "DATABASE_URL", "CMIS_DIFF_SCRATCH_URL"):
        env.pop(var, None)
    out_dir = Path(tempfile.mkdtemp(prefix="cmis-diff-bench-plans-"))
    plan = [*CLI, "plan", "--desired", str(desired), "--format", "json"]

    subprocess.run([*CLI, "server", "start"], env=env, check=True, capture_output=True)  # initdb, once
    server_url = subprocess.run([*CLI, "server", "url"], env=env, check=True, capture_output=True,
                                text=True).stdout.strip()
    import psycopg
    from psycopg import sql

    from cmis_diff.connect import with_database

    def create(name: str, template: str = "template0") -> str:
        with psycopg.connect(server_url, autocommit=True) as c:
            c.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template)))
        return with_database(server_url, name)

    empty, full = create("bench_empty"), create("bench_full")

    def cold() -> float:
        subprocess.run([*CLI, "server", "stop"], env=env, check=True, capture_output=True)
        return timed([*plan, "--live", empty, "--out", str(out_dir / "cold.sql")], env)

    r: dict[str, float] = {}
    r["plan_cold_s"] = median_of(max(1, args.repeat // 2), cold)
    r["plan_warm_s"] = median_of(args.repeat, lambda: timed([*plan, "--live", empty, "--out",
                                                             str(out_dir / "warm.sql")], env))
    r["plan_warm_no_verify_s"] = median_of(args.repeat, lambda: timed(
        [*plan, "--live", empty, "--no-verify", "--out", str(out_dir / "nv.sql")], env))
    # bench_full (empty too, so the plan's live fingerprint matches) gets the plan applied
    subprocess.run([*CLI, "approve", str(out_dir / "warm.sql"), "--by", "bench"], env=env, check=True,
                   capture_output=True)
    subprocess.run([*CLI, "apply", str(out_dir / "warm.sql"), "--live", full, "--desired", str(desired)], env=env,
                   check=True, capture_output=True)
    r["plan_noop_s"] = median_of(args.repeat, lambda: timed([*plan, "--live", full], env, ok=(0,)))
    drift = [*CLI, "drift", "--desired", str(desired), "--format", "json"]
    r["drift_clean_s"] = median_of(args.repeat, lambda: timed([*drift, "--live", full], env, ok=(0,)))
    raw = [sys.executable, "-c", RAW_MIGRA, server_url, "bench_empty", str(desired)]
    r["raw_migra_s"] = median_of(args.repeat, lambda: timed(raw, env, ok=(0,)))
    r["ratio_plan_warm_vs_raw_migra"] = r["plan_warm_s"] / r["raw_migra_s"]
    r["ratio_drift_clean_vs_raw_migra"] = r["drift_clean_s"] / r["raw_migra_s"]
    r["verify_cost_s"] = r["plan_warm_s"] - r["plan_warm_no_verify_s"]
    if args.fleet:
        targets = out_dir / "fleet.txt"
        targets.write_text("".join(f"db{i}={create(f'bench_fleet_{i}', 'bench_full')}\n" for i in range(args.fleet)))
        r[f"drift_fleet_{args.fleet}_s"] = timed([*drift, "--targets", str(targets), "--jobs", "8"], env, ok=(0,))
    subprocess.run([*CLI, "server", "stop"], env=env, check=False, capture_output=True)

    for key, value in r.items():
        print(f"{key:32} {value:8.3f}")
    dest = REPO / "bench" / "results"
    dest.mkdir(parents=True, exist_ok=True)
    name = "run-core.json" if args.core else "run.json"
    (dest / name).write_text(json.dumps({"desired": "core" if args.core else args.desired, "repeat": args.repeat,
                                         **r}, indent=2))


if __name__ == "__main__":
    main()
