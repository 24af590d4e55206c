"""srgraph benchmarks (not part of the test suite): every figure of the README's performance
section, in one run.

Usage::

    .venv/bin/python tests/bench/bench.py [--sizes 1,100,2000,10000] [--workdir DIR]
        [--jobs N] [--store-size N] [--skip-export] [--skip-stages] [--skip-shacl]
        [--skip-hostile] [--skip-store]

Prints, as Markdown tables:

1. ``srgraph export DIR --merged all --format nq --quiet`` (SHACL validation on) per corpus
   size: wall and CPU seconds, documents/s, triples, peak RSS of the largest process, and the
   export's wall time over pyoxigraph's own parse + serialize of the same N-Quads, measured in
   the same run.
2. CPU milliseconds per document of each stage (read, extract, build, validate, N-Quads, Turtle),
   in one process over a sample of the corpus.
3. SHACL per document: the compiled check, pySHACL and pyrudof.
4. The hostile shapes of tests/hostile.py at 1 MB: wall, CPU, peak RSS, exit code.
5. ``srgraph query duties`` on the bundled page (interpreter start included).
6. A store of the largest corpus: load time (with the answers kept for the named queries), then
   every named query on the whole store (its first page of 100 rows; a deep page of ``duties``;
   ``who`` and ``provenance`` with a text) and scoped to one document.
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
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from make_corpus import write_corpus  # noqa: E402

PY = sys.executable
PAGE = 100
"""Rows per page of a whole-store query."""

_MEASURE = r"""
import resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - t
use = resource.getrusage(resource.RUSAGE_CHILDREN)
print(rc, wall, use.ru_utime + use.ru_stime, use.ru_maxrss)
"""


def measure(cmd: list[str]) -> dict[str, float]:
    """Exit code, wall and CPU seconds (all processes), peak RSS (MiB, the largest process) of
    ``cmd``, run from a fresh parent."""
    out = subprocess.run([PY, "-c", _MEASURE, *cmd], capture_output=True, text=True, check=True)
    rc, wall, cpu, rss = out.stdout.split()
    return {"rc": int(rc), "wall": float(wall), "cpu": float(cpu), "rss": int(rss) / 1024}


def oxigraph_roundtrip(path: Path) -> float:
    """Seconds pyoxigraph takes to parse and re-serialize an N-Quads file."""
    import pyoxigraph as ox

    t = time.perf_counter()
    quads = list(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
    ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    return time.perf_counter() - t


def corpus(work: Path, n: int, seed: int) -> Path:
    folder = work / f"corpus-{n}"
    if not folder.is_dir() or len(list(folder.glob("*.md"))) != n:
        shutil.rmtree(folder, ignore_errors=True)
        write_corpus(n, folder, seed=seed)
    return folder


def bench_export(sizes: list[int], work: Path, seed: int, jobs: int | None) -> list[Any]:
    """1. The export table."""
    rows = []
    print(
        "\n| documents | wall s | CPU s | docs/s | triples | peak RSS MiB | pyoxigraph s | ratio |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    for n in sizes:
        src = corpus(work, n, seed)
        out = work / f"out-{n}"
        shutil.rmtree(out, ignore_errors=True)
        cmd = [PY, "-m", "graph", "export", str(src), "-o", str(out)]
        cmd += ["--merged", "all", "--format", "nq", "--quiet"]
        cmd += ["--jobs", str(jobs)] if jobs else []
        m = measure(cmd)
        merged = out / "all.nq"
        triples = sum(1 for _ in merged.open("rb")) if merged.exists() else 0
        ox_s = oxigraph_roundtrip(merged) if merged.exists() else float("nan")
        rows.append({"n": n, **m, "triples": triples, "ox": ox_s})
        print(
            f"| {n:,} | {m['wall']:.1f} | {m['cpu']:.1f} | {n / m['wall']:.1f} | {triples:,} "
            f"| {m['rss']:.0f} | {ox_s:.2f} | {m['wall'] / ox_s:.1f}x |"
            + ("" if m["rc"] == 0 else f" (exit {m['rc']})"),
            flush=True,
        )
    return rows


def bench_stages(work: Path, seed: int, count: int = 200) -> dict[str, float]:
    """2. CPU ms per document of each stage, in this process (vocabularies loaded first), with
    the garbage-collector thresholds the exporter runs with."""
    import gc

    from graph import extract_facts, read_document, serialize_graph
    from graph.build import build_triples
    from graph.exporter import _GC_THRESHOLDS
    from graph.validate import validate_graph

    gc.set_threshold(*_GC_THRESHOLDS)

    files = sorted(corpus(work, max(count, 100), seed).glob("*.md"))[:count]
    validate_graph(build_triples(extract_facts(read_document(files[0]))))  # warm up
    stages = ("read", "extract", "build", "validate", "nq", "ttl")
    total = dict.fromkeys(stages, 0.0)
    triples = 0
    clock = time.process_time
    for path in files:
        t0 = clock()
        document = read_document(path)
        t1 = clock()
        facts = extract_facts(document)
        t2 = clock()
        built = build_triples(facts)
        t3 = clock()
        validate_graph(built)
        t4 = clock()
        serialize_graph(built, fmt="nq")
        t5 = clock()
        serialize_graph(built, fmt="ttl")
        t6 = clock()
        for stage, spent in zip(
            stages, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5), strict=False
        ):
            total[stage] += spent
        triples += len(built)
    per = {stage: spent * 1000 / len(files) for stage, spent in total.items()}
    print(
        f"\nCPU ms per document ({len(files)} documents, {triples / len(files):.0f} triples each)"
    )
    print("| " + " | ".join(stages) + " | total |")
    print("|" + "---:|" * (len(stages) + 1))
    print("| " + " | ".join(f"{per[s]:.1f}" for s in stages) + f" | {sum(per.values()):.1f} |")
    return per


def bench_shacl(work: Path, seed: int, count: int = 30) -> dict[str, float]:
    """3. SHACL per document: the compiled check (what export runs), pySHACL, pyrudof."""
    from graph import extract_facts, read_document
    from graph.build import build_triples
    from graph.validate import validate_graph

    files = sorted(corpus(work, 100, seed).glob("*.md"))[:count]
    built = [build_triples(extract_facts(read_document(p))) for p in files]
    result = {}
    print(f"\nSHACL per document ({count} documents, all conforming)")
    print("| engine | ms per document |")
    print("|---|---:|")
    for engine in ("compiled", "pyshacl", "pyrudof"):
        try:
            validate_graph(built[0], engine=engine)  # warm up (shapes, imports)
        except ImportError:
            print(f"| {engine} | not installed |")
            continue
        t = time.process_time()
        for triples in built:
            validate_graph(triples, engine=engine)
        result[engine] = (time.process_time() - t) * 1000 / len(built)
        print(f"| {engine} | {result[engine]:.1f} |", flush=True)
    return result


def bench_hostile(work: Path, sizes: tuple[int, ...] = (2**18, 2**19, 2**20)) -> list[Any]:
    """4. Each hostile shape at 256 KB, 512 KB and 1 MB, exported alone (``--format ttl --jobs
    1``): CPU per size and the growth from the smallest to the largest (4.0 is linear; a shape
    stopped at a per-document limit grows less)."""
    from hostile import SHAPES, make

    folder = work / "hostile"
    folder.mkdir(exist_ok=True)
    rows = []
    labels = [f"{size // 1024} KB CPU s" for size in sizes]
    tail = " | growth | 1 MB wall s | RSS MiB | exit |"
    print("\n| hostile shape | " + " | ".join(labels) + tail)
    print("|---|" + "---:|" * (len(sizes) + 4))
    for shape in SHAPES:
        measured = []
        for size in sizes:
            source = folder / f"{shape}.md"
            source.write_bytes(make(shape, size))
            cmd = [PY, "-m", "graph", "export", str(source), "-o", str(folder / "out")]
            measured.append(measure([*cmd, "--format", "ttl", "--jobs", "1", "-q"]))
        last = measured[-1]
        growth = last["cpu"] / max(measured[0]["cpu"], 1e-9)
        rows.append({"shape": shape, "sizes": list(sizes), "runs": measured, "growth": growth})
        cpus = " | ".join(f"{m['cpu']:.1f}" for m in measured)
        print(
            f"| {shape} | {cpus} | {growth:.1f} | {last['wall']:.1f} | {last['rss']:.0f} "
            f"| {last['rc']} |",
            flush=True,
        )
    return rows


def bench_query(work: Path) -> dict[str, object]:
    """5. ``srgraph query duties`` on the bundled page, wall time with interpreter start."""
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


def bench_store(n: int, work: Path, seed: int, jobs: int | None) -> dict[str, Any]:
    """6. A store of corpus ``n``: load, then every named query (median of 5 runs)."""
    from graph.sparql import list_queries, run_query

    merged = work / f"out-{n}" / "all.nq"
    if not merged.exists():
        cmd = [PY, "-m", "graph", "export", str(corpus(work, n, seed)), "-o", str(merged.parent)]
        cmd += ["--merged", "all", "--format", "nq", "--quiet", "--no-validate"]
        subprocess.run(cmd + (["--jobs", str(jobs)] if jobs else []), check=True)
    store = work / f"store-{n}"
    shutil.rmtree(store, ignore_errors=True)
    m = measure([PY, "-m", "graph", "load", str(merged), "--store", str(store), "-q"])
    print(
        f"\nstore of {n:,} documents: `srgraph load` {m['wall']:.1f} s wall, "
        f"peak RSS {m['rss']:.0f} MiB",
        flush=True,
    )
    document = "https://w3id.org/srgraph/id/doc-00042"
    timings: dict[str, Any] = {"load": m}
    cases: list[tuple[str, list[str], int]] = [(q.name, [], 0) for q in list_queries()]
    cases += [
        ("who", ["text=encryption keys"], 0),
        ("provenance", ["text=encryption"], 0),
        ("duties", [], 100_000),
    ]
    print(f"\n| named query | whole store: a page of {PAGE} rows | ms | one document: rows | ms |")
    print("|---|---:|---:|---:|---:|")
    for name, params, offset in cases:
        cells = []
        for scope in (None, document):
            runs = []
            rows = 0
            for _ in range(5):
                t = time.perf_counter()
                res = run_query(
                    name,
                    params=params,
                    store=store,
                    document=scope,
                    limit=PAGE if scope is None else None,
                    offset=offset if scope is None else 0,
                )
                runs.append(time.perf_counter() - t)
                rows = len(res.rows)
            ms = statistics.median(runs) * 1000
            cells += [
                f"{rows:,}" + (f" (@{offset:,})" if offset and scope is None else ""),
                f"{ms:.0f}",
            ]
            timings[f"{name}{params}@{offset}@{'doc' if scope else 'all'}"] = ms
        label = f"{name} {' '.join(params)}".strip()
        print(f"| {label} | " + " | ".join(cells) + " |", flush=True)
    return timings


def main() -> None:
    """Run the benchmarks and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,100,2000,10000")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/srgraph-bench"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=None, help="export worker processes")
    parser.add_argument("--store-size", type=int, default=None, help="default: largest size")
    for part in ("export", "stages", "shacl", "hostile", "query", "store"):
        parser.add_argument(f"--skip-{part}", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, object] = {}
    if not args.skip_export:
        results["export"] = bench_export(sizes, work, args.seed, args.jobs)
    if not args.skip_stages:
        results["stages"] = bench_stages(work, args.seed)
    if not args.skip_shacl:
        results["shacl"] = bench_shacl(work, args.seed)
    if not args.skip_hostile:
        results["hostile"] = bench_hostile(work)
    if not args.skip_query:
        results["query"] = bench_query(work)
    if not args.skip_store:
        size = args.store_size or max(sizes)
        results["store"] = bench_store(size, work, args.seed, args.jobs)
    (work / "results.json").write_text(json.dumps(results, indent=2, default=str))


if __name__ == "__main__":
    main()
