"""Opt-in compiled build: ``SRGRAPH_COMPILE=1 pip install .`` compiles the hot modules with mypyc.

Without ``SRGRAPH_COMPILE`` this hook does nothing and the wheel is pure Python (the default; no
compiler needed). With it, the wheel target copies ``graph/`` to a temporary folder, compiles
``COMPILED`` there with mypyc (``mypycify`` + setuptools ``build_ext``) and adds the extension
modules to the wheel beside the ``.py`` sources, which they shadow on import. Nothing is written
into the source tree, and an editable install refuses to compile: its imports would come from
the sources, so compiled modules there could only go stale.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

COMPILED = [
    "graph/text.py",
    "graph/build.py",
    "graph/categorize.py",
    "graph/facts.py",
    "graph/lexicon.py",
    "graph/lexicon_words.py",
    "graph/vocabulary.py",
    "graph/document/markdown.py",
    "graph/document/model.py",
    "graph/document/source.py",
    "graph/validate/checks.py",
    *sorted(
        f"graph/extract/{p.name}" for p in (Path(__file__).parent / "graph/extract").glob("*.py")
    ),
]
"""The modules compiled (paths under the project root): the hot code of reading (the Markdown
reader and the document model), extraction, building and the SHACL check."""

_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="srgraph-compiled",
    packages=[],
    ext_modules=mypycify(sys.argv[1:], opt_level="3", group_name="graph"),
    script_args=["build_ext", "--build-lib", "lib", "--build-temp", "tmp"],
)
"""


def _enabled() -> bool:
    return os.environ.get("SRGRAPH_COMPILE", "").strip() not in ("", "0")


class MypycBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def dependencies(self) -> list[str]:
        if not _enabled():
            return []
        # mypyc type-checks what the compiled modules import: the runtime dependencies too
        return ["mypy>=1.10", "setuptools>=65", "types-PyYAML", *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if not _enabled() or self.target_name != "wheel":
            return
        if version == "editable":
            raise RuntimeError(
                "SRGRAPH_COMPILE=1 builds a compiled wheel; an editable install would import the "
                ".py sources. Install it non-editable in its own venv: SRGRAPH_COMPILE=1 pip "
                "install . (see README, 'Compiled build')"
            )
        work = self._work = Path(tempfile.mkdtemp(prefix="srgraph-mypyc-"))
        shutil.copytree(
            Path(self.root) / "graph", work / "graph", ignore=shutil.ignore_patterns("__pycache__")
        )
        config = ["--config-file", str(Path(self.root) / "pyproject.toml")]
        subprocess.run([sys.executable, "-c", _SETUP, *config, *COMPILED], cwd=work, check=True)
        force = build_data.setdefault("force_include", {})
        for ext in sorted((work / "lib").rglob("*.so")) + sorted((work / "lib").rglob("*.pyd")):
            force[str(ext)] = ext.relative_to(work / "lib").as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
