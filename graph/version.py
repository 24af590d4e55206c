"""The version of srgraph (its own module: the pipeline stages need it, not the package face)."""

from __future__ import annotations

import importlib.machinery
from pathlib import Path

__version__ = "0.1.0"


def compiled_modules() -> list[str]:
    """The graph modules this install runs compiled: extension modules beside their sources,
    which Python imports first (``SRGRAPH_COMPILE=1 pip install .``, README "Compiled build");
    empty for the default pure-Python install."""
    root = Path(__file__).parent
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = []
    for path in root.rglob("*"):
        if path.name.endswith(suffixes):
            relative = path.relative_to(root.parent).as_posix()
            found.append(relative.split(".", 1)[0].replace("/", "."))
    return sorted(found)


def version_line() -> str:
    """``srgraph --version``: the version, and how many modules run compiled if any do."""
    compiled = compiled_modules()
    return f"srgraph {__version__}" + (f" (mypyc: {len(compiled)} modules)" if compiled else "")
