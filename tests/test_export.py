"""Export: committed golden files, byte-identical re-runs, atomic writes, batches."""

from __future__ import annotations

import os
import subprocess
import sys
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

    def chunks():  # type: ignore[no-untyped-def]
        yield b"new, half"
        raise OSError("disk full")

    with pytest.raises(OSError):
        serialize.write_atomic(target, chunks())
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"]
