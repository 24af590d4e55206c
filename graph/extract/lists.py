"""Bullet lists: lead-in sentences, list items, and the duties they state.

A paragraph's closing sentence ending in ":" is a lead-in: it says whose duties the following
list holds ("The customer is responsible for:"), that it lists services ("X uses the
following:") or duties shared between parties. Each item then is a duty of that party (its
bold term or first sentence the label), a service, or a sentence to read on its own.
What one item states is read by ``item_duties.ItemDuties``, the base of ``ListReader``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..document import BulletList, ListItem, Paragraph
from ..facts import Ref, Relation, Span
from ..lexicon import Lexicon
from ..text import Needing, plain, sentences
from .colon_items import lone_verb, navigation, references_only, verb_over_objects
from .cues import (
    BOUND_DEED,
    NEGATION,
    OBLIGATION,
    QUALIFIED,
    RESPONSIBLE_WORD,
    blaming,
    expand,
    forbids,
)
from .item_duties import (
    READER_WORD,
    TITLED,
    ItemDuties,
    bold_term,
    duty_heading,
    instances_under,
    is_heading_item,
    item_quote,
)
from .labels import base_verb, that_clauses, trim
from .leadin_cases import grounds_only
from .leadins import step_section, verb_phrases
from .parties import PartyResolver, names_one_party
from .party_lookup import looks_like_name
from .prose import requires_of_party
from .state import Context, DocState, Leadin
from .titles import THEY, VERBISH

_THING_THAT = re.compile(
    r"^(?:an?|the)\s+(?:(?!(?:of|in|at|for|with|on|from|to|within)\b)[\w'’-]+\s+){0,5}?"
    r"(?P<head>[a-z][\w-]*)\s+(?:that|which)\s",
    re.I,
)
"""A definition opening with a noun and "that/which" ("The Provider's support system that
provides …"): a thing when its head noun names no person, body or party (a phrase with a
preposition, "a position in the organization that …", may hang the clause elsewhere)."""
_LINKING = frozenset(("is", "are", "was", "were", "has", "have", "had", "will", "can", "must"))

__all__ = ["ListReader"]

_STEM_ITEM = Needing(
    re.compile(
        r"^(?P<stem>[A-Za-z][\w\s,'’-]{2,80}?\b(?:to|for|of|on|in|with|about|by))\s*:$", re.I
    ),
    ":",
)
"""An item ending in a preposition and a colon: each nested item completes its phrase."""
_ROUTED = re.compile(r"^(?P<what>[^→?]{3,200}\?)\s*(?:→|->|⇒|=>)\s*(?P<who>[^→?<>=]{1,40}?)\.?$")
"""A decision rule, ``Does it affect several teams? → Platform team``: the party named after
the arrow owns what the question asks about."""
_OWED = re.compile(rf"{OBLIGATION.pattern}|\bresponsib|\bin\s+charge\s+of\b", re.I)
"""What makes an item under a rights heading a duty after all ("must", "is asked to")."""


_ASSENT = re.compile(r"^(?P<noun>[A-Za-z]+)\s+that\s+(?P<clause>\S.*)$", re.S)
"""A condition item: a noun, "that" and a clause ("Agreement that the customer will X")."""


_TOPIC = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|for|&)){0,4}")
"""A short name in Title Case ("Control Plane", "Incident Response and Forensics")."""


_LABEL_WE_CAN = re.compile(
    r"^(?P<label>[A-Z][\w&/' -]{2,60}?)\s+[-–—]\s+We\s+can\s+(?P<rest>[a-z][\w-]*\s.+)$", re.S
)
"""A list item "Console behaviour - We can confirm X": a catalogue entry of what the writer's
service does (a label, a dash, "We can"), the writer's duty as "We confirm X" would be."""
_DIVIDED = re.compile(
    r",\s+but\s+(?:[\w-]+\s+){1,4}(?:must|shall|(?:has|have|needs?)\s+to|"
    r"(?:is|are)\s+required\s+to)\s",
    re.I,
)
"""A contrast that divides a deed between two parties ("Acme trains its staff, but a customer
must train their own"): even as an example, the page's own division of duties."""


def _states_duty(kind: str | None, sentence: str, *, later: bool = False) -> bool:
    """Whether a sentence of an item in a list of ``kind`` states a duty of its own: a party's
    requirement among options, a responsibility word or a divided deed among options, examples
    or details (an example's "you need to …" is the example's, not a duty of the page). An
    option's ``later`` sentence that binds ("… you may send: Health data. A customer must have
    consent to send it") states what the option requires; its own sentence ("If you want X,
    you must use Y") only says who may take it."""
    binds = later and BOUND_DEED.search(sentence) is not None
    return (kind == "options" and (requires_of_party(sentence) or binds)) or (
        kind in ("options", "examples", "details")
        and bool(RESPONSIBLE_WORD.search(sentence) or _DIVIDED.search(sentence))
    )


def _catalogue_entry(said: str) -> str:
    """An item "Console behaviour - We can confirm X" as "Console behaviour - We confirm X": a
    catalogue entry of what the writer's service does; any other item as it is."""
    offered = _LABEL_WE_CAN.match(said)
    return f"{offered['label']} - We {offered['rest']}" if offered else said


def topic_list(block: BulletList, lexicon: Lexicon) -> bool:
    """A list of topics, not instructions: every item a short Title-Case name, most of them
    not opening with a verb ("Applications", "Control Plane", "Data Plane": "Control" is no
    instruction there)."""
    texts = [plain(item.text).strip() for item in block.items]
    if len(texts) < 2 or not all(_TOPIC.fullmatch(t) for t in texts):
        return False
    verbs = sum(lexicon.verb_base(t.split()[0].lower()) is not None for t in texts)
    return verbs * 2 < len(texts)


def assent_clause(text: str, lexicon: Lexicon) -> str | None:
    """The clause of a condition item opened by an assent noun (cue-words.ttl): "Agreement that
    the customer will patch X" says who does what in its clause; "" when the clause declares
    ("… that the customer understands X": no duty); None for any other item."""
    assent = _ASSENT.match(text)
    if assent is None or assent.group("noun").lower() not in lexicon.assent_nouns:
        return None
    opening = assent.group("clause").split()[:5]
    declared = any(base_verb(w).lower() in lexicon.declarations for w in opening)
    return "" if declared else assent.group("clause")


class ListReader(ItemDuties):
    """Reads paragraphs (for lead-ins) and the bullet lists they introduce."""

    def paragraph(self, block: Paragraph, ctx: Context) -> Leadin | None:
        """A paragraph's duties, and the lead-in its last sentence makes (see leadins.py); a
        paragraph "**Yard Lead**: staff member responsible for X" defines a role."""
        bold = bold_term(block.text) if "\n" not in block.text.strip() else None
        if bold is not None:
            span = self.state.span(block.start, block.end, ctx.section)
            if self.titles.role_item(bold.group("term"), bold.group("rest"), span, ctx):
                return None
        return self.leadins.paragraph(block, ctx)

    def bullet_list(self, block: BulletList, ctx: Context, leadin: Leadin | None) -> None:
        """Each item under the lead-in (else under the section's party, if any; else, for a
        list of instructions, under the reader they address). A list of links only, under no
        lead-in, is the page's navigation: nothing."""
        if leadin is None and not self.state.after_colon and navigation(block):
            return  # (after "X manages the following components:" the links are the things)
        if leadin is None and _no_duties(self.parties, block, ctx):
            return  # "### AWS" over "- AWS Lambda Layer"; "- This procedure has been …"
        kind, subject = leadin if leadin else (("duties", ctx.party) if ctx.party else ("", None))
        if kind == "parts":  # "- **Nimbus Gatehouse** — stores logs": a part, named for later
            _list_parts(self.state, block)
        steps = (block.ordered or ctx.procedure) and not step_section(
            ctx.section.path, self.state.lexicon
        )
        # "1. **Encrypt data**: at rest and in transit": numbered practices, each named in
        # bold, are advice as a bulleted list is; numbered steps are a procedure's
        advice = (
            not kind
            and (not steps or all(TITLED.match(item.text) for item in block.items))
            and self.leadins.under_advice(ctx)
        )
        ruled = not kind and not steps and ctx.party is None and self.leadins.rules_list(block, ctx)
        if (
            advice or ruled or (not kind and not steps and self.instructions(block))
        ) and not topic_list(block, self.state.lexicon):
            # a checklist, or any list under best practices: its instructions are the reader's
            span = self.state.span(block.start, block.start, ctx.section)
            kind, subject = "imperative", self.parties.resolve_party("you", span)
        if block.ordered and not kind:
            ctx = replace(ctx, procedure=True)
        stem, line = self.state.relative_stem
        self.state.relative_stem = ("", 0)
        co_holders, held_at = self.state.co_holders
        self.state.co_holders = ((), 0)
        if kind != "duties" or subject is None or not 0 < block.start - held_at <= 2:
            co_holders = ()
        if stem and kind == "duties" and 0 < block.start - line <= 2:
            ctx = replace(ctx, stem=stem)  # "should only approve changes that:" / "- they …"
        relations = self.state.facts.relations
        first = len(relations)
        silent: list[ListItem] = []
        doers: set[Ref] = set()
        labelling = kind in ("", "duties", "owned", "imperative")
        labels = _party_labels(self.parties, block, ctx) if labelling else []
        for index, item in enumerate(block.items):
            before = len(relations)
            self.list_item(item, ctx, kind, subject, labelled=labels[index] if labels else None)
            doers.update(r.subject for r in relations[before:] if r.predicate == "responsibleFor")
            silent += [item] if len(relations) == before else []
        if (
            not kind
            and ctx.party is None
            and len(doers) == 1
            and len(silent) < len(block.items) - 1
        ):
            self._doerless(silent, doers.pop(), ctx)
        for relation in [r for r in relations[first:] if r.subject == subject]:
            for other in co_holders:  # "Wardens and leads have the following duties:"
                self.state.facts.add_relation(replace(relation, subject=other))

    def list_item(
        self,
        item: ListItem,
        ctx: Context,
        kind: str,
        subject: Ref | None,
        *,
        labelled: Ref | None = None,
    ) -> None:
        """One item as the lead-in's ``kind`` says, then its nested blocks; ``labelled``: the
        party the item's bold label names, in a list whose every item opens with one."""
        text = item.text
        if ctx.rights and not _OWED.search(expand(plain(text))):
            return  # "### Rights" / "- May merge pull requests": a power, no duty
        span = self.state.span(item.start, item.end, ctx.section, item_quote(item))
        owned = self.leadins.owner_label(expand(plain(text)), span) if item.children else None
        if owned is not None:  # "- **Shared controls (Acme and customer)**" over a nested list
            self._children(item, ctx, *owned)
            return
        bold = bold_term(text)
        thing = bold is not None and _defines_thing(
            bold.group("rest"), self.state.lexicon, self.parties
        )
        if thing and bold is not None:  # "**Gate Network (GN):** A private …": a part's name
            _name_part(self.state, plain(bold.group("term")))
        route = _ROUTED.match(expand(plain(text)).strip())
        owner = (
            self.parties.resolve_party(route.group("who"), span, create=False) if route else None
        )
        if route and owner is not None:  # "Is it business logic? → Product team"
            self.records.duty(owner, route.group("what"), expand(plain(text)), span)
            return
        if _asks_or_quotes(text):  # "Does the candidate triage X?", '"We need Y" — …': none
            self._children(item, ctx, kind, subject if kind else ctx.party)
            return
        if bold is not None and _code_legend(self.parties, bold.group("term"), bold.group("rest")):
            return  # "**Accountable:** In this role, you approve the work": a key to the codes
        if (
            bold is not None
            and not thing
            and labelled is None
            and kind in ("", "duties", "owned")
            and self.titles.role_item(bold.group("term"), bold.group("rest"), span, ctx)
        ):  # "**Archive Keeper**: clerk who holds the vault. Responsible for X."
            self._children(item, ctx, kind, subject if kind else ctx.party)
            return
        if labelled is not None and bold is not None:  # "- **Acme**: Racks, power, cooling"
            item, kind, subject = replace(item, text=bold.group("rest")), "duties", labelled
            bold = None
        clause = assent_clause(expand(plain(text)).strip(), self.state.lexicon)
        if clause is not None:  # "Agreement that the customer will patch X"
            if clause:
                self.prose.sentences(clause, span, ctx)
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
            if not _asks_itself(item, self._instruction):
                label = trim(expand(plain(text)).rstrip(": "))
                self.records.duty(subject, label, expand(plain(text)), span)
                return
            self._children(item, ctx, "imperative", subject)
            return
        refrain = _refrained(self.state.lexicon, text) if kind in ("duties", "imperative") else ""
        if kind == "services" and subject is not None and text.strip():
            service = self.records.service(plain(text), span) or self.records.local_service(
                text, span
            )
            self.state.facts.add_relation(Relation(subject, "uses", service, span))
        elif refrain and subject is not None:  # "- not use a shared address" under "You must:"
            self.records.duty(subject, refrain, expand(plain(text)), span)
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
        elif (
            kind == "imperative"
            and subject is not None
            and self._instruction(plain(text))
            and not _titled_description(bold, self._instruction)
        ):  # ("**Backup Frequency**: The service runs daily": a title, then no instruction)
            self.item_duty(item, subject, span, ctx, instructions=True)
        else:
            body = bold.group("rest") if bold else text
            for start, end in sentences(body):
                if kind == "imperative" and subject is not None:
                    sentence = expand(plain(body[start:end]))
                    if self._instruction(sentence):  # "… open a ticket. Provide two weeks' notice."
                        for phrase in verb_phrases(self.state.lexicon, trim(sentence)):
                            for check in that_clauses(phrase):  # "Confirm A, and that B"
                                self.records.duty(subject, check, expand(plain(body)), span)
                        continue
                    if self.leadins.reader_rule(sentence, span, ctx, subject):
                        continue  # "Large files should be stored in the project area."
                stated = _states_duty(kind, body[start:end], later=start > 0)
                said = body[start:end]
                if not kind and not start:  # "Console - We can confirm X": the vendor's deed
                    said = _catalogue_entry(said)
                if not kind and self.state.topic and _SUBJECTLESS.match(said):
                    said = f"{self.state.topic} {said[:1].lower()}{said[1:]}"  # "Are managed by X"
                if bold and not kind and THEY.match(said):
                    said = self.titles.they_the_role(bold.group("term"), said, span)
                found = self.prose.statement(  # an example's "we are responsible for" says so
                    said,
                    span,
                    item_ctx,
                    in_item=kind not in ("", "imperative") and not stated,
                )
                if not found and not kind:
                    # "Jobs should be run …" in rules, "Breaks will be announced …" in an SLA
                    ruled = ctx.party is None and self.leadins.reader_rule(said, span, ctx)
                    ruled or self.leadins.commitments.record(said, span, ctx)
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
            if duty_heading(self.state.lexicon, item_ctx) and item_ctx.party is not None:
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
        if not text.endswith(":") or not is_heading_item(item):
            return False
        if _disowned(self.state.lexicon, text):
            return True  # "Prohibited activities include:" over what no one owes
        if reader is None and READER_WORD.search(text):
            reader = self.parties.resolve_party("you", span)
        if reader is None:
            return False
        for child in item.children:
            if isinstance(child, BulletList):
                self.bullet_list(child, ctx, ("duties", reader))
        return True

    def _children(
        self, item: ListItem, ctx: Context, kind: str, nested_subject: Ref | None
    ) -> None:
        """Nested lists inherit the item's lead-in unless the item ends with a lead-in of its
        own ("These components include:") or a nested paragraph sets a new one."""
        pending: Leadin | None = None
        ranges, last = _last_sentence(item.text)
        if last.endswith(":") and _disowned(self.state.lexicon, last):
            pending = ("details", None)  # "Prohibited activities include:": no one's duties
        span = self.state.span(item.start, _own_end(item), ctx.section, last)  # its own lines
        if len(ranges) > 1 and last.endswith(":") and not pending:
            pending = self.leadins.leadin(last, span, ctx) or ("details", None)
        elif not kind and last.endswith(":") and not pending:
            # "1. Acme will provide the following as part of this contract:" in numbered clauses:
            # its nested items are Acme's when the item binds a party
            bound = self.leadins.leadin(last, span, ctx)
            pending = bound if bound and bound[0] == "duties" and bound[1] is not None else None
        stem = _STEM_ITEM.match(expand(plain(item.text))) if kind == "duties" else None
        nested = [c for c in item.children if isinstance(c, BulletList)]
        lexicon = self.state.lexicon
        if (
            kind in ("", "duties")
            and pending is None
            and last.endswith(":")
            and (NEGATION.search(last) or verb_over_objects(last, nested, lexicon) is not None)
        ) or (kind == "duties" and pending is None and instances_under(item, lexicon)):
            pending = ("details", None)  # "SLA doesn't cover:", "Usage issues" over kinds
        lone = lone_verb(last, lexicon) if kind == "duties" and not stem else None
        for child in item.children:
            if isinstance(child, BulletList) and last.endswith(":") and references_only(child):
                continue  # "Specialists will do extra checks:" over links to their guides
            if isinstance(child, BulletList):
                inner = replace(ctx, stem=stem.group("stem")) if stem and not pending else ctx
                told = all(lexicon.imperative(plain(i.text)) for i in child.items)
                if lone and not pending and not told:  # "Monitoring:" over "CPU usage":
                    inner = replace(ctx, stem=lone)  # monitoring CPU usage ("Update X": as is)
                if kind == "duties" and not pending and self.state.lexicon.imperative(last):
                    inner = replace(inner, under_duty=True)  # "- Perform the checks for …:"
                self.bullet_list(
                    child, inner, pending or ((kind, nested_subject) if kind else None)
                )
                pending = None
            elif isinstance(child, Paragraph):
                shared = kind == "shared"  # a shared area's paragraphs: who does what
                pending = self.paragraph(child, Context(ctx.section, ctx.party, (), shared))
            else:
                self.on_block(child, ctx, None)


def _own_end(item: ListItem) -> int:
    """The last line of an item's own text, before its nested blocks."""
    return max(item.start, min((c.start for c in item.children), default=item.end + 1) - 1)


def _last_sentence(text: str) -> tuple[list[tuple[int, int]], str]:
    """An item's sentences and its last one in plain words; after a bold label, a lead-in
    ("**Technical**: We will:") is read without the label."""
    bold = bold_term(text)
    if bold is not None and plain(bold.group("rest")).strip().endswith(":"):
        text = bold.group("rest")
    ranges = list(sentences(text))
    return ranges, expand(plain(text[ranges[-1][0] : ranges[-1][1]])) if ranges else ""


def _inventory(state: DocState, block: BulletList, ctx: Context) -> bool:
    """A list under a heading that is only a party's name whose every item is a short noun
    phrase opening with that name ("### AWS" over "- AWS Lambda Layer", "### GCP" over "-
    Google Pub/Sub Topic"): the party's things the page lists, no duties."""
    if ctx.party is None or len(block.items) < 2:
        return False
    party = state.facts.entities[ctx.party]
    org = state.vocab.by_iri.get(party.attrs.get("organization", ""))
    labels = [ctx.section.title.strip(), party.label, *(org.labels if org else ())]
    names = {label.lower().split()[0] for label in labels if label.strip()}
    for item in block.items:
        text = plain(item.text).strip()
        words = text.split()
        if item.children or not 1 < len(words) <= 6 or re.search(r"[.;:]$", text):
            return False
        if not any(text.lower().startswith(f"{name} ") for name in names if name):
            return False
        if state.lexicon.verb_base(words[1].lower()) not in (None, words[1].lower()):
            return False  # "AWS manages the hosts": a sentence, not a thing's name
    return True


_SUBJECTLESS = re.compile(r"^(?:is|are)\s+(?:\w+ly\s+)?\w+ed\b(?:\s+and\s+\w+ed)?\s+by\s", re.I)
"""An item that leaves out its subject, the topic of the label above ("Are managed by X")."""


_ASIDE_SENTENCE = re.compile(r"^\([^()]*\)\.?$")
"""A sentence wholly in parentheses: an aside that asks and states nothing."""


def _refrained(lexicon: Lexicon, text: str) -> str:
    """The duty to refrain an item under a binding lead-in states when it opens with "not"
    and a duty verb ("You must:" / "- not use a shared address": "Do not use a shared
    address", as "must not use" reads), else ""."""
    match = re.match(r"not\s+(?P<order>.+)", expand(plain(text)).strip())
    if match is None or not lexicon.imperative(match.group("order")):
        return ""
    return trim(f"Do not {match.group('order').rstrip('.;')}")


def _asks_or_quotes(text: str) -> bool:
    """An item that only asks ("Does the candidate triage tickets?", "Is the editor active
    enough? Has she reviewed ten pages?"): every sentence is a question, none states a duty;
    or one that opens with words quoted ('"We need capability Y" — informs …'): what
    someone says, an example, no duty."""
    if _QUOTED_OPENING.match(expand(plain(text))):
        return True
    said = [expand(plain(text[start:end])).strip() for start, end in sentences(text)]
    said = [s for s in said if s and not _ASIDE_SENTENCE.match(s)]  # "(For example: X)"
    return bool(said) and all(s.endswith("?") for s in said)


_QUOTED_OPENING = re.compile(r"^\s*(?:\"[^\"]{3,}\"|“[^”]{3,}”)\s*(?:[—–:-]|$)")
"""Words quoted at an item's opening, then a dash or colon or nothing: a saying."""


def _is_title_item(item: ListItem) -> bool:
    """An item that is only a short title ("Observability", "Backup and Recovery") over
    paragraphs of its own."""
    if not any(isinstance(c, Paragraph) for c in item.children):
        return False
    words = plain(item.text).split()
    return (
        0 < len(words) <= 6 and not re.search(r"[.;:]", item.text) and not VERBISH.search(item.text)
    )


def _titled_description(bold: re.Match[str] | None, instruction: Callable[[str], bool]) -> bool:
    """Whether an item is a bold title in Title Case over a text that instructs nothing
    ("**Backup Frequency**: The service runs daily"): a description, though the title's first
    word is also a verb ("**Label the crates**: with the owner's name" still instructs)."""
    if bold is None:
        return False
    words = plain(bold.group("term")).split()
    titled = len(words) > 1 and all(w[:1].isupper() for w in words)
    return titled and not instruction(plain(bold.group("rest")))


def _defines_thing(rest: str, lexicon: Lexicon, parties: PartyResolver) -> bool:
    """Whether an item's text after its bold name opens by defining a thing: a sentence
    "A/An …" with no verb of its own (its asides left out) and no party word ("A
    physically separate management network (two switches)."), not "A team that runs X"."""
    first = next(iter(sentences(rest)), (0, len(rest)))
    sentence = re.sub(r"\([^()]*\)", "", expand(plain(rest[first[0] : first[1]]))).strip()
    held = _THING_THAT.match(sentence)
    if held is not None:  # "The Provider's web-based support system that provides …"
        head = held.group("head")
        lower = head.lower()  # "The company that signs the order form": a body of people
        bodies = lexicon.collective_nouns | lexicon.body_nouns | lexicon.subject_nouns
        people = lexicon.person_noun(head) or lower in bodies or lower.rstrip("s") in bodies
        return not people and not parties.mentions(head, ("org", "role"))
    if not re.match(r"an?\s", sentence, re.I) or not sentence.endswith("."):
        return False
    words = re.findall(r"[A-Za-z][\w-]*", sentence)
    if any(lexicon.third_person_base(w) or w.lower() in _LINKING for w in words):
        return False
    if any(lexicon.person_noun(w) for w in words):
        return False
    return not parties.mentions(sentence, ("org", "role"))


def _code_legend(parties: PartyResolver, term: str, rest: str) -> bool:
    """An item labelled by a responsibility code alone ("**Accountable:**", "**C** -") and
    explaining it in a sentence, not naming who holds it ("**Responsible:** Ops team"):
    one entry of a key to a matrix's codes, which states no duty."""
    label = plain(term).strip().rstrip(":").strip()
    codes = parties.state.lexicon.read_cell(label) if label else None
    if not codes or not all(code.relation for code in codes):
        return False
    if parties.state.lexicon.imperative(plain(rest).strip()):
        return False  # "**Check:** Inspect the fences weekly": an instruction under a label
    return len(plain(rest).split()) >= 4 and not names_one_party(parties, plain(rest))


def _list_parts(state: DocState, block: BulletList) -> None:
    """The parts a list of a system's parts names: each item's bold term, or an item that is
    a bare name ("- Nimbus Controller", "- Nimbus Gate (Edge Router)")."""
    for item in block.items:
        bold = bold_term(item.text)
        text = plain(bold.group("term") if bold else item.text).strip()
        if bold or looks_like_name(re.sub(r"\s*\([^()]{1,40}\)$", "", text)):
            _name_part(state, text)


def _name_part(state: DocState, term: str) -> None:
    """Keep a defined thing's name, and its short form in parentheses, as a part's."""
    aside = re.search(r"\(([^()]+)\)\s*:?$", term)
    names = [term[: aside.start()].strip(), aside.group(1).strip()] if aside else [term]
    state.part_names.update(n.rstrip(":").casefold() for n in names if n)


def _party_labels(parties: PartyResolver, block: BulletList, ctx: Context) -> list[Ref]:
    """ "- **Acme**: Racks, power" / "- **Customer**: Data, access control": a list whose
    every item opens with a bold label that is only a party's name, two parties or more,
    reads like a table's party column: each item's text is that party's duty, even a noun
    phrase (empty: not such a list)."""
    _name_plain_labels(parties, block, ctx)
    _name_bold_labels(parties, block, ctx)
    names: list[str] = []
    for item in block.items:
        bold = bold_term(item.text)
        term = " ".join(plain(bold.group("term")).split()).rstrip(":") if bold else ""
        name = _label_party(parties, term) if term else None
        if name is None:
            return []
        names.append(name)
    if len(names) < 2 or len({name.lower() for name in names}) < 2:
        return []
    refs = [
        parties.resolve_party(name, parties.state.span(item.start, item.end, ctx.section))
        for name, item in zip(names, block.items, strict=True)
    ]
    return [ref for ref in refs if ref is not None] if all(refs) else []


def _label_party(parties: PartyResolver, term: str) -> str | None:
    """The party a bold label names: the whole label, or the party in its parentheses
    when the rest names none ("**L1 (Service desk):**", a support tier held by a party)."""
    if names_one_party(parties, term):
        return term
    tier = QUALIFIED.fullmatch(term)  # "L2 (Platform team)", "Tier 1 (Customer)"
    if not tier or len(tier["what"]) > 24 or parties.mentions(tier["what"], ("org", "role")):
        return None
    aside = tier["who"].strip()
    found = parties.mentions(aside, ("org", "role"))
    if len(found) != 1 or found[0].start or not _ALIAS_TAIL.match(aside[found[0].end :]):
        return None
    return aside[: found[0].end]  # "(Acme / External Company)": Acme, by another name


_ALIAS_TAIL = re.compile(r"^(?:\s*/\s*[^/]+)?$")


_PLAIN_LABEL = re.compile(
    r"^(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?):\s+(?P<verb>[A-Z][a-z]+)[\s,]"
)
"""A plain label, then a verb in capitals ("Upstream: Publishes and maintains …")."""


def _name_plain_labels(parties: PartyResolver, block: BulletList, ctx: Context) -> None:
    """ "- Upstream: Publishes releases" beside "- Docker: Builds the images" and "- You:
    Apply updates": a plain label over deeds among two or more that name parties is a party
    too, by position (as a table's party column is), though no vocabulary knows it."""
    labels = [_PLAIN_LABEL.match(plain(item.text).strip()) for item in block.items]
    if len(labels) < 3 or not all(labels):
        return
    lexicon = parties.state.lexicon
    known = [bool(m and names_one_party(parties, m["name"])) for m in labels]
    if sum(known) < 2 or all(known):
        return
    for label, item, named in zip(labels, block.items, known, strict=True):
        deed = bool(label and lexicon.third_person_base(label["verb"].lower()))
        if label and not named and deed:
            span = parties.state.span(item.start, item.end, ctx.section)
            parties.resolve_party(label["name"], span, force=True)


def _name_bold_labels(parties: PartyResolver, block: BulletList, ctx: Context) -> None:
    """ "- **Quarrytech** – crushes the stone" beside "- **Client** – keeps the records": a
    bold label over a deed in the third person, beside labels that name parties, is a party
    too when the page writes it as a proper noun elsewhere ("… split between Quarrytech and
    the client:"), though no vocabulary knows it."""
    bolds = [bold_term(item.text) for item in block.items]
    if len(bolds) < 2 or not all(bolds):
        return
    lexicon = parties.state.lexicon
    terms = [" ".join(plain(b.group("term")).split()).rstrip(":") for b in bolds if b]
    known = [_label_party(parties, term) is not None for term in terms]
    if not any(known) or all(known):
        return
    for term, bold, item, named in zip(terms, bolds, block.items, known, strict=True):
        deed = bold is not None and bold.group("rest").split(maxsplit=1)[:1]
        if named or not deed or not lexicon.third_person_base(deed[0]):
            continue
        if lexicon.name_like(term) and parties.is_proper_noun(term, strict=True):
            span = parties.state.span(item.start, item.end, ctx.section)
            parties.resolve_party(term, span, force=True)


def _disowned(lexicon: Lexicon, leadin: str) -> bool:
    """A one-sentence item over a nested list that owes nothing by its list: it calls the
    items forbidden ("**Prohibited activities** include:") or lays blame ("You are
    responsible for any and all consequences, including:")."""
    if forbids(leadin, lexicon) or grounds_only(leadin):
        return True  # "… based on:", "Customer Data means data that:": grounds, meanings
    return blaming(leadin, lexicon)


def _asks_itself(item: ListItem, instruction: Callable[[str], bool]) -> bool:
    """The item's nested list opens with an instruction ("- Provide the names of …")."""
    for child in item.children:
        if isinstance(child, BulletList) and child.items:
            return instruction(expand(plain(child.items[0].text)))
    return False


_RULE_ITEM = re.compile(
    r"^(?:this|that|the)\s+(?P<noun>[a-z]+)\s+(?:also\s+)?(?:is|are|has|have|was)\b", re.I
)
"""An item that opens by saying what a rule or a document is or has been ("This procedure has
been written to …")."""


def _no_duties(parties: PartyResolver, block: BulletList, ctx: Context) -> bool:
    """A list with no lead-in that lists no one's duties: an inventory of a party's things
    (``_inventory``) or a description of a rule (``_about_a_rule``) whose later items name no
    party ("1. This Agreement ends on X. 2. The user will then copy Y": a clause each)."""
    state = parties.state
    if ctx.party is not None and _inventory(state, block, ctx):
        return True
    later = (expand(plain(item.text)) for item in block.items[1:])
    return _about_a_rule(block, state.lexicon) and not any(
        parties.mentions(text, ("org", "role")) for text in later
    )


def _about_a_rule(block: BulletList, lexicon: Lexicon) -> bool:
    """A list with no lead-in whose first item says what the rule or document the paragraph
    before named is ("- This procedure has been written according to the policy", "- It
    covers guidance on …"): a description of that rule, no party's duties."""
    first = expand(plain(block.items[0].text)) if block.items else ""
    opening = _RULE_ITEM.match(first)
    return opening is not None and (
        opening.group("noun").lower() in lexicon.rulebooks | lexicon.document_nouns
    )
