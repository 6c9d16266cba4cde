"""The console script starts live's signature read before click parses (entry.py): the command takes
that read only when click parsed the same live and limits, and answers the same either way."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import click
import pytest

from .cli_helpers import app_in_desired_and_live, json_out

# entry.main with every Signature made counted: the URL of each, on stderr at exit
_COUNTING = """
import atexit, sys
from cmis_diff import entry, remembered
made = []
class Counted(remembered.Signature):
    def __init__(self, url, limits):
        made.append(url)
        super().__init__(url, limits)
remembered.Signature = Counted
atexit.register(lambda: print("signatures:", made, file=sys.stderr))
entry.main()
"""


@pytest.mark.parametrize("args", [
    ["drift", "--live", "postgresql:///a"],
    ["drift", "--live=postgresql:///a?options=-c%20x%3Dy", "--format", "json"],
    ["plan", "--desired", "d", "--live", "postgresql:///a", "--lock-timeout", "2.5", "--statement-timeout=0"],
    ["drift", "--live", "postgresql:///a", "--live", "postgresql:///b"],  # the last one counts, as in click
    ["plan", "--scratch-url", "postgresql:///s", "--live", "postgresql:///a"],  # desired elsewhere: no read
    ["plan", "--no-verify", "--live", "", "--out", "p.sql"],  # no live: the embedded default, no read
])
def test_the_guess_is_what_click_parses(args: list[str]) -> None:
    from cmis_diff import cli, entry, remembered, waits

    # under the group's context, as the command runs: a command given a context of its own keeps
    # that context's help option names (click caches them), and docs/cli.md's help would change
    group = click.Context(cli.main, info_name="cmis-diff", **cli.main.context_settings)
    params = getattr(cli, args[0]).make_context(args[0], list(args[1:]), parent=group).params
    url = remembered.applicable(params["live_url"], params["scratch_url"])
    parsed = (url, waits.Limits(params["lock_timeout"], params["statement_timeout"])) if url else None
    assert entry._guess(args) == parsed


@pytest.mark.parametrize("args", [
    ["drift", "--live", "postgresql:///a", "--targets", "t.toml"],  # a fleet: no one live
    ["drift", "--live", "postgresql:///a", "--adopt"],
    ["plan", "--live", "postgresql:///a", "--help"],
    ["drift", "--live"],  # no value: click's error, no read
    ["apply", "--live", "postgresql:///a"],  # not a command that recalls
])
def test_no_read_starts_where_the_command_reads_none(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from cmis_diff import entry

    monkeypatch.setattr(entry, "_early", None)
    entry._start(args)
    assert entry._early is None


def _counted(args: list[str], cwd: Path) -> tuple[subprocess.CompletedProcess, str]:
    proc = subprocess.run([sys.executable, "-c", _COUNTING, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)
    counted = [line for line in proc.stderr.splitlines() if line.startswith("signatures:")]
    assert counted, proc.stderr[-2000:]
    return proc, counted[-1]


def test_drift_takes_the_read_started_before_parsing_and_only_a_matching_one(
        tmp_path: Path, make_db: Callable[[], str]) -> None:
    # desired in a directory named like the option: a valid command line that fools the guess
    desired, live = app_in_desired_and_live(tmp_path, make_db, "--live")

    common = ["--format", "json", "--lock-timeout", "3"]
    first, made = _counted(["drift", f"--desired={desired}", "--live", live, *common], tmp_path)
    assert first.returncode == 0, first.stderr[-2000:]
    assert made == f"signatures: [{live!r}]"  # one read, started before click, taken by the command
    again, made = _counted(["drift", f"--desired={desired}", "--live", live, *common], tmp_path)
    assert again.returncode == 0 and made == f"signatures: [{live!r}]", again.stderr[-2000:]
    assert json_out(again)["status"] == "clean"

    # click reads `--desired --live` as desired "--live"; the guess took "--live" for live's URL
    fooled, made = _counted(["drift", "--desired", "--live", "--live", live, *common], tmp_path)
    assert fooled.returncode == 0, fooled.stderr[-2000:]
    assert made == f"signatures: ['--live', {live!r}]"  # the guess's read was not taken: the command read its own
    assert json_out(fooled)["status"] == "clean"


def test_an_interruption_past_the_command_s_own_handling_exits_1_without_a_traceback(tmp_path: Path) -> None:
    # what a second signal does when it lands while the command is already exiting (a SIGTERM
    # re-sent for one a finalizer swallowed): outside every handler of the command and of click
    script = ("import sys\nfrom cmis_diff import cli, entry\n"
              "def late(*args, **kwargs):\n    raise KeyboardInterrupt\n"
              "cli.main = late\nentry.main()\n")
    proc = subprocess.run([sys.executable, "-c", script, "drift"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr == "error: interrupted\n"
