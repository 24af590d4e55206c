"""Kill tests: SIGKILL ``srgraph export`` / ``srgraph load`` at random (seeded) moments.

After each kill the outputs hold either the previous bytes or the complete new bytes (leftover
temp files are hidden ``.NAME.*.tmp``), and the store opens and answers with the old or the new
triple count, never a partial one. Ctrl-C (SIGINT) exits 130 with nothing half-written.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
TRIALS = 5
SEED = 20240611
TEMP = re.compile(r"^\.(?P<name>.+)\.[^.]+\.tmp$")
pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX signals")


def _srgraph(*args: str | Path) -> list[str]:
    return [sys.executable, "-m", "graph", *map(str, args)]


def _start(*args: str | Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        _srgraph(*args),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: the pool workers die with it
    )


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _make_corpus(folder: Path, *, revision: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted(DATA.glob("*.md"))
    for copy in range(3):
        for src in sources:
            text = src.read_text(encoding="utf-8")
            if revision:
                text += f"\n## Customer responsibilities\n\n* Rotating audit log {copy} keys\n"
            (folder / f"c{copy}-{src.name}").write_text(text, encoding="utf-8")


EXPORT_ARGS = ("--format", "ttl,nt", "--merged", "all", "--no-validate", "--jobs", "2", "-q")


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Old and new sources, their complete exports, and how long a new export takes."""
    tmp = tmp_path_factory.mktemp("faults")
    out: dict[str, Path] = {}
    for rev, name in ((0, "old"), (1, "new")):
        _make_corpus(tmp / f"src-{name}", revision=rev)
        out[f"src-{name}"] = tmp / f"src-{name}"
        started = time.monotonic()
        subprocess.run(
            _srgraph("export", tmp / f"src-{name}", "-o", tmp / f"out-{name}", *EXPORT_ARGS),
            check=True,
            capture_output=True,
            timeout=300,
        )
        out[f"out-{name}"] = tmp / f"out-{name}"
        out[f"seconds-{name}"] = Path(str(time.monotonic() - started))
    return out


def _check_outputs(folder: Path, old: dict[str, bytes], new: dict[str, bytes]) -> None:
    for path in folder.iterdir():
        m = TEMP.match(path.name)
        if m:
            assert m.group("name") in new, f"stray temp file {path.name}"
            continue
        assert path.name in new, f"unexpected output {path.name}"
        data = path.read_bytes()
        assert data in (old.get(path.name), new[path.name]), f"{path.name} is neither old nor new"


def test_sigkill_during_export_leaves_old_or_new_files(
    corpora: dict[str, Path], tmp_path: Path
) -> None:
    old, new = _snapshot(corpora["out-old"]), _snapshot(corpora["out-new"])
    assert old.keys() == new.keys() and old != new
    duration = float(str(corpora["seconds-new"]))
    rng = random.Random(SEED)
    for trial in range(TRIALS):
        out = tmp_path / f"trial-{trial}"
        shutil.copytree(corpora["out-old"], out)
        proc = _start("export", corpora["src-new"], "-o", out, *EXPORT_ARGS)
        time.sleep(rng.uniform(0.05, duration))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        _check_outputs(out, old, new)
        # and a re-run completes the job
        subprocess.run(
            _srgraph("export", corpora["src-new"], "-o", out, *EXPORT_ARGS),
            check=True,
            capture_output=True,
            timeout=300,
        )
        visible = {k: v for k, v in _snapshot(out).items() if not TEMP.match(k)}
        assert visible == new


def test_ctrl_c_during_export_exits_130(corpora: dict[str, Path], tmp_path: Path) -> None:
    old, new = _snapshot(corpora["out-old"]), _snapshot(corpora["out-new"])
    duration = float(str(corpora["seconds-new"]))
    rng = random.Random(SEED + 1)
    for trial in range(3):
        out = tmp_path / f"trial-{trial}"
        shutil.copytree(corpora["out-old"], out)
        proc = _start("export", corpora["src-new"], "-o", out, *EXPORT_ARGS)
        time.sleep(rng.uniform(0.6, max(0.7, duration * 0.8)))  # past interpreter start
        os.killpg(proc.pid, signal.SIGINT)  # what the terminal does on Ctrl-C
        _, err = proc.communicate(timeout=60)
        stderr = err.decode("utf-8", "replace")
        if proc.returncode == 0:  # it had already finished
            _check_outputs(out, old, new)
            continue
        assert proc.returncode == 130, stderr
        assert "Traceback" not in stderr, stderr
        assert "interrupted" in stderr
        _check_outputs(out, old, new)


def _count(store: Path) -> int:
    import pyoxigraph as ox

    st = ox.Store.read_only(str(store))
    res = st.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    (row,) = list(res)  # type: ignore[arg-type]
    return int(row["n"].value)


def test_sigkill_during_load_leaves_old_or_new_store(
    corpora: dict[str, Path], tmp_path: Path
) -> None:
    old_files = sorted(corpora["out-old"].glob("c*.ttl"))
    new_files = sorted(corpora["out-new"].glob("c*.ttl"))
    base = tmp_path / "store-old"
    subprocess.run(_srgraph("load", *old_files, "--store", base, "-q"), check=True, timeout=300)
    n_old = _count(base)
    full = tmp_path / "store-new"
    shutil.copytree(base, full)
    started = time.monotonic()
    subprocess.run(_srgraph("load", *new_files, "--store", full, "-q"), check=True, timeout=300)
    duration = time.monotonic() - started
    n_new = _count(full)
    assert n_new > n_old
    rng = random.Random(SEED + 2)
    for trial in range(TRIALS):
        store = tmp_path / f"store-{trial}"
        shutil.copytree(base, store)
        proc = _start("load", *new_files, "--store", store, "-q")
        time.sleep(rng.uniform(0.05, duration))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert _count(store) in (n_old, n_new), f"trial {trial}: partial store"
        # the store still opens read-write and takes the load
        subprocess.run(
            _srgraph("load", *new_files, "--store", store, "-q"), check=True, timeout=300
        )
        assert _count(store) == n_new
