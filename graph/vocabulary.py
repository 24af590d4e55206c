"""The SKOS vocabularies of ontology/vocabularies/ as text matchers.

Services, standards, organisations, party roles, offerings and service models are data: adding a
vendor or a standard means editing a .ttl file. This module turns their labels into regular
expressions that find mentions in text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef

from .namespaces import OFFERING, ORGV, ROLE, SERVICE, SERVICE_MODEL, SKOS, SRM, STANDARD
from .resources import ontology_path

__all__ = [
    "Concept",
    "Matcher",
    "Mention",
    "Vocabularies",
    "load_vocabularies",
    "without_overlaps",
]

VOCABULARY_FILES: dict[str, tuple[str, str]] = {
    "service": ("vocabularies/cloud-services.ttl", str(SERVICE)),
    "standard": ("vocabularies/certifications.ttl", str(STANDARD)),
    "org": ("vocabularies/organizations.ttl", str(ORGV)),
    "role": ("vocabularies/party-roles.ttl", str(ROLE)),
    "offering": ("vocabularies/offerings.ttl", str(OFFERING)),
    "service_model": ("vocabularies/service-models.ttl", str(SERVICE_MODEL)),
}


@dataclass(frozen=True)
class Concept:
    """One vocabulary concept: its key (IRI local name), IRI, labels and links."""

    kind: str
    key: str
    iri: str
    label: str
    labels: tuple[str, ...]
    notation: str | None = None
    links: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    band_order: int | None = None
    hidden: tuple[str, ...] = field(default=(), hash=False, compare=False)
    """Lower-cased hidden labels: the bare generic word a page may use ("provider")."""


@dataclass(frozen=True)
class Mention:
    """A vocabulary concept found in a text at ``start:end``."""

    concept: Concept
    start: int
    end: int
    text: str


_SPACES = re.compile(r"[\s\-]+")
"""A run of spaces and hyphens: one space in a label matches any of them."""
_POSSESSIVE = re.compile(r"['’]s?$")
_WORD_RUN = re.compile(r"\w+")


_FOUND_KEPT = 4096
"""Answers each matcher keeps, least recently used dropped first (the texts a corpus repeats,
such as its party names, cells and stock phrases, stay; emptying the whole store when full
lost them with the rest)."""

_SHORT_TEXT = 2000
"""Texts up to this long are checked for a label's first word before the regexes run (a
longer one almost surely has one, and its words would fill the cache)."""


@lru_cache(maxsize=4096)
def _word_keys(text: str) -> frozenset[str]:
    """The words of an ASCII ``text``, lower-cased, also less a last one or two letters (a
    label's first word may be followed by "s" / "es" in the text)."""
    words = _WORD_RUN.findall(text.lower())
    return frozenset([*words, *(w[:-1] for w in words), *(w[:-2] for w in words)])


def _norm(text: str) -> str:
    return _SPACES.sub(" ", text).strip().lower()


def _trie_pattern(labels: list[str], *, lower: bool, after_first: str = "") -> str:
    """A regex matching any of ``labels`` (longest first), shaped as a character trie.

    A space in a label matches any run of spaces and hyphens; the caller adds word
    boundaries and the plural / possessive endings ("plans", "customer's"), or gives
    ``after_first``, put after each label's first character.
    """
    trie: dict[str, Any] = {}
    for label in labels:
        node = trie
        for char in label.lower() if lower else label:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, Any], after: str = "") -> str:
        branches = [
            (r"[\s\-]+" if char == " " else re.escape(char)) + after + build(node[char])
            for char in sorted(c for c in node if c)
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie, after_first)


_START_AFTER_FIRST = r"(?<![\w/-](?s:.))"
r"""After a label's first character: no word character, "/" or "-" before it (what
``(?<![\w/-])`` says before it). A pattern that opens with its labels' first characters is
searched by the regex engine's fast scan for them; one that opens with a look-behind, or
ignores case, is tried at every position."""


def without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Mentions in text order; where two overlap, the one starting first (then longer) wins."""
    if len(mentions) < 2:
        return list(mentions)  # nothing to order or overlap
    result: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if result and mention.start < result[-1].end:
            continue
        result.append(mention)
    return result


class Matcher:
    """Finds mentions of a set of concepts, longest label first, without overlaps."""

    def __init__(self, concepts: list[Concept]) -> None:
        self.concepts = concepts
        sensitive: list[tuple[str, Concept]] = []
        insensitive: list[tuple[str, Concept]] = []
        for concept in concepts:
            for label in concept.labels:
                # Acronyms ("AWS", "S3", "IAM", "SOC 2") must match case-sensitively.
                uppers = sum(c.isupper() for c in label)
                if (len(label) <= 6 and uppers >= 2) or (len(label) <= 3 and uppers >= 1):
                    sensitive.append((label, concept))
                else:
                    insensitive.append((label.lower(), concept))
        self._lookup: dict[str, Concept] = {}
        self._lookup_ci: dict[str, Concept] = {}
        for label, concept in sensitive:
            self._lookup.setdefault(label, concept)
        for label, concept in insensitive:
            self._lookup_ci.setdefault(_norm(label), concept)
        self._re_cs = self._compile(sorted(self._lookup, key=len, reverse=True), 0)
        ci_labels = sorted({label for label, _ in insensitive}, key=len, reverse=True)
        self._re_ci = self._compile(ci_labels, re.I)
        self._found = lru_cache(maxsize=_FOUND_KEPT)(self._found_in)
        self._concepts: dict[str, Concept | None] = {}
        # A match starts a run of word characters that is a label's first word (lower-cased),
        # maybe with "s" / "es": a text none of whose words is one has no match, and the
        # regexes need not run. Sound for ASCII labels that start with a word character, in
        # ASCII text (no Unicode case folding such as the Kelvin sign to "k").
        labels = [label for concept in concepts for label in concept.labels]
        firsts = [_WORD_RUN.match(label.lower()) for label in labels]
        self._firsts: frozenset[str] | None = (
            frozenset(m.group(0) for m in firsts if m is not None)
            if all(label.isascii() for label in labels) and all(firsts)
            else None
        )
        # For an ASCII text: the same patterns opening with the labels' first characters and
        # not ignoring case (the case-insensitive one runs on the lower-cased text, whose
        # positions are the text's), so the regex engine scans for those characters quickly.
        self._ascii: tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None = (
            (
                self._compile_ascii(sorted(self._lookup, key=len, reverse=True), lower=False),
                self._compile_ascii(ci_labels, lower=True),
            )
            if self._firsts is not None
            else None
        )

    @staticmethod
    def _compile(labels: list[str], flags: int) -> re.Pattern[str] | None:
        if not labels:
            return None
        # One trie-shaped alternation: a plain "a|b|c…" of hundreds of labels is tried
        # branch by branch at every position, which dominated extraction time.
        body = _trie_pattern(labels, lower=bool(flags & re.I))
        return re.compile(rf"(?<![\w/-])(?:{body})(?:e?s)?(?:['’]s?)?(?![\w-])", flags)

    @staticmethod
    def _compile_ascii(labels: list[str], *, lower: bool) -> re.Pattern[str] | None:
        if not labels:
            return None
        body = _trie_pattern(labels, lower=lower, after_first=_START_AFTER_FIRST)
        return re.compile(rf"(?:{body})(?:e?s)?(?:['’]s?)?(?![\w-])")

    def _concept_for(self, text: str) -> Concept | None:
        """The concept a matched text names (answers kept: the same few names recur)."""
        if text in self._concepts:
            return self._concepts[text]
        if len(self._concepts) >= 65536:
            self._concepts.clear()
        concept = self._concepts[text] = self._concept_of(text)
        return concept

    def _concept_of(self, text: str) -> Concept | None:
        norm = _SPACES.sub(" ", text).strip()
        candidates = [norm, _POSSESSIVE.sub("", norm)]
        for cand in list(candidates):
            candidates += [cand[:-1], cand[:-2]]
        for cand in candidates:
            if cand in self._lookup:
                return self._lookup[cand]
            folded = _norm(cand)
            if folded in self._lookup_ci:
                return self._lookup_ci[folded]
        return None

    def find(self, text: str) -> list[Mention]:
        """All non-overlapping mentions in ``text``, in order; longer matches win (the same
        text is often searched by several readers, and across documents: the answers most
        recently used are kept)."""
        return list(self._found(text))

    def _found_in(self, text: str) -> tuple[Mention, ...]:
        return tuple(self._find(text))

    def _find(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        firsts = self._firsts
        short = len(text) <= _SHORT_TEXT and text.isascii()
        if firsts is not None and short and firsts.isdisjoint(_word_keys(text)):
            return found  # no word of the text opens a label
        if self._ascii is not None and text.isascii():
            searches = [(self._ascii[0], text), (self._ascii[1], text.lower())]
        else:
            searches = [(self._re_cs, text), (self._re_ci, text)]
        for regex, searched in searches:
            if regex is None:
                continue
            for match in regex.finditer(searched):
                start, end = match.span()
                concept = self._concept_for(text[start:end])
                if concept is not None:
                    found.append(Mention(concept, start, end, text[start:end]))
        return without_overlaps(found) if found else found

    def lookup(self, text: str) -> Concept | None:
        """The concept whose label is the whole of ``text`` (plural and case tolerant)."""
        mentions = self.find(text.strip())
        if len(mentions) == 1 and mentions[0].text.strip() == text.strip():
            return mentions[0].concept
        return None


@dataclass(frozen=True, eq=False)
class Vocabularies:
    """All vocabularies, as concept tables and matchers per kind (loaded once and never
    changed: hashed by identity, so answers computed from them can be kept per vocabularies)."""

    concepts: dict[str, dict[str, Concept]]
    matchers: dict[str, Matcher]
    by_iri: dict[str, Concept] = field(default_factory=dict)
    """Every concept of every kind, by IRI."""

    def concept(self, kind: str, key: str) -> Concept | None:
        """The concept of ``kind`` with ``key``, if the vocabulary has it."""
        return self.concepts.get(kind, {}).get(key)


def _first(values: list[str]) -> str | None:
    return sorted(values)[0] if values else None


def _load_kind(kind: str, path: Path, namespace: str) -> dict[str, Concept]:
    graph = Graph()
    if path.is_file():
        graph.parse(path, format="turtle")
    concepts: dict[str, Concept] = {}
    for subject in sorted(set(graph.subjects(SKOS.prefLabel, None)), key=str):
        iri = str(subject)
        if not isinstance(subject, URIRef) or not iri.startswith(namespace):
            continue
        key = iri[len(namespace) :]
        pref = _first([str(o) for o in graph.objects(subject, SKOS.prefLabel)])
        if not pref:
            continue
        labels = {pref}
        for prop in (SKOS.altLabel, SKOS.hiddenLabel):
            labels.update(str(o) for o in graph.objects(subject, prop) if isinstance(o, Literal))
        hidden = sorted(
            str(o).lower()
            for o in graph.objects(subject, SKOS.hiddenLabel)
            if isinstance(o, Literal)
        )
        notation = _first([str(o) for o in graph.objects(subject, SKOS.notation)])
        links = {}
        for prop, name in (
            (SRM.defaultRole, "default_role"),
            (SRM.provider, "provider"),
            (SRM.offeredBy, "offered_by"),
        ):
            value = _first([str(o) for o in graph.objects(subject, prop)])
            if value:
                links[name] = value
        band = _first([str(o) for o in graph.objects(subject, SRM.bandOrder)])
        concepts[key] = Concept(
            kind=kind,
            key=key,
            iri=iri,
            label=pref,
            labels=tuple(sorted(labels, key=lambda s: (-len(s), s))),
            notation=notation,
            links=links,
            band_order=int(band) if band and band.isdigit() else None,
            hidden=tuple(hidden),
        )
    return concepts


@cache
def load_vocabularies(directory: Path | None = None) -> Vocabularies:
    """Load every vocabulary (from ``directory`` or the shipped ontology/ folder)."""
    concepts: dict[str, dict[str, Concept]] = {}
    matchers: dict[str, Matcher] = {}
    for kind, (relative, namespace) in VOCABULARY_FILES.items():
        path = (directory / Path(relative).name) if directory else ontology_path(relative)
        concepts[kind] = _load_kind(kind, path, namespace)
        matchers[kind] = Matcher(list(concepts[kind].values()))
    by_iri = {c.iri: c for table in concepts.values() for c in table.values()}
    return Vocabularies(concepts=concepts, matchers=matchers, by_iri=by_iri)
