"""Named SPARQL queries: exact rows on the fixture and on the bundled export, on every engine."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from conftest import DATA, FIXTURE_TTL, VOCAB_IRI, Server, virtuoso_clear, virtuoso_drop

from graph.cli import main
from graph.errors import QueryError
from graph.remote import push
from graph.sparql import bind_values, list_queries, run_query
from graph.store import load_store

NAMES = [
    "by-category",
    "certifications",
    "compliance-chain",
    "duties",
    "matrix",
    "orphans",
    "provenance",
    "services",
    "shared",
    "who",
]

FIXTURE_EXPECTED: dict[str, tuple[list[str], list[tuple[str | None, ...]]]] = {
    "certifications": (
        ["holder", "certification", "standard"],
        [
            ("Cloud Co", "Cloud Co ISO/IEC 27001 certification", "ISO/IEC 27001"),
            ("Cloud Co", "Cloud Co PCI DSS certification", "PCI DSS"),
            ("Provider", "Provider PCI DSS certification", "PCI DSS"),
        ],
    ),
    "compliance-chain": (
        ["maintainer", "compliance", "certification", "holder", "standard"],
        [
            (
                "Customer",
                "Customer PCI DSS compliance",
                "Cloud Co PCI DSS certification",
                "Cloud Co",
                "PCI DSS",
            ),
            (
                "Customer",
                "Customer PCI DSS compliance",
                "Provider PCI DSS certification",
                "Provider",
                "PCI DSS",
            ),
        ],
    ),
    "duties": (
        ["party", "raci", "duty", "startLine", "endLine"],
        [
            ("Customer", "accountable", "Server patching", "5", "5"),
            ("Customer", "consulted", "Penetration testing", "13", "13"),
            ("Customer", "informed", "Incident management", "6", "6"),
            ("Provider", "responsible", "Server patching", "5", "5"),
            ("Provider", "responsible", "Incident management", "6", "6"),
        ],
    ),
    "matrix": (
        ["party", "responsible", "accountable", "consulted", "informed", "duties"],
        [("Customer", "0", "1", "1", "1", "3"), ("Provider", "2", "0", "0", "0", "2")],
    ),
    "orphans": (
        ["duty", "section", "startLine"],
        [("Penetration testing", "Fixture > Customer", "13")],
    ),
    "services": (["service", "user"], [("Amazon EC2", "Provider"), ("Amazon S3", "Provider")]),
    "shared": (
        ["concern", "duty", "raci", "party"],
        [
            ("Security patches", "Penetration testing", "consulted", "Customer"),
            ("Security patches", "Server patching", "accountable", "Customer"),
            ("Security patches", "Server patching", "responsible", "Provider"),
        ],
    ),
    "who": (
        ["duty", "raci", "party"],
        [
            ("Incident management", "informed", "Customer"),
            ("Incident management", "responsible", "Provider"),
            ("Penetration testing", "consulted", "Customer"),
            ("Server patching", "accountable", "Customer"),
            ("Server patching", "responsible", "Provider"),
        ],
    ),
}

FIX = "https://w3id.org/srgraph/id/fixture/"
PROVENANCE_INCIDENT = [
    (
        f"{FIX}duty/incident-management",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
        "https://w3id.org/srgraph/ontology#Duty",
        "6",
        "6",
        "Fixture > Provider",
        "- Incident management",
    ),
    (
        f"{FIX}party/provider",
        "https://w3id.org/srgraph/ontology#responsibleFor",
        f"{FIX}duty/incident-management",
        "6",
        "6",
        "Fixture > Provider",
        "- Incident management",
    ),
]

COMMITTED_TTL = DATA.parent.parent / "output" / "adobe-managed-services.ttl"
EXPECTED_BUNDLED = json.loads((DATA / "expected-bundled.json").read_text(encoding="utf-8"))
"""Exact rows of each named query on the bundled Adobe export (key: name [param=value])."""

BUNDLED_CASES: list[tuple[str, dict[str, str]]] = []
for _key in EXPECTED_BUNDLED:
    _name, *_params = _key.split(" ")
    BUNDLED_CASES.append((_name, dict(p.split("=", 1) for p in _params)))


def rows(result: object) -> list[tuple[str | None, ...]]:
    return result.values()  # type: ignore[attr-defined, no-any-return]


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "db"
    load_store([FIXTURE_TTL], store=path)
    return path


@pytest.fixture(scope="module")
def bundled_store(tmp_path_factory: pytest.TempPathFactory, bundled_ttl: Path) -> Path:
    path = tmp_path_factory.mktemp("bstore") / "db"
    load_store([bundled_ttl], store=path)
    return path


def test_named_queries_listed_with_descriptions() -> None:
    queries = list_queries()
    assert [q.name for q in queries] == NAMES
    for q in queries:
        assert q.description and not q.description.startswith("#")
        assert "ORDER BY" in q.text, f"{q.name} must sort its rows"
    params = {q.name: q.params for q in queries}
    assert params["who"] == {"text": ""}
    assert params["compliance-chain"] == {"party": ""}
    assert params["provenance"] == {"text": ""}
    assert params["by-category"] == {"key": ""}


def test_cli_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    for name in NAMES:
        assert name in out


@pytest.mark.parametrize("name", sorted(FIXTURE_EXPECTED))
def test_fixture_rows_rdflib_and_store(name: str, fixture_store: Path) -> None:
    variables, expected = FIXTURE_EXPECTED[name]
    for result in (
        run_query(name, graphs=[FIXTURE_TTL]),
        run_query(name, store=fixture_store),
    ):
        assert result.variables == variables
        assert rows(result) == expected


def test_fixture_parameters(fixture_store: Path) -> None:
    for kwargs in ({"graphs": [FIXTURE_TTL]}, {"store": fixture_store}):
        who = run_query("who", params=["text=PATCH"], **kwargs)
        assert rows(who) == [
            ("Server patching", "accountable", "Customer"),
            ("Server patching", "responsible", "Provider"),
        ]
        chain = run_query("compliance-chain", params={"party": "provider"}, **kwargs)
        assert rows(chain) == []
        prov = run_query("provenance", params={"text": "incident"}, **kwargs)
        assert rows(prov) == PROVENANCE_INCIDENT
        assert len(rows(run_query("provenance", **kwargs))) == 16


@pytest.mark.parametrize(
    "evil", ['" } DROP ALL #', "') } ; DROP ALL ; #", '"""', "\\", 'x" || true || "', "<urn:x>"]
)
def test_parameter_injection_is_just_a_string(evil: str, fixture_store: Path) -> None:
    for kwargs in ({"graphs": [FIXTURE_TTL]}, {"store": fixture_store}):
        assert rows(run_query("who", params={"text": evil}, **kwargs)) == []
    # the store still holds everything
    assert len(rows(run_query("who", store=fixture_store))) == 5


def test_bind_values_places_block_in_where_group() -> None:
    q = (
        "PREFIX ex: <http://e/> # a { comment }\n"
        'SELECT ?x (IF(?a < 3, "}", "{") AS ?y) WHERE { ?x ex:p "{ not a brace" . }'
    )
    out = bind_values(q, {"t": ox.Literal('" } DROP ALL #'), "i": ox.NamedNode("http://e/i")})
    assert 'WHERE {\n  VALUES (?t ?i) { ("\\" } DROP ALL #" <http://e/i>) }' in out
    construct = bind_values(
        "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"s": ox.NamedNode("urn:a")}
    )
    assert construct.startswith("CONSTRUCT { ?s ?p ?o } WHERE {\n  VALUES (?s)")
    with pytest.raises(QueryError):
        bind_values("CONSTRUCT WHERE { ?s ?p ?o }", {"s": ox.NamedNode("urn:a")})


def test_bad_queries_and_parameters(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(QueryError, match="unknown named query"):
        run_query("nope", graphs=[FIXTURE_TTL])
    with pytest.raises(QueryError, match="unknown parameter"):
        run_query("duties", params={"text": "x"}, graphs=[FIXTURE_TTL])
    with pytest.raises(QueryError):
        run_query("SELECT * WHERE { ?s ?p }", graphs=[FIXTURE_TTL])
    assert main(["query", "who", "--param", "novalue", "--graph", str(FIXTURE_TTL)]) == 2
    assert "bad parameter" in capsys.readouterr().err


def test_output_formats(capsys: pytest.CaptureFixture[str]) -> None:
    base = ["query", "who", "--param", "text=patch", "--graph", str(FIXTURE_TTL), "--output"]
    assert main([*base, "csv"]) == 0
    assert capsys.readouterr().out == (
        "duty,raci,party\r\nServer patching,accountable,Customer\r\n"
        "Server patching,responsible,Provider\r\n"
    )
    assert main([*base, "tsv"]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == [
        "?duty\t?raci\t?party",
        '"Server patching"\t"accountable"\t"Customer"',
    ]
    assert main([*base, "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["head"]["vars"] == ["duty", "raci", "party"]
    assert data["results"]["bindings"][0]["party"] == {"type": "literal", "value": "Customer"}
    assert main([*base, "md"]) == 0
    assert capsys.readouterr().out.splitlines()[2] == "| Server patching | accountable | Customer |"
    assert main([*base, "table"]) == 0
    table = capsys.readouterr().out
    assert "Server patching" in table and "2 row(s)" in table


def test_ask_construct_and_query_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    g = ["--graph", str(FIXTURE_TTL)]
    ask = "PREFIX srm: <https://w3id.org/srgraph/ontology#> ASK { ?p srm:responsibleFor ?d }"
    assert main(["query", ask, *g]) == 0
    assert capsys.readouterr().out == "true\n"
    construct = (
        "PREFIX srm: <https://w3id.org/srgraph/ontology#> "
        "CONSTRUCT { ?p srm:responsibleFor ?d } WHERE { ?p srm:responsibleFor ?d }"
    )
    assert main(["query", construct, *g]) == 0
    assert "srm:responsibleFor" in capsys.readouterr().out
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", encoding="utf-8")
    assert main(["query", "--file", str(rq), *g, "--output", "csv"]) == 0
    assert capsys.readouterr().out == "n\r\n149\r\n"


def test_default_graphs_are_output_ttl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["query", "duties"]) == 2
    assert "no Turtle files" in capsys.readouterr().err
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "fixture.ttl").write_bytes(FIXTURE_TTL.read_bytes())
    assert main(["query", "orphans", "--output", "csv"]) == 0
    assert "Penetration testing" in capsys.readouterr().out


# --- the bundled document -------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "params"), BUNDLED_CASES, ids=list(EXPECTED_BUNDLED))
def test_bundled_rows(
    name: str, params: dict[str, str], bundled_ttl: Path, bundled_store: Path
) -> None:
    key = name + "".join(f" {k}={v}" for k, v in params.items())
    expected = EXPECTED_BUNDLED[key]
    results = [
        run_query(name, params=params, graphs=[bundled_ttl]),
        run_query(name, params=params, store=bundled_store),
    ]
    if COMMITTED_TTL.is_file():  # the committed output/ must give the same rows
        results.append(run_query(name, params=params, graphs=[COMMITTED_TTL]))
    for result in results:
        if "count" in expected:
            assert len(result.rows) == expected["count"]
        else:
            assert result.variables == expected["vars"]
            assert rows(result) == [tuple(r) for r in expected["rows"]]


def test_document_scope_gives_the_same_rows_on_a_merged_store(tmp_path: Path) -> None:
    """--document on a store of several documents answers like that document's own file."""
    from graph import export

    data = Path(__file__).parent / "data"
    docs = sorted(data.glob("*.md"))
    out = tmp_path / "out"
    export(docs, output_dir=out, formats=["ttl"], merged="all", jobs=1)
    store = tmp_path / "db"
    load_store([out / "all.nq"], store=store)
    for doc in docs:
        iri = f"https://w3id.org/srgraph/id/{doc.stem}"
        for named in list_queries():
            scoped = run_query(named.name, store=store, document=iri)
            alone = run_query(named.name, graphs=[out / f"{doc.stem}.ttl"])
            assert scoped.values() == alone.values(), (doc.name, named.name)
            if doc == docs[0]:  # rdflib over the whole merged file: slower, one document
                merged = run_query(named.name, graphs=[out / "all.nq"], document=iri)
                assert merged.values() == alone.values(), (doc.name, named.name)


# --- the same rows everywhere ------------------------------------------------------------------

CORPUS = sorted(DATA.glob("*.md"))
"""The bundled corpus: four documents whose graphs share services, standards and organisations."""


@pytest.fixture(scope="module")
def corpus_exports(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Path], Path]:
    """The corpus exported once: a Turtle file per document and the merged all.nq."""
    from graph import export

    out = tmp_path_factory.mktemp("corpus")
    export(CORPUS, output_dir=out, formats=["ttl"], merged="all", validate=False, jobs=1)
    return sorted(out.glob("*.ttl")), out / "all.nq"


Values = list[tuple[str | None, ...]]


def _ox_values(solutions: ox.QuerySolutions) -> Values:
    names = [v.value for v in solutions.variables]
    return [tuple(None if s[n] is None else s[n].value for n in names) for s in solutions]


def _plain_pyoxigraph(text: str, dataset: Path) -> Values:
    """The .rq text, unchanged, in pyoxigraph over the merged dataset (union default graph)."""
    store = ox.Store()
    store.load(path=str(dataset), format=ox.RdfFormat.N_QUADS)
    solutions = store.query(text, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    return _ox_values(solutions)


def _plain_rdflib(text: str, dataset: Path) -> Values:
    """The .rq text, unchanged, in rdflib's own engine over the merged dataset."""
    from rdflib import Dataset

    ds = Dataset(default_union=True)
    ds.parse(dataset, format="nquads")
    return [tuple(None if t is None else str(t) for t in row) for row in ds.query(text)]  # type: ignore[union-attr]


def _engines(
    ttl: list[Path], nq: Path, tmp: Path, server: str | None
) -> dict[str, Callable[[str], Values]]:
    """Every way srgraph (and the engines alone) can answer a named query over the corpus."""
    load_store(ttl, store=tmp / "from-ttl")
    load_store([nq], store=tmp / "from-nq")
    engines: dict[str, Callable[[str], Values]] = {
        "pyoxigraph": lambda name: _plain_pyoxigraph(_text(name), nq),
        "rdflib": lambda name: _plain_rdflib(_text(name), nq),
        "srgraph files": lambda name: run_query(name, graphs=ttl).values(),
        "srgraph merged file": lambda name: run_query(name, graphs=[nq]).values(),
        "srgraph store": lambda name: run_query(name, store=tmp / "from-ttl").values(),
        "srgraph store of merged": lambda name: run_query(name, store=tmp / "from-nq").values(),
    }
    if server is not None:
        engines["srgraph server"] = lambda name: run_query(name, sparql=server).values()
    return engines


def _text(name: str) -> str:
    return next(q.text for q in list_queries() if q.name == name)


def _same_rows(engines: dict[str, Callable[[str], Values]]) -> None:
    for named in list_queries():
        answers = {engine: sorted(run(named.name), key=repr) for engine, run in engines.items()}
        reference = answers["pyoxigraph"]
        assert reference, f"{named.name}: no rows on the corpus, nothing compared"
        for engine, rows in answers.items():
            assert rows == reference, (named.name, engine, len(rows), len(reference))


def test_every_query_gives_the_same_rows_on_every_engine(
    corpus_exports: tuple[list[Path], Path], oxigraph: Server, tmp_path: Path
) -> None:
    """Each .rq file, unchanged, in pyoxigraph and rdflib, and through srgraph on files, a merged
    dataset, the store and an Oxigraph server holding the corpus: the same rows (as multisets:
    the vocabulary nodes are in one graph, not copied per document)."""
    ttl, nq = corpus_exports
    assert len(ttl) >= 3
    httpx.post(oxigraph.update, data={"update": "DROP ALL"}).raise_for_status()
    push(ttl, endpoint=oxigraph.gsp)
    _same_rows(_engines(ttl, nq, tmp_path, oxigraph.query))


@pytest.mark.virtuoso
def test_every_query_gives_the_same_rows_on_virtuoso(
    corpus_exports: tuple[list[Path], Path], virtuoso: Server, tmp_path: Path
) -> None:
    ttl, nq = corpus_exports
    assert virtuoso.user is not None
    virtuoso_clear(virtuoso)  # the union of every graph is compared: only the corpus there
    pushed = push(ttl, endpoint=virtuoso.gsp, user=virtuoso.user, password=virtuoso.password)
    try:
        engines = _engines(ttl, nq, tmp_path, virtuoso.query)
        _same_rows({k: engines[k] for k in ("pyoxigraph", "srgraph server")})
    finally:  # the session's Virtuoso is shared by other tests: leave only what was there
        for graph in pushed.graphs:
            if graph != VOCAB_IRI:
                virtuoso_drop(virtuoso, graph)


def test_a_query_on_files_never_imports_rdflib(tmp_path: Path) -> None:
    """The query path is pyoxigraph alone: rdflib's import and parser cost more than the query
    (the benchmark's `srgraph query duties` wall time depends on it)."""
    import subprocess
    import sys

    code = (
        "import sys; from graph.cli import main; "
        f"code = main(['query', 'duties', '--graph', {str(FIXTURE_TTL)!r}, '-O', 'csv']); "
        "assert code == 0, code; assert 'rdflib' not in sys.modules, 'rdflib imported'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "Server patching" in done.stdout


def test_plain_prefix_iris_are_rdflibs() -> None:
    from graph.iris import PREFIX_IRIS
    from graph.namespaces import DCTERMS, ODRL, ORG, OWL, PROV, RDF, RDFS, SCHEMA, SH, SKOS, XSD

    w3c = {
        "dcterms": DCTERMS, "odrl": ODRL, "org": ORG, "owl": OWL, "prov": PROV, "rdf": RDF,
        "rdfs": RDFS, "schema": SCHEMA, "sh": SH, "skos": SKOS, "xsd": XSD,
    }  # fmt: skip
    for prefix, namespace in w3c.items():
        assert PREFIX_IRIS[prefix] == str(namespace), prefix
