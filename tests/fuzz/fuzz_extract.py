"""Coverage-guided fuzz target: bytes -> read_document -> extract_facts -> build_graph.

Any exception that is not a ``graph.errors.SrgraphError`` is a crash.

Fuzz (atheris, libFuzzer flags after the corpus folders; new inputs go to the first folder)::

    .venv/bin/python tests/fuzz/fuzz_extract.py /tmp/srgraph-fuzz tests/fuzz/corpus \
        -max_total_time=600 -timeout=20 -rss_limit_mb=4096

Replay the seed corpus (and tests/data/bad) as a plain loop, no atheris needed::

    .venv/bin/python tests/fuzz/fuzz_extract.py --replay [FILE_OR_FOLDER ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
BAD = HERE.parent / "data" / "bad"


def _setup() -> None:
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 3000))


def check(data: bytes) -> None:
    """Run one input through the pipeline; raise on anything but an SrgraphError."""
    from graph.build import build_graph
    from graph.document import read_document
    from graph.errors import SrgraphError
    from graph.extract import extract_facts

    try:
        document = read_document("fuzz.md", data=data)
        facts = extract_facts(document)
        build_graph(facts)
    except SrgraphError:
        pass


def replay(paths: list[str]) -> int:
    """Run every file of the given files/folders (default: the seed corpus and tests/data/bad)."""
    roots = [Path(p) for p in paths] or [CORPUS, BAD]
    files = sorted(
        f for root in roots for f in ([root] if root.is_file() else root.rglob("*")) if f.is_file()
    )
    failures = 0
    for path in files:
        try:
            check(path.read_bytes())
        except Exception as exc:
            failures += 1
            print(f"CRASH {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
    print(f"replayed {len(files)} inputs, {failures} crashes")
    return 1 if failures else 0


def main() -> None:
    """Fuzz with atheris, or ``--replay`` the corpus."""
    _setup()
    if "--replay" in sys.argv[1:]:
        sys.exit(replay([a for a in sys.argv[1:] if a != "--replay"]))
    import atheris

    with atheris.instrument_imports(include=["graph"]):
        import graph.build
        import graph.document
        import graph.extract
        import graph.text
        import graph.vocabulary
    graph.vocabulary.load_vocabularies()  # warm the cache outside the measured inputs
    atheris.Setup(sys.argv, check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
