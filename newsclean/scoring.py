"""Signal and noise: how much of the page was article."""

from __future__ import annotations

from collections.abc import Iterable

from .document import Kind, Removal, Score

# Metadata lines are neither signal nor clutter; markdown syntax is not text at all.
NOT_NOISE = frozenset({Kind.METADATA, Kind.MARKUP})


def non_whitespace(text: str) -> int:
    """Number of non-whitespace characters."""
    return len("".join(text.split()))


def score(text: str, removals: Iterable[Removal], extra_noise: int = 0) -> Score:
    """Score a result. ``extra_noise``: page text dropped before the text stage (HTML path)."""
    # the count adds up over texts: one call on the removed texts joined
    noise = extra_noise + non_whitespace("".join([r.text for r in removals if r.kind not in NOT_NOISE]))
    return Score.from_counts(non_whitespace(text), noise)
