"""Markdown syntax in scraped text: where it is, and the words without it.

Scrapers that render HTML to markdown leave link brackets, emphasis markers, backslash
escapes and heading markers in the text. They are not words: cleaners match on the plain
text, and the ``markup`` cleaner cuts the syntax out (the words stay).
"""

from __future__ import annotations

import re

# Each pattern's groups 1..n are the syntax to cut; anything between them is text to keep.
# A scan from one opener never runs past the next one: a link's words and target hold no
# bracket ("[", "]"; a URL's are percent-encoded), an autolink no "<". So a line of thousands
# of unclosed links ("[a](" repeated) stays linear, where each opener rescanning the lengths'
# bounds made it thousands of times slower than a page.
# A link's target in brackets, with the title CommonMark allows after it ('(url "title")', as
# markdownify writes it): the title is syntax too, not words of the line.
_TARGET = r"""\([^)\s\[\]]{0,2000}(?:\s+(?:"[^"\n]{0,1000}"|'[^'\n]{0,1000}'))?\)"""
# In a hard-wrapped text a block is a paragraph of several lines (newsclean.segment), and
# html2text's default wrapping breaks a long target at a hyphen and its title at a space: the
# URL may go on after a line break, the title runs over lines. This pattern runs only on a
# block that holds a line break; its class (every space but the line break, which is what
# str.isspace() and \s match but "\n": tests/test_text_units.py holds them equal) costs more
# per character than the one above.
SPACE_BUT_LINE_BREAK = r"\t\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_TARGET_OVER_LINES = rf"""\([^)\[\]{SPACE_BUT_LINE_BREAK}]{{0,2000}}(?:\s+(?:"[^"]{{0,1000}}"|'[^']{{0,1000}}'))?\)"""
MAX_LINK_WORDS = 3000  # characters of a link's words: a longer run is no link
_WORDS = rf"[^\[\]]{{0,{MAX_LINK_WORDS}}}"


def _link(target: str, images: bool) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """[words](target): one pattern whose groups 1 and 2 are the syntax around the words, one
    whose only group is the words (for ``findall``, one C call a line). With ``images``, the
    words may hold a few images: html2text and markdownify write a linked logo or a teaser
    card as "[![alt](source) words](target)" (an image holds no bracket)."""
    words = rf"{_WORDS}(?:!\[{_WORDS}\]{target}{_WORDS}){{0,4}}" if images else _WORDS
    return re.compile(rf"(!?\[)(?={words}\]{target}){words}(\]{target})"), re.compile(rf"!?\[({words})\]{target}")


# by (the text holds "![", the text holds a line break): most lines need the simplest one
_LINKS = {(images, lines): _link(_TARGET_OVER_LINES if lines else _TARGET, images) for images in (False, True) for lines in (False, True)}
_IMAGES = {lines: re.compile(rf"(!\[){_WORDS}(\]{_TARGET_OVER_LINES if lines else _TARGET})") for lines in (False, True)}


def link_words(text: str) -> list[str]:
    """The words of each markdown link in ``text``, syntax included (an image's in a link)."""
    return _LINKS["![" in text, "\n" in text][1].findall(text) if "](" in text else []


_AUTOLINK = re.compile(r"(<)(?:https?://|www\.)[^<>\s]+(>)")  # <https://...>: the URL stays
# Emphasis text never holds its own delimiter: it ends at the next "**" (strong) or the
# next "*" (emphasis), so each character is scanned from one opener at most and a line of
# thousands of "*a " stays linear (an unbounded ".+?" made it quadratic).
_STRONG = re.compile(r"(?<![\w*\\])(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w*\\])(\*|_)(?=[^\s*_])((?:(?!\1).)+?)(?<=[^\s*_\\])\1(?![\w*])")
_ESCAPE = re.compile(r"(\\)[\\`*_{}\[\]()#+\-.!$|<>~]")
_HEADING = re.compile(r"^(#{1,6}[ \t]+)")
_QUOTE = re.compile(r"^(>[ \t]?)+")
# Every pattern above needs one of these characters: a line without any has no syntax.
_SYNTAX_CHARS = re.compile(r"[\[*_\\#<>]")


def syntax_spans(text: str) -> list[tuple[int, int]]:
    """Non-overlapping ``(start, end)`` spans of markdown syntax in one line, sorted."""
    if not _SYNTAX_CHARS.search(text):  # gate: most lines of most pages, nothing to look for
        return []
    spans: list[tuple[int, int]] = []
    # each pattern runs only when the characters it needs are on the line: a bullet "* " or a
    # link target "(#)" alone does not call for the emphasis or heading patterns
    first = text[:1]
    if first == "#" or first == ">":
        m = (_HEADING if first == "#" else _QUOTE).match(text)
        if m:
            spans.append(m.span(1))
    if "](" in text:
        images, lines = "![" in text, "\n" in text
        for m in _LINKS[images, lines][0].finditer(text):
            spans += (m.span(1), m.span(2))
            if images and "![" in text[m.end(1) : m.start(2)]:  # images in the link's words
                for image in _IMAGES[lines].finditer(text, m.end(1), m.start(2)):
                    spans += (image.span(1), image.span(2))
    if "<" in text:
        for m in _AUTOLINK.finditer(text):
            spans += (m.span(1), m.span(2))
    if "\\" in text:
        spans += [m.span(1) for m in _ESCAPE.finditer(text)]
    if "**" in text or "__" in text:
        spans += _delimiters(_STRONG, text, 2)
    if text.count("*") > 1 or text.count("_") > 1:  # emphasis needs an opening and a closing mark
        spans += _delimiters(_EMPHASIS, text, 1)
    return _disjoint(spans)


def _delimiters(pattern: re.Pattern[str], text: str, width: int) -> list[tuple[int, int]]:
    """The opening and closing marks (``width`` characters each) of each match of ``pattern``."""
    spans: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        start, end = m.span()
        spans += ((start, start + width), (end - width, end))
    return spans


def _disjoint(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort and drop any span that overlaps one before it (first found wins)."""
    if len(spans) < 2 or (len(spans) == 2 and spans[0][1] <= spans[1][0]):
        return spans  # most lines: no syntax, or one link or one pair of marks, in order already
    result: list[tuple[int, int]] = []
    for start, end in sorted(set(spans)):
        if result and start < result[-1][1]:
            continue
        result.append((start, end))
    return result


def strip_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the spans; a space where one link ends and the next begins
    ("[Natasha Turak](#)[@NatashaTurak](#)"): two links are two runs of words, not one."""
    parts, pos = [], 0
    for start, end in spans:
        parts.append(text[pos:start])
        if start == pos and pos and text[pos - 1] == ")" and text[start] in "[!":
            parts.append(" ")
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _is_folded(text: str) -> bool:
    """True when folding whitespace would not change ``text``: its only whitespace is single
    inner spaces. Every whitespace character but " " is non-printable, so one C-speed
    ``isprintable`` rules out tabs, line breaks and no-break spaces."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def plain(text: str) -> str:
    """The line without markdown syntax, whitespace folded."""
    return without_spans(text, syntax_spans(text))


def without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without ``spans`` (:func:`strip_spans`), whitespace folded: :func:`plain` when
    they are the line's :func:`syntax_spans` (a block keeps them for the markup cleaner)."""
    if spans:
        text = strip_spans(text, spans)
    return text if _is_folded(text) else " ".join(text.split())


# A list item's bullet, as renderers write it: markdown's "*", "-" and "+" (markdownify gives
# each level of a nested list the next of them), and the marks text renderers and pages print
# ("•", w3m's "◦" and "▪", "■", "►", "‣", "·", the en dash of German and French lists). One
# definition for every cleaner, so a list one reads as a list the others do too. A line of
# dialogue that opens with "–" reads as an item: kept together with its neighbours, never
# joined to them, which costs an article nothing. Not the em dash: it opens a sign-off
# ("— Sarah Mellor") and an embedded post's attribution ("— Name (@handle) date").
BULLETS = frozenset("*-+•◦▪■►‣·–")  # a set: "" (an empty line's first character) is none
BULLET = "[" + "".join(sorted(map(re.escape, BULLETS))) + "]"  # regex source: one bullet
# An ordered list's number: "1.", "12)" (three digits at most: "2024." opens no list item).
LIST_NUMBER = r"\d{1,3}[.)]"
# Regex source: what opens a list item, a bullet or a number and the space after it.
LIST_MARKER = rf"(?:{BULLET}|{LIST_NUMBER})\s"
_BULLET = re.compile(rf"{BULLET}\s+")


def bullet(text: str) -> str:
    """The bullet that opens ``text``, a list item's line ("* Home" -> "*"), or ""."""
    return text[0] if text[:1] in BULLETS and text[1:2].isspace() else ""


def without_bullet(text: str) -> str:
    """A list item's text without its bullet ("* Share on Facebook" -> "Share on Facebook");
    other text as it is."""
    if text[:1] not in BULLETS:  # most lines: a first-character test before the pattern
        return text
    m = _BULLET.match(text)
    return text[m.end() :] if m else text
