"""Hostile inputs of a given size, generated (never megabytes in git).

Usage::

    .venv/bin/python tests/hostile.py OUTDIR [--size 1M] [--shape NAME ...]

Each shape is a small pathological pattern repeated to about ``size`` bytes: the work srgraph
does on it must stay bounded (linear in the size, bounded memory); ``tests/test_hostile.py``
exports each in a subprocess under ``resource.setrlimit`` limits.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Callable
from pathlib import Path

__all__ = ["SHAPES", "make", "parse_size"]

HEAD = "# Shared responsibility\n\n## Customer responsibilities\n\n- Managing user access.\n\n"
"""A valid document start: every shape has a party and a duty, so a bounded run exports."""


def _repeat(unit: str, size: int, head: str = HEAD, tail: str = "\n") -> str:
    count = max(1, (size - len(head) - len(tail)) // max(1, len(unit)))
    return head + unit * count + tail


def yaml_alias_bomb(size: int) -> str:
    """A billion-laughs alias bomb in the front matter (~520 bytes), then a padded body."""
    names = "abcdefghi"
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in itertools.pairwise(names):
        refs = ",".join(f"*{prev}" for _ in range(9))
        lines.append(f"{name}: &{name} [{refs}]")
    front = "---\n" + "\n".join(lines) + "\n---\n"
    return front + _repeat("- Reviewing the audit logs every week.\n", size - len(front), HEAD, "")


def image_runs(size: int) -> str:
    """A duty made of one long run of ``![`` (unclosed image openers)."""
    return _repeat("![", size, HEAD + "- Managing ")


def bracket_runs(size: int) -> str:
    """A duty made of one long run of ``[`` (unclosed link openers)."""
    return _repeat("[", size, HEAD + "- Managing ")


def inline_runs(size: int) -> str:
    """Inline openers without closers in one duty: ``*a _b <c {{d [e](f`` repeated."""
    return _repeat("*a _b <c {{d [e](f ", size, HEAD + "- Managing ")


def nested_brackets(size: int) -> str:
    """Thousands of nested brackets ``[[[[x]]]]`` inside a duty, in lines of ~64 KB."""
    depth = 16_000
    unit = "- Managing " + "[" * depth + "x" + "]" * depth + "\n"
    return _repeat(unit, size)


def wide_table(size: int) -> str:
    """A RACI table with thousands of party columns."""
    cols = max(2, (size // 2 - 64) // 12)
    header = "| Task | " + " | ".join(f"Vendor {i}" for i in range(cols)) + " |\n"
    rule = "|---|" + "---|" * cols + "\n"
    body = "| Patching | " + " | ".join("X" if i % 2 else " " for i in range(cols)) + " |\n"
    text = HEAD + header + rule
    while len(text) + len(body) < size:
        text += body
    return text


def unknown_parties(size: int) -> str:
    """Thousands of sections naming parties no vocabulary knows."""
    return _numbered(
        size,
        lambda i: f"## Zorblax{i} Quuxcorp responsibilities\n\n- Patching servers number {i}.\n\n",
    )


def pointing_labels(size: int) -> str:
    """Thousands of duties that only point back ("Offer these tools7"): each is looked up
    among the party's earlier duties."""
    return _numbered(size, lambda i: f"- Offering diagnostic tools{i}.\n- Offer these tools{i}\n")


def labelled_lists(size: int) -> str:
    """Thousands of bold labels over a list each, all under one party's heading (each label
    asks whether the section also has a "Responsibilities:" label)."""
    return _numbered(size, lambda i: f"**Area {i}**:\n\n- Rotating key {i}.\n\n")


def spelled_names(size: int) -> str:
    """Thousands of proper names no vocabulary knows, each a possible spelling of another
    ("Zorb Quux Nine" / "ZQN"): each is looked up among the page's names."""
    return _numbered(
        size, lambda i: f"Zorb{i} Quux Labs is responsible for gate {i}. ZqL{i} runs it.\n\n"
    )


def _numbered(size: int, unit: Callable[[int], str]) -> str:
    """HEAD, then ``unit(0)``, ``unit(1)`` ... up to about ``size`` characters."""
    out = [HEAD]
    total = len(HEAD)
    i = 0
    while total < size:
        out.append(unit(i))
        total += len(out[-1])
        i += 1
    return "".join(out)


def deep_nesting(size: int) -> str:
    """Lists and block quotes nested thousands of levels deep, repeated."""
    unit = "".join("  " * i + "- managing level " + str(i) + "\n" for i in range(120))
    unit += "\n" + "> " * 2000 + "quoted duty\n\n"
    return _repeat(unit, size)


def long_lines(size: int) -> str:
    """One duty on a single line of ``size`` bytes."""
    return _repeat("patching servers and ", size, HEAD + "- Managing ")


ADOC_HEAD = "= Shared responsibility\n\n== Customer responsibilities\n\n* Managing user access.\n\n"
RST_HEAD = (
    "Shared responsibility\n=====================\n\n.. note:: Read by its shape.\n\n"
    "Customer responsibilities\n-------------------------\n\n- Managing user access.\n\n"
)


def asciidoc_cells(size: int) -> str:
    """An AsciiDoc ``|===`` table of a megabyte of ``|`` cells (saved as .md: read by its
    shape)."""
    head = ADOC_HEAD + '[cols="1,1,1",options="header"]\n|===\n|Task |Provider |Customer\n\n'
    return _repeat("|patching |R a|* backups\n", size, head, "|===\n")


def asciidoc_wide_row(size: int) -> str:
    """An AsciiDoc table whose first line holds a megabyte of cells (one column each)."""
    return _repeat("|x ", size, ADOC_HEAD + "|===\n", "\n\n|a\n|===\n")


def rst_tables(size: int) -> str:
    """reStructuredText grid and simple tables and definition lists, repeated."""
    unit = (
        "+------+-----+\n| Task | Who |\n+======+=====+\n| a    | - b |\n+------+-----+\n\n"
        "====  ====\nTask  Who\n====  ====\nc     d\n====  ====\n\nterm\n   definition\n\n"
    )
    return _repeat(unit, size, RST_HEAD)


def dialect_nesting(size: int) -> str:
    """Tabs, notes and directives of every docs-site dialect opened thousands of levels deep,
    never closed, with closers of other dialects between them."""
    unit = (
        '{{< tab "Customer" >}}\n:::note Title\n<TabItem label="Customer">\n'
        '{% tab title="Customer" %}\n```{tab-item} Customer\n::: {.panel-tabset}\n'
        "## Customer\n- Managing keys.\n{% endhint %}\n</Accordion>\n{{< /notice >}}\n"
        "{/*\n{{< highlight >}}\n"
    )
    return _repeat(unit, size)


def unclosed_shortcodes(size: int) -> str:
    """A duty made of unclosed shortcode, tag, comment and role openers on one line."""
    return _repeat(
        '{{< tab "a" {{% notice {% tab title="x {/* {role}`x :::{note} ', size, HEAD + "- Managing "
    )


SHAPES: dict[str, Callable[[int], str]] = {
    "yaml-alias-bomb": yaml_alias_bomb,
    "image-runs": image_runs,
    "bracket-runs": bracket_runs,
    "inline-runs": inline_runs,
    "nested-brackets": nested_brackets,
    "wide-table": wide_table,
    "unknown-parties": unknown_parties,
    "pointing-labels": pointing_labels,
    "labelled-lists": labelled_lists,
    "spelled-names": spelled_names,
    "deep-nesting": deep_nesting,
    "long-lines": long_lines,
    "asciidoc-cells": asciidoc_cells,
    "asciidoc-wide-row": asciidoc_wide_row,
    "rst-tables": rst_tables,
    "dialect-nesting": dialect_nesting,
    "unclosed-shortcodes": unclosed_shortcodes,
}


def make(shape: str, size: int) -> bytes:
    """The hostile document ``shape`` of about ``size`` bytes (UTF-8)."""
    return SHAPES[shape](size).encode("utf-8")


def parse_size(text: str) -> int:
    """``1M``, ``64K`` or a byte count."""
    text = text.strip().upper()
    scale = {"K": 2**10, "M": 2**20}.get(text[-1:], 1)
    return int(float(text.rstrip("KM")) * scale)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", type=parse_size, default=2**20)
    parser.add_argument("--shape", action="append", choices=sorted(SHAPES))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for shape in args.shape or SHAPES:
        path = args.out / f"{shape}.md"
        path.write_bytes(make(shape, args.size))
        print(path)


if __name__ == "__main__":
    main()
