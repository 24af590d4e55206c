"""Graph -> drawing model: bands per party in role order, duty blocks, concerns, controls.

One horizontal band per ``srm:Party`` with duties or controls, ordered by its role's
``srm:bandOrder`` (customer on top, cloud provider at the bottom). A band holds the party's duties
(in document order, as a service-model matrix where the relations carry ``srm:serviceModel``,
else under section captions when long), the compliance programmes it maintains and the services
and certifications it inherits. Parties with nothing to draw get no band.
"""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from ..errors import InputError
from ..namespaces import DCTERMS, RDF, ROLE, SRM
from .blocks import duty_blocks
from .model import NO_LINE, Band, Box, Concern, Group, Key, Link, Model
from .style import DiagramStyle
from .terms import (
    Index,
    band_order,
    column_order,
    label,
    literal,
    model_label,
    section_path,
    sorted_nodes,
    span_lines,
    statements,
    vocabulary,
)

__all__ = ["RACI", "read_model"]

RACI: tuple[tuple[URIRef, str, str], ...] = (
    (SRM.responsibleFor, "R", "responsibleFor"),
    (SRM.accountableFor, "A", "accountableFor"),
    (SRM.consultedOn, "C", "consultedOn"),
    (SRM.informedOf, "I", "informedOf"),
)
_CLOUD_PROVIDER = ROLE["cloud-provider"]
_SHARED, _SERVICE_MODEL, _CONCERN = SRM.shared, SRM.serviceModel, SRM.concern


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Reader:
    """Reads one graph; each method fills one part of the model."""

    def __init__(self, graph: Graph, title: str | None, style: DiagramStyle) -> None:
        self.graph = graph
        self.style = style
        documents = sorted_nodes(graph.subjects(RDF.type, SRM.Document))
        doc = documents[0] if documents else None
        found = literal(graph, doc, (DCTERMS.title,)) if doc is not None else None
        self.title = title if title is not None else (found or "Shared responsibility")
        source = literal(graph, doc, (SRM.sourceFile,)) if doc is not None else None
        self.subtitle = "Shared responsibility by party, top to bottom"
        if source:
            self.subtitle += f" · source: {source}"
        self.index = Index(graph)
        self.statements = statements(self.index)
        self.links: list[Link] = []
        self.bands: dict[Node, Band] = {}
        self.roles: dict[Node, Node | None] = {}
        self.owners: dict[Node, Node] = {}
        self.parties: list[Node] = []
        self.other = Band(("band", "other"), "", "other", "Other", "", 99.0)
        self.strips: dict[Node, Band] = {}
        self.placed: dict[Node, Band] = {}
        self.duty_boxes: dict[Node, list[tuple[Node, Box]]] = {}
        self.columns: dict[Node, float] = {}

    # ----------------------------------------------------------------------------- parties
    def read_parties(self) -> None:
        graph = self.graph
        party_nodes = sorted_nodes(graph.subjects(RDF.type, SRM.Party))
        if not party_nodes:
            raise InputError(
                "the graph has no srm:Party, so there is nothing to draw",
                hint="export a document first",
            )
        role_vocab = vocabulary("vocabularies/party-roles.ttl")
        for party in party_nodes:
            role_values = sorted_nodes(graph.objects(party, SRM.role))
            role = (
                min(role_values, key=lambda r: (band_order(graph, r), str(r)))
                if role_values
                else None
            )
            self.roles[party] = role
            self.bands[party] = Band(
                key=("band", str(party)),
                iri=str(party),
                kind="party",
                label=label(graph, party),
                role=_upper_first(label(graph, role, role_vocab)) if role is not None else "",
                order=band_order(graph, role),
            )
        bands = self.bands
        self.parties = sorted(party_nodes, key=lambda p: (bands[p].order, bands[p].label, str(p)))
        for party in reversed(self.parties):  # a shared organisation maps to its top-most party
            self.owners[party] = party
            for org in graph.objects(party, SRM.organization):
                self.owners[org] = party
        for party in self.parties:
            used = [o for o in sorted_nodes(graph.objects(party, SRM.uses)) if o in bands]
            if used:
                bands[party].notes.append("uses " + ", ".join(bands[o].label for o in used))
        self.placed = {party: bands[party] for party in self.parties}

    # ----------------------------------------------------------------------------- duties
    def _models(self, party: Node, predicate: URIRef, duty: Node) -> list[tuple[Node, bool]]:
        """Service models (and whether shared) of the statements behind one RACI triple."""
        found = []
        for statement in self.statements.get((party, predicate, duty), []):
            shared = next(iter(self.index.objects(statement, _SHARED)), None)
            is_shared = isinstance(shared, Literal) and shared.toPython() is True
            for model in self.index.objects(statement, _SERVICE_MODEL):
                found.append((model, is_shared))
        return found

    def _duty_box(self, party: Node | None, duty: Node, codes: str, relation: str) -> Box:
        start, end, path = span_lines(self.index, duty)
        return Box(
            key=("duty", str(party or ""), str(duty), relation),
            kind="duty",
            iri=str(duty),
            text=label(self.index, duty),
            line=start,
            end_line=end,
            marker="" if codes in ("R", "") else codes,
            relation=relation,
            section=section_path(path),
        )

    def read_duties(self) -> None:
        """One box per (party, duty) in document order; RACI letters other than a lone R are a
        badge; matrix duties get a box per run of service-model columns."""
        graph = self.graph
        predicates = {predicate for predicate, _code, _relation in RACI}
        for (_s, predicate, _o), nodes in self.statements.items():
            if predicate in predicates:
                for statement in nodes:
                    for model in self.index.objects(statement, _SERVICE_MODEL):
                        self.columns.setdefault(model, column_order(graph, model))
        assigned: set[Node] = set()
        for party in self.parties:
            boxes: list[Box] = []
            letters: dict[Node, list[tuple[str, str, URIRef]]] = {}
            for predicate, code, relation in RACI:
                for duty in sorted_nodes(graph.objects(party, predicate)):
                    letters.setdefault(duty, []).append((code, relation, predicate))
            for duty in sorted_nodes(letters):
                assigned.add(duty)
                codes = "".join(code for code, _r, _p in letters[duty])
                relation = letters[duty][0][1]
                models = [m for _c, _r, p in letters[duty] for m in self._models(party, p, duty)]
                if models:
                    made = self._matrix_boxes(party, duty, codes, relation, models)
                else:
                    made = [self._duty_box(party, duty, codes, relation)]
                for box in made:
                    boxes.append(box)
                    self.duty_boxes.setdefault(duty, []).append((party, box))
            boxes.sort(key=lambda b: (b.line, "RACI".find((b.marker or "R")[0]), b.text, b.key))
            self.bands[party].blocks = duty_blocks(self.bands[party], boxes, self.title, self.style)
        orphans = []
        for duty in sorted_nodes(graph.subjects(RDF.type, SRM.Duty)):
            if duty not in assigned:
                box = self._duty_box(None, duty, "", "")
                orphans.append(box)
                self.duty_boxes.setdefault(duty, []).append((URIRef(""), box))
        orphans.sort(key=lambda b: (b.line, b.text, b.iri))
        self.other.blocks = duty_blocks(self.other, orphans, self.title, self.style)

    def _matrix_boxes(
        self, party: Node, duty: Node, codes: str, relation: str, models: list[tuple[Node, bool]]
    ) -> list[Box]:
        """One box per run of adjacent columns with the same shared flag."""
        held = dict(sorted(models, key=lambda m: (str(m[0]), m[1])))
        template = self._duty_box(party, duty, codes, relation)
        runs: list[tuple[list[Node], bool]] = []
        order = self.column_nodes()
        for model in order:
            if model not in held:
                continue
            index = order.index(model)
            if runs and runs[-1][1] == held[model] and order.index(runs[-1][0][-1]) == index - 1:
                runs[-1][0].append(model)
            else:
                runs.append(([model], held[model]))
        boxes = []
        for members, shared in runs:
            first, last = order.index(members[0]), order.index(members[-1])
            marker = "" if codes == "R" else codes
            boxes.append(
                Box(
                    key=(*template.key, "matrix", str(members[0])),
                    kind="duty",
                    iri=template.iri,
                    text=template.text,
                    line=template.line,
                    end_line=template.end_line,
                    marker=marker + ("S" if shared else ""),
                    relation=relation,
                    section=template.section,
                    columns=(first, last),
                )
            )
        return boxes

    def column_nodes(self) -> list[Node]:
        return sorted(self.columns, key=lambda m: (self.columns[m], str(m)))

    # ----------------------------------------------------------------------------- concerns
    def read_concerns(self) -> list[Concern]:
        """Shared concerns split between parties; every box of a concern is a member."""
        graph = self.graph
        members: dict[Node, list[Node]] = {}
        for duty in sorted_nodes(graph.subjects(RDF.type, SRM.Duty)) + sorted_nodes(
            self.duty_boxes
        ):
            for concern in self.index.objects(duty, _CONCERN):
                listed = members.setdefault(concern, [])
                if duty not in listed:
                    listed.append(duty)
        rank = {party: index for index, party in enumerate(self.parties)}
        concerns: list[Concern] = []
        for concern in sorted(members, key=lambda c: (span_lines(graph, c)[0], str(c))):
            ends = sorted(
                (
                    (rank.get(party, len(rank)), box.line, box.iri, box.key, party, box)
                    for duty in members[concern]
                    for party, box in self.duty_boxes.get(duty, [])
                ),
                key=lambda t: t[:4],
            )
            if len({party for *_, party, _box in ends}) < 2:
                continue
            number = len(concerns) + 1
            who = sorted({self.bands[p].label for *_, p, _b in ends if p in self.bands})
            concerns.append(
                Concern(
                    number=number,
                    iri=str(concern),
                    label=label(graph, concern),
                    who=" ↔ ".join(who),
                    members=[box for *_, box in ends],
                )
            )
            for *_, box in ends:
                if number not in box.badges:
                    box.badges.append(number)
        return concerns

    # ----------------------------------------------------------------------------- controls
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

    def read_compliance(self) -> dict[Node, Key]:
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

    def read_controls(self) -> dict[Node, Key]:
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
        pairs = sorted(self.graph.subject_objects(SRM.buildsOn), key=lambda so: tuple(map(str, so)))
        for base, target in pairs:
            start = compliance.get(base) or certificates.get(base)
            end = certificates.get(target)
            if start is not None and end is not None:
                self.links.append(Link(start, end, "buildsOn"))

    def model(self, concerns: list[Concern]) -> Model:
        ordered = [self.bands[p] for p in self.parties]
        ordered += [
            self.strips[o]
            for o in sorted(self.strips, key=lambda o: (label(self.graph, o), str(o)))
        ]
        ordered.append(self.other)
        drawn = [band for band in ordered if not band.is_empty()]
        for index, band in enumerate(drawn):
            palette = self.style.palette
            band.colour = (
                palette[index % len(palette)] if band.kind == "party" else self.style.strip_colour
            )
        columns = tuple(model_label(self.graph, m) for m in self.column_nodes())
        if not drawn:
            self.subtitle += " · no duties, compliance or controls were found"
        return Model(self.title, self.subtitle, drawn, self.links, concerns, columns)


def read_model(graph: Graph, *, title: str | None, style: DiagramStyle) -> Model:
    """Collect bands, boxes and connectors from the graph, all in a stable order."""
    reader = _Reader(graph, title, style)
    reader.read_parties()
    reader.read_duties()
    concerns = reader.read_concerns()
    compliance = reader.read_compliance()
    certificates = reader.read_controls()
    reader.read_links(compliance, certificates)
    return reader.model(concerns)


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
