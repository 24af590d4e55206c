"""Party resolution: which party a name denotes, found or created once per document.

Parties come from the SKOS vocabularies (organisations, generic roles, offerings) or, for proper
names no vocabulary knows, from the document itself ("local" parties, matched from then on).
"We" is the vendor who wrote the page; a role-only party is linked to the one organisation the
page names in that role.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..document import Document, Paragraph
from ..facts import Entity, Facts, Ref, Span
from ..lexicon import load_lexicon
from ..text import plain, slugify, split_top_level
from ..vocabulary import Concept, Mention, Vocabularies, without_overlaps
from .cues import FIRST_PERSON, SECOND_PERSON, expand
from .labels import capitalize
from .state import DocState, LocalNames, Phrases

__all__ = [
    "PartyResolver",
    "find_vendor",
    "link_generic_parties",
    "named_in_opening",
    "names_one_party",
]


_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ing|ed)")
"""A participle before a head noun ("the owning squad", "the assigned crew"): it picks out
which one, the head noun still names the party."""
_TITLED_ROLE = re.compile(r"[A-Z][a-z-]+(?:\s[A-Z][a-z-]+){1,2}")
"""A role's name in title case, two or three words ("Platform Team"): the last words of one
longer name the page gave first ("Temporal Platform Team") point back to that party."""


class PartyResolver:
    """Finds vocabulary mentions in text and turns party names into party entities."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self._spelled: dict[str, str] | None = None
        """Initialisms the page spells out as roles' names (found once, when first asked)."""

    def mentions(self, text: str, kinds: tuple[str, ...]) -> list[Mention]:
        """Vocabulary mentions of ``kinds`` (and of parties named only in this document),
        longest first; a service name ("Amazon EC2") shadows the organisation inside it."""
        found, kept = _vocabulary_mentions(self.state.vocab, text, kinds)
        local = self.state.local_names
        named = local.find(text) if "org" in kinds and local is not None else []
        if not named:
            return list(kept)
        return _kept([*found, *named], kinds)

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
        definite = re.match(r"the\s", text, re.I) is not None
        text = _DETERMINER.sub("", text)
        if not text:
            return None
        pointed = self._by_head_noun(text) if definite else None
        if pointed is None and _TITLED_ROLE.fullmatch(text):
            words = text.split()  # "Platform Team" after "Temporal Platform Team"
            if self.state.lexicon.person_noun(words[-1]):
                pointed = self._by_head_noun(text.lower())
        if pointed is not None:
            return pointed  # "The sponsor", after "**Budget Sponsor**: …"
        we = bool(FIRST_PERSON.match(text))
        if we:
            # "we" / "our": the vendor who wrote the document, else its role as the provider
            vendor = self.state.vendor
            text = vendor.label if vendor else "platform provider"
            force = force or (vendor is not None and vendor.kind == "local")
            we = vendor is None
        if self.state.reader_role and _YOU.match(text):
            text, force = self.state.reader_role, True  # the role the page addresses
        holders = self.mentions(text, ("org", "offering", "role"))
        if (defining and force and _modified_generic(text, holders)) or own:
            holders = []  # "Data provider" a role table defines: the page's own role
        if holders and holders[0].concept.kind == "local":
            return Ref("party", holders[0].concept.key)
        orgs = [m.concept for m in holders if m.concept.kind == "org"]
        roles = [m.concept for m in holders if m.concept.kind == "role"]
        if holders and holders[0].concept.kind == "role":
            orgs = []  # "customers that deploy an Amazon EC2 instance": the head noun decides
        if not orgs and not roles:
            if len(text) > _MAX_NAME:
                return None  # a sentence or a hostile cell, not a name
            named = (
                allow_unknown
                and self._name_shaped(text)
                and self.state.lexicon.name_like(text)
                and (
                    self._proper_noun(text, strict=strict) or text in self.state.doc.template_names
                )
            )
            short = self._by_initialism(text)
            if short is not None:
                return short  # "the ARB", after "Architecture Review Board (ARB)"
            spelled = self._spelled_out(text)
            if not (force or named or spelled):
                return None
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
            ref = self._find_or_create(first, None, self.fallback_role(), span, create=create)
            if ref is not None and first != text:
                self._record_names(self.state.facts.entities[ref], first, names, False)
            if ref is not None and spelled is not None:
                self._register_local(ref, text)  # later text names it by the initialism
            if ref is not None and text in self.state.doc.template_names:
                self._site_product(self.state.facts.entities[ref])
            return ref
        org = orgs[0] if orgs else None
        role = roles[0] if roles else None
        if org is not None and role is None:
            role = self.state.vocab.concept("role", _local(org.links.get("default_role", "")))
        if role is None:
            role = self.fallback_role()
        label = text
        alternatives = [p.strip() for p in _ALTERNATIVES.split(text) if p.strip()]
        if org is None and (len(alternatives) > 1 or SECOND_PERSON.match(text)):
            label = role.label if role else text
        elif org is None and len(holders) == 1 and holders[0].text.strip() == text:
            label = _singular(text)
        label = capitalize(_TRAILING_ASIDE.sub("", label).strip() or label)
        ref = self._find_or_create(label, org, role, span, create=create)
        if ref is not None:
            self._record_names(self.state.facts.entities[ref], label, alternatives, defining)
            if we and self.state.first_person is None:
                self.state.first_person = ref
        return ref

    def _by_head_noun(self, text: str) -> Ref | None:
        """The one party the page named with words before ``text``, a noun (or the last words
        of the name) no vocabulary knows ("the sponsor" after "Budget Sponsor", "the executive
        council" after "Ceph Executive Council"): a definite noun phrase points back to it."""
        if not re.fullmatch(r"[a-z][a-z-]+(?:\s[a-z][a-z-]+){0,2}", text):
            return None
        if any(m.concept.kind != "local" for m in self.mentions(text, ("org", "role"))):
            return None  # "the customer": the vocabulary's party, whatever the page names
        words = text.split()  # "the executive council" after "Ceph Executive Council" too
        found = [
            p.ref
            for p in self.state.parties()
            if len(p.label.split()) > len(words)
            and [w.lower() for w in p.label.split()[-len(words) :]] == words
        ]
        if not found and len(words) > 1 and _PARTICIPLE.fullmatch(words[0]):
            return self._by_head_noun(" ".join(words[1:]))  # "the owning squad": the squad
        return found[0] if len(found) == 1 else None

    def _by_initialism(self, text: str) -> Ref | None:
        """The party whose name introduced ``text`` as its short form in parentheses
        ("Night Desk (ND)"): an initialism names the party it was given to."""
        if _ACRONYM.fullmatch(text) is None:
            return None
        return next((p.ref for p in self.state.parties() if text in p.alt_labels), None)

    def _spelled_out(self, text: str) -> str | None:
        """The words an initialism stands for where the page spells it out before it in
        parentheses, their initials spelling it and the last a person noun ("a release manager
        (RM)" for "RM"): the party's name, so "the RM" and a "Release manager" heading are one
        party, and the page's own definition makes "RM" a name even where it is written once."""
        if _ACRONYM.fullmatch(text) is None or not text.isalpha():
            return None
        if self._spelled is None:
            self._spelled = self._spelled_initialisms()
        return self._spelled.get(text)

    def _spelled_initialisms(self) -> dict[str, str]:
        """Every initialism the page spells out as a role's name ("a release manager (RM)"),
        found in one pass over its text: the first spelling of each."""
        found: dict[str, str] = {}
        text = self.state.doc.text
        for aside in _INITIALISM_ASIDE.finditer(text):
            short = aside.group("short")
            if short in found:
                continue
            start = max(0, aside.start() - _SPELLED_REACH)
            before = re.search(
                rf"(?<!\w)(?:[A-Za-z][\w-]*\s+){{{len(short)}}}$", text[start : aside.start()]
            )
            cut = before is not None and start + before.start() > 0
            if cut and before is not None and re.match(r"\w", text[start + before.start() - 1]):
                before = None  # the window cut a word: not where the name starts
            words = before.group(0).split() if before else []
            initials = "".join(w[0] for w in words).lower() == short.lower()
            if words and initials and self.state.lexicon.person_noun(words[-1]):
                found[short] = capitalize(" ".join(words))  # not "Service Level Agreement"
        return found

    def _record_names(
        self, entity: Entity, label: str, alternatives: list[str], defining: bool
    ) -> None:
        """A defining name becomes the label (the old one an alternative); "A / B" or "A or B"
        adds each alternative."""
        if defining and entity.label != label:
            self._add_alt(entity, entity.label)
            entity.label = label
            self.state.party_labelled(entity)
            entity.alt_labels = [a for a in entity.alt_labels if a != label]
        if len(alternatives) > 1:
            for alt in alternatives:
                alt_label = capitalize(alt)
                if alt_label != entity.label and alt_label not in entity.alt_labels:
                    entity.alt_labels.append(alt_label)

    def could_name(self, name: str, *, strict: bool = False) -> bool:
        """Whether ``name``, which no vocabulary knows, would make a party of its own (checked
        before creating it, so a sentence that states no duty creates no party)."""
        text = re.sub(r"^(?:the|a|an)\s+", "", expand(plain(name)).strip(), flags=re.I)
        return (
            len(text) <= _MAX_NAME
            and self._name_shaped(text)
            and self.state.lexicon.name_like(text)
            and self._proper_noun(text, strict=strict)
        )

    def is_proper_noun(self, name: str, *, strict: bool = False) -> bool:
        """Whether the page uses ``name`` as a proper noun (see ``_proper_noun``)."""
        return self._name_shaped(name) and self._proper_noun(name, strict=strict)

    def _name_shaped(self, text: str) -> bool:
        """Reads like a proper name (``_looks_like_name``), or an acronym followed by the
        unit it names in lower case ("the WSO platform", "ACR office"): a subject or person
        noun of the cue vocabulary."""
        if _looks_like_name(text):
            return True
        words = text.split()
        lexicon = self.state.lexicon
        return (
            2 <= len(words) <= 3
            and _ACRONYM.fullmatch(words[0]) is not None
            and all(w.islower() for w in words[1:])
            and (" ".join(words[1:]) in lexicon.subject_nouns or lexicon.person_noun(words[-1]))
        )

    def _proper_noun(self, name: str, *, strict: bool = False) -> bool:
        """A name no vocabulary knows is a party only if the page uses it as a proper noun:
        capitalised in the middle of a sentence ("… hosted by Nimbus") or never written in
        lower case; "Maintenance tasks" is a heading about maintenance, not a party."""
        known = self.state.proper_nouns.get((name, strict))
        if known is None:
            if _DOMAIN.fullmatch(name) or _BRAND_SPELLING.search(name):
                known = True  # "cloud.gov", "ClickHouse", "1Password"
            elif _ACRONYM_LED.fullmatch(name):
                known = True  # "SIG Release", "TSC Chair": a body's initials open its name
            else:
                phrases = self.state.phrases()
                inside = name in phrases.after_lower
                known = inside or (not strict and name.lower() not in phrases.written)
            self.state.proper_nouns[(name, strict)] = known
        return known

    def _site_product(self, entity: Entity) -> None:
        """A name a template variable stands for (``{{ product_name }}``) is the docs site's
        own product: its publisher provides the platform the page describes."""
        role = self.state.vocab.concept("role", "platform-provider")
        if role is not None and entity.attrs.get("role") == getattr(
            self.fallback_role(), "iri", ""
        ):
            entity.attrs["role"] = role.iri

    def fallback_role(self) -> Concept | None:
        """The role of a party no vocabulary knows: stated as unknown, never guessed."""
        return self.state.vocab.concept("role", "unspecified")

    def _spelled_otherwise(self, label: str) -> Entity | None:
        """A party of the page's own naming that ``label`` writes another way ("ExH",
        "ExtraHorizon" after "Extra Horizon"): it takes ``label`` as an alternative."""
        ref = self.state.spellings.find(label)
        if ref is None:
            return None
        party = self.state.facts.entities[ref]
        self._add_alt(party, label)
        self._register_local(ref, label)  # later text names it this way too
        return party

    def _find_or_create(
        self, label: str, org: Concept | None, role: Concept | None, span: Span, *, create: bool
    ) -> Ref | None:
        """The party of that organisation, else of that generic role, else of that label;
        created (unless ``create`` is false) when there is none yet."""
        facts = self.state.facts
        if org is not None:
            party = self.state.party_with("organization", org.iri)
            if party is not None:
                self._add_alt(party, label)
                return party.ref
            # A generic role party the text later names ("the cloud provider, AWS").
        elif role is not None and role is not self.fallback_role():
            same_role = self.state.party_with("role", role.iri)
            if same_role is not None:
                self._add_alt(same_role, label)
                return same_role.ref
        else:
            named = self.state.party_by_label(label) or self._spelled_otherwise(label)
            if named is not None:
                return named.ref
        if not create:
            return None
        if org is not None:
            key = slugify(org.notation or org.key)
        elif role is not None and role is not self.fallback_role():
            key = role.key  # one generic role party per document: a stable local name
        else:
            key = slugify(label)
        self.state.admit("party", len(self.state.parties()), span)
        ref = Ref("party", self.state.unique(key, "party"))
        attrs: dict[str, str] = {}
        if role is not None:
            attrs["role"] = role.iri
        if org is not None:
            attrs["organization"] = org.iri
        entity = Entity(ref, label, span=span, attrs=attrs)
        if org is not None and org.label != label:
            entity.alt_labels.append(org.label)
        facts.entities[ref] = entity
        self.state.party_added(entity)
        if org is None and (role is None or role is self.fallback_role()):
            self._register_local(ref, label)
        return ref

    def _register_local(self, ref: Ref, label: str) -> None:
        """Let later text name a party the vocabularies do not know ("Nimbus holds …")."""
        if self.state.local_names is None:
            self.state.local_names = LocalNames()
        labels = (label, *self._singular(label))
        concept = Concept(kind="local", key=ref.key, iri="", label=label, labels=labels)
        self.state.local_names.add(concept)
        self.state.spellings.add(label, ref)

    def _singular(self, label: str) -> tuple[str, ...]:
        """A plural role name's singular ("Application Teams" -> "Application Team"): a table
        header in the singular names the same party (a plural in the text already finds a
        singular name)."""
        words = label.split()
        last = words[-1] if words else ""
        if not last.endswith("s") or last.endswith("ss") or len(last) < 4:
            return ()
        single = last[:-1]
        if not self.state.lexicon.person_noun(single):
            return ()
        return (" ".join([*words[:-1], single]),)

    @staticmethod
    def _add_alt(entity: Entity, label: str) -> None:
        """Keep another short name of a party (not a descriptive phrase) as an alt label."""
        label = _POSSESSIVE.sub("", label).strip()
        if len(label.split()) > 4 or len(entity.alt_labels) >= _MAX_ALT_LABELS:
            return  # a descriptive phrase ("customers that deploy …"), or names enough
        if label.lower() != entity.label.lower() and label not in entity.alt_labels:
            entity.alt_labels.append(label)

    def address_role(self) -> None:
        """ "As site officer, it is your duty to …": the page speaks to a role of
        its own (no vocabulary knows it; a name ending in a person noun, not "As a result,
        you"), so its "you" is that role."""
        match = _AS_ROLE.search(self.state.doc.text)
        if match is None:
            return
        name = " ".join(plain(match.group("role")).split())
        last = name.split()[-1].lower() if name else ""
        lexicon = self.state.lexicon
        known = self.mentions(expand(name), ("org", "role"))  # "As an administrator": the reader
        generic = name.lower() in lexicon.subject_nouns  # "As an administrator": any reader
        if not (known or generic) and (
            last in lexicon.person_nouns or last in lexicon.subject_nouns
        ):
            self.state.reader_role = capitalize(name)

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


def names_one_party(parties: PartyResolver, text: str) -> bool:
    """The text is one party's name and nothing else ("Customers", "Acme")."""
    found = parties.mentions(expand(text), ("org", "role"))
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(text)


def link_generic_parties(facts: Facts, document: Document, vocab: Vocabularies) -> None:
    """A role-only party ("the CDN provider") is linked to the organisation the text names in
    that role, when it names exactly one (Fastly, the only CDN organisation on the page)."""
    named = {m.concept.key: m.concept for m in vocab.matchers["org"].find(document.text)}
    taken = {p.attrs.get("organization") for p in facts.of_kind("party")}
    for party in facts.of_kind("party"):
        if party.attrs.get("organization") or not party.attrs.get("role"):
            continue
        candidates = [
            org
            for org in named.values()
            if org.links.get("default_role") == party.attrs["role"] and org.iri not in taken
        ]
        if len(candidates) == 1:
            party.attrs["organization"] = candidates[0].iri
            taken.add(candidates[0].iri)


def _modified_generic(name: str, holders: list[Mention]) -> bool:
    """A name a page defines whose only vocabulary word is a bare generic head noun after
    words of its own ("Data provider", a role's hidden label "provider"): a role of the page,
    not the generic one."""
    if len(holders) != 1:
        return False
    found = holders[0]
    bare = found.text.strip().lower() in found.concept.hidden
    return bare and found.start > 0 and not name[found.end :].strip()


def find_vendor(document: Document, vocab: Vocabularies) -> Concept | None:
    """The organisation that wrote the document ("we"): the first one its title, first
    heading or opening paragraph names."""
    texts = opening_texts(document)
    authored = _metadata_author(document, vocab)
    if authored is not None:
        return authored  # "created_by: Rackspace Support": the page says who wrote it
    for text in texts:
        for m in vocab.matchers["org"].find(text):
            return m.concept
    return _named_author(document, texts)


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
            return Concept(kind="local", key=slugify(label), iri="", label=label, labels=(label,))
    return None


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


def _named_author(document: Document, texts: list[str]) -> Concept | None:
    """A vendor no vocabulary knows: a capitalised name that opens a sentence of the title or
    opening paragraph ("Tuist runs its own clusters …"), else one that owns what the opening
    names ("… apply to Acme's Managed Services"), and recurs on the page."""
    openers = [
        match.group("name")
        for text in texts
        for sentence in re.split(r"(?<=[.!?:;])\s+", text)
        if (match := _OPENING_NAME.match(sentence))
    ]
    owners = [m.group("name") for text in texts for m in _OWNING_NAME.finditer(text)]
    for name in [*openers, *owners]:
        count = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", document.text))
        if count >= 3 and load_lexicon().name_like(name) and _named_mid_sentence(name, document):
            key = slugify(name)
            return Concept(kind="local", key=key, iri="", label=name, labels=(name,))
    return None


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


_MAX_ALT_LABELS = 12
"""A party keeps at most this many other names (a page naming it thousands of ways is hostile)."""
_MAX_NAME = 60
"""The longest name no vocabulary knows that can be a party."""
_DOMAIN = re.compile(r"[a-z0-9][\w-]*\.(?:gov|com|io|org|net|dev|cloud|ai)")

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
_DETERMINER = re.compile(r"^(?:the|a|an|each|every|all)\s+", re.I)
_BRAND_SPELLING = re.compile(r"[a-z][A-Z]|^\d")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
_ACRONYM_LED = re.compile(r"[A-Z]{2,5}(?:\s+[A-Z][a-z]+){1,2}")
"""A name whose first word is initials and whose next words are capitalised ("SIG Release")."""
_INITIALISM_ASIDE = re.compile(r"\((?P<short>[A-Z]{2,8})\)")
"""An initialism in parentheses after the words it stands for ("a release manager (RM)")."""
_SPELLED_REACH = 400
"""How far before an initialism its spelled-out words are looked for (eight words of a name)."""
"""An acronym written in capitals ("WSO", "AC2")."""


def _looks_like_name(text: str) -> bool:
    """An unknown party name must read like a proper name: 1-5 capitalised words."""
    words = text.split()
    if len(words) == 1 and _DOMAIN.fullmatch(text):
        return True  # a domain name used as a brand ("cloud.gov")
    if not 1 <= len(words) <= 5:
        return False
    connectors = {"and", "&", "of", "for", "the", "de", "von"}
    if words[-1].lower() in connectors:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in connectors for w in words)


_POSSESSIVE = re.compile(r"['’]s?$")
_PLURAL_S = re.compile(r"(?<=[a-z])s$")
_YOU = re.compile(r"^(?:you|your|yours|yourself)$", re.I)
_AS_ROLE = re.compile(
    r"(?:^|[.!?]\s+|\n)As\s+(?:an?\s+|the\s+|your\s+)?\**(?P<role>[A-Za-z][A-Za-z -]{1,40}?)\**"
    r"\s*,?\s+(?:it\s+is\s+your\b|you(?:r)?\s+[a-z]+)"
)
"""The role a page addresses: "As **gate officer** it is your duty to …", "As the dock
captain, you lead …" (the role must end in a person noun: "As a result, you" is no role)."""
_ALTERNATIVES = re.compile(r"\s*/\s*|\s+or\s+")
"""Between the alternatives of a name ("A / B", "A or B")."""
_TRAILING_ASIDE = re.compile(r"\s*\((?:[^()]*)\)\s*$")


@lru_cache(maxsize=8192)
def _vocabulary_mentions(
    vocab: Vocabularies, text: str, kinds: tuple[str, ...]
) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """The vocabulary mentions ``PartyResolver.mentions`` finds in ``text``: all of them, and
    those it answers when the page's own names add none (kept: texts recur across readers and
    documents)."""
    found: list[Mention] = []
    for kind in _searched(kinds):
        found.extend(vocab.matchers[kind].find(text))
    return tuple(found), tuple(_kept(found, kinds) if found else ())


def _kept(found: list[Mention], kinds: tuple[str, ...]) -> list[Mention]:
    """Mentions of ``kinds`` (and of the page's own names), overlaps resolved."""
    return [
        m for m in without_overlaps(found) if m.concept.kind in kinds or m.concept.kind == "local"
    ]


@cache
def _searched(kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The vocabularies ``mentions`` searches for ``kinds``, in order: services too when
    organisations are wanted (a service name shadows the organisation inside it)."""
    return tuple(sorted(set(kinds) | ({"service"} if "org" in kinds else set())))


def _singular(text: str) -> str:
    """Singular of a plural role name ("Customers" -> "Customer"): one party, one label."""
    return _PLURAL_S.sub("", text) if not text.endswith("ss") else text


def _local(iri: str) -> str:
    """The last path segment of an IRI (a concept's key)."""
    return iri.rstrip("/").rsplit("/", 1)[-1]
