"""Lead-in sentences: a paragraph's closing sentence ending in ":" read as the lead-in of the list
after it (whose duties the list holds, that it lists services, options or things owned), or as
no lead-in (a label, a table of contents).

The base of ``leadins.LeadinReader``, which reads the paragraph the lead-in closes. The cases
that recognise each shape of lead-in are leadin_cases.py; this file strips a sentence's framing
before them and holds the step headings.
"""

from __future__ import annotations

import re

from ..document import Paragraph, Section
from ..facts import Span
from ..lexicon import Lexicon
from ..text import plain
from .commitments import Commitments
from .cues import AS_READER, NEGATION, PLACE_BEFORE_WE
from .leadin_cases import (
    GERUND_FOLLOWING,
    NEXT,
    SHORT_LABEL,
    held_or_bound,
    includes_and_labels,
    label_words,
    labels_and_kinds,
    not_owed_or_signed,
    options_and_uses,
    responsible_for,
    shared_or_expected,
    sold,
    things_and_deeds,
)
from .parties import PartyResolver
from .prose import ProseReader
from .readers import BlockReader
from .records import FactRecorder
from .state import Context, DocState, Leadin

__all__ = [
    "GERUND_FOLLOWING",
    "LeadinSentences",
    "duty_steps",
    "step_heading",
    "step_section",
]

_LINKED = re.compile(r"^(?P<word>[A-Za-z]+),\s+(?=\S)")
"""A lead-in's opening adverb and its comma ("Additionally, you must:"; a connective of
cue-words.ttl): the lead-in is what follows."""

_QUALIFIED_FOLLOWING = re.compile(
    r"^(?P<lead>.*?\bthe\s+following(?:\s+[\w-]+){0,2}?)"
    r",?\s+(?:when|while|before|after|during|once|until|as\s+part\s+of)\s[^:]{1,120}:$",
    re.I,
)
"""``… need to consider the following points when defining their model:``: a clause of time
after "the following <noun>" says when the list applies; the lead-in is what comes before it."""


def _unqualified(text: str) -> str:
    """The lead-in without a clause of time after its "the following <noun>", and without a
    label of duties before it ("**Crew Responsibilities:** Boat crews must ensure …:")."""
    labelled = _DUTIES_LABEL.match(text)
    text = text[labelled.end() :] if labelled else text
    qualified = _QUALIFIED_FOLLOWING.match(text)
    return qualified.group("lead") + ":" if qualified else text


_DUTIES_LABEL = re.compile(
    r"^[^:.]{2,80}?\b(?:responsibilities|duties|obligations)\s*:\s+(?=[^:]+\s(?:must|shall|will|"
    r"should|agrees?\s+to|(?:is|are)\s+(?:required|expected|responsible))\b[^:]*:$)",
    re.I,
)
"""A label naming duties before a lead-in sentence that has its own subject and verb."""


_STEP_WORD = re.compile(r"^step\s+\d+\s*(?:[:.—–-]|\s-\s)\s*\S", re.I)

_NUMBERED_TITLE = re.compile(r"^\d{1,2}\.\s+(?P<title>[A-Z].*)$")

_ACTION_NOUN = re.compile(r"(?:ment|tion|sion|ing|up)$", re.I)
"""The ending of a noun of action ("deployment", "configuration", "setup")."""


def step_section(path: tuple[str, ...], lexicon: Lexicon) -> bool:
    """A section that is a step of a procedure (``step_heading``), or a part of one: a tab or
    sub-heading right under "## Step 2 – Set up your pipeline" ("=== "GitHub Actions"")."""
    return any(step_heading(title, lexicon) for title in path[-2:])


def step_heading(title: str, lexicon: Lexicon) -> bool:
    """A heading that is one step of a procedure the reader must carry out ("Step 2 — Obtain
    a licence"; a numbered title that orders or names an action: "2. Deploy the workspace",
    "2. Workspace deployment", not "1. Scope of Support"): its instructions, like a
    checklist's, are the reader's duties (a numbered list elsewhere stays a procedure: how to
    click through a console)."""
    if _STEP_WORD.match(title):
        return True
    numbered = _NUMBERED_TITLE.match(title.strip())
    if numbered is None:
        return False
    rest = numbered.group("title")
    words = re.findall(r"[A-Za-z]+", rest)
    return lexicon.imperative(rest) or bool(words and _ACTION_NOUN.search(words[-1]))


def duty_steps(section: Section, lexicon: Lexicon, *, step: bool = False) -> set[int]:
    """The subsections (their first lines) whose headings are instructions ("### Review
    Permits") of a section under a heading that names duties ("## Keeper Responsibilities"),
    when most of its subsections are (two at least), or of a section that is such a step
    itself (``step``): the instructions of each one's text, else the heading, are duties of
    the party the section belongs to. Headings of a duty section that are mostly topics
    ("### Provision and upkeep of gates" among "### Hardening of hosts") are none."""
    subs = section.sections
    if not step and not any(lexicon.duty_title(title) for title in section.path if title):
        return set()
    steps = {sub.start for sub in subs if lexicon.imperative(plain(sub.title))}
    if not step and (len(steps) < 2 or len(steps) * 3 < len(subs) * 2):
        return set()
    return steps


_PLACE_BEFORE_WE = re.compile(rf"^{PLACE_BEFORE_WE}", re.I)
_FRONTED = re.compile(
    r"^(?:as\s+part\s+of|during|within|under|in|on|at|after|before|once|when|whenever|"
    r"throughout)\s[^,:]{1,80},\s+(?=(?:we|you)\s+[a-z])",
    re.I,
)
"""A phrase of when or where before a lead-in's "we" or "you" and its comma ("During an
incident, we will:", "As part of support, we will:"); not "For example, you might …"."""


class LeadinSentences(BlockReader):
    """Reads a lead-in sentence into the ``Leadin`` of the list after it; the base of
    ``LeadinReader``."""

    def __init__(
        self, state: DocState, parties: PartyResolver, records: FactRecorder, prose: ProseReader
    ) -> None:
        super().__init__(state, parties, records, prose)
        self._own_blocks: tuple[Section, set[int]] | None = None
        self._rulebook: bool | None = None
        """Whether the page is a set of rules for its reader (found once, when first asked)."""
        self._to_reader: bool | None = None
        """Whether the page says "you" anywhere (found once, when first asked)."""
        self._labelled: tuple[Section, bool] | None = None
        self.commitments = Commitments(state, parties, records)

    def not_duties(self, label: str, ctx: Context) -> bool:
        """Under a party's heading, a label over a list that says what the party does not do
        ("What they don't do:"), or any label beside one that names the duties
        ("Skills required:" beside "Responsibilities:"): the list describes, it owes nothing."""
        if NEGATION.search(label):
            return True
        labels = self.state.lexicon.duty_labels
        if label_words(label) in labels:
            return False
        if self._labelled is None or self._labelled[0] is not ctx.section:
            # once per section: a scan per label made a section of thousands quadratic
            found = any(
                label_words(plain(block.text)) in labels
                for block in ctx.section.blocks
                if isinstance(block, Paragraph) and SHORT_LABEL.match(plain(block.text).strip())
            )
            self._labelled = (ctx.section, found)
        return self._labelled[1]

    def under_advice(self, ctx: Context) -> bool:
        """The passage stands under a best-practice or checklist heading (or page title)."""
        lexicon = self.state.lexicon
        titles = [self.state.doc.title, *ctx.section.path]
        if step_section(ctx.section.path, lexicon):
            return True  # "Step 3 — Onboard your domains": what to do is the reader's
        if ctx.party is not None and ctx.section.start in self.state.step_sections:
            return True  # "### Review Permits" under "## Keeper Responsibilities": the keeper's
        return any(lexicon.advice_heading(title) for title in titles if title)

    def leadin(self, text: str, span: Span, ctx: Context) -> Leadin | None:
        """What a sentence ending in ":" says of the list after it (None: nothing): the groups
        of cases of leadin_cases.py, tried in order on the sentence without its framing."""
        text = AS_READER.sub("", _unqualified(text))  # "As a demo host, you are responsible for:"
        where = _PLACE_BEFORE_WE.match(text)
        if where:  # "On acme.io we operate X and provide:": we
            text = f"We{text[where.end() + 2 :]}"
        fronted = _FRONTED.match(text)
        if fronted:
            text = text[fronted.end() :]  # "As part of support, we will:": we will
        verdict = not_owed_or_signed(self, text, span, ctx)
        if verdict is not NEXT:
            return verdict
        linked = _LINKED.match(text)
        if linked and linked.group("word").lower() in self.state.lexicon.connectives:
            text = text[linked.end() :]  # "Additionally, you must:": "you must:"
        if self.state.lexicon.additive_opening(text):
            # "In addition to committer responsibilities:" under the maintainer's heading: the
            # committer holds those others; "In addition to X, the TSC will:" reads on its clause
            rest = text.partition(",")[2].strip()
            if not rest:
                return ("duties", ctx.party) if ctx.party is not None else None
            text = rest
        for cases in (
            sold,
            labels_and_kinds,
            shared_or_expected,
            options_and_uses,
            responsible_for,
            held_or_bound,
            things_and_deeds,
            includes_and_labels,
        ):
            verdict = cases(self, text, span, ctx)
            if verdict is not NEXT:
                return verdict
        return None
