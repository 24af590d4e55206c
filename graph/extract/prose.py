"""Sentence patterns: what one sentence says about parties, duties, services and standards.

A sentence is tried for builds-on ("our compliance builds on AWS's SOC 2"), covered-by, holds
(certifications), uses ("runs on AWS"), and then as a responsibility: ``X is responsible for``,
``It is X's responsibility to``, ``X requires Y to``, or ``X (may) <verb> …`` — clause by clause.
"""

from __future__ import annotations

import re

from ..facts import Ref, Relation, Span
from ..text import plain, sentences, split_top_level
from ..vocabulary import Mention
from .cues import (
    ADVERBS,
    NEGATION,
    RESP,
    RESP_PAREN,
    RESP_TAKE,
    RESP_TO,
    SECOND_PERSON,
    USES,
    expand,
    negated,
    positive_part,
)
from .labels import base_verb
from .parties import PartyResolver
from .records import FactRecorder
from .state import Context, DocState

__all__ = ["ObjectFirstSentences", "ProseReader", "RelationSentences"]

_KIND_PREDICATES = {
    "responsible": "responsibleFor",
    "accountable": "accountableFor",
    "consulted": "consultedOn",
    "informed": "informedOf",
    "liable": "accountableFor",
}
_LEADING_PHRASE = re.compile(
    r"^(?:(?:if|when)\b[^.]{0,200}?\bthen\s+|(?:in|for|with|under|on|within|across|"
    r"when\s+using|when|where|as|if|once|after|before|whenever|unless|during|since|because|"
    r"given|to|by\s+default|at\s+all\s+times|in\s+addition)\b[^,]{0,120},\s*)+",
    re.I,
)
"""``In PaaS and SaaS, …``: a leading phrase (which may name service models), not the subject."""
_ASIDE = re.compile(
    r",\s*(?:however|also|therefore|instead|though|in\s+turn|in\s+addition)\s*,?"
    r"|,\s+as\s+(?:a|an|the|our|your)\s+(?:[\w-]+\s+){0,3}[\w-]+\s*,",
    re.I,
)
"""Asides between a subject and its verb ("…, however,", "Supabase, as the provider, …")."""
_CONTRAST = re.compile(r"^(?:while|whereas|although|though)\s+(?=[^,]+$)", re.I)
"""``While the provider implements the controls`` cut off from its main clause: a clause too."""
_BUILDS = re.compile(
    r"\b(?:builds?\s+(?:up)?on|built\s+(?:up)?on|inherits?|inherited\s+from|relies\s+on|rely\s+on|"
    r"leverages?)\b",
    re.I,
)
_COVERED = re.compile(r"\b(?:covered|included|addressed)\s+(?:\w+\s+)?(?:by|in|under)\b", re.I)
_CERT_CUE = re.compile(
    r"certif|complian|attest|accredit|audit|authori[sz]ation|report|program|achiev|validated", re.I
)
_MODALS = (
    r"(?:also|may|might|will|must|should|shall|can|could|would|periodically|regularly|"
    r"typically|usually|always|then|additionally|further|(?:is|are)\s+required\s+to|needs?\s+to|"
    r"(?:is|are)\s+to|"
    r"(?:has|have)\s+to|(?:is|are)\s+expected\s+to|(?:is|are)\s+(?:committed|obliged|obligated)\s+to)"
)
"""What may stand between a party and its action verb ("Customers must also patch …")."""
_PROPER_SUBJECT = re.compile(r"^(?P<name>[A-Z0-9][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?=[a-z])")
"""A capitalised name opening a sentence ("GitLab provisions …", "Elastic Beanstalk does")."""
_RECOMMEND = re.compile(
    r"^(?:(?:we|[A-Z][\w.&-]*)\s+(?:strongly\s+|also\s+)?recommends?|it\s+is\s+(?:strongly\s+)?"
    r"recommended)\s+(?:that\s+)?(?P<rest>(?:you|customers?|the\s+customer|users?)\b.+)$",
    re.I | re.S,
)
"""``We recommend that you enable …``: what the reader is to do."""
_NEW_CLAUSE = re.compile(
    r"^(?:it|this|that|there|these|those)\s+(?:is|are|was|were|will|can|may|might)\b", re.I
)
"""A clause of its own after a comma ("…, and it is recommended that …")."""
_PRONOUN_SUBJECT = re.compile(
    r"^(?P<p>(?:it|they|(?:this|that|these|those|the)\s+(?:\w+\s+)?(?:team|teams))"
    r")\s+(?=[a-z])",
    re.I,
)
"""A pronoun or "this team" as the subject: the party of the passage."""
_DETERMINERS = {"your", "our", "their", "its"}
"""A possessive that names a party but is not the subject ("Your agent will …")."""
_ADVERB_WORDS = r"(?:also|regularly|automatically|continuously|actively|periodically|always)"
_KNOWING = frozenset({"understand", "know", "consider", "learn", "decide"})
"""Verbs of knowing: with a wh-object ("understand what …") they name no duty."""
_WH_OBJECT = re.compile(r"^\s*(?:what|which|who|whom|how|whether|why|if)\b", re.I)
_PERMISSION = re.compile(r"\b(?:can|could|might)\b", re.I)
_OBLIGATION = re.compile(
    r"\b(?:must|shall|should|will|needs?\s+to|required\s+to|(?:has|have)\s+to|expected\s+to|"
    r"(?:is|are)\s+to|committed\s+to|obliged\s+to|obligated\s+to)\b",
    re.I,
)
"""Modal verbs that make any verb a duty ("customers must ensure …")."""
_ACTION = re.compile(rf"^(?:{_MODALS}\s+)*(?P<verb>[a-z][\w-]*)\b(?P<rest>.*)$")
_NOT_DUTY_VERBS = {
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
_REQUIRES = re.compile(
    r"\b(?:requires?|obliges?|expects?|needs?)\s+(?P<subj>(?:the\s+)?[\w\s-]{2,40}?)\s+to\s+"
    r"(?P<obj>.+)$",
    re.I | re.S,
)
_PRONOUNS = re.compile(
    r"^(?:it|this|that|they|he|she|(?:this|that|these|those|such|the|each)\s+(?:part(?:y|ies)|"
    r"providers?|vendors?|partners?|compan(?:y|ies)|organi[sz]ations?|suppliers?|firms?|teams?|"
    r"(?:\w+\s+)?team))$",
    re.I,
)
_PASSIVE = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are|will\s+be|must\s+be|should\s+be|shall\s+be|gets?|remains?|"
    r"(?:has|have)\s+been|can\s+only\s+be)\s+(?:(?:also|always|fully|automatically|regularly|"
    r"only|then|typically|primarily|solely|entirely|directly|centrally|continuously)\s+)*"
    r"(?P<verb>[a-z]+)(?:\s*(?:,|and|or)\s+(?P<verb2>[a-z]+))?"
    r"(?P<mod>\s+(?:at|in|on|for|to|within|across|during|through|via|from)\s+[^,]{1,40}?)?"
    r"\s+by\s+(?P<agent>.+)$",
    re.I | re.S,
)
"""``Firewall rules are updated by the customer``: the agent's duty."""
_FINITE = re.compile(
    r"^(?:(?!\b(?:that|which|who)\b).)*\b(?:is|are|was|were|will|would|must|should|shall|can|"
    r"could|may|might)\b",
    re.I | re.S,
)
"""A finite verb before any relative pronoun: the phrase is a clause, not a passive's subject."""
_AGENT_END = re.compile(
    r"\s*(?:[,;:(]|\s(?:to|in|for|using|through|via|when|if|as|within|on|at|with|from|under|"
    r"and\s+(?:is|are|will|must)|based|according|during|after|before|so|which|who|that)\b)",
    re.I,
)
_RESP_OF = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are|remains?|stays?|will\s+be|falls?\s+(?:to|under|within))\s+"
    r"(?:solely\s+|entirely\s+|always\s+)?(?:the\s+)?(?:(?P<a>[^,;]+?)['’]s?\s+(?:sole\s+|own\s+|"
    r"full\s+|primary\s+)?(?:responsibilit(?:y|ies)|duty|job)|(?:sole\s+|full\s+|primary\s+)?"
    r"(?:responsibilit(?:y|ies)|duty)\s+of\s+(?:the\s+)?(?P<b>[^,;]+?))\s*(?:[,;.]|$)",
    re.I | re.S,
)
"""``Patching is the customer's responsibility``, ``… is the responsibility of AWS``."""
_POSSESSED = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are|remains?|stay|stays)\s+(?:(?P<a>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s?"
    r"|(?P<b>ours|yours))\s*\.?$"
)
"""``Hardware and host network are OVHcloud's``, ``… are ours``."""
_RESP_INCLUDE = re.compile(
    r"^(?P<subj>.+?)(?:['’]s?)?\s+(?:\w+\s+){0,2}?(?:responsibilit(?:y|ies)|duties|obligations|"
    r"tasks)\s+(?:also\s+)?(?:include|includes|are|is|cover|covers|consist\s+of|comprises?|"
    r"involves?)\s+(?P<obj>.+)$",
    re.I | re.S,
)
"""``Your responsibilities include A, B and C``."""
_RESPONSIBLE_WORD = re.compile(r"\b(?:responsib|accountab)", re.I)
_SECOND_CLAUSE = re.compile(
    rf"(?:,\s+[^,]{{1,40}},)?\s+(?:{ADVERBS}\s+)*(?:is|are|must|should|will|shall|can|may|remains?|"
    r"takes?|has|have|needs?)\b",
    re.I,
)
"""What follows the party opening a second clause (``…, and you are …``)."""


class RelationSentences:
    """Sentences that relate parties, offerings, services and standards: uses, holds,
    builds on, covered by (the base of ``ProseReader``)."""

    def __init__(self, state: DocState, parties: PartyResolver, records: FactRecorder) -> None:
        self.state = state
        self.parties = parties
        self.records = records

    def builds_on(self, text: str, span: Span, ctx: Context) -> None:
        """``Our SOC 2 compliance builds on AWS's certification``: compliance buildsOn certs."""
        match = _BUILDS.search(text)
        if not match:
            return
        left, right = text[: match.start()], text[match.end() :]
        standards = [m.concept for m in self.state.vocab.matchers["standard"].find(left)]
        if not standards or not re.search(r"complian|certif", left, re.I):
            return
        party = self.parties.party_in(left, span) or ctx.party
        if party is None:
            return
        holders = [h for h in self.parties.holder_in(right, span) if h != party]
        if not holders:
            return
        for standard in standards:
            compliance = self.records.compliance(party, standard, span)
            for holder in holders:
                cert = self.records.certification(holder, standard, span)
                self.state.facts.add_relation(Relation(compliance, "buildsOn", cert, span))

    def covered_by(self, text: str, span: Span, ctx: Context) -> bool:
        """``These are covered by our ISO 27001 certification``: the section's duties (of the
        section's party) are coveredBy it."""
        match = _COVERED.search(text)
        if not match:
            return False
        vocab, facts = self.state.vocab, self.state.facts
        standards = [m.concept for m in vocab.matchers["standard"].find(text[match.end() :])]
        if not standards:
            return False
        holders = self.parties.holder_in(text[match.end() :], span) or (
            [ctx.party] if ctx.party else []
        )
        if not holders:
            return False
        duties = list(dict.fromkeys(self.state.section_duties))
        if ctx.party is not None:
            owned = {r.object for r in facts.related(ctx.party)}
            duties = [d for d in duties if d in owned]
        for standard in standards:
            cert = self.records.certification(holders[0], standard, span)
            for duty in duties:
                facts.add_relation(Relation(duty, "coveredBy", cert, span))
        return True

    def holds(self, text: str, span: Span, ctx: Context) -> None:
        """``AWS holds a SOC 2 Type II report``: the holder holds a certification."""
        if RESP.match(text) or RESP_TAKE.match(text) or NEGATION.search(text):
            return
        if _BUILDS.search(text) or not _CERT_CUE.search(text):
            return
        standards = [m.concept for m in self.state.vocab.matchers["standard"].find(text)]
        if not standards:
            return
        holders = self.parties.holder_in(text, span)
        holder = holders[0] if holders else ctx.party
        if holder is None:
            return
        for standard in standards:
            self.records.certification(holder, standard, span)

    def uses(self, text: str, span: Span, ctx: Context) -> Ref | None:
        """``X runs on AWS and uses Fastly``: X uses each party, offering or service named;
        returns the subject (also for a lead-in "X uses the following:")."""
        match = USES.match(text)
        if not match or NEGATION.search(match.group("subj")):
            return None
        subj_text = match.group("subj")
        obj = match.group("obj")
        if _BUILDS.search(text) and self.state.vocab.matchers["standard"].find(text):
            return None  # "compliance is built on certifications": a buildsOn sentence
        targets = self.parties.mentions(obj, ("org", "offering", "service", "role"))
        is_leadin = bool(re.match(r"^\s*(?:the\s+following)?[^:]*:\s*$", obj))
        if not targets and not is_leadin:
            return None
        holders = self.parties.holder_in(subj_text, span)
        subject = holders[0] if holders else None
        if subject is None:
            if is_leadin and subj_text.strip():
                if _PRONOUNS.match(subj_text.strip()) or subj_text[:1].islower():
                    return ctx.party
                return self.records.local_offering(subj_text, span)
            return None
        for m in targets:
            target = self._used(subject, m, span)
            if target is not None:
                self.state.facts.add_relation(Relation(subject, "uses", target, span))
        return subject

    def _used(self, subject: Ref, m: Mention, span: Span) -> Ref | None:
        """What ``subject`` uses when a uses-sentence names ``m`` (None: not a use)."""
        if m.concept.kind == "role" and SECOND_PERSON.match(m.text):
            return None
        if m.concept.kind == "service":
            return self.state.concept_entity(m.concept, "service", span)
        if m.concept.kind == "offering":
            owner_org = self.state.facts.entities[subject].attrs.get("organization")
            if owner_org and m.concept.links.get("offered_by") == owner_org:
                return None  # "Adobe relies on … for Adobe Commerce": its own product
            target = self.parties.offering(m.concept, span)
            return None if target == subject else target
        party = self.parties.resolve_party(m.text, span)
        return None if party is None or party == subject else party


class ObjectFirstSentences(RelationSentences):
    """Sentences that name the duty before its party: the passive (``… are updated by X``),
    ``… is X's responsibility``, ``… are X's``, ``X's responsibilities include …``."""

    def _stated_of(
        self, body: str, sentence: str, span: Span, ctx: Context, models: list[str]
    ) -> bool:
        """Duties whose party comes after them: the passive (``… are updated by X``), ``… is
        X's responsibility``, and ``X's responsibilities include …``."""
        if negated(body):
            return False
        include = _RESP_INCLUDE.match(body)
        if include and not include.group("obj").rstrip().endswith(":"):
            party = self.subject_party(include.group("subj").strip(" ,"), span, ctx)
            if party is not None:
                self.records.add_duties(party, include.group("obj"), sentence, span, models=models)
                return True
        owned = _RESP_OF.match(body)
        if owned:
            owner = owned.group("a") or owned.group("b")
            party = self.parties.resolve_party(owner, span, allow_unknown=True)
            if party is not None:
                self.records.add_duties(party, owned.group("obj"), sentence, span, models=models)
                return True
        possessed = _POSSESSED.match(body)
        if possessed:
            owner = possessed.group("a") or {"ours": "we", "yours": "you"}[possessed.group("b")]
            party = self.parties.resolve_party(owner, span, allow_unknown=True)
            if party is not None:
                self.records.add_duties(party, possessed.group("obj"), sentence, span)
                return True
        found = False
        for clause in re.split(r",\s+and\s+|;\s+", body):
            found = self._passive(clause, sentence, span, models) or found
        return found

    def _passive(self, body: str, sentence: str, span: Span, models: list[str]) -> bool:
        """``Firewall rules are updated by the customer``: the agent's duty."""
        passive = _PASSIVE.match(body)
        if passive and passive.group("verb").lower() in self.state.lexicon.participles:
            agent = _AGENT_END.split(passive.group("agent"), maxsplit=1)[0].strip()
            found = self.parties.mentions(expand(agent), ("org", "offering", "role"))
            described = bool(found) and bool(
                re.fullmatch(r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}", agent[: found[0].start])
                and not agent[found[0].end :].strip()
            )  # "by an independent third party"
            if (
                found
                and not described
                and (found[0].start > 4 or len(agent[found[0].end :].split()) > 1)
            ):
                return False  # "determined by the AWS Cloud services": not a party
            if _RESPONSIBLE_WORD.search(passive.group("obj")) or _FINITE.search(
                passive.group("obj")
            ):
                return False  # "Users should note that versions are required by AWS"
            party = self.parties.resolve_party(agent, span, allow_unknown=True)
            if party is None:
                return False
            base = self.state.lexicon.verb_base(passive.group("verb")) or passive.group("verb")
            obj = re.sub(r"^(?:the|all|any|each|every)\s+", "", passive.group("obj"), flags=re.I)
            obj += passive.group("mod") or ""  # "encrypted at rest and in transit by …"
            if re.search(r",|\band\b|\bor\b", passive.group("obj")):
                self.records.add_duties(party, obj, sentence, span, models=models, head=base)
                return True
            written = re.sub(r"\s+by\s*$", "", body[: passive.start("agent")])  # as the page says
            each_model: list[str | None] = list(models) if models else [None]
            for model in each_model:
                self.records.duty(
                    party, f"{base} {obj}", sentence, span, service_model=model, written=written
                )
            return True
        return False

    def subject_party(self, subj: str, span: Span, ctx: Context) -> Ref | None:
        """The party a sentence subject denotes (a pronoun: the context's party)."""
        subj = _ASIDE.sub("", _LEADING_PHRASE.sub("", subj)).strip(" ,")
        if not subj or _PRONOUNS.match(subj):
            return ctx.party
        direct = self.parties.resolve_party(subj, span, allow_unknown=True)
        if direct is not None:
            return direct
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
        return None


class ProseReader(ObjectFirstSentences):
    """Reads sentences: relations (uses, holds, builds on, covered by) and duties
    (responsibility, RACI, ``requires … to``, ``<Party> <verb> …`` sentences)."""

    def sentences(self, raw: str, span: Span, ctx: Context) -> bool:
        """Every sentence of a raw text through ``statement``; True when any gave a duty."""
        found = False
        for start, end in sentences(raw):
            found = self.statement(raw[start:end], span, ctx, in_item=False) or found
        return found

    def statement(self, sentence: str, span: Span, ctx: Context, *, in_item: bool) -> bool:
        """Apply the relation rules to one sentence; True when it yielded a duty."""
        text = expand(plain(sentence))
        if not text:
            return False
        before = len(self.state.facts.relations)
        self.builds_on(text, span, ctx)
        covered = self.covered_by(text, span, ctx)
        if not in_item and not covered:
            self.holds(text, span, ctx)
        self.uses(text, span, ctx)
        if in_item:
            self.parenthetical(text, span, ctx)
            return False
        if len(self.state.facts.relations) > before and not _RESPONSIBLE_WORD.search(text):
            return False  # a uses / holds / buildsOn statement, not a duty
        return self.responsibility(text, span, ctx)

    def parenthetical(self, text: str, span: Span, ctx: Context) -> None:
        """``… (applying patches is the merchant's responsibility)``: a split concern."""
        if self.state.last_duty is None:
            return
        for match in RESP_PAREN.finditer(text):
            party = self.parties.resolve_party(match.group("subj"), span)
            owner, duty, _ = self.state.last_duty
            if party is None or party == owner:
                continue
            other = self.records.duty(party, match.group("obj"), text, span)
            self.records.concern(duty, other, span)

    def responsibility(self, text: str, span: Span, ctx: Context) -> bool:
        """Responsibility / RACI sentences, clause by clause (``…, but you are …``)."""
        found = False
        for part in split_top_level(text, r",?\s+but\s+|;\s+|:\s+(?=[A-Z])"):
            for clause in self._party_clauses(part):
                found = self._clause(clause, text, span, ctx) or found
        return found

    def _party_clauses(self, text: str) -> list[str]:
        """Split "A does X, and you are responsible for Y" (or "… whereas you, the customer,
        are …") before the second party."""
        cuts: list[tuple[int, int]] = []
        for m in re.finditer(
            r",\s+(?:and\s+|but\s+|while\s+|whereas\s+|where\s+)?|\s+(?:whereas|while)\s+", text
        ):
            rest = expand(text[m.end() :])
            if RESP_TO.match(rest) or _NEW_CLAUSE.match(rest):
                # "…, it is your responsibility to evaluate them", "…, and it is recommended"
                cuts.append((m.start(), m.end()))
                continue
            found = self.parties.mentions(rest[:60], ("org", "role"))
            if not found or found[0].start > 4:
                continue
            after = rest[found[0].end :]
            verb = re.match(r"\s+(?:also\s+)?([a-z]+)\b", after)
            if _SECOND_CLAUSE.match(after) or (
                verb and self.state.lexicon.verb_base(verb.group(1)) is not None
            ):  # "…, while you develop and manage your applications"
                cuts.append((m.start(), m.end()))
        if not cuts:
            return [text]
        starts = [0, *(end for _, end in cuts)]
        ends = [*(start for start, _ in cuts), len(text)]
        return [text[a:b].strip(" ,") for a, b in zip(starts, ends, strict=True)]

    def _clause(self, clause: str, sentence: str, span: Span, ctx: Context) -> bool:
        """One clause: a responsibility pattern, ``X requires Y to …``, or an action."""
        lead = _LEADING_PHRASE.match(clause)
        models = (self.records.models_in(lead.group(0), span) if lead else []) or list(ctx.models)
        body = _ASIDE.sub("", clause[lead.end() :] if lead else clause).strip()
        body = _CONTRAST.sub("", body)
        intro = re.match(r"^([\w-]+(?:\s+[\w-]+){0,3}),\s+", body)
        if intro and not self.parties.mentions(intro.group(1), ("org", "role")):
            rest = body[intro.end() :]
            first = self.parties.mentions(rest[:60], ("org", "role", "service"))
            if (first and first[0].start <= 4) or _PRONOUN_SUBJECT.match(rest):
                body = rest  # "By design, Oracle provides …": the introduction is not the subject
        if _RESPONSIBLE_WORD.search(body) and NEGATION.search(
            body.split(" responsib")[0].split(" accountab")[0]
        ):
            return False  # "X is not responsible for …"
        for pattern in (RESP_TO, RESP, RESP_TAKE):
            match = pattern.match(body)
            if match:
                subj = match.group("subj").strip(" ,")
                if re.search(r"\b(?:would|could|might)$", subj, re.I):
                    return False  # "in a traditional VDI, the customer would be responsible"
                if re.search(r"\b(?:who|which|whoever|what|whether)(?:\s+\w+){0,2}$", subj, re.I):
                    return False  # "… understand who has primary responsibility for": a question
                party = self.subject_party(subj, span, ctx)
                if party is None and lead and re.search(r"\b(?:they|it)$", subj, re.I):
                    # "If the tenant uses X, then the only item they are responsible for …"
                    party = self.parties.party_in(lead.group(0), span, create=False)
                if party is None:
                    return False
                obj = re.sub(r"^(?:is|are)\s+", "", match.group("obj").strip(), flags=re.I)
                if obj.endswith(":") or re.match(r"^the\s+following\b", obj, re.I):
                    return False
                kind = (match.groupdict().get("kind") or "responsible").split()[0].lower()
                predicate = _KIND_PREDICATES[kind]
                self.records.add_duties(
                    party, obj, sentence, span, predicate=predicate, models=models
                )
                return True
        if self._stated_of(body, sentence, span, ctx, models):
            return True
        advice = _RECOMMEND.match(body)
        if advice and not NEGATION.search(body):
            body = advice.group("rest")  # "We recommend that you enable MFA": the reader's duty
        required = _REQUIRES.search(body)
        if required and not NEGATION.search(body):
            party = self.parties.resolve_party(required.group("subj"), span)
            if party is not None:
                self.records.add_duties(party, required.group("obj"), sentence, span, models=models)
                return True
        return self.action(body, sentence, span, ctx, models=models)

    def action(
        self, text: str, sentence: str, span: Span, ctx: Context, *, models: list[str]
    ) -> bool:
        """``<Party> (may also) <verb> …``: a duty of that party, one per object conjunct."""
        holders = self.parties.mentions(text, ("org", "offering", "role"))
        we = re.match(r"^we\b", text, re.I)
        if we:
            party = self.parties.resolve_party(we.group(0), span)
            first_end = we.end()
        elif self._passage_party(ctx) is not None and (pronoun := _PRONOUN_SUBJECT.match(text)):
            party, first_end = self._passage_party(ctx), pronoun.end("p")  # "This team will …"
        elif (proper := self._proper_subject(text, holders, span)) is not None:
            party, first_end = proper  # "GitLab provisions …": a name no vocabulary knows
        else:
            if not holders:
                return False
            first = holders[0]
            if re.sub(r"^(?:the|a|an)\s+", "", text[: first.start], flags=re.I).strip():
                return False
            if first.concept.kind == "offering":
                party = self._vendor_of(first.concept.links.get("offered_by"), span)
            else:
                party = self.parties.resolve_party(first.text, span)
            first_end = first.end
            if re.match(r"['’]s?\s", text[first_end:]) or (
                first.text.lower() in _DETERMINERS
                and not self.state.lexicon.subject_noun_end(text[first_end:].lstrip())
            ):
                return False  # "Your run's container will …", "Your agent polls …": not the party
        if party is None:
            return False
        after = text[first_end:].strip()
        after = after[self.state.lexicon.subject_noun_end(after) :]
        match = _ACTION.match(after)
        if not match:
            return False
        verb = match.group("verb")
        modals = after[: match.start("verb")]
        following = after[match.end("verb") :]
        if NEGATION.search(f"{text[:first_end]} {modals}{verb}") or re.match(
            r"(?:['’]t|\s+not|\s+never)\b|\s*[)\]}]", following
        ):
            return False  # "Microsoft doesn't provide …": the main clause denies it
        if re.match(r"\s*the\s+right\s+to\b", following, re.I):
            return False  # "AKS reserves the right to …": a right, not a duty
        rest = positive_part(match.group("rest"))
        if rest is None:
            return False
        obliged = _OBLIGATION.search(modals) and verb.lower() == "have"
        if (verb.lower() in _NOT_DUTY_VERBS and not obliged) or not rest.strip():
            return False  # "must have a process" is a duty, "has a process" is not
        if re.search(r"(?:ity|ion|ment|ness|ance|ence|ship|ies)$", verb.lower()):
            return False  # "Customer responsibility will be …": a noun, not a verb
        if _PERMISSION.search(modals):
            return False  # "You can configure …": an option, not a duty
        reader = self.state.facts.entities[party].attrs.get("role", "").endswith("/customer")
        if reader and re.search(r"\bmay\b", modals, re.I):
            return False  # "you may add metadata": permission (the provider's "may" still binds)
        lexicon = self.state.lexicon
        reading = verb.lower() in lexicon.suggestions or verb.lower() in {"review", "check"}
        if reading and lexicon.points_elsewhere(rest):
            return False  # "you should review the AI guidance": reading, not a duty
        if verb.lower() in lexicon.suggestions | _KNOWING and _WH_OBJECT.match(rest):
            return False  # "understand what aspects of security …": no duty named
        base = lexicon.verb_base(verb)
        if not modals.strip() and verb.lower().endswith("ed") and base not in (None, verb.lower()):
            return False  # "Clients connected for longer may be reset": a participle, not a verb
        known = base is not None
        obligation = _OBLIGATION.search(modals)
        if reader and obligation and obligation.group(0).lower() == "will":
            obligation = None  # "you'll probably love the tools": a prediction, not a duty
        if not known and not obligation:
            return False  # "Customers benefit from …": not a verb of duty
        self.records.add_duties(
            party, rest, sentence, span, models=models, head=base_verb(verb).lower(), verb=verb
        )
        return True

    def _passage_party(self, ctx: Context) -> Ref | None:
        """Who "it" / "the team" is: the section's party, else the last duty's."""
        if ctx.party is not None:
            return ctx.party
        return self.state.last_duty[0] if self.state.last_duty else None

    def _vendor_of(self, iri: str | None, span: Span) -> Ref | None:
        """The party of the organisation a product belongs to ("AKS" -> Microsoft)."""
        org = self.state.vocab.by_iri.get(iri or "")
        return self.parties.resolve_party(org.label, span) if org is not None else None

    def _proper_subject(
        self, text: str, holders: list[Mention], span: Span
    ) -> tuple[Ref, int] | None:
        """A capitalised name opening the sentence that the page uses as a proper noun, when
        no vocabulary party opens it."""
        if holders and holders[0].start == 0:
            return None
        product = self._product_subject(text, span)
        if product is not None:
            return product
        name = _PROPER_SUBJECT.match(text)
        if name is None or self.parties.mentions(name.group("name"), ("service", "service_model")):
            return None  # "Amazon RDS Custom automates …", "The IaaS offering": not a party
        party = self.parties.resolve_party(
            name.group("name"), span, allow_unknown=True, strict=True
        )
        return (party, name.end("name")) if party is not None else None

    def _product_subject(self, text: str, span: Span) -> tuple[Ref, int] | None:
        """A cloud service of the vocabulary as the subject ("AKS releases patches"): its
        provider does it."""
        found = self.state.vocab.matchers["service"].find(text[:80])
        if not found or re.sub(r"^(?:the|an?)\s+", "", text[: found[0].start], flags=re.I):
            return None
        end = found[0].end
        rest = text[end:].lstrip()
        nouns = self.state.lexicon.subject_noun_end(rest)
        verb = re.match(rf"^(?:{_ADVERB_WORDS}\s+)*[a-z]+s\b", rest[nouns:])
        if not verb and not (nouns and _OBLIGATION.match(rest[nouns:])):
            return None  # "AKS clusters …": a noun compound, not the service acting
        party = self._vendor_of(found[0].concept.links.get("provider"), span)
        return (party, end) if party is not None else None

    def strip_subject(self, sentence: str, span: Span, ctx: Context) -> tuple[str, Ref | None]:
        """A duty label from a sentence that names its party: ("patch the hosts", customer)
        for "The customer patches the hosts"; (sentence, None) when no party is its subject."""
        for pattern in (RESP_TO, RESP, RESP_TAKE):
            match = pattern.match(sentence)
            if match and match.group("obj").strip():
                subj = match.group("subj").strip(" ,")
                party = self.subject_party(subj, span, ctx) if subj else None
                return match.group("obj"), party
        holders = self.parties.mentions(sentence, ("org", "offering", "role"))
        if holders and holders[0].concept.kind != "offering":
            first = holders[0]
            before = re.sub(r"^(?:the|a|an)\s+", "", sentence[: first.start], flags=re.I).strip()
            match = _ACTION.match(sentence[first.end :].strip())
            if not before and match and match.group("verb").lower() not in _NOT_DUTY_VERBS:
                party = self.parties.resolve_party(first.text, span)
                return f"{base_verb(match.group('verb'))}{match.group('rest')}", party
        return sentence, None
