"""Jekyll / Liquid product keywords (``{{site.data.keyword.cloud_notm}}``) resolved to names.

The names are data: ``ontology/vocabularies/keywords.ttl``, a SKOS concept scheme whose concepts
carry the keywords as ``skos:notation`` and the name as ``skos:prefLabel``.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from ..resources import ontology_path

__all__ = ["KEYWORDS_FILE", "guess_keyword", "load_keywords", "resolve_keyword"]

KEYWORDS_FILE = "vocabularies/keywords.ttl"


@cache
def load_keywords(path: Path | None = None) -> dict[str, str]:
    """Keyword (notation) -> name (prefLabel), from ``path`` or the shipped vocabulary."""
    from rdflib import Graph, Literal

    from ..namespaces import SKOS

    source = path or ontology_path(KEYWORDS_FILE)
    graph = Graph()
    if source.is_file():
        graph.parse(source, format="turtle")
    names: dict[str, str] = {}
    for concept in sorted(set(graph.subjects(SKOS.notation, None)), key=str):
        labels = sorted(str(o) for o in graph.objects(concept, SKOS.prefLabel))
        if not labels:
            continue
        for notation in graph.objects(concept, SKOS.notation):
            if isinstance(notation, Literal):
                names.setdefault(str(notation), labels[0])
    return names


def guess_keyword(keyword: str) -> str:
    """A readable name for a keyword no vocabulary knows: ``foo-bar_notm`` -> ``foo bar``,
    ``foo_short_name`` -> ``foo``."""
    name = re.sub(r"(?:_(?:notm|full|short|long|name))+$", "", keyword)
    return " ".join(re.split(r"[-_]+", name)).strip() or keyword


def resolve_keyword(keyword: str, *, path: Path | None = None) -> str:
    """The name of a Liquid keyword: from the vocabulary, else a readable guess."""
    names = load_keywords(path)
    return names.get(keyword) or names.get(keyword.lower()) or guess_keyword(keyword)
