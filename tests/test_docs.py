"""The README tells the truth: every command and option it shows exists, and its figures are what
the commands that make them print."""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import shlex
from pathlib import Path

import pytest
from conftest import ROOT

from graph.cli import build_parser

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def _options(parser: argparse.ArgumentParser) -> set[str]:
    return {flag for action in parser._actions for flag in action.option_strings}


def _shown_invocations() -> list[list[str]]:
    """Every ``srgraph ...`` command line of the README: code-block lines (joined across ``\\``
    continuations, comments dropped) and inline code spans."""
    found: list[str] = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        text = re.sub(r"\\\n\s*", " ", block)
        for line in text.splitlines():
            line = line.split("  #", 1)[0].strip()
            for part in re.split(r"&&|\|", line):
                part = part.strip()
                if part.startswith(("srgraph ", ".venv/bin/srgraph ", "python -m graph ")):
                    found.append(part)
    found.extend(re.findall(r"`(srgraph [^`]+)`", README))
    out: list[list[str]] = []
    for text in found:
        with contextlib.suppress(ValueError):  # an unbalanced quote in prose
            words = shlex.split(text)
            start = words.index("graph") + 1 if words[:2] == ["python", "-m"] else 1
            out.append(words[start:])
    return out


def test_the_readme_shows_commands() -> None:
    assert len(_shown_invocations()) > 30


@pytest.mark.parametrize("words", _shown_invocations(), ids=lambda w: " ".join(w)[:60])
def test_every_command_and_option_in_the_readme_exists(words: list[str]) -> None:
    commands = _commands()
    if not words or words[0].startswith("-"):
        assert not words or words[0] in ("--version", "--help", "-h"), words
        return
    assert words[0] in commands, f"README shows unknown command {words[0]!r}"
    known = _options(commands[words[0]])
    for word in words[1:]:
        if word.startswith("--") or re.fullmatch(r"-[A-Za-z]", word):
            option = word.split("=", 1)[0]
            assert option in known, f"README shows {option!r}, not an option of {words[0]}"


def test_every_option_has_help() -> None:
    for name, parser in _commands().items():
        for action in parser._actions:
            if action.help == argparse.SUPPRESS or isinstance(action, argparse._HelpAction):
                continue
            assert action.help, f"srgraph {name} {'/'.join(action.option_strings) or action.dest}"


def test_every_export_format_is_in_the_help() -> None:
    from graph.exporter import ALL_FORMATS

    help_text = _commands()["export"].format_help()
    for fmt in ALL_FORMATS:
        assert fmt in help_text, fmt


def _printed_table(script: str, *args: list[str]) -> list[str]:
    """The Markdown table rows a script under tests/ prints from its ``main``."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(script, ROOT / "tests" / f"{script}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        module.main(*args)
    return [line for line in out.getvalue().splitlines() if line.startswith("| ")]


def test_the_fidelity_table_is_what_score_real_prints() -> None:
    """The per-page table of the README is the output of tests/score_real.py."""
    rows = _printed_table("score_real", [])
    assert len(rows) > 25
    for row in rows:
        assert row in README, f"README lacks (or has other figures for) {row}"


def test_the_agreement_table_is_what_agreement_prints() -> None:
    """The README's table of two readers' agreement is the output of tests/agreement.py."""
    rows = _printed_table("agreement")
    assert len(rows) >= 7
    for row in rows:
        assert row in README, f"README lacks (or has other figures for) {row}"


def test_the_readme_names_existing_files() -> None:
    """Paths the README points to (``tests/...``, ``graph/...``, ``ontology/...``) exist."""
    for path in sorted(
        set(re.findall(r"`((?:graph|tests|ontology|output|docs)/[^`*{}\s]+)`", README))
    ):
        assert (ROOT / path.rstrip("/")).exists() or Path(path).suffix == "", path
