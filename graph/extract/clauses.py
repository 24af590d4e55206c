"""Clauses of one sentence: where a second party's clause starts.

"A does X, and you are responsible for Y", "… whereas you, the customer, are …", "Acme sets
the rules and the customer must provide the locks", "… as Nimbus Labs operates the hosts": each
party's clause is read on its own, so a second party never becomes part of the first one's
objects. The base of ``ProseReader`` (graph/extract/prose.py).
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from .actions import ActionSentences
from .cues import ADVERBS, FINITE, LEADING_PHRASE, RESP, RESP_TO, expand
from .object_first import RESP_OF
from .parties import PartyResolver, names_one_party

__all__ = ["PERSON_SUBJECT", "ClauseReader", "party_opening"]

PERSON_SUBJECT = re.compile(r"^(?:we|you)\s", re.I)
"""A sentence whose subject is the writer or the reader."""
_PERSON_VERB = re.compile(r"^(?:we|you)\s+(?:also\s+|will\s+|must\s+)?(?P<verb>[a-z]+)\b", re.I)
"""The writer or the reader and a verb ("…, and we ship the patches"): a clause of its own."""
_PERSON_CLAUSE = re.compile(r"(?:^|[\s,])(?:we|you)\s+[a-z]{2,}\s+\S", re.I)
"""A clause of the writer or the reader with its own verb and object ("you run the yard")."""
_NAME_VERB = re.compile(
    r"^[A-Z][\w.&+-]*(?:\s+[A-Z][\w.&+-]*){0,2}\s+(?:(?:also|then|[a-z]{3,}ly)\s+){0,2}"
    r"(?P<verb>[a-z]+s)\b"
)
"""A capitalised name and the verb after it ("Nimbus manages", "Nimbus then automatically
runs")."""
_CONTRAST_OPENING = re.compile(r"^(?:while|whilst|whereas|although|though)\s+", re.I)
"""A sentence opened by a clause of contrast ("While Acme manages A and B, …")."""
_PERSON_BOUND = re.compile(r"(?:you|we)\s+(?:\w+ly\s+)?(?:shall|must|agree\s+to)\s+(?!not\b)", re.I)
"""The reader or the writer, bound by a modal, opening a clause after a bare "and" ("… and
you shall comply with their instructions")."""
_MODAL_CONJUNCT = re.compile(
    r"^(?:also\s+)?(?:must|should|shall|needs?\s+to|has\s+to|have\s+to|"
    r"(?:is|are)\s+(?:required|expected|obliged)\s+to)\s+(?:also\s+)?[a-z]{3,}\s",
    re.I,
)
"""A verb phrase of its own after "and", bound by its own modal ("… and must sign it")."""
_BINDING = re.compile(
    r"\b(?:must|should|shall|needs?\s+to|has\s+to|have\s+to|required\s+to|responsible)\b",
    re.I,
)
"""A first clause already bound ("must back up A and must encrypt B"): its verb series."""
_NEW_CLAUSE = re.compile(
    r"^(?:it|this|that|there|these|those)\s+(?:is|are|was|were|will|can|may|might)\b", re.I
)
"""A clause of its own after a comma ("…, and it is recommended that …")."""
_ELIDED_RESP = re.compile(
    r"(?:the\s+)?(?:responsibility|duty|job|task)\s+of\s+\S"
    r"|[^,;]{2,40}?['’]s\s+(?:responsibility|duty|job|task)\s+to\s",
    re.I,
)
"""A second "it is X's responsibility to" whose "it is" the sentence leaves out ("It is the
tenant's responsibility to A, and the responsibility of Acme to B")."""
_COLON_CLAUSE = re.compile(r"(?:the|your|our|their|each|every|you|we)\s", re.I)
"""A subject that can open a clause after a colon ("X is self-hosted: your team runs it"),
where a bare noun ("X handles: customer requests") is more often the colon's objects."""
_THING_PASSIVE = re.compile(
    r"^(?:(?:all|any|the|this|that|these|those|each|every|our|your)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
    r"\s+(?:is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b",
    re.I,
)
"""A clause that says what is done to a thing ("All information is provided …")."""
_BOUND_SUBJECT = re.compile(
    r"(?:(?:the|each|every|an?|you|we)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:must|shall|should|will|"
    r"agrees?\s+to)\s",
    re.I,
)
"""A short subject and a modal of duty ("(… and) the user shall hold …")."""
_SECOND_CLAUSE = re.compile(
    r"(?:\s+(?:or|and)\s+(?:the\s+|an?\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s))?"
    rf"(?:,\s+[^,]{{1,40}},)?\s+(?:{ADVERBS}\s+)*(?:is|are|must|should|will|shall|can|may|remains?|"
    r"takes?|has|have|needs?|agrees?)\b",
    re.I,
)
"""What follows the party opening a second clause (``…, and you are …``, ``…, and the customer
or end user is …``)."""
_NOUN_SUBJECT = re.compile(
    r"(?:the|an?|each|every|your|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}", re.I
)
"""A noun phrase no vocabulary needs to know as a subject ("the user", "each night clerk")."""
_NOUN_VERB = re.compile(
    r"^(?:the|each|every)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:just\s+|only\s+|simply\s+)?"
    r"(?P<verb>[a-z]+s)\s+(?:the|a|an|its|their|your|his|her)\s",
)
"""A noun phrase and a finite verb of its own (``the end user just uses the software``)."""
_SHORT_CLAUSE = 200
"""The longest "and <duty> is your responsibility" clause looked for (each "and" of a long
hostile sentence would cost a pass over the rest)."""
_PROPER_ACTOR = re.compile(
    r"^(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(?:[a-z]{3,}ly\s+)?(?P<verb>[a-z]+s)\b"
)
"""A capitalised name and a verb in the third person ("Nimbus Labs fully operates")."""
_PLURAL_VERB = re.compile(
    r"^[a-z][\w-]*s\s+(?:also\s+)?[a-z]+\s+(?:the|a|an|their|its|your|all|any|each)\s", re.I
)
"""A plural party and a verb no vocabulary knows before its object ("customers access the
endpoints"): a clause of its own."""


def _noun_clause(rest: str, lexicon: Lexicon) -> bool:
    """A second clause whose subject is a noun phrase no vocabulary knows (``the user is
    responsible for …``, ``the end user just uses the software``): a clause of its own, never
    more of the first party's object."""
    stated = RESP.match(rest[:_SHORT_CLAUSE])
    if stated is not None and _NOUN_SUBJECT.fullmatch(stated.group("subj").strip()):
        return True
    match = _NOUN_VERB.match(rest)
    return match is not None and lexicon.verb_base(match.group("verb")) is not None


def party_opening(parties: PartyResolver, text: str) -> str:
    """The party ``text`` opens with ("You", "Acme Ops", within its first four characters),
    as written, else ""."""
    person = PERSON_SUBJECT.match(text)
    if person:
        return text[: person.end()].strip()
    opening = parties.mentions(text[:40], ("org", "role"))
    return text[: opening[0].end].strip() if opening and opening[0].start <= 4 else ""


_POSSESSIVE = re.compile(r"your|our|their|its", re.I)
"""A possessive determiner: a party's mention that opens a noun phrase, not a clause."""


_PERSON_OPENS = re.compile(r"(?:we|you|they)\s+[a-z]", re.I)
"""A clause that opens with "we", "you" or "they" and its verb: a comma after it and another
such clause ("we host X on your behalf, we take Y") part two clauses."""


def _series_opens(parties: PartyResolver, opened: str, rest: str) -> bool:
    """The sentence opens with a party's name and a comma before more names joined by "and"
    ("Customers, partners and resellers are …"): the comma is inside its subject."""
    return (
        names_one_party(parties, opened)
        and re.match(r"[^,.;:]{1,60}?\s(?:and|or)\s", rest) is not None
    )


class ClauseReader(ActionSentences):
    """Splits a sentence before each party's clause (the base of the sentence readers that
    read clauses)."""

    def party_clauses(self, text: str) -> list[str]:
        """Split "A does X, and you are responsible for Y" (or "… whereas you, the customer,
        are …") before the second party."""
        cuts: list[tuple[int, int]] = []
        conceded = _CONTRAST_OPENING.match(text)
        comma = re.search(r",\s+", text) if conceded else None
        if (
            conceded
            and comma
            and self._actor_opens(text[conceded.end() :])
            and re.search(r"\s(?:and|or)\s", text[conceded.end() : comma.start()])
        ):  # "While Acme manages A and B through C, all your data stays …": two clauses
            cuts.append((comma.start(), comma.end()))
        subject = party_opening(self.parties, text)
        led = bool(subject)
        carried: set[int] = set()  # cuts whose clause goes on with the first subject
        elided: set[int] = set()  # cuts whose clause leaves out "it is"
        for m in re.finditer(
            r",\s+(?:and\s+|but\s+|while\s+|whereas\s+|where\s+|since\s+|"
            r"which\s+means\s+(?:that\s+)?(?=(?:you|we)\s))?"  # "…, which means you must X"
            r"|:\s+(?=[a-z])"
            r"|\s+(?:whereas|while)\s+|(?P<bare>\s+and\s+)"
            r"|(?<!such)(?<!well)(?<!soon)(?<!long)(?<!far)\s+(?:as|because|since)\s+"
            r"(?!you\b)",  # "as you scale …": the reader's circumstance, said in passing
            text,
        ):
            if text.count("(", 0, m.start()) > text.count(")", 0, m.start()):
                continue  # "(via trucks, rail, or storage)": inside an aside, no clause opens
            opened = text[cuts[-1][1] if cuts else 0 : m.start()]
            if m.group(0)[0] == "," and _series_opens(self.parties, opened, text[m.end() :]):
                continue  # "Customers, partners and resellers are …": one series subject
            rest = expand(text[m.end() :])
            if m.group(0)[0] == ":" and not _COLON_CLAUSE.match(rest):
                continue  # "Acme handles: customer requests": objects, not a clause
            opener = re.match(r"([A-Za-z]+),?\s+(?=\S)", rest)
            if opener and opener.group(1).casefold() in self.state.lexicon.connectives:
                rest = rest[opener.end() :]  # "…, therefore we are responsible for …"
            if (
                subject
                and (m.group("bare") or re.fullmatch(r",\s+and\s+", m.group(0)))
                and _MODAL_CONJUNCT.match(rest)
                and not _BINDING.search(text[: m.start()])
            ):
                # "The tenant receives the report(,) and must sign it": "the tenant must sign
                # it", a clause of the same subject bound by its own modal (the first may state
                # no duty at all: "You can pick the zone, and must sign the lease")
                cuts.append((m.start(), m.end()))
                carried.add(m.end())
                continue
            if m.group("bare"):
                if led and len(rest) <= _SHORT_CLAUSE and RESP_OF.match(rest):
                    # "We send alerts and applying the fixes is your responsibility"
                    cuts.append((m.start(), m.end()))
                elif self._bare_party_clause(text[: m.start()], rest):
                    # "Acme sets the rules and the customer must apply them"
                    cuts.append((m.start(), m.end()))
                elif _PERSON_CLAUSE.search(text[: m.start()]) and self._person_acts(rest):
                    cuts.append((m.start(), m.end()))  # "you run the yard and we build it"
                elif _PERSON_BOUND.match(rest) and len(text[: m.start()].split()) >= 4:
                    # "The desk is entitled to end access and you shall comply with it"
                    cuts.append((m.start(), m.end()))
                continue
            joined = re.search(r"[a-z]", m.group(0)) is not None  # ", and", not an aside
            if joined and _ELIDED_RESP.match(rest) and RESP_TO.match(text):
                cuts.append((m.start(), m.end()))  # "…, and the responsibility of Acme to B"
                elided.add(m.end())
                continue
            if (
                RESP_TO.match(rest)
                or _NEW_CLAUSE.match(rest)
                or (joined and RESP_OF.match(rest) and not self._series_subject(text, cuts, m))
                or (PERSON_SUBJECT.match(rest) and RESP.match(rest))  # "…, we are responsible for"
                or (joined and _noun_clause(rest, self.state.lexicon))
                or (joined and self._person_acts(rest))
            ):
                # "…, it is your responsibility to evaluate them", "…, and it is recommended"
                cuts.append((m.start(), m.end()))
                continue
            opened = text[cuts[-1][1] if cuts else 0 : m.start()]
            if not joined and _PERSON_OPENS.match(opened) and self._person_acts(rest):
                cuts.append((m.start(), m.end()))  # "we host X on your behalf, we take Y"
                continue
            found = self.parties.mentions(rest[:60], ("org", "role"))
            named = _NAME_VERB.match(rest)
            if (
                re.fullmatch(r",\s+and\s+", m.group(0))
                and not found
                and named
                and self.state.lexicon.third_person_base(named["verb"])
            ):
                cuts.append((m.start(), m.end()))  # "…, and Nimbus then executes the restore"
                continue
            causal = re.search(r"\b(?:as|because|since)\s*$", m.group(0)) is not None
            if causal and (not found or found[0].start > 4) and self._named_actor(rest):
                cuts.append((m.start(), m.end()))  # "… as Nimbus Labs operates the hosts"
                continue
            if not found or found[0].start > 4:
                continue
            after = rest[found[0].end :]
            verb = re.match(r"\s+(?:(?:also|then|[a-z]{3,}ly)\s+){0,2}([a-z]+)\b", after)
            if verb and verb.group(1) == "own" and _POSSESSIVE.fullmatch(found[0].text):
                verb = None  # "…, and your own process remain yours": "own" is no verb here
            if (
                _SECOND_CLAUSE.match(after)
                or (verb and self.state.lexicon.verb_base(verb.group(1)) is not None)
                or _PLURAL_VERB.match(rest[found[0].start :])
            ):  # "…, while you develop and manage your applications"
                cuts.append((m.start(), m.end()))
        if not cuts:
            return [text]
        cuts = sorted(set(cuts))
        starts = [0, *(end for _, end in cuts)]
        ends = [*(start for start, _ in cuts), len(text)]
        said = {**dict.fromkeys(carried, f"{subject} "), **dict.fromkeys(elided, "it is ")}
        return [
            f"{said.get(a, '')}{text[a:b].strip(' ,')}" for a, b in zip(starts, ends, strict=True)
        ]

    def _person_acts(self, rest: str) -> bool:
        """ "…, and we ship security patches": "we" or "you" and a duty verb open a clause of
        their own, never more of the first clause's objects."""
        person = _PERSON_VERB.match(rest)
        return person is not None and self.state.lexicon.verb_base(person.group("verb")) == (
            person.group("verb").lower()
        )

    def _named_actor(self, rest: str) -> bool:
        """A clause opened by a proper name no vocabulary knows yet and its verb in the third
        person ("Nimbus Labs fully operates, manages and controls …"): a party's clause."""
        named = _PROPER_ACTOR.match(rest)
        lexicon = self.state.lexicon
        return (
            named is not None
            and lexicon.name_like(named.group("name"))
            and lexicon.third_person_base(named.group("verb")) is not None
        )

    def _bare_party_clause(self, before: str, rest: str) -> bool:
        """After a clause that opens with a party and has its own verb, "and <party> must
        …" ("Acme sets the rules and the customer must apply them") opens a second clause, as
        it does after a passive of a thing ("All data is provided as-is and the user shall
        …", with a modal of duty); "Acme and the customer must agree" does not (nothing but a
        party before "and")."""
        lead = LEADING_PHRASE.match(before)  # "In a shared control, Acme sets …"
        before = before[lead.end() :] if lead else before
        opening = self.parties.mentions(before[:40], ("org", "role"))
        passive = _THING_PASSIVE.match(before)  # "All data is provided as-is and …"
        led = bool(opening) and opening[0].start <= 4 and len(before[opening[0].end :].split()) >= 2
        if not (led or (passive and not opening)):
            return False
        if passive and not led:  # "… and the user shall hold …": a subject bound by a modal
            return _BOUND_SUBJECT.match(rest) is not None
        found = self.parties.mentions(rest[:60], ("org", "role"))
        if not found or found[0].start > 4:
            return False
        return _SECOND_CLAUSE.match(rest[found[0].end :]) is not None

    def _series_subject(self, text: str, cuts: list[tuple[int, int]], at: re.Match[str]) -> bool:
        """Whether the words since the last cut before ``at`` are only things, no verb ("…,
        but lot quality, blend design|, and sale timing remain yours"): the series is the
        subject of what follows, no clause of its own."""
        start = cuts[-1][1] if cuts else 0
        start = max(start, text.rfind(" but ", 0, at.start()) + 1)
        segment = text[start : at.start()]
        words = re.findall(r"[A-Za-z][\w'’-]*", segment)
        lexicon = self.state.lexicon
        return (
            bool(words)
            and not FINITE.search(segment)
            and not any(lexicon.third_person_base(w) for w in words)
        )

    def _actor_opens(self, text: str) -> bool:
        """Whether ``text`` opens with a party, or with a capitalised name and a verb of the
        lexicon ("Nimbus manages …", a name the page has not made a party yet)."""
        named = _NAME_VERB.match(text)
        verb = named.group("verb") if named else ""
        return self._party_opens(text) or self.state.lexicon.third_person_base(verb) is not None

    def _party_opens(self, text: str) -> bool:
        """Whether ``text`` opens with "we", "you" or a party's name."""
        opening = self.parties.mentions(text[:60], ("org", "role"))
        return bool(PERSON_SUBJECT.match(text)) or any(m.start == 0 for m in opening)
