"""Cut ``input_text`` into :class:`~newsclean.document.Block` s: one per non-blank line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .document import Block

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def segment(text: str) -> list[Block]:
    """Return the non-blank lines of ``text`` as blocks with offsets into ``text``.

    A line is the unit because scraped text puts one paragraph, heading, caption or link per
    line; paragraphs the page broke mid-sentence are joined again by a cleaner, not here.
    """
    blocks: list[Block] = []
    blank_before = True
    for offset, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            blank_before = True
            continue
        start = offset + (len(line) - len(line.lstrip()))
        blocks.append(Block(len(blocks), start, start + len(stripped), stripped, blank_before))
        blank_before = False
    return blocks


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` for each line of ``text``, without its line break: "\\r\\n", "\\r" or
    "\\n" (str.splitlines breaks at more characters than these)."""
    if "\r" not in text:  # most texts: str.split finds the breaks in C
        offset = 0
        for line in text.split("\n"):
            yield offset, line
            offset += len(line) + 1
        return
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        yield match.start(), line.rstrip("\r\n")
