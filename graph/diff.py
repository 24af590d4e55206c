"""Diff: what changed between two documents (or two versions of one) — duties added, removed,
moved to other parties, or kept with other RACI roles.

Duties are matched by normalised label (lowercase, punctuation and stop words dropped), then, among
those left, by difflib similarity (ratio >= ``threshold``, best pair first, ties broken by label).
Parties are named by organisation key, else role key, so "merchant" in one version and
"customer" in the other are the same party. The change set is also an RDF graph
(srm:ChangeSet / srm:Change, ontology/srm.ttl) with IRIs hashed from its content.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from .build import document_node
from .namespaces import BASE, DCTERMS, ORGV, PREFIXES, PROV, RDF, RDFS, ROLE, SRM
from .report import render_rows
from .stats import read_source

__all__ = ["Change", "ChangeSet", "diff_documents"]

RACI = (("R", "responsibleFor"), ("A", "accountableFor"), ("C", "consultedOn"), ("I", "informedOf"))
CHANGE_TYPES = ("added", "removed", "moved", "raciChanged")
STOP_WORDS = frozenset(
    {"a", "an", "the", "of", "and", "or", "to", "for", "in", "on", "with", "by", "at", "as"}
    | {"from", "into", "its", "their", "his", "her", "our", "your", "any", "all", "this"}
    | {"that", "these", "those", "is", "are", "be"}
)


def normalise_label(label: str) -> str:
    """Lowercase, punctuation and stop words dropped, single spaces."""
    words = re.sub(r"[^\w\s]|_", " ", label.lower()).split()
    return " ".join(w for w in words if w not in STOP_WORDS)


Assignment = tuple[tuple[str, str], ...]
"""((party name, RACI letters), ...) sorted by party name; letters in RACI order."""


@dataclass(frozen=True)
class _Duty:
    key: str
    label: str
    iri: str
    assignment: Assignment
    parties: tuple[tuple[str, str], ...]
    """(party name, party IRI) of the parties holding the duty."""


@dataclass(frozen=True)
class Change:
    """One change: its type, the duty on each side and the RACI assignment on each side."""

    kind: str
    label: str
    old_label: str | None
    new_label: str | None
    old: Assignment
    new: Assignment
    old_duty: str | None = None
    new_duty: str | None = None
    old_parties: tuple[str, ...] = ()
    new_parties: tuple[str, ...] = ()
    similarity: float = 1.0

    @property
    def detail(self) -> str:
        """Human-readable before -> after of the RACI letters."""
        return f"{_assignment_text(self.old) or '-'} -> {_assignment_text(self.new) or '-'}"

    def digest(self) -> str:
        """A stable hash of the change (its type, duties and assignments)."""
        text = "\n".join(
            [self.kind, self.old_duty or "", self.new_duty or "", repr(self.old), repr(self.new)]
        )
        return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _assignment_text(assignment: Assignment) -> str:
    return ", ".join(f"{party}:{letters}" for party, letters in assignment)


@dataclass
class ChangeSet:
    """All changes from ``old`` to ``new`` (source names and document IRIs)."""

    old: str
    new: str
    old_document: str
    new_document: str
    changes: list[Change] = field(default_factory=list)
    base: str = BASE

    def __len__(self) -> int:
        return len(self.changes)

    def counts(self) -> dict[str, int]:
        """Number of changes per type."""
        return {kind: sum(c.kind == kind for c in self.changes) for kind in CHANGE_TYPES}

    def of_kind(self, kind: str) -> list[Change]:
        """The changes of one type."""
        return [c for c in self.changes if c.kind == kind]

    # --- text ------------------------------------------------------------------------------------

    def _rows(self) -> list[tuple[str, str, str, str]]:
        rows = []
        for c in self.changes:
            label = c.label
            if c.old_label and c.new_label and c.old_label != c.new_label:
                label = f"{c.old_label} => {c.new_label}"
            rows.append((c.kind, label, _assignment_text(c.old), _assignment_text(c.new)))
        return rows

    def _summary(self) -> str:
        counts = ", ".join(f"{n} {kind}" for kind, n in self.counts().items())
        return f"{self.old} -> {self.new}: {len(self.changes)} changes ({counts})"

    def render(self, fmt: str = "table", *, width: int | None = None, plain: bool = True) -> str:
        """The change set in an output format of graph/report.py (``json`` is ``to_dict``); a
        ``table`` that is not ``plain`` is a rich table coloured by change type. ``plain`` and
        ``rich`` name the two tables."""
        if fmt in ("plain", "rich"):
            fmt, plain = "table", fmt == "plain"
        head = ("change", "duty", "before", "after")
        rows = self._rows()
        if fmt == "json":
            return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"
        if fmt == "table" and not plain:
            from rich.console import Console
            from rich.table import Table

            buf = io.StringIO()
            cols = width or max(100, shutil.get_terminal_size((120, 24)).columns)
            console = Console(file=buf, width=cols, force_terminal=True, highlight=False)
            table = Table(title=self._summary(), title_justify="left")
            for name in head:
                table.add_column(name, overflow="fold")
            colours = {"added": "green", "removed": "red", "moved": "yellow"}
            for row in rows:
                table.add_row(*row, style=colours.get(row[0], "cyan"))
            console.print(table)
            return buf.getvalue()
        title = self._summary() if fmt in ("table", "md") else None
        return render_rows(head, rows, fmt, title=title, plain=plain, width=width)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {
            "old": self.old,
            "new": self.new,
            "counts": self.counts(),
            "changes": [
                {
                    "type": c.kind,
                    "duty": c.label,
                    "oldDuty": c.old_label,
                    "newDuty": c.new_label,
                    "before": {p: letters for p, letters in c.old},
                    "after": {p: letters for p, letters in c.new},
                    "similarity": round(c.similarity, 3),
                }
                for c in self.changes
            ],
        }

    # --- RDF -------------------------------------------------------------------------------------

    def to_graph(self) -> Graph:
        """The change set as RDF: one srm:ChangeSet with its srm:Change parts."""
        graph = Graph(bind_namespaces="none")
        for prefix, ns in PREFIXES.items():
            graph.bind(prefix, ns)
        ns = Namespace(self.base)
        digests = sorted(c.digest() for c in self.changes)
        seed = "\n".join([self.old_document, self.new_document, *digests])
        cs_key = hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12]
        node = ns[f"changeset/{cs_key}"]
        graph.bind("changes", Namespace(f"{node}/"))
        graph.add((node, RDF.type, SRM.ChangeSet))
        graph.add((node, RDF.type, PROV.Entity))
        graph.add((node, RDFS.label, Literal(f"Changes from {self.old} to {self.new}")))
        old_doc, new_doc = URIRef(self.old_document), URIRef(self.new_document)
        graph.add((node, SRM.comparedFrom, old_doc))
        graph.add((node, SRM.comparedTo, new_doc))
        graph.add((node, PROV.wasDerivedFrom, old_doc))
        graph.add((node, PROV.wasDerivedFrom, new_doc))
        for change in self.changes:
            part = URIRef(f"{node}/{change.digest()}")
            graph.add((node, DCTERMS.hasPart, part))
            graph.add((part, RDF.type, SRM.Change))
            graph.add((part, RDF.type, PROV.Entity))
            graph.add((part, SRM.changeType, SRM[change.kind]))
            graph.add((part, RDFS.label, Literal(f"{change.kind}: {change.label}")))
            graph.add((part, DCTERMS.description, Literal(change.detail)))
            for prop, duty, label in (
                (SRM.oldDuty, change.old_duty, change.old_label),
                (SRM.newDuty, change.new_duty, change.new_label),
            ):
                if duty:
                    graph.add((part, prop, URIRef(duty)))
                    graph.add((URIRef(duty), RDFS.label, Literal(label or "")))
            for prop, parties in (
                (SRM.oldParty, change.old_parties),
                (SRM.newParty, change.new_parties),
            ):
                for party in parties:
                    graph.add((part, prop, URIRef(party)))
        return graph


# --- reading one side ---------------------------------------------------------------------------


def _party_name(graph: Graph, node: Node) -> str:
    for prop, namespace in ((SRM.organization, str(ORGV)), (SRM.role, str(ROLE))):
        for value in sorted(str(v) for v in graph.objects(node, prop)):
            if value.startswith(namespace):
                return value[len(namespace) :]
    return re.split(r"[/#]", str(node).rstrip("/"))[-1]


def _label(graph: Graph, node: Node) -> str:
    labels = sorted(str(v) for v in graph.objects(node, RDFS.label))
    return labels[0] if labels else re.split(r"[/#]", str(node).rstrip("/"))[-1]


def _duties(graph: Graph) -> dict[str, _Duty]:
    """Duties by normalised label; duties sharing one are merged (their RACI letters united)."""
    letters: dict[str, dict[str, set[str]]] = {}
    parties: dict[str, dict[str, str]] = {}
    nodes: dict[str, list[tuple[str, str]]] = {}
    for duty in set(graph.subjects(RDF.type, SRM.Duty)):
        label = _label(graph, duty)
        key = normalise_label(label) or label.lower()
        nodes.setdefault(key, []).append((str(duty), label))
        held = letters.setdefault(key, {})
        names = parties.setdefault(key, {})
        for letter, predicate in RACI:
            for party in graph.subjects(SRM[predicate], duty):
                name = _party_name(graph, party)
                held.setdefault(name, set()).add(letter)
                names[name] = min(names.get(name, str(party)), str(party))
    out: dict[str, _Duty] = {}
    for key, found in nodes.items():
        iri, label = min(found)
        assignment = tuple(
            (name, "".join(r for r, _ in RACI if r in held))
            for name, held in sorted(letters[key].items())
        )
        out[key] = _Duty(key, label, iri, assignment, tuple(sorted(parties[key].items())))
    return out


def _document_iri(graph: Graph, name: str, base: str) -> str:
    docs = sorted(str(d) for d in graph.subjects(RDF.type, SRM.Document))
    return docs[0] if docs else str(document_node(Path(name).stem or "graph", base=base))


def _match(
    old: dict[str, _Duty], new: dict[str, _Duty], threshold: float
) -> list[tuple[_Duty, _Duty, float]]:
    pairs = [(old[k], new[k], 1.0) for k in sorted(old.keys() & new.keys())]
    left = sorted(old.keys() - new.keys())
    right = sorted(new.keys() - old.keys())
    candidates: list[tuple[float, str, str]] = []
    for a in left:
        matcher = difflib.SequenceMatcher(None, a, autojunk=False)
        for b in right:
            matcher.set_seq2(b)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            ratio = matcher.ratio()
            if ratio >= threshold:
                candidates.append((-ratio, a, b))
    used_old: set[str] = set()
    used_new: set[str] = set()
    for negative, a, b in sorted(candidates):
        if a in used_old or b in used_new:
            continue
        used_old.add(a)
        used_new.add(b)
        pairs.append((old[a], new[b], -negative))
    return pairs


def _change(kind: str, old: _Duty | None, new: _Duty | None, similarity: float = 1.0) -> Change:
    either = new or old
    return Change(
        kind=kind,
        label=either.label if either else "",
        old_label=old.label if old else None,
        new_label=new.label if new else None,
        old=old.assignment if old else (),
        new=new.assignment if new else (),
        old_duty=old.iri if old else None,
        new_duty=new.iri if new else None,
        old_parties=tuple(iri for _, iri in old.parties) if old else (),
        new_parties=tuple(iri for _, iri in new.parties) if new else (),
        similarity=similarity,
    )


def diff_documents(
    old: Path | str | Graph,
    new: Path | str | Graph,
    *,
    base: str = BASE,
    threshold: float = 0.85,
) -> ChangeSet:
    """Compare two documents (Markdown, run through the pipeline, or exported RDF files)."""
    old_graph, _, old_name = read_source(old, base=base)
    new_graph, _, new_name = read_source(new, base=base)
    document_node("x", base=base)  # validates the base IRI
    old_duties, new_duties = _duties(old_graph), _duties(new_graph)
    changes: list[Change] = []
    matched_old: set[str] = set()
    matched_new: set[str] = set()
    for a, b, ratio in _match(old_duties, new_duties, threshold):
        matched_old.add(a.key)
        matched_new.add(b.key)
        if a.assignment == b.assignment:
            continue
        before = {p for p, _ in a.assignment}
        after = {p for p, _ in b.assignment}
        kind = "moved" if before and after and not before & after else "raciChanged"
        changes.append(_change(kind, a, b, ratio))
    changes.extend(
        _change("removed", d, None) for k, d in old_duties.items() if k not in matched_old
    )
    added = (d for k, d in new_duties.items() if k not in matched_new)
    changes.extend(_change("added", None, d) for d in added)
    order = {kind: i for i, kind in enumerate(CHANGE_TYPES)}
    changes.sort(key=lambda c: (order[c.kind], normalise_label(c.label), c.digest()))
    return ChangeSet(
        old=Path(old_name).name,
        new=Path(new_name).name,
        old_document=_document_iri(old_graph, old_name, base),
        new_document=_document_iri(new_graph, new_name, base),
        changes=changes,
        base=base,
    )
