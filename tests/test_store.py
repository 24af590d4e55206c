"""The embedded pyoxigraph store: one named graph per document, replaced atomically on reload."""

from __future__ import annotations

import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox
import pytest
from conftest import FIXTURE_GRAPHS, FIXTURE_IRI, FIXTURE_TTL, VOCAB_IRI
from rdflib import Graph

from graph.cli import main
from graph.errors import EXIT_INPUT, InputError
from graph.namespaces import RDF, SRM
from graph.rdfio import is_shared
from graph.serialize import serialize_graph
from graph.store import load_store, open_store


def _graphs(path: Path) -> dict[str, int]:
    store = ox.Store.read_only(str(path))
    out: dict[str, int] = {}
    for g in store.named_graphs():
        out[g.value] = len(list(store.quads_for_pattern(None, None, None, g)))
    del store
    return out


def test_load_one_named_graph_per_document(tmp_path: Path) -> None:
    db = tmp_path / "db"
    result = load_store([FIXTURE_TTL], store=db)
    assert result.graphs == FIXTURE_GRAPHS
    assert _graphs(db) == FIXTURE_GRAPHS


def test_reload_replaces_without_duplicates(tmp_path: Path) -> None:
    db = tmp_path / "db"
    load_store([FIXTURE_TTL], store=db)
    load_store([FIXTURE_TTL], store=db)
    assert _graphs(db) == FIXTURE_GRAPHS
    full = Graph().parse(FIXTURE_TTL)
    kept = Graph()
    for t in sorted(full)[:100]:
        kept.add(t)
    kept += full.triples((None, RDF.type, SRM.Document))  # same document, same named graph
    smaller = tmp_path / "smaller.nt"
    smaller.write_bytes(serialize_graph(kept, fmt="nt"))
    load_store([smaller], store=db)
    shared = sum(is_shared(str(s), str(p)) for s, p, _ in kept)
    assert _graphs(db) == {FIXTURE_IRI: len(kept) - shared, VOCAB_IRI: 19}


@pytest.mark.parametrize("fmt", ["nt", "nq", "trig", "jsonld", "rdfxml"])
def test_load_any_format(fmt: str, tmp_path: Path) -> None:
    g = Graph().parse(FIXTURE_TTL)
    ext = "rdf" if fmt == "rdfxml" else fmt
    path = tmp_path / f"fixture.{ext}"
    path.write_bytes(serialize_graph(g, fmt=fmt))
    load_store([path], store=tmp_path / "db")
    assert _graphs(tmp_path / "db") == FIXTURE_GRAPHS


def test_failed_load_leaves_store_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "db"
    load_store([FIXTURE_TTL], store=db)
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ex: <http://e/> . ex:a ex:b ", encoding="utf-8")
    other = tmp_path / "other.ttl"
    other.write_text(
        "<http://e/doc> a <https://w3id.org/srgraph/ontology#Document> .", encoding="utf-8"
    )
    with pytest.raises(InputError):
        load_store([other, bad], store=db)
    assert _graphs(db) == FIXTURE_GRAPHS


def test_cli_load_and_query(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "db"
    assert main(["load", str(FIXTURE_TTL), "--store", str(db), "-O", "tsv"]) == 0
    assert f"{FIXTURE_IRI}\t130" in capsys.readouterr().out
    assert main(["query", "orphans", "--store", str(db), "--output", "csv"]) == 0
    assert "Penetration testing" in capsys.readouterr().out
    assert main(["query", "duties", "--store", str(tmp_path / "missing")]) == 2
    assert "store not found" in capsys.readouterr().err


def test_open_store_creates(tmp_path: Path) -> None:
    store = open_store(tmp_path / "new")
    assert len(store) == 0


def test_merged_dataset_loads_one_graph_per_document(tmp_path: Path) -> None:
    """A merged N-Quads file keeps its named graphs: one per document plus the vocabulary."""
    from graph import export, load_store

    data = Path(__file__).parent / "data"
    docs = sorted(data.glob("*.md"))
    out = tmp_path / "out"
    export(docs, output_dir=out, formats=["ttl"], merged="all", jobs=1)
    result = load_store([out / "all.nq"], store=tmp_path / "db")
    names = sorted(result.graphs)
    assert names == sorted(
        [f"https://w3id.org/srgraph/id/{d.stem}" for d in docs] + ["https://w3id.org/srgraph/vocab"]
    )
    again = load_store([out / "all.nq"], store=tmp_path / "db")  # replaced, not duplicated
    assert again.graphs == result.graphs
    store = ox.Store.read_only(str(tmp_path / "db"))
    assert len(store) == sum(result.graphs.values())


# --- store safety: foreign folders, concurrent creation, damage, counts ------------------------


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "graph", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,  # a safety net, not a time assertion
        stdin=subprocess.DEVNULL,
    )


def _one_error(proc: subprocess.CompletedProcess[str], code: int = EXIT_INPUT) -> str:
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith("srgraph: error: ")
    return line


def test_load_refuses_a_folder_that_is_not_a_store(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "todo.txt").write_text("my files\n", encoding="utf-8")
    line = _one_error(_cli("load", FIXTURE_TTL, "--store", folder))
    assert str(folder) in line and "not a store" in line
    assert sorted(p.name for p in folder.iterdir()) == ["todo.txt"]  # nothing scattered
    assert main(["query", "duties", "--store", str(folder)]) == EXIT_INPUT


def test_loading_the_same_file_twice_counts_what_the_store_holds(tmp_path: Path) -> None:
    new = load_store([FIXTURE_TTL, FIXTURE_TTL], store=tmp_path / "new")
    assert new.graphs == FIXTURE_GRAPHS
    other = tmp_path / "other.ttl"
    other.write_text(
        "<http://e/doc> a <https://w3id.org/srgraph/ontology#Document> .", encoding="utf-8"
    )
    db = tmp_path / "db"
    load_store([other], store=db)
    existing = load_store([FIXTURE_TTL, FIXTURE_TTL], store=db)  # new graphs, existing store
    assert existing.graphs == FIXTURE_GRAPHS
    again = load_store([FIXTURE_TTL, FIXTURE_TTL], store=db)  # replaced graphs
    assert again.graphs == FIXTURE_GRAPHS
    assert _graphs(db) == {**FIXTURE_GRAPHS, "http://e/doc": 1}


def test_concurrent_loads_creating_one_store(tmp_path: Path) -> None:
    """Loads racing to create the same new store all succeed, one after the other (a lock),
    and leave one complete store and no staging folder."""
    big = tmp_path / "big.nq"
    g = Graph().parse(FIXTURE_TTL)
    lines = serialize_graph(g, fmt="nt").decode("utf-8").splitlines()
    with big.open("w", encoding="utf-8") as fh:
        for i in range(400):
            graph = f"<https://w3id.org/srgraph/id/doc{i}>"
            fh.writelines(f"{line[:-1]}{graph} .\n" for line in lines if line.strip())
    db = tmp_path / "db"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "graph", "load", str(big), "--store", str(db), "-q"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [(p.wait(timeout=600), p.stderr.read() if p.stderr else "") for p in procs]
    for p in procs:
        for stream in (p.stdout, p.stderr):
            if stream:
                stream.close()
    assert [code for code, _ in results] == [0, 0, 0, 0], results
    assert [p.name for p in tmp_path.iterdir() if ".loading" in p.name] == []
    counts = _graphs(db)
    assert counts.pop(VOCAB_IRI) == FIXTURE_GRAPHS[VOCAB_IRI]  # once, not 400 times
    assert len(counts) == 400 and set(counts.values()) == {FIXTURE_GRAPHS[FIXTURE_IRI]}


def test_damaged_store_is_one_error_line(tmp_path: Path) -> None:
    db = tmp_path / "db"
    load_store([FIXTURE_TTL], store=db)
    (db / "CURRENT").write_text("garbage\n", encoding="utf-8")
    for args in (("query", "duties", "--store", db), ("load", FIXTURE_TTL, "--store", db)):
        line = _one_error(_cli(*args))
        assert str(db) in line and "damaged" in line, args
        assert "bug in srgraph" not in line


# --- RDF parsing never fetches (JSON-LD remote contexts) -----------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        body = json.dumps({"@context": {"title": "http://purl.org/dc/terms/title"}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/ld+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def context_server() -> Iterator[tuple[str, list[str]]]:
    """A loopback server serving a JSON-LD context, recording every request."""
    _Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/context.jsonld", _Recorder.hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "where", ["top", "array", "nested", "import"], ids=["top", "array", "nested", "import"]
)
def test_jsonld_remote_context_is_never_fetched(
    where: str,
    context_server: tuple[str, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, hits = context_server
    node: dict[str, object] = {"@id": "http://e/doc", "title": "x"}
    if where == "top":
        doc: dict[str, object] = {"@context": url, **node}
    elif where == "array":
        doc = {"@context": [{"dc": "http://purl.org/dc/terms/"}, url], **node}
    elif where == "nested":
        doc = {
            "@context": {"dc": "http://purl.org/dc/terms/"},
            "@graph": [{"@context": url, **node}],
        }
    else:
        doc = {"@context": {"@version": 1.1, "@import": url}, **node}
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps(doc), encoding="utf-8")
    for args in (
        ["validate", str(path)],
        ["stats", str(path)],
        ["query", "duties", "--graph", str(path)],
        ["push", str(path), "--endpoint", url.replace("context.jsonld", "store")],
        ["load", str(path), "--store", str(tmp_path / "db")],
    ):
        code = main(args)
        err = capsys.readouterr().err
        assert code == EXIT_INPUT, (args, err)
        (line,) = err.strip().splitlines()
        assert str(path) in line, args
        assert hits == [], args
    assert not (tmp_path / "db").exists()


def test_jsonld_with_an_embedded_context_still_reads(tmp_path: Path) -> None:
    from graph.rdfio import read_rdf

    g = Graph().parse(FIXTURE_TTL)
    path = tmp_path / "fixture.jsonld"
    path.write_bytes(serialize_graph(g, fmt="jsonld"))
    assert len(read_rdf(path)) == 149
