"""Kill tests: SIGKILL ``srgraph export`` / ``srgraph load`` at random (seeded) moments.

After each kill the outputs hold either the previous bytes or the complete new bytes (leftover
temp files are hidden ``.NAME.*.tmp``), and the store opens and answers with the old or the new
triple count, never a partial one. Ctrl-C (SIGINT) exits 130 with nothing half-written.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
TRIALS = 5
SEED = 20240611
TEMP = re.compile(r"^\.(?P<name>.+)\.[0-9]+\.[^.]+\.tmp$")
pytestmark = [pytest.mark.skipif(os.name != "posix", reason="POSIX signals"), pytest.mark.slow]


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
        assert visible == _snapshot(out), "the re-run left the killed run's temp files"


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
        if proc.returncode == -signal.SIGINT:
            # The signal came while the interpreter was starting or exiting, outside srgraph's
            # handler: Python then dies by SIGINT, which a shell reports as 130 as well.
            assert "Traceback" not in stderr, stderr
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


# --- issue 12, group 5: Ctrl-C and kill -9 of a parallel --merged export -------------------------

BENCH = Path(__file__).parent / "bench" / "make_corpus.py"
MERGED_ARGS = (
    "--format", "nt,nq", "--merged", "all", "--jobs", "2", "-q", "--no-validate",
)  # fmt: skip
"""What is under test is the process pool and the files, not SHACL: no validation."""
SAFETY = 120.0
"""Seconds: only a safety net against a hang, never an assertion on speed."""


def _group(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group: psutil if installed, else /proc."""
    try:
        import psutil
    except ImportError:
        psutil = None
    if psutil is not None:
        live = []
        for p in psutil.process_iter(["status"]):
            try:
                if os.getpgid(p.pid) == pgid and p.info["status"] != psutil.STATUS_ZOMBIE:
                    live.append(p.pid)
            except (ProcessLookupError, psutil.Error):
                continue
        return live
    live = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        state, _ppid, pgrp = stat[stat.rindex(")") + 2 :].split()[:3]
        if int(pgrp) == pgid and state not in ("Z", "X"):
            live.append(int(entry))
    return live


def _describe(pgid: int) -> str:
    """What the processes left in a group are doing (for a failure message)."""
    out = []
    for pid in _group(pgid):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text().split()
            wchan = Path(f"/proc/{pid}/wchan").read_text()
            threads = len(os.listdir(f"/proc/{pid}/task"))
        except OSError:
            continue
        out.append(f"{pid} state {stat[2]} ppid {stat[3]} wchan {wchan} threads {threads}")
    return "; ".join(out)


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def _wait_for(
    condition: Callable[[], bool], what: str, detail: Callable[[], str] = lambda: ""
) -> None:
    deadline = time.monotonic() + SAFETY
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what} {detail()}"
        time.sleep(0.02)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 generated documents: an export that runs long enough to be interrupted."""
    if not Path("/proc/self/stat").exists():
        pytest.importorskip("psutil")
    folder = tmp_path_factory.mktemp("generated")
    subprocess.run([sys.executable, str(BENCH), "200", str(folder)], check=True, timeout=SAFETY)
    return folder


@pytest.fixture
def groups() -> Iterator[list[int]]:
    """Process groups started by a test: killed at its end whatever happened (no leftovers)."""
    started: list[int] = []
    yield started
    for pgid in started:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)


def _start_merged(src: Path, out: Path, groups: list[int]) -> subprocess.Popen[bytes]:
    """Start the export and wait until the workers run and the merged temp file is open."""
    proc = _start("export", src, "-o", out, *MERGED_ARGS)
    groups.append(proc.pid)

    def running() -> bool:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else b""
        return len(_group(proc.pid)) >= 3 and out.is_dir() and bool(_temps(out))

    _wait_for(running, "the workers and the merged temp file")
    return proc


@pytest.mark.parametrize("written", [0, 20, 60])
def test_ctrl_c_of_a_parallel_merged_export(
    generated: Path, tmp_path: Path, groups: list[int], written: int
) -> None:
    """SIGINT to the process group (a terminal's Ctrl-C), at several points of the run: exit 130,
    one line, no worker left alive, no temp file left."""
    out = tmp_path / "out"
    proc = _start_merged(generated, out, groups)
    _wait_for(
        lambda: proc.poll() is not None or len(list(out.glob("*.nt"))) >= written,
        f"{written} documents written",
    )
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=SAFETY)
    stderr = err.decode("utf-8", "replace")
    assert proc.returncode == 130, stderr
    assert stderr.strip() == "srgraph: interrupted", stderr
    assert _group(proc.pid) == [], "a worker outlived the interrupted export"
    assert _temps(out) == []
    assert not (out / "all.nq").exists()


def test_sigkill_leaves_no_orphan_and_the_next_run_cleans_its_temp_files(
    generated: Path, tmp_path: Path, groups: list[int]
) -> None:
    out = tmp_path / "out"
    proc = _start_merged(generated, out, groups)
    os.kill(proc.pid, signal.SIGKILL)  # the main process only: its workers must notice
    proc.wait(timeout=SAFETY)
    _wait_for(
        lambda: _group(proc.pid) == [], "the orphaned workers to exit", lambda: _describe(proc.pid)
    )
    stale = _temps(out)
    assert stale, "expected the killed run's merged temp file"
    proc = _start_merged(generated, out, groups)  # a second killed run, then a complete one
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=SAFETY)
    subprocess.run(
        _srgraph("export", generated, "-o", out, *MERGED_ARGS),
        check=True,
        capture_output=True,
        timeout=600,
    )
    assert _temps(out) == []
    assert (out / "all.nq").is_file()


_INTERRUPT_WHILE_WRITING = """
import os, signal, sys
from pathlib import Path
from graph import exporter
from graph.cli import main

original, calls = exporter.write_atomic, []

def interrupting(path, data):
    calls.append(path)
    if len(calls) == int(os.environ["AT"]):  # Ctrl-C while the main process writes a file
        os.killpg(os.getpgrp(), signal.SIGINT)
    return original(path, data)

def children():
    live = []
    for entry in os.listdir("/proc"):
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except (OSError, ValueError):
            continue
        state, ppid = stat[stat.rindex(")") + 2 :].split()[:2]
        if int(ppid) == os.getpid() and state not in ("Z", "X"):
            live.append(int(entry))
    return live

exporter.write_atomic = interrupting
code = main(sys.argv[1:])
Path(os.environ["CHILDREN"]).write_text(repr(children()))  # when main has returned
sys.exit(code)
"""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.parametrize("at", [1, 25])
def test_ctrl_c_while_writing_stops_the_workers_before_main_returns(
    generated: Path, tmp_path: Path, at: int
) -> None:
    """The interrupt lands in the main process outside the pool (writing a file): the workers
    are killed and reaped before ``main`` returns, not left to finish the batch."""
    out = tmp_path / "out"
    report = tmp_path / "children.txt"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _INTERRUPT_WHILE_WRITING,
            "export",
            str(generated),
            "-o",
            str(out),
            *MERGED_ARGS,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, "AT": str(at), "CHILDREN": str(report)},
        cwd=Path(__file__).parent.parent,
    )
    try:
        _, err = proc.communicate(timeout=SAFETY)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
    stderr = err.decode("utf-8", "replace")
    assert proc.returncode == 130, stderr
    assert stderr.strip() == "srgraph: interrupted", stderr
    assert report.read_text() == "[]", "workers still running when main returned"
    assert _group(proc.pid) == []
    assert _temps(out) == []


# --- issue 12, group 9: a real full disk and a real read-only folder (a tiny tmpfs) --------------


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Callable[[str], Path]]:
    """Mount tiny tmpfs file systems (root with CAP_SYS_ADMIN only; skipped otherwise)."""
    mounted: list[Path] = []

    def mount(options: str) -> Path:
        point = tmp_path / f"mnt{len(mounted)}"
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", options, "srgraph-test", str(point)],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace')}")
        mounted.append(point)
        return point

    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False, capture_output=True)


def test_full_disk_is_one_line_and_leaves_only_whole_files(
    tmpfs: Callable[[str], Path], tmp_path: Path
) -> None:
    docs = sorted(DATA.glob("*.md"))
    args = ("--format", "ttl,nt", "--merged", "all", "--no-validate", "-j", "1", "-q")
    reference = tmp_path / "reference"
    subprocess.run(_srgraph("export", *docs, "-o", reference, *args), check=True, timeout=300)
    whole = _snapshot(reference)
    assert sum(map(len, whole.values())) > 200 * 1024
    disk = tmpfs("size=200k")
    out = disk / "out"
    result = subprocess.run(
        _srgraph("export", *docs, "-o", out, *args), capture_output=True, text=True, timeout=300
    )
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("srgraph: error: "), result.stderr
    assert "No space left on device" in lines[0]
    for path in out.iterdir():
        assert not path.name.endswith(".tmp"), f"temp file left: {path.name}"
        assert path.read_bytes() == whole[path.name], f"{path.name} is half-written"


def test_read_only_output_folder_is_one_line(tmpfs: Callable[[str], Path]) -> None:
    folder = tmpfs("size=64k,ro")
    for out in (folder, folder / "sub"):
        result = subprocess.run(
            _srgraph("export", "-o", out, "--format", "ttl", "--merged", "all"),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 2, result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "not writable" in lines[0], result.stderr
        assert str(folder) in lines[0]
    assert list(folder.iterdir()) == []


_COUNTING = """
import os, sys
from graph import exporter
from graph.cli import main

original = exporter.render_document

def counted(path, **kwargs):  # in a worker: one line per document rendered
    result = original(path, **kwargs)
    fd = os.open(os.environ["RENDERED"], os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    os.write(fd, b"x\\n")
    os.close(fd)
    return result

exporter.render_document = counted
sys.exit(main(sys.argv[1:]))
"""


def test_no_document_is_worked_on_after_ctrl_c(
    generated: Path, tmp_path: Path, groups: list[int]
) -> None:
    """Ctrl-C stops the work at once: each worker may finish the document it was on (and one
    as the signal is sent), not its batch of queued ones, so the exit is prompt however large
    the corpus is. A count, not a clock."""
    log = tmp_path / "rendered.txt"
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-c", _COUNTING, "export", str(generated), "-o", str(out), *MERGED_ARGS],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
        env={**os.environ, "RENDERED": str(log)},
        cwd=Path(__file__).parent.parent,
    )
    groups.append(proc.pid)

    def rendered() -> int:
        return len(log.read_bytes()) // 2 if log.exists() else 0

    _wait_for(lambda: proc.poll() is not None or rendered() >= 4, "four documents rendered")
    before = rendered()
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=SAFETY)
    assert proc.returncode == 130, err.decode("utf-8", "replace")
    jobs = int(MERGED_ARGS[MERGED_ARGS.index("--jobs") + 1])
    assert rendered() - before <= 2 * jobs, f"{rendered() - before} documents rendered after Ctrl-C"
    assert _group(proc.pid) == []
    assert _temps(out) == []
