"""Duplicate lines: a line that repeats one earlier on the page, word for word."""

from __future__ import annotations

from ..document import Document, Kind
from ..registry import cleaner


@cleaner("duplicates", kinds=(Kind.DUPLICATE,))
def duplicates(doc: Document, min_words: int = 3) -> None:
    """Drop a kept line whose words repeat an earlier line's (kept or already removed).

    Lines under ``min_words`` words ("Yes.", "Watch") repeat legitimately and are left alone.
    """
    seen: set[str] = set()
    for block in doc.blocks:
        key = " ".join(block.words).casefold()
        if block.n_words < min_words:
            continue
        if key in seen and not doc.is_dropped(block):
            doc.drop(block, Kind.DUPLICATE, "line repeated from above")
        seen.add(key)
