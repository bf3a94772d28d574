"""Source reliability: publisher prior, provenance, text integrity and signal fraction.

Placeholder for the first release: reports provenance from metadata and the signal fraction.
"""

from __future__ import annotations

from ..document import Document, Metadata, Reliability, Score


def assess(text: str, metadata: Metadata, score: Score, doc: Document | None = None) -> Reliability:
    """Combine what is known about the document's source into a :class:`Reliability`."""
    return Reliability(
        attributed_source=metadata.attributed_source,
        agency=metadata.agency,
        original_url=metadata.original_url,
        signal_fraction=score.signal_fraction,
    )
