"""A unit of a named party: "the Nimbus support team" on a page whose tables name Nimbus.

A sentence read before the table that names the organisation ("The Nimbus virtualization team
maintains the platform", then a "Nimbus | Customer" grid) makes a party of the whole phrase,
since the organisation is not known yet. When the page also names the organisation itself, the
unit's duties are the organisation's: one party, as a vocabulary organisation's team already is
("the AWS support team" is AWS).
"""

from __future__ import annotations

from ..facts import Entity, Facts
from ..lexicon import Lexicon
from ..vocabulary import Vocabularies

__all__ = ["fold_unit_parties"]

_MOST_UNIT_WORDS = 3
"""At most this many words after the organisation's name ("Nimbus cloud operations team"),
the last a subject noun of cue-words.ttl ("team", "staff": nouns that keep the organisation as
the actor; not a person's title: "Harbour Board Secretary" is a role of its own)."""


def fold_unit_parties(facts: Facts, vocab: Vocabularies, lexicon: Lexicon) -> None:
    """Fold each party named "<party> … <subject noun>" (no organisation, no known role) into
    the named party the phrase opens with: an organisation, or a proper name of no known role
    (never a role such as the customer: "Customer success team" is someone else's)."""
    unspecified = vocab.concept("role", "unspecified")
    unknown = unspecified.iri if unspecified is not None else ""
    parties = facts.of_kind("party")
    named = {
        p.label.lower(): p
        for p in parties
        if p.attrs.get("organization")
        or (p.attrs.get("role", unknown) == unknown and lexicon.name_like(p.label))
    }
    for party in parties:
        owner = _owner(party, named, lexicon, unknown)
        if owner is None:
            continue
        if party.label not in owner.alt_labels:
            owner.alt_labels.append(party.label)
        facts.merge_into(party.ref, owner.ref)


def _owner(
    party: Entity, named: dict[str, Entity], lexicon: Lexicon, unknown: str
) -> Entity | None:
    """The named party whose unit ``party`` is, if its label says so."""
    if party.attrs.get("organization") or party.attrs.get("role", unknown) != unknown:
        return None
    words = party.label.split()
    if len(words) < 2 or words[-1].lower() not in lexicon.subject_nouns:
        return None
    for size in range(len(words) - 1, 0, -1):
        owner = named.get(" ".join(words[:size]).lower())
        if owner is not None and owner is not party:
            return owner if len(words) - size <= _MOST_UNIT_WORDS else None
    return None
