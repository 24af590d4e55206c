"""Which vocabulary services a duty may mention: one named by an initialism only on a page
that names its provider.

A service's alias that ends in an initialism ("IAM", "Cloud IAM") is also the plain name of a
practice ("identity and access management") or of another cloud's product ("IBM Cloud IAM").
On a page that never names the service's provider (AWS, Google, Microsoft), such a mention is
not that provider's service: a duty on an IBM Cloud page that says "Manage access through IBM
Cloud IAM" does not mention Google Cloud IAM. A product name ("ExpressRoute", "SendGrid") is
that product wherever it is written.
"""

from __future__ import annotations

import re

from ..vocabulary import Mention
from .state import DocState

__all__ = ["NamedProviders"]

_INITIALISM_LAST = re.compile(r"(?:^|\s)[A-Z]{2,6}$")
"""A mention that ends in an initialism ("IAM", "Cloud IAM")."""


class NamedProviders:
    """The organisations a page names (in its text, or as its vendor), found once."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self._named: frozenset[str] | None = None

    def allows(self, mention: Mention) -> bool:
        """Whether a duty may mention what ``mention`` names: anything but a service named by
        an initialism whose provider the page never names."""
        concept = mention.concept
        provider = concept.links.get("provider") if concept.kind == "service" else None
        if provider is None or not _INITIALISM_LAST.search(mention.text.strip()):
            return True
        return provider in self.named()

    def named(self) -> frozenset[str]:
        """The IRIs of the organisations the page names."""
        if self._named is None:
            found = {
                m.concept.iri for m in self.state.vocab.matchers["org"].find(self.state.doc.text)
            }
            if self.state.vendor is not None:
                found.add(self.state.vendor.iri)
            self._named = frozenset(found)
        return self._named
