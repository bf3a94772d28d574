"""Markdown syntax: link brackets, emphasis, escapes, heading markers. The words stay."""

from __future__ import annotations

from ..document import Document, Kind
from ..registry import cleaner


@cleaner("markup", kinds=(Kind.MARKUP,))
def markup(doc: Document) -> None:
    for block in doc.kept():
        for start, end in block.syntax:  # found once, when the line's plain text was
            doc.cut(block, start, end, Kind.MARKUP, "markdown syntax")
