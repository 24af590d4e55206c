"""The forms a sentence takes before the relation rules read it: "X handles: A, B" (a colon
between a party's verb and its objects), "Please ensure that you X" (the reader's own "you X"),
"Project and Group leaders" (two roles sharing one noun) and "Once we have tested X, we …" (a
deed done before the main clause). The base of ``ProseReader`` (graph/extract/prose.py).
"""

from __future__ import annotations

import re

from ..text import Needing
from .clauses import PERSON_SUBJECT
from .parties import PartyResolver
from .sentence_cases import SentenceCases

__all__ = ["SentenceForms", "condition_ended"]

_WILLING = re.compile(
    r"\bwill\s+(?:always\s+)?be\s+(?:more\s+than\s+|very\s+|always\s+)?(?P<adj>[a-z]+)\s+to\s+"
    r"(?=[a-z]+\s)",
    re.I,
)
"""A promise made as a willingness ("The team will be glad to answer X"): what it will do."""
_HELP_OFFERED = re.compile(
    r"(?:help|assist)\b(?!\s+(?:you\s+)?(?:to\s+)?[a-z]+\s+(?:the|your)\b)", re.I
)
"""What a willingness offers when it is help ("will be glad to help with questions"): an
offer to the reader, no duty (not "will be glad to help you migrate the data")."""
_GENERIC_READER = re.compile(
    r"(?:^|,\s+|\b(?:therefore|so|thus)\s+)(?P<who>one\s+(?=(?:should|must|needs\s+to|has\s+to)\s)"
    r"|(?P<forget>(?:please\s+)?(?:don['’]t|do\s+not)\s+forget\s+to\s))",
    re.I,
)
"""The generic reader ("Therefore one should avoid X") and a reminder ("Before going live,
don't forget to X"): what the page tells its reader to do."""
_TOLD_YOU = Needing(
    re.compile(
        r"^(?:(?:as|like|to|for|if|when|once)\s[^,;:]{2,60},\s+)?"
        r"(?:(?:please|additionally|also|so),?\s+)?"
        r"(?P<verb>[a-z]+(?:\s+[a-z]+){0,2}?)\s+(?:that\s+)?(?=you\s)",
        re.I,
    ),
    "you",
)
"""An instruction to see to it that "you" act ("Please ensure that you …", "Make sure you …",
after a condition: "If you run X, please make sure that you …")."""
_SURE_TO = Needing(
    re.compile(
        r"^(?:(?:please|always),?\s+)*(?:be|make)\s+sure\s+to\s+(?P<deed>[a-z].*)$", re.I | re.S
    ),
    "sure",
)
"""``(Always) be sure to X``, ``Make sure to X``: an instruction to the reader, "you must X"."""

_SHARED_HEAD = Needing(
    re.compile(
        r"\b(?!(?:of|for|by|to|with|the|all|both|and|or)\s)(?P<a>[A-Za-z][a-z]+)\s+and\s+"
        r"(?P<b>(?:[A-Za-z][a-z]+\s+){1,2}?)(?P<head>[a-z]+s)\b(?=\s+(?:to|must|shall|should|will|are)\b)",
        re.I,
    ),
    " and ",
)
"""Two modifiers sharing one plural role noun ("Project and Research Group leaders must …",
"It is the responsibility of team and site leads to …"): each is its own role."""

_CONDITION_OPENING = re.compile(r"(?:where|wherever|if|when|whenever|unless|once)\s", re.I)
_MAIN_AFTER_PARTY = re.compile(
    r"\s+(?:(?:is|are)\s+(?:also\s+|solely\s+|then\s+)?(?:responsible|accountable)\s+for\b"
    r"|(?:will|must|shall|should)\s+(?!be\b|have\b)[a-z]+\s)",
    re.I,
)
"""What follows the subject of a main clause of duty ("… is responsible for", "… must X")."""


def condition_ended(parties: PartyResolver, text: str) -> str:
    """``text`` with a comma where a leading condition written without one ends before a named
    party's duty ("Where the tenant does not set a limit Acme is responsible for choosing
    it"): the main clause, and the condition's negation no denial of it."""
    opening = _CONDITION_OPENING.match(text)
    if opening is None or re.search(r"[,;:]", text[: min(len(text), 160)]):
        return text
    for mention in parties.mentions(text[:160], ("org", "role")):
        before = text[opening.end() : mention.start]
        if len(before.split()) >= 2 and _MAIN_AFTER_PARTY.match(text, mention.end):
            return f"{text[: mention.start].rstrip()}, {text[mention.start :]}"
    return text


_VERB_COLON = Needing(
    re.compile(r"^(?P<head>(?:[\w'’-]+\s+){1,4}?(?P<verb>[a-z]+)):\s+(?=\S)"), ":"
)
"""``The provider handles: A, B, C``: a colon between a verb and its objects, no lead-in."""
_FOLLOWING_COLON = Needing(
    re.compile(
        r"^(?P<head>(?:[\w'’-]+\s+){1,4}?(?P<verb>[a-z]+))\s+the\s+following"
        r"(?:\s+(?:types?|kinds?|sorts?)\s+of)?(?:\s+[a-z-]+){0,2}:\s+(?=\S)",
        re.I,
    ),
    ":",
)
"""``Nimbus offers the following kinds of repairs: A, B, C``: the verb's objects after
the colon, as without the announcement."""

_DONE_FIRST = re.compile(
    r"^[A-Za-z]+\s+(?P<subj>[Ww]e|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:has|have)\s+"
    r"(?P<verb>[a-z]+ed)\s+(?P<rest>(?:the|a|an|your|our|its|their|each|every|all)\s+.+)$",
    re.S,
)
"""A condition in the perfect ("Once we have tested the VM"): a deed done before the main
clause."""

_FORBIDDEN_DEED = re.compile(
    r"^(?:the\s+(?P<noun>[a-z]+ing)\s+of|(?P<ving>[a-z]+ing))\s+(?P<what>\S.{2,400}?),?\s+"
    r"(?:is|are)\s+(?:(?:strictly|expressly|also|hereby)\s+)?(?P<word>not\s+[a-z]+|[a-z]+)"
    r"(?P<where>\s+(?:on|in|within|across|from)\s+[^,;:.]{1,60})?\.?$",
    re.I,
)
"""A deed called forbidden ("Storing card numbers is prohibited", "The processing of health
data is not permitted on the platform"): the page's users must not do it."""


class SentenceForms(SentenceCases):
    """Rewrites of one sentence into the form the relation rules read."""

    def _colon_objects(self, text: str) -> str:
        """ "The provider handles: A, B, C" without its colon, when a party's duty verb is what
        the colon parts from its objects."""
        colon = _FOLLOWING_COLON.match(text) or _VERB_COLON.match(text)
        if colon is None or not self._verb_before_colon(colon.group("head"), colon.group("verb")):
            return text
        rest = re.sub(r"^(?:The|An?)\b", lambda m: m[0].lower(), text[colon.end() :])
        return colon.group("head") + " " + rest

    def _verb_before_colon(self, head: str, verb: str) -> bool:
        """Whether ``head`` ends in a party's duty verb ("The provider handles", "You still
        handle") that a colon parts from its objects."""
        lexicon = self.state.lexicon
        subject = re.sub(r"(?:\s+(?:still|also|always|usually|only|[a-z]+ly))*\s+[a-z]+$", "", head)
        if PERSON_SUBJECT.match(head):
            return lexicon.imperative(verb)
        article = re.match(r"the\s+", subject, re.I)
        first = article.end() if article else 0
        named = any(
            m.start == first and m.end == len(subject)
            for m in self.parties.mentions(subject, ("org", "role"))
        )  # (a party and its verb only: "Nimbus provides the tools: A, B" is no such colon)
        return named and verb.endswith("s") and lexicon.third_person_base(verb) is not None

    def _shared_head(self, text: str) -> str:
        """ "A and B leaders" as "A leaders and B leaders" when the plural is a person noun
        and neither modifier is a party or a plural of its own."""
        shared = _SHARED_HEAD.search(text)
        if shared is None:
            return text
        lexicon, first = self.state.lexicon, shared.group("a")
        if (
            not lexicon.person_noun(shared.group("head"))
            or re.search(r"[^s]s$", first.lower())  # "customers and site teams": two subjects
            or lexicon.person_noun(first)
            or self.parties.mentions(first, ("org", "role"))
        ):
            return text
        both = f"{first} {shared.group('head')} and {shared.group('b')}{shared.group('head')}"
        return text[: shared.start()] + both + text[shared.end() :]

    def _assured(self, text: str) -> str:
        """ "(Please) ensure that you X", "Make sure you X" (a verb of oversight, cue-words.ttl,
        told to the reader about the reader): the reader's own "you X"; "will be glad to X" is
        "will X" (a willingness, promised); "one should X" and
        "Don't forget to X" say "you should X" and "you must X" to a reader the page calls
        "you"."""
        willing = _WILLING.search(text)
        if (
            willing
            and willing.group("adj").lower() in self.state.lexicon.attitudes
            and not _HELP_OFFERED.match(text[willing.end() :])
        ):
            text = f"{text[: willing.start()]}will {text[willing.end() :]}"  # "will be glad to"
        generic = _GENERIC_READER.search(text)
        if generic and re.search(r"\byou\b", self.state.doc.text, re.I):
            said = "you must " if generic.group("forget") else "you "
            return f"{text[: generic.start('who')]}{said}{text[generic.end('who') :]}"
        sure = _SURE_TO.match(text)
        if sure and re.search(r"\byou\b", self.state.doc.text, re.I):
            return f"you must {sure['deed']}"  # "Be sure to provide the logs"
        told = _TOLD_YOU.match(text)
        verb = " ".join(told["verb"].lower().split()) if told else ""
        if told is None or verb not in self.state.lexicon.oversights | self.state.lexicon.reminders:
            return text
        said = text[told.end("verb") :].lstrip().removeprefix("that ")
        if verb in self.state.lexicon.oversights:  # "ensure that you only install X": a duty,
            said = re.sub(r"^you\s+only\s", "you must only ", said, flags=re.I)  # no limit
            # "…, and that they are kept up to date": a second clause the reader ensures
            said = re.sub(r",?\s+and\s+that\s+", f", and {verb} that ", said, count=1)
        return said

    def _done_first(self, condition: str, main: str) -> str:
        """A condition whose subject has done a duty verb's deed ("Once we have tested the
        VM") before a main clause of the same subject ("we will ask …"): that deed is the
        subject's duty too, as "<subject> will <verb> …"; else ""."""
        done = _DONE_FIRST.match(condition)
        if done is None or not main.lower().startswith(f"{done.group('subj').lower()} "):
            return ""
        base = self.state.lexicon.verb_base(done.group("verb").lower())
        if base is None or base == done.group("verb").lower():
            return ""
        return f"{done.group('subj')} will {base} {done.group('rest')}"

    def _forbidden_deed(self, text: str) -> str:
        """ "Storing X is prohibited" (a duty verb's gerund, or "The processing of X", called
        forbidden by a word of cue-words.ttl) as "Users must not store X": a prohibition the
        page lays on its users."""
        deed = _FORBIDDEN_DEED.match(text)
        if deed is None:
            return text
        lexicon = self.state.lexicon
        word = " ".join(deed.group("word").lower().split())
        base = lexicon.verb_base(deed.group("noun") or deed.group("ving"))
        if word not in lexicon.forbidden_words or base is None:
            return text
        return f"Users must not {base} {deed.group('what')}{deed.group('where') or ''}."
