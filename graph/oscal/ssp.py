"""The SSP fragment: the customer-responsibility matrix the OSCAL way.

For each duty (an implemented-requirement of its catalog control):

- a provider that does it: a by-component with ``export.provided``; when the customer shares
  the duty (both do it), or the duty belongs to a shared concern, the customer's part (the
  duty, or the customer's duties of that concern) is ``export.responsibilities`` whose
  ``provided-uuid`` is the provider's provided item;
- the customer's system (the one ``this-system`` component): a by-component with what the
  customer does, or ``inherited`` (``provided-uuid``) for what a provider does for it;
- certifications, and what builds on them, are ``leveraged-authorizations``.

The parts OSCAL requires that a shared-responsibility page does not state (the system's
information types, boundary, status, authorization dates) are filled with explicit "not stated"
values and remarks, never invented facts.
"""

from __future__ import annotations

from typing import Any

from .catalog import control_id
from .common import (
    EPOCH,
    date_of,
    line,
    link,
    metadata,
    oscal_uuid,
    prop,
    subject_iri,
    title_of,
)
from .component import component_type, duty_props, responsible_roles
from .model import Duty, Model

__all__ = ["build_ssp"]

NOT_STATED = "Not stated by the source document: srgraph states only who does what."


class _Plan:
    """Builds the SSP of one model (a document or a merged dataset)."""

    def __init__(self, model: Model, name: str) -> None:
        self.model = model
        self.subject = subject_iri(model, name)
        self.title = title_of(model, name)
        self.this_system = oscal_uuid(self.subject, "oscal-this-system")
        self.concerns: dict[str, list[Duty]] = {}
        for duty in model.duties:
            if duty.concern:
                self.concerns.setdefault(duty.concern, []).append(duty)

    def customer(self, iri: str) -> bool:
        party = self.model.parties.get(iri)
        return party is not None and party.customer

    def component_uuid(self, iri: str) -> str:
        return self.this_system if self.customer(iri) else oscal_uuid(iri, "oscal-component")

    def components(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = [
            {
                "uuid": self.this_system,
                "type": "this-system",
                "title": line(f"The customer's system ({self.title})"),
                "description": "The system of the customer the source document addresses.",
                "status": {"state": "other", "remarks": NOT_STATED},
            }
        ]
        for iri in sorted(self.model.parties):
            party = self.model.parties[iri]
            if party.customer:
                continue
            found.append(
                {
                    "uuid": self.component_uuid(iri),
                    "type": component_type(party),
                    "title": line(party.label),
                    "description": line(f"The services of {party.label}."),
                    "links": [link(iri, "canonical")],
                    "status": {"state": "other", "remarks": NOT_STATED},
                    "responsible-roles": responsible_roles([iri], self.model),
                }
            )
        return found

    def holder(self, holders: tuple[str, ...]) -> str | None:
        """The party (or offering) holding a certification."""
        known = [h for h in holders if h in self.model.parties or h in self.model.offerings]
        return sorted(known, key=lambda h: (h not in self.model.parties, h))[0] if known else None

    def extra_parties(self) -> dict[str, str]:
        """Offerings that hold certifications: OSCAL wants a party for each authorization."""
        holders = {self.holder(c.holders) for c in self.model.certifications}
        return {
            h: self.model.offerings[h]
            for h in sorted(h for h in holders if h in self.model.offerings)
        }

    def leveraged(self) -> list[dict[str, Any]]:
        date = date_of(self.model.documents)
        found = []
        for cert in self.model.certifications:
            holder = self.holder(cert.holders)
            if holder is None:
                continue
            props = [prop("standard", cert.standard)] if cert.standard else []
            props += [prop("built-on-by", label) for label in cert.built_on_by]
            item: dict[str, Any] = {
                "uuid": oscal_uuid(cert.iri),
                "title": line(cert.label),
                "links": [link(cert.iri, "canonical")],
                "party-uuid": oscal_uuid(holder),
                "date-authorized": date or EPOCH,
            }
            if props:
                item["props"] = props
            if date is None:
                item["remarks"] = f"The source does not state when: {EPOCH} is a placeholder."
            found.append(item)
        return found

    def provided(self, duty: Duty, party: str) -> str:
        return oscal_uuid(duty.iri, f"provided:{party}")

    def by_components(self, duty: Duty) -> list[dict[str, Any]]:
        found = []
        doers = duty.parties("R", "A")
        providers = [p for p in doers if not self.customer(p)]
        for party in providers:
            export: dict[str, Any] = {
                "provided": [
                    {
                        "uuid": self.provided(duty, party),
                        "description": duty.description,
                        "responsible-roles": responsible_roles([party], self.model),
                    }
                ]
            }
            customers = [p for p in doers if self.customer(p)]
            theirs = [(duty, customers)] if customers else []
            theirs += [
                (other, [p for p in other.parties("R", "A") if self.customer(p)])
                for other in self.concerns.get(duty.concern or "", [])
                if other is not duty
            ]
            if any(parties for _, parties in theirs):
                export["responsibilities"] = [
                    {
                        "uuid": oscal_uuid(other.iri, f"responsibility:{duty.iri}:{party}"),
                        "provided-uuid": self.provided(duty, party),
                        "description": other.description,
                        "responsible-roles": responsible_roles(parties, self.model),
                    }
                    for other, parties in theirs
                    if parties
                ]
            found.append(self._by(duty, self.component_uuid(party), duty.description, export))
        customers = [p for p in doers if self.customer(p)]
        if customers:
            found.append(
                self._by(
                    duty,
                    self.this_system,
                    duty.description,
                    roles=responsible_roles(customers, self.model),
                )
            )
        elif providers and any(p.customer for p in self.model.parties.values()):
            inherited = [
                {
                    "uuid": oscal_uuid(duty.iri, f"inherited:{party}"),
                    "provided-uuid": self.provided(duty, party),
                    "description": line(
                        f"Inherited from {self.model.parties[party].label}: {duty.label}"
                    ),
                }
                for party in providers
            ]
            found.append(
                self._by(
                    duty,
                    self.this_system,
                    line(f"The customer inherits this from its provider: {duty.label}"),
                    inherited=inherited,
                )
            )
        return found

    def _by(
        self,
        duty: Duty,
        component: str,
        description: str,
        export: dict[str, Any] | None = None,
        *,
        roles: list[dict[str, Any]] | None = None,
        inherited: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        found: dict[str, Any] = {
            "component-uuid": component,
            "uuid": oscal_uuid(duty.iri, f"by-component:{component}"),
            "description": description,
        }
        if export:
            found["export"] = export
        if inherited:
            found["inherited"] = inherited
        if roles:
            found["responsible-roles"] = roles
        return found

    def requirement(self, duty: Duty) -> dict[str, Any]:
        found: dict[str, Any] = {
            "uuid": oscal_uuid(duty.iri, "oscal-ssp-requirement"),
            "control-id": control_id(duty, self.model),
            "props": duty_props(duty, self.model),
            "links": [link(duty.iri, "canonical")],
        }
        by = self.by_components(duty)
        if by:
            found["by-components"] = by
        return found

    def build(self, profile_href: str) -> dict[str, Any]:
        implementation: dict[str, Any] = {"components": self.components()}
        leveraged = self.leveraged()
        if leveraged:
            implementation = {"leveraged-authorizations": leveraged, **implementation}
        plan = {
            "uuid": oscal_uuid(self.subject, "oscal-ssp"),
            "metadata": metadata(
                self.model,
                f"Customer responsibilities: {self.title}",
                "SSP",
                extra=self.extra_parties(),
            ),
            "import-profile": {"href": profile_href},
            "system-characteristics": {
                "system-ids": [
                    {
                        "identifier-type": "https://ietf.org/rfc/rfc4122",
                        "id": oscal_uuid(self.subject, "oscal-system"),
                    }
                ],
                "system-name": line(self.title),
                "description": line(
                    f"A customer's system under the shared-responsibility model of {self.title}."
                ),
                "system-information": {
                    "information-types": [
                        {
                            "uuid": oscal_uuid(self.subject, "oscal-information-type"),
                            "title": "Information processed by the customer's system",
                            "description": NOT_STATED,
                        }
                    ]
                },
                "status": {"state": "other", "remarks": NOT_STATED},
                "authorization-boundary": {"description": NOT_STATED},
            },
            "system-implementation": implementation,
            "control-implementation": {
                "description": line(
                    f"Who does each duty of {self.title}: provided by a provider, a "
                    "responsibility of the customer, or inherited by the customer."
                ),
                "implemented-requirements": [self.requirement(d) for d in self.model.duties],
            },
        }
        return {"system-security-plan": plan}


def build_ssp(model: Model, *, profile_href: str, name: str) -> dict[str, Any]:
    """The SSP JSON object."""
    return _Plan(model, name).build(profile_href)
