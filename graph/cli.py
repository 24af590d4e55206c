"""The ``srgraph`` command line: each command parses its arguments and makes one library call.

Exit codes (graph/errors.py): 0 ok, 2 bad input, 3 remote server failure, 4 SHACL violation,
5 some documents of a batch failed, 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .errors import EXIT_INTERRUPTED, EXIT_OK, SrgraphError

__all__ = ["main"]

Handler = Callable[[argparse.Namespace], int]


def _csv(value: str) -> list[str]:
    return [v.strip().lower() for v in value.split(",") if v.strip()]


# --- export -------------------------------------------------------------------------------------


def _add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="export documents to RDF, diagrams and property-graph files",
        description="Read shared-responsibility Markdown documents and write, per document stem, "
        "the RDF graph and the diagram. With no SOURCE, exports the bundled Adobe page.",
    )
    p.add_argument("sources", nargs="*", type=Path, metavar="SOURCE", help=".md file or folder")
    p.add_argument("-o", "--output", type=Path, default=Path("output"), help="output folder")
    p.add_argument(
        "--format",
        type=_csv,
        default=None,
        help="comma-separated: ttl,nt,nq,trig,jsonld,rdfxml,svg,png (default ttl,svg,png)",
    )
    p.add_argument("--base", default=None, help="base IRI for minted IRIs")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    p.set_defaults(handler=_cmd_export)


def _cmd_export(args: argparse.Namespace) -> int:
    from .export import export

    result = export(
        args.sources,
        output_dir=args.output,
        formats=args.format,
        base=args.base,
        validate=not args.no_validate,
    )
    if not args.quiet:
        for path in result.written:
            print(path)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return result.exit_code


# --- validate -----------------------------------------------------------------------------------


def _add_validate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "validate",
        help="check RDF files against the SHACL shapes",
        description="Validate RDF files (any supported format) against ontology/shapes.ttl.",
    )
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--shapes", type=Path, default=None, help="other SHACL shapes file")
    p.set_defaults(handler=_cmd_validate)


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validate import validate_files

    report = validate_files(args.files, shapes=args.shapes)
    print(report.text)
    return EXIT_OK


COMMANDS: list[Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = [
    _add_export,
    _add_validate,
]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered in COMMANDS."""
    parser = argparse.ArgumentParser(
        prog="srgraph",
        description="Knowledge-graph exporter for cloud shared-responsibility models.",
        epilog="Exit codes: 0 ok, 2 bad input, 3 remote server failure, 4 SHACL violation, "
        "5 some documents failed, 130 interrupted.",
    )
    parser.add_argument("--version", action="version", version=f"srgraph {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for add in COMMANDS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns (and, as a console script, exits with) the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        return handler(args)
    except SrgraphError as exc:
        print(f"srgraph: error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("srgraph: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
