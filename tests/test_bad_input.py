"""Bad input regression corpus (tests/data/bad/ + generated big files): each has one outcome.

Errors are checked through the CLI in a subprocess: exit code, ONE stderr line naming the file
(and the line where known), no traceback, no output file written.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from graph.document import MAX_DOCUMENT_BYTES, read_document
from graph.errors import EXIT_INPUT, EXIT_PARTIAL, SrgraphError

BAD = Path(__file__).parent / "data" / "bad"
HEAD = "# Shared responsibility\n\n## Customer responsibilities\n\n"
CLI_TIMEOUT = 120


def run_export(*sources: Path, out: Path, formats: str = "ttl") -> subprocess.CompletedProcess[str]:
    """``srgraph export SOURCES -o OUT --format FORMATS`` in a subprocess."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "graph",
            "export",
            *map(str, sources),
            "-o",
            str(out),
            "--format",
            formats,
        ],
        capture_output=True,
        text=True,
        timeout=CLI_TIMEOUT,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )


def assert_error(
    proc: subprocess.CompletedProcess[str],
    out: Path,
    *,
    code: int,
    names: str,
    contains: str,
    line: int | None = None,
) -> None:
    """One clean error line on stderr, the right exit code, nothing written."""
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    (message,) = lines
    assert message.startswith("srgraph: error: ")
    assert names in message
    if line is not None:
        assert f"{names}:{line}:" in message
    assert contains in message
    assert not out.exists() or not any(out.iterdir()), list(out.iterdir())


# --- committed corpus: errors ----------------------------------------------------------------

ERRORS = [
    # file, message fragment, line (None = no line)
    ("empty.md", "empty document", None),
    ("whitespace-only.md", "empty document", None),
    ("front-matter-only.md", "no recognisable party", None),
    ("front-matter-list.md", "front matter is a list, not a mapping", 1),
    ("front-matter-scalar.md", "front matter is a str, not a mapping", 1),
    ("front-matter-invalid.md", "invalid front matter", 3),
    ("binary.md", "binary file, not a Markdown document", None),
    ("binary-no-nul.md", "no recognisable party", None),
    ("utf16-bom-odd.md", "not valid UTF-16", None),
    ("fuzz-front-matter-bad-date.md", "invalid front matter: day is out of range", 1),
    ("fuzz-front-matter-deep.md", "invalid front matter", 1),
]


@pytest.mark.parametrize(("name", "contains", "line"), ERRORS, ids=[e[0] for e in ERRORS])
def test_bad_file_is_one_clean_error(
    tmp_path: Path, name: str, contains: str, line: int | None
) -> None:
    out = tmp_path / "out"
    proc = run_export(BAD / name, out=out)
    assert_error(proc, out, code=EXIT_INPUT, names=name, contains=contains, line=line)


# --- committed corpus: exported, maybe with a warning -------------------------------------------


def _export_ok(tmp_path: Path, name: str) -> tuple[str, str]:
    out = tmp_path / "out"
    proc = run_export(BAD / name, out=out, formats="nt")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    return (out / f"{Path(name).stem}.nt").read_text(encoding="utf-8"), proc.stderr


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    nt, _ = _export_ok(tmp_path, "utf16-bom.md")
    assert '"Managing user accounts and passwords"' in nt
    assert "café" in nt


def test_latin1_is_decoded_with_a_warning(tmp_path: Path) -> None:
    nt, err = _export_ok(tmp_path, "latin1.md")
    assert "café résumé" in nt
    assert "latin1.md:6: not UTF-8; decoded as Windows-1252" in err


def test_mojibake_is_repaired(tmp_path: Path) -> None:
    nt, _ = _export_ok(tmp_path, "mojibake.md")
    assert "café — résumé" in nt
    assert "Ã" not in nt


def test_broken_html_table_is_read(tmp_path: Path) -> None:
    nt, _ = _export_ok(tmp_path, "html-table-broken.md")
    for duty in (
        "Physical security of data centers",
        "Identity management",
        "Patching the guest operating system",
    ):
        assert f'"{duty}"' in nt
    assert "<b>" not in nt and "<td" not in nt


def test_control_characters_are_dropped(tmp_path: Path) -> None:
    nt, _ = _export_ok(tmp_path, "control-chars.md")
    assert '"Managing user accounts"' in nt
    for ch in ("\x01", "\x07", "\x0b", "\x1b", "\x7f"):
        assert ch not in nt


def test_cr_only_line_ends(tmp_path: Path) -> None:
    nt, _ = _export_ok(tmp_path, "crlf-only-cr.md")
    assert '"Maintaining the physical data centers"' in nt
    assert "startLine" in nt


# --- fuzz seed corpus + fuzzer finds (tests/data/bad/fuzz-*): never a crash -------------------

FUZZ_DIR = Path(__file__).parent / "fuzz"
REPLAY = sorted((FUZZ_DIR / "corpus").iterdir()) + sorted(BAD.glob("fuzz-*"))


@pytest.mark.parametrize("path", REPLAY, ids=[p.name for p in REPLAY])
def test_fuzz_replay_is_not_a_crash(path: Path) -> None:
    """What ``tests/fuzz/fuzz_extract.py --replay`` does, one input per test."""
    from graph.build import build_graph
    from graph.extract import extract_facts

    with contextlib.suppress(SrgraphError):
        build_graph(extract_facts(read_document(path, data=path.read_bytes())))


# --- generated at test time -----------------------------------------------------------------------


def test_document_over_the_size_limit(tmp_path: Path) -> None:
    """A 50 MB page is refused at once (exit 2) instead of running for many minutes."""
    src = tmp_path / "huge.md"
    para = (
        "The customer is responsible for managing the encryption keys of stored data. " * 12
        + "\n\n"
    ).encode()
    with src.open("wb") as fh:
        fh.write(HEAD.encode())
        for _ in range(50 * 2**20 // len(para) + 1):
            fh.write(para)
    assert src.stat().st_size > 50 * 2**20 > MAX_DOCUMENT_BYTES
    out = tmp_path / "out"
    proc = run_export(src, out=out)
    assert_error(proc, out, code=EXIT_INPUT, names="huge.md", contains="MiB limit")


def test_ten_thousand_item_list(tmp_path: Path) -> None:
    """10,000 bullet items: every one a duty (checked in-process; the CLI path is the same)."""
    from graph.extract import extract_facts

    items = "".join(f"* Rotating backup set number {i} for the tenant\n" for i in range(10_000))
    doc = read_document(tmp_path / "list.md", data=(HEAD + items).encode())
    facts = extract_facts(doc)
    duties = facts.of_kind("duty")
    assert len(duties) == 10_000
    assert {d.span.start for d in duties if d.span} == set(range(5, 10_005))


def test_thousand_level_nesting(tmp_path: Path) -> None:
    """1,000 nested list levels / quotes: exported up to the parser's limit, with a warning."""
    tail = "\n## Provider responsibilities\n\n* Maintaining the data centers\n"
    lists = "".join("  " * i + f"* Configuring level {i} firewall rules\n" for i in range(1000))
    quotes = "".join(">" * i + f" level {i}\n" for i in range(1, 1000))
    (tmp_path / "deep-list.md").write_text(HEAD + lists + tail, encoding="utf-8")
    (tmp_path / "deep-quote.md").write_text(
        HEAD + "* Managing keys\n\n" + quotes + tail, encoding="utf-8"
    )
    out = tmp_path / "out"
    proc = run_export(tmp_path, out=out, formats="nt")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "deep-list.md:54: lists or quotes nest deeper than the parser's limit" in proc.stderr
    assert "deep-quote.md:106: lists or quotes nest deeper" in proc.stderr
    nt = (out / "deep-list.nt").read_text(encoding="utf-8")
    assert '"Configuring level 0 firewall rules"' in nt
    assert '"Configuring level 48 firewall rules"' in nt  # 49 list levels = 98 parser levels
    nt = (out / "deep-quote.nt").read_text(encoding="utf-8")
    assert '"Maintaining the data centers"' in nt  # what follows a deep quote is kept


def test_deep_brackets_and_emphasis(tmp_path: Path) -> None:
    text = HEAD + "* Managing " + "[" * 5000 + "keys" + "]" * 5000 + " and " + "*" * 5000 + "\n"
    try:
        extract = __import__("graph.extract", fromlist=["extract_facts"]).extract_facts
        extract(read_document(tmp_path / "b.md", data=text.encode()))
    except SrgraphError:
        pass


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlink_loop_in_input_folder(tmp_path: Path) -> None:
    """Loops are not followed; looping file links fail one by one (exit 5), the rest is written."""
    src = tmp_path / "docs"
    (src / "sub").mkdir(parents=True)
    (src / "good.md").write_bytes((BAD / "utf16-bom.md").read_bytes())
    (src / "sub" / "up").symlink_to("..", target_is_directory=True)
    (src / "a.md").symlink_to("b.md")
    (src / "b.md").symlink_to("a.md")
    (src / "self.md").symlink_to("self.md")
    out = tmp_path / "out"
    proc = run_export(src, out=out)
    assert proc.returncode == EXIT_PARTIAL, proc.stderr
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("srgraph: error:")]
    assert len(errors) == 3
    for name in ("a.md", "b.md", "self.md"):
        assert any(f"{name}: cannot read" in e for e in errors), errors
    assert sorted(p.name for p in out.iterdir()) == ["good.ttl"]


def test_missing_and_directory_sources(tmp_path: Path) -> None:
    out = tmp_path / "out"
    proc = run_export(tmp_path / "nope.md", out=out)
    assert_error(proc, out, code=EXIT_INPUT, names="nope.md", contains="no such file")
    (tmp_path / "empty-dir").mkdir()
    proc = run_export(tmp_path / "empty-dir", out=out)
    assert_error(proc, out, code=EXIT_INPUT, names="empty-dir", contains="no Markdown")


# --- special files: only regular files are read (a FIFO never hangs, /dev/zero is refused) ------

GOOD = HEAD + "- Managing user access.\n"
SAFETY = 60  # seconds: a safety net for a hang, not a time assertion


def _limits() -> None:
    """In the child: at most 2 GB of memory (so reading /dev/zero fails instead of swapping)."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """``srgraph ARGS`` in a subprocess (its own process group, stdin closed). A hang is killed
    with its whole group (workers included) after SAFETY seconds and fails the test."""
    argv = [sys.executable, "-m", "graph", *map(str, args)]
    proc = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
        start_new_session=True,
        preexec_fn=_limits,  # the child runs no thread before exec
    )
    try:
        out, err = proc.communicate(timeout=SAFETY)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"hung for {SAFETY} s: {' '.join(argv[2:])}")
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def one_error(proc: subprocess.CompletedProcess[str], *, code: int = EXIT_INPUT) -> str:
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("srgraph: error:")]
    assert len(errors) == 1, proc.stderr
    return errors[0]


needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")


@needs_fifo
def test_fifo_in_a_folder_does_not_hang(tmp_path: Path) -> None:
    src = tmp_path / "docs"
    src.mkdir()
    (src / "good.md").write_text(GOOD, encoding="utf-8")
    os.mkfifo(src / "x.md")
    out = tmp_path / "out"
    proc = run_cli("export", src, "-o", out, "--format", "ttl")
    error = one_error(proc, code=EXIT_PARTIAL)
    assert "x.md: is a named pipe (FIFO), not a regular file" in error
    assert sorted(p.name for p in out.iterdir()) == ["good.ttl"]


@needs_fifo
def test_fifo_argument_is_one_error(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "x.md")
    out = tmp_path / "out"
    proc = run_cli("export", tmp_path / "x.md", "-o", out, "--format", "ttl")
    assert_error(proc, out, code=EXIT_INPUT, names="x.md", contains="named pipe (FIFO)")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_symlink_to_dev_zero_is_refused_before_reading(tmp_path: Path) -> None:
    (tmp_path / "zero.md").symlink_to("/dev/zero")
    out = tmp_path / "out"
    proc = run_cli("export", tmp_path / "zero.md", "-o", out, "--format", "ttl")
    assert_error(proc, out, code=EXIT_INPUT, names="zero.md", contains="character device")


@needs_fifo
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_special_files_for_query_validate_and_stats(tmp_path: Path, kind: str) -> None:
    """``query --file`` / ``--graph``, ``validate`` and ``stats`` read regular files only."""

    def special(name: str) -> Path:
        path = tmp_path / name
        if kind == "fifo":
            os.mkfifo(path)
        else:
            path.symlink_to("/dev/zero")
        return path

    good = tmp_path / "good.ttl"
    good.write_text("<http://e/a> <http://e/b> <http://e/c> .\n", encoding="utf-8")
    contains = "named pipe (FIFO)" if kind == "fifo" else "character device"
    rq = special("q.rq")
    error = one_error(run_cli("query", "--file", rq, "--graph", good))
    assert "q.rq" in error and contains in error
    ttl = special("g.ttl")
    for args in (
        ("query", "duties", "--graph", ttl),
        ("validate", ttl),
        ("stats", ttl),
        ("load", ttl, "--store", tmp_path / "db"),
    ):
        error = one_error(run_cli(*args))
        assert "g.ttl" in error and contains in error, args
    assert not (tmp_path / "db").exists()


@needs_fifo
def test_include_of_a_fifo_is_a_warning(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "part.md")
    (tmp_path / "doc.md").write_text(GOOD + "\n[!INCLUDE [part](part.md)]\n", encoding="utf-8")
    out = tmp_path / "out"
    proc = run_cli("export", tmp_path / "doc.md", "-o", out, "--format", "ttl")
    assert proc.returncode == 0, proc.stderr
    assert "include part.md not read: is a named pipe (FIFO)" in proc.stderr
