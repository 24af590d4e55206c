"""Pages: a named query's rows over a whole store read from its answers."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .builder import ANSWERS_FILE
from .plans import PLANS, Plan, store_state, terms

__all__ = ["forget_answers", "page"]


def forget_answers(store_dir: Path) -> None:
    """Remove a store's answers (before the store changes)."""
    with contextlib.suppress(FileNotFoundError):
        (Path(store_dir) / ANSWERS_FILE).unlink()


def page(
    store_dir: Path,
    name: str,
    text: str,
    params: dict[str, Any],
    *,
    limit: int | None,
    offset: int,
) -> tuple[list[str], list[list[Any]]] | None:
    """(variables, rows as pyoxigraph terms) of named query ``name`` over the whole store, from
    its answers; None when there are none to use (no answers, a store changed since, a query
    text or parameter they were not computed for): the query then runs live."""
    path = Path(store_dir) / ANSWERS_FILE
    if not path.is_file():
        return None
    plan = PLANS.get(name)
    if plan is None:
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        found = db.execute(
            "SELECT tab, variables, digest FROM queries WHERE name = ?", (name,)
        ).fetchone()
        (state,) = db.execute("SELECT state FROM store").fetchone()
        if found is None or state != store_state(Path(store_dir)):
            return None
        table, variables_json, digest = found
        if digest != hashlib.sha256(text.encode("utf-8")).hexdigest():
            return None
        variables: list[str] = json.loads(variables_json)
        where, args = _where(plan, variables, params)
        if where is None:
            return None
        cells = ", ".join(f"c{j}" for j in range(len(variables)))
        sql = f"SELECT {cells} FROM {table} {where} ORDER BY k LIMIT ? OFFSET ?"
        rows = db.execute(sql, (*args, -1 if limit is None else limit, offset)).fetchall()
    except sqlite3.Error:
        return None
    finally:
        db.close()
    present = [c for row in rows for c in row if c is not None]
    parsed = dict(zip(present, terms(present), strict=True))
    return variables, [[None if c is None else parsed[c] for c in row] for row in rows]


def _where(
    plan: Plan, variables: list[str], params: dict[str, Any]
) -> tuple[str | None, list[Any]]:
    """The SQL condition of the given parameters (None: one the answers cannot apply)."""
    known = {f.param: f for f in plan.filters}
    if set(params) - set(known):
        return None, []
    clauses: list[str] = []
    args: list[Any] = []
    for name, term in params.items():
        value = str(term.value)
        if value == "":
            continue  # "unbound or empty = every row"
        f = known[name]
        if f.kind == "equals":
            column = variables.index(f.columns[0])
            clauses.append(f"c{column} = ?")
            args.append(str(ox.Literal(value)))
        else:
            needle = value.lower()
            if "\x00" in needle:
                return None, []
            clauses.append("instr(s, ?) > 0")
            args.append(needle)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), args
