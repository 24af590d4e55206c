"""List items: the duty one bullet item states, with whose it is (the lead-in's party, the
writer, the reader asked, a party something is done to), or none (a chance, a description).

The base of ``lists.ListReader``, which reads the lists, their lead-ins and nested blocks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..document import BulletList, ListItem, Paragraph
from ..facts import Ref, Span
from ..lexicon import Lexicon
from ..text import Needing, plain, sentences
from .colon_items import ColonItems
from .cues import (
    NEGATION,
    OWN_VOICE,
    POINTER,
    RESP_PAREN,
    blaming,
    expand,
    negated,
    positive_part,
    refrained_order,
)
from .labels import (
    base_opening,
    noun_series,
    that_clauses,
    trim,
    without_infinitive,
    without_lead,
)
from .leadins import LeadinReader, verb_phrases
from .parties import AUXILIARIES, PartyResolver, our_people_end
from .prose import ProseReader
from .records import FactRecorder
from .state import BlockHandler, Context, DocState
from .titles import VERBISH, TitleItems

_OTHER_OWNER = re.compile(
    r"\b(?:be|been|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|t)(?:\s+and\s+[a-z]+(?:ed|en|t))?"
    r"(?:\s+(?:out|up|off|with))?\s+by\s+(?:the\s+)?(?P<who>[\w-]+)\s*\.?$"
    r"|\b(?:is|are)\s+(?:the\s+)?(?P<whose>[\w-]+)['’]s\s+(?:sole\s+)?responsibilit(?:y|ies)\b",
    re.I,
)
"""A duty given after it to its party ("… must be analysed and fixed by the customer", "…
have to be carried out by you", "… is the customer's responsibility")."""

__all__ = [
    "BOLD_TERM",
    "READER_WORD",
    "TITLED",
    "ItemDuties",
    "bold_term",
    "duty_heading",
    "is_heading_item",
    "item_quote",
]

_BE_ACCOUNTABLE = re.compile(
    r"^(?:also\s+)?be\s+(?:\w+\s+)?accountable\s+(?:to\s+[^,;]{1,60}?\s+)?for\s+\S", re.I
)
"""An item "be (fully) accountable (to X) for Y": the list's party is accountable for Y."""
_BE_RESPONSIBLE = re.compile(r"^(?:also\s+)?be\s+(?:\w+\s+)?responsible\s+for\b", re.I)
"""An imperative "Be responsible for …" sentence in an item: more duties of its party."""

_REFRAIN = re.compile(r"^not\s+\w+ing\b", re.I)

_SERIES_LAST = re.compile(r"^(?:and|or)\s+(?=\S)")
"""The "and" that opens a series' last item ("- and escalation to X."): no part of its duty."""
_ITEM_INCLUDES = re.compile(
    r"^(?:this|these|it)\s+(?:also\s+)?(?:includes?|covers?)\s+(?P<obj>.+?)\.?$", re.I | re.S
)
"""A nested item ``This includes A and B``: more of the parent item's duty."""

_CLAUSE_VERB = (
    r"(?:is|are|has|have|was|were|can|could|may|might|must|should|will|would|follow|follows|"
    r"enables?|allows?|provides?\s+no|requires?|needs|leaves?|receives?|contains?|includes?|"
    r"runs?\s+(?:on|in)|lives?)\b"
)

_CLAUSE = re.compile(
    r"^(?P<subj>(?:[\w,()'’/-]+\s+){1,10}?)(?:(?:only|also|always|never|automatically|usually)\s+)?"
    + _CLAUSE_VERB,
    re.I,
)
"""A sentence with its own subject before a copula or auxiliary verb."""

_SPACED_CLAUSE_VERB = re.compile(r"\s" + _CLAUSE_VERB, re.I)
"""What a sentence ``_CLAUSE`` matches holds: one of its verbs after a space (a quick search
that spares the backtracking match most sentences)."""

_SUBORDINATE = re.compile(
    r"\b(?:when|if|unless|where|whenever|because|once|until|while|after|before|since)\b", re.I
)
"""A subordinate clause whose verb is not the sentence's own."""

_RELATIVE_END = re.compile(r"\b(?:that|which|who|whose)\s*$", re.I)
"""A subject that ends in a relative pronoun: its verb is the relative clause's ("Devices that
are allowed to connect"), the item a noun phrase unless a main verb follows ("Parts that run
on the nodes are remediated")."""

_DUTY_GERUND = re.compile(r"^(?P<g>[A-Za-z]+(?:-[A-Za-z]+)?ing)\s+(?!is\b|are\b)", re.I)
"""An item opening with a gerund ("Ensuring MFA is enabled"): the gerund is the duty."""

_RESPONSIBILITY_TO = re.compile(r"\bresponsibilit(?:y|ies)\s+to\s+(?P<obj>.+)$", re.I | re.S)

_MAINTAINS_CERT = re.compile(
    r"^(?:maintain|hold|keep|retain)\w*\b.*\b(?:certif|attestation|accreditation)", re.I
)

_DOERLESS = re.compile(
    r"^[^,:;()]{2,80}?\s+(?:must|shall|should|needs?\s+to|has\s+to|have\s+to)\s+"
    r"(?:always\s+)?be\s+[“\"]?(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|lt|nt|able|ible)\b"
    r"(?![^()]*\bby\b)",
    re.I,
)
"""An obligation in the passive that names no agent ("Logs must be kept for a year"), or of a
state to keep ("Labels must be clearly readable")."""

READER_WORD = re.compile(r"\byou\b", re.I)
"""The reader named in a lead-in item ("At each demo you host:")."""


_READER_VOICE = re.compile(
    r"^you\s+(?:(?:will|shall|must|also|always|then)\s+)*"
    r"(?=(?!(?:and|or|the|an?|who|that)\b)[a-z][\w-]*\s+\w)",
    re.I,
)
"""``You (will) …`` opening an item under a lead-in handing the reader its duties: the lead-in's
party restated, no part of the duty; the word after it is its verb ("You care about scaling"),
whatever the lexicon knows."""

_NEEDED_FOR = re.compile(r"^(?P<adj>[A-Za-z]+)\s+(?:for|by|under)\s+[^,;:]{1,60}?\.?$")
"""A list item that only says what needs the role ("Required for GDPR", "Mandatory under the
lease"): a necessity adjective of cue-words.ttl and what requires it, no verb, no duty."""
_SCENE = re.compile(r"^(?:in|at|during|for|before|after|on|when|whenever|once)\s[^.!?]*:$", re.I)
"""A fragment that sets a scene and ends in a colon ("In the sessions you moderate:")."""

_DASHED_TITLE = re.compile(
    r"^(?P<term>[A-Z][\w/&-]*(?:\s+[\w/&-]+){0,4})\s+[–—]\s+(?P<rest>[A-Z]\S*\s.+)$", re.S
)
"""An item titled by a few plain words before a spaced dash ("Patch Management – Acme …")."""
_STOPPED_TITLE = re.compile(
    r"^(?P<open>\s*(?:\*\*|__))(?P<term>[^*_.:\n]{2,60}?)(?:\.(?P<close>\*\*|__)|(?P<after>\*\*|__)\.)"
    r"[ \t]+(?P<rest>[A-Z].*)$",
    re.S,
)
"""An item run in by a bold topic and a full stop ("**Credentials.** Put keys in the vault."):
the topic titles the sentences after it, as "**Credentials:**" would."""
_TITLE_LINE = re.compile(r"^\s*(?:\*\*|__)[^*_\n]+(?:\*\*|__)[ \t]*\n(?=\s*\S)")
"""An item whose first line is only a bold title, its text on the lines below ("**Outreach**" /
"Nimbus wardens answer questions."): the title names the topic, not a sentence of the text."""
BOLD_TERM = re.compile(
    r"^\s*(?:\*\*|__)(?P<term>[^*_]+?)(?:(?P<inner>:)(?:\*\*|__)|(?:\*\*|__)\s*(?:\([^)]*\))?"
    r"\s*(?P<sep>[-–—:]))\s*(?P<rest>.+)$",
    re.S,
)
"""``**Term** (…) — rest`` or ``**Term:** rest``: the bold term labels the item."""
_ITALIC_LABEL = re.compile(r"^(?P<pre>\s*)(?:\*(?!\*)|_(?!_))(?P<term>[^*_:\n]{2,60}?)(?:\*|_)\s*:")
"""``*Term*: rest``: a label in italics before a colon, written as a bold one is."""


def _denied_rest(reader: ItemDuties, party: Ref, clause: str, span: Span) -> bool:
    """Whether a bold label's first sentence denies or forbids ("**Security:** You don't need
    to see their secrets", "**Keys:** Never share them"): no duty, but a refusal ordered of
    the party ("Do not share them")."""
    ranges = list(sentences(clause))
    first = clause[ranges[0][0] : ranges[0][1]] if ranges else clause
    if not negated(first) or _REFRAIN.match(first) or reader._order(first) is not None:
        return False  # "Keep keys in a vault, not in images": the order stands
    _refused(reader, party, first, span)
    return True


def _refused(reader: ItemDuties, party: Ref, text: str, span: Span) -> None:
    """The refusal a forbidding item orders of its party ("Never share them": "Do not share
    them"), if it orders one."""
    refused = refrained_order(reader.state.lexicon, text)
    if refused is not None:
        reader.records.duty(party, trim(refused), text, span, written=text.rstrip(". "))


def bold_term(text: str) -> re.Match[str] | None:
    """The bold term labelling an item (``BOLD_TERM``), an italic one before a colon too
    ("*Timely Responses*: …")."""
    return BOLD_TERM.match(_ITALIC_LABEL.sub(r"\g<pre>**\g<term>**:", text, count=1))


_RECEIVED_ITEM = re.compile(r"(?:expect|receive|get|be\s+given)\s", re.I)
"""What another party is to receive under a term ("*Replies*: Users can expect a reply"): the
term is the lead-in's party's to give."""
_BRANDED = re.compile(r"[A-Z]{2,}\b|\w*[a-z][A-Z]")
"""A label opened by an initialism or a brand's spelling ("GH code security", "GitHub
Packages"): a product's name."""
_NAMED_KINDS = ("org", "service", "offering", "role")
_PARTY_PASSIVE = re.compile(
    r"^(?P<subj>[^,;:]+?)\s+(?:(?:may|might|can|could|will|shall|must|should|would)\s+)?"
    r"(?:be|is|are|get|gets)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b(?!\s+to\b)",
    re.I,
)
"""A clause in the passive ("X may be removed from …"), not a passive of obligation ("X are
expected to …"); its subject is a short noun phrase (checked in ``_done_to_party``)."""
_PASSIVE_VERB = re.compile(r"\s(?:be|is|are|gets?)\s", re.I)
"""What every ``_PARTY_PASSIVE`` match holds (a quick search: it opens with a character class)."""

TITLED = re.compile(r"^\s*(?:\*\*|__)")
"""An item that opens with a bold title ("**Respond to incidents**. When …, carry out …"): its
later sentences explain the title, they are no duties of their own."""


def duty_heading(lexicon: Lexicon, ctx: Context) -> bool:
    """The section's heading names its party and a duty noun ("Provider responsibilities
    for worker nodes"): by the page's convention, what its items state is that party's."""
    if not (ctx.named_by_heading and ctx.party is not None):
        return False
    words = set(re.findall(r"[a-z]+", ctx.section.title.lower()))
    return bool(words & lexicon.duty_nouns)


def item_quote(item: ListItem) -> str:
    """The item's text and its paragraphs, as one line of provenance."""
    parts = [item.text] + [c.text for c in item.children if isinstance(c, Paragraph)]
    return " ".join(plain(p) for p in parts if p.strip())


def _deed(lexicon: Lexicon, text: str) -> str | None:
    """A sentence with no subject that opens with a duty verb in the third person ("Owns
    the targets"), in the base form; else None."""
    based = base_opening(lexicon, text.strip(), verb=True)
    return based if based != text.strip() and not negated(text) else None


def _topic_title(lexicon: Lexicon, sentence: str) -> bool:
    """A sentence of a few words with no verb ("Initial triage and coordination."): the
    topic of the instructions after it, as a bold label is."""
    words = plain(sentence).strip().rstrip(".").split()
    if not 1 <= len(words) <= 5 or not sentence.rstrip().endswith(".") or TITLED.match(sentence):
        return False
    if lexicon.imperative(" ".join(words)):
        return False
    return not any(
        w.lower() in AUXILIARIES or lexicon.third_person_base(w) or lexicon.participle(w)
        for w in words
    )


_SPLICED = re.compile(r",\s+(?:they|it|this|these|those)\s+(?=[a-z])")
"""A comma before a clause with a pronoun subject ("…, they often get lost"): a remark on
the instruction, no part of it."""

_DASH_REASON = Needing(
    re.compile(r"\s+[-–—]\s+(?=(?:it|this|that|there|these|they|so|because|otherwise)\b)", re.I),
    "-",
    "–",
    "—",
)
"""``Know your stakeholders - it is important to know who takes part``: a dash between an
instruction and the reason for it."""
_TITLE_WORDS = 6
"""The most words of a title before such a dash (a longer text must read as an instruction)."""


def _before_reason(text: str, lexicon: Lexicon) -> str:
    """The instruction (or a short title) before a dash and its reason; the text itself
    otherwise."""
    reason = _DASH_REASON.search(text)
    if reason is None:
        return text
    head = text[: reason.start()]
    return head if len(head.split()) <= _TITLE_WORDS or lexicon.imperative(head) else text


_BOUND_FRAGMENT = re.compile(
    r"^(?:must|should|shall|needs?\s+to|ha(?:s|ve)\s+to|(?:is|are)\s+(?:required|expected)\s+to|"
    r"required\s+to|expected\s+to|obliged\s+to)\s+(?!not\b|be\b)(?P<verb>[a-z])",
    re.I,
)
"""A role's item that leaves out its subject before a verb of obligation ("Must follow the fair
usage policy", "Required to submit a letter"): the verb after it states the duty."""
_PERMITTED = re.compile(
    r"^(?:(?:when|if|once|after)\b[^,]{0,80},\s*)?(?:(?:you|customers?|users?)\s+)?"
    r"(?:can|could|may|might|are\s+able\s+to|ha(?:s|ve)\s+the\s+(?:ability|option|possibility)\s+to|"
    r"(?:are\s+|is\s+)?(?:allowed|permitted|entitled|eligible)\b|"
    r"ha(?:s|ve)\s+(?:\w+\s+){0,2}access\s+to)\b",
    re.I,
)
"""An item that grants the reader an option ("When approved, you can merge the change",
"Users have the option to turn on SSO"), or a role's subjectless permission ("Can submit jobs",
"Allowed to use scratch storage", "Have full access to X"), even under its duties: no duty."""

_NOT_ALSO = re.compile(
    r"^(?P<duty>(?:(?!\b(?:not|never|no)\b)[^,;])+?)\s+(?:and|but)\s+(?:not|never)\s+"
    r"(?!only\b|just\b|be\b|have\b)[a-z]+\s+[^.;]{3,}\.?$",
    re.I,
)
"""A duty and a prohibition joined by "and not" ("Act responsibly at all times and not put
data at risk"): the duty before it stands (the prohibition is no duty)."""
_OTHERS_OFFER = re.compile(
    r"^(?P<subj>[^\s,;:]+(?:\s+[^\s,;:]+){0,3}?)\s+(?:can|could|may|might)\s", re.I
)
"""An item whose subject offers something ("Nimbus can offer a consultation"): what a party
named there may do, no duty of the list's party."""

_CHANCE = Needing(
    re.compile(
        r"\b(?:may|might|could)\s+(?:\w+ly\s+)?(?:be\s+(?!(?:required|expected|asked|obliged)\b)"
        r"(?=[a-z]+ed\b))?(?P<verb>[a-z]+)\b",
        re.I,
    ),
    "may",
    "might",
    "could",
)
"""A modal of chance and its verb ("may arise", "may be transferred"): see ``_chance``."""

_CLAUSE_WORD = re.compile(r"\b(?:that|which|who|so|to|if|when|unless|where|until)\b", re.I)
"""Words that open a clause within a sentence: a chance after one is not the main clause's."""

_GOVERNED = Needing(re.compile(r"^[^,;]*?\b(?:is|are)\s+subject\s+to\b", re.I), "subject")
"""``Use of X is subject to the policy``: what governs a thing, no duty of the list's party."""


def is_heading_item(item: ListItem) -> bool:
    """An item that only names a category ("**Identity**", "Networking:", "Access control")
    over a nested list."""
    if not any(isinstance(c, BulletList) for c in item.children):
        return False
    text = item.text.strip()
    bare = re.fullmatch(r"(?:\*\*|__)[^*_]+(?:\*\*|__):?", text) is not None
    words = plain(text).split()
    short = len(words) <= 4 and not re.search(r"[.;]", text) and not VERBISH.search(text)
    # "Shipping the starter kit. It includes:": a duty, then a lead-in of its own
    single = len(list(sentences(text))) == 1
    return bare or short or (text.endswith(":") and len(words) <= 8 and single)


def instances_under(item: ListItem, lexicon: Lexicon) -> bool:
    """A plain item naming a kind of thing in the plural over nested items that are only
    instances of it ("Desktop installation issues" over "Installation crashes", "Failure to
    launch on first run"): the item is the duty, its nested items examples (not "**Identity**"
    or "Networking:", a category over duties, nor children that are instructions)."""
    text = item.text.strip()
    words = plain(text).split()
    if not 2 <= len(words) <= 4 or re.search(r"[*_:.;]", text) or VERBISH.search(text):
        return False
    last, first = words[-1].lower(), words[0].lower()
    if not last.endswith("s") or lexicon.verb_base(last) or lexicon.verb_base(first):
        return False  # "Manages backups", "Patch hosts": a deed, not a kind
    children = [
        plain(child.text)
        for block in item.children
        if isinstance(block, BulletList)
        for child in block.items
    ]
    return bool(children) and all(_instance(lexicon, child) for child in children)


def _instance(lexicon: Lexicon, child: str) -> bool:
    """A nested item that only names a thing ("Installation crashes"): no instruction, no verb
    of its own, not opening with a duty verb."""
    words = child.split()
    return bool(words) and not (
        lexicon.imperative(child) or VERBISH.search(child) or lexicon.verb_base(words[0].lower())
    )


def _others_offer(parties: PartyResolver, label: str, owner: Ref, span: Span) -> bool:
    """Whether ``label`` says what another named party can do ("Nimbus can offer a
    consultation" under the customer's items)."""
    offer = _OTHERS_OFFER.match(label)
    if offer is None:
        return False
    named = parties.party_in(offer.group("subj"), span, create=False)
    return named is not None and named != owner


_FREE_RELATIVE = re.compile(r"^(?:what|which|who|whom|whose|how|where|when)\s", re.I)
"""An item that opens with a free relative ("What a bin is filled with."): it names a thing,
like a noun, whatever verb it holds; not a statement about things."""


def _stemmed(parties: PartyResolver, stem: str, first: str) -> str:
    """An item completing its lead-in's stem ("Operating systems relating to" + "- Our
    hypervisors"), lowered after it unless it opens with a name ("- Harbor nodes")."""
    word = first.split(maxsplit=1)[0] if first.split() else ""
    named = parties.is_proper_noun(word, strict=True)
    lower = first[:2].istitle() and not named
    return f"{stem} {first[0].lower() + first[1:] if lower else first}"


class ItemDuties:
    """Reads the duty one list item states (and the instructions a list gives); the base of
    ``ListReader``."""

    def __init__(
        self,
        state: DocState,
        parties: PartyResolver,
        records: FactRecorder,
        prose: ProseReader,
        on_block: BlockHandler,
    ) -> None:
        self.state = state
        self.parties = parties
        self.records = records
        self.prose = prose
        self.on_block = on_block
        """The walk's dispatcher, for other blocks nested in list items (tables, notes)."""
        self.leadins = LeadinReader(state, parties, records, prose)
        self.titles = TitleItems(state, parties, records, prose)
        self.colon_items = ColonItems(state, parties, records, prose)

    def _doerless(self, items: list[ListItem], party: Ref, ctx: Context) -> None:
        """A list whose items state one party's duties ("You need to log every crate") and
        an item that leaves its doer out ("Crates must be stored securely"): an obligation
        in the passive with no agent is that party's duty too."""
        for item in items:
            text = expand(plain(item.text)).strip()
            if _DOERLESS.match(text) and not NEGATION.search(text):
                span = self.state.span(item.start, item.end, ctx.section, item_quote(item))
                self.records.duty(party, trim(text.rstrip(".")), text, span)

    def _instruction(self, text: str) -> bool:
        """An instruction that states a duty ("Enable MFA"; not "Never share keys"); a negation
        in a leading phrase ("For checks the tools cannot cover, supply …") or in a clause
        after the order ("Tag builds but don't hoard them") leaves the order standing."""
        return self._order(text) is not None

    def _order(self, text: str) -> str | None:
        """The instruction ``text`` gives, without a negated clause after it, else None."""
        lexicon = self.state.lexicon
        if not lexicon.imperative(text):
            return None
        text = _SPLICED.split(text, maxsplit=1)[0]  # "Greet reviewers, they often get lost"
        if not negated(lexicon.without_condition(text)):
            return text
        positive = positive_part(text)
        return positive if positive and lexicon.imperative(positive) else None

    def instructions(self, block: BulletList) -> bool:
        """Most items start with a duty verb ("Enable MFA", "Rotate keys"), perhaps after a
        bold label of a topic ("**Keys**: Rotate them yearly"; not of a product: "**Acme
        Pipelines**: Automate builds" says what the product does) where no sentence ending in a
        colon introduces the list: a checklist."""
        lexicon = self.state.lexicon
        colon = self.state.after_colon  # a list a sentence introduces ("…, for example:")
        texts = (i.text if colon else _after_topic(i.text, self.parties) for i in block.items)
        orders = sum(lexicon.imperative(plain(text).strip()) for text in texts)
        return len(block.items) >= 2 and orders * 2 > len(block.items)

    def item_duty(
        self,
        item: ListItem,
        party: Ref,
        span: Span,
        ctx: Context,
        *,
        instructions: bool = False,
        owned: bool = False,
    ) -> None:
        """A list item under a party: one duty (its bold term or first sentence), owned by the
        party the sentence names, else by ``party``; later sentences may add more."""
        self.state.stated = self.state.acted = None
        titled = _TITLE_LINE.match(item.text)
        if titled:  # "**Outreach**" over "Wardens answer questions.": the text says the duties
            item = replace(item, text=item.text[titled.end() :])
        item = _dashed_as_bold(item)  # "Patch Management – Acme patches X, but you patch Y"
        # "**Credentials.** Put keys in X.": the topic titles the instruction, as with a colon
        item = _stopped_as_bold(self.state.lexicon, self.parties, item)
        ranges = list(sentences(item.text))
        if len(ranges) > 1 and self._asks_then_orders(item.text, ranges):
            ranges = ranges[1:]  # "Flaky builds? Page the CI owner.": the order is the duty
        first_raw = item.text[ranges[0][0] : ranges[0][1]] if ranges else item.text
        first_raw = _after_purpose(self.state.lexicon, first_raw)  # "- To use X, you must Y"
        first = without_infinitive(expand(plain(first_raw)))  # "- To keep your keys safe"
        first = _NOT_ALSO.sub(r"\g<duty>", first)  # "Act responsibly and not put data at risk"
        bound = _BOUND_FRAGMENT.match(first)  # "- Must follow fair usage policies": follow them
        first = f"{bound['verb'][:1].upper()}{first[bound.start('verb') + 1 :]}" if bound else first
        if not item.children and (self.state.lexicon.filler(first) or POINTER.match(first)):
            return  # "- etc.": the list goes on; "- See [Keys](/keys)": a page to read, no duty
        needed = _NEEDED_FOR.match(first)
        if needed and needed.group("adj").lower() in self.state.lexicon.necessities:
            return  # "- Required for GDPR" under a role: why the role exists, no duty
        if blaming(first, self.state.lexicon):
            return  # "- **You are solely responsible** for any consequences, including:"
        if not item.children and _SCENE.match(first) and READER_WORD.search(first):
            return  # "In the sessions you moderate:" over a list after it: the scene, no duty
        bold = bold_term(item.text)
        ordering = instructions or negated(first)  # "Keep keys in X, not in Y": the order stands
        order = self._order(first) if ordering and not bold else None
        if order is not None and order != first:  # "Tag builds but don't hoard them!"
            first_raw = first = order
        if is_heading_item(item) and instances_under(item, self.state.lexicon):
            self.records.duty(party, trim(first), expand(plain(item.text)), span)
            return  # "Desktop installation issues" over its kinds: the item, not each kind
        if is_heading_item(item):
            # "**Identity**" over a nested list: a category, its children the duties; "Run the
            # tests, including:" and "Specialists will do extra checks:" state one of their own
            nested = [c for c in item.children if isinstance(c, BulletList)]
            self.colon_items.own_duty(first_raw, party, span, ctx, nested)
            return
        includes = _ITEM_INCLUDES.match(first)
        if includes and not negated(first):  # "- This includes A and B" under a duty
            self.records.add_duties(party, includes.group("obj"), expand(plain(item.text)), span)
            return
        first = first if bold else _SERIES_LAST.sub("", first)  # "- and escalation to X"
        if ctx.stem and not bold:  # "Operating systems relating to:" / "- Our hypervisors"
            first = _stemmed(self.parties, ctx.stem, first)
        opening = first.split(maxsplit=1)[0].lower() if first.split() else ""
        refrain = _REFRAIN.match(first)  # "Not storing PHI in …": a duty
        if not bold and (
            (negated(first) and not refrain and order is None)
            or opening in self.state.lexicon.prohibitions
            or _PERMITTED.match(first)
        ):
            # "Dagster+ doesn't have access …", "Avoid direct RDP access": no duty; a later
            # sentence may still name a party of its own
            _refused(self, party, first, span)
            self._named_later(item.text, ranges, span, ctx)
            return
        if (
            not bold
            and self._description(first)
            and not (owned or (duty_heading(self.state.lexicon, ctx) and not ctx.under_duty))
            and not (_FREE_RELATIVE.match(first) and not first.endswith("?"))
        ):
            # "Networks have redundant links": a statement about things, not a duty; a party
            # it names as subject still states one ("Microsoft audits suppliers")
            self.prose.statement(first_raw, span, replace(ctx, list_party=party), in_item=False)
            self._named_later(item.text, ranges, span, ctx)
            return
        if not bold and _done_to_party(first, self.state.lexicon, self.parties):
            # "Idle leads may be removed from the roster": what befalls the party, no duty of
            # its own; an agent after "by" still takes one
            self.prose.statement(first_raw, span, ctx, in_item=False)
            return
        owner = party
        label = first
        dash = bold is not None and bold.group("sep") not in (":", None)
        if (
            dash
            and bold
            and self.titles.names_duty(bold.group("term"), bold.group("rest"), party, span, ctx)
        ):
            # "**Daily snapshots** - Acme takes a snapshot every day" under what Acme manages:
            # the title is the duty; the text only explains it
            self.titles.explained(item, bold, party, span, ctx)
            return
        if bold:
            rest = bold.group("rest")
            sub = Context(ctx.section, party, ctx.models, ctx.open_subjects)
            if self.prose.sentences(rest, span, sub):
                if party == self.parties.resolve_party("you", span, create=False):
                    for order in _orders(self.state.lexicon, rest):  # "Acme renews X. Keep Y."
                        self.records.duty(party, order, expand(plain(rest)), span)
                return  # "**Data** - You are responsible for your data": the sentence says it
            term = plain(bold.group("term")).strip()
            clause = trim(expand(plain(rest)))
            if _denied_rest(self, party, clause, span):  # "**Keys:** Never share them"
                return
            stripped, subject = self.prose.strip_subject(clause, span, ctx)
            owner = subject or party
            stripped = _after_condition(self.state.lexicon, stripped)  # "… breach, notify X"
            label = f"{term}: {stripped}" if len(stripped.split()) >= 2 else term
            if subject not in (None, party) and _RECEIVED_ITEM.match(stripped):
                owner, label = party, term  # "*Replies*: Users can expect a reply": the giver's
        else:  # "By using the yard, you agree to …": the clause after the leading phrase
            clause = _before_reason(without_lead(first), self.state.lexicon)
            label, subject = self.prose.strip_subject(clause, span, ctx)
            if subject is None and _owned_by_other(self, first, first_raw, party, span, ctx):
                self._named_later(item.text, ranges, span, ctx)
                return  # "- X must be fixed by the customer" under Acme's: the customer's
            if subject is not None:
                owner = subject
            elif (we := _writers_voice(self.state.lexicon, label)) and _writer(
                self.state, self.parties, party, span
            ):  # "- We patch the hosts", "- Our operations team monitors the belts"
                label = label[we].upper() + label[we + 1 :]
            elif (promise := _writers_promise(self.parties, label, party, span)) is not None:
                owner, label = promise  # "- If you can't fix it, we will refer it to X"
            you = _READER_VOICE.match(label)
            if you and self.parties.resolve_party("you", span) == owner:
                label = label[you.end()].upper() + label[you.end() + 1 :]  # "- You care about X"
        label = RESP_PAREN.sub("", label)
        if instructions:  # "If you expect heavy load, such as launches, open a ticket"
            label = self.state.lexicon.without_condition(label)
        description = expand(plain(item.text))
        for child in item.children:
            if isinstance(child, Paragraph):
                description += " " + plain(child.text)
        # "- be accountable for reporting incidents" under "I must:": accountable, not responsible
        predicate = "accountableFor" if _BE_ACCOUNTABLE.match(first) else "responsibleFor"
        chance = not bold and (
            _chance(first, self.state.lexicon)  # "Difficult situations may arise": no duty
            or _feature(first, self.state.lexicon, self.parties)
        )
        # "Share your screen with the desk (if you choose to).": an option, no duty
        optional = not bold and self.state.lexicon.optional(first)
        optional = optional or (not bold and _others_offer(self.parties, label, owner, span))
        duties = not (chance or optional)
        for phrase in _phrases(trim(label), bold is not None, self.state.lexicon) if duties else []:
            trimmed = trim(phrase)
            based = base_opening(self.state.lexicon, trimmed)  # "Creates X, and rotates Y"
            written = trimmed if based != trimmed else ""
            duty = self.records.duty(
                owner, based, description.strip(), span, written=written, predicate=predicate
            )
            if duty is not None:
                self.state.last_duty = (owner, duty, trimmed)
        for start, end in ranges:
            self.prose.statement(item.text[start:end], span, ctx, in_item=True)
        ordering = (  # later instructions are duties too
            instructions
            or optional  # "Share X (if you choose to). Manage Y as needed."
            or (self._instruction(first) and not TITLED.match(first_raw))
            or (bold is not None and not dash)  # "**Backups:** Take X. Copy Y."
            or _topic_title(self.state.lexicon, first_raw)  # "Triage. Do X."
        )
        for start, end in ranges[1:]:
            later = expand(plain(item.text[start:end]))
            if later.startswith("(") and later.rstrip(".").endswith(")"):
                continue  # "(Review our documentation on known limitations first.)": an aside
            extra = _RESPONSIBILITY_TO.search(later)
            if extra and not NEGATION.search(later):
                self.records.add_duties(owner, extra.group("obj"), description.strip(), span)
            elif (
                self.parties.mentions(later, ("org", "role", "service"))
                or _BE_RESPONSIBLE.match(later)
                or self.prose.joins_parties(later, span, ctx)
            ):
                # "Be responsible for X, Y": the item's party; "Acme is responsible for Z";
                # "If X is needed the wardens and the board will Y": each of them
                sub = Context(ctx.section, owner, ctx.models, ctx.open_subjects)
                self.prose.statement(item.text[start:end], span, sub, in_item=False)
            elif (
                told := (self._order(later) if ordering else None)
                or _deed(self.state.lexicon, later)  # "Escalation desk. Owns the targets."
            ) is not None:
                # "… Provide two weeks' notice.", "Draft topics. Book a room for each."
                for phrase in verb_phrases(self.state.lexicon, trim(told)):
                    self.records.duty(owner, trim(phrase), description.strip(), span)
        if _MAINTAINS_CERT.search(first) and not NEGATION.search(first):
            for m in self.state.vocab.matchers["standard"].find(first):
                # "Maintaining SOC 2 certification"
                self.records.certification(owner, m.concept, span)

    def _named_later(
        self, text: str, ranges: list[tuple[int, int]], span: Span, ctx: Context
    ) -> None:
        """The later sentences of an item whose first states no duty ("Plugins live in the
        shared tree. Plugins that are not kept by the wardens are the labs' responsibility")
        that name their own party: read as prose, as they are after a first that states one."""
        for start, end in ranges[1:]:
            later = expand(plain(text[start:end]))
            if self.parties.mentions(later, ("org", "role")) or self.prose.joins_parties(
                later, span, ctx
            ):
                self.prose.statement(text[start:end], span, ctx, in_item=False)

    def _asks_then_orders(self, text: str, ranges: list[tuple[int, int]]) -> bool:
        """An item that opens with a question and answers it with an instruction ("Flaky
        builds? Page the CI owner.")."""
        question = text[ranges[0][0] : ranges[0][1]].strip()
        answer = expand(plain(text[ranges[1][0] : ranges[1][1]]))
        return question.endswith("?") and self._instruction(answer)

    def _description(self, sentence: str) -> bool:
        """A clause whose subject is not a party and whose verb is a copula or auxiliary
        ("Each service must have a plan", "Hardware has redundancy")."""
        match = _CLAUSE.match(sentence) if _SPACED_CLAUSE_VERB.search(sentence) else None
        if not match or self.state.lexicon.imperative(sentence):
            return False
        if self.state.lexicon.third_person_base(sentence.split(maxsplit=1)[0]):
            return False  # "maintains X, and manages Y": a deed with its subject left out
        subject = match.group("subj")
        gerund = _DUTY_GERUND.match(subject)
        relative = _RELATIVE_END.search(subject)
        if relative and not _SPACED_CLAUSE_VERB.search(sentence, match.end()):
            return False  # "Devices that are allowed to connect": a noun phrase, a duty
        if _SUBORDINATE.search(subject) or (
            gerund and self.state.lexicon.verb_base(gerund.group("g")) is not None
        ):
            return False  # "Proxy, except when X is used", "Ensuring MFA is enabled": a duty
        return not self.parties.mentions(expand(subject), ("org", "role"))


def _writers_voice(lexicon: Lexicon, label: str) -> int:
    """Where the duty starts after the writer speaking ("We (will) …", "Our operations team
    …"), else 0."""
    we = OWN_VOICE.match(label)
    if we is not None:
        return we.end()
    ours = our_people_end(lexicon, label)
    return len(label) - len(label[ours:].lstrip()) if ours is not None else 0


def _writer(state: DocState, parties: PartyResolver, party: Ref, span: Span) -> bool:
    """Whether ``party`` is who "we" means in an item under its heading: the page's vendor,
    or any party but the customer (a page titled by its product, "Nimbus", written by
    its maker, "Acme responsibilities" / "- We patch the hosts")."""
    if parties.resolve_party("we", span) == party:
        return True
    role = state.facts.entities[party].attrs.get("role", "")
    return not role.endswith("/customer")


def _after_topic(text: str, parties: PartyResolver) -> str:
    """An item's text after its bold label when the label names a topic, not a product or a
    party (a name the vocabularies know, an initialism or a brand's spelling)."""
    bold = bold_term(text)
    term = expand(plain(bold["term"])) if bold else ""
    if not bold or _BRANDED.match(term) or parties.mentions(term, _NAMED_KINDS):
        return text
    return bold["rest"]


def _writers_promise(
    parties: PartyResolver, label: str, party: Ref, span: Span
) -> tuple[Ref, str] | None:
    """ "we will refer it to X" left after an item's condition in another party's list: the
    writer and its promise ("Refer it to X"), else None."""
    we = OWN_VOICE.match(label)
    writer = parties.resolve_party("we", span) if we else None
    if we is None or writer is None or writer == party:
        return None
    return writer, label[we.end()].upper() + label[we.end() + 1 :]


def _dashed_as_bold(item: ListItem) -> ListItem:
    """An item titled by a few plain words before a spaced dash ("Patch Management – Acme
    patches X"), its title marked bold as the bold-title reading expects; else the item."""
    dashed = _DASHED_TITLE.match(item.text)
    if dashed is None:
        return item
    return replace(item, text=f"**{dashed['term']}** – {dashed['rest']}")


def _stopped_as_bold(lexicon: Lexicon, parties: PartyResolver, item: ListItem) -> ListItem:
    """An item run in by a bold topic and a full stop ("**Credentials.** Put keys in X."), its
    topic marked as "**Credentials:**" is when a sentence after it instructs or names who acts;
    else the item. A title that is itself an instruction or a statement ("**Respond to
    incidents**. When …"), or over sentences that only explain it, stays the duty."""
    stopped = _STOPPED_TITLE.match(item.text)
    if stopped is None:
        return item
    term = stopped["term"].strip()
    words = term.lower().split()
    paired = words[2:3] if words[1:2] == ["and"] else []  # "Enhance and develop X"
    if len(words) > 6 or VERBISH.search(term) or lexicon.imperative(term):
        return item
    if any(lexicon.verb_base(word) == word for word in paired):
        return item
    rest = stopped["rest"]
    said = (expand(plain(rest[start:end])) for start, end in sentences(rest))
    if not any(
        lexicon.imperative(text)
        or OWN_VOICE.match(text)
        or _READER_VOICE.match(text)
        or any(
            text[: m.start].strip().lower() in ("", "the")
            for m in parties.mentions(text, ("org", "role"))
        )
        for text in said
    ):
        return item
    close = stopped["close"] or stopped["after"]
    return replace(item, text=f"{stopped['open']}{term}:{close} {rest}")


def _after_condition(lexicon: Lexicon, text: str) -> str:
    """A titled item's instruction after a leading condition ("In the event of a breach
    involving X, notify Y" -> "Notify Y"); the text when it is no instruction so led."""
    led = without_lead(text)
    if led == text or lexicon.imperative(text) or not lexicon.imperative(led):
        return text
    return led[0].upper() + led[1:]


def _orders(lexicon: Lexicon, text: str) -> list[str]:
    """A text's instructions ("Acme renews the keys it issues. Monitor the keys you upload and
    renew them in time.": "Monitor the keys you upload and renew them in time", one duty: "them"
    needs the first verb's object): the reader's, in an item of the reader's duties whose other
    sentences name another party."""
    orders = (expand(plain(text[start:end])) for start, end in sentences(text))
    return [trim(order) for order in orders if lexicon.imperative(order)]


def _phrases(label: str, bold: bool, lexicon: Lexicon) -> list[str]:
    """An item's duty phrases: its verb phrases, or the parts of a bare noun-phrase series
    ("Depot monitoring, scaling, and high availability": three duties); a titled instruction's
    verb phrases under its title ("Monitoring: Ship traces and set alerts": "Monitoring: Ship
    traces", "Monitoring: set alerts")."""
    title, colon, rest = label.partition(": ")
    if bold and colon and lexicon.imperative(rest):
        return [f"{title}: {phrase}" for phrase in verb_phrases(lexicon, rest)]
    if bold and colon and re.match(r"(?:an?|the)\s", rest, re.I):
        return [title]  # "DRP Scope: A document that defines …": the thing, then what it is
    phrases = verb_phrases(lexicon, label)
    if phrases == [label] and lexicon.verb_base(label.split(maxsplit=1)[0]) is not None:
        phrases = that_clauses(label)  # "Checking that A, and that B": one check each
    if bold or phrases != [label]:
        return phrases
    parts = noun_series(label)
    if any(lexicon.verb_base(w) == w for w in (p.split()[0].lower() for p in parts)):
        return phrases  # "Design, test, and document X": verbs sharing an object
    last = parts[-1].split()
    verbal = len(last) > 1 and last[0].lower().endswith("ing") and last[1].lower() != "of"
    if verbal and all(len(p.split()) == 1 and p.lower().endswith("ing") for p in parts[:-1]):
        return phrases  # "Creating, deploying, and testing X": gerunds sharing an object
        # (not "Loading, weighing, and labelling of crates": nouns of action, each a duty)
    return parts


def _done_to_party(sentence: str, lexicon: Lexicon, parties: PartyResolver) -> bool:
    """A passive clause whose subject names a party ("Inactive maintainers may be removed
    from the list"), not a passive of obligation ("are expected to …"): what befalls the
    party, no duty of its own."""
    match = _PARTY_PASSIVE.match(sentence) if _PASSIVE_VERB.search(sentence) else None
    if match is None or lexicon.imperative(sentence):
        return False
    words = re.sub(r"\([^()]*\)", " ", match.group("subj")).split()
    if not 0 < len(words) <= 4 or any(w.lower().endswith("ing") for w in words):
        return False  # "Ensuring your runtime and dependencies are …": a gerund's object
    return bool(parties.mentions(expand(" ".join(words)), ("org", "role")))


_FEATURE = re.compile(
    r"^(?P<subj>[^,;:]{2,80}?)\s+(?P<verb>[a-z]+)\s+(?:you|your\s+\w+|users|members|"
    r"customers|people|anyone|teams|admins|administrators|developers)\b",
    re.I,
)
"""A thing that gives people a way to act ("Cluster SSO allows users to …"): see
``_feature``."""


def _feature(sentence: str, lexicon: Lexicon, parties: PartyResolver) -> bool:
    """An item that describes what a feature does for people ("SSO helps you avoid storing
    passwords", "Cluster SSO allows users to sign in"): under a party's duties, no duty of
    that party; a subject naming a party states a deed of its own ("Acme helps you …")."""
    found = _FEATURE.match(sentence)
    if found is None or parties.mentions(expand(found.group("subj")), ("org", "role")):
        return False
    verb = found.group("verb").lower()
    return verb in lexicon.feature_verbs or (verb in lexicon.means_verbs and verb.endswith("s"))


def _chance(sentence: str, lexicon: Lexicon) -> bool:
    """A sentence that says what may befall ("situations may arise"), what may be done to
    a thing ("home directories may be transferred") or what governs it ("Use of the yard
    is subject to the policy"): under a party's duties, no duty of that party."""
    if _GOVERNED.search(sentence):
        return True
    chance = _CHANCE.search(sentence)
    if chance is None or lexicon.imperative(sentence):
        return False
    subject = sentence[: chance.start()].rsplit(",", 1)[-1]
    if _CLAUSE_WORD.search(subject):
        return False  # "Patch the hosts so that nothing may be exploited": a purpose
    verb = chance.group("verb").lower()
    return verb.endswith("ed") or verb in lexicon.chances


def _owned_by_other(
    reader: ItemDuties, first: str, raw: str, party: Ref, span: Span, ctx: Context
) -> bool:
    """Whether an item's first sentence gives its duty to another party than the list's,
    after the duty ("… must be fixed by the customer", "… is the customer's
    responsibility"), and was read so as prose."""
    other = _OTHER_OWNER.search(first)
    who = (other["who"] or other["whose"]) if other else ""
    named = reader.parties.resolve_party(who, span) if who else None
    if named is None or named == party or negated(first):
        return False
    return reader.prose.statement(raw, span, ctx, in_item=False)


_FRONTED_PURPOSE = re.compile(
    r"^to\s+[a-z]+\b[^,;:]{2,100},\s+(?=(?P<subject>(?:you|we|they|(?:the\s+|all\s+|your\s+)?"
    r"[a-z]+)\s+(?:must|should|shall|will|need|needs|have\s+to|has\s+to|are\s+required\s+to)\s)"
    r")?",
    re.I,
)
"""A purpose before an item's clause ("To use X, you must …", "To delete X, administrators
need …"; "To keep X safe, sweep Y"): the clause, with its own subject or as an order, is the
item's sentence."""


def _after_purpose(lexicon: Lexicon, sentence: str) -> str:
    """An item's first sentence without a purpose before its own clause ("To use X, you must
    have Y", "To keep X safe, inspect Y": the clause, with its own subject or as an order)."""
    purpose = _FRONTED_PURPOSE.match(sentence)
    rest = sentence[purpose.end() :] if purpose else sentence
    if purpose and (purpose["subject"] or lexicon.imperative(rest)):
        return rest
    return sentence
