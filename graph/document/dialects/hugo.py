"""Hugo shortcodes: ``{{< name args >}}`` / ``{{% name args %}}``, paired (``{{< /name >}}``)
or not.

Tabs (``tab "Name"``, ``tab name="Name"``, Docsy's ``tab header="Name"``) are sub-sections
(a tab with ``lang="…"`` / ``codelang="…"`` holds code);
notices (``notice warning``, Docsy's ``alert``, ``note`` / ``warning`` / ``tip``, Hugo Book's
``hint``, ``callout``, ``admonition``) are admonitions; ``details`` / ``expand`` are titled
sub-sections; ``highlight`` / ``code`` / ``mermaid`` hold code; any other shortcode alone on a
line (``tabs``, ``table``, ``include``, ``readfile``) is markup without text, and one inside a
line is dropped, except ``ref`` / ``relref``, which leave their target (a link destination).
"""

from __future__ import annotations

import re

from .marks import MAX_TAG_LINE, Mark, attributes, blank, first_quoted, note_style

__all__ = ["hugo_inline", "hugo_mark", "toml_front_matter"]

_SHORTCODE = re.compile(
    r"^\s*\{\{(?P<delim>[<%])-?\s*(?P<close>/)?\s*(?P<name>[A-Za-z][\w-]*)(?P<args>[^\n]*?)"
    r"\s*/?\s*-?[>%]\}\}\s*$"
)
_TABS = frozenset({"tab", "tabitem", "tab-item"})
_NOTES = frozenset(
    {"notice", "alert", "note", "warning", "tip", "info", "caution", "important", "danger"}
    | {"hint", "callout", "admonition", "attention", "callout-note"}
)
_DETAILS = frozenset({"details", "expand", "collapse", "accordion"})
_CODE = frozenset({"highlight", "code", "mermaid", "katex", "math", "diagram", "chart"})
_REFS = frozenset({"ref", "relref"})


def hugo_mark(line: str) -> Mark | None:
    """The mark of a line that is one shortcode, else None."""
    if "{{" not in line or len(line) > MAX_TAG_LINE:
        return None
    match = _SHORTCODE.match(line)
    if match is None:
        return None
    name = match.group("name").lower()
    family = "hugo:" + name
    if match.group("close"):
        return Mark("close", family)
    args = match.group("args").strip()
    found = attributes(args)
    if name in _TABS and ("lang" in found or "codelang" in found):
        return Mark("open", family, kind="code")  # Docsy / Kubernetes: a tab of code
    if name in _TABS:
        title = first_quoted(args) or found.get("name") or found.get("title")
        title = title or found.get("header") or found.get("tabname") or ""
        return Mark("open", family, kind="tab", title=title)
    if name in _NOTES:
        word = found.get("style") or found.get("type") or found.get("color") or ""
        generic = name in ("notice", "hint", "alert", "callout", "admonition")
        if not word and generic and args[:1].isalpha():
            word = args.split(maxsplit=1)[0]
        style = note_style(word or ("note" if generic else name))
        title = found.get("title") or (first_quoted(args.split(maxsplit=1)[-1]) if args else "")
        return Mark("open", family, kind="note", title=title, style=style)
    if name in _DETAILS:
        title = first_quoted(args) or found.get("title") or found.get("summary") or ""
        return Mark("open", family, kind="tab" if title else "plain", title=title)
    if name in _CODE:
        return Mark("open", family, kind="code")
    if name in _REFS:
        return None  # a link target alone on a line: left to the inline rewrite
    return blank()


def hugo_inline(line: str) -> str:
    """Shortcodes inside a line dropped (``ref`` / ``relref`` -> their target). A scan with
    ``str.find``: each opener looks for its closer once, so unclosed openers stay linear."""
    if "{{<" not in line and "{{%" not in line:
        return line
    out: list[str] = []
    pos = 0
    while True:
        start = _next_opener(line, pos)
        if start < 0:
            break
        delim = line[start + 2]
        end = line.find((">" if delim == "<" else "%") + "}}", start + 3)
        if end < 0:
            break  # no closer after it: no closer after any later opener either
        out.append(line[pos:start])
        out.append(_inline_text(line[start + 3 : end].strip(" -/")))
        pos = end + 3
    out.append(line[pos:])
    return "".join(out)


def _inline_text(inner: str) -> str:
    """What an inline shortcode shows: a ``ref``'s target, a ``text="…"`` (a glossary tooltip),
    a glossary ``term_id`` as words, a ``heading``'s argument; else nothing."""
    parts = inner.split(maxsplit=1)
    if len(parts) == 1 and _NAME_VARIABLE.fullmatch(parts[0]):
        return f"{{{{ {parts[0]} }}}}"  # "{{< company-qt >}}": a site variable printing a name
    if len(parts) < 2:
        return ""
    name, args = parts[0].lower(), parts[1]
    if name in _REFS:
        return first_quoted(args) or args.strip()
    found = attributes(args)
    if "text" in found:
        return found["text"]
    if "term_id" in found:
        return found["term_id"].replace("-", " ").replace("_", " ")
    return first_quoted(args) if name == "heading" else ""


_NAME_VARIABLE = re.compile(
    r"[a-z][\w-]*(?:company|product|brand|vendor|provider|org)[\w-]*"
    r"|(?:company|product|brand|vendor|provider|org)[\w-]*",
    re.I,
)
"""A shortcode with no arguments named for a company or a product: it prints that name (the
reader turns the ``{{ name }}`` it becomes into a readable name, as any template variable)."""


def _next_opener(line: str, pos: int) -> int:
    angle = line.find("{{<", pos)
    percent = line.find("{{%", pos)
    if angle < 0 or percent < 0:
        return max(angle, percent)
    return min(angle, percent)


_TOML_PAIR = re.compile(
    r"""^(?P<key>[A-Za-z_][\w-]*)[ \t]*=[ \t]*(?P<value>"(?:[^"\\\n]|\\.)*"|'[^'\n]*'"""
    r"""|true|false|[-+]?\d[\d_.:TZ+-]*|\[[^\[\]\n]*\])[ \t]*(?:#[^\n]*)?$"""
)
_MAX_FRONT_MATTER = 500
"""A ``+++`` front matter ends within this many lines (else it is not one)."""


def toml_front_matter(lines: list[str]) -> list[str]:
    """Hugo's TOML front matter (``+++`` … ``+++``) as the YAML one the reader parses: its
    fences ``---``, each ``key = value`` of a plain value ``key: value``; tables
    (``[params]``), multi-line strings and what follows them are left out (blank lines)."""
    if not lines or lines[0].strip() != "+++":
        return lines
    end = next(
        (i for i in range(1, min(len(lines), _MAX_FRONT_MATTER)) if lines[i].strip() == "+++"), 0
    )
    if not end:
        return lines
    out = list(lines)
    out[0] = out[end] = "---"
    table = False
    for i in range(1, end):
        pair = None if table else _TOML_PAIR.match(lines[i].strip())
        table = table or lines[i].lstrip().startswith("[")
        out[i] = f"{pair.group('key')}: {pair.group('value')}" if pair else ""
    return out
