"""Sentence cases beside a sentence's main clause: answers to who-questions, asides,
recommendations, necessities (``It is essential for X to …``), shared duties and second verbs.

The base of ``prose.ProseReader``, which tries these while it reads a sentence clause by clause.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Span
from ..lexicon import Lexicon
from ..text import plain
from .clauses import ClauseReader
from .cues import (
    LEADING_PHRASE,
    NEGATION,
    OBLIGATION,
    PASSIVE_CONDITION,
    RESP_PAREN,
    TOGETHER,
    expand,
    negated,
    theme,
    unbracketed,
)
from .labels import capitalize, conjuncts, trim
from .parties import PartyResolver
from .records import FactRecorder
from .state import Context

__all__ = ["SentenceCases", "who_question"]

_JOINED = re.compile(r"\s(?:and|&)\s", re.I)
"""Two names joined in a subject ("Hosts and tenants")."""
_WORD = re.compile(r"[A-Za-z][\w-]*")
_READER = re.compile(r"\byou\b", re.I)
"""The reader in a joined subject: its "will" is a prediction, not a promise."""
_WILL_DO = re.compile(
    r"\s*(?!(?:meet|agree|discuss|talk|work|collaborate|decide|be|have)\b)[a-z]+\s+"
    r"(?!(?:in|on|at|to|with|for|about|together|jointly)\b)[a-z]"
)
"""A joined subject's "will" before a verb and its object ("A and B will write the report"):
a joint duty; not a meeting or an agreement ("will meet in spring", "will agree on X")."""
_SHARED_HEAD = re.compile(
    r"\s(?:and|&)\s+(?!(?:the|an?|all|each|every|our|your|their|its)\s)[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*)?(?<!s)$"
)
"""A last conjunct with no determiner, in lower case and singular: the head noun the two share
("the Acme operation and maintenance team"), one party, not two."""
_CONJUNCTS = re.compile(r",\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+", re.I)
"""Where a joined subject splits into its names ("A, B, and C")."""
_LEADING_DETERMINER = re.compile(r"^(?:the|our|your|their|its|all|each|every|both)\s+", re.I)
_PROPER_NAME = re.compile(r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}")
_NOT_MODIFIER = re.compile(
    r"(?i:to|of|for|in|on|with|by|and|or|is|are|be|not|that|which|these|this|those)|[A-Z].*"
)
_NOT_SUBJECT = frozenset({"is", "are", "was", "were", "has", "have", "do", "does", "can", "may"})
"""Words that end a subject without a duty verb after it ("A and B are …")."""

_NOT_PERMITTED = re.compile(
    r"^it\s+is\s+(?:strictly\s+|also\s+)?not\s+(?:permitted|allowed)\s+to\s+(?P<deed>[a-z].+?)\.?$",
    re.I,
)
"""``It is not permitted to share login details``: a rule for the reader, who must not."""


def _not_permitted(
    parties: PartyResolver, records: FactRecorder, clause: str, sentence: str, span: Span
) -> bool:
    """Record "It is not permitted to X" as the reader's duty "Do not X"."""
    barred = _NOT_PERMITTED.match(clause.strip())
    reader = parties.resolve_party("you", span) if barred else None
    if barred is None or reader is None:
        return False
    return records.duty(reader, f"Do not {trim(barred['deed'])}", sentence, span) is not None


_EACH_CASE = re.compile(
    r"^in\s+(?:both|either|each|all)\s+(?:of\s+these\s+)?cases?,?\s+(?P<obj>(?:an?|the)\s+"
    r"[^,]{3,80}?)\s+(?:must|shall|(?:is|are)\s+required\s+to)\s+be\s+(?P<verb>[a-z]+)\b"
    r"(?P<rest>.*)$",
    re.I,
)
"""``In both cases a notice of the update MUST be sent to X``: a passive closing alternatives."""

_ADJACENT_LINES = 3
"""How far (in lines) the duty a closing passive binds may lie before it."""

_BOLD_OPENING = re.compile(r"^\s*\*\*(?P<c>[^*]{3,120}?)\*\*\s+(?=[a-z])")
"""A sentence that opens with a bold phrase and goes on in lower case after it."""

_SECOND_VERB = re.compile(
    r",?\s+and\s+(?:also\s+)?(?P<verb>[a-z]+s)\s+(?=(?:the|an?|its|their|his|her|our|your|all|"
    r"any|each|every)\s)"
)
"""``… and coordinates the …`` after a responsibility's object: the subject's second verb."""


@lru_cache(maxsize=4)
def _sharing(phrases: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(
        re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(
        rf"^(?P<subj>.+?)\s+(?:{words or 'share'})\s+(?:the\s+)?(?:[\w-]+\s+)?"
        r"responsibilit(?:y|ies)(?:\s+(?:for|of)\s+(?P<obj>.+?)"
        r"(?:,?\s+(?:where|as\s+follows))?)?\s*[:.]?$",
        re.I | re.S,
    )


_SHARED_PASSIVE = re.compile(
    r"^(?:the\s+)?responsibilit(?:y|ies)\s+(?:for|of)\s+(?P<obj>.+?)\s+(?:is|are)\s+"
    r"(?:jointly\s+|also\s+)?shared\s+(?:between|among|by)\s+(?P<subj>.+?)\.?$",
    re.I | re.S,
)
"""``(The) responsibility for X is shared between A and B``: A and B share X."""
_SHARED_PREDICATE = re.compile(
    r"^(?P<obj>.+?)\s+(?:is|are|remains?)\s+(?:a|the)\s+(?:shared|mutual)\s+"
    r"(?:responsibilit(?:y|ies)|dut(?:y|ies)|tasks?)\s+(?:between|among|of)\s+(?P<subj>.+?)\.?$",
    re.I | re.S,
)
"""``Licensing audits are a shared responsibility between A and B``: A and B share them
(below a page's introduction, where the same words state the page's theme; "a joint duty of
A and B" is object_first's ``_JOINT_OF``)."""


def sharing(lexicon: Lexicon) -> re.Pattern[str]:
    """``Microsoft and users share responsibility for agent nodes (where:)``, ``You and Acme
    have a shared responsibility for X, as follows:`` (the phrases: cue-words.ttl,
    sharing-phrase): the joint subject and what it shares."""
    return _sharing(lexicon.sharings)


_NECESSARY = re.compile(
    r"^it\s+is\s+(?:(?:absolutely|therefore|also|thus)\s+)?(?P<adj>[a-z]+)\s+"
    r"(?:for\s+(?P<subj>[^,]{2,60}?)\s+to\s+(?P<obj>.+)|that\s+(?P<rest>.+))$",
    re.I | re.S,
)
"""``It is essential for X to <verb> …``, ``It is vital that X <verb>s …``."""


def _binding(adjective: str, lexicon: Lexicon) -> bool:
    """Whether "It is <adjective> that X …" / "… for X to …" binds X: a necessity; or
    "important", which labels a notice ("Important: …") and binds once an agent is named ("It
    is important that customers pin X")."""
    return adjective.lower() in lexicon.necessities | lexicon.notice_labels


_FOR_YOURS = re.compile(
    r"^it(?:\s+is|['’]s)\s+(?:(?:absolutely|therefore|also|thus)\s+)?"
    r"(?P<adj>(?:[a-z]+\s+)?[a-z]+)\s+to\s+(?P<obj>(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s+"
    r"(?:(?:(?!(?:that|which|who|where|when|if)\b)[^\s,.;:]+\s+){0,3}?your|"
    r"(?:(?!(?:that|which|who|where|when|if)\b)[^\s,.;:]+\s+){1,3}?you)\s.+)$",
    re.I | re.S,
)
"""``It is critical to ensure the security of your keys``: no agent is named, but the thing
acted on is the reader's (``your`` within the verb's first words, or "the IPs you use"; not
"ensure you have X", whose "you" opens a clause): the reader's duty."""
_UP_TO = re.compile(
    r"^it\s+is\s+(?:(?:entirely|completely|solely|always)\s+)?up\s+to\s+(?P<subj>[^,]{2,60}?)"
    r"\s+to\s+(?P<obj>.+)$",
    re.I | re.S,
)
"""``It is up to you to secure your instance``: the decision, and so the duty, is the party's."""

_LEFT_TO = re.compile(
    r"^(?:(?:how|when|where|whether)\s+(?:you|we)\s+)?(?P<obj>(?!it\b)[^,;:]{3,120}?)\s+(?:is|are)\s+"
    r"(?:(?:entirely|completely|solely|always)\s+)?up\s+to\s+(?P<subj>[^,;:]{2,40}?)\s*\.?$",
    re.I | re.S,
)
"""``How you label the crates is up to you``: what is left to a party, that party's duty."""

_AND_GERUND = re.compile(r",?\s+and\s+(?=[a-z]+ing\s)", re.I)
"""``… reading A and seeking B``: a second recommended gerund phrase."""

_WHO_ASIDE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*\(\s*who\s+"
    r"(?P<clause>[a-z][^()]{2,150})\)"
)
"""``the Platform Team (who manages the clusters)``: a name, then what it does."""
_WHO_COMMA = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}),\s+who\s+"
    r"(?P<clause>(?:will|shall|must)\s+[a-z][^()]{2,200}?)(?=[.;]?$|[.;]\s)"
)
"""``… to Acme, who will handle A and B``: a name, then (after a comma) what it will do."""

_YOU_RELATIVE = re.compile(
    r"(?:^(?:an?\s+|the\s+)?(?P<subj>[\w-]+(?:\s+[\w-]+){0,3})\s+(?:is|are)\s+"
    r"(?P<what>an?\s+[\w-]+)|\b(?:is|are)\s+governed\s+by\s+(?P<obj>[\w\s-]{3,60}?))\s+"
    r"(?:that|which)\s+you\s+(?P<v1>[a-z]+)(?:\s+and\s+(?P<v2>[a-z]+))?\b",
    re.I,
)
"""``<X> is a <noun> that you <verb> (and <verb>)`` / ``… is governed by <Y> that you <verb>``."""

_WHO_ASKS = re.compile(
    r"^(?:q\s*[:.]\s*)?who\s+(?:is|are)\s+(?:responsible|accountable|in\s+charge)\s+(?:for|of)\s+"
    r"(?P<obj>[^?]{2,80})\?$",
    re.I,
)

_WHO_DOES = re.compile(
    r"^(?:q\s*[:.]\s*)?who\s+(?:(?P<modal>will|must|should|needs?\s+to|has\s+to)\s+)?"
    r"(?P<verb>[a-z]+)\s+(?P<obj>[^?]{2,80})\?$",
    re.I,
)

_ANSWER = re.compile(
    r"^(?:a\s*[:.]\s*)?(?:(?:yes|no)\s*[,.]\s*)?(?:(?:it|that)(?:['’]s|\s+is)\s+)?"
    r"(?P<who>[\w .’'&-]{1,40}?)(?:\s+(?:is|are|do|does|will|shall|must|has\s+to|have\s+to)"
    r"(?:\s+(?:responsible|accountable))?)?\s*[.!]?$",
    re.I,
)
"""A short answer naming a party ("You are.", "Nimbus does.", "It's yours.")."""

_ANSWER_WORDS = 5


def who_question(text: str, lexicon: Lexicon) -> str:
    """The duty a who-question asks ("Who is responsible for backups?" -> "backups", "Who
    patches the hosts?" -> "patch the hosts"), or ""."""
    asks = _WHO_ASKS.match(text.strip())
    if asks:
        return asks.group("obj").strip()
    does = _WHO_DOES.match(text.strip())
    if does is None:
        return ""
    verb = does.group("verb")
    base = lexicon.verb_base(verb) if does.group("modal") else lexicon.third_person_base(verb)
    if base is None or (does.group("modal") and base != verb.lower()):
        return ""
    return f"{base} {does.group('obj').strip()}"


def _joint_will(subj: str, rest: str, conditioned: bool) -> bool:
    """Whether "A and B will …" promises a joint duty: a response under a leading condition
    ("If a pump fails, A and B will repair it") or a deed with its object ("will write the
    report"); not the reader's prediction ("you and Acme will see …"), a meeting or an
    agreement, nor one party's shared head noun ("the operation and maintenance team")."""
    if _READER.search(subj) or _SHARED_HEAD.search(subj):
        return False
    return conditioned or _WILL_DO.match(rest) is not None


def _named_joint_subject(body: str, parties: PartyResolver, lexicon: Lexicon) -> str:
    """The joined subject before a duty verb in its base form and no modal ("Acme and the
    customer patch the hosts"), when each conjunct names a party and one a party the page or
    a vocabulary knows; else "" ("PostgreSQL and Valkey run …")."""
    for plain_verb in _plural_verbs(body, lexicon):  # "A and B document X and agree on Y"
        subj = body[:plain_verb].rstrip()
        names = _CONJUNCTS.split(unbracketed(subj))  # "the vendors (Acme [AC] and Zeta)"
        kinds = [_names_party(p, parties, lexicon) for p in names]
        if all(kinds) and max(kinds) >= 2:
            return subj
    return ""


def _names_party(part: str, parties: PartyResolver, lexicon: Lexicon) -> int:
    """How a conjunct of a joined subject names a party: 2 all a name a vocabulary or the
    page gives a party, perhaps after a determiner ("the public cloud providers"); 1 a
    capitalised name ("Nimbus Labs"); 0 anything else ("These terms apply to your")."""
    name = TOGETHER.sub("", _LEADING_DETERMINER.sub("", part.strip(" ,")))
    found = parties.mentions(name, ("org", "role"))
    before = name[: found[0].start].split() if found else []
    modifiers = len(before) <= 2 and not any(
        _NOT_MODIFIER.fullmatch(w) or lexicon.verb_base(w.lower()) for w in before
    )  # "the public cloud providers"; not "terms apply to your"
    if found and modifiers and found[-1].end == len(name):
        return 2
    return 1 if _PROPER_NAME.fullmatch(name) else 0


def _plural_verbs(body: str, lexicon: Lexicon) -> list[int]:
    """Where the verb of a joined subject may start: the first duty verb in its base form
    after an "and" ("Acme and the customer patch …", "A, B and C all review …"), the last
    "and" first, then the earlier ones (the last may join the verbs: "A and B document X and
    agree on Y")."""
    starts: list[int] = []
    for joined in reversed(list(_JOINED.finditer(body[:120]))):
        for word in _WORD.finditer(body, joined.end()):
            lower = word.group(0).lower()
            if lexicon.verb_base(lower) == lower:
                starts.append(word.start())
                break
            if word.start() - joined.end() > 60 or lower in _NOT_SUBJECT:
                break
    return starts


class SentenceCases(ClauseReader):
    """Reads the particular cases of a sentence (answers, asides, recommendations, necessities,
    shared duties); the base of ``ProseReader``."""

    def _bold_condition(self, sentence: str) -> str:
        """ "**If you use the cloud** you should list the trucks": a bold condition (a
        cue-words.ttl condition-word first) ends where its bold does, as a comma would end it."""
        bold = _BOLD_OPENING.match(sentence)
        if bold is None or bold.group("c").split()[0].lower() not in self.state.lexicon.conditions:
            return sentence
        return f"{bold.group('c').rstrip(' ,')}, {sentence[bold.end() :]}"

    def _answered(self, text: str, span: Span) -> bool:
        """A who-question ("Who patches the hosts?", "Who is responsible for backups?") asks a
        duty; the short answer read right after it ("You do.", "Nimbus is.", "Yours.") gives
        that duty its party. True when the sentence was the question or its answer."""
        asked, self.state.question = self.state.question, ""
        question = who_question(text, self.state.lexicon)
        if question:
            self.state.question = question
            return True
        answer = _ANSWER.match(text) if asked else None  # an answer only after a question
        if not asked or answer is None or len(answer.group("who").split()) > _ANSWER_WORDS:
            return False
        who = answer.group("who")
        who = {"yours": "you", "ours": "we"}.get(who.lower(), who)
        party = self.parties.resolve_party(who, span, allow_unknown=True)
        if party is None:
            return False
        self.records.duty(party, trim(asked), text, span)
        return True

    def _who_asides(self, text: str, sentence: str, span: Span, ctx: Context) -> bool:
        """``… between the Platform Team (who manages the clusters) and …``, ``… to Acme, who
        will handle X``: a relative clause in parentheses (or after a comma, with a modal)
        after a party's name states that party's duty."""
        found = False
        for match in [*_WHO_ASIDE.finditer(text), *_WHO_COMMA.finditer(text)]:
            name = match.group("name")
            known = self.parties.resolve_party(name, span, allow_unknown=True, create=False)
            if known is None:
                first = name.split()[0].lower()
                lexicon = self.state.lexicon
                if first in lexicon.suggestions or lexicon.verb_base(first) == first:
                    continue  # "Contact Support (who …)": an instruction, not a name
                # "who" tells a person or a team: the name is a party
                self.parties.resolve_party(name, span, force=True)
            clause = f"{name} {match.group('clause')}"
            found = self.action(clause, sentence, span, ctx, models=list(ctx.models)) or found
        return found

    def _defined_by_you(self, text: str, span: Span) -> bool:
        """``A runner is a system that you deploy and manage``, ``governed by controls that you
        define``: a definition whose relative clause gives the reader's duty."""
        match = _YOU_RELATIVE.search(text)
        lexicon = self.state.lexicon
        if match is None or NEGATION.search(match.group(0)):
            return False
        verbs = [match.group("v1"), match.group("v2") or ""]
        if not all(lexicon.verb_base(v) == v.lower() for v in verbs if v):
            return False
        reader = self.parties.resolve_party("you", span)
        if reader is None:
            return False
        action = " and ".join(v for v in verbs if v)
        obj = match.group("obj")
        if match.group("what"):  # "a system that you deploy": the subject is what it is
            obj = f"{match.group('subj')}"
        self.records.duty(reader, trim(f"{action} {obj}"), text, span)
        return True

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
            if other is not None:
                self.records.concern(duty, other, span)

    def _rule_case(self, clause: str, sentence: str, span: Span) -> bool:
        """A rule read before any other shape of clause: "It is not permitted to X" (the
        reader's "Do not X"), or "In both cases …" (``_each_case``)."""
        return _not_permitted(
            self.parties, self.records, clause, sentence, span
        ) or self._each_case(clause, sentence, span)

    def _each_case(self, clause: str, sentence: str, span: Span) -> bool:
        """ "In both cases a notice MUST be sent to X" right after a party's binding duty
        ("Otherwise the provider MUST patch …"): a passive that closes the alternatives just
        stated binds the party that was bound in them."""
        case = _EACH_CASE.match(clause)
        last = self.state.last_duty
        if case is None or last is None or negated(clause):
            return False
        earlier = self.state.facts.entities[last[1]].span
        if earlier is None or not 0 <= span.start - earlier.end <= _ADJACENT_LINES:
            return False
        base = self.state.lexicon.verb_base(case.group("verb"))
        if base is None:
            return False
        label = trim(f"{base} {case.group('obj')}{case.group('rest')}")
        self.records.duty(last[0], capitalize(label), sentence, span)
        return True

    def _second_verbs(self, pieces: list[str]) -> list[str]:
        """Each piece cut before "and <verb>s <determiner> …", a second verb of the subject
        ("responsible for overseeing A and coordinates B"): "coordinate B" is a duty too."""
        out: list[str] = []
        lexicon = self.state.lexicon
        for piece in pieces:
            cut = next(
                (
                    m
                    for m in _SECOND_VERB.finditer(piece)
                    if lexicon.third_person_base(m.group("verb")) and piece[: m.start()].strip()
                ),
                None,
            )
            if cut is None:
                out.append(piece)
                continue
            base = lexicon.third_person_base(cut.group("verb"))
            out.extend([piece[: cut.start()], f"{base}{piece[cut.end('verb') :]}"])
        return out

    def _joint_action(
        self,
        body: str,
        sentence: str,
        span: Span,
        ctx: Context,
        models: list[str],
        *,
        conditioned: bool = False,
    ) -> bool:
        """``A and B must <verb> …``: a binding modal after a subject that joins parties
        ("Hosts and tenants must rotate keys"): the duty of each of them; ``conditioned``: the
        clause follows a leading condition ("If X, …")."""
        bound = OBLIGATION.search(body)
        subj = body[: bound.start()].rstrip(" _*") if bound else ""
        if bound is None:  # "Acme and the customer patch the hosts"
            subj = _named_joint_subject(body, self.parties, self.state.lexicon)
            if not subj:
                return False  # "PostgreSQL and Valkey run …": no party the page knows
        elif bound.group(0).lower() == "will" and not _joint_will(
            subj, body[bound.end() :], conditioned
        ):
            # "Nimbus and the keepers will meet in spring": what happens, no duty; under a
            # condition it is a promised response ("If a pump fails, A and B will repair
            # it"), but the reader's "will" predicts ("If …, you and Acme will see …")
            return False
        if not _JOINED.search(subj):
            return False
        owners = self.co_subjects(subj, span, ctx)
        found = False
        for owner in owners:
            read = self.action(body, sentence, span, ctx, models=models, subject=(owner, len(subj)))
            found = read or found
        return found

    def joins_parties(self, sentence: str, span: Span, ctx: Context) -> bool:
        """Whether a sentence's subject, after a leading condition, joins two parties or more
        before a binding modal ("If a leak is found the wardens and the board will fix it")."""
        text = PASSIVE_CONDITION.sub(r"\g<cond>, ", expand(plain(sentence)).strip())
        lead = LEADING_PHRASE.match(text)
        body = text[lead.end() :] if lead else text
        bound = OBLIGATION.search(body)
        subj = body[: bound.start()].strip(" ,") if bound else ""
        if not _JOINED.search(subj) or NEGATION.search(subj):
            return False
        return len(self.co_subjects(subj, span, ctx)) >= 2

    def _recommended(self, rest: str, sentence: str, span: Span) -> bool:
        """``We recommend patching images and limiting access``: each gerund phrase the reader's
        duty, unless it names a tool to use or reading matter."""
        lexicon = self.state.lexicon
        reader = self.parties.resolve_party("you", span)
        stated = False
        phrases = _AND_GERUND.split(rest)
        if any(len(phrase.split()) < 2 for phrase in phrases):
            phrases = [rest]  # "reviewing and applying X": two verbs, one object
        for phrase in phrases:
            verb = re.match(r"[a-z]+", phrase, re.I)
            base = lexicon.verb_base(verb.group(0)) if verb else None
            purposed = base == "use" and self.use_for_duty(phrase[verb.end() :] if verb else "")
            # "If you are new to X, we recommend using Y to Z": a choice for that reader
            purposed = purposed and not self._conditional(sentence, phrase)
            if base is None or reader is None or (self.states_no_duty(base) and not purposed):
                continue  # "AKS recommends using daemon sets": a tool
            if base in lexicon.suggestions | {"review", "check"} and lexicon.points_elsewhere(
                phrase
            ):
                continue  # "reading the guide": reading matter
            self.records.duty(reader, trim(phrase), sentence, span)
            stated = True
        return stated

    def _for_yours(self, body: str, sentence: str, span: Span, models: list[str]) -> bool:
        """ "It is critical to ensure the security of your keys", "It is very important to keep
        your network locked down": the reader's duty (the adjective one of necessity, lexicon;
        a verb of declaration, "understand your duties", states none)."""
        lexicon = self.state.lexicon
        found = _FOR_YOURS.match(body)
        adjective = " ".join(found.group("adj").lower().split()) if found else ""
        if found is None or adjective not in lexicon.necessities:
            return False
        base = lexicon.verb_base(found.group("verb").lower())
        if base is None or base in lexicon.declarations or negated(body[: found.start("obj")]):
            return False
        reader = self.parties.resolve_party("you", span)
        if reader is None:
            return False
        self.records.add_duties(reader, found.group("obj"), sentence, span, models=models)
        self.state.stated = reader  # "… This includes A and B": more of the reader's duty
        return True

    def _necessary(
        self, body: str, sentence: str, span: Span, ctx: Context, models: list[str]
    ) -> bool:
        """ "It is essential for reviewers to verify X" / "It is vital that the host locks
        Y": the party's duty, the adjective one of necessity (lexicon)."""
        up_to = _UP_TO.match(body)
        owner = self.subject_party(up_to.group("subj"), span, ctx) if up_to else None
        if up_to and owner is not None and not negated(body[: up_to.start("subj")]):
            self.records.add_duties(owner, up_to.group("obj"), sentence, span, models=models)
            return True  # "It is up to you to secure your instance"
        left = _LEFT_TO.match(body)
        owner = self.subject_party(left.group("subj"), span, ctx) if left else None
        if left and owner is not None and not negated(body):
            self.records.add_duties(owner, left.group("obj"), sentence, span, models=models)
            return True  # "How you label the crates is up to you"
        needed = _NECESSARY.match(body)
        if needed is None or not _binding(needed.group("adj"), self.state.lexicon):
            return self._for_yours(body, sentence, span, models)
        if negated(body[: needed.start("adj")]):
            return False  # "It is not necessary for you to …"
        if needed.group("rest"):
            acted = self.action(needed.group("rest"), sentence, span, ctx, models=models)
            if acted:  # "It is essential for you to X. This includes A and B": more of it
                self.state.stated = self.state.acted
            return acted
        party = self.subject_party(needed.group("subj"), span, ctx)
        if party is None:
            return False
        self.records.add_duties(party, needed.group("obj"), sentence, span, models=models)
        self.state.stated = party  # "… This includes A and B": more of its duty
        return True

    def _shared(self, body: str, sentence: str, span: Span, models: list[str]) -> bool:
        """``Both customers and Supabase share the responsibility of X``: each party's duty,
        marked shared; ``Responsibility for X is shared between A and B`` says the same."""
        passive = _SHARED_PASSIVE.match(body) or _SHARED_PREDICATE.match(body)
        if passive and not NEGATION.search(body):
            body = f"{passive.group('subj')} share responsibility for {passive.group('obj')}"
        match = sharing(self.state.lexicon).match(body)
        if match is None or not match.group("obj") or NEGATION.search(body):
            return False
        first = match.group("subj").split(maxsplit=1)[0].lower()
        if first in self.state.lexicon.suggestions:
            return True  # "See what tasks you and Acme share responsibility for": a pointer
        names = re.split(
            r"\s*(?:,|\band\b|&)\s*", re.sub(r"^both\s+", "", match.group("subj"), flags=re.I)
        )
        parties = [self.parties.resolve_party(n, span, allow_unknown=True) for n in names if n]
        found = list(dict.fromkeys(p for p in parties if p is not None))
        if len(found) < 2 or None in parties:
            return False  # (each name a party; "you, the customer, and Acme" names two)
        self.state.shared_parties = found
        if self.state.before_table:
            return True  # the summary of the table below it, whose rows state the duties
        return self.shared_object(body, span, sentence=sentence, models=models)

    def shared_object(
        self, text: str, span: Span, *, sentence: str = "", models: list[str] | None = None
    ) -> bool:
        """What "… share (the) responsibility for X" names: X for every sharing party."""
        match = sharing(self.state.lexicon).match(text)
        obj = (match.group("obj") or "").strip() if match else ""
        if not obj or re.match(r"^(?:the\s+following|these|this)\b", obj, re.I):
            return False
        if theme(obj, self.state.lexicon):
            return True  # "Compliance is a shared responsibility between A and B": the theme
        for party in self.state.shared_parties:
            for phrase in conjuncts(obj):
                each_model: list[str | None] = list(models) if models else [None]
                for model in each_model:
                    self.records.duty(
                        party,
                        trim(phrase),
                        sentence or text,
                        span,
                        shared=True,
                        service_model=model,
                    )
        return True
