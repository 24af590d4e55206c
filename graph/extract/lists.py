"""Bullet lists: lead-in sentences, list items, and the duties they state.

A paragraph's closing sentence ending in ":" is a lead-in: it says whose duties the following
list holds ("The customer is responsible for:"), that it lists services ("X uses the
following:") or duties shared between parties. Each item then is a duty of that party (its
bold term or first sentence the label), a service, or a sentence to read on its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import BulletList, ListItem, Paragraph
from ..facts import Ref, Relation, Span
from ..text import plain, sentences
from .cues import NEGATION, RESP, RESP_PAREN, RESP_TAKE, RESP_TO, USES, expand, negated
from .labels import trim
from .parties import PartyResolver
from .prose import ProseReader
from .records import FactRecorder
from .state import BlockHandler, Context, DocState, Leadin

__all__ = ["ListReader"]

_LEADIN_INCLUDES = re.compile(
    r"^(?:this|these|that|those|it|they|such\s+\w+)\s+(?:also\s+)?(?:includes?|covers?|consists?\s+of|"
    r"comprises?|means?|involves?)\b.*:$",
    re.I,
)
"""``This includes:`` after a duty: the list details the last duty's party's duties."""
_LEADIN_VERB = re.compile(
    r"^(?P<subj>.+?)\s+(?:(?:also|will|shall|must|should)\s+)*(?:manages?|handles?|owns?|"
    r"controls?|provides?|performs?|operates?|maintains?|secures?|takes?\s+care\s+of|does|do|"
    r"(?:is|are)\s+in\s+charge\s+of|looks?\s+after|covers?)\b[^:]*:$",
    re.I,
)
"""``<Party> manages the following:``."""
_LEADIN_MODAL = re.compile(
    r"^(?:(?:when|if|once|after|before|where|for|in)\b[^,]{0,120},\s*)?(?P<subj>[^,:]{1,60}?)\s+"
    r"(?:will|must|shall|should|needs?\s+to|(?:is|are)\s+(?:required|expected)\s+to)"
    r"(?:\s+also)?(?:\s+[a-z]+\s+(?:these|those|the\s+following)(?:\s+[\w-]+){0,2}"
    r"(?:\s+(?:to|so|in\s+order)\b[^:]*)?)?:$",
    re.I,
)
"""``AKS support teams will:``, ``You must configure these settings to …:``."""
_LEADIN_PASSIVE = re.compile(
    r"^(?P<obj>(?:the\s+|your\s+|all\s+)?[\w-]+(?:\s+[\w-]+){0,3})\s+(?:is|are)\s+"
    r"(?:(?:fully|entirely|solely)\s+)?(?P<verb>[a-z]+ed)\s+by\s+(?:the\s+)?(?P<party>[^:,]{1,40}):$",
    re.I,
)
"""``The execution environment is managed by the customer:``: a duty, then its details."""
_FOLLOWING = re.compile(r"^(?:\w+\s+){0,2}?(?:the\s+)?following\b", re.I)
"""``the following``, ``do the following``: the object is the list that follows."""
_LEADIN_BY = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?P<verb>[a-z]+ed|done|run|kept|built|set)\s+(?:\w+\s+)?by\s+"
    r"(?:the\s+)?(?P<party>[^:,]{1,40}):$",
    re.I,
)
"""``Automated by Supabase:``, ``Handled by the customer:``."""
_BE_RESPONSIBLE = re.compile(r"^(?:also\s+)?be\s+(?:\w+\s+)?responsible\s+for\b", re.I)
"""An imperative "Be responsible for …" sentence in an item: more duties of its party."""
_OPTIONS = re.compile(
    r"\b(?:can|could|may|might|are\s+able\s+to|is\s+able\s+to|allows?\s+(?:you|customers)\s+to|"
    r"lets?\s+(?:you|customers)|options?|such\s+as|examples?|for\s+instance)\b[^:]*:$",
    re.I,
)
"""A lead-in to possibilities or examples ("you can:", "such as:"), not to duties."""
_VERBISH = re.compile(r"\b(?:is|are|must|should|will|can|may)\b", re.I)
_CLAUSE = re.compile(
    r"^(?P<subj>(?:[\w,()'’/-]+\s+){1,10}?)(?:(?:only|also|always|never|automatically|usually)\s+)?"
    r"(?:is|are|has|have|was|were|can|could|may|might|must|should|will|would|follow|follows|"
    r"enables?|allows?|provides?\s+no|requires?|needs|leaves?|receives?|contains?|includes?|"
    r"runs?\s+(?:on|in)|lives?)\b",
    re.I,
)
"""A sentence with its own subject before a copula or auxiliary verb."""
_SUBORDINATE = re.compile(r"\b(?:when|if|unless|where|whenever|because|once|until)\b", re.I)
"""A subordinate clause whose verb is not the sentence's own."""
_DUTY_GERUND = re.compile(r"^(?P<g>[A-Za-z]+ing)\s+(?!is\b|are\b)", re.I)
"""An item opening with a gerund ("Ensuring MFA is enabled"): the gerund is the duty."""
_FOLLOWING_END = re.compile(r"\b(?:the\s+)?following(?:\s+\w+){0,2}\s*\.?$", re.I)
"""A paragraph that ends "… responsible for the following" (no colon) before a list."""
_RESPONSIBILITY_TO = re.compile(r"\bresponsibilit(?:y|ies)\s+to\s+(?P<obj>.+)$", re.I | re.S)
_MAINTAINS_CERT = re.compile(
    r"^(?:maintain|hold|keep|retain)\w*\b.*\b(?:certif|attestation|accreditation)", re.I
)
_BOLD_TERM = re.compile(
    r"^\s*(?:\*\*|__)(?P<term>[^*_]+)(?:\*\*|__)\s*(?:\([^)]*\))?\s*[-–—:]\s*(?P<rest>.+)$", re.S
)
"""``**Term** (…) — rest``: the bold term labels the item."""


class ListReader:
    """Reads paragraphs (for lead-ins) and the bullet lists they introduce."""

    def __init__(
        self,
        state: DocState,
        parties: PartyResolver,
        records: FactRecorder,
        prose: ProseReader,
        on_block: BlockHandler,
    ) -> None:
        self.state = state
        self.parties = parties
        self.records = records
        self.prose = prose
        self.on_block = on_block
        """The walk's dispatcher, for other blocks nested in list items (tables, notes)."""

    def paragraph(self, block: Paragraph, ctx: Context) -> Leadin | None:
        """Process a paragraph; returns a pending lead-in (kind, subject) for a following list."""
        leadin: Leadin | None = None
        for start, end in sentences(block.text):
            raw = block.text[start:end]
            first = block.start + block.text[:start].count("\n")
            last = block.start + block.text[:end].count("\n")
            span = self.state.span(first, last, ctx.section, raw)
            text = expand(plain(raw))
            if text.endswith(":") or (
                end >= len(block.text.rstrip()) and _FOLLOWING_END.search(text)
            ):
                leadin = self.leadin(
                    text.rstrip(".") + ("" if text.endswith(":") else ":"), span, ctx
                )
                continue
            found = self.prose.statement(raw, span, ctx, in_item=False)
            advice = ctx.open_subjects or self._under_advice(ctx)
            if not found and advice and self.state.lexicon.imperative(text):
                # "Use the monitoring features and add your own" in a shared area, "Make sure
                # the cluster has enough storage" in a checklist: the reader's part of it
                reader = ctx.party or self.parties.resolve_party("you", span)
                if reader is not None and not NEGATION.search(text):
                    for phrase in self._verb_phrases(trim(text)):
                        self.records.duty(
                            reader, trim(phrase), text, span, shared=ctx.open_subjects
                        )
        return leadin

    def _things_to_do(self, text: str) -> bool:
        """ "Here are a few things you can do:", "steps you can take:": a duty noun before the
        reader's "can"."""
        match = re.search(
            r"\b(?P<noun>[a-z]+)\s+(?:that\s+)?(?:you|customers?)\s+(?:can|could|should)\s+"
            r"(?:do|take|follow|apply)\b",
            text,
            re.I,
        )
        return match is not None and match.group("noun").lower() in self.state.lexicon.duty_nouns

    def _under_advice(self, ctx: Context) -> bool:
        """The passage stands under a best-practice or checklist heading (or page title)."""
        lexicon = self.state.lexicon
        titles = [self.state.doc.title, *ctx.section.path]
        return any(lexicon.advice_heading(title) for title in titles if title)

    def leadin(self, text: str, span: Span, ctx: Context) -> Leadin | None:
        """What a sentence ending in ":" says of the list after it (None: nothing)."""
        split = re.search(r"\b(?:shared|split|divided)\s+(?:between|among|across|by)\b", text, re.I)
        if split or re.search(r"\b(?:share|jointly\s+own)\s+(?:the\s+)?responsibilit", text, re.I):
            opening = re.match(r"^(?P<s>.+?)\s+(?:share|jointly)\b", text, re.I)
            named: list[Ref | None] = []
            if opening:  # "You and SAP share responsibility": the sharing parties are the subject
                for name in re.split(r"\s*(?:,|\band\b|&)\s*", opening.group("s")):
                    named.append(self.parties.resolve_party(name, span, allow_unknown=True))
            if len([p for p in named if p is not None]) < 2:
                named = [
                    self.parties.resolve_party(m.text, span)
                    for m in self.parties.mentions(text, ("org", "role"))
                ]
            self.state.shared_parties = list(dict.fromkeys(p for p in named if p is not None))
            if len(self.state.shared_parties) >= 2:
                self.prose.shared_object(text, span)  # "… share responsibility for X where:"
                return ("shared", None)
        if _OPTIONS.search(text) and not re.search(r"responsib|must|required", text, re.I):
            if self._things_to_do(text) and (ctx.party or self._under_advice(ctx)):
                # "Here are a few things you can do:" under best practices: the reader's duties
                return ("duties", ctx.party or self.parties.resolve_party("you", span))
            return ("options", None)  # "With RDS Custom, you can:": what is possible, not owed
        uses = USES.match(text)
        if uses and re.match(r"^\s*(?:the\s+following[\w\s]*)?:\s*$", uses.group("obj")):
            subject = self.prose.uses(text, span, ctx)
            return ("services", subject) if subject is not None else None
        if uses:
            self.prose.uses(text, span, ctx)  # "X runs on AWS and is responsible for:"
        for pattern in (RESP_TO, RESP, RESP_TAKE):
            match = pattern.match(text)
            if match:
                party = self.prose.subject_party(match.group("subj").strip(" ,"), span, ctx)
                if party is None:
                    return None
                obj = trim(match.group("obj").rstrip(":").strip())
                if len(obj.split()) >= 2 and not _FOLLOWING.match(obj):
                    # "responsible for X, which includes:"
                    self.records.add_duties(party, obj, text, span)
                return ("duties", party)
        modal = _LEADIN_MODAL.match(text)
        if modal and not NEGATION.search(text):
            party = self.prose.subject_party(modal.group("subj"), span, ctx)
            if party is not None:
                return ("duties", party)  # "AKS support teams will:", "You must configure these:"
        passive = _LEADIN_PASSIVE.match(text)
        if (
            passive
            and self.state.lexicon.verb_base(passive.group("verb"))
            and not NEGATION.search(text)
        ):
            party = self.parties.resolve_party(passive.group("party"), span, allow_unknown=True)
            if party is not None:  # "The execution environment is managed by the customer:"
                label = (
                    f"{passive.group('obj')} {passive.group('verb')} by {passive.group('party')}"
                )
                self.records.duty(party, label, text, span)
                return ("duties", party)
        verb_leadin = _LEADIN_VERB.match(text)
        if verb_leadin and not NEGATION.search(text):
            party = self.prose.subject_party(verb_leadin.group("subj"), span, ctx)
            if party is not None:
                return ("duties", party)  # "<Party> manages the following:"
        by = _LEADIN_BY.match(text)
        if by and self.state.lexicon.verb_base(by.group("verb")) and not NEGATION.search(text):
            party = self.parties.resolve_party(by.group("party"), span, allow_unknown=True)
            if party is not None:
                return ("duties", party)  # "Automated by Supabase:", "Handled by the customer:"
        if _LEADIN_INCLUDES.match(text):
            noun = re.match(r"^(?:this|these|that|those|such)\s+([a-z-]+)", text, re.I)
            if noun and noun.group(1).lower() not in self.state.lexicon.duty_nouns | {
                "include",
                "includes",
                "covers",
                "means",
                "involves",
                "also",
            }:
                return ("options", None)  # "These components include:": things, not duties
            subject = self.state.last_duty[0] if self.state.last_duty else ctx.party
            return ("duties", subject)
        if re.search(r"responsib|duties|obligations|tasks|retain", text, re.I):
            party = self.parties.party_in(text, span) or ctx.party
            return ("duties", party) if party is not None else None
        return None

    def bullet_list(self, block: BulletList, ctx: Context, leadin: Leadin | None) -> None:
        """Each item under the lead-in (else under the section's party, if any; else, for a
        list of instructions, under the reader they address)."""
        kind, subject = leadin if leadin else (("duties", ctx.party) if ctx.party else ("", None))
        steps = block.ordered or ctx.procedure
        advice = not kind and not steps and self._under_advice(ctx)
        if advice or (not kind and not steps and self._instructions(block)):
            # a checklist, or any list under best practices: its instructions are the reader's
            span = self.state.span(block.start, block.start, ctx.section)
            kind, subject = "imperative", self.parties.resolve_party("you", span)
        if block.ordered and not kind:
            ctx = replace(ctx, procedure=True)
        for item in block.items:
            self.list_item(item, ctx, kind, subject)

    def _instruction(self, text: str) -> bool:
        """An instruction that states a duty ("Enable MFA"; not "Never share keys")."""
        return self.state.lexicon.imperative(text) and not negated(text)

    def _instructions(self, block: BulletList) -> bool:
        """Most items start with a duty verb ("Enable MFA", "Rotate keys"): a checklist."""
        lexicon = self.state.lexicon
        orders = sum(lexicon.imperative(plain(item.text)) for item in block.items)
        return len(block.items) >= 2 and orders * 2 > len(block.items)

    def list_item(self, item: ListItem, ctx: Context, kind: str, subject: Ref | None) -> None:
        """One item as the lead-in's ``kind`` says, then its nested blocks."""
        text = item.text
        span = self.state.span(item.start, item.end, ctx.section, self._item_quote(item))
        bold = _BOLD_TERM.match(text)
        item_ctx = Context(
            ctx.section,
            ctx.party,
            tuple(self.records.models_in(plain(bold.group("term")), span)) if bold else ctx.models,
            open_subjects=kind == "shared",
            named_by_heading=ctx.named_by_heading,
        )
        if kind == "shared" and text.strip():
            self._shared_item(item, span, item_ctx, bold)
            return
        if kind == "shared":  # an item whose text is all in its paragraphs
            self._children(item, ctx, kind, None)
            return
        if kind == "services" and subject is not None and text.strip():
            service = self.records.service(plain(text), span) or self.records.local_service(
                text, span
            )
            self.state.facts.add_relation(Relation(subject, "uses", service, span))
        elif kind == "duties" and subject is not None and text.strip():
            if _is_title_item(item):
                # "Backup and Recovery" over a paragraph that says who does
                # what: the paragraph's duties; the title only when it gives none
                before = len(self.state.facts.relations)
                self._children(item, ctx, kind, subject)
                if len(self.state.facts.relations) == before:
                    self.item_duty(item, subject, span, ctx)
                return
            self.item_duty(item, subject, span, ctx)
        elif kind == "imperative" and subject is not None and self._instruction(plain(text)):
            self.item_duty(item, subject, span, ctx, instructions=True)
        else:
            body = bold.group("rest") if bold else text
            for start, end in sentences(body):
                if kind == "imperative" and subject is not None:
                    sentence = expand(plain(body[start:end]))
                    if self._instruction(sentence):  # "… open a ticket. Provide two weeks' notice."
                        self.records.duty(subject, trim(sentence), expand(plain(body)), span)
                        continue
                self.prose.statement(
                    body[start:end], span, item_ctx, in_item=kind not in ("", "imperative")
                )
        self._children(item, ctx, kind, subject if kind else ctx.party)

    def _shared_item(
        self, item: ListItem, span: Span, item_ctx: Context, bold: re.Match[str] | None
    ) -> None:
        """An item of a "shared between A and B:" list: its sentences say who does what, or
        else the whole item is a duty every shared party holds."""
        text = item.text
        rest = bold.group("rest") if bold else text
        found = False
        for start, end in sentences(rest):
            found = self.prose.statement(rest[start:end], span, item_ctx, in_item=False) or found
        before = len(self.state.facts.relations)
        self._children(item, item_ctx, "shared", None)  # "Observability" over its paragraphs
        found = found or len(self.state.facts.relations) > before
        if not found and not bold and self._description(expand(plain(text))):
            if self._duty_heading(item_ctx) and item_ctx.party is not None:
                # under "Provider responsibilities for worker nodes": the heading's party's
                label = trim(expand(plain(text[: next(iter(sentences(text)), (0, len(text)))[1]])))
                self.records.duty(item_ctx.party, label, expand(plain(text)), span)
            return  # "The agent nodes receive patches automatically": how it is, not who does it
        if not found or _is_title_item(item):  # the area itself is shared ("Observability")
            label = plain(bold.group("term")) if bold else trim(expand(plain(text)))
            for party in self.state.shared_parties:
                self.records.duty(party, label, expand(plain(text)), span, shared=True)

    def _children(
        self, item: ListItem, ctx: Context, kind: str, nested_subject: Ref | None
    ) -> None:
        """Nested lists inherit the item's lead-in unless the item ends with a lead-in of its
        own ("These components include:") or a nested paragraph sets a new one."""
        pending: Leadin | None = None
        ranges = list(sentences(item.text))
        last = expand(plain(item.text[ranges[-1][0] : ranges[-1][1]])) if ranges else ""
        if len(ranges) > 1 and last.endswith(":"):
            span = self.state.span(item.start, item.end, ctx.section, last)
            pending = self.leadin(last, span, ctx) or ("details", None)
        for child in item.children:
            if isinstance(child, BulletList):
                self.bullet_list(child, ctx, pending or ((kind, nested_subject) if kind else None))
                pending = None
            elif isinstance(child, Paragraph):
                shared = kind == "shared"  # a shared area's paragraphs: who does what
                pending = self.paragraph(child, Context(ctx.section, ctx.party, (), shared))
            else:
                self.on_block(child, ctx, None)

    @staticmethod
    def _item_quote(item: ListItem) -> str:
        """The item's text and its paragraphs, as one line of provenance."""
        parts = [item.text] + [c.text for c in item.children if isinstance(c, Paragraph)]
        return " ".join(plain(p) for p in parts if p.strip())

    def item_duty(
        self, item: ListItem, party: Ref, span: Span, ctx: Context, *, instructions: bool = False
    ) -> None:
        """A list item under a party: one duty (its bold term or first sentence), owned by the
        party the sentence names, else by ``party``; later sentences may add more."""
        ranges = list(sentences(item.text))
        first_raw = item.text[ranges[0][0] : ranges[0][1]] if ranges else item.text
        first = expand(plain(first_raw))
        bold = _BOLD_TERM.match(item.text)
        if _is_heading_item(item):
            return  # "**Identity**" over a nested list: a category, its children the duties
        opening = first.split(maxsplit=1)[0].lower() if first.split() else ""
        refrain = re.match(r"^not\s+\w+ing\b", first, re.I)  # "Not storing PHI in …": a duty
        if not bold and (
            (negated(first) and not refrain) or opening in self.state.lexicon.prohibitions
        ):
            return  # "Dagster+ doesn't have access …", "Avoid direct RDP access": no duty
        if not bold and self._description(first) and not self._duty_heading(ctx):
            # "Networks have redundant links": a statement about things, not a duty; a party
            # it names as subject still states one ("Microsoft audits suppliers")
            self.prose.statement(first_raw, span, ctx, in_item=False)
            return
        owner = party
        label = first
        if bold:
            rest = bold.group("rest")
            sub = Context(ctx.section, party, ctx.models, ctx.open_subjects)
            if self.prose.sentences(rest, span, sub):
                return  # "**Data** - You are responsible for your data": the sentence says it
            term = plain(bold.group("term")).strip()
            clause = trim(expand(plain(rest)))
            stripped, subject = self.prose.strip_subject(clause, span, ctx)
            owner = subject or party
            label = f"{term}: {stripped}" if len(stripped.split()) >= 2 else term
        else:
            stripped, subject = self.prose.strip_subject(first, span, ctx)
            label = stripped
            if subject is not None:
                owner = subject
        label = RESP_PAREN.sub("", label)
        if instructions:  # "If you expect heavy load, such as launches, open a ticket"
            label = self.state.lexicon.without_condition(label)
        description = expand(plain(item.text))
        for child in item.children:
            if isinstance(child, Paragraph):
                description += " " + plain(child.text)
        for phrase in self._verb_phrases(trim(label)):
            duty = self.records.duty(owner, trim(phrase), description.strip(), span)
            self.state.last_duty = (owner, duty, trim(phrase))
        for start, end in sentences(item.text):
            self.prose.statement(item.text[start:end], span, ctx, in_item=True)
        for start, end in ranges[1:]:
            later = expand(plain(item.text[start:end]))
            extra = _RESPONSIBILITY_TO.search(later)
            if extra and not NEGATION.search(later):
                self.records.add_duties(owner, extra.group("obj"), description.strip(), span)
            elif self.parties.mentions(later, ("org", "role", "service")) or _BE_RESPONSIBLE.match(
                later
            ):
                # "Be responsible for X, Y": the item's party; "Acme is responsible for Z"
                sub = Context(ctx.section, owner, ctx.models, ctx.open_subjects)
                self.prose.statement(item.text[start:end], span, sub, in_item=False)
            elif instructions and self._instruction(later):  # "… Provide two weeks' notice."
                for phrase in self._verb_phrases(trim(later)):
                    self.records.duty(owner, trim(phrase), description.strip(), span)
        if _MAINTAINS_CERT.search(first) and not NEGATION.search(first):
            for m in self.state.vocab.matchers["standard"].find(first):
                # "Maintaining SOC 2 certification"
                self.records.certification(owner, m.concept, span)

    def _duty_heading(self, ctx: Context) -> bool:
        """The section's heading names its party and a duty noun ("Provider responsibilities
        for worker nodes"): by the page's convention, what its items state is that party's."""
        if not (ctx.named_by_heading and ctx.party is not None):
            return False
        words = set(re.findall(r"[a-z]+", ctx.section.title.lower()))
        return bool(words & self.state.lexicon.duty_nouns)

    def _description(self, sentence: str) -> bool:
        """A clause whose subject is not a party and whose verb is a copula or auxiliary
        ("Each service must have a plan", "Hardware has redundancy")."""
        match = _CLAUSE.match(sentence)
        if not match or self.state.lexicon.imperative(sentence):
            return False
        subject = match.group("subj")
        gerund = _DUTY_GERUND.match(subject)
        if _SUBORDINATE.search(subject) or (
            gerund and self.state.lexicon.verb_base(gerund.group("g")) is not None
        ):
            return False  # "Proxy, except when X is used", "Ensuring MFA is enabled": a duty
        return not self.parties.mentions(expand(subject), ("org", "role"))

    def _verb_phrases(self, label: str) -> list[str]:
        """An item that chains verb phrases ("Resolve the issues and retry the update",
        "Estimating the load and scaling the cluster") is one duty per phrase; anything else
        stays whole."""
        words = label.split()
        lexicon = self.state.lexicon
        if not words:
            return [label]
        first = words[0].lower()
        gerund = first.endswith("ing") and len(first) > 5
        if lexicon.verb_base(first) != first and not gerund:
            return [label]
        parts: list[str] = []
        last = 0
        for m in re.finditer(r",?\s+and\s+(?P<verb>[a-z]+)\s+(?=\w)", label):
            verb = m.group("verb")
            same_form = verb.endswith("ing") if gerund else lexicon.verb_base(verb) == verb
            before = label[last : m.start()].split()
            bare = len(before) == 1 or (len(before) == 2 and before[1] in {"up", "down", "out"})
            if same_form and lexicon.verb_base(verb) is not None and not bare:
                parts.append(label[last : m.start()])  # "Estimating X and scaling Y"
                last = m.start("verb")  # ("Set up and maintain X": one object, one duty)
        parts.append(label[last:])
        return [p for p in parts if len(p.split()) >= 2] or [label]


def _is_title_item(item: ListItem) -> bool:
    """An item that is only a short title ("Observability", "Backup and Recovery") over
    paragraphs of its own."""
    if not any(isinstance(c, Paragraph) for c in item.children):
        return False
    words = plain(item.text).split()
    return (
        0 < len(words) <= 6
        and not re.search(r"[.;:]", item.text)
        and not _VERBISH.search(item.text)
    )


def _is_heading_item(item: ListItem) -> bool:
    """An item that only names a category ("**Identity**", "Networking:", "Access control")
    over a nested list."""
    if not any(isinstance(c, BulletList) for c in item.children):
        return False
    text = item.text.strip()
    bare = re.fullmatch(r"(?:\*\*|__)[^*_]+(?:\*\*|__):?", text) is not None
    words = plain(text).split()
    short = len(words) <= 4 and not re.search(r"[.;]", text) and not _VERBISH.search(text)
    return bare or short or (text.endswith(":") and len(words) <= 8)
