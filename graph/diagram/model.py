"""The drawing model: bands of boxes read from the graph, before and after layout.

Reading fills the content fields; layout (``layout.py``) fills the geometry fields (``rect``,
``lines``...) in figure inches with y growing downwards. A page is a :class:`Model` whose bands
hold some of the document's blocks (``views.py`` makes overview and paged models from one read).
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["NO_LINE", "Band", "Block", "Box", "Concern", "Group", "Key", "Link", "Model", "Rect"]

Key = tuple[str, ...]
Rect = tuple[float, float, float, float]
NO_LINE = 10**9
"""The line of a node without a source span (sorts last)."""


@dataclass
class Box:
    """One drawn box: a duty, compliance programme, service, certification, or a counted group
    (``kind == "more"``) standing for the boxes in ``members``."""

    key: Key
    kind: str
    iri: str
    text: str
    line: int = NO_LINE
    end_line: int = NO_LINE
    marker: str = ""
    relation: str = ""
    section: tuple[str, ...] = ()
    columns: tuple[int, int] | None = None
    """First and last service-model column of a matrix box."""
    members: tuple[Box, ...] = ()
    note: str = ""
    """Extra tooltip text (e.g. the page a counted group continues on)."""
    badges: list[int] = field(default_factory=list)
    lines: tuple[str, ...] = ()
    size: float = 10.0
    weight: str = "normal"
    rect: Rect = (0.0, 0.0, 0.0, 0.0)


@dataclass
class Block:
    """Consecutive duties of a band drawn together: under a section caption (when ``caption``),
    or as a service-model matrix (``matrix``: one row per duty, boxes spanning columns)."""

    key: Key
    caption: str
    path: str
    boxes: list[Box]
    matrix: bool = False
    text: str = ""
    rect: Rect = (0.0, 0.0, 0.0, 0.0)
    headers: list[tuple[str, Rect]] = field(default_factory=list)


@dataclass
class Group:
    """Inherited controls of one holder (services used, certifications held)."""

    key: Key
    caption: str
    boxes: list[Box]
    rect: Rect = (0.0, 0.0, 0.0, 0.0)


@dataclass
class Band:
    """One party (or an offering strip, or "Other"): its duties, compliance and controls."""

    key: Key
    iri: str
    kind: str
    label: str
    role: str
    order: float
    notes: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    compliances: list[Box] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    colour: str = "#7F7F7F"
    continued: bool = False
    rect: Rect = (0.0, 0.0, 0.0, 0.0)
    panel: Rect | None = None
    label_rect: Rect = (0.0, 0.0, 0.0, 0.0)
    label_lines: tuple[str, ...] = ()
    role_lines: tuple[str, ...] = ()
    note_lines: tuple[str, ...] = ()

    @property
    def duties(self) -> list[Box]:
        """Every duty box of the band, block by block."""
        return [box for block in self.blocks for box in block.boxes]

    def boxes(self) -> list[Box]:
        """Every box drawn in the band: duties, compliance, inherited controls."""
        return self.duties + self.compliances + [b for g in self.groups for b in g.boxes]

    def is_empty(self) -> bool:
        return not (self.duties or self.compliances or any(g.boxes for g in self.groups))


@dataclass(frozen=True)
class Link:
    """A drawn connector between two boxes: ``buildsOn`` (arrow) or ``concern`` (dashed)."""

    source: Key
    target: Key
    kind: str
    about: str = ""


@dataclass
class Concern:
    """A shared concern (numbered as drawn) and the boxes it marks, top band first."""

    number: int
    iri: str
    label: str
    who: str
    members: list[Box]


@dataclass
class Model:
    """Everything one page shows, in a stable order."""

    title: str
    subtitle: str
    bands: list[Band]
    links: list[Link]
    concerns: list[Concern]
    columns: tuple[str, ...] = ()
    """Service-model column labels of matrix blocks, left to right."""
    page: int = 0
    pages: int = 0
