"""What a dialect's line is: the marks the dialect readers give and the box engine applies."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "MAX_TAG_LINE",
    "Mark",
    "attributes",
    "blank",
    "drop_spans",
    "first_quoted",
    "note_style",
]

MAX_TAG_LINE = 2000
"""A line longer than this is text, never a tag (no pattern runs over a megabyte line)."""

_ATTRIBUTE = re.compile(
    r"""(?P<key>[A-Za-z_][\w-]*)\s*=\s*\{?(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'}>]+))"""
)
_QUOTED = re.compile(r"""^\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)')""")
_STYLE = re.compile(r"[A-Za-z]+")
_STYLES = {
    "NOTE": "NOTE",
    "INFO": "NOTE",
    "TIP": "TIP",
    "SUCCESS": "TIP",
    "HINT": "TIP",
    "IMPORTANT": "IMPORTANT",
    "WARNING": "WARNING",
    "ATTENTION": "WARNING",
    "CAUTION": "CAUTION",
    "DANGER": "CAUTION",
    "ERROR": "CAUTION",
}
"""Admonition words of the dialects -> the kinds of GitHub / DocFX alerts (others: NOTE)."""


@dataclass(frozen=True)
class Mark:
    """One source line (or ``span`` lines: a tag written over several) of a dialect's markup.

    ``action``: ``open`` a box, ``close`` the innermost open box of ``family``, ``blank`` the
    line (markup with no text), or ``line``: the line rewritten as ``text``. An open box is a
    ``tab`` (a sub-section titled ``title``), a ``note`` (an admonition of kind ``style``), a
    ``tabset`` (its headings are its tabs), a ``plain`` wrapper (its content read as if it were
    not there), ``drop`` (its content is not text: a link card) or ``code`` (its content is
    code, never read for markup)."""

    action: str
    family: str = ""
    kind: str = "plain"
    title: str = ""
    style: str = "NOTE"
    text: str = ""
    span: int = 1
    size: int = 0
    """A backtick fence's length: a closing fence is at least as long."""
    options: bool = False
    """MyST: ``:key: value`` lines (or a ``---`` YAML block) right after the opener are options."""
    heading_title: bool = False
    """Quarto: a heading right after the opener is the callout's title."""
    items: tuple[str, ...] = ()
    """A tab group's tab titles, for tabs that do not name themselves (Nextra's
    ``<Tabs items={['A', 'B']}>`` … ``<Tabs.Tab>``)."""
    from_parent: bool = False
    """A tab titled by the next of its group's ``items``."""
    strict: bool = False
    """A closer that closes nothing is an ordinary line (``}`` ending an MDX export)."""


def blank(span: int = 1) -> Mark:
    return Mark("blank", span=span)


def attributes(tag: str) -> dict[str, str]:
    """``key="value"`` / ``key='value'`` / ``key=value`` / ``key={"value"}`` pairs of a tag."""
    found: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(tag):
        value = match.group("dq") or match.group("sq") or match.group("bare") or ""
        found.setdefault(match.group("key").lower(), value)
    return found


def first_quoted(text: str) -> str:
    """The first quoted argument of a tag (``"Name"`` in ``tab "Name"``), else ``""``."""
    match = _QUOTED.match(text)
    return (match.group("dq") or match.group("sq") or "") if match else ""


def note_style(word: str) -> str:
    """An admonition kind from a dialect's word: ``callout-warning`` -> ``WARNING``."""
    words = _STYLE.findall(word.rsplit("-", 1)[-1]) or ["note"]
    return _STYLES.get(words[0].upper(), "NOTE")


def drop_spans(line: str, opener: str, closer: str) -> str:
    """``line`` without each ``opener`` … first ``closer`` after it (``re.sub`` of
    ``opener.*?closer`` without its rescans: an opener with no closer after it ends the scan,
    so a line of a million unclosed openers stays linear)."""
    out: list[str] = []
    pos = 0
    while (start := line.find(opener, pos)) >= 0:
        end = line.find(closer, start + len(opener))
        if end < 0:
            break
        out.append(line[pos:start])
        pos = end + len(closer)
    if not out:
        return line
    out.append(line[pos:])
    return "".join(out)
