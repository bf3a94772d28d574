"""Provenance lines: "originally appeared on", agency datelines (stub, to be written)."""

from __future__ import annotations

from ..document import Document, Kind
from ..registry import cleaner


@cleaner("provenance", kinds=(Kind.METADATA,))
def provenance(doc: Document) -> None:
    return None
