"""Paragraphs the page broke mid-sentence ("... called the talks meaningful, while" /
"the country's deputy ...") are joined again with one space."""

from __future__ import annotations

import re

from ..document import Block, Document
from ..markdown import LIST_MARKER
from ..registry import cleaner

_STARTS_LOWER = re.compile(r"^[a-zà-ÿ]")
_LIST_OR_HEADING = re.compile(rf"^(?:#|>\s|{LIST_MARKER})")
_OPEN_END = re.compile(r"[\w,;–—-]$")


@cleaner("paragraph_joins", kinds=())
def paragraph_joins(doc: Document, min_words: int = 5) -> None:
    previous: Block | None = None
    for block in doc.kept():
        if previous is not None and _continues(previous, block, min_words):
            doc.join(previous, block)
        previous = block


def _continues(first: Block, second: Block, min_words: int) -> bool:
    if _LIST_OR_HEADING.match(first.text) or _LIST_OR_HEADING.match(second.text):
        return False
    if first.n_words < min_words or not _STARTS_LOWER.match(second.plain):
        return False
    return bool(_OPEN_END.search(first.plain))
