"""Diagram benchmark (not part of the test suite): a 20,000-duty list, drawn.

Usage::

    .venv/bin/python tests/bench/bench_diagram.py [--duties 20000] [--mode auto]

Writes a Markdown page with one party and a list of N duties (seeded, varied wording), builds
its graph (timed apart), then times ``render_diagram`` (SVG and PNG) and prints the figures:
the mode chosen, the page size in pixels, wall seconds. The goal is under 10 s for 20,000.
"""

from __future__ import annotations

import argparse
import random
import struct
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.build import build_graph
from graph.diagram import render_diagram
from graph.document import read_document
from graph.extract import extract_facts

VERBS = ("Configure", "Patch", "Monitor", "Back up", "Encrypt", "Review", "Rotate", "Audit")
THINGS = (
    "the firewall rules",
    "database backups",
    "access keys",
    "log retention",
    "the web application",
    "network segments",
    "user accounts",
    "TLS certificates",
)


def page(duties: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    lines = [
        "# A very long list",
        "",
        "## Customer responsibilities",
        "",
        "The customer is responsible for the following:",
        "",
    ]
    for number in range(duties):
        lines.append(f"- {rng.choice(VERBS)} {rng.choice(THINGS)} of system {number}")
    lines += [
        "",
        "## Provider responsibilities",
        "",
        "AWS is responsible for the physical hosts.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duties", type=int, default=20000)
    parser.add_argument("--mode", default="auto")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "long-list.md"
        source.write_text(page(args.duties), encoding="utf-8")
        start = time.perf_counter()
        graph = build_graph(extract_facts(read_document(source)))
        built = time.perf_counter() - start
    start = time.perf_counter()
    out = render_diagram(graph, mode=args.mode)
    drawn = time.perf_counter() - start
    pngs = sorted(k for k in out if k.endswith("png"))
    sizes = [struct.unpack(">II", out[k][16:24]) for k in pngs]
    print("| duties | triples | build s | draw s (svg+png) | pages | largest page px |")
    print("|---:|---:|---:|---:|---:|---|")
    tallest = max(sizes, key=lambda s: s[1])
    print(
        f"| {args.duties:,} | {len(graph):,} | {built:.1f} | {drawn:.1f} | {len(pngs)} | "
        f"{tallest[0]} x {tallest[1]} |"
    )


if __name__ == "__main__":
    main()
