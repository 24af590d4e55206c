"""A provider's commitments that name no one: on a page of service commitments (its title names
a service level agreement, a support policy: commitment-title of cue-words.ttl), "Disruptions
will be handled according to their priority" says what the provider will do, though the
sentence names no doer. The duty is labelled in the active as every duty is ("Handle
disruptions …"), the page's words kept as an alternative label."""

from __future__ import annotations

import re
from collections import Counter

from ..facts import Ref, Span
from ..text import plain
from .cues import expand
from .labels import trim
from .obligations import agentless_commitment
from .parties import PartyResolver, page_titles
from .records import FactRecorder
from .state import Context, DocState, role_iri

__all__ = ["Commitments", "page_provider"]

_NEXT_PROMISE = re.compile(
    r"[,;]\s+and\s+(?=(?:the\s+|a\s+|an\s+|all\s+)?(?:[\w-]+\s+){0,4}?will\s+be\s)", re.I
)
"""", and the status page will be updated": a second promise joined to the first."""

_PROVIDER_ROLES = ("platform-provider", "cloud-provider", "managed-service-provider")


class Commitments:
    """Records a commitment page's agentless promises as its provider's duties."""

    def __init__(self, state: DocState, parties: PartyResolver, records: FactRecorder) -> None:
        self.state = state
        self.parties = parties
        self.records = records
        self._page: bool | None = None
        self.pending: list[tuple[str, Span, Context]] = []
        """Promises read before the page named its provider ("… will be fulfilled" above the
        first "Quarry will investigate …"): given to the provider once the page has named one."""

    def page(self) -> bool:
        """Whether the page's title (or its first headings) names a provider's commitments."""
        if self._page is None:
            titles = page_titles(self.state.doc)
            self._page = any(self.state.lexicon.commitment_title(t) for t in titles)
        return self._page

    def record(self, sentence: str, span: Span, ctx: Context) -> bool:
        """Record ``sentence`` as the provider's duty when it is an agentless promise ("… will
        be handled …") on a commitment page; False when it is not one or no provider is
        known."""
        text = expand(plain(sentence)).strip()
        if not self.page() and not _OURS.search(text):
            return False  # (on any page, a promise done through "our" channels is the writer's)
        clauses = [c for c in _NEXT_PROMISE.split(text) if c.strip()]
        promises = [(c, agentless_commitment(self.state.lexicon, c)) for c in clauses]
        if not any(promise for _, promise in promises):
            return False
        provider = self._provider(ctx, span)
        if provider is None:
            if self.page():
                self.pending.append((sentence, span, ctx))
            return False
        for clause, promise in promises:
            if promise:
                written = trim(clause.strip().rstrip("."))
                self.records.duty(provider, trim(promise), text, span, written=written)
        return True

    def flush(self) -> None:
        """Give the promises read before the page named its provider to that provider."""
        pending, self.pending = self.pending, []
        for sentence, span, ctx in pending:
            if self._provider(ctx, span) is not None:
                self.record(sentence, span, ctx)

    def _provider(self, ctx: Context, span: Span) -> Ref | None:
        """The provider the page's agentless promises belong to (see ``page_provider``)."""
        return page_provider(self.state, self.parties, ctx, span)


_OURS = re.compile(r"\b(?:via|through|on|in|by)\s+our\s", re.I)
"""A deed done through the writer's own means ("… will be communicated via our status
page"): the writer's promise, though no agent is named."""


def page_provider(state: DocState, parties: PartyResolver, ctx: Context, span: Span) -> Ref | None:
    """The section's party when its heading names a provider or the writer; none under another
    party's heading; else the page's writer, else its one party in a provider's role, else the
    acting party other than the customer the page gives clearly most duties so far (half
    as many again as any other; "Quarrytech is responsible for the hardware"), else its
    one such acting party."""
    roles = {role_iri(state.vocab, key) for key in _PROVIDER_ROLES} - {None}
    entities = state.facts.entities
    if ctx.party is not None and ctx.named_by_heading:
        held = entities.get(ctx.party)
        heading = span.section[-1] if span.section else ""
        ours = re.search(r"\b(?:our|we|us)\b", heading, re.I) is not None  # "## Our part"
        writer = ours and ctx.party == parties.resolve_party("we", span)
        provider = held is not None and held.attrs.get("role") in roles
        return ctx.party if provider or (held is not None and writer) else None
    if state.vendor is not None:
        return parties.resolve_party("we", span)
    customer = role_iri(state.vocab, "customer")
    duties = Counter(r.subject for r in state.facts.relations if r.predicate == "responsibleFor")
    known = state.facts.of_kind("party")
    providers = [p.ref for p in known if p.attrs.get("role") in roles]
    acting = [p.ref for p in known if duties[p.ref] and p.attrs.get("role") != customer]
    if len(providers) != 1:
        busiest = sorted(acting, key=lambda ref: -duties[ref])
        if len(busiest) > 1 and 2 * duties[busiest[0]] > 3 * duties[busiest[1]]:
            return busiest[0]  # the party the page gives most duties: its provider
    if not providers:
        providers = acting
    return providers[0] if len(providers) == 1 else None
