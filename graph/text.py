"""Text helpers shared by the stages: Markdown-to-plain, sentences, slugs, clause trimming."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

__all__ = ["Needing", "plain", "sentences", "slugify", "split_top_level", "without_leading_marks"]


_LEADING_MARKS = re.compile(r"^[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+\s*(?=\w)")
"""Pictographs before a text's first word (check marks, arrows, emoji)."""


def without_leading_marks(text: str) -> str:
    """``text`` without the pictographs that open it ("✅ Nightly copies", "📅 Two sides"); a
    text of marks alone stays as it is."""
    return _LEADING_MARKS.sub("", text)


_LOWERED = ("", "")
"""The text ``Needing.possible`` saw last, and its lower case."""


class Needing:
    """A compiled pattern that only matches a text holding one of ``words`` (lower case): an
    ASCII text without any of them is answered ``None`` at once, without running the regex.
    Sound when every match holds one of the words literally (a case-insensitive pattern
    matches an ASCII text's letters only as their ASCII case variants; other texts always
    run the regex)."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: re.Pattern[str], *words: str) -> None:
        self.pattern = pattern
        self.words = words

    def possible(self, text: str) -> bool:
        """Whether ``text`` may hold a match (the last text's lower case is kept: several
        patterns are tried on one sentence in a row)."""
        global _LOWERED
        if not text.isascii():
            return True
        last = _LOWERED  # one tuple, read and replaced whole: never a text with another's case
        if last[0] == text:
            lower = last[1]
        else:
            lower = text.lower()
            _LOWERED = (text, lower)
        for word in self.words:  # noqa: SIM110 (a loop: half the cost of any() and its generator)
            if word in lower:
                return True
        return False

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text) if self.possible(text) else None

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.pattern.search(text, pos) if self.possible(text) else None

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(repl, text) if self.possible(text) else text

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.possible(text) else iter(())


_ABBREVIATIONS = {
    "e.g",
    "i.e",
    "etc",
    "vs",
    "inc",
    "ltd",
    "co",
    "corp",
    "no",
    "approx",
    "fig",
    "u.s",
}


_URL = r"\((?:[^()]|\([^()]*\))*\)"
"""A link destination: parentheses nested one level. The bracket and brace classes below
exclude their own opener, so a run of ``[`` / ``![`` / ``<`` / ``{{`` without a closer is
scanned once, not once per opener (linear, not quadratic, in hostile input)."""
_IMAGE = re.compile(r"!\[[^\[\]]*\]" + _URL)
_FOOTNOTE_REFERENCE = re.compile(
    r"\[\^[^\[\]\s]{1,40}\]|<sup>\s*(?:\d{1,3}|[*†‡§]{1,3}|[a-z])\s*</sup>", re.I
)
"""A footnote's mark in the text (``[^3]``, ``[^similar-models]``, ``<sup>1</sup>``): no word
of it (a superscript that is more, ``m<sup>2</sup>`` aside, is rare in a duty)."""
_LINK = re.compile(r"\[([^\[\]]*)\]" + _URL)
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
"""Characters of no width: no part of a word."""
_REFERENCE = re.compile(r"\[([^\[\]]*)\]\[[^\[\]]*\]")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_VARIABLE = re.compile(r"\{\{[^{}]*\}\}")
_EMPHASIS_STAR = re.compile(r"(?<![\w*])\*(?!\s)((?:[^*]|(?<=\w)\*(?=\w))+?)(?<!\s)\*(?![\w*])")
_EMPHASIS_UNDERSCORE = re.compile(r"(?<![\w_])_(?!\s)((?:[^_]|(?<=\w)_(?=\w))+?)(?<!\s)_(?![\w_])")
"""``*text*`` / ``_text_``: the text holds the marker only inside a word (``snake_case``), so
a run of openers without closers (``*a *a *a``) is not rescanned from each one."""


_SENTENCE_BREAK = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?]\*\*)|(?<=[.!?]__)|(?<=[.!?]\*))"
    r"[\"'”’)]*\s+(?:\|\s+)?(?=[\[*_(\"“‘`A-Z0-9]|(?:e\.g|i\.e)\.\s"
    r"|[a-z][\w-]*\s+(?:will|shall|must|may|should)\s)"
    r"|(?<=,)\s+(?=(?:so|and)\s+please\s+[a-z])"  # "…, so please be mindful of X": a request
)
"""A sentence ends before a capital, a digit or markup, an opening "e.g." / "i.e.", or a name
written in lower case before a modal ("… maintenance. dxw will …"); its
closing emphasis stays with it ("**Who patches the hosts?** You do."); a cell separator after
it ("… every hour. | You are …", a table row a list broke out of its table) goes with the
break."""
_ONE_LETTER = re.compile(r"[a-z]")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


_BREAK = re.compile(r"<br\s*/?>", re.I)
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_CODE = re.compile(r"`+([^`]*)`+")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|><])")
_SHIELD = {c: chr(0xE000 + i) for i, c in enumerate("\\`*_{}[]()#+-.!|><")}
"""Escaped characters stand in for themselves while ``plain`` strips markup (private-use
code points no markup pattern matches), so an escaped star never closes bold text."""
_UNSHIELD = str.maketrans({v: k for k, v in _SHIELD.items()})
_MARKUP = re.compile(r"[\[<{*_`\\]")
"""A character some pattern of ``plain`` starts with: text without one is only spaced."""


_DOUBLED = re.compile(
    r"\b(the|an|our|your|their|its|his|her|my|this|these|those|to|of|for|with|by|at|from)"
    r"\s+\1\b",
    re.I,
)
"""A determiner or preposition typed twice ("of our our platforms", "to the the team"): a typo
English never needs (unlike "that that" or "had had"), read as the one word."""


_MISSPELT = re.compile(r"\b([Rr]espons)a(b(?:le|ly|ility|ilities))\b")
"""The responsibility words as writers of French, Spanish or Italian often spell them
("responsability", "responsable")."""


def _undoubled(text: str) -> str:
    if "sab" in text:
        text = _MISSPELT.sub(r"\1i\2", text)
    return _DOUBLED.sub(r"\1", text) if _DOUBLED.search(text) else text


@lru_cache(maxsize=4096)
def plain(raw: str) -> str:
    """Inline Markdown/HTML -> plain text on one line (links keep their text, images go; a
    function word typed twice once, "responsability" spelled right)."""
    if "\u200b" in raw or "\ufeff" in raw:
        raw = raw.translate(ZERO_WIDTH)  # an anchor link's empty text, a byte-order mark
    if not _MARKUP.search(raw):  # clean text (most of it): no pattern below can match
        return _undoubled(" ".join(raw.split()))
    text = _IMAGE.sub("", raw)
    if "\\" in text:  # "\*\*" is two literal stars, never an emphasis marker
        text = _ESCAPED.sub(lambda m: _SHIELD[m.group(1)], text)
    text = _FOOTNOTE_REFERENCE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REFERENCE.sub(r"\1", text)
    text = _BREAK.sub(" ", text)
    text = _TAG.sub("", text)
    text = _VARIABLE.sub("", text)
    text = _STRONG.sub(r"\2", text)
    text = _EMPHASIS_STAR.sub(r"\1", text)
    text = _EMPHASIS_UNDERSCORE.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _ESCAPED.sub(r"\1", text).translate(_UNSHIELD)
    return _undoubled(" ".join(text.split()))


def sentences(raw: str) -> Iterator[tuple[int, int]]:
    """Character ranges of the sentences of a raw paragraph."""
    return iter(_sentences(raw))


@lru_cache(maxsize=4096)
def _sentences(raw: str) -> tuple[tuple[int, int], ...]:
    """The ranges, kept: the readers split the same list item or paragraph several times."""
    return tuple(_split_sentences(raw))


def _split_sentences(raw: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _SENTENCE_BREAK.finditer(raw):
        before = raw[start : match.start()].rstrip(".!?\"'”’)*_")
        last_word = before.split()[-1].lower().lstrip("([\"'“‘") if before.split() else ""
        answer = last_word == "no" and not raw[match.end() : match.end() + 1].isdigit()
        if (last_word in _ABBREVIATIONS or _ONE_LETTER.fullmatch(last_word)) and not answer:
            continue  # "No. 5" abbreviates "number"; "No. Builders should …" answers
        if raw[start : match.start()].strip():
            yield (start, match.start())
        start = match.end()
    if raw[start:].strip():
        yield (start, len(raw.rstrip()))


def split_top_level(text: str, separator: str) -> list[str]:
    """Split on a regex ``separator`` only outside parentheses and brackets, where a
    left-to-right scan tries it: at each character outside them that is not a bracket, an
    empty match splitting nothing. The regex's own search finds the next such place (its
    answer kept while it lies ahead, so a text of many brackets stays linear)."""
    parts: list[str] = []
    depth = 0
    last = 0
    pattern = re.compile(separator)
    size = len(text)
    ahead: re.Match[str] | None = None  # the first non-empty match at or after `since`
    since = -1
    bracket = _BRACKET.search(text)  # the next bracket at or after i
    i = 0
    while i < size:
        if bracket is not None and bracket.start() < i:
            bracket = _BRACKET.search(text, i)
        stop = bracket.start() if bracket else size
        if depth == 0:
            if since < 0 or since > i or (ahead is not None and ahead.start() < i):
                since, ahead = i, pattern.search(text, i)
                while ahead is not None and ahead.end() == ahead.start():
                    at = ahead.start() + 1  # past the text's end: no place is left to try
                    ahead = pattern.search(text, at) if at < size else None
            if ahead is not None and ahead.start() < stop:
                parts.append(text[last : ahead.start()])
                last = i = ahead.end()
                continue
        if bracket is None:
            break
        depth = depth + 1 if bracket.group() in "([{" else max(0, depth - 1)
        i = stop + 1
    parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


_BRACKET = re.compile(r"[()\[\]{}]")
"""An opening or closing bracket: what ``split_top_level`` counts."""


def slugify(text: str, *, max_length: int = 60) -> str:
    """Lowercase ASCII hyphen slug, safe in an IRI path segment; never empty."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    norm = norm.replace("&", " and ").replace("+", " plus ")
    slug = _NOT_SLUG.sub("-", norm.lower()).strip("-")
    if len(slug) > max_length:
        cut = slug[:max_length]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[max_length // 2 :] else cut
    return slug.strip("-") or "item"
