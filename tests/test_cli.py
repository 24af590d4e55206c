"""The CLI as a user meets it: help, exit codes, one-line errors, nothing half-written."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.cli import main

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
FIXTURE = DATA / "fixture-model.ttl"
COMMANDS = ["export", "validate", "query", "load", "push", "stats", "diff"]


def srgraph(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """The CLI run in this process (``main(argv)``: fast, no interpreter start), in ``cwd`` with
    ``env`` added, its output captured as a subprocess run would give it."""
    out, err = io.StringIO(), io.StringIO()
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    os.environ.update(env or {})
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: --help, --version, a usage error
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def srgraph_process(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI as a real process (``python -m graph``), for what only a process shows."""
    return subprocess.run(
        [sys.executable, "-m", "graph", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = srgraph(command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: srgraph " + command)


def test_top_level_help_lists_commands_and_exit_codes() -> None:
    result = srgraph("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout
    assert "Exit codes" in result.stdout


def _assert_one_line_error(
    result: subprocess.CompletedProcess[str], code: int, *parts: str
) -> None:
    assert result.returncode == code, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("srgraph: error: ")
    assert "Traceback" not in result.stderr
    for part in parts:
        assert part in lines[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty document"),
        (b"\x00\x01binary\x00", "binary file"),
        (b"---\ntitle: [oops\n---\n# AWS responsibilities\n", "invalid front matter"),
        (b"---\n- a\n---\n# X\n", "not a mapping"),
        (b"# Notes\n\nNothing here.\n", "no recognisable party"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, content: bytes, message: str
) -> None:
    source = tmp_path / "doc.md"
    source.write_bytes(content)
    out = tmp_path / "out"
    result = srgraph("export", str(source), "-o", str(out))
    _assert_one_line_error(result, 2, str(source), message)
    assert not out.exists() or not any(out.iterdir())


def test_front_matter_error_names_the_line(tmp_path: Path) -> None:
    source = tmp_path / "doc.md"
    source.write_text("---\ntitle: ok\nbad: [unclosed\n---\n# AWS responsibilities\n")
    result = srgraph("export", str(source), "-o", str(tmp_path / "out"))
    _assert_one_line_error(result, 2, f"{source}:")


def test_missing_file_and_empty_folder(tmp_path: Path) -> None:
    _assert_one_line_error(srgraph("export", str(tmp_path / "nope.md")), 2, "nope.md")
    empty = tmp_path / "empty"
    empty.mkdir()
    _assert_one_line_error(srgraph("export", str(empty)), 2, "no Markdown documents")


def test_unknown_format_is_an_input_error(tmp_path: Path) -> None:
    _assert_one_line_error(srgraph("export", "--format", "docx", "-o", str(tmp_path)), 2, "docx")


def test_export_writes_the_bundled_document_from_any_folder(tmp_path: Path) -> None:
    result = srgraph("export", "--format", "ttl,nt,jsonld", "-o", str(tmp_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [
        "adobe-managed-services.jsonld",
        "adobe-managed-services.nt",
        "adobe-managed-services.ttl",
    ]
    assert result.stdout.split() == [str(tmp_path / n) for n in sorted(names)]


def test_batch_keep_going_and_strict(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a-good.md").write_bytes((DATA / "aucloud-shared-service-model.md").read_bytes())
    (src / "b-empty.md").write_bytes(b"")
    (src / "c-good.md").write_bytes((DATA / "adobe-managed-services.md").read_bytes())
    out = tmp_path / "out"
    going = srgraph("export", str(src), "-o", str(out), "--format", "ttl", "-q")
    assert going.returncode == 5
    assert "b-empty.md" in going.stderr and "Traceback" not in going.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a-good.ttl", "c-good.ttl"]
    strict_out = tmp_path / "strict"
    strict = srgraph(
        "export", str(src), "-o", str(strict_out), "--format", "ttl", "--strict", "-j", "1"
    )
    _assert_one_line_error(strict, 2, "b-empty.md", "empty document")
    assert sorted(p.name for p in strict_out.iterdir()) == ["a-good.ttl"]
    # a list of files is a batch as a folder is: the good ones are written, exit 5
    files = sorted(str(p) for p in src.iterdir())
    listed_out = tmp_path / "listed"
    listed = srgraph("export", *files, "-o", str(listed_out), "--format", "ttl", "-q")
    assert listed.returncode == 5 and "b-empty.md" in listed.stderr
    assert sorted(p.name for p in listed_out.iterdir()) == ["a-good.ttl", "c-good.ttl"]
    # many files: a one-line summary, not a line per file (--verbose lists them)
    summary = srgraph("export", *files, "-o", str(tmp_path / "summary"), "--format", "ttl,nt")
    assert summary.stdout.count("\n") == 1 and "4 files of 2 documents written to" in summary.stdout
    assert "; 1 failed" in summary.stdout
    verbose = srgraph("export", *files, "-o", str(tmp_path / "verbose"), "--format", "ttl,nt", "-v")
    assert verbose.stdout.count("\n") == 4


def test_validate_command(tmp_path: Path) -> None:
    ok = srgraph("validate", "output/adobe-managed-services.ttl")
    assert ok.returncode == 0 and "conforms" in ok.stdout
    from rdflib import Graph, URIRef

    from graph.namespaces import PROV

    graph = Graph().parse(ROOT / "output" / "adobe-managed-services.ttl")
    duty = URIRef("https://w3id.org/srgraph/id/adobe-managed-services/duty/server-level-patching")
    other = URIRef(
        "https://w3id.org/srgraph/id/adobe-managed-services/duty/apply-security-updates-to-the-core-application"
    )
    for node in (duty, other):  # the SHACL shapes must name both duties
        graph.remove((node, PROV.wasDerivedFrom, None))
    broken = tmp_path / "broken.ttl"
    graph.serialize(broken, format="turtle")
    result = srgraph("validate", str(broken))
    assert result.returncode == 4 and result.stderr == ""
    assert "does not conform: 2 violation(s)" in result.stdout  # every one, as pySHACL
    assert (
        "server-level-patching" in result.stdout
        and "apply-security-updates-to-the-core-application" in result.stdout
    )
    as_json = srgraph("validate", str(broken), "--output", "json")
    assert as_json.returncode == 4
    focus = sorted(v["focus"].rsplit("/", 1)[-1] for v in json.loads(as_json.stdout))
    assert focus == ["apply-security-updates-to-the-core-application", "server-level-patching"]


def test_python_dash_m_and_console_script_agree() -> None:
    module = srgraph_process("--version")
    assert module.returncode == 0 and module.stdout.startswith("srgraph ")
    script = Path(sys.executable).with_name("srgraph")
    if script.exists():
        direct = subprocess.run(
            [str(script), "--version"], capture_output=True, text=True, check=False
        )
        assert direct.stdout == module.stdout


def test_interrupt_exits_130_without_traceback(tmp_path: Path) -> None:
    import signal
    import time

    src = tmp_path / "src"
    src.mkdir()
    doc = (DATA / "adobe-shared-responsibility.md").read_bytes()
    for i in range(40):
        (src / f"doc{i:02d}.md").write_bytes(doc)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "graph",
            "export",
            str(src),
            "-o",
            str(tmp_path / "out"),
            "-j",
            "1",
            "-q",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out = tmp_path / "out"
    for _ in range(6000):  # Ctrl-C once the export is under way: its first document written
        if proc.poll() is not None or (out.is_dir() and any(out.glob("*.ttl"))):
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    if out.exists():
        assert not [p for p in out.iterdir() if p.name.startswith(".")], "temp file left behind"


def test_export_counts_what_was_not_understood_and_stats_lists_it(tmp_path: Path) -> None:
    """One warning line with the count on export; the lines themselves from stats."""
    source = tmp_path / "page.md"
    source.write_text(
        "# Shared responsibility\n\n## Customer responsibilities\n\n- Rotate access keys\n\n"
        "Responsibility for the hardware lies somewhere between the parties.\n",
        encoding="utf-8",
    )
    result = srgraph("export", str(source), "-o", str(tmp_path / "out"), "--format", "ttl")
    assert result.returncode == 0, result.stderr
    counted = [line for line in result.stderr.splitlines() if "gave no fact" in line]
    assert counted == [
        f"warning: {source}: 1 line reads like a responsibility but gave no fact "
        f"('srgraph stats {source}' lists them)"
    ]
    stats = srgraph("stats", str(source))
    assert stats.returncode == 0, stats.stderr
    assert f"{source}:7: reads like a responsibility but gave no fact" in stats.stdout
    assert "somewhere between" in stats.stdout


def test_stats_reads_a_saved_web_page() -> None:
    page = DATA / "html" / "azure-shared-responsibility.html"
    result = srgraph("stats", str(page), "--json")
    assert result.returncode == 0, result.stderr
    assert '"kind": "html"' in result.stdout
    assert '"label": "Microsoft"' in result.stdout


# --- issue 12, group 4: one bad cell never kills a batch ------------------------------------------

_FAULTY_EXPORT = """
import sys
from pathlib import Path
from graph import exporter
from graph.cli import main

original = exporter.render_document

def faulty(path, **kwargs):
    if Path(path).name.startswith("b-"):
        raise ValueError("invalid literal for int() with base 10: '\\u00b2'")
    return original(path, **kwargs)

exporter.render_document = faulty
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.skipif(
    __import__("multiprocessing").get_start_method() != "fork",
    reason="the injected fault reaches the workers through fork",
)
def test_unexpected_worker_error_is_one_line_per_document(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("a-good.md", "b-bad.md", "c-good.md"):
        (src / name).write_bytes((DATA / "adobe-managed-services.md").read_bytes())

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", _FAULTY_EXPORT, "export", str(src), *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )

    going = run("-o", str(tmp_path / "out"), "--format", "ttl", "--jobs", "2", "-q")
    assert going.returncode == 5, going.stderr
    assert "Traceback" not in going.stderr
    errors = [line for line in going.stderr.splitlines() if line.startswith("srgraph: error:")]
    assert len(errors) == 1 and "b-bad.md" in errors[0], going.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a-good.ttl", "c-good.ttl"]
    strict = run("-o", str(tmp_path / "strict"), "--format", "ttl", "--jobs", "2", "--strict")
    _assert_one_line_error(strict, 2, "b-bad.md")


def test_unicode_digit_rowspan_in_a_parallel_batch(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.md").write_bytes((DATA / "adobe-managed-services.md").read_bytes())
    (src / "b.md").write_text(
        "# AWS and customer responsibilities\n\n<table><tr><th>Task</th><th>AWS</th>"
        '<th>Customer</th></tr><tr><td rowspan="\u00b2">Patching</td><td></td><td>X</td></tr>'
        "</table>\n",
        encoding="utf-8",
    )
    result = srgraph("export", str(src), "-o", str(tmp_path / "out"), "--jobs", "2", "-q")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


# --- issue 12, group 9: one line where the README promises one line ------------------------------


def test_output_option_naming_a_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_bytes(b"keep me")
    result = srgraph("export", "-o", str(target), "--format", "ttl")
    _assert_one_line_error(result, 2, str(target), "not a folder")
    assert target.read_bytes() == b"keep me"
    below = srgraph("export", "-o", str(target / "sub"), "--format", "ttl")
    _assert_one_line_error(below, 2, str(target), "not a folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize("name", ["m" * 300, "é" * 130, "a\x1b[2Jb"])
def test_bad_merged_name_writes_nothing(tmp_path: Path, name: str) -> None:
    out = tmp_path / "out"
    result = srgraph("export", "-o", str(out), "--format", "ttl", "--merged", name)
    _assert_one_line_error(result, 2, "merged dataset name")
    assert "\x1b" not in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_merged_name_equal_to_a_document_stem_is_refused_before_writing(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("all.md", "other.md"):
        (src / name).write_bytes((DATA / "adobe-managed-services.md").read_bytes())
    out = tmp_path / "out"
    out.mkdir()
    (out / "all.nq").write_bytes(b"# an earlier export\n")
    result = srgraph("export", str(src), "-o", str(out), "--format", "nq", "--merged", "all")
    _assert_one_line_error(result, 2, "all", "merged")
    assert sorted(p.name for p in out.iterdir()) == ["all.nq"]  # nothing written at all
    assert (out / "all.nq").read_bytes() == b"# an earlier export\n"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bad.nq", "<urn:a> <urn:b> .\nnot a quad\n"),
        ("bad.trig", "<urn:g> { <urn:a> <urn:b> \n"),
        ("bad.ttl", "@prefix : <urn:x#> .\n:a :b\n"),
        ("bad.jsonld", '{"@id": "urn:a", "urn:b": [}'),
    ],
)
def test_query_on_a_bad_rdf_file_is_one_line(tmp_path: Path, name: str, content: str) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = srgraph("query", "duties", "--graph", str(path))
    _assert_one_line_error(result, 2, str(path))


def test_push_with_a_user_and_stdin_closed_is_one_line(tmp_path: Path) -> None:
    from conftest import free_port

    env = {k: v for k, v in os.environ.items() if k != "SRGRAPH_PASSWORD"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "graph",
            "push",
            str(ROOT / "output" / "adobe-managed-services.ttl"),
            "--endpoint",
            f"http://127.0.0.1:{free_port()}/store",
            "--user",
            "bob",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        preexec_fn=lambda: os.close(0),  # stdin closed, not just empty
    )
    _assert_one_line_error(result, 2, "password")


def test_stats_and_diff_on_a_recursive_yaml_alias(tmp_path: Path) -> None:
    page = tmp_path / "loop.md"
    page.write_text("---\na: &a [*a]\nb: *a\n---\n# AWS responsibilities\n\n- Patching\n")
    _assert_one_line_error(srgraph("stats", str(page)), 2, str(page))
    other = DATA / "adobe-managed-services.md"
    _assert_one_line_error(srgraph("diff", str(page), str(other)), 2, str(page))
    _assert_one_line_error(srgraph("diff", str(other), str(page)), 2, str(page))


def test_remote_json_without_head_vars_is_one_line() -> None:
    import http.server
    import threading

    class Answer(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers.get("content-length", "0")))
            body = b'{"results": {"bindings": [{"s": {"type": "uri", "value": "urn:x"}}]}}'
            self.send_response(200)
            self.send_header("content-type", "application/sparql-results+json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/sparql"
        result = srgraph("query", "SELECT ?s WHERE { ?s ?p ?o }", "--sparql", url)
    finally:
        server.shutdown()
        server.server_close()
    _assert_one_line_error(result, 3, "127.0.0.1")


_BUG = """
import sys
from graph import exporter
from graph.cli import main

def broken(*args, **kwargs):
    raise ZeroDivisionError("a bug\\non two lines")

exporter.find_documents = broken
sys.exit(main(sys.argv[1:]))
"""


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(tmp_path: Path) -> None:
    def run(**env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", _BUG, "export", "-o", str(tmp_path / "out")],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, **env},
            timeout=120,
        )

    _assert_one_line_error(run(), 2, "unexpected ZeroDivisionError", "a bug on two lines")
    debug = run(SRGRAPH_DEBUG="1")
    assert debug.returncode == 2 and "Traceback" in debug.stderr


def test_the_library_names_no_cli_flag_and_the_cli_adds_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Errors of the library say what is wrong in its own terms (its keyword argument in
    ``option``); the CLI's one error line adds its flag for it."""
    from graph import export, push
    from graph.errors import InputError

    a_file = tmp_path / "file.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(InputError) as raised:
        export(output_dir=a_file)
    assert raised.value.option == "output_dir" and " -o" not in str(raised.value)
    with pytest.raises(InputError) as raised:
        push([FIXTURE], endpoint="http://127.0.0.1:9/store", graph="foo")
    assert raised.value.option == "graph" and "--graph" not in str(raised.value)
    assert main(["export", "-o", str(a_file)]) == 2
    assert "option -o" in capsys.readouterr().err
    assert (
        main(["push", str(FIXTURE), "--endpoint", "http://127.0.0.1:9/store", "--graph", "foo"])
        == 2
    )
    assert "option --graph" in capsys.readouterr().err
