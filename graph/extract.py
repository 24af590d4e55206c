"""Extraction: Document -> Facts, from document structure, cue words and the SKOS vocabularies.

Nothing here knows any one document: parties come from headings, lead-in sentences and table
headers resolved through ontology/vocabularies/; duties from list items under a party and from
responsibility sentences; services, standards and offerings from the vocabularies.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from .document import Admonition, Block, BulletList, Document, ListItem, Paragraph, Section, Table
from .errors import ExtractionError
from .facts import RACI_PREDICATES, Entity, Facts, Ref, Relation, Span
from .text import plain, sentences, slugify, split_top_level
from .vocabulary import (
    Concept,
    Matcher,
    Mention,
    Vocabularies,
    load_vocabularies,
    without_overlaps,
)

__all__ = ["extract_facts"]

# --- cue words ----------------------------------------------------------------------------------

_ADVERBS = (
    r"(?:also|primarily|solely|fully|ultimately|generally|typically|jointly|mainly|directly|"
    r"still|always|entirely|partly|partially|exclusively|largely|only|then)"
)
_RESP = re.compile(
    rf"^(?P<subj>.*?)\b(?:is|are|remains?|stays?|will\s+be|shall\s+be|must\s+be|should\s+be|"
    rf"becomes?|be)\s+(?:{_ADVERBS}\s+)*(?P<kind>responsible\s+for|accountable\s+for|"
    rf"consulted\s+(?:on|about)|informed\s+(?:of|about))\s+(?P<obj>.*)$",
    re.I | re.S,
)
_KIND_PREDICATES = {
    "responsible": "responsibleFor",
    "accountable": "accountableFor",
    "consulted": "consultedOn",
    "informed": "informedOf",
}
_LEADING_PHRASE = re.compile(
    r"^(?:(?:in|for|with|under|on|within|across|when\s+using|when)\s+[^,]{1,60},\s*)+", re.I
)
_ASIDE = re.compile(
    r",\s*(?:however|also|therefore|instead|though|in\s+turn|in\s+addition)\s*,?", re.I
)
_INCLUDES_TAIL = re.compile(
    r"\s*(?:—|–|--|;|:)\s*(?:this|which|that)\s+(?:includes?|covers?|means?)\s+(?P<items>.+)$",
    re.I | re.S,
)
_RESP_TAKE = re.compile(
    rf"^(?P<subj>.*?)\b(?:{_ADVERBS}\s+)*(?:takes?|has|have|bears?|retains?|assumes?|owns?|holds?)"
    r"\s+(?:the\s+|full\s+|sole\s+|primary\s+|overall\s+)*responsibilit(?:y|ies)\s+(?:for|of)\s+"
    r"(?P<obj>.*)$",
    re.I | re.S,
)
_RESP_TO = re.compile(
    r"^(?:it\s+is|this\s+is|that\s+is)\s+(?:the\s+)?(?P<subj>.+?)(?:['’]s|s['’])?\s+"
    r"(?:sole\s+|own\s+|full\s+)?responsibility\s+(?:to|for)\s+(?P<obj>.*)$",
    re.I | re.S,
)
_RESP_PAREN = re.compile(
    r"\((?P<obj>[^()]*?)\s+(?:is|are)\s+(?:the\s+)?(?P<subj>[^()]*?)(?:['’]s|s['’])?\s+"
    r"responsibilit(?:y|ies)\)",
    re.I,
)
_LEADIN_INCLUDES = re.compile(
    r"^(?:this|these|that|those|it|they|such\s+\w+)\s+(?:also\s+)?(?:includes?|covers?|consists?\s+of|"
    r"comprises?|means?|involves?)\b.*:$",
    re.I,
)
_USES = re.compile(
    r"^(?P<subj>.+?)\s+(?:uses?|relies\s+on|rely\s+on|runs?\s+on|(?:is|are)\s+(?:hosted|built|deployed|"
    r"running)\s+(?:on|in|by)|leverages?|consumes?|utili[sz]es?|(?:operates?|hosts?|runs?)\s+"
    r"(?:(?:the|its|their|our)\s+)?(?:service|services|platform|application|solution|workloads?)"
    r"\s+(?:on|in))\b(?P<obj>.*)$",
    re.I | re.S,
)
_BUILDS = re.compile(
    r"\b(?:builds?\s+(?:up)?on|built\s+(?:up)?on|inherits?|inherited\s+from|relies\s+on|rely\s+on|"
    r"leverages?)\b",
    re.I,
)
_COVERED = re.compile(r"\b(?:covered|included|addressed)\s+(?:\w+\s+)?(?:by|in|under)\b", re.I)
_CERT_CUE = re.compile(
    r"certif|complian|attest|accredit|audit|authori[sz]ation|report|program|achiev|validated", re.I
)
_NEGATION = re.compile(r"\b(?:not|never|no longer|cannot|can't|doesn't|don't|isn't|aren't)\b", re.I)
_MODALS = (
    r"(?:also|may|might|will|must|should|shall|can|could|would|periodically|regularly|"
    r"typically|usually|always|then|additionally|further|(?:is|are)\s+required\s+to|needs?\s+to|"
    r"(?:has|have)\s+to|(?:is|are)\s+expected\s+to)"
)
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
    "makes",
    "make",
    "gets",
    "get",
    "receives",
    "receive",
    "allows",
    "allow",
}
_TRIM_CLAUSES = re.compile(
    r"(?:,?\s+(?:including|such\s+as|for\s+example|for\s+instance|e\.g\.|i\.e\.|in\s+order\s+to|"
    r"so\s+that|to\s+ensure|to\s+make\s+sure|which|whereby|as\s+described|as\s+agreed|"
    r"as\s+defined|according\s+to|in\s+accordance\s+with\s+the\s+applicable|without)\b.*$)"
    r"|\s+on\s+an?\s+\w+(?:\s+\w+)?\s+basis\b",
    re.I | re.S,
)
_PARTY_HEADING = re.compile(
    r"^(?:(?P<a>.+?)(?:['’]s?)?\s+(?:security\s+|operational\s+|key\s+|main\s+|core\s+)?"
    r"(?:responsibilities|responsibility|duties|obligations|tasks|roles?|scope)"
    r"|(?:responsibilities|duties|obligations|role)\s+(?:of|for)\s+(?:the\s+)?(?P<b>.+?)"
    r"|(?:what|things)\s+(?P<c>.+?)\s+(?:(?:is|are)\s+responsible\s+for|manages?|handles?|"
    r"owns?|controls?|does|do|provides?|takes?\s+care\s+of|secures?|must\s+do)"
    r"|responsibilities\s+(?P<d>you|we)\b.*"
    r"|(?P<e>.+?)\s+(?:is|are)\s+(?:also\s+|primarily\s+|solely\s+)?responsible\s+for\b.*)"
    r"(?:\s*(?:[:(–—]|\s-\s).*)?$",
    re.I,
)
_NEXT_VERB_PHRASE = (
    r",?\s+and\s+(?=[a-z]+\s+(?:the|a|an|all|any|their|your|its|our|each|every|this|these)\b)"
)
_FIRST_PERSON = re.compile(r"^(?:we|us|our|ours|ourselves)$", re.I)
_LEADIN_VERB = re.compile(
    r"^(?P<subj>.+?)\s+(?:(?:also|will|shall|must|should)\s+)*(?:manages?|handles?|owns?|"
    r"controls?|provides?|performs?|operates?|maintains?|secures?|takes?\s+care\s+of|"
    r"(?:is|are)\s+in\s+charge\s+of|looks?\s+after|covers?)\b[^:]*:$",
    re.I,
)
_REQUIRES = re.compile(
    r"\b(?:requires?|obliges?|expects?|needs?)\s+(?P<subj>(?:the\s+)?[\w\s-]{2,40}?)\s+to\s+"
    r"(?P<obj>.+)$",
    re.I | re.S,
)
_MARKS = re.compile(r"^(?:[✓✔✅☑●•■xX]|yes|y|true)$", re.I)
_OWNER_HEADER = re.compile(
    r"^(?:owner|owned\s+by|responsible(?:\s+party)?|responsibility|who|accountable(?:\s+party)?|"
    r"managed\s+by|party)$",
    re.I,
)
_NOT_A_PARTY = re.compile(
    r"^(?:shared|security|operational|operations|key|general|common|additional|other|joint|"
    r"summary|overview|division|split|core|main|your|our|their|my|the|platform|data|service|"
    r"infrastructure|application|customer-facing|mutual|individual|distinct|different)$",
    re.I,
)
_CONTRACTIONS = (
    (re.compile(r"\byou['’]re\b", re.I), "you are"),
    (re.compile(r"\bwe['’]re\b", re.I), "we are"),
    (re.compile(r"\bthey['’]re\b", re.I), "they are"),
    (re.compile(r"\bit['’]s\b", re.I), "it is"),
)
_PRONOUNS = re.compile(
    r"^(?:it|this|that|they|he|she|(?:this|that|these|those|such|the|each)\s+(?:part(?:y|ies)|"
    r"providers?|vendors?|partners?|compan(?:y|ies)|organi[sz]ations?|suppliers?|firms?))$",
    re.I,
)
_SECOND_PERSON = re.compile(r"^(?:you|your|yours|yourself|we|us|our)$", re.I)
_ANAPHORA = re.compile(r"\b(?:these|those|such|them|this|that)\s+(?P<noun>[\w-]+)?", re.I)
_MAX_LABEL = 100
_RESPONSIBLE_WORD = re.compile(r"\b(?:responsib|accountab)", re.I)
_RESPONSIBILITY_TO = re.compile(r"\bresponsibilit(?:y|ies)\s+to\s+(?P<obj>.+)$", re.I | re.S)
_MAINTAINS_CERT = re.compile(
    r"^(?:maintain|hold|keep|retain)\w*\b.*\b(?:certif|attestation|accreditation)", re.I
)
_BOLD_TERM = re.compile(
    r"^\s*(?:\*\*|__)(?P<term>[^*_]+)(?:\*\*|__)\s*(?:\([^)]*\))?\s*[-–—:]\s*(?P<rest>.+)$", re.S
)


def _expand(text: str) -> str:
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    return text


def _base_verb(word: str) -> str:
    lower = word.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return word[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|z|o)es$", lower):
        return word[:-2]
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return word[:-1]
    return word


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _trim(text: str) -> str:
    """Cut purpose / example / relative clauses and trailing punctuation from a phrase."""
    trimmed = _TRIM_CLAUSES.sub("", text).strip()
    if len(trimmed.split()) < 2:
        trimmed = text
    trimmed = re.sub(r"\s*\((?:for\s+example|e\.g\.|see|such\s+as)[^)]*\)", "", trimmed, flags=re.I)
    return trimmed.strip().rstrip(".;:,").strip()


def _noun_phrase(text: str) -> str:
    """A clean, short label: no leading article, capitalised, at most ~90 characters."""
    text = re.sub(r"^(?:the|a|an)\s+(?=\w)", "", text.strip(), flags=re.I)
    text = text.strip().rstrip(".;:,").strip()
    if len(text) > _MAX_LABEL:
        head = text[:_MAX_LABEL]

        def cuts(pattern: str) -> list[int]:
            return [
                m.start()
                for m in re.finditer(pattern, head)
                if len(head[: m.start()].split()) >= 4
                and head[: m.start()].count("(") == head[: m.start()].count(")")
            ]

        for found, pick in (
            (cuts(r"\s(?:that|which|who|where|so\s+that|when|unless)\s"), 0),
            (cuts(r","), 0),
            (
                cuts(r"\s(?:running|used|located|deployed|hosted|within|with|in|on|at|for|from)\s"),
                -1,
            ),
        ):
            if found:
                return _capitalize(text[: found[pick]].rstrip(",;:- "))
        cut = text[:_MAX_LABEL]
        text = cut.rsplit(" ", 1)[0] if " " in cut else cut
        if text.count("(") > text.count(")") and len(text[: text.rfind("(")].split()) >= 4:
            text = text[: text.rfind("(")]  # never end inside a parenthesis
        text = text.rstrip(",;:- ")
        while text.split() and text.split()[-1].lower() in {
            "from",
            "by",
            "any",
            "all",
            "their",
            "your",
            "and",
            "or",
            "of",
            "the",
            "to",
            "a",
            "for",
            "in",
            "with",
            "on",
        }:
            text = text.rsplit(" ", 1)[0] if " " in text else text
            if " " not in text:
                break
    return _capitalize(text)


def _conjuncts(obj: str, *, single_words: bool = False) -> list[str]:
    """Split a responsibility object that lists several duties into one phrase each."""
    obj = _trim(obj)
    result: list[str] = []
    for part in split_top_level(obj, r",?\s+as\s+well\s+as\s+|;\s+|,?\s+and\s+(?=for\s)"):
        items = split_top_level(part, r",\s*")
        if len(items) >= 2 and re.match(r"^(?:and|or)\s+", items[-1], re.I):
            items[-1] = re.sub(r"^(?:and|or)\s+", "", items[-1], flags=re.I)
            has_head = bool(_HEAD.match(items[0])) and len(items) >= 3
            if single_words or has_head or all(len(item.split()) >= 2 for item in items):
                result.extend(_distribute(items))
                continue
            result.append(part)
            continue
        if len(items) > 1:
            result.append(part)
            continue
        pair = re.match(rf"^{_HEAD.pattern}(?P<a>the\s+.+?)\s+and\s+(?P<b>the\s+.+)$", part, re.I)
        if pair:
            result.append(pair.group("head") + pair.group("a"))
            result.append(pair.group("head") + pair.group("b"))
            continue
        gerund = re.match(
            r"^(?P<g>\w+ing)\s+(?P<a>.+?)\s+and\s+(?P<b>(?!\w+ing\b).+)$", part, re.I | re.S
        )
        a_part = gerund.group("a") if gerund else ""
        if (
            gerund
            and len(a_part.split()) >= 3
            and len(gerund.group("b").split()) >= 2
            and not re.match(r"(?:and|or)\b", a_part, re.I)
        ):
            result.append(f"{gerund.group('g')} {gerund.group('a')}")
            result.append(f"{gerund.group('g')} {gerund.group('b')}")
            continue
        result.append(part)
    return [re.sub(r"^for\s+", "", r, flags=re.I) for r in result if r.strip()]


_HEAD = re.compile(r"^(?:the\s+)?(?P<head>(?:[\w-]+\s+(?:and|or)\s+)?[\w-]+\s+(?:of|for)\s+)", re.I)


def _distribute(items: list[str]) -> list[str]:
    """Carry a shared head ("security of", "managing") from the first item to the others."""
    first = items[0]
    head_match = _HEAD.match(first)
    gerund = re.match(r"^(?P<head>\w+ing\s+)", first, re.I)
    out = [first]
    for item in items[1:]:
        if head_match and not re.match(r"^\w+ing\b", item, re.I) and len(item.split()) <= 8:
            head = head_match.group("head")
            if not item.lower().startswith(head.lower()) and " of " not in f" {item} ":
                item = head + re.sub(r"^the\s+", "the ", item)
        elif gerund and not re.match(r"^\w+ing\b", item, re.I):
            item = gerund.group("head") + item
        out.append(item)
    return out


# --- extraction state ---------------------------------------------------------------------------


@dataclass
class _Context:
    section: Section
    party: Ref | None
    models: tuple[str, ...] = ()
    """Service models the enclosing list item names (``**IaaS** …``)."""
    open_subjects: bool = False
    """Any party named as a subject states a duty (lists of shared responsibilities)."""


@dataclass
class _Extractor:
    doc: Document
    vocab: Vocabularies
    facts: Facts
    section_duties: list[Ref] = field(default_factory=list)
    duty_labels: dict[str, Ref] = field(default_factory=dict)
    local_names: Matcher | None = None
    vendor: Concept | None = None
    shared_parties: list[Ref] = field(default_factory=list)
    last_duty: tuple[Ref, Ref, str] | None = None  # (party, duty, object phrase)

    # spans ---
    def span(self, start: int, end: int, section: Section, quote: str | None = None) -> Span:
        text = quote if quote is not None else self.doc.quote(start, end)
        return Span(start, max(start, end), section.path, plain(text) or text.strip())

    # vocabulary mentions ---
    def mentions(self, text: str, kinds: tuple[str, ...]) -> list[Mention]:
        """Vocabulary mentions of ``kinds`` (and of parties named only in this document),
        longest first; a service name ("Amazon EC2") shadows the organisation inside it."""
        found: list[Mention] = []
        search = set(kinds) | ({"service"} if "org" in kinds else set())
        for kind in sorted(search):
            found.extend(self.vocab.matchers[kind].find(text))
        if "org" in kinds and self.local_names is not None:
            found.extend(self.local_names.find(text))
        return [
            m
            for m in without_overlaps(found)
            if m.concept.kind in kinds or m.concept.kind == "local"
        ]

    # parties ---
    def resolve_party(
        self,
        name: str,
        span: Span,
        *,
        create: bool = True,
        allow_unknown: bool = False,
        defining: bool = False,
    ) -> Ref | None:
        """Find or create the party a name denotes (organisation, generic role or, with
        ``allow_unknown``, a proper name); ``defining`` names make the party's label."""
        text = _expand(plain(name)).strip()
        text = re.sub(r"^(?:the|a|an|each|every|all)\s+", "", text, flags=re.I)
        if not text:
            return None
        if _FIRST_PERSON.match(text) and self.vendor is not None:
            text = self.vendor.label  # "we" / "our": the vendor who wrote the document
        holders = self.mentions(text, ("org", "offering", "role"))
        if holders and holders[0].concept.kind == "local":
            return Ref("party", holders[0].concept.key)
        orgs = [m.concept for m in holders if m.concept.kind == "org"]
        roles = [m.concept for m in holders if m.concept.kind == "role"]
        if holders and holders[0].concept.kind == "role":
            orgs = []  # "customers that deploy an Amazon EC2 instance": the head noun decides
        if not orgs and not roles:
            if not allow_unknown or not _looks_like_name(text):
                return None
            return self._party(text, None, self._fallback_role(), span, create=create)
        org = orgs[0] if orgs else None
        role = roles[0] if roles else None
        if org is not None and role is None:
            role = self.vocab.concept("role", _local(org.links.get("default_role", "")))
        if role is None:
            role = self._fallback_role()
        label = text
        alternatives = [p.strip() for p in re.split(r"\s*/\s*|\s+or\s+", text) if p.strip()]
        if org is None and (len(alternatives) > 1 or _SECOND_PERSON.match(text)):
            label = role.label if role else text
        elif org is None and len(holders) == 1 and holders[0].text.strip() == text:
            label = _singular(text)
        label = _capitalize(re.sub(r"\s*\((?:[^()]*)\)\s*$", "", label).strip() or label)
        ref = self._party(label, org, role, span, create=create)
        if ref is not None and defining:
            entity = self.facts.entities[ref]
            if entity.label != label:
                self._add_alt(entity, entity.label)
                entity.label = label
                entity.alt_labels = [a for a in entity.alt_labels if a != label]
        if ref is not None and len(alternatives) > 1:
            entity = self.facts.entities[ref]
            for alt in alternatives:
                alt_label = _capitalize(alt)
                if alt_label != entity.label and alt_label not in entity.alt_labels:
                    entity.alt_labels.append(alt_label)
        return ref

    def _fallback_role(self) -> Concept | None:
        """The role of a party no vocabulary knows: stated as unknown, never guessed."""
        return self.vocab.concept("role", "unspecified")

    def _party(
        self, label: str, org: Concept | None, role: Concept | None, span: Span, *, create: bool
    ) -> Ref | None:
        parties = self.facts.of_kind("party")
        if org is not None:
            for party in parties:
                if party.attrs.get("organization") == org.iri:
                    self._add_alt(party, label)
                    return party.ref
            # A generic role party the text later names ("the cloud provider, AWS").
        elif role is not None and role is not self._fallback_role():
            same_role = [p for p in parties if p.attrs.get("role") == role.iri]
            if same_role:
                self._add_alt(same_role[0], label)
                return same_role[0].ref
        else:
            for party in parties:
                if party.label.lower() == label.lower():
                    return party.ref
        if not create:
            return None
        if org is not None:
            key = slugify(org.notation or org.key)
        elif role is not None and role is not self._fallback_role():
            key = role.key  # one generic role party per document: a stable local name
        else:
            key = slugify(label)
        ref = Ref("party", self._unique(key, "party"))
        attrs: dict[str, str] = {}
        if role is not None:
            attrs["role"] = role.iri
        if org is not None:
            attrs["organization"] = org.iri
        entity = Entity(ref, label, span=span, attrs=attrs)
        if org is not None and org.label != label:
            entity.alt_labels.append(org.label)
        self.facts.entities[ref] = entity
        if org is None and (role is None or role is self._fallback_role()):
            self._register_local(ref, label)
        return ref

    def _register_local(self, ref: Ref, label: str) -> None:
        """Let later text name a party the vocabularies do not know ("Nimbus holds …")."""
        names = list(self.local_names.concepts) if self.local_names else []
        names.append(Concept(kind="local", key=ref.key, iri="", label=label, labels=(label,)))
        self.local_names = Matcher(names)

    @staticmethod
    def _add_alt(entity: Entity, label: str) -> None:
        label = re.sub(r"['’]s?$", "", label).strip()
        if len(label.split()) > 4:
            return  # a descriptive phrase ("customers that deploy …"), not another name
        if label.lower() != entity.label.lower() and label not in entity.alt_labels:
            entity.alt_labels.append(label)

    def _unique(self, key: str, kind: str) -> str:
        if Ref(kind, key) not in self.facts.entities:
            return key
        # Resume from the last suffix handed out for this key (entities are never removed), so
        # N repeats of one key cost O(N), not O(N^2).
        last: dict[tuple[str, str], int] = self.__dict__.setdefault("_unique_last", {})
        n = last.get((kind, key), 2)
        while Ref(kind, f"{key}-{n}") in self.facts.entities:
            n += 1
        last[(kind, key)] = n
        return f"{key}-{n}"

    def party_in(self, text: str, span: Span, *, create: bool = True) -> Ref | None:
        """The first party named in ``text`` (organisation or generic role)."""
        for m in self.mentions(_expand(text), ("org", "offering", "role")):
            if m.concept.kind in ("org", "role", "local"):
                ref = self.resolve_party(m.text, span, create=create)
                if ref is not None:
                    return ref
        return None

    def holder_in(self, text: str, span: Span) -> list[Ref]:
        """Parties and offerings named in ``text``, in order (for certifications and uses)."""
        refs: list[Ref] = []
        for m in self.mentions(_expand(text), ("org", "offering", "role")):
            ref = (
                self.offering(m.concept, span)
                if m.concept.kind == "offering"
                else (self.resolve_party(m.text, span))
            )
            if ref is not None and ref not in refs:
                refs.append(ref)
        return refs

    # other entities ---
    def concept_entity(self, concept: Concept, kind: str, span: Span | None) -> Ref:
        ref = Ref(kind, concept.key)
        if ref not in self.facts.entities:
            self.facts.entities[ref] = Entity(ref, concept.label, span=span, iri=concept.iri)
        return ref

    def offering(self, concept: Concept, span: Span) -> Ref:
        ref = self.concept_entity(concept, "offering", span)
        if concept.links.get("offered_by"):
            self.facts.entities[ref].attrs["offered_by"] = concept.links["offered_by"]
        return ref

    def local_offering(self, name: str, span: Span) -> Ref:
        label = _noun_phrase(re.sub(r"\b(\w+)s$", r"\1", plain(name)))
        ref = Ref("offering", slugify(label))
        if ref not in self.facts.entities:
            self.facts.entities[ref] = Entity(ref, label, span=span)
        return ref

    def service(self, text: str, span: Span) -> Ref | None:
        for m in self.vocab.matchers["service"].find(text):
            return self.concept_entity(m.concept, "service", span)
        return None

    def local_service(self, text: str, span: Span) -> Ref:
        label = _noun_phrase(_trim(plain(text)))
        ref = Ref("service", slugify(label))
        if ref not in self.facts.entities:
            self.facts.entities[ref] = Entity(ref, label, span=span)
        return ref

    def certification(self, holder: Ref, standard: Concept, span: Span) -> Ref:
        std = self.concept_entity(standard, "standard", None)
        ref = Ref("certification", f"{holder.key}-{standard.key}")
        if ref not in self.facts.entities:
            holder_label = self.facts.entities[holder].label
            label = f"{holder_label} {standard.label} certification"
            self.facts.entities[ref] = Entity(ref, label, span=span)
            self.facts.add_relation(Relation(ref, "standard", std, span))
        kind = "holds"
        self.facts.add_relation(Relation(holder, kind, ref, span))
        return ref

    def compliance(self, party: Ref, standard: Concept, span: Span) -> Ref:
        std = self.concept_entity(standard, "standard", None)
        ref = Ref("compliance", f"{party.key}-{standard.key}")
        if ref not in self.facts.entities:
            label = f"{self.facts.entities[party].label} {standard.label} compliance"
            self.facts.entities[ref] = Entity(ref, label, span=span)
            self.facts.add_relation(Relation(ref, "standard", std, span))
            self.facts.add_relation(Relation(party, "maintains", ref, span))
        return ref

    def duty(
        self,
        party: Ref,
        label: str,
        description: str,
        span: Span,
        *,
        predicate: str = "responsibleFor",
        shared: bool = False,
        service_model: str | None = None,
    ) -> Ref:
        label = _noun_phrase(label)
        known = self.duty_labels.get(label.lower())
        if known is not None:
            ref = known  # the same duty named again (another table, another party's cell)
        else:
            ref = Ref("duty", self._unique(slugify(label), "duty"))
            self.duty_labels[label.lower()] = ref
            self.facts.entities[ref] = Entity(ref, label, span=span, description=description)
            for m in self.mentions(description, ("service", "standard")):
                target = self.concept_entity(m.concept, m.concept.kind, None)
                self.facts.add_relation(Relation(ref, "mentions", target, span))
        self.facts.add_relation(
            Relation(party, predicate, ref, span, shared=shared, service_model=service_model)
        )
        self.section_duties.append(ref)
        return ref

    # sentences ---
    def statement(self, sentence: str, span: Span, ctx: _Context, *, in_item: bool) -> bool:
        """Apply the relation rules to one sentence; True when it yielded a duty."""
        text = _expand(plain(sentence))
        if not text:
            return False
        before = len(self.facts.relations)
        self.builds_on(text, span, ctx)
        covered = self.covered_by(text, span, ctx)
        if not in_item and not covered:
            self.holds(text, span, ctx)
        self.uses(text, span, ctx)
        if in_item:
            self.parenthetical(text, span, ctx)
            return False
        if len(self.facts.relations) > before and not _RESPONSIBLE_WORD.search(text):
            return False  # a uses / holds / buildsOn statement, not a duty
        return self.responsibility(text, span, ctx)

    def builds_on(self, text: str, span: Span, ctx: _Context) -> None:
        match = _BUILDS.search(text)
        if not match:
            return
        left, right = text[: match.start()], text[match.end() :]
        standards = [m.concept for m in self.vocab.matchers["standard"].find(left)]
        if not standards or not re.search(r"complian|certif", left, re.I):
            return
        party = self.party_in(left, span) or ctx.party
        if party is None:
            return
        holders = [h for h in self.holder_in(right, span) if h != party]
        if not holders:
            return
        for standard in standards:
            compliance = self.compliance(party, standard, span)
            for holder in holders:
                cert = self.certification(holder, standard, span)
                self.facts.add_relation(Relation(compliance, "buildsOn", cert, span))

    def covered_by(self, text: str, span: Span, ctx: _Context) -> bool:
        match = _COVERED.search(text)
        if not match:
            return False
        standards = [m.concept for m in self.vocab.matchers["standard"].find(text[match.end() :])]
        if not standards:
            return False
        holders = self.holder_in(text[match.end() :], span) or ([ctx.party] if ctx.party else [])
        if not holders:
            return False
        duties = list(dict.fromkeys(self.section_duties))
        if ctx.party is not None:
            owned = {r.object for r in self.facts.related(ctx.party)}
            duties = [d for d in duties if d in owned]
        for standard in standards:
            cert = self.certification(holders[0], standard, span)
            for duty in duties:
                self.facts.add_relation(Relation(duty, "coveredBy", cert, span))
        return True

    def holds(self, text: str, span: Span, ctx: _Context) -> None:
        if _RESP.match(text) or _RESP_TAKE.match(text) or _NEGATION.search(text):
            return
        if _BUILDS.search(text) or not _CERT_CUE.search(text):
            return
        standards = [m.concept for m in self.vocab.matchers["standard"].find(text)]
        if not standards:
            return
        holders = self.holder_in(text, span)
        holder = holders[0] if holders else ctx.party
        if holder is None:
            return
        for standard in standards:
            self.certification(holder, standard, span)

    def uses(self, text: str, span: Span, ctx: _Context) -> Ref | None:
        match = _USES.match(text)
        if not match or _NEGATION.search(match.group("subj")):
            return None
        subj_text = match.group("subj")
        obj = match.group("obj")
        if _BUILDS.search(text) and self.vocab.matchers["standard"].find(text):
            return None  # "compliance is built on certifications": a buildsOn sentence
        targets = self.mentions(obj, ("org", "offering", "service", "role"))
        is_leadin = bool(re.match(r"^\s*(?:the\s+following)?[^:]*:\s*$", obj))
        if not targets and not is_leadin:
            return None
        holders = self.holder_in(subj_text, span)
        subject = holders[0] if holders else None
        if subject is None:
            if is_leadin and subj_text.strip():
                if _PRONOUNS.match(subj_text.strip()) or subj_text[:1].islower():
                    return ctx.party
                return self.local_offering(subj_text, span)
            return None
        for m in targets:
            if m.concept.kind == "role" and _SECOND_PERSON.match(m.text):
                continue
            if m.concept.kind == "service":
                target = self.concept_entity(m.concept, "service", span)
            elif m.concept.kind == "offering":
                owner_org = self.facts.entities[subject].attrs.get("organization")
                if owner_org and m.concept.links.get("offered_by") == owner_org:
                    continue  # "Adobe relies on … for Adobe Commerce": its own product
                target = self.offering(m.concept, span)
                if target == subject:
                    continue
            else:
                party = self.resolve_party(m.text, span)
                if party is None or party == subject:
                    continue
                target = party
            self.facts.add_relation(Relation(subject, "uses", target, span))
        return subject

    def parenthetical(self, text: str, span: Span, ctx: _Context) -> None:
        """``… (applying patches is the merchant's responsibility)``: a split concern."""
        if self.last_duty is None:
            return
        for match in _RESP_PAREN.finditer(text):
            party = self.resolve_party(match.group("subj"), span)
            owner, duty, _ = self.last_duty
            if party is None or party == owner:
                continue
            other = self.duty(party, match.group("obj"), text, span)
            self.concern(duty, other, span)

    def concern(self, first: Ref, second: Ref, span: Span) -> None:
        label = self.facts.entities[first].label
        words = label.split()
        if len(words) > 2 and words[0].lower().endswith(("e", "ing", "s", "y", "d", "t", "n", "l")):
            label = " ".join(words[1:])
        ref = Ref("concern", slugify(label))
        if ref not in self.facts.entities:
            self.facts.entities[ref] = Entity(ref, _capitalize(label), span=span)
        self.facts.add_relation(Relation(first, "concern", ref, span))
        self.facts.add_relation(Relation(second, "concern", ref, span))

    def responsibility(self, text: str, span: Span, ctx: _Context) -> bool:
        """Responsibility / RACI sentences, clause by clause (``…, but you are …``)."""
        found = False
        for part in split_top_level(text, r",?\s+but\s+|;\s+"):
            for clause in self._party_clauses(part):
                found = self._clause(clause, text, span, ctx) or found
        return found

    def _party_clauses(self, text: str) -> list[str]:
        """Split "A does X, and you are responsible for Y" before the second party."""
        cuts = [0]
        for m in re.finditer(r",\s+and\s+", text):
            rest = _expand(text[m.end() :])
            found = self.mentions(rest[:60], ("org", "role"))
            if not found or found[0].start > 4:
                continue
            after = rest[found[0].end :]
            if re.match(
                rf"\s+(?:{_ADVERBS}\s+)*(?:is|are|must|should|will|shall|can|may|remains?|"
                r"takes?|has|have|needs?)\b",
                after,
                re.I,
            ):
                cuts.append(m.end())
        if len(cuts) == 1:
            return [text]
        bounds = [*cuts, len(text) + 2]
        return [text[a : b - 2].strip(" ,") for a, b in itertools.pairwise(bounds)]

    def _clause(self, clause: str, sentence: str, span: Span, ctx: _Context) -> bool:
        lead = _LEADING_PHRASE.match(clause)
        models = (self.models_in(lead.group(0), span) if lead else []) or list(ctx.models)
        body = _ASIDE.sub("", clause[lead.end() :] if lead else clause).strip()
        intro = re.match(r"^([\w-]+(?:\s+[\w-]+){0,3}),\s+", body)
        if intro and not self.mentions(intro.group(1), ("org", "role")):
            rest = body[intro.end() :]
            first = self.mentions(rest[:60], ("org", "role"))
            if first and first[0].start <= 4:
                body = rest  # "By design, Oracle provides …": the introduction is not the subject
        if _NEGATION.search(body.split(" responsib")[0].split(" accountab")[0]):
            return False
        for pattern in (_RESP_TO, _RESP, _RESP_TAKE):
            match = pattern.match(body)
            if match:
                subj = match.group("subj").strip(" ,")
                party = self.subject_party(subj, span, ctx)
                if party is None:
                    return False
                obj = match.group("obj").strip()
                if obj.endswith(":") or re.match(r"^the\s+following\b", obj, re.I):
                    return False
                kind = (match.groupdict().get("kind") or "responsible").split()[0].lower()
                predicate = _KIND_PREDICATES[kind]
                self.add_duties(party, obj, sentence, span, predicate=predicate, models=models)
                return True
        required = _REQUIRES.search(body)
        if required and not _NEGATION.search(body):
            party = self.resolve_party(required.group("subj"), span)
            if party is not None:
                self.add_duties(party, required.group("obj"), sentence, span, models=models)
                return True
        return self.action(body, sentence, span, ctx, models=models)

    def models_in(self, text: str, span: Span) -> list[str]:
        """Service models a phrase names ("In PaaS and SaaS, …")."""
        found: list[str] = []
        for m in self.vocab.matchers["service_model"].find(text):
            self.concept_entity(m.concept, "service_model", None)
            found.append(m.concept.iri)
        return list(dict.fromkeys(found))

    def subject_party(self, subj: str, span: Span, ctx: _Context) -> Ref | None:
        subj = _ASIDE.sub("", _LEADING_PHRASE.sub("", subj)).strip(" ,")
        if not subj or _PRONOUNS.match(subj):
            return ctx.party
        direct = self.resolve_party(subj, span, allow_unknown=True)
        if direct is not None:
            return direct
        # "Oracle provides X, and you": the party nearest the verb is the subject
        for m in reversed(self.mentions(_expand(subj), ("org", "offering", "role"))):
            if m.concept.kind != "offering":
                ref = self.resolve_party(m.text, span)
                if ref is not None:
                    return ref
        return None

    def action(
        self, text: str, sentence: str, span: Span, ctx: _Context, *, models: list[str]
    ) -> bool:
        """``<Party> (may also) <verb> …``: a duty of that party, one per object conjunct."""
        if _NEGATION.search(text):
            return False
        holders = self.mentions(text, ("org", "offering", "role"))
        we = re.match(r"^we\b", text, re.I)
        if we and self.vendor is not None:
            holders = [Mention(self.vendor, 0, we.end(), we.group(0))]
        if not holders or holders[0].concept.kind == "offering":
            return False
        first = holders[0]
        if re.sub(r"^(?:the|a|an)\s+", "", text[: first.start], flags=re.I).strip():
            return False
        party = self.resolve_party(first.text, span)
        if party is None:
            return False
        rest = text[first.end :].strip()
        match = re.match(rf"^(?:{_MODALS}\s+)*(?P<verb>[a-z][\w-]*)\b(?P<rest>.*)$", rest)
        if not match:
            return False
        verb = match.group("verb")
        if verb.lower() in _NOT_DUTY_VERBS or not match.group("rest").strip():
            return False
        if re.search(r"(?:ity|ion|ment|ness|ance|ence|ship|ies)$", verb.lower()):
            return False  # "Customer responsibility will be …": a noun, not a verb
        if (
            ctx.party is None
            and not ctx.open_subjects
            and not _SECOND_PERSON.match(first.text)
            and first.concept.kind != "org"
        ):
            # Outside a party's section only "you …" and a named organisation state duties.
            return False
        self.add_duties(
            party, match.group("rest"), sentence, span, models=models, head=_base_verb(verb)
        )
        return True

    def add_duties(
        self,
        party: Ref,
        obj: str,
        sentence: str,
        span: Span,
        *,
        predicate: str = "responsibleFor",
        models: list[str] | None = None,
        head: str = "",
    ) -> None:
        """One duty per conjunct (``head`` verb carried to each); anaphora to the previous
        party's duty marks a shared concern; ``—this includes A, B`` adds A and B."""
        anaphor = _ANAPHORA.search(obj)
        previous = self.last_duty
        phrases: list[str] = []
        tail = _INCLUDES_TAIL.search(obj)
        if tail:
            obj = obj[: tail.start()]
        parts = [obj]
        if head:  # "patch the hosts and manage the network": two verb phrases
            parts = split_top_level(obj, _NEXT_VERB_PHRASE)
        for index, part in enumerate(parts):
            for phrase in _conjuncts(part, single_words=bool(head)):
                if index == 0 and head and not phrase.lower().startswith(head.lower()):
                    phrase = f"{head} {phrase}"
                phrases.append(phrase)
        if tail:
            phrases.extend(_conjuncts(tail.group("items"), single_words=True))
        for phrase in phrases:
            label = phrase
            if anaphor and previous is not None and previous[0] != party:
                label = self._resolve_anaphora(phrase, previous[2])
            duty: Ref | None = None
            each_model: list[str | None] = list(models) if models else [None]
            for model in each_model:
                duty = self.duty(
                    party, label, sentence, span, predicate=predicate, service_model=model
                )
            assert duty is not None
            if anaphor and previous is not None and previous[0] != party:
                self.concern(previous[1], duty, span)
            self.last_duty = (party, duty, _trim(phrase))

    @staticmethod
    def _resolve_anaphora(phrase: str, antecedent: str) -> str:
        """``apply these patches`` after ``release security updates to X`` -> ``apply security
        updates to X``: the antecedent's object replaces the demonstrative phrase."""
        words = antecedent.split()
        obj = " ".join(words[1:]) if len(words) > 1 else antecedent
        replaced = re.sub(
            r"\b(?:these|those|such|the\s+same)\s+[\w-]+|\b(?:them|this|that)\b$",
            obj,
            phrase,
            count=1,
            flags=re.I,
        )
        return replaced

    # blocks ---
    def paragraph(self, block: Paragraph, ctx: _Context) -> tuple[str, Ref | None] | None:
        """Process a paragraph; returns a pending lead-in (kind, subject) for a following list."""
        leadin: tuple[str, Ref | None] | None = None
        for start, end in sentences(block.text):
            raw = block.text[start:end]
            first = block.start + block.text[:start].count("\n")
            last = block.start + block.text[:end].count("\n")
            span = self.span(first, last, ctx.section, raw)
            text = _expand(plain(raw))
            if text.endswith(":"):
                leadin = self.leadin(text, span, ctx)
                continue
            self.statement(raw, span, ctx, in_item=False)
        return leadin

    def leadin(self, text: str, span: Span, ctx: _Context) -> tuple[str, Ref | None] | None:
        if re.search(r"\b(?:shared|split|divided)\s+(?:between|among|across|by)\b", text, re.I):
            named = [self.resolve_party(m.text, span) for m in self.mentions(text, ("org", "role"))]
            self.shared_parties = list(dict.fromkeys(p for p in named if p is not None))
            if len(self.shared_parties) >= 2:
                return ("shared", None)
        uses = _USES.match(text)
        if uses and re.match(r"^\s*(?:the\s+following[\w\s]*)?:\s*$", uses.group("obj")):
            subject = self.uses(text, span, ctx)
            return ("services", subject) if subject is not None else None
        if uses:
            self.uses(text, span, ctx)  # "X runs on AWS and is responsible for:"
        for pattern in (_RESP_TO, _RESP, _RESP_TAKE):
            match = pattern.match(text)
            if match:
                party = self.subject_party(match.group("subj").strip(" ,"), span, ctx)
                if party is None:
                    return None
                obj = _trim(match.group("obj").rstrip(":").strip())
                if len(obj.split()) >= 2 and not re.match(r"^the\s+following\b", obj, re.I):
                    self.add_duties(party, obj, text, span)  # "responsible for X, which includes:"
                return ("duties", party)
        verb_leadin = _LEADIN_VERB.match(text)
        if verb_leadin and not _NEGATION.search(text):
            party = self.subject_party(verb_leadin.group("subj"), span, ctx)
            if party is not None:
                return ("duties", party)  # "<Party> manages the following:"
        if _LEADIN_INCLUDES.match(text):
            subject = self.last_duty[0] if self.last_duty else ctx.party
            return ("duties", subject)
        if re.search(r"responsib|duties|obligations|tasks|retain", text, re.I):
            party = self.party_in(text, span) or ctx.party
            return ("duties", party) if party is not None else None
        return None

    def bullet_list(
        self, block: BulletList, ctx: _Context, leadin: tuple[str, Ref | None] | None
    ) -> None:
        kind, subject = leadin if leadin else (("duties", ctx.party) if ctx.party else ("", None))
        for item in block.items:
            self.list_item(item, ctx, kind, subject)

    def list_item(self, item: ListItem, ctx: _Context, kind: str, subject: Ref | None) -> None:
        text = item.text
        span = self.span(item.start, item.end, ctx.section, self._item_quote(item))
        bold = _BOLD_TERM.match(text)
        item_ctx = _Context(
            ctx.section,
            ctx.party,
            tuple(self.models_in(plain(bold.group("term")), span)) if bold else ctx.models,
            open_subjects=kind == "shared",
        )
        if kind == "shared" and text.strip():
            rest = bold.group("rest") if bold else text
            found = False
            for start, end in sentences(rest):
                found = self.statement(rest[start:end], span, item_ctx, in_item=False) or found
            if not found:  # no sentence says who does what: the whole item is shared
                label = plain(bold.group("term")) if bold else _trim(_expand(plain(text)))
                for party in self.shared_parties:
                    self.duty(party, label, _expand(plain(text)), span, shared=True)
            return
        if kind == "services" and subject is not None and text.strip():
            service = self.service(plain(text), span) or self.local_service(text, span)
            self.facts.add_relation(Relation(subject, "uses", service, span))
        elif kind == "duties" and subject is not None and text.strip():
            self.item_duty(item, subject, span, ctx)
        else:
            body = bold.group("rest") if bold else text
            for start, end in sentences(body):
                self.statement(body[start:end], span, item_ctx, in_item=bool(kind))
        nested_subject = subject if kind else ctx.party
        pending: tuple[str, Ref | None] | None = None
        for child in item.children:
            if isinstance(child, BulletList):
                self.bullet_list(child, ctx, pending or ((kind, nested_subject) if kind else None))
                pending = None
            elif isinstance(child, Paragraph):
                pending = self.paragraph(child, _Context(ctx.section, ctx.party))
            else:
                self.block(child, ctx, None)

    def _item_quote(self, item: ListItem) -> str:
        parts = [item.text] + [c.text for c in item.children if isinstance(c, Paragraph)]
        return " ".join(plain(p) for p in parts if p.strip())

    def item_duty(self, item: ListItem, party: Ref, span: Span, ctx: _Context) -> None:
        ranges = list(sentences(item.text))
        first_raw = item.text[ranges[0][0] : ranges[0][1]] if ranges else item.text
        first = _expand(plain(first_raw))
        bold = _BOLD_TERM.match(item.text)
        owner = party
        label = first
        if bold:
            label = plain(bold.group("term"))
        else:
            stripped, subject = self._strip_subject(first, span, ctx)
            label = stripped
            if subject is not None:
                owner = subject
        label = _RESP_PAREN.sub("", label)
        description = _expand(plain(item.text))
        for child in item.children:
            if isinstance(child, Paragraph):
                description += " " + plain(child.text)
        duty = self.duty(owner, _trim(label), description.strip(), span)
        self.last_duty = (owner, duty, _trim(label))
        for start, end in sentences(item.text):
            self.statement(item.text[start:end], span, ctx, in_item=True)
        for start, end in ranges[1:]:
            later = _expand(plain(item.text[start:end]))
            extra = _RESPONSIBILITY_TO.search(later)
            if extra and not _NEGATION.search(later):
                self.add_duties(owner, extra.group("obj"), description.strip(), span)
        if _MAINTAINS_CERT.search(first) and not _NEGATION.search(first):
            for m in self.vocab.matchers["standard"].find(first):
                self.certification(owner, m.concept, span)  # "Maintaining SOC 2 certification"

    def _strip_subject(self, sentence: str, span: Span, ctx: _Context) -> tuple[str, Ref | None]:
        for pattern in (_RESP_TO, _RESP, _RESP_TAKE):
            match = pattern.match(sentence)
            if match and match.group("obj").strip():
                subj = match.group("subj").strip(" ,")
                party = self.subject_party(subj, span, ctx) if subj else None
                return match.group("obj"), party
        holders = self.mentions(sentence, ("org", "offering", "role"))
        if holders and holders[0].concept.kind != "offering":
            first = holders[0]
            before = re.sub(r"^(?:the|a|an)\s+", "", sentence[: first.start], flags=re.I).strip()
            rest = sentence[first.end :].strip()
            match = re.match(rf"^(?:{_MODALS}\s+)*(?P<verb>[a-z][\w-]*)\b(?P<rest>.*)$", rest)
            if not before and match and match.group("verb").lower() not in _NOT_DUTY_VERBS:
                party = self.resolve_party(first.text, span)
                return f"{_base_verb(match.group('verb'))}{match.group('rest')}", party
        return sentence, None

    def table(self, block: Table, ctx: _Context) -> None:
        """RACI tables (party columns, cells of R/A/C/I codes) and service-model matrices."""
        if not block.header or len(block.header) < 2:
            return
        header_span = self.span(block.start, block.start, ctx.section)
        models = [self.service_model(plain(cell), header_span) for cell in block.header[1:]]
        if sum(m is not None for m in models) >= 2:
            self.matrix(block, ctx, models)
            return
        if len(block.header) == 2 and _OWNER_HEADER.match(plain(block.header[1]).strip()):
            self.owner_table(block, ctx)
            return
        columns: list[tuple[int, Ref]] = []
        for index, cell in enumerate(block.header[1:], start=1):
            columns.extend((index, party) for party in self.parties_named(cell, header_span))
        if not columns:
            return
        shared_columns = [
            index
            for index, cell in enumerate(block.header[1:], start=1)
            if re.match(
                r"^(?:shared|joint|both|all)(?:\s+responsibility)?$", plain(cell).strip(), re.I
            )
        ]
        codes = re.compile(r"^(?:[RACI](?:\s*[,/&+]?\s*[RACI])*|[✓✔✅☑●•■xX]|yes|y)$", re.I)
        body = [row for row in block.rows if any(c.strip() for c in row.cells[1:])]
        raci_cells = [
            row.cells[i]
            for row in body
            for i, _ in columns
            if i < len(row.cells) and row.cells[i].strip()
        ]
        if not raci_cells:
            return
        if not all(codes.match(plain(c).strip()) for c in raci_cells):
            self.text_cells(block, ctx, columns)  # cells describe each party's part in words
            return
        for row in block.rows:
            if not row.cells or not plain(row.cells[0]).strip():
                continue
            span = self.span(row.line, row.line, ctx.section)
            label = plain(row.cells[0]).strip()
            for index, party in columns:
                if index >= len(row.cells):
                    continue
                model = self.context_model(block.header[index], ctx)
                cell = plain(row.cells[index]).strip()
                letters = "R" if _MARKS.match(cell) else cell.upper()
                for code in dict.fromkeys(re.findall(r"[RACI]", letters)):
                    self.duty(
                        party,
                        label,
                        label,
                        span,
                        predicate=RACI_PREDICATES[code],
                        service_model=model,
                    )
            for index in shared_columns:  # a mark under "Shared": every party column shares it
                if index < len(row.cells) and _MARKS.match(plain(row.cells[index]).strip()):
                    for party in dict.fromkeys(p for _, p in columns):
                        self.duty(party, label, label, span, shared=True)

    def text_cells(self, block: Table, ctx: _Context, columns: list[tuple[int, Ref]]) -> None:
        """A table with a column per party whose cells say in words what that party does:
        each cell (each line of it) is a duty of the column's party."""
        empty = re.compile(r"^(?:n/?a|none|not\s+applicable|-+|—|–|no|nothing)\.?$", re.I)
        for row in block.rows:
            area = plain(row.cells[0]).strip() if row.cells else ""
            span = self.span(row.line, row.line, ctx.section)
            for index, party in columns:
                cell = row.cells[index] if index < len(row.cells) else ""
                for line in cell.split("\n"):
                    text = _expand(plain(line)).strip()
                    if not text or empty.match(text):
                        continue
                    label, _ = self._strip_subject(text, span, ctx)
                    description = f"{area}: {text}" if area else text
                    self.duty(party, _trim(label), description, span)

    def service_model(self, text: str, span: Span) -> str | None:
        """The service-model concept IRI a text names (IaaS, PaaS, SaaS, on-premises)."""
        for m in self.vocab.matchers["service_model"].find(text):
            self.concept_entity(m.concept, "service_model", None)
            return m.concept.iri
        return None

    def context_model(self, header: str, ctx: _Context) -> str | None:
        """A RACI column's service model: from its header, else from the nearest heading."""
        model = self.service_model(plain(header), ctx_span := self.span(1, 1, ctx.section, ""))
        if model is None:
            for title in reversed(ctx.section.path):
                model = self.service_model(title, ctx_span)
                if model is not None:
                    break
        return model

    def parties_named(self, cell: str, span: Span) -> list[Ref]:
        """The parties a table cell names: one ("Customer", "AUCyber (IaaS)") or several
        ("Microsoft and Red Hat", "Adobe, Fastly")."""
        parts = split_top_level(plain(cell), r"\s*(?:,|&|\+|\band\b)\s*")
        if len(parts) > 1:
            named = [self.resolve_party(part, span, create=False) for part in parts]
            if all(ref is not None for ref in named) or all(
                self.mentions(part, ("org", "role")) for part in parts
            ):
                found = [self.resolve_party(part, span, allow_unknown=True) for part in parts]
                refs = list(dict.fromkeys(ref for ref in found if ref is not None))
                if len(refs) > 1:
                    return refs
        whole = self.resolve_party(cell, span, create=False) or self.resolve_party(
            cell, span, allow_unknown=True
        )
        return [whole] if whole is not None else []

    def owner_table(self, block: Table, ctx: _Context) -> None:
        """Two columns, "Area | Owner": the owner cell names the responsible party (or Shared)."""
        header_span = self.span(block.start, block.start, ctx.section)
        named: dict[str, list[Ref]] = {}
        for row in block.rows:
            cell = plain(row.cells[1]).strip() if len(row.cells) > 1 else ""
            named[cell] = self.parties_named(cell, header_span)
        everyone = list(dict.fromkeys(r for refs in named.values() for r in refs))
        everyone = everyone or [p.ref for p in self.facts.of_kind("party")]
        for row in block.rows:
            area = plain(row.cells[0]).strip() if row.cells else ""
            cell = plain(row.cells[1]).strip() if len(row.cells) > 1 else ""
            if not area or not cell:
                continue
            span = self.span(row.line, row.line, ctx.section)
            shared = bool(re.match(r"^(?:shared|joint|both|all)\b", cell, re.I))
            for owner in everyone if shared else named.get(cell, []):
                self.duty(owner, area, area, span, shared=shared)

    def matrix(self, block: Table, ctx: _Context, models: list[str | None]) -> None:
        """Service-model matrix: rows are areas, columns models, cells the party (or Shared)."""
        header_span = self.span(block.start, block.start, ctx.section)
        cells = {plain(c).strip() for row in block.rows for c in row.cells[1:] if plain(c).strip()}
        shared_words = re.compile(r"^(?:shared|joint|both|all)$", re.I)
        parties: dict[str, list[Ref]] = {}
        for cell in sorted(cells):
            if not shared_words.match(cell):
                parties[cell] = self.parties_named(cell, header_span)
        everyone = list(dict.fromkeys(r for refs in parties.values() for r in refs))
        for row in block.rows:
            area = plain(row.cells[0]).strip() if row.cells else ""
            if not area:
                continue
            span = self.span(row.line, row.line, ctx.section)
            for index, model in enumerate(models, start=1):
                if model is None or index >= len(row.cells):
                    continue
                cell = plain(row.cells[index]).strip()
                shared = bool(shared_words.match(cell))
                owners = everyone if shared else parties.get(cell, [])
                for owner in owners:
                    self.duty(owner, area, area, span, shared=shared, service_model=model)

    def block(
        self, block: Block, ctx: _Context, leadin: tuple[str, Ref | None] | None
    ) -> tuple[str, Ref | None] | None:
        if isinstance(block, Paragraph):
            return self.paragraph(block, ctx)
        if isinstance(block, BulletList):
            self.bullet_list(block, ctx, leadin)
        elif isinstance(block, Table):
            self.table(block, ctx)
        elif isinstance(block, Admonition):
            pending: tuple[str, Ref | None] | None = None
            for inner in block.blocks:
                if isinstance(inner, BulletList) and pending is None:
                    continue  # "see also" link lists inside notes are not duties
                pending = self.block(inner, ctx, pending)
        return None

    def section(self, section: Section, inherited: Ref | None) -> None:
        party = inherited
        if section.level > 0:
            heading_party = self.heading_party(section)
            if heading_party is not None:
                party = heading_party
        self.section_duties = []
        self.last_duty = None
        ctx = _Context(section, party)
        before = len(self.facts.relations)
        leadin: tuple[str, Ref | None] | None = None
        for block in section.blocks:
            if not isinstance(block, BulletList):
                self.last_duty = self.last_duty if isinstance(block, Paragraph) else None
            leadin = self.block(block, ctx, leadin)
        produced = len(self.facts.relations) > before
        if party is not None and party != inherited and not produced and section.blocks:
            self.facts.warnings.append(
                f"{self.doc.path}:{section.start}: section '{section.title}' names a party but "
                "no duty was recognised in it"
            )
        for sub in section.sections:
            self.section(sub, party if party != inherited or inherited is not None else None)

    def _bare_party_name(self, section: Section) -> str | None:
        """The name, when a heading is nothing but a party ("## Customer", "## Microsoft",
        "## Customer-managed controls") over a list of what that party does."""
        title = re.sub(r"^(?:the|your|our)\s+", "", section.title.strip(), flags=re.I)
        managed = _MANAGED_HEADING.match(title)
        if managed:
            title = next(g for g in managed.groups() if g)
        found = self.mentions(_expand(title), ("org", "role"))
        whole = len(found) == 1 and found[0].start == 0 and found[0].end >= len(title.rstrip(":"))
        has_list = any(isinstance(b, BulletList) for b in section.blocks)
        return title if whole and has_list else None

    def heading_party(self, section: Section) -> Ref | None:
        match = _PARTY_HEADING.match(section.title)
        name = next(g for g in match.groups() if g) if match else self._bare_party_name(section)
        if name is None:
            return None
        span = self.span(section.start, section.start, section)
        pronoun = bool(_FIRST_PERSON.match(name) or _SECOND_PERSON.match(name))
        ref = self.resolve_party(name, span, allow_unknown=True, defining=not pronoun)
        if ref is not None and not pronoun:
            self.facts.entities[ref].span = span  # the heading defines the party
        return ref


_MANAGED_HEADING = re.compile(
    r"^(?:managed|owned|operated|handled|controlled)\s+by\s+(?:the\s+)?(?P<a>.+)$"
    r"|^(?P<b>.+?)[-\s](?:managed|owned|operated|controlled)\b.*$",
    re.I,
)


def _link_generic_parties(facts: Facts, document: Document, vocab: Vocabularies) -> None:
    """A role-only party ("the CDN provider") is linked to the organisation the text names in
    that role, when it names exactly one (Fastly, the only CDN organisation on the page)."""
    named = {m.concept.key: m.concept for m in vocab.matchers["org"].find(document.text)}
    taken = {p.attrs.get("organization") for p in facts.of_kind("party")}
    for party in facts.of_kind("party"):
        if party.attrs.get("organization") or not party.attrs.get("role"):
            continue
        candidates = [
            org
            for org in named.values()
            if org.links.get("default_role") == party.attrs["role"] and org.iri not in taken
        ]
        if len(candidates) == 1:
            party.attrs["organization"] = candidates[0].iri
            taken.add(candidates[0].iri)


def _vendor(document: Document, vocab: Vocabularies) -> Concept | None:
    """The organisation that wrote the document ("we"): the first one its title, first
    heading or opening paragraph names."""
    texts = [str(document.metadata.get("title", "")), str(document.metadata.get("description", ""))]
    sections = document.root.walk()
    texts += [s.title for s in sections[:2]]
    for section in sections[:2]:
        texts += [plain(b.text) for b in section.blocks[:2] if isinstance(b, Paragraph)]
    for text in texts:
        for m in vocab.matchers["org"].find(text):
            return m.concept
    return None


def _looks_like_name(text: str) -> bool:
    """An unknown party name must read like a proper name: 1-5 capitalised words."""
    words = text.split()
    if not 1 <= len(words) <= 5 or _NOT_A_PARTY.match(words[0]):
        return False
    connectors = {"and", "&", "of", "for", "the", "de", "von"}
    if words[-1].lower() in connectors:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in connectors for w in words)


def _singular(text: str) -> str:
    return re.sub(r"(?<=[a-z])s$", "", text) if not text.endswith("ss") else text


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def extract_facts(document: Document, *, vocabularies: Vocabularies | None = None) -> Facts:
    """Extract parties, duties, services, certifications and their relations from a document.

    Raises ExtractionError when no party can be recognised.
    """
    vocab = vocabularies or load_vocabularies()
    facts = Facts(
        path=document.path,
        stem=document.stem,
        title=document.title,
        metadata=dict(document.metadata),
        content_hash=document.content_hash,
        warnings=list(document.warnings),
    )
    extractor = _Extractor(document, vocab, facts)
    extractor.vendor = _vendor(document, vocab)
    extractor.section(document.root, None)
    if not facts.of_kind("party"):
        raise ExtractionError(
            "no recognisable party (no '<Party> responsibilities' heading, "
            "'<Party> is responsible for' sentence or RACI table)",
            path=document.path,
            hint="see README 'Input shapes'",
        )
    _link_generic_parties(facts, document, vocab)
    mentioned = {r.object for r in facts.relations}
    for party in facts.of_kind("party"):
        if not facts.related(party.ref) and party.ref not in mentioned:
            facts.warnings.append(
                f"{document.path}: party '{party.label}' has no recognised duty or relation"
            )
    return facts
