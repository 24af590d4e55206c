"""Categorizing: each duty of a graph gets ``srm:category`` from the cue words of
ontology/vocabularies/duty-categories.ttl, with the evidence on the link's rdf:Statement.

The rule is data plus one ordering, so it is deterministic and explainable: a cue matches a whole
word (any case, spaces and hyphens alike, endings s/es/ed/d/ing, y -> ies); a specific cue
(``srm:cue``) weighs 3 per word, a generic one (``srm:genericCue``) 1 per word; the duty takes
the category of the heaviest cue in its label, else in its innermost heading, else in its
sentence (``dcterms:description``), else in the outer headings; equal weights go to the earliest
cue. A duty no cue matches gets ``category:unclassified``, which says so.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache

from rdflib import Graph, Literal, URIRef

from .namespaces import CATEGORY, CCM, DCTERMS, NIST, PROV, RDF, RDFS, SKOS, SRM
from .resources import ontology_path
from .vocabulary import Matcher, load_vocabularies

__all__ = [
    "UNCLASSIFIED",
    "Categories",
    "Category",
    "Classification",
    "categorize_graph",
    "load_categories",
    "statement_iri",
]

UNCLASSIFIED = str(CATEGORY.unclassified)
STRONG_WEIGHT = 3
GENERIC_WEIGHT = 1
MAX_TEXT = 600
"""Characters of a label, heading or sentence searched for cues: what a duty is about is said
early, and a hostile megabyte-long "duty" must not cost a regex pass over all of it."""
_ENDINGS = r"(?:s|es|ed|d|ing)?"
_WORD = re.compile(r"\w+")
_MEMO_WORDS = 65_536
"""Words whose candidate cues are remembered."""
_MEMO_TEXTS = 20_000
"""Texts whose best cue is remembered (at most 12 MB of text, one page's headings or more)."""


@dataclass(frozen=True)
class Category:
    """One duty category: its IRI, label, and the NIST SP 800-53 / CSA CCM concepts it maps to."""

    iri: str
    key: str
    label: str
    definition: str
    nist: tuple[str, ...] = ()
    """NIST SP 800-53 Rev. 5 ids, lowercase as in NIST's OSCAL catalogue ("si-2", "si")."""
    ccm: tuple[str, ...] = ()
    """CSA CCM v4 domain ids ("TVM")."""


@dataclass(frozen=True)
class Classification:
    """The category of one duty and why: the cue, the words it matched and where."""

    category: str
    cue: str | None = None
    matched: str | None = None
    field: str | None = None


@dataclass(frozen=True)
class _Cue:
    category: str
    text: str
    weight: int


@dataclass
class Categories:
    """The duty-category vocabulary: categories by IRI and one matcher for all their cues."""

    categories: dict[str, Category]
    cues: list[_Cue]
    nist_titles: dict[str, str] = field(default_factory=dict)
    """NIST id (lowercase) -> its label in nist-800-53.ttl."""
    names: list[Matcher] = field(default_factory=list)
    """Names that are no cue ("Adobe Commerce on cloud infrastructure" is an offering, not
    infrastructure): offerings and organisations of the vocabularies, blanked before matching."""
    pattern: re.Pattern[str] = field(init=False)
    order: list[int] = field(init=False)
    stems: list[str] = field(init=False)
    _single: dict[int, re.Pattern[str]] = field(init=False)
    _by_start: dict[str, list[int]] = field(init=False)
    _anywhere: list[int] = field(init=False)
    _starts: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    _found: dict[str, tuple[_Cue, str] | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # one alternation, longest cue first so "network security" wins over "network"
        self.order = sorted(range(len(self.cues)), key=lambda i: (-len(self.cues[i].text), i))
        self.pattern = self._alternation(tuple(self.order))
        # a cue can only match an ASCII text holding its first word (lower case, a final "y"
        # dropped): matches() tries only those cues, one pattern each, and finds what the
        # alternation finds, much faster
        self.stems = [_stem(self.cues[i].text) for i in self.order]
        self._single: dict[int, re.Pattern[str]] = {}
        # a cue matches where a word starts (no word character before it): when its stem is
        # word characters only, a word of the text starts with the stem. The stems by their
        # first three letters (or whole, when shorter) name the few worth looking for from
        # each word's start; the others (empty, or holding a "/") are always looked for.
        self._by_start: dict[str, list[int]] = {}
        self._anywhere: list[int] = []
        self._starts: dict[str, tuple[int, ...]] = {}
        self._found: dict[str, tuple[_Cue, str] | None] = {}
        for rank, stem in enumerate(self.stems):
            if _WORD.fullmatch(stem):
                self._by_start.setdefault(stem[:3], []).append(rank)
            else:
                self._anywhere.append(rank)

    def _alternation(self, order: tuple[int, ...]) -> re.Pattern[str]:
        parts = [f"(?P<c{i}>{_cue_regex(self.cues[i].text)})" for i in order]
        return re.compile(
            r"(?<![\w])(?:" + "|".join(parts) + r")" + _ENDINGS + r"(?![\w])", re.IGNORECASE
        )

    def matches(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, cue index, matched text) of each match of the alternation of all cues in
        ``text``, in order: what ``pattern.finditer`` finds. For ASCII text, each cue whose
        first word starts a word of the text is searched alone and the alternation's choice
        replayed (the leftmost start; there, the first cue in order)."""
        if not text.isascii():
            for m in self.pattern.finditer(text):
                yield m.start(), int(str(m.lastgroup)[1:]), m.group(0)
            return
        lower = text.lower()
        ranks = {r for r in self._anywhere if self.stems[r] in lower}
        # where each cue may start: a word that starts with its stem (what its regex matches
        # first, after a non-word character); a cue is tried there only, not searched for
        places: dict[int, list[int]] = {}
        for word in _WORD.finditer(lower):
            for rank in self._starting(word.group()):
                places.setdefault(rank, []).append(word.start())
        ranks.update(places)
        pending: dict[int, re.Match[str]] = {}  # in rank order; a cue not found is dropped
        for rank in sorted(ranks):
            found = self._next(rank, places.get(rank), text, 0)
            if found is not None:
                pending[rank] = found
        while pending:
            start, _, rank = min((f.start(), k, r) for k, (r, f) in enumerate(pending.items()))
            match = pending[rank]
            yield start, self.order[rank], match.group(0)
            end = max(match.end(), start + 1)
            for r, found in list(pending.items()):
                if found.start() < end:
                    again = self._next(r, places.get(r), text, end)
                    if again is None:
                        del pending[r]
                    else:
                        pending[r] = again

    def _next(
        self, rank: int, places: list[int] | None, text: str, end: int
    ) -> re.Match[str] | None:
        """The first match of the cue of ``rank`` from ``end`` on: what its regex's search
        finds, tried only at ``places`` (ascending) when they are known."""
        cue = self._cue(self.order[rank])
        if places is None:
            return cue.search(text, end)
        for place in places:
            if place >= end:
                found = cue.match(text, place)
                if found is not None:
                    return found
        return None

    def _starting(self, word: str) -> tuple[int, ...]:
        """The ranks of the word-character stems ``word`` (lower case) starts with; a word seen
        before is looked up (words recur)."""
        found = self._starts.get(word)
        if found is None:
            if len(self._starts) >= _MEMO_WORDS:
                self._starts.clear()
            stems = self.stems
            found = self._starts[word] = tuple(
                rank
                for start in {word[:1], word[:2], word[:3]}
                for rank in self._by_start.get(start, ())
                if word.startswith(stems[rank])
            )
        return found

    def _cue(self, index: int) -> re.Pattern[str]:
        found = self._single.get(index)
        if found is None:
            found = self._single[index] = self._alternation((index,))
        return found

    def classify(
        self, label: str, *, description: str = "", sections: Sequence[str] = ()
    ) -> Classification:
        """The category of a duty from its label, its heading path (outermost first) and the
        sentence it came from."""
        inner = list(reversed(sections))
        texts = [("label", label)]
        texts += [("section", inner[0])] if inner else []
        texts += [("description", description)] if description and description != label else []
        texts += [("section", title) for title in inner[1:]]
        for where, text in texts:
            best = self._best(text)
            if best is not None:
                cue, matched = best
                return Classification(cue.category, cue.text, matched, where)
        return Classification(UNCLASSIFIED)

    def _best(self, text: str) -> tuple[_Cue, str] | None:
        """The heaviest, earliest cue in ``text`` and the words it matched; a text seen
        before (headings repeat for every duty under them) is looked up, not matched again."""
        text = text[:MAX_TEXT]
        if text in self._found:
            return self._found[text]
        if len(self._found) >= _MEMO_TEXTS:
            self._found.clear()
        found = self._found[text] = self._match_best(text)
        return found

    def _match_best(self, text: str) -> tuple[_Cue, str] | None:
        for matcher in self.names:
            for mention in matcher.find(text):
                text = (
                    text[: mention.start]
                    + " " * (mention.end - mention.start)
                    + text[mention.end :]
                )
        found: tuple[int, int, _Cue, str] | None = None
        for start, index, matched in self.matches(text):
            cue = self.cues[index]
            key = (cue.weight, -start)
            if found is None or key > (found[0], found[1]):
                found = (cue.weight, -start, cue, matched)
        return None if found is None else (found[2], found[3])


def _cue_regex(cue: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s\-_]+", cue.strip()) if w]
    if words and words[-1].endswith("y") and len(words[-1]) > 2:
        words[-1] = words[-1][:-1] + "(?:y|ie)"  # + "s": "dependency" -> "dependencies"
    return r"[\s\-_]+".join(words)


def _stem(cue: str) -> str:
    """What an ASCII text must hold (lower case) for ``cue`` to match in it: its first word,
    without a final "y" when that word is also the last; "" (always a candidate) for a cue
    that is not ASCII (case-insensitive matching of other scripts is not simple lowering)."""
    words = [w for w in re.split(r"[\s\-_]+", cue.strip()) if w]
    if not words or not cue.isascii():
        return ""
    first = words[0].lower()
    return first[:-1] if len(words) == 1 and first.endswith("y") else first


def _words(text: str) -> int:
    return len([w for w in re.split(r"[\s\-_]+", text) if w])


@cache
def load_categories() -> Categories:
    """Read duty-categories.ttl and nist-800-53.ttl (once per process)."""
    graph = Graph()
    graph.parse(ontology_path("vocabularies/duty-categories.ttl"), format="turtle")
    nist_graph = Graph()
    nist_graph.parse(ontology_path("vocabularies/nist-800-53.ttl"), format="turtle")
    categories: dict[str, Category] = {}
    cues: list[_Cue] = []
    for concept in sorted(graph.subjects(RDF.type, SRM.DutyCategory), key=str):
        iri = str(concept)
        matches = sorted(str(m) for m in graph.objects(concept, SKOS.closeMatch))
        categories[iri] = Category(
            iri=iri,
            key=iri[len(str(CATEGORY)) :],
            label=str(graph.value(concept, SKOS.prefLabel)),
            definition=str(graph.value(concept, SKOS.definition) or ""),
            nist=tuple(m[len(str(NIST)) :] for m in matches if m.startswith(str(NIST))),
            ccm=tuple(m[len(str(CCM)) :].upper() for m in matches if m.startswith(str(CCM))),
        )
        for prop, weight in ((SRM.cue, STRONG_WEIGHT), (SRM.genericCue, GENERIC_WEIGHT)):
            for cue in sorted(str(c) for c in graph.objects(concept, prop)):
                cues.append(_Cue(iri, cue, weight * _words(cue)))
    titles = {
        str(c)[len(str(NIST)) :]: str(label)
        for c, label in nist_graph.subject_objects(SKOS.prefLabel)
        if str(c).startswith(str(NIST))
    }
    vocabularies = load_vocabularies()
    names = [vocabularies.matchers[kind] for kind in ("offering", "org")]
    return Categories(categories, cues, titles, names)


_CATEGORY = str(SRM.category)


def statement_iri(document: str, duty: str, category: str) -> str:
    """The IRI of the rdf:Statement of a duty's category link, minted as graph/build.py mints
    those of relations (under the document IRI)."""
    digest = hashlib.sha1(f"{duty}\n{_CATEGORY}\n{category}\nNone".encode()).hexdigest()[:12]
    return f"{document}/statement/{digest}"


def _statement(duty: URIRef, category: URIRef, span: URIRef, graph: Graph) -> URIRef:
    """The statement IRI minted as graph/build.py mints those of relations."""
    document = graph.value(span, SRM.document)
    base = str(document) if document is not None else str(duty).rsplit("/duty/", 1)[0]
    return URIRef(statement_iri(base, str(duty), str(category)))


def categorize_graph(graph: Graph, *, categories: Categories | None = None) -> Graph:
    """Give every ``srm:Duty`` of ``graph`` (in place) one ``srm:category`` and an rdf:Statement
    with the evidence (srm:matchedCue, srm:matchedText, srm:matchedIn) derived from the duty's
    source span. Duties that already have a category keep it. Returns the graph."""
    vocab = categories or load_categories()
    for duty in sorted(d for d in graph.subjects(RDF.type, SRM.Duty) if isinstance(d, URIRef)):
        if graph.value(duty, SRM.category) is not None:
            continue
        span = graph.value(duty, PROV.wasDerivedFrom)
        path = graph.value(span, SRM.sectionPath) if span is not None else None
        result = vocab.classify(
            str(graph.value(duty, RDFS.label) or ""),
            description=str(graph.value(duty, DCTERMS.description) or ""),
            sections=str(path).split(" > ") if path is not None else (),
        )
        category = URIRef(result.category)
        graph.add((duty, SRM.category, category))
        if not isinstance(span, URIRef):
            continue
        statement = _statement(duty, category, span, graph)
        graph.add((statement, RDF.type, RDF.Statement))
        graph.add((statement, RDF.subject, duty))
        graph.add((statement, RDF.predicate, SRM.category))
        graph.add((statement, RDF.object, category))
        graph.add((statement, PROV.wasDerivedFrom, span))
        if result.cue is not None:
            graph.add((statement, SRM.matchedCue, Literal(result.cue)))
            graph.add((statement, SRM.matchedText, Literal(result.matched)))
            graph.add((statement, SRM.matchedIn, Literal(result.field)))
    return graph
