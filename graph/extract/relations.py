"""Relation sentences: uses, holds, builds on, covered by.

``X runs on AWS``, ``AWS holds a SOC 2 report``, ``our compliance builds on AWS's SOC 2``,
``these are covered by our ISO 27001 certification``.
"""

from __future__ import annotations

import re

from ..facts import Ref, Relation, Span
from ..text import Needing
from ..vocabulary import Mention
from .cues import (
    FIRST_PERSON,
    NEGATION,
    PRONOUNS,
    RESP,
    RESP_TAKE,
    SECOND_PERSON,
    USES,
)
from .state import Context
from .subjects import SubjectReader

__all__ = ["RelationSentences"]

_BUILDS = Needing(
    re.compile(
        r"\b(?:builds?\s+(?:up)?on|built\s+(?:up)?on|inherits?|inherited\s+from|relies\s+on|rely\s+on|"
        r"leverages?)\b",
        re.I,
    ),
    "build",
    "built",
    "inherit",
    "relies",
    "rely",
    "leverage",
)
_COVERED = Needing(
    re.compile(r"\b(?:covered|included|addressed)\s+(?:\w+\s+)?(?:by|in|under)\b", re.I),
    "covered",
    "included",
    "addressed",
)
_NOT_HELD = re.compile(
    r"\b(?:must|shall|should|needs?\s+to|ha(?:s|ve)\s+to|requires?|required|requiring|"
    r"recommends?|recommended|if|unless|questions?)\b",
    re.I,
)
"""A certification a sentence asks for, advises or supposes ("all vendors must be SOC 2
compliant", "we recommend X for GDPR compliance", "for questions about HIPAA compliance"):
required or wished, not held."""
_PURPOSE = re.compile(
    r"\s+(?:to|in\s+order\s+to|so\s+that|that|which|who|whose|where|because)\s+", re.I
)
"""Where what a subject uses ends and a purpose or a relative clause begins ("uses Acme Certs
to issue certificates for every customer", "releases that a community maintains"): a role
named after it (customer, community) is no thing used; a named product or provider still is."""
_CERT_CUE = re.compile(
    r"certif|complian|attest|accredit|audit|authori[sz]ation|report|program|achiev|validated", re.I
)


_ANY_ONE = re.compile(r"\b(?:a|an|any|each|every)\s+(?:[a-z-]+\s+){0,2}$", re.I)
"""An indefinite article (and a word or two) before a party's word ("a management vendor"):
any such party, no holder of a certification."""


class RelationSentences(SubjectReader):
    """Sentences that relate parties, offerings, services and standards: uses, holds,
    builds on, covered by (the base of ``ProseReader``)."""

    def builds_on(self, text: str, span: Span, ctx: Context) -> None:
        """``Our SOC 2 compliance builds on AWS's certification``: compliance buildsOn certs."""
        match = _BUILDS.search(text)
        if not match:
            return
        left, right = text[: match.start()], text[match.end() :]
        standards = [m.concept for m in self.state.vocab.matchers["standard"].find(left)]
        if not standards or not re.search(r"complian|certif", left, re.I):
            return
        party = self.parties.party_in(left, span) or ctx.party
        if party is None:
            return
        holders = [h for h in self.parties.holder_in(right, span) if h != party]
        if not holders:
            return
        for standard in standards:
            compliance = self.records.compliance(party, standard, span)
            for holder in holders:
                cert = self.records.certification(holder, standard, span)
                self.state.facts.add_relation(Relation(compliance, "buildsOn", cert, span))

    def covered_by(self, text: str, span: Span, ctx: Context) -> bool:
        """``These are covered by our ISO 27001 certification``: the section's duties (of the
        section's party) are coveredBy it."""
        match = _COVERED.search(text)
        if not match:
            return False
        vocab, facts = self.state.vocab, self.state.facts
        standards = [m.concept for m in vocab.matchers["standard"].find(text[match.end() :])]
        if not standards:
            return False
        holders = self.parties.holder_in(text[match.end() :], span) or (
            [ctx.party] if ctx.party else []
        )
        if not holders:
            return False
        duties = list(dict.fromkeys(self.state.section_duties))
        if ctx.party is not None:
            owned = {r.object for r in facts.related(ctx.party)}
            duties = [d for d in duties if d in owned]
        for standard in standards:
            cert = self.records.certification(holders[0], standard, span)
            for duty in duties:
                facts.add_relation(Relation(duty, "coveredBy", cert, span))
        return True

    def holds(self, text: str, span: Span, ctx: Context) -> None:
        """``AWS holds a SOC 2 Type II report``: the holder holds a certification."""
        if RESP.match(text) or RESP_TAKE.match(text) or NEGATION.search(text):
            return
        if _BUILDS.search(text) or not _CERT_CUE.search(text):
            return
        folded = " ".join(text.casefold().split())
        if any(
            re.search(rf"\b{re.escape(w)}\b", folded)
            for w in self.state.lexicon.pending_certifications
        ):
            return  # "the basis of Acme's SOC 2 readiness program": a goal, not held
        if _NOT_HELD.search(text):
            return  # "vendors must be SOC 2 compliant", "if you require GDPR compliance"
        standards = [m.concept for m in self.state.vocab.matchers["standard"].find(text)]
        if not standards:
            return
        holders = self.parties.holder_in(text, span)
        named = self.parties.mentions(text, ("org", "role"))
        if named and _ANY_ONE.search(text[: named[0].start]):
            holders = []  # "SOC 2 reports treat a management vendor like Acme …": any vendor
        opening = text.split(maxsplit=1)[0] if text.strip() else ""
        we = FIRST_PERSON.match(opening) is not None  # "We are SOC 2 certified": the section's
        holder = holders[0] if holders else (ctx.party if we else None)
        if holder is None:
            return  # "cloud.gov is FedRAMP compliant" under the customer's heading: not theirs
        for standard in standards:
            self.records.certification(holder, standard, span)

    def uses(self, text: str, span: Span, ctx: Context) -> Ref | None:
        """``X runs on AWS and uses Fastly``: X uses each party, offering or service named;
        returns the subject (also for a lead-in "X uses the following:")."""
        match = USES.match(text)
        if not match or NEGATION.search(match.group("subj")):
            return None
        subj_text = match.group("subj")
        obj = match.group("obj")
        if _BUILDS.search(text) and self.state.vocab.matchers["standard"].find(text):
            return None  # "compliance is built on certifications": a buildsOn sentence
        purpose = _PURPOSE.search(obj)
        cut = purpose.start() if purpose else len(obj)
        targets = [  # "uses X to issue certificates for every customer": no customer used
            m
            for m in self.parties.mentions(obj, ("org", "offering", "service", "role"))
            if m.start < cut or m.concept.kind != "role"
        ]
        is_leadin = bool(re.match(r"^\s*(?:the\s+following)?[^:]*:\s*$", obj))
        if not targets and not is_leadin:
            return None
        holders = self.parties.holder_in(subj_text, span)
        subject = holders[0] if holders else None
        if subject is None:
            if is_leadin and subj_text.strip():
                if PRONOUNS.match(subj_text.strip()) or subj_text[:1].islower():
                    return ctx.party
                return self.records.local_offering(subj_text, span)
            return None
        for m in targets:
            target = self._used(subject, m, span)
            if target is not None:
                self.state.facts.add_relation(Relation(subject, "uses", target, span))
        return subject

    def _used(self, subject: Ref, m: Mention, span: Span) -> Ref | None:
        """What ``subject`` uses when a uses-sentence names ``m`` (None: not a use)."""
        if m.concept.kind == "role" and SECOND_PERSON.match(m.text):
            return None
        if m.concept.kind == "service":
            return self.state.concept_entity(m.concept, "service", span)
        if m.concept.kind == "offering":
            owner_org = self.state.facts.entities[subject].attrs.get("organization")
            if owner_org and m.concept.links.get("offered_by") == owner_org:
                return None  # "Adobe relies on … for Adobe Commerce": its own product
            target = self.parties.offering(m.concept, span)
            return None if target == subject else target
        party = self.parties.resolve_party(m.text, span)
        return None if party is None or party == subject else party
