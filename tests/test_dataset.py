"""The merged dataset: gzip N-Quads shards hold exactly the merged dataset's quads, a document
whole in one shard, the vocabulary graph once in its own file, byte-identical on every run; and
Virtuoso's bulk loader (ld_dir + rdf_loader_run) loads them with the right counts."""

from __future__ import annotations

import gzip
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from conftest import Server, virtuoso_drop

from graph.dataset import shard_names
from graph.errors import InputError
from graph.exporter import export
from graph.namespaces import VOCABULARY_GRAPH

DATA = Path(__file__).parent / "data"
DOCS = sorted(DATA.glob("*.md"))


def quads(path: Path) -> list[ox.Quad]:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return list(ox.parse(data, format=ox.RdfFormat.N_QUADS))


def graph_of(q: ox.Quad) -> str:
    return q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""


def graphs(found: list[ox.Quad]) -> Counter[str]:
    return Counter(graph_of(q) for q in found)


@pytest.fixture(scope="module")
def sharded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("shards")
    result = export(DOCS, output_dir=out, formats=["nq"], merged="all", shards=3, jobs=1)
    assert not result.failed
    assert sorted(p.name for p in result.written) == sorted(shard_names("all", 3))
    return out


def test_shards_hold_the_merged_dataset(sharded: Path, tmp_path: Path) -> None:
    export(DOCS, output_dir=tmp_path, formats=["nq"], merged="all", jobs=1)
    merged = quads(tmp_path / "all.nq")
    files = [sharded / name for name in shard_names("all", 3)]
    assert sorted(p.name for p in sharded.iterdir()) == sorted(p.name for p in files)
    per_file = [quads(f) for f in files]
    assert sorted(map(str, (q for qs in per_file for q in qs))) == sorted(map(str, merged))
    documents = [set(graphs(qs)) for qs in per_file[:-1]]
    assert sum(len(d) for d in documents) == len(DOCS)  # each document in one shard only
    assert set(graphs(per_file[-1])) == {VOCABULARY_GRAPH}  # the vocabulary graph, once
    assert not any(VOCABULARY_GRAPH in d for d in documents)


def test_shards_are_byte_identical_across_runs_and_jobs(sharded: Path, tmp_path: Path) -> None:
    export(DOCS, output_dir=tmp_path, formats=["nq"], merged="all", shards=3, jobs=2)
    for name in shard_names("all", 3):
        assert (tmp_path / name).read_bytes() == (sharded / name).read_bytes(), name


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"shards": 2}, "shards need a merged dataset"),
        ({"shards": 0, "merged": "all"}, "0 shards"),
        ({"shards": 1001, "merged": "all"}, "between 1 and 1000"),
    ],
)
def test_bad_shard_requests_fail_before_any_work(
    tmp_path: Path, kwargs: dict[str, object], message: str
) -> None:
    out = tmp_path / "out"
    with pytest.raises(InputError, match=message):
        export(DOCS, output_dir=out, formats=["nq"], **kwargs)  # type: ignore[arg-type]
    assert not out.exists()


def _isql(server: Server, script: str) -> str:
    isql = shutil.which("isql-vt") or shutil.which("isql")
    if isql is None:
        pytest.skip("isql-vt not installed")
    assert server.sql is not None
    proc = subprocess.run(
        [isql, server.sql, "dba", "dba", "verbose=off", "banner=off", "prompt=off", "echo=off"],
        input=script,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


@pytest.mark.virtuoso
def test_shards_bulk_load_into_virtuoso(virtuoso: Server, tmp_path: Path) -> None:
    """The loader recipe of docs/bulk-load.md: ld_dir over the shards' folder, rdf_loader_run,
    checkpoint; every document graph holds what its shard holds, the vocabulary too."""
    if virtuoso.load_dir is None or virtuoso.sql is None:
        pytest.skip("an external Virtuoso: its DirsAllowed and ISQL port are unknown")
    base = "https://example.org/bulk-load/"  # graphs no other test writes
    folder = virtuoso.load_dir / "srgraph-shards"
    export(DOCS, output_dir=folder, formats=["nq"], merged="all", shards=3, base=base, jobs=1)
    expected = Counter[str]()
    vocabulary: list[ox.Quad] = []
    for name in shard_names("all", 3):
        found = quads(folder / name)
        expected += graphs(found)
        vocabulary += [q for q in found if graph_of(q) == VOCABULARY_GRAPH]
    out = _isql(
        virtuoso,
        f"ld_dir('{folder}', '*.nq.gz', 'urn:x-srgraph:unused');\n"
        "rdf_loader_run();\ncheckpoint;\n"
        "select ll_file, ll_state, ll_error from DB.DBA.LOAD_LIST "
        f"where ll_file like '{folder}/%';\n",
    )
    loaded = [line.split() for line in out.splitlines() if line.startswith(str(folder))]
    assert len(loaded) == 4 and all(row[1:] == ["2", "NULL"] for row in loaded), out

    def ask(query: str) -> list[dict[str, dict[str, str]]]:
        r = httpx.post(
            virtuoso.query,
            data={"query": query},
            headers={"Accept": "application/sparql-results+json"},
            timeout=60,
        )
        r.raise_for_status()
        rows: list[dict[str, dict[str, str]]] = r.json()["results"]["bindings"]
        return rows

    rows = ask(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        f'FILTER(STRSTARTS(STR(?g), "{base}")) }} GROUP BY ?g'
    )
    counts = {row["g"]["value"]: int(row["n"]["value"]) for row in rows}
    for graph in counts:  # the session's Virtuoso is shared: leave no document graph behind
        virtuoso_drop(virtuoso, graph)
    assert counts == {g: n for g, n in expected.items() if g != VOCABULARY_GRAPH}
    rows = ask(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{VOCABULARY_GRAPH}> {{ ?s ?p ?o }} }}")
    held = {tuple(_term(row[v]) for v in "spo") for row in rows}  # other tests add theirs
    assert {(q.subject, q.predicate, q.object) for q in vocabulary} <= held
    assert len(vocabulary) == expected[VOCABULARY_GRAPH] > 0


def _term(binding: dict[str, str]) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """A SPARQL JSON result term as a pyoxigraph term."""
    if binding["type"] == "uri":
        return ox.NamedNode(binding["value"])
    if binding["type"] == "bnode":
        return ox.BlankNode(binding["value"])
    if "xml:lang" in binding:
        return ox.Literal(binding["value"], language=binding["xml:lang"])
    if "datatype" in binding:
        return ox.Literal(binding["value"], datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(binding["value"])


def test_shared_lines_found_by_bisection_are_those_is_shared_names() -> None:
    """The merged dataset's vocabulary lines: ``shared_indexes`` (bisection over sorted lines)
    picks exactly the lines ``is_shared`` names, the document's own lines are split off in
    order, and each becomes the N-Quads line ``quad_line`` gives."""
    from graph import read_document
    from graph.build import build_triples
    from graph.exporter import _quads_text, _split_shared
    from graph.extract import extract_facts
    from graph.rdfio import is_shared, shared_indexes
    from graph.resources import BUNDLED_DOCUMENT
    from graph.triples import quad_line

    triples = build_triples(extract_facts(read_document(BUNDLED_DOCUMENT)))
    lines = triples.lines
    expected = [
        k
        for k, line in enumerate(lines)
        if line.startswith("<") and is_shared(*(t[1:-1] for t in line.split(" ", 2)[:2]))
    ]
    assert expected and shared_indexes(lines) == expected
    own, shared = _split_shared(triples)
    assert own == [line for k, line in enumerate(lines) if k not in set(expected)]
    assert shared == [quad_line(lines[k], f"<{VOCABULARY_GRAPH}>") for k in expected]
    assert _quads_text(own, "<urn:g>") == "".join(quad_line(x, "<urn:g>") + "\n" for x in own)
    assert _quads_text([], "<urn:g>") == ""
