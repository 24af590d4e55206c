"""The typed records extraction produces and graph building consumes.

Entities are referred to by ``Ref(kind, key)``; ``key`` is a slug unique per kind within one
document, or, for vocabulary concepts, the concept's key (``iri`` then holds its IRI).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from operator import attrgetter
from typing import Any, NamedTuple

__all__ = [
    "ENTITY_ORDER",
    "Entity",
    "Facts",
    "Ref",
    "Relation",
    "Span",
    "Unread",
]

RACI_PREDICATES = {
    "R": "responsibleFor",
    "A": "accountableFor",
    "C": "consultedOn",
    "I": "informedOf",
}


class Span(NamedTuple):
    """Where a fact comes from: 1-based inclusive lines, the heading path and the quoted text.
    A named tuple (it was a frozen, ordered dataclass: the same fields, order and equality)
    so that hashing and comparing one, as dictionaries and sorts do thousands of times per
    document, runs no Python code."""

    start: int
    end: int
    section: tuple[str, ...]
    quote: str


class Ref(NamedTuple):
    """A typed reference to an entity: kind is party, duty, service, offering, standard,
    certification, compliance, concern or service_model. A named tuple, as ``Span``."""

    kind: str
    key: str


ENTITY_ORDER = attrgetter("ref.kind", "ref.key")
"""An entity's sort key: its Ref's order (kind, then key) as a tuple, compared without a Python
``__lt__`` call (sorting thousands of parties)."""


@dataclass
class Entity:
    """One extracted thing (party, duty, service, …) with its label and provenance."""

    ref: Ref
    label: str
    span: Span | None = None
    description: str | None = None
    iri: str | None = None
    """The vocabulary concept IRI when the entity is a known concept (service, standard, …)."""
    alt_labels: list[str] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)
    """Single-valued links: role, organization (IRIs), standard (a Ref key), …"""


@dataclass(frozen=True, order=True)
class Relation:
    """``subject predicate object`` (predicate is an srm: local name) with its source span."""

    subject: Ref
    predicate: str
    object: Ref
    span: Span
    shared: bool = False
    service_model: str | None = None


@dataclass(frozen=True, order=True)
class Unread:
    """A source line that reads like a responsibility (or a matrix row) but gave no fact."""

    line: int
    text: str

    def message(self, path: str) -> str:
        """The one-line warning for it."""
        return f"{path}:{self.line}: reads like a responsibility but gave no fact: {self.text!r}"


@dataclass
class Facts:
    """Everything extracted from one document."""

    path: str
    stem: str
    title: str
    metadata: dict[str, Any]
    content_hash: str
    entities: dict[Ref, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    """Lines of the document that read like responsibilities but gave no fact."""
    media_type: str = "text/markdown"
    """The source's media type (text/markdown, text/html, text/csv, the .xlsx type)."""
    cells: dict[int, str] = field(default_factory=dict)
    """For a spreadsheet: line -> the row's cells in A1 notation (``Sheet!A12:F12``)."""
    _seen: set[tuple[Ref, str, Ref, str | None]] = field(default_factory=set, repr=False)

    def of_kind(self, kind: str) -> list[Entity]:
        """Entities of one kind, sorted by key."""
        return sorted((e for e in self.entities.values() if e.ref.kind == kind), key=ENTITY_ORDER)

    def related(self, subject: Ref | None = None, predicate: str | None = None) -> list[Relation]:
        """Relations filtered by subject and/or predicate."""
        return [
            r
            for r in self.relations
            if (subject is None or r.subject == subject)
            and (predicate is None or r.predicate == predicate)
        ]

    def merge_into(self, old: Ref, new: Ref) -> None:
        """Fold entity ``old`` into ``new``: every relation naming ``old`` names ``new`` (a
        relation that then repeats one already held is dropped: the first span wins) and
        ``old`` is removed."""
        relations = [
            replace(
                r,
                subject=new if r.subject == old else r.subject,
                object=new if r.object == old else r.object,
            )
            if old in (r.subject, r.object)
            else r
            for r in self.relations
        ]
        del self.entities[old]
        self.relations = []
        self._seen = set()
        for relation in relations:
            self.add_relation(relation)

    def add_relation(self, relation: Relation) -> None:
        """Add a relation once (the first span wins)."""
        key = (relation.subject, relation.predicate, relation.object, relation.service_model)
        if key not in self._seen:
            self._seen.add(key)
            self.relations.append(relation)
