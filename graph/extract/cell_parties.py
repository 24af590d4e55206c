"""Which parties a table cell names: an owner cell ("Customer", "SAP / Customer", "Customer
(trial: Acme)"), a cell of clauses ("Provider operates, Tuist configures"), or none ("Client
library upgrades", a duty that opens with a party word; "Your infra", a place)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts import Ref
from ..text import plain
from .cues import expand
from .table_cells import TableCells

__all__ = ["CELL_PARTS", "CellParties"]

_QUALIFIED_OWNER = re.compile(
    r"^(?P<main>[^()]{2,40}?)\s*\((?P<when>[\w -]{2,30}):\s*(?P<who>[^():]{2,40})\)\s*$"
)
"""An owner cell with a second party under a condition ("Customer (trial: Acme)"): both
parties hold the row, the second while the condition lasts."""

_JOINED_PARTICIPLE = re.compile(r"^(?P<name>[A-Za-z][\w.&]*(?:\s[A-Z][\w.&]*)?)-(?P<verb>[a-z]+)\b")
"""A name joined to a participle by a hyphen ("Acme-managed", "Customer-operated")."""

_SPACED_PARTICIPLE = re.compile(
    r"^(?P<name>[A-Za-z][\w.&]*(?:\s[A-Z][\w.&]*)?)\s+(?P<verb>[a-z]+ed)"
    r"(?=$|\s+(?:via|on|in|using|through|with)\b)"
)
"""A name and a participle that ends the cell or opens how ("Acme managed via Auth0",
"Customer managed"): that party does it ("Customer managed keys" is a thing, not this)."""
_QUALIFYING_PREPOSITIONS = frozenset({"for"})
"""A preposition that opens a qualifier after a cell's name ("Customer for site ops"); "for"
is a not-a-name word of cue-words.ttl, so not among its cell qualifiers too."""

_BY_AGENT = re.compile(
    r"^(?:(?:fully|entirely|solely|jointly|completely|primarily)\s+)?"
    r"(?P<verbs>[a-z]+(?:(?:,\s*|\s+(?:and|&)\s+)[a-z]+){0,2})\s+by\s+(?:the\s+)?"
    r"(?P<who>[^,;:()]{1,40}?)(?:\s+(?:on|in|via|using|through|at|for|within)\b.*)?\.?$",
    re.I,
)
"""A cell naming its party as a passive's agent ("Managed by Acme", "Fully hosted and managed
by the customer", "Hosted by Acme on cloud of customer choice"): the agent holds the row."""
_SHARED_OF = re.compile(
    r"^shared(?:\s+responsibility)?\s+(?:of|between|by)\s+(?P<who>[^,;:()]{1,50}?)\.?$", re.I
)
"""A cell naming the parties that share the row ("Shared responsibility of Acme and customer",
"Shared between Acme and you")."""
_OPTION_LINE = re.compile(r"(?:^|\s+)(?:Option|Choice|Alternative)\s+(?:\d+|[A-Z])\s*:\s*")
"""A label of one of a cell's options ("Option 1: ", "Option B: "): what follows, up to the
next, is that option."""
CELL_PARTS = re.compile(r"\s*(?:,|/|(?<=\s)&|&(?=\s)|\+|;|\band\b|\bor\b)\s*")
"""Where a cell naming several parties splits ("SAP / Customer", "AWS and the customer"); an
ampersand inside a name ("W&B") joins."""


@dataclass
class CellParties(TableCells):
    """A table's cells read as names of parties."""

    def cell_parties(self, text: str, *, owner: bool = False) -> list[Ref] | None:
        """The parties a cell names ([] for Shared / N/A codes), or None when it names none.
        Under an owner header ("Responsible", "Owner") any short name is a party, and a cell
        of clauses ("Provider operates, Tuist configures") names each clause's subject;
        footnote marks are no part of a name ("Customer¹", "Customer (*2)")."""
        qualified = _QUALIFIED_OWNER.match(text.strip())
        if qualified:  # "Customer (trial: Acme)": the customer, and Acme during a trial
            first = self.cell_parties(qualified.group("main"), owner=owner)
            during = self._names([qualified.group("who")], owner=True)
            if first and during:
                return list(dict.fromkeys([*first, *during]))
        text = self.reader.lexicon.without_footnotes(text) or text
        if self._place(text):
            return None
        if (agents := self._agents(text)) is not None:
            return agents  # "Fully hosted and managed by Acme", "Shared responsibility of A and B"
        if (options := self._options(text, owner=owner)) is not None:
            return options  # "**Option 1**: Managed by Acme / **Option 2**: Customer managed"
        codes = self.codes(text)
        if codes is not None and all(c.relation is None or c.shared for c in codes):
            return []
        head = self._before_duty_word(text)
        parts = CELL_PARTS.split(head or text)
        short = len(text.split()) <= 6 or (
            len(parts) > 1 and all(len(self._named_part(p).split()) <= 2 for p in parts if p)
        )  # "Customer for site ops, Acme for product support": two qualified names
        refs = self._names(parts, owner=owner, owning=head is not None) if short else None
        said = len(text.split()) <= 4 and re.match(r"(?:you|we)\s+[a-z]+\b", text, re.I)
        if refs is None and (owner or said):
            refs = self._clause_subjects(parts)  # "Provider operates, Tuist configures", "You
            # configure it": who the clause's subject is
        named = re.match(r"^([^,]{1,40}),\s", text)
        if refs is None and owner and named:  # "Nimbus, on top of the storage it rents"
            refs = self._names([named.group(1)], owner=True)
        return refs or None

    def _agents(self, text: str) -> list[Ref] | None:
        """The parties of a passive's agent or of a shared row (``_BY_AGENT``, ``_SHARED_OF``:
        every verb an owner participle of cue-words.ttl, "managed", "hosted", every agent a
        party), else None."""
        stripped = plain(text).strip()
        found = _BY_AGENT.match(stripped)
        lexicon = self.reader.lexicon
        if found is not None:
            verbs = re.split(r",\s*|\s+(?:and|&)\s+", found["verbs"])
            if not all(verb.lower() in lexicon.owner_participles for verb in verbs):
                return None  # "Inspected by Acme": a deed, its verb part of the duty
        else:
            found = _SHARED_OF.match(stripped)
        if found is None:
            return None
        return self._names(CELL_PARTS.split(found["who"]), owner=True) or None

    def _options(self, text: str, *, owner: bool) -> list[Ref] | None:
        """The parties of a cell of labelled options ("**Option 1**: Fully hosted by Acme
        **Option 2**: Customer can bring their own scales"): every party an option names
        (by a name, an agent or the subject of its clause), None unless each option names one."""
        lines = [line for line in _OPTION_LINE.split(plain(text)) if line.strip()]
        if len(lines) < 2 or _OPTION_LINE.match(plain(text)) is None:
            return None
        refs: list[Ref] = []
        for line in lines:
            rest = line.strip()
            named = self.cell_parties(rest, owner=owner) or self._modal_subject(rest)
            if not named:
                return None
            refs.extend(named)
        return list(dict.fromkeys(refs))

    def _modal_subject(self, text: str) -> list[Ref] | None:
        """The party opening a clause with a modal ("Customer can bring their own scales")."""
        found = re.match(
            r"(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)\s+(?:can|may|must|will)\s", text
        )
        if found is None:
            return None
        return self._names([found["who"]], owner=True)

    def _place(self, text: str) -> bool:
        """A cell that names a party's place ("Your infra", "Acme account"): where, not who (a
        place noun of cue-words.ttl after words the cell's party mention does not cover)."""
        words = text.lower().split()
        if len(words) < 2 or words[-1] not in self.reader.lexicon.place_nouns:
            return False
        found = self.reader.parties.mentions(expand(text), ("org", "role"))
        return not (found and found[0].start == 0 and found[0].end == len(expand(text)))

    def _before_duty_word(self, text: str) -> str | None:
        """The names before a closing duty noun ("Nimbus Responsibility", "Nimbus & Customer
        Responsibility"): the noun says the words before it name who holds the row."""
        words = text.split()
        if len(words) < 2 or not self.reader.lexicon.duty_word(words[-1].strip(".*_")):
            return None
        head = " ".join(words[:-1]).strip(" *_")
        return head if head[:1].isupper() else None

    def _names(self, parts: list[str], *, owner: bool, owning: bool = False) -> list[Ref] | None:
        """Each part a party name (None as soon as one is not); ``owning`` parts stand before a
        duty noun ("Nimbus Responsibility"), so a name the page never writes in lower case is a
        party even where no sentence writes it mid-way."""
        resolver = self.reader.parties
        refs: list[Ref] = []
        for part in (self._named_part(p) for p in parts if p):
            if not re.search(r"[A-Za-z]&?[A-Za-z]", part):
                return refs if owner and refs else None  # "9x5*", "24/7": a value, no name
            found = resolver.mentions(expand(part), ("org", "role"))
            before = expand(part)[: found[0].start] if found else ""
            if re.search(
                r"\w", re.sub(r"^\W*(?:the|a|an|your|our|their)\s+", "", before, flags=re.I)
            ):
                # "Install client applications": a duty that mentions a party, not its name
                return refs if owner and refs else None
            if found and not owner and self._common_after(expand(part)[found[0].end :]):
                return None  # "Client library upgrades": a duty that opens with a party word
            ref = resolver.resolve_party(part, self.header_span, create=False)
            if ref is None:  # a name no vocabulary knows: under an owner header by position,
                # elsewhere only one the page writes as a proper noun inside a sentence, not a
                # capitalised value only cells hold ("Minutes", "Moderate")
                ref = resolver.resolve_party(
                    part, self.header_span, allow_unknown=True, strict=not (owner or owning)
                )
            if ref is None:
                return refs if owner and refs else None  # "Tuist, on top of the IdP"
            refs.append(ref)
        return refs

    def _named_part(self, part: str) -> str:
        """The name a cell's part opens with when the rest only qualifies it: a duty verb's
        participle joined to it ("Acme-managed services", "Customer-operated runtime with …":
        that party manages or runs the row) or a qualifier after it ("Customer for site ops")."""
        lexicon = self.reader.lexicon
        joined = _JOINED_PARTICIPLE.match(part) or _SPACED_PARTICIPLE.match(part)
        if joined and lexicon.participle(joined.group("verb")):
            return joined.group("name")
        words = part.split()
        for at, word in enumerate(words[1:4], start=1):
            if word.lower() in lexicon.cell_qualifiers | _QUALIFYING_PREPOSITIONS:
                return " ".join(words[:at])
        return part

    def _common_after(self, after: str) -> bool:
        """Words after a party's mention that make the cell a thing, not a name: a lower-case
        word that is not a person noun ("library upgrades"; not "team", not "(trial)")."""
        words = re.sub(r"\([^)]*\)", " ", after).split()
        lexicon = self.reader.lexicon
        if words and words[0].lower() in lexicon.cell_qualifiers:
            return False  # "Acme per request (Fee)": a qualifier of the party's duty
        return any(w[:1].islower() and not lexicon.person_noun(w.strip(".,;:")) for w in words)

    def _clause_subjects(self, parts: list[str]) -> list[Ref] | None:
        """The parties that open clauses ("Provider operates, Tuist configures access")."""
        resolver = self.reader.parties
        refs: list[Ref] = []
        for part in parts:
            words = part.split()
            if len(words) < 2 or not self.reader.lexicon.verb_base(words[1]):
                continue
            ref = resolver.resolve_party(words[0], self.header_span, allow_unknown=True)
            if ref is not None:
                refs.append(ref)
        return list(dict.fromkeys(refs)) or None
