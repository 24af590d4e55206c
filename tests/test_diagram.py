"""Tests for graph/diagram.py: what the diagram shows, where, and that the bytes are stable."""

from __future__ import annotations

import hashlib
import itertools
import os
import struct
import subprocess
import sys
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from graph.build import build_graph
from graph.diagram import DEFAULT_STYLE, diagram_network, diagram_pages, render_diagram
from graph.diagram.paint import paint
from graph.document import read_document
from graph.errors import InputError
from graph.exporter import export
from graph.extract import extract_facts
from graph.namespaces import BASE, DCTERMS, ORGV, PROV, RDF, RDFS, ROLE, SERVICE, SKOS, SRM

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
FIXTURE = DATA / "diagram-fixture.ttl"
DOC = Namespace(BASE)["diagram-fixture"]
PARTY = Namespace(f"{DOC}/party/")
OFFERING_NODE = Namespace(f"{DOC}/offering/")["adobe-commerce-pro"]
BOX_KINDS = ("duty", "more", "compliance", "service", "certification")
FIG_WIDTH = DEFAULT_STYLE.width
MIN_FONT = DEFAULT_STYLE.min_font
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
EPS = 1e-6

Rect = tuple[float, float, float, float]


@pytest.fixture(scope="module")
def fixture_graph() -> Graph:
    return Graph().parse(FIXTURE, format="turtle")


@pytest.fixture(scope="module")
def net(fixture_graph: Graph) -> Any:
    return diagram_network(fixture_graph)


@pytest.fixture(scope="module")
def rendered(fixture_graph: Graph) -> dict[str, bytes]:
    return render_diagram(fixture_graph)


def _nodes(network: Any, kind: str) -> list[dict[str, Any]]:
    return [d for _n, d in sorted(network.nodes(data=True)) if d["kind"] == kind]


def _reading(boxes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Boxes in reading order: rows top to bottom, then left to right."""
    return sorted(boxes, key=lambda d: (-round(d["rect"][1] + d["rect"][3], 3), d["rect"][0]))


def _band_index(network: Any, party: Node) -> int:
    return int(network.nodes[("band", str(party))]["band"])


def _overlap(a: Rect, b: Rect) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw - EPS and bx < ax + aw - EPS and ay < by + bh - EPS and by < ay + ah - EPS


def _inside(inner: Rect, outer: Rect) -> bool:
    ix, iy, iw, ih = inner
    ox, oy, ow, oh = outer
    return (
        ox - EPS <= ix and oy - EPS <= iy and ix + iw <= ox + ow + EPS and iy + ih <= oy + oh + EPS
    )


def _segment_hits(p: tuple[float, float], q: tuple[float, float], rect: Rect) -> bool:
    """Does the axis-parallel segment p-q pass through the interior of rect?"""
    x, y, w, h = rect
    (x1, y1), (x2, y2) = p, q
    lo_x, hi_x, lo_y, hi_y = min(x1, x2), max(x1, x2), min(y1, y2), max(y1, y2)
    return lo_x < x + w - EPS and hi_x > x + EPS and lo_y < y + h - EPS and hi_y > y + EPS


def _check_layout(network: Any) -> None:
    """Every layout promise the picture makes, computed from the network alone."""
    width, height = network.graph["width"], network.graph["height"]
    figure: Rect = (0.0, 0.0, width, height)
    bands = _nodes(network, "band")
    boxes = [d for _n, d in network.nodes(data=True) if d["kind"] in BOX_KINDS]
    for band in bands:
        assert _inside(band["rect"], figure), band["label"]
        assert _inside(band["label_rect"], band["rect"]), band["label"]
    for a, b in itertools.combinations(bands, 2):
        assert not _overlap(a["rect"], b["rect"]), (a["label"], b["label"])
    by_index = {band["band"]: band for band in bands}
    for box in boxes:
        assert _inside(box["rect"], figure), box["label"]
        assert _inside(box["rect"], by_index[box["band"]]["rect"]), box["label"]
        assert box["lines"] and all(box["lines"]), box["label"]
    ordered = sorted(boxes, key=lambda d: d["rect"][1])
    for i, a in enumerate(ordered):  # sweep: only boxes whose vertical extents meet
        for b in ordered[i + 1 :]:
            if b["rect"][1] >= a["rect"][1] + a["rect"][3]:
                break
            assert not _overlap(a["rect"], b["rect"]), (a["label"], b["label"])
    captions = _nodes(network, "section")
    for caption in captions:
        assert _inside(caption["rect"], by_index[caption["band"]]["rect"]), caption["label"]
    for a, b in itertools.combinations(captions, 2):
        assert not _overlap(a["rect"], b["rect"]), (a["label"], b["label"])
    decorations = (
        [t["rect"] for t in network.graph["texts"]]
        + [item["rect"] for item in network.graph["legend"]]
        + [band["label_rect"] for band in bands]
        + [caption["rect"] for caption in captions]
    )
    for rect in decorations:
        assert _inside(rect, figure)
        for box in boxes:
            assert not _overlap(rect, box["rect"]), box["label"]
    for a, b in itertools.combinations(network.graph["legend"], 2):
        assert not _overlap(a["rect"], b["rect"]), (a["text"], b["text"])
    assert height <= DEFAULT_STYLE.max_height + EPS or network.graph["mode"] == "full"
    _check_content(network, bands, boxes)
    rects = {n: d["rect"] for n, d in network.nodes(data=True) if d["kind"] in BOX_KINDS}
    for source, target, data in network.edges(data=True):
        if data["kind"] not in ("buildsOn", "concern"):
            continue
        points = data["points"]
        assert len(points) >= 2
        for p, q in itertools.pairwise(points):
            assert p[0] == q[0] or p[1] == q[1], "connectors are orthogonal"
            assert _inside((p[0], p[1], 0, 0), figure)
            for node, rect in rects.items():
                if node not in (source, target):
                    assert not _segment_hits(p, q, rect), (
                        data["kind"],
                        network.nodes[node]["label"],
                    )
            for caption in captions:
                assert not _segment_hits(p, q, caption["rect"]), (data["kind"], caption["label"])


def _check_content(network: Any, bands: list[dict[str, Any]], boxes: list[dict[str, Any]]) -> None:
    """No empty band; the legend names what is drawn and only that; every box a shared concern
    marks is connected to the others it marks on the page."""
    for band in bands:
        assert any(box["band"] == band["band"] for box in boxes), f"empty band {band['label']}"
    legend = network.graph["legend"]
    kinds = {item["kind"] for item in legend}
    drawn = {box["kind"] for box in boxes}
    for kind in ("service", "certification", "compliance", "more"):
        assert (kind in kinds) == (kind in drawn), kind
    parties = [b["label"] for b in sorted(bands, key=lambda b: b["band"]) if b["strip"] == "party"]
    assert [i["text"].split(" (")[0] for i in legend if i["kind"] == "band"] == [
        p.split(" (")[0] for p in parties
    ]
    letters = {c for box in boxes for c in box["marker"]}
    assert {i["text"][0] for i in legend if i["kind"] == "marker"} == letters
    edges = [(u, v, d) for u, v, d in network.edges(data=True)]
    arrows = [d for _u, _v, d in edges if d["kind"] == "buildsOn"]
    assert ("buildsOn" in kinds) == bool(arrows)
    badges = {n for box in boxes for n in box["badges"]}
    assert {i["number"] for i in legend if i["kind"] == "concern"} == badges
    chains = nx.Graph()
    chains.add_edges_from((u, v) for u, v, d in edges if d["kind"] == "concern")
    for number in badges:
        marked = [n for n, d in network.nodes(data=True) if number in d.get("badges", ())]
        if len(marked) > 1:
            assert all(m in chains for m in marked), f"concern {number} leaves a box alone"
            component = nx.node_connected_component(chains, marked[0])
            assert set(marked) <= component, f"concern {number} is not one chain"


# --------------------------------------------------------------------------- content


def test_bands_follow_role_order(net: Any) -> None:
    bands = sorted(_nodes(net, "band"), key=lambda d: d["band"])
    assert [b["label"] for b in bands] == ["Customer", "Adobe Managed Services", "AWS"]
    assert [b["role"] for b in bands] == ["Customer", "Managed service provider", "Cloud provider"]
    tops = [b["rect"][1] + b["rect"][3] for b in bands]
    assert tops == sorted(tops, reverse=True), "band 0 is drawn at the top"
    assert len({b["colour"] for b in bands}) == 3


def test_every_duty_is_in_its_party_band(fixture_graph: Graph, net: Any) -> None:
    expected = set()
    for predicate in (SRM.responsibleFor, SRM.accountableFor, SRM.consultedOn, SRM.informedOf):
        for party, duty in fixture_graph.subject_objects(predicate):
            expected.add((str(duty), _band_index(net, party)))
    drawn = {(d["iri"], d["band"]) for d in _nodes(net, "duty")}
    assert drawn == expected
    assert len(drawn) == 21
    labels = {str(fixture_graph.value(URIRef(iri), RDFS.label)) for iri, _ in expected}
    assert {d["label"] for d in _nodes(net, "duty")} == labels


def test_duties_follow_source_lines(net: Any) -> None:
    for band in _nodes(net, "band"):
        duties = [d for d in _nodes(net, "duty") if d["band"] == band["band"]]
        lines = [d["line"] for d in _reading(duties)]
        assert lines == sorted(lines), band["label"]


def test_marker_for_accountable_duty(net: Any) -> None:
    markers = {d["label"]: d["marker"] for d in _nodes(net, "duty") if d["marker"]}
    assert markers == {"Penetration tests of the customized application": "A"}


def test_inherited_controls_in_cloud_provider_band(net: Any) -> None:
    aws = _band_index(net, PARTY["aws"])
    services = _nodes(net, "service")
    assert len(services) == 6
    assert {s["band"] for s in services} == {aws}
    assert [s["label"] for s in _reading(services)] == [
        "Amazon Elastic Compute Cloud",
        "Amazon Simple Storage Service",
        "Amazon Elastic Block Store",
        "Amazon Virtual Private Cloud",
        "Elastic Load Balancing",
        "AWS CloudTrail",
    ], "document order"
    certificates = _nodes(net, "certification")
    assert len(certificates) == 4
    assert {c["band"] for c in certificates} == {aws}
    assert all(
        any(std in c["label"] for std in ("PCI", "SOC 2", "ISO/IEC 27001")) for c in certificates
    )
    texts = [t["text"] for t in net.graph["texts"]]
    assert "Inherited controls" in texts
    assert "Offering: Adobe Commerce Pro" in texts


def test_builds_on_arrows(net: Any) -> None:
    customer = _band_index(net, PARTY["customer"])
    compliance = _nodes(net, "compliance")
    assert len(compliance) == 1 and compliance[0]["band"] == customer
    edges = [(u, v) for u, v, d in net.edges(data=True) if d["kind"] == "buildsOn"]
    assert len(edges) == 2
    targets = sorted(net.nodes[v]["iri"].rsplit("/", 1)[-1] for _u, v in edges)
    assert targets == ["adobe-commerce-pro-pci-dss", "aws-pci-dss"]
    assert all(net.nodes[u]["kind"] == "compliance" for u, _v in edges)


def test_shared_concern_connects_two_bands(net: Any) -> None:
    edges = [(u, v) for u, v, d in net.edges(data=True) if d["kind"] == "concern"]
    assert len(edges) == 1
    ((u, v),) = edges
    assert net.nodes[u]["band"] != net.nodes[v]["band"]
    assert net.nodes[u]["badges"] == net.nodes[v]["badges"] == (1,)
    assert any(
        i["kind"] == "concern" and "Core application security patches" in i["text"]
        for i in net.graph["legend"]
    )


def test_legend_names_every_party(net: Any) -> None:
    legend = [i["text"] for i in net.graph["legend"] if i["kind"] == "band"]
    assert legend == [
        "Customer",
        "Adobe Managed Services (Managed service provider)",
        "AWS (Cloud provider)",
    ]


# --------------------------------------------------------------------------- layout


def test_layout_has_no_overlaps_and_fits_the_figure(net: Any) -> None:
    assert net.graph["width"] == FIG_WIDTH
    _check_layout(net)


def test_overlap_check_can_fail(net: Any) -> None:
    broken = net.copy()
    first, second = [n for n, d in sorted(broken.nodes(data=True)) if d["kind"] == "duty"][:2]
    broken.nodes[second]["rect"] = broken.nodes[first]["rect"]
    with pytest.raises(AssertionError):
        _check_layout(broken)


def test_rendered_text_stays_inside_its_box(net: Any) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig, _tips = paint(net, DEFAULT_STYLE)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()  # type: ignore[no-untyped-call]
    renderer = canvas.get_renderer()  # type: ignore[no-untyped-call]
    ax = fig.axes[0]
    patches = {p.get_gid(): p.get_window_extent(renderer) for p in ax.patches if p.get_gid()}
    checked = 0
    figure_box = fig.bbox
    for text in ax.texts:
        extent = text.get_window_extent(renderer)
        assert figure_box.x0 - 1 <= extent.x0 and extent.x1 <= figure_box.x1 + 1, text.get_text()
        assert figure_box.y0 - 1 <= extent.y0 and extent.y1 <= figure_box.y1 + 1, text.get_text()
        gid = text.get_gid()
        if gid and gid.startswith("text-"):
            box = patches[gid.replace("text-", "box-")]
            assert box.x0 - 0.5 <= extent.x0 and extent.x1 <= box.x1 + 0.5, text.get_text()
            assert box.y0 - 0.5 <= extent.y0 and extent.y1 <= box.y1 + 0.5, text.get_text()
            checked += 1
    assert checked == sum(1 for _n, d in net.nodes(data=True) if d["kind"] in BOX_KINDS)


# --------------------------------------------------------------------------- output bytes


def test_png_signature_and_width(rendered: dict[str, bytes]) -> None:
    png = rendered["png"]
    assert png.startswith(PNG_SIGNATURE)
    width, height = struct.unpack(">II", png[16:24])
    assert width == int(FIG_WIDTH * 100)
    assert 600 <= height <= 1400


def test_svg_is_xml_with_every_duty_label(fixture_graph: Graph, rendered: dict[str, bytes]) -> None:
    root = ET.fromstring(rendered["svg"])
    assert root.tag.endswith("svg")
    text = " ".join("".join(e.itertext()) for e in root.iter() if e.tag.endswith("text"))
    for duty in fixture_graph.subjects(RDF.type, SRM.Duty):
        first_word = str(fixture_graph.value(duty, RDFS.label)).split()[0]
        assert first_word in text, first_word
    assert "Managed Services" in text  # the title
    assert b"<dc:date>" not in rendered["svg"]


def test_formats_and_title(fixture_graph: Graph) -> None:
    only_svg = render_diagram(fixture_graph, formats=["svg"], title="Custom & <title>")
    assert list(only_svg) == ["svg"]
    assert b"Custom &amp; &lt;title&gt;" in only_svg["svg"]
    with pytest.raises(InputError):
        render_diagram(fixture_graph, formats=["pdf"])


def test_same_bytes_in_process(fixture_graph: Graph, rendered: dict[str, bytes]) -> None:
    again = render_diagram(fixture_graph)
    assert again == rendered


_DIGEST_SCRIPT = """
import hashlib, sys
from rdflib import Graph
from graph.diagram import render_diagram
out = render_diagram(Graph().parse(sys.argv[1], format="turtle"))
print(hashlib.sha256(out["svg"]).hexdigest(), hashlib.sha256(out["png"]).hexdigest())
"""


def _digest_in_subprocess(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", _DIGEST_SCRIPT, str(FIXTURE)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return result.stdout.strip()


def test_same_bytes_across_hash_seeds(rendered: dict[str, bytes]) -> None:
    first, second = _digest_in_subprocess("1"), _digest_in_subprocess("4242")
    assert first == second
    digests = [hashlib.sha256(rendered[fmt]).hexdigest() for fmt in ("svg", "png")]
    assert first == " ".join(digests)


def test_import_does_not_load_matplotlib() -> None:
    code = "import sys, graph.diagram; print('matplotlib' in sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.strip() == "False"


# --------------------------------------------------------------------------- placement rules


def test_offering_without_known_provider_gets_its_own_strip(fixture_graph: Graph) -> None:
    graph = Graph() + fixture_graph
    graph.remove((OFFERING_NODE, SRM.uses, PARTY["aws"]))
    graph.remove((PARTY["aws"], SRM.organization, None))  # services' srm:provider no longer matches
    network = diagram_network(graph)
    strips = [d for d in _nodes(network, "band") if d["strip"] == "offering"]
    assert [s["label"] for s in strips] == ["Adobe Commerce Pro"]
    services = _nodes(network, "service")
    assert {s["band"] for s in services} == {strips[0]["band"]}
    assert max(d["band"] for d in _nodes(network, "band")) == strips[0]["band"]
    _check_layout(network)


def test_offering_goes_to_the_party_that_offers_it(fixture_graph: Graph) -> None:
    graph = Graph() + fixture_graph
    graph.add((OFFERING_NODE, SRM.offeredBy, ORGV["adobe"]))
    network = diagram_network(graph)
    adobe = _band_index(network, PARTY["adobe-managed-services"])
    offered = [c for c in _nodes(network, "certification") if "AWS" not in c["label"]]
    assert offered and {c["band"] for c in offered} == {adobe}
    # Services are inherited controls of their provider, whoever offers the product using them.
    aws = _band_index(network, PARTY["aws"])
    assert {s["band"] for s in _nodes(network, "service")} == {aws}
    aws_certs = [c for c in _nodes(network, "certification") if "AWS" in c["label"]]
    assert {c["band"] for c in aws_certs} == {_band_index(network, PARTY["aws"])}
    _check_layout(network)


def test_offering_follows_the_provider_of_its_services(fixture_graph: Graph) -> None:
    graph = Graph() + fixture_graph
    graph.remove((OFFERING_NODE, SRM.uses, PARTY["aws"]))
    graph.add((SERVICE["aws-ec2"], SRM.provider, ORGV["aws"]))  # as cloud-services.ttl says
    network = diagram_network(graph)
    assert {s["band"] for s in _nodes(network, "service")} == {_band_index(network, PARTY["aws"])}


def test_graph_without_parties_is_an_input_error() -> None:
    with pytest.raises(InputError):
        diagram_network(Graph())


def _synthetic(parties: int, duties: int, words: int = 9) -> Graph:
    """A model-shaped graph with many parties and duties of varied length."""
    doc = Namespace(BASE)["stress"]
    party_ns, duty_ns, span_ns = (Namespace(f"{doc}/{part}/") for part in ("party", "duty", "span"))
    roles = [
        "customer",
        "implementation-partner",
        "software-vendor",
        "managed-service-provider",
        "platform-provider",
        "cloud-provider",
    ]
    vocabulary = (
        "secure",
        "configuration",
        "of",
        "the",
        "network",
        "perimeter",
        "firewall",
        "identity",
        "access",
        "management",
        "encryption",
        "keys",
        "Supercalifragilisticexpialidocious-controls",
        "monitoring",
        "and",
        "logging",
    )
    graph = Graph()
    graph.add((doc, RDF.type, SRM.Document))
    graph.add(
        (doc, DCTERMS.title, Literal("A very long shared responsibility document title " * 4))
    )
    for p in range(parties):
        party = party_ns[f"p{p}"]
        role = ROLE[
            roles[(len(roles) - 1 - p) % len(roles)]
        ]  # reversed: the order must come from roles
        graph.add((party, RDF.type, SRM.Party))
        graph.add((party, RDFS.label, Literal(f"Party number {p} with a rather long name")))
        graph.add((party, SRM.role, role))
        graph.add((role, SKOS.prefLabel, Literal(roles[(len(roles) - 1 - p) % len(roles)])))
    for d in range(duties):
        duty, span = duty_ns[f"d{d}"], span_ns[f"s{d}"]
        label = " ".join(
            vocabulary[(d * 7 + i * 3) % len(vocabulary)] for i in range(1 + d % words)
        )
        graph.add((duty, RDF.type, SRM.Duty))
        graph.add((duty, RDFS.label, Literal(label)))
        graph.add((duty, PROV.wasDerivedFrom, span))
        graph.add((span, SRM.startLine, Literal(1000 - d)))
        graph.add((party_ns[f"p{d % parties}"], SRM.responsibleFor, duty))
    return graph


@pytest.mark.parametrize(("parties", "duties"), [(2, 4), (6, 60), (6, 400)])
def test_layout_scales(parties: int, duties: int) -> None:
    network = diagram_network(_synthetic(parties, duties))
    _check_layout(network)
    bands = sorted(_nodes(network, "band"), key=lambda d: d["band"])
    assert [b["order"] for b in bands] == sorted(b["order"] for b in bands)
    assert len(_nodes(network, "duty")) == duties
    assert network.graph["font_size"] >= MIN_FONT
    if duties == 400:
        assert network.graph["font_size"] == MIN_FONT and network.graph["height"] > 12


def test_unknown_role_sits_between(fixture_graph: Graph) -> None:
    graph = Graph() + fixture_graph
    party = PARTY["auditor"]
    graph.add((party, RDF.type, SRM.Party))
    graph.add((party, RDFS.label, Literal("Auditor")))
    graph.add((party, SRM.role, ROLE["auditor"]))
    duty = URIRef(f"{DOC}/duty/audit")
    graph.add((duty, RDF.type, SRM.Duty))
    graph.add((duty, RDFS.label, Literal("Audit the controls")))
    graph.add((party, SRM.responsibleFor, duty))
    labels = [
        d["label"] for d in sorted(_nodes(diagram_network(graph), "band"), key=lambda d: d["band"])
    ]
    assert labels == ["Customer", "Adobe Managed Services", "Auditor", "AWS"]


# --------------------------------------------------------------------------- real exports


EXPORTS = sorted((ROOT / "output").glob("*.ttl")) if (ROOT / "output").is_dir() else []


@pytest.mark.parametrize("path", EXPORTS, ids=[p.name for p in EXPORTS])
def test_real_exports_render_cleanly(path: Path) -> None:
    graph = Graph().parse(path, format="turtle")
    if not any(graph.subjects(RDF.type, SRM.Party)):
        pytest.skip(f"{path.name} has no srm:Party")
    network = diagram_network(graph)
    _check_layout(network)
    out = render_diagram(graph)
    assert out["png"].startswith(PNG_SIGNATURE)
    assert struct.unpack(">I", out["png"][16:20])[0] == int(FIG_WIDTH * 100)
    ET.fromstring(out["svg"])
    assert isinstance(network, nx.DiGraph)


# --------------------------------------------------------------------------- section captions


SECTIONS = ("Patching", "Backups", "Monitoring")


def _sectioned(duties: int = 24, *, concern: bool = True) -> Graph:
    """Two parties; the first has ``duties`` duties from three sections, the second three."""
    doc = Namespace(BASE)["sectioned"]
    party_ns, duty_ns, span_ns = (Namespace(f"{doc}/{part}/") for part in ("party", "duty", "span"))
    graph = Graph()
    graph.add((doc, RDF.type, SRM.Document))
    graph.add((doc, DCTERMS.title, Literal("Sectioned document")))
    for key, role in (("merchant", "customer"), ("host", "cloud-provider")):
        graph.add((party_ns[key], RDF.type, SRM.Party))
        graph.add((party_ns[key], RDFS.label, Literal(key.title())))
        graph.add((party_ns[key], SRM.role, ROLE[role]))

    def duty(number: int, party: str, section: str, line: int) -> URIRef:
        node, span = duty_ns[f"{party}-{number}"], span_ns[f"{party}-{number}"]
        graph.add((node, RDF.type, SRM.Duty))
        graph.add((node, RDFS.label, Literal(f"{section} duty number {number} for {party}")))
        graph.add((node, PROV.wasDerivedFrom, span))
        graph.add((span, SRM.startLine, Literal(line)))
        path = f"Sectioned document > Operational summary > Operations > {section}"
        graph.add((span, SRM.sectionPath, Literal(path)))
        graph.add((party_ns[party], SRM.responsibleFor, node))
        return node

    per_section = duties // len(SECTIONS)
    made = [
        duty(n, "merchant", SECTIONS[min(n // per_section, len(SECTIONS) - 1)], 500 - 10 * n)
        for n in range(duties)
    ]  # lines fall as n grows: document order is the reverse of creation order
    hosted = [duty(n, "host", SECTIONS[n], 600 + n) for n in range(len(SECTIONS))]
    if concern:
        shared = URIRef(f"{doc}/concern/patches")
        graph.add((shared, RDF.type, SRM.SharedConcern))
        graph.add((shared, RDFS.label, Literal("Patches")))
        for node in (made[0], made[per_section], hosted[0]):
            graph.add((node, SRM.concern, shared))
        # the last row of the first section: its connector runs in the gutter over a caption
        other = URIRef(f"{doc}/concern/monitoring")
        graph.add((other, RDF.type, SRM.SharedConcern))
        graph.add((other, RDFS.label, Literal("Monitoring")))
        for node in (made[2 * per_section], hosted[2]):
            graph.add((node, SRM.concern, other))
    return graph


def test_long_band_groups_duties_under_section_captions() -> None:
    network = diagram_network(_sectioned())
    _check_layout(network)
    merchant = _band_index(network, Namespace(f"{BASE}sectioned/party/")["merchant"])
    captions = sorted(
        (d for d in _nodes(network, "section") if d["band"] == merchant),
        key=lambda d: -d["rect"][1],
    )
    # document order (lines rise), captions top to bottom; the title heading is dropped
    assert [c["label"] for c in captions] == [f"Operations › {s}" for s in reversed(SECTIONS)]
    assert all(c["style"] == "italic" and c["colour"] != "#1A1A1A" for c in captions)
    assert [c["line"] for c in captions] == sorted(c["line"] for c in captions)
    sections = {n: d for n, d in network.nodes(data=True) if d["kind"] == "section"}
    drawn = 0
    for caption_node, caption in sections.items():
        below = caption["rect"][1]
        members = [v for _u, v, d in network.out_edges(caption_node, data=True)]
        assert members and all(network.edges[caption_node, v]["kind"] == "section" for v in members)
        section = caption["label"].rsplit(" › ", 1)[-1]
        for member in members:
            box = network.nodes[member]
            assert box["kind"] == "duty" and box["label"].startswith(section), box["label"]
            assert box["rect"][1] + box["rect"][3] <= below + EPS, "box under its caption"
            others = [c for n, c in sections.items() if n != caption_node]
            # and below no other caption that is itself below this one
            assert not any(
                box["rect"][1] + box["rect"][3] <= c["rect"][1] + EPS < below for c in others
            ), box["label"]
            drawn += 1
    assert drawn == 24
    # "patches" marks three boxes (two of the merchant's): a chain of two lines; "monitoring" one
    assert len([e for e in network.edges(data=True) if e[2]["kind"] == "concern"]) == 3


def test_short_band_has_no_captions() -> None:
    network = diagram_network(_sectioned(12))
    assert not _nodes(network, "section")
    assert not [e for e in network.edges(data=True) if e[2]["kind"] == "section"]
    _check_layout(network)


def test_fixture_and_one_section_bands_have_no_captions(net: Any) -> None:
    assert not _nodes(net, "section")


def test_captions_drop_the_pictographs_that_open_a_heading() -> None:
    """ "## 📅 Two sides" / "### ⚡ Key scenarios": emoji the diagram's font lacks would be drawn
    as empty boxes before the words; the caption keeps the words (a heading of only a
    pictograph keeps it)."""
    from graph.diagram.blocks import caption

    assert (
        caption(("📅 Two sides", "⚡ Key scenarios"), DEFAULT_STYLE) == "Two sides › Key scenarios"
    )
    assert caption(("🛡️ Best practices",), DEFAULT_STYLE) == "Best practices"
    assert caption(("📅",), DEFAULT_STYLE) == "📅"
    assert caption(("Patching",), DEFAULT_STYLE) == "Patching"


def test_section_captions_are_painted_and_stable() -> None:
    graph = _sectioned()
    first, second = render_diagram(graph), render_diagram(graph)
    assert first == second
    assert "Operations › Patching".encode() in first["svg"]


# --------------------------------------------------------------------------- modes and corpus


CORPUS = [
    *sorted(DATA.glob("*.md")),
    *sorted((DATA / "styles").glob("*.md")),
    *sorted((DATA / "real").glob("*.md")),
]
LIMIT_PX = (1600, 2400)


def _document_graph(path: Path) -> Graph:
    return build_graph(extract_facts(read_document(path)))


def _within_limit(network: Any) -> None:
    width, height = network.graph["width"], network.graph["height"]
    assert width * 100 <= LIMIT_PX[0] and height * 100 <= LIMIT_PX[1] + EPS


@pytest.mark.parametrize("path", CORPUS, ids=[f"{p.parent.name}/{p.stem}" for p in CORPUS])
def test_every_corpus_page_draws_in_every_mode(path: Path) -> None:
    graph = _document_graph(path)
    if not any(graph.subjects(RDF.type, SRM.Party)):
        pytest.skip(f"{path.name} gives no party")
    (full,) = diagram_pages(graph, mode="full")
    _check_layout(full)
    duties = {d["iri"] for d in _nodes(full, "duty")}
    for mode in ("auto", "overview", "pages"):
        networks = diagram_pages(graph, mode=mode)
        for network in networks:
            _check_layout(network)
            _within_limit(network)
        if mode == "pages":
            assert networks[0].graph["page"] == 1 and (len(networks) >= 2 or not duties)
            shown = {d["iri"] for net in networks[1:] for d in _nodes(net, "duty")}
            assert shown == duties, "the numbered pages hold every duty"
        elif len(networks) == 1 and networks[0].graph["mode"] == "overview":
            counted = {m for d in _nodes(networks[0], "more") for m in d["members"]}
            assert {d["iri"] for d in _nodes(networks[0], "duty")} | counted >= duties


def test_large_page_pages_and_overview_fit() -> None:
    graph = _document_graph(DATA / "adobe-shared-responsibility.md")
    auto = diagram_pages(graph)
    assert auto[0].graph["mode"] == "pages" and len(auto) >= 3
    assert [n.graph["page"] for n in auto] == list(range(1, len(auto) + 1))
    (overview,) = diagram_pages(graph, mode="overview")
    more = _nodes(overview, "more")
    assert more and all(d["count"] >= 2 and any(c.isdigit() for c in d["label"]) for d in more)
    assert overview.graph["height"] * 100 <= 2400
    continued = [d for net in auto[1:] for d in _nodes(net, "band") if d["continued"]]
    assert continued, "a band that runs over a page says so on the next"


def test_azure_matrix_draws_service_models_as_columns() -> None:
    network = diagram_network(_document_graph(DATA / "azure-shared-responsibility.md"))
    assert network.graph["columns"] == ("On-premises", "IaaS", "PaaS", "SaaS")
    headers = [t["text"] for t in network.graph["texts"] if t["role"] == "column"]
    assert headers == ["On-premises", "IaaS", "PaaS", "SaaS"] * 2
    bands = {d["band"]: d["label"] for d in _nodes(network, "band")}
    datacenter = {
        (bands[d["band"]], d["columns"])
        for d in _nodes(network, "duty")
        if d["iri"].endswith("/duty/physical-datacenter")
    }
    assert datacenter == {("Customer", (0, 0)), ("Microsoft", (1, 3))}
    applications = {
        (bands[d["band"]], d["columns"], d["marker"])
        for d in _nodes(network, "duty")
        if d["iri"].endswith("/duty/applications")
    }
    assert applications == {
        ("Customer", (0, 1), ""),
        ("Customer", (2, 3), "S"),
        ("Microsoft", (2, 3), "S"),
    }
    spans = [d for d in _nodes(network, "duty") if d["columns"] == (1, 3)]
    assert all(
        d["rect"][2] > 2.5 * min(s["rect"][2] for s in _nodes(network, "duty")) for d in spans
    )


def test_svg_has_tooltips_and_links_to_iris(
    fixture_graph: Graph, rendered: dict[str, bytes]
) -> None:
    root = ET.fromstring(rendered["svg"])
    ns = {"svg": "http://www.w3.org/2000/svg", "xlink": "http://www.w3.org/1999/xlink"}
    titles: dict[str, str] = {}
    for group in root.iter("{http://www.w3.org/2000/svg}g"):
        title = group.find("svg:title", ns)
        if (group.get("id") or "").startswith("box-") and title is not None:
            titles[group.get("id") or ""] = title.text or ""
    boxes = sum(
        1 for n, d in diagram_network(fixture_graph).nodes(data=True) if d["kind"] in BOX_KINDS
    )
    assert len(titles) == boxes
    links = {
        a.get("{http://www.w3.org/1999/xlink}href")
        for a in root.iter("{http://www.w3.org/2000/svg}a")
    }
    duties = {str(d) for d in fixture_graph.subjects(RDF.type, SRM.Duty)}
    assert duties <= links
    accountable = [t for t in titles.values() if t.startswith("Penetration tests")]
    assert accountable and "RACI: accountable" in accountable[0]
    assert all("source line" in t for t in titles.values() if "RACI" in t)


def test_party_without_duties_gets_no_band(fixture_graph: Graph) -> None:
    graph = Graph() + fixture_graph
    graph.add((PARTY["auditor"], RDF.type, SRM.Party))
    graph.add((PARTY["auditor"], RDFS.label, Literal("Auditor")))
    network = diagram_network(graph)
    assert "Auditor" not in {d["label"] for d in _nodes(network, "band")}
    assert not any("Auditor" in i["text"] for i in network.graph["legend"])


def test_style_is_frozen_data(fixture_graph: Graph) -> None:
    import dataclasses

    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_STYLE.width = 12.0  # type: ignore[misc]
    narrow = dataclasses.replace(DEFAULT_STYLE, width=12.0, palette=("#000000",))
    network = diagram_network(fixture_graph, style=narrow)
    assert network.graph["width"] == 12.0
    assert {d["colour"] for d in _nodes(network, "band")} == {"#000000"}
    _check_layout(network)


def test_pages_become_numbered_files(tmp_path: Path) -> None:
    result = export(
        [DATA / "adobe-shared-responsibility.md"],
        output_dir=tmp_path,
        formats=["svg"],
        diagram="pages",
        validate=False,
    )
    names = sorted(p.name for p in result.written)
    assert names[0] == "adobe-shared-responsibility-1.svg" and len(names) >= 3
    assert names == [f"adobe-shared-responsibility-{n}.svg" for n in range(1, len(names) + 1)]
    with pytest.raises(InputError):
        export([DATA / "adobe-managed-services.md"], output_dir=tmp_path, diagram="poster")


def test_thousands_of_parties_lay_out_a_bounded_number_of_pages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An overview of 3,000 parties keeps the bands that fit and one counted strip, found
    with a few dozen layouts (one layout per party made 14,000 parties take minutes)."""
    import graph.diagram.views as views

    calls = 0
    real = views.layout_page  # type: ignore[attr-defined]

    def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(views, "layout_page", counted)
    (page,) = diagram_pages(_synthetic(3000, 3000, words=2), mode="overview")
    bands = sorted(_nodes(page, "band"), key=lambda d: d["band"])
    assert 2 <= len(bands) < 40
    assert any("more parties" in str(b.get("label", "")) for b in bands), bands[-1]
    assert calls < 60, calls
    assert page.graph["height"] <= DEFAULT_STYLE.max_height


def test_diagram_predicates_cover_what_the_diagram_reads() -> None:
    """Every property the diagram code names is in DIAGRAM_PREDICATES, and a graph of those
    triples alone draws the same bytes."""
    import re
    from pathlib import Path

    from graph import namespaces
    from graph.build import build_triples
    from graph.diagram import DIAGRAM_PREDICATES, render_diagram
    from graph.document import read_document
    from graph.extract import extract_facts
    from graph.resources import BUNDLED_DOCUMENT

    folder = Path(namespaces.__file__).parent / "diagram"
    named = {
        str(getattr(namespaces, prefix)[name])
        for file in folder.glob("*.py")
        for prefix, name in re.findall(
            r"\b(SRM|RDF|RDFS|SKOS|DCTERMS|PROV|ORG|SCHEMA)\.([a-z]\w*)", file.read_text()
        )
    }
    assert named <= DIAGRAM_PREDICATES
    triples = build_triples(extract_facts(read_document(BUNDLED_DOCUMENT)))
    small = triples.reader_graph(DIAGRAM_PREDICATES)
    assert len(small) < len(triples)
    full = triples.graph()
    assert render_diagram(small, formats=["svg"]) == render_diagram(full, formats=["svg"])


def test_labels_in_scripts_the_font_lacks_are_drawn(tmp_path: Path) -> None:
    """A page in Japanese, or with emoji, draws: characters DejaVu Sans has no glyph for are
    measured and painted as its missing-glyph box, with no error and no warning per glyph."""
    page = tmp_path / "kanji.md"
    page.write_text(
        "# 責任共有モデル\n\n## Customer responsibilities\n\n- 日本語のデータを暗号化する\n"
        "- Rotate the access keys 🔒\n\n## Acme responsibilities\n\n- Patch the hosts ✅\n",
        encoding="utf-8",
    )
    graph = build_graph(extract_facts(read_document(page)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = render_diagram(graph)
    assert "日本語".encode() in out["svg"]
    assert out["png"].startswith(b"\x89PNG")


def test_a_spelled_out_short_name_is_the_band_caption(tmp_path: Path) -> None:
    """A party whose page states no role but spells out its short name ("**GK**: Gate keeper
    (locks)" before a matrix headed "GK") is captioned with that full name, not "Role not
    stated"; a party with neither keeps "Role not stated"."""
    page = tmp_path / "gate.md"
    page.write_text(
        "# Gate duties\n\n- **GK**: Gate keeper (locks, badges)\n\n"
        "| Activity | GK | Ops |\n| --- | --- | --- |\n| Lock the gate | R | I |\n",
        encoding="utf-8",
    )
    result = export([page], output_dir=tmp_path / "out", formats=["svg"], validate=False)
    svg = next(p for p in result.written if p.suffix == ".svg").read_text(encoding="utf-8")
    assert "Gate keeper (locks, badges)" in svg
    assert svg.count("Role not stated") == 2  # the Ops band and its legend entry
