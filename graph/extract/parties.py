"""Party resolution: which party a name denotes, found or created once per document.

Parties come from the SKOS vocabularies (organisations, generic roles, offerings) or, for proper
names no vocabulary knows, from the document itself ("local" parties, matched from then on).
"We" is the vendor who wrote the page; a role-only party is linked to the one organisation the
page names in that role.
"""

from __future__ import annotations

import re

from ..document import Document, Paragraph
from ..facts import Facts, Ref, Span
from ..lexicon import Lexicon, load_lexicon
from ..text import plain, slugify, split_top_level
from ..vocabulary import Concept, Mention, Vocabularies
from .cues import COMPANY_SUFFIX, FIRST_PERSON, SECOND_PERSON, expand
from .labels import capitalize
from .party_lookup import (
    MAX_NAME,
    PartyLookup,
    defined_product,
    name_word_party,
    page_initialism,
    page_short_form,
    site_product,
)
from .state import Phrases

__all__ = [
    "PartyResolver",
    "defined_product",
    "find_vendor",
    "link_generic_parties",
    "named_in_opening",
    "names_one_party",
    "page_titles",
    "split_side",
]


_TITLED_ROLE = re.compile(r"[A-Z][a-z-]+(?:\s[A-Z][a-z-]+){1,2}")
"""A role's name in title case, two or three words ("Platform Team"): the last words of one
longer name the page gave first ("Temporal Platform Team") point back to that party."""


class PartyResolver(PartyLookup):
    """Finds vocabulary mentions in text and turns party names into party entities (the
    look-up itself: ``PartyLookup``)."""

    def resolve_party(
        self,
        name: str,
        span: Span,
        *,
        create: bool = True,
        allow_unknown: bool = False,
        defining: bool = False,
        force: bool = False,
        strict: bool = False,
        own: bool = False,
    ) -> Ref | None:
        """Find or create the party a name denotes (organisation, generic role or, with
        ``allow_unknown``, a proper name); ``defining`` names make the party's label; ``force``
        accepts any short name (a header over a column of RACI codes is a party by position);
        ``own`` names a role of the page whatever generic role words it holds."""
        text = expand(plain(name)).strip().rstrip(".,;:!?")
        text = re.sub(r"(?<=[A-Za-z])['’]s$", "", text)  # "Google's (Cloud Shell)": Google
        definite = re.match(r"the\s", text, re.I) is not None
        ours = our_people_end(self.state.lexicon, text) == len(text)  # "our engineers"
        text = _DETERMINER.sub("", text)
        if not text:
            return None
        ranked = self.state.lexicon.ranked(text)  # "the Vice President": not the President
        pointed = self._by_head_noun(text) if definite and not ranked else None
        if pointed is None and _TITLED_ROLE.fullmatch(text):
            words = text.split()  # "Platform Team" after "Temporal Platform Team"
            if self.state.lexicon.person_noun(words[-1]):
                pointed = self._by_head_noun(text.lower())
        defined = defining and force and _defined_role(text, self.mentions(text, ("role",)))
        if pointed is None and not ranked and not defined:
            pointed = self._by_clipped_noun(text)  # "the admin", "Admins": "… administrators"
        if pointed is not None:
            return pointed  # "The sponsor", after "**Budget Sponsor**: …"
        we = bool(FIRST_PERSON.match(text)) or ours
        if we and self.state.vendor is None and self.state.section_writer is not None:
            return self.state.section_writer  # "## Responsibilities of the Nimbus team": "we"
        if we:
            # "we" / "our": the vendor who wrote the document, else its role as the provider
            vendor = self.state.vendor
            text = vendor.label if vendor else "platform provider"
            force = force or (vendor is not None and vendor.kind == "local")
            we = vendor is None
        if _SIGNER.fullmatch(text):
            text = "you"  # "I must:" in an agreement its reader signs: the reader
        if self.state.reader_role and _YOU.match(text):
            text, force = self.state.reader_role, True  # the role the page addresses
            own = own or self.state.reader_own
        holders = self.mentions(text, ("org", "offering", "role"))
        if self._names_part(text, holders) or _names_component(self.state.lexicon, text, holders):
            return None  # "The Gatehouse stores logs" after "- **Nimbus Gatehouse** — …"
        head = self._participle_head(text, holders)
        if head is not None:  # "Organizations deploying Nimbus": the organizations, not Nimbus
            text, holders = head, self.mentions(head, ("org", "offering", "role"))
        outer = self._choice_glossed(text) if holders else None
        if outer is not None:
            text, holders, force = outer, [], True  # "BUILDER (CUSTOMER OR PARTNER)": own party
        in_role = _named_in_role(self, text) if holders else None
        if in_role is not None:
            text, holders, force = in_role, [], True  # "Harbour (provider)": Harbour
        if (defining and force and _defined_role(text, holders)) or own or ranked:
            holders = []  # "Data provider" a role table defines: the page's own role
        elif _inner_role_word(text, holders, self.state.lexicon):
            holders = []  # "The Quay Community Development Project": a name, not "community"
        elif defining and force and staff_title(text, holders, self.state.lexicon):
            holders = []  # "### Customer Success Manager": the vendor's staff, not the customer
        local = holders[0] if holders and holders[0].concept.kind == "local" else None
        if local is not None and not _titled_more(text, local, self.state.lexicon):
            return Ref("party", local.concept.key)
        # "Product Squad" after "Squads": a role of its own if it makes a name, else that one
        fallback = Ref("party", local.concept.key) if local is not None else None
        orgs = [m.concept for m in holders if m.concept.kind == "org"]
        roles = [m.concept for m in holders if m.concept.kind == "role"]
        if holders and holders[0].concept.kind == "role":
            orgs = []  # "customers that deploy an Amazon EC2 instance": the head noun decides
        if not orgs and not roles:
            if len(text) > MAX_NAME + (20 if force else 0):
                return None  # a sentence or a hostile cell, not a name (a header may be longer)
            standards = self.mentions(text, ("standard",))
            if standards and standards[0].start == 0 and standards[0].end >= len(text):
                return None  # "PCI DSS helps to protect cardholder data": a standard
            templated = text in self.state.doc.template_names  # "{{ platform_name }}"
            defined = templated or text in self.state.doc.term_names  # {term}`Grant Office`
            defined = defined or page_initialism(self.state, text) is not None  # "X Hub (XH)"
            defined = defined or page_short_form(self.state, text)  # "ITS", of "IT Solutions"
            named = (
                allow_unknown
                and self._name_shaped(text)
                and (defined or self.state.lexicon.name_like(text))
                and (defined or self._proper_noun(text, strict=strict))
            )
            short = self._by_initialism(text)
            if short is None and allow_unknown:
                short = name_word_party(self.state.parties(), text)
            if short is not None:
                return short  # "the ARB", after "Architecture Review Board (ARB)"; "Platform"
            spelled = self._spelled_out(text)
            if spelled == "":
                return None  # "the AUP", after "Acceptable Use Policy (AUP)": a document
            if not (force or named or spelled):
                return fallback
            # "Storage Upkeep / Backup Operator": one party by its first name, the rest too
            names = [p.strip() for p in _ALTERNATIVES.split(text) if p.strip()]
            first = names[0] if len(names) > 1 and "/" in text else text
            if spelled is not None:  # "the RM", after "A release manager (RM) is appointed"
                names, first = [spelled, text], spelled
            aside = _TRAILING_ASIDE.search(first) if force else None
            if aside is not None and first[: aside.start()].strip():
                # "Night Desk (ND)": the name, its short form an alternative
                names = [first[: aside.start()].strip(), aside.group(0).strip(" ()")]
                first = names[0]
            label = _group_label(first, self.state.lexicon)
            ref = self._find_or_create(label, None, self.fallback_role(), span, create=create)
            if ref is not None and first != text:
                self._record_names(self.state.facts.entities[ref], first, names, False)
            if ref is not None and spelled is not None:
                self._register_local(ref, text)  # later text names it by the initialism
            if ref is not None and text in self.state.doc.template_names:
                site_product(self, self.state.facts.entities[ref])
            return ref
        org = orgs[0] if orgs else None
        role = roles[0] if roles else None
        if org is not None and role is None:
            role = self.state.vocab.concept("role", _local(org.links.get("default_role", "")))
        if role is None:
            role = self.fallback_role()
        label = text
        alternatives = [p.strip() for p in _ALTERNATIVES.split(text) if p.strip()]
        if org is None and (len(alternatives) > 1 or SECOND_PERSON.match(text) or ":" in text):
            # "A / B", "you", a title ("DevOps-as-a-Service: Depot Users and User (Roles)"): the
            # role's own label, not the words around its cue
            label = role.label if role else text
        elif org is None and len(holders) == 1 and holders[0].text.strip() == text:
            label = _singular(text)
        label = capitalize(_TRAILING_ASIDE.sub("", label).strip() or label)
        if org is None:
            label = _POSSESSIVE_END.sub("", label) or label  # first named as "Provider's …"
        ref = self._find_or_create(label, org, role, span, create=create)
        if ref is not None:
            self._record_names(self.state.facts.entities[ref], label, alternatives, defining)
            if we and self.state.first_person is None:
                self.state.first_person = ref
        return ref

    def _names_part(self, text: str, holders: list[Mention]) -> bool:
        """Whether ``text`` names a part of the system the page listed as its parts: the part's
        whole name, or its last word alone when no organisation or role is named in it."""
        parts = self.state.part_names
        folded = text.casefold()
        if not parts or folded in parts:
            return bool(parts)
        single = " " not in folded and not any(m.concept.kind != "local" for m in holders)
        return single and any(part.endswith(f" {folded}") for part in parts)

    def _participle_head(self, text: str, holders: list[Mention]) -> str | None:
        """The head noun of a name a participle modifies ("Organizations deploying Nimbus",
        "Teams running workloads on Nimbus"): the organisation or offering named after the
        participle is what the head's people use, not the party; None when the name opens with
        a party word (the head decides already) or holds no such modifier."""
        if not holders or holders[0].concept.kind == "role":
            return None
        words = list(re.finditer(r"[^\s]+", text[: holders[0].start]))
        lexicon = self.state.lexicon
        if not words or lexicon.verb_base(words[0].group(0)) is not None:
            return None  # "Deploying Nimbus", "Manage Nimbus …": no head noun before it
        for word in words[1:4]:
            lower = word.group(0).lower()
            if lower.endswith("ing") and lexicon.verb_base(lower) is not None:
                head = text[: word.start()].strip()
                return head if re.fullmatch(r"[A-Za-z][\w-]*(?:\s+[\w-]+)*", head) else None
        return None

    def _choice_glossed(self, text: str) -> str | None:
        """The name before a trailing aside that offers a choice of known parties ("Building
        party (customer or partner)"), when that name holds no party word of its own: the header
        names a role either party may fill, not the first party of the aside."""
        aside = _TRAILING_ASIDE.search(text)
        if aside is None:
            return None
        outer = text[: aside.start()].strip()
        choices = [p for p in _CHOICE.split(aside.group(0).strip(" ()")) if p.strip()]
        if not outer or len(choices) < 2 or self.mentions(outer, ("org", "offering", "role")):
            return None
        if not all(self.mentions(c, ("org", "offering", "role")) for c in choices):
            return None
        return outer

    def address_role(self) -> None:
        """ "As site officer, it is your duty to …": the page speaks to a role of
        its own (no vocabulary knows it; a name ending in a person noun, not "As a result,
        you"), so its "you" is that role."""
        text = _MARKUP_ROLE.sub(r"\g<name>", self.state.doc.text)  # rST ":term:`Role <x>`"
        match = _AS_ROLE.search(text) if "As" in text else None  # its one literal word
        if match is None:
            return
        name = " ".join(plain(match.group("role")).split())
        if len(_ALTERNATIVES.split(name)) > 1:
            return  # "As a user or approver, you must:": any reader, no one role
        last = name.split()[-1].lower() if name else ""
        lexicon = self.state.lexicon
        known = self.mentions(expand(name), ("org", "role"))  # "As an administrator": the reader
        generic = name.lower() in lexicon.subject_nouns  # "As an administrator": any reader
        handed = _handed_duties(text[match.end() :], lexicon)
        if not (known or generic) and (
            last in lexicon.person_nouns or last in lexicon.subject_nouns or handed
        ):
            self.state.reader_role = capitalize(name)
        elif known and handed:
            customer = self.state.vocab.concept("role", "customer")
            if all(m.concept.kind == "role" and m.concept != customer for m in known):
                self.state.reader_role = capitalize(name)
                self.state.reader_own = known[0].start > 0  # "Nimbus hosting provider"

    def define_roles(self, text: str, span: Span) -> None:
        """``… a separation of roles and responsibilities between users and administrators``:
        a page that divides duties between two kinds of person makes each a party, even one no
        vocabulary knows ("administrators"), so its later sentences name it."""
        match = _ROLES_BETWEEN.search(text)
        if match is None:
            return
        for group in ("a", "b"):
            name = match.group(group)
            if self.mentions(expand(name), ("org", "role")):
                continue  # a party the vocabularies know: named when it gets a duty
            role_noun = _ROLE_NOUN.search(name)
            if role_noun is not None:
                label = capitalize(_singular(role_noun.group(0)))
                self.resolve_party(label, span, force=True, defining=True)

    def party_in(self, text: str, span: Span, *, create: bool = True) -> Ref | None:
        """The first party named in ``text`` (organisation or generic role)."""
        for m in self.mentions(expand(text), ("org", "offering", "role")):
            if m.concept.kind in ("org", "role", "local"):
                ref = self.resolve_party(m.text, span, create=create)
                if ref is not None:
                    return ref
        return None

    def holder_in(self, text: str, span: Span) -> list[Ref]:
        """Parties and offerings named in ``text``, in order (for certifications and uses)."""
        refs: list[Ref] = []
        for m in self.mentions(expand(text), ("org", "offering", "role")):
            ref = (
                self.offering(m.concept, span)
                if m.concept.kind == "offering"
                else (self.resolve_party(m.text, span))
            )
            if ref is not None and ref not in refs:
                refs.append(ref)
        return refs

    def offering(self, concept: Concept, span: Span) -> Ref:
        """The entity of a vocabulary offering (a product that holds certifications, is used)."""
        ref = self.state.concept_entity(concept, "offering", span)
        if concept.links.get("offered_by"):
            self.state.facts.entities[ref].attrs["offered_by"] = concept.links["offered_by"]
        return ref

    def parties_named(self, cell: str, span: Span) -> list[Ref]:
        """The parties a table cell names: one ("Customer", "AUCyber (IaaS)") or several
        ("Microsoft and Red Hat", "Adobe, Fastly")."""
        parts = split_top_level(plain(cell), r"\s*(?:,|&|\+|\band\b)\s*")
        if len(parts) > 1:
            named = [self.resolve_party(part, span, create=False) for part in parts]
            if all(ref is not None for ref in named) or all(
                self.mentions(part, ("org", "role")) for part in parts
            ):
                found = [self.resolve_party(part, span, allow_unknown=True) for part in parts]
                refs = list(dict.fromkeys(ref for ref in found if ref is not None))
                if len(refs) > 1:
                    return refs
        whole = self.resolve_party(cell, span, create=False) or self.resolve_party(
            cell, span, allow_unknown=True
        )
        return [whole] if whole is not None else []

    def joint(self, text: str, span: Span) -> list[Ref]:
        """The parties a joint subject names ("both you and Acme", "the customer and Acme"):
        two or more, else none (one party's name is not a joint subject)."""
        bare = re.sub(r"^\s*both\s+", "", plain(text), flags=re.I)
        parts = split_top_level(bare, r"\s*(?:,|&|\band\b)\s*")
        if len(parts) < 2 or not all(
            self.mentions(expand(part), ("org", "role")) or self.could_name(part) for part in parts
        ):
            return []
        found = [self.resolve_party(part, span, allow_unknown=True) for part in parts]
        refs = list(dict.fromkeys(ref for ref in found if ref is not None))
        return refs if len(refs) > 1 else []


def _named_in_role(parties: PartyResolver, text: str) -> str | None:
    """A name no vocabulary knows, then in parentheses the one role it plays ("Harbour
    (provider)", "Quay Ltd (the vendor)"): the party is the name, not the generic role."""
    aside = _TRAILING_ASIDE.search(text)
    outer = text[: aside.start()].strip() if aside is not None else ""
    if aside is None or not _NAME_WORDS.fullmatch(outer):
        return None
    if parties.mentions(outer, ("org", "offering", "role")):
        return None
    inner = re.sub(r"^(?:the|an?)\s+", "", aside.group(0).strip(" ()"), flags=re.I)
    found = parties.mentions(inner, ("role",))
    if len(found) != 1 or found[0].start != 0 or found[0].end < len(inner):
        return None
    return outer


def names_one_party(parties: PartyResolver, text: str) -> bool:
    """The text is one party's name and nothing else ("Customers", "Acme")."""
    found = parties.mentions(expand(text), ("org", "role"))
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(text)


def link_generic_parties(facts: Facts, named: list[Concept], vocab: Vocabularies) -> None:
    """A role-only party ("the CDN provider") is linked to the organisation the text names in
    that role (``named``: ``DocState.named_orgs``), when it names exactly one (Fastly, the only
    CDN organisation on the page); a party with a name of its own ("Quarrytech") never is, be
    its role the provider's ("… via New Relic" names a product, not who Quarrytech is)."""
    taken = {p.attrs.get("organization") for p in facts.of_kind("party")}
    for party in facts.of_kind("party"):
        if party.attrs.get("organization") or not party.attrs.get("role"):
            continue
        roles = vocab.matchers["role"].find(party.label)
        if not roles or roles[0].start or roles[0].end < len(party.label):
            continue
        candidates = [
            org
            for org in named
            if org.links.get("default_role") == party.attrs["role"] and org.iri not in taken
        ]
        if len(candidates) == 1:
            party.attrs["organization"] = candidates[0].iri
            taken.add(candidates[0].iri)


def _names_component(lexicon: Lexicon, text: str, holders: list[Mention]) -> bool:
    """A name of two or more words ending in a noun of a system's part ("Controller
    Management Network (CMN)"), with no party's name in it: a thing, no party."""
    if holders:
        return False  # "Acme Dashboard provides X": Acme's, through its product
    words = re.sub(r"\s*\([^()]*\)$", "", text).split()
    head = words[-1].lower() if len(words) > 1 else ""
    return head in lexicon.component_nouns or head in lexicon.place_nouns


_ASIDE_ONLY = re.compile(r"\([^()]{1,40}\)")


def _defined_role(name: str, holders: list[Mention]) -> bool:
    """A name a role table defines that a generic role only hides: a bare head noun after
    words of its own ("Data provider"), or the whole name a role's hidden label of two words
    or more ("Application Owner" beside "Database Administrator"): a role of the page."""
    if len(holders) != 1:
        return False
    found = holders[0]
    rest = name[found.end :].strip()
    whole = found.start == 0 and (not rest or _ASIDE_ONLY.fullmatch(rest) is not None)
    label = found.text.strip().lower()
    if whole and " " in label and label in found.concept.hidden:
        return True
    return _modified_generic(name, holders)


def _modified_generic(name: str, holders: list[Mention]) -> bool:
    """A name a page defines whose only vocabulary word is a bare generic head noun after
    words of its own ("Data provider", a role's hidden label "provider"): a role of the page,
    not the generic one."""
    if len(holders) != 1:
        return False
    found = holders[0]
    bare = found.text.strip().lower() in found.concept.hidden
    rest = name[found.end :].strip()  # "Applications and Users (Virtual)": an aside after it
    return bare and found.start > 0 and (not rest or _ASIDE_ONLY.fullmatch(rest) is not None)


def _inner_role_word(name: str, holders: list[Mention], lexicon: Lexicon) -> bool:
    """A title-case name of three words or more whose only vocabulary words are generic
    roles inside it, neither first nor its head ("Quay Community Development Project",
    "Acme Customer Success Team"): a body of its own name, not that role ("Set Up Users and
    Teams" opens with a verb: a heading's instruction)."""
    spans = [w.span() for w in re.finditer(r"\S+", name)]
    words = [name[a:b] for a, b in spans]
    if len(words) < 3 or not holders or any(m.concept.kind != "role" for m in holders):
        return False
    if lexicon.verb_base(words[0].lower()) is not None:
        return False
    if ":" in name or not all(w[:1].isupper() or w in ("of", "for") for w in words):
        return False  # "Depot-as-a-Service: Depot Users and User": a title, two roles
    return all(spans[0][1] < m.start and m.end < spans[-1][0] for m in holders)


def staff_title(name: str, holders: list[Mention], lexicon: Lexicon) -> bool:
    """A title-case role's name of three words or more that opens with a generic role's word
    and ends in a person noun of its own ("Customer Success Manager", "Vendor Dock
    Personnel"), or of two ending in a liaison or department noun ("Customer Liaison",
    "Customer Success"): a role of the page, not the generic role its first word names."""
    words = name.split()
    department = len(words) == 2 and words[-1].lower() in lexicon.department_nouns
    liaison = len(words) == 2 and words[-1].lower() in lexicon.liaison_nouns  # "Customer Liaison"
    if (len(words) < 3 and not liaison and not department) or not holders:
        return False
    if any(m.concept.kind != "role" for m in holders):
        return False
    if not all(w[:1].isupper() for w in words) or holders[0].start != 0:
        return False
    last = words[-1].lower()
    head = department or lexicon.person_noun(last) or last.rstrip("s") in lexicon.self_nouns
    return head and all(m.end < len(name) - len(words[-1]) for m in holders)


def _titled_more(text: str, mention: Mention, lexicon: Lexicon) -> bool:
    """A title-case role's name that ends in a shorter name the page uses, after more
    title-case nouns ("Lamp Team Lead" after "team leads"): a role of its own, not that
    one; a verb before it ("Promote Other Leads") is a heading's instruction."""
    before = text[: mention.start].split()
    return (
        bool(before)
        and mention.end == len(text)
        and _TITLED_ROLE.fullmatch(text) is not None
        and all(lexicon.verb_base(w.lower()) is None for w in before)
    )


def _group_label(name: str, lexicon: Lexicon) -> str:
    """A group of people a header writes in lower case ("developers", "system
    administrators": a plural or a person noun last) is labelled capitalised, as a
    vocabulary party is; a name the page keeps in lower case ("cloud.gov", a user name)
    stays as written."""
    last = name.split()[-1] if name.split() else ""
    plural = bool(re.fullmatch(r"[a-z]+[^su]s", last))
    return capitalize(name) if plural or lexicon.person_noun(last) else name


def _handed_duties(rest: str, lexicon: Lexicon) -> bool:
    """The sentence after "As a <role> you" is a lead-in handing that role duties ("…
    assume the following **responsibilities**:", a duty noun of cue-words.ttl): its "you"
    is the role even when the role is a vocabulary one other than the customer ("As a
    hosting provider you assume …": the page speaks to providers)."""
    sentence = re.split(r"(?<=[.!?:])\s|\n\s*\n", rest, maxsplit=1)[0].strip()
    words = re.findall(r"[a-z]+", plain(sentence).lower())
    return sentence.endswith(":") and any(w in lexicon.duty_nouns for w in words)


def _writer_concept(label: str) -> Concept:
    """The page's writer by a name no vocabulary knows: a concept of the page's own."""
    return Concept(kind="local", key=slugify(label), iri="", label=label, labels=(label,))


_AS_PROVIDER = re.compile(
    r"(?:^|(?<=[.!?]\s))As\s+an?\s+(?:[\w-]+\s+){0,3}?(?:provider|vendor|supplier),\s+"
    rf"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,3}}?){COMPANY_SUFFIX}?\s+(?:[a-z]+ly\s+)?[a-z]+s\b"
)
"""An opening sentence in which the writer names itself in a provider's role ("As a service
provider, Nimbus Inc. enables its customers …")."""


def find_vendor(document: Document, vocab: Vocabularies) -> Concept | None:
    """The organisation that wrote the document ("we"): the first one its title, first
    heading or opening paragraph names."""
    texts = opening_texts(document)
    authored = _metadata_author(document, vocab)
    if authored is not None:
        return authored  # "created_by: Rackspace Support": the page says who wrote it
    for text in texts:
        described = _AS_PROVIDER.search(text)
        if described is not None:  # "As a service provider, Nimbus Inc. runs …": the writer
            found = vocab.matchers["org"].find(described["name"])
            return found[0].concept if found else _writer_concept(described["name"])
    for text in texts:
        for m in vocab.matchers["org"].find(text):
            return m.concept
    opening = " ".join(document.lines[:40])  # an agreement's first clause
    return (
        _trading_as([*texts, opening])
        or _incorporated_alias([*texts, opening])
        or _named_after_us(texts)
        or _we_means(document)
        or _named_author(document, texts, vocab)
        or _defined_provider(texts)
        or _named_team(document, texts)
        or _possessive_writer(document, texts)
        or _paired_with_reader(document)
    )


_DEFINED_PARTY = re.compile(
    r"\b(?:between|by|from|with|and)\s+(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}"
    rf"{COMPANY_SUFFIX}?)"
    r"\s*\(\s*(?:the\s+|hereinafter\s+|hereafter\s+)?[\"“](?P<aliases>[^()]{2,120})\)"
)
"""A party an agreement names after "by" / "between" … and defines ("… by Automata Nexus
("Provider," "we," "us") …")."""
_WE_NAMED = re.compile(
    r"\b(?:us|we)\s*\(\s*(?:the\s+)?[\"“](?P<name>[A-Z][^\"”]{1,60})[\"”]\s*\)", re.I
)
"""The writer named after "us" in an agreement's opening ("between us ("Acme LLC") and
you")."""
_PROVIDER_ALIASES = frozenset(
    ("provider", "service provider", "hosting provider", "supplier", "company", "vendor", "we")
)


_TRADING_AS = re.compile(
    r"\bbetween\s+(?:the\s+)?(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}"
    rf"{COMPANY_SUFFIX}?)"
    r"[^\"“]{0,160}?\btrading\s+as\s+[\"“](?P<alias>[^\"”]{1,40})[\"”]",
    re.I,
)
"""The first party of an agreement and the name it trades as ("This agreement is between The
Dextrous Web Ltd, a company registered …, trading as "dxw", and …")."""


def _trading_as(texts: list[str]) -> Concept | None:
    """The first party of an agreement's opening and the name it trades as ("between Acme
    Ltd, …, trading as "acme", and …"): the writer, by the name the page uses, even in lower
    case, ahead of a product its title names."""
    for text in texts:
        trading = _TRADING_AS.search(text)
        if trading is not None:
            alias = trading["alias"].strip()
            labels = (alias, trading["name"].strip())
            return Concept(kind="local", key=slugify(alias), iri="", label=alias, labels=labels)
    return None


_INCORPORATED = re.compile(
    r"\b(?:by|between|from)\s+(?P<name>[A-Za-z][\w.&'’-]*(?:\s+[A-Za-z][\w.&'’-]*){0,2}),?\s+"
    r"(?:Inc|LLC|Ltd|GmbH|Corp|plc)\.?\s*\(\s*[_*\"“]*(?P<alias>[\w.-]{2,30})[_*\"”]*\s*\)"
)
"""A company an opening names with its legal form and the short name it then goes by
("… offered by npm, Inc. (_npm_) …")."""


def _incorporated_alias(texts: list[str]) -> Concept | None:
    """The writer an opening names as a company and then by its short name ("offered by npm,
    Inc. (npm)"), even in lower case: the vendor, by the name the page uses."""
    for text in texts:
        found = _INCORPORATED.search(text)
        if found and found["alias"].lower() == found["name"].split()[0].lower():
            alias = found["alias"]
            labels = (alias, found["name"].strip())
            return Concept(kind="local", key=slugify(alias), iri="", label=alias, labels=labels)
    return None


def _named_after_us(texts: list[str]) -> Concept | None:
    """The writer an agreement's opening names after "us" ("a contract between us ("Acme
    LLC") and you"): the vendor, though no vocabulary knows it."""
    for text in texts:
        named = _WE_NAMED.search(text)
        if named and load_lexicon().name_like(named["name"]):
            label = named["name"].strip()
            return _writer_concept(label)
    return None


_WE_MEANS = re.compile(
    r"[\"“']we[\"”'](?:\s*,?\s*(?:and\s+)?[\"“'](?:us|our|ours)[\"”'])*\s+"
    r"(?:means?|refers?\s+to|stands?\s+for)\s+"
    rf"(?:the\s+)?(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,3}}){COMPANY_SUFFIX}?",
)
"""The page saying who "we" is ('Throughout this page, "we" means Harbour Services', 'In this
document, "we", "us" and "our" refer to Harbour Ltd.')."""


def _we_means(document: Document) -> Concept | None:
    """The writer the page names where it defines its "we" (``_WE_MEANS``), in its first
    lines: the vendor, though no vocabulary knows it."""
    opening = plain(" ".join(document.lines[:60]))
    named = _WE_MEANS.search(opening)
    label = named["name"].strip().rstrip(".") if named else ""
    if not label or not load_lexicon().name_like(label):
        return None
    return _writer_concept(label)


def _defined_provider(texts: list[str]) -> Concept | None:
    """The writer an agreement's opening defines as its provider ("… by Automata Nexus
    ("Provider," "we," "us," or "our") to customers …"): the vendor, though no vocabulary
    knows it."""
    for text in texts:
        for match in _DEFINED_PARTY.finditer(text):
            aliases = {
                a.strip(" ,.").lower()
                for a in re.findall(r"[\"“]([^\"”]+)[\"”]", "“" + match["aliases"])
            }
            if aliases & _PROVIDER_ALIASES and load_lexicon().name_like(match["name"]):
                label = match["name"].strip()
                return _writer_concept(label)
    return None


_AUTHOR_KEYS = ("author", "authors", "created_by", "publisher", "vendor", "company", "organization")
"""Front-matter keys that name who wrote or publishes the page."""


def _metadata_author(document: Document, vocab: Vocabularies) -> Concept | None:
    """The organisation the front matter names as the page's author ("created_by: Rackspace
    Support", "publisher: Acme"): a vocabulary's organisation, else a capitalised name the
    page's text also writes mid-sentence (never a person's alias or a name only there)."""
    for key in _AUTHOR_KEYS:
        value = document.metadata.get(key)
        text = str(value[0] if isinstance(value, list) and value else value or "").strip()
        if not text:
            continue
        for m in vocab.matchers["org"].find(text):
            return m.concept
        name = re.match(r"^(?P<name>[A-Z][\w.&-]*)(?:\s|$)", text)
        named = name is not None and load_lexicon().name_like(name.group("name"))
        if name is not None and named and _named_mid_sentence(name.group("name"), document):
            label = name.group("name")
            return _writer_concept(label)
    return None


def page_titles(document: Document) -> list[str]:
    """The page's title (front matter or HTML ``<title>``) and its first two headings: what
    says what kind of page it is (a set of rules, a provider's commitments)."""
    return [str(document.metadata.get("title", "")), *(s.title for s in document.root.walk()[:2])]


def opening_texts(document: Document) -> list[str]:
    """The title, description, first headings and opening paragraphs: where a page names the
    parties it is about."""
    texts = [str(document.metadata.get("title", "")), str(document.metadata.get("description", ""))]
    sections = document.root.walk()
    texts += [s.title for s in sections[:2]]
    for section in sections[:2]:
        texts += [plain(b.text) for b in section.blocks[:2] if isinstance(b, Paragraph)]
    return texts


def named_in_opening(name: str, document: Document) -> bool:
    """Whether the page's opening (``opening_texts``) names ``name`` ("… between you and
    Acme"): a party the page is about, not a product it mentions on the way."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(name.strip())}(?![\w-])")
    return any(pattern.search(text) for text in opening_texts(document))


_OPENING_NAME = re.compile(r"^(?P<name>[A-Z][\w.&-]*\+*(?:\s+[A-Z][\w.&-]*\+*)?)\s+[a-z]")
"""A capitalised name opening a sentence, before a lower-case word (its verb)."""
_OWNING_NAME = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w.&-]*)['’]s\s+[A-Z]")
"""A capitalised name owning a capitalised thing ("Acme's Managed Services")."""


_PRODUCT_OPENING = re.compile(r"^(?P<name>[A-Z][\w.&-]*)(?:\s+[A-Z][\w.&-]*){1,3}\s+(?:is|are)\s")
"""A sentence opening with a product's name of two to four capitalised words before "is"
("Brindle Managed Quarry is a hosted service …"): the first word names its maker."""


def _opening_names(sentence: str) -> list[str]:
    """The capitalised name a sentence opens with ("Tuist runs …"), or the maker's name that
    opens a product's ("Brindle" of "Brindle Managed Quarry is …")."""
    match = _OPENING_NAME.match(sentence) or _PRODUCT_OPENING.match(sentence)
    return [match.group("name")] if match else []


def _named_author(document: Document, texts: list[str], vocab: Vocabularies) -> Concept | None:
    """A vendor no vocabulary knows: a capitalised name that opens a sentence of the title or
    opening paragraph ("Tuist runs its own clusters …"), else one that owns what the opening
    names ("… apply to Acme's Managed Services"), and recurs on the page."""
    openers = [
        name
        for text in texts
        for sentence in re.split(r"(?<=[.!?:;])\s+", text)
        for name in _opening_names(sentence)
    ]
    owners = [m.group("name") for text in texts for m in _OWNING_NAME.finditer(text)]
    for name in [*openers, *owners]:
        if any(m.start == 0 and m.end == len(name) for m in vocab.matchers["role"].find(name)):
            continue  # "Customer is an individual who …": a role, not who wrote the page
        if defined_product(name, texts):
            continue  # "The Gravel Kiln is a hosted offering …": what is sold, not who
        if len(re.findall(rf"(?<![\w-]){re.escape(name)}s(?![\w-])", document.text)) >= 2:
            continue  # "Microservice hosting" over "Microservices": a thing, no one's name
        if _only_modifier(name, document):
            continue  # "Alpha assessment", "their Alpha stage": a stage, no one who writes
        count = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", document.text))
        if count >= 3 and load_lexicon().name_like(name) and _named_mid_sentence(name, document):
            key = slugify(name)
            return Concept(kind="local", key=key, iri="", label=name, labels=(name,))
    return None


def _only_modifier(name: str, document: Document) -> bool:
    """Whether the body writes ``name`` only before a lower-case noun ("their Alpha stage",
    "your Alpha assessment"): a word that qualifies things, never a party on its own."""
    body = _FRONT_MATTER.sub("", document.text)
    lexicon = load_lexicon()
    uses = [m.end() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body)]
    after = [re.match(r" ([a-z]{3,})\b", body[end : end + 30]) for end in uses]
    return bool(uses) and all(
        word is not None
        and word[1] not in AUXILIARIES
        and lexicon.third_person_base(word[1]) is None  # "Acme runs …": its verb, a writer
        for word in after
    )


AUXILIARIES = frozenset(("will", "must", "can", "may", "should", "shall", "has", "was", "are"))


_TEAM_OF = re.compile(r"\bthe\s+(?P<name>[A-Z][\w.&-]*)\s+(?:[a-z]+\s+){0,3}team\b")
"""A named organisation's team ("the EMQX team", "the Acme operations team")."""


def _named_team(document: Document, texts: list[str]) -> Concept | None:
    """The writer of a page in the first person ("we", "our"), named only by its team in the
    opening ("… the EMQX team provides 24/7 monitoring for your deployment"), a name the page
    writes three times or more."""
    return _writer_in_opening(document, texts, _TEAM_OF)


def _writer_in_opening(
    document: Document, texts: list[str], pattern: re.Pattern[str]
) -> Concept | None:
    """The first name ``pattern`` finds in the opening of a page in the first person that the
    page writes three times or more, as the writer's concept."""
    if not re.search(r"\b(?:we|our)\b", document.text, re.I):
        return None
    for text in texts:
        for match in pattern.finditer(text):
            name = match.group("name")
            count = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", document.text))
            if count >= 3 and load_lexicon().name_like(name):
                return _writer_concept(name)
    return None


_OWNER_OF = re.compile(r"(?<![\w-])(?P<name>(?:[A-Z]|\d+[a-z])[\w.&-]*)['’]s\s+[a-z]")
"""A name in the possessive before a common noun ("2i2c's infrastructure services", "Acme's
platform")."""


def _possessive_writer(document: Document, texts: list[str]) -> Concept | None:
    """The writer of a page in the first person named in its opening as the owner of what
    the page describes ("the Service Level Objectives of 2i2c's infrastructure services"), a
    name the page writes three times or more."""
    return _writer_in_opening(document, texts, _OWNER_OF)


_PAIRED_WITH_READER = re.compile(
    r"\b(?:to|by|with|between|for)\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:or|and)\s+"
    r"(?:to\s+|by\s+|with\s+|for\s+)?you\b"
)
"""A name paired with the reader ("assigned either to Acme or to you", "between Acme and
you"): the other side of the page, its writer."""


def _paired_with_reader(document: Document) -> Concept | None:
    """The writer of a page in the first person ("we", "our") that its title and opening do
    not name, named where the page pairs it with the reader ("assigned either to Skyscrapers
    or to you"), one such name only, a proper name the page writes mid-sentence."""
    if not re.search(r"\b(?:we|our)\b", document.text, re.I):
        return None
    names = {m.group("name") for m in _PAIRED_WITH_READER.finditer(document.text)}
    if len(names) != 1:
        return None
    name = names.pop()
    if not load_lexicon().name_like(name) or not _named_mid_sentence(name, document):
        return None
    return _writer_concept(name)


def _named_mid_sentence(name: str, document: Document) -> bool:
    """Whether the page writes ``name`` capitalised after a lower-case word at least once
    ("… run by Acme", "a scalable Acme agent"), as ``PartyResolver._proper_noun`` asks: a
    proper name keeps its capital inside a sentence, while a title word ("Privacy overview")
    is capitalised only where a title, heading or sentence opens, or inside a longer name
    ("the Consumer Privacy Act"). Front matter is left out: "title: Privacy" is no sentence."""
    body = _FRONT_MATTER.sub("", document.text)
    return name in Phrases.of(body).after_lower


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.S)
"""A Markdown page's YAML front matter (``title: …`` lines), at the very start."""


_ROLES_BETWEEN = re.compile(
    r"\b(?:separation|division|split|demarcation|allocation)\s+of\s+"
    r"(?:(?:roles|tasks|duties|responsibilit(?:y|ies))\s+(?:and|&)\s+)?"
    r"(?:roles|tasks|duties|responsibilit(?:y|ies))\s+between\s+(?:the\s+)?"
    r"(?P<a>[\w\s-]{2,40}?)\s+(?:and|&)\s+(?:the\s+)?(?P<b>[\w\s-]{2,40}?)\s*(?:[.;:,)]|$)",
    re.I,
)
"""``a separation of roles and responsibilities between <a> and <b>``: the page's parties."""
_ROLE_NOUN = re.compile(r"(?:^|(?<=\s))(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?:er|or|ist|ant)s?$")
"""A person noun, lower case (the common noun of a role: "platform administrators")."""


_VERB_AFTER_PEOPLE = re.compile(
    r"will|must|shall|should|can|may|is|are|has|have|does|do|to|and|or", re.I
)
"""A word that ends the name of the writer's people ("Our team will …")."""


def our_people_end(lexicon: Lexicon, text: str) -> int | None:
    """Where a name of the writer's own people that opens ``text`` ends ("Our staff", "our
    cloud operations team": ending in a subject-noun of cue-words.ttl), who act for it as "we"
    do; None for any other "our" ("our members" are the members, "our customers" the
    customers)."""
    ours = re.match(r"our\s+", text, re.I)
    if ours is None:
        return None
    words = list(re.finditer(r"[\w-]+", text[ours.end() :]))[:4]
    verb = next((i for i, w in enumerate(words) if _VERB_AFTER_PEOPLE.fullmatch(w.group(0))), None)
    words = words[:verb]  # "Our team will provide support": the name ends before "will"
    ends = [
        j
        for j in range(1, len(words) + 1)
        if any(
            " ".join(w.group(0) for w in words[k:j]).lower() in lexicon.subject_nouns
            for k in range(j)
        )
    ]
    return ours.end() + words[ends[-1] - 1].end() if ends else None


_DETERMINER = re.compile(
    r"^(?:the|a|an|each|every|all|some|many|most|our)\s+(?:individual\s+(?=\S+\s))?", re.I
)
"""A name's determiner ("each individual VFS team": the VFS teams, one by one)."""


_PLURAL_S = re.compile(r"(?<=[a-z])s$")
_YOU = re.compile(r"^(?:you|your|yours|yourself)$", re.I)
_SIGNER = re.compile(r"I|(?i:me|my|myself)")
"""The first person singular of a form its reader signs ("I must:", "I agree to:")."""
_AS_ROLE = re.compile(
    r"(?:^|[.!?]\s+|\n)As\s+(?:an?\s+|the\s+|your\s+)?(?:[a-z]+\s+(?=\*))?"
    r"\**(?P<role>[A-Za-z][A-Za-z -]{1,40}?)\**"
    r"\s*,?\s+(?:it\s+is\s+your\b|you(?:r)?\s+[a-z]+)"
)
"""The role a page addresses: "As **gate officer** it is your duty to …", "As the dock
captain, you lead …", "As a qualified *Nimbus host* you …" (the role must end in a person
noun: "As a result, you" is no role)."""
_MARKUP_ROLE = re.compile(r":[\w.+-]+:`(?P<name>[^`<]*?)\s*(?:<[^`>]*>)?`")
"""An rST role around a name (":term:`Gate officer <officer>`"): the name shown."""
_ALTERNATIVES = re.compile(r"\s*/\s*|\s+or\s+")
"""Between the alternatives of a name ("A / B", "A or B")."""
_CHOICE = re.compile(_ALTERNATIVES.pattern, re.I)
"""The same, in any case ("CUSTOMER OR PARTNER" in an upper-case header)."""
_TRAILING_ASIDE = re.compile(r"\s*\((?:[^()]*)\)\s*$")
_NAME_WORDS = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}")
"""One to three capitalised words: a name."""
_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s?$")
"""The possessive ending of a role first met as an owner ("the Customer's team"): no part of
its name (a known organisation keeps its own spelling)."""


def _singular(text: str) -> str:
    """Singular of a plural role name ("Customers" -> "Customer"): one party, one label."""
    return _PLURAL_S.sub("", text) if not text.endswith("ss") else text


def _local(iri: str) -> str:
    """The last path segment of an IRI (a concept's key)."""
    return iri.rstrip("/").rsplit("/", 1)[-1]


def split_side(parties: PartyResolver, ref: Ref) -> bool:
    """Whether a party is a side of the page's split: its customer or a party the page already
    gave duties (not a cloud named only for the reader's steps on it: "For AWS:")."""
    state = parties.state
    customer = state.vocab.concept("role", "customer")
    if customer is not None and state.facts.entities[ref].attrs.get("role") == customer.iri:
        return True
    return any(r.subject == ref and r.predicate == "responsibleFor" for r in state.facts.relations)
