"""Tests for graph/view/ (``--format html``): the page's bytes and safety, then the page itself
in Debian's chromium driven by Playwright (skipped with a reason where no chromium exists)."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph, Literal, URIRef

from graph.build import build_graph
from graph.document import read_document
from graph.exporter import export
from graph.extract import extract_facts
from graph.namespaces import RDF, RDFS, SRM
from graph.resources import package_data_path
from graph.view import render_view, view_data
from graph.view.page import CYTOSCAPE

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
AZURE = DATA / "azure-shared-responsibility.md"
ADOBE = DATA / "adobe-managed-services.md"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROME_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PREFIXES = """
PREFIX srm: <https://w3id.org/srgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
RACI = "srm:responsibleFor|srm:accountableFor|srm:consultedOn|srm:informedOf"


def _graph(path: Path) -> Graph:
    return build_graph(extract_facts(read_document(path)))


@pytest.fixture(scope="module")
def azure() -> Graph:
    return _graph(AZURE)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The per-document pages and the merged page of the Azure and bundled Adobe documents."""
    out = tmp_path_factory.mktemp("view")
    export([AZURE, ADOBE], output_dir=out, formats=["html"], merged="all", jobs=1)
    return out


def _select(graph: Graph, query: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in graph.query(PREFIXES + query)]  # type: ignore[arg-type]


def _count(graph: Graph, query: str) -> int:
    ((value,),) = _select(graph, query)
    return int(value)


# --------------------------------------------------------------------------- the bytes


def _csp(page: str) -> str:
    match = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert match
    return html.unescape(match.group(1))


def _inline(page: str, tag: str) -> list[str]:
    return re.findall(rf"<{tag}(?: id=\"[^\"]*\")?>(.*?)</{tag}>", page, flags=re.S)


def test_csp_allows_only_the_inline_code_by_hash(azure: Graph) -> None:
    page = render_view([azure]).decode("utf-8")
    policy = dict(
        [*part.split(" ", 1), ""][:2] for part in (p.strip() for p in _csp(page).split(";"))
    )
    assert policy["default-src"] == "'none'"
    assert "connect-src" not in policy  # default-src 'none' forbids fetch, XHR, WebSocket
    assert "unsafe" not in _csp(page) and "http" not in _csp(page)

    def hashes(texts: list[str]) -> set[str]:
        return {
            "'sha256-" + base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() + "'"
            for t in texts
        }

    scripts = _inline(page, "script")
    assert len(scripts) == 2  # cytoscape and the application; the JSON block does not run
    assert set(policy["script-src"].split()) == hashes(scripts)
    assert set(policy["style-src"].split()) == hashes(_inline(page, "style"))
    assert '<script type="application/json" id="srgraph-data">' in page
    assert not re.search(r"<(link|img|iframe|object|embed)\b|\bsrc=", page.split("<script>")[0])


def test_page_is_the_same_bytes_every_time(azure: Graph, pages: Path) -> None:
    first = render_view([azure])
    assert render_view([view_data(azure)]) == first
    assert (pages / "azure-shared-responsibility.html").read_bytes() == first


_DIGEST = """
import hashlib, sys
from graph.build import build_graph
from graph.document import read_document
from graph.extract import extract_facts
from graph.view import render_view
graph = build_graph(extract_facts(read_document(sys.argv[1])))
print(hashlib.sha256(render_view([graph])).hexdigest())
"""


def test_same_bytes_across_hash_seeds(azure: Graph) -> None:
    import os
    import subprocess
    import sys

    digests = set()
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        run = subprocess.run(
            [sys.executable, "-c", _DIGEST, str(AZURE)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
        )
        digests.add(run.stdout.strip())
    assert digests == {hashlib.sha256(render_view([azure])).hexdigest()}


def test_hostile_labels_cannot_leave_the_json(azure: Graph) -> None:
    graph = Graph() + azure
    evil = "</script><script>alert(1)</script><!-- & {{APP}}"
    duty = next(iter(graph.subjects(RDF.type, SRM.Duty)))
    graph.set((duty, RDFS.label, Literal(evil)))
    page = render_view([graph], title=evil).decode("utf-8")
    assert "<script>alert(1)" not in page
    assert page.count("</script>") == 3
    block = re.search(r'id="srgraph-data">(.*?)</script>', page, flags=re.S)
    assert block
    data = json.loads(block.group(1))
    assert evil in {d["label"] for d in data["duties"]}
    assert data["title"] == evil


def test_vendored_cytoscape_is_the_recorded_release() -> None:
    library = package_data_path(CYTOSCAPE).read_bytes()
    record = package_data_path("vendor/VENDOR.txt").read_text(encoding="utf-8")
    assert f"file       sha256 {hashlib.sha256(library).hexdigest()}" in record
    assert library.startswith(b"/**\n * Copyright (c) 2016-2026, The Cytoscape Consortium.")
    assert "cytoscape 3.35.0" in record and "3.35.0" in CYTOSCAPE


# --------------------------------------------------------------------------- in chromium


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip("no chromium: apt-get install chromium (.ci/run does)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test extra")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROME_ARGS)
        yield launched
        launched.close()


class Page:
    """A page opened from a file, recording console messages, page errors and every request."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.context = browser.new_context(
            viewport={"width": 1400, "height": 900}, accept_downloads=True
        )
        self.page = self.context.new_page()
        self.messages: list[tuple[str, str]] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.messages.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.messages.append(("pageerror", str(e))))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.route("**/*", self._route)
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("window.srgraph !== undefined")

    def _route(self, route: Any) -> None:
        if route.request.url == self.url:
            route.continue_()
        else:
            route.abort()

    def visible(self) -> set[tuple[str, str]]:
        """(party label or "", duty IRI) of every duty the view shows."""
        rows = self.page.evaluate(
            """() => window.srgraph.visible().map(id => {
                 const d = window.srgraph.duty(id);
                 const band = window.srgraph.cy.getElementById(d.band);
                 return [d.party ? band.data('label').replace(/ \\(.*\\)$/, '') : '', d.iri];
               })"""
        )
        return {(party, iri) for party, iri in rows}

    def close(self) -> None:
        errors = [m for m in self.messages if m[0] in ("error", "pageerror", "warning")]
        others = [u for u in self.requests if u != self.url]
        self.context.close()
        assert not errors, errors
        assert not others, f"requests left the file: {others}"


@pytest.fixture
def azure_page(browser: Any, pages: Path) -> Iterator[Page]:
    opened = Page(browser, pages / "azure-shared-responsibility.html")
    yield opened
    opened.close()  # no console error, no request but the file itself


def _assignments(graph: Graph, where: str = "") -> set[tuple[str, str]]:
    rows = _select(
        graph,
        f"SELECT DISTINCT ?label ?d WHERE {{ ?p {RACI} ?d . ?p rdfs:label ?label . {where} }}",
    )
    return {(str(label), str(duty)) for label, duty in rows}


def test_node_and_edge_counts_equal_sparql(azure: Graph, azure_page: Page) -> None:
    page = azure_page.page
    counts = page.evaluate(
        """() => { const cy = window.srgraph.cy; return {
             duties: cy.nodes('.duty').length, bands: cy.nodes("[kind = 'band']").length,
             concerns: cy.nodes('.concern').length, edges: cy.edges().length }; }"""
    )
    pairs = _count(
        azure, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?p ?d WHERE {{ ?p {RACI} ?d }} }}"
    )
    orphans = _count(
        azure,
        f"SELECT (COUNT(?d) AS ?n) WHERE {{ ?d a srm:Duty FILTER NOT EXISTS {{ ?p {RACI} ?d }} }}",
    )
    parties = _count(azure, f"SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE {{ ?p {RACI} ?d }}")
    concerns = _count(azure, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?d srm:concern ?c }")
    edges = _count(
        azure,
        f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?p ?d ?c WHERE {{
              ?d srm:concern ?c . OPTIONAL {{ ?p {RACI} ?d }} }} }}""",
    )
    assert counts == {
        "duties": pairs + orphans,
        "bands": parties + (1 if orphans else 0),
        "concerns": concerns,
        "edges": edges,
    }
    # a page with many assignments and a shared concern, not an empty view agreeing with an
    # empty query (the exact numbers follow the extractor)
    assert pairs >= 40 and concerns >= 1 and edges >= 2


def test_party_and_raci_filters(azure: Graph, azure_page: Page) -> None:
    page = azure_page.page
    everything = _assignments(azure)
    assert azure_page.visible() == everything
    page.get_by_role("checkbox", name="Microsoft").uncheck()
    assert azure_page.visible() == _assignments(azure, "FILTER (?label = 'Customer')")
    page.get_by_role("checkbox", name="Microsoft").check()
    page.get_by_role("checkbox", name="R", exact=True).uncheck()
    accountable = _assignments(
        azure, "FILTER EXISTS { ?p srm:accountableFor|srm:consultedOn|srm:informedOf ?d }"
    )
    assert azure_page.visible() == accountable and len(accountable) == 5
    page.get_by_role("checkbox", name="R", exact=True).check()
    assert azure_page.visible() == everything


def test_service_model_filter(azure: Graph, azure_page: Page) -> None:
    page = azure_page.page
    page.select_option("#model", "IaaS")
    expected = _assignments(
        azure,
        """?s rdf:subject ?p ; rdf:object ?d ;
              srm:serviceModel <https://w3id.org/srgraph/vocab/service-model/iaas> .""",
    )
    assert expected and azure_page.visible() == expected
    # the matrix's point: the physical datacenter is the customer's only on-premises
    datacenter = {pair for pair in expected if pair[1].endswith("/physical-datacenter")}
    assert {party for party, _ in datacenter} == {"Microsoft"}


def test_search(azure: Graph, azure_page: Page) -> None:
    azure_page.page.fill("#search", "DataCenter")
    expected = _assignments(
        azure,
        """?d prov:wasDerivedFrom ?span .
           OPTIONAL { ?d rdfs:label ?l } OPTIONAL { ?d dcterms:description ?t }
           OPTIONAL { ?span srm:quote ?q } OPTIONAL { ?span srm:sectionPath ?sp }
           FILTER (CONTAINS(LCASE(CONCAT(COALESCE(?l, ''), ' ', COALESCE(?t, ''), ' ',
                   COALESCE(?q, ''), ' ', COALESCE(?sp, ''))), 'datacenter'))""",
    )
    assert len(expected) >= 3 and azure_page.visible() == expected
    azure_page.page.fill("#search", "no such words anywhere")
    assert azure_page.visible() == set()


def test_click_shows_the_exact_source_line(azure: Graph, azure_page: Page) -> None:
    page = azure_page.page
    node = page.evaluate(
        """() => window.srgraph.visible().find(
             id => window.srgraph.duty(id).iri.endsWith('/duty/physical-datacenter'))"""
    )
    box = page.locator("#cy").bounding_box()
    at = page.evaluate(f"() => window.srgraph.cy.getElementById('{node}').renderedPosition()")
    page.mouse.click(box["x"] + at["x"], box["y"] + at["y"])
    duty = URIRef(page.evaluate(f"() => window.srgraph.duty('{node}').iri"))
    ((start, end, quote, digest),) = _select(
        azure,
        f"""SELECT ?start ?end ?quote ?hash WHERE {{
              <{duty}> prov:wasDerivedFrom ?s . ?s srm:startLine ?start ; srm:endLine ?end ;
              srm:quote ?quote . ?doc a srm:Document ; srm:contentHash ?hash }}
            ORDER BY ?start LIMIT 1""",
    )
    lines = "line " + str(start) if start == end else f"lines {start}–{end}"
    assert page.text_content("#detail-lines") == lines
    assert page.text_content("#detail-quote") == str(quote)
    assert page.text_content("#detail-hash") == str(digest)
    source_line = AZURE.read_text(encoding="utf-8").splitlines()[int(start) - 1]
    assert source_line.startswith("| Physical datacenter |")


def test_matrix_and_csv_of_what_is_filtered(azure: Graph, azure_page: Page) -> None:
    page = azure_page.page
    page.get_by_role("checkbox", name="Microsoft").uncheck()
    page.click("#show-matrix")
    assert page.locator("#cy").is_hidden()
    rows = page.locator("#matrix-table tbody tr")
    customer = {iri for _party, iri in _assignments(azure, "FILTER (?label = 'Customer')")}
    assert rows.count() == len(customer)
    with page.expect_download() as info:
        page.click("#csv")
    content = Path(info.value.path()).read_bytes().decode("utf-8")
    assert content == page.evaluate("() => window.srgraph.csv()")
    lines = content.strip().split("\r\n")
    assert lines[0] == "duty,iri,section,start,end,Customer"
    assert len(lines) == 1 + len(customer)
    assert {line.split(",")[1] for line in lines[1:] if not line.startswith('"')} <= customer
    page.click("#show-graph")
    assert page.locator("#cy").is_visible()


def test_merged_page_filters_by_document(browser: Any, pages: Path) -> None:
    opened = Page(browser, pages / "all.html")
    try:
        adobe, azure = _graph(ADOBE), _graph(AZURE)
        both = _assignments(adobe) | _assignments(azure)
        assert opened.visible() == both
        options = opened.page.evaluate(
            "() => [...document.querySelectorAll('#document option')].map(o => o.textContent)"
        )
        assert options[0] == "all" and len(options) == 3
        (label,) = [o for o in options if o.endswith("(azure-shared-responsibility.md)")]
        opened.page.select_option("#document", label=label)
        assert opened.visible() == _assignments(azure)
    finally:
        opened.close()


def test_orphans_are_highlighted_and_can_be_hidden(
    browser: Any, azure: Graph, tmp_path: Path
) -> None:
    graph = Graph() + azure
    orphan = URIRef(
        "https://w3id.org/srgraph/id/azure-shared-responsibility/duty/nobody-holds-this"
    )
    graph.add((orphan, RDF.type, SRM.Duty))
    graph.add((orphan, RDFS.label, Literal("Nobody holds this")))
    path = tmp_path / "orphan.html"
    path.write_bytes(render_view([graph]))
    opened = Page(browser, path)
    try:
        page = opened.page
        found = page.evaluate(
            """() => window.srgraph.cy.nodes('.orphan').map(n => [n.data('label'),
                     n.parent().data('label'), n.style('border-color')])"""
        )
        assert found == [["Nobody holds this", "Nobody (orphans)", "rgb(213,94,0)"]]
        assert ("", str(orphan)) in opened.visible()
        page.get_by_role("checkbox", name="show orphans").uncheck()
        assert opened.visible() == _assignments(azure)
    finally:
        opened.close()


def test_a_spelled_out_short_name_stands_for_the_unstated_role(tmp_path: Path) -> None:
    """A party whose page states no role but spells out its short name in a key ("- **GK**:
    Gate keeper (locks)") shows that full name where the view shows a role, as the diagram's
    band caption does; a party with neither keeps "Role not stated"."""
    page = tmp_path / "gate.md"
    page.write_text(
        "# Gate duties\n\n- **GK**: Gate keeper (locks, badges)\n\n"
        "| Activity | GK | Ops |\n| --- | --- | --- |\n| Lock the gate | R | I |\n",
        encoding="utf-8",
    )
    roles = {p["label"]: p["role"] for p in view_data(_graph(page))["parties"]}
    assert roles == {"GK": "Gate keeper (locks, badges)", "Ops": "Role not stated"}
