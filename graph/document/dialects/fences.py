"""Line-for-line Markdown rewrites leave code fences alone: ``unfenced`` gives the indexes of
the lines outside them, a fence line itself never one."""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["unfenced"]


def unfenced(lines: list[str], fence: re.Pattern[str]) -> Iterator[int]:
    """The indexes of ``lines`` outside the code fences ``fence`` opens and closes."""
    fenced = False
    for i, line in enumerate(lines):
        if fence.match(line):
            fenced = not fenced
        elif not fenced:
            yield i
