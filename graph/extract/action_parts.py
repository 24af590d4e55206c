"""The parts of an action sentence: its subject stripped, its verb group, a vendor as agent, a
contact role, a use or capability offered, and the verbs that state no duty.

The base of ``actions.ActionSentences``, which reads ``<Party> (must also) <verb> …`` with them.
"""

from __future__ import annotations

import re

from ..facts import Ref, Span
from ..lexicon import Lexicon
from ..vocabulary import Mention
from .cues import (
    LEGAL_END,
    MODALS,
    NEGATION,
    RESP,
    RESP_TAKE,
    RESP_TO,
    overseen,
)
from .labels import base_conjuncts, base_verb, capitalize, conjuncts
from .object_first import ObjectFirstSentences
from .parties import named_in_opening
from .state import Context

__all__ = ["ACTION", "DETERMINERS", "GOING_TO", "NOT_DUTY_VERBS", "ActionParts"]

DETERMINERS = {"your", "our", "their", "its"}
"""A possessive that names a party but is not the subject ("Your agent will …")."""

GOING_TO = re.compile(r"^(?:is|are|am)\s+going\s+to\s+(?=[a-z])", re.I)
"""``is going to <verb>``: a commitment, as "will"."""

ACTION = re.compile(rf"^(?:(?i:{MODALS})\s+)*(?P<verb>[a-z][\w-]*)\b(?P<rest>.*)$")
"""A verb after modals in any case ("MUST implement", as standards write them)."""

_PURPOSE = re.compile(r"^\s+(?:(?!\bto\b)[^,;:.]){1,80}?\s+to\s+(?P<verb>[a-z]+)\s", re.I)
"""What is used and the purpose it is used to (``a gate lock to secure …``)."""

_RELATIVE_BOUND = re.compile(
    r"^(?:who|that)\s[^,;:.]{1,120}?\s(?:must|shall|should|needs?\s+to|(?:is|are)\s+required\s+to|"
    r"(?:has|have)\s+to)\s+(?P<rest>\w.*)$",
    re.I | re.S,
)
"""A relative clause after the subject, then the obligation that binds it ("Users who wish to
upload data are required to scan it"): the duty is what follows the obligation."""

_FRAME_BEFORE = re.compile(
    r"(?:upon|after|before|once|when|whenever|if|as\s+soon\s+as|in\s+the\s+event\s+(?:of|that)|"
    r"during)\s[^.;:,]{2,100}?(?:,|\s(?:the|a|an))?",
    re.I,
)
"""What comes before a sentence's party and says when it acts ("Upon receipt of the case,",
"If a patch is not possible", its article left with it)."""
_POSSESSIVE = re.compile(r"^['’]s\s+(?=\w)")
"""The possessive after a party's name ("Acme's engineers will …"): its people act for it."""
_STAY = re.compile(r"(?:stay|remain|keep)\b", re.I)

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)

_TO_YOUR = re.compile(
    r"^[^.;]*?\b(?:to\s+[a-z]+\s+(?:your|what|which|whether|(?:the\s+)?(?:customers?|users?|tenants?)"
    r"|you)\s|(?:which|that)\s+(?:allows?|lets|enables|gives)\s)",
    re.I,
)
"""A purpose infinitive acting on the reader's things ("… to upgrade your databases"), helping
the reader ("… to help the customer manage data") or on a choice left open ("… to control what
data is kept"), or a relative clause of what the means allows ("… which allows control over
…")."""

_AS_FEATURE = re.compile(
    r"^[^.;,]*?\bas\s+an?\s+(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)\s*(?:[.,;]|$)", re.I
)
"""``X as a platform feature``: what the product offers (the object's own description)."""

_VERB_SERIES = re.compile(
    r"^(?P<middle>(?:,\s*[a-z]+)+),?\s+(?:and|or)\s+(?P<last>[a-z]+)\b(?=\s+\w)"
)
"""The rest of a series of bare verbs after the first (", modify, and maintain X")."""

_HELPED = re.compile(
    r"^\s+(?:you|them|customers|users|the\s+customer)\s+(?:to\s+)?(?P<verb>[a-z]+)(?=\s+\w)"
)
"""Who is helped and the verb of what they are helped to do ("help| you understand X")."""

_CONTACT_ROLE = re.compile(
    r"^\s*(?:as\s+)?(?P<obj>(?:the|a|an|their|its|our|your)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:point\s+of\s+contact|contact\s+point|contact)\b(?!\s+(?:details|information|form)\b).*)$",
    re.I | re.S,
)
"""``is the primary contact for X``, ``acts as a point of contact``: the party stands as
the contact, a duty (its contact details are not)."""

NOT_DUTY_VERBS = {
    "is",
    "are",
    "was",
    "were",
    "be",
    "has",
    "have",
    "had",
    "use",
    "uses",
    "rely",
    "relies",
    "can",
    "does",
    "do",
    "did",
    "describes",
    "describe",
    "shares",
    "share",
    "bears",
    "bear",
    "offers",
    "offer",
    "includes",
    "include",
    "owns",
    "own",
    "see",
    "refer",
    "refers",
    "recommends",
    "recommend",
    "varies",
    "vary",
    "depends",
    "depend",
    "gets",
    "get",
    "receives",
    "receive",
    "allows",
    "allow",
}
"""Verbs after a party that do not state a duty ("AWS offers …", "Customers can …")."""


_ROLE_AFTER_PARTY = re.compile(r"^\s+(?P<noun>[A-Za-z][\w-]*)\s+(?P<verb>[a-z]+)\b")
"""A word after a party's name, then the next ("Board| Treasurer will")."""
_NAME_BEFORE_ROLE = re.compile(
    r"(?:the\s+)?(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:[a-z][\w-]*\s+){0,2}"
)
"""A proper name and at most two lower-case words before a role's word ("Nimbus cloud| users")."""
_FINITE_AFTER = re.compile(rf"^(?:{MODALS}|is|are|has|needs)$")
"""A modal or an auxiliary after a subject."""


def aimed_series(verb: str, rest: str) -> tuple[str, str]:
    """ "uses scanners to maintain A, B and C": the aim's verb and its objects when they are
    several, one duty each (the means stays in the source); else ``verb`` and ``rest``."""
    means = _PURPOSE.match(rest) if verb.lower() in ("use", "uses") else None
    if means is None or len(conjuncts(rest[means.end("verb") :])) < 2:
        return verb, rest
    return means.group("verb"), rest[means.end("verb") :]


def _third_person_series(lexicon: Lexicon, verbs: list[str]) -> bool:
    """Verbs of a series all in the third person, at least one of them a duty verb (the others
    may be verbs no vocabulary lists: "provisions, configures and reconciles")."""
    known = [lexicon.third_person_base(v) is not None for v in verbs]
    return any(known) and all(
        k or (re.fullmatch(r"[a-z]{3,}[^su]s", v) is not None and v not in DETERMINERS)
        for k, v in zip(known, verbs, strict=True)
    )


_YOUR_OPERATOR = re.compile(
    r"your\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z]+)?)\s+(?=will|must|should|shall|can|may|is|has)\b",
    re.I,
)
"""The person "your" names before a verb ("Your platform administrator will …")."""


class ActionParts(ObjectFirstSentences):
    """Reads the parts of an action sentence (subject, verb group, agent, contact role, use);
    the base of ``ActionSentences``."""

    def _customer(self, party: Ref | None) -> bool:
        """Whether ``party`` is the customer or a role the page names but no vocabulary knows
        ("Maintainers use the keys to log in": how they get in); a name still pending (a
        proper name) is not."""
        entity = self.state.facts.entities.get(party) if party is not None else None
        role = entity.attrs.get("role", "") if entity is not None else ""
        vendor = self.state.vendor
        if vendor is not None and entity is not None and entity.label == vendor.label:
            return False  # the page's writer, whatever role the vocabulary gives it
        return role.endswith(("/customer", "/unspecified"))

    def _own_role(self, said: str, span: Span) -> bool:
        """Whether "your <noun>" names, word for word, a role the page made its own party
        ("your service-specific administrator" after "Ask your service-specific administrator
        to …"), not the reader's people ("your team")."""
        noun = said.removeprefix("your ")
        ref = self.parties.resolve_party(noun, span, create=False)
        party = self.state.facts.entities.get(ref) if ref is not None else None
        return party is not None and party.label.lower() == noun

    def _vendor_agent(
        self, text: str, holders: list[Mention], span: Span
    ) -> tuple[Ref, int] | None:
        """ "Your <vendor> representative / account team …": (the vendor's party, where the
        subject ends), the vendor acting through the person it assigns to the reader; "Your
        (platform) administrator will …" (cue:operator-noun): that person's role, no reader."""
        yours = re.match(r"your\s+", text, re.I)
        operator = _YOUR_OPERATOR.match(text)
        said = f"your {operator.group('noun').lower()}" if operator else ""
        if operator and (said in self.state.lexicon.operator_nouns or self._own_role(said, span)):
            # "Your administrator will set up X": the person who runs the service, a role (or
            # one the page named so: "Ask your service-specific administrator to …")
            name = capitalize(operator.group("noun"))
            party = self.parties.resolve_party(name, span, force=True, own=True)
            return (party, operator.end("noun")) if party is not None else None
        vendor = next(
            (
                h
                for h in holders
                if yours and h.start == yours.end() and h.concept.kind in ("org", "local")
            ),
            None,
        )
        if vendor is None:
            return None
        noun = re.match(r"\s+([a-z]+(?:\s+[a-z]+){0,2})\s+(?=[a-z])", text[vendor.end :])
        words = noun.group(1).split() if noun else []
        for size in range(len(words), 0, -1):
            if " ".join(words[:size]).lower() in self.state.lexicon.agent_nouns:
                party = self.parties.resolve_party(vendor.text, span)
                end = vendor.end + noun.start(1) + len(" ".join(words[:size])) if noun else 0
                return (party, end) if party is not None else None
        return None

    def _conditional(self, sentence: str, clause: str) -> bool:
        """Whether the sentence opens with a condition (cue-words.ttl condition-word) that
        comes before ``clause``: "If …, Acme may …" / "When …, we may …"."""
        opening = sentence.strip().lower()
        at = sentence.find(clause[:30]) if clause else -1
        return at > 0 and any(
            opening.startswith(f"{word} ") for word in self.state.lexicon.conditions
        )

    @staticmethod
    def _opens(holders: list[Mention], text: str) -> bool:
        """The first party named opens the sentence (after a determiner: "Our customers" are
        the customers)."""
        return (
            bool(holders)
            and not re.sub(
                r"^(?:the|a|an|all|each|every|our)\s+", "", text[: holders[0].start], flags=re.I
            ).strip()
        )

    def _party_role(self, text: str, holders: list[Mention], span: Span) -> tuple[Ref, int] | None:
        """A party's name that only qualifies a singular person noun before the verb ("The
        Board Treasurer will …"): that role, a party of its own, and where it ends (not "Core
        team members must …" nor "AWS support staff will …": the party's own people)."""
        if not self._opens(holders, text):
            return None
        lexicon = self.state.lexicon
        after = text[holders[0].end :]
        role = _ROLE_AFTER_PARTY.match(after)
        if role is None or lexicon.subject_noun_end(after.lstrip()):
            return None
        noun, verb = role.group("noun"), role.group("verb")
        if noun.lower() not in lexicon.person_nouns:
            return None  # not a role, or a plural: the party's own people
        if not (_FINITE_AFTER.match(verb) or lexicon.third_person_base(verb)):
            return None  # "the Board member list": a thing
        name = f"{holders[0].text} {noun}"
        party = self.parties.resolve_party(name, span, allow_unknown=True, own=True)
        return (party, holders[0].end + role.end("noun")) if party is not None else None

    def _named_customers(
        self, text: str, holders: list[Mention], span: Span
    ) -> tuple[Ref, int] | None:
        """ "Nimbus users must patch their VMs", "Acme cloud customers will …": a name before
        the customer role's word, the subject: the customers, not the name (the head noun says
        who; "Nimbus engineers" are Nimbus's own people)."""
        role = next((h for h in holders if h.concept.kind == "role"), None)
        if role is None or role.concept.key != "customer" or not role.start:
            return None
        name = _NAME_BEFORE_ROLE.fullmatch(text[: role.start])
        if name is None or not self.state.lexicon.name_like(name.group("name")):
            return None
        verb = text[role.end :].split(maxsplit=1)[:1]
        if not verb or not _FINITE_AFTER.match(verb[0]):
            return None  # "Nimbus customer data is …": a thing of theirs
        party = self.parties.resolve_party(role.text, span)
        return (party, role.end) if party is not None else None

    def _contact(self, party: Ref | None, rest: str, sentence: str, span: Span) -> bool:
        """ "The site officer is the primary contact for X (and …)": standing as the contact is
        a duty of the party, whatever the sentence says next."""
        contact = _CONTACT_ROLE.match(rest)
        if party is None or contact is None or NEGATION.search(rest):
            return False
        obj = re.sub(r"\s+and\s*$", "", contact.group("obj").strip())
        self.records.add_duties(party, obj, sentence, span)
        return True

    def _means_for_reader(self, rest: str) -> bool:
        """``tools like X to upgrade your databases``: means handed to the reader, whose act
        the infinitive names (the upgrading is the reader's, not the provider's); ``X as a
        platform feature``: what the product offers."""
        instruments = self.state.lexicon.instruments

        def instrument(word: str) -> bool:
            return word.lower() in instruments or f"{word.lower()}s" in instruments

        head = re.findall(r"[\w-]+", rest)[:4]
        if any(instrument(w) for w in head) and _TO_YOUR.search(rest):
            return True
        feature = _AS_FEATURE.match(rest)  # "provides proxy termination as a platform feature"
        return feature is not None and instrument(feature.group("noun"))

    def use_for_duty(self, rest: str) -> bool:
        """Whether what is used is used to do a duty ("use a gate lock to secure the yard"):
        the purpose, a duty verb, makes the use a duty, not a tool named in passing."""
        purpose = _PURPOSE.match(rest)
        base = self.state.lexicon.verb_base(purpose.group("verb")) if purpose else None
        return base is not None and not self.states_no_duty(base)

    @staticmethod
    def states_no_duty(verb: str) -> bool:
        """Whether ``verb`` after a party states no duty unless bound ("uses", "offers")."""
        return verb.lower() in NOT_DUTY_VERBS

    def _regular_base(self, word: str) -> bool:
        """A duty verb's base form that is no past participle (its participle ends in -ed)."""
        verbs = self.state.lexicon.verbs
        word = word.lower()
        return verbs.get(word) == word and word + ("d" if word.endswith("e") else "ed") in verbs

    def _capability(self, verb: str, name: str, span: Span) -> bool:
        """Whether ``verb`` only describes what ``name``, which no vocabulary knows and which
        did not write the page, offers ("provides", "reduces"): no duty, no party."""
        lexicon = self.state.lexicon
        base = (lexicon.verb_base(verb) or base_verb(verb)).lower()
        if base not in lexicon.capabilities or named_in_opening(name, self.state.doc):
            return False  # the page's own subject ("… between you and Acme") provides
        if LEGAL_END.search(name):
            return False  # "Nimbus Inc. provides X": a firm, by its legal form, no product
        return self.parties.resolve_party(name, span) is None  # "The Azure platform": known

    def _verb_group(self, verb: str, rest: str) -> tuple[str, str, str]:
        """The duty's head verb in its base form, as written, and the rest: a particle ("sets
        up") and a second verb sharing the object ("develop and operate your applications")
        belong to the head."""
        lexicon = self.state.lexicon
        head = (lexicon.verb_base(verb) or base_verb(verb)).lower()
        written = verb
        # "sets up X", "set up, manage and scale X" (not "monitor up to two ports": a quantity)
        particle = re.match(
            r"\s+(up|down|out|off)\b(?!\s+to\s+(?:\d|one|two|three|four|five|ten)\b)(?=,?\s+\w)",
            rest,
        )
        if particle:
            if not head.endswith(f" {particle.group(1)}"):
                head = f"{head} {particle.group(1)}"
            written = f"{written} {particle.group(1)}"
            rest = rest[particle.end() :]
        words = head.split(" ", 1)
        rest_of_head = re.match(rf"\s+{re.escape(words[-1])}\b", rest) if len(words) > 1 else None
        if rest_of_head and " " not in verb:  # "deals with X": the base already says "with"
            written = f"{written} {words[-1]}"
            rest = rest[rest_of_head.end() :]
        helped = _HELPED.match(rest) if head == "help" else None
        if helped and helped.group("verb").lower() not in DETERMINERS:
            # "help you understand A and B": understanding each is what the help is for
            joined = helped.group(0).rstrip()
            return f"{head}{joined}", f"{written}{joined}", rest[len(joined) :]
        series = _VERB_SERIES.match(rest)  # "access, modify, and maintain X": one object
        end = series.group("last") if series else ""
        last = lexicon.verb_base(end) or (end if end in lexicon.declarations else None)
        if series and last == series.group("last") and base_verb(verb).lower() == verb.lower():
            middle = re.findall(r"[a-z]+", series.group("middle"))
            if not any(w.endswith(("ing", "ed")) or w in DETERMINERS for w in middle):
                joined = series.group(0).strip()
                return f"{head}{joined}", f"{written}{joined}", rest[series.end() :]
        words = (
            [*re.findall(r"[a-z]+", series.group("middle")), series.group("last")] if series else []
        )
        if series and _third_person_series(lexicon, [verb, *words]):
            # "operates, manages and controls X", "provisions, configures and reconciles X":
            # each verb in the third person (one at least a duty verb), one object
            joined = series.group(0).strip()
            based = re.sub(
                r"[a-z]+",
                lambda m: (
                    lexicon.third_person_base(m[0])
                    or (base_verb(m[0]).lower() if m[0] not in ("and", "or") else m[0])
                ),
                joined,
            )
            return f"{head}{based}", f"{written}{joined}", rest[series.end() :]
        pair = re.match(r"\s+(?P<c>and|or)\s+(?P<v>[a-z]+)\b(?=\s+\w)", rest)
        second = lexicon.verb_base(pair.group("v")) if pair else None
        if pair and second is None and _third_person_series(lexicon, [verb, pair.group("v")]):
            second = base_verb(pair.group("v")).lower()  # "monitors and solves issues"
        if pair and second is not None:
            same_form = (second == pair.group("v")) == (base_verb(verb).lower() == verb.lower())
            if same_form and not pair.group("v").endswith(("ing", "ed")):
                head = f"{head} {pair.group('c')} {second}"
                written = f"{written} {pair.group('c')} {pair.group('v')}"
                rest = rest[pair.end() :]
        return head, written, rest

    def _verb_like(self, verb: str, after: str) -> bool:
        """Whether the word after a party's mention can be its verb: a duty verb, a form in
        -s or -ed, or any word after a modal ("will wire")."""
        lower = verb.lower()
        return (
            self.state.lexicon.verb_base(lower) is not None
            or lower.endswith(("s", "ed"))
            or not after.lower().startswith(lower)
        )

    def strip_subject(self, sentence: str, span: Span, ctx: Context) -> tuple[str, Ref | None]:
        """A duty label from a sentence that names its party: ("patch the hosts", customer)
        for "The customer patches the hosts"; (sentence, None) when no party is its subject."""
        stay = _STAY.match(sentence) is not None or overseen(self.state.lexicon, sentence)
        for pattern in (RESP_TO, RESP, RESP_TAKE):
            if stay:
                break  # "Stay informed about outages", "Ensure X is informed": instructions
            match = pattern.match(sentence)
            if match and match.group("obj").strip():
                subj = match.group("subj").strip(" ,")
                party = self.subject_party(subj, span, ctx) if subj else None
                return match.group("obj"), party
        holders = self.parties.mentions(sentence, ("org", "offering", "role"))
        if holders and holders[0].concept.kind != "offering":
            first = holders[0]
            before = _ARTICLE.sub("", sentence[: first.start]).strip()
            if _FRAME_BEFORE.fullmatch(before):
                before = ""  # "Upon receipt of the case, Acme will …": when, not who
            relative = _RELATIVE_BOUND.match(sentence[first.end :].strip())
            if not before and relative and not NEGATION.search(relative.group(0)):
                # "Users who wish to upload data are required to scan it": scan it
                return relative.group("rest"), self.parties.resolve_party(first.text, span)
            after = _POSSESSIVE.sub("", sentence[first.end :].strip())  # "Acme's engineers"
            after = after[self.state.lexicon.subject_noun_end(after) :].strip()  # "… members"
            match = ACTION.match(GOING_TO.sub("will ", after))
            if match and not self._verb_like(match.group("verb"), after):
                match = None  # "Client library upgrades": a noun after the party's word
            if match and not match.group("rest").strip(" ."):
                match = None  # "Vendor support" in a cell: a noun after the party's word
            if match and re.match(r"[a-z]{3,}(?:ing|ed)\b", after):
                # "Acme services running in the cluster", "Community approved patch support":
                # a participle, no verb
                match = None
            if not before and match and match.group("verb").lower() not in NOT_DUTY_VERBS:
                party = self.parties.resolve_party(first.text, span)
                label = f"{base_verb(match.group('verb'))}{match.group('rest')}"
                return base_conjuncts(self.state.lexicon, label), party  # "… and rotates Y"
        opening = None if self._opens(holders, sentence) else self.role_opening(sentence, span, ctx)
        match = ACTION.match(sentence[opening[1] :].strip()) if opening else None
        if opening and match and match.group("verb").lower() not in NOT_DUTY_VERBS:
            # "A style expert will check your drafts": the page's own role does it
            label = f"{base_verb(match.group('verb'))}{match.group('rest')}"
            return base_conjuncts(self.state.lexicon, label), opening[0]
        return sentence, None
