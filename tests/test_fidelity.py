"""Measured extraction fidelity: precision and recall against hand-made expected facts.

tests/data/expected/<stem>.tsv were written from a human reading of each corpus document (see the
header of each file for the conventions). Run ``pytest tests/test_fidelity.py -s`` (or ``-rA``) to
see the per-relation table, the missed expected facts and the unexpected predictions.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import score_real
from rdflib import Graph

from graph import build_graph, extract_facts, fidelity, read_document
from graph.errors import InputError
from graph.fidelity import (
    ExpectedRow,
    PredictedFact,
    RelationScore,
    agreement,
    read_expected,
    score_document,
)

DATA = Path(__file__).parent / "data"
EXPECTED = DATA / "expected"
THRESHOLD = 0.9

# Documents the extractor does not yet reach THRESHOLD on (strict: remove once they pass).
BELOW_THRESHOLD: dict[str, str] = {}
"""stem -> reason with the measured P/R; every other corpus document reaches THRESHOLD."""

DOCUMENTS = sorted(p.stem for p in EXPECTED.glob("*.tsv"))


def _case(stem: str) -> object:
    reason = BELOW_THRESHOLD.get(stem)
    if reason is None:
        return stem
    return pytest.param(stem, marks=pytest.mark.xfail(strict=True, reason=reason))


def _graph(stem: str) -> Graph:
    return build_graph(extract_facts(read_document(DATA / f"{stem}.md")))


def test_every_corpus_document_has_expected_facts() -> None:
    assert sorted(p.stem for p in DATA.glob("*.md")) == DOCUMENTS


@pytest.mark.parametrize("stem", [_case(s) for s in DOCUMENTS])
def test_fidelity(stem: str) -> None:
    rows = read_expected(EXPECTED / f"{stem}.tsv")
    report = score_document(_graph(stem), rows, document=f"{stem}.md")
    print()
    print(report.table(misses=15))
    assert report.total.expected == len(rows)
    assert report.recall >= THRESHOLD, f"recall {report.recall:.2f} < {THRESHOLD}"
    assert report.precision >= THRESHOLD, f"precision {report.precision:.2f} < {THRESHOLD}"


# --- the scorer itself --------------------------------------------------------------------------


def _fact(party: str, relation: str, label: str, *texts: str) -> PredictedFact:
    return PredictedFact(
        party=party,
        relation=relation,
        label=label,
        names=(party,),
        texts=tuple(t.lower() for t in (label, *texts)),
        subject=f"s:{party}",
        object=f"o:{label}",
    )


def test_scorer_counts_each_expected_row_once_and_pairs_optimally() -> None:
    from graph import fidelity

    facts = [
        _fact("customer", "responsibleFor", "Timely support of debugging and issue isolation"),
        _fact("customer", "responsibleFor", "Debugging and issue isolation"),
    ]
    rows = [
        ExpectedRow("customer", "responsibleFor", "debugging and issue isolation"),
        ExpectedRow("customer", "responsibleFor", "timely support"),
        ExpectedRow("customer", "responsibleFor", "debugging"),
    ]
    pairing = fidelity._match(rows, facts)
    assert sorted(pairing) == [0, 1] or sorted(pairing) == [1, 2]
    assert len(pairing) == 2
    assert len(set(pairing.values())) == 2


def test_scorer_on_a_graph(tmp_path: Path) -> None:
    doc = tmp_path / "tiny.md"
    doc.write_text(
        "# Tiny\n\n## Customer responsibilities\n\nThe customer is responsible for the "
        "following:\n\n- Rotating credentials\n- Patching the operating system\n",
        encoding="utf-8",
    )
    graph = build_graph(extract_facts(read_document(doc)))
    expected = tmp_path / "tiny.tsv"
    expected.write_text(
        "# comment\nparty\trelation\ttext\n"
        "customer\tresponsibleFor\trotating credentials\n"
        "customer\tresponsibleFor\toperating system\n"
        "customer\taccountableFor\tbackups\n",
        encoding="utf-8",
    )
    report = score_document(graph, read_expected(expected), document="tiny.md")
    responsible = next(s for s in report.scores if s.relation == "responsibleFor")
    assert (responsible.expected, responsible.matched) == (2, 2)
    assert responsible.recall == 1.0
    assert report.total.expected == 3
    assert [r.text for r in report.missed] == ["backups"]
    assert report.recall == pytest.approx(2 / 3)
    assert "responsibleFor" in report.table()
    data = report.to_dict()
    assert data["total"]["matched"] == 2


def test_read_expected_rejects_unknown_relations(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("customer\townsAll\tdata\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown relation"):
        read_expected(bad)


STYLES = Path(__file__).parent / "data" / "styles"


@pytest.mark.parametrize("doc", sorted(STYLES.glob("*.md")), ids=lambda p: p.stem)
def test_fidelity_on_other_input_styles(doc: Path) -> None:
    """Synthetic pages in shapes the corpus lacks (text cells, owner tables, joint parties,
    'we', 'What X manages', unknown vendors): the same 0.9 bar."""
    rows = read_expected(doc.with_suffix(".tsv"))
    graph = build_graph(extract_facts(read_document(doc)))
    report = score_document(graph, rows, document=doc.name)
    print()
    print(report.table(misses=15))
    assert report.recall >= THRESHOLD, f"recall {report.recall:.2f} < {THRESHOLD}"
    assert report.precision >= THRESHOLD, f"precision {report.precision:.2f} < {THRESHOLD}"


# --- the development corpus of real pages -------------------------------------------------------

REAL = DATA / "real"
REAL_DOCS = score_real.documents([])
PRECISION_TARGET = 0.9
RECALL_TARGET = 0.85


def _floors() -> dict[str, tuple[float, float]]:
    """stem -> (precision, recall) floors, set just under what each page measures
    (tests/score_real.py --floors writes them)."""
    floors: dict[str, tuple[float, float]] = {}
    for line in (REAL / "floors.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if line.startswith("#") or cells[0] == "stem" or len(cells) != 3:
            continue
        floors[cells[0]] = (float(cells[1]), float(cells[2]))
    return floors


FLOORS = _floors()


def real_report(doc: Path) -> fidelity.FidelityReport:
    """Responsibilities (R, A, C, I) of one real page against its expected facts (the same
    scoring tests/score_real.py prints; a page with no party found scores as an empty graph)."""
    return score_real.report(doc)


def _sources() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in (DATA / "SOURCES.txt").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 4 and cells[0].startswith("real/"):
            rows[cells[0][len("real/") :]] = cells
    return rows


def test_the_real_corpus_is_large_and_varied() -> None:
    """At least 25 real pages from at least 12 vendors, each with its source and licence."""
    sources = _sources()
    assert len(REAL_DOCS) >= 25, len(REAL_DOCS)
    missing = [p.name for p in REAL_DOCS if p.name not in sources]
    assert not missing, f"no SOURCES.txt row for {missing}"
    vendors = {sources[p.name][1] for p in REAL_DOCS}
    assert len(vendors) >= 12, vendors
    licences = {sources[p.name][3].split()[0] for p in REAL_DOCS}
    allowed = {
        "MIT",
        "Apache-2.0",
        "BSD-3-Clause",
        "CC-BY-4.0",
        "CC-BY-SA-4.0",
        "CC-BY-SA-3.0",
        "CC0-1.0",
    }
    assert licences <= allowed | {"OGL-UK-3.0"}, licences


@pytest.mark.parametrize("doc", REAL_DOCS, ids=lambda p: p.stem)
def test_fidelity_on_real_pages(doc: Path) -> None:
    """Each real page keeps at least the precision and recall it measured (its floor)."""
    report = real_report(doc)
    print()
    print(report.table(misses=20))
    floor_p, floor_r = FLOORS[doc.stem]
    assert report.precision >= floor_p, f"precision {report.precision:.2f} < {floor_p}"
    assert report.recall >= floor_r, f"recall {report.recall:.2f} < {floor_r}"


def _target_case(doc: Path) -> object:
    floor_p, floor_r = FLOORS.get(doc.stem, (1.0, 1.0))
    if floor_p + 0.02 >= PRECISION_TARGET and floor_r + 0.02 >= RECALL_TARGET:
        return doc
    reason = f"below target: measured about P {floor_p + 0.02:.2f} / R {floor_r + 0.02:.2f}"
    return pytest.param(doc, marks=pytest.mark.xfail(strict=True, reason=reason))


@pytest.mark.parametrize("doc", [_target_case(d) for d in REAL_DOCS], ids=lambda p: p.stem)
def test_real_pages_reach_the_target(doc: Path) -> None:
    """The goal: precision >= 0.9 and recall >= 0.85 on every page. Pages not there yet are
    strict expected failures, so one that gets there fails until its mark is removed."""
    report = real_report(doc)
    assert report.precision >= PRECISION_TARGET and report.recall >= RECALL_TARGET


def test_every_real_page_has_a_floor() -> None:
    assert sorted(k for k in FLOORS if k != "ALL") == sorted(p.stem for p in REAL_DOCS)


def test_corpus_micro_average() -> None:
    """Counted over every fact of every real page (micro-averaged), not averaged per page."""
    reports = [real_report(doc) for doc in REAL_DOCS]
    total = fidelity.corpus_total(reports)
    print(
        f"\nreal corpus: {len(reports)} pages, {total.expected} expected, {total.predicted} "
        f"predicted, precision {total.precision:.3f}, recall {total.recall:.3f}"
    )
    assert total.expected == sum(r.total.expected for r in reports)
    assert total.matched == sum(r.total.matched for r in reports)
    floor_p, floor_r = FLOORS["ALL"]
    assert total.precision >= floor_p and total.recall >= floor_r


def test_agreement_counts_a_second_reading_as_a_graph_is_counted() -> None:
    """A reading agrees with itself wholly; a second reader's row matches a first reader's row
    when a party name is shared and a fragment of the first is in the second's label or
    fragments; rows pair one to one."""
    first = [
        ExpectedRow("acme|we", "responsibleFor", "patch the hosts|host patching"),
        ExpectedRow("customer|you", "responsibleFor", "rotate keys"),
        ExpectedRow("customer|you", "responsibleFor", "back up data"),
    ]
    assert agreement(first, first) == RelationScore("all", 3, 3, 3)
    second = [
        ExpectedRow("acme|acme-inc", "responsibleFor", "hosts", label="Patch the hosts weekly"),
        ExpectedRow("you|user", "responsibleFor", "rotate keys|key rotation", label="Rotate keys"),
        ExpectedRow("you", "responsibleFor", "rotate keys", label="Rotate keys yearly"),
        ExpectedRow("acme", "responsibleFor", "back up data", label="Back up data"),
    ]
    score = agreement(first, second)
    assert (score.expected, score.predicted, score.matched) == (3, 4, 2)
    assert agreement(first, []).recall == 0.0


def test_every_second_reading_has_its_first_reading_and_page() -> None:
    """tests/data/real/second/ holds second readings of real pages only, each with a label."""
    readings = sorted((REAL / "second").glob("*.tsv"))
    assert len(readings) >= 6
    for reading in readings:
        assert (REAL / reading.name).is_file(), reading.name
        rows = read_expected(reading)
        assert rows and all(row.label for row in rows), reading.name
