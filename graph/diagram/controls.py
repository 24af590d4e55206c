"""Compliance programmes and inherited controls: which band shows what a party maintains, the
services used and certifications held (a cloud service in the band of the party providing it,
an offering's controls in the band of the party that offers or runs it), and builds-on links."""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, URIRef
from rdflib.term import Node

from ..namespaces import RDF, ROLE, SRM
from .model import NO_LINE, Band, Box, Group, Key, Link
from .terms import Index, label, sorted_nodes, span_lines, vocabulary

__all__ = ["Controls"]

_CLOUD_PROVIDER = ROLE["cloud-provider"]


@dataclass
class Controls:
    """Places compliance and controls into the bands read so far (strips for offerings that
    belong to no party, "Other" for what nobody holds)."""

    graph: Graph
    index: Index
    statements: dict[tuple[Node, Node, Node], list[Node]]
    bands: dict[Node, Band]
    parties: list[Node]
    owners: dict[Node, Node]
    roles: dict[Node, Node | None]
    other: Band
    strips: dict[Node, Band] = field(default_factory=dict)
    placed: dict[Node, Band] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.placed = {party: self.bands[party] for party in self.parties}

    def _band_of(self, holder: Node) -> Band:
        if holder in self.placed:
            return self.placed[holder]
        if (holder, RDF.type, SRM.Offering) in self.graph:
            party = _offering_party(self.graph, holder, self.owners, self.parties, self.roles)
            if party is not None:
                self.placed[holder] = self.bands[party]
            else:
                strip = Band(
                    key=("band", str(holder)),
                    iri=str(holder),
                    kind="offering",
                    label=label(self.graph, holder),
                    role="Offering",
                    order=98.0,
                )
                self.strips[holder] = self.placed[holder] = strip
            return self.placed[holder]
        return self.other

    def compliance(self) -> dict[Node, Key]:
        """Compliance programmes, in the maintaining party's band."""
        graph = self.graph
        keys: dict[Node, Key] = {}
        for compliance in sorted_nodes(graph.subjects(RDF.type, SRM.Compliance)):
            maintainers = [p for p in self.parties if (p, SRM.maintains, compliance) in graph]
            band = self.bands[maintainers[0]] if maintainers else self.other
            start, end, _path = span_lines(graph, compliance)
            box = Box(
                key=("compliance", str(compliance)),
                kind="compliance",
                iri=str(compliance),
                text=_with_standard(graph, compliance, label(graph, compliance)),
                line=start,
                end_line=end,
                relation="maintains",
            )
            band.compliances.append(box)
            keys[compliance] = box.key
        return keys

    def controls(self) -> dict[Node, Key]:
        """Services used and certifications held, grouped by holder; a cloud service sits in
        the band of the party that provides it, whoever uses it."""
        graph = self.graph
        holders = [*self.parties, *sorted_nodes(graph.subjects(RDF.type, SRM.Offering))]
        certificate_keys: dict[Node, Key] = {}
        for holder in holders:
            services = [
                s
                for s in sorted_nodes(graph.objects(holder, SRM.uses))
                if (s, RDF.type, SRM.CloudService) in graph
            ]
            certificates = sorted_nodes(graph.objects(holder, SRM.holds))
            if not services and not certificates:
                continue
            band = self._band_of(holder)
            is_offering = holder not in self.bands
            name = label(graph, holder)
            group = Group(("group", str(holder)), f"Offering: {name}" if is_offering else name, [])
            kept = self._provided_services(holder, band, services)
            cert_boxes = []
            for certificate in certificates:
                if certificate not in certificate_keys:
                    cert_boxes.append(_certificate_box(graph, certificate))
                    certificate_keys[certificate] = cert_boxes[-1].key
            cert_boxes.sort(key=lambda b: (b.line, b.text, b.iri))
            group.boxes = kept + cert_boxes
            if group.boxes:
                band.groups.append(group)
        targets = [o for _s, o in graph.subject_objects(SRM.buildsOn)]
        loose = [c for c in sorted_nodes(targets) if c not in certificate_keys]
        if loose:
            group = Group(("group", "other"), "Not held by any party", [])
            for certificate in loose:
                group.boxes.append(_certificate_box(graph, certificate))
                certificate_keys[certificate] = group.boxes[-1].key
            self.other.groups.append(group)
        return certificate_keys

    def _provided_services(self, holder: Node, band: Band, services: list[Node]) -> list[Box]:
        """Service boxes of ``holder``: those another party provides go to that party's band
        (a "Used by" group); the rest are returned."""
        boxes = []
        for service in services:
            statements = self.statements.get((holder, SRM.uses, service), [])
            line = min((span_lines(self.graph, s)[0] for s in statements), default=NO_LINE)
            boxes.append(
                Box(
                    key=("service", str(holder), str(service)),
                    kind="service",
                    iri=str(service),
                    text=label(self.graph, service),
                    line=line,
                    relation="uses",
                )
            )
        boxes.sort(key=lambda b: (b.line, b.text, b.iri))
        provided: dict[Node, list[Box]] = {}
        kept: list[Box] = []
        for box in boxes:
            provider = _service_party(self.graph, URIRef(box.iri), self.owners)
            if provider is not None and self.bands[provider] is not band:
                provided.setdefault(provider, []).append(box)
            else:
                kept.append(box)
        for provider in sorted(provided, key=lambda p: (self.bands[p].order, str(p))):
            self.bands[provider].groups.append(
                Group(
                    ("group", str(holder), str(provider)),
                    f"Used by {label(self.graph, holder)}",
                    provided[provider],
                )
            )
        return kept

    def read_links(self, compliance: dict[Node, Key], certificates: dict[Node, Key]) -> None:
        """srm:buildsOn arrows between the boxes placed."""
        pairs = sorted(self.graph.subject_objects(SRM.buildsOn), key=lambda so: tuple(map(str, so)))
        for base, target in pairs:
            start = compliance.get(base) or certificates.get(base)
            end = certificates.get(target)
            if start is not None and end is not None:
                self.links.append(Link(start, end, "buildsOn"))


def _with_standard(graph: Graph, node: Node, text: str) -> str:
    standard = graph.value(node, SRM.standard)
    if standard is not None:
        name = label(graph, standard, vocabulary("vocabularies/certifications.ttl"))
        if name.lower() not in text.lower():
            return f"{text} ({name})"
    return text


def _certificate_box(graph: Graph, certificate: Node) -> Box:
    start, end, _path = span_lines(graph, certificate)
    return Box(
        key=("certification", str(certificate)),
        kind="certification",
        iri=str(certificate),
        text="✓ " + _with_standard(graph, certificate, label(graph, certificate)),
        line=start,
        end_line=end,
        relation="holds",
    )


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
        for source in (graph, vocabulary("vocabularies/offerings.ttl"))
        for o in source.objects(offering, SRM.offeredBy)
        if o in owners
    }
    if offered:
        return min(offered, key=rank.__getitem__)
    providers: set[Node] = set()
    services = vocabulary("vocabularies/cloud-services.ttl")
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
    for source in (graph, vocabulary("vocabularies/cloud-services.ttl")):
        for org in sorted_nodes(source.objects(service, SRM.provider)):
            if org in owners:
                return owners[org]
    return None
