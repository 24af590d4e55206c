"""Party look-up: the vocabulary mentions in a text and the parties a page has named so far.

``PartyLookup`` is the base of ``PartyResolver`` (parties.py): it finds mentions, tells whether
an unknown name is a proper noun, points a head noun or an initialism back to the party the
page named first, and finds or creates a party entity, keeping its other names.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from ..facts import Entity, Ref, Span
from ..lexicon import Lexicon, load_lexicon
from ..text import plain, slugify
from ..vocabulary import Concept, Mention, Vocabularies, without_overlaps
from .cues import COMPANY_SUFFIX, LEGAL_END, expand
from .labels import capitalize
from .state import DocState, LocalNames

__all__ = [
    "MAX_NAME",
    "PartyLookup",
    "defined_product",
    "looks_like_name",
    "name_word_party",
    "page_short_form",
    "site_product",
]


_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ing|ed)")
_RANK_BEFORE = re.compile(r"\b[A-Za-z]+[-\s]+$")
"""The word right before a mention, with its space or hyphen ("Vice ", "Sub-")."""
"""A participle before a head noun ("the owning squad", "the assigned crew"): it picks out
which one, the head noun still names the party."""
_MAX_ALT_LABELS = 12
"""A party keeps at most this many other names (a page naming it thousands of ways is hostile)."""
MAX_NAME = 60
"""The longest name no vocabulary knows that can be a party."""
_DOMAIN = re.compile(r"[a-z0-9][\w-]*\.(?:gov|com|io|org|net|dev|cloud|ai)")
_BRAND_SPELLING = re.compile(r"[a-z][A-Z]|^\d")
"""A brand's own spelling ("ClickHouse", "eGov", "1Password"): a proper noun."""
_TITLE_WORD = re.compile(r"\s+([A-Z][a-z]+)\b")
"""A title-case word after a name ("Ferrovia Systems")."""
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,7}")
"""An acronym written in capitals ("WSO", "AC2")."""
_ACRONYM_LED = re.compile(r"[A-Z]{2,5}(?:\s+[A-Z][a-z]+){1,2}")
_LEGAL_NAME = re.compile(rf"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,3}}{COMPANY_SUFFIX}")
"""A capitalised name with a company's legal form after it ("Quarrytech Ltd", "Nimbus Inc.")."""
"""A name whose first word is initials and whose next words are capitalised ("SIG Release")."""
_INITIALISM_ASIDE = re.compile(r"\((?P<short>[A-Z]{2,8})\)")
"""An initialism in parentheses after the words it stands for ("a release manager (RM)")."""
_OWN_INITIALISM = re.compile(
    r"(?P<name>(?:(?:[A-Z][\w&.'’-]*|of|for|and|the|de)\s+){1,7}?)"
    r"\(\s*[\"“'‘]?(?P<short>[A-Z]{2,8})[\"”'’]?\s*\)"
    r"|(?<![\w-])(?P<lead>[A-Z]{2,8})\s+[–—]\s+(?P<spelled>[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|of|for|and|the|de)){0,6})"
)
"""An initialism the page gives a proper name as its short form: after the name in parentheses
(Northern Computing Centre ("NCC")), or before it after a dash (NCC – Northern Computing
Centre)."""
_SPELLED_REACH = 400
"""How far before an initialism its spelled-out words are looked for (eight words of a name)."""
_POSSESSIVE = re.compile(r"['’]s?$")


_NO_SPELLING = re.compile(r"[:|]|\S\s+you$", re.I)
"""What no other name of a party holds: a label's colon, a cell separator, or words before a
second-person "you" ("Shared You": a cell's value run into the sentence after it)."""


class PartyLookup:
    """Finds vocabulary mentions in text and the party entities names denote."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self._spelled: dict[str, str] | None = None
        """Initialisms the page spells out as roles' names (found once, when first asked)."""
        self._own_initialisms: frozenset[str] | None = None
        """Initialisms the page gives its own names, not the vocabulary's (found once)."""

    def mentions(self, text: str, kinds: tuple[str, ...]) -> list[Mention]:
        """Vocabulary mentions of ``kinds`` (and of parties named only in this document),
        longest first; a service name ("Amazon EC2") shadows the organisation inside it."""
        found, kept = _vocabulary_mentions(self.state.vocab, text, kinds)
        if found and any(m.concept.kind == "role" and m.text.isupper() for m in found):
            found, kept = self._without_own_initialisms(found, kept, kinds)
        local = self.state.local_names
        named = local.find(text) if "org" in kinds and local is not None else []
        # "Ferrovia Systems …": the page's "Ferrovia" with the word closing its trading name
        named = [_with_trading_word(self.state.lexicon, text, m) for m in named]
        mentioned = _kept([*found, *named], kinds) if named else list(kept)
        if not mentioned or not self.state.lexicon.may_rank(text):
            return mentioned  # no rank prefix in the text: no mention follows one
        return [m for m in mentioned if not self._after_rank(text, m)]

    def _without_own_initialisms(
        self, found: tuple[Mention, ...], kept: tuple[Mention, ...], kinds: tuple[str, ...]
    ) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
        """Role mentions that are an initialism the page gave an organisation of its own ("NCC"
        as the page's short name of a computing centre, not the vocabulary's role): dropped, so
        the initialism names the page's party."""
        if self._own_initialisms is None:
            self._own_initialisms = _own_initialisms(self.state.doc.text, self.state.vocab)
        own = self._own_initialisms
        if not own or not any(m.text in own for m in found if m.concept.kind == "role"):
            return found, kept
        left = [m for m in found if not (m.concept.kind == "role" and m.text in own)]
        return tuple(left), tuple(_kept(left, kinds) if left else ())

    def _after_rank(self, text: str, mention: Mention) -> bool:
        """Whether a role mention follows a rank prefix ("Vice President", "Sub-editor"): the
        name of another role, not a mention of this one."""
        before = _RANK_BEFORE.search(text, 0, mention.start)
        return before is not None and self.state.lexicon.ranked(text[before.start() :])

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

    def _by_clipped_noun(self, text: str) -> Ref | None:
        """The one party whose name ends in the word a clipped person noun (cue-words.ttl)
        opens: "the admin" or "Admins" after "Nimbus depot administrators"; for a name of
        several words, the one party it names word for word but for clipped words ("App
        Teams" after "Application team", ``_clipped_name``)."""
        bare = text.lower().removesuffix("s")
        if bare not in self.state.lexicon.clipped_nouns:
            return _clipped_name(self.state, text)
        found = [
            p.ref
            for p in self.state.parties()
            if (last := p.label.split()[-1].lower()).startswith(bare) and len(last) > len(bare) + 2
        ]
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
        party, and the page's own definition makes "RM" a name even where it is written once.
        "" for the initialism of a document or rule ("Acceptable Use Policy (AUP)"): no party."""
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
            elif words and initials and self._document_word(words[-1]):
                found[short] = ""  # "Acceptable Use Policy (AUP)": a document, never a party
        return found

    def _document_word(self, word: str) -> bool:
        """A head noun of a document or a written rule ("Agreement", "Policy", "Terms")."""
        lower = word.lower()
        lexicon = self.state.lexicon
        return lower in lexicon.document_nouns or lower in lexicon.rulebooks

    def _record_names(
        self, entity: Entity, label: str, alternatives: list[str], defining: bool
    ) -> None:
        """A defining name becomes the label (the old one an alternative); "A / B" or "A or B"
        adds each alternative."""
        if defining and entity.label != label:
            _add_alt(entity, entity.label)
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
        if text in self.state.doc.term_names or page_initialism(self.state, text) is not None:
            return True  # a glossary term the page marks ({term}`Grant Office`)
        if page_short_form(self.state, text):
            return True  # "ITS", after "IT Solutions (ITS)"
        return (
            len(text) <= MAX_NAME
            and self._name_shaped(text)
            and self.state.lexicon.name_like(text)
            and self._proper_noun(text, strict=strict)
        )

    def is_proper_noun(self, name: str, *, strict: bool = False) -> bool:
        """Whether the page uses ``name`` as a proper noun (see ``_proper_noun``)."""
        return self._name_shaped(name) and self._proper_noun(name, strict=strict)

    def _name_shaped(self, text: str) -> bool:
        """Reads like a proper name (``looks_like_name``), or an acronym followed by the
        unit it names in lower case ("the WSO platform", "ACR office"): a subject or person
        noun of the cue vocabulary."""
        if looks_like_name(text):
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
            elif _made_product(self, name):
                known = False  # "Acme Gate is a security solution that …": a thing sold
            elif _LEGAL_NAME.fullmatch(name):
                known = True  # "Nimbus Inc. develops X": a firm by its legal form
            elif _ACRONYM_LED.fullmatch(name):
                known = True  # "SIG Release", "TSC Chair": a body's initials open its name
            elif _titled_with(
                name, self.state.lexicon.department_nouns | self.state.lexicon.company_words
            ):
                known = True  # "Platform Engineering", "Ferrovia Systems": a team's, a firm's
            else:
                phrases = self.state.phrases()
                inside = name in phrases.after_lower
                known = inside or (not strict and name.lower() not in phrases.written)
            self.state.proper_nouns[(name, strict)] = known
        return known

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
        _add_alt(party, label)
        self._register_local(ref, label)  # later text names it this way too
        return party

    def _one_of_several(self, party: Entity, role: Concept) -> bool:
        """An organisation the page names beside others of the same role ("cloud providers like
        A, B or C"): the bare role word ("the cloud provider") names none of them in particular."""
        return "organization" in party.attrs and self.state.orgs_in_role(role.iri) > 1

    def _find_or_create(
        self, label: str, org: Concept | None, role: Concept | None, span: Span, *, create: bool
    ) -> Ref | None:
        """The party of that organisation, else of that generic role, else of that label;
        created (unless ``create`` is false) when there is none yet."""
        facts = self.state.facts
        if org is not None:
            party = self.state.party_with("organization", org.iri)
            if party is not None:
                _add_alt(party, label)
                return party.ref
            # A generic role party the text later names ("the cloud provider, AWS").
        elif role is not None and role is not self.fallback_role():
            same_role = self.state.party_with("role", role.iri)
            if same_role is not None and not self._one_of_several(same_role, role):
                _add_alt(same_role, label)
                return same_role.ref
        else:
            named = (
                self.state.party_by_label(label)
                or self._spelled_otherwise(label)
                or self._trading_name(label)
            )
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
        if self.state.probe_created is not None:
            self.state.probe_created.append(ref)
        if org is None and (role is None or role is self.fallback_role()):
            self._register_local(ref, label)
            if (short := page_initialism(self.state, label)) is not None:  # "the RC", "a RC"
                _add_alt(entity, short)
                self._register_local(ref, short)
        return ref

    def _trading_name(self, label: str) -> Entity | None:
        """The party a company's trading name is, by the short name the page also uses
        ("Ferrovia Systems" after "Ferrovia"); it takes the trading name as an alternative."""
        short = _short_name(self.state.lexicon, label)
        party = self.state.party_by_label(short) if short else None
        if party is not None:
            _add_alt(party, label)
        return party

    def _register_local(self, ref: Ref, label: str) -> None:
        """Let later text name a party the vocabularies do not know ("Nimbus holds …"), by
        its short name too ("Ferrovia" after "Ferrovia Systems")."""
        if self.state.local_names is None:
            self.state.local_names = LocalNames()
        short = _short_name(self.state.lexicon, label)
        labels = (label, *_singular(self.state.lexicon, label), *((short,) if short else ()))
        concept = Concept(kind="local", key=ref.key, iri="", label=label, labels=labels)
        self.state.local_names.add(concept)
        for name in (label, short) if short else (label,):
            self.state.spellings.add(name, ref)


def site_product(lookup: PartyLookup, entity: Entity) -> None:
    """A name a template variable stands for (``{{ product_name }}``) is the docs site's
    own product: its publisher provides the platform the page describes."""
    role = lookup.state.vocab.concept("role", "platform-provider")
    if role is not None and entity.attrs.get("role") == getattr(lookup.fallback_role(), "iri", ""):
        entity.attrs["role"] = role.iri


def _made_product(lookup: PartyLookup, name: str) -> bool:
    """Whether the page defines ``name`` as a product right after its maker, an organisation
    the vocabulary knows ("Acme Gate is a security solution", of "Gate")."""
    text = lookup.state.doc.text
    for found in _product_pattern(name).finditer(text):
        window = text[max(0, found.start() - _MAKER_REACH) : found.start()]
        head = window.rstrip()
        makers = lookup.mentions(head, ("org",)) if head != window else []
        if any(m.end == len(head) for m in makers) and _sold(found["rest"]):
            return True
    return False


_MAKER_REACH = 80
"""How far before a product's name its maker's name is looked for."""


def defined_product(name: str, texts: list[str]) -> bool:
    """Whether ``texts`` define ``name`` as a thing sold: "<name> is a (managed) service",
    "… is an add-on product that …" (a product noun of cue-words.ttl within four words, ending
    the noun phrase: not "a service provider")."""
    pattern = _product_pattern(name)
    return any(_sold(found["rest"]) for text in texts for found in pattern.finditer(text))


def _sold(rest: str) -> bool:
    """Whether the words after "is a" name a thing sold (a product noun ending its phrase)."""
    nouns = load_lexicon().product_nouns
    words = re.findall(r"[\w-]+|[^\w\s]", rest)[:5]
    return any(
        word in nouns and not (after[:1].isalpha() and after not in _PHRASE_ENDS)
        for word, after in zip(words, [*words[1:], ""], strict=True)
    )


_PHRASE_ENDS = frozenset(
    ("that", "which", "for", "to", "used", "from", "by", "with", "in", "on", "of", "where")
)
"""Words after a noun that end its noun phrase ("a hosted offering| that runs …")."""


@lru_cache(maxsize=256)
def _product_pattern(name: str) -> re.Pattern[str]:
    """``<name> is a …``."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}\s+is\s+(?:a|an|the)\s+(?P<rest>.*)")


def _clipped_name(state: DocState, text: str) -> Ref | None:
    """The one party whose name is ``text`` word for word, a clipped word (cue-words.ttl)
    standing for one that it opens, either way: "Application Team" after "App Teams"."""
    clipped = state.lexicon.clipped_words
    words = [w.lower().removesuffix("s") for w in text.split()]
    if len(words) < 2:
        return None

    def same(a: str, b: str) -> bool:
        short, full = sorted((a, b), key=len)
        return a == b or (short in clipped and full.startswith(short))

    found = [
        p.ref
        for p in state.parties()
        if len(theirs := [w.lower().removesuffix("s") for w in p.label.split()]) == len(words)
        and theirs != words
        and all(same(a, b) for a, b in zip(words, theirs, strict=True))
    ]
    return found[0] if len(found) == 1 else None


def page_initialism(state: DocState, name: str) -> str | None:
    """The initialism the page gives ``name`` (or its singular) in parentheses ("A Resource
    Centre (RC) is …"): the page's own term, a name though its words are common ones; not
    a document's ("Operational Level Agreement (OLA)"). None when it gives none."""
    spelled = _initialled_names(state.doc.text, _documents(state))
    text = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I).lower()
    return spelled.get(text) or spelled.get(text.removesuffix("s"))


def page_short_form(state: DocState, name: str) -> bool:
    """Whether the page gives ``name`` as an initialism of a name it spells out ("ITS" after
    "IT Solutions (ITS)"): the page's own name, though it reads as a common word."""
    return name in _initialled_names(state.doc.text, _documents(state)).values()


def _documents(state: DocState) -> frozenset[str]:
    """Nouns of documents and rules: their initialisms name no party."""
    return state.lexicon.document_nouns | state.lexicon.rulebooks


@lru_cache(maxsize=8)
def _initialled_names(text: str, documents: frozenset[str]) -> dict[str, str]:
    """The names (lower case) the page spells out before an initialism of their capitalised
    words' initials ("Resource Centre (RC)"), but a document's or a rule's name: each name's
    initialism."""
    names: dict[str, str] = {}
    for found in _OWN_INITIALISM.finditer(text):
        words = [w.strip("'’\"“”") for w in (found.group("name") or "").split()]
        for start in range(len(words) - 1):  # "Introduction A Resource Centre": from "Resource"
            tail = words[start:]
            capitals = "".join(_initial(w) for w in tail if w[:1].isupper())
            if tail[0][:1].isupper() and capitals == found.group("short"):
                if not {tail[-1].lower(), tail[-1].lower().removesuffix("s")} & documents:
                    names.setdefault(" ".join(tail).lower(), found.group("short"))
                break
    return names


def _initial(word: str) -> str:
    """A word's part of an initialism: its first letter, or a short one in capitals whole
    ("IT" of "IT Solutions (ITS)")."""
    return word if word.isupper() and len(word) <= 3 else word[0]


def _own_initialisms(text: str, vocab: Vocabularies) -> frozenset[str]:
    """Initialisms the page introduces as a proper name's short form whose spelled-out
    name is none of the vocabulary's names of the role the initialism also stands for
    ("Cloud Service Customer (CSC)" is the vocabulary's role; "Northern Computing Centre
    (CSC)" is the page's own party)."""
    own: set[str] = set()
    for found in _OWN_INITIALISM.finditer(text):
        short = found.group("short") or found.group("lead")
        name = (found.group("name") or found.group("spelled") or "").strip()
        words = name.split()
        while words and not words[0][:1].isupper():
            words = words[1:]  # "for the Northern …": the name starts at a capital
        if not words or short in own:
            continue
        named = " ".join(words)
        roles = [m.concept for m in vocab.matchers["role"].find(short)]
        if not roles:
            continue
        spelled = {m.concept for m in vocab.matchers["role"].find(named)}
        if not spelled & set(roles) and not vocab.matchers["org"].find(named):
            own.add(short)
    return frozenset(own)


def name_word_party(parties: list[Entity], text: str) -> Ref | None:
    """The one party of the page whose name ``text``, one capitalised word, shortens: the last
    word of a name whose other words are capitalised too ("Platform" for "Quarrytech Platform";
    not "Nutanix" for "Nutanix customer", a role, nor for "Nutanix Cloud", a product of the
    company Nutanix), or the word before a domain's dot ("Platform" for "Platform.io"). None
    when no party's name, or more than one, holds it, or when it is the whole of a name."""
    if re.fullmatch(r"[A-Z][a-z]{2,}", text) is None:
        return None
    found = {p.ref for p in parties if _shortens(text, p.label)}
    word = text.lower()
    whole = any(word in (p.label.lower(), *(a.lower() for a in p.alt_labels)) for p in parties)
    return next(iter(found)) if len(found) == 1 and not whole else None


def _shortens(word: str, name: str) -> bool:
    """Whether ``word`` is the last word of the proper name ``name`` (see ``name_word_party``)."""
    words = name.split()
    if len(words) == 1:
        return re.fullmatch(rf"{re.escape(word)}\.[a-z]{{2,6}}", name, re.I) is not None
    return words[-1].lower() == word.lower() and all(w[:1].isupper() for w in words[:-1])


def looks_like_name(text: str) -> bool:
    """An unknown party name must read like a proper name: 1-5 capitalised words."""
    words = text.split()
    if len(words) == 1 and _DOMAIN.fullmatch(text):
        return True  # a domain name used as a brand ("cloud.gov")
    if not 1 <= len(words) <= 5:
        return False
    connectors = {"and", "&", "of", "for", "the", "de", "von"}
    if words[-1].lower() in connectors:
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in connectors or _BRAND_SPELLING.match(w)
        for w in words
    )  # "eGov Foundation": a brand spelled in small letters first


@lru_cache(maxsize=8192)
def _vocabulary_mentions(
    vocab: Vocabularies, text: str, kinds: tuple[str, ...]
) -> tuple[tuple[Mention, ...], tuple[Mention, ...]]:
    """The vocabulary mentions ``PartyLookup.mentions`` finds in ``text``: all of them, and
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


def _titled_with(name: str, nouns: frozenset[str]) -> bool:
    """A title-case name of two or three words ending in one of ``nouns`` (a department's:
    "Platform Engineering"; a company's: "Ferrovia Systems")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and (words[-1].lower() in nouns)
    )


def _with_trading_word(lexicon: Lexicon, text: str, mention: Mention) -> Mention:
    """A page's own name followed by a word that closes a trading name ("Ferrovia" in
    "Ferrovia Systems provides …"): the mention takes that word too."""
    follow = _TITLE_WORD.match(text, mention.end)
    if follow is None or follow.group(1).lower() not in lexicon.company_words:
        return mention
    return replace(mention, end=follow.end(), text=text[mention.start : follow.end()])


def _short_name(lexicon: Lexicon, label: str) -> str:
    """A trading name's short form ("Ferrovia Systems" -> "Ferrovia", "Nimbus Inc" ->
    "Nimbus"), else ""."""
    legal = _LEGAL_NAME.fullmatch(label)
    if legal is not None and " " in label:  # "Nimbus Inc" -> "Nimbus"
        return LEGAL_END.sub("", label).strip()
    words = label.split()
    if len(words) != 2 or not _titled_with(label, lexicon.company_words):
        return ""
    return words[0]


def _singular(lexicon: Lexicon, label: str) -> tuple[str, ...]:
    """A plural role name's singular ("Application Teams" -> "Application Team"): a table
    header in the singular names the same party (a plural in the text already finds a
    singular name)."""
    words = label.split()
    last = words[-1] if words else ""
    if not last.endswith("s") or last.endswith("ss") or len(last) < 4:
        return ()
    single = last[:-1]
    if not lexicon.person_noun(single):
        return ()
    return (" ".join([*words[:-1], single]),)


def _add_alt(entity: Entity, label: str) -> None:
    """Keep another short name of a party (not a descriptive phrase) as an alt label."""
    label = _POSSESSIVE.sub("", label).strip()
    if len(label.split()) > 4 or len(entity.alt_labels) >= _MAX_ALT_LABELS:
        return  # a descriptive phrase ("customers that deploy …"), or names enough
    if _NO_SPELLING.search(label):
        return  # "Responsibility: Shared You", "| Total You": a cell's words, no name
    if label.lower() != entity.label.lower() and label not in entity.alt_labels:
        entity.alt_labels.append(label)
