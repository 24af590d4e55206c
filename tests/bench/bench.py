"""srgraph benchmarks (not part of the test suite).

Usage::

    .venv/bin/python tests/bench/bench.py [--sizes 1,100,1000,10000] [--workdir /tmp/srgraph-bench]
        [--skip-store] [--skip-shacl]

Prints a Markdown table per corpus size: wall time of
``srgraph export DIR --merged all --format nq --quiet``, documents/s, triples/s, peak RSS of the
child processes, and srgraph's time over pyoxigraph's own parse+serialize of the same output.
Then: ``srgraph query duties`` wall time on the bundled document (interpreter start included)
with the heaviest imports, a named query on the largest corpus' store, and pySHACL vs pyrudof
per-document validation time.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from make_corpus import write_corpus  # noqa: E402

PY = sys.executable

_MEASURE = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL)
wall = time.perf_counter() - t
print(rc, wall, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def measure(cmd: list[str]) -> tuple[int, float, int]:
    """Exit code, wall seconds and peak child RSS (KiB) of ``cmd`` run in a fresh parent."""
    out = subprocess.run([PY, "-c", _MEASURE, *cmd], capture_output=True, text=True, check=True)
    rc, wall, rss = out.stdout.split()
    return int(rc), float(wall), int(rss)


def oxigraph_roundtrip(path: Path) -> float:
    """Seconds pyoxigraph takes to parse and re-serialize an N-Quads file."""
    import pyoxigraph as ox

    t = time.perf_counter()
    quads = list(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
    ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    return time.perf_counter() - t


def bench_export(sizes: list[int], work: Path, seed: int) -> list[dict[str, float]]:
    """The export table."""
    rows = []
    print("| documents | wall s | docs/s | triples | triples/s | peak RSS MiB | vs pyoxigraph |")
    print("|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    for n in sizes:
        corpus = work / f"corpus-{n}"
        if not corpus.is_dir() or len(list(corpus.glob("*.md"))) != n:
            shutil.rmtree(corpus, ignore_errors=True)
            write_corpus(n, corpus, seed=seed)
        out = work / f"out-{n}"
        shutil.rmtree(out, ignore_errors=True)
        cmd = [PY, "-m", "graph", "export", str(corpus), "-o", str(out)]
        cmd += ["--merged", "all", "--format", "nq", "--quiet"]
        rc, wall, rss = measure(cmd)
        merged = out / "all.nq"
        triples = sum(1 for _ in merged.open("rb")) if merged.exists() else 0
        ox_s = oxigraph_roundtrip(merged) if merged.exists() else float("nan")
        row = {"n": n, "rc": rc, "wall": wall, "triples": triples, "rss": rss / 1024, "ox": ox_s}
        rows.append(row)
        print(
            f"| {n:,} | {wall:.1f} | {n / wall:.1f} | {triples:,} | {triples / wall:,.0f} "
            f"| {rss / 1024:.0f} | {wall / ox_s:.0f}x |" + ("" if rc == 0 else f" (exit {rc})"),
            flush=True,
        )
    return rows


def bench_query(work: Path) -> dict[str, object]:
    """``srgraph query duties`` on the bundled page, wall time with interpreter start."""
    out = work / "bundled"
    shutil.rmtree(out, ignore_errors=True)
    subprocess.run(
        [PY, "-m", "graph", "export", "-o", str(out), "--format", "ttl", "-q"], check=True
    )
    ttl = next(out.glob("*.ttl"))
    cmd = [PY, "-m", "graph", "query", "duties", "--graph", str(ttl)]
    times = []
    for _ in range(5):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    imp = subprocess.run([PY, "-X", "importtime", *cmd[1:]], capture_output=True, text=True)
    heavy = []
    for line in imp.stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m and len(m.group(3)) <= 2:  # top-level imports only
            heavy.append((int(m.group(2)) / 1000, m.group(4)))
    heavy.sort(reverse=True)
    med = statistics.median(times)
    print(f"\nsrgraph query duties (bundled page): median {med:.2f} s over 5 runs")
    print(
        "heaviest top-level imports (cumulative ms): "
        + ", ".join(f"{name} {ms:.0f}" for ms, name in heavy[:8]),
        flush=True,
    )
    return {"median": med, "imports": heavy[:8]}


def bench_store(n: int, work: Path) -> dict[str, float]:
    """Load the merged N-Quads of corpus ``n`` into a store, time a named query on it."""
    from graph.sparql import run_query

    store = work / f"store-{n}"
    shutil.rmtree(store, ignore_errors=True)
    t = time.perf_counter()
    subprocess.run(
        [PY, "-m", "graph", "load", str(work / f"out-{n}" / "all.nq"), "--store", str(store), "-q"],
        check=True,
    )
    load = time.perf_counter() - t
    times = []
    for _ in range(5):
        t = time.perf_counter()
        res = run_query("who", params=["text=encryption keys"], store=store)
        times.append(time.perf_counter() - t)
    print(
        f"\nstore of {n:,} documents: load {load:.1f} s; named query `who text=encryption keys` "
        f"({len(res.rows)} rows): first {times[0] * 1000:.0f} ms, median "
        f"{statistics.median(times) * 1000:.0f} ms",
        flush=True,
    )
    from graph.sparql import list_queries

    document = "https://w3id.org/srgraph/id/doc-00042"
    print("\n| named query | whole store: rows | ms | one document (--document): rows | ms |")
    print("|---|---:|---:|---:|---:|")
    for named in list_queries():
        whole = (
            "| — | —"  # duties, provenance: every duty of every document (a report, not a query)
        )
        if named.name not in ("duties", "provenance", "who"):
            t = time.perf_counter()
            res = run_query(named.name, store=store)
            whole = f"| {len(res.rows):,} | {(time.perf_counter() - t) * 1000:.0f}"
        runs = []
        for _ in range(5):
            t = time.perf_counter()
            one = run_query(named.name, store=store, document=document)
            runs.append(time.perf_counter() - t)
        print(
            f"| {named.name} {whole} | {len(one.rows):,} | {statistics.median(runs) * 1000:.0f} |",
            flush=True,
        )
    return {"load": load, "first_ms": times[0] * 1000, "median_ms": statistics.median(times) * 1000}


def bench_shacl(work: Path, count: int = 30) -> dict[str, float]:
    """Per-document SHACL validation: pySHACL (graph.validate_graph) vs pyrudof (Rust)."""
    from graph import build_graph, extract_facts, read_document, serialize_graph, validate_graph
    from graph.resources import ontology_path

    corpus = work / "corpus-100"
    if not corpus.is_dir():
        write_corpus(100, corpus)
    graphs = [
        build_graph(extract_facts(read_document(p))) for p in sorted(corpus.glob("*.md"))[:count]
    ]
    validate_graph(graphs[0])  # warm the shapes cache
    t = time.perf_counter()
    for g in graphs:
        validate_graph(g)
    py_s = (time.perf_counter() - t) / len(graphs)
    result = {"pyshacl_ms": py_s * 1000}
    try:
        import pyrudof
    except ImportError:
        print("\npyrudof not installed: pip install pyrudof", flush=True)
        return result
    shapes = ontology_path("shapes.ttl").read_text(encoding="utf-8")
    data = [serialize_graph(g, fmt="ttl").decode() for g in graphs]
    rudof = pyrudof.Rudof(pyrudof.RudofConfig())
    rudof.read_shacl(shapes)
    t = time.perf_counter()
    conforms = 0
    for text in data:
        rudof.reset_data()
        rudof.read_data(text)
        report = rudof.validate_shacl()
        conforms += bool(report.conforms)
    ru_s = (time.perf_counter() - t) / len(graphs)
    result["pyrudof_ms"] = ru_s * 1000
    print(
        f"\nSHACL per document ({len(graphs)} docs): pySHACL {py_s * 1000:.0f} ms, "
        f"pyrudof {ru_s * 1000:.1f} ms ({conforms}/{len(graphs)} conform per pyrudof)",
        flush=True,
    )
    return result


def main() -> None:
    """Run the benchmarks and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,100,1000,10000")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/srgraph-bench"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip-store", action="store_true")
    parser.add_argument("--skip-shacl", action="store_true")
    parser.add_argument("--skip-export", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    args.workdir.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {}
    if not args.skip_export:
        results["export"] = bench_export(sizes, args.workdir, args.seed)
    results["query"] = bench_query(args.workdir)
    if not args.skip_shacl:
        results["shacl"] = bench_shacl(args.workdir)
    if not args.skip_store:
        results["store"] = bench_store(max(sizes), args.workdir)
    (args.workdir / "results.json").write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
