"""Bold-titled list items under a party's heading: "**Daily snapshots** - Acme takes a snapshot
every day" names its duty in the title; the text explains it, and a clause of the text whose
subject is another party ("…, but you have to set up alerting") is that party's duty.

A bold title that names a role over duty fragments without a subject ("**Archive Keeper**:
clerk who holds the vault. Responsible for nightly checksums.", "**Gate Warden**: Manages the
keys.") defines that role: each fragment is its duty."""

from __future__ import annotations

import re

from ..document import ListItem
from ..facts import Ref, Span
from ..text import plain, sentences
from .cues import RESPONSIBLE_WORD, expand, negated
from .definitions import definition_duty, identifies
from .labels import trim
from .parties import names_one_party
from .readers import BlockReader
from .state import Context

__all__ = ["THEY", "VERBISH", "TitleItems"]

_ABSTRACT = re.compile(r"[a-z](?:ity|ness|ment|ion|ance|ence|ing|age|ure)$")
"""The endings of an abstract noun: a quality, an act or a topic ("Flexibility", "Storage")."""

_AND_VERB = re.compile(r"^(?P<conj>(?:and|or)\s+)(?P<verb>[a-z]+s)\b")
"""A verb coordinated with the fragment's first one, before their shared object."""
_SOMEONE_WHO = re.compile(r"^(?:an?|the)\s+[^,.;:]{1,60}?\s+who\s+[a-z]", re.I)
"""A fragment that defines its subject as a person: "A storage provider who keeps depots"."""
_FRAGMENT_VERB = re.compile(r"^(?P<verb>[A-Za-z][\w-]*)\s+(?P<obj>\S.*?)\.?$", re.S)
"""A fragment that opens with its verb ("Manages the keys"): its subject is the item's title."""
_RELATIVE_WHICH = re.compile(r"^which\s", re.I)
"""``Controls which apply to …``: a plural noun and its relative clause, not a verb and its
object (a verb's object clause says what, not "which …" of a thing)."""
_BARE_NOUN = re.compile(r"^[a-z]")
"""A definition without its article ("clerk who holds the vault")."""

_BUT_CLAUSE = re.compile(r",?\s+but\s+(?=\w)", re.I)
"""``…, but you have to …``: a clause that may name another party."""
_CONDITION = re.compile(r"^(?:if|when|once|after|before|where|unless)\b[^,]{0,160},\s*", re.I)
_ARTICLE_START = re.compile(r"^(?:the|a|an)\s+", re.I)
THEY = re.compile(r"^\s*They\s+(?=[a-z])")
"""A sentence whose subject is the item's bold term ("They load the containers")."""
VERBISH = re.compile(r"\b(?:is|are|must|should|will|can|may)\b", re.I)
"""A verb that makes a short text a statement rather than a title."""
_NAME_SERIES = re.compile(r"^[A-Z][\w/&-]*(?:,\s+[A-Z][\w/&-]*)+,?\s+and\s+\S.*$")
"""``Security, Quality and DevOps Lead``: a role named by a series of its areas."""
_NOUN_SERIES = re.compile(
    r"^[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,4}(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})+"
    r",?\s+(?:and|or)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}\.?$"
)
"""``Day-to-day code maintenance, pull request reviews, and issue triage``: a series of three
or more short lower-case noun phrases (no names, no clause), the activities of a role."""
_DOING = re.compile(r"^\s*[A-Z][a-z]+ing\s+(?!is\b|are\b)\w")
"""``Enforcing TLS for data in transit``: the text after a title is the duty itself (what the
party does), not sentences that explain the title."""
_CLAUSE_WORD = re.compile(r"\b(?:who|which|that|whose|with|has|have|had)\b", re.I)


class TitleItems(BlockReader):
    """Reads list items whose bold title is the duty."""

    def names_duty(self, term: str, rest: str, party: Ref, span: Span, ctx: Context) -> bool:
        """A bold title that names a duty ("**Scaling storage**", "**Daily snapshots**") over a
        dash (a definition; "**X**:" runs into a statement) and sentences that explain it, in
        a list under a party's heading; not a bold sentence or party name, nor a title the
        text hands on ("**Data** - You are responsible …")."""
        words = plain(term).split()
        if not (ctx.named_by_heading and ctx.party == party) or not 0 < len(words) <= 8:
            return False
        if re.search(r"[.?!;:]", term) or VERBISH.search(term) or RESPONSIBLE_WORD.search(rest):
            return False
        if _DOING.match(plain(rest)):
            return False
        named = self.parties.mentions(expand(plain(term)), ("org", "role"))
        if named and named[0].start == 0:  # "**Customer** - …": a party, not a duty
            return False
        return len(list(sentences(rest))) >= 1

    def explained(
        self, item: ListItem, bold: re.Match[str], party: Ref, span: Span, ctx: Context
    ) -> None:
        """The title as the party's duty; a clause of the explanation whose subject is
        another party ("…, but you have to set up alerting") is that party's duty."""
        term = plain(bold.group("term")).strip()
        description = expand(plain(item.text))
        duty = self.records.duty(party, trim(term), description, span)
        if duty is not None:
            self.state.last_duty = (party, duty, trim(term))
        rest = bold.group("rest")
        for start, end in sentences(rest):
            for clause in _BUT_CLAUSE.split(rest[start:end]):
                subject = self._clause_party(expand(plain(clause)), span, ctx)
                if subject is not None and subject != party:
                    sub = Context(ctx.section, subject, ctx.models, ctx.open_subjects)
                    self.prose.statement(clause.strip().rstrip(",") + ".", span, sub, in_item=False)

    def _clause_party(self, clause: str, span: Span, ctx: Context) -> Ref | None:
        """The party a clause opens with, after a condition ("If X, you'll have to …")."""
        body = _CONDITION.sub("", clause.strip())
        found = self.parties.mentions(body, ("org", "role"))
        if not found or _ARTICLE_START.sub("", body[: found[0].start]).strip():
            return None
        return self.parties.resolve_party(found[0].text, span)

    def they_the_role(self, term: str, said: str, span: Span) -> str:
        """ "**Dock Team**: Yard staff. They load the containers": a bold term that names a
        role (its last word a person noun: "team", "officer") is the "they" of its
        item's sentences, so it becomes a party, even one no vocabulary knows."""
        name = " ".join(plain(term).split()).rstrip(":")
        words = name.split()
        they = THEY.match(said)
        lexicon = self.state.lexicon
        if they is None or not 1 < len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return said
        last = words[-1].lower()
        if last not in lexicon.person_nouns and last.rstrip("s") not in lexicon.person_nouns:
            # "**Nightly Copies**: Kept a week. They copy the ledgers": the thing the term
            # names, no party's deed (nor the role of the item before)
            return said if self.parties.mentions(name, ("org", "offering", "role")) else ""
        if self.parties.resolve_party(name, span, force=True) is None:
            return said
        return f"{name} {said[they.end() :]}"

    def _names_a_party(self, name: str, span: Span) -> bool:
        """Whether a bold title names a known party, not a thing of one ("**Tenant
        Configuration**": a thing of the tenant's, which an item may tell the reader to do;
        "**Tenant Admin**" still names a person)."""
        if names_one_party(self.parties, name):
            return True
        if self.parties.resolve_party(name, span, create=False) is None:
            return False
        found = self.parties.mentions(expand(name), ("org", "role"))
        tail = expand(name)[found[-1].end :].split() if found else []
        lexicon = self.state.lexicon
        return (
            not tail or lexicon.person_noun(tail[-1]) or tail[-1].lower() in lexicon.subject_nouns
        )

    def role_item(self, term: str, rest: str, span: Span, ctx: Context) -> bool:
        """ "**Archive Keeper**: clerk who holds the vault. Responsible for the checksums.":
        a bold title of a few capitalised words over fragments that leave out their subject
        (a role's definition, "Responsible for X", a verb in the third person) is a role the
        page defines, each fragment its duty. Under a party's own heading the title must end
        in a person noun or the text define it ("**Backups**: Manages X" is that party's)."""
        name = " ".join(plain(term).split()).rstrip(":")
        words = name.split()
        if not 0 < len(words) <= 5 or re.search(r"[.?!;=]", name) or VERBISH.search(name):
            return False  # ("**R = Responsible** - The person who …": a key's entry, no role)
        if rest.rstrip().endswith(":"):
            return False  # "**Technical**: Adds support for:": a lead-in to its sub-items
        lexicon = self.state.lexicon
        if "," in name and not (_NAME_SERIES.match(name) and lexicon.person_noun(words[-1])):
            return False
        if name.lower() in lexicon.notice_labels | lexicon.suggestions:
            return False  # "**Important**: Requires a key", "**Note**: …": a notice, no role
        ranges = list(sentences(rest))
        fragments = [expand(plain(rest[a:b])).strip() for a, b in ranges]
        someone = self._defined_someone(words, fragments)
        if not self._role_cased(words) and not someone:
            return False
        known = self._names_a_party(name, span)
        duties = [
            self._fragment_duty(f, first=i == 0) or (f if known and lexicon.imperative(f) else None)
            for i, f in enumerate(fragments)
        ]  # "**Customer**: Configure X": a party the vocabulary knows, told what to do
        if known and fragments and identifies(fragments[0], lexicon):
            duties[0] = None  # "**Customer**: The company that signs the order form": who
        if len(fragments) == 1 and duties[0] is None and lexicon.person_noun(words[-1]):
            duties = [self._activities(fragments[0])]
        stated = zip(fragments, duties, strict=True)
        if not fragments or not any(duties) or any(negated(f) for f, d in stated if d):
            return False
        defines = duties[0] is not None and not self._verb_first(fragments[0])
        person = lexicon.person_noun(words[-1]) or defines or someone
        if ctx.named_by_heading and ctx.party is not None and not person:
            return False
        if self.parties.mentions(expand(name), ("service", "offering")):
            return False
        party = self.parties.resolve_party(name, span, force=True, defining=True)
        if party is None:
            return False
        description = expand(plain(f"{name}: {rest}"))
        sub = Context(ctx.section, party, named_by_heading=True)
        for (start, end), duty, fragment in zip(ranges, duties, fragments, strict=True):
            acting = _FRAGMENT_VERB.match(fragment) if duty is not None else None
            head = lexicon.third_person_base(acting["verb"]) if acting is not None else None
            defined = definition_duty(fragment, lexicon) is not None
            if acting is not None and head is not None and not defined:
                # "Runs the meeting, and signs contracts": each verb phrase in the base form
                self.records.add_duties(
                    party,
                    self._second_verb(acting["obj"]),
                    description,
                    span,
                    head=head,
                    verb=acting["verb"],
                )
            elif duty is not None:
                self.records.add_duties(party, duty, description, span)
            else:
                self.prose.statement(rest[start:end], span, sub, in_item=False)
        return True

    def _role_cased(self, words: list[str]) -> bool:
        """A role's name in title case ("Archive Keeper"), or in sentence case when its last
        word is a person noun ("Archive keeper", "Shelf lead"); one abstract noun
        ("Flexibility", "Storage", "Monitoring") names a quality or a topic, no role."""
        if len(words) == 1 and _ABSTRACT.search(words[0]):
            return self.state.lexicon.person_noun(words[0])
        if all(w[:1].isupper() for w in words if len(w) > 3 and w.isalpha()):
            return True
        return words[0][:1].isupper() and self.state.lexicon.person_noun(words[-1])

    def _second_verb(self, obj: str) -> str:
        """ "(Installs) and maintains the racks": the second verb of a pair sharing the
        object in its base form too ("install and maintain the racks")."""
        pair = _AND_VERB.match(obj)
        base = self.state.lexicon.third_person_base(pair["verb"]) if pair else None
        return f"{pair['conj']}{base}{obj[pair.end('verb') :]}" if pair and base else obj

    def _defined_someone(self, words: list[str], fragments: list[str]) -> bool:
        """A name in sentence case ("Depot provider") whose first fragment defines it as
        someone ("A storage provider who does depot keeping": "who" speaks of a person), with
        more fragments after it: a glossary entry for a role."""
        if len(fragments) < 2 or not words[0][:1].isupper():
            return False
        return _SOMEONE_WHO.match(fragments[0]) is not None

    @staticmethod
    def _activities(fragment: str) -> str | None:
        """A role's one fragment that is a series of activity nouns ("Code maintenance, pull
        request reviews, and issue triage"): the series, each noun phrase a duty."""
        if not _NOUN_SERIES.match(fragment) or _CLAUSE_WORD.search(fragment):
            return None
        return fragment.rstrip(".")

    def _verb_first(self, fragment: str) -> bool:
        """The fragment opens with a duty verb in the third person ("Manages the keys")."""
        match = _FRAGMENT_VERB.match(fragment)
        return match is not None and self.state.lexicon.third_person_base(match["verb"]) is not None

    def _fragment_duty(self, fragment: str, *, first: bool) -> str | None:
        """The duty a subject-less fragment states: a role's definition ("staff member
        responsible for X", "Responsible for X"; the first fragment also without its article:
        "clerk who holds X") or a verb in the third person ("Manages X" -> "manage X")."""
        lexicon = self.state.lexicon
        duty = definition_duty(fragment, lexicon)
        if duty is None and first and _BARE_NOUN.match(fragment):
            duty = definition_duty(f"a {fragment}", lexicon)
        match = _FRAGMENT_VERB.match(duty if duty is not None else fragment)
        if duty is not None and (match is None or lexicon.third_person_base(match["verb"]) is None):
            return duty
        if match is not None and _RELATIVE_WHICH.match(match["obj"]):
            return None  # "Controls which a customer inherits": a kind of control, no duty
        base = lexicon.third_person_base(match["verb"]) if match is not None else None
        return f"{base} {match['obj']}" if match is not None and base is not None else None
