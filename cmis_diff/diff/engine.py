"""The diff engine: the pinned `results` differ, wrapped so that kinds can be replaced one by one.

The engine compares two inspected models and emits SQL; we split that SQL with pglast, drop
exact repeats (the engine emits some statements twice), and classify each statement into a typed
Change. Everything downstream (plan file, summary, apply) sees only Changes.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Any

from pglast import split as pg_split

from ..catalog.inspect import Inspected
from ..order import graph
from ..render import engine_statements, names
from . import fixups, hazards
from .changes import Action, Change
from .classify import classify, parse_ahead
from .compare import (
    comments,
    default_privileges,
    enums,
    indexes,
    not_null,
    others,
    ownership,
    partitions,
    privileges,
    reloptions,
    storage,
    table_settings,
)
from .compare import types as types_compare
from .implied import without_implied_drops


def _engine_sql(live: Inspected, desired: Inspected) -> list[str]:
    from results.dbdiff import Migration

    engine_statements.install()
    migration = Migration(_with_enums_of(live.engine_model, desired.engine_model), desired.engine_model)
    migration.set_safety(False)  # we mark hazards ourselves; the engine must not refuse drops
    migration.add_all_changes_ordered(privileges=False)  # ours: diff/compare/privileges.py
    out: list[str] = []
    for chunk in migration.statements:
        out.extend(str(s).strip() for s in pg_split(chunk, with_parser=True))
    return out


def _with_enums_of(live_model: Any, desired_model: Any) -> Any:
    """A copy of the live engine model whose enums are desired's (and whose columns of changed enums
    look like desired's): enums are ours (diff/compare/enums.py). The engine pastes labels raw, and
    its re-creation of a changed enum restores the old column defaults."""
    changed = {k for k in live_model.enums.keys() & desired_model.enums.keys()
               if live_model.enums[k] != desired_model.enums[k]}
    model = copy.copy(live_model)
    model.enums = type(live_model.enums)(desired_model.enums)
    for attr in ("tables", "selectables"):
        relations = type(getattr(live_model, attr))(getattr(live_model, attr))
        for name, rel in relations.items():
            enum_columns = [c for c in rel.columns.values()
                            if getattr(c, "enum", None) is not None and c.enum.quoted_full_name in changed]
            if enum_columns:
                rel = copy.copy(rel)
                rel.columns = type(rel.columns)(rel.columns)
                for column in enum_columns:
                    column = copy.copy(column)
                    column.enum = desired_model.enums[column.enum.quoted_full_name]
                    rel.columns[column.name] = column
                relations[name] = rel
        setattr(model, attr, relations)
    return model


def _without_repeats(statements: list[str]) -> list[str]:
    seen: set[str] = set()
    unique = []
    for s in statements:
        if s and s not in seen:
            seen.add(s)
            unique.append(s)
    return unique


def _own_changes(live: Inspected, desired: Inspected) -> tuple[list[Change], list[Change], list[Change]]:
    """Kinds we diff ourselves: (before the engine's changes, after them, at the very end)."""
    old, new = live.model, desired.model
    rare, rare_drops = others.compare(old, new)
    types = types_compare.compare_domains(old.domains, new.domains) + \
        types_compare.compare_composites(old.composites, new.composites) + \
        types_compare.compare_ranges(old.ranges, new.ranges)
    enum_changes = enums.compare(old, new)
    index_drops, index_creates = indexes.rebuilt(live, desired)
    before = [c for c in types + enum_changes if c.action is not Action.DROP] + index_drops  # before re-creation
    drops = [c for c in types + enum_changes if c.action is Action.DROP] + rare_drops
    after = types_compare.compare_type_comments(old.domains, new.domains, old.composites, new.composites)
    after += partitions.compare(old, new) + rare
    after += not_null.compare(old, new)
    after += storage.compare(old, new) + table_settings.compare(old, new)
    after += ownership.compare(old, new)
    after += reloptions.compare(old, new) + reloptions.compare_access_methods(old, new)
    after += comments.compare(old.comments, new.comments)
    after += privileges.compare(old, new)
    # last: objects the plan creates get live's default privileges (privileges.compare counts on it)
    schemas = {k[1] for k in new.owners if k[0] == "SCHEMA"}
    drops += default_privileges.compare(old.default_grants_acl, new.default_grants_acl, schemas)
    return before, index_creates + after, drops


def diff(live: Inspected, desired: Inspected) -> list[Change]:
    """Changes that turn live into desired, in a first order (the rehearsal proves or fixes it)."""
    statements = _without_repeats(_engine_sql(live, desired))
    parse_ahead(statements)
    engine = [classify(s) for s in statements]
    engine = fixups.fix(engine, live, desired)
    before, after, drops = _own_changes(live, desired)
    # our types go right after the schemas and extensions they may need, before any table
    cut = max((i + 1 for i, c in enumerate(engine) if c.kind in ("schema", "extension") and c.action is Action.CREATE),
              default=0)
    changes = without_implied_drops(engine[:cut] + before + engine[cut:] + after + drops, live)
    # event triggers fire on the plan's own DDL: the ones that go, go first; new ones come last
    events = [c for c in changes if c.kind == "event trigger"]
    changes = [c for c in events if c.action is Action.DROP] + [c for c in changes if c.kind != "event trigger"] + \
        [c for c in events if c.action is not Action.DROP]
    if all(c.action is Action.SETTING for c in changes):
        return []
    # session settings (check_function_bodies = off) must precede everything
    settings = [c for c in changes if c.action is Action.SETTING]
    rest = graph.order([c for c in changes if c.action is not Action.SETTING], desired.model.depends,
                       live.model.drop_depends)
    return [_printable(c) for c in hazards.assess(settings + rest, live, desired)]


def _printable(change: Change) -> Change:
    """Names and strings that hold control or invisible characters rewritten as U&"..." / E'...'
    (same meaning): a statement never carries a raw line break inside a name or a value."""
    text = names.printable_sql(change.sql)
    return change if text == change.sql else replace(change, sql=text)
