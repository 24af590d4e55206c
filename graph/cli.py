"""The ``srgraph`` command line: each command parses its arguments and makes one library call.

Exit codes (graph/errors.py): 0 ok, 2 bad input, 3 remote server failure, 4 SHACL violation,
5 some documents of a batch failed, 130 interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_VALIDATION,
    InputError,
    QueryError,
    SrgraphError,
)
from .redact import clean
from .version import version_line

__all__ = ["main"]

Handler = Callable[[argparse.Namespace], int]


def _source(value: str) -> Path | str:
    """A document argument: an http(s) URL stays a string, anything else is a path."""
    from .document import is_url

    return value if is_url(value) else Path(value)


def _csv(value: str) -> list[str]:
    return [v.strip().lower() for v in value.split(",") if v.strip()]


OUTPUT_CHOICES = ("table", "csv", "tsv", "json", "md")
"""The one output convention of every command that prints results (graph/report.py)."""


def _add_output(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "-O",
        "--output",
        choices=OUTPUT_CHOICES,
        default="table",
        help=f"{what}: table (rich on a terminal, plain text in a pipe), csv, tsv, json or md",
    )


def _plain() -> bool:
    """Plain text instead of rich tables: stdout is a pipe or a file."""
    return not sys.stdout.isatty()


# --- export -------------------------------------------------------------------------------------


def _add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="export documents to RDF, diagrams and property-graph files",
        description="Read shared-responsibility documents (Markdown or HTML files, folders of "
        "them, or http(s) URLs) and write, per document stem, the RDF graph and the diagram. "
        "With no SOURCE, exports the bundled Adobe page.",
    )
    p.add_argument(
        "sources",
        nargs="*",
        type=_source,
        metavar="SOURCE",
        help=".md, .adoc, .rst or .html file, folder, or http(s) URL",
    )
    p.add_argument("-o", "--output", type=Path, default=Path("output"), help="output folder")
    p.add_argument(
        "--format",
        type=_csv,
        default=None,
        help="comma-separated, from: ttl,nt,nq,trig,jsonld,rdfxml (RDF), svg,png (diagram), "
        "html (interactive view), graphml,neo4j,cypher (property graphs), oscal (OSCAL JSON); "
        "default ttl,svg,png",
    )
    p.add_argument(
        "--diagram",
        choices=("auto", "overview", "full", "pages"),
        default="auto",
        help="diagram mode: one page with everything (full), a one-page overview with counted "
        "groups (overview), an overview then numbered pages NAME-1.svg... (pages); auto: full "
        "when it fits 1600 x 2400 px, else pages when few, else overview",
    )
    p.add_argument("--base", default=None, help="base IRI for minted IRIs")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    p.add_argument(
        "-v", "--verbose", action="store_true", help="list every file written (default: a summary)"
    )
    p.add_argument(
        "--merged",
        metavar="NAME",
        default=None,
        help="also write NAME.nq and NAME.trig (those of --format if it names nq or trig: "
        "then not per document): one named graph per document",
    )
    p.add_argument(
        "--shards",
        metavar="N",
        type=int,
        default=None,
        help="write the --merged dataset as N gzip N-Quads files NAME-0000.nq.gz … plus "
        "NAME-vocab.nq.gz, for bulk loaders (docs/bulk-load.md)",
    )
    p.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: cores)")
    going = p.add_mutually_exclusive_group()
    going.add_argument(
        "--keep-going",
        dest="keep_going",
        action="store_true",
        default=None,
        help="report a bad document and export the others (default for folders)",
    )
    going.add_argument(
        "--strict", dest="keep_going", action="store_false", help="stop at the first bad document"
    )
    p.set_defaults(handler=_cmd_export)


def _cmd_export(args: argparse.Namespace) -> int:
    from .exporter import export, progress_bar

    bar, stop = progress_bar(not args.quiet)

    def update(done: int, total: int) -> None:
        if _INTERRUPTED.is_set():  # a Ctrl-C that Python swallowed (raised in a finalizer)
            raise KeyboardInterrupt
        if bar is not None:
            bar(done, total)

    try:
        result = export(
            args.sources,
            output_dir=args.output,
            formats=args.format,
            base=args.base,
            validate=not args.no_validate,
            keep_going=args.keep_going,
            merged=args.merged,
            shards=args.shards,
            jobs=args.jobs,
            progress=update,
            diagram=args.diagram,
        )
    finally:
        stop()
    if not args.quiet:
        if args.verbose or len(result.written) <= 3:
            for path in result.written:
                print(path)
        else:
            folders = sorted({str(p.parent) for p in result.written})
            failed = f"; {len(result.failed)} failed" if result.failed else ""
            print(
                f"{len(result.written)} files of {result.documents} documents written to "
                f"{', '.join(folders)}{failed} (--verbose lists them)"
            )
    for warning in result.warnings:
        print(f"warning: {clean(warning)}", file=sys.stderr)
    for source, count in result.unread.items():
        lines = "line reads" if count == 1 else "lines read"
        shown = clean(source)
        print(
            f"warning: {shown}: {count} {lines} like a responsibility but gave no fact "
            f"('srgraph stats {shown}' lists them)",
            file=sys.stderr,
        )
    for failure in result.failed:
        print(f"srgraph: error: {clean(failure)}", file=sys.stderr)
    return result.exit_code


# --- validate -----------------------------------------------------------------------------------


def _add_validate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="check RDF files against the SHACL shapes",
        description="Validate RDF files (any supported format) against ontology/shapes.ttl.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE", help="RDF file (any format)")
    p.add_argument("--shapes", type=Path, default=None, help="other SHACL shapes file")
    _add_output(p, "the violations")
    p.set_defaults(handler=_cmd_validate)


def _cmd_validate(args: argparse.Namespace) -> int:
    from .report import render_rows
    from .validate import validate_files

    report = validate_files(args.files, shapes=args.shapes)
    if report.violations or args.output != "table":
        head = ("severity", "focus", "path", "message")
        rows = [(v.severity, v.focus, v.path, v.message) for v in report.violations]
        sys.stdout.write(render_rows(head, rows, args.output, title=report.text, plain=_plain()))
    else:
        print(report.text)
    return EXIT_OK if report.conforms else EXIT_VALIDATION


# --- query --------------------------------------------------------------------------------------


def _add_query(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "query",
        help="answer questions with SPARQL (named queries or your own)",
        description="Run a named query (see --list), a query file or a SPARQL string on the "
        "Turtle files in ./output (default), --graph files, a --store or a --sparql endpoint. "
        "Parameters are bound as RDF terms: a value <...> is an IRI, anything else a string.",
    )
    p.add_argument("query", nargs="?", help="named query or SPARQL text")
    p.add_argument("--list", action="store_true", help="list the named queries and exit")
    p.add_argument("--file", type=Path, default=None, help="read the query from a .rq file")
    p.add_argument(
        "--param", action="append", default=[], metavar="KEY=VALUE", help="bind ?KEY (repeatable)"
    )
    p.add_argument(
        "--graph", action="append", type=Path, default=[], metavar="FILE", help="RDF file(s)"
    )
    p.add_argument("--store", type=Path, default=None, help="embedded store folder (srgraph load)")
    p.add_argument("--sparql", default=None, metavar="URL", help="remote SPARQL query endpoint")
    _add_output(p, "the rows (CONSTRUCT/DESCRIBE give Turtle)")
    p.add_argument(
        "--timeout", type=float, default=30.0, help="remote: seconds to connect and per read"
    )
    p.add_argument(
        "--deadline",
        type=float,
        default=None,
        metavar="SECONDS",
        help="remote: seconds for the whole query (default 600)",
    )
    p.add_argument(
        "--max-response",
        type=float,
        default=None,
        metavar="MIB",
        help="remote: largest answer read, in MiB (default 256)",
    )
    p.add_argument(
        "--document",
        default=None,
        metavar="IRI",
        help="scope the query to one document's graph (fast on a large store)",
    )
    p.add_argument("--limit", type=int, default=None, metavar="N", help="at most N rows (a page)")
    p.add_argument(
        "--offset", type=int, default=0, metavar="K", help="skip the first K rows (default 0)"
    )
    p.set_defaults(handler=_cmd_query)


def _default_exports(what: str) -> list[Path]:
    """./output/*.ttl, the CLI's default input for query, load and push."""
    found = sorted(Path("output").glob("*.ttl"))
    if not found:
        raise InputError(
            f"no Turtle files in ./output to {what}",
            hint="run `srgraph export` first, or name the files",
        )
    return found


def _cmd_query(args: argparse.Namespace) -> int:
    from .sparql import list_queries, run_query

    if args.list:
        for q in list_queries():
            params = " ".join(f"[--param {k}=...]" for k in q.params)
            print(f"{q.name:<18} {q.description}{'  ' + params if params else ''}")
        return EXIT_OK
    sources = [bool(args.graph), args.store is not None, args.sparql is not None]
    if sum(sources) > 1:
        raise QueryError("choose one of --graph, --store and --sparql")
    graphs = args.graph if any(sources) else _default_exports("query")
    result = run_query(
        args.query,
        query_file=args.file,
        params=args.param,
        graphs=graphs,
        store=args.store,
        sparql=args.sparql,
        timeout=args.timeout,
        document=args.document,
        deadline=args.deadline,
        max_bytes=None if args.max_response is None else int(args.max_response * 2**20),
        limit=args.limit,
        offset=args.offset,
    )
    sys.stdout.write(result.render(args.output, plain=_plain()))
    return EXIT_OK


# --- load ---------------------------------------------------------------------------------------


def _add_load(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "load",
        help="load exports into the embedded graph database (pyoxigraph store)",
        description="Load RDF files (any format; default ./output/*.ttl) into a persistent "
        "pyoxigraph store, one named graph per document, replaced on reload in one transaction.",
    )
    p.add_argument(
        "files", nargs="*", type=Path, metavar="FILE", help="RDF file (default ./output/*.ttl)"
    )
    p.add_argument("--store", type=Path, required=True, help="store folder (created if missing)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    _add_output(p, "the graphs loaded")
    p.set_defaults(handler=_cmd_load)


def _cmd_load(args: argparse.Namespace) -> int:
    from .report import render_rows
    from .store import load_store

    result = load_store(args.files or _default_exports("load"), store=args.store)
    if not args.quiet:
        rows = [(name, str(count)) for name, count in result.graphs.items()]
        sys.stdout.write(render_rows(("graph", "triples"), rows, args.output, plain=_plain()))
    return EXIT_OK


# --- push ---------------------------------------------------------------------------------------


def _add_push(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "push",
        help="push exports to a SPARQL server (Graph Store Protocol)",
        description="Send RDF files (default ./output/*.ttl) to a SPARQL 1.1 Graph Store "
        "endpoint, one named graph per document: PUT replaces, POST merges; falls back to SPARQL "
        "Update; verifies the triple count. A dataset (.nq, .trig) keeps its named graphs. "
        "Password: $SRGRAPH_PASSWORD or a prompt.",
    )
    p.add_argument(
        "files", nargs="*", type=Path, metavar="FILE", help="RDF file (default ./output/*.ttl)"
    )
    p.add_argument(
        "--endpoint",
        required=True,
        metavar="URL",
        help="Graph Store URL, e.g. http://127.0.0.1:7878/store (Oxigraph) or "
        "http://127.0.0.1:8890/sparql-graph-crud-auth (Virtuoso)",
    )
    p.add_argument(
        "--graph",
        default=None,
        metavar="IRI",
        help="target graph, an absolute IRI (default: the document IRI); not for a dataset "
        "(.nq/.trig), whose named graphs keep their names",
    )
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--replace",
        dest="mode",
        action="store_const",
        const="replace",
        help="replace each graph on the server (PUT; the default)",
    )
    mode.add_argument(
        "--merge",
        dest="mode",
        action="store_const",
        const="merge",
        help="add to each graph on the server (POST)",
    )
    p.set_defaults(mode="replace")
    p.add_argument("--user", default=None, help="user name (password from $SRGRAPH_PASSWORD)")
    p.add_argument(
        "--graph-param", default=None, help="graph query parameter (graph; graph-uri for Virtuoso)"
    )
    p.add_argument("--query-url", default=None, help="SPARQL query URL used to verify")
    p.add_argument("--update-url", default=None, help="SPARQL Update URL (fallback)")
    p.add_argument("--timeout", type=float, default=30.0, help="seconds to connect and per read")
    p.add_argument(
        "--deadline",
        type=float,
        default=None,
        metavar="SECONDS",
        help="seconds for the whole push, retries included (default 600)",
    )
    p.add_argument("--retries", type=int, default=3, help="retries on 5xx / connection errors")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    _add_output(p, "the graphs pushed")
    p.set_defaults(handler=_cmd_push)


def _cmd_push(args: argparse.Namespace) -> int:
    from .remote import push

    result = push(
        args.files or _default_exports("push"),
        endpoint=args.endpoint,
        graph=args.graph,
        mode=args.mode,
        user=args.user,
        param=args.graph_param,
        query_url=args.query_url,
        update_url=args.update_url,
        timeout=args.timeout,
        retries=max(0, args.retries),
        **({} if args.deadline is None else {"deadline": args.deadline}),
    )
    if not args.quiet:
        from .report import render_rows

        rows = [(name, str(count), result.method) for name, count in result.graphs.items()]
        head = ("graph", "triples", "method")
        sys.stdout.write(render_rows(head, rows, args.output, plain=_plain()))
    return EXIT_OK


# --- stats --------------------------------------------------------------------------------------


def _add_stats(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "stats",
        help="show what was understood of a document (and what was not)",
        description="Parties, duties per party and RACI role, services, certifications, "
        "compliance chains and warnings (lines that read like responsibilities but gave no "
        "fact, parties without duties) of a Markdown document or an exported RDF file.",
    )
    p.add_argument("file", metavar="FILE", help="page (.md, .html or an http(s) URL) or RDF file")
    _add_output(p, "the report (csv/tsv: one row per duty)")
    p.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # = --output json
    p.add_argument(
        "--expected", type=Path, default=None, metavar="TSV", help="score against expected facts"
    )
    p.add_argument("--base", default=None, help="base IRI for minted IRIs (Markdown input)")
    p.set_defaults(handler=_cmd_stats)


def _cmd_stats(args: argparse.Namespace) -> int:
    from .namespaces import BASE
    from .stats import document_stats

    try:
        stats = document_stats(args.file, base=args.base or BASE, expected=args.expected)
    except RecursionError as exc:  # e.g. a recursive YAML alias in the front matter
        raise InputError("nests too deeply to process", path=args.file) from exc
    sys.stdout.write(stats.render("json" if args.json else args.output, plain=_plain()))
    return EXIT_OK


# --- diff ---------------------------------------------------------------------------------------


def _add_diff(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "diff",
        help="compare two documents (or two versions of one): duties added, removed, moved",
        description="Compare the duties of two Markdown documents or exported RDF files: duties "
        "added, removed, moved between parties, or kept with other RACI roles. Duties match by "
        "normalised label, else by similarity (--threshold); parties by organisation, else role.",
    )
    p.add_argument("old", metavar="OLD", help="page (.md, .html or URL) or RDF file")
    p.add_argument("new", metavar="NEW", help="page (.md, .html or URL) or RDF file")
    _add_output(p, "the changes")
    p.add_argument(
        "--rdf", type=Path, default=None, metavar="FILE.ttl", help="write the change set"
    )
    p.add_argument("--threshold", type=float, default=0.85, help="fuzzy label match (0-1)")
    p.add_argument("--base", default=None, help="base IRI for minted IRIs")
    p.set_defaults(handler=_cmd_diff)


def _cmd_diff(args: argparse.Namespace) -> int:
    from .diff import diff_documents
    from .namespaces import BASE
    from .serialize import serialize_graph, write_atomic

    try:
        changes = diff_documents(
            args.old, args.new, base=args.base or BASE, threshold=args.threshold
        )
    except RecursionError as exc:  # e.g. a recursive YAML alias in the front matter
        raise InputError(f"{args.old} or {args.new} nests too deeply to process") from exc
    sys.stdout.write(changes.render(args.output, plain=_plain()))
    if args.rdf is not None:
        write_atomic(args.rdf, serialize_graph(changes.to_graph(), fmt="ttl"))
    return EXIT_OK


# --- compare ------------------------------------------------------------------------------------


def _add_compare(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "compare",
        help="compare documents by duty category: who carries each category in each",
        description="Per duty category (patching, network security, identity and access ...), "
        "which party is responsible for its duties in each document (pages or exported RDF "
        "files), e.g. who patches the operating system at each vendor.",
    )
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="page, RDF file or http(s) URL")
    p.add_argument(
        "--output",
        "-O",
        choices=["table", "csv", "json", "md"],
        default="table",
        help="table (default), csv (one row per category, document and party), json or md",
    )
    p.add_argument("--base", default=None, help="base IRI for minted IRIs (pages)")
    p.set_defaults(handler=_cmd_compare)


def _cmd_compare(args: argparse.Namespace) -> int:
    from .compare import compare_documents
    from .namespaces import BASE

    comparison = compare_documents([_source(s) for s in args.sources], base=args.base or BASE)
    sys.stdout.write(comparison.render(args.output))
    return EXIT_OK


COMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _add_export,
    _add_validate,
    _add_query,
    _add_load,
    _add_push,
    _add_stats,
    _add_diff,
    _add_compare,
]


class _Version(argparse.Action):
    """``--version``: the line is worked out only when asked (it looks for compiled modules)."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(version_line())
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered in COMMANDS."""
    parser = argparse.ArgumentParser(
        prog="srgraph",
        description="Knowledge-graph exporter for cloud shared-responsibility models.",
        epilog="Exit codes: 0 ok, 2 bad input, 3 remote server failure, 4 SHACL violation, "
        "5 some documents failed, 130 interrupted.",
    )
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show program's version number and exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for add in COMMANDS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns (and, as a console script, exits with) the exit code.

    Every failure is one line on stderr and an exit code (graph/errors.py), never a traceback;
    ``SRGRAPH_DEBUG=1`` shows the traceback of an unexpected error (a bug).
    """
    _INTERRUPTED.clear()
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, _on_interrupt)
    try:
        args = build_parser().parse_args(argv)
        handler: Handler = args.handler
        return handler(args)
    except SrgraphError as exc:
        return _fail(exc)
    except KeyboardInterrupt:
        print("srgraph: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except RecursionError as exc:
        return _fail(InputError("input nests too deeply to process"), exc)
    except MemoryError as exc:
        return _fail(InputError("out of memory", hint="try a smaller input"), exc)
    except OSError as exc:  # a file the command reads or writes
        message = exc.strerror or str(exc)
        where = exc.filename if exc.filename is not None else None
        return _fail(InputError(message, path=None if where is None else str(where)), exc)
    except Exception as exc:
        return _fail(
            InputError(
                f"unexpected {type(exc).__name__}: {exc}",
                hint="a bug in srgraph: SRGRAPH_DEBUG=1 shows the traceback; please report it",
            ),
            exc,
        )
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


_INTERRUPTED = threading.Event()


def _on_interrupt(signum: int, frame: object) -> None:
    """Ctrl-C: remembered as well as raised, since Python drops an exception raised while a
    finalizer runs; long loops check the flag (see ``_cmd_export``)."""
    _INTERRUPTED.set()
    raise KeyboardInterrupt


FLAGS = {
    "output_dir": "-o",
    "merged": "--merged",
    "shards": "--shards",
    "graph": "--graph",
    "deadline": "--deadline",
    "timeout": "--timeout",
    "max_bytes": "--max-response",
    "store": "--store",
}
"""The library's keyword arguments named in errors (``SrgraphError.option``) -> CLI options."""


def _fail(error: SrgraphError, cause: BaseException | None = None) -> int:
    """Print one error line (or, with $SRGRAPH_DEBUG, the traceback of ``cause``); the hint
    names the CLI option of the keyword argument at fault."""
    if cause is not None and os.environ.get("SRGRAPH_DEBUG"):
        import traceback

        traceback.print_exception(cause)
    flag = FLAGS.get(error.option) if error.option else None
    print(f"srgraph: error: {error.one_line(flag)}", file=sys.stderr)
    return error.exit_code


def _quiet_stdout() -> None:
    """stdout was closed by the reader (``| head``): no second error when Python flushes it."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
