"""Recording facts: duties, concerns, services, offerings, certifications and compliance.

The readers decide *what* a passage says; this module is the one place that turns that into
entities and relations (one duty per label, concept entities created once, stable keys).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import Entity, Ref, Relation, Span
from ..lexicon import Lexicon
from ..text import Needing, plain, slugify, split_top_level
from ..vocabulary import Concept
from .cues import CLAUSE_VERBS
from .labels import (
    FREE_RELATIVE_SERIES,
    POINTED_NOUN,
    RELATIVE_GOES_ON,
    STATE_COMPLEMENT,
    base_opening,
    base_verb,
    capitalize,
    conjuncts,
    noun_phrase,
    one_indefinite_phrase,
    resolve_anaphora,
    second_verbs,
    shares_last_object,
    trim,
)
from .parties import PartyResolver
from .restated import RestatedDuties
from .service_mentions import NamedProviders
from .state import DocState

__all__ = ["FactRecorder"]

_INCLUDES_TAIL = re.compile(
    r"\s*(?:—|–|--|;|:)\s*(?:this|which|that)\s+(?:includes?|covers?|means?)\s+(?P<items>.+)$",
    re.I | re.S,
)
"""``X — this includes A, B``: A and B are duties too."""
_NEXT_VERB_PHRASE = (
    r"(?:,?\s+and|,\s+or)\s+(?:then\s+)?(?!(?:when|what|where|how|why|whether|which|who|if|once|after|before|"
    r"until|while|whenever|of|for|to|in|on|with|from|at|by|into|about|between|across|within|"
    r"through|under|over|against|per)\b)"
    r"(?=(?:(?:only|also|always|therefore|thus|hence|[a-z]{3,}ly)\s+)?[a-z]+\s+(?:the|a|an|all|any|their|your|its|our|"
    r"each|every|this|these)\b|(?:(?:only|also|always)\s+)?[a-z]+\s+(?:them|it)\s+(?!to\b)[a-z])"
    r"|,?\s+and\s+(?:must|shall|should|needs?\s+to|(?:is|are)\s+(?:also\s+)?(?:expected|required)"
    r"\s+to)\s+(?!not\b|never\b)(?=[a-z]+\s)"
    r"|,?\s+and\s+(?=will\s+(?:also\s+)?(?!not\b|never\b|be\b|have\b)[a-z]+\s)"
)
"""Where "patch the hosts and manage the network" splits into two verb phrases (not "tell
you what changes and when the change starts": a second clause of the same object; not "copies of
the keys and of the certificates": a second complement of the same noun)."""
_RESTATED_TAIL = re.compile(
    r"\s+(?:on|in|for|to|with|from|across|within|using|by|as|monthly|weekly|daily|regularly|"
    r"periodically)\b"
)
"""What may follow a duty's label when a sentence restates it with detail."""
_ANAPHORA = re.compile(
    r"\b(?:these|those|such|them|this|that(?!\s+(?:we|you|they|it|he|she|i|the|an?|our|your|"
    r"their|its|is|are|was|were|will|can|may|must|should)\b))\s+(?P<noun>[\w-]+)?",
    re.I,
)
"""A demonstrative pointing back at the previous party's duty ("apply these patches"); "that"
before a subject or a verb opens a clause ("building blocks that we make available"), it
points back at nothing."""
_NAMED_IN_FULL = re.compile(
    r"(?:these|those)\s+(?:(?!(?:to|for|of|in|on|with|from|at|by|as|and|or|up|down|is|are)\b)"
    r"[\w-]+\s+){2}(?!(?:to|for|of|in|on|with|from|at|by|as|and|or|is|are)\b)[\w-]+",
    re.I,
)
"""A demonstrative before a noun phrase of three words or more ("these patched desk images"):
the phrase names its thing in full, no earlier duty to put in its place."""
_DEMONSTRATIVE = re.compile(rf"\b(?:these|those|such|the\s+same)\s+{POINTED_NOUN}", re.I)
"""The demonstrative phrase ``resolve_anaphora`` replaces."""
_CLAUSE_OPENER = re.compile(
    r"\b(?:that|which|who|whom|before|after|when|whenever|until|unless|if|once|while|because|"
    r"so|where)\s",
    re.I,
)
"""A word that opens a clause of its own: a demonstrative after it points within that clause,
not back at another party's duty."""


_ASIDE = re.compile(r"\s*\([^)]*\)")
_ALNUM = re.compile(r"[^\W_]")
"""A letter or digit (what ``str.isalnum`` accepts: a word character less the underscore)."""
_NOT_APPLICABLE = Needing(
    re.compile(r"(?:^|[\s(:—–-])(?:n/a|not\s+applicable)(?=$|[\s).,;:—–-])", re.I), "n/a", "not"
)
"""A control or task the page marks "N/A" / "not applicable" in its own text: no duty."""
_ARTICLES = re.compile(r"\b(?:an?|the)\s+")
_TRAILING_MODAL = re.compile(r"\s(?:will|must|shall|should|can|could|may|might|would|that)$", re.I)
"""A label ending in a modal or before its clause ("Make sure that" of a lead-in over the
items that say what): a clause cut before its verb, no duty."""
_QUESTION_WORD = re.compile(r"^\W*(?:what|which|whom|whose|who|whatever|whichever)\W*$", re.I)
"""A label that is only a question word ("… who is responsible for what"): it names nothing."""


@lru_cache(maxsize=8192)
def _prefixes(key: str) -> tuple[str, ...]:
    """The word-prefixes of a comparable label of two words or more, shortest first, the
    label itself last (kept: each label is indexed and looked up again)."""
    words = key.split()
    return tuple(" ".join(words[:end]) for end in range(2, len(words) + 1))


class _SectionIndex:
    """The duties of one section by the word-prefixes of their comparable labels, so that
    finding the duty a label restates costs a few lookups, not a pass over the section (a
    10,000-item list stays linear)."""

    def __init__(self, duties: list[Ref], lexicon: Lexicon) -> None:
        self.duties = duties
        self.lexicon = lexicon
        self.seen = 0
        self.by_prefix: dict[tuple[bool, str], list[tuple[int, Ref]]] = {}
        self.by_key: dict[tuple[bool, str], list[tuple[int, Ref]]] = {}
        self.relations_seen = 0
        self.doers: dict[Ref, set[Ref]] = {}

    def update(self, entities: dict[Ref, Entity]) -> None:
        for position in range(self.seen, len(self.duties)):
            ref = self.duties[position]
            label = entities[ref].label
            for asides in (False, True) if "(" in label else (False,):
                key = _comparable(self.lexicon, label, asides)  # its words joined by one space
                self.by_key.setdefault((asides, key), []).append((position, ref))
                for prefix in _prefixes(key):
                    self.by_prefix.setdefault((asides, prefix), []).append((position, ref))
        self.seen = len(self.duties)

    def candidates(self, label: str) -> list[Ref]:
        """The section's duties whose comparable label is a word-prefix of ``label``'s or has
        it as one, the latest first (each once)."""
        if not self.duties:
            return []  # a section's first duty restates none
        found: list[tuple[int, Ref]] = []
        for asides in (False, True) if "(" in label else (False,):
            key = _comparable(self.lexicon, label, asides)
            found += self.by_prefix.get((asides, key), ())
            for prefix in _prefixes(key):
                found += self.by_key.get((asides, prefix), ())
        if not found:
            return []
        return list(dict.fromkeys(ref for _, ref in sorted(found, key=lambda f: -f[0])))

    def parties(self, ref: Ref, relations: list[Relation]) -> set[Ref]:
        """The subjects of relations to ``ref`` (relations are only ever appended)."""
        for relation in relations[self.relations_seen :]:
            self.doers.setdefault(relation.object, set()).add(relation.subject)
        self.relations_seen = len(relations)
        return self.doers.get(ref, set())


class _PointedDuties:
    """Each party's duties by the words a label that points back may use for them, indexed as
    the relations grow (a page of pointing labels stays linear)."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self.seen = 0
        self.by_verb: dict[tuple[Ref, str, str], Ref] = {}
        self.by_noun: dict[tuple[Ref, str], Ref] = {}

    def referred(self, party: Ref, label: str) -> Ref | None:
        """A duty of ``party`` that ``label`` only points back to: "Offer these tools" after
        "Offering diagnostic tools"; "Enforce this isolation" after a duty named by its noun
        alone ("Actor runtime isolation")."""
        pointed = _POINTING.match(label)
        match = pointed or _ONES.match(label)
        if match is None:
            return None
        lexicon = self.state.lexicon
        verb = lexicon.verb_base(match.group("verb")) or match.group("verb").lower()
        noun = match.group("noun").lower()
        facts = self.state.facts
        # a party's first duty for each (verb, later word) of its comparable label, and for
        # the head noun of a label without a verb
        for relation in facts.relations[self.seen :]:
            if relation.object.kind == "duty":
                known = facts.entities[relation.object].label
                words = _comparable(lexicon, known, False).split() or [""]
                first, *rest = words
                for word in rest:
                    self.by_verb.setdefault((relation.subject, first, word), relation.object)
                if lexicon.verb_base(first) is None and not first.endswith("ing"):
                    # its head noun: the last word before a complement ("security of X")
                    cut = next((i for i, w in enumerate(words) if w in _COMPLEMENT), len(words))
                    head = words[cut - 1] if cut else words[-1]
                    self.by_noun.setdefault((relation.subject, head), relation.object)
        self.seen = len(facts.relations)
        found = self.by_verb.get((party, verb, noun))
        if found is None and pointed is not None:
            found = self.by_noun.get((party, noun))
        return found


class FactRecorder:
    """Adds entities and relations to the document's facts, deduplicating as it goes."""

    def __init__(self, state: DocState, parties: PartyResolver) -> None:
        self.state = state
        self.parties = parties
        self._index: _SectionIndex | None = None
        self._concern_of: dict[Ref, Ref] = {}
        self._pointed = _PointedDuties(state)
        self._held = RestatedDuties(state.lexicon)
        self._providers = NamedProviders(state)

    def service(self, text: str, span: Span) -> Ref | None:
        """The first vocabulary service ``text`` names."""
        for m in self.state.vocab.matchers["service"].find(text):
            return self.state.concept_entity(m.concept, "service", span)
        return None

    def local_service(self, text: str, span: Span) -> Ref:
        """A service no vocabulary knows, labelled from the text."""
        label = noun_phrase(trim(plain(text)))
        ref = Ref("service", slugify(label))
        if ref not in self.state.facts.entities:
            self.state.facts.entities[ref] = Entity(ref, label, span=span)
        return ref

    def local_offering(self, name: str, span: Span) -> Ref:
        """An offering no vocabulary knows ("Our managed databases use:")."""
        label = noun_phrase(re.sub(r"\b(\w+)s$", r"\1", plain(name)))
        ref = Ref("offering", slugify(label))
        if ref not in self.state.facts.entities:
            self.state.facts.entities[ref] = Entity(ref, label, span=span)
        return ref

    def service_model(self, text: str, span: Span) -> str | None:
        """The service-model concept IRI a text names (IaaS, PaaS, SaaS, on-premises)."""
        for m in self.state.vocab.matchers["service_model"].find(text):
            self.state.concept_entity(m.concept, "service_model", None)
            return m.concept.iri
        return None

    def models_in(self, text: str, span: Span) -> list[str]:
        """Service models a phrase names ("In PaaS and SaaS, …")."""
        found: list[str] = []
        for m in self.state.vocab.matchers["service_model"].find(text):
            self.state.concept_entity(m.concept, "service_model", None)
            found.append(m.concept.iri)
        return list(dict.fromkeys(found))

    def certification(self, holder: Ref, standard: Concept, span: Span) -> Ref:
        """``holder holds`` its certification against ``standard`` (one per holder and standard)."""
        facts = self.state.facts
        std = self.state.concept_entity(standard, "standard", None)
        ref = Ref("certification", f"{holder.key}-{standard.key}")
        if ref not in facts.entities:
            holder_label = facts.entities[holder].label
            label = f"{holder_label} {standard.label} certification"
            facts.entities[ref] = Entity(ref, label, span=span)
            facts.add_relation(Relation(ref, "standard", std, span))
        facts.add_relation(Relation(holder, "holds", ref, span))
        return ref

    def compliance(self, party: Ref, standard: Concept, span: Span) -> Ref:
        """The compliance with ``standard`` that ``party`` maintains (built on others' certs)."""
        facts = self.state.facts
        std = self.state.concept_entity(standard, "standard", None)
        ref = Ref("compliance", f"{party.key}-{standard.key}")
        if ref not in facts.entities:
            label = f"{facts.entities[party].label} {standard.label} compliance"
            facts.entities[ref] = Entity(ref, label, span=span)
            facts.add_relation(Relation(ref, "standard", std, span))
            facts.add_relation(Relation(party, "maintains", ref, span))
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
        written: str = "",
    ) -> Ref | None:
        """``party predicate duty``; a label seen before is the same duty (another table,
        another party's cell); a new duty mentions the services and standards it names.
        ``written`` is the phrase as the page words it ("performs updates" for the label
        "Perform updates"), kept as an alternative label. A label without a letter or digit
        (a ditto mark, a dash) names no duty: None."""
        facts = self.state.facts
        label = noun_phrase(label)
        named = _headed_noun(label, span.section[-1] if span.section else "")
        if named != label:  # "drafting these limits" under "### Token Spending Limits"
            written, label = written or label, named
        if _TRAILING_MODAL.search(label):
            return None  # "My use of the environments will": a clause cut before its verb
        lexicon = self.state.lexicon
        if _ALNUM.search(label) is None or lexicon.consequence(label):
            return None  # a ditto mark; "Altering X can lead to …": a warning
        if lexicon.consequence_opening(label):
            return None  # "End up hosting X": what comes about
        if _POINTS_TO_LIST.match(label):
            return None  # "Provide the following as part of this contract": the list is the duty
        if _LEAVE_OR_LIMIT.search(label) or _LOOKUP.match(description):
            return None  # "May roll it out early", "Hold logs for 2 days only", "… at your own
            # risk", "If you need to know X, check Y": a leave, a limit, a warning, a how-to
        if _CONTACT.fullmatch(label.strip()):
            return None  # "+1 514 940 8895", "support@acme.com": how to reach a party
        if _MEASURE_ONLY.match(label.strip()):
            return None  # "15% of all Fees …", "High Severity: 4 business days": an amount
        if _NOT_APPLICABLE.search(label) or _QUESTION_WORD.match(label):
            return None  # "Encrypted at rest -- N/A (engine is stateless)": said not to apply
        if self.state.lexicon.clause_only(label):
            return None  # "Before the licence has expired": when, not what
        lower = label.lower()
        known = (
            self.state.duty_labels.get(lower)
            or self._restated(party, label)
            or self._pointed.referred(party, label)
            or self._held.find(party, predicate, label, block=span.start)
        )
        if known is not None:
            ref = known
        else:
            self.state.admit("duty", len(self.state.duty_labels), span)
            ref = Ref("duty", self.state.unique(slugify(label), "duty"))
            self.state.duty_labels[lower] = ref
            facts.entities[ref] = Entity(ref, label, span=span, description=description)
            for m in self.parties.mentions(description, ("service", "standard")):
                if not self._providers.allows(m):
                    continue  # "IBM Cloud IAM" on a page that never names Google
                target = self.state.concept_entity(m.concept, m.concept.kind, None)
                facts.add_relation(Relation(ref, "mentions", target, span))
        if written:
            alt = noun_phrase(written)
            entity = facts.entities[ref]
            if alt.lower() != entity.label.lower() and alt not in entity.alt_labels:
                entity.alt_labels.append(alt)
        facts.add_relation(
            Relation(party, predicate, ref, span, shared=shared, service_model=service_model)
        )
        self._held.hold(party, predicate, label, ref, block=span.start)
        self.state.section_duties.append(ref)
        return ref

    def _restated(self, party: Ref, label: str) -> Ref | None:
        """A duty of ``party`` in this section that ``label`` only restates: "Enabling
        endpoint protection on all hosts" under the heading "Enable endpoint protection"."""
        index = self._section_index()
        for ref in index.candidates(label):
            known = self.state.facts.entities[ref].label
            asides = "(" in label and "(" in known  # "Network (Underlay)" vs "(Overlay)"
            key = self._comparable(label, asides=asides)
            other = self._comparable(known, asides=asides)
            short, long = sorted((key, other), key=len)
            if len(short.split()) < 2 or not long.startswith(short):
                continue
            if long != short and not _RESTATED_TAIL.match(long[len(short) :]):
                continue
            if party in index.parties(ref, self.state.facts.relations):
                return ref
        return None

    def _section_index(self) -> _SectionIndex:
        """The index of this section's duties, brought up to date (a new section: a new one)."""
        duties = self.state.section_duties
        index = self._index
        if index is None or index.duties is not duties:
            index = self._index = _SectionIndex(duties, self.state.lexicon)
        index.update(self.state.facts.entities)
        return index

    def _comparable(self, label: str, *, asides: bool = False) -> str:
        """A label lower-cased, without articles (and asides), its first verb in base form."""
        return _comparable(self.state.lexicon, label, asides)

    def concern(self, first: Ref, second: Ref, span: Span) -> None:
        """Two parties' duties that split one concern ("release patches" / "apply them")."""
        facts = self.state.facts
        # A duty is part of at most one concern (the SHACL shapes say so): a duty that
        # already has one brings the other duty into it; two different ones stay apart.
        joined = {d: self._concern_of[d] for d in (first, second) if d in self._concern_of}
        if len(set(joined.values())) > 1:
            return
        if joined:
            ref = next(iter(joined.values()))
        else:
            label = facts.entities[first].label
            words = label.split()
            if len(words) > 2 and words[0].lower().endswith(
                ("e", "ing", "s", "y", "d", "t", "n", "l")
            ):
                label = " ".join(words[1:])
            ref = Ref("concern", slugify(label))
            if ref not in facts.entities:
                facts.entities[ref] = Entity(ref, capitalize(label), span=span)
        for duty in (first, second):
            if duty not in joined:
                self._concern_of[duty] = ref
                facts.add_relation(Relation(duty, "concern", ref, span))

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
        verb: str = "",
    ) -> None:
        """One duty per conjunct (``head`` verb carried to each); anaphora to the previous
        party's duty marks a shared concern; ``—this includes A, B`` adds A and B. ``verb``
        is the head as written ("patches" for "patch"): the page's wording, kept as an
        alternative label."""
        pointed = _POINTED_INCLUDING.match(obj)
        if pointed:  # "responsible for it, including A, B, and C": A, B and C
            obj = pointed.group("items")
        glossed = _GLOSSED_SERIES.match(obj)
        if glossed and self.state.lexicon.verb_base(glossed["gerund"]) is not None:
            # "practise good habits around X: patching A and updating B": the deeds, each
            items = glossed["items"]
            self.add_duties(party, items, sentence, span, predicate=predicate, models=models)
            return
        anaphor = _ANAPHORA.search(obj)
        if anaphor and (anaphor.group("noun") or "").lower() in self.state.lexicon.document_nouns:
            anaphor = None  # "comply with these terms": the document itself, no earlier duty
        noun = (anaphor.group("noun") or "").lower().rstrip("s") if anaphor else ""
        at = sentence.find(obj) if anaphor else -1
        earlier = obj[: anaphor.start()] if anaphor else ""
        earlier = sentence[: at + anaphor.start()] if anaphor and at >= 0 else earlier
        if anaphor and len(noun) > 2 and re.search(rf"\b{re.escape(noun)}", earlier, re.I):
            # "the sheds themselves and the trucks serving these sheds", "As the desks run the
            # Gizmo images, Nimbus builds patched versions of these images": its own
            anaphor = None
        if anaphor and _NAMED_IN_FULL.match(obj, anaphor.start()):
            anaphor = None  # "deploy these patched desk images": three words name the thing
        pointer = _DEMONSTRATIVE.search(obj)
        if anaphor and pointer and _CLAUSE_OPENER.search(obj[: pointer.start()]):
            anaphor = None  # "ensuring that … before they approve those users": the clause's own
        previous = self.state.last_duty
        if anaphor and previous is not None and previous is self.state.stale_duty:
            anaphor = None  # a sentence with no duty came between: its own "these rules"
        before = ""  # the object of the sentence's previous verb phrase
        for phrase in _duty_phrases(obj, head, self.state.lexicon, written=verb):
            label = phrase
            back = _PRONOUN_OBJECT.match(phrase) if head and before else None
            if back and not _stands_for(back.group(0), before):
                back = None  # "provide blast training and training them on X": people
            if back:  # "takes disk snapshots and keeps them": "keep disk snapshots"
                label = f"{back.group('verb')} {before}{back.group('rest')}"
            elif anaphor and previous is not None and previous[0] != party:
                if previous[2] == trim(phrase):
                    anaphor = None  # the same words given to a co-owner ("A and B leaders
                    # must know these rules"): no duty before to point back at
                else:
                    label = resolve_anaphora(phrase, previous[2])
            particle = " " in head and phrase.lower().startswith(head.lower())
            skip = head.index(" ") + 1 if particle else 0  # "stand behind the service"
            object_start = _VERB_OBJECT.match(phrase[skip:]) if head else None
            before = object_start.group("obj") if object_start else ""
            duty: Ref | None = None
            each_model: list[str | None] = list(models) if models else [None]
            written = ""
            if verb and head and verb.lower() != head.lower() and label.lower().startswith(head):
                written = verb + label[len(head) :]
                label = second_verbs(self.state.lexicon, label, head)  # "and re-releases X"
            elif head and label.lower().startswith("has "):
                written, label = phrase, f"{label[:1]}ave {label[4:]}"  # "… and has X": have X
            elif head and (based := base_opening(self.state.lexicon, label, verb=True)) != label:
                # "takes snapshots and ships copies": "Ship copies", like the head
                written, label = phrase, based
            elif back or label != phrase:
                written = phrase  # "these accounts" as the page says it, beside its antecedent
            for model in each_model:
                duty = self.duty(
                    party,
                    label,
                    sentence,
                    span,
                    predicate=predicate,
                    service_model=model,
                    written=written,
                )
            if duty is None:
                continue
            if anaphor and not back and previous is not None and previous[0] != party:
                self.concern(previous[1], duty, span)
            self.state.last_duty = (party, duty, trim(phrase))


_LEAVE_OR_LIMIT = re.compile(
    r"^(?:may|can|might|could)\s"
    r"|\bfor\s+(?:up\s+to\s+)?\d+\s+[a-z]+\s+only\.?$"
    r"|\bat\s+(?:your|their|its|his|her|our|my)\s+own\s+risk\b",
    re.I,
)
"""A label that grants a leave ("May roll it out outside your window"), states a limit ("Hold
traces for 2 days only") or a risk run ("Keep them there at your own risk"): no duty."""
_LOOKUP = re.compile(
    r"^\W*if\s+you\s+(?:need|want|would\s+like)\s+to\s+(?:know|find\s+out|learn|see|confirm)\b",
    re.I,
)
"""A how-to ("If you need to know which build runs, check X"): where to look, no duty."""
_POINTS_TO_LIST = re.compile(
    r"^(?:[A-Za-z]+\s+){1,2}(?:the\s+)?following(?:\s+[a-z]+){0,2}"
    r"(?:\s+(?:as\s+part\s+of|in\s+addition\s+to)\b.*)?$",
    re.I,
)
"""A label whose object only points to a list ("Provide the following services as part of
this contract", "Provide the following information"; not "Perform the following checks for
three depots", which says what the checks are for)."""
_MEASURE_ONLY = re.compile(
    r"^(?:\d+(?:\.\d+)?\s*%\s+of\b"
    r"|[A-Z][\w -]{0,40}:\s+(?:\d+(?:\.\d+)?\s*(?:%|(?:business\s+|working\s+|calendar\s+)?"
    r"(?:minutes?|hours?|days?|weeks?|months?))|no\s+commitment|none|n/a)\.?$)",
    re.I,
)
"""A label that is only an amount: a share of something ("15% of all Fees paid …", a refund
scale) or a level's value ("High Severity: 4 business days", "Low Severity: No commitment")."""
_CONTACT = re.compile(
    r"(?:tel:|phone:?\s*)?\+?(?=(?:[\s().-]*\d){7})[\d\s().-]{7,}|(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|(?:https?://|www\.)[\w-]+(?:\.[\w-]+)+(?:/\S*)?",
    re.I,
)
"""A label that is only a phone number (seven digits or more: "11.3.4.1" numbers a
requirement), an e-mail address or a web address."""
_MANNER_TAIL = re.compile(
    r",\s+(?:ensuring|making\s+sure|thereby|so\s+that|"
    r"(?P<result>keeping|allowing|enabling|letting))\s+(?=\S)",
    re.I,
)
"""A participle clause after the object that says how the duty is done, what it keeps true
or what it allows ("…, ensuring it runs smoothly, stays updated, and remains secure", "…,
keeping permits plain, traceable and apart", "…, allowing you to focus on X"): its
words are no more objects of the head verb."""
_GLOSSED_SERIES = re.compile(r"^(?P<head>[^:]{8,160}?):\s+(?P<items>(?P<gerund>[a-z]+ing)\s.+)$")
"""A duty glossed after a colon by the deeds it is made of, gerunds ("good habits around
trucks: servicing them and updating loaders"): the deeds state it."""
_POINTED_INCLUDING = re.compile(
    r"^(?:it|them|this|these|those)\s*,?\s+(?:including|such\s+as)\s+(?P<items>\S.*)$", re.I | re.S
)
"""An object that points back, then its parts ("it, including security and privacy")."""
_PRONOUN_OBJECT = re.compile(r"^(?P<verb>[A-Za-z]+)\s+(?:them|it)\b(?P<rest>.*)$", re.I | re.S)
"""A verb phrase whose object is a pronoun ("keeps them for a week")."""
_VERB_OBJECT = re.compile(
    r"^[A-Za-z]+\s+(?P<obj>(?:(?:the|a|an|all|any|your|their|its|our|each)\s+)?[\w-]+"
    r"(?:\s+(?!(?:in|on|for|to|at|by|with|from|into|via|across|within|before|after|when|if|"
    r"and|or|that|which|so|as)\b)(?![a-z]+ly\b)[\w-]+){0,4})",
    re.I,
)
"""A verb and its object noun phrase, up to a preposition, conjunction or adverb."""
_PERMITTED = re.compile(
    r"^(?:feel\s+free|you\s+(?:can|could|may|might)"
    r"|(?:allow|let|permit|enable)s?\s+(?:you|(?:the\s+)?(?:customers?|users?|tenants?))\s+"
    r"(?:to\s+)?[a-z]+)\b",
    re.I,
)
"""A conjunct that grants leave ("…, and feel free to adapt the plan", "…, and allow customers
to select the region"): no duty."""
_INQUIRY = re.compile(
    r"^(?:(?:start|begin)\s+(?:with|by)\s+)?(?:investigat|look\s+into|looking\s+into|"
    r"find(?:ing)?\s+out|work(?:ing)?\s+out)\w*\s+(?:how|what|whether|why|which|where)\b",
    re.I,
)
"""A conjunct that only asks a question ("investigate how we find out …"): no duty yet."""
_POINTING = Needing(
    re.compile(
        r"^(?P<verb>[A-Za-z]+)\s+(?:these|those|this|that)\s+(?P<noun>[\w-]+)"
        r"(?:\s+(?:in|within|on|by|at|before|after|every|each|promptly|immediately)\b.*)?$",
        re.I,
    ),
    "these",
    "those",
    "this",
    "that",
)
"""A verb whose object only points back ("offer these tools", "pay this invoice within 30
days": a detail of the duty named before)."""
_COMPLEMENT = frozenset({"of", "for", "in", "on", "to", "with", "from", "at", "by", "and", "or"})
"""Words after a noun phrase's head ("security of the hosts"): where its complement opens."""
_ONES = Needing(
    re.compile(
        r"^(?P<verb>[A-Za-z]+)\b(?:\s+(?:and|or)\s+[a-z]+)?\s+(?:the\s+)?(?P<noun>[\w-]+)\s+ones\b",
        re.I,
    ),
    "ones",
)
"""A verb whose object is "the <adjective> ones" ("select the right ones"): the pro-form points
back to the noun of that party's earlier duty with the same verb and adjective."""


def _with_that_clauses(parts: list[str]) -> list[str]:
    """Parts with a second "that" clause joined to the part before ("ensure A, and that B")."""
    out: list[str] = []
    for part in parts:
        if out and _THAT_CLAUSE.match(part.strip()):
            out[-1] = f"{out[-1].rstrip(' ,')}, and {part.strip()}"
        else:
            out.append(part)
    return out


@lru_cache(maxsize=8192)
def _comparable(lexicon: Lexicon, label: str, asides: bool) -> str:
    """``FactRecorder._comparable`` (kept: each label is compared again as a section grows)."""
    text = label.lower() if asides else _ASIDE.sub(" ", label.lower())
    words = _ARTICLES.sub(" ", text).split()
    if words:
        words[0] = lexicon.verb_base(words[0]) or words[0]
    return " ".join(words)


_DETERMINED = re.compile(
    r"^(?:the|a|an|your|our|their|its|this|these|those|that|all|any|each|every|it|them)\b", re.I
)
"""A phrase that opens with a determiner or a pronoun: a noun phrase ("the VPC"), or after a
verb its object ("fix it", "deploy the app")."""


def _each_in_state(part: str, lexicon: Lexicon) -> list[str]:
    """ "passwords, keys and tokens confidential" after "keep": each item with the state
    (cue-words.ttl state complements), or nothing when the part ends in no such state or
    names one thing."""
    words = part.rstrip(" .;,").split()
    for size in (3, 1):
        state = " ".join(words[-size:]).lower()
        if len(words) > size and state in lexicon.state_complements:
            items = conjuncts(" ".join(words[:-size]), single_words=True)
            if len(items) >= 2:
                return [f"{item} {' '.join(words[-size:])}" for item in items]
    return []


def _states_series(obj: str, lexicon: Lexicon) -> bool:
    """ "their crushers safe, quiet, and clean" after "keep": one object in a series of
    states (the first a state complement of cue-words.ttl, the others single words), one duty."""
    parts = [p for p in re.split(r",\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+", obj.strip(" .")) if p]
    first = parts[0].split() if parts else []
    return (
        len(parts) >= 2
        and 2 <= len(first) <= 5
        and not {"to", "that", "which"} & {w.lower() for w in first}  # a clause of its own
        and first[-1].lower() in lexicon.state_complements
        and all(len(p.split()) == 1 for p in parts[1:])
    )


_WHERE_TAIL = re.compile(
    r",\s+(?:where\s+(?:[\w-]+\s+){0,4}?|while\s+)(?:we|you|they|our|your|their|the|it)\b",
    re.I,
)
"""A relative clause of place after the object (", where our partners operate X"), or a
contrast with a subject of its own (", while your settings stay in your hands")."""
_STATE_TAIL = re.compile(
    r",\s+and\s+(?:is|are)\s+(?:also\s+|always\s+)?(?!responsible\b|accountable\b|in\s+charge\b)(?=[a-z])",
    re.I,
)
"""The subject's second predicate, a state after "and is" (", and is available for
consultation"): what the subject is, no more objects of the verb."""
_SUBJECT_CLAUSE = re.compile(
    r",?\s+and\s+(?=(?:every|each|all|the|your|our|its|their|this|these|those|any)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:is|are|remains?|stays?|becomes?|was|were|will|can|may)\s)",
    re.I,
)
"""A clause with a subject and verb of its own after the object (", and every file remains
under your control"): what is so, no second object of the verb (not after a clause's
opening, cue-words.ttl: "when the VMs are ready and the checks are met")."""
_STEPS_SUCH_AS = re.compile(
    r"^(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+s)\s*,?\s+(?:such\s+as|including|like)\s+"
    r"(?P<items>(?:\w+ly\s+)?[a-z]{3,}ing\s.+)$",
    re.I,
)
"""Steps named by example ("additional steps, such as implementing X and choosing Y"): the
gerund phrases are the duties, the generic noun ("steps", "measures") none."""
_PORTION_INCLUDING = re.compile(
    r"^(?:(?:on|up)\s+)?(?:(?:a|an|the|your|their|its|our)\s+)?(?P<noun>(?:[a-z]+\s+)?[a-z]+)"
    r"\s*,?\s+"
    r"including\s+(?P<items>.+)$",
    re.I | re.S,
)
"""A portion of the work named by its parts ("take on a larger share, including the hosts,
their upgrades, and snapshots"): the parts are the duties, the portion none."""
_NEXT_STEP = r"(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?=(?:\w+ly\s+)?[a-z]{3,}ing\s)"
"""Where the next gerund phrase of a series of steps starts."""


_POINTED_BACK = re.compile(
    r"\b(?:these|those)\s+(?!(?:are|were|have|had|will|would|can|could|must|should|may|might|"
    r"shall|need|include)\b)(?P<noun>[a-z]{3,})\b",
    re.I,
)
"""A demonstrative with its noun ("these limits")."""


def _headed_noun(label: str, heading: str) -> str:
    """``label`` with "these <noun>" spelt out as its section heading names the noun ("drafting
    these limits" under "Token Spending Limits": "drafting token spending limits")."""
    pointed = _POINTED_BACK.search(label)
    if pointed is None or not heading:
        return label
    noun = pointed["noun"].lower().removesuffix("s")
    words = heading.split()
    for end, word in enumerate(words):
        if re.sub(r"\W", "", word).lower().removesuffix("s") == noun and end <= 4:
            phrase = " ".join(words[: end + 1]).lower()
            return f"{label[: pointed.start()]}{phrase}{label[pointed.end() :]}"
    return label


def _shared_of(items: list[str]) -> list[str]:
    """A series whose later items are "of" phrases of its first item's noun ("charge of your
    keys, of who may read them, and of where they travel"): each item with that noun."""
    head = items[0].lower().find(" of ") if items else -1
    if head < 0 or not any(item.lower().startswith("of ") for item in items[1:]):
        return items
    noun = items[0][:head]
    return [items[0], *(f"{noun} {i}" if i.lower().startswith("of ") else i for i in items[1:])]


_HEDGED_CONJUNCT = re.compile(r"\s+and\s+\([^()]{1,40}\)\s+(?=[a-z]+\s)")
"""A hedge between "and" and the next verb ("… and (within reason) accepting X"): it keeps
the next verb phrase from being read as one, and says nothing of whose duty it is."""
_BEFORE_GERUND = re.compile(r"\b(?:before|after|when|while|without|by)\s+[a-z]+ing\b[^,;]*$", re.I)


def _gerund_clause_whole(items: list[str]) -> list[str]:
    """A series whose "and" joins two gerunds of a clause in its first item ("request a seat
    before sending jobs and reading reports"): one item, the clause's gerunds together."""
    joined: list[str] = []
    for item in items:
        if joined and _BEFORE_GERUND.search(joined[-1]) and re.match(r"[a-z]+ing\b", item):
            joined[-1] = f"{joined[-1]} and {item}"
        else:
            joined.append(item)
    return joined


def _duty_phrases(obj: str, head: str, verbs: Lexicon, *, written: str = "") -> list[str]:
    """The duty phrases of a responsibility object: its conjuncts (each verb phrase starting
    with ``head``), then the items of an ``—this includes …`` tail."""
    phrases: list[str] = []
    obj = _HEDGED_CONJUNCT.sub(" and ", obj)  # "X and (within reason) accepting Y": accepting Y
    if head.lower() == "have" and re.match(r"\s*been\s", obj):
        return []  # "must have been obtained and licensed": a state the thing must be in
    if head:  # "review and accept X" arrives as " and accept X": the head's second verb
        obj = re.sub(r"^\s+(?=(?:and|or)\s)", "", obj)
    tail = _INCLUDES_TAIL.search(obj)
    if tail:
        obj = obj[: tail.start()]
    if head:  # "provides templates; feel free to adapt them": a new clause, not an object
        first, *others = re.split(r";\s+", obj)
        obj = "; ".join([first, *(o for o in others if verbs.imperative(o))])
    if head:  # "reconsider the suspension and may confirm, modify, or reverse it": a leave
        obj = _PERMITTED_CONJUNCT.split(obj, maxsplit=1)[0]
    manner = _MANNER_TAIL.search(obj) if head else None
    if manner and not (manner["result"] and re.match(r"\s*\w+ing\b", obj)):
        # "manage the cranes, ensuring they stay updated": how; not "scanning X, keeping Y
        # current and setting Z": a series of gerunds
        obj = obj[: manner.start()]
    if head:  # "provides X and Y, where partners operate Z" (", while your …"): no object
        obj = _WHERE_TAIL.split(obj, maxsplit=1)[0]
    if head:  # "provides A, B, and C, and is available for X": a state, no object
        obj = _STATE_TAIL.split(obj, maxsplit=1)[0]
    own = _SUBJECT_CLAUSE.search(obj) if head else None
    if own and not set(obj[: own.start()].lower().split()) & verbs.clause_openers:
        obj = obj[: own.start()]  # "run X in your account, and every file remains yours"
    steps = _STEPS_SUCH_AS.match(obj.strip().rstrip(".")) if head else None
    if steps and steps.group("noun").lower() in verbs.duty_nouns:
        # "take steps, such as doing X and carefully doing Y": doing X, carefully doing Y
        named = split_top_level(steps.group("items"), _NEXT_STEP)
        return [p.strip(" ,") for p in named if len(p.split()) >= 2]
    parts = [obj]
    purpose = _PURPOSE_LIST.search(obj) if head else None
    purpose = purpose if purpose and verbs.verb_base(purpose.group("verb")) else None
    whole = bool(head) and not purpose and _one_object(obj, head, verbs)
    whole = whole or (bool(head) and RELATIVE_GOES_ON.search(obj) is not None)
    whole = whole or (bool(head) and _states_series(obj, verbs))
    if whole:
        parts = [obj]
    elif head and not purpose:  # "patch the hosts and manage the network": two verb phrases
        parts = _rejoin_infinitives(split_top_level(obj, _NEXT_VERB_PHRASE))
        parts = _rejoin_stranded(_rejoin_nouns(parts, verbs))
        parts = [*map(_closed_series, parts[:-1]), *parts[-1:]]  # "A, B and training C"
        first = (written or head).split()[0].lower()
        base_form = base_verb(first).lower() == first or not written
        parts = [p for part in parts for p in _split_verbs(part, verbs, base_form=base_form)]
        parts = _rejoin_stranded(parts)  # "comply with and be bound by X"
        parts = _with_that_clauses(parts)
    clausal = False  # "ensuring A is B and C is D": the verb's object is clauses
    said = written.split()[0].lower() if written else ""
    third = bool(said) and said.endswith("s") and base_verb(said).lower() != said
    for index, part in enumerate(parts):
        preposition = ""
        if purpose:  # "watch X to make decisions, watch for Y, or send alerts": one duty
            part = part.strip()
            phrases.append(part if part.lower().startswith(head.lower()) else f"{head} {part}")
            continue
        lead = head if index == 0 else ""
        own = _LEADING_VERB.match(part.strip()) if index > 0 and head else None
        adverb = _LY_ADVERB.match(part.strip()) if own else None
        adverb = None if adverb and verbs.verb_base(adverb.group("adverb")) else adverb  # "apply"
        if adverb:  # "…, and regularly check X"
            own = _LEADING_VERB.match(part.strip()[adverb.end() :])
            part = part.strip()[adverb.end() :]
        promised = own is not None and own.group(0).lower().startswith("will")
        if (
            own
            and (promised or verbs.verb_base(own.group("verb")))
            and not _PERMITTED.match(part.strip())
        ):
            # "…, and oversee incidents and related problems": that verb's object, split as
            # the head's would be, each piece with that verb
            lead, part = own.group(0).strip(), part.strip()[own.end() :]
            if promised:  # "…, and will partner with X": a verb of its own, known or not
                lead = own.group("verb")
            elif re.match(r"(?:also|then|therefore|thus|hence)\s", lead, re.I):
                lead = verbs.verb_base(own.group("verb")) or own.group("verb")  # "and also owns"
            lead = f"{adverb.group('adverb')} {lead}" if adverb else lead
        elif adverb:
            part = f"{adverb.group(0)}{part}"  # no verb after it: the conjunct as it was
        portion = _PORTION_INCLUDING.match(part.strip().rstrip(".")) if head else None
        noun = portion["noun"].lower() if portion else ""
        if portion and (noun in verbs.portion_nouns or noun.split()[-1] in verbs.portion_nouns):
            phrases.extend(conjuncts(portion["items"], single_words=True))
            continue  # "take on a larger share, including A, B, and C": A, B and C
        items = _each_in_state(part, verbs) if head and not whole else []
        clause = index == 0 and bool(_CLAUSE_HEAD.fullmatch(head))
        if not whole and not items and clause and _SUBJECT_VERB.match(part.strip()):
            # "ensure their project is set to only use A, B, and C": the series is the
            # clause's, one duty (the clause reader splits only where a next duty opens)
            items = conjuncts(f"{head} {part.strip()}")
            items[0] = items[0][len(head) :].strip()
        items = [part.strip()] if whole else items or conjuncts(part, single_words=bool(head))
        items = _shared_of(items)  # "charge of your keys, of who reads them": charge of each
        items = _gerund_clause_whole(items)  # "a seat before sending jobs and reading reports"
        if not head:
            items = _gerunds_carried(items, verbs)  # "patching and fixing A, B, and C": each
            items = _verb_carried(items, verbs)  # "program A and recurring B": program B too
        if head and items and _FOR_OPENING.match(part.strip()) and not _FOR_OPENING.match(items[0]):
            items[0] = f"for {items[0]}"  # "apply for a membership": the verb's own "for"
        nominal = bool(items) and _DETERMINED.match(items[0]) is not None
        if index == 0 and items:
            clausal = _BE.search(_PURPOSE_CLAUSE.split(items[0], maxsplit=1)[0]) is not None
        for number, phrase in enumerate(items):
            if (number > 0 or index > 0) and _PERMITTED.match(phrase):
                continue  # "provides templates, and feel free to adapt them"
            denied = _NOT_OR_HOW_GERUND.match(phrase)
            if (number > 0 or index > 0) and denied and denied["not"]:
                continue  # "safeguarding passwords, not sharing them, and …": a prohibition
            if (number > 0 or index > 0) and _DENIED_THAT.match(phrase):
                continue  # "owns the data, and that it will not harm X": a pledge of a state
            if (number > 0 or index > 0) and verbs.filler(f"and {phrase}"):
                continue  # "manage A, B, and more": the list goes on, no duty "more"
            own_clause = _OWN_CLAUSE.match(phrase) or _GERUND_CLAUSE.match(phrase)
            if (number > 0 or index > 0) and own_clause and not clausal:
                continue  # "deploy X, and all data is kept in Y": a clause, no object of "deploy"
            # "take down, fix, and re-deploy it": "fix" is a verb of its own, not an object;
            # after "the VPC, EKS clusters" a bare "control plane resources" is a noun phrase
            own_verb = number > 0 and verbs.imperative(phrase)
            if own_verb and phrase.split()[:2] == items[0].split()[:2]:
                own_verb = False  # "audit logs from A, audit logs from B": the carried head
            verb_first = re.sub(r"^(?:then|also|finally)\s+", "", phrase, flags=re.I)
            if own_verb and third and not re.match(r"(?:then|also|finally)\s", phrase, re.I):
                # "provides training and support to users": after a verb in the third person a
                # second verb would agree ("and supports"), so a base form is a noun
                own_verb = False
            if own_verb and nominal and _DETERMINED.match(verb_first.split(" ", 1)[-1]) is None:
                # ("…, and proceed with the steps": a verb with its "with" is a verb phrase)
                own_verb = len(verb_first.split()) == 1 or _VERB_WITH.match(verb_first) is not None
            elif (
                own_verb
                and number >= 1
                and _noun_series(", ".join(items[:number]), verbs, listed=len(items) > 2)
            ):  # "support troubleshooting, change requests, and …": a series' second noun too
                # "software, documentation, and support channels": a third noun, as the two
                # before it ("support" as a verb would need its object: "support the apps")
                own_verb = _DETERMINED.match(verb_first.split(" ", 1)[-1]) is not None
            infinitive = _INFINITIVE.match(phrase) if number > 0 and head else None
            if infinitive and verbs.verb_base(infinitive.group("verb")):
                phrase, own_verb = phrase[infinitive.end() :], True  # "…, and to document X"
            opening = _PREPOSITION.match(phrase)
            if number == 0:
                preposition = opening.group(1) if opening and head else ""
            elif preposition and not own_verb and not opening:
                phrase = f"{preposition} {phrase}"  # "comply with A, B and C": "with" each
            if lead and not own_verb and not phrase.lower().startswith(lead.lower()):
                phrase = f"{lead} {phrase}"
            if _INQUIRY.match(phrase):
                continue  # "start with investigating how …": a question, not yet a duty
            phrases.append(phrase)
    if tail:
        phrases.extend(conjuncts(tail.group("items"), single_words=True))
    return phrases


_PURPOSE_CLAUSE = re.compile(r"\bto\s+(?:confirm|ensure|verify|check|make\s+sure)\b", re.I)
"""A purpose clause in a duty ("run checks to verify the belt is sound"): its "is" is no part
of the duty's object series."""
_DENIED_THAT = re.compile(
    r"^that\s+[^,;]{1,60}?\s(?:will|must|shall|should|can|does|do|is|are)\s+(?:not|never)\b", re.I
)
"""A later conjunct that is a negated that-clause ("…, and that it will not harm X")."""
_GERUND_CLAUSE = re.compile(r"^[a-z]+ing\s+(?:it|them|this)\b[^,;]*?\s(?:is|are)\s", re.I)
"""A later conjunct that is a gerund with a pronoun, the subject of its own "is" ("…, and
having it hosted on GitHub is the best way to …"): a clause, no object of the verb."""
_OWN_CLAUSE = re.compile(
    r"^(?!\w+ing\b)(?:(?!(?:that|which|who|whom|whose|what|how|why|whether|where|when|if|as|"
    r"before|after|until|unless|once|because|while|so|about)\b)[\w'’./-]+\s+){1,4}?"
    r"(?:is|are|was|were)\s+(?!responsible\b)[a-z]",
    re.I,
)
"""A later conjunct with a subject and a finite "be" of its own ("all data is contained in
your account"): a clause that follows the duty, not another object of its verb."""
_BE = re.compile(r"\b(?:is|are|was|were)\b", re.I)
_LEADING_VERB = re.compile(
    r"^(?:(?:must|should|shall|will|also|then|therefore|thus|hence)\s+)*(?P<verb>[a-z]+)\s+(?=\S)",
    re.I,
)
"""The verb (after modals) that opens a later verb phrase of a list ("…, and oversee X")."""
_LY_ADVERB = re.compile(r"(?P<adverb>[a-z]{3,}ly)\s+", re.I)
"""An adverb before a later verb phrase's verb ("…, and regularly check X")."""
_INFINITIVE = re.compile(r"^to\s+(?=(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)\s)", re.I)
"""A conjunct that is an infinitive of its own ("…, and to document X"), not an object."""
_PREPOSITION = re.compile(r"^(with|to|for|on|about|against|from|of)\s+", re.I)
_FOR_OPENING = re.compile(r"^for\s+\S", re.I)
"""The preposition a verb's first listed object opens with ("comply with A, B and C")."""


_GERUNDS = re.compile(
    r"^(?P<g>[a-z]{2,}ing(?:,?\s+(?:and|or)\s+[a-z]{2,}ing)?(?:\s+(?:with|to|for|on))?)\s+(?=\S)"
)
"""The gerunds that open a duty phrase, and their preposition ("patching and fixing system
software", "complying with the policies")."""
_HEAD = re.compile(r"^(?P<np>[^,()]*?)(?:\s+(?:in|on|for|of|to|at|with|from|across|within)\b.*)?$")
"""A noun phrase before its prepositional phrase ("encryption" of "encryption in transit")."""
_ACTION_NOUN = re.compile(r"(?:tion|sion|ment|ance|ence|ity|ing)s?$")
"""A head noun of an action or quality ("encryption", "availability"): a duty of its own."""


_NOT_OR_HOW_GERUND = re.compile(r"^(?:(?P<not>not|never)|[a-z]{3,}ly)\s+[a-z]{3,}ing\b", re.I)
"""A gerund after "not" or an adverb of how ("not sharing X", "promptly reporting Y"): an
action of its own."""


def _gerunds_carried(items: list[str], verbs: Lexicon) -> list[str]:
    """Items split from one gerund's objects ("patching and fixing system software",
    "management software", "environment images"): the later ones, things named by bare
    nouns, take the gerunds too ("patching and fixing management software"); an action
    ("encryption in transit"), a determined phrase or a verb phrase stays as it is."""
    opening = _GERUNDS.match(items[0]) if len(items) > 1 else None
    if opening is None or "," in opening.group("g"):
        return items
    carried = [items[0]]
    for item in items[1:]:
        first = item.split(maxsplit=1)[0].lower() if item.split() else ""
        head = _HEAD.match(item)
        words = head.group("np").split() if head else []
        thing = bool(words) and not _ACTION_NOUN.search(words[-1].lower())
        acting = first.endswith("ing") or verbs.verb_base(first) is not None
        acting = acting or _NOT_OR_HOW_GERUND.match(item) is not None  # "not sharing X"
        bare = thing and not _DETERMINED.match(item) and not acting
        carried.append(f"{opening.group('g')} {item[:1].lower()}{item[1:]}" if bare else item)
    return carried


def _verb_carried(items: list[str], verbs: Lexicon) -> list[str]:
    """Items split from one verb's objects ("program the storefronts", "recurring billing
    apps"): a later one that opens with an "-ing" word of no known verb, an adjective
    ("recurring", "existing"), takes the first item's verb ("program recurring billing apps");
    a gerund of a verb ("providing advice") is a duty of its own."""
    first = items[0].split(maxsplit=1)[0].lower() if len(items) > 1 and items[0].split() else ""
    if not first or verbs.verb_base(first) != first:
        return items
    carried = [items[0]]
    for item in items[1:]:
        word = item.split(maxsplit=1)[0].lower() if item.split() else ""
        adjective = word.endswith("ing") and verbs.verb_base(word) is None
        carried.append(f"{first} {item[:1].lower()}{item[1:]}" if adjective else item)
    return carried


def _stands_for(phrase: str, before: str) -> bool:
    """Whether the pronoun object of ``phrase`` can point back at ``before``: "them" only at
    things in the plural or a series ("keeps disk snapshots and checks them"); "it" always."""
    words = before.split()
    plural = bool(words) and (words[-1].endswith("s") or " and " in before)
    return plural if re.match(r"^\S+\s+them\b", phrase, re.I) else True


def _closed_series(part: str) -> str:
    """ "site training, blast training" before "and training them on X": a series whose "and"
    opened the next verb phrase, closed by "and" so that it splits as any series does."""
    if re.search(r"\b(?:and|or)\b", part) or part.count(",") != 1:
        return part
    return re.sub(r",\s+(?=[^,]+$)", " and ", part)


def _rejoin_infinitives(parts: list[str]) -> list[str]:
    """ "resources to review" + "approve these changes": two verbs of one infinitive; "…:
    provisioning, upgrading" + "unprovisioning the clusters": a run of bare gerunds sharing
    the last one's object; "work on diagnosing" + "resolving the case": gerunds after one
    preposition, sharing its object."""
    out: list[str] = []
    for part in parts:
        previous = out[-1].rstrip(", ") if out else ""
        if (
            re.search(r"\bto\s+[a-z]+$", previous)
            or (re.search(r",\s+[a-z]{3,}ing$", previous) and re.match(r"[a-z]{3,}ing\s", part))
            or (_AFTER_PREPOSITION.search(previous) and re.match(r"[a-z]{3,}ing\s", part))
        ):
            out[-1] = f"{out[-1].rstrip(', ')} and {part}"
        else:
            out.append(part)
    return out


def _rejoin_nouns(parts: list[str], verbs: Lexicon) -> list[str]:
    """ "copies of the ledger" + "manifests every night": a split before a plural noun (a word
    in -s no vocabulary knows as a verb) joined it to the object before it, one duty."""
    out: list[str] = []
    for part in parts:
        word = part.strip().split(maxsplit=1)[0] if part.strip() else ""
        if out and re.fullmatch(r"[a-z]+[^s]s", word) and verbs.verb_base(word) is None:
            out[-1] = f"{out[-1].rstrip(', ')} and {part}"
        else:
            out.append(part)
    return out


def _rejoin_stranded(parts: list[str]) -> list[str]:
    """ "comply with" + "be bound by X": a split after a stranded preposition joined two verbs
    sharing the later object, one duty."""
    out: list[str] = []
    for part in parts:
        if out and _STRANDED_PREPOSITION.search(out[-1].rstrip(", ")):
            out[-1] = f"{out[-1].rstrip(', ')} and {part}"
        else:
            out.append(part)
    return out


_STRANDED_PREPOSITION = re.compile(r"\b(?:with|to|for|on|of|from|about|into)$", re.I)
"""A verb phrase ending in its preposition ("comply with"): its object is the next one's
("comply with and be bound by these rules")."""


_AFTER_PREPOSITION = re.compile(r"\b(?:on|in|for|of|with|by|at|about)\s+[a-z]{3,}ing$")
"""A verb phrase that ends in a bare gerund after its preposition ("work on diagnosing")."""
_BARE_BEFORE = frozenset({"to", "and", "or", "then", "also", "not"})
_LY_WORD = re.compile(r"[a-z]{2,}[a-oq-z]ly")
"""An adverb in "-ly" (not "apply", "supply"), skipped before a bare verb."""
"""Words after which a base verb is a verb, not a noun."""


def _one_object(obj: str, head: str, verbs: Lexicon) -> bool:
    """Whether a verb's object is one duty however many commas it holds: its series share one
    object ("add to, remove from, and change the features"), it is the clause of a verb of
    oversight ("make sure the service is free of A, B, and C"), or two series pair their items
    ("keep A, B, and C complete, accurate, and current")."""
    if shares_last_object(obj) or FREE_RELATIVE_SERIES.match(obj.strip()):
        return True  # "(guard) what you publish, set up and store": what the relative names
    if re.match(r"(?:between|both)\s[^,;]+\sand\s[^,;]+$", obj.strip().rstrip("."), re.I):
        return True  # "choose between A and B": the pair is the one object
    opening = " ".join([head.split()[-1], *obj.split()[:1]]).lower()
    if opening in verbs.oversights:
        return True
    return len(split_top_level(obj, _CLOSED_SERIES.pattern)) >= 3


_PAIRED_NOUN = re.compile(r"\s*(?:and|or)\s+(?P<next>[a-z]+)\b\s*[.,;]?\s*$", re.I)
"""A word that closes a series after "and" ("… upgrades and permissions"): the word before
it, a verb's form, is one more noun of the series (a verb takes its object first)."""


_ASPECT_NEXT = re.compile(r"\s+(?P<to>to\s+)?(?P<verb>[a-z]+)\b")
"""The verb after a verb of when a duty starts or lasts ("commence patching", "begin to sync")."""


def _aspect_base(word: str, text: str, end: int, verbs: Lexicon) -> str | None:
    """The base form of ``word`` when it is a verb of when a duty starts or lasts, in its base
    or third-person form, and a duty verb's -ing form or "to" and its base form follows at
    ``end`` ("… and commence patching any hosts", "… and begins to sync them"): the start of
    a second verb phrase, a duty of its own, not a second object of the first verb."""
    aspects = verbs.aspect_verbs
    base = word if word in aspects else word[:-1] if word[:-1] in aspects else None
    after = _ASPECT_NEXT.match(text, end) if base else None
    if after is None:
        return None
    duty = verbs.verb_base(after["verb"])
    if duty is None:
        return None
    gerund = after["verb"].endswith("ing") and not after["to"]
    return base if gerund or (after["to"] and duty.split(" ", 1)[0] == after["verb"]) else None


def _split_verbs(text: str, verbs: Lexicon, *, base_form: bool = True) -> list[str]:
    """ "apply policies and consider requests", "back up VMs, protect the network": split
    before each listed duty verb in the head's form ("must have procedures and processes":
    "processes" is a noun there)."""
    parts: list[str] = []
    last = 0
    for m in re.finditer(
        r"(?:,\s+(?:and\s+|while\s+)?|\s+and\s+)(?P<modal>(?:(?:must|should|shall|will|also|to)\s+)*)"
        r"(?P<verb>[a-z]+)\s+(?=\w)",
        text,
    ):
        word = m.group("verb")
        infinitive = re.search(r"\bto\s", m.group("modal"))
        if infinitive and re.search(r"\bto\s", text[: m.start()]):
            continue  # "a process to assess X, to determine Y and to obtain Z": its purposes
        if infinitive and not re.search(r"\band\b", m.group(0)):
            continue  # "ship features, such as scanning, to make this painless": a purpose
        base = verbs.verb_base(word) or _aspect_base(word, text, m.end("verb"), verbs)
        # "…, and have named contacts", "manages X and has Y": "have" of a verb phrase's own
        had = word == "has" or (word == "have" and m.group(0)[:1] == ",")
        base = base or ("have" if had else None)
        wanted = base_form or bool(m.group("modal").strip(" also"))
        form = base is not None and (base == word) == wanted
        finite = form and not word.endswith(("ing", "ed"))
        if word == "be" and wanted and STATE_COMPLEMENT.match(text, m.end("verb")):
            finite = True  # "answer tickets and be aware of the alarms": a state to keep
        before = text[last : m.start()].split()
        particle = bool(before) and before[0].lower() in {"up", "down", "out", "off"}
        # "resources to review and approve them": a bare verb sharing the object (not "the
        # status page, keep …": a noun that could be a verb)
        bare = bool(before) and verbs.verb_base(before[-1]) == before[-1].lower()
        lead = [w for w in before[:-1] if not _LY_WORD.fullmatch(w)]  # "to thoroughly document"
        bare = bare and (not lead or lead[-1].lower().strip(",") in _BARE_BEFORE)
        # "A, change requests, and C": a verb and a bare noun between commas is one more noun
        listed = (
            last == 0
            and base == word  # a base form reads as a noun too ("change"; "triages" does not)
            and m.group(0).startswith(",")
            and _BARE_PAIR.match(text, m.start("verb")) is not None
        )
        if finite and _noun_series(text[last : m.start()], verbs, listed=listed):
            continue  # "the software, documentation, and support channels": one more noun
        paired = _PAIRED_NOUN.match(text, m.end("verb"))
        if finite and paired and verbs.verb_base(paired.group("next")) is None:
            continue  # "manages hardware, upgrades and permissions": "upgrades" is a noun
        if finite and one_indefinite_phrase(
            text[last : m.start()].strip(), text[m.start("verb") :]
        ):
            continue  # "a robust and secure platform": "secure" describes the platform
        modifier = _MODIFIER_PAIR_END.search(text[: m.start()]) and m.group(0)[:1] == " "
        if finite and modifier and _BARE_HEAD.match(text, m.end("verb")):
            continue  # "load balancers serving public and secure networks": two modifiers
        if finite and not bare and len(before) >= (2 if particle else 1):
            # "takes X and retains Y" (not "resources to review and approve them")
            parts.append(text[last : m.start()])
            last = m.start("verb")
    parts.append(text[last:])
    return parts


_MODIFIER_PAIR_END = re.compile(
    r"(?:[a-z]{3,}ing|\b(?:for|of|in|on|with|to|across|between)|\b(?:that|which|who)\s+[a-z]+)\s+"
    r"[a-z]+(?:al|ic|ive|ous|ful|ible|able)$",
    re.I,
)
"""An adjective after a participle, a preposition or a relative clause's verb, with no noun of
its own yet ("serving public", "for internal", "that face public"): the word after "and" is a
second modifier of the noun to come."""
_BARE_HEAD = re.compile(
    r"\s*(?!(?:the|an?|your|our|their|its|all|any|each|them|it)\b)[a-z-]+s?(?:[,.;]|\s+(?:and|or)\s|$)",
    re.I,
)
"""One bare word after the verb, then the text's end or a conjunction: a head noun, not an
object with its own determiner ("secure networks")."""


_CLAUSE_HEAD = re.compile(rf"{CLAUSE_VERBS}", re.I)
_SUBJECT_VERB = re.compile(
    r"^(?!that\b)(?:[\w'’-]+\s+){1,4}?(?:is|are|remains?|stays?)\s+(?!responsible\b)[a-z]", re.I
)
"""An object that is a clause of its own, a subject and its "be" ("their project is set to
…"), after a verb whose object is a clause (``CLAUSE_VERBS``)."""


_SUBORDINATE = frozenset(
    {"if", "when", "where", "as", "unless", "once", "while", "because", "so", "then", "including"}
)


_PERMITTED_CONJUNCT = re.compile(r",?\s+(?:and|but)\s+(?:may|can|could|might)\s+(?=[a-z])", re.I)
"""A verb phrase of its own that only permits ("… and may confirm or reverse it"): no duty."""
_VERB_WITH = re.compile(r"[a-z]+\s+with\s+(?:the|a|an|all|any|your|our|their|its|each)\b", re.I)
"""A verb and its "with" object ("proceed with the steps", "comply with the rules")."""
_CLOSED_SERIES = re.compile(r",\s+(?:and|or)\s", re.I)
"""The close of a comma series ("…, and C")."""
_BARE_PAIR = re.compile(r"[a-z]+\s+(?!(?:the|an?|your|our|their|its|all|any|each)\b)[a-z-]+,")
"""Two words between commas, the second no determiner ("…, change requests, …")."""


def _noun_series(before: str, verbs: Lexicon, *, listed: bool = False) -> bool:
    """Whether ``before`` ends in a comma series of nouns ("the software, documentation"), or
    is the first item of one (``listed``: "technical troubleshooting" before ", change
    requests, and …"): its last item opens with no verb, so an "and <word>" after it is one
    more item of the series, not a second verb ("…, and support channels")."""
    if "," not in before and not listed:
        return False
    item = before.rsplit(",", 1)[-1].strip()
    words = re.sub(r"^(?:the|an?|your|our|their|its)\s+", "", item, flags=re.I).split()
    return (
        0 < len(words) <= 2  # (a verb's own object reads longer: "adjusts resource allocation")
        and words[-1].lower() not in {"it", "them", "this", "these", "those"}
        and words[0].lower() not in _SUBORDINATE
        and verbs.verb_base(words[0].lower()) is None
        and verbs.third_person_base(words[0].lower()) is None
    )


_THAT_CLAUSE = re.compile(r"^that\s+(?:the|a|an|all|every|each|its|their|our|your)\b", re.I)
"""A conjunct that is a second "that" clause of the verb before ("ensure A, and that the data
is kept"): part of the same duty, never a duty of its own."""
_PURPOSE_LIST = re.compile(
    r"\bto\s+(?P<verb>[a-z]+)(?:\s[^,;]+,\s+(?:[^,;]+,\s+)*or|,\s+(?:[a-z]+,\s+)*(?:and|or))"
    r"\s+[a-z]+\s+\w"
)
"""A purpose infinitive whose verbs go on to a list that ends in "or" ("… to make decisions,
check for failure, or send alerts"), or whose bare verbs share one object ("services to
monitor, track, and remedy issues"): the purpose's verbs, not duties of their own."""
