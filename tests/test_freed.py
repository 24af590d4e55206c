"""Extraction leaves no reference cycle holding the document: once its facts are returned, the
walk (readers, section indexes) and the document it read are freed by reference counting,
not left for the cyclic garbage collector to trace and free in every worker (speed round 15)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph import extract_facts, read_document

DATA = Path(__file__).parent / "data"
PAGES = ["azure-shared-responsibility.md", "styles/ownership-matrix.md", "styles/saas-roles.md"]


@pytest.fixture
def no_collector() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.parametrize("name", PAGES)
def test_document_freed_without_the_collector(name: str, no_collector: None) -> None:
    document = read_document(DATA / name)
    facts = extract_facts(document)
    assert facts.of_kind("duty")  # a page that exercises the list and table readers
    freed = weakref.ref(document)
    del document
    assert freed() is None
