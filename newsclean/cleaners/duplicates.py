"""Duplicate lines: a line that repeats one earlier on the page, word for word."""

from __future__ import annotations

from ..document import Document, Kind
from ..registry import cleaner


@cleaner("duplicates", kinds=(Kind.DUPLICATE,))
def duplicates(doc: Document, min_words: int = 3) -> None:
    """Drop a kept line whose words repeat an earlier kept line's.

    Only kept lines count as earlier copies: a caption or teaser that repeats a body sentence
    before the body does must not take the body sentence with it. Lines under ``min_words``
    words ("Yes.", "Watch") repeat legitimately and are left alone.
    """
    seen: set[str] = set()
    for block in doc.kept():
        if block.n_words < min_words:
            continue
        key = " ".join(block.words).casefold()
        if key in seen:
            doc.drop(block, Kind.DUPLICATE, "line repeated from above")
        seen.add(key)
