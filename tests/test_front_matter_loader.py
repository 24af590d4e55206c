"""Front matter read by libyaml where it can be: the same data and the same errors as the pure
loader, which refuses aliases."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from graph.document.markdown import _load_yaml, _NoAliasLoader

CASES = [
    "title: A page\ndate: 2024-09-06\ntags:\n  - a\n  - {b: [1, 2]}\n",
    "t: \t1",  # libyaml accepts the tab, the pure loader does not
    "date: 2024-01-82",
    "x: &a 1\ny: *a",
    "- " * 400 + "x",
    "a: [" * 300 + "]" * 300,
    "k: 'unterminated",
    "a: b: c",
    "a: \x7f",
    "%YAML 1.1\n---\na: 1",
]


def _outcome(load: Any, text: str) -> tuple[str, Any]:
    try:
        return ("data", load(text))
    except Exception as exc:  # the outcome is compared, whatever it is
        return (type(exc).__name__, str(exc))


@pytest.mark.parametrize("text", CASES)
def test_fast_loader_answers_as_the_pure_one(text: str) -> None:
    pure = _outcome(lambda t: yaml.load(t, Loader=_NoAliasLoader), text)
    assert _outcome(_load_yaml, text) == pure
