"""Docs-site dialects read as the MkDocs form the Markdown rewrite understands, line for line:
Hugo shortcodes (``hugo``), GitBook blocks (``gitbook``), MDX components (``mdx``: Docusaurus,
Mintlify, Nextra, Starlight), MyST directives and roles (``myst``), colon fences (``colons``:
Docusaurus admonitions, MyST, Quarto / Pandoc divs); ``boxes`` matches and rewrites them."""

from __future__ import annotations

from .boxes import MAX_DEPTH, normalise

__all__ = ["MAX_DEPTH", "normalise"]
