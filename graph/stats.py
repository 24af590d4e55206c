"""Stats: what srgraph understood of a document (or an exported graph), and what it did not.

Counts parties, duties per party and RACI role, services, certifications and compliance chains,
and lists warnings: the extractor's own (sections naming a party without a duty, parties without
relations) and source lines that read like responsibilities but gave no fact.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.term import Node

from .errors import InputError
from .facts import Facts
from .fidelity import FidelityReport, read_expected, score_document
from .namespaces import BASE, ORGV, RDF, RDFS, ROLE, SKOS, SRM
from .report import render_rows

__all__ = ["PartyStats", "Stats", "document_stats", "read_source"]

RACI = (("R", "responsibleFor"), ("A", "accountableFor"), ("C", "consultedOn"), ("I", "informedOf"))
MARKDOWN_SUFFIXES = (
    ".md",
    ".markdown",
    ".mdx",
    ".qmd",
    ".adoc",
    ".asciidoc",
    ".asc",
    ".rst",
    ".rest",
)


@dataclass
class PartyStats:
    """One party: its label, role and organisation keys, and its duties per RACI letter."""

    label: str
    role: str
    organization: str
    raci: dict[str, int] = field(default_factory=dict)
    duties: list[tuple[str, str]] = field(default_factory=list)
    """(RACI letter, duty label), sorted."""

    @property
    def total(self) -> int:
        """Number of duty relations of this party."""
        return sum(self.raci.values())


@dataclass
class Stats:
    """Everything ``srgraph stats`` reports for one source."""

    source: str
    kind: str
    """"markdown", "html", "csv" or "xlsx" (the pipeline ran) or "rdf" (an exported graph)."""
    triples: int
    duties: int
    parties: list[PartyStats]
    services: list[tuple[str, list[str]]]
    """(service label, labels of its users)."""
    certifications: list[tuple[str, list[str], str]]
    """(certification label, holders, standard label)."""
    compliance: list[tuple[str, list[str], list[str]]]
    """(compliance label, maintainers, certifications it builds on)."""
    warnings: list[str]
    fidelity: FidelityReport | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {
            "source": self.source,
            "kind": self.kind,
            "triples": self.triples,
            "duties": self.duties,
            "parties": [
                {
                    "label": p.label,
                    "role": p.role,
                    "organization": p.organization,
                    "raci": dict(p.raci),
                    "duties": [{"raci": r, "label": d} for r, d in p.duties],
                }
                for p in self.parties
            ],
            "services": [{"label": s, "users": u} for s, u in self.services],
            "certifications": [
                {"label": c, "holders": h, "standard": s} for c, h, s in self.certifications
            ],
            "compliance": [
                {"label": c, "maintainers": m, "buildsOn": b} for c, m, b in self.compliance
            ],
            "warnings": list(self.warnings),
            "fidelity": self.fidelity.to_dict() if self.fidelity else None,
        }

    def render(self, fmt: str = "table", *, width: int | None = None, plain: bool = True) -> str:
        """The report in an output format of graph/report.py: a ``table`` (rich unless
        ``plain``) or ``md`` of every section, ``json`` (``to_dict``), or ``csv``/``tsv`` with
        one row per duty (party, role, organization, raci, duty). ``plain`` and ``rich`` name
        the two tables."""
        if fmt in ("plain", "rich"):
            fmt, plain = "table", fmt == "plain"
        if fmt == "json":
            return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"
        if fmt in ("csv", "tsv"):
            duties = [
                (p.label, p.role, p.organization, r, d) for p in self.parties for r, d in p.duties
            ]
            return render_rows(("party", "role", "organization", "raci", "duty"), duties, fmt)
        if fmt == "md":
            parts = [f"**{self._summary()}**\n"]
            for title, columns, section in self._sections():
                parts.append(render_rows(columns, section, "md", title=title))
            warnings = [(w,) for w in self.warnings]
            parts.append(render_rows(("warning",), warnings, "md", title="Warnings"))
            return "\n".join(parts)
        if fmt != "table":
            raise InputError(f"unknown output format {fmt!r}", hint="table, csv, tsv, json, md")
        return self._plain() if plain else self._rich(width)

    # --- rendering ------------------------------------------------------------------------------

    def _sections(self) -> Iterator[tuple[str, Sequence[str], list[Sequence[str]]]]:
        letters = [r for r, _ in RACI]
        yield (
            "Parties",
            ("party", "role", "organization", *letters, "total"),
            [
                (
                    p.label,
                    p.role,
                    p.organization,
                    *(str(p.raci.get(r, 0)) for r in letters),
                    str(p.total),
                )
                for p in self.parties
            ],
        )
        yield ("Services", ("service", "used by"), [(s, ", ".join(u)) for s, u in self.services])
        yield (
            "Certifications",
            ("certification", "held by", "standard"),
            [(c, ", ".join(h), s) for c, h, s in self.certifications],
        )
        yield (
            "Compliance chains",
            ("compliance", "maintained by", "builds on"),
            [(c, ", ".join(m), ", ".join(b)) for c, m, b in self.compliance],
        )

    def _summary(self) -> str:
        return (
            f"{self.source} ({self.kind}): {len(self.parties)} parties, {self.duties} duties, "
            f"{len(self.services)} services, {len(self.certifications)} certifications, "
            f"{len(self.compliance)} compliance chains, {self.triples} triples"
        )

    def _plain(self) -> str:
        out = [self._summary()]
        for title, head, rows in self._sections():
            out.append("")
            out.append(f"{title}:")
            if not rows:
                out.append("  (none)")
                continue
            widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
            for row in [head, *rows]:
                cells = (c.ljust(w) for c, w in zip(row, widths, strict=True))
                out.append("  " + "  ".join(cells).rstrip())
        out.append("")
        out.append(f"Warnings ({len(self.warnings)}):")
        out.extend(f"  {w}" for w in self.warnings or ["(none)"])
        if self.fidelity is not None:
            out.append("")
            out.append(self.fidelity.table(misses=15).rstrip("\n"))
        return "\n".join(out) + "\n"

    def _rich(self, width: int | None) -> str:
        from rich.console import Console
        from rich.table import Table

        buf = io.StringIO()
        cols = width or max(100, shutil.get_terminal_size((120, 24)).columns)
        console = Console(file=buf, width=cols, force_terminal=True, highlight=False)
        console.print(f"[bold]{self._summary()}[/bold]")
        for title, head, rows in self._sections():
            if not rows:
                console.print(f"[italic]{title}[/italic]: none")
                continue
            table = Table(title=title, title_justify="left", show_lines=False)
            for name in head:
                table.add_column(
                    name, overflow="fold", justify="right" if len(name) == 1 else "left"
                )
            for row in rows:
                table.add_row(*row)
            console.print(table)
        style = "yellow" if self.warnings else "green"
        console.print(f"[{style}]Warnings ({len(self.warnings)})[/{style}]")
        for warning in self.warnings:
            console.print(f"  {warning}", markup=False)
        if self.fidelity is not None:
            console.print(self.fidelity.table(misses=15), markup=False)
        return buf.getvalue()


# --- loading ------------------------------------------------------------------------------------


def read_source(source: Path | str | Graph, *, base: str = BASE) -> tuple[Graph, Facts | None, str]:
    """A graph (and the extracted Facts when the source is a page: Markdown, HTML or a URL)
    and a display name; any other file is read as RDF."""
    if isinstance(source, Graph):
        return source, None, "graph"
    from .document import HTML_SUFFIXES, SHEET_SUFFIXES, is_url

    page = is_url(source) or Path(source).suffix.lower() in (
        *MARKDOWN_SUFFIXES,
        *HTML_SUFFIXES,
        *SHEET_SUFFIXES,
    )
    if page:
        from .build import build_graph
        from .document import read_document
        from .extract import extract_facts

        document = read_document(source if is_url(source) else Path(source))
        facts = extract_facts(document)
        facts.warnings.extend(u.message(str(source)) for u in facts.unread)
        return build_graph(facts, base=base), facts, str(source)
    from .rdfio import read_rdf

    return read_rdf(Path(source)), None, str(source)


# --- the graph walk -----------------------------------------------------------------------------


def _label(graph: Graph, node: Node) -> str:
    for prop in (RDFS.label, SKOS.prefLabel):
        values = sorted(str(v) for v in graph.objects(node, prop))
        if values:
            return values[0]
    return re.split(r"[/#]", str(node).rstrip("/"))[-1]


def _key(graph: Graph, node: Node, prop: Node, namespace: str) -> str:
    for value in sorted(str(v) for v in graph.objects(node, prop)):
        if value.startswith(namespace):
            return value[len(namespace) :]
    return ""


def document_stats(
    source: Path | str | Graph,
    *,
    base: str = BASE,
    expected: Path | None = None,
) -> Stats:
    """Statistics and warnings for a Markdown document (extracted now) or an exported RDF file.

    With ``expected`` (a hand-made facts TSV, see graph/fidelity.py) the report adds precision
    and recall against it.
    """
    graph, facts, name = read_source(source, base=base)
    kind = "rdf" if name != "graph" else "graph"
    if facts is not None:
        kinds = {
            "text/html": "html",
            "text/csv": "csv",
            "text/markdown": "markdown",
            "text/asciidoc": "asciidoc",
            "text/x-rst": "rst",
        }
        kind = kinds.get(facts.media_type, "xlsx")
    parties: list[PartyStats] = []
    warnings = list(facts.warnings) if facts is not None else []
    for node in sorted(set(graph.subjects(RDF.type, SRM.Party)), key=str):
        stats = PartyStats(
            label=_label(graph, node),
            role=_key(graph, node, SRM.role, str(ROLE)),
            organization=_key(graph, node, SRM.organization, str(ORGV)),
        )
        for letter, predicate in RACI:
            duties = sorted(_label(graph, d) for d in graph.objects(node, SRM[predicate]))
            stats.raci[letter] = len(duties)
            stats.duties.extend((letter, d) for d in duties)
        if not stats.total and not any(f"'{stats.label}'" in w for w in warnings):
            warnings.append(f"party '{stats.label}' has no duty (no R, A, C or I relation)")
        parties.append(stats)
    parties.sort(key=lambda p: (-p.total, p.label))
    services = sorted(
        (
            _label(graph, s),
            sorted({_label(graph, u) for u in graph.subjects(SRM.uses, s)}),
        )
        for s in set(graph.subjects(RDF.type, SRM.CloudService))
    )
    certifications = sorted(
        (
            _label(graph, c),
            sorted({_label(graph, h) for h in graph.subjects(SRM.holds, c)}),
            ", ".join(sorted(_label(graph, s) for s in graph.objects(c, SRM.standard))),
        )
        for c in set(graph.subjects(RDF.type, SRM.Certification))
    )
    compliance = sorted(
        (
            _label(graph, c),
            sorted({_label(graph, m) for m in graph.subjects(SRM.maintains, c)}),
            sorted({_label(graph, b) for b in graph.objects(c, SRM.buildsOn)}),
        )
        for c in set(graph.subjects(RDF.type, SRM.Compliance))
    )
    for label, _, builds_on in compliance:
        if not builds_on:
            warnings.append(f"compliance '{label}' builds on no certification")
    report = None
    if expected is not None:
        report = score_document(graph, read_expected(expected), document=Path(name).name)
    return Stats(
        source=name,
        kind=kind,
        triples=len(graph),
        duties=len(set(graph.subjects(RDF.type, SRM.Duty))),
        parties=parties,
        services=services,
        certifications=certifications,
        compliance=compliance,
        warnings=warnings,
        fidelity=report,
    )
