"""The README's tour runs as written: its shell block, in a fresh HOME (so a fresh embedded server,
no cache), from a checkout holding desired/ and .venv. A trailing comment `exit N` is the exit
code a line must end with; every other line must exit 0."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MARK = "<!-- tour -->"


def tour_lines() -> list[tuple[str, int]]:
    """(command, expected exit code) of each line of the README block marked as the tour."""
    text = (REPO / "README.md").read_text()
    block = text.split(MARK, 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    out = []
    for line in block.splitlines():
        command, _, comment = line.partition("  #")
        if not command.strip():
            continue
        words = comment.split()
        code = int(words[1].rstrip(":")) if len(words) > 1 and words[0] == "exit" else 0
        out.append((command.strip(), code))
    return out


def _script(lines: list[tuple[str, int]]) -> str:
    checks = []
    for command, code in lines:
        checks.append(f"{command}\nrc=$?; if [ $rc -ne {code} ]; then echo {shlex.quote('FAILED: ' + command)} "
                      f"\"(exit $rc, want {code})\" >&2; exit 1; fi")
    return "\n".join(checks) + "\n"


def test_the_readme_tour_runs_as_written(tmp_path: Path) -> None:
    lines = tour_lines()
    assert lines[0] == (". .venv/bin/activate", 0) and len(lines) > 5
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    shutil.copytree(REPO / "desired", checkout / "desired")
    (checkout / ".venv").symlink_to(Path(sys.prefix))
    # not under tmp_path: pytest keeps its base directory private (0700), and as root the embedded
    # server runs as another user that must reach its data directory
    home = Path(tempfile.mkdtemp(prefix="cmis-diff-tour-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CMIS_DIFF_", "XDG_DATA_HOME", "VIRTUAL_ENV"))
           and k not in ("DATABASE_URL", "PGHOST", "PGDATABASE", "PGUSER")}
    env["HOME"] = str(home)
    try:
        proc = subprocess.run(["bash", "-c", _script(lines)], cwd=checkout, env=env, capture_output=True, text=True,
                              timeout=600)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert "started the embedded PostgreSQL server" in proc.stderr  # the first command said so
        assert "reusing" not in proc.stderr and '"reused": true' in proc.stdout
        assert "No changes" in proc.stdout
    finally:
        subprocess.run(["bash", "-c", ". .venv/bin/activate && cmis-diff server stop"], cwd=checkout, env=env,
                       capture_output=True, timeout=120)
        shutil.rmtree(home, ignore_errors=True)
