r"""newsclean: clean scraped news articles and say how much to trust what is left.

>>> import newsclean
>>> r = newsclean.clean(
...     "Council approves new tram line\n\nBy Jane Doe\n\n"
...     "The council voted on Tuesday to approve the new tram line, after a long debate.\n\n"
...     "Read more: Bus fares to rise in spring"
... )
>>> r.text
'The council voted on Tuesday to approve the new tram line, after a long debate.'
>>> r.metadata.title, r.metadata.authors
('Council approves new tram line', ['Jane Doe'])
>>> [(removal.kind.value, removal.text) for removal in r.removals]
[('metadata', 'Council approves new tram line'), ('metadata', 'By Jane Doe'), ('promo', 'Read more: Bus fares to rise in spring')]
"""

from __future__ import annotations

from functools import lru_cache

from .batch import ErrorRecord, clean_many
from .document import (
    Block,
    Document,
    Integrity,
    Kind,
    Metadata,
    Reliability,
    Removal,
    Result,
    Score,
)
from .pipeline import CleanerError, Pipeline, Step
from .registry import available as available_cleaners
from .registry import cleaner
from .render import apply_removals

__version__ = "0.1.0"


@lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline.default()


def clean(source: str | bytes, url: str | None = None) -> Result:
    """Clean one scraped page (text, markdown or HTML; ``str`` or ``bytes``) with the default pipeline."""
    return _default_pipeline().clean(source, url=url)


__all__ = [
    "Block",
    "CleanerError",
    "Document",
    "ErrorRecord",
    "Integrity",
    "Kind",
    "Metadata",
    "Pipeline",
    "Reliability",
    "Removal",
    "Result",
    "Score",
    "Step",
    "__version__",
    "apply_removals",
    "available_cleaners",
    "clean",
    "clean_many",
    "cleaner",
]
