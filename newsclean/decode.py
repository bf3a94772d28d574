"""Turn a source (``str`` or ``bytes``) into text and tell HTML from plain text or markdown."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from .charset import decode_bytes
from .document import InputFormat

# A page opens with its doctype, <html>, <head> or <body>, or with what goes in a head (a page
# that is only a <script> is a page with no text, not a text about a script).
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|frameset|title|meta|link|script|style|noscript)\b", re.I | re.S
)
# An HTML fragment ("<p>...</p><p>...</p>", a CMS body field) opens with a block or inline tag.
_FRAGMENT_START = re.compile(r"^\s*<(?:p|div|article|section|h[1-6]|ul|ol|table|blockquote|span|a)\b[^>]*>", re.I)
_TAG = re.compile(r"</?(?:p|div|span|a|br|article|section|td|li|h[1-6]|meta|script)\b[^>]*>", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")
# C1 controls are cp1252 bytes read as latin-1 (a scraper's or a server's mistake): "\x93" is
# "\u201c". As controls they were dropped from the article, quotes, dashes and all. The five
# bytes cp1252 leaves undefined stay as they are.
_C1_AS_CP1252 = {
    code: char for code in range(0x80, 0xA0) if (char := bytes([code]).decode("cp1252", "ignore"))
}
# Marks of markdown: a heading, bullet, quote or numbered item opening a line, a link's "](" or
# strong emphasis "**" anywhere. Three in the first MARKDOWN_HEAD characters settle it.
MARKDOWN_HEAD = 20000
# A line mark after its line break: the engine scans for one literal character in C, where
# "^" with re.M had it try every position (see _is_markdown for the first line).
_LINE_MARK = re.compile(r"\n(?:#{1,6} |\* |- |> |\d+\. )")


def replace_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (half an emoji cut by a scraper) as U+FFFD.

    A lone surrogate is no character: UTF-8 cannot write it, so a result holding one could not
    be saved. The replacement is one for one, so every offset into the text still holds.
    """
    return _SURROGATE.sub("\ufffd", text)


def fix_c1_controls(text: str) -> str:
    """``text`` with each C1 control (U+0080-U+009F) read as the cp1252 character it was meant
    to be ("\x93" -> "\u201c"). One for one, so every offset into the text still holds."""
    # 32 substring searches (memchr-fast) cost a quarter of one scan with a character class
    return text.translate(_C1_AS_CP1252) if any(chr(code) in text for code in range(0x80, 0xA0)) else text


# What may come before a page's first tag: space, an XML declaration, comments (a CMS's build
# banner can run for kilobytes). Skipped before the first 4 KB are read.
_LEADING = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*", re.S)


def looks_like_html(text: str) -> bool:
    """A document is HTML when it opens like a page or a fragment of one, or is dense with
    common tags, in its first 4 KB after any leading space and comments."""
    start = _LEADING.match(text).end()  # type: ignore[union-attr]  # it matches the empty string
    head = text[start : start + 4096]
    if _HTML_START.match(head):
        return True
    tags = len(_TAG.findall(head))
    return tags >= 5 or (tags >= 2 and _FRAGMENT_START.match(head) is not None)


def decode(source: str | bytes) -> tuple[str, InputFormat]:
    """Return ``(text, format)`` with format one of ``"html"``, ``"markdown"``, ``"text"``.

    Raises ``TypeError`` for anything that is not ``str`` or ``bytes``.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        text = decode_bytes(bytes(source))  # BOM, UTF-8, declared or sniffed charset, cp1252
    elif isinstance(source, str):
        # a byte-order mark read as a character (a UTF-8 file opened without "utf-8-sig") is
        # no text, and would hide that the page opens like HTML
        text = source.removeprefix("\ufeff")
    else:
        raise TypeError(
            f"newsclean cleans str or bytes (text, markdown or HTML), not {type(source).__name__}"
        )
    text = text.replace("\x00", "")  # NUL never belongs to an article and breaks lxml
    if not text.isascii():
        text = fix_c1_controls(replace_surrogates(text))
    if looks_like_html(text):
        return text, "html"
    return text, "markdown" if _is_markdown(text) else "text"


def _is_markdown(text: str) -> bool:
    """Three marks of markdown in the first MARKDOWN_HEAD characters.

    Line marks first (markdown opens many lines with one: the search stops at the third),
    with the line break before the first line supplied. Then the inline marks, counted with
    str.count in C: they overlap neither each other nor a line mark (which ends with a space),
    so the counts add up.
    """
    head = text[:MARKDOWN_HEAD]
    marks = _count_upto(_LINE_MARK.finditer("\n" + head), 3)
    return marks >= 3 or marks + head.count("](") + head.count("**") >= 3


def _count_upto(matches: Iterator[re.Match[str]], limit: int) -> int:
    """Count matches, stopping at ``limit``."""
    return sum(1 for _ in islice(matches, limit))
