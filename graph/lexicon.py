"""The extractor's word knowledge, read from SKOS files under ontology/vocabularies/.

Three schemes are data here, not code: responsibility codes (the values of matrix cells: RACI
letters, marks, Owner / Contributor / Advisor, Shared, N/A, and the relation each states), duty
verbs (base forms with their inflections, so "updated by" and "Limit privileges" are read from
the same list) and cue words (column headers that are never parties, lead-in nouns). The sets
are the fields of ``LexiconWords`` (lexicon_words.py); ``Lexicon`` asks questions of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from .lexicon_titles import TitleWords
from .lexicon_titles import fold as _fold
from .lexicon_titles import whole_title as _whole_title
from .lexicon_words import Code
from .namespaces import CODE, CUE, DUTY_VERB, SKOS, SRM
from .resources import ontology_path
from .text import Needing

__all__ = ["Code", "Lexicon", "has_phrase", "icon_words", "load_lexicon"]

OFFERED_CODE = str(CODE.offered)[len(str(CODE)) :]
"""The key of code:offered ("Available", "Included"): what a plan or a feature list offers."""
NONE_CODE = str(CODE.none)[len(str(CODE)) :]
"""The key of code:none ("N/A", "Not supported"): no relation."""

_FOOTNOTES = re.compile(
    r"<sup>.*?</sup>|\^\[\w{1,3}\]\^|\[\^?\w{1,3}\]|\(\d{1,2}\)|\^\w{1,2}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[A-Z])\d{1,2}\b",
    re.S,
)
_EMOJI_MODIFIERS = re.compile("[\U0001f3fb-\U0001f3ff\ufe0e\ufe0f\u200d]")
"""Skin tones, variation selectors and joiners: "🤝🏼" is the handshake "🤝"."""
_CONDITION = re.compile(
    r"^(?:if|when|once|where|whenever|before|after|unless|for|in|to|at|during|upon|on|within|"
    r"throughout|following|prior\s+to|ahead\s+of|in\s+advance\s+of|based\s+on|according\s+to)\b"
    r"[^,]{0,100},\s*",
    re.I,
)
"""A leading condition, purpose or time before an instruction ("At the end of the term, …")."""
_QUOTED_OR_NUMBERED = re.compile(r"^[^A-Za-z]*?(?:\d|[\"“”‘])[^A-Za-z]*[A-Za-z]")
"""Text whose first word comes after a number or a quotation mark ('1.1 "Support …'): no
instruction opens so."""
_CONDITION_START = re.compile(
    r"^(?:if|when|once|where|whenever|before|after|unless|prior\s+to|ahead\s+of|in\s+advance\s+of|"
    r"in\s+(?:the\s+)?(?:event|case)\s+(?:of|that))\b",
    re.I,
)
_NOUN_SUBJECT = re.compile(
    r"^[A-Za-z-]+(?:\s+(?!that\b|if\b|when\b|whether\b|to\b|the\b|your\b|a\b|an\b|which\b|"
    r"what\b|who\b|how\b|where\b)[a-z-]+){0,3}\s+"
    r"(?:is|are|was|were|can|could|may|might|will|would|has|have|includes?|requires?)\b"
)
"""A sentence whose first words are its subject ("Support for these versions includes …"); not
a verb and its wh-object ("Decide which pilots may dock")."""
_LETTERS = re.compile(r"^[RACIS](?:\s*[,/&+;]?\s*[RACIS])*$")
_PARTS = re.compile(r"\s*(?:[,/&+;]|\band\b)\s*", re.I)
_SYMBOL_FIRST = re.compile(
    r"^(?P<mark>[^\w\s(\[{*_`'\"\-–—•·+]{1,3})[ \t]*(?P<words>\w[\w \t-]{0,30})$"
)
"""A mark (a check mark, an emoji; not a dash or a bullet, which start a list) and a few
words after it on one line of a cell ("✅ Owns")."""
_ICON = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
"""A Markdown image in a cell (a check-mark icon: "![image](../_assets/common/yes.svg)")."""


def icon_words(text: str) -> str:
    """``text`` with each Markdown image as what it says: its alt text, or its file's name
    when the alt text is a placeholder ("![image](…/yes.svg)": "yes")."""
    return _ICON.sub(_icon_word, text)


def _icon_word(found: re.Match[str]) -> str:
    """What an image in a cell says: its alt text, or its file's name when the alt text is a
    placeholder ("![image](…/yes.svg)": "yes")."""
    alt = found.group("alt").strip()
    if alt and alt.lower() not in ("image", "icon", "img", "alt", "picture"):
        return alt
    stem = found.group("src").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return stem.replace("-", " ").replace("_", " ")


def _marked_status(codes: dict[str, Code], text: str) -> list[Code] | None:
    """A mark, then an offer or a denial ("✅ Supported - Linux"), or None."""
    marked = _MARK_THEN_WORDS.match(text)
    return _status(codes, marked.group("words")) if marked else None


def _status(codes: dict[str, Code], words: str) -> list[Code] | None:
    """An offer or a denial opening a mark's words ("Supported - Linux", "Not supported for
    Windows", "Available for Mac, Linux"): what the row's thing has there, no duty."""
    lead = _STATUS_LEAD.match(words)
    for size in (3, 2, 1):
        if lead is None:
            break
        found = codes.get(_fold(" ".join(lead.group(0).split()[:size])))
        if found is not None and found.key in (OFFERED_CODE, NONE_CODE):
            return [found]
    return None


_MARK_THEN_WORDS = re.compile(r"^[^\w\s(\[{*_`'\"\-–—•·+]{1,3}[ \t]*(?P<words>\w.*)$", re.S)
"""A mark and any words after it ("✅ Supported for Mac, Linux, Windows")."""
_STATUS_LEAD = re.compile(r"^[A-Za-z]+(?:[ \t]+[A-Za-z]+){0,2}")
"""Up to three words opening a cell's words, where an offer or a denial would stand."""
_PREFIX = re.compile(r"^(?P<code>[^\s(:–—-][^(:–—]{0,24}?)\s*(?:\(|:\s|[-–—]\s)")


_BRAND_SPELLING = re.compile(r"[a-z][A-Z]|^\d[A-Za-z]")
_HEADER_MARKS = re.compile(r"[*_`:]")
_JSX_VALUE = re.compile(r"^\{\s*[\"'`](?P<inner>[^\"'`]*)[\"'`]\s*\}$")
_NUMBER = re.compile(r"[\d.,-]+\w{0,3}")
_ADVERB_OR_PARTICIPLE = re.compile(r"(?:ly|ing|ed)$")
_STANDARD_PART = re.compile(r"^[a-z0-9. -]+\s(?:requirements?|controls?|control objectives?)$")
"""A header naming a part of a standard ("pci dss requirement"), folded."""
_OPENING_ADVERB = re.compile(r"^(?:[A-Za-z]+ly|[Aa]lso|[Tt]hen|[Aa]lways|[Pp]lease)\s+")
_CLAUSE_VERB = re.compile(r"(?:ensure|verify|check|confirm|make|validate|test)\b", re.I)
_WORD = re.compile(r"[A-Za-z][\w-]*")


@lru_cache(maxsize=32)
def _any_phrase(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern finding any of ``phrases`` as whole words (None: there are none): one scan
    of a heading, not one per phrase."""
    if not phrases:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases)) + r")\b")


def has_phrase(phrases: frozenset[str], folded: str) -> bool:
    """Whether ``folded`` (lower case, as the lexicon folds words) holds any of ``phrases`` as
    whole words, one cached pattern for the set."""
    pattern = _any_phrase(phrases)
    return pattern is not None and pattern.search(folded) is not None


@lru_cache(maxsize=4)
def _schedule(units: frozenset[str]) -> re.Pattern[str] | None:
    if not units:
        return None
    forms = units | {u.removesuffix("s") for u in units}
    unit = "|".join(re.escape(u) for u in sorted(forms, key=len, reverse=True))
    adverbs = "|".join(sorted({f"{u}ly" for u in forms if not u.endswith("s")} | {"daily"}))
    return re.compile(
        rf"\b(?:(?:every|each|per|once\s+(?:a|an|every))\s+(?:[\w-]+\s+){{0,2}}?(?:{unit})"
        rf"|(?:{unit})\s+cadence|(?:{adverbs})"
        r"|on\s+an?\s+(?:[\w-]+\s+){0,2}?(?:schedule|cadence|rota|rotation))\b",
        re.I,
    )


def on_schedule(units: frozenset[str], text: str) -> bool:
    """Whether ``text`` names a schedule: "every 24 hours", "once a week", "at a two-week
    cadence", "weekly" (a unit's adverb, its singular too; "daily" is the one English spells
    otherwise), "on a rolling schedule"."""
    pattern = _schedule(units)
    return pattern is not None and pattern.search(text) is not None


@lru_cache(maxsize=4)
def _option_clause(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """Any of ``phrases`` closing its clause: before a bracket, a stop, a comma or the end."""
    if not phrases:
        return None
    words = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len))
    return re.compile(rf"\b(?:{words})\s*(?:\)|[.;,:]|$)", re.I)


_PERSON_ENDING = re.compile(r"^(?:\w+(?:or|eer)|team|personnel)$")
"""A one-word subject noun that names a person or a body of people ("administrator",
"engineer", "Vendor Delivery Personnel")."""


def _idiom(label: str) -> re.Pattern[str]:
    """An idiom written "let ... know" as the opening of an instruction: its first word, one to
    five words of the person told, its last word."""
    first, _, last = (part.strip() for part in label.partition("..."))
    return re.compile(rf"^{re.escape(first)}\s+(?:\S+\s+){{1,5}}?{re.escape(last)}\b", re.I)


def _party_clause(label: str) -> re.Pattern[str]:
    """A header written "what ... does" (or "... provides"): its opening, a party's name of
    one to six words (a determiner or a possessive before it), its closing, nothing else."""
    first, _, last = (part.strip() for part in label.partition("..."))
    # "... provides": the name opens it (not "What the host", which "What ... owns" reads)
    opening = rf"{re.escape(first)}\s+" if first else r"(?!(?:what|who|which|how|where)\b)"
    return re.compile(rf"^{opening}(?P<party>(?:\S+\s+){{0,5}}?\S+)\s+{re.escape(last)}$", re.I)


@dataclass(frozen=True, eq=False)
class Lexicon(TitleWords):
    """Codes, duty verbs and cue words, looked up by their (case-folded) text (the word sets:
    ``LexiconWords``). A lexicon is loaded once and never changes: it is hashed by identity, so
    answers computed from it can be kept per lexicon (``functools.lru_cache`` keyed on it)."""

    def subject_noun_end(self, text: str) -> int:
        """How many characters of ``text`` are subject nouns, joined by "and" / "or" ("support
        and engineering teams " -> all of it); 0 when it does not start with one."""
        end = 0
        while True:
            joined = re.match(r"(?:and|or|&)\s+", text[end:], re.I) if end else None
            start = end + (joined.end() if joined else 0)
            word = next(
                (
                    m
                    for n in (3, 2, 1)
                    if (m := re.match(rf"((?:[\w-]+\s+){{{n}}})", text[start:]))
                    and (_fold(m.group(1)) in self.subject_nouns or (n == 1 and self._people(m[1])))
                ),
                None,
            )
            if word is None:
                return end
            end = start + word.end()

    def _people(self, word: str) -> bool:
        """A plural person noun ("members", "reviewers"): after a party, the people acting for
        it ("Core team members must …"); not one that is also a verb's third person ("The
        squad leads …", "The project lead chairs …")."""
        folded = _fold(word)
        plural = folded.endswith("s") and folded.removesuffix("s") in self.person_nouns
        return plural and self.verbs.get(folded) is None

    def name_like(self, text: str) -> bool:
        """Whether a capitalised phrase can be a proper name: not opened by a function word,
        an adverb, a participle or a duty verb ("Apply", "Regularly", "Updating", "This")."""
        words = text.split()
        if not words:
            return False
        first = words[0]
        if _BRAND_SPELLING.search(first):
            return True  # "GitLab", "1Password": a brand's own spelling
        lower = first.lower().rstrip(".,:;")
        if lower in self.subject_nouns and len(words) > 1 and self._body_noun(words[-1]):
            return True  # "Cloud Foundation", "Platform Council": a body named after its field
        stop = self.not_names | self.suggestions | self.subject_columns | self.subject_nouns
        if lower in stop or _NUMBER.fullmatch(lower):
            return False
        if len(words) == 1 and lower in self.document_nouns | self.rulebooks:
            return False  # "Terms", "Policy": the page's own text, never who wrote it
        if _ADVERB_OR_PARTICIPLE.search(lower) and len(lower) > 4:
            return False
        return not (self.verbs.get(lower) == lower and len(words) == 1)

    def read_cell(self, cell: str) -> list[Code] | None:
        """The codes a matrix cell holds ("RA*" -> R and A; "✓" -> mark; "N/A" -> none), or
        None when the cell is not made of codes (it describes a duty in words)."""
        codes = _cell_codes(self, cell)
        return None if codes is None else list(codes)

    def _whole(self, text: str) -> list[Code] | None:
        code = self.codes.get(_fold(text))
        if code is not None:
            return [code]
        letters = re.findall(r"[RACIS]", text)
        if _LETTERS.match(text) and len(set(letters)) == len(letters):
            # a code names each letter once: "SSC" or "CSC" is a name (a column's party)
            return list(dict.fromkeys(self.letters[c] for c in letters))
        parts = [p for p in _PARTS.split(text) if p]
        if len(parts) > 1:
            codes = [self.codes.get(_fold(p)) or self.letters.get(p) for p in parts]
            if all(c is not None for c in codes):
                return list(dict.fromkeys(c for c in codes if c is not None))
        return None

    def is_code(self, cell: str) -> bool:
        """True when the cell holds only codes (an empty cell is not one)."""
        found = self.read_cell(cell)
        return bool(found) or (found == [] and bool(cell.strip()))

    def offer_cell(self, cell: str) -> bool:
        """True when the cell only says that a thing is offered ("Available", "Preview",
        "Included": the code vocabulary's offered concept), no relation and no "N/A"."""
        found = self.read_cell(cell)
        return bool(found) and all(c.key == OFFERED_CODE for c in found or [])

    def is_plan_name(self, text: str) -> bool:
        """A header made of plan words and column words, one plan word at least ("Premium",
        "Enterprise tier", "Self-hosted option", "Basic plan 2"): it names an offer, not a
        party."""
        folded = _fold(_HEADER_MARKS.sub("", text))
        words = [w for w in re.split(r"[\s/()+&,]+", folded) if w and not w.isdigit()]
        plans = {token for phrase in self.plan_words for token in phrase.split()}
        planned = [w in plans or w.rstrip("s") in plans for w in words]
        columns = [self.is_subject_column(w) for w in words]
        return any(planned) and all(p or c for p, c in zip(planned, columns, strict=True))

    @staticmethod
    def without_jsx(text: str) -> str:
        """A value written as a JSX expression without its braces and quotes ({"✓"})."""
        jsx = _JSX_VALUE.match(text.strip())
        return jsx.group("inner") if jsx else text

    @staticmethod
    def without_footnotes(text: str) -> str:
        """A cell without its footnote marks ("Customer¹", "**Customer (*2)**", "AWS [1]",
        AsciiDoc's "Full ^[2]^")."""
        return _FOOTNOTES.sub("", _FOOTNOTES.sub("", text)).strip()

    def seller_phrase(self, text: str) -> bool:
        """A subject or lead-in naming what the writer sells ("This service", "Support
        includes:"): the whole text must be such a phrase."""
        return _whole_title(text) in self.seller_phrases

    def duty_noun(self, text: str) -> bool:
        """A lead-in that is only a duty noun ("Responsibilities:", "Tasks:")."""
        return _whole_title(text) in self.duty_nouns

    def duty_word(self, word: str) -> bool:
        """One word that is a duty noun, singular or plural ("responsibilities", "task",
        "Responsibility")."""
        folded = _whole_title(word)
        nouns = self.duty_nouns
        return folded in nouns or f"{folded}s" in nouns or re.sub(r"y$", "ies", folded) in nouns

    def letter_cell(self, text: str) -> bool:
        """A cell of RACI letters alone, each once, footnote marks aside ("RA", "C/I", "R*")."""
        bare = self.without_footnotes(text)
        letters = re.findall(r"[RACIS]", bare)
        return bool(_LETTERS.match(bare)) and len(set(letters)) == len(letters)

    def is_subject_column(self, text: str) -> bool:
        """A header such as "Task", "Area" or "Control": the row's subject, never a party."""
        folded = _fold(_HEADER_MARKS.sub("", text))
        singular = re.sub(r"ies$", "y", folded) if folded.endswith("ies") else folded.rstrip("s")
        known = folded in self.subject_columns or singular in self.subject_columns
        return known or _STANDARD_PART.search(folded) is not None  # "PCI DSS Requirement"

    def is_entitlement_column(self, text: str) -> bool:
        """A first header such as "Access" or "Permissions": each row is a thing a party may
        use, and a mark under a party grants it, it binds the party to nothing."""
        folded = _fold(_HEADER_MARKS.sub("", text))
        return folded in self.entitlement_columns or folded.removesuffix("s") in (
            self.entitlement_columns
        )

    def imperative(self, text: str) -> bool:
        """True when ``text`` starts with a duty verb in its base form ("Limit privileges",
        "Enable MFA"): an instruction that states a duty of whoever it addresses."""
        text = self.without_condition(text.strip())  # "If using GitHub, enable 2FA"
        adverb = _OPENING_ADVERB.match(text)  # "Regularly …", never "Apply …"
        if adverb is not None and self.verb_base(adverb.group(0).split()[0]) is None:
            text = text[adverb.end() :]
        clause_verb = _CLAUSE_VERB.match(text)
        if _NOUN_SUBJECT.match(text) and not clause_verb:
            return False  # "Patch upgrades can be deferred": a noun phrase with its own verb
        words = _WORD.findall(text[:60])
        if not words:
            return False
        if _QUOTED_OR_NUMBERED.match(text):
            return False  # '1.1 "Support Request" means …': a numbered, quoted term defined
        first = words[0].lower()
        if first in self.suggestions or first in self.prohibitions:
            return False
        if " ".join(words[:2]).lower() in self.suggestions:
            return False  # "Check out the joining page": a pointer, not a duty
        if any(idiom.match(text) for idiom in self.notices):
            return True  # "Let the steward know": an instruction to notify
        # a phrasal verb's base form is its words together ("back up", "take care of")
        return any(
            self.verb_base(phrase) == phrase
            for n in range(1, min(len(words), 3) + 1)
            if (phrase := " ".join(words[:n]).lower())
        )

    def without_condition(self, text: str) -> str:
        """``text`` without a leading condition or purpose ("If you expect high load, such as
        launches, open a ticket" -> "open a ticket"): up to the first comma, else up to the
        first comma before a duty verb in its base form."""
        if _CONDITION_START.match(text):
            for comma in re.finditer(r",\s+(?P<w>[a-z]+)\b", text[:200]):
                if self.verbs.get(comma.group("w")) == comma.group("w"):
                    return text[comma.start("w") :]
                if comma.group("w") in ("we", "they"):
                    return text[comma.start("w") :]  # "If you ask, we …": its main clause
        return _CONDITION.sub("", text)

    def optional(self, text: str) -> bool:
        """An instruction left to the reader's choice by a clause that closes it or leads it
        ("Share your screen (if you choose to).", "If you wish, invite a deputy"): no duty. A
        clause that goes on ("if you choose to leave") is a condition, not the option."""
        pattern = _option_clause(self.option_clauses)
        return pattern is not None and pattern.search(text) is not None

    def advice_heading(self, title: str) -> bool:
        """A heading of a best-practice section ("Security best practices")."""
        pattern = _any_phrase(self.advice_headings)
        return pattern is not None and pattern.search(_fold(title)) is not None

    def consequence(self, text: str) -> bool:
        """True when ``text`` is a clause whose predicate is a possible consequence ("Altering
        these groups can lead to outages"): a warning about an act, not a duty. A relative or a
        condition before the modal ("changes that can lead to …") keeps it a phrase."""
        match = _CONSEQUENCE.match(text.strip())
        if match is None:
            return False
        verb = _fold(" ".join(match.group("verb").split()))
        return verb in self.consequences

    def belief(self, verb: str) -> bool:
        """A verb of what to take to be so ("assume", "understands"): before "that" and a
        clause, no deed."""
        folded = _fold(verb)
        return folded in self.belief_verbs or folded.removesuffix("s") in self.belief_verbs

    def consequence_opening(self, label: str) -> bool:
        """True when a duty label opens with a verb of consequence other than a bare
        "cause" ("End up hosting X", "Result in outages"): what comes about, no deed."""
        words = _fold(label).split()
        return " ".join(words[:2]) in self.consequences

    def clause_only(self, text: str) -> bool:
        """True when ``text`` is only a clause of when or whether ("Before training has
        expired", "If you are working with X"): no comma, colon or modal brings a main clause
        after it, so it states no duty."""
        if _MAIN_CLAUSE.search(text):
            return False
        return self.opens_clause(text)

    def opens_clause(self, text: str) -> bool:
        """True when ``text`` opens with a word of when or whether ("When a site goes dark",
        "In case of an outage", cue-words.ttl condition and time-clause openings)."""
        words = text.strip().lower().split()
        return any(" ".join(words[:n]) in self.clause_openers for n in (1, 2, 3))

    def verb_base(self, word: str) -> str | None:
        """The base form of a duty verb form ("patches" -> "patch", "co-signs" -> "co-sign",
        "co-ordinates" -> "co-ordinate"), or None."""
        folded = word.casefold()
        base = self.verbs.get(folded)
        prefix, hyphen, rest = folded.partition("-")
        if base is None and hyphen and prefix in self.verb_prefixes and rest in self.verbs:
            return f"{prefix}-{self.verbs[rest]}"
        joined = self.verbs.get(prefix + rest) if hyphen and prefix in self.verb_prefixes else None
        if base is None and joined is not None and joined.startswith(prefix):
            return f"{prefix}-{joined[len(prefix) :]}"  # "co-ordinate": "coordinate" hyphenated
        return base

    def participle(self, word: str) -> bool:
        """Whether ``word`` is a duty verb's past participle, a prefixed one too ("re-certified",
        "co-signed")."""
        folded = word.casefold()
        prefix, hyphen, rest = folded.partition("-")
        return folded in self.participles or (
            bool(hyphen) and prefix in self.verb_prefixes and rest in self.participles
        )

    def _body_noun(self, word: str) -> bool:
        """A word that ends the name of a body or role ("Council", "Foundation", "Team")."""
        lower = word.lower().rstrip(".,:;")
        return self.person_noun(lower) or lower.removesuffix("s") in self.self_nouns

    def person_noun(self, word: str) -> bool:
        """Whether ``word`` (singular or plural) ends a role's name ("steward", "reviewers")."""
        lower = word.lower()
        return lower in self.person_nouns or lower.removesuffix("s") in self.person_nouns

    def role_name(self, name: str) -> bool:
        """Whether ``name`` is a role's name no vocabulary need know: one to four capitalised
        words ending in a person noun ("Platform Team", "Site Engineers", "Release Captain")."""
        words = name.split()
        return (
            1 <= len(words) <= 4
            and all(w[:1].isupper() for w in words)
            and self.person_noun(words[-1])
        )

    def phrase_verb(self, text: str) -> str | None:
        """The duty-verb phrase of three words or more ``text`` opens with ("is the owner of X"
        -> "is the owner of"), as written, or None."""
        pattern = _phrase_verbs(self)
        found = pattern.match(text) if pattern else None
        return found.group(0) if found else None

    def ranked(self, name: str) -> bool:
        """Whether a role's name opens with a rank prefix ("Vice President", "Sub-editor"): a
        role of its own, not the one named after the prefix."""
        first = re.match(r"([A-Za-z]+)[-\s]+[A-Za-z]", name.strip())
        return first is not None and _fold(first.group(1)) in self.rank_prefixes

    def may_rank(self, text: str) -> bool:
        """Whether ``text`` holds a rank prefix as a word before a space or hyphen (what
        ``ranked`` looks for, in any case): one scan of a text before asking of each mention in
        it."""
        pattern = _rank_words(self.rank_prefixes)
        return pattern is not None and pattern.search(text) is not None

    def third_person_base(self, word: str) -> str | None:
        """The base form of a duty verb written in the third person ("follows" -> "follow";
        "backs" -> "back", its particle left to the text), or None (not a duty verb, or not
        that form)."""
        base = self.verb_base(word)
        lower = word.lower()
        if base is None or base == lower or not lower.endswith("s"):
            return None
        return base.split(" ", 1)[0]  # "backs" -> "back": the particle is written after it


@lru_cache(maxsize=4)
def _rank_words(prefixes: frozenset[str]) -> re.Pattern[str] | None:
    """Any of the rank ``prefixes`` as a word before a space or hyphen, in any case."""
    if not prefixes:
        return None
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(prefixes)) + r")[-\s]", re.I)


@cache
def _phrase_verbs(lexicon: Lexicon) -> re.Pattern[str] | None:
    """One pattern for every duty-verb form of three words or more, longest first."""
    phrases = sorted((f for f in lexicon.verbs if len(f.split()) >= 3), key=len, reverse=True)
    if not phrases:
        return None
    return re.compile(r"(?:" + "|".join(re.escape(p) for p in phrases) + r")(?=\s)", re.I)


def _read_cell(lexicon: Lexicon, cell: str) -> list[Code] | None:
    """``Lexicon.read_cell``, computed: a cell's codes, or None for words."""
    cell = icon_words(lexicon.without_jsx(cell))
    text = _EMOJI_MODIFIERS.sub("", _FOOTNOTES.sub("", cell)).strip().strip(".").strip()
    if not text:
        return []
    found = lexicon._whole(text)
    if found is not None:
        return found
    prefix = _PREFIX.match(text)
    if prefix:
        return lexicon._whole(prefix.group("code")) or _marked_status(lexicon.codes, text)
    symbol = _SYMBOL_FIRST.match(text)
    if symbol:  # "✅ Owns", "🤝 Consults", "✅ Platform DR": the word says more than the mark
        return (
            lexicon._whole(symbol.group("words"))
            or _status(lexicon.codes, symbol.group("words"))
            or lexicon._whole(symbol.group("mark"))
        )
    return _marked_status(lexicon.codes, text)


@lru_cache(maxsize=4096)
def _cell_codes(lexicon: Lexicon, cell: str) -> tuple[Code, ...] | None:
    """``Lexicon.read_cell``'s answers, kept: a matrix repeats a few codes in every row."""
    codes = _read_cell(lexicon, cell)
    return None if codes is None else tuple(codes)


_CONSEQUENCE = Needing(
    re.compile(
        r"^(?:(?!(?:that|which|who|what|if|when|unless|whether)\b)[\w'’-]+\s+){1,6}?"
        r"(?:can|could|may|might|will|would)\s+(?:also\s+|potentially\s+|easily\s+)?"
        r"(?P<verb>\w+(?:\s+(?:to|in))?)\b",
        re.I,
    ),
    "can",
    "could",
    "may",
    "might",
    "will",
    "would",
)
"""A clause up to its modal and verb; a text without a modal has none (most duty labels)."""

_MAIN_CLAUSE = re.compile(
    r"[,;:—]|\b(?:must|should|shall|will|can|may|needs?\s+to|ha(?:s|ve)\s+to)\b", re.I
)
"""A comma, a colon or a modal after an opening clause: its main clause follows."""


def _base_of(form: str, verbs: dict[str, str]) -> str:
    """The base form of a third-person verb ("provides" -> "provide", "simplifies" ->
    "simplify"): the duty verbs' own entry, else the regular one."""
    if form in verbs:
        return verbs[form]
    return re.sub(r"ies$", "y", form) if form.endswith("ies") else re.sub(r"s$", "", form)


def _with_singulars(plurals: frozenset[str]) -> frozenset[str]:
    """Plural nouns and their singulars ("policies" -> "policy", "standards" -> "standard")."""
    singulars = {w[:-3] + "y" if w.endswith("ies") else w[:-1] for w in plurals if w.endswith("s")}
    return plurals | singulars


def _labels(graph: Graph, subject: URIRef) -> list[str]:
    return [
        str(o)
        for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
        for o in graph.objects(subject, prop)
        if isinstance(o, Literal)
    ]


def _parse(directory: Path | None, name: str) -> Graph:
    path = directory / name if directory else ontology_path(f"vocabularies/{name}")
    return Graph().parse(path, format="turtle")


@cache
def load_lexicon(directory: Path | None = None) -> Lexicon:
    """Load the three schemes (from ``directory`` or the shipped ontology/vocabularies/)."""
    codes_graph = _parse(directory, "responsibility-codes.ttl")
    codes: dict[str, Code] = {}
    letters: dict[str, Code] = {}
    for subject in sorted(set(codes_graph.subjects(SKOS.inScheme, None)), key=str):
        if not isinstance(subject, URIRef) or not str(subject).startswith(str(CODE)):
            continue
        relation = codes_graph.value(subject, SRM.impliesRelation)
        shared = codes_graph.value(subject, SRM.sharedCode)
        code = Code(
            key=str(subject)[len(str(CODE)) :],
            relation=str(relation)[len(str(SRM)) :] if relation is not None else None,
            shared=isinstance(shared, Literal) and shared.toPython() is True,
            parties=tuple(sorted(str(p) for p in codes_graph.objects(subject, SRM.impliesParty))),
        )
        for label in _labels(codes_graph, subject):
            codes.setdefault(_fold(label), code)
        notation = codes_graph.value(subject, SKOS.notation)
        if notation is not None and len(str(notation)) == 1:
            letters[str(notation)] = code
    verbs_graph = _parse(directory, "duty-verbs.ttl")
    verbs: dict[str, str] = {}
    participles: set[str] = set()
    for subject in set(verbs_graph.subjects(SKOS.prefLabel, None)):
        if not isinstance(subject, URIRef) or not str(subject).startswith(str(DUTY_VERB)):
            continue
        base = str(verbs_graph.value(subject, SKOS.prefLabel))
        for label in _labels(verbs_graph, subject):
            verbs.setdefault(label.casefold(), base)
            if label.endswith(("ed", "en", "t")) or label in {"run", "set", "met", "made", "paid"}:
                participles.add(label.casefold())
    cues = _parse(directory, "cue-words.ttl")

    def words(key: str) -> frozenset[str]:
        return frozenset(_fold(label) for label in _labels(cues, CUE[key]))

    def bases(key: str) -> frozenset[str]:
        """The base forms of a concept's verbs ("requires" -> "require")."""
        return frozenset(_base_of(form, verbs) for form in words(key))

    return Lexicon(
        codes=codes,
        letters=letters,
        verbs=verbs,
        participles=frozenset(participles),
        subject_columns=words("subject-column"),
        label_columns=words("label-column"),
        entitlement_columns=words("entitlement-column"),
        duty_nouns=words("duty-noun"),
        suggestions=words("suggestion-verb"),
        # a connective, a condition or time word or a routine adverb ("Regularly …") is no name
        not_names=words("not-a-name")
        | words("theme-noun")
        | words("connective")
        | words("condition-word")
        | words("time-clause-opening")
        | words("routine-adverb")
        | words("unattended-adverb"),
        document_nouns=words("document-noun") | words("assent-noun"),
        page_parts=words("page-part-noun")
        | frozenset(w.removesuffix("s") for w in words("page-part-noun"))
        | words("document-noun"),
        advice_headings=words("advice-heading"),
        subject_nouns=words("subject-noun") | words("clipped-noun") | words("department-noun"),
        prohibitions=words("prohibition-verb"),
        forbidden_words=words("forbidden-word"),
        liability_nouns=words("liability-noun"),
        theme_nouns=words("theme-noun"),
        connectives=words("connective"),
        additive_adverbs=words("additive-adverb") | words("connective"),
        rank_prefixes=words("rank-prefix"),
        oversights=words("oversight-verb"),
        state_complements=words("state-complement"),
        causatives=words("causative-verb"),
        means_verbs=words("means-verb"),
        feature_verbs=words("feature-verb"),
        reminders=words("reminder-verb"),
        access_levels=words("access-level"),
        operator_nouns=words("operator-noun"),
        consequences=words("consequence-verb"),
        navigation_headings=words("navigation-heading"),
        joining_headings=words("joining-heading"),
        additive_openings=words("additive-opening"),
        performed_labels=words("performed-label"),
        state_participles=words("state-participle"),
        rules_titles=words("rules-title"),
        commitment_titles=words("commitment-title"),
        self_nouns=words("self-noun"),
        product_nouns=frozenset(label.split()[1] for label in words("product-noun")),
        belief_verbs=words("belief-verb"),
        owner_participles=frozenset(label.split()[0] for label in words("owner-participle")),
        consumed_nouns=frozenset(label.split()[-1] for label in words("consumed-noun")),
        part_nouns=words("part-noun"),
        principle_nouns=words("principle-noun"),
        deliverable_nouns=words("deliverable-noun") | words("document-noun"),
        adoption_verbs=frozenset(label.split()[0] for label in words("adoption-verb")),
        rights_headings=words("rights-heading"),
        fillers=words("filler-item"),
        feedback_headings=words("feedback-heading"),
        trouble_headings=words("trouble-heading"),
        motivation_headings=words("motivation-heading"),
        handover_verbs=words("handover-verb"),
        credits_headings=words("credits-heading") | words("roster-heading"),
        recital_headings=words("recital-heading"),
        meta_headings=words("meta-heading"),
        key_columns=words("key-column"),
        assents=bases("assent-verb"),
        disclaimers=bases("disclaimer-verb"),
        supplied_nouns=frozenset(label.split()[-1] for label in words("supplied-noun")),
        chance_adverbs=words("chance-adverb"),
        routines=words("routine-adverb") | words("unattended-adverb"),
        unattended=words("unattended-adverb"),
        schedule_units=words("schedule-unit"),
        safeguards=words("safeguard-verb"),
        settings=words("setting-participle"),
        portion_nouns=words("portion-noun"),
        achievements=words("achievement-participle"),
        sitings=words("siting-verb") | words("ownership-verb"),
        attribute_nouns=words("attribute-noun"),
        chances=words("chance-verb"),
        collective_nouns=words("collective-noun"),
        body_nouns=words("body-noun"),
        request_labels=words("request-label"),
        reply_nouns=words("reply-noun"),
        liaison_nouns=words("liaison-noun"),
        department_nouns=words("department-noun"),
        company_words=words("company-word"),
        place_columns=words("place-column"),
        place_nouns=words("place-noun"),
        clipped_nouns=words("clipped-noun"),
        clipped_words=words("clipped-word") | words("clipped-noun"),
        component_nouns=words("component-noun"),
        assent_nouns=words("assent-noun"),
        cell_qualifiers=words("cell-qualifier"),
        powers=bases("power-verb"),
        holdings=bases("holding-verb"),
        power_phrases=words("power-phrase"),
        content_verbs=words("content-verb") | words("capability-verb") | words("light-verb"),
        quality_verbs=words("quality-verb"),
        arrangements=words("arrangement-verb"),
        allotments=words("allotment-participle"),
        instruments=words("instrument-noun"),
        rulebooks=_with_singulars(words("rulebook-noun")),
        placements=words("placement-verb"),
        capabilities=bases("capability-verb"),
        opinions=bases("opinion-verb"),
        intentions=bases("intention-verb"),
        efforts=bases("effort-verb"),
        needs=bases("need-verb"),
        notices=tuple(_idiom(label) for label in sorted(words("notice-idiom"))),
        party_clauses=tuple(
            _party_clause(label) for label in sorted(words("party-clause-header")) if "..." in label
        ),
        agent_nouns=frozenset(
            label.partition("...")[2].strip() for label in words("agent-idiom") if "..." in label
        ),
        attitudes=words("attitude-adjective"),
        narrations=words("narration-verb"),
        pending_certifications=words("pending-certification"),
        light_verbs=bases("light-verb"),
        deeds=words("deed-participle"),
        sources=words("source-participle"),
        option_columns=words("option-column"),
        warnings=words("warning-noun"),
        cost_nouns=words("cost-noun"),
        seller_phrases=words("seller-phrase"),
        scope_headings=words("scope-heading"),
        exclusion_headings=words("exclusion-heading"),
        aspect_verbs=bases("aspect-verb"),
        necessities=words("necessity-adjective"),
        notice_labels=words("notice-label") | words("warning-noun"),
        sanctions=bases("sanction-verb"),
        discretions=bases("discretion-verb"),
        option_clauses=words("option-clause"),
        plan_words=words("plan-name") | words("self-run-option"),
        self_run_options=words("self-run-option"),
        inheritance_columns=words("inheritance-column"),
        comparisons=words("comparison-phrase"),
        conditions=words("condition-word"),
        clause_openers=words("condition-word") | words("time-clause-opening"),
        aspirations=words("aspiration-phrase"),
        sharings=words("sharing-phrase"),
        duty_labels=words("duty-label") | words("duty-noun"),
        presentations=tuple(sorted(f"{w} " for w in words("presentation-phrase"))),
        access_verbs=bases("access-verb"),
        declarations=bases("declaration-verb"),
        ownership_verbs=bases("ownership-verb") | bases("light-verb"),
        person_nouns=words("person-noun")
        | words("liaison-noun")
        | words("clipped-noun")
        | frozenset(w for w in words("subject-noun") if _PERSON_ENDING.search(w)),
        verb_prefixes=words("verb-prefix"),
    )
