"""Order: a row's key under a query's ORDER BY, as bytes that sort the same way (SQLite
compares them with memcmp)."""

from __future__ import annotations

import contextlib
import re
import struct
from typing import Any

import pyoxigraph as ox

__all__ = ["order_keys", "sort_key", "text_bytes"]

_ORDER = re.compile(r"\bORDER\s+BY\b(.*)$", re.S | re.I)
_COMMENT = re.compile(r"#[^\n]*")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_NUMERIC = {f"{_XSD}{t}" for t in ("integer", "decimal", "double", "float", "int", "long", "short")}


def order_keys(text: str) -> list[tuple[str, str, bool]] | None:
    """(form, variable, descending) per ORDER BY expression; None for a form not handled.
    Forms: ``var`` (?x), ``str`` (STR(?x)), ``str0`` (STR(COALESCE(?x, "")))."""
    m = _ORDER.search(_COMMENT.sub("", text))
    if m is None:
        return []
    clause = m.group(1)
    keys: list[tuple[str, str, bool]] = []
    pattern = re.compile(
        r"\s*(?:(?P<dir>DESC|ASC)\s*\(\s*)?"
        r"(?:(?P<str0>STR\s*\(\s*COALESCE\s*\(\s*\?(?P<v0>\w+)\s*,\s*\"\"\s*\)\s*\))"
        r"|(?P<str>STR\s*\(\s*\?(?P<v1>\w+)\s*\))|\?(?P<v2>\w+))\s*(?(dir)\))",
        re.I,
    )
    pos = 0
    while clause[pos:].strip():
        found = pattern.match(clause, pos)
        if found is None:
            return None
        form = "str0" if found.group("str0") else "str" if found.group("str") else "var"
        var = found.group("v0") or found.group("v1") or found.group("v2")
        keys.append((form, var, (found.group("dir") or "").upper() == "DESC"))
        pos = found.end()
    return keys


def text_bytes(text: str) -> bytes:
    return text.encode("utf-8").replace(b"\x00", b"\x00\xff") + b"\x00\x00"


def _number_bytes(value: float) -> bytes:
    (bits,) = struct.unpack(">Q", struct.pack(">d", value))
    bits = bits ^ 0xFFFFFFFFFFFFFFFF if bits >> 63 else bits | 1 << 63
    return struct.pack(">Q", bits)


def _component(form: str, term: Any) -> bytes:
    """One ORDER BY key (SPARQL order: unbound, blank nodes, IRIs, literals; numbers by value;
    STR() of an unbound variable is an error, ordered first)."""
    if form == "str0":
        return b"\x01" + text_bytes("" if term is None else str(term.value))
    if term is None:
        return b"\x00"
    if form == "str":
        return b"\x01" + text_bytes(str(term.value))
    if isinstance(term, ox.BlankNode):
        return b"\x01" + text_bytes(term.value)
    if isinstance(term, ox.NamedNode):
        return b"\x02" + text_bytes(term.value)
    if term.datatype.value in _NUMERIC:
        with contextlib.suppress(ValueError):
            return b"\x03" + _number_bytes(float(term.value))
    return b"\x04" + text_bytes(term.value)


def sort_key(keys: list[tuple[str, str, bool]], row: dict[str, Any]) -> bytes:
    out = b""
    for form, var, desc in keys:
        part = _component(form, row.get(var))
        out += bytes(255 - b for b in part) + b"\xff" if desc else part
    return out
