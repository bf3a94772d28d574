"""Cut ``input_text`` into :class:`~newsclean.document.Block` s: one per non-blank line."""

from __future__ import annotations

import re

from .document import Block

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def segment(text: str) -> list[Block]:
    """Return the non-blank lines of ``text`` as blocks with offsets into ``text``.

    A line is the unit because scraped text puts one paragraph, heading, caption or link per
    line; paragraphs the page broke mid-sentence are joined again by a cleaner, not here.
    """
    blocks: list[Block] = []
    blank_before = True
    for match in _LINE.finditer(text):
        line = match.group()
        if not line:
            break
        body = line.rstrip("\r\n")
        stripped = body.strip()
        if not stripped:
            blank_before = True
            continue
        start = match.start() + (len(body) - len(body.lstrip()))
        blocks.append(Block(len(blocks), start, start + len(stripped), stripped, blank_before))
        blank_before = False
    return blocks
