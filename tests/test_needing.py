"""A pattern that needs one of a few words (graph.text.Needing) answers every text as its regex
does: the shortcut for ASCII texts without the words never loses a match."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

import graph.extract
from graph.text import Needing

DATA = Path(__file__).parent / "data"


def _needing() -> dict[str, Needing]:
    found: dict[str, Needing] = {}
    names = [f"graph.extract.{info.name}" for info in pkgutil.iter_modules(graph.extract.__path__)]
    for module_name in [*names, "graph.lexicon"]:
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if isinstance(value, Needing):
                found.setdefault(name, value)
    return found


def _texts() -> list[str]:
    lines: list[str] = []
    for page in sorted(DATA.rglob("*.md")):
        lines += page.read_text(encoding="utf-8", errors="replace").splitlines()
    lines += [line.upper() for line in lines] + [line.lower() for line in lines]
    lines += [
        "The customer is Responsible for patching.",
        "Acme takes full RESPONSIBILITY for backups",
        "It is the customer's responsibility to rotate keys",
        "The app runs on AWS and relies on S3",
        "The service builds on the provider's certification",
        "Select the right ones",
        "Offer these tools",
        "Backups (restoring them is the customer's responsibility)",
        "Der Kunde ist responsible für Daten",  # not ASCII: the regex always runs
        "Altering these groups can lead to outages",
        "Deleting the key WOULD break the service",
        "Nimbus secures the servers—but you are responsible for your data",
        "Infra will not maintain the VM, but will check on security",
        "This includes, but is not limited to: keys, logs",
        "Acme will, from time to time, patch the hosts",
        "Acme not only patches the hosts but also monitors them",
        "Always be sure to provide the logs",
    ]
    return list(dict.fromkeys(lines))


@pytest.mark.parametrize("name", sorted(_needing()))
def test_needing_finds_what_its_regex_finds(name: str) -> None:
    needing = _needing()[name]
    skipped = matched = 0
    for text in _texts():
        for method in ("match", "search"):
            fast = getattr(needing, method)(text)
            slow = getattr(needing.pattern, method)(text)
            assert (fast and fast.span()) == (slow and slow.span()), (name, text)
            matched += slow is not None
        skipped += not needing.possible(text)
    assert skipped and matched  # the shortcut is taken, and the pattern does match


def test_clause_needs_a_spaced_verb() -> None:
    """A list item's sentence matches ``_CLAUSE`` only when ``_SPACED_CLAUSE_VERB`` finds its
    verb (the quick search that spares the match most sentences)."""
    from graph.extract.item_duties import _CLAUSE, _SPACED_CLAUSE_VERB

    matched = skipped = 0
    for text in _texts():
        found = _SPACED_CLAUSE_VERB.search(text) is not None
        if _CLAUSE.match(text) is not None:
            assert found, text
            matched += 1
        skipped += not found
    assert matched and skipped


def test_party_passive_needs_a_spaced_verb() -> None:
    """A sentence matches ``_PARTY_PASSIVE`` only when ``_PASSIVE_VERB`` finds its auxiliary
    (the quick search that spares the match most sentences)."""
    from graph.extract.item_duties import _PARTY_PASSIVE, _PASSIVE_VERB

    texts = [*_texts(), "Idle leads may be removed from the roster", "Keys\tARE\trotated daily"]
    matched = skipped = 0
    for text in texts:
        found = _PASSIVE_VERB.search(text) is not None
        if _PARTY_PASSIVE.match(text) is not None:
            assert found, text
            matched += 1
        skipped += not found
    assert matched and skipped
