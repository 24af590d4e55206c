"""What the OSCAL writers share: uuid5 identifiers, tokens, props, links, metadata, JSON bytes.

Every UUID is ``uuid5(NAMESPACE_URL, IRI)`` (of the entity, or of the entity's IRI plus a
fragment naming the OSCAL object), so the bytes are identical across runs and hash seeds.
Values from documents go into JSON through ``json.dumps`` only.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any

from ..namespaces import OSCAL_PROPS
from ..version import __version__
from .model import Document, Model, Party

__all__ = [
    "EPOCH",
    "OSCAL_VERSION",
    "dumps",
    "line",
    "link",
    "metadata",
    "oscal_uuid",
    "prop",
    "role_id",
    "subject_iri",
    "title_of",
    "token",
]

OSCAL_VERSION = "1.2.1"
"""The OSCAL release the JSON is written against (the one compliance-trestle 5.2 validates)."""
EPOCH = "1970-01-01"
"""The date written where OSCAL requires one and the source states none (see remarks)."""
_TOKEN_START = re.compile(r"^[^A-Za-z_]")
_TOKEN_BAD = re.compile(r"[^A-Za-z0-9_.\-]+")


def oscal_uuid(iri: str, part: str = "") -> str:
    """uuid5 of the IRI (plus ``#part`` for an OSCAL object derived from the entity)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{iri}#{part}" if part else iri))


def token(text: str, prefix: str = "x-") -> str:
    """An OSCAL token (ids of controls, roles, groups): letters, digits, ``_ . -``, starting
    with a letter or ``_``."""
    value = _TOKEN_BAD.sub("-", text).strip("-") or "x"
    return f"{prefix}{value}" if _TOKEN_START.match(value) else value


def line(text: str) -> str:
    """A one-line, trimmed, non-empty string (OSCAL markup-line and prop values)."""
    return " ".join(text.split()) or "-"


def prop(name: str, value: str | int | bool, *, cls: str | None = None) -> dict[str, Any]:
    """A prop in the srgraph namespace."""
    text = str(value).lower() if isinstance(value, bool) else str(value)
    found: dict[str, Any] = {"name": name, "ns": str(OSCAL_PROPS), "value": line(text)}
    if cls:
        found["class"] = cls
    return found


def link(href: str, rel: str, text: str | None = None) -> dict[str, Any]:
    """A link (``rel`` a token such as ``canonical`` or ``reference``)."""
    found: dict[str, Any] = {"href": href, "rel": rel}
    if text:
        found["text"] = line(text)
    return found


def role_id(party: Party) -> str:
    """The OSCAL role id of a party: its IRI's last segment (``aws``, ``customer``)."""
    return token(party.iri.rstrip("/").rsplit("/", 1)[-1], "party-")


def date_of(documents: list[Document]) -> str | None:
    """The latest date the documents state, if any."""
    dates = sorted(d.date for d in documents if d.date)
    return dates[-1] if dates else None


def metadata(
    model: Model, title: str, subject: str, *, extra: dict[str, str] | None = None
) -> dict[str, Any]:
    """OSCAL metadata: title, last-modified (the documents' stated date, else the epoch: never
    the clock, so the bytes do not change), version (the content hashes), roles and parties."""
    date = date_of(model.documents) or EPOCH
    hashes = sorted(d.content_hash for d in model.documents if d.content_hash)
    version = ",".join(h.removeprefix("sha256:")[:12] for h in hashes) or "0"
    parties = sorted(model.parties.values(), key=lambda p: p.iri)
    found: dict[str, Any] = {
        "title": line(title),
        "last-modified": f"{date}T00:00:00+00:00",
        "version": version,
        "oscal-version": OSCAL_VERSION,
        "props": [prop("generator", f"srgraph {__version__}")]
        + [prop("source-document", d.iri) for d in model.documents]
        + [prop("document-hash", d.content_hash) for d in model.documents if d.content_hash],
        "links": [link(d.iri, "canonical", d.title) for d in model.documents],
    }
    if parties:
        roles = _roles(parties)
        found["roles"] = [{"id": key, "title": line(roles[key][0].label)} for key in roles]
        found["parties"] = [
            {
                "uuid": oscal_uuid(p.iri),
                "type": "organization",
                "name": line(p.label),
                "links": [link(p.iri, "canonical")],
            }
            for p in parties
        ] + [
            {"uuid": oscal_uuid(iri), "type": "organization", "name": line(label)}
            for iri, label in sorted((extra or {}).items())
        ]
        found["responsible-parties"] = [
            {"role-id": key, "party-uuids": [oscal_uuid(p.iri) for p in roles[key]]}
            for key in roles
        ]
    if date_of(model.documents) is None:
        found["remarks"] = (
            f"The source does not state a date: last-modified is {EPOCH}, not the export time, "
            f"so the file is the same bytes on every run ({subject})."
        )
    return found


def _roles(parties: list[Party]) -> dict[str, list[Party]]:
    """Role id -> its parties, sorted (a merged dataset has a ``customer`` party per document)."""
    roles: dict[str, list[Party]] = {}
    for party in parties:
        roles.setdefault(role_id(party), []).append(party)
    return {key: roles[key] for key in sorted(roles)}


def subject_iri(model: Model, name: str) -> str:
    """The IRI the document-level UUIDs derive from: the document's, or the dataset name's."""
    if len(model.documents) == 1:
        return model.documents[0].iri
    return f"urn:srgraph:dataset:{name}"


def title_of(model: Model, name: str) -> str:
    """The document's title, or the dataset name."""
    return model.documents[0].title if len(model.documents) == 1 else name


def dumps(data: dict[str, Any]) -> bytes:
    """Deterministic JSON bytes: two-space indent, keys in insertion order, final newline."""
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
