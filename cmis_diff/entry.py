"""The console script: live's catalog signature is asked for before the command line is parsed.

A remembered `drift`, or a `plan` with nothing to do, answers in one round trip to live
(remembered.py): about 30 ms of a fresh backend's work, which waited behind click's import and
parse (about 25 ms) on the command's critical path (issue 16). So `main` reads live's URL, the
scratch server and the timeouts from the arguments as click will, and starts that read at once;
the command takes it only when what click parsed agrees (`signature`), else starts its own. A wrong
guess costs one unused read, never another answer. A command answered so ends the process at once
(`exit_answered`).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from .remembered import Signature
    from .waits import Limits

_COMMANDS = ("drift", "plan")
_VALUED = ("--live", "--scratch-url", "--lock-timeout", "--statement-timeout")
# what makes the command read no signature first: help, a fleet, drift written into desired
_NO_SIGNATURE = ("-h", "--help", "--targets", "--adopt")

_early: tuple[str, Limits, Signature] | None = None  # live's URL and the limits guessed, and the read
_whole_process = False  # main runs: the process is this one command's


def main() -> None:
    global _whole_process
    _whole_process = True
    # a command builds catalog models of millions of objects, then ends: the cyclic collector's
    # passes over all of them cost a third of a 1,890-table plan and freed next to nothing (the
    # same peak RSS). Young cycles are still collected; the old generation is left to the exit.
    gc.set_threshold(100_000, 50, 1_000)
    with contextlib.suppress(Exception):  # a guess, no more: failing, the command reads its own
        _start(sys.argv[1:])
    try:
        from .cli import main as cli

        cli()
    except KeyboardInterrupt:  # one that came after the command's own handling, as it ended
        print("error: interrupted", file=sys.stderr)
        sys.exit(1)


def signature(url: str, limits: Limits) -> Signature:
    """Live's signature read: the one started before parsing if it was of this URL with these
    limits, else one started now."""
    if _early is not None and _early[:2] == (url, limits):
        return _early[2]
    from . import remembered

    return remembered.Signature(url, limits)


def exit_answered(code: int) -> NoReturn:
    """End a command answered from memory. As the console script, the process ends here, its output
    flushed and its atexit handlers run, without the interpreter tearing every module down (about
    15 ms of a 130 ms drift); elsewhere (a caller of cli.main), as sys.exit does."""
    if not _whole_process:
        sys.exit(code)
    sys.stdout.flush()
    sys.stderr.flush()
    atexit._run_exitfuncs()  # what the interpreter's exit would run first (CPython's own hook)
    os._exit(code)


def _start(args: list[str]) -> None:
    global _early
    guessed = _guess(args)
    if guessed is not None:
        from . import remembered

        _early = (*guessed, remembered.Signature(*guessed))


def _guess(args: list[str]) -> tuple[str, Limits] | None:
    """Live's URL and the limits as the command will read them, if it reads a signature first."""
    if not args or args[0] not in _COMMANDS:
        return None
    found = _options(args[1:])
    if found is None:
        return None
    from . import remembered, waits

    url = remembered.applicable(found.get("--live"), found.get("--scratch-url"))
    if url is None:
        return None
    try:
        return url, waits.Limits(float(found.get("--lock-timeout", waits.LOCK_TIMEOUT_S)),
                                 float(found.get("--statement-timeout", waits.STATEMENT_TIMEOUT_S)))
    except ValueError:
        return None


def _options(args: list[str]) -> dict[str, str] | None:
    """The last value of each option of _VALUED (`--name value` or `--name=value`, as click reads
    them), or None if the arguments hold one of _NO_SIGNATURE or end where a value should be."""
    found: dict[str, str] = {}
    rest = iter(args)
    for arg in rest:
        if arg == "--":
            break
        name, eq, value = arg.partition("=")
        if name in _NO_SIGNATURE:
            return None
        if name in _VALUED:
            given = value if eq else next(rest, None)
            if given is None:
                return None
            found[name] = given
    return found
