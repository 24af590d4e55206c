"""The per-document state every reader shares, and the context record of the document walk.

The walk creates one ``DocState`` per document and hands it to each reader, so what one reader
records (the duties of the current section, the last duty, parties named only in this document)
the others see, without the readers importing one another's internals.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeAlias

from ..document import Block, Document, Section
from ..errors import ExtractionError
from ..facts import ENTITY_ORDER, Entity, Facts, Ref, Span
from ..lexicon import Lexicon, load_lexicon
from ..text import plain
from ..vocabulary import Concept, Mention, Vocabularies
from .names import Spellings

__all__ = ["LIMITS", "BlockHandler", "Context", "DocState", "Leadin", "LocalNames", "role_iri"]

LIMITS = {"party": 1_000, "duty": 10_000}
"""The most parties and duties one document may hold. A shared-responsibility page names a
handful of parties and at most a few hundred duties (the largest real page here: about a
hundred); thousands of parties or tens of thousands of duties are generated or hostile input,
and every one costs work in each later stage (about 0.7 ms a duty from reading to Turtle). So
extraction stops at the limit with a one-line error, and the export's time stays bounded."""
_PLURALS = {"party": "parties", "duty": "duties"}

Leadin: TypeAlias = tuple[str, Ref | None]
"""What a lead-in sentence ("… is responsible for:") says of the list that follows it:
(kind, subject), kind being "duties", "owned" (duties even when an item has no verb of its
own: "Acme responsibility:"), "services" or "shared"."""


@dataclass
class Context:
    """Where the walk is: the section, the party it is about, and list-item specifics."""

    section: Section
    party: Ref | None
    models: tuple[str, ...] = ()
    """Service models the enclosing list item names (``**IaaS** …``)."""
    open_subjects: bool = False
    """Any party named as a subject states a duty (lists of shared responsibilities)."""
    procedure: bool = False
    """Inside the steps of an ordered list: a procedure, not a checklist of duties."""
    named_by_heading: bool = False
    """The section's own heading names ``party`` ("Customer responsibilities")."""
    stem: str = ""
    """The words a parent item ends with ("Operating systems relating to:") that each item
    of its nested list completes."""
    rights: bool = False
    """Under a heading of what a role may do ("### Rights"): an item is a duty only if it
    says it is owed."""
    under_duty: bool = False
    """In a list nested under an item that states a duty of its own ("- Perform the checks
    for three depots:"): a statement about things there details that duty."""
    list_party: Ref | None = None
    """The party whose duties a list item is listed among, when the item is read as a
    statement of its own ("- Faults are repaired automatically" among the reader's)."""


BlockHandler: TypeAlias = Callable[[Block, Context, Leadin | None], Leadin | None]
"""The walk's block dispatcher, handed to readers that meet nested blocks (tables in lists)."""


_DASHES = re.compile(r"[-\s]+")
_ADDRESS = re.compile(r"\]\([^()\s]*\)|\b(?:https?://|www\.)[^\s<>()\]]+", re.I)
"""A link's target or a bare web address: where a page points, no organisation it names."""
_POSSESSIVE = re.compile(r"['’]s?$")
_PLURAL = re.compile(r"e?s$")
_WORD = re.compile(r"\w+")
"""A run of word characters (the head of a local name, see ``LocalNames._may_open``)."""
_LOWER_WORD = re.compile(r"[a-z][a-z'’-]*[,;:]?")
"""A lower-case word as written (a capitalised word after it is a proper noun)."""


class LocalNames:
    """Names of parties no vocabulary knows, found in text by a dictionary walk over words:
    adding a name costs O(1), finding costs O(words), so a page with thousands of unknown parties
    stays linear (a matcher rebuilt per party would be quadratic)."""

    _TOKEN = re.compile(r"[\w.&'’-]+\+*")

    def __init__(self) -> None:
        self.concepts: list[Concept] = []
        self._names: dict[str, Concept] = {}
        self._longest = 1
        self._heads: set[str] | None = set()
        """``_head`` of every name (None once a name has no word character: no filter)."""

    def add(self, concept: Concept) -> None:
        """Register a party's name."""
        self.concepts.append(concept)
        for label in concept.labels:
            key = self._fold(label)
            if key:
                self._names.setdefault(key, concept)
                self._longest = max(self._longest, len(key.split()))
                head = _WORD.search(key)
                if head is None:
                    self._heads = None
                elif self._heads is not None:
                    self._heads.add(head.group(0)[:3])

    @staticmethod
    @lru_cache(maxsize=65536)
    def _token_heads(token: str) -> tuple[str, ...]:
        """The heads a name starting with ``token`` can have: the first three letters of the
        token's first run of word characters (and of that run less one or two letters, for a
        plural a short run may lose); empty when the token has no word character."""
        run = _WORD.search(token.casefold())
        if run is None:
            return ()
        word = run.group(0)
        if len(word) >= 5:
            return (word[:3],)
        return tuple(dict.fromkeys(w[:3] for w in (word, word[:-1], word[:-2]) if w))

    def _may_open(self, token: str) -> bool:
        """Whether a name can start at ``token``: a key's first word run begins with the same
        three letters as the folded text's (folding changes no word character but case; the
        plural and possessive endings cut only the end), so most words are skipped with one
        set look-up instead of a look-up per phrase length."""
        heads = self._heads
        if heads is None:
            return True
        found = self._token_heads(token)
        return not found or any(h in heads for h in found)

    @staticmethod
    @lru_cache(maxsize=65536)
    def _fold(text: str) -> str:
        return " ".join(_DASHES.sub(" ", text).split()).casefold().strip(".,;:!?")

    def _lookup(self, phrase: str) -> Concept | None:
        key = self._fold(phrase)
        names = self._names
        if key in names:
            return names[key]
        if key[-1:] not in ("s", "'", "’"):
            return None  # neither ending below can match: skip the two substitutions
        for candidate in (_POSSESSIVE.sub("", key), _PLURAL.sub("", key)):
            if candidate in names:
                return names[candidate]
        return None

    def find(self, text: str) -> list[Mention]:
        """Mentions of registered names in ``text``, longest first at each word, in order."""
        tokens = [(m.start(), m.end()) for m in self._TOKEN.finditer(text)]
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            if not self._may_open(text[tokens[i][0] : tokens[i][1]]):
                i += 1
                continue
            for n in range(min(self._longest, len(tokens) - i), 0, -1):
                start, end = tokens[i][0], tokens[i + n - 1][1]
                concept = self._lookup(text[start:end])
                if concept is not None:
                    phrase = text[start:end].rstrip(".,;:!?")
                    found.append(Mention(concept, start, start + len(phrase), phrase))
                    i += n
                    break
            else:
                i += 1
        return found


class Phrases:
    """The word sequences of a page (up to five words) as written (``written``), and those
    that follow a lower-case word (``after_lower``: a capitalised one there is a proper noun).
    A phrase is looked for only on the lines that hold its first word, each line split into
    words once: a page asks about a few names, so building every phrase of it up front (five
    per word) cost more than the questions."""

    __slots__ = ("_longest", "_starts", "_text", "_words", "after_lower", "written")

    def __init__(self, text: str, longest: int = 5) -> None:
        self._text = text
        self._longest = longest
        self._starts: list[int] | None = None
        self._words: dict[int, tuple[list[str], list[str]]] = {}
        self.written = _PhraseSet(self, after_lower=False)
        self.after_lower = _PhraseSet(self, after_lower=True)

    @classmethod
    def of(cls, text: str, longest: int = 5) -> Phrases:
        """The phrases of ``text``."""
        return cls(text, longest)

    def has(self, phrase: str, *, after_lower: bool) -> bool:
        """Whether a line writes ``phrase`` as its words (punctuation around each word
        dropped), after a lower-case word if ``after_lower``."""
        parts = phrase.split(" ")
        if not phrase or len(parts) > self._longest or phrase.split() != parts:
            return False  # no phrase is empty, longer, or holds other spaces
        text, first = self._text, parts[0]
        starts = self._line_starts()
        at = text.find(first)
        while at != -1:
            line = bisect.bisect_right(starts, at) - 1
            if self._on_line(line, parts, after_lower=after_lower):
                return True
            after = starts[line + 1] if line + 1 < len(starts) else len(text)
            at = text.find(first, after)
        return False

    def _line_starts(self) -> list[int]:
        if self._starts is None:
            starts, at = [], 0
            for line in self._text.splitlines(keepends=True):
                starts.append(at)
                at += len(line)
            self._starts = starts
        return self._starts

    def _on_line(self, line: int, parts: list[str], *, after_lower: bool) -> bool:
        split = self._words.get(line)
        if split is None:
            starts = self._line_starts()
            end = starts[line + 1] if line + 1 < len(starts) else len(self._text)
            raw = self._text[starts[line] : end].split()
            split = self._words[line] = (raw, [_bare(w) for w in raw])
        raw, words = split
        count = len(parts)
        for i in range(len(words) - count + 1):
            if words[i] != parts[0] or words[i : i + count] != parts:
                continue
            if not after_lower or _after_lower_word(raw, words, i):
                return True
        return False


_PUNCTUATION = ".,;:!?()[]{}<>*_`'’\"“”"
"""What a phrase's words are stripped of."""
_POSSESSIVE_S = re.compile(r"(?<=\w)['’]s$")


def _bare(word: str) -> str:
    """A word without the punctuation around it and its possessive ending ("Nimbus's
    policies": the page writes the name "Nimbus")."""
    return _POSSESSIVE_S.sub("", word.strip(_PUNCTUATION)).strip(_PUNCTUATION)


def _after_lower_word(raw: list[str], words: list[str], i: int) -> bool:
    """Whether the word at ``i`` opens (a letter or digit, or a bracket before one: "… the
    standard (Infra) applications", not an acronym after its spelled-out name "Single sign-on
    (SSO)") right after a lower-case word."""
    bracketed = raw[i][:1] == "(" and raw[i][1:2].isalnum() and not words[i].isupper()
    opened = raw[i][:1].isalnum() or bracketed
    return i > 0 and opened and bool(_LOWER_WORD.fullmatch(raw[i - 1]))


class _PhraseSet:
    """``phrase in phrases.written``: asked of the page's lines (see ``Phrases``)."""

    __slots__ = ("_after_lower", "_phrases")

    def __init__(self, phrases: Phrases, *, after_lower: bool) -> None:
        self._phrases = phrases
        self._after_lower = after_lower

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and self._phrases.has(phrase, after_lower=self._after_lower)


@dataclass
class DocState:
    """One document's extraction state: its input, the facts so far, and reading memory."""

    doc: Document
    vocab: Vocabularies
    facts: Facts
    section_duties: list[Ref] = field(default_factory=list)
    """Duties recorded in the current section ("these are covered by SOC 2" refers to them)."""
    duty_labels: dict[str, Ref] = field(default_factory=dict)
    """Lower-cased duty label -> duty, so a duty named twice is one duty."""
    owner_parties: dict[str, list[Ref]] = field(default_factory=dict)
    """Folded owner-column header -> the parties that column's cells named in the tables read
    so far: a page split into one small "Control | Owner" table per section shares one set."""
    local_names: LocalNames | None = None
    """Parties no vocabulary knows, named in this document ("Nimbus")."""
    spellings: Spellings = field(default_factory=Spellings)
    """The same parties by letters and initials ("ExH" for "Extra Horizon")."""
    vendor: Concept | None = None
    """The organisation that wrote the document: who "we" is."""
    part_names: set[str] = field(default_factory=set)
    """Case-folded bold names of the items of a list of a system's parts ("Every Nimbus depot
    includes three core components:" / "- **Nimbus Gatehouse** — stores logs"): things, no
    parties, wherever the page names them."""
    first_person: Ref | None = None
    """The generic provider party "we" became when no vendor is known."""
    section_writer: Ref | None = None
    """On a page with no known vendor, the party the current section's heading names as the
    one whose duties it lists ("## Responsibilities of the Nimbus team"): who "we" is there."""
    writer_level: int = 0
    """The heading level of the section that named ``section_writer`` (its subsections keep it)."""
    in_note: bool = False
    """Inside a note or a warning: a passive there with no agent tells how things are."""
    reader_role: str = ""
    """The role the page addresses as "you" ("As gate officer, you …"), if it names one."""
    reader_own: bool = False
    """The addressed role is the page's own: a vocabulary role with words of the page before
    it ("As a Nimbus hosting provider you …"), named as the page names it."""
    shared_parties: list[Ref] = field(default_factory=list)
    before_table: bool = False
    """The paragraph being read comes right before a table: "You and Acme share
    responsibilities for X" there summarises the table's rows, which state the duties."""
    after_colon: bool = False
    """The block before the one read is a paragraph ending in ":" (a list it introduces)."""
    role_rows: dict[Ref, str] = field(default_factory=dict)
    """Party -> the role-table row name that first resolved to it: a row of another name is
    another role, however both names read in the vocabularies."""
    """The parties the last "shared between A and B:" lead-in named."""
    co_holders: tuple[tuple[Ref, ...], int] = ((), 0)
    """The other parties of a lead-in's coordinated subject ("Wardens and leads have the
    following duties:") and the lead-in's last line: the list's duties are theirs too."""
    relative_stem: tuple[str, int] = ("", 0)
    """A lead-in's duty that its list items complete ("only approve changes that") and the
    lead-in's last line: each item is a condition of that duty, not a duty of its own."""
    deferred: Ref | None = None
    """A party whose duty the last sentence named only by reference ("the topics in this
    guide"): the next "This includes …" sentence says what they are."""
    stated: Ref | None = None
    """The party a "responsible for" sentence just named: a next "This includes A and B"
    goes on listing that party's duties."""
    stated_before: Ref | None = None
    """``stated`` as the sentence before the one being read left it."""
    acted: Ref | None = None
    """The party an action sentence just gave a duty ("The Board handles leases."): a next
    "This notably includes A" (an additive adverb) goes on listing that party's duties."""
    acted_before: Ref | None = None
    """``acted`` as the sentence before the one being read left it."""
    step_sections: set[int] = field(default_factory=set)
    shared_sections: set[int] = field(default_factory=set)
    """Subsections of a "## Shared responsibilities" heading: their lists are shared."""
    topic_sections: set[int] = field(default_factory=set)
    """Sections whose topic heading is their party's duty when their text states none."""
    """First lines of instruction headings under a duty heading ("### Review Permits" under
    "## Keeper Responsibilities"): their instructions are the section party's duties."""
    question: str = ""
    """The duty a who-question just asked ("Who patches the hosts?" -> "patch the hosts"):
    the short answer read next ("You do.") names its party."""
    topic: str = ""
    """A short label paragraph that named no party ("**Hosted runners:**"): what the list
    after it speaks of, the subject its subjectless items ("Are managed by X") leave out."""
    last_duty: tuple[Ref, Ref, str] | None = None
    """(party, duty, object phrase) of the last duty: for anaphora and split concerns."""
    disowned: tuple[str, int] = ("", 0)
    """(object, line) of a sentence denying its subject a duty ("You are not responsible for
    the system software"): "That is the job of the developer" after it gives it away."""
    share_holder: tuple[Ref, int] | None = None
    """(party, line) of a sentence giving a party a share of the duties, naming none ("The
    customer also has a fair share of the responsibility."): "This includes:" after it."""
    stale_duty: tuple[Ref, Ref, str] | None = None
    """``last_duty`` when a sentence with no duty followed it in its paragraph ("All kit is
    subject to export law."): "these rules" after that points at what that sentence said."""
    unique_last: dict[tuple[str, str], int] = field(default_factory=dict)
    probe_created: list[Ref] | None = None
    """Parties created while a table layout only tests its cells (None when not testing)."""
    tentative: set[Ref] = field(default_factory=set)
    """Parties a failed test created ("Azure Resource Management" in a column of activities):
    dropped at the end unless a fact uses them."""
    proper_nouns: dict[tuple[str, bool], bool] = field(default_factory=dict)
    """Names no vocabulary knows -> whether the page uses them as proper nouns."""
    lexicon: Lexicon = field(default_factory=load_lexicon)
    """Responsibility codes, duty verbs and cue words (ontology/vocabularies/)."""
    """Last numeric suffix handed out per (kind, key), see ``unique``."""

    _phrases: Phrases | None = None
    _named_orgs: list[Concept] | None = None
    _party_list: list[Entity] = field(default_factory=list)
    _party_labels: dict[str, Entity] = field(default_factory=dict)
    _party_by_link: dict[tuple[str, str], Entity] = field(default_factory=dict)
    """("organization" or "role", IRI) -> the first party (by key) with it: finding a page's
    party for an organisation or role costs a lookup, not a pass over all its parties."""

    def phrases(self) -> Phrases:
        """The page's phrases (computed on first use)."""
        if self._phrases is None:
            self._phrases = Phrases.of(self.doc.text)
        return self._phrases

    @contextmanager
    def probing(self) -> Iterator[list[Ref]]:
        """Collect the parties created inside the ``with`` block (a reading that may turn out
        to state nothing); an enclosing probe collects them too."""
        outer = self.probe_created
        created: list[Ref] = []
        self.probe_created = created
        try:
            yield created
        finally:
            self.probe_created = outer
            if outer is not None:
                outer.extend(created)

    def named_orgs(self) -> list[Concept]:
        """The vocabulary's organisations the page names anywhere, each once (found on first
        use, one pass over the text)."""
        if self._named_orgs is None:
            text = _ADDRESS.sub(" ", self.doc.text)  # "cloud.google.com/…" names no Google
            found = {m.concept.iri: m.concept for m in self.vocab.matchers["org"].find(text)}
            self._named_orgs = list(found.values())
        return self._named_orgs

    def orgs_in_role(self, role: str) -> int:
        """How many organisations the page names whose default role is ``role`` (an IRI)."""
        return sum(org.links.get("default_role") == role for org in self.named_orgs())

    def parties(self) -> list[Entity]:
        """The parties so far, sorted by key (kept sorted as parties are added)."""
        return self._party_list

    def admit(self, kind: str, held: int, span: Span | None) -> None:
        """Refuse a new entity of ``kind`` when the document already holds ``held`` of them
        and that is the limit (``LIMITS``): an ExtractionError naming the line."""
        limit = LIMITS[kind]
        if held >= limit:
            raise ExtractionError(
                f"more than {limit:,} {_PLURALS[kind]} in one document",
                path=self.doc.path,
                line=span.start if span is not None else None,
                hint="a responsibility page names a few parties and some hundred duties; "
                "split the document",
            )

    def party_added(self, entity: Entity) -> None:
        """Record a new party entity in the sorted list and the label index."""
        bisect.insort(self._party_list, entity, key=ENTITY_ORDER)
        for link in ("organization", "role"):
            iri = entity.attrs.get(link)
            if iri is None:
                continue
            known = self._party_by_link.get((link, iri))
            if known is None or entity.ref < known.ref:
                self._party_by_link[(link, iri)] = entity
        self.party_labelled(entity)

    def party_with(self, link: str, iri: str) -> Entity | None:
        """The first party (by key) whose ``link`` ("organization", "role") is ``iri``; a party's
        organisation and role are set when it is created and stay so during the walk."""
        return self._party_by_link.get((link, iri))

    def party_labelled(self, entity: Entity) -> None:
        """Index a party under its (new) label."""
        key = entity.label.lower()
        known = self._party_labels.get(key)
        if known is None or entity.ref < known.ref:
            self._party_labels[key] = entity

    def party_by_label(self, label: str) -> Entity | None:
        """The first party (by key) whose label is ``label``, case-insensitively."""
        entity = self._party_labels.get(label.lower())
        if entity is None or entity.label.lower() == label.lower():
            return entity
        # a party renamed since it was indexed: look for the label among all of them
        return next((p for p in self._party_list if p.label.lower() == label.lower()), None)

    def span(self, start: int, end: int, section: Section, quote: str | None = None) -> Span:
        """Provenance for lines ``start``..``end`` (the quote defaults to those lines)."""
        text = quote if quote is not None else self.doc.quote(start, end)
        return Span(start, max(start, end), section.path, plain(text) or text.strip())

    def unique(self, key: str, kind: str) -> str:
        """``key``, or ``key-N`` with the first N no entity of ``kind`` has yet."""
        if Ref(kind, key) not in self.facts.entities:
            return key
        # Resume from the last suffix handed out for this key (entities are never removed), so
        # N repeats of one key cost O(N), not O(N^2).
        n = self.unique_last.get((kind, key), 2)
        while Ref(kind, f"{key}-{n}") in self.facts.entities:
            n += 1
        self.unique_last[(kind, key)] = n
        return f"{key}-{n}"

    def concept_entity(self, concept: Concept, kind: str, span: Span | None) -> Ref:
        """The entity for a vocabulary concept, created on first mention."""
        ref = Ref(kind, concept.key)
        if ref not in self.facts.entities:
            self.facts.entities[ref] = Entity(ref, concept.label, span=span, iri=concept.iri)
        return ref


def role_iri(vocab: Vocabularies, key: str) -> str | None:
    """The IRI of the party role ``key`` ("customer") of the vocabularies, if they hold it."""
    concept = vocab.concept("role", key)
    return concept.iri if concept is not None else None
