"""One provider: the page's named provider and the generic word it also calls it by.

A page about "the client and the provider" whose table names the provider ("Nimbus") states
one provider's duties under two names. When the page names exactly one party no vocabulary
knows and otherwise speaks of the provider only by the bare generic word (a role's hidden label,
"the provider") or as "we" with no known vendor, the two are one party: the named one, in the
generic one's role. A name that ends in a person noun ("Project maintainers", "Yard steward")
is a role of people the page names, never the provider behind "we".

A page that divides duties between the customer and one organisation that no vocabulary knows
("the RACI below details responsibilities between Nimbus and the customer") describes the
service that organisation provides to that customer: the one counterpart is the platform
provider, not a party of unstated role.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..facts import Entity, Facts, Ref
from ..lexicon import Lexicon
from ..vocabulary import Vocabularies

__all__ = ["fold_sold_party", "merge_named_provider", "name_the_counterpart"]


def merge_named_provider(
    facts: Facts, vocab: Vocabularies, lexicon: Lexicon, first_person: Ref | None
) -> None:
    """Fold the generic provider party into the page's one named party of unknown role (a
    customer, however generic its name, is never the page's named vendor)."""
    unspecified = vocab.concept("role", "unspecified")
    customer = vocab.concept("role", "customer")
    named = _unknown_acting(facts, lexicon, unspecified.iri if unspecified is not None else "")
    generic = [
        p
        for p in facts.of_kind("party")
        if _generic(p, vocab, first_person)
        and (customer is None or p.attrs.get("role") != customer.iri)  # "Cloud Customer"
    ]
    if len(named) != 1 or len(generic) != 1:
        return
    keep, fold = named[0], generic[0]
    keep.attrs["role"] = fold.attrs["role"]
    if fold.label not in keep.alt_labels and fold.label.lower() != keep.label.lower():
        keep.alt_labels.append(fold.label)
    facts.merge_into(fold.ref, keep.ref)


def fold_sold_party(
    facts: Facts, vocab: Vocabularies, lexicon: Lexicon, *, sold: Callable[[str], bool]
) -> None:
    """Fold a party the page defines as a thing sold (``sold``: "The Gravel Kiln is a
    hosted offering …", then "The Gravel Kiln provides the fuel") into the one other
    acting party of unknown role beside the customers: its vendor ("Auth0 is responsible
    for:") does what the product does."""
    unspecified = vocab.concept("role", "unspecified")
    unknown = _unknown_acting(facts, lexicon, unspecified.iri if unspecified is not None else "")
    products = [p for p in unknown if sold(p.label)]
    vendors = [p for p in unknown if p not in products]
    if len(products) != 1 or len(vendors) != 1:
        return
    product, vendor = products[0], vendors[0]
    if product.label not in vendor.alt_labels:
        vendor.alt_labels.append(product.label)
    facts.merge_into(product.ref, vendor.ref)


def _generic(party: Entity, vocab: Vocabularies, first_person: Ref | None) -> bool:
    """A party named only by a role's bare generic word ("Provider") or the "we" of a page
    whose vendor is unknown."""
    if party.attrs.get("organization") or not party.attrs.get("role"):
        return False
    if party.ref == first_person:
        return True
    role = vocab.by_iri.get(party.attrs["role"])
    return role is not None and party.label.lower() in role.hidden


def name_the_counterpart(
    facts: Facts,
    vocab: Vocabularies,
    lexicon: Lexicon,
    *,
    title: str = "",
    writer: tuple[Ref | None, str] = (None, ""),
) -> None:
    """The page's one acting party of unknown role is the platform provider when the only other
    acting party is the customer (and no party has a provider's or a third party's role; "the
    cloud provider" the platform runs on, named by its role only, is no rival), and
    it is named like an organisation, not a role ("Operators", "Release captain"); of several
    such parties beside the customer, the one the page's title names ("Docker Hardened Images"
    among Docker and Upstream) is. The page's "we" (``writer``: its party, else the name of the
    page's vendor no vocabulary knows), of unknown role, is the provider whenever a customer
    acts beside it and no party is the provider already."""
    unspecified = vocab.concept("role", "unspecified")
    customer = vocab.concept("role", "customer")
    provider = vocab.concept("role", "platform-provider")
    if unspecified is None or customer is None or provider is None:
        return
    acting = {r.subject for r in facts.relations}
    cloud = vocab.concept("role", "cloud-provider")
    under = cloud.iri if cloud is not None else ""  # the cloud the platform runs on: no rival
    parties = [
        p
        for p in facts.of_kind("party")
        if p.ref in acting
        and not (p.attrs.get("role") == under and not p.attrs.get("organization"))
    ]
    customers = [p for p in parties if p.attrs.get("role") == customer.iri]
    unknown = _unknown_acting(facts, lexicon, unspecified.iri)
    we = [p for p in unknown if p.ref == writer[0] or p.label.lower() == writer[1].lower()]
    providing = [p for p in parties if p.attrs.get("role") == provider.iri]
    if len(we) == 1 and customers and not providing:
        we[0].attrs["role"] = provider.iri  # "We maintain X" beside "Users are responsible"
        return
    titled = [p for p in unknown if re.search(rf"\b{re.escape(p.label)}\b", title)]
    if len(customers) != 1 or len(parties) != len(unknown) + 1 or not unknown:
        return  # another party has a known role, or more than one customer
    if len(unknown) > 1 and len(titled) != 1:
        return
    other = unknown[0] if len(unknown) == 1 else titled[0]
    if (other.label[:1].isupper() or other.label[:1].isdigit()) and lexicon.name_like(other.label):
        other.attrs["role"] = provider.iri


def _unknown_acting(facts: Facts, lexicon: Lexicon, unknown_role: str) -> list[Entity]:
    """The parties with a relation of their own, of no known organisation or role, and not
    named as a role of people ("Project maintainers", "Operators")."""
    acting = {r.subject for r in facts.relations}
    return [
        p
        for p in facts.of_kind("party")
        if not p.attrs.get("organization")
        and p.attrs.get("role", unknown_role) == unknown_role
        and p.ref in acting
        and not (p.label.split() and lexicon.person_noun(p.label.split()[-1]))
    ]
