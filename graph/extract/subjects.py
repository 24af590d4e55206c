"""Sentence subjects: which party a sentence's subject denotes.

A name of the vocabularies or of the page, a pronoun or "the team" (the passage's party), a
product or its team ("AKS support teams": its vendor), a proper name no vocabulary knows (made a
party only when a duty follows). The base of the sentence readers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Ref, Span
from ..lexicon import Lexicon
from ..vocabulary import Mention
from .cues import (
    ASIDE,
    COMPANY_SUFFIX,
    DOING_RELATIVE,
    LEADING_PHRASE,
    MODALS,
    OBLIGATION,
    PRONOUNS,
    TOGETHER,
    expand,
    unbracketed,
)
from .labels import capitalize
from .parties import PartyResolver
from .records import FactRecorder
from .state import Context, DocState, role_iri

__all__ = ["SubjectReader", "customer_work_team", "introduced_role", "run_thing_end"]

_PROPER_SUBJECT = re.compile(
    r"^(?!(?:Our|Your|Their|Its)\s)(?P<name>[A-Z0-9][\w.&-]*\+*(?:\s+[A-Z][\w.&-]*\+*){0,2}"
    r"|[a-z0-9][\w-]*\.(?:gov|com|io|org|net|dev|cloud|ai)"
    r"|[a-z]{1,3}[A-Z][a-z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})"
    rf"(?P<legal>{COMPANY_SUFFIX})?\s+(?=[a-z])"
)
"""A capitalised name opening a sentence ("GitLab provisions …", "Elastic Beanstalk does", a
brand spelled in small letters first: "eGov sends …",
"Docker, Inc. will …", a domain: "login.gov provides …"); a possessive opening one ("Our backup
plan runs …") names whose thing the subject is, not it."""
_SHORT_FORM = re.compile(r"(?:[Tt]he\s+)?(?P<short>[A-Z][A-Z0-9]{1,5})s?")
"""A short form as a subject, perhaps plural ("The PI", "RSEs"): a party the page named in
full whose initials it is."""
_CREW = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Z0-9][^\s]*(?:\s+[A-Z0-9][^\s]*){0,3})\s+"
    r"(?:teams?|staff|engineers|engineering\s+team|support\s+team|product\s+team)$"
)
"""A proper name followed by the people who act for it ("the Nimbus team")."""
_ADVERB_WORDS = r"(?:also|regularly|automatically|continuously|actively|periodically|always)"
_ROLE_PHRASE = re.compile(
    r"^(?:the|an?|each|every|all|any|some|many|most)\s+(?P<words>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
    r"(?:['’]s?)?$",
    re.I,
)
"""A definite noun phrase of one to four words ("the workspace lead", "each data steward")."""
_ACRONYM_NAME = re.compile(
    r"^(?:the\s+)?(?P<name>[A-Za-z][\w-]*(?:\s+[\w-]+){0,6}\s+\([A-Z][A-Z0-9&]{1,7}s?\))$"
)
"""A noun phrase that introduces its own acronym ("Participating member agencies (PMAs)"):
a name the page gives a party."""
_BARE_PLURAL = re.compile(
    r"^(?!(?:the|each|every|all|any|an?|this|that|these|those)\s)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}s$"
)
"""A lower-case plural noun phrase with no determiner ("instructors", "data stewards")."""
_PLURAL_OF = re.compile(
    r"^(?P<heads>[a-z][\w-]*s(?:/[a-z][\w-]*s){0,3})\s+of\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}$"
)
"""A bare plural of a person noun with what it holds ("owners of sensitive data", "authors/
owners of information or data"): a role the page names by what its people hold."""
_STATED_FIRST = re.compile(
    r"^(?P<subj>(?:the|this|that|each|every|our|your)\s+[^,]{1,40}?)\s+(?:is|are)\s+"
    r"(?:on|in|part\s+of|a\s+member\s+of|members\s+of)\s+[^,]{1,40}\s+and$",
    re.I,
)
"""A subject with a first predicate of where it belongs before "and" ("The DBA is on this team
and (is responsible for …)"): the subject is the noun phrase before it."""
_HELD_FIRST = re.compile(
    r"^(?P<subj>(?:(?:the|our|your|all|its)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
    r"(?:have|has|hold|holds|keep|keeps|retain|retains)\s+[^,;]{1,80},?\s+and$",
    re.I,
)
"""A subject with a first predicate of what it has before "and" ("Tenants have full control
of their data, and (are responsible for …)"): the subject is the noun phrase before it."""
_TEAM = re.compile(r"^(?:the|this|that)\s+(?:[\w-]+\s+)?team$", re.I)
"""``the team`` / ``the support team`` with no party before it: the writer's team."""
_APOSTROPHE_PLURAL = re.compile(r"^(?P<short>[A-Z]{2,6})['’]s$")
"""An initialism with "'s" and nothing it owns, as a subject ("PI's are …"): its plural."""
_LABELLED_SUBJECT = re.compile(r"^(?P<term>[A-Z][^:]{1,60}):\s+(?i:this|it|they)$")
"""A label, then a pronoun standing for it ("Facilitation: This (is the group of …)")."""
_EVERYONE = re.compile(
    r"(?:everyone|everybody|all\s+of\s+us|each\s+of\s+us)(?:\s+(?:in|at|on|of|working)\s+[^,]{1,40})?",
    re.I,
)
"""``Everyone (in the lab)``: every person the page speaks to, its readers."""
_TITLED_TEAM = re.compile(r"^(?i:the)\s+(?:[A-Z][\w-]*\s+)+(?:Team|Group|Desk)$")
"""``the Migrations Team``: a team the page names in capitals, a name, never the reader's."""
_WORK_TEAM = re.compile(r"^(?i:the)\s+(?P<work>[a-z][\w-]+)\s+team$")
"""``the operations team``: a team named by its work, a team of its own, no pronoun."""
_SOLD = re.compile(r"^(?P<det>the|this|our)\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z]+)$", re.I)
"""``This service``, ``our managed offering``: what the writer sells, standing for it."""
_POINTING = re.compile(
    r"^(?:this|that|these|those)\s+(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]*)$", re.I
)
"""A demonstrative and a noun ("These experts", "this specialist"): it points back."""
_POINTED_NAME = re.compile(
    r"^(?:this|that)\s+(?P<name>(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){1,3})$", re.I
)
"""A demonstrative before a capitalised name of two words or more ("This Cloud Foundation"):
the name the page gave, pointed back to."""


_MEANING = re.compile(
    r"^(?:[^.]{0,200}?,\s*(?:which\s+)?|(?:it|this|that)\s+)(?:means|meaning)\s+(?:that\s+)?", re.I
)
"""``Acme works on a shared model, which means that (A and B are responsible)``, ``It means
(teams are responsible)``: what the sentence says first is no part of the subject."""
_CONSUMERS = re.compile(
    r"^(?:(?:the|all|any|every|each)\s+)?"
    r"(?P<who>[a-z][\w-]*(?:\s+(?:or|and)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)"
    r"\s+(?P<how>using|that\s+use|who\s+use|on)\s+(?:the|this|our|your)\s+(?P<thing>[a-z][\w-]*)$",
    re.I,
)
"""People named by what they use ("teams or service areas using the platform", "developers
who use the service", "every team on the platform"): when the thing is a consumed noun of
cue-words.ttl, its customers."""


_FRAMED_SUBJECT = re.compile(
    r"^(?:throughout|in|during|for|within|under|across|after|before|when|once|on|at|with|"
    r"as\s+part\s+of)\s[^,]{3,160},\s+(?P<subj>(?!and\b|or\b|but\b)[^,]{2,60})$",
    re.I,
)
"""A subject after a leading phrase that sets the scene ("Throughout the life of an Acme
permit, independent inspectors"): the words after its comma."""
_OWNED_THING = re.compile(
    r"^(?:(?:each|every|the|a|an|any)\s+)?(?P<owner>[\w-]+(?:\s+[\w-]+)?)['’]s?\s+"
    r"(?P<rest>(?:[\w-]+\s+){0,5}?(?P<head>[a-z][\w-]*))$",
    re.I,
)
"""A subject that is a party's thing ("each customer's cargo and threat model"):
the thing, not the party, unless its head names people ("the customer's IT team")."""


def _party_thing(parties: PartyResolver, subj: str) -> bool:
    """Whether ``subj`` is a party's thing ("each customer's unique product and threat
    model"), not its people ("the customer's IT team") or another party ("Acme's vendor")."""
    owned = _OWNED_THING.match(subj)
    if owned is None or not parties.mentions(owned["owner"], ("org", "role")):
        return False
    head = owned["head"]
    return not (parties.state.lexicon.person_noun(head) or parties.mentions(head, ("org", "role")))


_RUN_THING = re.compile(
    r"^(?P<det>the|this|our)\s+(?P<words>(?:[A-Za-z][\w.&+-]*\s+){0,3}[A-Za-z][\w-]*)(?=\s|$)",
    re.I,
)
"""A determiner and up to four words ("The ACP hosting platform", "the Service"): perhaps
what the page's vendor runs, acting in its stead."""
_NO_MODIFIER = re.compile(r"['’]|^(?:of|for|in|on|to|and|or|your|their)$", re.I)
"""A word that cannot modify a product noun: a possessive, a preposition, a conjunction."""


def run_thing_end(lexicon: Lexicon, parties: PartyResolver, text: str) -> int | None:
    """Where a subject naming what the writer runs ends ("The Service ensures …", "The hosting
    platform restarts …": a product noun of cue-words.ttl after "the", "this" or "our" and up
    to three modifiers, none a possessive nor a role: "the customer service" is no product; a
    bare "the service" only as a defined term, in capitals); None when ``text`` does not open
    so. The vendor acts through it, as "our platform" does."""
    found = _RUN_THING.match(text)
    if found is None:
        return None
    words = found["words"].split()
    at = found.start("words")
    for index, word in enumerate(words):
        if _NO_MODIFIER.search(word):
            return None
        at = text.index(word, at) + len(word)
        if word.lower() in lexicon.product_nouns:
            mods = " ".join(words[:index])
            if not mods and found["det"].lower() == "the" and word.islower():
                return None  # "the service will refill X": perhaps what a buyer procures
            return None if mods and parties.mentions(mods, ("role",)) else at
    return None


def _sold(lexicon: Lexicon, parties: PartyResolver, subj: str) -> bool:
    """Whether the whole subject names what the writer sells or runs ("This service", "our
    managed offering", "The ACP hosting platform"): its vendor is the party."""
    sold = _SOLD.match(subj)
    if sold and lexicon.seller_phrase(f"{sold['det']} {sold['noun']}"):
        return True
    return run_thing_end(lexicon, parties, subj) == len(subj)


def consumers_named(lexicon: Lexicon, subject: str) -> bool:
    """Whether ``subject`` names people by what they use (``_CONSUMERS``), a consumed noun of
    cue-words.ttl: plural people who use it, or people (a person noun) on it ("every team on
    the platform"); not "the logs on the platform"."""
    found = _CONSUMERS.match(subject)
    if found is None or found["thing"].lower() not in lexicon.consumed_nouns:
        return False
    head = found["who"].split()[-1].lower()
    if found["how"].lower() == "on":
        return lexicon.person_noun(head)
    return head.endswith("s") or lexicon.person_noun(head)


_ADOPTERS = re.compile(
    r"^(?:(?:[Tt]he|[Aa]ll|[Aa]ny)\s+)?(?P<who>[A-Za-z][\w-]*s)\s+(?P<verb>[a-z]+ing)\s+"
    r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})$"
)
"""People named by the page's product they deploy or run ("Organizations deploying Nimbus",
"operators running Nimbus"): that vendor's customers."""
_RELATIVE_WHO = re.compile(
    r"\b(?:has|have|had|is|are|needs?|requires?)\s+(?:(?:one\s+or\s+more|an?|at\s+least\s+one)\s+)?"
    r"(?P<np>(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*))\s+who$",
    re.I,
)
"""A role introduced by what has it, then "who" ("Each yard has one or more keeper who (is
responsible for …)"): the role is the subject of the relative clause."""
_BOTH = re.compile(r"^\s*both\s+(?=\S+(?:\s+\S+){0,4}\s+(?:and|&)\s)", re.I)
"""The "both" of a coordination ("both A and B"): the conjuncts are A and B."""


_NAMED_TEAM = re.compile(r"\b(?:the|our|your|their)\s+(?P<name>[\w-]+)\s+teams?\b", re.I)
"""A team named by a word before "team" ("the nais team", "the product teams")."""


def _one_of_teams(state: DocState, subj: str) -> bool:
    """ "The product team" on a page that names two teams or more by a word of their own ("the
    nais team", "the product teams"): a party of its own, not a pronoun for the passage's party
    or the writer's team."""
    named = _NAMED_TEAM.fullmatch(subj.strip())
    if named is None or not subj.lower().startswith("the ") or not named["name"].islower():
        return False  # ("The YC team" in the "Yard crew" section: a name, read as before)
    teams = _team_words(state.doc.text)
    return len(teams) >= 2 and named.group("name").lower() in teams


@lru_cache(maxsize=8)
def _team_words(text: str) -> frozenset[str]:
    """The words a page names its teams by ("nais", "product"), found once per page."""
    return frozenset(m.group("name").lower() for m in _NAMED_TEAM.finditer(text))


def _singular(word: str) -> str:
    """A noun folded for comparing a role's head word ("Coordinators" ~ "coordinator")."""
    return word.lower().removesuffix("s")


_ROLE_OPENING = re.compile(
    r"^(?:(?P<det>the|an?|each|every|all|any)\s+)?(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
    r"\s+(?P<next>[a-z]+)\b",
    re.I,
)
"""A determiner (or none, before a plural) and up to four lower-case words, then the next
word ("The release captain will", "maintainers will")."""
_ROLE_OF_THING = re.compile(
    r"^(?P<det>the|an?)\s+(?P<head>[a-z]+)\s+of\s+(?:an?|the|each|every|any)\s+"
    r"(?P<thing>[a-z][\w-]*)\s+(?P<next>[a-z]+)\b",
    re.I,
)
"""A person noun and the thing it is for ("The owner of a crane must …")."""


def _role_of(text: str, lexicon: Lexicon) -> tuple[str, int] | None:
    """ "The owner of a crane is responsible for …": the role named as "the crane owner", and
    where the subject ends; None unless a person noun heads it and a verb follows."""
    found = _ROLE_OF_THING.match(text)
    if found is None or not lexicon.person_noun(found["head"].lower()):
        return None
    following = found["next"].lower()
    if not _AFTER_SUBJECT.match(following) and lexicon.third_person_base(following) is None:
        return None
    return f"{found['det']} {found['thing']} {found['head']}", found.end("thing")


_NOT_A_NAME = re.compile(
    r"(?<![\w-])(?:that|which|who|whom|whose|and|or|of|to|for|with|in|on|by|at|from|if|when|is|"
    r"are|be|was|were|will|must|should|shall|can|may|not)(?![\w-])",
    re.I,
)
"""Words no role's name holds: a relative, a conjunction, a preposition, a verb (not a part of
a hyphenated word: "the on-call engineer", "the stand-by lead")."""
_AFTER_SUBJECT = re.compile(rf"^(?:{MODALS}|is|are|has|have|needs?)$")
"""A modal or an auxiliary after a subject ("must", "are (expected to)", "needs (to)")."""
_CONJUNCTS = re.compile(r",?\s+(?:and|&)\s+", re.I)
_SPELLED_ACRONYM = re.compile(
    r"^(?P<det>(?i:the|each|every|all|any)\s+)?[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|of|and|for)){0,6}"
    r"\s+\((?P<acronym>[A-Z][A-Z0-9&]{1,7})\)\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    r"(?:\s*\([^()]*\))?$"
)
"""A unit named by its spelled-out name and acronym ("Widget Supply Office (WSO) crews",
"The Shelf Keeping (SK) crew (a unit of …)"): the acronym and the head noun name it."""
_SUPPLIED_OPENING = re.compile(
    r"^(?P<subject>(?:(?i:all|any|each|every|the)\s+)?(?P<mods>(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,3}?)"
    r"(?P<noun>(?i:[a-z]+))(?:\s+(?:and|or)\s+(?P<other>(?i:[a-z]+)))?(?:\s+itself)?"
    r"(?:\s*\([^()]*\))?(?:\s+(?:[a-z]+ed|accessible|available)\s+[^,;:.()]{1,50}?)?)"
    r"\s+(?=(?i:must|shall|should|(?:will\s+)?need\s+to|(?:are|is|will\s+be)\s+required\s+to|"
    r"(?:are|is|will\s+be)\s+subject\s+to\s+(?:the\s+)?requirements?\s+to)\s)"
)
"""A noun phrase with no name, perhaps a participle phrase after it ("All services accessible
over the Internet"), then an obligation: see ``supplied_subject``."""
_JOINED_ASIDE = re.compile(r"\s*\((?:and|or)\s+[^()]{1,40}\)")
"""A bracketed aside joining more people to a role ("Leads (and deputies)"): not its name."""


_KNOWN = ("org", "offering", "role", "service")
"""Kinds of vocabulary mention that make a modifier of "provider" a known one ("hosting")."""


class SubjectReader:
    """Resolves the subjects of sentences to parties (the base of the sentence readers)."""

    def __init__(self, state: DocState, parties: PartyResolver, records: FactRecorder) -> None:
        self.state = state
        self.parties = parties
        self.records = records

    def subject_party(self, subj: str, span: Span, ctx: Context) -> Ref | None:
        """The party a sentence subject denotes (a pronoun: the context's party)."""
        subj = _bare_subject(subj)
        if not subj:
            return ctx.party
        framed = _FRAMED_SUBJECT.match(subj)
        if framed:  # "Throughout the life of an Acme permit, inspectors (are responsible for:)"
            subj = framed["subj"]
        owned = _role_of(f"{subj} is", self.state.lexicon)
        if owned is not None and owned[1] == len(subj):
            subj = owned[0]  # "The owner of a crane (is responsible for X)": the crane owner
        if _party_thing(self.parties, subj):
            return None  # "Each customer's cargo and threat model play a role in …": a thing
        if _EVERYONE.fullmatch(subj):  # "Everyone in the lab is responsible for X": the readers
            return self.parties.resolve_party("you", span)
        own = re.fullmatch(r"this\s+(?P<noun>[a-z]+)", subj, re.I)
        if own and own.group("noun").lower() in self.state.lexicon.self_nouns:
            return self.parties.resolve_party("we", span)  # "this project will:": the writer
        if _one_of_teams(self.state, subj):  # "The product team", beside "the nais team"
            return self.role_subject(subj, span)
        if (named := _named_team(self.parties, subj, span)) is not None:
            return named  # "The platform team will:" after a "Platform team does" column
        if PRONOUNS.match(subj) and not _crew_of_party(self.parties, subj, ctx.party is None):
            # "the provider": the passage's party, else the name itself
            passage = _role_holder(self.state, self.parties, subj, self._passage_party(ctx))
            if passage is None and self.state.vendor is not None and _TEAM.match(subj):
                passage = self.parties.resolve_party("we", span)  # the page's vendor's team
            if passage is not None or not re.search(r"\s", subj):
                return passage
        if _sold(self.state.lexicon, self.parties, subj):  # "This service will:": its vendor
            return self.parties.resolve_party("we", span)
        pointing = _POINTING.match(subj)
        if pointing and self.state.lexicon.person_noun(pointing.group("head")):
            return _antecedent(self.state, pointing.group("head"), ctx)
        expecting = re.search(r"\b(?:that|whom)\s+(?P<s>you|we)$", subj, re.I)
        if expecting:  # "Acme runs services with the expectation that you (are responsible)"
            return self.subject_party(expecting.group("s"), span, ctx)
        headed = _customers_of(self.parties, subj, span)
        if headed is not None:
            return headed  # "Acme customers": the customers, not Acme
        if consumers_named(self.state.lexicon, subj):
            return self.parties.resolve_party("customers", span)  # "teams using the platform"
        adopters = _ADOPTERS.match(subj)
        if adopters and _adopts_vendor(self.state, self.parties, adopters, span):
            return self.parties.resolve_party("customers", span)  # "Organizations deploying X"
        introduced = introduced_role(subj, self.state.lexicon)
        if introduced:  # "Each project has one or more maintainer who (is responsible for X)"
            return self.named_role(f"the {introduced}", span, ctx)
        if _ends_in_section_role(self.state, subj, ctx):
            return ctx.party  # "The Nimbus Lamp officer" in the "Lamp Officer" section
        direct = self.parties.resolve_party(subj, span, allow_unknown=True)
        if direct is not None:
            return direct
        crew = _CREW.match(subj)
        if crew:  # "the Nimbus team", "Nimbus engineers": Nimbus
            named = self.parties.resolve_party(crew.group("name"), span, allow_unknown=True)
            if named is not None:
                return named
        product = self._product_subject(f"{subj} does", span)
        if product is not None and product[1] + 1 + self.state.lexicon.subject_noun_end(
            subj[product[1] :].lstrip() + " "
        ) >= len(subj):
            return product[0]  # "AKS support and engineering teams": the product's vendor
        relative = re.search(r"\b(?:that|which|whom)\s+(?P<s>.+)$", subj, re.I)
        if relative:  # "the specific items that cloud.gov (is responsible for)"
            inner = self.parties.resolve_party(relative.group("s"), span, allow_unknown=True)
            if inner is not None:
                return inner
        # "Oracle provides X, and you": the party nearest the verb is the subject
        for m in reversed(self.parties.mentions(expand(subj), ("org", "offering", "role"))):
            if m.concept.kind != "offering":
                ref = self.parties.resolve_party(m.text, span)
                if ref is not None:
                    return ref
        return self.named_role(subj, span, ctx)  # "the release captain", "instructors"

    def named_role(self, name: str, span: Span, ctx: Context) -> Ref | None:
        """A role the page names itself, with a determiner or as a bare plural ("the
        release captain", "instructors"): the section's own role when the head nouns match
        ("the coordinator" in the Event coordinator's section), else ``role_subject``."""
        name = _JOINED_ASIDE.sub("", name).strip(" .,;:")  # "Leads (and deputies)"
        if name[:1].isupper() and _BARE_PLURAL.match(name[:1].lower() + name[1:]):
            name = name[:1].lower() + name[1:]  # "Team captains …" opening a sentence
        holding = _PLURAL_OF.match(name[:1].lower() + name[1:])
        if holding and self.state.lexicon.person_noun(holding.group("heads").split("/")[-1][:-1]):
            # "Owners of sensitive information are responsible for …": those people's role
            return self.parties.resolve_party(capitalize(name), span, force=True, own=True)
        if _NOT_A_NAME.search(name):
            return None  # "the project expects that maintainers": a clause, not a name
        phrase = f"all {name}" if _BARE_PLURAL.match(name) else name
        if ctx.party is not None and _ROLE_PHRASE.match(phrase):
            held = self.state.facts.entities[ctx.party].label.split()
            if held and _singular(held[-1]) == _singular(phrase.split()[-1]):
                return ctx.party
        return self.role_subject(phrase, span)

    def role_subject(self, subj: str, span: Span) -> Ref | None:
        """A role the page names itself, as the subject of an explicit responsibility: "the
        workspace lead (is responsible for …)", "each data steward('s responsibility …)": a
        definite noun phrase whose head is a person noun ("lead", "steward", "team"), or a
        noun phrase that introduces its own acronym ("Member agencies (MAs)"), is a party,
        whatever the vocabularies know."""
        acronym = _ACRONYM_NAME.match(ASIDE.sub("", subj).strip(" ,"))
        if acronym is not None:  # "Member agencies (MAs) are responsible for …"
            return self.parties.resolve_party(acronym.group("name"), span, force=True)
        match = _ROLE_PHRASE.match(ASIDE.sub("", subj).strip(" ,"))
        if match is None:
            return None
        words = match.group("words").split()
        head = words[-1].lower()
        nouns = self.state.lexicon.person_nouns | self.state.lexicon.body_nouns
        if head not in nouns and head.removesuffix("s") not in nouns:
            return None
        if any(
            self.state.lexicon.verb_base(w.lower()) not in (None, w.lower()) for w in words[:-1]
        ):
            return None  # "the managed team", "the using lead": an inflected verb, no modifier
        label = capitalize(match.group("words"))
        generic = self.parties.mentions(label, ("org", "offering", "role"))
        own = (
            bool(generic)
            and all(m.concept.kind == "role" for m in generic)
            and generic[-1].end < len(label) - len(words[-1])
            and head not in self.state.lexicon.subject_nouns
        )  # "the data provider representative": the page's role, not the generic provider
        return self.parties.resolve_party(label, span, force=True, own=own)

    def co_subjects(self, subj: str, span: Span, ctx: Context) -> list[Ref]:
        """Each party of a coordinated subject ("The vault keeper and all users", "Acme and
        the customer"): every conjunct must name a party, a leading "the" is shared ("the
        lead and deputy steward"); [] when the subject is not such a coordination."""
        if _SPELLED_ACRONYM.match(subj.strip(" ,")):
            return []  # "The Supply and Storage (SAS) team": one unit, "and" inside its name
        parts = _conjuncts(subj)
        if not 2 <= len(parts) <= 3 or any(not p or len(p.split()) > 5 for p in parts):
            return []
        article = re.match(r"^(?:the|each|every|all|any)\s+", parts[0], re.I)
        refs: list[Ref] = []
        with self.state.probing() as created:
            for part in parts:
                ref = self.subject_party(part, span, ctx) or self.role_subject(part, span)
                if ref is None and article and not _ROLE_PHRASE.match(part):
                    ref = self.role_subject(article.group(0) + part, span)
                if ref is None and not article and re.fullmatch(r"[A-Za-z][\w\s-]*[a-z]s", part):
                    # "Site and Research Group leaders": a bare plural names the role as "the"
                    # does ("the research group leaders"), when a person noun heads it
                    ref = self.role_subject("the " + part, span)
                if ref is None:
                    break
                refs.append(ref)
        if len(refs) < len(parts) or len(set(refs)) < 2:
            # "Amendments, comments and suggestions must be addressed …": no coordination of
            # parties; a name made for its first conjunct stays only if a fact uses it
            self.state.tentative.update(created)
            return []
        return list(dict.fromkeys(refs))

    def _vendor_of(self, iri: str | None, span: Span) -> Ref | None:
        """The party of the organisation a product belongs to ("AKS" -> Microsoft)."""
        org = self.state.vocab.by_iri.get(iri or "")
        return self.parties.resolve_party(org.label, span) if org is not None else None

    def _product_subject(self, text: str, span: Span) -> tuple[Ref, int] | None:
        """A cloud service of the vocabulary as the subject ("AKS releases patches"): its
        provider does it."""
        found = self.state.vocab.matchers["service"].find(text[:80])
        if not found or re.sub(r"^(?:the|an?)\s+", "", text[: found[0].start], flags=re.I):
            return None
        end = found[0].end
        provider = found[0].concept.links.get("provider")
        end += _same_vendor_conjunct(self.state, text[end:], provider)
        rest = text[end:].lstrip()
        nouns = self.state.lexicon.subject_noun_end(rest)
        verb = re.match(rf"^(?:{_ADVERB_WORDS}\s+)*[a-z]+s\b", rest[nouns:])
        bound = re.sub(r"^(?:is|are)\s+", "", rest[nouns:])
        if not verb and not (nouns and OBLIGATION.match(bound)):
            return None  # "AKS clusters …": a noun compound, not the service acting
        party = self._vendor_of(provider, span)
        return (party, end) if party is not None else None

    def _passage_party(self, ctx: Context) -> Ref | None:
        """Who "it" / "the team" is: the section's party, else the last duty's."""
        if ctx.party is not None:
            return ctx.party
        return self.state.last_duty[0] if self.state.last_duty else None

    def supplied_subject(self, text: str, span: Span) -> tuple[Ref, int] | None:
        """A requirement on what a buyer procures, named by no name ("Services must support
        current browsers", "All IT services should use zero trust", "The IT service itself
        must document …"): (the supplier's party, where the subject ends). Only an obligation
        binds it; "the service will …" describes the service."""
        opening = _SUPPLIED_OPENING.match(text)
        nouns = self.state.lexicon.supplied_nouns
        if opening is None or not all(
            word.lower() in nouns or word.lower().removesuffix("s") in nouns
            for word in (opening.group("noun"), opening.group("other") or "service")
        ):
            return None  # "Services and software must …" both, not "Services and users …"
        if _NOT_A_NAME.search(opening.group("mods") or ""):
            return None  # "Changes to live services must …": not the services acting
        party = self.parties.resolve_party("supplier", span)
        return (party, opening.end("subject")) if party is not None else None

    def role_opening(self, text: str, span: Span, ctx: Context) -> tuple[Ref, int] | None:
        """A role phrase the page names itself opening a sentence, before its verb ("The
        coordinator should …", "All reviewers must …"): (its party, where it ends)."""
        lexicon = self.state.lexicon
        if (owned := _role_of(text, lexicon)) is not None:  # "The owner of a crane must …"
            party = self.subject_party(owned[0], span, ctx)
            return (party, owned[1]) if party is not None else None
        opening = _ROLE_OPENING.match(text)
        if opening is None:
            return None
        words = opening.group("words").split()
        for size in range(len(words), 0, -1):
            head = words[size - 1].lower()
            provider = size > 1 and head in ("provider", "providers")  # "The runner provider"
            body = head in lexicon.body_nouns  # "The institution must …": a body acts as one
            if not lexicon.person_noun(head) and not provider and not body:
                continue
            following = (words[size] if size < len(words) else opening.group("next")).lower()
            finite = (
                _AFTER_SUBJECT.match(following)
                or lexicon.third_person_base(following) is not None
                or (head.endswith("s") and lexicon.verb_base(following) == following)
            )
            if not finite and lexicon.third_person_base(head) is not None:
                continue  # "The squad leads the …": "leads" is the verb, not a "lead"
            if not finite:
                return None  # "the gate keeper machine", "the host operating system": a thing
            phrase = " ".join(words[:size])
            if _NOT_A_NAME.search(phrase):
                return None  # "The mission of administrators is …": not the role acting
            if opening.group("det"):
                phrase = f"{opening.group('det')} {phrase}"
            elif _BARE_PLURAL.match(phrase[:1].lower() + phrase[1:]):
                phrase = f"all {phrase[:1].lower()}{phrase[1:]}"  # "Reviewers must …"
            else:
                return None  # a singular with no article: a name, read as one elsewhere
            if provider and not self.parties.mentions(" ".join(words[: size - 1]), _KNOWN):
                # "The runner provider": a provider the page names, not the cloud provider
                party = self.parties.resolve_party(phrase, span, own=True, force=True)
            else:
                party = self.subject_party(phrase, span, ctx)
            end = opening.start("words") + len(" ".join(words[:size]))
            return (party, end) if party is not None else None
        return None

    def _proper_subject(
        self, text: str, holders: list[Mention], span: Span
    ) -> tuple[Ref | None, int, str] | None:
        """A capitalised name opening the sentence that the page uses as a proper noun, when
        no vocabulary party opens it: (its party, where it ends, the name when it is no party
        yet)."""
        if holders and holders[0].start == 0:
            return None
        vendor = self.state.vendor
        for label in vendor.labels if vendor is not None and vendor.kind == "local" else ():
            if not label[:1].islower():
                continue  # a capitalised name is read as a proper noun below
            named = re.match(rf"{re.escape(label)}(?=\s+[a-z])", text)
            writer = self.parties.resolve_party("we", span) if named else None
            if named and writer is not None:
                return (writer, named.end(), "")  # "dxw will …" after '… trading as "dxw"'
        product = self._product_subject(text, span)
        if product is not None:
            return (*product, "")
        name = _term_subject(text, self.state.doc.term_names) or _PROPER_SUBJECT.match(text)
        if name is None or self.parties.mentions(name.group("name"), ("service", "service_model")):
            return None  # "Amazon RDS Custom automates …", "The IaaS offering": not a party
        after = text[name.end("name") :].split(maxsplit=1)[:1]
        raw = "\n".join(self.state.doc.lines[span.start - 1 : span.end])
        if _in_code(raw, name.group("name")) or (after and _in_code(raw, after[0])):
            return None  # "`GateEvent` records …", "The QRS `purge` step": code
        found = self.parties.resolve_party(
            name.group("name"), span, allow_unknown=True, strict=True, create=False
        )
        legal = name.groupdict().get("legal")  # "Docker, Inc.": its legal form ends it
        end = name.end("legal") if legal else name.end("name")
        if found is not None:
            return (found, end, "")
        short = _SHORT_FORM.fullmatch(name.group("name"))
        spelled = self.state.spellings.find(short.group("short")) if short else None
        if spelled is not None and spelled in self.state.facts.entities:
            return (spelled, name.end("name"), "")  # "The PI sets …" under "Principal Investigator"
        following = text[name.end("name") :].split(maxsplit=1)
        role = f"{name.group('name')} {following[0].strip(',.')}" if following else ""
        if role and self.parties.resolve_party(role, span, create=False) is not None:
            return None  # "The NGI Operations manager is …": a role the page named, not the name
        if self.parties.could_name(name.group("name"), strict=True):
            return (None, end, name.group("name"))
        return None


def _same_vendor_conjunct(state: DocState, text: str, provider: str | None) -> int:
    """The length of "and <another name of the same vendor>" after a product ("AKS and
    Azure personnel are committed to …": one party acts), else 0."""
    pair = re.match(r"\s+(?:and|&)\s+", text)
    if pair is None or provider is None:
        return 0
    other = text[pair.end() : pair.end() + 80]
    for kind in ("service", "org"):
        found = state.vocab.matchers[kind].find(other)
        if not found or found[0].start != 0:
            continue
        concept = found[0].concept
        iri = concept.links.get("provider") if kind == "service" else concept.iri
        return pair.end() + found[0].end if iri == provider else 0
    return 0


def _antecedent(state: DocState, head: str, ctx: Context) -> Ref | None:
    """Whose people "these experts" are: the party of the last duty that named them
    ("Acme provides dedicated experts. These experts will: …"), else the section's party
    when its own name ends in the noun; never a party called "These experts"."""
    if state.last_duty is not None:
        party, _, phrase = state.last_duty
        if _singular(head) in {_singular(w) for w in re.findall(r"[\w-]+", phrase)}:
            return party
    if ctx.party is not None:
        held = state.facts.entities[ctx.party].label.split()
        if held and _singular(held[-1]) == _singular(head):
            return ctx.party
    return None


def _adopts_vendor(
    state: DocState, parties: PartyResolver, found: re.Match[str], span: Span
) -> bool:
    """Whether "<people> <verb>ing <Name>" names what customers do with a named party's
    product ("Organizations deploying Nimbus"): an adoption verb of cue-words.ttl, and the
    name is an organisation or a name the page already uses for a party (not a role)."""
    if found.group("verb").lower() not in state.lexicon.adoption_verbs:
        return False
    named = parties.resolve_party(found.group("name"), span, create=False)
    entity = state.facts.entities.get(named) if named is not None else None
    if entity is None:
        return False
    fallback = parties.fallback_role()  # a name the page uses: its role is unknown
    role = entity.attrs.get("role")
    return (
        "organization" in entity.attrs
        or role is None
        or (fallback is not None and role == fallback.iri)
    )


def _role_holder(
    state: DocState, parties: PartyResolver, subj: str, passage: Ref | None
) -> Ref | None:
    """ "The provider" after a customer's (or an unknown party's) sentence: the page's one
    party of the role the noun names, not that party; else ``passage``."""
    facts, vocab = state.facts, state.vocab
    if passage is None or passage not in facts.entities:
        return passage
    consumer = {vocab.concept("role", key) for key in ("customer", "unspecified")}
    own = facts.entities[passage].attrs.get("role")
    if own not in {c.iri for c in consumer if c is not None}:
        return passage
    if own == role_iri(vocab, "customer") and _TITLED_TEAM.match(subj):
        return None  # "You'll meet a manager. The Migrations Team will:": not the customer
    if customer_work_team(state, parties, subj, passage):
        return None  # "The operations team looks after X" after a customer's duty: not theirs
    roles = {m.concept.iri for m in parties.mentions(subj.split()[-1], ("role",))}
    if len(roles) != 1 or own in roles:
        return passage
    holders = [p.ref for p in facts.of_kind("party") if p.attrs.get("role") in roles]
    if len(holders) == 1:
        return holders[0]
    # "The provider shall …" where the page named no provider yet: not the customer
    return None if own == role_iri(vocab, "customer") else passage


def customer_work_team(
    state: DocState, parties: PartyResolver, phrase: str, passage: Ref | None
) -> bool:
    """Whether ``phrase`` is a team named by its work ("the operations team") where the
    passage's party is the customer: a team of its own, not the customer ("the team" alone
    still points back, and "the customer team" is theirs)."""
    work = _WORK_TEAM.match(phrase.strip(" .,;:*_"))
    if work is None or passage is None or passage not in state.facts.entities:
        return False
    held = state.facts.entities[passage].attrs.get("role")
    if held != role_iri(state.vocab, "customer"):
        return False
    return not parties.mentions(work["work"], ("org", "role"))


def _term_subject(text: str, terms: frozenset[str]) -> re.Match[str] | None:
    """A glossary term the page marks opening the sentence before its verb ("The Grant Office
    Hosting Group operates …"): the subject, however many words it has."""
    for term in sorted(terms, key=len, reverse=True):
        found = re.match(rf"(?:[Tt]he\s+)?(?P<name>{re.escape(term)})\s+(?=[a-z])", text)
        if found is not None:
            return found
    return None


def _ends_in_section_role(state: DocState, subj: str, ctx: Context) -> bool:
    """The subject is the section's role named with more words before it ("Nimbus Lamp
    officer" under "### Lamp Officer"): the role's name of two or more words, a person noun
    last, ends the subject."""
    if ctx.party is None:
        return False
    held = state.facts.entities[ctx.party].label.lower().split()
    words = subj.lower().split()
    return (
        len(held) >= 2
        and len(words) > len(held)
        and words[-len(held) :] == held
        and state.lexicon.person_noun(held[-1])
    )


def _named_team(parties: PartyResolver, subj: str, span: Span) -> Ref | None:
    """A party the page already named as "the <word> team" is ("The platform team" after a
    "Platform team does" column), not the writer's team."""
    if not _TEAM.match(subj) or len(subj.split()) != 3:
        return None
    return parties.resolve_party(subj, span, create=False)


def _conjuncts(subj: str) -> list[str]:
    """The names a coordinated subject joins ("both A and B", "A, B, and C all", "the lamp
    vendors (Acme and Zeta) and C": asides, a leading "both", a trailing "all" left out)."""
    subj = _BOTH.sub("", _MEANING.sub("", subj))  # "both the Acme team and Acme customers"
    subj = unbracketed(TOGETHER.sub("", ASIDE.sub("", subj).strip(" ,")))
    parts = [p.strip(" ,") for p in _CONJUNCTS.split(subj)]
    if len(parts) == 2 and "," in parts[0]:  # "A, B, and C", "A, B and C"
        parts = [*(p.strip() for p in parts[0].split(",")), parts[1]]
    return parts


def introduced_role(subj: str, lexicon: Lexicon) -> str:
    """The role a subject introduces by what has it, before "who" ("Each yard has one or more
    keeper who"): its noun phrase, a person noun last; else ""."""
    who = _RELATIVE_WHO.search(subj)
    return who.group("np") if who and lexicon.person_noun(who.group("head")) else ""


def _crew_of_party(parties: PartyResolver, subj: str, unowned: bool) -> bool:
    """ "the Acme team" where Acme is a party the page or a vocabulary knows, or, in a
    passage no heading gives to a party (``unowned``), a proper name the page uses as one:
    that party's people, not "the team" of the passage (under "## Yard crew", "the YC team"
    is the yard crew)."""
    crew = _CREW.match(subj)
    name = expand(crew.group("name")) if crew else ""
    if not name:
        return False
    found = parties.mentions(name, ("org", "role"))
    if found and found[0].start == 0 and found[0].end == len(name):
        return True
    return unowned and parties.could_name(name)  # "the Nimbus team" before Nimbus is one


def _customers_of(parties: PartyResolver, subj: str, span: Span) -> Ref | None:
    """A generic role's name after an organisation's or the page's own party's ("Acme
    customers", "the Acme customer", "On Acme Professional customers"): the role is the head
    noun, the name (with a plan's or a kind's word or two) its modifier."""
    text = expand(subj).strip()
    found = parties.mentions(text, ("org", "offering", "role"))
    if len(found) != 2 or found[-1].concept.kind != "role" or found[-1].end < len(text):
        return None
    between = text[found[0].end : found[-1].start].split()
    if found[0].concept.kind == "role" or len(between) > 2:
        return None  # two roles, or a phrase between the name and the role
    if not all(w[:1].isupper() or (w.isalpha() and w.islower()) for w in between):
        return None  # "Acme Professional customers", "Acme cloud users": a plan's, a kind's
    if re.sub(
        r"^(?:(?:on|in|with|for|under)\s+)?(?:the|an?)?\s*", "", text[: found[0].start], flags=re.I
    ).strip():
        return None  # (after a plan's preposition: "On Acme Professional customers are …")
    return parties.resolve_party(found[-1].text, span)


_ONE_OF = re.compile(
    r"^(?:at\s+least\s+|exactly\s+)?(?:one|two|some|each|any|several|many)\s+of\s+(?=(?:our|the|your)\s)",
    re.I,
)
"""A count of a group before it ("One of our engineers", "At least one of the admins"): the
group is the subject."""


_DOING_RELATIVE = re.compile(rf"^{DOING_RELATIVE}$", re.I)
"""A subject with what it does in a relative clause: the head noun is the subject."""


def _bare_subject(subj: str) -> str:
    """A sentence subject without what only frames it: its meaning clause, leading phrase and
    asides ("PIs (and deputies)"), a plural written "PI's", a label before a pronoun
    ("Facilitation: This"), a spelled-out initialism ("Widget Supply Office (WSO) crews": the
    WSO crews), a clause after it ("The DBA sits in this crew and"), a demonstrative before a
    name the page uses ("This Cloud Foundation": the Cloud Foundation), a relative clause of
    what it does ("The engineer who blasts the rock": the engineer)."""
    subj = ASIDE.sub("", LEADING_PHRASE.sub("", _MEANING.sub("", subj))).strip(" ,")
    subj = _JOINED_ASIDE.sub("", subj)
    subj = _APOSTROPHE_PLURAL.sub(r"\g<short>s", subj)
    labelled = _LABELLED_SUBJECT.match(subj)
    if labelled:
        subj = labelled.group("term")
    spelled = _SPELLED_ACRONYM.match(subj)
    if spelled:
        subj = f"{spelled.group('det') or ''}{spelled.group('acronym')} {spelled.group('head')}"
    if not subj:
        return ""
    stated = _STATED_FIRST.match(subj) or _HELD_FIRST.match(subj)
    if stated:
        subj = stated.group("subj")
    pointed = _POINTED_NAME.match(subj)
    if pointed:
        subj = f"the {pointed.group('name')}"
    doing = _DOING_RELATIVE.match(subj)
    if doing:
        subj = doing.group("head")
    return _ONE_OF.sub("", subj)  # "One of our engineers": our engineers


def _in_code(raw: str, word: str) -> bool:
    """Whether the page wrote ``word`` as code (in backticks): an identifier, no party's name
    and no verb."""
    return bool(word) and re.search(rf"`{re.escape(word)}`", raw) is not None
