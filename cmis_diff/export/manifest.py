"""manifest.toml: the seed's five phases and the files each loads, in order."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from ..errors import CmisDiffError
from ..source.discover import MANIFEST
from . import layout as L
from .domains import BUSINESS, Assignment

Phases = list[tuple[str, list[str]]]

_INTRO = ("# Load order of the desired schema: the seed's phases (written by cmis-diff export).\n"
          "# roles.sql (cluster-wide roles), when present, runs on the scratch server before these files.\n")


def phases(present: list[str], assignment: Assignment, found: Phases | None) -> Phases:
    """The phases listing the files present: an existing manifest's with new files added to their
    phase, else the seed's five (domain files in their phase, in the assignment's load order)."""
    if found is not None:
        out = found
        listed = {f for _, fs in found for f in fs}
        for name in sorted(set(present) - listed, key=lambda f: (f not in L.SHARED, f)):
            shared = next((p for p, fs in L.PHASES if name in fs), None)
            out = add(out, name, shared or assignment.phase.get(name, BUSINESS))
        return out
    rank = {f: n for n, f in enumerate(assignment.order)}
    domain_files = sorted((f for f in present if f not in L.SHARED), key=lambda f: (rank.get(f, len(rank)), f))
    return [(name, [f for f in files if f in present] if files else
             [f for f in domain_files if assignment.phase.get(f, BUSINESS) == name]) for name, files in L.PHASES]


def read(directory: Path) -> tuple[Phases, str] | None:
    """The phases of an existing manifest and its leading comment lines, or None without one."""
    path = directory / MANIFEST
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CmisDiffError(f"{path}: {exc}") from None
    phases = [(str(p.get("name", f"phase_{n}")), [str(f) for f in p.get("files", [])])
              for n, p in enumerate(data.get("phase", []), 1) if isinstance(p, dict)]
    intro = []
    for line in text.split("\n"):
        if not line.startswith("#"):
            break
        intro.append(line + "\n")
    return phases, "".join(intro)


def add(phases: Phases, file: str, phase: str) -> Phases:
    """The manifest with a new file at the end of its phase (the phase added in the seed's order)."""
    out = [(n, list(fs)) for n, fs in phases]
    for name, files in out:
        if name == phase:
            files.append(file)
            return out
    order = [n for n, _ in L.PHASES]
    rank = order.index(phase) if phase in order else len(order)
    at = next((i for i, (n, _) in enumerate(out) if n in order and order.index(n) > rank), len(out))
    out.insert(at, (phase, [file]))
    return out


def render(phases: Phases, intro: str = _INTRO) -> str:
    blocks = []
    for name, files in phases:  # every phase, even one without files: the seed's five stay visible
        listed = "".join(f"    {json.dumps(f)},\n" for f in files)
        blocks.append(f"[[phase]]\nname = {json.dumps(name)}\nfiles = [\n{listed}]\n")
    return (intro or _INTRO) + "\n" + "\n".join(blocks)
