"""Export: committed golden files, byte-identical re-runs, atomic writes, batches."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph import export
from graph.errors import EXIT_PARTIAL, InputError

ROOT = Path(__file__).parent.parent
GOLDEN = ROOT / "output"
DATA = Path(__file__).parent / "data"
STEM = "adobe-managed-services"


def _run_export(out: Path, seed: str, *args: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run(
        [sys.executable, "-m", "graph", "export", "-q", "-o", str(out), *args],
        check=True,
        env=env,
        cwd=ROOT,
    )


def test_committed_outputs_are_reproduced_byte_for_byte(tmp_path: Path) -> None:
    _run_export(tmp_path, "0")
    for ext in ("ttl", "svg", "png"):
        produced = (tmp_path / f"{STEM}.{ext}").read_bytes()
        committed = (GOLDEN / f"{STEM}.{ext}").read_bytes()
        assert produced == committed, f"output/{STEM}.{ext} is stale: run 'srgraph export'"


def test_bytes_do_not_depend_on_hash_seed(tmp_path: Path) -> None:
    formats = "ttl,nt,nq,trig,jsonld,rdfxml,svg"
    _run_export(tmp_path / "a", "1", "--format", formats)
    _run_export(tmp_path / "b", "4242", "--format", formats)
    names = sorted(p.name for p in (tmp_path / "a").iterdir())
    assert len(names) == 7
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_format_selection(tmp_path: Path) -> None:
    result = export(output_dir=tmp_path, formats=["nt"])
    assert [p.name for p in result.written] == [f"{STEM}.nt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{STEM}.nt"]
    with pytest.raises(InputError, match="unknown format"):
        export(output_dir=tmp_path, formats=["docx"])


def test_folder_exports_each_document(tmp_path: Path) -> None:
    src = tmp_path / "corpus"
    (src / "nested").mkdir(parents=True)
    docs = sorted(DATA.glob("*.md"))
    for doc in docs[:-1]:
        (src / doc.name).write_bytes(doc.read_bytes())
    (src / "nested" / docs[-1].name).write_bytes(docs[-1].read_bytes())  # folders are walked
    out = tmp_path / "out"
    result = export([src], output_dir=out, formats=["ttl"], merged="all", jobs=2)
    assert result.exit_code == 0 and not result.failed
    assert result.documents == len(docs)
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [f"{p.stem}.ttl" for p in docs] + ["all.nq", "all.trig"]
    )


@pytest.mark.parametrize(
    ("formats", "written"),
    [(["nq"], ["all.nq"]), (["nt", "trig"], ["*.nt", "all.trig"]), (["ttl"], ["*.ttl", "all.*"])],
)
def test_merged_export_writes_only_what_is_asked(
    tmp_path: Path, formats: list[str], written: list[str]
) -> None:
    """nq and trig name the merged dataset's formats: they are not written per document too;
    the TriG is pyoxigraph's, streamed from the N-Quads (the same quads)."""
    import pyoxigraph as ox

    docs = sorted(DATA.glob("*.md"))
    out = tmp_path / "out"
    result = export(docs, output_dir=out, formats=formats, merged="all", jobs=1)
    expected = set()
    for pattern in written:
        names = [f"all.{e}" for e in ("nq", "trig")] if pattern == "all.*" else [pattern]
        expected |= {n.replace("*", p.stem) for n in names for p in docs}
    assert {p.name for p in out.iterdir()} == expected
    assert sorted(p.name for p in result.written) == sorted(expected)
    if (out / "all.trig").exists() and (out / "all.nq").exists():
        nq = set(ox.parse(path=str(out / "all.nq"), format=ox.RdfFormat.N_QUADS))
        assert set(ox.parse(path=str(out / "all.trig"), format=ox.RdfFormat.TRIG)) == nq


def test_merged_dataset_has_one_graph_per_document_and_vocabulary_once(tmp_path: Path) -> None:
    from rdflib import Dataset, URIRef

    out = tmp_path / "out"
    export(sorted(DATA.glob("*.md")), output_dir=out, formats=["ttl"], merged="all", jobs=1)
    ds = Dataset()
    ds.parse(out / "all.nq", format="nquads")
    names = sorted(str(g.identifier) for g in ds.graphs() if len(g))
    stems = sorted(p.stem for p in DATA.glob("*.md"))
    assert names == sorted(
        [f"https://w3id.org/srgraph/id/{s}" for s in stems] + ["https://w3id.org/srgraph/vocab"]
    )
    vocab = ds.graph(URIRef("https://w3id.org/srgraph/vocab"))
    aws = URIRef("https://w3id.org/srgraph/vocab/org/aws")
    assert len(list(vocab.triples((aws, None, None)))) >= 2
    for g in ds.graphs():
        if str(g.identifier) != str(vocab.identifier):
            assert not list(g.triples((aws, None, None)))  # its labels live in one place only
    trig = Dataset()
    trig.parse(out / "all.trig", format="trig")
    assert len(trig) == len(ds)


def test_bad_document_in_a_batch_is_skipped(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.md").write_bytes((DATA / f"{STEM}.md").read_bytes())
    (src / "empty.md").write_bytes(b"")
    out = tmp_path / "out"
    result = export([src], output_dir=out, formats=["ttl"])
    assert result.exit_code == EXIT_PARTIAL
    assert len(result.failed) == 1 and "empty.md" in result.failed[0]
    assert [p.name for p in out.iterdir()] == ["good.ttl"]


def test_failed_document_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("---\n- not a mapping\n---\n# AWS responsibilities\n\n- Patching\n")
    out = tmp_path / "out"
    with pytest.raises(InputError):
        export([bad], output_dir=out)
    assert not out.exists() or not list(out.iterdir())


def test_existing_file_survives_a_failed_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph import serialize

    target = tmp_path / "x.ttl"
    target.write_bytes(b"old")

    def chunks() -> Iterator[bytes]:
        yield b"new, half"
        raise OSError("disk full")

    with pytest.raises(OSError):
        serialize.write_atomic(target, chunks())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"]


# --- issue 12, group 4: any worker failure is a per-document error -------------------------------

ROWSPAN_DOC = (
    "# AWS and customer responsibilities\n\n"
    "<table><tr><th>Task</th><th>AWS</th><th>Customer</th></tr>\n"
    '<tr><td rowspan="\u00b2">Patching the guest OS</td><td></td><td>X</td></tr>\n'
    '<tr><td colspan="\u0663">Physical security</td><td>X</td><td></td></tr></table>\n'
)
"""Spans written with a superscript two and an Arabic-Indic three: digits to str.isdigit, not
to int()."""


def _batch(src: Path, bad: str) -> None:
    src.mkdir()
    (src / "a-good.md").write_bytes((DATA / f"{STEM}.md").read_bytes())
    (src / "b-bad.md").write_text(bad, encoding="utf-8")
    (src / "c-good.md").write_bytes((DATA / "aucloud-shared-service-model.md").read_bytes())


def test_unicode_digit_spans_are_read_as_one(tmp_path: Path) -> None:
    src = tmp_path / "src"
    _batch(src, ROWSPAN_DOC)
    out = tmp_path / "out"
    result = export([src], output_dir=out, formats=["ttl"], jobs=2, keep_going=True)
    assert not result.failed, result.failed
    assert sorted(p.name for p in out.iterdir()) == ["a-good.ttl", "b-bad.ttl", "c-good.ttl"]


_FORK = pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork",
    reason="the injected fault reaches the workers through fork",
)


@_FORK
@pytest.mark.parametrize("fault", ["raise", "exit", "kill"])
@pytest.mark.parametrize("jobs", [1, 2])
def test_any_worker_failure_is_a_per_document_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str, jobs: int
) -> None:
    """An unexpected exception, or a worker process that dies, fails that document only."""
    import signal

    from graph import exporter

    if jobs == 1 and fault != "raise":
        pytest.skip("no worker process to lose with one job")
    original = exporter.render_document

    def flaky(path, **kwargs):  # type: ignore[no-untyped-def]
        if Path(path).name == "b-bad.md":
            if fault == "raise":
                raise ValueError("boom from a bug")
            if fault == "exit":
                os._exit(3)
            os.kill(os.getpid(), signal.SIGKILL)
        return original(path, **kwargs)

    monkeypatch.setattr(exporter, "render_document", flaky)
    src = tmp_path / "src"
    _batch(src, "# AWS responsibilities\n\n- Patching\n")
    out = tmp_path / "out"
    result = export([src], output_dir=out, formats=["ttl"], jobs=jobs, merged="all")
    assert result.exit_code == EXIT_PARTIAL
    assert len(result.failed) == 1, result.failed
    assert "b-bad.md" in result.failed[0] and "\n" not in result.failed[0]
    assert sorted(p.name for p in out.iterdir()) == [
        "a-good.ttl",
        "all.nq",
        "all.trig",
        "c-good.ttl",
    ]
    with pytest.raises(InputError, match=r"b-bad\.md"):  # and without --keep-going: one error
        export([src], output_dir=tmp_path / "strict", formats=["ttl"], jobs=jobs, keep_going=False)


# --- issue 12, group 9: a full disk or a read-only folder is one line, nothing half-written -------


def _reference(tmp_path: Path) -> tuple[list[Path], dict[str, bytes]]:
    docs = sorted(DATA.glob("*.md"))
    ref = tmp_path / "reference"
    export(docs, output_dir=ref, formats=["ttl", "nt"], merged="all", jobs=1, validate=False)
    return docs, {p.name: p.read_bytes() for p in ref.iterdir()}


def _only_whole_files(out: Path, reference: dict[str, bytes]) -> None:
    for path in out.iterdir() if out.exists() else []:
        assert not path.name.endswith(".tmp"), f"temp file left: {path.name}"
        assert path.read_bytes() == reference[path.name], f"{path.name} is half-written"


@pytest.mark.parametrize("at", [1, 4, 9])
def test_full_disk_is_one_input_error_and_leaves_only_whole_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, at: int
) -> None:
    """ENOSPC injected at the N-th fsync (where a full disk reports it at the latest)."""
    import errno

    docs, reference = _reference(tmp_path)
    calls: list[int] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) >= at:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    out = tmp_path / "out"
    with pytest.raises(InputError) as info:
        export(docs, output_dir=out, formats=["ttl", "nt"], merged="all", jobs=1, validate=False)
    monkeypatch.undo()
    message = info.value.one_line()
    assert "No space left on device" in message and str(out) in message and "\n" not in message
    _only_whole_files(out, reference)


def test_read_only_output_folder_is_one_input_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder check happens before any work (a real chmod when not root; root may write
    anywhere, so there a permission error is injected into the temp file creation too)."""
    import errno
    import tempfile

    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    try:
        if os.geteuid() != 0:
            with pytest.raises(InputError, match="not writable"):
                export(output_dir=out, formats=["ttl"])

        def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

        monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
        monkeypatch.setattr(os, "access", lambda *args, **kwargs: True)
        for merged in (None, "all"):
            with pytest.raises(InputError, match="Permission denied") as info:
                export(output_dir=out, formats=["ttl"], merged=merged)
            assert str(out) in info.value.one_line()
    finally:
        out.chmod(0o755)
    assert list(out.iterdir()) == []
