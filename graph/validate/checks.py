"""Checks: compiled SHACL shapes evaluated over N-Triples lines, with plain dictionaries.

A data graph is indexed once (predicate -> subject -> objects, subject -> classes); each
shape's targets are looked up there and its constraints evaluated on the value nodes, as SHACL
Core defines them (https://www.w3.org/TR/shacl/#core-components). Results carry the focus node,
the path, the constraint component and the value, like a SHACL validation report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from ..namespaces import RDF, RDFS, XSD
from .shapes import PAIRS, RANGES, Shape

__all__ = ["Data", "Result", "evaluate"]

_TYPE = f"<{RDF.type}>"
_SUBCLASS = f"<{RDFS.subClassOf}>"
_XSD = str(XSD)
_STRING = f"<{XSD.string}>"
_LANG_STRING = f"<{RDF.langString}>"
_LITERAL = f"<{RDFS.Literal}>"
_SH = "http://www.w3.org/ns/shacl#"

_NUMBERS = {
    f"<{_XSD}{name}>"
    for name in [
        "integer",
        "decimal",
        "int",
        "long",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "negativeInteger",
        "nonPositiveInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    ]
}
_FLOATS = {f"<{_XSD}float>", f"<{_XSD}double>"}
_INTEGER = r"[+-]?[0-9]+"
_WELL_FORMED = {
    f"<{_XSD}{name}>": re.compile(pattern)
    for name, pattern in (
        ("integer", _INTEGER),
        ("int", _INTEGER),
        ("long", _INTEGER),
        ("decimal", r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"),
        ("double", r"(?:[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?INF|NaN)"),
        ("float", r"(?:[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|[+-]?INF|NaN)"),
        ("boolean", r"true|false|1|0"),
        ("date", r"-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(?:Z|[+-][0-9]{2}:[0-9]{2})?"),
        (
            "dateTime",
            r"-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?"
            r"(?:Z|[+-][0-9]{2}:[0-9]{2})?",
        ),
    )
}
"""Lexical forms of the common XSD datatypes: an ill-typed literal fails sh:datatype."""

_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


@dataclass(frozen=True, order=True)
class Result:
    """One validation result: focus node, path, constraint component (local name, e.g.
    ``MinCountConstraintComponent``), severity, message, value node and source shape."""

    focus: str
    path: str
    component: str
    severity: str
    message: str
    value: str
    shape: str


@lru_cache(maxsize=65536)
def literal(tok: str) -> tuple[str, str, str]:
    """``(lexical form, datatype token, language)`` of a literal token."""
    end = tok.rfind('"')
    lexical = tok[1:end]
    if "\\" in lexical:
        lexical = _ESCAPE.sub(_unescape, lexical)
    rest = tok[end + 1 :]
    if rest.startswith("@"):
        return lexical, _LANG_STRING, rest[1:].lower()
    if rest.startswith("^^"):
        return lexical, rest[2:], ""
    return lexical, _STRING, ""


def _unescape(m: re.Match[str]) -> str:
    code = m.group(1) or m.group(2)
    return chr(int(code, 16)) if code else _ECHAR.get(m.group(3), m.group(3))


def text(tok: str) -> str:
    """The string value of a term (SHACL's str()): an IRI's text, a literal's lexical form."""
    if tok.startswith("<"):
        return tok[1:-1]
    if tok.startswith('"'):
        return literal(tok)[0]
    return tok


@lru_cache(maxsize=65536)
def _number(tok: str) -> Any:
    lexical, datatype, _ = literal(tok)
    try:
        if datatype in _NUMBERS:
            return Decimal(lexical)
        if datatype in _FLOATS:
            return float(lexical)
    except (InvalidOperation, ValueError):
        return None
    return None


def _less(a: str, b: str, *, equal: bool) -> bool:
    """``a < b`` (``<=`` with ``equal``) for comparable literals; False when incomparable."""
    if not (a.startswith('"') and b.startswith('"')):
        return False
    x, y = _number(a), _number(b)
    if x is None or y is None:
        la, da, ga = literal(a)
        lb, db, gb = literal(b)
        if da != db or ga != gb or da in _NUMBERS or da in _FLOATS:
            return False
        x, y = la, lb
    try:
        return bool(x <= y if equal else x < y)
    except TypeError:
        return False


class Data:
    """A data graph's N-Triples lines, indexed by predicate and by type."""

    def __init__(
        self, lines: Iterable[str] = (), objects: dict[str, dict[str, list[str]]] | None = None
    ) -> None:
        if objects is None:
            objects = _split(lines)
        self.objects = objects
        self.types = objects.get(_TYPE, {})
        supers: dict[str, set[str]] = {}
        for sub, parents in objects.get(_SUBCLASS, {}).items():
            supers.setdefault(sub, set()).update(parents)
        self.supers = _closure(supers)
        self.instances: dict[str, list[str]] = {}
        for node, classes in self.types.items():
            for cls in {c for t in classes for c in self.supers.get(t, (t,))}:
                self.instances.setdefault(cls, []).append(node)

    @classmethod
    def indexed(cls, objects: dict[str, dict[str, list[str]]]) -> Data:
        """The data graph of triples already indexed as predicate -> subject -> objects
        (unique triples; the objects in any order: results do not depend on it)."""
        return cls(objects=objects)

    def values(self, focus: str, path: str) -> list[str]:
        return self.objects.get(path, {}).get(focus, [])

    def is_instance(self, node: str, cls: str) -> bool:
        return any(cls in self.supers.get(t, (t,)) for t in self.types.get(node, ()))

    def focus_nodes(self, shape: Shape) -> list[str]:
        found: dict[str, None] = {}
        for kind, terms in shape.targets.items():
            for term in terms:
                if kind == "targetClass":
                    found.update(dict.fromkeys(self.instances.get(term, ())))
                elif kind == "targetNode":
                    found[term] = None
                elif kind == "targetSubjectsOf":
                    found.update(dict.fromkeys(self.objects.get(term, {})))
                else:
                    for values in self.objects.get(term, {}).values():
                        found.update(dict.fromkeys(values))
        return list(found)


def _split(lines: Iterable[str]) -> dict[str, dict[str, list[str]]]:
    """N-Triples lines as predicate -> subject -> objects."""
    objects: dict[str, dict[str, list[str]]] = {}
    last_s = last_p = ""
    found: list[str] = []
    for line in lines:
        if line[-2:] == " .":
            s, p, o = line[:-2].split(" ", 2)
        else:
            s, p, rest = line.split(" ", 2)
            o = rest.rstrip(". ")
        if s == last_s and p == last_p:  # sorted lines: a subject's values come together
            found.append(o)
            continue
        last_s, last_p = s, p
        by_subject = objects.get(p)
        if by_subject is None:
            by_subject = objects[p] = {}
        known = by_subject.get(s)
        if known is None:
            found = by_subject[s] = [o]
        else:
            found = known
            found.append(o)
    return objects


def _closure(supers: dict[str, set[str]]) -> dict[str, set[str]]:
    """Each class with itself and all its superclasses."""
    out: dict[str, set[str]] = {}
    for start in supers:
        seen = {start}
        todo = [start]
        while todo:
            for parent in supers.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        out[start] = seen
    return out


def evaluate(shapes: Iterable[Shape], data: Data) -> list[Result]:
    """Every result of every shape with targets over ``data``, sorted."""
    check = _Check(data)
    results: list[Result] = []
    for shape in shapes:
        results.extend(check.run(shape, data.focus_nodes(shape)))
    return sorted(set(results))


_Pairs = list[tuple[str, list[str]]]
"""(focus node, its value nodes) for one shape."""


class _Check:
    """Constraint components (SHACL Core, section 4) of a shape over all its focus nodes at
    once: one loop per constraint, class membership by set, nested shapes on single nodes."""

    def __init__(self, data: Data) -> None:
        self.data = data
        self.members: dict[str, set[str]] = {}
        self.simple: dict[int, list[tuple[str, Any]] | None] = {}
        """id of a nested shape -> its constraints when each looks at a value node alone."""

    def run(self, shape: Shape, focus_nodes: list[str]) -> Iterator[Result]:
        if shape.deactivated or not focus_nodes:
            return
        if shape.path is None:
            pairs: _Pairs = [(f, [f]) for f in focus_nodes]
        else:
            by_subject = self.data.objects.get(shape.path, {})
            pairs = [(f, by_subject.get(f, _NONE)) for f in focus_nodes]
        for name, param in shape.constraints.items():
            for focus, value in self.component(name, param, pairs):
                yield self.result(shape, focus, name, value)
        if not shape.properties:
            return
        # on each value node (the focus node of a node shape: the focus nodes, each once)
        values = (
            focus_nodes
            if shape.path is None
            else list(dict.fromkeys(v for _, vs in pairs for v in vs))
        )
        for prop in shape.properties:
            yield from self.run(prop, values)

    def conforms(self, node: str, shape: Shape) -> bool:
        simple = self.simple.get(id(shape), _UNSEEN)
        if simple is _UNSEEN:
            simple = self.simple[id(shape)] = _simple(shape)
        if simple is not None:  # e.g. [ sh:datatype xsd:string ]
            return all(self.value_ok(n, p, node) for n, p in simple)
        return next(self.run(shape, [node]), None) is None

    def value_ok(self, name: str, param: Any, v: str) -> bool:
        """Whether value node ``v`` satisfies a constraint that looks at it alone."""
        if name == "class":
            return v[0] != '"' and all(v in self.instances(c) for c in param)
        if name == "datatype":
            return _has_datatype(v, param)
        if name == "nodeKind":
            return _kind(v) in param[len(_SH) + 1 : -1].split("Or")
        return self.value(name, param, v)

    def result(self, shape: Shape, focus: str, name: str, value: str) -> Result:
        component = name[0].upper() + name[1:] + "ConstraintComponent"
        message = shape.message or f"{component} failed"
        return Result(
            text(focus) if not focus.startswith("_:") else focus,
            text(shape.path) if shape.path else "",
            component,
            shape.severity,
            message,
            value,
            shape.name,
        )

    def component(self, name: str, param: Any, pairs: _Pairs) -> Iterable[tuple[str, str]]:
        """(focus node, value node) of each violation of one constraint; the value is ``''``
        for the per-focus components (counts, hasValue)."""
        if name == "minCount":
            return [(f, "") for f, vs in pairs if len(vs) < param]
        if name == "maxCount":
            return [(f, "") for f, vs in pairs if len(vs) > param]
        if name in PAIRS:
            return [(f, v) for f, vs in pairs for v in self.pair(name, param, f, vs)]
        if name == "hasValue":
            return [(f, "") for f, vs in pairs if param not in vs]
        if name == "uniqueLang":
            return [(f, lang) for f, vs in pairs for lang in _repeated_languages(vs)]
        if name == "class":  # the common components, without a call per value node
            members = [self.instances(c) for c in param]
            return [
                (f, v)
                for f, vs in pairs
                for v in vs
                if v[0] == '"' or not all(v in m for m in members)
            ]
        if name == "datatype" and param == _STRING:
            return [(f, v) for f, vs in pairs for v in vs if v[0] != '"' or v[-1] != '"']
        if name == "nodeKind":
            kinds = frozenset(param[len(_SH) + 1 : -1].split("Or"))
            return [(f, v) for f, vs in pairs for v in vs if _kind(v) not in kinds]
        if name in ("minLength", "maxLength"):  # a blank node has no length: it fails
            longest = name == "maxLength"
            return [
                (f, v)
                for f, vs in pairs
                for v in vs
                if v[0] == "_" or (len(text(v)) > param if longest else len(text(v)) < param)
            ]
        if name == "or":
            conforms = self.conforms
            return [
                (f, v)
                for f, vs in pairs
                for v in vs
                if not all(any(conforms(v, s) for s in group) for group in param)
            ]
        ok = self.value_ok
        return [(f, v) for f, vs in pairs for v in vs if not ok(name, param, v)]

    def instances(self, cls: str) -> set[str]:
        found = self.members.get(cls)
        if found is None:
            found = self.members[cls] = set(self.data.instances.get(cls, ()))
        return found

    def pair(self, name: str, param: tuple[str, ...], focus: str, values: list[str]) -> list[str]:
        bad: list[str] = []
        for prop in param:
            others = self.data.values(focus, prop)
            if name == "equals":
                bad += sorted(set(values) ^ set(others))
            elif name == "disjoint":
                bad += sorted(set(values) & set(others))
            else:
                equal = name == "lessThanOrEquals"
                bad += [v for v in values for w in others if not _less(v, w, equal=equal)]
        return bad

    def value(self, name: str, param: Any, v: str) -> bool:
        """Whether value node ``v`` satisfies one of the other value-based constraints."""
        if name in ("minLength", "maxLength", "pattern"):
            if v.startswith("_:"):
                return False
            if name == "pattern":
                return bool(param.search(text(v)))
            size = len(text(v))
            return bool(size >= param if name == "minLength" else size <= param)
        if name in RANGES:
            strict = name.endswith("Exclusive")
            if name.startswith("min"):
                return _less(param, v, equal=not strict)
            return _less(v, param, equal=not strict)
        if name == "in":
            return v in param
        if name == "languageIn":
            lang = literal(v)[2] if v.startswith('"') else ""
            return any(lang == p or lang.startswith(p + "-") for p in param)
        if name == "or":
            return all(any(self.conforms(v, s) for s in group) for group in param)
        if name == "and":
            return all(all(self.conforms(v, s) for s in group) for group in param)
        if name == "xone":
            return all(sum(self.conforms(v, s) for s in group) == 1 for group in param)
        if name == "not":
            return not any(self.conforms(v, s) for s in param)
        if name == "node":
            return all(self.conforms(v, s) for s in param)
        raise AssertionError(f"uncompiled constraint {name}")


_NONE: list[str] = []
_ON_VALUES = frozenset(
    ("class", "datatype", "nodeKind", "minLength", "maxLength", "pattern", "in", "languageIn")
) | frozenset(RANGES)
"""Constraints about one value node alone (no path, no other node's values)."""


_UNSEEN: list[tuple[str, Any]] = []


def _simple(shape: Shape) -> list[tuple[str, Any]] | None:
    """A shape's constraints when it has no path, no property shapes and each constraint looks
    at the value node alone (``conforms`` then needs no focus-node machinery); else None."""
    if shape.path is not None or shape.properties or shape.deactivated:
        return None
    simple = [(n, p) for n, p in shape.constraints.items() if n in _ON_VALUES]
    return simple if len(simple) == len(shape.constraints) else None


def _kind(v: str) -> str:
    return "Literal" if v[0] == '"' else "BlankNode" if v[0] == "_" else "IRI"


def _repeated_languages(values: list[str]) -> list[str]:
    langs = [literal(v)[2] for v in values if v.startswith('"') and literal(v)[2]]
    return sorted({lang for lang in langs if langs.count(lang) > 1})


def _has_datatype(v: str, datatype: str) -> bool:
    if v[0] != '"':
        return False
    if datatype == _STRING:  # the common case: a plain literal, no tag, no datatype
        return v[-1] == '"'
    lexical, actual, _ = literal(v)
    if datatype == _LITERAL:
        return True
    if actual != datatype:
        return False
    pattern = _WELL_FORMED.get(datatype)
    return pattern is None or pattern.fullmatch(lexical) is not None
