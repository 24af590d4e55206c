"""Questions about headings, titles and labels, and about the page itself ("Terms of Service",
"This section describes …"): the base of ``Lexicon`` (lexicon.py), asked of the word sets of
``LexiconWords``."""

from __future__ import annotations

import re

from .lexicon_words import LexiconWords

__all__ = ["TitleWords", "fold", "whole_title"]

_SEPARATORS = re.compile(r"[\s\-_]+")
_DENYING_TITLE = re.compile(
    r"\b(?:doesn['’]t|does\s+not|don['’]t|do\s+not|won['’]t|will\s+not|isn['’]t|is\s+not|"
    r"aren['’]t|are\s+not)\s+(?:cover|provide|include|support|handle|manage|offer|do)|"
    r"^(?:what(?:['’]s|\s+is)\s+)?not\s+(?:covered|included|supported|provided|offered)\b",
    re.I,
)
"""A heading that denies its subject's part ("What the team doesn't cover", "Not included")."""
_PAGE_PART = re.compile(
    r"^(?P<pointer>(?:please\s+)?(?:review|see|read|consult|refer\s+to)\s+)?"
    r"(?:this|these|the\s+(?:following|above|below)|the)\s+"
    r"(?P<words>[\w-]+(?:\s+[\w-]+){0,3})(?:\s+(?P<next>[\w-]+))?",
    re.I,
)
"""An opening naming a part of the page ("This section …", "The following table …")."""
_FURTHER_READING = re.compile(
    r"^(?:for\s+(?:more\s+|further\s+)?(?:information|details)\b[^.]*?,\s*see\b|see\s+also\b)",
    re.I,
)
"""A pointer to further reading ("For more information about X, see Y")."""
_LEARN_ABOUT = re.compile(
    r"^(?:learn|find\s+out|read)\s+(?:more\s+)?(?:about|how|what|which|when|why)\b", re.I
)
"""The page telling the reader what they will learn ("Learn about the responsibilities that
you have when you use X")."""


def fold(text: str) -> str:
    """A phrase folded for look-up: case, and runs of spaces, hyphens and underscores."""
    if "-" not in text and "_" not in text:  # spaces only: str.split's are the regex's \s
        return " ".join(text.split()).casefold()
    return _SEPARATORS.sub(" ", text).strip().casefold()


def whole_title(title: str) -> str:
    """A heading folded for a whole-title look-up: punctuation dropped ("What's next?")."""
    return fold(re.sub(r"[^\w\s'-]+", " ", title.replace("\u2019", "'")))


class TitleWords(LexiconWords):
    """What a heading, a page title or a label says: a section of advice, of links, of duties,
    of rights; a set of rules for the reader; the page describing itself."""

    def navigation_heading(self, title: str) -> bool:
        """A heading of a section of links to other pages ("What's next", "Related content"):
        its lists name pages to read, not duties. The whole title must be such a phrase."""
        return whole_title(title) in self.navigation_headings

    def duty_title(self, title: str) -> bool:
        """A heading that names duties ("Responsibilities", "Customer duties", "Scope of
        work")."""
        return title.strip().lower() in self.duty_nouns or bool(
            set(re.findall(r"[a-z]+", title.lower())) & self.duty_nouns
        )

    def scope_heading(self, title: str) -> bool:
        """A charter's "In scope" heading: the whole title must be such a phrase."""
        return whole_title(title) in self.scope_headings

    def exclusion_heading(self, title: str) -> bool:
        """An "Out of scope" heading (the whole title must be such a phrase), or one that
        denies its subject's part ("What the Acme team doesn't cover", "Not included")."""
        return whole_title(title) in self.exclusion_headings or bool(_DENYING_TITLE.search(title))

    def key_column(self, header: str) -> bool:
        """A header of a key's meaning column ("Meaning", cue:key-column): its table defines
        the page's words and assigns no duty."""
        return whole_title(header) in self.key_columns

    def topic_heading(self, title: str) -> bool:
        """A heading that names a topic of work ("Service availability", "Encryption"): not
        one about the page ("Overview", "Notes"), a column word, links, advice or recitals."""
        whole = whole_title(title)
        return not (
            whole in self.meta_headings
            or whole in self.document_nouns
            or whole in self.navigation_headings
            or whole in self.recital_headings
            or whole in self.subject_columns
            or whole.rstrip("s") in self.subject_columns
        )

    def recital_heading(self, title: str) -> bool:
        """A heading of an agreement's recitals ("Background", "Recitals"): what its parties do
        and why they agree, said as context, no duty. The whole title must be such a word."""
        return whole_title(title) in self.recital_headings

    def credits_heading(self, title: str) -> bool:
        """A heading of a section that credits the page's writers ("Contributors", "Authors") or
        lists a body's members ("Current members"): the whole title must be such a phrase."""
        return whole_title(title) in self.credits_headings

    def filler(self, text: str) -> bool:
        """A list item that only says the list goes on ("etc.", "And so on", "…"): no duty."""
        folded = whole_title(text)
        return not folded or folded in self.fillers

    def rights_heading(self, title: str) -> bool:
        """A role's section over what it may do ("### Rights"): the whole title."""
        return whole_title(title) in self.rights_headings

    def joining_heading(self, title: str) -> bool:
        """A heading over how one comes to hold a role ("Becoming a maintainer"): it opens with
        such a phrase and names the role after it."""
        folded = whole_title(title)
        return any(folded.startswith(f"{p} ") for p in self.joining_headings)

    def rules_title(self, title: str) -> bool:
        """A page title naming a set of rules for the reader ("Acceptable Use Policy")."""
        folded = whole_title(title)
        return any(re.search(rf"\b{re.escape(p)}\b", folded) for p in self.rules_titles)

    def commitment_title(self, title: str) -> bool:
        """A page title naming a provider's commitments ("Service Level Agreement")."""
        folded = whole_title(title)
        return any(re.search(rf"\b{re.escape(p)}\b", folded) for p in self.commitment_titles)

    def request_label(self, label: str) -> bool:
        """A run-in label of what the reader must give ("What we need from you:")."""
        return whole_title(label) in self.request_labels

    def performed_label(self, text: str) -> bool:
        """A whole label over what the page's provider does ("Services Performed:")."""
        return whole_title(text.rstrip(": ")) in self.performed_labels

    def additive_opening(self, text: str) -> bool:
        """A lead-in that opens with what its list comes on top of ("In addition to the
        reviewer duties:"): the party it names there holds those other duties, not the list's."""
        folded = fold(text)
        return any(folded.startswith(f"{p} ") for p in self.additive_openings)

    def trouble_heading(self, title: str) -> bool:
        """A heading over what goes wrong ("What goes wrong without clear boundaries",
        "Anti-patterns"): it is such a phrase or opens with one."""
        folded = whole_title(title)
        return any(folded == p or folded.startswith(f"{p} ") for p in self.trouble_headings)

    def motivation_heading(self, title: str) -> bool:
        """A heading over why a role or practice exists ("Why have one?"): it is such a phrase
        or opens with one."""
        folded = whole_title(title)
        return any(folded == p or folded.startswith(f"{p} ") for p in self.motivation_headings)

    def feedback_heading(self, title: str) -> bool:
        """A heading of a section about the page itself ("Feedback", "Was this page helpful?"):
        nothing in it is a duty. The whole title must be such a phrase."""
        return whole_title(title) in self.feedback_headings

    def describes_page(self, text: str) -> bool:
        """ "This section describes …", "The following table details …", "Review the following
        sections for …", "For more information, see …", "Learn about …": the page telling what
        it holds."""
        if _FURTHER_READING.match(text) or _LEARN_ABOUT.match(text):
            return True
        opening = _PAGE_PART.match(text)
        if opening is None:
            return False
        words = [*opening.group("words").lower().split(), (opening.group("next") or "").lower()]
        for i, word in enumerate(words[:4]):
            if word in self.page_parts:
                after = next((w for w in words[i + 1 :] if w not in {"below", "above"}), "")
                # "This section describes …", "Review the following sections for …"
                if (
                    opening.group("pointer")
                    or after in {"is", "are"}
                    or (after.endswith("s") and not after.endswith("ss") and len(after) > 3)
                ):
                    return True
        return False

    def points_elsewhere(self, phrase: str) -> bool:
        """ "Review the reliability guide", "read the article": reading matter, not a duty."""
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", phrase)}
        return bool(words & self.document_nouns)
