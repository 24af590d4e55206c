"""Answers kept with a store (graph/answers.py): every named query, with and without its
parameters, gives from the answers exactly the rows pyoxigraph gives on the store (the same
multiset, in an order the query's ORDER BY allows), in pages; a store changed since has none."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

import graph.answers.builder as answers
from graph.answers import ANSWERS_FILE
from graph.answers.order import order_keys, sort_key
from graph.exporter import export
from graph.sparql import _term, bind_values, list_queries, run_query
from graph.store import load_store

DATA = Path(__file__).parent / "data"
CASES: list[tuple[str, dict[str, str]]] = [
    *((q.name, {}) for q in list_queries()),
    ("who", {"text": "patch"}),
    ("who", {"text": "SECURITY"}),
    ("who", {"text": ""}),
    ("provenance", {"text": "aws"}),
    ("provenance", {"text": "<https://w3id.org/srgraph/vocab/org/aws>"}),
    ("by-category", {"key": "patching"}),
    ("compliance-chain", {"party": "customer"}),
]


@pytest.fixture(scope="module", params=[1, 2, 100], ids=lambda b: f"batch-{b}")
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus pages (and the real pages' first ten) loaded from one merged dataset, the
    answers computed in batches of 1, 2 or 100 documents."""
    out = tmp_path_factory.mktemp("exports")
    docs = [*sorted(DATA.glob("*.md")), *sorted(DATA.glob("real/*.md"))[:10]]
    export(docs, output_dir=out, formats=["nq"], merged="all", validate=False, jobs=1)
    path = tmp_path_factory.mktemp("store") / "db"
    batch = answers.BATCH
    answers.BATCH = request.param
    try:
        load_store([out / "all.nq"], store=path)
    finally:
        answers.BATCH = batch
    assert (path / ANSWERS_FILE).is_file()
    return path


def live(store: Path, name: str, params: dict[str, str]) -> tuple[list[str], list[tuple[str, ...]]]:
    query = next(q for q in list_queries() if q.name == name)
    text = bind_values(query.text, {k: _term(v) for k, v in params.items()})
    st = ox.Store.read_only(str(store))
    res = st.query(text, use_default_graph_as_union=True)
    variables = [v.value for v in res.variables]  # type: ignore[union-attr]
    rows = [tuple(str(s[v]) if s[v] is not None else "" for v in variables) for s in res]  # type: ignore[union-attr]
    return variables, rows


@pytest.mark.parametrize(("name", "params"), CASES, ids=lambda c: str(c))
def test_answers_are_the_live_rows(store: Path, name: str, params: dict[str, str]) -> None:
    variables, expected = live(store, name, params)
    result = run_query(name, params=params, store=store)
    got = [tuple(str(t) if t is not None else "" for t in row) for row in result.rows]
    assert result.variables == variables
    assert Counter(got) == Counter(expected)
    keys = order_keys(next(q.text for q in list_queries() if q.name == name))
    assert keys is not None
    order = [
        sort_key(keys, dict(zip(variables, row, strict=True)))
        for row in (tuple(t for t in r) for r in result.rows)
    ]
    assert order == sorted(order)  # in the query's order


def test_pages_slice_the_rows(store: Path) -> None:
    whole = run_query("duties", store=store).rows
    assert len(whole) > 100
    pages = [run_query("duties", store=store, limit=40, offset=k).rows for k in (0, 40, 80)]
    assert [r for p in pages for r in p] == whole[:120]
    assert run_query("duties", store=store, limit=5, offset=len(whole) - 2).rows == whole[-2:]
    who = run_query("who", store=store, params={"text": "patch"}, limit=3, offset=1).rows
    assert who == run_query("who", store=store, params={"text": "patch"}).rows[1:4]


def test_a_changed_store_answers_live(store: Path, tmp_path: Path) -> None:
    """A later load removes the answers; a store changed behind srgraph's back (its files
    differ from when the answers were computed) is queried live."""
    copy = tmp_path / "db"
    shutil.copytree(store, copy)
    rows = run_query("orphans", store=copy).rows
    load_store([DATA / "fixture-model.ttl"], store=copy)
    assert not (copy / ANSWERS_FILE).exists()
    after = run_query("orphans", store=copy).rows  # live, and the fixture's orphans are in
    assert len(after) >= len(rows)
    shutil.copy(store / ANSWERS_FILE, copy / ANSWERS_FILE)  # stale answers: not used
    assert run_query("orphans", store=copy).rows == after


def test_order_by_forms_outside_the_subset_keep_the_query_live() -> None:
    assert order_keys("SELECT ?a WHERE { ?a ?b ?c } ORDER BY LCASE(?a)") is None
    assert order_keys("SELECT ?a WHERE { ?a ?b ?c }") == []
    assert order_keys("SELECT ?a WHERE { ?a ?b ?c } ORDER BY DESC(?n) STR(?a)") == [
        ("var", "n", True),
        ("str", "a", False),
    ]
