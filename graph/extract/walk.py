"""The document walk: sections in order, each block to the reader for its kind.

``DocumentWalker`` is the entry class: it creates the per-document state and the readers
(parties, records, prose, lists, tables), then walks the section tree. A heading that names a
party ("Customer responsibilities", "## Microsoft") makes that party the section's subject, for
its lists and for its subsections.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import Admonition, Block, BulletList, Document, Paragraph, Section, Table
from ..facts import Facts, Ref
from ..text import plain, sentences
from ..vocabulary import Vocabularies
from .assigned import LaterAssignment
from .cues import AS_READER, FIRST_PERSON, KEYWORD_LEADIN, NEGATION, RESP, SECOND_PERSON, expand
from .definitions import definition_duty, definition_term
from .lists import ListReader
from .parties import PartyResolver, names_one_party
from .prose import ProseReader, who_question
from .records import FactRecorder
from .state import Context, DocState, Leadin
from .tables import TableReader

__all__ = ["DocumentWalker"]

_PRONOUN_SENTENCE = re.compile(r"^(?:you|we)\s+(?!and\b|&)\w", re.I)
_KINDS_OF_ROLES = re.compile(r"^[\w\s-]+?\s+roles\s*:?$", re.I)
"""``Governance Roles``, ``Project roles``: a heading over the kinds of role a page defines;
its first words name a party only when they are one ("Customer roles")."""
_PARTY_HEADING = re.compile(
    r"^(?:(?P<a>.+?)(?:['’]s?)?\s+(?:security\s+|operational\s+|key\s+|main\s+|core\s+)?"
    r"(?:roles?\s+(?:and|&)\s+)?(?:responsibilities|responsibility|duties|obligations|tasks|roles?|scope)"
    r"|(?:responsibilities|duties|obligations|role)\s+(?:of|for)\s+(?:the\s+)?(?P<b>.+?)"
    r"|(?:(?:here['’]?s|here\s+is|this\s+is|below\s+is)\s+)?"
    r"(?:what|things)\s+(?P<c>.+?)\s+(?:(?:is|are)\s+responsible\s+for|manages?|handles?|"
    r"owns?|controls?|does|do|provides?|takes?\s+care\s+of|secures?|must\s+do)"
    r"|responsibilities\s+(?P<d>you|we)\b.*"
    r"|(?P<e>.+?)\s+(?:is|are)\s+(?:also\s+|primarily\s+|solely\s+)?responsible\s+for\b.*"
    r"|(?:on\s+)?(?:the\s+)?(?P<f>.+?)(?:['’]s?)?\s+side"
    r"|(?:[\w\s,/&-]+?\s+)?(?P<g>we|you)\s+(?:(?:currently|already|also|now)\s+)?"
    r"(?:do|perform|handle|manage|own|run|provide|take\s+care\s+of)\b.*)"
    r"(?:\s*(?:[:(–—]|\s-\s).*|(?<=s)\s+(?:for|in|on|within|across)\s+.*)?$",
    re.I,
)
"""Headings about one party's duties ("Customer responsibilities", "What AWS manages")."""
_SHARED_HEADING = re.compile(
    r"^(?:shared|joint)(?:\s+(?:security|operational))?"
    r"(?:\s+(?:responsibilit(?:y|ies)|duties|tasks|controls|areas))?\s*:?$",
    re.I,
)
"""A heading over what the parties share ("## Shared responsibilities", "### Joint")."""
_REQUIRED_HEADING = re.compile(
    r"^[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}\s+(?i:must|shall|should)\s+(?!not\b|be\b)[a-z]+\s+\S"
)
"""A heading worded as a requirement: a short subject, an obligation, a verb and its object
("All services must have exit plans"); a passive or a prohibition binds nobody here."""
_OPEN_END = re.compile(r"\s(?:for|of|with|include|includes|including)$", re.I)
"""A heading that stops where its list begins ("## You are responsible for")."""
_MANAGED_HEADING = re.compile(
    r"^(?:managed|owned|operated|handled|controlled)\s+by\s+(?:the\s+)?(?P<a>.+)$"
    r"|^(?P<b>.+?)[-\s](?:managed|owned|operated|controlled)\b.*$",
    re.I,
)
"""Headings naming a party as manager ("Managed by the customer", "Customer-managed")."""


_BOUND_HEADING = re.compile(
    r"^(?:you|we)\s+(?:must|shall|should|need\s+to|have\s+to|are\s+required\s+to)\s+[a-z]",
    re.I,
)
"""A heading worded as an obligation of the reader or the author ("You must keep logs")."""


_OWNER_PAREN = re.compile(r"^[^()]{2,80}\((?P<who>[^()]{2,60})\)\s*:?$")
"""A heading that names its owner in parentheses ("Control plane (Acme managed)")."""


def _owner_in_parentheses(title: str) -> str | None:
    """ "Workers (Your responsibility)", "Control plane (Acme managed)": the owner."""
    paren = _OWNER_PAREN.match(title.strip())
    if paren is None:
        return None
    who = paren.group("who").strip()
    for pattern in (_PARTY_HEADING, _MANAGED_HEADING):
        match = pattern.match(who)
        if match is not None and match.group(0) == who:
            return next((g for g in match.groups() if g), None)
    return None


class DocumentWalker:
    """Walks one document's sections and dispatches their blocks to the readers."""

    def __init__(self, doc: Document, vocab: Vocabularies, facts: Facts) -> None:
        self.state = DocState(doc, vocab, facts)
        self.parties = PartyResolver(self.state)
        self.records = FactRecorder(self.state, self.parties)
        self.prose = ProseReader(self.state, self.parties, self.records)
        self.tables = TableReader(self.state, self.parties, self.records, self.prose)
        self.lists = ListReader(self.state, self.parties, self.records, self.prose, self.block)
        self.assigned = LaterAssignment(self.state, self.parties)
        self.parties.address_role()

    def block(self, block: Block, ctx: Context, leadin: Leadin | None) -> Leadin | None:
        """Read one block; a paragraph returns the lead-in it ends with (for the next list)."""
        self.state.stated = None  # "This includes …" continues a sentence of its own block
        if isinstance(block, Paragraph) and self._defined_term(block, ctx):
            return None
        if isinstance(block, Paragraph):
            found = self.lists.paragraph(block, ctx)
            label = expand(plain(block.text)).strip()
            short = label.endswith(":") and len(label.split()) <= 5 and "\n" not in label
            self.state.topic = label.rstrip(":").strip() if found is None and short else ""
            return found
        if isinstance(block, BulletList):
            self.lists.bullet_list(block, ctx, leadin)
        elif isinstance(block, Table):
            self.tables.read(block, ctx)
        elif isinstance(block, Admonition):
            pending: Leadin | None = None
            for inner in block.blocks:
                if isinstance(inner, BulletList) and pending is None:
                    continue  # "see also" link lists inside notes are not duties
                pending = self.block(inner, ctx, pending)
        if not isinstance(block, BulletList):
            self.state.topic = ""  # a table or a note between the label and its list
        return None

    def _defined_term(self, block: Paragraph, ctx: Context) -> bool:
        """A definition-list entry whose definition gives a role its duty ("Vault keeper" /
        ": a staff member who is responsible for the tapes"): the term is the party."""
        entry = definition_term(block.text)
        if entry is None:
            return False
        term, definition = plain(entry[0]), plain(entry[1])
        duty = definition_duty(expand(definition), self.state.lexicon)
        if duty is None or NEGATION.search(definition):
            return False
        span = self.state.span(block.start, block.end, ctx.section)
        party = self.parties.resolve_party(term, span, force=True, defining=True)
        if party is None:
            return False
        self.records.add_duties(party, duty, expand(definition), span)
        return True

    def section(self, section: Section, inherited: Ref | None) -> None:
        """Read a section's blocks under its party (its heading's, else the inherited one),
        then its subsections; warn when a party heading yields no duty."""
        state = self.state
        if section.level and state.lexicon.feedback_heading(section.title):
            return  # "## Feedback": about the page itself, its requests are no duties
        party = inherited
        lexicon = state.lexicon  # "## Contributors", "## Becoming a lead": no role's duties
        credits = (
            lexicon.credits_heading(section.title)
            or lexicon.joining_heading(section.title)
            or lexicon.exclusion_heading(section.title)  # "### Out of scope": no duties listed
        )
        heading_party = self.heading_party(section) if section.level > 0 and not credits else None
        if heading_party is None and section.level and lexicon.scope_heading(section.title):
            heading_party = self._scope_holder(section)  # "### In scope" in a charter
        if heading_party is not None:
            party = heading_party
        state.section_duties = []
        state.last_duty = None
        rights = bool(section.level) and lexicon.rights_heading(section.title)
        ctx = Context(section, party, named_by_heading=heading_party is not None, rights=rights)
        # "### Who patches the hosts?" over "You do.": the answer names the duty's party
        state.question = who_question(section.title, state.lexicon) if section.level else ""
        self._advice_heading(section, party)
        self._stated_heading(section, heading_party)
        self._obligation_heading(section, ctx)
        before = len(state.facts.relations)
        leadin = self._heading_leadin(section, ctx) if heading_party is None else None
        navigation = state.lexicon.navigation_heading(section.title)
        self.assigned.enter(section)
        for block in section.blocks:
            if navigation and isinstance(block, BulletList):
                continue  # "What's next": links to other pages, not duties
            if (
                credits
                and isinstance(block, BulletList)
                and not self.lists.instructions(block)
                and not (leadin and leadin[0] == "duties" and leadin[1] is not None)
            ):  # "## Contributors" over "- Jane Roe, who wrote the runbook": credits; a lead-in
                continue  # that gives the list to a party ("… are reserved to X:") still does
            if not isinstance(block, (BulletList, Paragraph)):
                state.last_duty = None
            if isinstance(block, Paragraph):
                block = self._assigned(block)
                if not block.text.strip():
                    continue  # all it said was whose the list above is
            elif not isinstance(block, (BulletList, Admonition)):
                self.assigned.drop()  # a note beside the list does not end its wait
            leadin = self._read(block, ctx, leadin)
        produced = len(state.facts.relations) > before
        if party is not None and party != inherited and not produced and section.blocks:
            state.facts.warnings.append(
                f"{state.doc.path}:{section.start}: section '{section.title}' names a party but "
                "no duty was recognised in it"
            )
        defined = heading_party is not None and self.defines_role(section)
        for sub in section.sections:
            passed = party if party != inherited or inherited is not None else None
            if defined and not self.state.lexicon.duty_title(sub.title):
                passed = None  # "Skills required", "Sample providers": about the role, no duty
            self.section(sub, passed)

    def _heading_leadin(self, section: Section, ctx: Context) -> Leadin | None:
        """ "## The provider is always responsible for:" over a list: the heading is the
        list's lead-in, read as a paragraph ending in a colon would be."""
        title = expand(plain(section.title)).strip()
        if not section.level or not section.blocks or not isinstance(section.blocks[0], BulletList):
            return None
        if section.level > 1 and _SHARED_HEADING.match(title):
            return self._shared_heading()
        if not title.endswith(":") and not _OPEN_END.search(title):
            return None
        span = self.state.span(section.start, section.start, section)
        return self.lists.leadins.leadin(title.rstrip(":").rstrip() + ":", span, ctx)

    def _scope_holder(self, section: Section) -> Ref | None:
        """Whose "### In scope" section it is, in a charter: the party the page last gave a
        duty ("SIG Release owns the release process" … "In scope: - Producing the release
        notes"), else the page's "we"."""
        facts = self.state.facts
        holder = next(
            (r.subject for r in reversed(facts.relations) if r.predicate == "responsibleFor"),
            None,
        )
        span = self.state.span(section.start, section.start, section)
        return holder if holder is not None else self.parties.resolve_party("we", span)

    def _shared_heading(self) -> Leadin | None:
        """ "## Shared responsibilities" over a list, after the parties' own sections: each
        item is a duty of every party that holds duties so far."""
        facts = self.state.facts
        holders = list(
            dict.fromkeys(r.subject for r in facts.relations if r.predicate == "responsibleFor")
        )
        return self.lists.leadins.held_by(holders) if len(holders) >= 2 else None

    def _read(self, block: Block, ctx: Context, leadin: Leadin | None) -> Leadin | None:
        """Read a block; a list with no lead-in that gave no duty waits for a later paragraph
        to name its party (see assigned.py)."""
        before = len(self.state.facts.relations)
        found = self.block(block, ctx, leadin)
        if isinstance(block, BulletList):
            if leadin is None and len(self.state.facts.relations) == before:
                self.assigned.hold(block, ctx)
            else:
                self.assigned.drop()
        return found

    def _assigned(self, block: Paragraph) -> Paragraph:
        """A paragraph that gives the held list to its parties ("Acme assumes responsibility
        for all of the above"): the list's items become their duties; the rest of the
        paragraph is read as usual."""
        found = self.assigned.assign(block)
        if found is None:
            return block
        held, refs, rest = found
        for ref in refs:
            self.lists.bullet_list(held.block, replace(held.ctx, party=ref), ("duties", ref))
        return rest

    def _stated_heading(self, section: Section, party: Ref | None) -> None:
        """ "## You are responsible for your data pipeline": a heading that states a duty
        whole is that duty of its party (the section's text explains it)."""
        stated = RESP.match(expand(plain(section.title)))
        obj = stated.group("obj").strip(" .:") if stated and party is not None else ""
        if party is None or len(obj.split()) < 2 or NEGATION.search(section.title):
            return
        span = self.state.span(section.start, section.start, section)
        self.records.add_duties(party, obj, section.title, span)

    def _obligation_heading(self, section: Section, ctx: Context) -> None:
        """A heading worded as an obligation states that duty whole, read as the same
        sentence in a paragraph would be (the section's text explains it): one that binds
        the reader or the author ("### You must sign the waiver"; a negated one states none),
        or a requirement on a subject over some text ("## Services must include recovery
        plans")."""
        if section.level < 2:
            return
        title = expand(plain(section.title)).strip()
        if _BOUND_HEADING.match(title):
            sentence = "" if NEGATION.search(title) else f"{title.rstrip('.:')}."
        else:
            sentence = title if section.blocks and _REQUIRED_HEADING.match(title) else ""
        if sentence:
            span = self.state.span(section.start, section.start, section)
            self.prose.statement(sentence, span, ctx, in_item=False)

    def _advice_heading(self, section: Section, party: Ref | None) -> None:
        """ "### Enable MFA" under "Security best practices": the reader's duty (or the
        section party's), named by the heading itself."""
        lexicon = self.state.lexicon
        if section.level < 2 or not lexicon.imperative(section.title):
            return
        if not any(lexicon.advice_heading(title) for title in section.path[:-1]):
            return
        span = self.state.span(section.start, section.start, section)
        owner = party or self.parties.resolve_party("you", span)
        if owner is not None:
            self.records.duty(owner, section.title, section.title, span)

    def heading_party(self, section: Section) -> Ref | None:
        """The party a heading is about; a heading that names it defines its label. A heading
        worded as a sentence to the reader ("As a tenant, you are responsible for:") is the
        reader's, whatever role it opens with."""
        title = _NUMBERING.sub("", section.title)  # "### 2. Application Teams"
        match = _PARTY_HEADING.match(AS_READER.sub("", title))
        name = next(g for g in match.groups() if g) if match else self._bare_party_name(section)
        if (
            match
            and name is not None
            and _ROLES_OF.match(title)
            and not self.parties.mentions(name, ("org", "role"))
            and self._role_name(name) is None
        ):
            name = None  # "Project roles", "Community roles": the roles within it, no party
        if name is None:
            name = _owner_in_parentheses(title)
        if name is not None:  # "What is your responsibility?": a question about "your"
            name = re.sub(r"^(?:what|which|who|how)\s+(?:is|are|does|do)\s+", "", name, flags=re.I)
        if name is None or _PRONOUN_SENTENCE.match(name):
            return None  # "You share the security responsibility": a sentence, not a name
        if _KINDS_OF_ROLES.match(title) and not names_one_party(self.parties, name):
            return None  # "### Governance Roles" over role definitions: kinds, no party
        span = self.state.span(section.start, section.start, section)
        pronoun = bool(FIRST_PERSON.match(name) or SECOND_PERSON.match(name))
        role = not pronoun and (self._role_title(name) or self.defines_role(section))
        ref = self.parties.resolve_party(
            name, span, allow_unknown=True, defining=not pronoun, force=role
        )
        if ref is not None and not pronoun:
            self.state.facts.entities[ref].span = span  # the heading defines the party
        return ref

    def _bare_party_name(self, section: Section) -> str | None:
        """The name, when a heading is nothing but a party ("## Customer", "## Microsoft",
        "## Customer-managed controls") over a list of what that party does."""
        title = _NUMBERING.sub("", section.title.strip())
        title = re.sub(r"^(?:the|your|our)\s+", "", title, flags=re.I)
        labelled = re.match(r"^(?P<who>[^:]{2,40}):\s+\S", title)
        if labelled and names_one_party(self.parties, labelled.group("who")):
            return labelled.group("who")  # "## Customers: Security in the cloud"
        managed = _MANAGED_HEADING.match(title)
        if managed:
            title = next(g for g in managed.groups() if g)
        whole = names_one_party(self.parties, title.rstrip(":"))
        has_list = any(isinstance(b, BulletList) for b in section.blocks)
        if whole and has_list:
            return title
        role = self._role_name(title)
        if role is not None and (section.blocks or section.sections):
            short = _initialism(plain(title), role)  # "Review Board (RB)": RB names it too
            return f"{role} ({short})" if short else role
        if len(title.split()) <= 4 and _keyword_leadin(section):
            return title  # "### Storage Node" / "**MUST**:" / a list: the heading is who must
        return title if self.defines_role(section) else None

    def defines_role(self, section: Section) -> bool:
        """A heading of a few capitalised words whose section opens "Responsible for X" (the
        sentence leaves out its subject: the heading) is a role the page defines, whatever
        its name ("## Storage Upkeep", "## Field Liaison")."""
        words = _NUMBERING.sub("", section.title).split()
        first = section.blocks[0] if section.blocks else None
        if not 1 <= len(words) <= 8 or not isinstance(first, Paragraph):
            return False
        capitals = all(w[:1].isupper() or not w[:1].isalpha() for w in words if len(w) > 3)
        ranges = list(sentences(expand(plain(first.text))))
        opening = expand(plain(first.text))[ranges[0][0] : ranges[0][1]] if ranges else ""
        lexicon = self.state.lexicon
        return capitals and definition_duty(opening, lexicon, relative=False) is not None

    def _role_title(self, title: str) -> bool:
        """A heading that is only a role's name (see ``_role_name``)."""
        return self._role_name(title) is not None

    def _role_name(self, title: str) -> str | None:
        """The role a heading names: one to five words, the first capitalised, ending in a
        person noun ("Site Security Officer", "Release captain", "Reviewers"), perhaps
        followed by a word for its duties ("Host checklist", "Editor duties"), perhaps after a
        label ("Role: Incident Commander")."""
        name = re.sub(r"\s*\([^()]*\)\s*$", "", plain(title)).strip()  # "… Board (ABB)"
        name = re.sub(r"^[A-Z][a-z]+:\s+(?=[A-Z])", "", name)  # "Role: Incident Commander"
        words = name.split()
        lexicon = self.state.lexicon
        collective = bool(words) and words[-1].lower().rstrip("s") in lexicon.collective_nouns
        if collective and _initialism(plain(title), name) is not None:
            return name  # "Digital Products Assurance Group (DPAG)"; not "Resource group"
        if len(words) > 1 and words[-1].lower() in lexicon.duty_nouns | lexicon.document_nouns:
            words = words[:-1]
        if not 1 <= len(words) <= 5 or not words[0][:1].isupper():
            return None
        if lexicon.person_noun(words[-1]) or lexicon.person_noun(words[-1].rstrip("s")):
            return " ".join(words)
        return None


_ROLES_OF = re.compile(r"^[^:]+?(?<!['’]s)(?<!['’])\s+roles?\s*$", re.I)
"""A heading ``<X> roles``: the roles held within X, which names a party only when a
vocabulary knows it ("Customer roles"); "Acme's role" is Acme's."""
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s+(?=\S)")
"""A heading's number ("2. ", "3.1 ", "B. ", "IV. "): not part of the name it gives."""


def _initialism(title: str, name: str) -> str | None:
    """The short form in parentheses after a name, when it is made of the initials of the
    name's capitalised words ("Architecture Review Board (ARB)"), else None."""
    aside = re.search(r"\(\s*(?P<short>[A-Z][A-Z0-9&]{1,7})\s*\)\s*$", title)
    if aside is None:
        return None
    initials = "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() != "the")
    return aside.group("short") if initials.upper() == aside.group("short") else None


def _keyword_leadin(section: Section) -> bool:
    """The section opens with an RFC 2119 keyword alone over a list ("**MUST**:"): its items
    leave out their subject, the heading."""
    first = section.blocks[0] if section.blocks else None
    following = section.blocks[1] if len(section.blocks) > 1 else None
    return (
        isinstance(first, Paragraph)
        and isinstance(following, BulletList)
        and KEYWORD_LEADIN.match(plain(first.text).strip()) is not None
    )
