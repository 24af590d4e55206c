"""The opt-in compiled build (README, "Compiled build"): when the graph package this suite runs
has mypyc-compiled modules, its documents, facts and triples are byte for byte those of the
pure-Python sources of this tree. Skipped for the default (pure-Python) install."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.version import compiled_modules

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not compiled_modules(), reason="graph is the pure-Python install (no compiled module)"
)

_DIGEST = r"""
import hashlib, sys
from pathlib import Path
from graph import extract_facts, read_document
from graph.build import build_triples
from graph.errors import SrgraphError
from graph.version import compiled_modules

digest = hashlib.sha256()
for name in sys.argv[1:]:
    path = Path(name)
    digest.update(name.encode())
    try:
        document = read_document(path)
        facts = extract_facts(document)
        lines = build_triples(facts).lines
    except SrgraphError as exc:
        digest.update(f"error {exc}".encode())
        continue
    for part in (repr(document), repr(facts), "\n".join(lines)):
        digest.update(part.encode())
print(len(compiled_modules()), digest.hexdigest())
"""


def _digest(files: list[Path], *, sources: bool) -> tuple[int, str]:
    """(compiled modules seen, digest of every file's document, facts and triples), from the
    installed package or, with ``sources``, from this tree's .py files."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("PYTHONPATH", None)
    if sources:
        env["PYTHONPATH"] = str(ROOT)
    out = subprocess.run(
        [sys.executable, "-c", _DIGEST, *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT if sources else ROOT / "tests",
    )
    count, digest = out.stdout.split()
    return int(count), digest


def test_compiled_output_equals_pure_python(tmp_path: Path) -> None:
    bench = ROOT / "tests" / "bench" / "make_corpus.py"
    subprocess.run([sys.executable, str(bench), "20", str(tmp_path)], check=True)
    files = sorted((ROOT / "tests" / "data").glob("*.md"))
    files += sorted((ROOT / "tests" / "data" / "real").glob("*.md"))
    files += sorted(tmp_path.glob("*.md"))
    compiled, compiled_digest = _digest(files, sources=False)
    pure, pure_digest = _digest(files, sources=True)
    assert compiled > 0 and pure == 0  # each side ran the code it should
    assert compiled_digest == pure_digest
