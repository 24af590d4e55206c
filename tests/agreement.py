"""How far two careful readers agree, and srgraph with each: the real pages that have a second,
independent reading (tests/data/real/second/) as the Markdown table the README shows.

.venv/bin/python tests/agreement.py

Per page: srgraph against the first reading (the expected facts it is developed against),
srgraph against the second reading (made without seeing either), and the second reading
against the first (graph.fidelity.agreement): the agreement two readers reach, a ceiling for
any extractor scored against one of them. P / R, micro-averaged over every row.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_real import REAL, SUFFIXES, graph_of

from graph.fidelity import (
    RESPONSIBILITIES,
    RelationScore,
    agreement,
    read_expected,
    score_document,
)

SECOND = REAL / "second"


def page(stem: str) -> Path:
    """The real page a reading belongs to."""
    return next(REAL / f"{stem}{s}" for s in sorted(SUFFIXES) if (REAL / f"{stem}{s}").is_file())


def _cell(score: RelationScore) -> str:
    return f"{score.precision:.2f} / {score.recall:.2f}"


def _sum(scores: list[RelationScore]) -> RelationScore:
    return RelationScore(
        "all",
        sum(s.expected for s in scores),
        sum(s.predicted for s in scores),
        sum(s.matched for s in scores),
    )


def main() -> None:
    print(
        "| page | rows (first, second) | srgraph vs first | srgraph vs second | second vs first |"
    )
    print("|---|---|---|---|---|")
    columns: list[list[RelationScore]] = [[], [], []]
    for reading in sorted(SECOND.glob("*.tsv")):
        first = read_expected(REAL / reading.name)
        second = read_expected(reading)
        graph = graph_of(page(reading.stem))
        scores = [
            score_document(graph, first, relations=RESPONSIBILITIES).total,
            score_document(graph, second, relations=RESPONSIBILITIES).total,
            agreement(first, second, relations=RESPONSIBILITIES),
        ]
        for column, score in zip(columns, scores, strict=True):
            column.append(score)
        rows = f"{scores[0].expected}, {scores[1].expected}"
        print(f"| {reading.stem} | {rows} | " + " | ".join(_cell(s) for s in scores) + " |")
    totals = [_sum(c) for c in columns]
    rows = f"{totals[0].expected}, {totals[1].expected}"
    print(
        f"| **all {len(columns[0])} pages (micro)** | {rows} | "
        + " | ".join(_cell(s) for s in totals)
        + " |"
    )


if __name__ == "__main__":
    main()
