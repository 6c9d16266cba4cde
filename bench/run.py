"""Time cmis-diff against the raw migra and raw `results` pipelines, in one run (issue 16).

Every timing is a fresh process (a cron job or a person pays imports too), the median of --repeat
runs; peak RSS is the largest resident set of the process and what it waited for (os.wait4). One
run on one machine is noisy: compare the ratios, which are computed within the same run. Scenarios
(`--only a,b`; default all):

  empty   plan of desired against an empty database, desired model cached: verified (+ rollback)
          and --no-verify, vs the raw migra and raw results pipelines (scratch build, inspection of
          both sides, diff; unverified)
  cold    the same verified plan with the embedded server stopped first
  edit    the everyday loop: live = the database built from desired; one domain file of a copy of
          desired is edited (a column added to its first CREATE TABLE, an index on it), a new edit
          each run so the edited model is never cached (the unedited one is, as after a previous
          plan), then a verified plan; vs raw migra and raw results on the same edit
  noop    plan when live already equals desired (model cached) vs drift, same run: as every later
          plan or check of an unchanged live answers (remembered), and the first since live changed
  drift   drift of a clean target vs the raw migra pipeline on the same live and desired; and its
          first check (live's fingerprint not cached by its catalog signature: read whole)
  scale   generated CMIS-like schemas (bench/generate.py) of 189 and --scale-tables tables: plan
          from empty, --no-verify and verified, desired model NOT cached, then --no-verify with it
          cached (as in `empty`); raw migra and raw results, and their scratch build alone;
          drift clean; growth factors (large / 189) of each (the 189-table timings are medians of
          --repeat, the large ones of --scale-repeat)
  rss     peak RSS of a verified full-desired plan and a --scale-tables --no-verify plan (uncached)
  fleet   drift --targets over --fleet copies of the full database (CREATE DATABASE ... TEMPLATE),
          --jobs at once, one timing; and one of the first check (no fingerprint cached)

A command still running after --timeout seconds is stopped (SIGTERM: cmis-diff drops its scratch
databases) and reported as timed out. Results: bench/results/<scenario>.json (<scenario>-core.json
with --core); --markdown prints the README table from the results on disk after the run (with
--only none: without running anything).

    python bench/run.py [--only edit,noop] [--repeat 3] [--markdown] [--fleet 100] [--jobs 8]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results"
CLI = [sys.executable, "-m", "cmis_diff"]

# What a migra or results user runs for the same job: create a scratch database, load the desired
# files (one round trip each), inspect live and scratch with the engine, diff, drop the scratch
# (engine "load": only the scratch build and its drop, the floor of both).
RAW = r"""
import pathlib, secrets, sys
import psycopg
from psycopg import sql
from cmis_diff.source.discover import discover
engine, server, live, desired = sys.argv[1:5]
source = discover(pathlib.Path(desired))
name = "raw_" + secrets.token_hex(4)
params = psycopg.conninfo.conninfo_to_dict(server)
base = f"postgresql://{params['user']}@/%s?host={params['host']}&port={params.get('port', 5432)}"
with psycopg.connect(server, autocommit=True) as c:
    c.execute(sql.SQL("CREATE DATABASE {} TEMPLATE template0").format(sql.Identifier(name)))
try:
    with psycopg.connect(base % name, autocommit=True) as c:
        if source.roles:
            c.execute(source.roles.text.encode())
        for f in source.files:
            c.execute(f.text.encode())
    if engine == "load":  # the scratch build alone: the floor of both pipelines
        pass
    elif engine == "migra":
        from migra import Migration
        from sqlalchemy.pool import NullPool
        from sqlbag import S
        sa = f"postgresql://{params['user']}@/%s?host={params['host']}&port={params.get('port', 5432)}"
        with S(sa % live, poolclass=NullPool) as a, S(sa % name, poolclass=NullPool) as b:
            m = Migration(a, b)
            m.set_safety(False)
            m.add_all_changes(privileges=True)
            print(len(m.statements))
    else:
        from results.dbdiff import Migration
        from results.schemainspect import PostgreSQL
        with psycopg.connect(base % live) as ca, psycopg.connect(base % name) as cb, ca.cursor() as xa, \
                cb.cursor() as xb:
            m = Migration(PostgreSQL(xa), PostgreSQL(xb))
            m.set_safety(False)
            m.add_all_changes_ordered(privileges=True)
            print(len(m.statements))
finally:
    with psycopg.connect(server, autocommit=True) as c:
        c.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))
"""


@dataclass
class Run:
    seconds: float | None  # None: timed out, or failed where failures are tolerated
    rss_mb: float
    stdout: str
    failure: str = ""  # why seconds is None


@dataclass
class Bench:
    """One benchmark session: a private embedded server (own CMIS_DIFF_HOME) and its databases."""

    desired: Path
    repeat: int
    timeout: float
    home: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="cmis-diff-bench-")))
    work: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="cmis-diff-bench-work-")))
    server_url: str = ""
    databases: list[str] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        env = {**os.environ, "CMIS_DIFF_HOME": str(self.home), "PYTHONPATH": str(REPO)}
        # PYTHONDONTWRITEBYTECODE would recompile every module of ours in every timed process: an
        # installed cmis-diff has its bytecode written once, as pip does
        for var in ("CMIS_DIFF_LIVE_URL", "DATABASE_URL", "CMIS_DIFF_SCRATCH_URL", "PYTHONDONTWRITEBYTECODE"):
            env.pop(var, None)
        return env

    def start_server(self) -> None:
        subprocess.run([*CLI, "server", "start"], env=self.env, check=True, capture_output=True)
        self.server_url = subprocess.run([*CLI, "server", "url", "--scratch"], env=self.env, check=True,
                                         capture_output=True, text=True).stdout.strip()

    def stop_server(self) -> None:
        subprocess.run([*CLI, "server", "stop"], env=self.env, check=False, capture_output=True)

    def clear_cache(self) -> None:
        shutil.rmtree(self.home / "cache", ignore_errors=True)

    def forget_live(self, _: int = 0) -> None:
        """Live's fingerprints cached by catalog signature, and the answers remembered by it, gone:
        drift reads the whole fingerprint, as the first check of a database does (every later check
        of an unchanged one recalls its answer)."""
        for pattern in ("signed-*.pickle", "answer-*.pickle"):
            for entry in (self.home / "cache").glob(pattern):
                entry.unlink()

    def url(self, db: str) -> str:
        from cmis_diff.connect import with_database

        return with_database(self.server_url, db)

    def create_db(self, name: str, template: str = "template0") -> str:
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.server_url, autocommit=True) as c:
            c.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            c.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template)))
        self.databases.append(name)
        return self.url(name)

    def built_db(self, name: str, desired: Path) -> str:
        """A database holding exactly `desired` (loaded the way scratch databases are)."""
        import psycopg

        from cmis_diff.source.discover import discover
        from cmis_diff.source.load import load

        url = self.create_db(name)
        with psycopg.connect(url, autocommit=True) as c:
            load(c, discover(desired))
        return url

    def drop_all(self) -> None:
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.server_url, autocommit=True) as c:
            for name in self.databases:
                c.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        self.databases.clear()

    def run(self, cmd: list[str], ok: tuple[int, ...] = (0, 2), tolerate: bool = False) -> Run:
        """One fresh process, timed, with its peak RSS; stopped after --timeout seconds. A failure
        stops the benchmark, unless tolerated (then it is recorded, as a time-out is)."""
        t = time.perf_counter()
        out = self.work / "stdout.txt"
        with out.open("w") as stdout, (self.work / "stderr.txt").open("w") as stderr:
            proc = subprocess.Popen(cmd, env=self.env, stdout=stdout, stderr=stderr, cwd=REPO,
                                    start_new_session=True)
            stopped = threading.Event()
            timer = threading.Timer(self.timeout, _stop, (proc.pid, stopped))
            timer.daemon = True
            timer.start()
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            except BaseException:  # Ctrl-C: the child has its own session, so stop it too
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait()
                raise
            finally:
                timer.cancel()
        elapsed = time.perf_counter() - t
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss / 1024
        if stopped.is_set():
            print(f"  timed out after {self.timeout:.0f} s: {_show(cmd)}", flush=True)
            return Run(None, rss, "", f"timed out after {self.timeout:.0f} s")
        if proc.returncode not in ok:
            err = (self.work / "stderr.txt").read_text()[-2000:]
            if not tolerate:
                raise SystemExit(f"benchmark command failed ({proc.returncode}): {_show(cmd)}\n{err}")
            print(f"  failed ({proc.returncode}) after {elapsed:.0f} s: {_show(cmd)}\n  {err.strip()}", flush=True)
            return Run(None, rss, "", f"exit {proc.returncode} after {elapsed:.0f} s: {err.strip()[:300]}")
        return Run(elapsed, rss, out.read_text())

    def median(self, cmd: Callable[[int], list[str]], ok: tuple[int, ...] = (0, 2), n: int | None = None,
               before: Callable[[int], None] | None = None, tolerate: bool = False) -> dict[str, Any]:
        """Median seconds of n runs (a timed-out or failed run stops the series), max RSS, the last
        stdout."""
        runs: list[Run] = []
        for i in range(n or self.repeat):
            if before:
                before(i)
            runs.append(self.run(cmd(i), ok, tolerate))
            if runs[-1].seconds is None:
                break
        return _summary(runs)

    def interleaved(self, series: dict[str, tuple[Callable[[int], list[str]], tuple[int, ...]]],
                    before: Callable[[int], None]) -> dict[str, dict[str, Any]]:
        """median() of each named (cmd, ok), run in turns (run i of each, then run i+1 of each): a
        machine that slows down or speeds up meanwhile weighs on every series alike, not on one."""
        runs: dict[str, list[Run]] = {name: [] for name in series}
        for i in range(self.repeat):
            for name, (cmd, ok) in series.items():
                if runs[name] and runs[name][-1].seconds is None:
                    continue  # timed out: its series stops there, as in median()
                before(i)
                runs[name].append(self.run(cmd(i), ok))
        return {name: _summary(done) for name, done in runs.items()}

    def plan(self, desired: Path, live: str, *extra: str) -> Callable[[int], list[str]]:
        return lambda i: [*CLI, "plan", "--desired", str(desired), "--live", live, "--format", "json",
                          "--out", str(self.work / f"plan-{i}.sql"), *extra]

    def drift(self, desired: Path, live: str) -> Callable[[int], list[str]]:
        return lambda i: [*CLI, "drift", "--desired", str(desired), "--live", live, "--format", "json"]

    def raw(self, engine: str, live_db: str, desired: Path) -> Callable[[int], list[str]]:
        return lambda i: [sys.executable, "-c", RAW, engine, self.server_url, live_db, str(desired)]


def _summary(runs: list[Run]) -> dict[str, Any]:
    """Median seconds (None if a run failed or timed out), max RSS, each run's seconds, the last stdout."""
    times = [r.seconds for r in runs if r.seconds is not None]
    out = {"s": round(statistics.median(times), 3) if len(times) == len(runs) else None,
           "rss_mb": round(max(r.rss_mb for r in runs), 1), "runs": [r.seconds for r in runs],
           "stdout": runs[-1].stdout}
    return {**out, "failed": runs[-1].failure} if runs[-1].failure else out


def _stop(pid: int, stopped: threading.Event) -> None:
    """SIGTERM the process group (cmis-diff cleans up its scratch databases), SIGKILL if it lingers."""
    stopped.set()
    for sig, wait in ((signal.SIGTERM, 30), (signal.SIGKILL, 0)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            return
        time.sleep(wait)


def _show(cmd: list[str]) -> str:
    return " ".join(c if len(c) < 80 else c[:40] + "..." for c in cmd)


def phases(stdout: str) -> dict[str, float]:
    """The plan's own phase timings (its JSON summary's timings_s)."""
    try:
        return json.loads(stdout).get("timings_s", {})
    except (json.JSONDecodeError, AttributeError):
        return {}


def _round(seconds: float | None) -> float | None:
    return round(seconds, 3) if seconds is not None else None


def ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


def timing(m: dict[str, Any], with_phases: bool = False) -> dict[str, Any]:
    out = {k: v for k, v in m.items() if k != "stdout"}
    if with_phases:
        out["phases_s"] = phases(m["stdout"])
    return out


# -- scenarios -------------------------------------------------------------------------------------------------


def scenario_empty(b: Bench) -> dict[str, Any]:
    empty = b.create_db("bench_empty")
    b.run(b.plan(b.desired, empty)(0))  # warm-up: caches the desired model
    r: dict[str, Any] = {"plan_verified": timing(b.median(b.plan(b.desired, empty)), True),
         "plan_no_verify": timing(b.median(b.plan(b.desired, empty, "--no-verify")), True),
         "raw_migra": timing(b.median(b.raw("migra", "bench_empty", b.desired), ok=(0,))),
         "raw_results": timing(b.median(b.raw("results", "bench_empty", b.desired), ok=(0,)))}
    r["ratio_plan_verified_vs_raw_migra"] = ratio(r["plan_verified"]["s"], r["raw_migra"]["s"])
    r["ratio_plan_no_verify_vs_raw_migra"] = ratio(r["plan_no_verify"]["s"], r["raw_migra"]["s"])
    return r


def scenario_cold(b: Bench) -> dict[str, Any]:
    empty = b.create_db("bench_empty")
    b.run(b.plan(b.desired, empty)(0))  # desired model cached: cold means the server, not the cache
    m = b.median(b.plan(b.desired, empty), n=max(1, b.repeat // 2), before=lambda i: b.stop_server())
    b.start_server()
    return {"plan_cold": timing(m, True)}


def edited_copy(desired: Path, dest: Path, i: int) -> str:
    """Copy desired to dest and edit its first domain file: column bench_note_<i> added to the file's
    first CREATE TABLE, and an index on it after that statement. Returns what was edited."""
    import pglast

    shutil.rmtree(dest, ignore_errors=True)
    shutil.copytree(desired, dest)
    for path in sorted(dest.glob("domain_*.sql")):
        text = path.read_bytes()  # pglast locations are byte offsets
        for raw in pglast.parse_sql(text.decode()):
            stmt: Any = raw.stmt
            start: int = raw.stmt_location or 0
            if type(stmt).__name__ != "CreateStmt" or stmt.partbound or stmt.inhRelations:
                continue
            end = start + raw.stmt_len if raw.stmt_len else len(text)
            body = text[start:end].rstrip()
            if not body.endswith(b")"):
                continue
            rel = stmt.relation
            qualified = f"{rel.schemaname}.{rel.relname}" if rel.schemaname else rel.relname
            col = f"bench_note_{i}"
            last = start + len(body[:-1].rstrip())  # after the last column or constraint
            index = f";\nCREATE INDEX {rel.relname[:40]}_{col}_idx ON {qualified} ({col})".encode()
            path.write_bytes(text[:last] + f",\n    {col} text".encode() + text[last:end] + index + text[end:])
            return f"{path.name}: {qualified}.{col} and an index on it"
    raise SystemExit(f"{desired}: no domain_*.sql file with a plain CREATE TABLE to edit")


def scenario_edit(b: Bench) -> dict[str, Any]:
    live = b.built_db("bench_full", b.desired)
    copy = b.work / "desired-edit"
    shutil.copytree(b.desired, copy)
    b.run(b.plan(copy, live)(0), ok=(0,))  # the unedited desired is cached, as after the last plan
    what: list[str] = []
    edit = lambda i: what.append(edited_copy(b.desired, copy, i + 1))  # noqa: E731
    # every run gets a new edit (never cached), the same edits for each pipeline, in turns
    m = b.interleaved({"plan_verified": (b.plan(copy, live), (0, 2)),
                       "raw_migra": (b.raw("migra", "bench_full", copy), (0,)),
                       "raw_results": (b.raw("results", "bench_full", copy), (0,))}, before=edit)
    r: dict[str, Any] = {"edit": what[0], "plan_verified": timing(m["plan_verified"], True),
                         "raw_migra": timing(m["raw_migra"]), "raw_results": timing(m["raw_results"])}
    r["ratio_plan_verified_vs_raw_migra"] = ratio(r["plan_verified"]["s"], r["raw_migra"]["s"])
    r["ratio_plan_verified_vs_raw_results"] = ratio(r["plan_verified"]["s"], r["raw_results"]["s"])
    return r


def scenario_noop(b: Bench) -> dict[str, Any]:
    live = b.built_db("bench_full", b.desired)
    b.run(b.plan(b.desired, live)(0), ok=(0,))  # caches the desired model
    # each answers once in full and remembers it: what every later plan or check of this live sees
    b.run(b.plan(b.desired, live)(0), ok=(0,))
    b.run(b.drift(b.desired, live)(0), ok=(0,))
    r: dict[str, Any] = {"plan_noop": timing(b.median(b.plan(b.desired, live), ok=(0,)), True),
         "drift_clean": timing(b.median(b.drift(b.desired, live), ok=(0,))),
         "plan_noop_first": timing(b.median(b.plan(b.desired, live), ok=(0,), before=b.forget_live), True),
         "drift_clean_first": timing(b.median(b.drift(b.desired, live), ok=(0,), before=b.forget_live))}
    r["ratio_plan_noop_vs_drift"] = ratio(r["plan_noop"]["s"], r["drift_clean"]["s"])
    r["ratio_plan_noop_first_vs_drift_first"] = ratio(r["plan_noop_first"]["s"], r["drift_clean_first"]["s"])
    return r


def scenario_drift(b: Bench) -> dict[str, Any]:
    live = b.built_db("bench_full", b.desired)
    b.run(b.drift(b.desired, live)(0), ok=(0,))  # caches the desired model
    r: dict[str, Any] = {"drift_clean": timing(b.median(b.drift(b.desired, live), ok=(0,))),
         "drift_clean_first": timing(b.median(b.drift(b.desired, live), ok=(0,), before=b.forget_live)),
         "raw_migra": timing(b.median(b.raw("migra", "bench_full", b.desired), ok=(0,)))}
    r["ratio_drift_clean_vs_raw_migra"] = ratio(r["drift_clean"]["s"], r["raw_migra"]["s"])
    r["ratio_drift_clean_first_vs_raw_migra"] = ratio(r["drift_clean_first"]["s"], r["raw_migra"]["s"])
    return r


def generated(b: Bench, tables: int, seed: int) -> Path:
    from bench.generate import Generator

    out = b.work / f"generated-{tables}"
    Generator(tables, seed).write(out)
    return out


def scenario_scale(b: Bench, large: int, seed: int, n_large: int) -> dict[str, Any]:
    # the 189-table timings are cheap: medians of --repeat, as elsewhere (one 8 s sample on a machine
    # whose speed swings by 2x moved the growth factors by a third); the large ones --scale-repeat
    r: dict[str, Any] = {"seed": seed, "repeat": {"189": b.repeat, str(large): n_large}}
    uncached = lambda i: b.clear_cache()  # noqa: E731
    for tables in (189, large):
        n = b.repeat if tables == 189 else n_large
        desired = generated(b, tables, seed)
        empty = b.create_db(f"bench_empty_{tables}")
        print(f"  {tables} tables", flush=True)
        s: dict[str, Any] = {
            "plan_no_verify": timing(b.median(b.plan(desired, empty, "--no-verify"), n=n, before=uncached,
                                              tolerate=True), True),
            "plan_verified": timing(b.median(b.plan(desired, empty), n=n, before=uncached, tolerate=True), True),
            # the desired model cached (by the plans above), as in the scenario "empty"
            "plan_no_verify_cached": timing(b.median(b.plan(desired, empty, "--no-verify"), n=n, tolerate=True),
                                            True),
            "raw_migra": timing(b.median(b.raw("migra", f"bench_empty_{tables}", desired), ok=(0,), n=n)),
            "raw_results": timing(b.median(b.raw("results", f"bench_empty_{tables}", desired), ok=(0,), n=n)),
            "raw_load": timing(b.median(b.raw("load", f"bench_empty_{tables}", desired), ok=(0,), n=n))}
        full = b.built_db(f"bench_full_{tables}", desired)
        b.run(b.drift(desired, full)(0), ok=(0,))  # caches the desired model
        s["drift_clean"] = timing(b.median(b.drift(desired, full), ok=(0,)))
        s["drift_clean_first"] = timing(b.median(b.drift(desired, full), ok=(0,), before=b.forget_live))
        s["ratio_plan_no_verify_vs_raw_migra"] = ratio(s["plan_no_verify"]["s"], s["raw_migra"]["s"])
        s["ratio_plan_verified_vs_raw_migra"] = ratio(s["plan_verified"]["s"], s["raw_migra"]["s"])
        s["ratio_plan_no_verify_cached_vs_raw_migra"] = ratio(s["plan_no_verify_cached"]["s"], s["raw_migra"]["s"])
        s["ratio_raw_load_vs_raw_migra"] = ratio(s["raw_load"]["s"], s["raw_migra"]["s"])
        r[str(tables)] = s
        b.drop_all()
    small, big = r["189"], r[str(large)]
    r["growth"] = {k: ratio(big[k]["s"], small[k]["s"])
                   for k in ("plan_no_verify", "plan_verified", "plan_no_verify_cached", "raw_migra", "raw_results",
                             "drift_clean")}
    return r


def scenario_rss(b: Bench, large: int, seed: int) -> dict[str, Any]:
    empty = b.create_db("bench_empty")
    b.clear_cache()
    full = b.run(b.plan(b.desired, empty)(0))
    desired = generated(b, large, seed)
    b.clear_cache()
    big = b.run(b.plan(desired, empty, "--no-verify")(0))
    return {"plan_verified_full_desired": {"s": _round(full.seconds), "rss_mb": round(full.rss_mb, 1)},
            f"plan_no_verify_{large}_tables": {"s": _round(big.seconds), "rss_mb": round(big.rss_mb, 1)}}


def scenario_fleet(b: Bench, size: int, jobs: int) -> dict[str, Any]:
    b.built_db("bench_full", b.desired)
    targets = b.work / "fleet.txt"
    targets.write_text("".join(f"db{i}={b.create_db(f'bench_fleet_{i}', 'bench_full')}\n" for i in range(size)))
    drift = [*CLI, "drift", "--desired", str(b.desired), "--targets", str(targets), "--jobs", str(jobs),
             "--format", "json"]
    b.run(drift, ok=(0,))  # caches the desired model
    b.forget_live()
    first = b.run(drift, ok=(0,))  # every target's fingerprint read whole (and cached)
    m = b.run(drift, ok=(0,))
    return {"size": size, "jobs": jobs, "drift_fleet": {"s": _round(m.seconds), "rss_mb": round(m.rss_mb, 1)},
            "drift_fleet_first": {"s": _round(first.seconds), "rss_mb": round(first.rss_mb, 1)}}


# -- output ----------------------------------------------------------------------------------------------------


def _get(doc: dict[str, Any], path: str) -> Any:
    for part in path.split("."):
        if not isinstance(doc, dict) or part not in doc:
            return None
        doc = doc[part]
    return doc


def markdown(suffix: str = "") -> str:
    """The README table, from the results on disk: cmis-diff next to raw migra and raw results."""
    docs = {p.stem.removesuffix(suffix): json.loads(p.read_text()) for p in sorted(RESULTS.glob(f"*{suffix}.json"))
            if p.stem.removesuffix(suffix) in SCENARIOS}
    rows = ["| measurement | cmis-diff | raw migra | raw results | cmis-diff / raw migra | goal (issue 16) |",
            "|---|---|---|---|---|---|"]

    def fmt(v: Any, unit: str = "s") -> str:
        if v is None:
            return ""
        if not isinstance(v, float | int):
            return str(v)
        return f"{v:.2f}{unit}" if unit == "×" else f"{v:.2f} {unit}"

    def ratio_cell(v: float) -> str:
        return f"{v:.3f}×" if v < 0.1 else f"{v:.2f}×"  # 0.034 is not "0.03" next to a goal of 0.03

    def row(label: str, name: str, ours: str, migra: str | None = None, results: str | None = None,
            rel: str | None = None, goal: str = "", unit: str = "s") -> None:
        doc = docs.get(name)
        if doc is None:
            return
        r = doc["results"]
        value = _get(r, ours)
        failed = _get(r, ours.rsplit(".", 1)[0] + ".failed") if "." in ours else None
        if value is None and failed:
            value = failed.split(":")[0] if failed.startswith("exit") else failed
        same = unit if unit == "×" else "s"  # the engines' columns: seconds, or growth factors
        cells = [fmt(value, unit), fmt(_get(r, migra), same) if migra else "",
                 fmt(_get(r, results), same) if results else "",
                 ratio_cell(_get(r, rel)) if rel and _get(r, rel) is not None else ""]
        rows.append(f"| {label} | " + " | ".join(cells) + f" | {goal} |")

    large = _get(docs.get("scale", {}), "results.large") or 1890
    row("plan from empty, verified + rollback", "empty", "plan_verified.s", "raw_migra.s", "raw_results.s",
        "ratio_plan_verified_vs_raw_migra")
    row("plan from empty, `--no-verify`", "empty", "plan_no_verify.s", "raw_migra.s", "raw_results.s",
        "ratio_plan_no_verify_vs_raw_migra")
    row("plan from empty, server stopped (cold)", "cold", "plan_cold.s")
    row("edit one domain file → verified plan (model not cached)", "edit", "plan_verified.s", "raw_migra.s",
        "raw_results.s", "ratio_plan_verified_vs_raw_migra", "≤ 1.0× raw migra")
    row("no-op plan (model cached)", "noop", "plan_noop.s", goal="≤ 1.2× drift clean")
    row("drift, clean (same run as the no-op plan)", "noop", "drift_clean.s")
    row("no-op plan / drift clean", "noop", "ratio_plan_noop_vs_drift", unit="×")
    row("no-op plan, first since live changed (live's fingerprint read whole)", "noop", "plan_noop_first.s")
    row("drift, clean, first since live changed (same run)", "noop", "drift_clean_first.s")
    row("no-op plan / drift clean, both first since live changed", "noop", "ratio_plan_noop_first_vs_drift_first",
        unit="×")
    row("drift, clean", "drift", "drift_clean.s", "raw_migra.s", None, "ratio_drift_clean_vs_raw_migra",
        "≤ 0.25 s, ≤ 0.03× raw migra")
    row("drift, clean, first check (live's fingerprint not cached)", "drift", "drift_clean_first.s", "raw_migra.s",
        None, "ratio_drift_clean_first_vs_raw_migra")
    for t in ("189", str(large)):
        row(f"generated {t} tables: plan from empty, `--no-verify`", "scale", f"{t}.plan_no_verify.s",
            f"{t}.raw_migra.s", f"{t}.raw_results.s", f"{t}.ratio_plan_no_verify_vs_raw_migra",
            "≤ 0.6× raw migra" if t != "189" else "")
        row(f"generated {t} tables: plan from empty, `--no-verify`, desired model cached", "scale",
            f"{t}.plan_no_verify_cached.s", f"{t}.raw_migra.s", f"{t}.raw_results.s",
            f"{t}.ratio_plan_no_verify_cached_vs_raw_migra", "≤ 0.6× raw migra" if t != "189" else "")
        row(f"generated {t} tables: the scratch build alone (raw migra's first step)", "scale", f"{t}.raw_load.s",
            f"{t}.raw_migra.s", None, f"{t}.ratio_raw_load_vs_raw_migra")
        row(f"generated {t} tables: plan from empty, verified", "scale", f"{t}.plan_verified.s",
            f"{t}.raw_migra.s", f"{t}.raw_results.s", f"{t}.ratio_plan_verified_vs_raw_migra")
        row(f"generated {t} tables: drift, clean", "scale", f"{t}.drift_clean.s",
            goal="≤ 1.5 s" if t != "189" else "")
        row(f"generated {t} tables: drift, clean, first check", "scale", f"{t}.drift_clean_first.s")
    row(f"growth 189 → {large} tables, plan `--no-verify`", "scale", "growth.plan_no_verify", "growth.raw_migra",
        "growth.raw_results", unit="×", goal="≤ 10×")
    row(f"growth 189 → {large} tables, plan verified", "scale", "growth.plan_verified", unit="×", goal="≤ 10×")
    row(f"growth 189 → {large} tables, plan `--no-verify`, desired model cached", "scale",
        "growth.plan_no_verify_cached", unit="×", goal="≤ 10×")
    row("peak RSS, full-CMIS verified plan", "rss", "plan_verified_full_desired.rss_mb", unit="MB",
        goal="≤ 250 MB")
    row(f"peak RSS, {large}-table `--no-verify` plan", "rss", f"plan_no_verify_{large}_tables.rss_mb", unit="MB",
        goal="≤ 1 GB")
    fleet = _get(docs.get("fleet", {}), "results")
    if fleet:
        row(f"drift over a fleet of {fleet['size']} copies ({fleet['jobs']} jobs, one timing)", "fleet",
            "drift_fleet.s", goal="≤ 20 s")
        row("the same, first check (no fingerprint cached)", "fleet", "drift_fleet_first.s")
    commits = sorted({d.get("commit", "?") for d in docs.values()})
    loads = [v for d in docs.values() for v in d.get("load_1min", {}).values()]
    load = f"; 1-minute load average {min(loads):.1f}-{max(loads):.1f} on {os.cpu_count()} cores" if loads else ""
    return "\n".join(rows) + f"\n\nFrom bench/results/*{suffix}.json, commit(s) {', '.join(commits)}{load}.\n"


SCENARIOS = ("empty", "cold", "edit", "noop", "drift", "scale", "rss", "fleet")


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


@contextmanager
def session(args: argparse.Namespace, desired: Path) -> Iterator[Bench]:
    b = Bench(desired, args.repeat, args.timeout)
    b.start_server()
    import psycopg

    with psycopg.connect(b.server_url, autocommit=True) as c:  # roles, as a desired load would create them
        roles = desired / "roles.sql"
        if roles.exists():
            c.execute(roles.read_bytes())
    try:
        yield b
    finally:
        try:
            b.start_server()
            b.drop_all()
        finally:
            b.stop_server()
            shutil.rmtree(b.home, ignore_errors=True)
            shutil.rmtree(b.work, ignore_errors=True)


def commit() -> str:
    proc = subprocess.run(["git", "-C", str(REPO), "describe", "--always", "--dirty"], capture_output=True, text=True)
    return proc.stdout.strip() or "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--desired", default="desired")
    parser.add_argument("--only", default=",".join(SCENARIOS), help="comma-separated scenarios, or 'none'")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--core", action="store_true", help="the foundation's desired (phase 1 + core identity)")
    parser.add_argument("--fleet", type=int, default=100, help="databases in the fleet scenario")
    parser.add_argument("--jobs", type=int, default=8, help="drift --jobs in the fleet scenario")
    parser.add_argument("--scale-tables", type=int, default=1890, help="tables of the large generated schema")
    parser.add_argument("--scale-repeat", type=int, default=1,
                        help="runs of each timing of the large generated schema (the 189-table one: --repeat)")
    parser.add_argument("--seed", type=int, default=1, help="generator seed of the scale scenarios")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds before one command is stopped")
    parser.add_argument("--markdown", action="store_true", help="print the README table after the run")
    args = parser.parse_args()
    only = [] if args.only == "none" else [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in only if s not in SCENARIOS]
    if unknown:
        raise SystemExit(f"run.py: unknown scenario(s) {', '.join(unknown)}; choose from {', '.join(SCENARIOS)}")
    sys.path.insert(0, str(REPO))
    desired = core_only(REPO / args.desired) if args.core else (REPO / args.desired).resolve()
    suffix = "-core" if args.core else ""
    RESULTS.mkdir(parents=True, exist_ok=True)
    runners: dict[str, Callable[[Bench], dict[str, Any]]] = {
        "empty": scenario_empty, "cold": scenario_cold, "edit": scenario_edit, "noop": scenario_noop,
        "drift": scenario_drift, "scale": lambda b: scenario_scale(b, args.scale_tables, args.seed, args.scale_repeat),
        "rss": lambda b: scenario_rss(b, args.scale_tables, args.seed),
        "fleet": lambda b: scenario_fleet(b, args.fleet, args.jobs)}
    for name in only:
        print(f"== {name}", flush=True)
        t, load = time.perf_counter(), os.getloadavg()[0]
        with session(args, desired) as b:
            results = runners[name](b)
        if name == "scale":
            results["large"] = args.scale_tables
        doc = {"scenario": name, "commit": commit(), "desired": "core" if args.core else args.desired,
               "repeat": args.repeat, "timeout_s": args.timeout,
               "when": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
               "wall_s": round(time.perf_counter() - t, 1), "cpus": os.cpu_count(),
               # other processes' load makes every figure slower: read ratios, and compare loads
               "load_1min": {"start": round(load, 2), "end": round(os.getloadavg()[0], 2)}, "results": results}
        (RESULTS / f"{name}{suffix}.json").write_text(json.dumps(doc, indent=2) + "\n")
        print(json.dumps(results, indent=2), flush=True)
    if args.markdown:
        print(markdown(suffix))


if __name__ == "__main__":
    main()
