"""Extraction: Document -> Facts, from document structure, cue words and the SKOS vocabularies.

Nothing here knows any one document: parties come from headings, lead-in sentences and table
headers resolved through ontology/vocabularies/; duties from list items under a party and from
responsibility sentences; services, standards and offerings from the vocabularies.

Where things are:

- ``walk``: the section walk and block dispatch, heading parties (the entry class);
- ``prose``: sentences clause by clause (responsibility, shared, requires), built on
  ``subjects`` (who a subject is), ``relations`` (uses, holds, builds on, covered by),
  ``object_first`` (passives, "… is X's responsibility") and ``actions`` ("X <verb> …");
- ``lists``: lead-in sentences, bullet lists and their items;
- ``tables``: the table layouts (``LAYOUTS``), tried in order;
- ``parties``: party resolution (vocabulary mentions, local parties, vendor, role linking);
- ``records``: recording duties, concerns, services and certifications as facts;
- ``delegated``: a duty that has another party act ("ensure that the auditor signs X")
  is that party's duty too;
- ``restated``: a party's duty stated again with detail (summary, then detail) is one duty;
- ``labels``: duty labels (trimming, conjunct splitting, noun phrases);
- ``cells``: table cells in words (lines, list items, sentences);
- ``unread``: lines that read like responsibilities but gave no fact;
- ``cues``: cue patterns several readers share; ``state``: the per-document state.
"""

from __future__ import annotations

from ..document import SHEET_MEDIA_TYPES, Document
from ..errors import ExtractionError
from ..facts import Facts, Ref
from ..vocabulary import Vocabularies, load_vocabularies
from .delegated import delegate_duties
from .legends import spell_out_parties
from .parties import defined_product, find_vendor, link_generic_parties, opening_texts
from .party_units import fold_unit_parties
from .providers import fold_sold_party, merge_named_provider, name_the_counterpart
from .unread import unread_lines
from .walk import DocumentWalker

__all__ = ["extract_facts"]

_MEDIA_TYPES = {
    "html": "text/html",
    "asciidoc": "text/asciidoc",
    "rst": "text/x-rst",
    **SHEET_MEDIA_TYPES,
}


def extract_facts(document: Document, *, vocabularies: Vocabularies | None = None) -> Facts:
    """Extract parties, duties, services, certifications and their relations from a document.

    Raises ExtractionError when no party can be recognised.
    """
    vocab = vocabularies or load_vocabularies()
    facts = Facts(
        path=document.path,
        stem=document.stem,
        title=document.title,
        metadata=dict(document.metadata),
        content_hash=document.content_hash,
        warnings=list(document.warnings),
        media_type=_MEDIA_TYPES.get(document.format, "text/markdown"),
        cells=dict(document.cells),
    )
    walker = DocumentWalker(document, vocab, facts)
    walker.state.vendor = vendor = find_vendor(document, vocab)
    walker.foresee(document.root)
    walker.section(document.root, None)
    walker.lists.leadins.commitments.flush()  # promises read before the provider was named
    delegate_duties(walker.state, walker.parties, walker.records, walker.prose)
    walker.close()
    _drop_tentative(facts, walker.state.tentative)
    fold_unit_parties(facts, vocab, walker.state.lexicon)
    if not facts.of_kind("party"):
        raise ExtractionError(
            "no recognisable party (no '<Party> responsibilities' heading, "
            "'<Party> is responsible for' sentence or RACI table)",
            path=document.path,
            hint="see README 'Input shapes'",
        )
    merge_named_provider(facts, vocab, walker.state.lexicon, walker.state.first_person)
    opening = opening_texts(document)
    fold_sold_party(
        facts, vocab, walker.state.lexicon, sold=lambda name: defined_product(name, opening)
    )
    name_the_counterpart(
        facts,
        vocab,
        walker.state.lexicon,
        title=document.title,
        writer=(
            walker.state.first_person,
            vendor.label if vendor and vendor.kind == "local" else "",
        ),
    )
    link_generic_parties(facts, walker.state.named_orgs(), vocab)
    spell_out_parties(document, facts, vocab)
    facts.unread = unread_lines(document, facts, walker.state.lexicon)
    mentioned = {r.object for r in facts.relations}
    subjects = {r.subject for r in facts.relations}
    for party in facts.of_kind("party"):
        if party.ref not in subjects | mentioned and party.label in document.template_names:
            # the site's product named only as the subject of its publisher's cells
            del facts.entities[party.ref]
    for party in facts.of_kind("party"):
        if party.ref not in subjects and party.ref not in mentioned:
            facts.warnings.append(
                f"{document.path}: party '{party.label}' has no recognised duty or relation"
            )
    return facts


def _drop_tentative(facts: Facts, tentative: set[Ref]) -> None:
    """Drop the parties only a failed table test or a sentence without a fact made (the names
    in a column of activities, "cloud providers like A, B or C") that no fact uses, before the
    provider and role linking could take them for parties. A page whose every party is such
    keeps them: it names parties whose duties were not understood, and its warnings say so."""
    used = {r.subject for r in facts.relations} | {r.object for r in facts.relations}
    dropped = tentative - used
    if all(p.ref in dropped for p in facts.of_kind("party")):
        return
    for ref in sorted(dropped):
        facts.entities.pop(ref, None)
