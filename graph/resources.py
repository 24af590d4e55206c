"""Locate shipped data files: the ontology, vocabularies, queries and the bundled document."""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["BUNDLED_DOCUMENT", "ontology_path", "package_data_path"]

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _ontology_dir() -> Path:
    installed = _PACKAGE_DIR / "_ontology"  # wheel: ontology/ is force-included here
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent / "ontology"  # source checkout / editable install


def ontology_path(relative: str) -> Path:
    """Path of a file under ontology/, e.g. ``"shapes.ttl"``."""
    return _ontology_dir() / relative


def package_data_path(relative: str) -> Path:
    """Path of a file under graph/data/."""
    return _PACKAGE_DIR / "data" / relative


BUNDLED_DOCUMENT = package_data_path("adobe-managed-services.md")
"""Adobe's 'Managed services' page (MIT, notice in graph/data/LICENSE-adobe.txt)."""
