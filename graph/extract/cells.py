"""Table cells in words: each line, list item or sentence of a cell is a duty.

A cell under a party's column that is not a code ("Patch the guest OS. Rotate keys.", a ``- ``
list, a lead-in line and its items) states that party's duties; a sentence in it that names
another party as its subject ("Microsoft will apply the policies") is that party's duty.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..facts import Ref, Span
from ..lexicon import Lexicon
from ..text import plain, sentences, split_top_level
from .actions import ENABLING
from .cues import (
    FINITE,
    OWN_VOICE,
    POINTER,
    RESP,
    RESPONSIBLE_WORD,
    expand,
    negated,
    positive_part,
    without_connective,
    without_contrast,
)
from .labels import asyndetic_items, base_opening, base_verb, conjuncts, trim, without_lead
from .leadins import semicolon_series, verb_phrases
from .object_first import RESP_OF
from .prose import THIS_INCLUDES, ProseReader, recommended_clause
from .records import FactRecorder
from .state import Context

__all__ = [
    "DUTY_GERUND",
    "NAMED_DUTY",
    "RESPONSIBLE_FOR",
    "cell_duties",
    "cell_leadins",
    "cell_lines",
    "described_duties",
    "is_value",
    "owner_lines",
    "run_on_items",
    "unlabelled",
    "verb_series",
]

ITEM_MARK = re.compile(r"^\s*(?:[-*+•◦▪]|\d{1,2}[.)])\s+")
_NOT_DONE_BY = re.compile(
    r"^(?P<subj>[^.;:—–]{3,200}?)\s+(?:is|are)\s+not\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|lt)\s+"
    r"(?:(?:or|and)\s+[a-z]+(?:ed|en|wn|lt)\s+)?by\s+(?P<agent>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\b",
    re.I,
)
"""``A, B, and C are not enabled by the agent``: left undone by a party named as the agent."""
_NOT_SUPPLIED = re.compile(
    r"^(?P<subj>[^.;:—–]{3,200}?)\s+(?:is|are)\s+not\s+(?:supplied|provided|included|offered|"
    r"covered)\b(?!\s+by\b)",
    re.I,
)
"""``Fire drills and off-site copies are not supplied — …`` in a party's column: what the
other side does not supply is this column's party's."""
_THIRD_PERSON = re.compile(r"^[a-z]+[^su]s$")
"""A word that may be a verb in the third person singular ("creates", "issues")."""
_EMPTY = re.compile(r"^(?:n/?a|none|not\s+applicable|-+|—|–|no|nothing)\.?$", re.I)
_EXAMPLES = re.compile(
    r"\b(?:for\s+(?:example|instance|reference)|e\.g\.|such\s+as|including|some\s+of|examples?)\b",
    re.I,
)
_EXAMPLE_OPENING = re.compile(r"^\s*(?:for\s+(?:example|instance)|e\.g\.)\s*[,:]?\s", re.I)
"""A sentence opened by "For example," in a cell: examples of what the cell said before it."""
_QUANTITY = re.compile(
    r"^(?:up\s+to\s+|within\s+|<\s*|>\s*|≤\s*|≥\s*)?[$€£]?\d[\d.,]*\s*(?:%|[a-z]{1,3}\b|"
    r"(?:business\s+|working\s+|calendar\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|"
    r"years?)\b)?(?:\s*(?:/|per|a|an)\s*[a-z]+)?\.?$|^(?:unlimited|included|24\s*/\s*7|yes|no)\.?$",
    re.I,
)
"""A value, not a duty: a duration, an amount or a limit ("4 h", "1 business day", "99.9%",
"$20 / month", "24/7", "Unlimited"): a table of plans or response times."""
_SCHEDULE = re.compile(
    r"^(?:\d{1,2}\s*[x×]\s*\d{1,3}(?:\s*[x×]\s*\d{1,3})?|"
    r"(?:next|same|following)\s+(?:business\s+|working\s+|calendar\s+)?(?:day|week)|"
    r"(?:during\s+)?(?:business|office|working)\s+hours|around\s+the\s+clock|"
    r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*[-–—]\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|"
    r"\d{1,2}(?::\d\d)?\s*(?:am|pm)\s*[-–—]\s*\d{1,2}(?::\d\d)?\s*(?:am|pm))\b.{0,20}$",
    re.I,
)
"""A service schedule or time of day ("24x7", "8x5", "Next business day", "Business hours")."""
_PATHLIKE = re.compile(r"^(?:[~$.]?/|[a-z][\w+.-]*://)\S*$", re.I)
"""A path or an address ("/home/$USER", "s3://bucket/"), no duty."""
_CONTINUES = re.compile(r"(?:[:;,(]\s*\n|\n\s*[a-z(])")
"""A line that goes on with the list item before it: the item ends mid-phrase (":", ";", ",")
or the line starts in lower case ("- Security (including patching)<br>of everything up to …")."""
_PERMISSION = re.compile(
    r"^(?:(?:if|when|where)\b[^,.]{1,40},\s*)?(?:the\s+)?(?:you|customers?|users?)\s+"
    r"(?:can|could|may|might)\b",
    re.I,
)
"""What the reader may do, not a duty: "You can …", "If required, the customer can …"."""
_HOW_THINGS_ARE = re.compile(
    r"^(?:there\s+(?:is|are|can\s+be|may\s+be|will\s+be)\s"
    r"|(?:only\s+)?(?:[\w'’()/-]+\s+){1,8}?(?:can|could|may|might)\s+(?!(?:need|have)\s+to\b)\w"
    r"|(?:[\w'’()/-]+\s+){1,6}?(?:has|have)\s+the\s+(?:ability|option|possibility)\s+to\s"
    r"|(?:the|an?|each|every|all)\s+(?:[\w'’()/-]+\s+){0,5}?(?:only\s+|also\s+)?(?:has|have)\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:access|permissions?|rights|privileges)\b"
    r"|an?\s+(?:[\w-]+\s+){0,2}?(?:role|member|person|individual|user|account)\b"
    r"(?![^.]*\b(?:who|that|is|are|must|will|should|shall)\b))",
    re.I,
)
"""A line that says how things are or may be, not who must do what: "There can be several
stewards per project", "Only members with the Admin role can invite others", "Clients have
the ability to receive the logs" (a capability, as "can"), "The guest only
has read access to …" (what a role may do), "A role within the portal, giving …" (what the role
is)."""
_CLAUSE_MODAL = re.compile(
    r"^[A-Za-z-]+\s+(?:[\w'’()/-]+\s+){1,8}?(?:so\s+that|that|which|who|where)\s+"
    r"(?:[\w'’()/-]+\s+){0,6}?(?:can|could|may|might)\b",
    re.I,
)
"""An instruction whose "can" is in a clause after its object ("Integrate with services that
you can use to store data", "Keep standards so that data can be stored safely"): the verb
before it still states a duty, the modal only what the duty makes possible."""
_STATE_OF_THINGS = re.compile(
    r"^(?P<subj>(?:[\w,()'’/®™-]+\s+){1,8}?)"
    r"(?:(?:is|are)\s+(?:also\s+|not\s+|[a-z]+ly\s+)?(?P<word>[a-z-]+)|consists?\s+of\b)",
    re.I,
)
"""A sentence whose own subject is a thing and whose verb is "is/are …" or "consist(s) of"
("Backups are encrypted per tenant", "These hosts consist of two racks")."""
_NO_THING = re.compile(
    r"^(?:it|this|that|these\s+are|there|you|we|they|no|none|nothing|[a-z]+ing)\b"
    r"|\b(?:when|if|unless|where|that|which|who)\b|[(;]",
    re.I,
)
"""Subjects that are no thing described: a pronoun for a party or a clause ("It is …", "You
are …"), a gerund that is the duty ("Ensuring X is …"), what is not done ("No gateway is
created"), a condition or relative clause ("When X is …", "Create a key that is used …"), an
aside."""
_IDENTITY = re.compile(r"^(?:the|a|an|your|our|their|its|his|her|my)$", re.I)
"""A complement that says what or whose the thing is ("… are the caller's stack")."""
_LABELLED = re.compile(r"^(?P<label>[^:.!?\n]{1,40}?):\s+(?P<rest>\S.*)$", re.S)
"""A sentence after a short label of its own ("SQL endpoint: verify …", "Note: you may …")."""
_BOTH = re.compile(
    r"^(?:both|all)\s+(?:teams|parties|sides|organi[sz]ations|of\s+us)\s+"
    r"(?:(?:will|must|should|shall)\s+)?(?:collaborate|cooperate|work\s+together)\s+"
    r"(?:(?:with\s+each\s+other|closely)\s+)?(?:to|in\s+order\s+to)\s+",
    re.I,
)
"""A sentence whose subject is every party at once ("Both teams collaborate to …"): what
follows is each party's instruction."""
_OWNER_LINE = re.compile(
    r"^\s*(?P<mark>\*\*|__)?(?P<name>[^*_:\n]{1,40}?)\s*:?\s*(?P=mark)?\s*:?\s*$"
)
"""A line that is only a short name, bold or not, maybe with a colon ("**Acme**", "Acme:")."""


def is_value(text: str, lexicon: Lexicon) -> bool:
    """A cell that holds a value, not a duty: empty, a duration, an amount, a schedule, a path,
    an availability word of the code vocabulary ("Included", "Available for purchase", "N/A"),
    or two values joined by a colon ("24x7: 1 hour")."""
    text = plain(text).strip()
    text = lexicon.without_jsx(text).strip()
    bare = re.sub(r"\s*\([^)]*\)", "", lexicon.without_footnotes(text)).strip()
    if bare and bare != text:
        text = bare  # "4 hours (24x7)", "< 1 hour*": the value without its aside
    if not text or _EMPTY.match(text) or _PATHLIKE.match(text):
        return True
    if _QUANTITY.match(text) or _SCHEDULE.match(text):
        return True
    codes = lexicon.read_cell(text)
    if codes is not None and all(c.relation is None for c in codes):
        return True
    head, colon, tail = text.partition(":")
    return bool(colon and head.strip() and tail.strip()) and all(
        is_value(part, lexicon) for part in (head, tail)
    )


_BOLD_TITLE = re.compile(r"^\s*(?:\*\*|__)[^*_:]{2,60}(?:\*\*|__)\s*$")
"""A cell's first line that is only a bold title, the lines after it describing it."""


def cell_lines(raw: str, lexicon: Lexicon | None = None) -> list[str]:
    """A cell's duty phrases: list items as they are, other lines sentence by sentence. A
    lead-in line ending in a colon is left out (the sentences before it stay), unless it is
    itself an instruction ("Plan a request with:"), whose items are then its details; items
    after an examples lead-in ("the following are some of …:") are examples, not duties, and
    "You are responsible for X, including:" keeps X; empty values and permissions ("You
    can …") and pointers ("See …") are left out."""
    out: list[str] = []
    lines = [line for line in raw.split("\n") if plain(line).strip()]
    titled = len(lines) >= 2 and _BOLD_TITLE.match(lines[0]) and not ITEM_MARK.match(lines[1])
    if titled and not plain(lines[0]).strip().endswith("."):  # ("**Owns X.**": a first duty)
        return [plain(lines[0]).strip()]  # "**Grain Intake**<br/>Deliver all lots …": one duty
    skip_items = False
    item_open = False  # the last phrase is a list item a following line may continue
    included = False  # the line follows "This includes:", maybe over other link lines
    for index, line in enumerate(lines):
        if index and not _LINK_ONLY.match(lines[index - 1]):
            included = bool(_INCLUDES_LEAD.search(plain(lines[index - 1])))
        if ITEM_MARK.match(line):
            if not skip_items:
                out.append(_link_duty(ITEM_MARK.sub("", line), lexicon, included))
            item_open = not skip_items
            continue
        if item_open and _CONTINUES.search(f"{out[-1]}\n{line.strip()}"):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"  # a line break inside the item
            continue
        item_open = False
        skip_items = False
        text = plain(line).strip()
        followed = index + 1 < len(lines) and ITEM_MARK.match(lines[index + 1])
        if text.endswith(":") and followed:
            ranges = list(sentences(line))
            out.extend(line[start:end] for start, end in ranges[:-1])  # statements before it
            lead = plain(line[ranges[-1][0] : ranges[-1][1]]).strip() if ranges else text
            last_clause = re.sub(r"\([^)]*\)", "", lead).rsplit(",", 1)[-1]
            if _EXAMPLES.search(last_clause):
                skip_items = True
                if RESP.match(expand(lead)) and "," in lead:
                    out.append(lead.rstrip(":"))  # "You are responsible for X, including:": X
            elif lexicon is not None and lexicon.imperative(text):
                out.append(re.sub(r"\s+(?:with|as\s+follows)?\s*:$", "", line.rstrip()))
                skip_items = True
            continue
        if followed and _links_follow(lines, index + 1):
            out.append(line)  # "Release updates" over links to each product's page: one duty
            skip_items = True
            continue
        if _LINK_ONLY.match(line):
            out.append(_link_duty(line, lexicon, included))
            continue
        if followed and len(line.split()) <= 8:
            continue  # "Physical infrastructure" over its items: a heading, the items the duties
        for start, end in sentences(line):
            example = _EXAMPLE_OPENING.match(plain(line[start:end]))
            if (
                out
                and example
                and lexicon
                and not lexicon.imperative(plain(line[start:end])[example.end() :])
            ):
                continue  # "For example, shard count and queue depth." after a duty: examples
                # ("For example, choose how to X, protect Y" still names deeds)
            out.extend(run_on_items(line[start:end], lexicon) if lexicon else [line[start:end]])
    phrases = []
    for phrase in out:
        text = expand(plain(phrase)).strip()
        if not text or text.endswith(":") or (lexicon is not None and is_value(text, lexicon)):
            continue
        if _EMPTY.match(text) or _QUANTITY.match(text):
            continue
        if _PERMISSION.match(text):
            continue
        if POINTER.match(text) or (_HOW_THINGS_ARE.match(text) and not _enabling(text, lexicon)):
            continue
        phrases.append(phrase)
    return phrases


def _enabling(text: str, lexicon: Lexicon | None) -> bool:
    """An instruction whose modal is in a clause after its object (``_CLAUSE_MODAL``)."""
    return lexicon is not None and bool(_CLAUSE_MODAL.match(text)) and lexicon.imperative(text)


def _links_follow(lines: list[str], start: int) -> bool:
    """The list items from ``start`` on are each only a link: pages about the line above them
    (a duty without a colon), not duties of their own."""
    items = []
    for line in lines[start:]:
        if not ITEM_MARK.match(line):
            break
        items.append(line)
    return bool(items) and all(_LINK_ONLY.match(item) for item in items)


DUTY_GERUND = re.compile(r"^[A-Z][a-z]+ing\b(?!\s+(?:is|are|was|were|has|have)\b)")
"""A duty named by its gerund ("Packaging apps"), not a gerund subject ("Testing is …")."""
_RUN_ON_GAP = re.compile(r"(?<=\s)(?=[A-Z][a-z]+[ \t]+\S)")
"""Where a capitalised word follows a space: a run-together item may start there."""
_LOWER_WORD = re.compile(r"(?:^|\s)(?:[a-z][\w'’-]*[\w)\]]?|\([^()\s]+\))[ \t]+$")
"""The word before a gap is lower-case ("… ledger controls Reports …") or an aside ("(CoC)")."""
_WINDOW = 120
"""Characters on each side of a gap that the checks read, so a long cell stays linear."""
NAMED_DUTY = re.compile(
    r"^[A-Z][a-z]+(?:ion|ment|ance|ence|sight|al)\s+(?:of|over)\s|^[A-Z][a-z]+ing\s+(?!is\b|are\b)"
)
"""A duty named by a noun and its object ("Oversight of X", "Approval of Y") or a gerund."""
RESPONSIBLE_FOR = re.compile(r"^Responsible\s+(?:for\s|(?=(?:the|all|any)\s))", re.I)
_BASE_OBJECT = re.compile(
    r"^(?:the|a|an|all|any|each|every|their|its|our|your|as|to|with|for|that|and)$", re.I
)
"""The word after a capitalised base form that makes it an instruction ("Maintain the …",
"Serve as …"), not a name ("Lead roles")."""


def run_on_items(text: str, lexicon: Lexicon) -> list[str]:
    """A cell's items that a converter ran together when it dropped their line breaks
    ("Approves budgets Reports risks to the board"): split before each capitalised duty
    opening (a duty verb in the third person, "Responsible for", an instruction, a gerund or
    duty noun before a lower-case word) that follows a lower-case word; ``[text]`` otherwise."""
    starts = [0]
    for gap in _RUN_ON_GAP.finditer(text):
        at = gap.start()
        responsible = text.startswith("Responsible for ", at)  # never a name's words
        before = _LOWER_WORD.search(text, max(0, at - _WINDOW), at)  # the word before it only
        if (responsible or before) and _opens_duty(text[at : at + _WINDOW], lexicon):
            starts.append(at)
    if len(starts) == 1:
        return [text]
    parts = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    return parts if all(len(p.split()) >= 2 for p in parts) else [text]


def _opens_duty(rest: str, lexicon: Lexicon) -> bool:
    words = rest.split(maxsplit=2)
    if len(words) < 2:
        return False  # a word longer than the window
    first, second = words[:2]
    if lexicon.third_person_base(first) is not None:
        return True
    if RESPONSIBLE_FOR.match(rest):
        return True
    if not second[:1].islower():
        return False  # "Access Control Board": a name
    base = lexicon.verb_base(first)
    if base is not None and base == first.lower():
        return bool(_BASE_OBJECT.match(second))
    return bool(NAMED_DUTY.match(rest))


def owner_lines(raw: str, owner: Callable[[str], Ref | None]) -> list[tuple[Ref | None, str]]:
    """A cell split at its owner lines: a line that is only a party's name (``owner`` resolves
    it) over more lines ("**Acme**" then "- Patch hosts"), each part with its owner; the part
    before the first owner line (or a cell without one) has None."""
    parts: list[tuple[Ref | None, list[str]]] = [(None, [])]
    lines = raw.split("\n")
    for index, line in enumerate(lines):
        short = len(line.split()) <= 5 and not ITEM_MARK.match(line)
        match = _OWNER_LINE.match(line) if short else None
        rest = any(plain(more).strip() for more in lines[index + 1 :])
        ref = owner(match.group("name")) if match and rest else None
        if ref is not None:
            parts.append((ref, []))
        else:
            parts[-1][1].append(line)
    return [(ref, "\n".join(body)) for ref, body in parts if ref or plain("".join(body)).strip()]


def cell_leadins(raw: str) -> dict[str, str]:
    """Each list item of a cell (as ``cell_lines`` gives it) -> the lead-in sentence before its
    list ("You must provide support for these areas:")."""
    found: dict[str, str] = {}
    lead = ""
    for line in raw.split("\n"):
        if ITEM_MARK.match(line):
            if lead:
                found.setdefault(ITEM_MARK.sub("", line), lead)
            continue
        if not plain(line).strip():
            continue
        ranges = list(sentences(line))
        last = plain(line[ranges[-1][0] : ranges[-1][1]]).strip() if ranges else ""
        lead = last if last.endswith(":") else ""
    return found


_LINK_ONLY = re.compile(r"^\s*(?:[-*]\s+)?\[[^\]]+\]\([^)]*\)\s*\.?\s*$")
"""A cell that is only a link: it points to where the duty is described, and states none."""
_INCLUDES_LEAD = re.compile(
    r"(?:^|[.!?]\s+)(?:this|these|it|they)\s+(?:also\s+)?(?:includes?|covers?|involves?)\s*:$",
    re.I,
)
"""A lead-in that ends a line by announcing the parts of the duty before it ("This includes:")."""


def _link_duty(line: str, lexicon: Lexicon | None, lead: bool) -> str:
    """A line that is only a link, as its text when that text states a duty itself: an
    instruction ("[Enable archiving for the workspace.](url)") or a part under a "This
    includes:" lead-in ("[Defining the account strategy](url)"); otherwise the line as it is,
    a page to read that states no duty."""
    if lexicon is None or not _LINK_ONLY.match(line):
        return line
    text = plain(line).strip()
    return text if lead or lexicon.imperative(text) else line


_ASPECT_ONLY = re.compile(
    r"[A-Z]?[a-z]+(?:tion|ment|ance|ence|ing)(?:\s+(?:and|&|or)\s+[a-z]+(?:tion|ment|ance|ence|ing))?"
)
"""A cell that names only a kind of work ("Implementation", "Configuration and enforcement"):
the work on the row's area, which the label keeps."""


def _role_word(text: str) -> bool:
    """A cell of one word ("Customize", "Runbooks", "Oversight"): the party's part in the
    row's area, not a duty of its own ("Declare endpoints" is one)."""
    return re.fullmatch(r"[A-Za-z][\w/&-]*", text) is not None and not text.endswith("ing")


def _objectless_deeds(lexicon: Lexicon, text: str) -> bool:
    """A cell of verbs with no object of their own ("Owns; sizes; operates; monitors",
    "Reviews periodically", "Connects to it", "Owns end-to-end"): the party's deeds on the
    row's area, which the label keeps; not "Owns the catalog" (an object)."""
    parts = [p.strip() for p in re.split(r"\s*[;,]\s*|\s+and\s+", text) if p.strip()]
    if len(parts) < 2 and len(text.split()) < 2:
        return False  # one word alone: _role_word's
    for part in parts:
        words = part.split()
        if lexicon.third_person_base(words[0]) is None:
            return False
        if len(words) > 1 and not _NO_OBJECT.match(words[1]):
            return False
    return True


_NO_OBJECT = re.compile(
    r"(?:[a-z]+ly|it|them|end-to-end|via|within|through|to|with|for|on|in|as|when)$", re.I
)
"""A word after a cell's verb that starts no object ("periodically", "via", "it")."""


def _owned_in_cell(prose: ProseReader, text: str, span: Span) -> tuple[str, Ref] | None:
    """ "Calibration of the scale is the caller's responsibility", "Copying the ledger is the
    operator's job" in a cell: (the thing, its owner), as the object-first sentence says."""
    owned = RESP_OF.match(text)
    if owned is None or not owned.group("a") or _POINTING_OWNED.match(owned.group("obj")):
        return None
    owner = prose.parties.resolve_party(owned.group("a"), span)
    return (owned.group("obj").strip(), owner) if owner is not None else None


_OWNED_PAIR = re.compile(
    r"^(?P<a>[^,;()]+?)\s+and\s+(?P<b>[^,;()]+?)\s+are\s+(?:(?P<your>your)|the\s+"
    r"(?P<owner>[\w-]+(?:\s+[\w-]+)?)['’]s?)\s+(?P<kind>(?:[\w-]+\s+){0,2}[\w-]+)\.?$",
    re.I,
)
"""``A and B are your on-call tooling``, ``… are the caller's monitoring stack``: two things a
party holds, named by what they are to it."""


def _owned_pair(
    prose: ProseReader, text: str, party: Ref, span: Span
) -> tuple[list[str], Ref] | None:
    """A cell's sentence whose subject pairs two things of at most four words each (no verb
    in either) with a predicate naming them a party's kind of thing (``_OWNED_PAIR``; not a
    responsibility word, which ``RESP_OF`` reads as one duty): (the things, their holder: the
    column's party for "your", else the party named)."""
    owned = _OWNED_PAIR.match(text.strip())
    if owned is None or RESPONSIBLE_WORD.search(owned["kind"]):
        return None
    things = [owned["a"].strip(), owned["b"].strip()]
    lexicon = prose.state.lexicon
    if any(len(t.split()) > 4 or FINITE.search(t) or _acts(lexicon, t) for t in things):
        return None
    if owned["your"]:
        return things, party
    holder = prose.parties.resolve_party(owned["owner"], span, create=False)
    return (things, holder) if holder is not None else None


_POINTING_OWNED = re.compile(r"^(?:this|that|it|these|those)$", re.I)


def access_only(raw: str, lexicon: Lexicon) -> bool:
    """Whether every line of a cell is an access level (cue:access-level): a permission table's
    cell says what a persona may reach, no duty."""
    lines = [
        " ".join(lexicon.without_footnotes(plain(line)).split()).lower().rstrip(".")
        for line in re.split(r"\n|<br\s*/?>", raw)
    ]
    lines = [line for line in lines if line]
    return bool(lines) and all(line in lexicon.access_levels for line in lines)


_PARTICIPLE_BY = r"[a-z]+ed(?:\s+(?:after|up|down|over|out))?\s+by\s"
"""A participle (and its particle) before its agent ("looked after by")."""
_DONE_BY = re.compile(rf"^[a-z]{_PARTICIPLE_BY}+\S", re.I)
"""A cell in the passive with its agent and no subject ("Looked after by the wardens")."""
_NEXT_DONE_BY = re.compile(rf",\s*(?:and\s+)?(?={_PARTICIPLE_BY})")


def _agents_done(prose: ProseReader, context: str, text: str, span: Span, ctx: Context) -> bool:
    """A passive cell that names who does it ("Guarded by the harbour wardens, supervised by
    Acme"), read as the row's subject in the passive, each clause its agent's duty (whatever
    the column); True when any agent was found."""
    if not _DONE_BY.match(text):
        return False
    found = False
    for clause in _NEXT_DONE_BY.split(text.rstrip(". ")):
        sentence = f"{context} are {clause[:1].lower()}{clause[1:]}."
        found = prose.statement(sentence, span, ctx, in_item=False) or found
    return found


_ABSENCE = re.compile(
    r"^(?:none|nothing|no\s+(?!later\b|more\b|less\b|fewer\b|sooner\b)[\w-]+"
    r"|[A-Za-z]+s\s+(?:nothing|no\s+[\w-]+))\b"
    r"|^(?:the|this|its?)\s+(?:[\w-]+\s+)?[a-z]+s\s+nothing(?:\s+(?:there|here|at\s+all))?\.?$",
    re.I,
)
"""A cell that says its party does nothing there ("None.", "Keeps nothing", "Sends no
reports", "No badges, no gate codes"): no duty; one that goes on after a dash ("No gateway is
created — egress depends on your …") says what that leaves to the party."""


def cell_duties(
    prose: ProseReader,
    records: FactRecorder,
    party: Ref,
    raw: str,
    context: str,
    span: Span,
    ctx: Context,
) -> None:
    """The duties a cell in words gives its column's party (or the party a sentence names);
    none from a cell of access levels ("Read: Full" / "Write: None", "No access")."""
    if access_only(raw, prose.state.lexicon):
        return
    lines = cell_lines(raw, prose.state.lexicon)
    for phrase in lines:
        if _LINK_ONLY.match(phrase):
            continue  # "[Logging in Acme](/docs/logging)": a page to read, no duty
        text = expand(plain(phrase)).strip()
        if context and (
            _ASPECT_ONLY.fullmatch(text.rstrip("."))
            or (len(lines) == 1 and _role_word(text.rstrip(".")))
            or _objectless_deeds(prose.state.lexicon, text.rstrip("."))
        ):
            # "VM isolation | Configuration and enforcement", "Secure defaults | Customize":
            # the row's area, so done
            text = f"{context} ({text[:1].lower()}{text[1:].rstrip('.')})"
        if _left_by_other(prose, records, party, text, span):
            continue
        positive = positive_part(text) if negated(text) else text
        if positive is not None and positive != text and prose.state.lexicon.imperative(positive):
            text = positive  # "Email flaws to the desk and do not post them": the order stands
        if negated(text):
            continue  # (not "Ensure that personal data is not uploaded": that is the duty)
        if _ABSENCE.match(text) and not re.search(r"\s[—–-]\s", text):
            continue  # "None.", "Keeps nothing", "No badges, no gate codes": nothing done
        if context and _agents_done(prose, context, text, span, ctx):
            continue  # "Guarded by the harbour wardens, supervised by Acme": each agent's
        text = without_contrast(text)  # "A and B, but it does not deploy C": A and B
        if _state_of_things(prose, text):
            continue  # "Backups are encrypted per tenant" in a party's cell: how things are
        text = without_connective(text, prose.state.lexicon)
        said = prose.state.lexicon.without_condition(text)
        if said == text or not prose.state.lexicon.imperative(said):
            said = text  # ("When you host apps on X, use Y to Z": the instruction after it)
        said = recommended_clause(said) or said  # "It is recommended that a customer stores X"
        pair = _owned_pair(prose, said, party, span)
        if pair is not None:  # "Dashboards and paging are your on-call tooling": each
            for thing in pair[0]:
                records.duty(pair[1], thing, text, span)
            continue
        label, subject = _owned_in_cell(prose, said, span) or prose.strip_subject(said, span, ctx)
        we = OWN_VOICE.match(label) if subject is None else None
        if we and party != prose.parties.resolve_party("you", span, create=False):
            label = label[we.end() :]  # "We manage the hosts" in the writer's column: theirs
        elif we and (writer := prose.parties.resolve_party("we", span)) is not None:
            subject, label = writer, label[we.end() :]  # … in the reader's column: the writer's
        if _offered(prose.state.lexicon, label) or THIS_INCLUDES.match(label):
            continue  # "Acme provides clients with the ability to …"; "This includes X": the
            # line before's parts
        owner = subject or party
        if subject is not None and _own_product(prose, subject, party):
            owner = party  # "HyperDB is responsible for backups" under Acme's column: Acme's
        description = f"{context}: {text}" if context else text
        lexicon = prose.state.lexicon
        said_after = _after_subject(prose, said, span) if subject is not None else ""
        for clause in verb_clauses(lexicon, label):
            for item in asyndetic_items(clause, lexicon):
                for phrase in _untrimmed_series(lexicon, item):
                    written = _as_written(item, phrase)
                    if not written and said_after and _same(phrase, label):
                        written = said_after  # "Acme runs X" kept as "runs X" beside "Run X"
                    series_duties(records, owner, phrase, description, span, written=written)
        for start, end in list(sentences(text))[1:]:
            later = text[start:end].strip()
            if lexicon.imperative(later) and not negated(later):
                # "Notify the customer. If both sites fail, coordinate recovery with them."
                for phrase in _untrimmed_series(lexicon, lexicon.without_condition(later)):
                    records.duty(party, phrase, description, span)


_MEANS_SERIES = re.compile(r"using\s+(?!(?:and|or)\s)(?:(?!\bto\s).)+$", re.I)
"""A series' first part "Using the provided APIs" (no aim in it): the means of a deed."""
_AIM = re.compile(r"\sto\s+[a-z]", re.I)
"""An aim after the series' last means ("… or console to manage X")."""
_SERIES_END = re.compile(r",\s+(?:and|or)\s+\S")
"""The last item of a series of three or more ("A, B, and C")."""


def _same(phrase: str, label: str) -> bool:
    """Whether a series' one phrase is the whole label (case and a full stop aside)."""
    return phrase.strip(" .").lower() == label.strip(" .").lower()


def _after_subject(prose: ProseReader, said: str, span: Span) -> str:
    """A cell's sentence after the party that opens it ("Acme runs the proxies." -> "runs the
    proxies"), the page's wording of the duty; "" when no party opens it."""
    opening = prose.parties.mentions(said, ("org", "role"))
    if not opening or said[: opening[0].start].strip().lower() not in ("", "the"):
        return ""
    rest = said[opening[0].end :].strip().rstrip(".")
    return rest if rest and rest[0].islower() else ""


def _as_written(item: str, phrase: str) -> str:
    """The words of ``item`` that ``phrase`` restates with its verb in the base form ("runs the
    server" for "run the server"), else ""."""
    verb, _, rest = phrase.partition(" ")
    if not rest:
        return ""
    at = item.find(rest)
    opening = item[:at].split()[-1:] if at > 0 else []
    written = f"{opening[0]} {rest}" if opening else ""
    return written if opening and opening[0].lower() != verb.lower() else ""


def series_duties(
    records: FactRecorder,
    party: Ref,
    phrase: str,
    description: str,
    span: Span,
    *,
    written: str = "",
) -> None:
    """A cell's series of three or more things ("Clusters, networking, and the resources we
    create"): one duty per item; anything else (a series of verbs, of a verb's objects, of a
    gerund's: "Understanding A, B, and C") one duty."""
    lexicon = records.state.lexicon
    bare = _ASIDE.sub("", phrase)  # "snapshots (who does what depends on the tier)": an aside
    if (
        bare.count(",") >= 2
        and _SERIES_END.search(bare)
        and "(" not in bare
        and ("(" not in phrase or len(_SERIES_END.findall(bare)) == 1)  # (one series)
        and not FINITE.search(bare)  # "…, and any misuse could lead to …": a clause
    ):
        parts = conjuncts(phrase, single_words=True)
        # "Understanding A, B, and C" (not "Sizing and capacity planning, …": a noun)
        gerund = re.match(r"[a-z]{3,}ing\s+(?!(?:and|or)\s)\S", parts[0], re.I) if parts else None
        if gerund is None and parts and _MEANS_SERIES.match(parts[0]) and _AIM.search(parts[-1]):
            gerund = _MEANS_SERIES.match(parts[0])  # "Using A, B, or C to manage X": one duty
        if len(parts) >= 3 and not gerund and not any(_acts(lexicon, p) for p in parts):
            for part in parts:
                if not _POINTER_ITEM.match(part):
                    records.duty(party, part, description, span)
            return
    parts = verb_objects(lexicon, phrase) or [phrase]
    for part in parts:
        said = written if part == phrase else ""
        based = base_opening(lexicon, part)  # "Runs the hosts" in a party's column: "Run …"
        records.duty(
            party, based, description, span, written=said or (part if based != part else "")
        )


def verb_objects(lexicon: Lexicon, phrase: str) -> list[str]:
    """A cell's verb over a series of three or more things ("Provide A, B, and C", "Generates
    A (`a`) when X, B, and C, on your behalf"): the verb (in the base form) with each thing,
    a qualifier after the series (", on your behalf", ", as managed values") no part of any;
    [] for anything else (a series of verbs, of clauses, of a gerund's objects)."""
    text = _AFTER_SERIES.sub("", phrase.strip().rstrip(". "))
    verb, _, obj = text.partition(" ")
    word = verb.lower()
    base = lexicon.third_person_base(word) or (word if lexicon.verb_base(word) == word else None)
    opens = obj.split()[0].lower() if obj.split() else ""
    determiner = _DETERMINER_WORD.fullmatch(opens) or opens.endswith(("'s", "’s"))
    if base is None and _THIRD_PERSON.match(word) and determiner:
        base = base_verb(word)  # "Generates the X, …" in a party's cell: its verb
    if base is None or not obj or word.endswith("ing"):
        return []
    bare = _ASIDE.sub("", obj)
    back = _BACK_PAIR.match(bare)
    if back and not FINITE.search(bare) and not _acts(lexicon, back["b"]):
        # "Provide the backup options and their secure storage": a second thing, its own duty
        parts = conjuncts(obj, single_words=True)
        if len(parts) == 2 and re.match(r"(?:its|their)\s", parts[1], re.I):
            verb = base[:1].upper() + base[1:] if verb[:1].isupper() else base
            owner = _ASIDE.sub("", parts[0]).strip()
            second = f"{parts[1].split(maxsplit=1)[1]} of {owner}"  # "their X": "X of <first>"
            return [f"{verb} {parts[0]}", f"{verb} {second}"]
    optional = _OPTIONAL_PAIR.match(obj)
    if optional and _OPTIONAL_PAIR.match(bare) and not FINITE.search(bare):
        # "Wires the metrics endpoint (`x`) and an optional exporter": a thing one may leave
        # out is a thing of its own
        verb = base[:1].upper() + base[1:] if verb[:1].isupper() else base
        return [f"{verb} {optional['a']}", f"{verb} {optional['b']}"]
    if (
        bare.count(",") < 2
        or len(_SERIES_END.findall(bare)) != 1
        or "(" in bare
        or FINITE.search(bare)  # "Set X, Y, and Z are kept": a clause
    ):
        return []
    parts = conjuncts(obj, single_words=True)
    if len(parts) < 3 or any(_acts(lexicon, p) for p in parts):
        return []
    determined = [_DETERMINER_WORD.fullmatch(p.split()[0].lower()) is not None for p in parts]
    if determined[0] and not any(determined[1:]):
        return []  # "Configure the network profile, compute profile, and …": "the" of them all
    if any(re.search(r"\b(?:its|their)\s", p, re.I) for p in parts[1:]):
        return []  # "… applications, data, and their complete lifecycle": one thing's parts
    verb = base[:1].upper() + base[1:] if verb[:1].isupper() else base
    return [f"{verb} {part}" for part in parts if not _POINTER_ITEM.match(part)]


_BACK_PAIR = re.compile(r"^(?P<a>[^,;]+?)\s+and\s+(?P<b>(?:its|their)\s[^,;]+)$", re.I)
"""Two objects, the second's possessive pointing back to the first ("the backup options and
their secure storage")."""


_OPTIONAL_PAIR = re.compile(r"^(?P<a>[^;]+?)\s+and\s+(?P<b>(?:an?\s+)?optional\s[^;]+)$", re.I)
"""Two objects, the second marked optional ("A and an optional B")."""


_AFTER_SERIES = re.compile(
    r"(?<=[\w)]),\s+(?:on\s+(?:your|our|their|its|the\s+\w+'s)\s+behalf"
    r"|as\s+(?:[\w-]+\s+){0,2}[\w-]+)$",
    re.I,
)
"""What a whole series is, or for whom it is done, after its last item (", on your behalf",
", as Terraform-managed values"): no part of the last item."""


_ASIDE = re.compile(r"\s*\([^()]*\)")
"""A bracketed aside: its commas and verbs are no part of the series around it."""
_POINTER_ITEM = re.compile(
    r"^(?:and\s+|or\s+)?(?:the|these|those)\s+(?:[\w-]+\s+){1,3}(?:below|above)$", re.I
)
"""A series' item that points elsewhere on the page ("…, and the launch checklist below"):
the duties are where it points, the item none of its own."""


def _acts(lexicon: Lexicon, part: str) -> bool:
    """A part of a series that opens with a verb (base or third person) or an adverb ("Patch",
    "securely store"): the series is of actions, kept whole."""
    words = [w.strip(",.;:").lower() for w in part.split()[:2]]
    if not words or words[0].endswith("ly"):
        return True
    first, second = words[0], words[1] if len(words) > 1 else ""
    if first.endswith(("'s", "’s")):
        return False  # "the database's design": a possessive, then its noun
    if _DETERMINER_WORD.fullmatch(first):
        return False  # "the launch checklist": a noun after its determiner, no verb
    if lexicon.verb_base(first) == first or lexicon.third_person_base(first):
        return True
    return bool(second) and second != first and lexicon.verb_base(second) == second


_DETERMINER_WORD = re.compile(r"the|an?|your|our|their|its|this|these|those|each|every|all|any")


def _offered(lexicon: Lexicon, label: str) -> bool:
    """A cell's sentence that offers ("Provide clients with the ability to receive logs"): a
    capability verb whose object is an ability (``actions.ENABLING``), also after a product's
    name ("Acme Logs provides clients with …"), no duty."""
    words = label.split(" ")
    for at, word in enumerate(words[:4]):  # (after a product's name the page did not strip)
        if lexicon.verb_base(word) in lexicon.capabilities:
            return ENABLING.match(" ".join(words[at + 1 :])) is not None
    return False


def _untrimmed_series(lexicon: Lexicon, text: str) -> list[str]:
    """``verb_series`` of a sentence split before it is trimmed, each part trimmed after ("For
    example, pick X, protect Y such as with Z, and tune W": trimming first would cut at "such
    as" and lose the parts after it); else the series of the trimmed sentence."""
    series = verb_series(lexicon, without_lead(text))
    return [trim(p) for p in series] if len(series) > 1 else verb_series(lexicon, trim(text))


def _state_of_things(prose: ProseReader, text: str) -> bool:
    """A cell's sentence that describes a thing, not what the column's party does: its
    subject names no party and its verb is "is/are" with no necessity ("is required") or
    duty word, or "consist(s) of" (``_STATE_OF_THINGS``)."""
    lexicon = prose.state.lexicon
    match = _STATE_OF_THINGS.match(text)
    if match is None or lexicon.imperative(text) or RESPONSIBLE_WORD.search(text):
        return False
    subject, word = match.group("subj"), (match.group("word") or "").lower()
    if _NO_THING.search(subject) or word in lexicon.necessities or _IDENTITY.match(word):
        return False
    if re.search(r";|\s[—–-]\s", text) or lexicon.third_person_base(subject.split()[0]):
        return False  # "X is reachable; narrow it", "Uses a VPC (X is …)": more than a state
    return not prose.parties.mentions(expand(subject), ("org", "role"))


def _left_by_other(
    prose: ProseReader, records: FactRecorder, party: Ref, text: str, span: Span
) -> bool:
    """ "A, B, and C are not enabled by the agent" in another party's column: what the agent
    leaves undone is this column's party's, each item a duty (True when any was recorded)."""
    left = _NOT_DONE_BY.match(text) or _NOT_SUPPLIED.match(text)
    ordered = left is not None and prose.state.lexicon.imperative(left["subj"])
    if left is None or (
        ordered
        and re.search(r"\bthat\s|^(?:ensure|make\s+sure|verify|check)\b", left["subj"], re.I)
    ):
        return False  # ("Ensure that personal data is not provided …": an instruction; not
        # "Restore testing, A and B are not provided", a noun series)
    if left.re is _NOT_DONE_BY:
        agent = prose.parties.resolve_party(left["agent"], span, create=False)
        if agent is None or agent == party:
            return False
    items = [trim(i) for i in conjuncts(left["subj"]) if i.strip()]
    for item in items:
        records.duty(party, item, text, span)
    return bool(items)


def verb_clauses(lexicon: Lexicon, label: str) -> list[str]:
    """A cell phrase of clauses split by semicolons, each opening with a verb in the third
    person after an optional "and" and condition ("Creates the depot; when a key is set, signs
    the manifest; and when asked, ships the logs"), or instructions so split
    (``semicolon_series``): one phrase per clause, without its condition; else the phrase
    whole."""
    clauses = [c.strip() for c in split_top_level(label.rstrip(". "), r";\s+")]
    if len(clauses) < 2:
        return [label]
    bare = [
        lexicon.without_condition(re.sub(r"^(?:and|or)\s+", "", c, flags=re.I)) for c in clauses
    ]
    # "Clears spills; is on duty for them": the column's party is what the later clause says
    bare = [bare[0], *(re.sub(r"^(?:is|are)\s+(?=[a-z])", "be ", c) for c in bare[1:])]
    firsts = [c.split(maxsplit=1)[0].lower() if c.split() else "" for c in bare]
    agreeing = all(_THIRD_PERSON.match(w) or (n and w == "be") for n, w in enumerate(firsts))
    if not lexicon.third_person_base(firsts[0]) or not agreeing:
        # (a verb the lexicon does not know, "issues", in a later clause is one)
        return semicolon_series(lexicon, label) or [label]
    return bare


_OPENING_ADVERB = re.compile(r"^([A-Za-z]{3,}ly)\s+(?=[a-z])")
"""An adverb before a series' first verb ("Automatically apply X, and provide Y"): the verb
after it is the one the later parts' verbs match; the adverb stays with the first duty."""


def verb_series(lexicon: Lexicon, label: str) -> list[str]:
    """A cell phrase that is a series of verb phrases, comma-separated and closed by "and"
    ("Register the badges, and keep them locked away"; "Sealing the vault, logging each entry,
    and auditing the ledger"): one duty per phrase, when every part opens with a verb in the
    first part's form (after an adverb: "Regularly rotate X, and review Y"). A phrase
    without a comma ("Monitor X and replace Y") stays whole: one step of the cell, as the
    table words it."""
    parts = [p.strip() for p in split_top_level(label, r",\s*")]
    if len(parts) == 1:
        return _third_person_pair(lexicon, label) or [label]
    if not re.match(r"and\s", parts[-1], re.I):
        # "Runs the clusters, upgrades Kubernetes twice a year": verbs agreeing with the
        # column's party, each with its object, are its duties without a closing "and"
        firsts = [p.split(maxsplit=1)[0].lower() for p in parts if p]
        agreeing = all(
            lexicon.third_person_base(w) is not None and _THIRD_PERSON.match(w) for w in firsts
        )
        if len(firsts) == len(parts) and agreeing and all(len(p.split()) >= 2 for p in parts):
            return parts
        return [label]
    parts[-1] = parts[-1][4:].strip()
    opening = _OPENING_ADVERB.match(parts[0])  # "Regularly rotate X, and review Y"
    skip = opening.end() if opening and lexicon.verb_base(opening.group(1)) is None else 0
    firsts = [
        p.split(maxsplit=1)[0].lower() if p.split() else "" for p in [parts[0][skip:], *parts[1:]]
    ]
    gerund = firsts[0].endswith("ing")
    third = lexicon.third_person_base(firsts[0]) is not None

    def same_form(word: str) -> bool:
        base = lexicon.verb_base(word)
        if gerund:
            return word.endswith("ing") and base is not None
        if third:  # "Owns the thresholds, and keeps the rota current"
            return lexicon.third_person_base(word) is not None
        return base == word

    if not all(same_form(word) for word in firsts) or any(len(p.split()) < 2 for p in parts):
        return [label]
    return parts


_THIRD_PAIR = re.compile(
    r"^(?P<a>(?P<first>[A-Za-z]+)\s+(?P<d1>[a-z]+)(?:\s[^,;]+?)?)\s+and\s+"
    r"(?P<b>(?P<second>[a-z]+)\s+(?P<d2>[a-z]+)\s[^,;]+?)(?:\s+(?:itself|themselves))?$"
)
"""Two verb phrases, each a verb and its object ("Issues the certificate and publishes the DNS
entry itself"): the reflexive after the second no part of its object."""


def _third_person_pair(lexicon: Lexicon, label: str) -> list[str]:
    """A cell phrase of two verbs in the third person joined by "and", each with an object
    that opens with a determiner ("Issues the TLS certificate and publishes the DNS entry
    itself"): the verbs agree with the column's party, two duties, each verb in the base form;
    [] for anything else ("Monitor X and replace Y" stays one step of the cell)."""
    pair = _THIRD_PAIR.match(label.strip().rstrip("."))
    if pair is None:
        return []
    phrases: list[str] = []
    # two duty verbs of the lexicon need no determiner ("Requests namespaces and owns them")
    known = all(lexicon.third_person_base(pair[v].lower()) for v in ("first", "second"))
    for part, verb, determiner in (("a", "first", "d1"), ("b", "second", "d2")):
        word = pair[verb].lower()
        determined = known or _DETERMINER_WORD.fullmatch(pair[determiner])
        if not determined or not _THIRD_PERSON.match(word):
            return []
        base = lexicon.third_person_base(word) or base_verb(word)
        if lexicon.verb_base(word) is None and lexicon.verb_base(base) is not None:
            return []  # "needs the …": a word the lexicon knows as no such verb form
        phrases.append(_cased(pair[verb], base) + pair[part][len(word) :])
    return phrases


def _cased(written: str, base: str) -> str:
    """``base`` with the capital ``written`` opens with."""
    return base[:1].upper() + base[1:] if written[:1].isupper() else base


def _own_product(prose: ProseReader, subject: Ref, party: Ref) -> bool:
    """Whether ``subject`` is the docs site's own product (a name the page writes with a
    template keyword) and ``party`` a provider's column, whose product it is."""
    state = prose.state
    customer = state.vocab.concept("role", "customer")
    column = state.facts.entities[party]
    return (
        subject != party
        and state.facts.entities[subject].label in state.doc.template_names
        and (customer is None or column.attrs.get("role") != customer.iri)
    )


def unlabelled(text: str) -> str:
    """A sentence without the short label it opens with ("Audit: verify the logs" -> "verify
    the logs"), when what follows is itself a sentence (not "Option: 3 nodes")."""
    match = _LABELLED.match(text)
    if match is None or len(match.group("rest").split()) < 3:
        return text
    return match.group("rest")


def described_duties(
    prose: ProseReader,
    records: FactRecorder,
    party: Ref,
    raw: str,
    span: Span,
    ctx: Context,
) -> bool:
    """A prose cell that describes a row its owner cell gives to ``party`` (a "Phase |
    Responsibility | Description" table): each sentence through the prose reader (one that
    names its own subject is that party's duty), an instruction the owner's, "This includes A,
    B and C" more of the owner's duties, "Both teams collaborate to …" each owner's. True when
    any duty was recorded, or ``party``'s duty stated again (a comment an earlier row had)."""
    lexicon = prose.state.lexicon
    before = len(prose.state.facts.relations)
    stated = len(prose.state.section_duties)
    own = replace(ctx, party=party)
    for phrase in cell_lines(raw, lexicon):
        text = _BOTH.sub("", unlabelled(expand(plain(phrase)).strip()))
        if not text or negated(text) or _PERMISSION.match(text):
            continue
        includes = THIS_INCLUDES.match(text)
        if includes:  # "This includes creating an account, configuring a zone, and …"
            records.add_duties(party, includes.group("obj").rstrip("."), text, span)
            continue
        if prose.statement(text, span, own, in_item=False):
            continue
        if lexicon.imperative(text):
            for item in verb_phrases(lexicon, trim(lexicon.without_condition(text))):
                records.duty(party, item, text, span)
    facts = prose.state.facts
    again = set(prose.state.section_duties[stated:])  # a sentence stated in an earlier row too
    return len(facts.relations) > before or any(
        r.subject == party and r.object in again for r in facts.relations
    )
