"""Lead-ins: the paragraph before a list that says whose duties the list holds.

A paragraph's closing sentence ending in ":" is a lead-in ("The customer is responsible for:",
"X uses the following:", "AKS support teams will:"); a paragraph's own sentences are read as prose
first. graph/extract/lists.py reads the list items under the lead-in this returns.
The lead-in sentence itself is read by ``leadin_sentences.LeadinSentences``, the base of
``LeadinReader``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..document import BulletList, Paragraph, Section
from ..facts import Ref, Span
from ..lexicon import Lexicon
from ..text import Needing, plain, sentences, split_top_level
from .cues import (
    BARE_CONDITION,
    CLAUSE_VERBS,
    FINITE,
    NEGATION,
    PASSIVE_CONDITION,
    expand,
    negated,
    oversight_words,
    refrained_order,
)
from .heading_parties import HeadingParties
from .labels import OPEN_INFINITIVE, that_clauses, trim
from .leadin_sentences import GERUND_FOLLOWING, LeadinSentences, step_heading, step_section
from .obligations import agentless_obligation
from .parties import names_one_party, page_titles
from .requests import owned_run_in, requested
from .state import Context, DocState, Leadin, role_iri

__all__ = ["LeadinReader", "semicolon_series", "step_heading", "step_section", "verb_phrases"]

_AND_VERB = re.compile(
    r"(?:,?\s+and(?:\s+then|\s+(?:with|for)(?=\s+[a-z]{3,}ing\s))?|,)\s+(?P<verb>[a-z]+)\s+"
    r"(?!(?:info|information|details|person|persons|point|points)\b)(?=\w)"
)
"""The ", and <verb>" (or ", <verb>" of a series: "Rotate X, audit Y, and publish Z"; "and with
<gerund>" after "tasked with": "Implementing X and with ensuring Y") joining duty verbs of one
list item; not a verb that heads a noun ("the name, and contact info for …")."""
_OWNER_PAREN_LABEL = re.compile(r"^(?P<label>[^()]{2,80}?)\s*\((?P<who>[^()]{2,60})\)\s*:?$")
"""A label with its owners in parentheses ("Shared controls (Acme and customer)")."""
_OWNER_WORDS = re.compile(
    r"\b(?:only|alone|solely|(?:is\s+)?responsible|responsibility|owned|managed)\b|^both\s+",
    re.I,
)
"""Words around the owners' names in such parentheses ("Acme only", "both A and B")."""
_FOLLOWING_END = re.compile(
    rf"\b(?:the\s+)?following\b{GERUND_FOLLOWING}(?:\s+\w+){{0,2}}"
    r"(?:,?\s+(?:according\s+to|as\s+agreed|as\s+needed|as\s+required|based\s+on|depending\s+on"
    r"|within|under|during|in\s+line\s+with|subject\s+to)\b[^.:;]{0,80})?\s*\.?$",
    re.I,
)
"""A paragraph that ends "… responsible for the following" (no colon) before a list, perhaps
with a qualifier after it ("… will complete the following tasks according to the access they
are granted.")."""
_INHERITED_FROM = re.compile(
    r"\b(?:which|that)\s+(?:a|the|every|each)?\s*[a-z][\w-]*\s+"
    r"(?:fully\s+|entirely\s+|simply\s+)?inherits?\s+from\s+"
    r"(?P<party>the\s+[a-z]+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s*\.?$",
)
"""A paragraph ending "Controls which a customer fully inherits from Acme." over a list: the
listed controls are the party inherited from's, as "These are the checks that fall to you"
gives its list to the reader."""
_FALLS_TO = re.compile(
    r"^(?:(?:these|those|here)\s+(?:are|is)\s+(?:the\s+)?|the\s+following\s+|these\s+|those\s+)"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:(?:that|which)\s+)?(?:fall|falls|rest|rests|lie|lies|sit|sits)\s+"
    r"(?:squarely\s+|entirely\s+|solely\s+)?(?:to|with|on)\s+"
    r"(?P<party>you|your\s+[a-z]+|the\s+[a-z]+|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})"
    r"(?:\s+(?:before|during|after|when|once|at|for|in|to)\b[^.:;]{0,60})?\s*\.?$",
    re.I,
)
"""A paragraph that ends by saying the list after it falls to a party ("These are the checks
that fall to you before launch.", "The following tasks rest with the operator."): a lead-in
of that party's duties, without a colon."""
_FORBIDDING_TAIL = re.compile(
    r"(?<!\byou)(?<!\bwe)(?<!\bthey),?\s+(?P<and>(?:and\s+|but\s+)?)(?:never|do\s+not|don['’]t)\s",
    re.I,
)
"""``…, and never share the keys``: a prohibition after an instruction, no part of it (not
"… and that you don't filter X": the clause's own subject is negated)."""
_READER_BOUND = re.compile(
    r"^you\s+(?:must|should|need\s+to|have\s+to|are\s+required\s+to)\s", re.I
)
"""A sentence that binds the reader ("You must …"): later instructions of its paragraph are
the reader's duties as well."""

_READER_CONDITION = re.compile(
    r"^if\s+(?:[^,]{0,60}?\s)?(?:you|your)\b[^,]{0,100},\s+(?!please\b)", re.I
)
"""A leading condition that speaks of the reader ("If your address changes, …", "If there is a
problem with your site, …"): the instruction after it is addressed to the reader (not "When
you have …, install …", a step of a procedure)."""

_ALWAYS = re.compile(r"^always\s+(?=[a-z])", re.I)
"""An instruction opened by "Always" ("Always use the vault for signing keys"): a standing
rule for the reader, not a step of a procedure."""

_LINKED_ORDER = re.compile(r"^\[(?P<text>[^\]]+)\]\([^)]*\)")
"""A sentence opened by a link whose text is itself the instruction ("[Book a demo](…) to get
started"): a call to follow the link."""


_LABEL_WORDS = 6
"""The most words a label line without a colon may have ("Customer security
responsibilities")."""


_NOT_RESPONSIBLE = re.compile(
    r"^(?:[^,]{1,60}?)\s+(?:is|are)\s+not\s+(?:(?:[a-z]+ly|also)\s+)?(?:responsible|accountable)"
    r"\s+for\s+(?P<obj>.+)$",
    re.I | re.S,
)
"""``You are not responsible for X, nor Y``: a duty denied, which the next sentence may give
to someone ("That's the job of the developer")."""
_NOT_DONE = re.compile(
    r"^(?:[^,]{1,60}?)\s+(?:do|does|will|shall)\s*(?:not|n['’]t)\s+"
    r"(?P<obj>(?P<verb>[a-z]+)\s+[^,;]+)$",
    re.I | re.S,
)
"""``We do not patch guest systems``: a deed denied, as ``_NOT_RESPONSIBLE`` denies a duty."""
_NOR = re.compile(r",?\s+nor\s+", re.I)
_RESPONSIBILITY_OF = re.compile(
    r"\b(?:which|that)\s+(?:are|is)\s+(?:solely\s+|entirely\s+|wholly\s+|fully\s+)?"
    r"(?:the\s+)?responsibility\s+of\s+(?P<subj>(?:the\s+)?[\w-]+)\b",
    re.I,
)
"""``Controls which are solely the responsibility of the customer …``: things a party holds,
whose examples a list may give next ("Examples include:")."""
_HAS_SHARE = re.compile(
    r"^(?:(?:in|for|with|under)\b[^,]{0,80},\s*)?(?P<subj>[^,:]{1,60}?)\s+(?:also\s+)?"
    r"(?:has|have|bears?|carries?)\b[^.:;]{0,40}?\b(?:responsibilit(?:y|ies)|duties|obligations)"
    r"(?:\s+(?:too|as\s+well))?\.?$",
    re.I,
)
"""``In X, the customer also has a fair share of the responsibility.``: a party holding duties
the sentence does not name; "This includes:" after it lists them."""
_AGENTLESS_PASSIVE = re.compile(
    r"^(?!(?:it|this|that|there|these|those|you|we|they|when|if|once|where|while|as|after|"
    r"before|unless|whether)\b)(?:(?!(?:where|which|who|that|when)\b)[\w'’/.-]+\s+){1,10}?"
    r"(?:is|are|(?:will|shall|must|should)\s+(?:(?:also|always)\s+)?be|gets?)\s+"
    r"(?:(?:[a-z]+ly|also|then|always)\s+)?(?P<pp>[a-z]{3,}(?:ed|en|t))\b(?![^.]*\bby\s)",
    re.I,
)
"""A sentence in the passive that names no agent ("Backups are retained for 30 days")."""
_NUMBERED_LABEL = re.compile(r"\d{1,2}[.)]\s+(?P<label>[^.:\n]{2,60}):")
"""A numbered label over a list ("1. For Site Engineers:")."""
_EXPECTATIONS_OF = re.compile(r"^(?:our\s+|key\s+)?expectations\s+(?:of|from|for)\s", re.I)
"""A heading of what is expected of a party ("Our Expectations from Tenants")."""
_BINDING_PASSIVE = re.compile(r"\b(?:must|should|shall)\s+(?:(?:also|always|[a-z]+ly)\s+)?be\b")
"""A passive that binds ("X must be kept …")."""
_SHORT_OPENING = re.compile(
    r"^(?!(?:if|when|whenever|once|unless|where|while|as|after|before|until|should|in\s+case)\b)"
    r"[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+",
)
"""A short opening phrase that is no condition ("Beyond that, …", "In practice, …")."""
_TOLD = re.compile(
    r"^(?:(?:if|when|where|before|after|as|once|whenever|while)\s[^,;]{1,160},\s+)?"
    r"(?:please,?\s+)?(?=[a-z])",
    re.I,
)
"""An optional leading condition and "please" before an instruction ("As your project
ends, please ensure that unneeded data is deleted")."""
_POLITE_ORDER = re.compile(
    r"^(?:(?:for|in|on|with|during|at)\s[^,;]{1,60},\s+|(?:so|and)\s+)?please,?\s+(?=[a-z])",
    re.I,
)
"""A request to the reader ("(For all sites,) please add a Quarrytech account"): on a page
that speaks to "you", an instruction of the reader's, wherever it stands."""
_REACH = re.compile(
    r"^(?:reach\s+out|get\s+in\s+touch|write\s+(?:to|us)|e-?mail|send\s+us|"
    r"let\s+(?:us|the\s+[\w\s.-]{1,40}?)\s+know)\b",
    re.I,
)
"""A request to get in touch ("reach out to sales", "let us know", "send us a ticket"): a
pointer to the people, no duty."""


_CAUTION = re.compile(r"(?:take\s+care|be\s+careful)\b(?!\s+of\b)", re.I)
"""A warning to the reader ("take care when using X"), not "take care of X"."""
_SHOWN = re.compile(r"(?:use|follow|check)\s+(?:this|these)\s+[a-z]+", re.I)
"""A request to follow only what the page shows ("use this resource"): a link, no duty."""
_MORE_DETAIL = re.compile(r"\bfor\s+(?:more|further)\s+(?:details|information)\b", re.I)
"""Where a request sends the reader for more ("check the recommendations for more details")."""


def _polite_request(lexicon: Lexicon, text: str, speaks_to_reader: Callable[[], bool]) -> str:
    """The request after "please" ("(For all sites,) please add X": "add X") on a page that
    speaks to "you"; "" for none, or for one that points elsewhere ("please review our
    security page", "please reach out to sales"), warns ("please take care when X") or asks
    the reader to see to their own act ("please ensure that you X", read elsewhere)."""
    polite = _POLITE_ORDER.match(text)
    request = text[polite.end() :] if polite else ""
    if not request or not speaks_to_reader() or _pointer(lexicon, request):
        return ""
    if oversight_words(lexicon, request) or _CAUTION.match(request) is not None:
        return ""
    return request


def _barred(lexicon: Lexicon, text: str) -> str | None:
    """The prohibition closing a request ("please be X and do not Y"): "Do not Y"."""
    tail = _FORBIDDING_TAIL.search(text)
    return refrained_order(lexicon, text[tail.end("and") :]) if tail else None


def _pointer(lexicon: Lexicon, asked: str) -> bool:
    """A polite request that points elsewhere: to reading matter ("review our security page",
    "consult the annex"), by a verb of advice or navigation (cue:suggestion-verb: "see",
    "contact") or to people to get in touch with."""
    words = asked.lower().split()
    return (
        lexicon.points_elsewhere(asked)
        or bool(words and words[0] in lexicon.suggestions)
        or _REACH.match(asked) is not None
        or _MORE_DETAIL.search(asked) is not None
        or _SHOWN.fullmatch(asked.strip(" .")) is not None
    )


_READER = re.compile(r"\byou(?:r|rs|rself)?\b", re.I)
"""A word of a page that speaks to its reader."""
_BOLD_LINE = re.compile(r"(?:\*\*|__)[^*_]+(?:\*\*|__)")
"""A line all in bold."""


class LeadinReader(LeadinSentences):
    """Reads paragraphs for their duties and the lead-in their last sentence makes."""

    def _own(self, block: Paragraph, section: Section) -> bool:
        """True for a section's own paragraph, not one inside a list item: the ids of the
        section's blocks are collected once per section (a linear scan per paragraph made a
        section of thousands of items quadratic)."""
        if self._own_blocks is None or self._own_blocks[0] is not section:
            self._own_blocks = (section, {id(b) for b in section.blocks})
        return id(block) in self._own_blocks[1]

    def paragraph(self, block: Paragraph, ctx: Context) -> Leadin | None:
        """Process a paragraph; returns a pending lead-in (kind, subject) for a following list."""
        whole = expand(plain(block.text)).strip()
        asked = requested(self.state.lexicon, block.text)
        if asked:  # "**What we need from you:** A contact person; an export of your rules"
            span = self.state.span(block.start, block.end, ctx.section, block.text)
            reader = self.parties.resolve_party("you", span)
            for thing in asked:
                if reader is not None:
                    self.records.duty(reader, thing, whole, span)
            return None
        if _owned_paragraph(self, block, ctx, whole):
            return None  # "**Your responsibility**: Choose the preset": the party's duty
        if "(" in whole and "\n" not in whole:
            span = self.state.span(block.start, block.end, ctx.section, block.text)
            owned = self.owner_label(whole, span)
            if owned is not None:
                return owned  # "**Shared controls (Acme and customer)**" over its list
        labelled = self._label_line(whole, block, ctx)
        if labelled is not None:
            return labelled  # "**Consultant Responsible**" over its list, no colon
        if self.state.lexicon.joining_heading(whole):
            # "To become a maintainer, a contributor should have …": what one must show to
            # hold a role, not its duties (nor is the list after it)
            return ("details", None) if whole.endswith(":") else None
        leadin: Leadin | None = None
        bound = False  # a sentence bound the reader ("You must …") and gave a duty
        own = self._own(block, ctx.section)
        mark = self.state.last_duty
        previous = ""
        for index, (start, end) in enumerate(sentences(block.text)):
            if index and self.state.last_duty is mark:
                # the sentence before gave no duty: "these rules" after it points at what it
                # said, not at a duty before it ("X must sign the form. All kit is subject to
                # export law. Leaders must know these rules.")
                self.state.stale_duty = mark
            mark = self.state.last_duty
            raw = block.text[start:end]
            first = block.start + block.text[:start].count("\n")
            last = block.start + block.text[:end].count("\n")
            span = self.state.span(first, last, ctx.section, raw)
            text = BARE_CONDITION.sub(r"\g<cond>, ", expand(plain(raw)))  # "If you X we …"
            text = PASSIVE_CONDITION.sub(r"\g<cond>, ", text)  # "If X is needed the team …"
            said_before, previous = previous, text
            fallen = _FALLS_TO.match(text) if end >= len(block.text.rstrip()) else None
            if fallen is None and end >= len(block.text.rstrip()):
                fallen = _INHERITED_FROM.search(text)  # "Controls which a customer inherits"
            if fallen:  # "These are the checks that fall to you."
                leadin = self.leadin(f"{fallen['party']} must:", span, ctx)
                continue
            if text.endswith(":") or (
                end >= len(block.text.rstrip()) and _FOLLOWING_END.search(text)
            ):
                said = text.rstrip(".") + ("" if text.endswith(":") else ":")
                said = _offered_list(self.state.lexicon, said_before, said)
                leadin = self.leadin(said, span, ctx)
                continue
            found = self.prose.statement(raw, span, ctx, in_item=False)
            disowning = None if found else _NOT_RESPONSIBLE.match(text) or _NOT_DONE.match(text)
            verb = disowning.groupdict().get("verb") if disowning else None
            if verb and self.state.lexicon.verb_base(verb) != verb.lower():
                disowning = None  # "We do not know X": no deed denied
            if disowning:  # "You are not responsible for X." / "That's the job of Y."
                obj = _NOR.sub(" and ", disowning.group("obj").rstrip(". "))
                self.state.disowned = (obj, span.end)
            share = (None if found else _HAS_SHARE.match(text)) or _RESPONSIBILITY_OF.search(text)
            if share and not NEGATION.search(text):  # "The customer has a share of the work."
                holder = self.prose.subject_party(share.group("subj"), span, ctx)
                self.state.share_holder = (holder, span.end) if holder is not None else None
            held = None if found else _heading_passive(self.state, text, ctx)
            if held is not None:  # "Backups are taken nightly." under its heading
                self.records.duty(held[0], trim(held[1]), text, span)
                continue
            if not found and self.reader_rule(text, span, ctx, heading=True):
                continue  # "Scratch files must be deleted …" in a set of rules
            if not found and self.commitments.record(text, span, ctx):
                continue  # "Disruptions will be handled …" in a service level agreement
            if not found and index == 0 and _named_duty(self.state.lexicon, text, ctx):
                assert ctx.party is not None
                self.records.duty(ctx.party, trim(text), text, span)
                continue
            bound = bound or (found and bool(_READER_BOUND.match(text)))
            advice = ctx.open_subjects or self.under_advice(ctx)
            addressed = own and self.addressed(ctx, span) and not self._means(text)
            told = self._told_reader(text, raw)  # "(As X nears,) please ensure that Y is done"
            polite = (
                "" if told else _polite_request(self.state.lexicon, text, self._speaks_to_reader)
            )
            text = told or polite or text
            ruled = (  # an acceptable-use policy's "Report suspicious activity …"
                ctx.party is None
                and own
                and self.rules_for_reader(ctx)
                and not self.state.lexicon.points_elsewhere(text)
            )
            ordered = (
                advice
                or bound
                or addressed
                or ruled
                or bool(told or polite or _READER_CONDITION.match(text) or _ALWAYS.match(text))
            )
            linked = _LINKED_ORDER.match(raw.strip())
            if linked and self.state.lexicon.imperative(plain(linked.group("text"))):
                continue  # "[Book a demo](…) to get started": a link to follow, no duty
            refrained = refrained_order(self.state.lexicon, text) if ordered else None
            if not found and refrained is not None:  # "Never lend your badge to anyone"
                reader = (ctx.party if advice else None) or self.parties.resolve_party("you", span)
                if reader is not None:
                    written = text.rstrip(". ")  # "Never lend it, such as …": as written
                    self.records.duty(reader, trim(refrained), text, span, written=written)
                continue
            if not found and ordered and self.state.lexicon.imperative(text):
                # "Use the monitoring features and add your own" in a shared area, "Make sure
                # the cluster has enough storage" in a checklist, "Coordinate with support"
                # after "You must …": the reader's part of it
                reader = (ctx.party if advice else None) or self.parties.resolve_party("you", span)
                for phrase in self._instructions(_ALWAYS.sub("", text)):
                    if polite and _pointer(self.state.lexicon, phrase):
                        continue  # "please use X and contact your CA": a pointer of its own
                    if reader is not None:
                        self.records.duty(
                            reader, _trimmed(phrase), text, span, shared=ctx.open_subjects
                        )
                barred = _barred(self.state.lexicon, text) if polite else None
                if reader is not None and barred:  # "please be X and do not Y": a duty too
                    self.records.duty(reader, trim(barred), text, span)
        return leadin

    def rulebook_page(self) -> bool:
        """Whether the page is a set of rules for its reader: its title names one ("Acceptable
        Use Policy", "Terms of Service": rules-title of cue-words.ttl) and it speaks to "you".
        Its instructions ("Report suspicious activity to the help desk.") are the reader's
        duties wherever they stand."""
        if self._rulebook is None:
            named = any(self.state.lexicon.rules_title(t) for t in page_titles(self.state.doc))
            self._rulebook = named and self._speaks_to_reader()
        return self._rulebook

    def rules_for_reader(self, ctx: Context) -> bool:
        """Whether the passage is in a set of rules for its reader: the page is one
        (``rulebook_page``), or a heading over the passage names one ("## Acceptable Use
        Policy") on a page that speaks to "you"."""
        if self.rulebook_page():
            return True
        rules_title = self.state.lexicon.rules_title
        return any(rules_title(t) for t in ctx.section.path) and self._speaks_to_reader()

    def rules_list(self, block: BulletList, ctx: Context) -> bool:
        """A list in a set of rules for its reader whose items mostly instruct or oblige
        ("Report lost keys", "Large files should be stored in the project area")."""
        if len(block.items) < 2 or not self.rules_for_reader(ctx):
            return False
        lexicon = self.state.lexicon
        texts = [expand(plain(item.text)).strip() for item in block.items]
        rules = sum(lexicon.imperative(t) or bool(agentless_obligation(lexicon, t)) for t in texts)
        return rules * 2 > len(block.items)

    def reader_rule(
        self,
        sentence: str,
        span: Span,
        ctx: Context,
        reader: Ref | None = None,
        *,
        heading: bool = False,
    ) -> bool:
        """A rule in the passive that names no one ("Jobs should be run through the batch
        system", obligations.py) recorded as its owner's duty, labelled in the active ("Run
        jobs through …"), the page's words kept beside it: ``reader`` if given; else the
        party a heading gives its duties to (with ``heading``); else, in a set of rules for
        its reader, the reader."""
        owner = reader
        if owner is None and heading and ctx.party is not None and ctx.named_by_heading:
            if not self.state.lexicon.duty_title(ctx.section.title):
                return False
            owner = ctx.party
        if owner is None and ctx.party is None and self.rules_for_reader(ctx):
            owner = self.parties.resolve_party("you", span)
        text = expand(plain(sentence)).strip()
        rule = agentless_obligation(self.state.lexicon, text) if owner is not None else None
        if owner is None or not rule:
            return False
        self.records.duty(owner, trim(rule), text, span, written=trim(text.rstrip(".")))
        return True

    def _speaks_to_reader(self) -> bool:
        """Whether the page says "you" or "your" anywhere (found once, when first asked)."""
        if self._to_reader is None:
            self._to_reader = _READER.search(self.state.doc.text) is not None
        return self._to_reader

    def _told_reader(self, text: str, raw: str) -> str:
        """The instruction, when a sentence of a page that speaks to "you" tells its reader to
        see to something ("Please ensure that all unneeded data is deleted", "Before you leave, make
        sure the gate is locked"): a verb of oversight (cue-words.ttl), after an optional
        leading condition and "please", and no "you" after it (the reader's own act reads as
        "you X"); else "". A line all in bold is a title over the text that tells the same
        ("**Ensure that your service is assessed.**"), unless a condition or "please" opens it."""
        told = _TOLD.match(text)
        if told is None or (_BOLD_LINE.fullmatch(raw.strip()) and not told.group(0)):
            return ""
        rest = text[told.end() :]
        words = rest.lower().split()
        verb = oversight_words(self.state.lexicon, rest)
        if not verb or len(words) <= verb + 2 or "you" in (words[verb], words[verb + 1]):
            return ""
        return rest if self._speaks_to_reader() else ""

    def _label_line(self, whole: str, block: Paragraph, ctx: Context) -> Leadin | None:
        """A paragraph that is only a short label naming a party's duties, with no colon
        ("Customer responsibilities", "**Consultant Responsible**", "**Acme**"), over a list:
        read as the same label with its colon would be. Only a party's lead-in counts: any
        other short line ("Overview") says nothing of the list after it. A numbered label and
        its colon ("**1. For Site Engineers:**") is read so too."""
        numbered = _NUMBERED_LABEL.fullmatch(whole)
        whole = numbered.group("label") if numbered else whole
        if "\n" in whole or whole.endswith((":", ".", "?", "!", ",", ";")):
            return None
        bold = _BOLD_LINE.fullmatch(block.text.strip()) is not None
        if not (1 if bold else 2) <= len(whole.split()) <= _LABEL_WORDS:
            return None  # one word in bold is a name over its list ("**Acme**"), else a title
        span = self.state.span(block.start, block.end, ctx.section, block.text)
        found = self.leadin(f"{whole}:", span, ctx)
        if found is None or found[0] not in ("duties", "owned") or found[1] is None:
            return None
        return found

    def _instructions(self, text: str) -> list[str]:
        """An imperative sentence's instructions, one per verb phrase; after a colon or a
        semicolon an imperative is an instruction of its own ("Treat keys like passwords:
        rotate them"); a phrase that forbids ("never share them") is none."""
        lexicon = self.state.lexicon
        clauses: list[str] = []
        for piece in re.split(r"[:;]\s+", text):
            if clauses and not lexicon.imperative(piece):
                clauses[-1] = f"{clauses[-1]}: {piece}"  # "Enable these: A, B": its objects
            else:
                clauses.append(piece)
        phrases = [p for c in clauses for p in verb_phrases(lexicon, trim(c))]
        phrases = [t for p in phrases for t in that_clauses(p)]  # "Confirm A, and that B"
        kept = [_FORBIDDING_TAIL.split(p, maxsplit=1)[0].strip() for p in phrases]
        kept = [_with_trigger(text, p) for p in kept]  # "If X changes, update it": when
        return [p for p in kept if p and not negated(p)]  # ("… and that you don't X": owed)

    def addressed(self, ctx: Context, span: Span) -> bool:
        """The passage speaks to the party it belongs to: a section a heading gives to the
        reader ("Customer responsibility", and its subsections), or any passage of a page
        written to a role of its own ("As project manager, it is your …"). An instruction
        there ("Enable two-factor authentication") is that party's duty."""
        if ctx.party is None:
            return bool(self.state.reader_role)
        you = self.parties.resolve_party("you", span, create=False)
        return ctx.party == you

    def _means(self, text: str) -> bool:
        """ "Use the identity tools Acme provides": picking the means offered, no duty."""
        lexicon = self.state.lexicon
        words = re.findall(r"[a-z]+", lexicon.without_condition(text).lower())[:8]
        return words[:1] == ["use"] and any({w, f"{w}s"} & lexicon.instruments for w in words)

    def owner_label(self, text: str, span: Span) -> Leadin | None:
        """ "Inherited controls (Acme only)", "Shared controls (Acme and customer):": a label
        naming its owners in parentheses over a list; two or more owners share its items."""
        label = _OWNER_PAREN_LABEL.match(text.strip())
        if label is None or self.state.lexicon.imperative(label.group("label")):
            return None  # "Perform the services for three websites (service providers):"
        who = _OWNER_WORDS.sub("", label.group("who")).strip()
        names = [n for n in re.split(r"\s*(?:,|\band\b|&|/)\s*", who) if n]
        owners: list[Ref] = []
        for name in names:
            if not names_one_party(self.parties, name):
                return None
            ref = self.parties.resolve_party(name, span)
            if ref is None:
                return None
            owners.append(ref)
        return self.held_by(owners)

    def held_by(self, parties: list[Ref]) -> Leadin | None:
        """The lead-in of a list whose items ``parties`` hold: one party's duties, or duties
        the parties share (two or more); None for no party."""
        parties = list(dict.fromkeys(parties))
        if len(parties) == 1:
            return ("duties", parties[0])
        if not parties:
            return None
        self.state.shared_parties = parties
        return ("shared", None)


_AS_WELL_AS = Needing(
    re.compile(
        r"^(?P<first>(?P<head>[A-Za-z][\w-]*(?:\s+(?:by|with|to|for|on|of|in))?)\s+[^;]+?)"
        r",?\s+as\s+well\s+as\s+(?P<second>\S.*)$"
    ),
    "well",
)
"""A verb phrase whose object goes on after "as well as": see ``_as_well_as``."""
_PURPOSE_END = re.compile(
    r"\s(?:in\s+order\s+)?to\s+(?!(?:the|a|an|their|your|its|our|all|any|this|that)\b)"
    r"[a-z]+\s+(?:[\w()-]+\s*){1,6}$",
    re.I,
)
"""A phrase that ends in a purpose infinitive ("… to take advantage of new features")."""
_BY_GERUND = re.compile(r"\sby\s+(?=[a-z]{3,}ing\s)")
"""The "by" of a means before a gerund ("Reduce the load by offloading X")."""
_NEXT_GERUND = re.compile(r",\s+(?:and\s+)?(?=[a-z]{3,}ing\s)")
"""The comma (and "and") before the next gerund of a series."""
_ADVERB = re.compile(r"[A-Za-z]{3,}ly")
"""An adverb opening a list of verb phrases ("Regularly")."""

_ACTION_OF = re.compile(
    r"^(?:the\s+)?(?:[a-z]+\s+and\s+)?[a-z]{3,}(?:ment|tion|sion|ance|ence|ing|al|ure)\s+of\s", re.I
)
"""A noun of action and its object: "The control and management of access for end users"."""
_GERUND_SUBJECT = re.compile(
    r"^[a-z]+ing\s+(?:(?!(?:that|the|a|an|only|all|any|each|every|your|their|our|its|this|these"
    r"|those)\s)[a-z]+\s+){0,2}?(?:is|are|was|were|will|can|may|must|should|shall)\b",
    re.I,
)
"""A gerund that is a subject or a modifier ("Monitoring tools are included"): a statement."""


def duty_name(lexicon: Lexicon, text: str) -> bool:
    """Whether a sentence only names a duty: a duty verb's gerund with its object ("Ensuring
    only approved data is stored", "Keeping contact details up to date") or a noun of action
    with its object and no verb of its own ("The control and management of access")."""
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    if first.endswith("ing") and lexicon.verb_base(first) and not _GERUND_SUBJECT.match(text):
        return True
    match = _ACTION_OF.match(text)
    return match is not None and not FINITE.search(text, match.end())


def _named_duty(lexicon: Lexicon, text: str, ctx: Context) -> bool:
    """A paragraph that opens by naming a duty, under a heading that gives a party its duties
    ("## Customer responsibilities" over "Ensuring that backups are tested." and "The
    management of user accounts for the tenant."): one duty per paragraph, as the items of a
    list would be."""
    if ctx.party is None or not ctx.named_by_heading:
        return False
    return lexicon.duty_title(ctx.section.title) and duty_name(lexicon, text)


def _owned_paragraph(reader: LeadinReader, block: Paragraph, ctx: Context, whole: str) -> bool:
    """Record the duties of a paragraph run in by a label naming a known party's duty
    ("**Your responsibility**: Choose the preset"); whether it was one."""
    run_in = owned_run_in(block.text)
    if run_in is None:
        return False
    span = reader.state.span(block.start, block.end, ctx.section, block.text)
    owner = reader.parties.resolve_party(run_in[0], span)
    if owner is None:
        return False
    for thing in [] if NEGATION.search(whole) else run_in[1]:
        reader.records.duty(owner, thing, whole, span)
    return True


def verb_phrases(lexicon: Lexicon, label: str) -> list[str]:
    """An item that chains verb phrases ("Resolve the issues and retry the update",
    "Estimating the load and scaling the cluster", after an adverb: "Regularly patch X and
    review Y") is one duty per phrase; anything else stays whole."""
    return list(_verb_phrases(lexicon, label))


@lru_cache(maxsize=4096)
def _verb_phrases(lexicon: Lexicon, label: str) -> tuple[str, ...]:
    """``verb_phrases``, kept (a corpus repeats its items)."""
    return tuple(_split_verb_phrases(lexicon, label))


def _split_verb_phrases(lexicon: Lexicon, label: str) -> list[str]:
    means = _means_series(lexicon, label) or semicolon_series(lexicon, label)
    if means:
        return means
    words = label.split()
    if len(words) > 2 and _ADVERB.fullmatch(words[0]):
        words = words[1:]  # "Regularly perform housekeeping and troubleshoot issues"
    if not words:
        return [label]
    first = words[0].lower()
    gerund = first.endswith("ing") and len(first) > 5
    if gerund and _GERUND_AND_NOUN.match(" ".join(words)):
        gerund = False  # "Sizing and capacity planning, …": a noun's pair, no verb phrase
    third = lexicon.third_person_base(first) is not None  # "Creates X, and seeds Y"
    if lexicon.verb_base(first) != first and not gerund and not third:
        return [label]
    parts: list[str] = []
    last = 0
    for m in _AND_VERB.finditer(label):
        verb = m.group("verb")
        if label.count("(", 0, m.start()) > label.count(")", 0, m.start()):
            continue  # "Act (pause X, disable Y)": the aside's verbs are the first phrase's
        if gerund:
            same_form = verb.endswith("ing")
        elif third:
            same_form = lexicon.third_person_base(verb) is not None
        else:
            same_form = lexicon.verb_base(verb) == verb
        before = label[last : m.start()].rsplit(": ", 1)[-1].split()  # after a title's colon
        bare = len(before) == 1 or (len(before) == 2 and before[1] in {"up", "down", "out"})
        # "Save a copy and confirm receipt of the responses": a lone indefinite noun takes its
        # complement from the later phrase, one duty
        bare = bare or (len(before) == 3 and before[1].lower() in {"a", "an"})
        # "… as well as configuring and maintaining X": the gerund after "as well as" shares X
        bare = bare or _AS_WELL_AS_ONE.search(label[last : m.start()]) is not None
        # "… for deploying and operating mirrors": a gerund after a preposition shares the
        # object of the next; "keep X up and running": an idiom, no second verb phrase
        bare = bare or _SHARED_GERUND.search(label[last : m.start()]) is not None
        bare = bare or (verb.lower() == "running" and label[: m.start()].lower().endswith(" up"))
        # "… to enable Acme to inspect and repair X", "to inspect, oil, repair and retire
        # X": a verb after an object-less infinitive continues the infinitive
        bare = bare or OPEN_INFINITIVE.search(label[last : m.start()]) is not None
        if same_form and lexicon.verb_base(verb) is not None and not bare:
            parts.append(label[last : m.start()])  # "Estimating X and scaling Y"
            last = m.start("verb")  # ("Set up and maintain X": one object, one duty)
    parts.append(label[last:])
    parts = [q for p in parts for q in _as_well_as(lexicon, p)]
    return [p for p in parts if len(p.split()) >= 2] or [label]


_GERUND_AND_NOUN = re.compile(r"^[a-z]+ing\s+and\s+(?![a-z]+ing\b)[a-z-]+\s+[a-z]+ing\b", re.I)
"""A bare gerund paired with a noun's gerund ("Sizing and capacity planning"): two nouns of
one compound, not a verb and its object."""


_SERIES_JOIN = re.compile(r"^(?:and|or)\s+(?:otherwise\s+)?", re.I)
"""The conjunction opening a series' last part ("; and otherwise manage X")."""


def semicolon_series(lexicon: Lexicon, label: str) -> list[str]:
    """ "Use the console to tag and deploy; set up alerts; export keys; and otherwise run your
    vaults": an instruction whose verb phrases are set off by semicolons is one duty per
    phrase, each whole ("copy, archive, and restore logs"); three parts or more, most of the
    later ones instructions themselves."""
    parts = [p.strip() for p in split_top_level(label.rstrip(". "), r";\s+")]
    if len(parts) < 3 or not lexicon.imperative(parts[0]):
        return []
    later = [_SERIES_JOIN.sub("", p) for p in parts[1:]]
    if sum(lexicon.imperative(p) for p in later) * 2 <= len(later):
        return []
    return [p[:1].upper() + p[1:] for p in [parts[0], *later] if len(p.split()) >= 2]


def _means_series(lexicon: Lexicon, label: str) -> list[str]:
    """ "Reduce the load by offloading X, providing Y, and handling Z": a series of gerund
    phrases after "by" names what the party does, one duty each (the first keeps the verb it
    serves); none unless two or more follow "by", most of them of duty verbs."""
    by = _BY_GERUND.search(label)
    if by is None:
        return []
    means = [m.strip() for m in _NEXT_GERUND.split(label[by.end() :])]
    gerunds = [m.split(maxsplit=1)[0].lower() for m in means if m]
    known = [g for g in gerunds if lexicon.verb_base(g) not in (None, g)]
    if len(means) < 2 or len(known) * 2 < len(gerunds):
        return []  # "by offloading X, providing Y": most of them gerunds of duty verbs
    return [label[: by.end()] + means[0], *means[1:]]


_SHARED_GERUND = re.compile(
    r"\s(?:for|of|in|on|to|by|with|about|from|after|before)\s+[a-z]+ing$", re.I
)
"""A gerund right after a preposition, before "and <gerund> X": both take X."""
_AS_WELL_AS_ONE = re.compile(r"\bas\s+well\s+as\s+[a-z]+ing$", re.I)
"""A verb phrase that ends in "as well as" and one bare gerund, before "and <gerund> X"."""


def _as_well_as(lexicon: Lexicon, phrase: str) -> list[str]:
    """ "Abide by the charter as well as the safety rules": the verb (and its preposition)
    carried to the object after "as well as"; a verb there is a phrase of its own; a noun
    after a purpose infinitive ("… to gain new features, as well as fixes") is the purpose's."""
    whole = _AS_WELL_AS.match(phrase)
    if whole is None or re.match(rf"{CLAUSE_VERBS}\s+that\s", phrase, re.I):
        return [phrase]  # "Ensure that A, as well as B, are compliant": one clause, one duty
    first, second = whole.group("first"), whole.group("second")
    lead = second.split(maxsplit=1)[0].lower()
    if lexicon.verb_base(lead) is not None and lexicon.verb_base(lead) == lead:
        return [first, second]  # "Sweep the porch as well as mop the steps"
    gerunds = lead.endswith("ing") and first.split(maxsplit=1)[0].lower().endswith("ing")
    if gerunds and lexicon.verb_base(lead) is not None:
        return [first, second]  # "Obtaining a provider as well as configuring the records"
    if _PURPOSE_END.search(first) and not lead.endswith("ing"):
        return [phrase]  # "… to take advantage of new features, as well as bug fixes"
    return [first, f"{whole.group('head')} {second}"]


def _not_reader(state: DocState, party: Ref) -> bool:
    """Whether ``party`` holds another role than the customer's (the page's reader)."""
    return state.facts.entities[party].attrs.get("role") != role_iri(state.vocab, "customer")


_TRIGGER = re.compile(r"^(?P<if>(?:if|when|whenever)\s[^,;:]{3,100}),\s+(?:please\s+)?", re.I)
_POINTING_OBJECT = re.compile(r"^[A-Za-z-]+\s+(?:it|them|this|that)\b", re.I)
"""A verb whose object only points back ("update it …")."""


def _with_trigger(text: str, phrase: str) -> str:
    """An instruction whose object only points back ("update it in the portal") with the
    leading condition of its sentence that names the thing ("If your address changes,
    update it in the portal"); any other instruction as it is."""
    trigger = _TRIGGER.match(text)
    if trigger is None or _TRIGGER.match(phrase) or len(trigger["if"].split()) > 6:
        return phrase  # (a long condition is no name of a thing)
    if not _POINTING_OBJECT.search(phrase):
        return phrase
    return f"{trigger['if']}, {phrase[:1].lower()}{phrase[1:]}"


def _trimmed(phrase: str) -> str:
    """An instruction's label, trimmed; a leading condition ``_with_trigger`` kept stays."""
    return trim(phrase, condition=_TRIGGER.match(phrase) is None)


def _passive_held(state: DocState, text: str, ctx: Context) -> bool:
    """Whether the section gives a passive with no agent to its party: its own heading names
    the party's duties ("## Nimbus responsibilities"), or, after a duty, a heading above it
    does ("### Current releases" of "## Acme responsibilities") and the party is no reader
    or the passive binds ("must be"): a reader's section's "X are updated" is how it is (and
    before any duty the sub-heading's topic is the duty, unless the passive binds)."""

    def duty_title(title: str) -> bool:  # "Responsibilities", "Our expectations of tenants"
        return state.lexicon.duty_title(title) or _EXPECTATIONS_OF.match(title) is not None

    if ctx.named_by_heading:  # "## Acme responsibilities", "## What Acme takes care of"
        return duty_title(ctx.section.title) or HeadingParties.deeds_heading(ctx.section.title)
    assert ctx.party is not None
    binding = _BINDING_PASSIVE.search(text) is not None
    return (
        (bool(state.section_duties) or binding)  # "### Lifecycle" / "Trucks must be washed"
        and any(duty_title(t) for t in ctx.section.path[:-1])
        and (_not_reader(state, ctx.party) or binding)
    )


def _heading_passive(state: DocState, text: str, ctx: Context) -> tuple[Ref, str] | None:
    """A sentence in the passive with no agent ("Full backups are performed every 24 hours",
    "Security patches will be applied monthly"), a duty verb's participle, in a section that
    gives it to its party (``_passive_held``): the party, and the sentence without a short
    opening phrase ("Beyond that, …"), its duty as an item of a list there would be; right
    after a party's duty, "This means X must be done" is that party's; else None."""
    if text.rstrip().endswith("?") or NEGATION.search(text):
        return None
    meant = _THIS_MEANS.match(text)
    last, stale = state.last_duty, state.stale_duty
    if meant and last is not None and last is not stale and _BINDING_PASSIVE.search(text):
        owner, clause = last[0], text[meant.end() :]  # "X must react. This means A must be …"
    elif ctx.party is None or state.in_note or not _passive_held(state, text, ctx):
        return None  # a note: how things are
    else:
        opening = _SHORT_OPENING.match(text)  # "Beyond that, the hosts are refreshed monthly"
        owner, clause = ctx.party, text[opening.end() :] if opening else text
    passive = _AGENTLESS_PASSIVE.match(clause)
    if passive is None or state.lexicon.imperative(clause):
        return None  # "Ensure the hosts are patched": an instruction, read as one
    participle = passive.group("pp").lower()
    if participle in state.lexicon.state_participles:
        return None  # "Watering tools are included in every plan": a state, no deed
    base = state.lexicon.verb_base(participle)
    if base is None or base == participle:
        return None
    return owner, agentless_obligation(state.lexicon, clause) or clause  # in the active


_THIS_MEANS = re.compile(r"^(?:this|that)\s+means\s+(?:that\s+)?(?=[a-z])", re.I)
"""A sentence saying what the duty before it means in practice ("This means that X must …")."""


_THESE_INCLUDE = re.compile(
    r"^(?:these|those|such|the)\s+(?:[a-z][\w-]+\s+)?(?P<noun>[a-z][\w-]+)"
    r"(?:\s+(?:included|offered|provided)\s+(?:in|with|by|under)\s+[^:]{1,60}?)?"
    r"\s+(?:include|comprise|are)\s*:$",
    re.I,
)
_OFFER_WORD = re.compile(r"\b(?P<verb>[a-z]+)\s+(?=\S)", re.I)


def _offered_list(lexicon: Lexicon, before: str, text: str) -> str:
    """ "These services include:", "The haulage services offered under each plan are:" after
    "<X> provides (offers) a range of services for you …":
    the list names what X provides, read as "<X> provides the following services:"; any other
    lead-in as it is."""
    these = _THESE_INCLUDE.match(text)
    if these is None or not before:
        return text
    noun = these.group("noun").lower()
    stem = noun[:-1] if noun.endswith("s") else noun
    for verb in _OFFER_WORD.finditer(before):
        base = lexicon.verb_base(verb.group("verb").lower())
        rest = before[verb.end() :].lower()
        if base in lexicon.light_verbs and re.search(rf"\b{re.escape(stem)}s?\b", rest):
            subject = before[: verb.start()].strip(" ,")
            if subject and not NEGATION.search(before):
                return f"{subject} {verb.group('verb')} the following {noun}:"
            break
    return text
