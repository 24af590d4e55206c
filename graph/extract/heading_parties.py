"""Heading parties: the party a section's heading names, the base of ``DocumentWalker``.

A heading that names a party ("Customer responsibilities", "## Microsoft", "## Release
Manager") makes that party the section's subject; one that is a role's name over "Responsible
for …" defines that role.
"""

from __future__ import annotations

import re

from ..document import BulletList, Paragraph, Section, Table
from ..facts import Ref, Span
from ..lexicon import Lexicon
from ..text import plain, sentences
from .cues import (
    AS_READER,
    FIRST_PERSON,
    KEYWORD_LEADIN,
    NEGATION,
    READER_CONDITION,
    SECOND_PERSON,
    expand,
)
from .definitions import definition_duty
from .labels import capitalize
from .parties import PartyResolver, names_one_party, split_side
from .state import DocState

__all__ = ["ABOUT_ABOVE", "HeadingParties", "duties_heading", "label_party"]


_PRONOUN_SENTENCE = re.compile(r"^(?:you|we)\s+(?!and\b|&)\w", re.I)
_KINDS_OF_ROLES = re.compile(r"^[\w\s-]+?\s+roles\s*:?$", re.I)
"""``Governance Roles``, ``Project roles``: a heading over the kinds of role a page defines;
its first words name a party only when they are one ("Customer roles")."""
_PARTY_HEADING = re.compile(
    r"^(?:(?P<a>.+?)(?:['’]s?)?\s+(?:security\s+|operational\s+|key\s+|main\s+|core\s+)?"
    r"(?:roles?\s+(?:and|&)\s+)?(?:responsibilities|responsibility|duties|obligations|commitments?|"
    r"tasks|roles?|scope)"
    r"|(?:(?:security|operational|service)\s+)?"
    r"(?:responsibilities|duties|obligations|role|commitments?)\s+(?:of|for)\s+(?:the\s+)?(?P<b>.+?)"
    r"|(?:(?:here['’]?s|here\s+is|this\s+is|below\s+is)\s+)?"
    r"(?:what|things)\s+(?!no\s|none\b|neither\b|nobody\b)(?P<c>.+?)\s+(?:(?:is|are)\s+responsible\s+for|manages?|handles?|"
    r"owns?|controls?|does|do|provides?|takes?\s+care\s+of|secures?|must\s+do|covers?|"
    r"(?:will|shall|must|should)\s+(?:do|provide|handle|manage|cover))"
    r"|responsibilities\s+(?P<d>you|we)\b.*"
    r"|(?P<e>.+?)\s+(?:is|are)\s+(?:also\s+|primarily\s+|solely\s+)?responsible\s+for\b.*"
    r"|(?:on\s+)?(?:the\s+)?(?P<f>.+?)(?:['’]s?)?\s+side"
    r"|(?:[\w\s,/&-]+?\s+)?(?P<g>we|you)\s+(?:(?:currently|already|also|now)\s+)?"
    r"(?:do|perform|handle|manage|own|run|provide|take\s+care\s+of)\b.*"
    r"|(?:what\s+)?(?:we|you|they|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+(?:can\s+|should\s+)?"
    r"expects?\s+(?:from|of)\s+(?:the\s+)?(?P<h>.+?)"
    r"|(?:our\s+|key\s+)?expectations\s+(?:of|from|for)\s+(?:the\s+|our\s+)?(?P<i>.+?)"
    r"|(?:what\s+(?:is|are)\s+)?expected\s+(?:from|of)\s+(?:the\s+)?(?P<m>.+?)\??"
    r"|(?P<j>[A-Z][^:]{1,60}?)\s+(?:must|will|shall)\s+(?:provide|supply|deliver|handle|manage|do)"
    r"|how\s+(?P<k>we|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s+"
    r"(?:protects?|secures?|safeguards?|handles?|manages?)\s+(?:your|the|our|customer)\b.*"
    r"|(?P<l>[A-Z][\w.&-]*(?:\s+[\w.&-]+){0,3}?)\s+(?:manages?|handles?|owns?|provides?|"
    r"covers?|takes?\s+care\s+of)(?=\s*:?\s*$))"
    r"(?:\s*(?:[:(–—]|\s-\s).*|(?<=s)\s+(?:for|in|on|within|across|to|towards)\s+.*)?$",
    re.I,
)
"""Headings about one party's duties ("Customer responsibilities", "What AWS manages", "What
we expect from you": the one expected from; "Customer Must Provide"; "How Acme protects your
data")."""


def duties_heading(title: str) -> bool:
    """A heading that says it holds one party's duties ("Customer responsibilities", "What
    Acme does"), not one that merely names a party or a topic ("Compliance and Governance")."""
    return _PARTY_HEADING.match(AS_READER.sub("", _NUMBERING.sub("", title))) is not None


_NAMED_DUTIES = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}?)(?:['’]s?)?\s+"
    r"(?:responsibilities|duties|obligations)$"
)
"""A heading that gives one named party its duties ("Compute Sites responsibilities")."""
_SCOPE = re.compile(r"(?:['’]s?)?\s+scope\b", re.I)
"""``<X> scope`` after a heading's name: a party's only when X is a known party's name."""
_TIER = re.compile(r"^[A-Z][a-z]+:\s+(?P<who>[A-Z][^:()]{1,60})$")
"""``Operate: Spot by NetApp``: a one-word label (a tier, a stage) and the name of who holds it."""
_MANAGED_HEADING = re.compile(
    r"^(?:managed|owned|operated|handled|controlled|provided)\s+by\s+(?:the\s+)?"
    r"(?P<a>.+)$"
    r"|^(?P<b>.+?)[-\s](?:managed|owned|operated|controlled)\b.*$",
    re.I,
)
"""Headings naming a party as manager ("Managed by the customer", "Customer-managed", "Provided by
your harbour administrators")."""
_ASKED_OF_YOU = re.compile(r"^(?:do|can|will|would|are|could)\s+you\s[^?]{2,120}\?\s*$", re.I)
"""A yes/no question put to "you" in a FAQ ("Do you provide failover?", "Are you certified?"):
asked of the vendor, naming no party whose duties follow."""
_OWNER_PAREN = re.compile(r"^[^()]{2,80}\((?P<who>[^()]{2,60})\)\s*:?$")
"""A heading that names its owner in parentheses ("Control plane (Acme managed)")."""
_ROLES_OF = re.compile(r"^[^:]+?(?<!['’]s)(?<!['’])\s+roles?\s*$", re.I)
"""A heading ``<X> roles``: the roles held within X, which names a party only when a
vocabulary knows it ("Customer roles"); "Acme's role" is Acme's."""
_JOINT_TAIL = re.compile(r"\s(?:shared|joint|mutual|split)$", re.I)
"""A name that ends in "shared" ("Nimbus shared responsibility model"): the heading names a
model of duties split between parties, not the duties of the party it opens with."""
_NAME = re.compile(r"^[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,3}$")
"""A proper name of one to four capitalised words ("Nimbus", "Nimbus Cloud Ops")."""
_ROLES_PARENT = re.compile(
    r"^(?:[\w-]+\s+)?roles?(?:\s+(?:and|&)\s+responsibilities)?$|^roles?\s+(?:of|in)\b.*$", re.I
)
"""A heading over role definitions ("Roles", "Team roles", "Roles and responsibilities")."""
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.)\s+(?=\S)")
"""A heading's number ("2. ", "3.1 ", "B. ", "IV. "): not part of the name it gives."""


_LABEL_OWNER = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Za-z][\w.&-]*(?:\s+[A-Za-z][\w.&-]*){0,3}?)['’]s?\s+"
    r"(?:responsibilit(?:y|ies)|obligations?|duties)\b",
    re.I,
)
"""A label naming whose duties a row holds ("The Customer's responsibility in …")."""


def label_party(parties: PartyResolver, label: str, span: Span) -> Ref | None:
    """The known party a row's label says the row is about ("8. The Customer's
    responsibility in connection with the Services"), else None."""
    bare = re.sub(r"^\s*[-*•]\s+", "", label)  # a list marker a cell kept ("- The …")
    match = _LABEL_OWNER.match(_NUMBERING.sub("", bare).strip())
    if match is None:
        return None
    name = match["name"].strip()
    return parties.resolve_party(name, span) if names_one_party(parties, name) else None


def _part_names(name: str) -> list[str]:
    """ "Cloud Operations/Managed Service Provider": the name whole and each name it joins."""
    parts = [p.strip() for p in re.split(r"\s*/\s*", name) if p.strip()]
    return [name, *parts] if len(parts) > 1 else [name]


def _possessed_option(name: str, parties: PartyResolver, lexicon: Lexicon) -> str:
    """ "Our All-Inclusive (responsibilities)", "Your CHDC Hosted (responsibilities)": the
    writer's or the reader's duties under one option of the service, so "we" / "you"; "our
    engineers", "your team" (a party or person noun) keep their name."""
    owner = re.match(r"^(?P<det>our|your)\s+(?P<rest>\S.*)$", name, re.I)
    if owner is None:
        return name
    rest = owner.group("rest")
    last = rest.split()[-1].lower()
    if names_one_party(parties, rest) or lexicon.person_noun(last) or last in lexicon.subject_nouns:
        return name
    return "we" if owner.group("det").lower() == "our" else "you"


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


ABOUT_ABOVE = re.compile(
    r"^(?:what|which|who|how)\s+(?:is|are|does|do)\s+(?:it|this|that|they|he|she)\s*\??\s*$", re.I
)
"""A heading's question about a pronoun ("What is it?" under "## Scribe"): about the role of
the heading above it, no party of its own; its text defines that role."""


class HeadingParties:
    """Reads the party a section's heading names (the base of ``DocumentWalker``)."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self.parties = PartyResolver(self.state)
        self._parents: dict[int, Section] | None = None
        """Each section's parent (by ``id``), found once per page when first asked."""

    def section_writer(self, heading_party: Ref | None) -> Ref | None:
        """Who "we" is in a section whose heading names whose duties it lists, on a page with no
        known vendor: that party, when it is named, not a customer or the reader ("##
        Responsibilities of the Nimbus team" over "we assess each flaw")."""
        state = self.state
        if heading_party is None or state.vendor is not None:
            return None
        entity = state.facts.entities.get(heading_party)
        unknown = state.vocab.concept("role", "unspecified")
        provider = state.vocab.concept("role", "platform-provider")
        roles = {c.iri for c in (unknown, provider) if c is not None}
        return heading_party if entity is not None and entity.attrs.get("role") in roles else None

    @staticmethod
    def deeds_heading(title: str) -> bool:
        """A heading that says what a party does ("What Acme does", "What the operator must
        do", "Things we handle"), as "Acme responsibilities" names its duties."""
        match = _PARTY_HEADING.match(AS_READER.sub("", _NUMBERING.sub("", title)))
        return match is not None and (match.group("c") or match.group("g")) is not None

    def heading_party(self, section: Section) -> Ref | None:
        """The party a heading is about; a heading that names it defines its label. A heading
        worded as a sentence to the reader ("As a tenant, you are responsible for:") is the
        reader's, whatever role it opens with."""
        title = _NUMBERING.sub("", section.title)  # "### 2. Application Teams"
        if _ASKED_OF_YOU.match(plain(title)):
            return None  # "### Do you provide failover?": a question put to the vendor
        if READER_CONDITION.match(plain(title)) and not NEGATION.search(title):
            span = self.state.span(section.start, section.start, section)
            return self.parties.resolve_party("you", span)  # "### If You Suspect an Issue"
        aimed = re.fullmatch(r"for\s+(?:the\s+)?(?P<name>[^:;,.]{2,40})", plain(title), re.I)
        if aimed and names_one_party(self.parties, aimed["name"]):
            # "### For Acme", "## For customers": that side's duties, not "## For AWS" over
            # the reader's steps on that cloud
            span = self.state.span(section.start, section.start, section)
            ref = self.parties.resolve_party(aimed["name"], span)
            return ref if ref is not None and split_side(self.parties, ref) else None
        asked = _RESPONSIBLE_QUESTION.match(plain(title))
        if asked and asked["not"]:
            return None  # "What are you not responsible for?": what the reader does not hold
        if asked:  # "What am I responsible for?" asks for the reader's, "What is X …" for X's
            who = _ASKER.get(asked["who"].lower(), asked["who"])
            title = capitalize(f"{who} responsibilities")
        bare = AS_READER.sub("", title)
        match = _PARTY_HEADING.match(bare)
        name = next(g for g in match.groups() if g) if match else self._bare_party_name(section)
        if match and name is not None and _JOINT_TAIL.search(name):
            return None
        scope = match is not None and bool(match.group("a")) and _SCOPE.match(bare, match.end("a"))
        if scope and name is not None and not names_one_party(self.parties, name):
            return None  # "Migration Project Scope": a thing's scope; "Customer scope" a party's
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
            name = re.sub(r"^the\s+(?=[A-Z])", "", name)  # "What the Ops Team will do"
            person = re.fullmatch(r"(?:the\s+)?(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})", name)
            said = match is not None and match.group("c") is not None  # "What X must do"
            if said and person and self.state.lexicon.person_noun(person["role"].split()[-1]):
                name = capitalize(person["role"])  # "What the operator must do": "Operator"
        doer = match.group("l") if match else None
        if doer and doer.lower() in self.state.lexicon.product_nouns:
            name = "we"  # "### Platform Provides": the vendor, through what it runs
        elif doer and not (names_one_party(self.parties, doer) or self._role_name(doer)):
            return None  # "Encryption Provides": a thing's, no party's
        if name is None or _PRONOUN_SENTENCE.match(name) or ABOUT_ABOVE.match(bare):
            return None  # "You share the security responsibility": a sentence; "What is it?"
        name = _possessed_option(name, self.parties, self.state.lexicon)
        if _KINDS_OF_ROLES.match(title) and not names_one_party(self.parties, name):
            return None  # "### Governance Roles" over role definitions: kinds, no party
        if match and _topic_words(self.state, self.parties, name):
            return None  # "## Session Lifecycle and Data Responsibility": a topic's heading
        span = self.state.span(section.start, section.start, section)
        pronoun = bool(FIRST_PERSON.match(name) or SECOND_PERSON.match(name))
        role = not pronoun and (
            self._role_title(name) or self.defines_role(section) or self._among_roles(section, name)
        )
        plural = f"{name}s" if re.fullmatch(r"[A-Za-z]{3,}[^sS\W]", name) else ""
        if (
            plural
            and not self.parties.mentions(name, ("org", "role"))
            and any(m.concept.kind == "role" for m in self.parties.mentions(plural, ("role",)))
        ):
            name, role = plural, False  # "User Responsibility": the role "users" names
        ref = self.parties.resolve_party(
            name, span, allow_unknown=True, defining=not pronoun, force=role
        )
        if ref is not None and not pronoun:
            self.state.facts.entities[ref].span = span  # the heading defines the party
        return ref

    def foresee(self, section: Section) -> None:
        """Make the parties that later headings give duties ("## Compute Sites
        responsibilities") before the walk reads the page, so that prose above those headings
        ("To join, a CS needs to present its request …") knows them; a heading naming no
        proper name ("## Your duties", "## Security responsibilities") is left to the walk."""
        for child in section.walk()[1:]:
            named = _NAMED_DUTIES.match(_NUMBERING.sub("", child.title))
            if named is not None and self.parties.could_name(named.group("name")):
                span = self.state.span(child.start, child.start, child)
                if self.parties.resolve_party(named.group("name"), span, create=False) is None:
                    self.heading_party(child)

    def _bare_party_name(self, section: Section) -> str | None:
        """The name, when a heading is nothing but a party ("## Customer", "## Microsoft",
        "## Customer-managed controls") over a list of what that party does."""
        title = _NUMBERING.sub("", section.title.strip())
        title = re.sub(r"^(?:the|your|our)\s+", "", title, flags=re.I)
        labelled = re.match(r"^(?P<who>[^:]{2,40}):\s+\S", title)
        if labelled and names_one_party(self.parties, labelled.group("who")):
            return labelled.group("who")  # "## Customers: Security in the cloud"
        tiered = self._tiered_party(section)
        if tiered is not None:
            return tiered  # "### Consume: End Users" beside "### Operate: Spot by NetApp"
        managed = _MANAGED_HEADING.match(title)
        if managed:
            title = next(g for g in managed.groups() if g)
        whole = names_one_party(self.parties, title.rstrip(":"))
        has_items = any(isinstance(b, (BulletList, Table)) for b in section.blocks)
        if has_items and (whole or (managed and managed.group("a") and _NAME.match(title))):
            return title  # "Managed by Nimbus" names its manager, known or not, as "What X does"
        role = self._role_name(title)
        if role is not None and (section.blocks or section.sections):
            short = _initialism(plain(title), role)  # "Review Board (RB)": RB names it too
            return f"{role} ({short})" if short else role
        if len(title.split()) <= 4 and _keyword_leadin(section):
            return title  # "### Storage Node" / "**MUST**:" / a list: the heading is who must
        if self._among_roles(section, title):
            return title  # "## Roles" / "### Host" beside "### Curator": a role the page names
        return title if self.defines_role(section) else None

    def _among_roles(self, section: Section, title: str) -> bool:
        """A short name under a "Roles" heading whose sibling headings name roles (two or
        more end in a person noun): a role too, whatever its head noun ("Host")."""
        parent = section.path[-2] if len(section.path) >= 2 else ""
        if not _ROLES_PARENT.match(plain(parent).strip()) or not _NAME.match(title):
            return False
        named = [s for s in self._siblings(section) if s is not section]
        return len(title.split()) <= 3 and sum(self._role_title(s.title) for s in named) >= 2

    def _tiered_party(self, section: Section) -> str | None:
        """The name after a one-word label in a heading over a list ("### Operate: Spot by
        NetApp", "### Consume: End Users"), when at least two sibling headings are worded so and
        one of their names is a party a vocabulary knows: each names a tier's party."""
        tier = _TIER.match(section.title.strip())
        if tier is None or not any(isinstance(b, BulletList) for b in section.blocks):
            return None
        siblings = [
            match
            for s in self._siblings(section)
            if (match := _TIER.match(s.title.strip())) is not None
        ]
        known = any(
            any(names_one_party(self.parties, part) for part in _part_names(m.group("who")))
            for m in siblings
        )
        if len(siblings) < 2 or not known:
            return None
        return re.sub(r"\s*/\s*", " / ", tier.group("who").strip())  # names joined, spaced

    def _siblings(self, section: Section) -> list[Section]:
        """The sections under the same parent as ``section`` (itself included)."""
        if self._parents is None:
            self._parents = {
                id(child): parent
                for parent in self.state.doc.root.walk()
                for child in parent.sections
            }
        parent = self._parents.get(id(section))
        return list(parent.sections) if parent is not None else [section]

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
        name = re.sub(r"^For\s+(?=[A-Z])", "", name)  # "For Site Engineers": the engineers
        words = name.split()
        lexicon = self.state.lexicon
        collective = bool(words) and words[-1].lower().rstrip("s") in lexicon.collective_nouns
        if collective and _initialism(plain(title), name) is not None:
            return name  # "Digital Products Assurance Group (DPAG)"; not "Resource group"
        if len(words) > 1 and words[-1].lower() in lexicon.duty_nouns | lexicon.document_nouns:
            words = words[:-1]
        longest = 6 if _all_capitals(words) else 5  # "DataBC Project Lead … Data Architect"
        if not 1 <= len(words) <= longest or not words[0][:1].isupper():
            return None
        if len(words) >= 3 and words[0].endswith("ing") and lexicon.verb_base(words[0]):
            return None  # "Onboarding New Teams": a deed done to people, no role
        if lexicon.person_noun(words[-1]) or lexicon.person_noun(words[-1].rstrip("s")):
            return " ".join(words)
        return None


def _all_capitals(words: list[str]) -> bool:
    """Whether every word opens with a capital (a long role's name, not "Charter of the …")."""
    return all(w[:1].isupper() for w in words)


_PERSONAL = frozenset({"our", "your", "their", "my", "we", "you", "us"})


def _topic_words(state: DocState, parties: PartyResolver, name: str) -> bool:
    """A heading's name of two words or more that no vocabulary knows, opening and closing
    with words the page also writes in lower case ("Session Lifecycle and Data": "session",
    "data") and ending in no person noun: a topic, not a party ("Acme Cloud" opens with a
    name the page never writes in lower case; "Operations Team" ends in a person noun)."""
    words = [w.strip(".,:;*_").lower() for w in name.split()]
    if len(words) < 2 or words[0] in _PERSONAL or parties.mentions(name, ("org", "role")):
        return False  # "What our support covers": the writer's
    lexicon = state.lexicon
    if lexicon.person_noun(words[-1]) or lexicon.person_noun(words[-1].rstrip("s")):
        return False
    written = state.phrases().written
    return all(w in written and w.isalpha() for w in (words[0], words[-1]))


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


_RESPONSIBLE_QUESTION = re.compile(
    r"^(?:what|which\s+[\w-]+)\s+(?:am|is|are)\s+(?P<who>[^?]{1,60}?)\s+(?P<not>not\s+)?"
    r"(?:also\s+)?responsible\s+for\s*\??$",
    re.I,
)
"""A question heading of a FAQ about who holds what ("What am I responsible for?", "What is
the platform team responsible for?"): the party it asks about, as "<party> responsibilities"."""
_ASKER = {"i": "Your", "you": "Your", "we": "Our"}
"""The reader asking ("What am I …?", "What are you …?") and the writer ("What are we …?")."""
