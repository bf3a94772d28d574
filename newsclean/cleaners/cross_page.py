"""Lines that recur across a source's pages, from per-source profiles (stub, to be written)."""

from __future__ import annotations

from ..document import Document, Kind
from ..registry import cleaner


@cleaner("cross_page", kinds=(Kind.CROSS_PAGE,))
def cross_page(doc: Document, profiles: str | None = None) -> None:
    return None
