"""Junk: lines of stray punctuation, runs of "??" left where emoji were lost, replacement characters."""

from __future__ import annotations

import re

from ..document import Document, Kind
from ..registry import cleaner

_NO_WORDS = re.compile(r"^[\W_]*$")  # an underscore is a word character to \w, and no word ("* __")
_RATING = re.compile(r"^[\s★☆⭐✩✪✫✬✭✮✯✰½/]+$")  # "★★★★☆": a review's rating is content, not junk
# "??" (or more) where an emoji stood: at the start of a line or a word, not ending a question
_LOST_EMOJI = re.compile(r"(?:(?<=\s)|^)\?{2,}(?=\s*\w)|\ufffd+")


@cleaner("junk", kinds=(Kind.JUNK,))
def junk(doc: Document) -> None:
    for block in doc.kept():
        if _NO_WORDS.match(block.plain) and not _RATING.match(block.plain):
            doc.drop(block, Kind.JUNK, "line without words")
            continue
        if "??" not in block.text and "\ufffd" not in block.text:
            continue  # gate: what _LOST_EMOJI finds cannot be on this line
        for m in _LOST_EMOJI.finditer(block.text):
            doc.cut(block, m.start(), m.end(), Kind.JUNK, "lost emoji or replacement characters")
