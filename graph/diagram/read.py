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
from ..namespaces import DCTERMS, RDF, SRM
from .blocks import duty_blocks
from .controls import Controls
from .model import Band, Box, Concern, Model
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
    spelled_out,
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
        self.bands: dict[Node, Band] = {}
        self.roles: dict[Node, Node | None] = {}
        self.owners: dict[Node, Node] = {}
        self.parties: list[Node] = []
        self.other = Band(("band", "other"), "", "other", "Other", "", 99.0)
        self.duty_boxes: dict[Node, list[tuple[Node, Box]]] = {}
        self.columns: dict[Node, float] = {}
        self._orders: dict[Node | None, float] = {}
        self._role_labels: dict[Node, str] = {}

    # ----------------------------------------------------------------------------- parties
    def read_parties(self) -> None:
        graph = self.graph
        party_nodes = sorted_nodes(graph.subjects(RDF.type, SRM.Party))
        if not party_nodes:
            raise InputError(
                "the graph has no srm:Party, so there is nothing to draw",
                hint="export a document first",
            )
        index = self.index
        for party in party_nodes:
            role_values = sorted_nodes(index.objects(party, SRM.role))
            role = (
                min(role_values, key=lambda r: (self._band_order(r), str(r)))
                if role_values
                else None
            )
            self.roles[party] = role
            self.bands[party] = Band(
                key=("band", str(party)),
                iri=str(party),
                kind="party",
                label=label(index, party),
                role=self._caption(party, role),
                order=self._band_order(role),
            )
        bands = self.bands
        self.parties = sorted(party_nodes, key=lambda p: (bands[p].order, bands[p].label, str(p)))
        for party in reversed(self.parties):  # a shared organisation maps to its top-most party
            self.owners[party] = party
            for org in self.index.objects(party, SRM.organization):
                self.owners[org] = party
        for party in self.parties:
            used = [o for o in sorted_nodes(self.index.objects(party, SRM.uses)) if o in bands]
            if used:
                bands[party].notes.append("uses " + ", ".join(bands[o].label for o in used))

    def _band_order(self, role: Node | None) -> float:
        """``band_order`` of a role, looked up once per role (thousands of parties share a
        few roles)."""
        order = self._orders.get(role)
        if order is None:
            order = self._orders[role] = band_order(self.graph, role)
        return order

    def _caption(self, party: Node, role: Node | None) -> str:
        """A band's caption: the party's role, or where the page states none, the full name a
        key to the page's short names gives it ("PO": "Product owner (outcomes)")."""
        spelled = spelled_out(self.index, party, role)
        if spelled:
            return spelled
        return self._role_label(role) if role is not None else ""

    def _role_label(self, role: Node) -> str:
        """A role's band caption, looked up once per role."""
        text = self._role_labels.get(role)
        if text is None:
            role_vocab = vocabulary("vocabularies/party-roles.ttl")
            text = self._role_labels[role] = _upper_first(label(self.graph, role, role_vocab))
        return text

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
                for duty in sorted_nodes(self.index.objects(party, predicate)):
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

    # ----------------------------------------------------------------------------- the model
    def model(self, concerns: list[Concern], controls: Controls) -> Model:
        """Bands with something to draw, coloured in order; parties first, then strips."""
        ordered = [self.bands[p] for p in self.parties]
        strips = controls.strips
        ordered += [strips[o] for o in sorted(strips, key=lambda o: (label(self.graph, o), str(o)))]
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
        return Model(self.title, self.subtitle, drawn, controls.links, concerns, columns)


def read_model(graph: Graph, *, title: str | None, style: DiagramStyle) -> Model:
    """Collect bands, boxes and connectors from the graph, all in a stable order."""
    reader = _Reader(graph, title, style)
    reader.read_parties()
    reader.read_duties()
    concerns = reader.read_concerns()
    controls = Controls(
        graph,
        reader.index,
        reader.statements,
        reader.bands,
        reader.parties,
        reader.owners,
        reader.roles,
        reader.other,
    )
    compliance = controls.compliance()
    certificates = controls.controls()
    controls.read_links(compliance, certificates)
    return reader.model(concerns, controls)
