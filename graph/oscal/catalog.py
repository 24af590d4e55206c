"""The catalog of a document's duties as OSCAL controls, grouped by duty category, each with the
NIST SP 800-53 Rev. 5 control ids and CSA CCM v4 domains its category maps to; and the profile
that imports it (the SSP's import-profile), so every file resolves offline."""

from __future__ import annotations

from typing import Any

from ..categorize import UNCLASSIFIED, Categories
from .common import line, link, metadata, oscal_uuid, prop, subject_iri, title_of, token
from .model import Duty, Model

__all__ = ["build_catalog", "build_profile", "control_id"]


def control_id(duty: Duty, model: Model) -> str:
    """The duty's control id: its IRI's last segment (with the document's in a merged dataset,
    where two documents may each have a duty ``patching``)."""
    key = duty.iri.rstrip("/").rsplit("/", 1)[-1]
    if len(model.documents) > 1:
        key = f"{duty.document.rstrip('/').rsplit('/', 1)[-1]}.{key}"
    return token(key, "duty-")


def _control(duty: Duty, model: Model, categories: Categories) -> dict[str, Any]:
    category = categories.categories.get(duty.category or UNCLASSIFIED)
    props = [prop("label", duty.label)]
    if category is not None:
        props.append(prop("duty-category", category.key))
        for nist in category.nist:
            kind = "control" if "-" in nist else "family"
            props.append(prop("nist-800-53", nist, cls=kind))
        props += [prop("csa-ccm-domain", domain) for domain in category.ccm]
    parts: list[dict[str, Any]] = [
        {"id": f"{control_id(duty, model)}_smt", "name": "statement", "prose": duty.description}
    ]
    if category is not None and category.nist:
        titles = [categories.nist_titles.get(n, n.upper()) for n in category.nist]
        parts.append(
            {
                "id": f"{control_id(duty, model)}_gdn",
                "name": "guidance",
                "prose": f"Category: {category.label}. NIST SP 800-53 Rev. 5: "
                + "; ".join(titles)
                + (f". CSA CCM v4: {', '.join(category.ccm)}." if category.ccm else "."),
            }
        )
    return {
        "id": control_id(duty, model),
        "class": "srgraph-duty",
        "title": line(duty.label),
        "props": props,
        "links": [link(duty.iri, "canonical")],
        "parts": parts,
    }


def build_catalog(model: Model, *, categories: Categories, name: str) -> dict[str, Any]:
    """The catalog JSON object: one group per duty category present, one control per duty."""
    groups: dict[str, list[Duty]] = {}
    for duty in model.duties:
        groups.setdefault(duty.category or UNCLASSIFIED, []).append(duty)
    catalog: dict[str, Any] = {
        "uuid": oscal_uuid(subject_iri(model, name), "oscal-catalog"),
        "metadata": metadata(model, f"Duties of {title_of(model, name)}", "catalog"),
    }
    found = []
    for iri in sorted(groups):
        category = categories.categories.get(iri)
        key = category.key if category is not None else iri.rsplit("/", 1)[-1]
        group: dict[str, Any] = {
            "id": token(key, "category-"),
            "class": "srgraph-duty-category",
            "title": line(category.label if category is not None else key),
            "links": [link(iri, "canonical")],
            "controls": [_control(d, model, categories) for d in groups[iri]],
        }
        found.append(group)
    if found:
        catalog["groups"] = found
    return {"catalog": catalog}


def build_profile(model: Model, *, catalog_href: str, name: str) -> dict[str, Any]:
    """The profile that selects every control of the catalog (the SSP imports it)."""
    return {
        "profile": {
            "uuid": oscal_uuid(subject_iri(model, name), "oscal-profile"),
            "metadata": metadata(model, f"Duties of {title_of(model, name)} (profile)", "profile"),
            "imports": [{"href": catalog_href, "include-all": {}}],
        }
    }
