"""The component-definition: one component per party (and per offering), one
implemented-requirement per duty under the component of the party that does it."""

from __future__ import annotations

from typing import Any

from .catalog import control_id
from .common import line, link, metadata, oscal_uuid, prop, role_id, subject_iri, title_of
from .model import Duty, Model, Party

__all__ = ["build_component_definition", "duty_props", "owner", "responsible_roles"]

RACI_NAMES = {"R": "responsible", "A": "accountable", "C": "consulted", "I": "informed"}
UNASSIGNED = "urn:srgraph:unassigned"
"""The component of duties no party is named for."""


def owner(duty: Duty) -> str:
    """The party whose component holds the duty's implemented-requirement: the first
    responsible party, else the first accountable, consulted or informed one."""
    for letter in ("R", "A", "C", "I"):
        parties = duty.parties(letter)
        if parties:
            return parties[0]
    return UNASSIGNED


def responsible_roles(parties: list[str], model: Model) -> list[dict[str, Any]]:
    """OSCAL responsible-roles for party IRIs: one entry per role id with its parties."""
    roles: dict[str, list[str]] = {}
    for iri in parties:
        roles.setdefault(role_id(model.parties[iri]), []).append(oscal_uuid(iri))
    return [{"role-id": key, "party-uuids": roles[key]} for key in sorted(roles)]


def duty_props(duty: Duty, model: Model) -> list[dict[str, Any]]:
    """The full RACI, the shared flag, the category and the provenance as srgraph props."""
    props = []
    for letter, name in RACI_NAMES.items():
        props += [prop(name, role_id(model.parties[p])) for p in duty.parties(letter)]
    props.append(prop("shared", duty.shared))
    if duty.category:
        props.append(prop("duty-category", duty.category.rsplit("/", 1)[-1]))
    if duty.start is not None:
        props.append(prop("source-lines", f"{duty.start}-{duty.end or duty.start}"))
    if duty.section:
        props.append(prop("source-section", duty.section))
    if duty.cells:
        props.append(prop("source-cells", duty.cells))
    document = next((d for d in model.documents if d.iri == duty.document), None)
    if document is not None and document.content_hash:
        props.append(prop("document-hash", document.content_hash))
    return props


def _requirement(duty: Duty, model: Model) -> dict[str, Any]:
    found: dict[str, Any] = {
        "uuid": oscal_uuid(duty.iri),
        "control-id": control_id(duty, model),
        "description": duty.description,
        "props": duty_props(duty, model),
        "links": [link(duty.iri, "canonical")],
    }
    doers = duty.parties("R", "A")
    if doers:
        found["responsible-roles"] = responsible_roles(doers, model)
    return found


def component_type(party: Party) -> str:
    """``this-system`` for the customer (its own system), ``service`` for a provider."""
    return "this-system" if party.customer else "service"


def _component(
    iri: str, duties: list[Duty], model: Model, catalog_href: str, title: str
) -> dict[str, Any]:
    party = model.parties.get(iri)
    found: dict[str, Any] = {
        "uuid": oscal_uuid(iri, "oscal-component"),
        "type": component_type(party) if party is not None else "service",
        "title": line(party.label if party is not None else "Duties without a named party"),
        "description": line(
            f"What {title} states {party.label if party is not None else 'nobody'} does."
        ),
    }
    if party is not None:
        found["props"] = [prop("party-role", party.role)] if party.role else []
        found["links"] = [link(iri, "canonical")]
        found["responsible-roles"] = responsible_roles([iri], model)
        if not found["props"]:
            del found["props"]
    if duties:
        found["control-implementations"] = [
            {
                "uuid": oscal_uuid(iri, "oscal-control-implementation"),
                "source": catalog_href,
                "description": line(f"The duties {title} gives this party, as controls."),
                "implemented-requirements": [_requirement(d, model) for d in duties],
            }
        ]
    return found


def build_component_definition(model: Model, *, catalog_href: str, name: str) -> dict[str, Any]:
    """The component-definition JSON object."""
    title = title_of(model, name)
    owned: dict[str, list[Duty]] = {}
    for duty in model.duties:
        owned.setdefault(owner(duty), []).append(duty)
    components = [
        _component(iri, owned.get(iri, []), model, catalog_href, title)
        for iri in sorted(model.parties)
    ]
    if UNASSIGNED in owned:
        components.append(_component(UNASSIGNED, owned[UNASSIGNED], model, catalog_href, title))
    components += [
        {
            "uuid": oscal_uuid(iri, "oscal-component"),
            "type": "service",
            "title": line(label),
            "description": line(f"An offering {title} names."),
            "links": [link(iri, "canonical")],
        }
        for iri, label in sorted(model.offerings.items())
    ]
    definition: dict[str, Any] = {
        "uuid": oscal_uuid(subject_iri(model, name), "oscal-component-definition"),
        "metadata": metadata(model, f"Shared responsibilities of {title}", "component"),
    }
    if components:
        definition["components"] = components
    return {"component-definition": definition}
