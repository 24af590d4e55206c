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
from ..text import Needing, plain, sentences
from .colon_items import ColonItems, references_only
from .cues import (
    NEGATION,
    OBLIGATION,
    RESP_PAREN,
    RESPONSIBLE_WORD,
    expand,
    negated,
    positive_part,
)
from .labels import base_opening, trim, without_lead
from .leadins import LeadinReader, step_heading, verb_phrases
from .parties import PartyResolver
from .prose import ProseReader, requires_of_party
from .records import FactRecorder
from .state import BlockHandler, Context, DocState, Leadin
from .titles import THEY, VERBISH, TitleItems

__all__ = ["ListReader"]

_BE_RESPONSIBLE = re.compile(r"^(?:also\s+)?be\s+(?:\w+\s+)?responsible\s+for\b", re.I)
"""An imperative "Be responsible for …" sentence in an item: more duties of its party."""
_REFRAIN = re.compile(r"^not\s+\w+ing\b", re.I)
_ITEM_INCLUDES = re.compile(
    r"^(?:this|these|it)\s+(?:also\s+)?(?:includes?|covers?)\s+(?P<obj>.+?)\.?$", re.I | re.S
)
"""A nested item ``This includes A and B``: more of the parent item's duty."""
_STEM_ITEM = Needing(
    re.compile(
        r"^(?P<stem>[A-Za-z][\w\s,'’-]{2,80}?\b(?:to|for|of|on|in|with|about|by))\s*:$", re.I
    ),
    ":",
)
"""An item ending in a preposition and a colon: each nested item completes its phrase."""
_CLAUSE_VERB = (
    r"(?:is|are|has|have|was|were|can|could|may|might|must|should|will|would|follow|follows|"
    r"enables?|allows?|provides?\s+no|requires?|needs|leaves?|receives?|contains?|includes?|"
    r"runs?\s+(?:on|in)|lives?)\b"
)
_CLAUSE = re.compile(
    r"^(?P<subj>(?:[\w,()'’/-]+\s+){1,10}?)(?:(?:only|also|always|never|automatically|usually)\s+)?"
    + _CLAUSE_VERB,
    re.I,
)
"""A sentence with its own subject before a copula or auxiliary verb."""
_SPACED_CLAUSE_VERB = re.compile(r"\s" + _CLAUSE_VERB, re.I)
"""What a sentence ``_CLAUSE`` matches holds: one of its verbs after a space (a quick search
that spares the backtracking match most sentences)."""
_SUBORDINATE = re.compile(r"\b(?:when|if|unless|where|whenever|because|once|until)\b", re.I)
"""A subordinate clause whose verb is not the sentence's own."""
_RELATIVE_END = re.compile(r"\b(?:that|which|who|whose)\s*$", re.I)
"""A subject that ends in a relative pronoun: its verb is the relative clause's ("Devices that
are allowed to connect"), the item a noun phrase unless a main verb follows ("Parts that run
on the nodes are remediated")."""
_DUTY_GERUND = re.compile(r"^(?P<g>[A-Za-z]+ing)\s+(?!is\b|are\b)", re.I)
"""An item opening with a gerund ("Ensuring MFA is enabled"): the gerund is the duty."""
_RESPONSIBILITY_TO = re.compile(r"\bresponsibilit(?:y|ies)\s+to\s+(?P<obj>.+)$", re.I | re.S)
_MAINTAINS_CERT = re.compile(
    r"^(?:maintain|hold|keep|retain)\w*\b.*\b(?:certif|attestation|accreditation)", re.I
)
_ROUTED = re.compile(r"^(?P<what>[^→?]{3,200}\?)\s*(?:→|->|⇒|=>)\s*(?P<who>[^→?<>=]{1,40}?)\.?$")
"""A decision rule, ``Does it affect several teams? → Platform team``: the party named after
the arrow owns what the question asks about."""
_DOERLESS = re.compile(
    r"^[^,:;()]{2,80}?\s+(?:must|shall|should|needs?\s+to|has\s+to|have\s+to)\s+"
    r"(?:always\s+)?be\s+[“\"]?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|lt|nt|able|ible)\b"
    r"(?![^()]*\bby\b)",
    re.I,
)
"""An obligation in the passive that names no agent ("Logs must be kept for a year"), or of a
state to keep ("Labels must be clearly readable")."""
_OWED = re.compile(rf"{OBLIGATION.pattern}|\bresponsib|\bin\s+charge\s+of\b", re.I)
"""What makes an item under a rights heading a duty after all ("must", "is asked to")."""
_READER = re.compile(r"\byou\b", re.I)
"""The reader named in a lead-in item ("At each demo you host:")."""
_OWN_VOICE = re.compile(
    r"^we\s+(?:(?:will|shall|must|also|always|then)\s+)*(?=[a-z][\w-]*\s+\w)", re.I
)
"""``We (will) …`` opening an item under the writer's own heading: the heading's party
restated, no part of the duty."""
_SCENE = re.compile(r"^(?:in|at|during|for|before|after|on|when|whenever|once)\s[^.!?]*:$", re.I)
"""A fragment that sets a scene and ends in a colon ("In the sessions you moderate:")."""
_BOLD_TERM = re.compile(
    r"^\s*(?:\*\*|__)(?P<term>[^*_]+)(?:\*\*|__)\s*(?:\([^)]*\))?\s*(?P<sep>[-–—:])\s*(?P<rest>.+)$",
    re.S,
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
        self.leadins = LeadinReader(state, parties, records, prose)
        self.titles = TitleItems(state, parties, records, prose)
        self.colon_items = ColonItems(state, parties, records, prose)

    def paragraph(self, block: Paragraph, ctx: Context) -> Leadin | None:
        """A paragraph's duties, and the lead-in its last sentence makes (see leadins.py); a
        paragraph "**Yard Lead**: staff member responsible for X" defines a role."""
        bold = _BOLD_TERM.match(block.text) if "\n" not in block.text.strip() else None
        if bold is not None:
            span = self.state.span(block.start, block.end, ctx.section)
            if self.titles.role_item(bold.group("term"), bold.group("rest"), span, ctx):
                return None
        return self.leadins.paragraph(block, ctx)

    def bullet_list(self, block: BulletList, ctx: Context, leadin: Leadin | None) -> None:
        """Each item under the lead-in (else under the section's party, if any; else, for a
        list of instructions, under the reader they address)."""
        kind, subject = leadin if leadin else (("duties", ctx.party) if ctx.party else ("", None))
        steps = (block.ordered or ctx.procedure) and not step_heading(
            ctx.section.title, self.state.lexicon
        )
        advice = not kind and not steps and self.leadins.under_advice(ctx)
        if advice or (not kind and not steps and self.instructions(block)):
            # a checklist, or any list under best practices: its instructions are the reader's
            span = self.state.span(block.start, block.start, ctx.section)
            kind, subject = "imperative", self.parties.resolve_party("you", span)
        if block.ordered and not kind:
            ctx = replace(ctx, procedure=True)
        stem, line = self.state.relative_stem
        self.state.relative_stem = ("", 0)
        if stem and kind == "duties" and 0 < block.start - line <= 2:
            ctx = replace(ctx, stem=stem)  # "should only approve changes that:" / "- they …"
        relations = self.state.facts.relations
        silent: list[ListItem] = []
        doers: set[Ref] = set()
        for item in block.items:
            before = len(relations)
            self.list_item(item, ctx, kind, subject)
            doers.update(r.subject for r in relations[before:] if r.predicate == "responsibleFor")
            silent += [item] if len(relations) == before else []
        if (
            not kind
            and ctx.party is None
            and len(doers) == 1
            and len(silent) < len(block.items) - 1
        ):
            self._doerless(silent, doers.pop(), ctx)

    def _doerless(self, items: list[ListItem], party: Ref, ctx: Context) -> None:
        """A list whose items state one party's duties ("You need to log every crate") and
        an item that leaves its doer out ("Crates must be stored securely"): an obligation
        in the passive with no agent is that party's duty too."""
        for item in items:
            text = expand(plain(item.text)).strip()
            if _DOERLESS.match(text) and not NEGATION.search(text):
                span = self.state.span(item.start, item.end, ctx.section, self._item_quote(item))
                self.records.duty(party, trim(text.rstrip(".")), text, span)

    def _instruction(self, text: str) -> bool:
        """An instruction that states a duty ("Enable MFA"; not "Never share keys"); a negation
        in a leading phrase ("For checks the tools cannot cover, supply …") or in a clause
        after the order ("Tag builds but don't hoard them") leaves the order standing."""
        return self._order(text) is not None

    def _order(self, text: str) -> str | None:
        """The instruction ``text`` gives, without a negated clause after it, else None."""
        lexicon = self.state.lexicon
        if not lexicon.imperative(text):
            return None
        text = _SPLICED.split(text, maxsplit=1)[0]  # "Greet reviewers, they often get lost"
        if not negated(lexicon.without_condition(text)):
            return text
        positive = positive_part(text)
        return positive if positive and lexicon.imperative(positive) else None

    def instructions(self, block: BulletList) -> bool:
        """Most items start with a duty verb ("Enable MFA", "Rotate keys"): a checklist."""
        lexicon = self.state.lexicon
        orders = sum(lexicon.imperative(plain(item.text)) for item in block.items)
        return len(block.items) >= 2 and orders * 2 > len(block.items)

    def list_item(self, item: ListItem, ctx: Context, kind: str, subject: Ref | None) -> None:
        """One item as the lead-in's ``kind`` says, then its nested blocks."""
        text = item.text
        if ctx.rights and not _OWED.search(expand(plain(text))):
            return  # "### Rights" / "- May merge pull requests": a power, no duty
        span = self.state.span(item.start, item.end, ctx.section, self._item_quote(item))
        owned = self.leadins.owner_label(expand(plain(text)), span) if item.children else None
        if owned is not None:  # "- **Shared controls (Acme and customer)**" over a nested list
            self._children(item, ctx, *owned)
            return
        bold = _BOLD_TERM.match(text)
        route = _ROUTED.match(expand(plain(text)).strip())
        owner = (
            self.parties.resolve_party(route.group("who"), span, create=False) if route else None
        )
        if route and owner is not None:  # "Is it business logic? → Product team"
            self.records.duty(owner, route.group("what"), expand(plain(text)), span)
            return
        if (
            bold is not None
            and kind in ("", "duties", "owned")
            and self.titles.role_item(bold.group("term"), bold.group("rest"), span, ctx)
        ):  # "**Archive Keeper**: clerk who holds the vault. Responsible for X."
            self._children(item, ctx, kind, subject if kind else ctx.party)
            return
        if _question(text):  # "Does the candidate triage tickets?": a criterion, no duty
            self._children(item, ctx, kind, subject if kind else ctx.party)
            return
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
        if kind == "asked" and subject is not None and text.strip():
            # an item of information asked for ("The project's plans:" over its questions):
            # the item is what the reader provides, its nested items the details, unless they
            # are instructions themselves ("Maintainers:" over "- Provide three names")
            if not self._asks_itself(item):
                label = trim(expand(plain(text)).rstrip(": "))
                self.records.duty(subject, label, expand(plain(text)), span)
                return
            self._children(item, ctx, "imperative", subject)
            return
        if kind == "services" and subject is not None and text.strip():
            service = self.records.service(plain(text), span) or self.records.local_service(
                text, span
            )
            self.state.facts.add_relation(Relation(subject, "uses", service, span))
        elif kind in ("duties", "owned") and subject is not None and text.strip():
            if _is_title_item(item):
                # "Backup and Recovery" over a paragraph that says who does
                # what: the paragraph's duties; the title only when it gives none
                before = len(self.state.facts.relations)
                self._children(item, ctx, kind, subject)
                if len(self.state.facts.relations) == before:
                    self.item_duty(item, subject, span, ctx)
                return
            self.item_duty(item, subject, span, ctx, owned=kind == "owned")
        elif kind in ("", "imperative") and self._reader_leadin(
            item, span, ctx, subject if kind else None
        ):
            return  # "At each demo you host:" over what to do: the nested items are the duties
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
                stated = (kind == "options" and requires_of_party(body[start:end])) or (
                    kind in ("options", "examples") and RESPONSIBLE_WORD.search(body[start:end])
                )  # an example's "you need to …" is the example's, not a duty of the page
                said = body[start:end]
                if not kind and self.state.topic and _SUBJECTLESS.match(said):
                    said = f"{self.state.topic} {said[:1].lower()}{said[1:]}"  # "Are managed by X"
                if bold and not kind and THEY.match(said):
                    said = self.titles.they_the_role(bold.group("term"), said, span)
                self.prose.statement(  # an example that says "we are responsible for" says so
                    said,
                    span,
                    item_ctx,
                    in_item=kind not in ("", "imperative") and not stated,
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

    def _reader_leadin(self, item: ListItem, span: Span, ctx: Context, reader: Ref | None) -> bool:
        """An item ending in a colon over a nested list, in a checklist or a procedure, that
        sets when the reader acts ("At each demo you host:"): its nested items are the
        reader's duties, the fragment itself none. False (nothing read) for any other item."""
        text = expand(plain(item.text)).strip()
        if not text.endswith(":") or not _is_heading_item(item):
            return False
        if reader is None and _READER.search(text):
            reader = self.parties.resolve_party("you", span)
        if reader is None:
            return False
        for child in item.children:
            if isinstance(child, BulletList):
                self.bullet_list(child, ctx, ("duties", reader))
        return True

    def _asks_itself(self, item: ListItem) -> bool:
        """The item's nested list opens with an instruction ("- Provide the names of …")."""
        for child in item.children:
            if isinstance(child, BulletList) and child.items:
                return self._instruction(expand(plain(child.items[0].text)))
        return False

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
            pending = self.leadins.leadin(last, span, ctx) or ("details", None)
        stem = _STEM_ITEM.match(expand(plain(item.text))) if kind == "duties" else None
        for child in item.children:
            if isinstance(child, BulletList) and last.endswith(":") and references_only(child):
                continue  # "Specialists will do extra checks:" over links to their guides
            if isinstance(child, BulletList):
                inner = replace(ctx, stem=stem.group("stem")) if stem and not pending else ctx
                self.bullet_list(
                    child, inner, pending or ((kind, nested_subject) if kind else None)
                )
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
        self,
        item: ListItem,
        party: Ref,
        span: Span,
        ctx: Context,
        *,
        instructions: bool = False,
        owned: bool = False,
    ) -> None:
        """A list item under a party: one duty (its bold term or first sentence), owned by the
        party the sentence names, else by ``party``; later sentences may add more."""
        self.state.stated = None
        ranges = list(sentences(item.text))
        if len(ranges) > 1 and self._asks_then_orders(item.text, ranges):
            ranges = ranges[1:]  # "Flaky builds? Page the CI owner.": the order is the duty
        first_raw = item.text[ranges[0][0] : ranges[0][1]] if ranges else item.text
        first = expand(plain(first_raw))
        if not item.children and self.state.lexicon.filler(first):
            return  # "- etc.": the list goes on, no duty
        if not item.children and _SCENE.match(first) and _READER.search(first):
            return  # "In the sessions you moderate:" over a list after it: the scene, no duty
        bold = _BOLD_TERM.match(item.text)
        order = self._order(first) if instructions and not bold else None
        if order is not None and order != first:  # "Tag builds but don't hoard them!"
            first_raw = first = order
        if _is_heading_item(item):
            # "**Identity**" over a nested list: a category, its children the duties; "Run the
            # tests, including:" and "Specialists will do extra checks:" state one of their own
            self.colon_items.own_duty(first_raw, party, span, ctx)
            return
        includes = _ITEM_INCLUDES.match(first)
        if includes and not negated(first):  # "- This includes A and B" under a duty
            self.records.add_duties(party, includes.group("obj"), expand(plain(item.text)), span)
            return
        if ctx.stem and not bold:  # "Operating systems relating to:" / "- Our hypervisors"
            first = f"{ctx.stem} {first[0].lower() + first[1:] if first[:2].istitle() else first}"
        opening = first.split(maxsplit=1)[0].lower() if first.split() else ""
        refrain = _REFRAIN.match(first)  # "Not storing PHI in …": a duty
        if not bold and (
            (negated(first) and not refrain and order is None)
            or opening in self.state.lexicon.prohibitions
            or _PERMITTED.match(first)
        ):
            return  # "Dagster+ doesn't have access …", "Avoid direct RDP access": no duty
        if not bold and self._description(first) and not (owned or self._duty_heading(ctx)):
            # "Networks have redundant links": a statement about things, not a duty; a party
            # it names as subject still states one ("Microsoft audits suppliers")
            self.prose.statement(first_raw, span, ctx, in_item=False)
            return
        if not bold and self._done_to_party(first):
            # "Idle leads may be removed from the roster": what befalls the party, no duty of
            # its own; an agent after "by" still takes one
            self.prose.statement(first_raw, span, ctx, in_item=False)
            return
        owner = party
        label = first
        dash = bold is not None and bold.group("sep") != ":"
        if (
            dash
            and bold
            and self.titles.names_duty(bold.group("term"), bold.group("rest"), party, span, ctx)
        ):
            # "**Daily snapshots** - Acme takes a snapshot every day" under what Acme manages:
            # the title is the duty; the text only explains it
            self.titles.explained(item, bold, party, span, ctx)
            return
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
        else:  # "By using the yard, you agree to …": the clause after the leading phrase
            stripped, subject = self.prose.strip_subject(without_lead(first), span, ctx)
            label = stripped
            if subject is not None:
                owner = subject
            elif (we := _OWN_VOICE.match(label)) and self._writer(party, span):
                label = label[we.end()].upper() + label[we.end() + 1 :]  # "- We patch the hosts"
        label = RESP_PAREN.sub("", label)
        if instructions:  # "If you expect heavy load, such as launches, open a ticket"
            label = self.state.lexicon.without_condition(label)
        description = expand(plain(item.text))
        for child in item.children:
            if isinstance(child, Paragraph):
                description += " " + plain(child.text)
        chance = not bold and self._chance(first)  # "Difficult situations may arise": no duty
        for phrase in [] if chance else verb_phrases(self.state.lexicon, trim(label)):
            trimmed = trim(phrase)
            based = base_opening(self.state.lexicon, trimmed)  # "Creates X, and rotates Y"
            written = trimmed if based != trimmed else ""
            duty = self.records.duty(owner, based, description.strip(), span, written=written)
            if duty is not None:
                self.state.last_duty = (owner, duty, trimmed)
        for start, end in ranges:
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
            elif (instructions or (self._instruction(first) and not _TITLED.match(first_raw))) and (
                told := self._order(later)
            ) is not None:
                # "… Provide two weeks' notice.", "Draft topics. Book a room for each."
                for phrase in verb_phrases(self.state.lexicon, trim(told)):
                    self.records.duty(owner, trim(phrase), description.strip(), span)
        if _MAINTAINS_CERT.search(first) and not NEGATION.search(first):
            for m in self.state.vocab.matchers["standard"].find(first):
                # "Maintaining SOC 2 certification"
                self.records.certification(owner, m.concept, span)

    def _writer(self, party: Ref, span: Span) -> bool:
        """Whether ``party`` is who "we" means on this page: its vendor, or (none known) any
        party but the customer."""
        if self.state.vendor is None:
            role = self.state.facts.entities[party].attrs.get("role", "")
            return not role.endswith("/customer")
        return self.parties.resolve_party("we", span) == party

    def _asks_then_orders(self, text: str, ranges: list[tuple[int, int]]) -> bool:
        """An item that opens with a question and answers it with an instruction ("Flaky
        builds? Page the CI owner.")."""
        question = text[ranges[0][0] : ranges[0][1]].strip()
        answer = expand(plain(text[ranges[1][0] : ranges[1][1]]))
        return question.endswith("?") and self._instruction(answer)

    def _chance(self, sentence: str) -> bool:
        """A sentence that says what may befall ("situations may arise"), what may be done to
        a thing ("home directories may be transferred") or what governs it ("Use of the yard
        is subject to the policy"): under a party's duties, no duty of that party."""
        if _GOVERNED.search(sentence):
            return True
        chance = _CHANCE.search(sentence)
        if chance is None or self.state.lexicon.imperative(sentence):
            return False
        subject = sentence[: chance.start()].rsplit(",", 1)[-1]
        if _CLAUSE_WORD.search(subject):
            return False  # "Patch the hosts so that nothing may be exploited": a purpose
        verb = chance.group("verb").lower()
        return verb.endswith("ed") or verb in self.state.lexicon.chances

    def _duty_heading(self, ctx: Context) -> bool:
        """The section's heading names its party and a duty noun ("Provider responsibilities
        for worker nodes"): by the page's convention, what its items state is that party's."""
        if not (ctx.named_by_heading and ctx.party is not None):
            return False
        words = set(re.findall(r"[a-z]+", ctx.section.title.lower()))
        return bool(words & self.state.lexicon.duty_nouns)

    def _done_to_party(self, sentence: str) -> bool:
        """A passive clause whose subject names a party ("Inactive maintainers may be removed
        from the list"), not a passive of obligation ("are expected to …")."""
        match = _PARTY_PASSIVE.match(sentence)
        if match is None or self.state.lexicon.imperative(sentence):
            return False
        words = re.sub(r"\([^()]*\)", " ", match.group("subj")).split()
        if not 0 < len(words) <= 4 or any(w.lower().endswith("ing") for w in words):
            return False  # "Ensuring your runtime and dependencies are …": a gerund's object
        return bool(self.parties.mentions(expand(" ".join(words)), ("org", "role")))

    def _description(self, sentence: str) -> bool:
        """A clause whose subject is not a party and whose verb is a copula or auxiliary
        ("Each service must have a plan", "Hardware has redundancy")."""
        match = _CLAUSE.match(sentence) if _SPACED_CLAUSE_VERB.search(sentence) else None
        if not match or self.state.lexicon.imperative(sentence):
            return False
        subject = match.group("subj")
        gerund = _DUTY_GERUND.match(subject)
        relative = _RELATIVE_END.search(subject)
        if relative and not _SPACED_CLAUSE_VERB.search(sentence, match.end()):
            return False  # "Devices that are allowed to connect": a noun phrase, a duty
        if _SUBORDINATE.search(subject) or (
            gerund and self.state.lexicon.verb_base(gerund.group("g")) is not None
        ):
            return False  # "Proxy, except when X is used", "Ensuring MFA is enabled": a duty
        return not self.parties.mentions(expand(subject), ("org", "role"))


_PARTY_PASSIVE = re.compile(
    r"^(?P<subj>[^,;:]+?)\s+(?:(?:may|might|can|could|will|shall|must|should|would)\s+)?"
    r"(?:be|is|are|get|gets)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b(?!\s+to\b)",
    re.I,
)
"""A clause in the passive ("X may be removed from …"), not a passive of obligation ("X are
expected to …"); its subject is a short noun phrase (checked in ``_done_to_party``)."""
_TITLED = re.compile(r"^\s*(?:\*\*|__)")
"""An item that opens with a bold title ("**Respond to incidents**. When …, carry out …"): its
later sentences explain the title, they are no duties of their own."""
_SPLICED = re.compile(r",\s+(?:they|it|this|these|those)\s+(?=[a-z])")
"""A comma before a clause with a pronoun subject ("…, they often get lost"): a remark on
the instruction, no part of it."""
_PERMITTED = re.compile(
    r"^(?:(?:when|if|once|after)\b[^,]{0,80},\s*)?(?:you|customers?|users?)\s+"
    r"(?:can|could|may|might|are\s+able\s+to)\b",
    re.I,
)
"""An item that grants the reader an option ("When approved, you can merge the change"),
even under a lead-in of duties: no duty."""
_CHANCE = re.compile(
    r"\b(?:may|might|could)\s+(?:\w+ly\s+)?(?:be\s+(?!(?:required|expected|asked|obliged)\b)"
    r"(?=[a-z]+ed\b))?(?P<verb>[a-z]+)\b",
    re.I,
)
"""A modal of chance and its verb ("may arise", "may be transferred"): see ``_chance``."""
_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|so|to|if|when|unless|where|until)\b", re.I)
"""Words that open a clause within a sentence: a chance after one is not the main clause's."""
_GOVERNED = re.compile(r"^[^,;]*?\b(?:is|are)\s+subject\s+to\b", re.I)
"""``Use of X is subject to the policy``: what governs a thing, no duty of the list's party."""
_SUBJECTLESS = re.compile(r"^(?:is|are)\s+(?:\w+ly\s+)?\w+ed\b(?:\s+and\s+\w+ed)?\s+by\s", re.I)
"""An item that leaves out its subject, the topic of the label above ("Are managed by X")."""


_ASIDE_SENTENCE = re.compile(r"^\([^()]*\)\.?$")
"""A sentence wholly in parentheses: an aside that asks and states nothing."""


def _question(text: str) -> bool:
    """An item that only asks ("Does the candidate triage tickets?", "Is the editor active
    enough? Has she reviewed ten pages?"): every sentence is a question, none states a duty."""
    said = [expand(plain(text[start:end])).strip() for start, end in sentences(text)]
    said = [s for s in said if s and not _ASIDE_SENTENCE.match(s)]  # "(For example: X)"
    return bool(said) and all(s.endswith("?") for s in said)


def _is_title_item(item: ListItem) -> bool:
    """An item that is only a short title ("Observability", "Backup and Recovery") over
    paragraphs of its own."""
    if not any(isinstance(c, Paragraph) for c in item.children):
        return False
    words = plain(item.text).split()
    return (
        0 < len(words) <= 6 and not re.search(r"[.;:]", item.text) and not VERBISH.search(item.text)
    )


def _is_heading_item(item: ListItem) -> bool:
    """An item that only names a category ("**Identity**", "Networking:", "Access control")
    over a nested list."""
    if not any(isinstance(c, BulletList) for c in item.children):
        return False
    text = item.text.strip()
    bare = re.fullmatch(r"(?:\*\*|__)[^*_]+(?:\*\*|__):?", text) is not None
    words = plain(text).split()
    short = len(words) <= 4 and not re.search(r"[.;]", text) and not VERBISH.search(text)
    # "Shipping the starter kit. It includes:": a duty, then a lead-in of its own
    single = len(list(sentences(text))) == 1
    return bare or short or (text.endswith(":") and len(words) <= 8 and single)
