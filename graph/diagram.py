"""Draw a shared-responsibility graph as a banded diagram (SVG and PNG).

One horizontal band per ``srm:Party``, ordered by its role's ``srm:bandOrder`` (customer on top,
cloud provider at the bottom). A band holds the party's duties (rounded boxes in document order),
the compliance programmes it maintains and an "Inherited controls" panel with the services it (or
an offering placed in it) uses and the certifications they hold. Arrows show ``srm:buildsOn``
(compliance -> certification), dashed lines join duties of two parties that share a concern.

:func:`diagram_network` computes everything the picture shows (nodes, edges, positions) as a
``networkx.DiGraph`` in figure inches (origin bottom-left); :func:`render_diagram` only paints it.
matplotlib is imported inside the functions that need it, so importing this module stays cheap.
"""

from __future__ import annotations

import io
import itertools
import sys
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .errors import InputError
from .namespaces import DCTERMS, PROV, RDF, RDFS, ROLE, SKOS, SRM
from .resources import ontology_path

if TYPE_CHECKING:
    import networkx as nx
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["FORMATS", "diagram_network", "render_diagram"]

FORMATS = ("svg", "png")
"""The output formats :func:`render_diagram` writes."""

FIG_WIDTH = 16.0
"""Figure width in inches (1600 px in the PNG)."""
DPI = 100
MAX_HEIGHT = 12.0
"""Height (inches) above which box fonts shrink, down to :data:`MIN_FONT`; then the figure grows."""
MAX_FONT = 10.0
MIN_FONT = 8.0
FONT = "DejaVu Sans"

_MARGIN = 0.3
_LABEL_W = 2.35
_CHANNEL = 0.34
"""Width of the free vertical channels left and right of the boxes, where connectors run."""
_CONTENT_X0 = _MARGIN + _LABEL_W + _CHANNEL
_CONTENT_X1 = FIG_WIDTH - _MARGIN - _CHANNEL
_BAND_GAP = 0.12
_BAND_PAD = 0.14
_GAP_X = 0.14
_GAP_Y = 0.14
_PAD_X = 0.09
_PAD_Y = 0.08
_BADGE = 0.17
_PANEL_PAD = 0.1
_LINE_SPACING = 1.2
_MAX_LABEL = 200
_NO_LINE = 10**9
_SECTION_OVER = 20
"""A band with more duties than this groups them under section captions (when there are 2+)."""
_SECTION_SIZE = 9.0
"""Font size of a section caption."""
_SECTION_CHARS = 90
"""Longest two-heading section caption; a longer one keeps only the last heading."""
_SECTION_COST = 1.5
"""Most height (in rows, a caption costing half a row) sections may take over the ungrouped grid;
finer sections than that are merged into their parent heading."""
_SECTION_COLUMNS = 5
"""Columns assumed when estimating that height (the count at the largest box font)."""
"""Longest two-heading section caption; a longer one keeps only the last heading."""

_RACI: tuple[tuple[URIRef, str, str], ...] = (
    (SRM.responsibleFor, "", "responsibleFor"),
    (SRM.accountableFor, "A", "accountableFor"),
    (SRM.consultedOn, "C", "consultedOn"),
    (SRM.informedOf, "I", "informedOf"),
)
_FALLBACK_ORDER: dict[URIRef, float] = {
    ROLE["customer"]: 1,
    ROLE["implementation-partner"]: 2,
    ROLE["software-vendor"]: 3,
    ROLE["managed-service-provider"]: 4,
    ROLE["platform-provider"]: 5,
    ROLE["cdn-provider"]: 6,
    ROLE["cloud-provider"]: 7,
}
_UNKNOWN_ORDER = 4.5
"""Band order of a role that neither the graph nor party-roles.ttl ranks: mid-stack."""
_CLOUD_PROVIDER = ROLE["cloud-provider"]

# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
_STRIP_COLOUR = "#7F7F7F"
_INK = "#1A1A1A"
_ARROW = "#333333"

_SVG_FONT = b"font-family: 'DejaVu Sans'"
_SVG_FONT_FALLBACK = b"font-family: 'DejaVu Sans', 'Bitstream Vera Sans', Verdana, sans-serif"

Key = tuple[str, ...]
Rect = tuple[float, float, float, float]


# --------------------------------------------------------------------------- text measurement


@cache
def _renderer() -> Any:
    from matplotlib.backends.backend_agg import RendererAgg

    return RendererAgg(16, 16, DPI)  # type: ignore[no-untyped-call]


@cache
def _font(size: float, weight: str, style: str) -> Any:
    from matplotlib.font_manager import FontProperties

    return FontProperties(
        family=FONT, size=size, weight=weight, style="italic" if style == "italic" else "normal"
    )


@cache
def _text_width(text: str, size: float, weight: str = "normal", style: str = "normal") -> float:
    """Width of one line of text in inches, as the Agg renderer lays it out."""
    if not text:
        return 0.0
    width, _height, _descent = _renderer().get_text_width_height_descent(
        text, _font(size, weight, style), ismath=False
    )
    return float(width) / DPI


def _text_height(lines: int, size: float) -> float:
    """Height in inches of ``lines`` lines of text (matplotlib's line spacing, with headroom)."""
    return size / 72 * (_LINE_SPACING * max(lines, 1) + 0.15)


@cache
def _wrap(
    text: str, width: float, size: float, weight: str = "normal", style: str = "normal"
) -> tuple[str, ...]:
    """Wrap ``text`` (textwrap) so that every line measures at most ``width`` inches."""
    text = " ".join(text.split())
    if not text:
        return ("",)
    chars = max(1, int(width * 72 / (size * 0.45)))
    while True:
        lines = textwrap.wrap(text, width=chars, break_long_words=True, break_on_hyphens=False)
        if chars == 1 or all(_text_width(line, size, weight, style) <= width for line in lines):
            return tuple(lines)
        chars -= 1


# --------------------------------------------------------------------------- reading the graph


@cache
def _vocabulary(relative: str) -> Graph:
    """A shipped vocabulary (empty when the file is missing or unreadable)."""
    path = ontology_path(relative)
    vocabulary = Graph()
    if path.is_file():
        try:
            vocabulary.parse(path, format="turtle")
        except (OSError, SyntaxError, ValueError):
            return Graph()
    return vocabulary


def _sorted_nodes(nodes: Iterable[Node]) -> list[Node]:
    return sorted(set(nodes), key=lambda n: (type(n).__name__, str(n)))


def _literal(graph: Graph, node: Node, predicates: Sequence[URIRef]) -> str | None:
    for predicate in predicates:
        values = [o for o in graph.objects(node, predicate) if isinstance(o, Literal)]
        if values:
            best = min(
                values, key=lambda v: (v.language not in (None, "en"), v.language or "", str(v))
            )
            text = " ".join(str(best).split())
            if text:
                return text
    return None


def _local_name(node: Node) -> str:
    text = str(node).rstrip("/#")
    return text.rsplit("/", 1)[-1].rsplit("#", 1)[-1].replace("-", " ")


def _label(graph: Graph, node: Node, *fallbacks: Graph) -> str:
    for source in (graph, *fallbacks):
        text = _literal(source, node, (RDFS.label, SKOS.prefLabel))
        if text:
            return text
    return _local_name(node)


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _start_line(graph: Graph, node: Node) -> int:
    lines = [
        int(value.toPython())
        for span in graph.objects(node, PROV.wasDerivedFrom)
        for value in graph.objects(span, SRM.startLine)
        if isinstance(value, Literal) and isinstance(value.toPython(), int)
    ]
    return min(lines, default=_NO_LINE)


def _section_path(graph: Graph, node: Node) -> tuple[str, ...]:
    """The srm:sectionPath headings of the node's first source span (empty when unknown)."""
    spans: list[tuple[int, str]] = []
    for span in graph.objects(node, PROV.wasDerivedFrom):
        line = _NO_LINE
        for value in graph.objects(span, SRM.startLine):
            if isinstance(value, Literal) and isinstance(value.toPython(), int):
                line = min(line, int(value.toPython()))
        path = _literal(graph, span, (SRM.sectionPath,))
        if path:
            spans.append((line, path))
    if not spans:
        return ()
    _line, path = min(spans)
    return tuple(part for part in (p.strip() for p in path.split(" > ")) if part)


def _statement_lines(graph: Graph) -> dict[tuple[Node, Node, Node], int]:
    """First source line of each reified relation (the rdf:Statement nodes)."""
    lines: dict[tuple[Node, Node, Node], int] = {}
    for statement in _sorted_nodes(graph.subjects(RDF.type, RDF.Statement)):
        s = graph.value(statement, RDF.subject)
        p = graph.value(statement, RDF.predicate)
        o = graph.value(statement, RDF.object)
        if s is None or p is None or o is None:
            continue
        line = _start_line(graph, statement)
        lines[(s, p, o)] = min(line, lines.get((s, p, o), _NO_LINE))
    return lines


def _band_order(graph: Graph, role: Node | None) -> float:
    if role is None:
        return _UNKNOWN_ORDER
    for source in (graph, _vocabulary("vocabularies/party-roles.ttl")):
        for value in sorted(source.objects(role, SRM.bandOrder), key=str):
            if isinstance(value, Literal):
                try:
                    return float(value.toPython())
                except (TypeError, ValueError):
                    continue
    if isinstance(role, URIRef) and role in _FALLBACK_ORDER:
        return _FALLBACK_ORDER[role]
    return _UNKNOWN_ORDER


# --------------------------------------------------------------------------- model


@dataclass
class _Box:
    key: Key
    kind: str
    iri: str
    text: str
    line: int = _NO_LINE
    marker: str = ""
    relation: str = ""
    section: tuple[str, ...] = ()
    badges: list[int] = field(default_factory=list)
    lines: tuple[str, ...] = ()
    size: float = MAX_FONT
    weight: str = "normal"
    rect: Rect = (0.0, 0.0, 0.0, 0.0)


@dataclass
class _Group:
    key: Key
    caption: str
    boxes: list[_Box]
    rect: Rect = (0.0, 0.0, 0.0, 0.0)


@dataclass
class _Section:
    """Consecutive duties of a long band that come from the same source section."""

    key: Key
    caption: str
    path: str
    boxes: list[_Box]
    text: str = ""
    rect: Rect = (0.0, 0.0, 0.0, 0.0)


@dataclass
class _Band:
    key: Key
    iri: str
    kind: str
    label: str
    role: str
    order: float
    notes: list[str] = field(default_factory=list)
    duties: list[_Box] = field(default_factory=list)
    compliances: list[_Box] = field(default_factory=list)
    groups: list[_Group] = field(default_factory=list)
    sections: list[_Section] = field(default_factory=list)
    colour: str = _STRIP_COLOUR
    rect: Rect = (0.0, 0.0, 0.0, 0.0)
    panel: Rect | None = None
    label_rect: Rect = (0.0, 0.0, 0.0, 0.0)
    label_lines: tuple[str, ...] = ()
    role_lines: tuple[str, ...] = ()
    note_lines: tuple[str, ...] = ()


@dataclass
class _Model:
    title: str
    subtitle: str
    bands: list[_Band]
    edges: list[tuple[Key, Key, str, str]]
    concerns: list[tuple[int, str, str]]
    markers: list[str]


def _offering_party(
    graph: Graph,
    offering: Node,
    owners: dict[Node, Node],
    parties: list[Node],
    roles: dict[Node, Node | None],
) -> Node | None:
    """The party whose band shows an offering's services and certifications.

    1. the party whose organisation offers it (``srm:offeredBy`` in the graph or offerings.ttl);
    2. else the party providing what it uses: a party it ``srm:uses`` directly, or the party whose
       organisation is a used service's ``srm:provider`` (graph or cloud-services.ttl); when there
       are several, the single cloud provider among them;
    3. else none: the offering gets its own small "Offering" strip.
    """
    rank = {party: index for index, party in enumerate(parties)}
    offered = {
        owners[o]
        for source in (graph, _vocabulary("vocabularies/offerings.ttl"))
        for o in source.objects(offering, SRM.offeredBy)
        if o in owners
    }
    if offered:
        return min(offered, key=rank.__getitem__)
    providers: set[Node] = set()
    services = _vocabulary("vocabularies/cloud-services.ttl")
    for used in graph.objects(offering, SRM.uses):
        if used in rank:
            providers.add(used)
            continue
        for source in (graph, services):
            providers.update(owners[o] for o in source.objects(used, SRM.provider) if o in owners)
    if len(providers) > 1:
        clouds = {p for p in providers if roles.get(p) == _CLOUD_PROVIDER}
        providers = clouds if len(clouds) == 1 else set()
    return next(iter(providers)) if providers else None


def _service_party(graph: Graph, service: URIRef, owners: dict[Node, Node]) -> Node | None:
    """The party whose organisation provides a cloud service (graph, else cloud-services.ttl)."""
    for source in (graph, _vocabulary("vocabularies/cloud-services.ttl")):
        for org in _sorted_nodes(source.objects(service, SRM.provider)):
            if org in owners:
                return owners[org]
    return None


def _read(graph: Graph, title: str | None) -> _Model:
    """Collect bands, boxes and connectors from the graph, all in a stable order."""
    documents = _sorted_nodes(graph.subjects(RDF.type, SRM.Document))
    doc = documents[0] if documents else None
    if title is None:
        title = (_literal(graph, doc, (DCTERMS.title,)) if doc is not None else None) or (
            "Shared responsibility"
        )
    source = _literal(graph, doc, (SRM.sourceFile,)) if doc is not None else None
    subtitle = "Shared responsibility by party, top to bottom"
    if source:
        subtitle += f" · source: {source}"

    party_nodes = _sorted_nodes(graph.subjects(RDF.type, SRM.Party))
    if not party_nodes:
        raise InputError(
            "the graph has no srm:Party, so there is nothing to draw",
            hint="export a document first",
        )
    role_vocab = _vocabulary("vocabularies/party-roles.ttl")
    roles: dict[Node, Node | None] = {}
    bands: dict[Node, _Band] = {}
    for party in party_nodes:
        role_values = _sorted_nodes(graph.objects(party, SRM.role))
        role = (
            min(role_values, key=lambda r: (_band_order(graph, r), str(r))) if role_values else None
        )
        roles[party] = role
        bands[party] = _Band(
            key=("band", str(party)),
            iri=str(party),
            kind="party",
            label=_label(graph, party),
            role=_upper_first(_label(graph, role, role_vocab)) if role is not None else "",
            order=_band_order(graph, role),
        )
    parties = sorted(party_nodes, key=lambda p: (bands[p].order, bands[p].label, str(p)))
    owners: dict[Node, Node] = {}
    for party in reversed(parties):  # a shared organisation maps to its top-most party
        owners[party] = party
        for org in graph.objects(party, SRM.organization):
            owners[org] = party
    for party in parties:
        used = [o for o in _sorted_nodes(graph.objects(party, SRM.uses)) if o in bands]
        if used:
            bands[party].notes.append("uses " + ", ".join(bands[o].label for o in used))

    statement_lines = _statement_lines(graph)
    other = _Band(key=("band", "other"), iri="", kind="other", label="Other", role="", order=99.0)
    strips: dict[Node, _Band] = {}
    placed: dict[Node, _Band] = {party: bands[party] for party in parties}

    def band_of(holder: Node) -> _Band:
        if holder in placed:
            return placed[holder]
        if (holder, RDF.type, SRM.Offering) in graph:
            party = _offering_party(graph, holder, owners, parties, roles)
            if party is not None:
                placed[holder] = bands[party]
            else:
                strip = _Band(
                    key=("band", str(holder)),
                    iri=str(holder),
                    kind="offering",
                    label=_label(graph, holder),
                    role="Offering",
                    order=98.0,
                )
                strips[holder] = placed[holder] = strip
            return placed[holder]
        return other

    # Duties, in document order, one box per (party, duty); RACI letters other than a lone R
    # are shown as a badge ("RA", "C", "I").
    edges: list[tuple[Key, Key, str, str]] = []
    duty_boxes: dict[Node, list[tuple[Node, _Box]]] = {}
    markers: set[str] = set()
    assigned: set[Node] = set()
    for party in parties:
        boxes: list[_Box] = []
        letters: dict[Node, list[tuple[str, str]]] = {}
        for predicate, marker, relation in _RACI:
            for duty in _sorted_nodes(graph.objects(party, predicate)):
                letters.setdefault(duty, []).append((marker or "R", relation))
        for duty in _sorted_nodes(letters):
            assigned.add(duty)
            codes = "".join(code for code, _ in letters[duty])
            relation = letters[duty][0][1]
            box = _Box(
                key=("duty", str(party), str(duty), relation),
                kind="duty",
                iri=str(duty),
                text=_label(graph, duty),
                line=_start_line(graph, duty),
                marker="" if codes == "R" else codes,
                relation=relation,
                section=_section_path(graph, duty),
            )
            boxes.append(box)
            duty_boxes.setdefault(duty, []).append((party, box))
            markers.update(c for c in codes if c != "R")
            edges.append((bands[party].key, box.key, relation, ""))
        boxes.sort(key=lambda b: (b.line, "RACI".find((b.marker or "R")[0]), b.text, b.iri))
        bands[party].duties = boxes
    for duty in _sorted_nodes(graph.subjects(RDF.type, SRM.Duty)):
        if duty not in assigned:
            box = _Box(
                key=("duty", "", str(duty), ""),
                kind="duty",
                iri=str(duty),
                text=_label(graph, duty),
                line=_start_line(graph, duty),
                section=_section_path(graph, duty),
            )
            other.duties.append(box)
            duty_boxes.setdefault(duty, []).append((URIRef(""), box))
    other.duties.sort(key=lambda b: (b.line, b.text, b.iri))

    # Shared concerns: chain the boxes of different parties, top band first.
    concerns: list[tuple[int, str, str]] = []
    concern_duties: dict[Node, list[Node]] = {}
    for duty in _sorted_nodes(graph.subjects(RDF.type, SRM.Duty)) + _sorted_nodes(duty_boxes):
        for concern in graph.objects(duty, SRM.concern):
            members = concern_duties.setdefault(concern, [])
            if duty not in members:
                members.append(duty)
    rank = {party: index for index, party in enumerate(parties)}
    for concern in sorted(concern_duties, key=lambda c: (_start_line(graph, c), str(c))):
        ends = sorted(
            (
                (rank.get(party, len(rank)), box.line, box.iri, party, box)
                for duty in concern_duties[concern]
                for party, box in duty_boxes.get(duty, [])
            ),
            key=lambda t: t[:3],
        )
        if len({party for *_, party, _ in ends}) < 2:
            continue
        number = len(concerns) + 1
        who = sorted({bands[p].label for *_, p, _ in ends if p in bands}, key=lambda s: s)
        concerns.append((number, _label(graph, concern), " ↔ ".join(who)))
        for *_, box in ends:
            if number not in box.badges:
                box.badges.append(number)
        for (*_, party_a, box_a), (*_, party_b, box_b) in itertools.pairwise(ends):
            if party_a != party_b:
                edges.append((box_a.key, box_b.key, "concern", str(concern)))

    # Compliance programmes, in the maintaining party's band.
    compliance_keys: dict[Node, Key] = {}
    for compliance in _sorted_nodes(graph.subjects(RDF.type, SRM.Compliance)):
        maintainers = [p for p in parties if (p, SRM.maintains, compliance) in graph]
        band = bands[maintainers[0]] if maintainers else other
        label = _label(graph, compliance)
        standard = graph.value(compliance, SRM.standard)
        if standard is not None:
            standard_label = _label(graph, standard, _vocabulary("vocabularies/certifications.ttl"))
            if standard_label.lower() not in label.lower():
                label = f"{label} ({standard_label})"
        box = _Box(
            key=("compliance", str(compliance)),
            kind="compliance",
            iri=str(compliance),
            text=label,
            line=_start_line(graph, compliance),
        )
        band.compliances.append(box)
        compliance_keys[compliance] = box.key
        edges.append((band.key, box.key, "maintains", ""))

    # Inherited controls: services used and certifications held, grouped by holder.
    groups: dict[Node, _Group] = {}
    holders = [*parties, *_sorted_nodes(graph.subjects(RDF.type, SRM.Offering))]
    certificate_keys: dict[Node, Key] = {}
    for holder in holders:
        services = [
            s
            for s in _sorted_nodes(graph.objects(holder, SRM.uses))
            if (s, RDF.type, SRM.CloudService) in graph
        ]
        certificates = _sorted_nodes(graph.objects(holder, SRM.holds))
        if not services and not certificates:
            continue
        band = band_of(holder)
        is_offering = holder not in bands
        caption = f"Offering: {_label(graph, holder)}" if is_offering else _label(graph, holder)
        group = _Group(key=("group", str(holder)), caption=caption, boxes=[])
        service_boxes = [
            _Box(
                key=("service", str(holder), str(s)),
                kind="service",
                iri=str(s),
                text=_label(graph, s),
                line=statement_lines.get((holder, SRM.uses, s), _NO_LINE),
            )
            for s in services
        ]
        service_boxes.sort(key=lambda b: (b.line, b.text, b.iri))
        # A cloud service is an inherited control of the party that provides it (the cloud
        # provider's band), whoever uses it; the user is named in the group caption.
        provided: dict[Node, list[_Box]] = {}
        kept: list[_Box] = []
        for box in service_boxes:
            provider = _service_party(graph, URIRef(box.iri), owners)
            if provider is not None and bands[provider] is not band:
                provided.setdefault(provider, []).append(box)
            else:
                kept.append(box)
        for provider in sorted(provided, key=lambda p: (bands[p].order, str(p))):
            used_group = _Group(
                key=("group", str(holder), str(provider)),
                caption=f"Used by {_label(graph, holder)}",
                boxes=provided[provider],
            )
            bands[provider].groups.append(used_group)
            edges.extend((bands[provider].key, b.key, "uses", "") for b in provided[provider])
        service_boxes = kept
        cert_boxes = []
        for certificate in certificates:
            if certificate in certificate_keys:
                continue
            cert_boxes.append(_certificate_box(graph, certificate))
            certificate_keys[certificate] = cert_boxes[-1].key
        cert_boxes.sort(key=lambda b: (b.line, b.text, b.iri))
        group.boxes = service_boxes + cert_boxes
        groups[holder] = group
        if group.boxes:
            band.groups.append(group)
        edges.extend((band.key, b.key, "uses", "") for b in service_boxes)
        edges.extend((band.key, b.key, "holds", "") for b in cert_boxes)
    # Certifications nobody holds but something builds on.
    targets = [o for _s, o in graph.subject_objects(SRM.buildsOn)]
    loose = [c for c in _sorted_nodes(targets) if c not in certificate_keys]
    if loose:
        group = _Group(key=("group", "other"), caption="Not held by any party", boxes=[])
        for certificate in loose:
            group.boxes.append(_certificate_box(graph, certificate))
            certificate_keys[certificate] = group.boxes[-1].key
        other.groups.append(group)
    building = sorted(graph.subject_objects(SRM.buildsOn), key=lambda so: (str(so[0]), str(so[1])))
    for base, target in building:
        start = compliance_keys.get(base) or certificate_keys.get(base)
        end = certificate_keys.get(target)
        if start is not None and end is not None:
            edges.append((start, end, "buildsOn", ""))

    ordered = [bands[p] for p in parties]
    ordered += [strips[o] for o in sorted(strips, key=lambda o: (strips[o].label, str(o)))]
    if other.duties or other.compliances or other.groups:
        ordered.append(other)
    for index, band in enumerate(ordered):
        band.colour = _PALETTE[index % len(_PALETTE)] if band.kind == "party" else _STRIP_COLOUR
        band.sections = _sections(band, title)
    return _Model(
        title=title,
        subtitle=subtitle,
        bands=ordered,
        edges=edges,
        concerns=concerns,
        markers=sorted(markers, key="ACI".find),
    )


def _headings(path: tuple[str, ...], title: str) -> tuple[str, ...]:
    """The section path without its leading heading when that is the document title (the H1)."""
    if len(path) > 1:
        first, wanted = path[0].casefold(), title.casefold()
        if wanted.startswith(first) or first.startswith(wanted):
            return path[1:]
    return path


def _caption(headings: tuple[str, ...]) -> str:
    """A short caption: the last heading, with its parent when the pair stays short."""
    if not headings:
        return "(no section)"
    if len(headings) >= 2:
        pair = f"{headings[-2]} › {headings[-1]}"
        if len(pair) <= _SECTION_CHARS:
            return pair
    return headings[-1]


def _sections(band: _Band, title: str) -> list[_Section]:
    """Runs of consecutive duties (document order) from the same section, for long bands only.

    Sections are taken as deep as the headings go unless the many short runs would make the band
    more than ``_SECTION_COST`` times as tall; then the headings are cut one level at a time.
    """
    if len(band.duties) <= _SECTION_OVER:
        return []
    headings = [_headings(box.section, title) for box in band.duties]
    runs: list[_Section] = []
    for depth in range(max(len(h) for h in headings), 0, -1):
        runs = []
        for box, path in zip(band.duties, headings, strict=True):
            caption = _caption(path[:depth])
            if runs and runs[-1].caption == caption:
                runs[-1].boxes.append(box)
                continue
            key = ("section", band.key[1], f"{len(runs):04d}")
            full = " > ".join(box.section[: len(box.section) - len(path) + depth])
            runs.append(_Section(key=key, caption=caption, path=full, boxes=[box]))
        rows = sum(-(-len(run.boxes) // _SECTION_COLUMNS) + 0.5 for run in runs)
        if rows <= _SECTION_COST * -(-len(band.duties) // _SECTION_COLUMNS):
            break
    return runs if len(runs) > 1 else []


def _certificate_box(graph: Graph, certificate: Node) -> _Box:
    label = _label(graph, certificate)
    standard = graph.value(certificate, SRM.standard)
    if standard is not None:
        standard_label = _label(graph, standard, _vocabulary("vocabularies/certifications.ttl"))
        if standard_label.lower() not in label.lower():
            label = f"{label} ({standard_label})"
    return _Box(
        key=("certification", str(certificate)),
        kind="certification",
        iri=str(certificate),
        text=f"✓ {label}",
        line=_start_line(graph, certificate),
    )


# --------------------------------------------------------------------------- layout (y grows down)


def _pad_x(box: _Box) -> float:
    return _PAD_X + (_BADGE + 0.03 if box.marker or box.badges else 0.0)


def _grid(boxes: list[_Box], top: float, min_width: float, size: float, weight: str) -> float:
    """Place boxes row by row from ``top``; returns the bottom of the last row."""
    if not boxes:
        return top
    width = _CONTENT_X1 - _CONTENT_X0 - 2 * _PANEL_PAD
    columns = max(1, int((width + _GAP_X) // (min_width + _GAP_X)))
    box_width = (width - (columns - 1) * _GAP_X) / columns
    x0 = _CONTENT_X0 + _PANEL_PAD
    y = top
    for start in range(0, len(boxes), columns):
        row = boxes[start : start + columns]
        for box in row:
            text = box.text if len(box.text) <= _MAX_LABEL else box.text[: _MAX_LABEL - 1] + "…"
            box.lines = _wrap(text, box_width - 2 * _pad_x(box), size, weight)
            box.size, box.weight = size, weight
        height = max(_text_height(len(b.lines), size) for b in row) + 2 * _PAD_Y
        height = max(height, 2 * _BADGE if any(b.marker or b.badges for b in row) else 0.0)
        for column, box in enumerate(row):
            box.rect = (x0 + column * (box_width + _GAP_X), y, box_width, height)
        y += height + _GAP_Y
    return y - _GAP_Y


def _fit(text: str, width: float, size: float, weight: str, style: str) -> str:
    """``text`` cut with an ellipsis so that it measures at most ``width`` inches on one line."""
    while _text_width(text, size, weight, style) > width and len(text) > 2:
        text = text[:-2].rstrip() + "…"
    return text


def _layout_band(band: _Band, top: float, size: float) -> float:
    """Lay one band out from ``top``; returns its bottom edge."""
    small = max(size - 1.0, MIN_FONT - 0.5)
    y = top + _BAND_PAD
    sections = 0
    if band.sections:
        # caption, gutter, rows; a gutter above each caption keeps connector lanes free of text
        x0 = _CONTENT_X0 + _PANEL_PAD
        width = _CONTENT_X1 - _CONTENT_X0 - 2 * _PANEL_PAD
        for number, section in enumerate(band.sections):
            if number:
                y += _GAP_Y
            section.text = _fit(section.caption, width, _SECTION_SIZE, "normal", "italic")
            text_width = _text_width(section.text, _SECTION_SIZE, "normal", "italic")
            section.rect = (x0, y, text_width, _text_height(1, _SECTION_SIZE))
            y += _text_height(1, _SECTION_SIZE) + _GAP_Y
            y = _grid(section.boxes, y, 2.3 * size / MAX_FONT, size, "normal")
        sections += 1
    elif band.duties:
        y = _grid(band.duties, y, 2.3 * size / MAX_FONT, size, "normal")
        sections += 1
    if band.compliances:
        y = _grid(
            band.compliances, y + (_GAP_Y if sections else 0.0), 2.3 * size / MAX_FONT, size, "bold"
        )
        sections += 1
    band.panel = None
    if band.groups:
        panel_top = y + (_GAP_Y + 0.04 if sections else 0.0)
        y = panel_top + _PANEL_PAD / 2 + _text_height(1, 9)
        for group in band.groups:
            caption_top = y
            y += _text_height(1, 8.5) + _GAP_Y * 0.6
            group_bottom = _grid(group.boxes, y, 1.9 * size / MAX_FONT, small, "normal")
            group.rect = (
                _CONTENT_X0 + _PANEL_PAD,
                caption_top,
                _CONTENT_X1 - _CONTENT_X0 - 2 * _PANEL_PAD,
                group_bottom - caption_top,
            )
            y = group_bottom + _GAP_Y
        y = y - _GAP_Y + _PANEL_PAD
        band.panel = (_CONTENT_X0, panel_top, _CONTENT_X1 - _CONTENT_X0, y - panel_top)
    content = y - top + _BAND_PAD
    label_width = _LABEL_W - 0.2
    band.label_lines = _wrap(band.label, label_width, 11, "bold")
    band.role_lines = (
        _wrap(band.role, label_width, 9, "normal", "italic") if _shows_role(band) else ()
    )
    band.note_lines = _wrap("; ".join(band.notes), label_width, 8) if band.notes else ()
    label_height = _label_block_height(band)
    height = max(content, label_height + 2 * _BAND_PAD, 0.7)
    band.rect = (_MARGIN, top, FIG_WIDTH - 2 * _MARGIN, height)
    # centred like the reference diagrams; at the top of tall bands, so it is seen when scrolling
    label_top = top + _BAND_PAD if height > 6.0 else top + (height - label_height) / 2
    band.label_rect = (_MARGIN + 0.2, label_top, label_width, label_height)
    return top + height


def _label_block_height(band: _Band) -> float:
    height = _text_height(len(band.label_lines), 11)
    if band.role_lines:
        height += 0.04 + _text_height(len(band.role_lines), 9)
    if band.note_lines:
        height += 0.04 + _text_height(len(band.note_lines), 8)
    return height


@dataclass
class _Text:
    text: str
    x: float
    y: float
    size: float
    weight: str = "normal"
    style: str = "normal"
    ha: str = "left"
    colour: str = _INK
    role: str = "text"
    rect: Rect = (0.0, 0.0, 0.0, 0.0)


@dataclass
class _LegendItem:
    kind: str
    text: str
    colour: str = _STRIP_COLOUR
    number: int = 0
    x: float = 0.0
    y: float = 0.0
    rect: Rect = (0.0, 0.0, 0.0, 0.0)


_SWATCH_W = 0.42
_SWATCH_H = 0.2


def _shows_role(band: _Band) -> bool:
    return bool(band.role) and band.role.lower() != band.label.lower()


def _legend_items(model: _Model) -> list[_LegendItem]:
    items = [
        _LegendItem("band", b.label + (f" ({b.role})" if _shows_role(b) else ""), b.colour)
        for b in model.bands
        if b.kind == "party"
    ]
    items.append(_LegendItem("duty", "Duty (responsible)"))
    names = {"A": "accountable", "C": "consulted", "I": "informed"}
    items.extend(_LegendItem("marker", f"{m}: {names[m]}") for m in model.markers)
    kinds = {kind for _a, _b, kind, _c in model.edges}
    bands_boxes = [b for band in model.bands for g in band.groups for b in g.boxes]
    if any(b.kind == "service" for b in bands_boxes):
        items.append(_LegendItem("service", "Cloud service used (inherited)"))
    if any(b.kind == "certification" for b in bands_boxes):
        items.append(_LegendItem("certification", "Certification held (inherited)"))
    if any(band.compliances for band in model.bands):
        items.append(_LegendItem("compliance", "Compliance maintained"))
    if "buildsOn" in kinds:
        items.append(_LegendItem("buildsOn", "builds on"))
    for number, label, who in model.concerns:
        items.append(_LegendItem("concern", f"Shared concern: {label} ({who})", number=number))
    return items


def _layout_legend(items: list[_LegendItem], top: float) -> float:
    """Flow legend items left to right, wrapping rows; returns the bottom."""
    x, y = _MARGIN, top
    row_height = 0.3
    right = FIG_WIDTH - _MARGIN
    for item in items:
        max_text = right - _MARGIN - _SWATCH_W - 0.1
        text = item.text
        while _text_width(text, 9) > max_text and len(text) > 2:
            text = text[:-2] + "…"
        item.text = text
        width = _SWATCH_W + 0.1 + _text_width(text, 9)
        if x > _MARGIN and x + width > right:
            x, y = _MARGIN, y + row_height
        item.x, item.y = x, y
        item.rect = (x, y, width, row_height - 0.06)
        x += width + 0.35
    return y + row_height


def _layout(model: _Model, size: float) -> tuple[list[_Text], list[_LegendItem], float]:
    """Place title, bands and legend top-down with box font ``size``; returns the height."""
    texts: list[_Text] = []
    y = _MARGIN
    for line in _wrap(model.title, FIG_WIDTH - 2 * _MARGIN, 18, "bold"):
        texts.append(_Text(line, _MARGIN, y, 18, "bold", role="title"))
        y += _text_height(1, 18)
    texts.append(_Text(model.subtitle, _MARGIN, y + 0.02, 9.5, colour="#444444", role="subtitle"))
    y += 0.02 + _text_height(1, 9.5) + 0.12
    for band in model.bands:
        y = _layout_band(band, y, size) + _BAND_GAP
        if band.panel is not None:
            px, py, _pw, _ph = band.panel
            texts.append(
                _Text(
                    "Inherited controls",
                    px + _PANEL_PAD,
                    py + _PANEL_PAD / 2,
                    9,
                    "bold",
                    role="panel-title",
                )
            )
            for group in band.groups:
                gx, gy, _gw, _gh = group.rect
                texts.append(
                    _Text(
                        group.caption, gx, gy, 8.5, style="italic", colour="#333333", role="caption"
                    )
                )
    items = _legend_items(model)
    bottom = _layout_legend(items, y + 0.05)
    for text in texts:
        text.rect = (
            text.x,
            text.y,
            _text_width(text.text, text.size, text.weight, text.style),
            _text_height(1, text.size),
        )
    return texts, items, bottom + _MARGIN - 0.1


def _band_boxes(band: _Band) -> list[_Box]:
    return band.duties + band.compliances + [b for g in band.groups for b in g.boxes]


def _spread(rect: Rect, index: int, count: int) -> float:
    x, _y, w, _h = rect
    step = min(0.3, w / (count + 1))
    return x + w / 2 + (index - (count - 1) / 2) * step


Point = tuple[float, float]


def _routes(model: _Model) -> dict[tuple[Key, Key], list[Point]]:
    """Orthogonal connector routes that never cross a box.

    A connector leaves the bottom of its source box into the gutter below that row, runs along
    the gutter to the free channel left (or right) of the boxes, along the channel to the gutter
    above the target's row and enters the target from the top. Gutters and channels hold no boxes.
    """
    boxes = {b.key: b for band in model.bands for b in _band_boxes(band)}
    drawn = [
        (a, b)
        for a, b, kind, _about in model.edges
        if kind in ("buildsOn", "concern") and a in boxes and b in boxes
    ]
    outgoing: dict[Key, list[Key]] = {}
    incoming: dict[Key, list[Key]] = {}
    for a, b in drawn:
        outgoing.setdefault(a, []).append(b)
        incoming.setdefault(b, []).append(a)
    lanes = {"left": 0, "right": 0}
    lane_count = int((_CHANNEL - 0.1) // 0.08) + 1
    routes: dict[tuple[Key, Key], list[Point]] = {}
    for index, (a, b) in enumerate(drawn):
        _ax, ay, _aw, ah = boxes[a].rect
        _bx, by, _bw, _bh = boxes[b].rect
        sx = _spread(boxes[a].rect, outgoing[a].index(b), len(outgoing[a]))
        tx = _spread(boxes[b].rect, incoming[b].index(a), len(incoming[b]))
        bottom = ay + ah
        if abs(bottom + _GAP_Y - by) < 1e-6:  # the target's row is right below the source's
            middle = bottom + _GAP_Y / 2
            routes[(a, b)] = [(sx, bottom), (sx, middle), (tx, middle), (tx, by)]
            continue
        below = bottom + _GAP_Y / 2 + ((index % 3) - 1) * 0.025
        above = by - _GAP_Y / 2 - (index % 2) * 0.025
        side = "left" if sx + tx < _CONTENT_X0 + _CONTENT_X1 else "right"
        offset = 0.05 + (lanes[side] % lane_count) * 0.08
        lanes[side] += 1
        channel = _CONTENT_X0 - offset if side == "left" else _CONTENT_X1 + offset
        routes[(a, b)] = [
            (sx, bottom),
            (sx, below),
            (channel, below),
            (channel, above),
            (tx, above),
            (tx, by),
        ]
    return routes


# --------------------------------------------------------------------------- the network


def _flip(rect: Rect, height: float) -> Rect:
    x, y, w, h = rect
    return (round(x, 4), round(height - y - h, 4), round(w, 4), round(h, 4))


def _centre(rect: Rect) -> tuple[float, float]:
    x, y, w, h = rect
    return (round(x + w / 2, 4), round(y + h / 2, 4))


def diagram_network(graph: Graph, *, title: str | None = None) -> nx.DiGraph:
    """The diagram as a networkx DiGraph, with positions in figure inches (origin bottom-left).

    Nodes are tuples ``(kind, ...)`` with attributes ``kind`` (band, duty, compliance, service,
    certification), ``label``, ``band`` (0 = top band), ``pos`` (centre), ``rect`` (x, y, w, h) and
    ``iri``; box nodes also carry the wrapped ``lines`` and font ``size``. A band with more than
    ``_SECTION_OVER`` duties from two or more source sections has ``section`` nodes: one italic
    caption per run of consecutive duties from one section (``label`` as drawn, ``caption``,
    ``path`` = the srm:sectionPath, ``rect`` of the text, ``colour``), drawn above its duties' rows.
    Edges have ``kind``: responsibleFor/accountableFor/consultedOn/informedOf, maintains, uses,
    holds (band -> box, drawn as containment), section (caption -> duty, drawn as grouping),
    buildsOn (arrow) and concern (dashed line). ``graph.graph`` holds ``width``, ``height``,
    ``title``, ``font_size``, ``texts``, ``legend`` and ``panels``.
    """
    import networkx as nx

    model = _read(graph, title)
    size = MAX_FONT
    while True:
        texts, legend, height = _layout(model, size)
        if height <= MAX_HEIGHT or size <= MIN_FONT:
            break
        size = max(MIN_FONT, size - 0.5)
    net = nx.DiGraph(width=FIG_WIDTH, height=round(height, 4), title=model.title, font_size=size)
    panels: list[Rect] = []
    for index, band in enumerate(model.bands):
        rect = _flip(band.rect, height)
        net.add_node(
            band.key,
            kind="band",
            label=band.label,
            role=band.role,
            band=index,
            order=band.order,
            iri=band.iri,
            pos=_centre(rect),
            rect=rect,
            colour=band.colour,
            strip=band.kind,
            label_rect=_flip(band.label_rect, height),
            label_lines=band.label_lines,
            role_lines=band.role_lines,
            note_lines=band.note_lines,
            ink=_ink(band.colour),
        )
        for section in band.sections:
            rect = _flip(section.rect, height)
            net.add_node(
                section.key,
                kind="section",
                label=section.text,
                caption=section.caption,
                path=section.path,
                band=index,
                iri="",
                pos=_centre(rect),
                rect=rect,
                size=_SECTION_SIZE,
                style="italic",
                colour=_ink(band.colour),
                line=section.boxes[0].line,
            )
        if band.panel is not None:
            panels.append(_flip(band.panel, height))
        for box in _band_boxes(band):
            rect = _flip(box.rect, height)
            net.add_node(
                box.key,
                kind=box.kind,
                label=box.text,
                band=index,
                iri=box.iri,
                pos=_centre(rect),
                rect=rect,
                lines=box.lines,
                size=box.size,
                weight=box.weight,
                marker=box.marker,
                badges=tuple(box.badges),
                line=box.line,
                relation=box.relation,
                colour=band.colour,
            )
    routes = _routes(model)
    for source, target, kind, about in model.edges:
        if source in net and target in net:
            points = tuple(
                (round(x, 4), round(height - y, 4)) for x, y in routes.get((source, target), [])
            )
            net.add_edge(source, target, kind=kind, about=about, points=points)
    for band in model.bands:
        for section in band.sections:
            for box in section.boxes:
                net.add_edge(section.key, box.key, kind="section", about=section.path, points=())
    net.graph["texts"] = [
        {
            "text": t.text,
            "x": round(t.x, 4),
            "y": round(height - t.y, 4),
            "size": t.size,
            "weight": t.weight,
            "style": t.style,
            "colour": t.colour,
            "role": t.role,
            "rect": _flip(t.rect, height),
        }
        for t in texts
    ]
    net.graph["legend"] = [
        {
            "kind": i.kind,
            "text": i.text,
            "colour": i.colour,
            "number": i.number,
            "x": round(i.x, 4),
            "y": round(height - i.y, 4),
            "rect": _flip(i.rect, height),
        }
        for i in legend
    ]
    net.graph["panels"] = panels
    return net


# --------------------------------------------------------------------------- painting


def _tint(colour: str, amount: float) -> str:
    """Mix ``colour`` with white (amount 0 = colour, 1 = white)."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (red, green, blue)]
    return "#{:02X}{:02X}{:02X}".format(*mix)


def _luminance(colour: str) -> float:
    """WCAG relative luminance of a ``#RRGGBB`` colour."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    red, green, blue = (
        c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


@cache
def _ink(colour: str) -> str:
    """The band colour darkened until text in it reads on the band (contrast 4.5:1 or more)."""
    background = _luminance(_tint(colour, 0.86)) + 0.05
    for step in range(21):
        factor = 1 - step / 20
        red, green, blue = (round(int(colour[i : i + 2], 16) * factor) for i in (1, 3, 5))
        ink = f"#{red:02X}{green:02X}{blue:02X}"
        if background / (_luminance(ink) + 0.05) >= 4.5:
            return ink
    return _INK


def _box_style(kind: str, colour: str) -> dict[str, Any]:
    if kind == "duty":
        return {
            "boxstyle": "round,pad=0,rounding_size=0.07",
            "facecolor": _tint(colour, 0.55),
            "edgecolor": colour,
            "linewidth": 1.0,
            "linestyle": "-",
        }
    if kind == "compliance":
        return {
            "boxstyle": "round,pad=0,rounding_size=0.07",
            "facecolor": "#FFFFFF",
            "edgecolor": colour,
            "linewidth": 2.4,
            "linestyle": "-",
        }
    if kind == "certification":
        return {
            "boxstyle": "square,pad=0",
            "facecolor": "#FFFFFF",
            "edgecolor": _INK,
            "linewidth": 1.6,
            "linestyle": "-",
        }
    return {
        "boxstyle": "square,pad=0",
        "facecolor": "#FFFFFF",
        "edgecolor": "#666666",
        "linewidth": 0.8,
        "linestyle": (0, (3, 2)),
    }


def _badge(ax: Axes, x: float, y: float, text: str, filled: bool) -> None:
    from matplotlib.patches import Circle

    radius = _BADGE / 2 * (1.0 if len(text) < 2 else 1.35)
    ax.add_patch(
        Circle(
            (x, y),
            radius,
            facecolor=_INK if filled else "#FFFFFF",
            edgecolor=_INK,
            linewidth=0.8,
            zorder=6,
        )
    )
    ax.text(
        x,
        y,
        text,
        ha="center",
        va="center_baseline",
        fontsize=7 if len(text) < 2 else 5.5,
        fontweight="bold",
        color="#FFFFFF" if filled else _INK,
        fontfamily=FONT,
        zorder=7,
        parse_math=False,
    )


def _paint(net: nx.DiGraph) -> Figure:
    """Paint the network onto a new matplotlib Figure (no pyplot, no global state)."""
    from matplotlib.figure import Figure
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Rectangle
    from matplotlib.path import Path

    width, height = float(net.graph["width"]), float(net.graph["height"])
    fig = Figure(figsize=(width, height), dpi=DPI, facecolor="#FFFFFF")
    ax = fig.add_axes((0.0, 0.0, 1.0, 1.0))
    ax.set_xlim(0, width)
    ax.set_ylim(0, height)
    ax.set_axis_off()
    text_kw: dict[str, Any] = {"fontfamily": FONT, "parse_math": False, "color": _INK}

    for t in net.graph["texts"]:
        ax.text(
            t["x"],
            t["y"],
            t["text"],
            ha="left",
            va="top",
            fontsize=t["size"],
            fontweight=t["weight"],
            fontstyle=t["style"],
            zorder=5,
            **{**text_kw, "color": t["colour"]},
        )
    for x, y, w, h in net.graph["panels"]:
        ax.add_patch(
            FancyBboxPatch(
                (x, y),
                w,
                h,
                boxstyle="round,pad=0,rounding_size=0.08",
                facecolor="#FFFFFFB3",
                edgecolor="#888888",
                linewidth=0.8,
                zorder=1,
            )
        )
    nodes = sorted(net.nodes, key=lambda n: (net.nodes[n]["band"], n))
    for number, node in enumerate(nodes):
        data = net.nodes[node]
        x, y, w, h = data["rect"]
        if data["kind"] == "band":
            colour = data["colour"]
            ax.add_patch(
                Rectangle((x, y), w, h, facecolor=_tint(colour, 0.86), edgecolor="none", zorder=0)
            )
            ax.add_patch(Rectangle((x, y), 0.08, h, facecolor=colour, edgecolor="none", zorder=0.5))
            lines = [(line, 11, "bold", "normal") for line in data["label_lines"]]
            lines += [(line, 9, "normal", "italic") for line in data["role_lines"]]
            lines += [(line, 8, "normal", "normal") for line in data["note_lines"]]
            label_x, label_y, _label_w, label_h = data["label_rect"]
            cursor = label_y + label_h
            previous = ""
            for line, size, weight, style in lines:
                group = f"{size}{style}"
                if previous and group != previous:
                    cursor -= 0.04
                previous = group
                ax.text(
                    label_x,
                    cursor,
                    line,
                    ha="left",
                    va="top",
                    fontsize=size,
                    fontweight=weight,
                    fontstyle=style,
                    zorder=5,
                    **text_kw,
                )
                cursor -= _LINE_SPACING * size / 72
            continue
        if data["kind"] == "section":
            ax.text(
                x,
                y + h,
                data["label"],
                ha="left",
                va="top",
                fontsize=data["size"],
                fontstyle=data["style"],
                zorder=5,
                **{**text_kw, "color": data["colour"]},
            )
            continue
        ax.add_patch(
            FancyBboxPatch(
                (x, y),
                w,
                h,
                zorder=3,
                gid=f"box-{number}",
                **_box_style(data["kind"], data["colour"]),
            )
        )
        ax.text(
            x + w / 2,
            y + h / 2,
            "\n".join(data["lines"]),
            ha="center",
            va="center",
            multialignment="center",
            fontsize=data["size"],
            fontweight=data["weight"],
            linespacing=_LINE_SPACING,
            zorder=5,
            gid=f"text-{number}",
            **text_kw,
        )
        if data["marker"]:
            _badge(ax, x + 0.04 + _BADGE / 2, y + h - 0.04 - _BADGE / 2, data["marker"], True)
        for offset, number in enumerate(data["badges"]):
            cx = x + w - 0.04 - _BADGE / 2
            _badge(ax, cx, y + h - 0.04 - _BADGE / 2 - offset * (_BADGE + 0.02), str(number), False)

    for _source, _target, data in sorted(net.edges(data=True), key=lambda e: (e[0], e[1])):
        points = data["points"]
        if data["kind"] not in ("buildsOn", "concern") or len(points) < 2:
            continue
        path = Path(points, [Path.MOVETO] + [Path.LINETO] * (len(points) - 1))
        if data["kind"] == "buildsOn":
            patch = FancyArrowPatch(
                path=path,
                arrowstyle="-|>",
                mutation_scale=13,
                linewidth=1.4,
                color=_ARROW,
                zorder=4,
                shrinkA=0,
                shrinkB=0,
                joinstyle="miter",
            )
        else:
            patch = FancyArrowPatch(
                path=path,
                arrowstyle="-",
                linewidth=1.4,
                linestyle=(0, (4, 3)),
                color=_ARROW,
                zorder=4,
                shrinkA=0,
                shrinkB=0,
            )
        ax.add_patch(patch)

    for item in net.graph["legend"]:
        _paint_legend_item(ax, item, text_kw)
    return fig


def _paint_legend_item(ax: Axes, item: dict[str, Any], text_kw: dict[str, Any]) -> None:
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch, Rectangle

    x, y, _w, h = item["rect"]
    sx, sy = x, y + (h - _SWATCH_H) / 2
    kind = item["kind"]
    if kind == "band":
        ax.add_patch(
            Rectangle(
                (sx, sy),
                _SWATCH_W,
                _SWATCH_H,
                facecolor=_tint(item["colour"], 0.55),
                edgecolor=item["colour"],
                linewidth=1.5,
            )
        )
    elif kind in ("duty", "service", "certification", "compliance"):
        ax.add_patch(FancyBboxPatch((sx, sy), _SWATCH_W, _SWATCH_H, **_box_style(kind, "#777777")))
    elif kind == "marker":
        _badge(ax, sx + _SWATCH_W / 2, sy + _SWATCH_H / 2, item["text"][0], True)
    elif kind == "buildsOn":
        ax.add_patch(
            FancyArrowPatch(
                (sx, sy + _SWATCH_H / 2),
                (sx + _SWATCH_W, sy + _SWATCH_H / 2),
                arrowstyle="-|>",
                mutation_scale=12,
                linewidth=1.5,
                color=_ARROW,
                shrinkA=0,
                shrinkB=0,
            )
        )
    elif kind == "concern":
        ax.plot(
            [sx, sx + _SWATCH_W - _BADGE - 0.03],
            [sy + _SWATCH_H / 2] * 2,
            color=_ARROW,
            linewidth=1.5,
            linestyle=(0, (4, 3)),
        )
        _badge(ax, sx + _SWATCH_W - _BADGE / 2, sy + _SWATCH_H / 2, str(item["number"]), False)
    ax.text(
        sx + _SWATCH_W + 0.1,
        y + h / 2,
        item["text"],
        ha="left",
        va="center_baseline",
        fontsize=9,
        zorder=5,
        **text_kw,
    )


def render_diagram(
    graph: Graph, *, formats: Sequence[str] = FORMATS, title: str | None = None
) -> dict[str, bytes]:
    """Draw ``graph`` and return the file bytes per format ("svg", "png"), byte-for-byte stable.

    ``title`` defaults to the srm:Document's dcterms:title. Raises InputError for an unknown
    format or a graph without parties.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise InputError(f"unknown diagram format {unknown[0]!r}", hint="use svg or png")
    import matplotlib

    if "matplotlib.pyplot" not in sys.modules:  # never switch an interactive session's backend
        matplotlib.use("Agg")
    net = diagram_network(graph, title=title)
    out: dict[str, bytes] = {}
    with matplotlib.rc_context(
        {"svg.hashsalt": "srgraph", "svg.fonttype": "none", "font.family": FONT}
    ):
        fig = _paint(net)
        for fmt in dict.fromkeys(formats):
            buffer = io.BytesIO()
            if fmt == "svg":
                fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
            else:
                fig.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
            data = buffer.getvalue()
            if fmt == "svg":  # text stays text: name metric-compatible fallbacks for viewers
                data = data.replace(_SVG_FONT, _SVG_FONT_FALLBACK)
            out[fmt] = data
    return out
