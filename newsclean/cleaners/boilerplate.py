"""Full-page text: the article region among the page's other text (stub, to be written)."""

from __future__ import annotations

from ..document import Document, Kind
from ..registry import cleaner


@cleaner("boilerplate", kinds=(Kind.BOILERPLATE,))
def boilerplate(doc: Document) -> None:
    return None
