"""Fidelity: score an exported graph against hand-made expected facts (precision and recall).

Expected facts are TSV rows ``party relation text`` (tests/data/expected/*.tsv,
tests/data/real/*.tsv). A predicted fact is a plain ``subject srm:<relation> object`` triple of the
graph; it matches an expected row when the relations are equal, one of the row's ``|``-separated
party names is a name of the subject, and one of the row's ``|``-separated text fragments is a
case-insensitive substring of one of the object's *labels* (rdfs:label, skos:prefLabel,
skos:altLabel; never its description or source quote, so a fact counts only when its own label says
it). Rows and predictions are paired one-to-one by a maximum bipartite matching, so each expected
row counts at most once and the score does not depend on row order. Counts are micro-averaged: a
document's precision and recall are over all its facts, a corpus's over all its documents' facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef
from rdflib.term import Node

from .errors import InputError
from .namespaces import OFFERING, ORGV, RDF, RDFS, ROLE, SKOS, SRM

__all__ = [
    "RELATIONS",
    "RESPONSIBILITIES",
    "ExpectedRow",
    "FidelityReport",
    "PredictedFact",
    "RelationScore",
    "agreement",
    "corpus_total",
    "predicted_facts",
    "read_expected",
    "score_document",
]

RELATIONS = (
    "responsibleFor",
    "accountableFor",
    "consultedOn",
    "informedOf",
    "uses",
    "holds",
    "buildsOn",
    "maintains",
)
"""The srm: relations scored, in report order."""

RESPONSIBILITIES = RELATIONS[:4]
"""The RACI relations: what "responsibility" precision and recall count."""

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _norm(text: str) -> str:
    return " ".join(text.translate(_QUOTES).lower().split())


@dataclass(frozen=True)
class ExpectedRow:
    """One hand-made expected fact: party name, srm relation and text fragment(s)."""

    party: str
    relation: str
    text: str
    line: int = 0
    label: str = ""
    """The duty as the reader would label it (an optional fourth cell): a second reading's
    rows, compared with a first reading's by ``agreement``."""

    @property
    def fragments(self) -> tuple[str, ...]:
        """The normalised alternatives of ``text`` (``a|b``)."""
        return tuple(f for f in (_norm(p) for p in self.text.split("|")) if f)

    @property
    def parties(self) -> tuple[str, ...]:
        """The names the party may go by (``aws|cloud-provider``)."""
        return tuple(p for p in (p.strip() for p in self.party.split("|")) if p)


@dataclass(frozen=True)
class PredictedFact:
    """One relation triple of the graph, with the names its subject goes by."""

    party: str
    relation: str
    label: str
    names: tuple[str, ...]
    texts: tuple[str, ...]
    subject: str
    object: str


@dataclass(frozen=True)
class RelationScore:
    """Counts for one relation (or the total): expected, predicted, matched."""

    relation: str
    expected: int
    predicted: int
    matched: int

    @property
    def precision(self) -> float:
        """matched / predicted (1.0 when nothing was predicted)."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """matched / expected (1.0 when nothing was expected)."""
        return self.matched / self.expected if self.expected else 1.0


@dataclass
class FidelityReport:
    """Per-relation scores of one document, its total, and the unmatched rows on both sides."""

    document: str
    scores: list[RelationScore]
    total: RelationScore
    missed: list[ExpectedRow] = field(default_factory=list)
    extra: list[PredictedFact] = field(default_factory=list)
    matches: list[tuple[ExpectedRow, PredictedFact]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Precision over all relations."""
        return self.total.precision

    @property
    def recall(self) -> float:
        """Recall over all relations."""
        return self.total.recall

    def table(self, *, misses: int = 0) -> str:
        """A plain-text table; with ``misses`` > 0 also that many missed and extra facts."""
        head = ("relation", "expected", "predicted", "matched", "precision", "recall")
        rows = [
            (
                s.relation,
                str(s.expected),
                str(s.predicted),
                str(s.matched),
                f"{s.precision:.2f}",
                f"{s.recall:.2f}",
            )
            for s in [*self.scores, self.total]
        ]
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]

        def line(cells: Sequence[str]) -> str:
            first = cells[0].ljust(widths[0])
            rest = (c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))
            return "  ".join([first, *rest])

        out = [f"fidelity of {self.document}", line(head), line(["-" * w for w in widths])]
        out.extend(line(r) for r in rows[:-1])
        out.append(line(["-" * w for w in widths]))
        out.append(line(rows[-1]))
        if misses > 0:
            if self.missed:
                out.append(f"missed ({len(self.missed)}):")
                out.extend(
                    f"  L{r.line}: {r.party} {r.relation} {r.text!r}" for r in self.missed[:misses]
                )
            if self.extra:
                out.append(f"not expected ({len(self.extra)}):")
                out.extend(f"  {p.party} {p.relation} {p.label!r}" for p in self.extra[:misses])
        return "\n".join(out) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary."""

        def score(s: RelationScore) -> dict[str, Any]:
            return {
                "relation": s.relation,
                "expected": s.expected,
                "predicted": s.predicted,
                "matched": s.matched,
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
            }

        return {
            "document": self.document,
            "relations": [score(s) for s in self.scores],
            "total": score(self.total),
            "missed": [
                {"line": r.line, "party": r.party, "relation": r.relation, "text": r.text}
                for r in self.missed
            ],
            "extra": [
                {"party": p.party, "relation": p.relation, "label": p.label} for p in self.extra
            ],
        }


def read_expected(path: Path) -> list[ExpectedRow]:
    """Read an expected-facts TSV (``#`` comments and a ``party relation text`` header skipped)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read expected facts: {exc.strerror}", path=str(path)) from exc
    rows: list[ExpectedRow] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in raw.split("\t")]
        if cells[:3] == ["party", "relation", "text"]:
            continue
        if len(cells) < 3 or not all(cells[:3]):
            raise InputError(
                "expected three tab-separated cells",
                path=str(path),
                line=number,
                hint="party<TAB>relation<TAB>text",
            )
        if cells[1] not in RELATIONS:
            raise InputError(
                f"unknown relation {cells[1]!r}",
                path=str(path),
                line=number,
                hint=f"one of {', '.join(RELATIONS)}",
            )
        label = cells[3] if len(cells) > 3 else ""
        rows.append(ExpectedRow(cells[0].lower(), cells[1], cells[2], number, label))
    return rows


def _local(node: Node, namespace: str) -> str | None:
    text = str(node)
    return text[len(namespace) :] if text.startswith(namespace) else None


def _slug(node: Node) -> str:
    return re.split(r"[/#]", str(node).rstrip("/"))[-1]


class _Names:
    """How subjects and objects of the graph are named and described."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph

    def strings(self, node: Node, *props: URIRef) -> list[str]:
        return sorted({str(o) for p in props for o in self.graph.objects(node, p)})

    def party_names(self, node: Node) -> list[str]:
        """A party answers to its organisation's key and to its role's key (a generic "CDN
        provider" linked to Fastly is both ``fastly`` and ``cdn-provider``)."""
        keys = [
            key
            for org in sorted(self.graph.objects(node, SRM.organization), key=str)
            if (key := _local(org, str(ORGV)))
        ]
        keys += [
            key
            for role in sorted(self.graph.objects(node, SRM.role), key=str)
            if (key := _local(role, str(ROLE)))
        ]
        return [*keys, _slug(node)]  # a party no vocabulary knows answers to its own key

    def names(self, node: Node, seen: frozenset[Node] = frozenset()) -> list[str]:
        """Party name; an offering's own key and its provider's; a compliance's maintainer's;
        a certification's holder's."""
        if node in seen:
            return []
        seen = seen | {node}
        types = set(self.graph.objects(node, RDF.type))
        if SRM.Party in types:
            return self.party_names(node)
        out: list[str] = []
        if SRM.Offering in types:
            out.append(_local(node, str(OFFERING)) or _slug(node))
            for org in sorted(self.graph.objects(node, SRM.offeredBy), key=str):
                out.append(_local(org, str(ORGV)) or _slug(org))
        elif SRM.Compliance in types:
            for party in sorted(self.graph.subjects(SRM.maintains, node), key=str):
                out.extend(self.names(party, seen))
        elif SRM.Certification in types:
            for holder in sorted(self.graph.subjects(SRM.holds, node), key=str):
                out.extend(self.names(holder, seen))
        return list(dict.fromkeys(out)) or [_slug(node)]

    def texts(self, node: Node) -> list[str]:
        """Every text a fragment may match: labels and alternative labels (not descriptions)."""
        out = self.strings(node, RDFS.label, SKOS.prefLabel, SKOS.altLabel)
        for org in self.graph.objects(node, SRM.organization):
            out.extend(self.strings(org, SKOS.prefLabel, SKOS.altLabel))
        return out or [_slug(node)]

    def label(self, node: Node) -> str:
        labels = self.strings(node, RDFS.label) or self.strings(node, SKOS.prefLabel)
        return labels[0] if labels else _slug(node)


def predicted_facts(graph: Graph, *, relations: Sequence[str] = RELATIONS) -> list[PredictedFact]:
    """The scored relation triples of ``graph``, sorted."""
    names = _Names(graph)
    facts: list[PredictedFact] = []
    for relation in relations:
        for s, o in graph.subject_objects(SRM[relation]):
            subject_names = names.names(s)
            facts.append(
                PredictedFact(
                    party=subject_names[0],
                    relation=relation,
                    label=names.label(o),
                    names=tuple(subject_names),
                    texts=tuple(_norm(t) for t in names.texts(o)),
                    subject=str(s),
                    object=str(o),
                )
            )
    return sorted(facts, key=lambda f: (f.relation, f.party, f.label, f.object, f.subject))


def _compatible(row: ExpectedRow, fact: PredictedFact) -> bool:
    if row.relation != fact.relation or not any(p in fact.names for p in row.parties):
        return False
    return any(fragment in text for fragment in row.fragments for text in fact.texts)


def _match(rows: Sequence[ExpectedRow], facts: Sequence[PredictedFact]) -> dict[int, int]:
    """Maximum bipartite matching (Kuhn's augmenting paths): expected index -> fact index."""
    edges = [[j for j, f in enumerate(facts) if _compatible(r, f)] for r in rows]
    owner: dict[int, int] = {}

    def augment(i: int, visited: set[int]) -> bool:
        for j in edges[i]:
            if j in visited:
                continue
            visited.add(j)
            if j not in owner or augment(owner[j], visited):
                owner[j] = i
                return True
        return False

    # Rows with fewer candidates first: deterministic and closer to the intended pairing.
    for i in sorted(range(len(rows)), key=lambda i: (len(edges[i]), i)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def score_document(
    graph: Graph,
    expected_rows: Iterable[ExpectedRow],
    *,
    document: str = "",
    relations: Sequence[str] = RELATIONS,
) -> FidelityReport:
    """Precision and recall of ``graph``'s relations against hand-made expected rows."""
    rows = [r for r in expected_rows if r.relation in relations]
    facts = predicted_facts(graph, relations=relations)
    pairing = _match(rows, facts)
    matched_facts = set(pairing.values())
    scores = [
        RelationScore(
            relation,
            sum(r.relation == relation for r in rows),
            sum(f.relation == relation for f in facts),
            sum(rows[i].relation == relation for i in pairing),
        )
        for relation in relations
    ]
    total = RelationScore(
        "all",
        sum(s.expected for s in scores),
        sum(s.predicted for s in scores),
        sum(s.matched for s in scores),
    )
    return FidelityReport(
        document=document,
        scores=scores,
        total=total,
        missed=[r for i, r in enumerate(rows) if i not in pairing],
        extra=[f for j, f in enumerate(facts) if j not in matched_facts],
        matches=[(rows[i], facts[j]) for i, j in sorted(pairing.items())],
    )


def agreement(
    first: Iterable[ExpectedRow],
    second: Iterable[ExpectedRow],
    *,
    relations: Sequence[str] = RELATIONS,
) -> RelationScore:
    """How far a second reader's rows agree with a first reader's, counted as ``score_document``
    counts a graph: each second row is a prediction labelled by its label (fourth cell) and
    fragments, matched one-to-one against the first rows. Precision and recall of the second
    reading against the first: the agreement two careful readers reach, a ceiling for any
    extractor scored against one of them."""
    rows = [r for r in first if r.relation in relations]
    facts = [
        PredictedFact(
            party=r.parties[0] if r.parties else "",
            relation=r.relation,
            label=r.label or r.text,
            names=r.parties,
            texts=tuple(_norm(t) for t in ((r.label,) if r.label else ()) + r.fragments),
            subject="",
            object=str(index),
        )
        for index, r in enumerate(s for s in second if s.relation in relations)
    ]
    return RelationScore("all", len(rows), len(facts), len(_match(rows, facts)))


def corpus_total(reports: Iterable[FidelityReport]) -> RelationScore:
    """Micro-averaged counts over several documents: every fact of every document counts once."""
    totals = [r.total for r in reports]
    return RelationScore(
        "all",
        sum(t.expected for t in totals),
        sum(t.predicted for t in totals),
        sum(t.matched for t in totals),
    )
