"""Score the extractor on the real-page corpus (tests/data/real/): one row per page and the
micro-averaged total, as the Markdown table the README shows.

.venv/bin/python tests/score_real.py [--misses N] [STEM ...]
.venv/bin/python tests/score_real.py --floors   # rewrite tests/data/real/floors.tsv

Floors are set just under what each page measures (two points, rounded down), so a change that
loses facts on any page fails tests/test_fidelity.py; raise them when the extractor improves.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rdflib import Graph  # noqa: E402

from graph import build_graph, extract_facts, read_document  # noqa: E402
from graph.errors import ExtractionError  # noqa: E402
from graph.fidelity import (  # noqa: E402
    RESPONSIBILITIES,
    FidelityReport,
    RelationScore,
    corpus_total,
    read_expected,
    score_document,
)

REAL = ROOT / "tests" / "data" / "real"
SUFFIXES = {".md", ".rst", ".adoc", ".html", ".htm"}


def documents(stems: list[str]) -> list[Path]:
    docs = sorted(
        p for p in REAL.glob("*") if p.suffix in SUFFIXES and p.with_suffix(".tsv").is_file()
    )
    return [d for d in docs if not stems or d.stem in stems]


def graph_of(doc: Path) -> Graph:
    """The page's exported graph; an empty one when no party is found (nothing predicted)."""
    try:
        return build_graph(extract_facts(read_document(doc)))
    except ExtractionError:
        return Graph()


def report(doc: Path) -> FidelityReport:
    rows = read_expected(doc.with_suffix(".tsv"))
    return score_document(graph_of(doc), rows, document=doc.name, relations=RESPONSIBILITIES)


def _floor(value: float) -> float:
    return max(0.0, math.floor((value - 0.02) * 100) / 100)


def write_floors(reports: list[FidelityReport], total: RelationScore) -> None:
    lines = [
        "# Per-page floors for tests/test_fidelity.py: precision and recall just under what each",
        "# page measured when this file was written (tests/score_real.py --floors).",
        "stem\tprecision\trecall",
    ]
    for r in reports:
        stem = Path(r.document).stem
        lines.append(f"{stem}\t{_floor(r.precision):.2f}\t{_floor(r.recall):.2f}")
    lines.append(f"ALL\t{_floor(total.precision):.2f}\t{_floor(total.recall):.2f}")
    (REAL / "floors.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("stems", nargs="*")
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--floors", action="store_true", help="rewrite floors.tsv")
    args = parser.parse_args(argv)
    reports = []
    print("| page | expected | predicted | matched | precision | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    for doc in documents(args.stems):
        try:
            r = report(doc)
        except Exception as exc:
            print(f"| {doc.stem} | error: {exc} | | | | |")
            continue
        reports.append(r)
        t = r.total
        print(
            f"| {doc.stem} | {t.expected} | {t.predicted} | {t.matched} | "
            f"{t.precision:.2f} | {t.recall:.2f} |"
        )
    total = corpus_total(reports)
    print(
        f"| **all {len(reports)} pages (micro)** | {total.expected} | {total.predicted} | "
        f"{total.matched} | {total.precision:.2f} | {total.recall:.2f} |"
    )
    if args.floors:
        write_floors(reports, total)
    if args.misses:
        for r in reports:
            print()
            print(r.table(misses=args.misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
