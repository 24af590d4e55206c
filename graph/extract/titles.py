"""Bold-titled list items under a party's heading: "**Daily snapshots** - Acme takes a snapshot
every day" names its duty in the title; the text explains it, and a clause of the text whose
subject is another party ("…, but you have to set up alerting") is that party's duty."""

from __future__ import annotations

import re

from ..document import ListItem
from ..facts import Ref, Span
from ..text import plain, sentences
from .cues import RESPONSIBLE_WORD, expand
from .labels import trim
from .readers import BlockReader
from .state import Context

__all__ = ["THEY", "VERBISH", "TitleItems"]

_BUT_CLAUSE = re.compile(r",?\s+but\s+(?=\w)", re.I)
"""``…, but you have to …``: a clause that may name another party."""
_CONDITION = re.compile(r"^(?:if|when|once|after|before|where|unless)\b[^,]{0,160},\s*", re.I)
_ARTICLE_START = re.compile(r"^(?:the|a|an)\s+", re.I)
THEY = re.compile(r"^\s*They\s+(?=[a-z])")
"""A sentence whose subject is the item's bold term ("They load the containers")."""
VERBISH = re.compile(r"\b(?:is|are|must|should|will|can|may)\b", re.I)
"""A verb that makes a short text a statement rather than a title."""


class TitleItems(BlockReader):
    """Reads list items whose bold title is the duty."""

    def names_duty(self, term: str, rest: str, party: Ref, span: Span, ctx: Context) -> bool:
        """A bold title that names a duty ("**Scaling storage**", "**Daily snapshots**") over a
        dash (a definition; "**X**:" runs into a statement) and sentences that explain it, in
        a list under a party's heading; not a bold sentence or party name, nor a title the
        text hands on ("**Data** - You are responsible …")."""
        words = plain(term).split()
        if not (ctx.named_by_heading and ctx.party == party) or not 0 < len(words) <= 8:
            return False
        if re.search(r"[.?!;:]", term) or VERBISH.search(term) or RESPONSIBLE_WORD.search(rest):
            return False
        named = self.parties.mentions(expand(plain(term)), ("org", "role"))
        if named and named[0].start == 0:  # "**Customer** - …": a party, not a duty
            return False
        return len(list(sentences(rest))) >= 1

    def explained(
        self, item: ListItem, bold: re.Match[str], party: Ref, span: Span, ctx: Context
    ) -> None:
        """The title as the party's duty; a clause of the explanation whose subject is
        another party ("…, but you have to set up alerting") is that party's duty."""
        term = plain(bold.group("term")).strip()
        description = expand(plain(item.text))
        duty = self.records.duty(party, trim(term), description, span)
        if duty is not None:
            self.state.last_duty = (party, duty, trim(term))
        rest = bold.group("rest")
        for start, end in sentences(rest):
            for clause in _BUT_CLAUSE.split(rest[start:end]):
                subject = self._clause_party(expand(plain(clause)), span, ctx)
                if subject is not None and subject != party:
                    sub = Context(ctx.section, subject, ctx.models, ctx.open_subjects)
                    self.prose.statement(clause.strip().rstrip(",") + ".", span, sub, in_item=False)

    def _clause_party(self, clause: str, span: Span, ctx: Context) -> Ref | None:
        """The party a clause opens with, after a condition ("If X, you'll have to …")."""
        body = _CONDITION.sub("", clause.strip())
        found = self.parties.mentions(body, ("org", "role"))
        if not found or _ARTICLE_START.sub("", body[: found[0].start]).strip():
            return None
        return self.parties.resolve_party(found[0].text, span)

    def they_the_role(self, term: str, said: str, span: Span) -> str:
        """ "**Dock Team**: Yard staff. They load the containers": a bold term that names a
        role (its last word a person noun: "team", "officer") is the "they" of its
        item's sentences, so it becomes a party, even one no vocabulary knows."""
        name = " ".join(plain(term).split()).rstrip(":")
        words = name.split()
        they = THEY.match(said)
        lexicon = self.state.lexicon
        if they is None or not 1 < len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return said
        last = words[-1].lower()
        if last not in lexicon.person_nouns and last.rstrip("s") not in lexicon.person_nouns:
            return said
        if self.parties.resolve_party(name, span, force=True) is None:
            return said
        return f"{name} {said[they.end() :]}"
